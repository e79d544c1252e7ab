"""Red-team: a later migration of the same pull request "drops" the new
column in a way the database never runs; the replay applies the drop, the
column is gone from the final schema, and the gate passes while the
database keeps the plaintext ``pasien.nik``.

- MySQL runs ``/*!NNNNN ... */`` only on servers at least version NNNNN:
  split.py unwraps every executable comment, whatever its version;
- a DROP inside a transaction that ends in ROLLBACK (or ROLLBACK TO
  SAVEPOINT) is undone;
- a Liquibase changeSet limited by dbms/context/labels/preconditions;
- Alembic/Rails/Laravel code under ``if False`` / ``if false`` / after ``return``
  never runs ("applied as if the condition held")."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate, known_bypasses

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
CM = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
A = "ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n"

H = "from alembic import op\nimport sqlalchemy as sa\n"
AL_BASE = {"alembic/versions/a1_init.py": H + "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
           "    op.create_table('pasien', sa.Column('id', sa.Integer, primary_key=True), "
           "sa.Column('nama', sa.String(100)))\n"}


def alembic(body3: str) -> dict:
    return {"alembic/versions/a2_nik.py": H + "revision = 'a2'\ndown_revision = 'a1'\n\ndef upgrade():\n"
            "    op.add_column('pasien', sa.Column('nik', sa.CHAR(16)))\n",
            "alembic/versions/a3_x.py": H + "revision = 'a3'\ndown_revision = 'a2'\n\ndef upgrade():\n" + body3}


RB_BASE = {"db/migrate/20200101000000_create_pasien.rb": (
    "class CreatePasien < ActiveRecord::Migration[7.0]\n  def change\n    create_table :pasien do |t|\n"
    "      t.string :nama\n    end\n  end\nend\n")}


def rails(body3: str) -> dict:
    return {"db/migrate/20200102000000_add_nik.rb": "class AddNik < ActiveRecord::Migration[7.0]\n  def change\n"
            "    add_column :pasien, :nik, :string\n  end\nend\n",
            "db/migrate/20200103000000_x.rb": "class X < ActiveRecord::Migration[7.0]\n" + body3 + "end\n"}


LV_BASE = {"database/migrations/2020_01_01_000000_create_pasien.php": (
    "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\n"
    "use Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration {\n"
    "    public function up(): void\n    {\n        Schema::create('pasien', function (Blueprint $table) {\n"
    "            $table->id();\n            $table->string('nama');\n        });\n    }\n};\n")}
LV_HEAD = ("<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\n"
           "use Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration {\n"
           "    public function up(): void\n    {\n")


def laravel(body3: str) -> dict:
    return {"database/migrations/2020_01_02_000000_add_nik.php": LV_HEAD
            + "        Schema::table('pasien', function (Blueprint $table) {\n            $table->char('nik', 16);\n"
              "        });\n    }\n};\n",
            "database/migrations/2020_01_03_000000_x.php": LV_HEAD + body3 + "    }\n};\n"}


LQ_X = ('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
        '  <changeSet id="1" author="a"><createTable tableName="pasien"><column name="id" type="int"/>'
        '</createTable></changeSet>\n')
LQ_ADD = ('  <changeSet id="2" author="a"><addColumn tableName="pasien"><column name="nik" type="char(16)"/>'
          '</addColumn></changeSet>\n')
LQ_M = "db/changelog/db.changelog-master.xml"


def liquibase(attrs: str, inner: str = "") -> tuple:
    drop = (f'  <changeSet id="3" author="a" {attrs}>{inner}<dropColumn tableName="pasien" columnName="nik"/>'
            "</changeSet>\n")
    return {LQ_M: LQ_X + "</databaseChangeLog>\n"}, {LQ_M: LQ_X + LQ_ADD + drop + "</databaseChangeLog>\n"}


CASES = {
    # a changeSet for the H2 test database only, or for a context/label the
    # production run does not set, or guarded by a precondition that fails
    "liquibase-drop-for-h2-only": liquibase('dbms="h2"'),
    "liquibase-drop-for-not-postgresql": liquibase('dbms="!postgresql"'),
    "liquibase-drop-in-test-context": liquibase('context="test"'),
    "liquibase-drop-with-label": liquibase('labels="never"'),
    "liquibase-drop-behind-failing-precondition": liquibase(
        "", '<preConditions onFail="MARK_RAN"><dbms type="oracle"/></preConditions>'),
    "laravel-drop-under-if-false": (LV_BASE, laravel(
        "        if (false) {\n            Schema::table('pasien', function (Blueprint $table) "
        "{ $table->dropColumn('nik'); });\n        }\n")),
    "mysql-executable-comment-for-a-future-version": (
        {"db/V1__init.sql": CM}, {"db/V2__nik.sql": A, "db/V3__x.sql": "/*!99999 ALTER TABLE pasien DROP COLUMN nik */;\n"}),
    "pg-drop-rolled-back": (
        {"db/V1__init.sql": C}, {"db/V2__nik.sql": A, "db/V3__x.sql": "BEGIN;\nALTER TABLE pasien DROP COLUMN nik;\nROLLBACK;\n"}),
    "pg-drop-rolled-back-to-savepoint": (
        {"db/V1__init.sql": C}, {"db/V2__nik.sql": A, "db/V3__x.sql": "SAVEPOINT s;\nALTER TABLE pasien DROP COLUMN nik;\n"
                                                                     "ROLLBACK TO SAVEPOINT s;\n"}),
    "alembic-drop-under-if-false": (AL_BASE, alembic("    if False:\n        op.drop_column('pasien', 'nik')\n")),
    "alembic-drop-after-return": (AL_BASE, alembic("    return\n    op.drop_column('pasien', 'nik')\n")),
    "rails-drop-if-false": (RB_BASE, rails("  def change\n    remove_column :pasien, :nik if false\n  end\n")),
    "rails-drop-after-return": (RB_BASE, rails("  def up\n    return\n    remove_column :pasien, :nik\n  end\n")),
}


@pytest.mark.parametrize("case", known_bypasses(
    CASES, "a drop the database never runs removes pasien.nik from the replay",
    ["alembic-drop-after-return", "alembic-drop-under-if-false", "laravel-drop-under-if-false",
     "rails-drop-after-return", "rails-drop-if-false", "pg-drop-rolled-back", "pg-drop-rolled-back-to-savepoint",
     "mysql-executable-comment-for-a-future-version", "liquibase-drop-behind-failing-precondition",
     "liquibase-drop-for-h2-only", "liquibase-drop-for-not-postgresql", "liquibase-drop-in-test-context",
     "liquibase-drop-with-label"]))
def test_a_drop_that_never_runs_does_not_hide_the_column(repo, cli, case):
    base, pr = CASES[case]
    r, findings = gate(repo, cli, base, pr)
    assert_caught(r, findings)


def test_control_a_drop_in_a_never_called_function_is_not_applied(repo, cli):
    r, findings = gate(repo, cli, {"db/V1__init.sql": C}, {
        "db/V2__nik.sql": A,
        "db/V3__x.sql": "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                        "ALTER TABLE pasien DROP COLUMN nik; END $$;\n"})
    assert_caught(r, findings)
