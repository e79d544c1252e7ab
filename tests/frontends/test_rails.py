"""Rails frontend: migrations, schema.rb and model encryption evidence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schemalint import annotations
from schemalint.frontends import FrontendOptions, rails
from schemalint.model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    ParseFailure,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
)
from schemalint.replay import replay
from schemalint.sources import SourceFile, discover, history_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rails"
OPTS = FrontendOptions()


def src(text: str, path: str = "db/migrate/20240101000000_x.rb", fmt: str = "rails") -> SourceFile:
    return SourceFile(path=path, abspath="/" + path, format=fmt, evidence="test", text=text)


def parse(text: str, path: str = "db/migrate/20240101000000_x.rb", fmt: str = "rails"):
    return rails.parse(src(text, path, fmt), OPTS)


def migration(body: str, version: str = "7.1", direction: str = "change") -> str:
    indented = "\n".join("    " + line if line else line for line in body.strip("\n").split("\n"))
    return (f"class M < ActiveRecord::Migration[{version}]\n  def {direction}\n{indented}\n  end\nend\n")


def of(result, kind):
    return [c for c in result.changes if isinstance(c, kind)]


def fixture_results(*parts: str):
    cwd = os.getcwd()
    os.chdir(FIXTURES)
    try:
        found = discover(list(parts) or ["."])
        return {sf.path: rails.parse(sf, OPTS) for sf in found.files}, found
    finally:
        os.chdir(cwd)


def replay_migrations():
    results, _ = fixture_results("db/migrate")
    return replay("rails:db/migrate", rails.order([r for r in results.values() if r.format == "rails"]))


# --------------------------------------------------------------------------
# create_table
# --------------------------------------------------------------------------


def test_create_table_columns_types_and_options():
    results, _ = fixture_results("db/migrate")
    r = results["db/migrate/20240101000000_create_users.rb"]
    assert not of(r, ParseFailure) and not of(r, Skipped)
    users, orgs = of(r, CreateTable)
    assert users.table.name == "users"
    assert users.comment == "Registered people. schemalint: purpose=accounts retention=P5Y"
    cols = {c.name: c for c in users.columns}
    assert list(cols) == ["id", "email", "nik", "bio", "photo", "preferences", "balance", "birth_date",
                          "organization_id", "referrer_id", "referrer_type", "tags", "created_at",
                          "updated_at"]
    assert cols["id"].primary_key and cols["id"].type.name == "bigint"
    email = cols["email"]
    assert (email.type.name, email.type.family, email.type.params) == ("varchar", "text", ("255",))
    assert email.nullable is False and email.comment == "Login e-mail"
    assert (email.location.line, email.location.col) == (6, 7)
    assert cols["nik"].type.length == 16
    assert cols["bio"].type.family == "text"
    assert cols["photo"].type.family == "binary"
    assert cols["preferences"].type.name == "jsonb" and cols["preferences"].type.family == "json"
    assert cols["preferences"].default == "{}"
    assert cols["balance"].type.params == ("12", "2") and cols["balance"].type.family == "decimal"
    assert cols["birth_date"].type.family == "date"
    assert cols["tags"].type.family == "array" and cols["tags"].type.raw == "string[]"
    assert cols["created_at"].nullable is False and cols["created_at"].type.family == "datetime"
    # every column is located, 1-based
    assert all(c.location.line >= 1 and c.location.col >= 1 for c in users.columns)
    assert orgs.columns[0].name == "id" and orgs.columns[0].type.family == "uuid"


def test_references_make_columns_foreign_keys_and_indexes():
    r = parse(migration("""
create_table :posts do |t|
  t.references :author, null: false, foreign_key: { to_table: :users }
  t.belongs_to :subject, polymorphic: true, index: false
end
"""))
    (ct,) = of(r, CreateTable)
    cols = {c.name: c for c in ct.columns}
    assert cols["author_id"].type.name == "bigint" and cols["author_id"].nullable is False
    assert cols["author_id"].references.table.name == "users"
    assert {"subject_id", "subject_type"} <= set(cols)
    kinds = {(k.kind, k.columns) for k in ct.constraints}
    assert ("foreign", ("author_id",)) in kinds
    assert ("index", ("author_id",)) in kinds
    assert not any("subject_id" in k.columns for k in ct.constraints)


def test_primary_key_variants():
    r = parse(migration("""
create_table :a, id: false do |t|
  t.string :x
end
create_table :b, primary_key: :code, id: :string do |t|
  t.string :label
end
create_table :c, primary_key: [:x, :y] do |t|
  t.integer :x
  t.integer :y
