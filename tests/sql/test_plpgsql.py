"""PostgreSQL DO blocks: which statements of the body run for certain, and
what replay makes of them (issue 14).  The same shapes run through a real
PostgreSQL in tests/db/test_shapes.py."""

from schemalint.frontends.sql import plpgsql
from schemalint.model import AddColumn, Block, CreateTable, Skipped
from tests.conftest import replay_sql, sql_changes


def only(changes, cls):
    return [c for c in changes if isinstance(c, cls)]


def statements(text):
    lang, events = plpgsql.read(text)
    return [(data[0].split()[0].upper(), data[1]) for what, _, data in events if what == "stmt"]


def test_literal_statements_run_for_certain_and_the_rest_has_a_reason():
    text = """DO $body$
<<outer>>
DECLARE
    n int := 0;
    DECLARE r record;
BEGIN
    ALTER TABLE a ADD COLUMN x int;
    IF n = 0 THEN ALTER TABLE a ADD COLUMN y int; ELSIF n > 1 THEN NULL; ELSE DROP TABLE b; END IF;
    CASE n WHEN 1 THEN ALTER TABLE a DROP COLUMN x; ELSE NULL; END CASE;
    FOR r IN SELECT 1 LOOP CREATE TABLE c (i int); END LOOP;
    WHILE n < 2 LOOP n := n + 1; END LOOP;
    BEGIN
        CREATE TABLE d (i int);
    EXCEPTION WHEN duplicate_table OR SQLSTATE '42701' THEN ALTER TABLE d ADD COLUMN j int;
    END;
    EXECUTE format('DROP TABLE %I', 'a');
END outer $body$ LANGUAGE plpgsql"""
    assert statements(text) == [
        ("ALTER", ""), ("ALTER", "under IF"), ("NULL", "under IF"), ("DROP", "under IF"),
        ("ALTER", "under CASE"), ("NULL", "under CASE"), ("CREATE", "in a loop"), ("N", "in a loop"),
        ("CREATE", ""), ("ALTER", "in an EXCEPTION handler"), ("EXECUTE", ""),
    ]
    _, events = plpgsql.read(text)
    begins = [data for what, _, data in events if what == "begin"]
    assert begins == [(), ("duplicate_table", "sqlstate '42701'")]
    assert [plpgsql.kind_of(s) for s in ("n := n + 1", "RAISE NOTICE 'x'", "EXECUTE 'x'", "ALTER TABLE a")] == [
        "plpgsql", "plpgsql", "execute", "sql"]


def test_bodies_this_reader_cannot_follow():
    assert plpgsql.read("DO $$ BEGIN ALTER TABLE a ADD COLUMN x int; $$") is None  # no END
    assert plpgsql.read("DO $$ BEGIN IF true THEN ALTER TABLE a ADD x int; END LOOP; END $$") is None
    assert plpgsql.read("DO 'BEGIN ALTER TABLE a ADD x int; END'") is None  # not dollar-quoted
    assert plpgsql.read("DO LANGUAGE plv8 $$ plv8.execute('ALTER TABLE a ADD x int') $$") == ("plv8", [])


def test_do_block_ddl_is_replayed_where_it_is_written():
    text = ("CREATE TABLE pasien (id int);\n"
            "DO $$\nBEGIN\n    ALTER TABLE pasien ADD COLUMN nik varchar(16);\n"
            "    IF true THEN ALTER TABLE pasien ADD COLUMN npwp varchar(16); END IF;\nEND $$;\n")
    changes = sql_changes(text)
    (add,) = only(changes, AddColumn)
    assert (add.column.name, add.location.line, add.location.col) == ("nik", 4, 35)
    (note,) = only(changes, Skipped)
    assert note.location.line == 5 and "runs only under IF" in note.reason and "line 2" in note.reason
    assert [(b.kind, b.location.line) for b in only(changes, Block)] == [("begin", 3), ("end", 6)]


