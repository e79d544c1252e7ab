"""Django frontend: operations, naming, cross-migration state, ordering,
failure modes and the no-execution guarantee."""

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

from schemalint.frontends import FrontendOptions, django
from schemalint.model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    CreateTable,
    DropConstraint,
    DropTable,
    FileResult,
    Location,
    ParseFailure,
    RenameColumn,
    RenameTable,
    Skipped,
    TableRef,
)
from schemalint.replay import replay
from schemalint.sources import SourceFile, discover

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "django"


HEADER = (
    "from django.db import migrations, models\n"
    "\n"
    "\n"
    "class Migration(migrations.Migration):\n"
    '    dependencies = [("shop", "0001_initial")]\n'
    "    operations = [\n"
)
FIRST_OP_LINE = HEADER.count("\n") + 1


def source(text: str, path: str = "proj/shop/migrations/0002_x.py") -> SourceFile:
    return SourceFile(path=path, abspath=os.path.join("/nonexistent", path), format="django",
                      evidence="test", text=text)


def run(ops: str, options=None, path: str = "proj/shop/migrations/0002_x.py") -> FileResult:
    """Parse a migration whose operations list holds ``ops``."""
    body = textwrap.indent(textwrap.dedent(ops), " " * 8)
    return django.parse(source(HEADER + body + "    ]\n", path), options)


def of(result: FileResult, kind) -> list:
    return [c for c in result.changes if isinstance(c, kind)]


def load(name: str):
    found = discover([str(FIX / name)])
    results = [django.parse(sf, None) for sf in found.files if sf.format == "django"]
    ordered = django.order(results)
    return ordered, replay(name, ordered)


def key(r: FileResult):
    return (r.meta["app_label"], r.meta["name"])


@pytest.fixture(scope="module")
def project():
    return load("project")


# --------------------------------------------------------------------------
# CreateModel and fields
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def initial():
    path = FIX / "project" / "people" / "migrations" / "0001_initial.py"
    sf = SourceFile(path="proj/people/migrations/0001_initial.py", abspath=str(path),
                    format="django", evidence="test", text=path.read_text())
    return django.parse(sf, None), path.read_text().split("\n")


def test_create_model_table_and_column_names(initial):
    r, _ = initial
    tables = {c.table.name: c for c in of(r, CreateTable)}
    # proxy and unmanaged: no table; Person.groups (no through model): Django's join table
    assert set(tables) == {"people_person", "kelompok", "people_person_groups"}
    join = tables["people_person_groups"]
    assert [(c.name, c.primary_key) for c in join.columns] == [
        ("id", True), ("person_id", False), ("group_id", False)]
    assert [c.references.table.name for c in join.columns[1:]] == ["people_person", "people_group"]
    assert [(k.kind, k.columns) for k in join.constraints] == [("unique", ("person_id", "group_id"))]
    person = tables["people_person"]
    assert [c.name for c in person.columns] == [
        "id", "nik", "email", "photo", "birth_date", "is_active", "extra", "raw", "salary", "uid",
        "secret", "fernet", "emf", "pgp", "user_id", "home_id", "kode_lama"]  # no M2M column
    assert person.comment == "Residents. schemalint: purpose=civil_registry"
    assert r.meta["app_label"] == "people" and r.meta["name"] == "0001_initial"
    assert r.meta["initial"] is True


def test_field_classes_map_to_types_and_evidence(initial):
    r, _ = initial
    cols = {c.name: c for c in of(r, CreateTable)[0].columns}
    got = {n: (c.type.name, c.type.family, c.type.params) for n, c in cols.items()}
    assert got["nik"] == ("varchar", "text", ("16",))
    assert got["email"] == ("varchar", "text", ("254",))
    assert got["photo"] == ("varchar", "text", ("100",))
    assert got["birth_date"] == ("date", "date", ())
    assert got["is_active"] == ("boolean", "boolean", ())
    assert got["extra"] == ("jsonb", "json", ())
    assert got["raw"] == ("bytea", "binary", ())
    assert got["salary"] == ("decimal", "decimal", ("12", "2"))
    assert got["uid"] == ("uuid", "uuid", ())
    assert got["id"] == ("bigint", "integer", ())
    assert cols["email"].hints["field_class"] == "EmailField"
    assert cols["photo"].hints["field_class"] == "ImageField"
    nik = cols["nik"]
    assert nik.hints["verbose_name"] == "Nomor Induk Kependudukan"
    assert nik.hints["help_text"] == "16 digit NIK"  # gettext_lazy unwrapped
    assert nik.comment == "NIK. schemalint: encrypted=app-aes"  # db_comment
    assert nik.unique and not nik.nullable
    assert cols["birth_date"].nullable
    assert cols["id"].primary_key


