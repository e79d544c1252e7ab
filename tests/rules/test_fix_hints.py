"""Fix hints speak the file's language, literally: for every format, the
hint of a finding, applied as written (its edits, and the sentence the
reader sees), makes the finding go away; the suppression it offers
suppresses it, with no SUP001/SUP002 in its place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from schemalint.config import Config
from schemalint.formats.syntax import apply
from schemalint.model import Edit
from schemalint.pipeline import RunOptions, build

PASIEN_SQL = """CREATE TABLE pasien (
  id BIGINT PRIMARY KEY,
  nama_lengkap VARCHAR(100),
  password VARCHAR(100),
  no_hp VARCHAR(20)
);
"""

LARAVEL = """<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('pasien', function (Blueprint $table) {
            $table->id();
            $table->string('nama_lengkap', 100);
            $table->string('password');
            $table->string('no_hp', 20)->nullable();
        });
    }
};
"""

DJANGO = """from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Pasien",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("nama_lengkap", models.CharField(max_length=100)),
                ("password", models.CharField(
                    max_length=100,
                )),
                ("no_hp", models.CharField(max_length=20)),
            ],
        ),
    ]
"""

ALEMBIC = '''"""pasien"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "pasien",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("nama_lengkap", sa.String(100)),
        sa.Column("password", sa.String(100), nullable=True),
        sa.Column("no_hp", sa.String(20)),
    )