end
"""))
    a, b, c = of(r, CreateTable)
    assert [col.name for col in a.columns] == ["x"]
    assert b.columns[0].name == "code" and b.columns[0].primary_key and b.columns[0].type.family == "text"
    assert [col.name for col in c.columns] == ["x", "y"]
    assert any(k.kind == "primary" and k.columns == ("x", "y") for k in c.constraints)


def test_old_migrations_use_old_defaults():
    results, _ = fixture_results("db/migrate")
    (ct,) = of(results["db/migrate/9_old_style.rb"], CreateTable)
    cols = {c.name: c for c in ct.columns}
    assert cols["id"].type.name == "integer"  # Rails < 5.1: integer ids
    assert cols["created_at"].nullable is True  # Rails < 5: nullable timestamps
    assert cols["name"].nullable is False  # hash-rocket options


def test_create_join_table():
    r = parse(migration("create_join_table :users, :roles, column_options: { null: true }"))
    (ct,) = of(r, CreateTable)
    assert ct.table.name == "roles_users"
    assert [(c.name, c.nullable) for c in ct.columns] == [("user_id", True), ("role_id", True)]


def test_custom_adapter_type_in_table_block_is_a_column():
    r = parse(migration("""
create_table :places do |t|
  t.st_point :location, geographic: true
end
"""))
    (ct,) = of(r, CreateTable)
    col = next(c for c in ct.columns if c.name == "location")
    # the PostGIS adapter's type maps to its SQL base type; the type as written stays in raw
    assert (col.type.name, col.type.family, col.type.raw) == ("geography", "geo", "st_point")


# --------------------------------------------------------------------------
# Alterations, replayed
# --------------------------------------------------------------------------


def test_alterations_replay_to_final_schema():
    schema = replay_migrations()
    assert not schema.failures
    users = schema.tables["users"]
    assert set(users.columns) == {
        "id", "email", "nik", "about", "preferences", "balance", "birth_date", "organization_id",
        "referrer_id", "referrer_type", "created_at", "updated_at", "phone", "display_name", "manager_id",
    }
    assert users.columns["nik"].type.family == "binary"  # change_column
    assert users.columns["birth_date"].nullable is False  # change_column_null
    assert users.columns["phone"].comment == "Phone. schemalint: retention=P1Y"  # change_column_comment
    assert users.comment == "Accounts"  # change_table_comment
    assert users.columns["balance"].type.params == ("14", "2")  # t.change in change_table
    assert users.columns["about"].history[-1].kind == "renamed"  # rename_column
    assert users.columns["manager_id"].references.table.name == "users"  # add_reference
    assert users.columns["organization_id"].references.table.name == "organizations"
    assert users.columns["phone"].indexed  # add_index
    assert "legacy_things" not in schema.tables and "old_things" not in schema.tables  # rename + drop


def test_each_alteration_change():
    r = parse(migration("""
add_column :users, :nik, :string, limit: 16, null: false, comment: "NIK"
remove_column :users, :tmp
remove_columns :users, :a, :b
rename_column :users, :nama, :name
change_column :users, :nik, :text, null: true
change_column_null :users, :name, false
change_column_comment :users, :nik, "NIK. schemalint: encrypted=app"
change_table_comment :users, from: "old", to: "schemalint: purpose=hr"
rename_table :users, :people
drop_table :a, :b
add_index :people, :nik, unique: true
add_timestamps :people, null: true
remove_timestamps :things
add_foreign_key :people, :orgs
remove_reference :people, :owner, polymorphic: true
""", direction="up"))
    assert not of(r, Skipped) and not of(r, ParseFailure)
    add = of(r, AddColumn)[0]
    assert (add.column.name, add.column.type.length, add.column.nullable, add.column.comment) == ("nik", 16, False, "NIK")
    assert [d.column for d in of(r, DropColumn)] == ["tmp", "a", "b", "created_at", "updated_at", "owner_id",
                                                     "owner_type"]
    assert of(r, RenameColumn)[0].new == "name"
    alter_type, alter_null = of(r, AlterColumn)
    assert alter_type.type.family == "text" and alter_type.nullable is True and alter_type.comment == UNSET
    assert alter_null.nullable is False and alter_null.type is None
    col_comment, table_comment = of(r, SetComment)
    assert col_comment.column == "nik" and "encrypted=app" in col_comment.comment
    assert table_comment.column is None and table_comment.comment == "schemalint: purpose=hr"
    assert of(r, RenameTable)[0].new.name == "people"
    assert [d.table.name for d in of(r, DropTable)] == ["a", "b"]
    keys = [c.constraint for c in of(r, AddConstraint)]
    assert keys[0].kind == "unique" and keys[0].columns == ("nik",)
    assert keys[1].kind == "foreign" and keys[1].columns == ("org_id",) and keys[1].references.table.name == "orgs"
    assert [c.column.name for c in of(r, AddColumn)][1:] == ["created_at", "updated_at"]


def test_change_table_block_operations():
    r = parse(migration("""