def test_encrypted_field_classes(initial):
    r, _ = initial
    cols = {c.name: c for c in of(r, CreateTable)[0].columns}
    assert cols["secret"].encryption == "field:encrypt(CharField)"
    assert cols["secret"].type.params == ("50",)
    assert cols["fernet"].encryption == "field:EncryptedTextField"
    assert cols["emf"].encryption == "field:EncryptedCharField"
    assert cols["emf"].type.family == "text"
    assert cols["pgp"].encryption == "field:TextPGPSymmetricKeyField"
    assert cols["nik"].encryption is None


def test_user_declared_encrypted_field_class():
    r = run('migrations.AddField(model_name="order", name="nik", field=VaultField(max_length=16)),',
            FrontendOptions(encrypted_types=("VaultField",)))
    assert of(r, AddColumn)[0].column.encryption == "field:VaultField"


def test_relations_proxy_and_unmanaged(initial):
    r, _ = initial
    person = of(r, CreateTable)[0]
    cols = {c.name: c for c in person.columns}
    assert cols["user_id"].unique  # OneToOneField
    # parsed alone, the target's db_table is unknown: Django's default name
    assert cols["home_id"].references.table == TableRef("places_address")
    assert cols["user_id"].references is None  # settings.AUTH_USER_MODEL: resolved by order()
    notes = [s.reason for s in of(r, Skipped)]
    assert not any("ManyToManyField" in n for n in notes)  # its join table is modelled
    assert [n for n in notes if "unmanaged" in n] == [
        "model LegacyView is unmanaged (managed=False): Django does not create its table "
        "v_legacy; its fields are not replayed"]
    assert [k.kind for k in person.constraints] == ["index", "index"]  # email db_index, FK index


def test_columns_are_located_at_their_field_tuple(initial):
    import ast

    r, lines = initial
    tree = ast.parse("\n".join(lines))
    tuples = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant):
            tuples.setdefault(node.elts[0].value, (node.lineno, node.col_offset + 1))
    field_of = {"user_id": "user", "home_id": "home", "kode_lama": "legacy_code"}
    for col in of(r, CreateTable)[0].columns:
        assert col.location.path == "proj/people/migrations/0001_initial.py"
        assert (col.location.line, col.location.col) == tuples[field_of.get(col.name, col.name)]


# --------------------------------------------------------------------------
# the other operations, replayed over the whole project
# --------------------------------------------------------------------------


def test_project_is_ordered_across_apps(project):
    ordered, _ = project
    assert [key(r) for r in ordered] == [
        ("accounts", "0001_initial"), ("places", "0001_initial"), ("people", "0001_initial"),
        ("people", "0002_changes"), ("places", "0002_rename"), ("people", "0003_town")]


def test_field_operations(project):
    _, schema = project
    cols = schema.tables["penduduk"].columns  # AlterModelTable(person -> penduduk)
    assert "phone" in cols and cols["phone"].hints["verbose_name"] == "Nomor HP"  # module list
    email = cols["email"]  # AlterField: type, null, db_comment
    assert email.type.params == ("320",) and email.nullable
    assert email.comment == "schemalint: retention=P2Y"
    assert "kode_lama" not in cols and "kode_baru" in cols  # AlterField db_column -> rename
    assert "raw" not in cols  # RemoveField
    assert "home_id" not in cols and "residence_id" in cols  # RenameField of a ForeignKey
    assert "nickname" in cols  # SeparateDatabaseAndState: state operations


def test_model_operations(project):
    _, schema = project
    assert "people_person" not in schema.tables and "penduduk" in schema.tables
    assert schema.tables["penduduk"].comment == "Penduduk desa"  # AlterModelTableComment
    assert "kelompok" in schema.tables  # RenameModel keeps an explicit db_table
    assert "places_city" not in schema.tables and "places_town" in schema.tables  # RenameModel
    assert "shop_temp" not in schema.tables and "people_temp" not in schema.tables  # DeleteModel
    assert "v_legacy" not in schema.tables  # unmanaged: AddField is a no-op too
    # Person.groups' join table was renamed with its table (AlterModelTable people_person -> penduduk)
    assert set(schema.tables) == {"accounts_user", "alamat", "kelompok", "penduduk", "penduduk_groups",
                                  "places_town"}


