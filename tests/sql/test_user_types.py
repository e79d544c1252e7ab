"""User-defined types: ``CREATE TYPE ... AS ENUM``, ``CREATE DOMAIN`` and
T-SQL alias types give their family to the columns that name them, across
the files of a history (frontends/sql/convert.py + replay)."""

from schemalint.model import DefineType, Skipped
from tests.conftest import replay_sql, sql_changes


def family(schema, table, column):
    return schema.tables[table].columns[column].type.family


def test_an_enum_type_defined_in_an_earlier_file_makes_its_columns_enums():
    schema = replay_sql(
        "CREATE TYPE member_status AS ENUM ('active', 'suspended');",
        "CREATE TABLE members (id int PRIMARY KEY, status member_status NOT NULL, note varchar(20));",
        "ALTER TABLE members ADD COLUMN previous public.member_status;",
    )
    assert family(schema, "members", "status") == "enum"
    assert family(schema, "members", "previous") == "enum"
    assert family(schema, "members", "note") == "text"
    assert schema.tables["members"].columns["status"].type.name == "member_status"  # the name stays


def test_quoted_and_qualified_names_match_as_the_database_resolves_them():
    # Prisma's migrations: CREATE TYPE "public"."DocumentStatus"; columns say "DocumentStatus"
    schema = replay_sql('CREATE TYPE "public"."DocumentStatus" AS ENUM (\'DRAFT\', \'DONE\');\n'
                        'CREATE TABLE "Document" ("id" SERIAL PRIMARY KEY, "status" "DocumentStatus");')
    assert family(schema, "document", "status") == "enum"


def test_a_type_used_before_it_is_defined_is_not_resolved():
    schema = replay_sql("CREATE TABLE t (mood mood);", "CREATE TYPE mood AS ENUM ('a');")
    assert family(schema, "t", "mood") == "other"


def test_altering_a_column_to_an_enum_type_resolves_it():
    schema = replay_sql("CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (m varchar(5));",
                        "ALTER TABLE t ALTER COLUMN m TYPE mood USING m::mood;")
    assert family(schema, "t", "m") == "enum"


def test_a_domain_has_its_base_types_family():
    schema = replay_sql("CREATE DOMAIN email AS citext CHECK (VALUE ~ '@');\n"
                        "CREATE DOMAIN amount numeric(12, 2) NOT NULL DEFAULT 0;\n"
                        "CREATE TABLE p (e email, a amount);")
    assert (family(schema, "p", "e"), family(schema, "p", "a")) == ("text", "decimal")


def test_a_tsql_alias_type_has_its_base_types_family():
    schema = replay_sql("CREATE TYPE dbo.Phone FROM varchar(20) NOT NULL;\nGO\n"
                        "CREATE TABLE p (id int PRIMARY KEY, hp dbo.Phone);", dialect="tsql")
    assert family(schema, "p", "hp") == "text"


def test_types_without_a_scalar_family_define_nothing():
    for sql in ("CREATE TYPE pair AS (a int, b text);", "CREATE TYPE r AS RANGE (subtype = float8);"):
        changes = sql_changes(sql)
        assert not [c for c in changes if isinstance(c, DefineType)]
        assert [c.kind for c in changes if isinstance(c, Skipped)] == ["noop"]
    schema = replay_sql("CREATE TYPE pair AS (a int, b text);\nCREATE TABLE t (p pair);")
    assert family(schema, "t", "p") == "other"


def test_a_definition_does_not_override_a_known_family():
    schema = replay_sql("CREATE DOMAIN text AS integer;\nCREATE TABLE t (x text);")
    assert family(schema, "t", "x") == "text"


def test_the_definition_is_located():
    (d,) = [c for c in sql_changes("SELECT 1;\nCREATE TYPE mood AS ENUM ('a');") if isinstance(c, DefineType)]
    assert (d.name.name, d.type.family, d.location.line) == ("mood", "enum", 2)