'''

RAILS = """class CreatePasien < ActiveRecord::Migration[7.1]
  def change
    create_table :pasien do |t|
      t.string :nama_lengkap, limit: 100
      t.string :password # plaintext, legacy
      t.string :no_hp, limit: 20
      t.timestamps
    end
  end
end
"""

RAILS_SCHEMA = """ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do
  create_table "pasien", force: :cascade do |t|
    t.string "nama_lengkap", limit: 100
    t.string "password"
    t.string "no_hp", limit: 20
  end
end
"""

PRISMA = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Pasien {
  id          Int    @id @default(autoincrement())
  namaLengkap String
  password    String
  noHp        String
}
"""

LIQUIBASE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="a">
    <createTable tableName="pasien">
      <column name="id" type="BIGINT">
        <constraints primaryKey="true"/>
      </column>
      <column name="nama_lengkap" type="VARCHAR(100)"/>
      <column name="password" type="VARCHAR(100)"/>
      <column name="no_hp" type="VARCHAR(20)"/>
    </createTable>
  </changeSet>
</databaseChangeLog>
"""

LIQUIBASE_YAML = """databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      changes:
        - createTable:
            tableName: pasien
            columns:
              - column:
                  name: id
                  type: bigint
              - column:
                  name: nama_lengkap
                  type: varchar(100)
              - column:
                  name: password
                  type: varchar(100)
              - column:
                  name: no_hp
                  type: varchar(20)
"""

#: format -> (files, dialect, what the table hint writes, what the column hint writes)
PROJECTS = {
    "postgres": ({"V1__pasien.sql": PASIEN_SQL}, "postgres",
                 "COMMENT ON TABLE pasien IS 'schemalint: ", "COMMENT ON COLUMN pasien.password IS"),
    "mysql": ({"V1__pasien.sql": PASIEN_SQL}, "mysql",
              "ALTER TABLE pasien COMMENT = 'schemalint: ", "COMMENT 'schemalint: encrypted=bcrypt'"),
    "sqlite": ({"V1__pasien.sql": PASIEN_SQL}, "sqlite", "-- schemalint: ", "-- schemalint: encrypted=bcrypt"),
    "laravel": ({"database/migrations/2024_01_01_000000_create_pasien_table.php": LARAVEL}, None,
                "$table->comment('schemalint: ", "->comment('schemalint: encrypted=bcrypt')"),
    "django": ({"klinik/migrations/0001_initial.py": DJANGO}, None,
               'migrations.AlterModelTableComment(name="pasien", table_comment="schemalint: ',
               'db_comment="schemalint: encrypted=bcrypt"'),
    "alembic": ({"versions/0001_pasien.py": ALEMBIC}, None,
                'op.create_table_comment("pasien", "schemalint: ', 'comment="schemalint: encrypted=bcrypt"'),
    "rails": ({"db/migrate/20240101000000_create_pasien.rb": RAILS}, None,
              "comment: 'schemalint: ", "comment: 'schemalint: encrypted=bcrypt'"),
    "rails-schema": ({"db/schema.rb": RAILS_SCHEMA}, None,
                     "comment: 'schemalint: ", "comment: 'schemalint: encrypted=bcrypt'"),
    "prisma": ({"prisma/schema.prisma": PRISMA}, None, "/// schemalint: ", "/// schemalint: encrypted=bcrypt"),
    "liquibase-xml": ({"db/changelog.xml": LIQUIBASE_XML}, None,
                      'remarks="schemalint: ', 'remarks="schemalint: encrypted=bcrypt"'),
    "liquibase-yaml": ({"db/changelog.yaml": LIQUIBASE_YAML}, None,
                       'remarks: "schemalint: ', 'remarks: "schemalint: encrypted=bcrypt"'),
}


def write(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def run(root: Path, dialect: Optional[str], paths: Optional[List[str]] = None):
    return build(RunOptions(paths=[str(root / p) for p in paths] if paths else [str(root)], dialect=dialect,
                            use_cache=False, jobs=1), Config())


def of(run_, code: str):
    return [f for f in run_.findings if f.code == code]


def by_file(edits) -> Dict[str, List[Edit]]:
    out: Dict[str, List[Edit]] = {}
    for e in edits:
        out.setdefault(e.path, []).append(e)
    return out


def apply_all(edits) -> None:
    for path, es in by_file(edits).items():
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(apply(text, es), encoding="utf-8")


_ADD_LINE = re.compile(r"add this line before line (\d+) of (\S+): `(.*?)`(?:;|$)")
_INSERT = re.compile(r"insert `(.*?)` at (\S+):(\d+):(\d+) \(")


def edits_in_words(text: str) -> List[Edit]:
    """The edits a reader takes from the sentence: what a person applying
    the hint by hand does."""
    out = [Edit(m.group(2), int(m.group(1)), 0, m.group(3)) for m in _ADD_LINE.finditer(text)]
    out += [Edit(m.group(2), int(m.group(3)), int(m.group(4)), m.group(1)) for m in _INSERT.finditer(text)]
    return out


def clean(run_) -> None:
    """The edited files still parse, and their annotations are valid."""
    assert not of(run_, "PARSE001"), [f.message for f in of(run_, "PARSE001")]
    assert not of(run_, "ANN001"), [f.message for f in of(run_, "ANN001")]
    assert not of(run_, "SUP001") and not of(run_, "SUP002")


@pytest.mark.parametrize("fmt", sorted(PROJECTS))
def test_the_table_hint_applied_literally_declares_the_retention(fmt, tmp_path, monkeypatch):
    files, dialect, table_code, _ = PROJECTS[fmt]
    monkeypatch.chdir(tmp_path)
    write(tmp_path, files)
    before = run(tmp_path, dialect)
    (ret,) = of(before, "RET001")
    assert ret.column is None and len(ret.columns) == 2  # nama lengkap and no hp (password is CRED001's): one decision
    assert table_code in ret.fix, ret.fix
    assert ret.edits, ret.fix
    # the sentence says exactly what the edits do: the part before "or, to accept it"
    assert sorted(edits_in_words(ret.fix.split("; or, to accept it")[0])) == sorted(ret.edits)
    apply_all(ret.edits)
    after = run(tmp_path, dialect)
    assert not of(after, "RET001"), [f.message for f in of(after, "RET001")]
    clean(after)


@pytest.mark.parametrize("fmt", sorted(PROJECTS))
def test_the_column_hint_applied_literally_declares_the_hash(fmt, tmp_path, monkeypatch):
    files, dialect, _, column_code = PROJECTS[fmt]
    monkeypatch.chdir(tmp_path)
    write(tmp_path, files)
    (cred,) = of(run(tmp_path, dialect), "CRED001")
    assert column_code in cred.fix, cred.fix
    assert sorted(edits_in_words(cred.fix.split("; or, to accept it")[0])) == sorted(cred.edits)
    apply_all(cred.edits)
    after = run(tmp_path, dialect)
    assert not of(after, "CRED001"), [f.fix for f in of(after, "CRED001")]
    clean(after)


@pytest.mark.parametrize("fmt", sorted(set(PROJECTS) - {"liquibase-json"}))
def test_the_suppression_hint_applied_literally_suppresses(fmt, tmp_path, monkeypatch):
    files, dialect, _, _ = PROJECTS[fmt]
    monkeypatch.chdir(tmp_path)
    write(tmp_path, files)
    before = run(tmp_path, dialect)
    for code in ("CRED001", "RET001"):
        (f,) = of(before, code)
        suppress = f.fix.split("; or, to accept it, ", 1)[1]
        (edit,) = edits_in_words(suppress)
        assert "schemalint: ignore[" + code + "]" in edit.text
        apply_all([edit])
        before = run(tmp_path, dialect)
        assert not of(before, code)
        assert any(s.code == code for s, _ in before.suppressed)
    clean(before)


def test_retention_and_purpose_hints_write_one_comment_that_answers_both(tmp_path, monkeypatch):
    """RET001 and MIN001 on the same Laravel table: both hints are the same
    line, declaring both, so applying either (or both) fixes both."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"database/migrations/2024_01_01_000000_create_pasien_table.php":
                     LARAVEL.replace("$table->string('password');", "$table->char('nik', 16);")})
    before = run(tmp_path, None)
    (ret,), (purpose,) = of(before, "RET001"), of(before, "MIN001")
    assert ret.edits == purpose.edits
    assert "retention=P10Y" in ret.edits[0].text and "purpose=" in ret.edits[0].text
    apply_all(ret.edits + purpose.edits)
    after = run(tmp_path, None)
    assert not of(after, "RET001") and not of(after, "MIN001")
    clean(after)


def test_a_later_laravel_migration_is_told_how_to_declare_the_purpose_in_itself(tmp_path, monkeypatch):
    """MIN001 completed by a migration that adds a NIK to an existing table,
    in a pre-commit run that names only that migration: the hint goes in
    that migration's Schema::table block, the file being committed."""
    monkeypatch.chdir(tmp_path)
    later = "database/migrations/2024_02_01_000000_add_nik_to_kontak.php"
    write(tmp_path, {
        "database/migrations/2024_01_01_000000_create_kontak_table.php":
            "<?php\nSchema::create('kontak', function (Blueprint $table) {\n    $table->id();\n"
            "    $table->string('kode', 10);\n});\n",
        later: "<?php\nSchema::table('kontak', function (Blueprint $table) {\n    $table->char('nik', 16);\n});\n",
    })
    (f,) = of(run(tmp_path, None, [later]), "MIN001")
    assert f.location.path.endswith(later)
    (edit,) = f.edits
    assert edit.path.endswith(later) and edit.text.startswith("$table->comment('schemalint: ")
    apply_all(f.edits)
    assert not of(run(tmp_path, None, [later]), "MIN001")


def test_an_existing_comment_is_kept_by_whole_statement_forms_and_not_overwritten_by_others(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # PostgreSQL: COMMENT ON replaces the comment, so the hint keeps its text
    write(tmp_path, {"V1__pasien.sql": PASIEN_SQL + "COMMENT ON TABLE pasien IS 'Pasien rawat jalan';\n"})
    (ret,) = of(run(tmp_path, "postgres"), "RET001")
    assert "'Pasien rawat jalan. schemalint: retention=P10Y" in ret.edits[0].text
    # Laravel: a second $table->comment() would replace the first: a directive instead
    (tmp_path / "V1__pasien.sql").unlink()
    write(tmp_path, {"database/migrations/2024_01_01_000000_create_pasien_table.php":
                     LARAVEL.replace("$table->id();", "$table->id();\n            $table->comment('Pasien');")})
    (ret,) = of(run(tmp_path, None), "RET001")
    assert ret.edits[0].text.startswith("// schemalint: retention=P10Y")
    apply_all(ret.edits)
    after = run(tmp_path, None)
    assert not of(after, "RET001")
    clean(after)