def test_keys_from_indexes_and_unique_together(project):
    _, schema = project
    cols = schema.tables["penduduk"].columns
    assert "index" in {k for k, _ in cols["birth_date"].keys}  # AddIndex(fields=["-birth_date"])
    assert "unique" in {k for k, _ in cols["phone"].keys}  # AlterUniqueTogether


def test_cross_migration_state_resolves_types_and_references(project):
    _, schema = project
    cols = schema.tables["penduduk"].columns
    res = cols["residence_id"]  # FK to a UUID primary key in another app
    assert res.type.family == "uuid" and res.references.table == TableRef("alamat")
    user = cols["user_id"]  # settings.AUTH_USER_MODEL -> accounts.User
    assert user.references.table == TableRef("accounts_user") and user.type.family == "integer"
    town = cols["town_id"]  # FK to a model renamed in its own app before this migration
    assert town.references.table == TableRef("places_town") and town.type.name == "bigint"


def test_notes_for_run_python_custom_operations_and_m2m(project):
    _, schema = project
    reasons = [n.reason for n in schema.notes]
    assert any(r.startswith("RunPython `forwards`") for r in reasons)
    assert any("`myproject.operations.LoadFixture` is not a known Django operation" in r
               for r in reasons)
    assert all(n.kind == "unsupported" for n in schema.notes)
    # nothing else: the state operations and the RunSQL did not collide
    assert len(reasons) == 3, reasons


def test_run_sql_ddl_is_replayed_at_its_place(project):
    _, schema = project
    rt = schema.tables["penduduk"].columns["rt"]
    path = FIX / "project" / "people" / "migrations" / "0002_changes.py"
    line = path.read_text().split("\n")[rt.location.line - 1]
    assert rt.location.path.endswith("0002_changes.py")
    assert line[rt.location.col - 1:].startswith("rt varchar(3)")


def test_alter_field_comment_rules_and_db_column_rename():
    r = run('migrations.AlterField(model_name="order", name="a", field=models.TextField()),\n'
            'migrations.AlterField(model_name="order", name="b", '
            'field=models.TextField(db_comment="x")),\n'
            'migrations.AlterField(model_name="order", name="b", field=models.TextField()),\n'
            'migrations.AlterField(model_name="order", name="c", '
            'field=models.ForeignKey(to="shop.item", db_column="item", on_delete=models.CASCADE)),\n')
    a, b1, b2, c = of(r, AlterColumn)
    assert (a.table, a.column, a.comment) == (TableRef("shop_order"), "a", UNSET)
    assert b1.comment == "x" and b2.comment is None  # the comment Django removes
    assert c.column == "item"


def test_rename_field_of_a_foreign_key_declared_in_the_same_file():
    r = run('migrations.AddField(model_name="order", name="buyer", '
            'field=models.ForeignKey(to="shop.customer", on_delete=models.CASCADE)),\n'
            'migrations.RenameField(model_name="order", old_name="buyer", new_name="customer"),\n')
    (ren,) = of(r, RenameColumn)
    assert (ren.old, ren.new) == ("buyer_id", "customer_id")


def test_abstract_models_and_managed_option_changes():
    r = run('migrations.CreateModel(name="Base", fields=[("id", models.AutoField(primary_key=True))],'
            ' options={"abstract": True}),\n'
            'migrations.CreateModel(name="Item", fields=[("id", models.AutoField(primary_key=True))]),\n'
            'migrations.AlterModelOptions(name="item", options={"managed": False, "ordering": ["id"]}),\n'
            'migrations.AddField(model_name="item", name="ignored", field=models.TextField()),\n'
            'migrations.AlterModelOptions(name="item", options={"managed": True}),\n'
            'migrations.AddField(model_name="item", name="kept", field=models.TextField()),\n'
            'migrations.AlterModelOptions(name="item", options={"verbose_name": "Barang"}),\n')
    assert [c.table.name for c in of(r, CreateTable)] == ["shop_item"]  # abstract: no table
    assert [a.column.name for a in of(r, AddColumn)] == ["kept"]  # unmanaged meanwhile
    assert r.stats["noop"] == 1  # the options that do not touch tables
    assert not of(r, Skipped)


