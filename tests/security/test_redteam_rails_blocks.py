"""Red-team: Rails migrations that add ``pasien.nik`` from inside a block of a
model or data call, through a helper handed the migration, through
Globalize's ``create_translation_table!`` or in the ``else`` branch of an
existence guard.  Each was silent (exit 0, no ENC001/PARSE001)."""

from __future__ import annotations

import pytest

from .test_redteam_php_ruby import RB_BASE, RB_PATH, rb
from .test_redteam_sql import assert_caught, gate

ADD = "add_column :pasien, :nik, :string"
CASES = {
    "model-unscoped-block": rb(f"  def change\n    Pasien.unscoped do\n      {ADD}\n    end\n  end\n"),
    "model-transaction-block": rb(f"  def up\n    Pasien.transaction {{ {ADD} }}\n  end\n"),
    "record-with-lock-block": rb(f"  def up\n    Pasien.first.with_lock do\n      {ADD}\n    end\n  end\n"),
    "connection-pool-with-connection-param": rb(
        "  def up\n    Pasien.connection_pool.with_connection do |c|\n"
        f"      c.{ADD}\n    end\n  end\n"),
    "find-each-block": rb(f"  def up\n    Pasien.find_each do |p|\n      {ADD} unless column_exists?(:pasien, :nik)\n"
                          "    end\n  end\n"),
    "query-each-block": rb(f"  def up\n    Pasien.where(id: 1).each {{ |p| {ADD} }}\n  end\n"),
    "receiverless-unknown-block": rb(f"  def up\n    silence_warnings do\n      {ADD}\n    end\n  end\n"),
    "helper-handed-self": rb("  def up\n    SomeHelper.add_nik(self)\n  end\n"),
    "globalize-create-translation-table": rb(
        "  def up\n    Pasien.create_translation_table!({nik: :string}, {migrate_data: true})\n  end\n"),
    "globalize-computed-fields": rb("  def up\n    Pasien.create_translation_table!(FIELDS)\n  end\n"),
    "globalize-add-translation-fields": rb(
        "  def up\n    Pasien.add_translation_fields!({nik: :string})\n  end\n"),
    "exists-guard-else-branch": rb(
        "  def up\n    if column_exists?(:pasien, :nik)\n      change_column :pasien, :nik, :string\n"
        f"    else\n      {ADD}\n    end\n  end\n"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rails_block_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, RB_BASE, {RB_PATH: CASES[case]})
    assert_caught(r, findings)


def test_data_code_in_model_blocks_passes_the_gate(repo, cli):
    r, findings = gate(repo, cli, RB_BASE, {RB_PATH: rb(
        "  def up\n    Pasien.unscoped do\n      Pasien.where(nama: nil).update_all(nama: 'x')\n    end\n"
        "    Pasien.find_each { |p| p.update!(nama: p.nama.strip) }\n    Pasien.reset_column_information\n"
        "    Setting.create!(key: 'a')\n    add_column :pasien, :kota, :string, {null: true}\n"
        "    add_not_null_constraint :pasien, :kota, name: 'k', validate: false\n  end\n")})
    assert r.code == 0 and not [f for f in findings if f["code"] == "PARSE001"], findings
