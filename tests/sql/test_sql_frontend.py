"""The SQL frontend: every statement kind it understands, in every
supported dialect, with locations."""

import pytest

from schemalint.model import (
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    CreateTable,
    DropColumn,
    DropTable,
    ParseFailure,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
)
from tests.conftest import replay_sql, sql_changes


def only(changes, cls):
    return [c for c in changes if isinstance(c, cls)]


# The same table written in each supported dialect: the frontend must read
# the same columns, types families, keys and comments from all of them.
DIALECT_TABLES = {
    "postgres": """CREATE TABLE public.peserta (
  id BIGSERIAL PRIMARY KEY,
  nik CHAR(16) NOT NULL UNIQUE,
  nama VARCHAR(100),
  kantor_id INT REFERENCES kantor(id),
  foto BYTEA
);
COMMENT ON COLUMN public.peserta.nama IS 'Nama lengkap';""",
    "mysql": """CREATE TABLE `peserta` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `nik` char(16) NOT NULL,
  `nama` varchar(100) DEFAULT NULL COMMENT 'Nama lengkap',
  `kantor_id` int(11) DEFAULT NULL,
  `foto` longblob,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_nik` (`nik`),
  CONSTRAINT `fk_kantor` FOREIGN KEY (`kantor_id`) REFERENCES `kantor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='peserta BPJS';""",
    "sqlite": """CREATE TABLE peserta (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  nik TEXT NOT NULL UNIQUE,
  nama TEXT,
  kantor_id INTEGER REFERENCES kantor(id),
  foto BLOB
);""",
    "tsql": """CREATE TABLE [dbo].[peserta] (
  [id] BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
  [nik] NCHAR(16) NOT NULL UNIQUE,
  [nama] NVARCHAR(100) NULL,
  [kantor_id] INT NULL FOREIGN KEY REFERENCES kantor(id),
  [foto] VARBINARY(MAX) NULL
)
GO""",
    "oracle": """CREATE TABLE peserta (
  id NUMBER(19) PRIMARY KEY,
  nik CHAR(16) NOT NULL UNIQUE,
  nama VARCHAR2(100),
  kantor_id NUMBER(10) REFERENCES kantor(id),
  foto BLOB
);
COMMENT ON COLUMN peserta.nama IS 'Nama lengkap';""",
    "bigquery": """CREATE TABLE `proj.bpjs.peserta` (
  id INT64 NOT NULL,
  nik STRING NOT NULL,
  nama STRING OPTIONS(description='Nama lengkap'),
  kantor_id INT64,
  foto BYTES
);""",
    "snowflake": """CREATE OR REPLACE TABLE peserta (
  id NUMBER(38,0) AUTOINCREMENT PRIMARY KEY,
  nik CHAR(16) NOT NULL UNIQUE,
  nama VARCHAR(100) COMMENT 'Nama lengkap',
  kantor_id NUMBER(38,0) REFERENCES kantor(id),
  foto BINARY
);""",
}


@pytest.mark.parametrize("dialect", sorted(DIALECT_TABLES))
def test_create_table_reads_the_same_columns_in_every_dialect(dialect):
    schema = replay_sql(DIALECT_TABLES[dialect], dialect=dialect)
    assert not schema.failures, schema.failures
    (table,) = schema.tables.values()
    assert table.name == "peserta"
    assert list(table.columns) == ["id", "nik", "nama", "kantor_id", "foto"]
    cols = table.columns
    assert cols["nik"].nullable is False
    assert cols["nik"].type.family == "text"
    assert cols["foto"].type.family == "binary"
    assert cols["id"].type.family in ("integer", "decimal")
    if dialect != "bigquery":  # BigQuery has no key constraints
        assert cols["id"].primary_key
        assert cols["nik"].unique
    if dialect in ("mysql", "postgres", "oracle", "bigquery", "snowflake"):
        assert cols["nama"].comment == "Nama lengkap"
    if dialect in ("mysql", "postgres", "sqlite", "tsql", "oracle", "snowflake"):
        assert cols["kantor_id"].references is not None
        assert cols["kantor_id"].references.table.name == "kantor"


