"""Embedded SQL: one hand-off to the SQL frontend and one dialect policy for
every host (frontends/embedded.py): configured, else declared by the host
file, else shown by the SQL, else shown earlier in the file, else the
framework's default database."""

from __future__ import annotations

import pytest

from schemalint.frontends import FrontendOptions, embedded, load
from schemalint.model import AddColumn, Location, ParseFailure
from schemalint.sources import SourceFile

#: SQL with no dialect markers, and SQL whose markers say MySQL / PostgreSQL
PLAIN = "ALTER TABLE t ADD COLUMN nik VARCHAR(16)"
MYSQL = "ALTER TABLE `t` ADD COLUMN `nik` VARCHAR(16) NULL"
POSTGRES = "ALTER TABLE t ADD COLUMN nik JSONB"


def _alembic(sql: str, imports: str = "") -> str:
    return (f"import sqlalchemy as sa\nfrom alembic import op\n{imports}\n"
            f"revision = 'r1'\ndown_revision = None\n\n\ndef upgrade():\n    op.execute({sql!r})\n")


def _django(sql: str, imports: str = "") -> str:
    return (f"from django.db import migrations\n{imports}\n\nclass Migration(migrations.Migration):\n"
            f"    dependencies = []\n    operations = [migrations.RunSQL({sql!r})]\n")


def _laravel(sql: str, imports: str = "") -> str:
    return ("<?php\n\nuse Illuminate\\Support\\Facades\\DB;\n\nreturn new class extends Migration\n{\n"
            f"    public function up(): void\n    {{\n        DB::statement({sql!r});\n    }}\n}};\n")


def _rails(sql: str, imports: str = "") -> str:
    return (f"class M < ActiveRecord::Migration[7.1]\n  def change\n{imports}"
            f"    execute {sql!r}\n  end\nend\n")


def _liquibase(sql: str, imports: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            f'  <changeSet id="1" author="a"{imports}>\n    <sql>{sql}</sql>\n  </changeSet>\n'
            '</databaseChangeLog>\n')


#: format -> (path, file builder, its framework's default dialect)
HOSTS = {
    "alembic": ("db/versions/0001_x.py", _alembic, "postgres"),
    "django": ("proj/shop/migrations/0001_x.py", _django, "postgres"),
    "laravel": ("database/migrations/2024_01_01_000000_x.php", _laravel, "mysql"),
    "rails": ("db/migrate/20240101000000_x.rb", _rails, "postgres"),
    "liquibase": ("db/changelog.xml", _liquibase, "postgres"),
}


def run(fmt: str, sql: str, options=None, imports: str = ""):
    path, build, _default = HOSTS[fmt]
    sf = SourceFile(path, "/" + path, fmt, "test", text=build(sql, imports))
    return load(fmt).parse(sf, options or FrontendOptions())


@pytest.fixture
def handed(monkeypatch):
    """The dialects the SQL frontend was handed, in order."""
    from schemalint.frontends import sql

    seen = []
    real = sql.parse_sql

    def spy(text, path, *, dialect=None, line=1, col=1):
        seen.append(dialect)
        return real(text, path, dialect=dialect, line=line, col=col)

    monkeypatch.setattr(sql, "parse_sql", spy)
    return seen


def added(result) -> list:
    assert not [c for c in result.changes if isinstance(c, ParseFailure)], result.changes
    return [(a.table.name, a.column.name) for a in result.changes if isinstance(a, AddColumn)]


@pytest.mark.parametrize("fmt", sorted(HOSTS))
def test_every_host_hands_its_sql_over_located_in_the_host_file(fmt):
    r = run(fmt, PLAIN)
    assert added(r) == [("t", "nik")]
    add = next(c for c in r.changes if isinstance(c, AddColumn))
    assert add.location.path == HOSTS[fmt][0]
    assert add.location.line > 1  # in the host file, not line 1 of the SQL text


@pytest.mark.parametrize("fmt", sorted(HOSTS))
def test_without_any_evidence_the_framework_default_applies(fmt):
    assert run(fmt, PLAIN).dialect == HOSTS[fmt][2]


@pytest.mark.parametrize("fmt", sorted(HOSTS))
def test_the_configured_dialect_wins_over_everything(fmt):
    r = run(fmt, MYSQL if fmt != "laravel" else POSTGRES, FrontendOptions(dialect="sqlite"))
    assert r.dialect == "sqlite"