change_table :users, bulk: true do |t|
  t.string :a, :b
  t.references :team
  t.remove :old1, :old2
  t.rename :x, :y
  t.change :z, :bigint
  t.change_null :a, false
  t.remove_references :company
  t.index [:a, :b]
  t.timestamps
  t.remove_index :c
end
"""))
    assert [c.column.name for c in of(r, AddColumn)] == ["a", "b", "team_id", "created_at", "updated_at"]
    assert [d.column for d in of(r, DropColumn)] == ["old1", "old2", "company_id"]
    assert of(r, RenameColumn)[0].old == "x"
    change, null = of(r, AlterColumn)
    assert change.type.name == "bigint" and null.nullable is False
    assert {c.constraint.columns for c in of(r, AddConstraint)} == {("team_id",), ("a", "b")}
    assert not of(r, Skipped)
    (drop,) = of(r, DropConstraint)  # t.remove_index :c: Rails' default name of the index on c
    assert (drop.table.name, drop.name, drop.columns) == ("users", "index_users_on_c", ("c",))
    assert drop.location.line == 13


# --------------------------------------------------------------------------
# Dropped keys and indexes
# --------------------------------------------------------------------------


def test_remove_index_forms_become_drop_constraints():
    r = parse(migration("""
remove_index :users, :email
remove_index :users, column: [:org_id, :nik]
remove_index :users, name: "by_nik", if_exists: true
remove_index :users, :nik, name: :custom
remove_index :users, column: :email, algorithm: :concurrently
"""))
    assert not of(r, Skipped)
    got = [(d.table.name, d.name, d.kind, d.columns, d.if_exists) for d in of(r, DropConstraint)]
    assert got == [
        ("users", "index_users_on_email", None, ("email",), False),
        ("users", "index_users_on_org_id_and_nik", None, ("org_id", "nik"), False),
        ("users", "by_nik", None, (), True),
        ("users", "custom", None, ("nik",), False),
        ("users", "index_users_on_email", None, ("email",), False),
    ]
    first = of(r, DropConstraint)[0]
    assert (first.location.line, first.location.col) == (3, 5)


def test_remove_index_with_computed_values_is_a_note():
    r = parse(migration("""
remove_index :users, name: index_name_for(:users)
remove_index :users
"""))
    assert not of(r, DropConstraint)
    assert [n.location.line for n in of(r, Skipped)] == [3, 4]


def test_default_key_names():
    r = parse(migration("""
create_table :posts do |t|
  t.references :author, foreign_key: { to_table: :users }
  t.references :subject, polymorphic: true
  t.string :slug, index: { unique: true }
  t.index [:slug, :author_id]
  t.index "lower(slug)"
end
add_index :posts, :title
add_index :posts, :body, name: "posts_body"
add_foreign_key :posts, :blogs
add_foreign_key :posts, :users, column: :editor_id, name: "fk_editor"
"""))
    (ct,) = of(r, CreateTable)
    names = {(k.kind, k.columns): k.name for k in ct.constraints}
    assert names == {
        ("foreign", ("author_id",)): rails.foreign_key_name("posts", "author_id"),
        ("index", ("author_id",)): "index_posts_on_author_id",
        ("index", ("subject_type", "subject_id")): "index_posts_on_subject",  # 6.1+: the reference's name
        ("unique", ("slug",)): "index_posts_on_slug",
        ("index", ("slug", "author_id")): "index_posts_on_slug_and_author_id",
        ("index", ("lower(slug)",)): "index_posts_on_lower_slug",
    }
    assert [c.constraint.name for c in of(r, AddConstraint)] == [
        "index_posts_on_title", "posts_body", rails.foreign_key_name("posts", "blog_id"), "fk_editor"]
    # the example of ActiveRecord's create_join_table documentation
    assert rails.foreign_key_name("assemblies_parts", "assembly_id") == "fk_rails_0d8a572d89"


def test_default_index_names_follow_the_migration_version():
    long_cols = "[:organization_identifier, :external_customer_reference]"
    old = parse(migration(f"add_index :subscription_items, {long_cols}", version="7.0"))
    new = parse(migration(f"add_index :subscription_items, {long_cols}", version="7.1"))
    legacy_poly = parse(migration("add_reference :posts, :subject, polymorphic: true", version="6.0"))
    assert of(old, AddConstraint)[0].constraint.name == (
        "index_subscription_items_on_organization_identifier_and_external_customer_reference")
    short = of(new, AddConstraint)[0].constraint.name
    assert short.startswith("idx_on_organization_identifier_external_customer_") and len(short) == 62
    assert of(legacy_poly, AddConstraint)[-1].constraint.name == "index_posts_on_subject_type_and_subject_id"


def test_remove_foreign_key_forms():
    r = parse(migration("""