def test_every_column_is_located_at_its_name():
    text = "CREATE TABLE t (\n  id int,\n    nik varchar(16) NOT NULL\n);"
    (ct,) = only(sql_changes(text), CreateTable)
    assert [(c.name, c.location.line, c.location.col) for c in ct.columns] == [("id", 2, 3), ("nik", 3, 5)]
    assert (ct.location.line, ct.location.col) == (1, 1)


def test_types_keep_their_parameters_and_text():
    (ct,) = only(sql_changes("CREATE TABLE t (a varchar(16), b numeric(12,2), c timestamptz, d jsonb)"), CreateTable)
    a, b, c, d = ct.columns
    assert (a.type.name, a.type.params, a.type.length) == ("varchar", ("16",), 16)
    assert (b.type.family, b.type.params) == ("decimal", ("12", "2"))
    assert c.type.family == "datetime"
    assert d.type.family == "json"
    assert str(a.type) == "VARCHAR(16)"


def test_not_null_default_and_table_options():
    (ct,) = only(sql_changes("CREATE TABLE t (a int NOT NULL DEFAULT 0, b int NULL) ENGINE=InnoDB COMMENT='x'",
                             "mysql"), CreateTable)
    a, b = ct.columns
    assert a.nullable is False and a.default == "0"
    assert b.nullable is True
    assert ct.comment == "x"


def test_alter_table_add_drop_rename_and_type():
    ch = sql_changes("""ALTER TABLE t ADD COLUMN npwp varchar(20);
ALTER TABLE t DROP COLUMN old;
ALTER TABLE t RENAME COLUMN a TO b;
ALTER TABLE t ALTER COLUMN c TYPE bytea;
ALTER TABLE t ALTER COLUMN d SET NOT NULL;
ALTER TABLE t RENAME TO u;""")
    add, = only(ch, AddColumn)
    assert add.column.name == "npwp" and add.column.location.line == 1
    assert only(ch, DropColumn)[0].column == "old"
    ren, = only(ch, RenameColumn)
    assert (ren.old, ren.new) == ("a", "b")
    typ, nn = only(ch, AlterColumn)
    assert typ.type.family == "binary" and typ.column == "c"
    assert nn.nullable is False
    rt, = only(ch, RenameTable)
    assert (rt.old.name, rt.new.name) == ("t", "u")


def test_mysql_modify_and_change_restate_the_column():
    ch = sql_changes("ALTER TABLE t CHANGE nm nama varchar(50) NOT NULL COMMENT 'Nama';\n"
                     "ALTER TABLE t MODIFY nama varchar(80);", "mysql")
    ren = only(ch, RenameColumn)[0]
    assert (ren.old, ren.new) == ("nm", "nama")
    first, second = only(ch, AlterColumn)
    assert first.comment == "Nama"
    assert second.comment is None  # MODIFY without COMMENT drops the comment in MySQL


def test_rename_table_forms():
    assert [(r.old.name, r.new.name) for r in only(sql_changes("RENAME TABLE a TO b, c TO d;", "mysql"), RenameTable)] \
        == [("a", "b"), ("c", "d")]
    ch = sql_changes("EXEC sp_rename 'dbo.t.nm', 'nama', 'COLUMN';\nEXEC sp_rename 'dbo.t', 'u';", "tsql")
    assert only(ch, RenameColumn)[0].new == "nama"
    assert only(ch, RenameTable)[0].new.name == "u"


def test_drop_table_and_comment_on():
    ch = sql_changes("DROP TABLE IF EXISTS a, b;\nCOMMENT ON TABLE s.t IS 'purpose';\nCOMMENT ON COLUMN t.c IS NULL;")
    assert [d.table.name for d in only(ch, DropTable)] == ["a", "b"]
    tc, cc = only(ch, SetComment)
    assert (tc.table.schema, tc.table.name, tc.column, tc.comment) == ("s", "t", None, "purpose")
    assert (cc.column, cc.comment) == ("c", None)


