"""Django frontend: the two sides of SeparateDatabaseAndState, what a
migration module binds to ``Migration`` and changes at import time, the
operation class a call makes, and RunPython code (red-team fixes)."""

from __future__ import annotations

import os
import textwrap

from schemalint.frontends import django
from schemalint.model import AddColumn, AlterColumn, CreateTable, DropColumn, FileResult, RenameTable, Skipped
from schemalint.replay import replay
from schemalint.sources import SourceFile

HEAD = "from django.db import migrations, models\n\n"
DEPS = "    dependencies = [('app', '0001_initial')]\n"
ADD = "migrations.AddField(model_name='pasien', name='nik', field=models.CharField(max_length=16))"
INITIAL = (HEAD + "class Migration(migrations.Migration):\n    initial = True\n    operations = [\n"
           "        migrations.CreateModel(name='Pasien', fields=[('id', models.AutoField(primary_key=True)),"
           " ('nama', models.CharField(max_length=100))]),\n    ]\n")


def parse(text: str, name: str = "0002_x") -> FileResult:
    path = f"proj/app/migrations/{name}.py"
    return django.parse(SourceFile(path=path, abspath=os.path.join("/nonexistent", path), format="django",
                                   evidence="test", text=textwrap.dedent(text)))


def history(*texts: str):
    """The replayed schema of 0001_initial and these migrations, in order."""
    results = [parse(INITIAL, "0001_initial")]
    prev = "0001_initial"
    for i, text in enumerate(texts, 2):
        name = f"{i:04d}_x"
        results.append(parse(text.replace("DEPS", f"    dependencies = [('app', '{prev}')]\n"), name))
        prev = name
    return replay("proj", django.order(results))


def unfollowed(r: FileResult) -> list:
    return [c for c in r.changes if isinstance(c, Skipped) and c.kind == "unfollowed"]


def migration(ops: str, prefix: str = "") -> str:
    return HEAD + prefix + "class Migration(migrations.Migration):\n" + DEPS + f"    operations = [{ops}]\n"


# --------------------------------------------------------------------------
# SeparateDatabaseAndState: database_operations change the database,
# state_operations the state only
# --------------------------------------------------------------------------


def test_database_operations_change_the_database():
    r = parse(migration(f"migrations.SeparateDatabaseAndState(database_operations=[{ADD}], state_operations=[])"))
    assert [(c.table.name, c.column.name) for c in r.changes if isinstance(c, AddColumn)] == [("app_pasien", "nik")]


def test_a_state_only_remove_field_keeps_the_column():
    forget = ("migrations.SeparateDatabaseAndState(state_operations=["
              "migrations.RemoveField(model_name='pasien', name='nama')])")
    r = parse(migration(forget))
    assert not [c for c in r.changes if isinstance(c, DropColumn)]
    schema = history(HEAD + "class Migration(migrations.Migration):\nDEPS" + f"    operations = [{forget}]\n")
    assert "nama" in schema.tables["app_pasien"].columns


def test_the_state_is_still_what_later_migrations_are_written_against():
    """A model renamed in the state only (its table renamed by the database
    side): a later plain AddField names the model by its new name and adds
    to the renamed table."""
    schema = history(
        HEAD + "class Migration(migrations.Migration):\nDEPS    operations = [migrations.SeparateDatabaseAndState("
        "state_operations=[migrations.RenameModel('Pasien', 'Patient')], database_operations=["
        "migrations.AlterModelTable('Pasien', 'app_patient')])]\n",
        HEAD + "class Migration(migrations.Migration):\nDEPS    operations = ["
        "migrations.AddField(model_name='patient', name='nik', field=models.CharField(max_length=16))]\n")
    assert set(schema.tables["app_patient"].columns) == {"id", "nama", "nik"}


def test_a_state_only_model_is_added_if_missing_and_described_if_present():
    moved = ("migrations.SeparateDatabaseAndState(state_operations=[migrations.CreateModel(name='Kunjungan', "
             "fields=[('id', models.AutoField(primary_key=True)), ('catatan', models.TextField("
             "help_text='catatan dokter'))], options={'db_table': 'app_pasien'})])")
    r = parse(migration(moved))
    created = [c for c in r.changes if isinstance(c, CreateTable)]
    assert created and all(c.if_not_exists for c in created)
    assert all(c.if_not_exists for c in r.changes if isinstance(c, AddColumn))
    schema = history(HEAD + "class Migration(migrations.Migration):\nDEPS" + f"    operations = [{moved}]\n")
    cols = schema.tables["app_pasien"].columns
    assert set(cols) == {"id", "nama", "catatan"}  # nothing the database holds is replaced or removed
    assert cols["catatan"].hints["help_text"] == "catatan dokter"


