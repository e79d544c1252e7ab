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
    assert r.changes == [] or not notes(r)


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