def test_indexes_and_keys():
    ch = sql_changes("""CREATE UNIQUE INDEX ix ON ONLY public.t USING btree (nik);
CREATE INDEX ix2 ON t (lower(nama));
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (kantor_id) REFERENCES kantor(id);""")
    cons = [c.constraint for c in only(ch, AddConstraint)]
    assert [(c.kind, c.columns) for c in cons] == [
        ("unique", ("nik",)), ("index", ()), ("primary", ("id",)), ("foreign", ("kantor_id",))]
    assert cons[3].references.table.name == "kantor"


def test_mysql_keys_in_alter():
    ch = sql_changes("ALTER TABLE `t` ADD PRIMARY KEY (`id`), ADD UNIQUE KEY `u` (`nik`), ADD KEY `k` (`nama`);",
                     "mysql")
    assert [(c.constraint.kind, c.constraint.columns) for c in only(ch, AddConstraint)] == [
        ("primary", ("id",)), ("unique", ("nik",)), ("index", ("nama",))]


def test_mysql_index_type_before_on_and_options_after_the_columns():
    """openSIS writes ``CREATE INDEX i USING btree ON t(c)`` 80 times: valid
    MySQL that sqlglot cannot read; each was a 'cannot parse' note."""
    ch = sql_changes("CREATE INDEX ix USING btree ON custom_fields(type);\n"
                     "CREATE UNIQUE INDEX ux ON t (nik) USING BTREE COMMENT 'one per person';\n"
                     "CREATE INDEX bad USING ON t (a);", "mysql")
    cons = [(c.table.name, c.constraint.kind, c.constraint.columns) for c in only(ch, AddConstraint)]
    assert cons == [("custom_fields", "index", ("type",)), ("t", "unique", ("nik",))]
    assert [f.location.line for f in only(ch, ParseFailure)] == [3]  # "USING ON": no index type, still located


def test_pgsodium_security_label_is_encryption_evidence():
    (a,) = only(sql_changes("SECURITY LABEL FOR pgsodium ON COLUMN peserta.nik IS 'ENCRYPT WITH KEY ID 7';"),
                Annotate)
    assert (a.table.name, a.column, a.source) == ("peserta", "nik", "label")
    assert "encrypted=pgsodium" in a.text


def test_data_and_session_statements_are_skipped_without_a_parse():
    from schemalint.frontends.sql import analyse

    text = "SET x = 1;\nINSERT INTO t VALUES (1);\nBEGIN;\nLOCK TABLES t WRITE;\nANALYZE TABLE t;\nCOMMIT;"
    changes, stats = analyse(text, "t.sql", "mysql")
    assert changes == []
    assert stats["noop"] == 6 and stats["ddl"] == 0


def test_grants_are_read_not_skipped():
    """GRANT and REVOKE decide who reads the data: they are access changes
    (tests/access/ covers their forms)."""
    from schemalint.frontends.sql import analyse
    from schemalint.model import Grant

    changes, stats = analyse("BEGIN;\nGRANT ALL ON t TO u;\nCOMMIT;", "t.sql", "mysql")
    (g,) = changes
    assert isinstance(g, Grant) and g.grantees == ("u@%",) and g.location.line == 2
    assert stats["noop"] == 2 and stats["ddl"] == 1


def test_unknown_and_dynamic_statements_become_located_notes():
    ch = sql_changes("FROBNICATE the database;\nDO $$ BEGIN EXECUTE 'CREATE TABLE x (a int)'; END $$;")
    notes = only(ch, Skipped)
    assert [n.location.line for n in notes] == [1, 2]
    assert "not understood" in notes[0].reason
    assert "dynamic" in notes[1].reason