def test_database_operations_run_on_a_copy_of_the_state():
    """A model renamed by database_operations only: the state keeps the old
    name, the database has the new table."""
    r = parse(migration("migrations.SeparateDatabaseAndState(database_operations=["
                        "migrations.AlterModelTable('Pasien', 'pasien_lama')]), " + ADD))
    assert [c.new.name for c in r.changes if isinstance(c, RenameTable)] == ["pasien_lama"]
    assert [c.table.name for c in r.changes if isinstance(c, AddColumn)] == ["app_pasien"]


def test_run_sql_with_state_operations_runs_its_sql():
    r = parse(migration("migrations.RunSQL('ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)', state_operations=["
                        "migrations.AddField(model_name='pasien', name='nik', field=models.CharField("
                        "max_length=16, verbose_name='NIK'))])"))
    adds = [c for c in r.changes if isinstance(c, AddColumn)]
    assert adds[0].column.type.name.lower() in ("char", "bpchar") and not adds[0].if_not_exists
    assert all(c.if_not_exists for c in adds[1:])  # the state: described, not added twice
    assert [c.hints.get("verbose_name") for c in r.changes if isinstance(c, AlterColumn)] == ["NIK"]


# --------------------------------------------------------------------------
# What the module binds to Migration, and changes at import time
# --------------------------------------------------------------------------


def test_a_migration_subclassing_a_local_base_is_read_through_it():
    r = parse(HEAD + "class Base(migrations.Migration):\n    operations = [" + ADD + "]\n\n"
              "class Migration(Base):\n" + DEPS)
    assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik"]
    assert r.meta["dependencies"] == [["app", "0001_initial"]]


def test_migration_bound_by_code_or_imported_is_unfollowed():
    cases = {
        "type": HEAD + "Migration = type('Migration', (migrations.Migration,), {'operations': []})\n",
        "import": HEAD + "from app.shared import Migration\n",
        "base": HEAD + "from app.base import Base\n\nclass Migration(Base):\n" + DEPS,
        "init": HEAD + "class Migration(migrations.Migration):\n" + DEPS + "    def __init__(self, *a):\n"
                "        super().__init__(*a)\n",
        "metaclass": HEAD + "class Migration(migrations.Migration, metaclass=M):\n" + DEPS,
        "conditional": HEAD + "if True:\n    class Migration(migrations.Migration):\n        operations = []\n",
    }
    for name, text in cases.items():
        notes = unfollowed(parse(text))
        assert notes and notes[0].location.line > 1, name


def test_operations_appended_or_extended_in_the_class_body_are_read():
    r = parse(HEAD + "class Migration(migrations.Migration):\n" + DEPS + "    operations = []\n"
              f"    operations.append({ADD})\n    ops = operations\n"
              f"    ops.extend([{ADD.replace('nik', 'kk')}])\n")
    assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik", "kk"]
    assert not unfollowed(r)


def test_other_import_time_changes_of_the_operations_are_unfollowed():
    for code in ("    operations.insert(0, X)\n", "    operations[0:0] = [X]\n", "    del operations[0]\n",
                 "    for _ in range(1):\n        operations += []\n"):
        r = parse(HEAD + "X = 1\nclass Migration(migrations.Migration):\n" + DEPS + "    operations = []\n" + code)
        assert unfollowed(r), code
    after = parse(migration("") + f"\nMigration.operations.append({ADD})\n")
    assert unfollowed(after)
    module = parse(HEAD + "OPS = []\nOPS.append(" + ADD + ")\n\nclass Migration(migrations.Migration):\n"
                   + DEPS + "    operations = OPS\n")
    assert [c.column.name for c in module.changes if isinstance(c, AddColumn)] == ["nik"]


def test_harmless_module_code_is_not_noted():
    r = parse(HEAD + "import logging\ntry:\n    import yaml\nexcept ImportError:\n    yaml = None\n"
              "logging.getLogger(__name__).debug('x')\n\n"
              "class Migration(migrations.Migration):\n" + DEPS + "    atomic = False\n\n"
              "    def forwards(apps, schema_editor):\n        pass\n\n"
              "    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]\n")
    assert not unfollowed(r)


# --------------------------------------------------------------------------
# The operation class a call makes
# --------------------------------------------------------------------------


def test_operation_classes_reached_by_getattr_names_and_aliases_are_followed():
    for expr, prefix in (("getattr(migrations, 'AddField')", ""), ("Add", "Add = migrations.AddField\n"),
                         ("AF", "from django.db.migrations import AddField as AF\n")):
        r = parse(migration(ADD.replace("migrations.AddField", expr), prefix))
        assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik"], expr



def test_an_operation_made_by_a_function_is_unfollowed_an_unknown_class_is_a_note():
    made = parse(HEAD + f"def nik():\n    return {ADD}\n\n" + migration("nik()")[len(HEAD):])
    assert unfollowed(made) and "a function" in unfollowed(made)[0].reason
    custom = parse(migration("myproject.operations.LoadFixture('people.json')", "import myproject.operations\n"))
    assert not unfollowed(custom) and any("not a known Django operation" in getattr(c, "reason", "")
                                          for c in custom.changes)


