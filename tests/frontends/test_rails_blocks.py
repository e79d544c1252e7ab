"""Rails frontend: schema calls inside blocks of model and data calls
(``Model.unscoped do ... end``), Globalize's translation tables, both
branches of an existence guard, a braced options hash and gem constraint
methods.  Red-team cases: tests/security/test_redteam_rails_blocks.py."""

from __future__ import annotations

from schemalint.frontends import FrontendOptions, rails
from schemalint.model import AddColumn, AlterColumn, CreateTable, DropColumn, DropTable, Skipped
from schemalint.sources import SourceFile

OPTS = FrontendOptions()


def parse(text: str, path: str = "db/migrate/20240101000000_x.rb"):
    return rails.parse(SourceFile(path=path, abspath="/" + path, format="rails", evidence="test", text=text),
                       OPTS)


def mig(body: str) -> str:
    return "class X < ActiveRecord::Migration[7.0]\n  def up\n" + body + "  end\nend\n"


def added(r):
    return [(c.table.name, c.column.name) for c in r.changes if isinstance(c, AddColumn)]


def notes(r, kind=None):
    return [c for c in r.changes if isinstance(c, Skipped) and (kind is None or c.kind == kind)]


# -- braced options hash, gem constraint methods --------------------------------

def test_a_braced_options_hash_is_read_as_the_keyword_options():
    r = parse(mig("    create_table :versions do |t|\n      t.string :item_type, {:null=>false}\n"
                  "      t.integer :item_id, { null: false, limit: 8 }\n    end\n"
                  "    add_column :versions, :event, :string, {null: false}\n"))
    assert not notes(r)
    ct = next(c for c in r.changes if isinstance(c, CreateTable))
    cols = {c.name: c for c in ct.columns}
    assert cols["item_type"].nullable is False and cols["item_id"].nullable is False
    add = next(c for c in r.changes if isinstance(c, AddColumn))
    assert add.column.name == "event" and add.column.nullable is False


def test_a_lone_hash_argument_stays_positional():
    r = parse(mig("    create_table :v do |t|\n      t.string({a: 1})\n    end\n"))
    assert notes(r)  # no column name: still a note


def test_not_null_constraint_methods_are_no_schema_change():
    r = parse(mig("    add_not_null_constraint :vacancies, :status, name: \"n\", validate: false\n"
                  "    validate_not_null_constraint :vacancies, :status, name: \"n\"\n"
                  "    remove_not_null_constraint :vacancies, :status\n"))
    assert not r.changes


# -- if column_exists? ... else ... end --------------------------------------------

GUARD = ("    if column_exists?(:events, :training_days)\n"
         "      change_column :events, :training_days, :decimal, precision: 5, scale: 2\n"
         "    else\n      add_column :events, :training_days, :decimal, precision: 5, scale: 2\n    end\n")


def test_both_branches_of_a_column_exists_guard_are_followed():
    r = parse(mig(GUARD))
    assert not notes(r)
    kinds = [type(c) for c in r.changes]
    assert kinds == [AlterColumn, AddColumn]
    assert r.changes[1].if_not_exists is True


def test_unless_column_exists_with_else_puts_the_alteration_first():
    r = parse(mig("    unless column_exists?(:e, :d)\n      add_column :e, :d, :integer\n"
                  "    else\n      change_column :e, :d, :decimal\n    end\n"))
    assert not notes(r)
    assert [type(c) for c in r.changes] == [AlterColumn, AddColumn]
    assert r.changes[1].if_not_exists is True


def test_an_else_branch_doing_something_else_is_still_a_note():
    r = parse(mig("    if column_exists?(:e, :d)\n      remove_column :e, :d\n"
                  "    else\n      add_column :pasien, :nik, :string\n    end\n"))
    assert any("else branch was not followed" in n.reason for n in notes(r))


# -- schema calls inside blocks of model and data calls ----------------------------

def test_a_schema_call_in_a_block_that_runs_once_is_followed():
    r = parse(mig("    Pasien.unscoped do\n      add_column :pasien, :nik, :string\n    end\n"
                  "    Pasien.transaction { remove_column :pasien, :nama }\n"
                  "    Pasien.first.with_lock do\n      connection.add_column :pasien, :a, :string\n    end\n"))
    assert added(r) == [("pasien", "nik"), ("pasien", "a")]
    assert [c.column for c in r.changes if isinstance(c, DropColumn)] == ["nama"]
    assert not notes(r)


def test_a_schema_call_in_an_iterating_block_is_unfollowed():
    r = parse(mig("    Pasien.find_each do |p|\n      add_column :pasien, :nik, :string\n    end\n"
                  "    Pasien.where(a: 1).each { |p| add_column :pasien, :nik, :string }\n"
                  "    rows.each { |p| add_column :pasien, :nik, :string }\n"
                  "    ActiveRecord::Base.connection_pool.with_connection { |c| c.add_column :pasien, :nik, :string }\n"))
    assert not added(r)
    assert [n.location.line for n in notes(r, "unfollowed")] == [3, 6, 8]
    assert [n.location.line for n in notes(r, "unsupported")] == [7]  # a loop over a computed value, as before


