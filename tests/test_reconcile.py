"""One schema, one history (schemalint.reconcile): a snapshot beside the
migrations that built it, two dumps of one schema, and migrations spread
over packages or engines replay into one schema, so every finding is
reported once, located where it was introduced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemalint.config import Config
from schemalint.pipeline import RunOptions, build
from tests.gate.conftest import Repo

RAILS_MIGRATION = """class CreatePasien < ActiveRecord::Migration[7.1]
  def change
    create_table :pasien do |t|
      t.string :nama
      t.string :nik, limit: 16
    end
  end
end
"""

RAILS_SCHEMA = """ActiveRecord::Schema[7.1].define(version: 2024_01_02_000000) do
  create_table "pasien", force: :cascade do |t|
    t.string "nama"
    t.string "nik", limit: 16
  end
end
"""


def _run(*paths, checks=True):
    return build(RunOptions(paths=[str(p) for p in paths], use_cache=False, checks=checks), Config())


def _write(root: Path, files: dict) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _findings(run, code, column):
    return [f for f in run.findings if f.code == code and f.column == column]


def test_schema_rb_and_its_migrations_are_one_history(tmp_path, monkeypatch):
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION, "db/schema.rb": RAILS_SCHEMA})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    assert len(run.schemas) == 1
    assert set(run.schemas[0].files) == {"db/migrate/20240101000000_create_pasien.rb", "db/schema.rb"}
    (enc,) = _findings(run, "ENC001", "nik")  # once, not twice
    assert enc.location.path == "db/migrate/20240101000000_create_pasien.rb"


def test_without_the_snapshot_pairing_each_would_be_reported(tmp_path, monkeypatch):
    # the same two files in unrelated places are two schemas, two findings
    _write(tmp_path, {"a/db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION,
                      "b/db/schema.rb": RAILS_SCHEMA})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    assert len(run.schemas) == 2
    assert len(_findings(run, "ENC001", "nik")) == 2


def test_tables_only_in_the_snapshot_come_from_it_with_a_note(tmp_path, monkeypatch):
    schema = RAILS_SCHEMA.replace("end\nend", """end

  create_table "pegawai", force: :cascade do |t|
    t.string "npwp"
  end
end""")
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION, "db/schema.rb": schema})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    (sch,) = run.schemas
    assert sch.tables["pegawai"].location.path == "db/schema.rb"
    (npwp,) = _findings(run, "ENC001", "npwp")
    assert npwp.location.path == "db/schema.rb"
    assert any("not created by the replayed migrations" in n.reason and "pegawai" in n.reason for n in sch.notes)


def test_a_stale_snapshot_is_a_note_and_the_migrations_win(tmp_path, monkeypatch):
    later = """class AddFoto < ActiveRecord::Migration[7.1]
  def change
    add_column :pasien, :no_hp, :string
  end
