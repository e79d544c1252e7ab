"""Red-team: a PEP 263 coding cookie the reader ignored (fixed: sources.python_source).

Python decodes a source file declared ``# -*- coding: utf-7 -*-`` as
UTF-7, where ``+AAo-`` is a newline: the text after it on a "comment" line
is code that Alembic and Django run when they import the file.  schemalint
reads the file as UTF-8 (ASCII-identical), sees a comment, and passes."""

from __future__ import annotations

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


def test_utf7_alembic_revision_fails_the_gate(repo, cli):
    r, findings = gate(repo, cli, ALEMBIC_BASE, {"alembic/versions/a2_nik.py": ALEMBIC})
    assert_caught(r, findings)


def test_utf7_django_migration_fails_the_gate(repo, cli):
    r, findings = gate(repo, cli, DJANGO_BASE, {"app/migrations/0002_nik.py": DJANGO})
    assert_caught(r, findings)


def test_a_coding_cookie_python_cannot_read_fails_closed(repo, cli):
    bad = ALEMBIC.replace("utf-7", "no-such-codec")
    r, findings = gate(repo, cli, ALEMBIC_BASE, {"alembic/versions/a2_nik.py": bad})
    assert r.code == 1 and [f["code"] for f in findings] == ["PARSE001"], findings
    assert "unknown encoding" in findings[0]["message"]


def test_a_latin_1_cookie_reads_latin_1_text():
    from schemalint.sources import python_source

    data = "# -*- coding: latin-1 -*-\nname = 'Jos\xe9'\n".encode("latin-1")
    text, note, fatal = python_source(data, data.decode("latin-1"), "not UTF-8")
    assert not fatal and "name = 'Jos\xe9'" in text and "iso-8859-1" in note