def test_data_code_blocks_stay_no_ops():
    r = parse(mig("    Pasien.unscoped do\n      Pasien.where(a: nil).update_all(a: 1)\n    end\n"
                  "    Pasien.find_each { |p| p.update!(a: 2) }\n    User.reset_column_information\n"
                  "    Setting.create!(key: 'a')\n    Model.where(x: 1).update_all(y: 2)\n"))
    assert not r.changes


def test_a_helper_on_a_constant_handed_the_migration_is_unfollowed():
    r = parse(mig("    SomeHelper.add_nik(self)\n    Legacy.create_versioned_table\n    Rails.logger.info 'x'\n"
                  "    SomeJob.perform_later\n    Privilege.find_or_create_by_name('a')\n    Other.frobnicate\n"))
    assert [n.location.line for n in notes(r, "unfollowed")] == [3, 4]
    assert [n.location.line for n in notes(r, "unsupported")] == [8]


def test_row_loops_with_dml_or_data_helpers_stay_no_ops():
    r = parse("class X < ActiveRecord::Migration[7.0]\n  def up\n"
              "    Pasien.find_each { |p| connection.execute \"UPDATE pasien SET a = #{p.id}\" }\n"
              "    Pasien.find_each { |p| fix(p) }\n    Pasien.find_each { |p| p.send(:fix_it) }\n  end\n"
              "  def fix(p)\n    p.update!(a: 1)\n  end\nend\n")
    assert not r.changes
    r = parse("class X < ActiveRecord::Migration[7.0]\n  def up\n"
              "    Pasien.find_each { |p| connection.execute \"ALTER TABLE pasien ADD nik text\" }\n"
              "    Pasien.find_each { |p| fix(p) }\n  end\n"
              "  def fix(p)\n    add_column :pasien, :nik, :string\n  end\nend\n")
    assert [n.location.line for n in notes(r, "unfollowed")] == [3, 4]


# -- Globalize translation tables ---------------------------------------------------

def test_create_translation_table_with_literal_fields_is_replayed():
    r = parse(mig("    Event::Kind.create_translation_table!({ label: :string, body: {type: :text} },\n"
                  "      { migrate_data: true, remove_source_columns: true })\n"
                  "    Note.add_translation_fields!({nik: :string})\n    Note.drop_translation_table!\n"))
    ct = next(c for c in r.changes if isinstance(c, CreateTable))
    assert ct.table.name == "event_kind_translations"
    assert [c.name for c in ct.columns] == ["id", "event_kind_id", "locale", "created_at", "updated_at",
                                            "label", "body"]
    assert [(c.table.name, c.column) for c in r.changes if isinstance(c, DropColumn)] == [
        ("event_kinds", "label"), ("event_kinds", "body")]
    assert added(r) == [("note_translations", "nik")]
    assert [c.table.name for c in r.changes if isinstance(c, DropTable)] == ["note_translations"]
    assert not notes(r)


def test_create_translation_table_with_computed_fields_is_unfollowed():
    r = parse(mig("    Note.create_translation_table!(FIELDS)\n"
                  "    Note.create_translation_table!({a: :string}, opts)\n"
                  "    Note.drop_translation_table! migrate_data: true\n"))
    assert [n.location.line for n in notes(r, "unfollowed")] == [3, 4, 5]


def test_translation_fields_given_as_keywords_are_the_fields_hash():
    r = parse(mig("    Category.create_translation_table! title: :string, description: :string\n"))
    ct = next(c for c in r.changes if isinstance(c, CreateTable))
    assert ct.table.name == "category_translations"
    assert [c.name for c in ct.columns][-2:] == ["title", "description"] and not notes(r)


def test_connection_queries_and_migration_output_on_constants_stay_no_ops():
    r = parse(mig("    ActiveRecord::Base.connection.select_value('SELECT 1')\n"
                  "    ActiveRecord::Migration.say 'x'\n    Rails.logger.warn 'y'\n"))
    assert not r.changes


def test_row_batches_running_dml_from_a_heredoc_stay_no_ops():
    r = parse(mig("    Note.in_batches(of: 1000) do |notes|\n      sql = <<~SQL.squish\n        UPDATE notes SET a = 1\n"
                  "      SQL\n      ActiveRecord::Base.connection.execute(sql)\n    end\n"))
    assert not r.changes
    r = parse(mig("    Note.in_batches(of: 1000) do |notes|\n      sql = <<~SQL\n        ALTER TABLE notes ADD nik text\n"
                  "      SQL\n      connection.execute(sql)\n    end\n"
                  "    Note.find_each { |n| execute <<~SQL }\n      ALTER TABLE notes ADD nik text\n    SQL\n"))
    assert [n.location.line for n in notes(r, "unfollowed")] == [3, 9]


def test_an_if_else_in_a_table_block_still_takes_the_then_branch_only():
    r = parse(mig("    create_table :n do |t|\n      if t.respond_to?(:jsonb)\n        t.jsonb :params\n"
                  "      else\n        t.json :params\n      end\n    end\n"))
    ct = next(c for c in r.changes if isinstance(c, CreateTable))
    assert [(c.name, c.type.raw) for c in ct.columns if c.name == "params"] == [("params", "jsonb")]