def test_alter_order_with_respect_to_adds_order_column():
    r = run('migrations.AlterOrderWithRespectTo(name="line", order_with_respect_to="order"),')
    (add,) = of(r, AddColumn)
    assert (add.table, add.column.name, add.column.nullable) == (TableRef("shop_line"), "_order", False)


def test_index_and_constraint_removal_and_together_replacement():
    r = run('migrations.CreateModel(name="Item", fields=[("id", models.AutoField(primary_key=True)),'
            ' ("a", models.TextField()), ("b", models.TextField())],'
            ' options={"unique_together": {("a", "b")}}),\n'
            'migrations.AddIndex(model_name="item", index=models.Index(fields=["a"], name="ix_a")),\n'
            'migrations.RemoveIndex(model_name="item", name="ix_a"),\n'
            'migrations.AddConstraint(model_name="item", '
            'constraint=models.UniqueConstraint(fields=["b"], name="uq_b")),\n'
            'migrations.RemoveConstraint(model_name="item", name="uq_b"),\n'
            'migrations.AlterUniqueTogether(name="item", unique_together={("a",)}),\n'
            'migrations.AlterIndexTogether(name="item", index_together={("b",)}),\n'
            'migrations.AlterUniqueTogether(name="item", unique_together=set()),\n')
    (ct,) = of(r, CreateTable)
    assert [(k.kind, k.columns) for k in ct.constraints] == [("unique", ("a", "b"))]
    drops = of(r, DropConstraint)
    assert [(d.name, d.kind, d.columns) for d in drops] == [
        ("ix_a", None, ()), ("uq_b", None, ()), (None, "unique", ("a", "b")), (None, "unique", ("a",))]
    adds = [(a.constraint.kind, a.constraint.columns, a.constraint.name) for a in of(r, AddConstraint)]
    assert adds == [("index", ("a",), "ix_a"), ("unique", ("b",), "uq_b"), ("unique", ("a",), None),
                    ("index", ("b",), None)]
    schema = replay("h", [r])
    cols = schema.tables["shop_item"].columns
    assert not cols["a"].keys and {k for k, _ in cols["b"].keys} == {"index"}
    assert not schema.notes


def test_source_comment_annotations_follow_names_resolved_across_files(tmp_path):
    """A ``# schemalint:`` comment is attached (after parsing) to the change
    it targets; order() re-derives the change with the real table name and
    keeps the annotation pointing at it."""
    from schemalint.directives import attach

    app = tmp_path / "proj" / "crm" / "migrations"
    app.mkdir(parents=True)
    (app / "0001_initial.py").write_text(HEADER.replace('("shop", "0001_initial")', "") + (
        '        migrations.CreateModel(name="Contact", fields=[("id", models.AutoField(primary_key=True))],\n'
        '                               options={"db_table": "kontak"}),\n    ]\n'))
    (app / "0002_nik.py").write_text(HEADER.replace('"shop"', '"crm"') + (
        "        # schemalint: encrypted=app-aes retention=P5Y\n"
        '        migrations.AddField(model_name="contact", name="nik", field=models.CharField(max_length=16)),\n'
        "    ]\n"))
    found = discover([str(tmp_path / "proj")])
    results = [attach(django.parse(sf, None), sf.text).result for sf in found.files]
    assert [a.table.name for r in results for a in r.changes if type(a).__name__ == "Annotate"] == [
        "crm_contact"]  # parsed alone: Django's default name
    schema = replay("h", django.order(results))
    nik = schema.tables["kontak"].columns["nik"]
    assert [s.annotation.values for s in nik.annotation_sources()] == [
        {"encrypted": "app-aes", "retention": "P5Y"}]
    assert not schema.notes


def test_results_survive_the_cache_round_trip(project):
    """meta["ops"] is JSON: a cached result orders and replays the same."""
    import json

    from schemalint import cache

    found = discover([str(FIX / "project")])
    results = [django.parse(sf, None) for sf in found.files]
    again = [cache.decode(json.loads(json.dumps(cache.encode(r)))) for r in results]
    a = replay("h", django.order(results))
    b = replay("h", django.order(again))
    assert {t: list(x.columns) for t, x in a.tables.items()} == \
        {t: list(x.columns) for t, x in b.tables.items()}
    assert {t: [str(c.type) for c in x.columns.values()] for t, x in a.tables.items()} == \
        {t: [str(c.type) for c in x.columns.values()] for t, x in b.tables.items()}


