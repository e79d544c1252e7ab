"""Rails frontend: what a migration reaches indirectly and schemalint follows
exactly (string literal concatenation, ``send`` with a literal method name,
methods bound by ``alias_method``/``define_method``, a class reopened later in
the file, ``revert`` of a typed ``remove_column``), and what it cannot follow
(an ``unfollowed`` note, a PARSE001 warning).  Red-team cases:
tests/security/test_redteam_php_ruby.py."""

from __future__ import annotations

from schemalint.frontends import FrontendOptions, rails
from schemalint.model import AddColumn, DropColumn, Skipped
from schemalint.sources import SourceFile

OPTS = FrontendOptions()


def parse(text: str, path: str = "db/migrate/20240101000000_x.rb"):
    return rails.parse(SourceFile(path=path, abspath="/" + path, format="rails", evidence="test", text=text),
                       OPTS)


def mig(body: str, tail: str = "") -> str:
    return "class X < ActiveRecord::Migration[7.0]\n" + body + "end\n" + tail


def added(r):
    return [(c.table.name, c.column.name) for c in r.changes if isinstance(c, AddColumn)]


def notes(r, kind=None):
    return [c for c in r.changes if isinstance(c, Skipped) and (kind is None or c.kind == kind)]


def test_execute_of_concatenated_string_literals_is_that_sql():
    r = parse(mig("  def change\n    execute 'ALTER TABLE p ' + 'ADD COLUMN nik CHAR(16)'\n"
                  "    add_column :p, 'na' + 'ma', :string\n  end\n"))
    assert added(r) == [("p", "nik"), ("p", "nama")]
    assert [c.location.line for c in r.changes if isinstance(c, AddColumn)] == [3, 4]
    assert not notes(r)


def test_concatenation_with_a_value_computed_at_run_time_stays_a_note():
    r = parse(mig("  def change\n    execute 'ALTER TABLE p ' + sql\n    execute :a + 'b'\n  end\n"))
    assert not added(r)
    assert [n.location.line for n in notes(r)] == [3, 4]


def test_send_with_a_literal_method_name_is_that_call():
    r = parse(mig("""  def change
    send(:add_column, :p, :nik, :string)
    public_send 'add_column', :p, :a, :string
    self.__send__(:send, :add_column, :p, :b, :string)
    connection.send(:add_column, :p, :c, :string)
    method(:add_column).call(:p, :d, :string)
    send :create_table, :x do |t|
      t.send :string, :e
    end
    send(:helper, :f)
  end

  def helper(c)
    add_column :p, c, :string
  end
"""))
    assert added(r) == [("p", "nik"), ("p", "a"), ("p", "b"), ("p", "c"), ("p", "d"), ("p", "f")]
    created = next(c for c in r.changes if type(c).__name__ == "CreateTable")
    assert [c.name for c in created.columns] == ["id", "e"]
    assert [c.location.line for c in r.changes if isinstance(c, AddColumn)][:5] == [3, 4, 5, 6, 7]
    assert not notes(r)


def test_send_with_a_computed_method_name_is_an_unfollowed_note():
    r = parse(mig("  def change\n    send(m, :p, :nik, :string)\n    method(m).call(:p, :a, :string)\n"
                  "    create_table :x do |t|\n      t.public_send(kind, :e)\n    end\n  end\n"))
    assert not added(r)
    assert [(n.location.line, n.kind) for n in notes(r)] == [(3, "unfollowed"), (4, "unfollowed"),
                                                            (6, "unfollowed")]


def test_revert_of_a_removal_that_names_its_type_adds_the_column_back():
    r = parse(mig("""  def change
    revert { remove_column :p, :nik, :string }
    revert do
      remove_columns :p, :b, :c, type: :integer
      change_table :p do |t|
        t.remove :g, type: :text
      end
      drop_table :x do |t|
        t.string :h
      end
      remove_reference :p, :user, polymorphic: true
    end
  end
"""))
    assert added(r) == [("p", "nik"), ("p", "user_id"), ("p", "user_type"), ("p", "g"), ("p", "b"), ("p", "c")]
    nik = next(c for c in r.changes if isinstance(c, AddColumn))
    assert nik.column.type.name == "varchar" and nik.location.line == 3
    created = next(c for c in r.changes if type(c).__name__ == "CreateTable")
    assert (created.table.name, [c.name for c in created.columns]) == ("x", ["id", "h"])
    assert not [c for c in r.changes if isinstance(c, DropColumn)] and not notes(r)


def test_revert_of_a_removal_without_a_type_is_an_unfollowed_note_at_the_removal():
    r = parse(mig("  def change\n    revert do\n      remove_column :p, :nik\n"
                  "      remove_columns :p, :a\n    end\n    revert OtherMigration\n  end\n"))
    assert not added(r)
    assert sorted((n.location.line, n.kind) for n in notes(r)) == [
        (4, "unfollowed"), (5, "unfollowed"), (7, "unfollowed")]


def test_a_removal_outside_revert_stays_a_removal():
    r = parse(mig("  def change\n    remove_column :p, :nik, :string\n    drop_table :x do |t|\n"
                  "      t.string :h\n    end\n  end\n"))
    assert [type(c).__name__ for c in r.changes] == ["DropColumn", "DropTable"] and not added(r)


def test_a_class_reopened_later_in_the_file_defines_the_method_rails_runs():
    r = parse(mig("  def change\n  end\n", "class X\n  def change\n    add_column :p, :nik, :string\n  end\nend\n"
                  "module M\n  class X\n    def change\n      add_column :p, :other, :string\n    end\n  end\nend\n"))
    assert added(r) == [("p", "nik")]  # M::X is another class
    assert r.changes[0].location.line == 7


def test_the_last_definition_of_a_method_wins():
    r = parse(mig("  def change\n    add_column :p, :old, :string\n  end\n"
                  "  def change\n    add_column :p, :nik, :string\n  end\n"))
    assert added(r) == [("p", "nik")]


def test_alias_and_define_method_bind_the_direction_method():
    r = parse(mig("  def down\n    add_column :p, :nik, :string\n  end\n  alias_method :up, :down\n"))
    assert added(r) == [("p", "nik")]
    r = parse(mig("  def down\n    add_column :p, :nik, :string\n  end\n  alias up down\n"))
    assert added(r) == [("p", "nik")]
    r = parse(mig("  define_method(:change) { helper :nik }\n"
                  "  define_method(:helper) do |c|\n    add_column :p, c, :string\n  end\n"))
    assert added(r) == [("p", "nik")] and not notes(r)


def test_a_direction_method_calling_down_runs_down():
    r = parse(mig("  def up\n    down\n  end\n  def down\n    add_column :p, :nik, :string\n  end\n"))
    assert added(r) == [("p", "nik")]


def test_a_rebinding_that_cannot_be_read_is_an_unfollowed_note():
    r = parse(mig("  define_method(name) { add_column :p, :nik, :string }\n  alias_method :up, :inherited\n"
                  "  class_eval 'def change; end'\n"))
    assert [(n.location.line, n.kind) for n in notes(r, "unfollowed")] == [(2, "unfollowed"), (3, "unfollowed"),
                                                                          (4, "unfollowed")]
    r = parse(mig("  include AddsNik\n"))
    assert [(n.location.line, n.kind) for n in notes(r)] == [(2, "unfollowed")]


def test_a_migration_without_a_direction_method_stays_a_noop_note():
    r = parse(mig("  def down\n    add_column :p, :nik, :string\n  end\n"))
    assert [n.kind for n in notes(r)] == ["noop"] and not added(r)