def test_unparsable_create_table_fails_closed_with_a_location():
    ch = sql_changes("CREATE TABLE ok (a int);\nCREATE TABLE bad (a int,\n  b int int int);\nCREATE TABLE ok2 (c int);")
    (fail,) = only(ch, ParseFailure)
    assert fail.location.line == 3
    assert "cannot parse" in fail.message
    assert [c.table.name for c in only(ch, CreateTable)] == ["ok", "ok2"]


def test_create_table_as_a_query_it_cannot_follow_is_noted():
    ch = sql_changes("CREATE TABLE t AS SELECT u.a, count(*) FROM u GROUP BY u.a;")
    assert only(ch, CreateTable)[0].columns == () and not only(ch, CreateTable)[0].columns_from
    assert "query" in only(ch, Skipped)[0].reason
    (ct,) = only(sql_changes("CREATE TABLE t AS SELECT * FROM u;"), CreateTable)
    assert ct.columns_from[0].table.name == "u" and ct.columns_from[0].select == ()


def test_merge_conflict_fails_closed_but_the_rest_is_read():
    text = ("CREATE TABLE a (x int);\n<<<<<<< HEAD\nCREATE TABLE b (y int);\n=======\n"
            "CREATE TABLE b (y bigint);\n>>>>>>> other\nCREATE TABLE c (z int);")
    ch = sql_changes(text, "mysql")
    fails = only(ch, ParseFailure)
    assert fails and fails[0].location.line == 2 and "merge-conflict" in fails[0].message
    assert {c.table.name for c in only(ch, CreateTable)} >= {"a", "c"}


def test_embedded_sql_is_located_in_the_host_file():
    from schemalint.frontends.sql import parse_sql

    changes, dialect = parse_sql("ALTER TABLE t ADD COLUMN nik varchar(16)", "m.py", dialect="postgres",
                                 line=20, col=17)
    (add,) = changes
    assert (add.column.location.path, add.column.location.line) == ("m.py", 20)
    assert add.column.location.col == 17 + len("ALTER TABLE t ADD COLUMN ")
    assert dialect == "postgres"


def test_down_migrations_are_not_applied():
    from schemalint.frontends.sql import parse
    from schemalint.sources import SourceFile

    sf = SourceFile("db/0002_x.down.sql", "/x/db/0002_x.down.sql", "sql", "", text="DROP TABLE peserta;")
    res = parse(sf)
    assert [type(c) for c in res.changes] == [Skipped]
    assert "down migration" in res.changes[0].reason


def test_untyped_columns_are_columns():
    (ct,) = only(sql_changes("CREATE TABLE t (a, nik);", "sqlite"), CreateTable)
    assert [(c.name, c.type) for c in ct.columns] == [("a", None), ("nik", None)]


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_drop_table_forms_read_from_tokens_or_parser(dialect):
    q = "`" if dialect == "mysql" else '"'
    ch = sql_changes(f"DROP TABLE IF EXISTS {q}a{q};\nDROP TABLE s.b, c CASCADE;\nDROP TABLE d /* note */;", dialect)
    assert [(d.table.schema, d.table.name, d.location.line) for d in only(ch, DropTable)] == [
        (None, "a", 1), ("s", "b", 2), (None, "c", 2), (None, "d", 3)]


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "tsql"])
@pytest.mark.parametrize("default", ["'abc'", "''", "'it''s'", "'a\\\\b'", "0", "-1", "1.5", "NULL",
                                     "CURRENT_TIMESTAMP", "TRUE"])
def test_column_default_text_is_what_sqlglot_prints(dialect, default):
    """Literal defaults skip sqlglot's generator; the text must not change."""
    import sqlglot

    from schemalint.frontends.sql.convert import _default_text

    node = sqlglot.parse_one(f"CREATE TABLE t (c int DEFAULT {default})", read=dialect).find(
        sqlglot.exp.DefaultColumnConstraint).this
    assert _default_text(node, dialect) == node.sql(dialect=dialect)