def test_data_run_sql_does_not_import_sqlglot(tmp_path):
    mig = tmp_path / "shop" / "migrations" / "0002_data.py"
    mig.parent.mkdir(parents=True)
    mig.write_text(HEADER + (
        '        migrations.AddField(model_name="order", name="a", field=models.IntegerField()),\n'
        '        migrations.RunSQL("UPDATE shop_order SET a = 1", migrations.RunSQL.noop),\n'
        "        migrations.RunSQL(migrations.RunSQL.noop),\n"
        "    ]\n"))
    code = (
        "import sys\n"
        "from schemalint.sources import read_source\n"
        "from schemalint.frontends import django\n"
        f"r = django.parse(read_source({str(mig)!r}, 'p/shop/migrations/0002_data.py'), None)\n"
        "assert len(r.changes) == 1, r.changes\n"
        "assert r.stats['noop'] == 2, r.stats\n"
        "bad = [m for m in sys.modules if m.startswith(('sqlglot', 'schemalint.frontends.sql'))]\n"
        "assert not bad, bad\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


# --------------------------------------------------------------------------
# unknown constructs and failures
# --------------------------------------------------------------------------


def test_unknown_constructs_become_located_notes():
    r = run('migrations.RunPython(forwards),\n'                                    # 0
            'migrations.AddField(model_name="order", name="x", field=make_field()),\n'  # 1
            'migrations.AddField(model_name=MODEL, name="y", field=models.IntegerField()),\n'  # 2
            'migrations.RunSQL(build_sql()),\n'                                    # 3
            'CustomOperation(),\n')                                                 # 4
    notes = [(s.location.line - FIRST_OP_LINE, s.reason) for s in of(r, Skipped)]
    assert [n for n, _ in notes] == [0, 1, 2, 3, 4]
    assert "RunPython `forwards`" in notes[0][1]
    assert "built by `make_field(...)`" in notes[1][1]
    assert "model name is not a literal" in notes[2][1]
    assert "RunSQL: SQL is the result of a call" in notes[3][1]
    assert "`CustomOperation` is not a known Django operation" in notes[4][1]
    assert all(s.kind == "unsupported" for s in of(r, Skipped))


def test_operations_built_at_run_time_are_noted():
    text = ("from django.db import migrations, models\n\n"
            "class Migration(migrations.Migration):\n"
            "    dependencies = []\n"
            "    operations = [migrations.RemoveField('order', f) for f in FIELDS]\n")
    r = django.parse(source(text), None)
    (note,) = of(r, Skipped)
    assert "operations are built at run time" in note.reason and note.location.line == 5
    assert note.kind == "unfollowed"  # a PARSE001 warning: the gate fails closed


def test_syntax_error_is_a_located_parse_failure():
    text = HEADER + "        migrations.AddField(model_name='x' name='y'),\n    ]\n"
    r = django.parse(source(text), None)
    (failure,) = r.changes
    assert isinstance(failure, ParseFailure)
    assert failure.location.line == FIRST_OP_LINE
    assert failure.location.col > 1
    assert r.meta["app_label"] == "shop" and r.meta["name"] == "0002_x"


def test_module_without_migration_class_is_not_a_migration():
    r = django.parse(source("from django.db import migrations\n\ndef helper():\n    pass\n",
                            "proj/shop/migrations/tasks.py"), None)
    assert r.changes == () and r.meta["name"] is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_parse_never_raises_on_arbitrary_text(text):
    assert isinstance(django.parse(source(text), None), FileResult)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=4000), st.integers(min_value=0, max_value=4000))
def test_parse_never_raises_on_cut_and_spliced_migrations(a, b):
    text = (FIX / "project" / "people" / "migrations" / "0002_changes.py").read_text()
    r = django.parse(source(text[:min(a, b)] + text[max(a, b):]), None)
    assert isinstance(r, FileResult)
    django.order([r])


# --------------------------------------------------------------------------
# never executed
# --------------------------------------------------------------------------


