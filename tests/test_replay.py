"""Replay: several files applied in order; columns judged on their final
state; every column keeps where it was introduced."""

from schemalint.model import AddColumn, FileResult, Location, TableRef
from schemalint.replay import replay
from tests.conftest import replay_sql


def test_add_comment_rename_drop_across_files():
    schema = replay_sql(
        "CREATE TABLE peserta (id int PRIMARY KEY, nm varchar(50));",
        "ALTER TABLE peserta ADD COLUMN nik varchar(16);",
        "COMMENT ON COLUMN peserta.nik IS 'NIK. schemalint: encrypted=app-aes';",
        "ALTER TABLE peserta RENAME COLUMN nm TO nama;",
        "ALTER TABLE peserta DROP COLUMN nama;",
    )
    t = schema.tables["peserta"]
    assert list(t.columns) == ["id", "nik"]
    nik = t.columns["nik"]
    # judged on its final state, pointing at the statement that introduced it
    assert nik.comment.startswith("NIK.")
    assert (nik.location.path, nik.location.line) == ("002_m.sql", 1)
    assert nik.comment_location.path == "003_m.sql"
    assert [e.kind for e in nik.history] == ["created", "commented"]


def test_rename_keeps_origin_and_history():
    schema = replay_sql("CREATE TABLE t (nm text);", "ALTER TABLE t RENAME COLUMN nm TO nama;",
                        "ALTER TABLE t RENAME TO people;")
    t = schema.tables["people"]
    col = t.columns["nama"]
    assert col.origin == ("t", "nm")
    assert t.origin == "t"
    assert col.location.path == "001_m.sql"
    assert col.history[-1].kind == "renamed"


def test_schema_qualified_and_default_schema_names_meet():
    schema = replay_sql("CREATE TABLE public.t (a int);", "ALTER TABLE t ADD COLUMN b int;",
                        "ALTER TABLE sik.u ADD COLUMN c int;")
    assert set(schema.tables) == {"t", "sik.u"}
    assert list(schema.tables["t"].columns) == ["a", "b"]
    # a table only altered is kept, marked, and the gap is noted
    assert schema.tables["sik.u"].created is False
    assert any("not created" in n.reason for n in schema.notes)


def test_drop_table_and_recreate():
    schema = replay_sql("CREATE TABLE t (a int);", "DROP TABLE t;", "CREATE TABLE t (b int);")
    assert list(schema.tables["t"].columns) == ["b"]
    assert schema.tables["t"].location.path == "003_m.sql"


def test_keys_mark_columns():
    schema = replay_sql("CREATE TABLE t (id int, nik char(16), nama text);",
                        "ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY (id);",
                        "CREATE UNIQUE INDEX u ON t (nik);", "CREATE INDEX i ON t (nama);")
    cols = schema.tables["t"].columns
    assert cols["id"].primary_key and cols["nik"].unique and cols["nama"].indexed
    assert [k for k, _ in cols["nik"].keys] == ["unique"]


def test_unknown_targets_are_noted_not_dropped():
    schema = replay_sql("CREATE TABLE t (a int);", "ALTER TABLE t RENAME COLUMN zz TO yy;",
                        "COMMENT ON COLUMN t.qq IS 'x';")
    reasons = [n.reason for n in schema.notes]
    assert any("rename of unknown column" in r for r in reasons)
    assert any("comment on unknown column" in r for r in reasons)


def test_later_annotation_overrides_earlier():
    schema = replay_sql("CREATE TABLE t (a int);",
                        "COMMENT ON COLUMN t.a IS 'schemalint: retention=P1Y';",
                        "COMMENT ON COLUMN t.a IS 'schemalint: retention=P2Y';")
    (src,) = schema.tables["t"].columns["a"].annotation_sources()
    assert src.annotation.values["retention"] == "P2Y"


def test_replay_accepts_changes_from_any_frontend():
    loc = Location("x.py", 3, 5)
    from schemalint.model import ColumnDef, ColumnType, CreateTable

    res = FileResult("x.py", "alembic", (
        CreateTable(TableRef("t"), (ColumnDef("a", ColumnType("int", "integer"), loc),), loc),
        AddColumn(TableRef("t"), ColumnDef("b", None, Location("x.py", 9, 1)), Location("x.py", 9, 1)),
    ))
    schema = replay("alembic:x", [res])
    assert [c.location.line for c in schema.tables["t"].columns.values()] == [3, 9]


def test_dropped_keys_and_indexes_unmark_columns():
    schema = replay_sql(
        "CREATE TABLE t (id int, nik char(16), kantor_id int);",
        "ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (id);",
        "CREATE UNIQUE INDEX ix_nik ON t (nik);",
        "ALTER TABLE t ADD CONSTRAINT fk_kantor FOREIGN KEY (kantor_id) REFERENCES kantor(id);",
        "DROP INDEX ix_nik;",
        "ALTER TABLE t DROP CONSTRAINT fk_kantor;",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS never_existed;",
    )
    cols = schema.tables["t"].columns
    assert cols["id"].primary_key
    assert not cols["nik"].unique and cols["nik"].keys == []
    assert cols["kantor_id"].references is None
    assert not schema.notes  # IF EXISTS of an unknown key is not news


def test_mysql_drop_primary_key_and_index():
    schema = replay_sql("CREATE TABLE t (id int PRIMARY KEY, nik char(16), KEY k_nik (nik));",
                        "ALTER TABLE t DROP PRIMARY KEY;", "ALTER TABLE t DROP INDEX k_nik;", dialect="mysql")
    cols = schema.tables["t"].columns
    assert not cols["id"].primary_key and not cols["nik"].indexed


def test_named_keys_follow_renamed_columns_and_expression_indexes_drop_cleanly():
    schema = replay_sql(
        "CREATE TABLE u (id int, url text, nama text);",
        "CREATE UNIQUE INDEX u_url_idx ON u (url);",
        "CREATE INDEX u_lower_idx ON u (lower(nama));",
        "ALTER TABLE u RENAME COLUMN url TO openid_url;",
        "DROP INDEX u_url_idx;",
        "DROP INDEX u_lower_idx;",
    )
    assert not schema.tables["u"].columns["openid_url"].unique
    assert not schema.notes


def test_the_same_note_at_the_same_place_is_listed_once():
    # a frontend that unrolls a loop over a literal list notes the same call once per item
    from schemalint.model import Skipped

    loc, other = Location("db/migrate/1_tz.rb", 57, 5), Location("db/migrate/1_tz.rb", 58, 5)
    note = Skipped("`@tz.save` is not a migration method", loc)
    res = FileResult(path="db/migrate/1_tz.rb", format="rails",
                     changes=[note, note, Skipped(note.reason, other), note, Skipped("another reason", loc)])
    schema = replay("h", [res])
    assert [(n.reason, n.location.line) for n in schema.notes] == [
        (note.reason, 57), (note.reason, 58), ("another reason", 57)]