def test_rename_without_column_renames_a_column_in_postgres_and_a_table_only_with_to():
    pg = sql_changes("ALTER TABLE person RENAME agetype TO approximateagetype;\n"
                     "ALTER TABLE person RENAME TO people;\nALTER TABLE people RENAME oops;")
    (col,) = only(pg, RenameColumn)
    assert (col.table.name, col.old, col.new, col.location.line) == ("person", "agetype", "approximateagetype", 1)
    assert [(r.old.name, r.new.name) for r in only(pg, RenameTable)] == [("person", "people")]
    assert "RENAME form not understood" in only(pg, Skipped)[0].reason  # invalid in PostgreSQL
    my = sql_changes("ALTER TABLE a RENAME b;\nALTER TABLE b RENAME AS c;\nALTER TABLE c RENAME x TO y;", "mysql")
    assert [(r.old.name, r.new.name) for r in only(my, RenameTable)] == [("a", "b"), ("b", "c")]
    assert not only(my, RenameColumn) and only(my, Skipped)[0].location.line == 3


def test_create_table_like_copies_what_its_options_say():
    from schemalint.model import ColumnsFrom, TableRef

    (ct,) = sql_changes("CREATE TABLE h (LIKE p INCLUDING ALL EXCLUDING COMMENTS, extra int);")
    assert ct.columns_from == (ColumnsFrom(TableRef("p"), ("defaults", "indexes")),)
    assert [c.name for c in ct.columns] == ["extra"]
    (my,) = sql_changes("CREATE TABLE h LIKE p;", "mysql")
    assert my.columns_from[0].table.name == "p" and "comments" in my.columns_from[0].including
    schema = replay_sql("CREATE TABLE h (LIKE nowhere);")
    assert "LIKE" in schema.notes[0].reason and schema.tables["h"].columns == {}


def test_named_types_give_their_family_to_columns_across_files():
    schema = replay_sql("CREATE TYPE sik.status AS ENUM ('a');\nCREATE DOMAIN nik_t AS char(16);",
                        "CREATE TABLE sik.t (s sik.status, n nik_t, o status);\nDROP TYPE sik.status;",
                        "ALTER TABLE sik.t ADD COLUMN later sik.status;")
    cols = schema.tables["sik.t"].columns
    assert [cols[c].type.family for c in ("s", "n", "o", "later")] == ["enum", "text", "enum", "other"]
    assert "CASCADE" in only(sql_changes("DROP TYPE x CASCADE;"), Skipped)[0].reason


def test_if_not_exists_and_if_exists_column_forms():
    schema = replay_sql("CREATE TABLE t (a int NOT NULL);",
                        "ALTER TABLE IF EXISTS ONLY t ADD COLUMN IF NOT EXISTS a text, ADD COLUMN IF NOT EXISTS b int;\n"
                        "ALTER TABLE t DROP COLUMN IF EXISTS zz;")
    t = schema.tables["t"]
    assert (t.columns["a"].type.family, t.columns["a"].nullable, sorted(t.columns)) == ("integer", False, ["a", "b"])
    assert not schema.notes


def test_keys_follow_renamed_tables_and_dropped_columns():
    schema = replay_sql("CREATE TABLE u (id int PRIMARY KEY);\n"
                        "CREATE TABLE m (u_id int REFERENCES u (id), k int, j int, UNIQUE (u_id, k));\n"
                        "ALTER TABLE u RENAME TO users;\nALTER TABLE m DROP COLUMN k;")
    m = schema.tables["m"].columns
    assert m["u_id"].references.table.name == "users"
    assert not m["u_id"].unique  # the two-column key went with k (PostgreSQL)
    my = replay_sql("CREATE TABLE m (a int, b int, c int, PRIMARY KEY (a), KEY ix (b, c), UNIQUE KEY uq (a, c));\n"
                    "ALTER TABLE m DROP COLUMN c;\nALTER TABLE m DROP COLUMN b;", dialect="mysql")
    assert sorted(my.tables["m"].columns) == ["a", "c"]  # c is kept: MariaDB refuses, as noted
    assert "MariaDB refuses" in my.notes[0].reason and my.notes[0].location.line == 2