def test_migrations_are_never_executed(monkeypatch):
    marker_dir = FIX / "danger" / "app" / "migrations"
    for p in marker_dir.glob("EXECUTED*"):
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
    monkeypatch.setattr(os, "_exit", forbidden)
    monkeypatch.setattr(subprocess, "run", forbidden)
    monkeypatch.setattr(sys, "exit", forbidden)
    _, schema = load("danger")
    assert list(schema.tables) == ["app_victim"]
    assert list(schema.tables["app_victim"].columns) == ["id", "email"]
    assert not list(marker_dir.glob("EXECUTED*"))


# --------------------------------------------------------------------------
# ordering
# --------------------------------------------------------------------------


def test_squashed_migration_replaces_the_migrations_it_squashes():
    ordered, schema = load("squashed")
    assert [key(r) for r in ordered] == [
        ("shop", "0001_squashed_0002_order_note"), ("billing", "0001_initial"),
        ("shop", "0001_initial"), ("shop", "0002_order_note")]
    for r in ordered[2:]:
        (only,) = r.changes
        assert only.kind == "noop" and "replaced by the squashed migration" in only.reason
    assert list(schema.tables["shop_order"].columns) == ["id", "total", "note"]
    assert schema.tables["billing_invoice"].columns["order_id"].references.table == TableRef("shop_order")
    assert not schema.notes  # nothing created twice, no unknown dependency


def _fr(app: str, name: str, deps=(), replaces=(), ops=()) -> FileResult:
    return FileResult(f"p/{app}/migrations/{name}.py", "django", (), meta={
        "app_label": app, "name": name, "dependencies": [list(d) for d in deps],
        "replaces": [list(x) for x in replaces], "ops": list(ops)})


def test_order_follows_dependencies_not_file_names():
    results = [
        _fr("a", "0001_initial", [("b", "0002_second")]),
        _fr("b", "0001_initial"),
        _fr("b", "0002_second", [("b", "0001_initial")]),
        _fr("a", "0002_more", [("a", "0001_initial")]),
        _fr("c", "0001_initial", [("a", "__latest__"), ("b", "__first__")]),
    ]
    out = [key(r) for r in django.order(results)]
    assert out == [("b", "0001_initial"), ("b", "0002_second"), ("a", "0001_initial"),
                   ("a", "0002_more"), ("c", "0001_initial")]
    assert out == [key(r) for r in django.order(list(reversed(results)))]


def test_cycles_missing_and_swappable_dependencies_are_noted():
    results = [
        _fr("a", "0001_initial", [("a", "0002_next")]),
        _fr("a", "0002_next", [("a", "0001_initial")]),
        _fr("b", "0001_initial", [("a", "0009_gone"), ("auth", "0012_x"), ("__setting__", "AUTH_USER_MODEL")]),
    ]
    out = django.order(results)
    assert sorted(key(r) for r in out) == sorted(key(r) for r in results)
    notes = {key(r): [c.reason for c in r.changes if isinstance(c, Skipped)] for r in out}
    assert any("dependency cycle" in n for n in notes[("a", "0001_initial")])
    b = notes[("b", "0001_initial")]
    assert any("depends on a.0009_gone, which is not among" in n for n in b)
    assert any("settings.AUTH_USER_MODEL, which cannot be resolved" in n for n in b)
    assert not any("auth.0012_x" in n for n in b)  # another project's app: outside the history
    assert all(c.location == Location(r.path, 1, 1) for r in out for c in r.changes)


def test_dependency_meta_is_json_compatible():
    import json

    r = run('migrations.AddField(model_name="order", name="x", field=models.IntegerField()),')
    assert r.meta["dependencies"] == [["shop", "0001_initial"]]
    json.dumps(dict(r.meta))