end
"""
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION,
                      "db/migrate/20240105000000_add_no_hp.rb": later, "db/schema.rb": RAILS_SCHEMA})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    (sch,) = run.schemas
    assert "no_hp" in sch.tables["pasien"].columns
    assert sch.tables["pasien"].columns["no_hp"].location.path.endswith("_add_no_hp.rb")
    assert any("lacks" in n.reason and "no_hp" in n.reason for n in sch.notes)


def test_a_type_the_migrations_do_not_know_comes_from_the_snapshot(tmp_path, monkeypatch):
    mig = RAILS_MIGRATION.replace("t.string :nama", "t.column :nama, NAMA_TYPE")
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": mig, "db/schema.rb": RAILS_SCHEMA})
    monkeypatch.chdir(tmp_path)
    (sch,) = _run(".").schemas
    col = sch.tables["pasien"].columns["nama"]
    assert col.type is not None and col.type.raw == "string"
    assert col.location.path.endswith("_create_pasien.rb")


def test_two_dumps_of_one_schema_in_one_directory_are_one(tmp_path, monkeypatch):
    dump = "CREATE TABLE pasien (nama varchar(100), nik char(16), no_hp varchar(20));\n" \
           "CREATE TABLE poli (kd_poli char(5), nm_poli varchar(50));\n"
    _write(tmp_path, {"db/schema.sql": dump, "db/schema_backup.sql": dump})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    assert len(run.schemas) == 1
    assert len(_findings(run, "ENC001", "nik")) == 1
    # different schemas in one directory stay apart
    _write(tmp_path, {"db/schema_backup.sql": "CREATE TABLE barang (kode char(5), nama varchar(50));\n"})
    assert len(_run(".").schemas) == 2


def test_structure_sql_pairs_with_rails_migrations(tmp_path, monkeypatch):
    structure = "CREATE TABLE public.pasien (id bigint NOT NULL, nama character varying, nik character varying(16));\n"
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION, "db/structure.sql": structure})
    monkeypatch.chdir(tmp_path)
    run = _run(".")
    assert len(run.schemas) == 1
    (enc,) = _findings(run, "ENC001", "nik")
    assert enc.location.path.startswith("db/migrate/")


def test_a_staged_snapshot_alone_reports_nothing_the_migrations_introduced(tmp_path, monkeypatch):
    # the pre-commit hook names only the staged schema.rb: its history (the
    # migrations) is read, and findings located in migrations are not its own
    _write(tmp_path, {"db/migrate/20240101000000_create_pasien.rb": RAILS_MIGRATION, "db/schema.rb": RAILS_SCHEMA})
    monkeypatch.chdir(tmp_path)
    run = _run("db/schema.rb")
    assert [f for f in run.findings if f.code.startswith(("ENC", "RET", "MIN"))] == []
    assert len(_run("db/migrate/20240101000000_create_pasien.rb").findings) > 0


LARAVEL_CREATE = """<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    public function up(): void {
        Schema::create('users', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('nik', 16);
        });
    }
};
"""

LARAVEL_ALTER = """<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration {
    public function up(): void {
        Schema::table('users', function (Blueprint $table) {
            $table->string('no_hp', 20);
        });
    }
};
"""


def test_laravel_packages_that_alter_each_others_tables_are_one_history(tmp_path, monkeypatch):
    _write(tmp_path, {
        "packages/User/src/Database/Migrations/2021_01_01_000000_create_users_table.php": LARAVEL_CREATE,
        "packages/Admin/src/Database/Migrations/2021_02_01_000000_add_phone_to_users.php": LARAVEL_ALTER,
    })
    monkeypatch.chdir(tmp_path)
    run = _run(".", checks=False)
    assert len(run.schemas) == 1
    users = run.schemas[0].tables["users"]
    assert users.created and {"name", "nik", "no_hp"} <= set(users.columns)
    assert not any("altered here but not created" in n.reason for n in run.schemas[0].notes)


def test_laravel_apps_that_do_not_touch_each_other_stay_apart(tmp_path, monkeypatch):
    _write(tmp_path, {
        "app1/database/migrations/2021_01_01_000000_create_users_table.php": LARAVEL_CREATE,
        "app2/database/migrations/2021_01_01_000000_create_users_table.php": LARAVEL_CREATE,
        "app2/database/migrations/2021_02_01_000000_add_phone_to_users.php": LARAVEL_ALTER,
    })
    monkeypatch.chdir(tmp_path)
    run = _run(".", checks=False)
    assert len(run.schemas) == 2


def test_diff_base_reports_a_new_column_once(tmp_path):
    from schemalint.cli import main

    repo = Repo(tmp_path / "repo")
    repo.write("db/migrate/20240101000000_create_pasien.rb", RAILS_MIGRATION.replace("      t.string :nik, limit: 16\n", ""))
    repo.write("db/schema.rb", RAILS_SCHEMA.replace('    t.string "nik", limit: 16\n', ""))
    base = repo.commit("base")
    repo.write("db/migrate/20240102000000_add_nik.rb", """class AddNik < ActiveRecord::Migration[7.1]
  def change
    add_column :pasien, :nik, :string, limit: 16
  end
