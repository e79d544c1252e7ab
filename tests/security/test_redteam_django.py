"""Red-team: a Django migration a pull request adds that makes ``migrate``
add ``app_pasien.nik`` (plaintext CharField), yet the CI gate passes
(exit 0, no ENC001/PARSE001).  schemalint/frontends/django/reader.py reads
``class Migration(<known base>)`` with a literal ``operations`` list."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate

BASE = {
    "manage.py": "#!/usr/bin/env python\n",
    "app/__init__.py": "", "app/migrations/__init__.py": "",
    "app/migrations/0001_initial.py": (
        "from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n"
        "    initial = True\n    dependencies = []\n    operations = [migrations.CreateModel(name='Pasien', "
        "fields=[('id', models.AutoField(primary_key=True)), ('nama', models.CharField(max_length=100))])]\n"),
}
ADD = "migrations.AddField(model_name='pasien', name='nik', field=models.CharField(max_length=16))"
HEAD = "from django.db import migrations, models\n\n"
DEPS = "    dependencies = [('app', '0001_initial')]\n"
P = "app/migrations/0002_nik.py"

CASES = {
    # Django runs database_operations against the database
    "separate-database-and-state": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    operations = [migrations.SeparateDatabaseAndState(database_operations=[{ADD}], state_operations=[])]\n",
    "operations-append-in-class-body": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    operations = []\n    operations.append({ADD})\n",
    "migration-subclasses-a-local-base": HEAD + "class Base(migrations.Migration):\n    pass\n\n"
    + "class Migration(Base):\n" + DEPS + f"    operations = [{ADD}]\n",
    "migration-built-with-type": HEAD + "Migration = type('Migration', (migrations.Migration,), "
    + f"{{'dependencies': [('app', '0001_initial')], 'operations': [{ADD}]}})\n",
    # only a -v note, exit 0:
    "runpython-schema-editor-execute": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + "    operations = [migrations.RunPython(lambda apps, schema_editor: "
      "schema_editor.execute('ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)'))]\n",
    "operation-class-via-getattr": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + "    operations = [" + ADD.replace("migrations.AddField", "getattr(migrations, chr(65) + 'ddField')") + "]\n",
    # variants of the same bypasses, closed with them
    "runsql-state-operations-hide-the-sql": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + "    operations = [migrations.RunSQL('ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)', "
      "state_operations=[migrations.AlterModelOptions(name='pasien', options={})])]\n",
    "operations-append-through-an-alias": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    operations = []\n    ops = operations\n    ops.append({ADD})\n",
    "operations-insert": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    operations = []\n    operations.insert(0, {ADD})\n",
    "operations-reassigned-after-the-class": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    operations = []\n\nMigration.operations = [{ADD}]\n",
    "migration-base-imported-from-elsewhere": HEAD + "from app.base import Base\n\nclass Migration(Base):\n"
    + DEPS,
    "migration-init-sets-operations": HEAD + "class Migration(migrations.Migration):\n" + DEPS
    + f"    def __init__(self, *a):\n        super().__init__(*a)\n        self.operations = [{ADD}]\n",
    "runpython-function-cursor-execute": HEAD + "def go(apps, schema_editor):\n"
    + "    with schema_editor.connection.cursor() as c:\n"
      "        c.execute('ALTER TABLE app_pasien ADD COLUMN nik CHAR(16)')\n\n"
    + "class Migration(migrations.Migration):\n" + DEPS + "    operations = [migrations.RunPython(go)]\n",
    "runpython-schema-editor-add-field": HEAD + "def go(apps, schema_editor):\n"
    + "    P = apps.get_model('app', 'Pasien')\n    f = models.CharField(max_length=16)\n"
      "    f.set_attributes_from_name('nik')\n    schema_editor.add_field(P, f)\n\n"
    + "class Migration(migrations.Migration):\n" + DEPS + "    operations = [migrations.RunPython(go)]\n",
    "operation-made-by-a-function": HEAD + f"def nik():\n    return {ADD}\n\nclass Migration(migrations.Migration):\n"
    + DEPS + "    operations = [nik()]\n",
    "operations-made-by-a-function": HEAD + f"def ops():\n    return [{ADD}]\n\nclass Migration(migrations.Migration):\n"
    + DEPS + "    operations = ops()\n",
    "operation-class-bound-to-a-name": HEAD + "Add = migrations.AddField\n\nclass Migration(migrations.Migration):\n"
    + DEPS + "    operations = [" + ADD.replace("migrations.AddField", "Add") + "]\n",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_django_migration_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, BASE, {P: CASES[case]})
    assert_caught(r, findings)


def test_a_state_only_remove_field_does_not_hide_the_column(repo, cli):
    forget = (HEAD + "class Migration(migrations.Migration):\n    dependencies = [('app', '0002_nik')]\n"
              "    operations = [migrations.SeparateDatabaseAndState(state_operations=["
              "migrations.RemoveField(model_name='pasien', name='nik')], database_operations=[])]\n")
    r, findings = gate(repo, cli, BASE, {P: HEAD + "class Migration(migrations.Migration):\n" + DEPS
                                         + f"    operations = [{ADD}]\n",
                                         "app/migrations/0003_forget_nik.py": forget})
    assert_caught(r, findings)


def test_control_plain_addfield_is_caught(repo, cli):
    r, findings = gate(repo, cli, BASE, {P: HEAD + "class Migration(migrations.Migration):\n" + DEPS
                                         + f"    operations = [{ADD}]\n"})
    assert_caught(r, findings)