remove_foreign_key :posts, :users
remove_foreign_key :posts, column: :editor_id
remove_foreign_key :posts, name: "fk_rails_0123456789"
remove_foreign_key :posts, to_table: :people, if_exists: true
change_table :posts do |t|
  t.remove_foreign_key :blogs
end
"""))
    assert not of(r, Skipped)
    got = [(d.table.name, d.name, d.kind, d.columns, d.if_exists) for d in of(r, DropConstraint)]
    assert got == [
        ("posts", None, "foreign", ("user_id",), False),
        ("posts", None, "foreign", ("editor_id",), False),
        ("posts", "fk_rails_0123456789", "foreign", (), False),
        ("posts", None, "foreign", ("person_id",), True),
        ("posts", None, "foreign", ("blog_id",), False),
    ]


def test_replayed_add_then_remove_unkeys_the_column():
    r1 = parse(migration("""
create_table :users do |t|
  t.string :nik, index: { unique: true }
  t.string :email
  t.references :organization, foreign_key: true
  t.bigint :manager_id
end
add_index :users, :email
add_foreign_key :users, :users, column: :manager_id
"""), path="db/migrate/20240101000000_a.rb")
    r2 = parse(migration("""
remove_index :users, :nik
remove_index :users, name: "index_users_on_email"
remove_foreign_key :users, :organizations
remove_foreign_key :users, name: "%s"
remove_index :users, :organization_id
""" % rails.foreign_key_name("users", "manager_id")), path="db/migrate/20240102000000_b.rb")
    before = replay("rails", [r1])
    cols = before.tables["users"].columns
    assert cols["nik"].unique and cols["email"].indexed and cols["organization_id"].references is not None
    assert cols["manager_id"].references.table.name == "users"
    schema = replay("rails", rails.order([r2, r1]))
    assert not schema.notes
    cols = schema.tables["users"].columns
    for name in ("nik", "email", "organization_id", "manager_id"):
        c = cols[name]
        assert not (c.unique or c.indexed or c.primary_key or c.references or c.keys), name
    assert cols["id"].primary_key


def test_remove_of_an_unknown_index_is_a_replay_note():
    r1 = parse(migration("create_table :users do |t|\n  t.string :email\nend"),
               path="db/migrate/20240101000000_a.rb")
    r2 = parse(migration("remove_index :users, :email\nremove_index :users, :nik, if_exists: true"),
               path="db/migrate/20240102000000_b.rb")
    schema = replay("rails", rails.order([r1, r2]))
    assert [n.reason for n in schema.notes] == ["drop of unknown key or index index_users_on_email of users"]


# --------------------------------------------------------------------------
# Control flow and static evaluation
# --------------------------------------------------------------------------


def test_only_up_and_change_apply():
    r = parse("""
class M < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :a, :string
  end

  def down
    drop_table :users
  end
end
""")
    assert [type(c) for c in r.changes] == [AddColumn]
    r = parse("""
class M < ActiveRecord::Migration[4.2]
  def self.up
    add_column :users, :b, :string
  end
  def self.down
    remove_column :users, :b
  end
end
""")
    assert [type(c) for c in r.changes] == [AddColumn]


def test_reversible_follows_up_only():
    r = parse(migration("""
reversible do |dir|
  dir.up { add_column :users, :a, :string }
  dir.down { remove_column :users, :a }
end
"""))
    assert [type(c) for c in r.changes] == [AddColumn]


def test_revert_and_unknown_calls_are_located_notes():
    r = parse(migration("""
revert CreateUsers
frobnicate :users
"""))
    notes = of(r, Skipped)
    assert len(notes) == 2
    assert "revert" in notes[0].reason and notes[0].location.line == 3
    assert "frobnicate" in notes[1].reason and notes[1].location.line == 4


def test_a_revert_block_undoes_its_changes_last_first():
    """onebody drops ``import_attributes`` with ``revert do create_table ... end``:
    the replay kept the table, unlike the database."""
    r = parse(migration("""
revert do
  create_table :import_attributes do |t|
    t.string :name
  end
  add_column :people, :nickname, :string
  rename_column :people, :surname, :last_name
  add_index :people, :nickname
