"""Alembic frontend: operations, types, ordering, failure modes and the
no-execution guarantee."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemalint.frontends import FrontendOptions, alembic
from schemalint.model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    FileResult,
    Location,
    ParseFailure,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
    TableRef,
)
from schemalint.replay import replay
from schemalint.sources import SourceFile, discover

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "alembic"


HEADER = (
    "import sqlalchemy as sa\n"
    "from alembic import op\n"
    "\n"
    'revision = "r1"\n'
    "down_revision = None\n"
    "\n"
    "\n"
    "def upgrade():\n"
)
BODY_LINE = HEADER.count("\n") + 1  # line of the first body statement


def source(text: str, path: str = "db/versions/0001_x.py") -> SourceFile:
    return SourceFile(path=path, abspath=os.path.join("/nonexistent", path), format="alembic",
                      evidence="test", text=text)


def run(body: str, options=None) -> FileResult:
    """Parse a revision whose upgrade() holds ``body``."""
    return alembic.parse(source(HEADER + textwrap.indent(textwrap.dedent(body), "    ")), options)


def of(result: FileResult, kind) -> list:
    return [c for c in result.changes if isinstance(c, kind)]


def load(name: str):
    """Parse, order and replay a fixture history."""
    found = discover([str(FIX / name)])
    results = [alembic.parse(sf, None) for sf in found.files if sf.format == "alembic"]
    ordered = alembic.order(results)
    return ordered, replay(name, ordered)


# --------------------------------------------------------------------------
# create_table, columns and types
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full():
    return load("full")


def test_create_table_reads_columns_keys_schema_and_comment(full):
    _, schema = full
    t = schema.tables["kependudukan.penduduk"]
    assert t.ref == TableRef("penduduk", "kependudukan")
    assert t.comment == "Residents. schemalint: purpose=civil_registry"
    assert list(t.columns)[:12] == [
        "id", "nik", "email", "telepon", "foto", "scan_ktp", "atribut", "no_kk", "gaji",
        "tanggal_lahir", "rahasia", "agama"]
    cols = t.columns
    assert cols["id"].primary_key and not cols["id"].nullable
    assert cols["nik"].unique  # sa.UniqueConstraint("nik", name=op.f(...))
    assert not cols["nik"].nullable
    assert cols["email"].unique  # unique=True on the column
    assert [k for k, _ in cols["tanggal_lahir"].keys] == ["index"]  # index=True
    assert cols["nik"].comment == "NIK. schemalint: retention=P10Y"


def test_sqlalchemy_types_map_to_families(full):
    _, schema = full
    cols = schema.tables["kependudukan.penduduk"].columns
    got = {n: (c.type.name, c.type.family, c.type.params) for n, c in cols.items()}
    assert got["id"] == ("integer", "integer", ())
    assert got["foto"] == ("blob", "binary", ())
    assert got["scan_ktp"] == ("bytea", "binary", ())
    assert got["atribut"] == ("jsonb", "json", ())
    assert got["gaji"] == ("numeric", "decimal", ("12", "2"))
    assert got["agama"] == ("varchar", "text", ("20",))
    assert got["tanggal_lahir"] == ("date", "date", ())
    # sqlalchemy-utils types: text family, the class kept as evidence
    assert got["email"][1] == "text" and cols["email"].hints["orm_type"] == "EmailType"
    assert got["telepon"][1] == "text" and cols["telepon"].hints["orm_type"] == "PhoneNumberType"
    # a project type: kept by name, family other, raw text for messages
    assert got["no_kk"][:2] == ("ktpnumber", "other")
    assert cols["no_kk"].type.raw == "KtpNumber(16)"
    assert cols["no_kk"].hints["orm_type"] == "KtpNumber"


def test_encrypted_types_are_encryption_evidence(full):
    _, schema = full
    cols = schema.tables["kependudukan.penduduk"].columns
    assert [e for e, _ in cols["nik"].encryption] == ["type:StringEncryptedType"]
    assert cols["nik"].type.family == "text"  # from the wrapped sa.Unicode
    assert [e for e, _ in cols["rahasia"].encryption] == ["type:EncryptedType"]
    assert cols["rahasia"].type.family == "date"  # EncryptedType(sa.Date, key)
    assert not cols["email"].encryption


def test_user_declared_encrypted_type():
    r = run('op.create_table("t", sa.Column("nik", KtpNumber(16)))',
            FrontendOptions(encrypted_types=("ktpnumber",)))
    (ct,) = of(r, CreateTable)
    assert ct.columns[0].encryption == "type:KtpNumber"


def test_column_hints_info_and_default():
    r = run('op.create_table("t", sa.Column("x", sa.String(), info={"pii": True}, doc="Nama",\n'
            '                 server_default=sa.text("\'-\'")))')
    (ct,) = of(r, CreateTable)
    col = ct.columns[0]
    assert col.hints["info"] == '{"pii": True}'
    assert col.hints["doc"] == "Nama"
    assert col.default == "'-'"


def test_every_column_is_located_at_its_column_call(full):
    ordered, _ = full
    path = FIX / "full" / "versions" / "0001_people.py"
    lines = path.read_text().split("\n")
    (penduduk, dokumen) = of(ordered[0], CreateTable)
    for col in penduduk.columns + dokumen.columns:
        loc = col.location
        assert loc.path.endswith("0001_people.py")
        line = lines[loc.line - 1]
        assert line[loc.col - 1:].startswith("sa.Column(" + repr(col.name).replace("'", '"')), (col.name, line)


def test_table_items_foreign_keys_and_indexes(full):
    ordered, _ = full
    (_, dokumen) = of(ordered[0], CreateTable)
    kinds = sorted((c.kind, c.columns) for c in dokumen.constraints)
    assert kinds == [("foreign", ("penduduk_id",)), ("index", ("judul",))]
    fk = next(c for c in dokumen.constraints if c.kind == "foreign")
    assert fk.references.table == TableRef("penduduk", "kependudukan")
    assert fk.references.columns == ("id",)
    col = next(c for c in dokumen.columns if c.name == "penduduk_id")
    assert col.references.table == TableRef("penduduk", "kependudukan")  # sa.ForeignKey(...)


# --------------------------------------------------------------------------
# other operations
# --------------------------------------------------------------------------


def test_second_revision_is_replayed_on_the_first(full):
    _, schema = full
    pend = schema.tables["kependudukan.penduduk"].columns
    assert "agama" in pend and "rt" in pend and "rw" in pend  # add_column, loop unrolled
    assert "nama" not in pend and "nama_lengkap" in pend  # alter_column(new_column_name=)
    renamed = pend["nama_lengkap"]
    assert (renamed.type.name, renamed.type.params) == ("varchar", ("200",))  # type_=
    assert renamed.comment == "Full name" and renamed.nullable
    assert renamed.hints["info"] == '{"pii": True}'  # survives the rename
    assert "dokumen" not in schema.tables  # rename_table
    dok = schema.tables["dokumen_penduduk"]
    assert dok.comment == "Scanned documents"  # create_table_comment
    assert "isi" not in dok.columns  # drop_column
    assert not dok.columns["judul"].nullable  # alter_column(nullable=False)
    assert "jumlah_halaman" in dok.columns  # batch_op.add_column + alter_column rename
    assert "tmp" not in schema.tables  # drop_table
    keys = {k for k, _ in dok.columns["penduduk_id"].keys}
    assert {"index", "foreign"} <= keys  # create_index, create_foreign_key
    assert {k for k, _ in dok.columns["judul"].keys} >= {"unique"}  # create_unique_constraint


def test_only_upgrade_is_applied():
    r = run('op.add_column("t", sa.Column("up", sa.Integer()))\n'
            "\n\ndef downgrade():\n"
            '    op.add_column("t", sa.Column("down", sa.Integer()))\n'
            '    op.drop_table("t")\n')
    assert [c.column.name for c in of(r, AddColumn)] == ["up"]
    assert not of(r, DropTable)


def test_alter_column_maps_type_nullable_comment_and_rename_order():
    r = run('op.alter_column("t", "a", comment=None)\n'
            'op.alter_column("t", "b", existing_type=sa.Text(), existing_comment="x", nullable=True)\n'
            'op.alter_column("t", "c", new_column_name="d", type_=sa.LargeBinary())\n'
            'op.alter_column("t", "e", server_default="0")\n')
    a, b, c = of(r, AlterColumn)
    assert (a.column, a.comment, a.type, a.nullable) == ("a", None, None, None)
    assert (b.column, b.comment, b.type, b.nullable) == ("b", UNSET, None, True)
    assert (c.column, c.type.family) == ("c", "binary")
    # the rename comes after the alteration, as Alembic emits it
    assert [type(x).__name__ for x in r.changes] == ["AlterColumn", "AlterColumn", "AlterColumn",
                                                    "RenameColumn"]
    assert of(r, RenameColumn)[0].new == "d"
    assert r.stats["noop"] == 1  # server_default only


def test_key_operations_become_add_constraint():
    r = run('op.create_index(op.f("ix_t_a"), "t", ["a", sa.text("lower(b)")], unique=True)\n'
            'op.create_unique_constraint("uq", "t", ["b"], schema="s")\n'
            'op.create_primary_key("pk", "t", ["id"])\n'
            'op.create_foreign_key(None, "t", "u", ["u_id"], ["id"], referent_schema="s2")\n')
    cons = of(r, AddConstraint)
    got = [(c.table, c.constraint.kind, c.constraint.columns, c.constraint.name) for c in cons]
    assert got == [
        (TableRef("t"), "unique", ("a",), "ix_t_a"),
        (TableRef("t", "s"), "unique", ("b",), "uq"),
        (TableRef("t"), "primary", ("id",), "pk"),
        (TableRef("t"), "foreign", ("u_id",), None),
    ]
    assert cons[3].constraint.references.table == TableRef("u", "s2")


def test_dropping_keys_and_indexes():
    r = run('op.create_table("t", sa.Column("a", sa.Integer()), sa.Column("b", sa.Integer()),\n'
            '                sa.UniqueConstraint("a", name="uq_a"))\n'
            'op.create_index("ix_b", "t", ["b"])\n'
            'op.drop_constraint("uq_a", "t", type_="unique")\n'
            'op.drop_index("ix_b", table_name="t")\n'
            'op.drop_constraint("ck_x", "t", type_="check")\n'
            'with op.batch_alter_table("t") as b:\n'
            '    b.drop_index("ix_other")\n')
    drops = of(r, DropConstraint)
    assert [(d.table, d.name, d.kind) for d in drops] == [
        (TableRef("t"), "uq_a", "unique"), (TableRef("t"), "ix_b", None), (TableRef("t"), "ix_other", None)]
    schema = replay("h", [r])
    cols = schema.tables["t"].columns
    assert not cols["a"].keys and not cols["b"].keys
    assert [n.reason for n in schema.notes] == ["drop of unknown key or index ix_other of t"]


def test_table_comment_operations():
    r = run('op.create_table_comment("t", "Data warga", schema="s")\n'
            'op.drop_table_comment("u")\n')
    assert [(c.table, c.column, c.comment) for c in of(r, SetComment)] == [
        (TableRef("t", "s"), None, "Data warga"), (TableRef("u"), None, None)]


def test_schema_arguments_reach_table_refs():
    r = run('op.add_column("t", sa.Column("a", sa.Integer()), schema="s")\n'
            'op.drop_column("t", "a", schema="s")\n'
            'op.rename_table("t", "u", schema="s")\n'
            'op.drop_table("u", schema="s")\n')
    assert of(r, AddColumn)[0].table == TableRef("t", "s")
    assert of(r, DropColumn)[0].table == TableRef("t", "s")
    assert of(r, RenameTable)[0].new == TableRef("u", "s")
    assert of(r, DropTable)[0].table == TableRef("u", "s")


def test_batch_alter_table_block():
    r = run('with op.batch_alter_table("t", schema="s") as b:\n'
            '    b.drop_column("old")\n'
            '    b.alter_column("a", type_=sa.JSON())\n'
            '    b.create_index("ix", ["a"])\n'
            '    b.create_unique_constraint("uq", ["c"])\n'
            '    b.create_primary_key("pk", ["id"])\n'
            '    b.create_table_comment("komentar")\n'
            'op.drop_column("t", "x")\n')
    t = TableRef("t", "s")
    assert of(r, DropColumn)[0] == DropColumn(t, "old", of(r, DropColumn)[0].location)
    assert of(r, AlterColumn)[0].table == t and of(r, AlterColumn)[0].type.family == "json"
    assert [(c.table, c.constraint.kind) for c in of(r, AddConstraint)] == [
        (t, "index"), (t, "unique"), (t, "primary")]
    assert of(r, SetComment)[0].table == t
    assert of(r, DropColumn)[1].table == TableRef("t")  # after the block: op again


def test_import_alias_and_names_bound_to_literals():
    text = ("from alembic import op as alembic_op\nimport sqlalchemy as sa\n"
            'revision = "x"\nTABLE = "warga"\n\n'
            "def upgrade():\n"
            '    col = "nama"\n'
            "    alembic_op.add_column(TABLE, sa.Column(col, sa.String(50)))\n")
    r = alembic.parse(source(text), None)
    (add,) = of(r, AddColumn)
    assert (add.table, add.column.name) == (TableRef("warga"), "nama")


def test_loops_over_computed_literal_lists_are_unrolled():
    r = run('cols = ["a"]\n'
            'cols += ["b"]\n'
            "for c in cols:\n"
            '    op.drop_column("t", c)\n'
            'for t, c in [("x", "y")] + [("z", "w")]:\n'
            '    op.drop_column(t, c)\n')
    assert [(d.table.name, d.column) for d in of(r, DropColumn)] == [
        ("t", "a"), ("t", "b"), ("x", "y"), ("z", "w")]
    assert not of(r, Skipped)


def test_helpers_of_the_file_are_inlined():
    text = HEADER + (
        '    add_ts("a")\n    add_ts("b")\n    data_only()\n\n\n'
        "def add_ts(table):\n"
        '    op.add_column(table, sa.Column("created_at", sa.DateTime()))\n\n\n'
        "def data_only():\n"
        "    print('nothing')\n")
    r = alembic.parse(source(text), None)
    assert [(c.table.name, c.column.name) for c in of(r, AddColumn)] == [
        ("a", "created_at"), ("b", "created_at")]
    assert not of(r, Skipped)


def test_execute_ddl_is_handed_to_the_sql_frontend_with_locations(full):
    ordered, schema = full
    col = schema.tables["audit_log"].columns["actor_email"]
    path = FIX / "full" / "versions" / "0002_changes.py"
    lines = path.read_text().split("\n")
    assert col.location.path.endswith("0002_changes.py")
    assert lines[col.location.line - 1][col.location.col - 1:].startswith("actor_email varchar(255)")
    assert ordered[1].dialect == "postgres"


def test_execute_forms():
    r = run('op.execute("ALTER TABLE t ADD COLUMN nik varchar(16)")\n'
            'op.execute(sa.text("COMMENT ON COLUMN t.nik IS \'schemalint: encrypted=x\'"))\n'
            "SQL = 'ALTER TABLE t ADD COLUMN kk varchar(16)'\n"
            "op.execute(SQL)\n")
    adds = of(r, AddColumn)
    assert [a.column.name for a in adds] == ["nik", "kk"]
    assert adds[0].location.line == BODY_LINE
    # the column sits after 'op.execute("ALTER TABLE t ADD COLUMN ' on the line
    assert adds[0].column.location.col == len('    op.execute("ALTER TABLE t ADD COLUMN ') + 1
    assert of(r, SetComment)[0].comment == "schemalint: encrypted=x"


def test_data_sql_is_a_noop_and_does_not_import_sqlglot(tmp_path):
    """A pre-commit run over a migration without DDL must not import sqlglot
    (nor the SQL frontend)."""
    mig = tmp_path / "versions" / "0001_data.py"
    mig.parent.mkdir()
    mig.write_text(HEADER + (
        '    op.add_column("t", sa.Column("a", sa.Integer()))\n'
        '    op.execute("UPDATE t SET a = 1")\n'
        '    op.execute(sa.text("delete from t where a is null"))\n'
        '    conn = op.get_bind()\n'
        '    for r in conn.execute("select id from t"):\n'
        '        conn.execute(f"update t set a = {r[0]}")\n'))
    code = (
        "import sys\n"
        "from schemalint.sources import read_source\n"
        "from schemalint.frontends import alembic\n"
        f"r = alembic.parse(read_source({str(mig)!r}, 'v.py'), None)\n"
        "assert len(r.changes) == 1, r.changes\n"
        "assert r.stats['noop'] >= 2, r.stats\n"
        "bad = [m for m in sys.modules if m.startswith(('sqlglot', 'schemalint.frontends.sql'))]\n"
        "assert not bad, bad\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


# --------------------------------------------------------------------------
# unknown constructs and failures
# --------------------------------------------------------------------------


def _notes(r: FileResult):
    return [(s.location.line - BODY_LINE + 1, s.reason) for s in of(r, Skipped) if s.kind in ("unsupported", "unfollowed")]


def test_unknown_constructs_become_located_notes():
    r = run(
        'op.create_my_view("v")\n'                                           # 1 custom op
        'op.create_table("t", *make_columns())\n'                            # 2 dynamic list
        'op.add_column(table_name(), sa.Column("a", sa.Integer()))\n'        # 3 non-literal table
        'op.execute(f"ALTER TABLE {t} ADD COLUMN x int")\n'                  # 4 dynamic SQL
        "conn = op.get_bind()\n"                                             # 5
        'sync_trigger(conn, "t", ["a"])\n'                                   # 6 helper gets conn
        "for name in get_names():\n"                                         # 7 run-time loop
        '    op.drop_column("t", name)\n'                                    # 8
        'op.add_column("t", sa.Column(COLNAME, sa.Integer()))\n'             # 9 non-literal name
    )
    notes = _notes(r)
    assert [line for line, _ in notes] == [1, 2, 3, 4, 6, 7, 9]
    reasons = dict(notes)
    assert "create_my_view" in reasons[1] and "not a known Alembic operation" in reasons[1]
    assert "column list built at run time" in reasons[2]
    assert "table name is not a literal" in reasons[3]
    assert "SQL built at run time" in reasons[4]
    assert "receives a database connection" in reasons[6]
    assert "run-time iterations are not followed" in reasons[7]
    assert "name is not a literal" in reasons[9]
    # the create_table itself is still recorded, without the unknown columns
    assert of(r, CreateTable)[0].columns == ()


def test_conditionals_are_applied_with_a_note():
    r = run('if "t" in inspector.get_table_names():\n'
            '    op.drop_table("t")\n'
            "else:\n"
            '    op.create_table("t", sa.Column("a", sa.Integer()))\n'
            "try:\n"
            '    op.add_column("u", sa.Column("b", sa.Integer()))\n'
            "except Exception:\n"
            '    op.drop_table("u")\n')
    assert [d.table.name for d in of(r, DropTable)] == ["t"]
    assert not of(r, CreateTable)
    assert [c.column.name for c in of(r, AddColumn)] == ["b"]
    reasons = [reason for _, reason in _notes(r)]
    assert any("as if the condition held" in x for x in reasons)
    assert any("`else` branch" in x for x in reasons)
    assert any("`except` handler" in x for x in reasons)


def test_revision_without_upgrade_is_noted_and_env_py_is_quiet():
    r = alembic.parse(source('from alembic import op\nrevision = "x"\n'), None)
    assert [s.reason for s in of(r, Skipped)] == [
        "revision file has no module-level upgrade() function: nothing applied"]
    env = alembic.parse(source("from alembic import context\n\ncontext.configure()\n",
                               "db/env.py"), None)
    assert env.changes == () and env.meta["revision"] is None


def test_syntax_error_is_a_located_parse_failure():
    text = HEADER + '    op.add_column("t", sa.Column("a", sa.Integer())\n\n\ndef downgrade(:\n'
    r = alembic.parse(source(text), None)
    (failure,) = r.changes
    assert isinstance(failure, ParseFailure)
    try:
        compile(text, "x", "exec", flags=0x400, dont_inherit=True)  # ast only
    except SyntaxError as exc:
        expected = (exc.lineno, exc.offset)
    assert (failure.location.line, failure.location.col) == expected
    assert failure.location.path == "db/versions/0001_x.py"
    assert "syntax error" in failure.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_parse_never_raises_on_arbitrary_text(text):
    r = alembic.parse(source(text), None)
    assert isinstance(r, FileResult)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=4000), st.integers(min_value=0, max_value=4000))
def test_parse_never_raises_on_cut_and_spliced_revisions(a, b):
    text = (FIX / "full" / "versions" / "0002_changes.py").read_text()
    mutated = text[:min(a, b)] + text[max(a, b):]
    r = alembic.parse(source(mutated), None)
    assert isinstance(r, FileResult)
    alembic.order([r])


# --------------------------------------------------------------------------
# never executed
# --------------------------------------------------------------------------


def test_revisions_are_never_executed(monkeypatch):
    """The fixture's module body writes a file, shells out and exits, and its
    upgrade() calls os._exit: analysing it must do none of that."""
    marker = FIX / "danger" / "versions" / "EXECUTED"
    for p in marker.parent.glob("EXECUTED*"):
        p.unlink()
    real_compile = builtins.compile

    def only_ast(src, filename, mode, flags=0, *args, **kwargs):
        assert flags & 0x400, "source compiled to code"  # ast.PyCF_ONLY_AST
        return real_compile(src, filename, mode, flags, *args, **kwargs)

    def forbidden(*args, **kwargs):
        raise AssertionError("input executed")

    monkeypatch.setattr(builtins, "compile", only_ast)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(os, "system", forbidden)
    monkeypatch.setattr(subprocess, "run", forbidden)
    monkeypatch.setattr(sys, "exit", forbidden)
    modules_before = set(sys.modules)
    ordered, schema = load("danger")
    assert list(schema.tables) == ["victims"]
    assert list(schema.tables["victims"].columns) == ["id", "email"]
    assert ordered[0].meta["revision"] == "danger1"
    assert not list(marker.parent.glob("EXECUTED*"))
    assert not {m for m in set(sys.modules) - modules_before if "danger" in m}


# --------------------------------------------------------------------------
# ordering
# --------------------------------------------------------------------------


def test_revision_graph_order_with_branches_merge_and_depends_on():
    ordered, schema = load("graph")
    assert [r.meta["revision"] for r in ordered] == ["d1", "r0", "b1", "c1", "m1", "e1"]
    merge = next(r for r in ordered if r.meta["revision"] == "m1")
    assert merge.meta["down_revision"] == ["b1", "c1"]
    assert next(r for r in ordered if r.meta["revision"] == "e1").meta["depends_on"] == ["other"]
    assert set(schema.tables) == {"persons", "lookup"}
    assert list(schema.tables["persons"].columns) == ["id", "from_b", "from_c", "from_e"]
    assert "c_ref" in schema.tables["lookup"].columns
    assert not schema.notes


def _fr(path: str, rev, down=None, depends=None) -> FileResult:
    return FileResult(path, "alembic", (), meta={"revision": rev, "down_revision": down,
                                                 "branch_labels": None, "depends_on": depends})


def test_order_is_by_graph_not_file_name():
    results = [_fr("v/1_last.py", "c", "b"), _fr("v/2_first.py", "a"), _fr("v/3_middle.py", "b", "a")]
    assert [r.meta["revision"] for r in alembic.order(results)] == ["a", "b", "c"]
    assert [r.meta["revision"] for r in alembic.order(list(reversed(results)))] == ["a", "b", "c"]


def test_cycles_missing_parents_and_duplicates_still_order_with_notes():
    results = [_fr("v/a.py", "a", "b"), _fr("v/b.py", "b", "a"), _fr("v/c.py", "c", "gone"),
               _fr("v/d.py", "a"), _fr("v/e.py", None)]
    out = alembic.order(results)
    assert sorted(r.path for r in out) == sorted(r.path for r in results)
    assert [r.path for r in out][-2:] == ["v/d.py", "v/e.py"]  # duplicate id, then no revision
    notes = {r.path: [c.reason for c in r.changes if isinstance(c, Skipped)] for r in out}
    assert any("dependency cycle" in n for n in notes["v/a.py"])
    assert any("down_revision gone is not among" in n for n in notes["v/c.py"])
    assert any("also declared by v/a.py" in n for n in notes["v/d.py"])
    for r in out:
        for c in r.changes:
            assert c.location == Location(r.path, 1, 1)


def test_if_exists_and_if_not_exists_are_followed():
    """Polar clears a leftover index with ``op.drop_index(..., if_exists=True)`` before
    creating it again: a no-op when it is gone, not "drop of unknown key" (a note
    each time); ``if_not_exists=True`` adds only what is missing."""
    r = run('op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True), if_not_exists=True)\n'
            'op.add_column("t", sa.Column("nik", sa.String(16)), if_not_exists=True)\n'
            'op.drop_index("ix_gone", table_name="t", if_exists=True)\n'
            'op.drop_constraint("uq_gone", "t", type_="unique", if_exists=True)\n'
            'op.drop_column("t", "old", if_exists=True)\n'
            'op.drop_index("ix_other", table_name="t")\n')
    assert of(r, CreateTable)[0].if_not_exists and of(r, AddColumn)[0].if_not_exists
    assert [d.if_exists for d in of(r, DropConstraint)] == [True, True, False]
    assert of(r, DropColumn)[0].if_exists
    schema = replay("h", [r])
    assert list(schema.tables["t"].columns) == ["id", "nik"]
    notes = [n.reason for n in schema.notes]
    assert not any("ix_gone" in n or "uq_gone" in n or "old" in n for n in notes), notes
    assert any("ix_other" in n for n in notes), notes  # without if_exists: still said


def test_a_branch_a_literal_condition_rules_out_and_code_after_return_do_not_run():
    r = run('DEBUG = False\n'
            'op.add_column("t", sa.Column("a", sa.Integer()))\n'
            'if False:\n'
            '    op.drop_column("t", "a")\n'
            'if DEBUG:\n'
            '    op.drop_column("t", "a")\n'
            'else:\n'
            '    op.add_column("t", sa.Column("b", sa.Integer()))\n'
            'if 1:\n'
            '    op.add_column("t", sa.Column("c", sa.Integer()))\n'
            'return\n'
            'op.drop_column("t", "c")\n')
    assert [c.column.name for c in of(r, AddColumn)] == ["a", "b", "c"]
    assert not of(r, DropColumn) and not of(r, Skipped)


def test_an_operation_the_replay_cannot_apply_fails_closed_but_data_loops_do_not():
    """A schema operation inside an expression or a run-time loop is an 'unfollowed' note
    (PARSE001 warns); a loop that only updates rows (op.execute of UPDATE, Core insert) is not."""
    r = run('[op.add_column("t", sa.Column(c, sa.CHAR(16))) for c in ["nik"]]\n'
            'for row in conn.execute(t.select()):\n'
            '    op.execute(f"UPDATE t SET uuid = \'{row.id}\' WHERE id = {row.id}")\n'
            '    conn.execute(t.insert().values(x=1))\n'
            'for name in get_names():\n'
            '    op.drop_column("t", name)\n')
    kinds = [(n.kind, n.reason.split(" ")[0]) for n in of(r, Skipped)]
    assert kinds == [("unfollowed", "`op.add_column(...)`"), ("unfollowed", "loop")], kinds
    assert "get_names()" in of(r, Skipped)[1].reason


def test_operations_reached_by_another_name_are_followed():
    r = alembic.parse(source("from alembic import op\nfrom alembic.op import add_column as ac\n"
                             "import sqlalchemy as sa\nrevision = 'r1'\ndown_revision = None\n\n\n"
                             "def upgrade():\n"
                             "    ac('t', sa.Column('a', sa.Integer()))\n"
                             "    add = op.add_column\n"
                             "    add('t', sa.Column('b', sa.Integer()))\n"
                             "    o = op\n"
                             "    o.add_column('t', sa.Column('c', sa.Integer()))\n"
                             "    getattr(op, 'add_column')('t', sa.Column('d', sa.Integer()))\n"
                             "    op.get_bind().execute(sa.text('ALTER TABLE t ADD COLUMN e int'))\n"), None)
    assert [c.column.name for c in of(r, AddColumn)] == ["a", "b", "c", "d", "e"]