def test_a_block_without_table_changes_has_no_markers():
    changes = sql_changes("DO $$ BEGIN IF true THEN EXECUTE 'ALTER TABLE a ADD COLUMN x int'; END IF; END $$;")
    assert not only(changes, Block)
    assert "dynamic SQL" in only(changes, Skipped)[0].reason


def test_do_blocks_in_other_languages_and_unreadable_bodies_are_notes():
    for text in ("DO LANGUAGE plv8 $$ plv8.execute('ALTER TABLE a ADD COLUMN x int') $$;",
                 "DO $$ BEGIN ALTER TABLE a ADD COLUMN x int; END LOOP; $$;"):
        (note,) = sql_changes(text)
        assert isinstance(note, Skipped) and "not replayed" in note.reason


def test_embedded_do_block_is_located_in_the_host_file():
    from schemalint.frontends.sql import parse_sql

    changes, _ = parse_sql("DO $$ BEGIN\n  ALTER TABLE t ADD COLUMN nik varchar(16);\nEND $$", "m.py",
                           dialect="postgres", line=40, col=15)
    (add,) = only(changes, AddColumn)
    assert (add.location.path, add.location.line) == ("m.py", 41)


def test_handled_error_undoes_the_block_and_the_rest_goes_on():
    schema = replay_sql(
        "CREATE TABLE t (a int);\n"
        "DO $$ BEGIN\n"
        "  BEGIN ALTER TABLE t ADD COLUMN b int; ALTER TABLE t ADD COLUMN a text;\n"
        "  EXCEPTION WHEN duplicate_column THEN NULL; END;\n"
        "  ALTER TABLE t ADD COLUMN c int;\n"
        "END $$;")
    t = schema.tables["t"]
    assert sorted(t.columns) == ["a", "c"]  # b undone with the failing block
    assert t.columns["a"].type.family == "integer"
    assert not schema.notes


def test_unhandled_error_undoes_the_whole_do_block_with_a_note():
    schema = replay_sql(
        "CREATE TABLE t (a int);\n"
        "DO $$ BEGIN\n"
        "  CREATE TABLE u (x int);\n"
        "  BEGIN ALTER TABLE t ADD COLUMN a text; EXCEPTION WHEN undefined_table THEN NULL; END;\n"
        "END $$;\n"
        "ALTER TABLE t ADD COLUMN z int;")
    assert sorted(schema.tables) == ["t"]
    assert sorted(schema.tables["t"].columns) == ["a", "z"]
    (note,) = schema.notes
    assert note.location.line == 4 and "duplicate_column" in note.reason


def test_create_table_inside_a_handled_block_that_fails_is_undone():
    schema = replay_sql(
        "CREATE TABLE t (a int);\n"
        "DO $$ BEGIN CREATE TABLE u (x int); CREATE TABLE t (b int);\n"
        "EXCEPTION WHEN duplicate_table THEN NULL; END $$;")
    assert sorted(schema.tables) == ["t"] and sorted(schema.tables["t"].columns) == ["a"]
    assert not only([c for c in sql_changes("CREATE TABLE t (a int);")], Block)
    assert only(sql_changes("DO $$ BEGIN CREATE TABLE u (x int); END $$;"), CreateTable)


def test_a_block_left_open_does_not_swallow_the_next_file():
    from schemalint.model import ColumnDef, FileResult, Location, TableRef
    from schemalint.replay import replay

    a, b, t = Location("a.sql", 3), Location("b.sql"), TableRef("t")
    first = FileResult("a.sql", "sql", (CreateTable(t, (ColumnDef("a", None, a),), a), Block(a, "begin"),
                                        AddColumn(t, ColumnDef("a", None, a), a)))  # fails: a exists
    second = FileResult("b.sql", "sql", (AddColumn(t, ColumnDef("b", None, b), b),))
    schema = replay("h", [first, second])
    assert sorted(schema.tables["t"].columns) == ["a", "b"]
    assert "does not end" in schema.notes[0].reason