def test_an_operation_class_computed_at_run_time_is_unfollowed():
    r = parse(migration(ADD.replace("migrations.AddField", "getattr(migrations, chr(65) + 'ddField')")))
    assert unfollowed(r) and unfollowed(r)[0].location.line == 5
    r = parse(migration(ADD.replace("migrations.AddField", "OPS['add']"), "OPS = {}\n"))
    assert unfollowed(r)


# --------------------------------------------------------------------------
# RunPython
# --------------------------------------------------------------------------


def test_run_python_literal_sql_on_the_schema_editor_is_replayed():
    r = parse(migration("migrations.RunPython(lambda apps, schema_editor: schema_editor.execute("
                        "'ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)'))"))
    assert [(c.table.name, c.column.name) for c in r.changes if isinstance(c, AddColumn)] == [("app_pasien", "nik")]
    assert not unfollowed(r)


def test_run_python_sql_through_a_cursor_names_and_loops_is_replayed():
    r = parse(HEAD + "SQL = ['ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)', 'UPDATE app_pasien SET nik = 1']\n\n"
              "def go(apps, schema_editor):\n    for statement in SQL:\n        schema_editor.execute(statement)\n"
              "    ddl = 'ALTER TABLE app_pasien ADD COLUMN kk CHAR(16)'\n"
              "    with schema_editor.connection.cursor() as cursor:\n        cursor.execute(ddl)\n\n"
              "class Migration(migrations.Migration):\n" + DEPS + "    operations = [migrations.RunPython(go)]\n")
    assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik", "kk"]


def test_run_python_schema_changes_it_cannot_follow_are_unfollowed():
    for body in ("schema_editor.add_field(P, f)", "schema_editor.execute(sql)",
                 "schema_editor.execute(f'ALTER TABLE app_pasien ADD COLUMN {name} text')",
                 "helper(schema_editor)", "getattr(schema_editor, 'add_field')(P, f)"):
        r = parse(HEAD + "from app.helpers import helper\n\ndef go(apps, schema_editor):\n"
                  f"    {body}\n\nclass Migration(migrations.Migration):\n" + DEPS
                  + "    operations = [migrations.RunPython(go)]\n")
        assert unfollowed(r) and unfollowed(r)[0].location.line == 6, body


def test_run_python_alter_db_table_with_literal_names_is_a_rename():
    r = parse(HEAD + "def go(apps, schema_editor):\n    schema_editor.alter_db_table(M, 'auth_group', 'account_group')\n\n"
              "class Migration(migrations.Migration):\n" + DEPS + "    operations = [migrations.RunPython(go)]\n")
    assert [(c.old.name, c.new.name) for c in r.changes if isinstance(c, RenameTable)] == [
        ("auth_group", "account_group")]


def test_ordinary_data_migrations_are_not_flagged():
    """The shapes real projects use: the editor's connection alias, data SQL
    (also built at run time), index DDL on a run-time name, helpers of the
    module that receive the editor."""
    r = parse(HEAD + "from django.db import connection\n\n"
              "def fill(apps, schema_editor, model):\n    db = schema_editor.connection.alias\n"
              "    apps.get_model('app', model).objects.using(db).update(nama='x')\n\n"
              "def go(apps, schema_editor):\n    fill(apps, schema_editor, 'Pasien')\n"
              "    with schema_editor.connection.cursor() as cursor:\n"
              "        cursor.execute('UPDATE app_pasien SET nama = %s', ['x'])\n"
              "        cursor.execute(f'UPDATE {t} SET nama = 1')\n"
              "        for (name,) in cursor.fetchall():\n            cursor.execute(f'DROP INDEX IF EXISTS \"{name}\"')\n"
              "    if schema_editor.connection.vendor == 'postgresql':\n        pass\n\n"
              "class Migration(migrations.Migration):\n" + DEPS
              + "    operations = [migrations.RunPython(go, migrations.RunPython.noop)]\n")
    assert not unfollowed(r), unfollowed(r)
    assert not [c for c in r.changes if isinstance(c, (AddColumn, DropColumn))]


def test_run_python_through_partial_finds_the_editor_after_the_bound_arguments():
    """amy's RunPython(partial(switch_host_to_tag, 'a', 'b', 'c', 'd')): the editor is the
    sixth parameter; the bound arguments are data."""
    text = (HEAD + "from functools import partial\n\n"
            "def go(host, tag, apps, schema_editor):\n    H = apps.get_model('app', 'Host')\n"
            "    H.objects.get(domain=host)\n    schema_editor.execute('ALTER TABLE app_pasien ADD COLUMN nik text')\n\n"
            "class Migration(migrations.Migration):\n" + DEPS
            + "    operations = [migrations.RunPython(partial(go, 'a', 'b'))]\n")
    r = parse(text)
    assert not unfollowed(r)
    assert [c.column.name for c in r.changes if isinstance(c, AddColumn)] == ["nik"]