end
"""))
    assert [(type(c).__name__, getattr(c, "table", None) and c.table.name) for c in r.changes] == [
        ("DropConstraint", "people"), ("RenameColumn", "people"), ("DropColumn", "people"),
        ("DropTable", "import_attributes")]
    rc = of(r, RenameColumn)[0]
    assert (rc.old, rc.new) == ("last_name", "surname")
    assert of(r, DropColumn)[0].column == "nickname"
    assert not of(r, Skipped)


def test_what_a_revert_block_cannot_undo_is_a_located_note():
    r = parse(migration("""
revert do
  drop_table :old_stuff
  change_column :people, :first_name, :text
end
"""))
    notes = of(r, Skipped)
    # located at the change it cannot undo, and a PARSE001 warning (it fails the gate)
    assert [(n.location.line, n.kind) for n in notes] == [(5, "unfollowed"), (4, "unfollowed")]
    assert "AlterColumn" in notes[0].reason and "DropTable" in notes[1].reason
    assert not of(r, DropTable) and not of(r, CreateTable)


def test_dynamic_names_are_skipped_with_location():
    r = parse(migration("""
add_column table_name_for(:x), :a, :string
add_column :users, "col_#{suffix}", :string
"""))
    notes = of(r, Skipped)
    assert len(notes) == 2 and not of(r, AddColumn)
    assert all("computed at run time" in n.reason for n in notes)
    assert [n.location.line for n in notes] == [3, 4]


def test_literal_loops_are_unrolled_and_variables_resolved():
    r = parse(migration("""
%w[nodes ways].each do |tbl|
  add_column "current_#{tbl}", :version, :bigint
end
COLS.each { |c| remove_column :users, c }
""").replace("class M < ActiveRecord::Migration[7.1]\n", "class M < ActiveRecord::Migration[7.1]\n  COLS = [:a, :b]\n"))
    assert [(a.table.name, a.column.name) for a in of(r, AddColumn)] == [("current_nodes", "version"),
                                                                         ("current_ways", "version")]
    assert [d.column for d in of(r, DropColumn)] == ["a", "b"]


def test_loop_over_runtime_value_is_skipped():
    r = parse(migration("""
tables.each do |t|
  add_column t, :a, :string
end
"""))
    (note,) = of(r, Skipped)
    assert "loop" in note.reason and not of(r, AddColumn)


def test_conditional_is_followed_with_a_note():
    r = parse(migration("""
unless Rails.env.test?
  add_column :users, :a, :string
end
"""))
    note, add = r.changes
    assert isinstance(note, Skipped) and "as if the condition held" in note.reason
    assert isinstance(add, AddColumn)


def test_wrappers_and_helper_methods_are_followed():
    r = parse("""
class M < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    safety_assured do
      add_column :users, :a, :string
    end
    add_things(:users)
  end

  private

  def add_things(table)
    add_column table, :b, :integer
  end
end
""")
    assert [a.column.name for a in of(r, AddColumn)] == ["a", "b"]
    assert not of(r, Skipped)


def test_data_migration_code_is_not_a_note():
    r = parse(migration("""
User.where(active: true).update_all(flag: true)
User.find_each { |u| u.touch }
"""))
    assert r.changes == ()
    assert r.stats["noop"] >= 2


# --------------------------------------------------------------------------
# execute: SQL handed to the SQL frontend
# --------------------------------------------------------------------------

def test_execute_heredoc_is_parsed_as_sql_in_place():
    r = parse(migration('''
execute <<~SQL
  CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    nik varchar(16)
  );
SQL
'''))
    (ct,) = of(r, CreateTable)
    assert ct.table.name == "audit_log"
    assert {c.name for c in ct.columns} == {"id", "nik"}
    assert ct.location.path == "db/migrate/20240101000000_x.rb"
    assert (ct.location.line, ct.location.col) == (4, 7)  # the CREATE TABLE line in the .rb file
    nik = next(c for c in ct.columns if c.name == "nik")
    assert nik.location.line == 6


def test_execute_string_and_variable():
    r = parse(migration('''
execute "ALTER TABLE users ADD COLUMN nik varchar(16)"
sql = <<-SQL
  ALTER TABLE users ADD COLUMN kk varchar(16);
SQL
execute sql
'''))
    adds = of(r, AddColumn)
    assert [a.column.name for a in adds] == ["nik", "kk"]
    assert adds[0].location.line == 3
    assert adds[1].location.line == 5


def test_connection_execute_and_constant_sql():
    r = parse("""