def test_an_apps_label_is_read_from_its_own_migrations_dependencies(tmp_path):
    """pretix's base/migrations belong to the app labelled 'pretixbase' (its
    AppConfig says so): the tables are pretixbase_*, not base_*."""
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    base = tmp_path / "pretix" / "base" / "migrations"
    api = tmp_path / "pretix" / "api" / "migrations"
    for d in (base, api):
        d.mkdir(parents=True)
    head = "from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n"
    (base / "0001_initial.py").write_text(
        head + "    initial = True\n    dependencies = [('auth', '0001_initial')]\n"
        "    operations = [migrations.CreateModel(name='Event', fields=[('id', models.AutoField(primary_key=True)),"
        " ('name', models.CharField(max_length=200))])]\n", encoding="utf-8")
    (base / "0002_order.py").write_text(
        head + "    dependencies = [('pretixbase', '0001_initial')]\n"
        "    operations = [migrations.CreateModel(name='Order', fields=[('id', models.AutoField(primary_key=True)),"
        " ('email', models.EmailField(max_length=254)),"
        " ('event', models.ForeignKey(on_delete=models.CASCADE, to='pretixbase.event'))])]\n", encoding="utf-8")
    (base / "0003_order_code.py").write_text(
        head + "    dependencies = [('pretixbase', '0002_order')]\n"
        "    operations = [migrations.AddField(model_name='order', name='code',"
        " field=models.CharField(max_length=16))]\n", encoding="utf-8")
    # one dependency under another label is not enough to relabel a folder
    (api / "0001_initial.py").write_text(
        head + "    dependencies = [('pretixbase', '0003_order_code'), ('auth', '0001_initial')]\n"
        "    operations = [migrations.CreateModel(name='Token', fields=[('id', models.AutoField(primary_key=True)),"
        " ('key', models.CharField(max_length=64))])]\n", encoding="utf-8")
    run = build(RunOptions(paths=[str(tmp_path)], checks=False, use_cache=False), Config())
    tables = {t.name: t for s in run.schemas for t in s.tables.values()}
    assert {"pretixbase_event", "pretixbase_order", "api_token"} <= set(tables), sorted(tables)
    assert "base_order" not in tables
    assert list(tables["pretixbase_order"].columns) == ["id", "email", "event_id", "code"]
    assert tables["pretixbase_order"].columns["event_id"].references.table.name == "pretixbase_event"


def test_many_to_many_join_tables_follow_their_model():
    """Django's auto-created join table: added with the field, named by its
    db_table, through a model (none), to itself (from_/to_), renamed with the
    model and its key, dropped with the field or the model."""
    r = run("""
    migrations.CreateModel(name="Tag", fields=[("id", models.AutoField(primary_key=True))]),
    migrations.CreateModel(name="Member", fields=[("id", models.BigAutoField(primary_key=True))]),
    migrations.AddField(model_name="member", name="tags", field=models.ManyToManyField(to="shop.Tag")),
    migrations.AddField(model_name="member", name="friends", field=models.ManyToManyField(to="self")),
    migrations.AddField(model_name="member", name="roles",
                        field=models.ManyToManyField(to="shop.Tag", db_table="member_roles")),
    migrations.AddField(model_name="member", name="via",
                        field=models.ManyToManyField(to="shop.Tag", through="shop.Membership")),
    migrations.RenameModel(old_name="Member", new_name="Customer"),
    migrations.RemoveField(model_name="customer", name="roles"),
    """)
    created = {c.table.name: [col.name for col in c.columns] for c in of(r, CreateTable)}
    assert created["shop_member_tags"] == ["id", "member_id", "tag_id"]
    assert created["shop_member_friends"] == ["id", "from_member_id", "to_member_id"]
    assert created["member_roles"] == ["id", "member_id", "tag_id"]
    assert not any("via" in t for t in created)  # an explicit through model is a model of its own
    tags = next(c for c in of(r, CreateTable) if c.table.name == "shop_member_tags")
    assert tags.columns[1].type.name == "bigint"  # the key has the type of Member's BigAutoField
    renames = [(x.old.name, x.new.name) for x in of(r, RenameTable)]
    assert ("shop_member_tags", "shop_customer_tags") in renames
    assert [(c.old, c.new) for c in of(r, RenameColumn) if c.table.name == "shop_customer_friends"] == [
        ("from_member_id", "from_customer_id"), ("to_member_id", "to_customer_id")]
    assert [d.table.name for d in of(r, DropTable)] == ["member_roles"]


def test_a_join_table_to_the_user_model_names_its_key_user_id():
    r = run("""
    migrations.CreateModel(name="Team", fields=[
        ("id", models.AutoField(primary_key=True)),
        ("members", models.ManyToManyField(to=settings.AUTH_USER_MODEL)),
    ]),
    """)
    join = next(c for c in of(r, CreateTable) if c.table.name == "shop_team_members")
    assert [c.name for c in join.columns] == ["id", "team_id", "user_id"]


