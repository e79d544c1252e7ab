"""The type names frontends used to disagree on (XML, bit, inet, number,
tsvector) have one family in every format that can write them: the one
:mod:`schemalint.types` decides."""

from __future__ import annotations

import pytest

from schemalint.frontends import FrontendOptions, load
from schemalint.model import AddColumn, CreateTable
from schemalint.sources import SourceFile


def _sql(dialect):
    return lambda t: ("sql", f"schema_{dialect}.sql", f"CREATE TABLE t (id int, x {t});", dialect)


def _alembic(t):
    return ("alembic", "db/versions/0001_x.py",
            "import sqlalchemy as sa\nfrom alembic import op\n"
            "from sqlalchemy.dialects import postgresql, mysql, oracle\n"
            "revision = 'r1'\ndown_revision = None\n\n\ndef upgrade():\n"
            f"    op.create_table('t', sa.Column('x', {t}))\n", None)


def _django(t):
    return ("django", "proj/app/migrations/0001_initial.py",
            "from django.db import migrations, models\n"
            "import django.contrib.postgres.search\n\n\n"
            "class Migration(migrations.Migration):\n    dependencies = []\n"
            f"    operations = [migrations.CreateModel(name='T', fields=[('x', {t})])]\n", None)


def _rails(t):
    return ("rails", "db/migrate/20240101000000_t.rb",
            f"class T < ActiveRecord::Migration[7.1]\n  def change\n    create_table :t do |t|\n"
            f"      t.{t}\n    end\n  end\nend\n", None)


def _prisma(t):
    return ("prisma", "prisma/schema.prisma",
            'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\n'
            f"model T {{\n  id Int @id\n  x  {t}\n}}\n", None)


def _liquibase(t):
    return ("liquibase", "db/changelog.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            '  <changeSet id="1" author="a"><createTable tableName="t">\n'
            f'    <column name="x" type="{t}"/>\n  </createTable></changeSet>\n</databaseChangeLog>\n', None)


def _laravel(t):
    return ("laravel", "database/migrations/2024_01_01_000000_t.php",
            "<?php\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n"
            f"        Schema::create('t', function (Blueprint $table) {{\n            $table->{t};\n"
            "        });\n    }\n};\n", None)


#: (family the type layer decides, [(how a format writes the type)])
CASES = {
    "xml": ("json", [
        _sql("postgres")("xml"), _sql("tsql")("XML"), _rails("xml :x"), _prisma("String @db.Xml"),
        _liquibase("XML"), _laravel("rawColumn('x', 'xml')"),
    ]),
    "bit(8)": ("binary", [
        _sql("postgres")("bit(8)"), _sql("mysql")("bit(8)"), _alembic("postgresql.BIT(8)"),
        _rails("bit :x, limit: 8"), _prisma("String @db.Bit(8)"), _liquibase("BIT(8)"),
    ]),
    "bit": ("boolean", [
        _sql("tsql")("bit"), _sql("mysql")("bit(1)"), _alembic("mysql.BIT()"), _rails("bit :x"),
        _prisma("Boolean @db.Bit(1)"), _liquibase("BIT"), _laravel("rawColumn('x', 'bit(1)')"),
    ]),
    "varbit": ("binary", [
        _sql("postgres")("varbit(16)"), _rails("bit_varying :x"), _prisma("String @db.VarBit(16)"),
    ]),
    "inet": ("network", [
        _sql("postgres")("inet"), _alembic("postgresql.INET()"), _django("models.GenericIPAddressField()"),
        _rails("inet :x"), _prisma("String @db.Inet"), _liquibase("INET"),
    ]),
    "number": ("decimal", [
        _sql("oracle")("NUMBER(10)"), _sql("oracle")("NUMBER(10, 2)"), _alembic("oracle.NUMBER(10)"),
        _liquibase("NUMBER(10)"), _liquibase("NUMBER(10, 2)"),
    ]),
    "tsvector": ("search", [
        _sql("postgres")("tsvector"), _alembic("postgresql.TSVECTOR()"),
        _django("django.contrib.postgres.search.SearchVectorField()"), _rails("tsvector :x"),
        _prisma('Unsupported("tsvector")?'), _liquibase("TSVECTOR"),
    ]),
}


def family_of_x(fmt, path, text, dialect):
    sf = SourceFile(path, "/" + path, fmt, "test", text=text)
    r = load(fmt).parse(sf, FrontendOptions(dialect=dialect))
    cols = [c for ch in r.changes if isinstance(ch, CreateTable) for c in ch.columns]
    cols += [ch.column for ch in r.changes if isinstance(ch, AddColumn)]
    (x,) = [c for c in cols if c.name == "x"]
    return x.type.family


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_contested_type_has_one_family_in_every_format(name):
    family, writings = CASES[name]
    got = {f"{fmt}: {text.strip().splitlines()[-4 if fmt == 'liquibase' else -1][:60]}": family_of_x(
        fmt, path, text, dialect) for fmt, path, text, dialect in writings}
    assert set(got.values()) == {family}, got


def test_an_address_kept_in_varchar_is_text():
    """Laravel's ipAddress() is VARCHAR(45) in its MySQL grammar (the one
    this frontend follows): the column is text, as the database has it."""
    fmt, path, text, dialect = _laravel("ipAddress('x')")
    assert family_of_x(fmt, path, text, dialect) == "text"