class M < ActiveRecord::Migration[7.1]
  DDL = "ALTER TABLE users ADD COLUMN npwp varchar(15)"
  def up
    ActiveRecord::Base.connection.execute("ALTER TABLE users ADD COLUMN nik varchar(16)")
    execute DDL
  end
end
""")
    assert [a.column.name for a in of(r, AddColumn)] == ["nik", "npwp"]
    assert not of(r, Skipped)


def test_execute_with_interpolation_is_skipped():
    r = parse(migration('execute "UPDATE #{table} SET x = 1"'))
    (note,) = of(r, Skipped)
    assert "run time" in note.reason


# --------------------------------------------------------------------------
# Ordering, schema.rb, histories
# --------------------------------------------------------------------------


def test_order_is_by_version_number():
    results, _ = fixture_results("db/migrate")
    migrations = [r for r in results.values() if r.format == "rails"]  # app/models is read as evidence too
    ordered = [r.path.rsplit("/", 1)[1] for r in rails.order(list(reversed(migrations)))]
    assert ordered == ["9_old_style.rb", "20240101000000_create_users.rb", "20240102000000_change_users.rb",
                       "20240103000000_rename_and_drop.rb"]


def test_a_migration_whose_name_ends_in_schema_is_a_migration_not_a_snapshot():
    """diaspora squashed its first migrations into db/migrate/0000_create_schema.rb:
    read as a schema.rb snapshot, it became a history of its own and every later
    migration altered tables 'not created in the replayed files'."""
    squashed = history_key("db/migrate/0000_create_schema.rb", "rails")
    assert squashed == history_key("db/migrate/20160829170244_add_post_default_to_aspects.rb", "rails")
    assert squashed.startswith("rails:")
    assert history_key("db/cable_schema.rb", "rails") == "rails-schema:db/cable_schema.rb"
    assert history_key("db/schema.rb", "rails") == "rails-schema:db/schema.rb"


def test_a_squashed_first_migration_and_the_later_ones_replay_as_one_history(tmp_path):
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    mig = tmp_path / "db" / "migrate"
    mig.mkdir(parents=True)
    (mig / "0000_create_schema.rb").write_text(
        "class CreateSchema < ActiveRecord::Migration[4.2]\n  def up\n"
        "    create_table :users do |t|\n      t.string :email\n      t.string :token\n    end\n"
        "  end\nend\n", encoding="utf-8")
    (mig / "20170101000000_drop_token.rb").write_text(
        "class DropToken < ActiveRecord::Migration[5.1]\n  def change\n"
        "    remove_column :users, :token, :string\n    add_column :users, :name, :string\n  end\nend\n",
        encoding="utf-8")
    run = build(RunOptions(paths=[str(tmp_path)], checks=False, use_cache=False), Config())
    assert len(run.schemas) == 1
    users = next(t for t in run.schemas[0].tables.values() if t.name == "users")
    assert list(users.columns) == ["id", "email", "name"]
    assert not [n for n in run.notes if "not created" in n.reason or "unknown" in n.reason]


def test_schema_rb_is_a_snapshot_history_and_is_read():
    results, found = fixture_results(".")
    keys = {sf.path: sf.history for sf in found.files}
    assert keys["db/schema.rb"] != keys["db/migrate/20240101000000_create_users.rb"]
    assert history_key("db/schema.rb", "rails") == "rails-schema:db/schema.rb"
    schema = replay("rails-schema:db/schema.rb", [results["db/schema.rb"]])
    assert set(schema.tables) == {"organizations", "users"}
    users = schema.tables["users"]
    assert set(users.columns) == {"id", "email", "nik", "phone", "organization_id", "created_at", "updated_at"}
    assert users.columns["email"].unique
    assert users.columns["organization_id"].references.table.name == "organizations"
    assert users.comment == "Accounts"
    assert schema.tables["organizations"].columns["id"].type.family == "uuid"


def test_comments_carry_annotations():
    results, _ = fixture_results("db/migrate")
    first = replay("r", [results["db/migrate/20240101000000_create_users.rb"]])
    (table_ann,) = first.tables["users"].annotation_sources()
    assert table_ann.annotation.values == {"purpose": "accounts", "retention": "P5Y"}
    schema = replay_migrations()
    users = schema.tables["users"]
    assert users.annotation_sources() == []  # change_table_comment replaced the annotated comment
    nik_ann = users.columns["nik"].annotation_sources()[0].annotation
    assert nik_ann.values["encrypted"] == "app-aes-gcm"
    phone_ann = users.columns["phone"].annotation_sources()[0]
    assert phone_ann.annotation.values["retention"] == "P1Y"
    assert phone_ann.location.path.endswith("20240102000000_change_users.rb")


# --------------------------------------------------------------------------
# Models: encryption evidence
# --------------------------------------------------------------------------


def test_model_encryption_evidence():
    results, found = fixture_results("app/models")
    assert {sf.format for sf in found.files} == {"rails-model"}
    got = {(a.table.name, a.column, a.text) for r in results.values() for a in of(r, Annotate)}
    assert got == {
        ("users", "nik", "schemalint: encrypted=rails-encrypts"),
        ("users", "email", "schemalint: encrypted=rails-encrypts-deterministic"),
        ("pasien", "diagnosis_ciphertext", "schemalint: encrypted=lockbox"),
        ("pasien", "address_ciphertext", "schemalint: encrypted=lockbox"),
        ("pasien", "email_bidx", "schemalint: encrypted=lockbox-blind-index"),
        ("pasien", "encrypted_ssn", "schemalint: encrypted=attr-encrypted"),
        ("pasien", "encrypted_ssn_iv", "schemalint: encrypted=attr-encrypted"),
        ("people", "phone_number", "schemalint: encrypted=rails-encrypts"),
        ("people", "pin", "schemalint: encrypted=rails-encrypts"),  # STI: Admin < Person
    }
    for r in results.values():
        for a in of(r, Annotate):
            assert a.source == "model" and a.location.line >= 1
            assert annotations.parse(a.text).values["encrypted"]


def test_model_evidence_lands_on_replayed_columns():
    results, _ = fixture_results("db/migrate")
    models, _ = fixture_results("app/models/user.rb")
    schema = replay("rails", rails.order(list(results.values())) + list(models.values()))
    notes = schema.tables["users"].columns["nik"].notes
    assert notes and notes[0].source == "model"
    assert notes[0].annotation.values["encrypted"] == "rails-encrypts"


def test_default_table_names_follow_rails_inflections():
    assert rails.table_name_for_class("User") == "users"
    assert rails.table_name_for_class("Person") == "people"
    assert rails.table_name_for_class("Admin::UserProfile") == "user_profiles"
    assert rails.table_name_for_class("Category") == "categories"
    assert rails.table_name_for_class("Address") == "addresses"
    assert rails.table_name_for_class("Status") == "statuses"
    assert rails.table_name_for_class("Information") == "information"
    assert rails.table_name_for_class("Wife") == "wives"
    assert rails.table_name_for_class("Child") == "children"
    assert rails.table_name_for_class("HTTPRequest") == "http_requests"
    assert rails.singularize("organizations") == "organization"


def test_model_without_evidence_and_abstract_class():
    r = parse("class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\n  encrypts :x\nend\n",
              "app/models/application_record.rb", "rails-model")
    (note,) = of(r, Skipped)
    assert "abstract" in note.reason and not of(r, Annotate)


# --------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------


def test_syntax_error_is_a_located_parse_failure():
    r = parse("class M < ActiveRecord::Migration[7.1]\n  def change\n    add_column :users, :a, :string\n"
              "    create_table :x do |t|\n      t.string :y,\n  end\nend\n")
    fails = of(r, ParseFailure)
    assert fails and fails[0].location.line >= 1 and "syntax error" in fails[0].message


def test_no_migration_class_is_reported():
    r = parse("puts 'hello'\n")
    (note,) = of(r, Skipped)
    assert "no ActiveRecord migration" in note.reason


def test_ruby_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    code = (f'system("touch {marker}")\n'
            f'`touch {marker}`\n'
            f'class M < ActiveRecord::Migration[7.1]\n'
            f'  system("touch {marker}")\n'
            f'  def change\n'
            f'    system("touch {marker}")\n'
            f'    add_column :users, :a, :string\n'
            f'  end\n'
            f'end\n')
    path = tmp_path / "db" / "migrate" / "20240101000000_x.rb"
    path.parent.mkdir(parents=True)
    path.write_text(code)
    sf = SourceFile(str(path), str(path), "rails", "test", text=code)
    r = rails.parse(sf, OPTS)
    assert not marker.exists()
    assert [c.column.name for c in of(r, AddColumn)] == ["a"]
    assert all("system" in n.reason for n in of(r, Skipped))


@pytest.mark.parametrize("text", ["", "\x00\x01", "class", "def up(", "create_table :x do |t|" * 50,
                                  "class M < ActiveRecord::Migration[7.1]\n def change\n execute <<~SQL\n",
                                  "é" * 100, "class M < ActiveRecord::Migration[x]; def change; end; end"])
def test_never_raises(text):
    for fmt in ("rails", "rails-model"):
        r = parse(text, fmt=fmt)
        assert r.path.endswith(".rb")
        assert not any("internal error" in f.message for f in of(r, ParseFailure))


def test_non_ascii_columns_are_character_columns():
    r = parse(migration('add_column :pengguna, :nama, :string, comment: "Nama lengkap — é"\n'
                        'create_table :ü do |t| t.string :é end'))
    (ct,) = of(r, CreateTable)
    assert ct.columns[-1].name == "é"
    assert ct.columns[-1].location.col == len('    create_table :ü do |t| ') + 1


def test_random_ruby_never_raises():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["create_table", " :t", " do |t|", "\n", " end", "t.string", " :a", ",",
                              " null: false", "execute", " <<~SQL", "SQL", '"x#{y}"', "(", ")", "def change",
                              "class M < ActiveRecord::Migration[7.1]", "change_table", "reversible", "if x",
                              "%w[a b].each do |c|", "add_column", " c", "encrypts", "self.table_name = ",
                              "remove_column", "t.references"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(pieces, max_size=40).map("".join))
    def check(text):
        for fmt in ("rails", "rails-model"):
            r = parse(text, fmt=fmt)
            assert not any("internal error" in f.message for f in of(r, ParseFailure))

    check()


def test_a_symbol_passed_as_the_table_block_runs_its_method():
    """``create_table :snippets, &:timestamps`` is ``do |t| t.timestamps end``
    (Symbol#to_proc, as alaveteli writes it); ``change_table`` likewise."""
    r = parse(migration("create_table :snippets, &:timestamps\nchange_table :notes, &:timestamps"))
    (ct,) = of(r, CreateTable)
    assert [c.name for c in ct.columns] == ["id", "created_at", "updated_at"]
    assert sorted(a.column.name for a in of(r, AddColumn) if a.table.name == "notes") == ["created_at",
                                                                                          "updated_at"]
    assert not of(r, Skipped)


def test_any_other_block_passed_with_an_ampersand_is_a_located_note():
    r = parse(migration("create_table :others, &block"))
    (ct,) = of(r, CreateTable)
    assert [c.name for c in ct.columns] == ["id"]
    (note,) = of(r, Skipped)
    assert "block passed with `&`" in note.reason and note.location.line == 3


def test_existence_guards_add_only_if_absent_and_remove_only_if_present():
    r = parse(migration("""
add_column :users, :email, :string unless column_exists?(:users, :email)
if !column_exists?(:users, :phone)
  add_column :users, :phone, :string
end
unless table_exists?(:audits)
  create_table :audits do |t|
    t.string :action
  end
end
remove_column :users, :fax if column_exists?(:users, :fax)
add_column :users, :plain, :string
add_column :users, :nick, :string if Rails.env.production?
"""))
    adds = {a.column.name: a.if_not_exists for a in of(r, AddColumn)}
    assert adds == {"email": True, "phone": True, "plain": False, "nick": False}
    assert one_of(r, CreateTable).if_not_exists
    assert one_of(r, DropColumn).if_exists
    # only the condition that is no existence guard is a note
    assert [n.reason.split("`")[1] for n in of(r, Skipped)] == ["if Rails.env.production?"]


def one_of(result, kind):
    (x,) = of(result, kind)
    return x


def test_a_guard_whose_body_does_more_than_it_guards_stays_a_note():
    r = parse(migration("""
if column_exists?(:users, :legacy_id)
  add_column :users, :new_id, :integer
end
"""))
    (note,) = of(r, Skipped)
    assert "as if the condition held" in note.reason
    assert not one_of(r, AddColumn).if_not_exists


def test_a_literal_condition_and_a_return_decide_what_runs():
    r = parse("""class X < ActiveRecord::Migration[7.0]
  def change
    if false
      remove_column :p, :nik
    else
      add_column :p, :a, :string
    end
    unless true
      remove_column :p, :x
    end
    add_column :p, :b, :string if true
    return
    remove_column :p, :b
  end
end
""")
    assert [(type(c).__name__, c.column.name) for c in r.changes if isinstance(c, AddColumn)] == [
        ("AddColumn", "a"), ("AddColumn", "b")]
    assert not [c for c in r.changes if isinstance(c, DropColumn)]


def test_a_schema_method_called_on_the_connection_or_self_is_that_method():
    r = parse("""class X < ActiveRecord::Migration[7.0]
  def up
    ActiveRecord::Base.connection.add_column(:p, :nik, :string)
    self.add_column :p, :nama, :string
    connection.remove_column :p, :old
  end
end
""")
    assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik", "nama"]
    assert [c.column for c in r.changes if isinstance(c, DropColumn)] == ["old"]