def test_primary_key_implies_not_null_and_qualified_names_do_not_cross_schemas():
    schema = replay_sql("CREATE TABLE sik.a (id int, x int);\nALTER TABLE sik.a ADD PRIMARY KEY (id);\n"
                        "ALTER TABLE ref.a ADD CONSTRAINT u UNIQUE (x);\nALTER TABLE a ADD CONSTRAINT v UNIQUE (x);")
    a = schema.tables["sik.a"].columns
    assert (a["id"].nullable, a["id"].primary_key) == (False, True)
    assert a["x"].unique  # from the unqualified ALTER (search path), not from ref.a
    assert [n.location.line for n in schema.notes] == [3]


def test_mysql_key_names_sqlglot_reads_as_keywords_do_not_lose_the_table():
    """Koha's library_groups: `UNIQUE KEY title ( title )` made the whole CREATE
    TABLE a parse failure; the key's name is quoted and the table replays."""
    sch = replay_sql("CREATE TABLE library_groups (\n  id INT NOT NULL auto_increment,\n"
                     "  title VARCHAR(100) NULL,\n  note TEXT,\n  PRIMARY KEY id ( id ),\n"
                     "  UNIQUE KEY title ( title ),\n  UNIQUE KEY comment (note(10))\n) ENGINE=InnoDB;",
                     dialect="mysql")
    t = sch.tables["library_groups"]
    assert list(t.columns) == ["id", "title", "note"]
    assert not sch.failures


def test_a_create_table_that_still_cannot_be_parsed_stays_a_failure():
    sch = replay_sql("CREATE TABLE broken (\n  id INT,\n  UNIQUE KEY title ( title \n) ENGINE=InnoDB;",
                     dialect="mysql")
    assert "broken" not in sch.tables
    assert sch.failures


def test_mysql_float_unsigned_is_a_float_column():
    """pH7 declares ``score float(9) unsigned``: valid MySQL that sqlglot
    refuses; its six tables were PARSE001 failures.  Quoted text is left alone."""
    ch = sql_changes("CREATE TABLE pics (id int unsigned NOT NULL, score float(9) unsigned NOT NULL DEFAULT '0', "
                     "ratio REAL(5,2) UNSIGNED, note varchar(20) DEFAULT 'float unsigned' "
                     "COMMENT 'a float unsigned score');", "mysql")
    (ct,) = only(ch, CreateTable)
    cols = {c.name: c for c in ct.columns}
    assert cols["score"].type.family == "float" and not cols["score"].nullable
    assert cols["ratio"].type.family == "float"
    assert cols["note"].default == "'float unsigned'" and cols["note"].comment == "a float unsigned score"
    assert not only(ch, ParseFailure)


def test_mysql_table_options_sqlglot_does_not_know_do_not_lose_the_table():
    """Sentrifugo's HRMS: ``ENGINE=MyISAM CHECKSUM=1 DELAY_KEY_WRITE=1`` made sqlglot give
    up on 20 tables (a Command, every column lost).  The options tune storage: the table
    replays with its columns, keys and comment."""
    sch = replay_sql("CREATE TABLE `main_empmedicalclaims` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
                     "  `user_id` int(11) DEFAULT NULL COMMENT 'the employee',\n  `injury_type` varchar(100),\n"
                     "  PRIMARY KEY (`id`)\n) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8 CHECKSUM=1 "
                     "DELAY_KEY_WRITE=1 ROW_FORMAT=DYNAMIC COMMENT='claims; retention=7y';", dialect="mysql")
    t = sch.tables["main_empmedicalclaims"]
    assert list(t.columns) == ["id", "user_id", "injury_type"]
    assert t.columns["user_id"].comment == "the employee" and t.comment == "claims; retention=7y"
    assert t.columns["id"].primary_key
    assert not sch.failures