@pytest.mark.parametrize("fmt", sorted(HOSTS))
def test_a_config_glob_for_the_host_file_is_the_configured_dialect(fmt):
    path = HOSTS[fmt][0]
    glob = path.rsplit("/", 1)[0] + "/*"
    assert run(fmt, PLAIN, FrontendOptions(dialect_globs={glob: "tsql"})).dialect == "tsql"
    assert run(fmt, PLAIN, FrontendOptions(dialect_globs={"elsewhere/*": "tsql"})).dialect == HOSTS[fmt][2]


@pytest.mark.parametrize("fmt", sorted(HOSTS))
def test_markers_in_the_sql_beat_the_framework_default(fmt):
    assert run(fmt, MYSQL).dialect == "mysql"
    assert run(fmt, POSTGRES).dialect == "postgres"  # Laravel's default is MySQL


@pytest.mark.parametrize("fmt,imports,declared", [
    ("alembic", "from sqlalchemy.dialects import mysql\n", "mysql"),
    ("alembic", "import sqlalchemy.dialects.mssql\n", "tsql"),
    ("django", "from django.contrib.postgres.operations import CreateExtension\n", "postgres"),
    ("rails", "    enable_extension 'pgcrypto'\n", "postgres"),
    ("liquibase", ' dbms="mysql"', "mysql"),
])
def test_what_the_host_file_declares_beats_the_sql_markers(fmt, imports, declared, handed):
    # SQL whose markers point elsewhere: the host file's own statement wins
    sql = "ALTER TABLE t ADD COLUMN nik MEDIUMTEXT" if declared == "postgres" else POSTGRES
    assert run(fmt, sql, imports=imports).dialect == declared
    # and the configured dialect still wins over the declaration
    assert run(fmt, sql, FrontendOptions(dialect="sqlite"), imports=imports).dialect == "sqlite"
    # (Liquibase reads the changelog for the configured database: a changeSet
    # for another dbms is not applied at all)
    assert handed == ([declared] if fmt == "liquibase" else [declared, "sqlite"])


def test_rails_enable_extension_in_a_comment_declares_nothing():
    r = run("rails", "ALTER TABLE t ADD COLUMN nik MEDIUMTEXT", imports="    # enable_extension 'x'\n")
    assert r.dialect == "mysql"  # the MEDIUMTEXT marker decides


def test_the_policy_steps_in_order():
    e = embedded.Embedded("db/versions/x.py", FrontendOptions(), default="mysql")
    assert e.dialect_for(PLAIN) == ("mysql", "the framework's default database")
    assert e.dialect_for(POSTGRES)[0] == "postgres"
    # a file is written for one database: unmarked SQL after marked SQL follows it
    assert e.dialect_for(PLAIN) == ("postgres", "shown by earlier SQL in this file")
    e.declared = "mariadb"
    assert e.dialect_for(POSTGRES) == ("mysql", "declared by the host file")
    e.options = FrontendOptions(dialect="oracle")
    assert e.dialect_for(POSTGRES) == ("oracle", "set by --dialect")
    bare = embedded.Embedded("x.sql")
    assert bare.dialect_for(PLAIN)[0] == "postgres"


def test_sql_without_ddl_is_a_noop_for_the_host_to_count():
    e = embedded.Embedded("x.py")
    where = Location("x.py", 3, 5)
    assert e.parse("UPDATE t SET a = 1; DELETE FROM u", 3, 5, where, "op.execute") is None
    assert e.dialect is None
    r = run("rails", "UPDATE users SET nik = NULL")
    assert added(r) == [] and r.stats["noop"] >= 1


def test_a_failing_sql_frontend_is_a_located_parse_failure(monkeypatch):
    from schemalint.frontends import sql

    def boom(*a, **k):
        raise RuntimeError("kaput")

    monkeypatch.setattr(sql, "parse_sql", boom)
    where = Location("db/changelog.xml", 7, 5)
    (got,) = embedded.Embedded("db/changelog.xml").parse(PLAIN, 7, 10, where, "<sql>")
    assert isinstance(got, ParseFailure) and got.location == where
    assert "<sql>" in got.message and "RuntimeError: kaput" in got.message
