"""D3: a migration cannot hide by looking like no migration.

Detection reads the whole file (bounded by max-file-size), knows aliased
and dynamic imports, and a file in a migrations directory (or named on
the command line) that no frontend recognises is a located PARSE001."""

from __future__ import annotations

import json

import pytest

PAD = '"""' + "padding " * 9000 + '"""\n'  # ~70 KB before anything a sniff would see

ALEMBIC = ("{pad}from alembic import op\nimport sqlalchemy as sa\nrevision = 'a1'\ndown_revision = None\n\n"
           "def upgrade():\n    op.create_table('peserta', sa.Column('nik', sa.String(16)))\n")
ALEMBIC_DYNAMIC = ("import importlib\nimport sqlalchemy as sa\nop = importlib.import_module('alembic.op')\n"
                   "revision = 'a1'\ndown_revision = None\n\n"
                   "def upgrade():\n    op.create_table('peserta', sa.Column('nik', sa.String(16)))\n")
DJANGO = ("{pad}from django.db import models\nfrom django.db.migrations import Migration as Base\n"
          "from django.db.migrations import CreateModel\n\n"
          "class Migration(Base):\n    initial = True\n    operations = [CreateModel(name='Peserta', "
          "fields=[('nik', models.CharField(max_length=16))])]\n")
LARAVEL = ("<?php\n/*{pad}*/\nuse Illuminate\\Support\\Facades\\Schema;\n"
           "Schema::create('peserta', function ($table) {{\n    $table->string('nik', 16);\n}});\n")
RAILS = ("=begin\n{pad}\n=end\nclass CreatePeserta < ActiveRecord::Migration[7.0]\n  def change\n"
         "    create_table :peserta do |t|\n      t.string :nik\n    end\n  end\nend\n")
LIQUIBASE = ("# {pad}\ndatabaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n      changes:\n"
             "        - createTable:\n            tableName: peserta\n            columns:\n"
             "              - column: {{name: nik, type: varchar(16)}}\n")

CASES = {
    "alembic-padded": ("alembic/versions/a1_init.py", ALEMBIC.format(pad=PAD)),
    "alembic-import_module": ("alembic/versions/a1_init.py", ALEMBIC_DYNAMIC),
    "django-aliased-padded": ("proj/app/migrations/0001_initial.py", DJANGO.format(pad=PAD)),
    "laravel-padded": ("database/migrations/2020_01_01_000000_peserta.php", LARAVEL.format(pad=PAD)),
    "rails-padded": ("db/migrate/20200101000000_create_peserta.rb", RAILS.format(pad=PAD.replace('"', ""))),
    "liquibase-padded": ("db/changelog/db.changelog-master.yaml", LIQUIBASE.format(pad=PAD.replace('"', ""))),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("named", [False, True])
def test_a_padded_or_aliased_migration_is_read(project, cli, case, named):
    path, text = CASES[case]
    project.write(path, text)
    r = cli("check", "--no-cache", "--format", "json", *([path] if named else []))
    assert r.code == 1, r.err
    doc = json.loads(r.out)
    found = {(f["code"], f["table"], f["column"]) for f in doc["findings"]}
    assert found & {("ENC001", "peserta", "nik"), ("ENC001", "app_peserta", "nik")}, doc["files"]


@pytest.mark.parametrize("path, text", [
    ("db/migrations/002_add.py", "# a migration in a form no frontend knows\nrun('ALTER TABLE t ADD nik text')\n"),
    ("database/migrations/2020_01_01_000001_x.php", "<?php\n$builder->create('t', fn ($t) => $t->string('nik'));\n"),
    ("db/migrate/20200101000001_x.rb", "Sequel.migration do\n  change { add_column :t, :nik, String }\nend\n"),
])
def test_an_unrecognised_file_in_a_migrations_directory_is_a_finding(project, cli, path, text):
    project.write(path, text)
    for args in ((), (path,)):
        r = cli("check", "--no-cache", *args)
        assert r.code == 1, r.err
        assert f"{path}:1:1: PARSE001" in r.out and "no frontend recognises" in r.out, r.out


def test_package_markers_and_files_elsewhere_stay_quiet(project, cli):
    project.write("proj/app/migrations/__init__.py", "")
    project.write("alembic/versions/__init__.py", "# package\n")
    project.write("app/models/person.rb", "class Person < ApplicationRecord\nend\n")
    project.write("proj/app/migrations/0001_initial.py", DJANGO.format(pad=""))
    r = cli("check", "--no-cache", "-v")
    assert "PARSE001" not in r.out, r.out
    r = cli("check", "--no-cache", "app/models/person.rb")  # the pre-commit hook names models too
    assert "PARSE001" not in r.out and r.code == 0, r.out


# --------------------------------------------------------------------------
# D13: a name that is not a literal is a finding to resolve, not a note
# --------------------------------------------------------------------------

DYNAMIC = {
    "alembic/versions/a1_init.py": ("from alembic import op\nimport sqlalchemy as sa\nrevision = 'a1'\n"
                                    "down_revision = None\n\ndef upgrade():\n{sup}"
                                    "    op.create_table('pasien'.lower(), sa.Column('nik', sa.String(16)))\n", 7),
    "database/migrations/2020_01_01_000000_p.php": ("<?php\n$name = config('x.table');\n{sup}"
                                                    "Schema::create($name, function (Blueprint $table) {{\n"
                                                    "    $table->string('nik', 16);\n}});\n", 3),
    "db/migrate/20200101000000_p.rb": ("class P < ActiveRecord::Migration[7.0]\n  def change\n{sup}"
                                       "    create_table table_name_for(:pasien) do |t|\n      t.string :nik\n"
                                       "    end\n  end\nend\n", 3),
}
SUPPRESS = {".py": "    # schemalint: ignore[PARSE001] -- the name comes from settings.PASIEN_TABLE\n",
            ".php": "// schemalint: ignore[PARSE001] -- the name comes from config/x.php\n",
            ".rb": "    # schemalint: ignore[PARSE001] -- the name comes from a helper\n"}


@pytest.mark.parametrize("path", sorted(DYNAMIC))
def test_a_table_name_that_is_not_a_literal_is_a_finding(project, cli, path):
    text, line = DYNAMIC[path]
    project.write(path, text.format(sup=""))
    r = cli("check", "--no-cache")
    assert r.code == 1, r.out + r.err
    assert f"{path}:{line}:" in r.out and "PARSE001" in r.out and "not a literal" in r.out or (
        "computed at run time" in r.out), r.out
    # resolved by a suppression with its reason
    project.write(path, text.format(sup=SUPPRESS["." + path.rsplit(".", 1)[1]]))
    r = cli("check", "--no-cache")
    assert "PARSE001" not in r.out and r.code == 0, r.out