def test_mysql_index_type_before_the_key_columns_does_not_lose_the_table():
    """``PRIMARY KEY USING BTREE (id)`` (OpenHospital): valid MySQL, refused by sqlglot."""
    sch = replay_sql("CREATE TABLE mov (\n  id int NOT NULL,\n  code varchar(10) COMMENT 'USING BTREE (x)',\n"
                     "  PRIMARY KEY  USING BTREE (id),\n  KEY k_code USING HASH (code)\n) ENGINE=InnoDB;",
                     dialect="mysql")
    t = sch.tables["mov"]
    assert list(t.columns) == ["id", "code"] and t.columns["id"].primary_key
    assert t.columns["code"].comment == "USING BTREE (x)"  # quoted text is never rewritten
    assert not sch.failures


def test_table_options_are_dropped_only_when_nothing_but_options_follows():
    from schemalint.frontends.sql.convert import _drop_table_options

    ctas = "CREATE TABLE t (a int) CHECKSUM=1 AS SELECT a FROM u"
    assert _drop_table_options(ctas) == ctas
    assert _drop_table_options("CREATE TABLE t (a int, b text) ENGINE=MyISAM CHECKSUM=1;") == \
        "CREATE TABLE t (a int, b text);"
    assert _drop_table_options("CREATE TABLE t (a varchar(5) DEFAULT ')') CHECKSUM=1") == \
        "CREATE TABLE t (a varchar(5) DEFAULT ')')"
    # an unknown option after a query-like word inside a quoted comment is still an option
    assert _drop_table_options("CREATE TABLE t (a int) CHECKSUM=1 COMMENT='as select'") == \
        "CREATE TABLE t (a int) COMMENT='as select'"


def test_the_down_section_of_an_up_down_migration_is_not_applied():
    """goose / sql-migrate / dbmate keep both directions in one file: only Up runs."""
    from schemalint.frontends.sql import up_sections

    text = ("-- +goose Up\nALTER TABLE pasien ADD COLUMN nik CHAR(16);\n-- +goose Down\n"
            "ALTER TABLE pasien DROP COLUMN nik;\n-- +goose Up\nALTER TABLE pasien ADD x int;\n")
    up, down = up_sections(text)
    assert down == 1 and "DROP" not in up and up.count("\n") == text.count("\n")
    assert up.splitlines()[5] == "ALTER TABLE pasien ADD x int;"  # same line as in the file
    from schemalint.frontends.sql import parse
    from schemalint.sources import SourceFile

    sf = SourceFile(path="db/migrations/2_nik.sql", abspath="/nonexistent/2_nik.sql", format="sql", evidence="test",
                    text="-- migrate:up\nALTER TABLE p ADD nik char(16);\n-- migrate:down\nALTER TABLE p DROP nik;\n")
    ch = list(parse(sf).changes)
    assert not only(ch, DropColumn) and len(only(ch, AddColumn)) == 1
    assert up_sections("ALTER TABLE p ADD a int; -- not a marker: migrate:down later\n")[1] == 0


