"""Red-team: a PEP 263 coding cookie the reader ignores.

Python decodes a source file declared ``# -*- coding: utf-7 -*-`` as
UTF-7, where ``+AAo-`` is a newline: the text after it on a "comment" line
is code that Alembic and Django run when they import the file.  schemalint
reads the file as UTF-8 (ASCII-identical), sees a comment, and passes."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate

H = "from alembic import op\nimport sqlalchemy as sa\n"
ALEMBIC_BASE = {"alembic/versions/a1_init.py": H + "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
                "    op.create_table('pasien', sa.Column('id', sa.Integer, primary_key=True), "
                "sa.Column('nama', sa.String(100)))\n"}
ALEMBIC = ("# -*- coding: utf-7 -*-\n" + H + "revision = 'a2'\ndown_revision = 'a1'\n\ndef upgrade():\n    pass\n"
           "    # +AAo-    op.add_column('pasien', sa.Column('nik', sa.CHAR(16)))\n")

DJANGO_BASE = {
    "manage.py": "#!/usr/bin/env python\n", "app/__init__.py": "", "app/migrations/__init__.py": "",
    "app/migrations/0001_initial.py": (
        "from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n"
        "    initial = True\n    dependencies = []\n    operations = [migrations.CreateModel(name='Pasien', "
        "fields=[('id', models.AutoField(primary_key=True)), ('nama', models.CharField(max_length=100))])]\n"),
}
DJANGO = ("# -*- coding: utf-7 -*-\nfrom django.db import migrations, models\n\n"
          "class Migration(migrations.Migration):\n    dependencies = [('app', '0001_initial')]\n"
          "    operations = []\n"
          "    # +AAo-    operations = [migrations.AddField(model_name='pasien', name='nik', "
          "field=models.CharField(max_length=16))]\n")


def test_the_hidden_line_is_code_for_python():
    """What Python runs: the decoded text has the call on a line of its own."""
    text = ALEMBIC.encode("ascii").decode("utf-7")
    assert "\n    op.add_column('pasien'" in text
    compile(ALEMBIC.encode("ascii"), "a2_nik.py", "exec")


@pytest.mark.xfail(strict=True, reason="a utf-7 coding cookie hides op.add_column(pasien.nik) in a comment")
def test_utf7_alembic_revision_fails_the_gate(repo, cli):
    r, findings = gate(repo, cli, ALEMBIC_BASE, {"alembic/versions/a2_nik.py": ALEMBIC})
    assert_caught(r, findings)


@pytest.mark.xfail(strict=True, reason="a utf-7 coding cookie hides AddField(pasien.nik) in a comment")
def test_utf7_django_migration_fails_the_gate(repo, cli):
    r, findings = gate(repo, cli, DJANGO_BASE, {"app/migrations/0002_nik.py": DJANGO})
    assert_caught(r, findings)