def test_a_projects_own_relation_class_is_a_relation():
    """tendenci alters ``Profile.user`` to its own ``UnsavedOneToOne(to=AUTH_USER_MODEL,
    on_delete=...)``: a relation (``user_id``), not a column named ``user``."""
    r = run("""
        migrations.CreateModel(name='Profile', fields=[
            ('id', models.AutoField(primary_key=True)),
            ('owner', tendenci.libs.abstracts.models.UnsavedOneToOne(
                to=settings.AUTH_USER_MODEL, on_delete=django.db.models.deletion.CASCADE)),
            ('parent', myapp.fields.TreeKey(to='shop.profile', on_delete=models.SET_NULL, null=True)),
            ('tags', myapp.fields.TagList(to='shop.tag', blank=True)),
        ]),
    """)
    (ct,) = of(r, CreateTable)
    cols = {c.name: c for c in ct.columns}
    assert "owner_id" in cols and "owner" not in cols and cols["owner_id"].unique
    assert "parent_id" in cols and cols["parent_id"].nullable and not cols["parent_id"].unique
    assert "tags" in cols  # without on_delete: not known to be a key (left a column)


# --------------------------------------------------------------------------
# settings.AUTH_USER_MODEL: the project's own user model, whatever its name
# --------------------------------------------------------------------------

_USERS = '''from django.db import migrations, models
import django.contrib.auth.models


class Migration(migrations.Migration):
    initial = True
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]
    operations = [
        migrations.CreateModel(
            name="{name}",
            fields=[
                ("id", models.AutoField(primary_key=True, serialize=False)),
                ("password", models.CharField(max_length=128, verbose_name="password")),
                ("last_login", models.DateTimeField(blank=True, null=True)),
                ("username", models.CharField(max_length=150, unique=True)),
            ],
            options={options},
            managers=[("objects", django.contrib.auth.models.UserManager())],
        ),
    ]
'''
_LOANS = '''from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]
    operations = [
        migrations.CreateModel(
            name="Loan",
            fields=[
                ("id", models.AutoField(primary_key=True, serialize=False)),
                ("user", models.ForeignKey(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
        ),
    ]
'''


def _user_project(*users):
    files = [source(_LOANS, "proj/loans/migrations/0001_initial.py")]
    for app, name, options in users:
        files.append(source(_USERS.format(name=name, options=options), f"proj/{app}/migrations/0001_initial.py"))
    ordered = django.order([django.parse(f, None) for f in files])
    return ordered, replay("users", ordered)


@pytest.mark.parametrize("app, name", [("users", "JustfixUser"), ("core", "UserProfile"), ("workshops", "Person")])
def test_auth_user_model_is_the_one_model_built_on_abstract_base_user(app, name):
    # justfix (users.JustfixUser), ephios (core.UserProfile), AMY (workshops.Person)
    ordered, schema = _user_project((app, name, "{}"))
    assert [key(r)[0] for r in ordered] == [app, "loans"]  # the swappable dependency is followed
    user = schema.tables["loans_loan"].columns["user_id"]
    assert user.references.table == TableRef(f"{app}_{name.lower()}")
    assert str(user.type) == f"ForeignKey({app}.{name.lower()})"
    assert not any("cannot be resolved" in n.reason for n in schema.notes)


def test_an_unmanaged_mirror_is_not_the_user_model_and_a_swappable_copy_is():
    # horilla: LegacyUser (managed=False, db_table auth_user) beside HorillaUser (swappable)
    _, schema = _user_project(("horilla_auth", "LegacyUser", '{"managed": False, "db_table": "auth_user"}'),
                              ("horilla_auth2", "HorillaUser", '{"swappable": "AUTH_USER_MODEL"}'))
    assert "horilla_auth2_horillauser" in schema.tables  # not taken for swapped away
    assert schema.tables["loans_loan"].columns["user_id"].references.table == TableRef("horilla_auth2_horillauser")


def test_several_user_models_keep_the_note_which_names_them():
    _, schema = _user_project(("a", "Member", "{}"), ("b", "Staff", "{}"))
    (note,) = [n.reason for n in schema.notes if "cannot be resolved" in n.reason]
    assert "several models here may be the user model: a.member, b.staff" in note
    assert "no app" not in note
    user = schema.tables["loans_loan"].columns["user_id"]
    assert user.references is None and str(user.type) == "ForeignKey(__setting__.AUTH_USER_MODEL)"