end
""")
    repo.write("db/schema.rb", RAILS_SCHEMA)
    repo.commit("add nik")
    import contextlib
    import io
    import os

    out = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(repo.path)
        with contextlib.redirect_stdout(out):
            code = main(["check", "--no-cache", "--diff-base", base, "--output-format", "json", "."])
    finally:
        os.chdir(cwd)
    assert code == 1
    found = [f for f in json.loads(out.getvalue())["findings"] if f["column"] == "nik" and f["code"] == "ENC001"]
    assert len(found) == 1 and found[0]["location"]["path"] == "db/migrate/20240102000000_add_nik.rb"


@pytest.mark.corpus
def test_corpus_snapshots_pair_with_their_migrations(corpus):
    for item, want in (("lago-pg", ("db/structure.sql", "db/migrate")),
                       ("documenso-prisma", ("schema.prisma", "migrations"))):
        run = _run(corpus / item, checks=False)
        assert len(run.schemas) == 1, (item, [s.history for s in run.schemas])
        files = run.schemas[0].files
        assert any(f.endswith(want[0]) for f in files) and any(want[1] in f for f in files)


DUMP = """CREATE TABLE patient (id int PRIMARY KEY, nik varchar(16), nama varchar(100));
CREATE TABLE person (id int PRIMARY KEY, first_name varchar(50), old_fax varchar(20));
CREATE TABLE provider (id int PRIMARY KEY, person_id int);
CREATE TABLE sample (id int PRIMARY KEY, patient_id int);
"""


def _changelog(*changes: str) -> str:
    sets = "".join(f'  <changeSet id="{i}" author="x">{c}</changeSet>\n' for i, c in enumerate(changes))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog '
            'xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n' + sets + "</databaseChangeLog>\n")


def _add(table: str, column: str) -> str:
    return (f'<addColumn tableName="{table}"><column name="{column}" type="varchar(36)"/></addColumn>')


def test_migrations_that_alter_only_a_dumps_tables_replay_on_top_of_it(tmp_path, monkeypatch):
    """OpenELIS' shape: Liquibase changelogs run on a database loaded from a
    dump in another directory.  One history: the dump first, then the
    changelogs (a column they drop stays dropped), with a note that says so."""
    _write(tmp_path, {
        "db/init/base.sql": DUMP,
        "src/liquibase/changelog.xml": _changelog(
            _add("patient", "fhir_uuid"), _add("person", "gps_latitude"), _add("provider", "fhir_uuid"),
            '<dropColumn tableName="person" columnName="old_fax"/>'),
    })
    monkeypatch.chdir(tmp_path)
    run = _run(".", checks=False)
    (schema,) = run.schemas
    assert set(schema.tables["patient"].columns) == {"id", "nik", "nama", "fhir_uuid"}
    assert set(schema.tables["person"].columns) == {"id", "first_name", "gps_latitude"}
    assert schema.tables["patient"].columns["nik"].location.path == "db/init/base.sql"
    (note,) = [n for n in schema.notes if "replayed on top of" in n.reason]
    assert note.location.path == "src/liquibase/changelog.xml"
    assert "patient, person, provider" in note.reason and "db/init/base.sql" in note.reason


def test_too_little_or_ambiguous_evidence_leaves_a_dump_on_its_own(tmp_path, monkeypatch):
    """Two altered tables are not enough, and two dumps that explain the
    changelog equally well do not choose one: separate histories, as before."""
    _write(tmp_path, {
        "a/db/base.sql": DUMP,
        "a/liquibase/changelog.xml": _changelog(_add("patient", "x"), _add("person", "y")),
    })
    monkeypatch.chdir(tmp_path)
    assert len(_run("a", checks=False).schemas) == 2
    _write(tmp_path, {
        "b/db/one.sql": DUMP, "b/db2/two.sql": DUMP,
        "b/liquibase/changelog.xml": _changelog(_add("patient", "x"), _add("person", "y"), _add("provider", "z")),
    })
    run = _run("b", checks=False)
    assert len(run.schemas) == 3
    assert not [n for s in run.schemas for n in s.notes if "replayed on top of" in n.reason]