def test_a_table_made_from_a_simple_query_copies_the_columns_it_selects():
    """CREATE TABLE ... AS SELECT, MySQL's CREATE TABLE ... SELECT and SELECT ... INTO
    make a new table holding a copy: the columns (renamed by their alias) and types."""
    base = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100), nik char(16));\n"
    sch = replay_sql(base, "CREATE TABLE a AS SELECT * FROM pasien;\n"
                           "SELECT nik, nama AS nm INTO b FROM pasien;\n"
                           "CREATE TABLE c AS SELECT p.nik FROM pasien p JOIN x ON x.id = p.id;\n"
                           "CREATE TABLE d AS SELECT nik FROM pasien p JOIN x ON x.id = p.id;\n"
                           "SELECT id INTO @v FROM pasien;\n")
    assert list(sch.tables["a"].columns) == ["id", "nama", "nik"]
    assert list(sch.tables["b"].columns) == ["nik", "nm"] and sch.tables["b"].columns["nik"].type.name == "char"
    # a join whose selected columns name their table copies them (taiga's history_historyentry_correct)
    assert list(sch.tables["c"].columns) == ["nik"] and sch.tables["c"].columns["nik"].type.name == "char"
    assert list(sch.tables["d"].columns) == []  # a join, a column of no named table: not known, a note says so
    assert any("takes its columns from a query" in n.reason for n in sch.notes)
    assert "@v" not in sch.tables
    my = replay_sql(base, "CREATE TABLE d SELECT nama FROM pasien;\n", dialect="mysql")
    assert list(my.tables["d"].columns) == ["nama"]


def test_a_rolled_back_transaction_changes_nothing():
    sch = replay_sql("CREATE TABLE p (id int, nik char(16), a int, b int);\n",
                     "BEGIN;\nALTER TABLE p DROP COLUMN nik;\nROLLBACK;\n"
                     "BEGIN;\nALTER TABLE p DROP COLUMN a;\nSAVEPOINT s1;\nALTER TABLE p DROP COLUMN b;\n"
                     "ROLLBACK TO SAVEPOINT s1;\nCOMMIT;\n"
                     "START TRANSACTION;\nALTER TABLE p ADD COLUMN c int;\nCOMMIT;\nROLLBACK;\n")
    assert list(sch.tables["p"].columns) == ["id", "nik", "b", "c"]


def test_a_key_made_of_an_existing_index_changes_no_column():
    """PostgreSQL ``ADD CONSTRAINT c UNIQUE USING INDEX i`` (saleor's RunSQL), which sqlglot
    keeps opaque, is a no-op; with another action in the same ALTER it stays unknown."""
    sch = replay_sql("CREATE TABLE p (id int, k text);\n",
                     "ALTER TABLE p ADD CONSTRAINT\n  p_k UNIQUE USING INDEX p_k_idx;\n"
                     "ALTER TABLE ONLY p ADD CONSTRAINT p_pk PRIMARY KEY USING INDEX p_id_idx DEFERRABLE;\n")
    assert list(sch.tables["p"].columns) == ["id", "k"] and not sch.failures
    mixed = replay_sql("CREATE TABLE p (id int);\n",
                       "ALTER TABLE p ADD CONSTRAINT u UNIQUE USING INDEX i, ADD COLUMN nik text;\n")
    assert mixed.failures or "nik" in mixed.tables["p"].columns


def test_mysql_alter_renames_the_table_after_its_other_actions():
    # openhospital step_13: MySQL/MariaDB apply MODIFY/ADD to the table and
    # rename it last whatever the clause order (checked on MariaDB: the
    # statement below leaves b(id, q float, x); "RENAME TO e, RENAME TO f" ends as f)
    sql = ("CREATE TABLE a (id int, q int) ENGINE=InnoDB;\n"
           "ALTER TABLE a RENAME TO b, MODIFY COLUMN q FLOAT NOT NULL, ADD COLUMN x int;\n"
           "CREATE TABLE d (id int) ENGINE=InnoDB;\nALTER TABLE d RENAME TO e, RENAME TO f;\n")
    changes = sql_changes(sql, "mysql")
    kinds = [type(c).__name__ for c in changes if not isinstance(c, Skipped)]
    assert kinds[:4] == ["CreateTable", "AlterColumn", "AddColumn", "RenameTable"]
    schema = replay_sql(sql, dialect="mysql")
    assert sorted(schema.tables) == ["b", "f"]
    b = schema.tables["b"]
    assert list(b.columns) == ["id", "q", "x"]
    assert b.columns["q"].type.name == "float" and b.columns["q"].nullable is False
