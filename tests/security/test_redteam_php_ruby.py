"""Red-team: Laravel and Rails migrations a pull request adds that add
``pasien.nik`` when the framework migrates, yet the CI gate passes (exit 0,
no ENC001/PARSE001).  Cases marked *silent* leave not even a -v note."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate

LV_BASE = {"database/migrations/2020_01_01_000000_create_pasien.php": (
    "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\n"
    "use Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration {\n"
    "    public function up(): void\n    {\n        Schema::create('pasien', function (Blueprint $table) {\n"
    "            $table->id();\n            $table->string('nama');\n        });\n    }\n};\n")}
LV_PATH = "database/migrations/2020_01_02_000000_add_nik.php"
CLOSURE = "function (Blueprint $table) {\n            $table->char('nik', 16);\n        }"


def lv(up: str, members: str = "") -> str:
    return ("<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\n"
            "use Illuminate\\Support\\Facades\\Schema;\nuse Illuminate\\Support\\Facades\\DB;\n\n"
            "return new class extends Migration {\n" + members + "    public function up(): void\n    {\n"
            + up + "    }\n};\n")


COLS = "    public function cols(Blueprint $t) { $t->char('nik', 16); }\n"
LARAVEL = {
    "silent-pdo-exec": lv("        DB::getPdo()->exec('ALTER TABLE pasien ADD nik CHAR(16)');\n"),
    "silent-call-user-func-schema-table": lv(f"        call_user_func([Schema::class, 'table'], 'pasien', {CLOSURE});\n"),
    "silent-app-db-schema": lv(f"        app('db.schema')->table('pasien', {CLOSURE});\n"),
    "note-callable-array": lv("        Schema::table('pasien', [$this, 'cols']);\n", COLS),
    "note-first-class-callable": lv("        Schema::table('pasien', $this->cols(...));\n", COLS),
    "note-dynamic-method-literal": lv("        Schema::table('pasien', function (Blueprint $table) {\n"
                                      "            $table->{'char'}('nik', 16);\n        });\n"),
}

RB_BASE = {"db/migrate/20200101000000_create_pasien.rb": (
    "class CreatePasien < ActiveRecord::Migration[7.0]\n  def change\n    create_table :pasien do |t|\n"
    "      t.string :nama\n    end\n  end\nend\n")}
RB_PATH = "db/migrate/20200102000000_add_nik.rb"


def rb(body: str) -> str:
    return "class AddNik < ActiveRecord::Migration[7.0]\n" + body + "end\n"


RAILS = {
    "silent-activerecord-base-connection": rb("  def up\n    ActiveRecord::Base.connection.add_column(:pasien, :nik, :string)\n  end\n"),
    "silent-class-reopened-later-in-file": rb("  def change\n  end\n")
    + "class AddNik\n  def change\n    add_column :pasien, :nik, :string\n  end\nend\n",
    "note-send": rb("  def change\n    send(:add_column, :pasien, :nik, :string)\n  end\n"),
    "note-self-receiver": rb("  def change\n    self.add_column :pasien, :nik, :string\n  end\n"),
    "note-alias-method-up": rb("  def down\n    add_column :pasien, :nik, :string\n  end\n  alias_method :up, :down\n"),
    "note-define-method": rb("  define_method(:change) { add_column :pasien, :nik, :string }\n"),
    "note-revert-remove-column-with-type": rb("  def change\n    revert { remove_column :pasien, :nik, :string }\n  end\n"),
    "note-execute-concatenated-literals": rb("  def change\n    execute 'ALTER TABLE pasien ' + 'ADD COLUMN nik CHAR(16)'\n  end\n"),
}


@pytest.mark.parametrize("case", sorted(LARAVEL))
def test_laravel_migration_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, LV_BASE, {LV_PATH: LARAVEL[case]})
    assert_caught(r, findings)


@pytest.mark.parametrize("case", sorted(RAILS))
def test_rails_migration_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, RB_BASE, {RB_PATH: RAILS[case]})
    assert_caught(r, findings)


def test_control_plain_laravel_and_rails_are_caught(repo, cli, tmp_path):
    r, findings = gate(repo, cli, {**LV_BASE, **RB_BASE},
                       {LV_PATH: lv(f"        Schema::table('pasien', {CLOSURE});\n"),
                        RB_PATH: rb("  def change\n    add_column :pasien, :nik, :string\n  end\n")})
    assert_caught(r, findings)
