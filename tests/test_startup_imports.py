"""What a pre-commit run does not load (issue 18: start-up cost): stages a
run does not need are imported on first use.  Each case runs schemalint in
a process of its own and reads ``sys.modules``."""

from __future__ import annotations

import subprocess
import sys

CODE = ("import sys; from schemalint.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "print(rc, sorted(m for m in sys.modules if m in {names!r}))")

#: imported only when a schema has tables (the access rules, the classifier's
#: engine), an audience is declared, a ruleset is validated, or an error
#: message is escaped
LAZY = ("schemalint.access.exposure", "schemalint.access.lineage", "schemalint.classify.validate",
        "schemalint.escape", "schemalint.classify.engine", "schemalint.classify.facts", "schemalint.access")


def _run(*args: str) -> str:
    out = subprocess.run([sys.executable, "-c", CODE.format(names=set(LAZY)), *args], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_merge_migration_loads_no_access_rules_no_engine_and_no_validator(tmp_path):
    mig = tmp_path / "shop" / "migrations" / "0003_merge.py"
    mig.parent.mkdir(parents=True)
    mig.write_text("from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
                   "    dependencies = [('shop', '0001_a'), ('shop', '0002_b')]\n\n    operations = []\n")
    assert _run("check", str(mig), "--no-history", "--no-cache", "--isolated", "-q") == "0 []"


def test_a_schema_with_tables_still_asks_who_reads_them(tmp_path):
    # the same run on a table: the access rules build the access state (and find the grant)
    sql = tmp_path / "schema.sql"
    sql.write_text("CREATE TABLE peserta (id INT PRIMARY KEY, nik CHAR(16));\nGRANT SELECT ON peserta TO PUBLIC;\n")
    got = _run("check", str(sql), "--no-cache", "--isolated", "-q", "--select", "ACC001", "--fail-on", "never")
    assert got == ("0 ['schemalint.access', 'schemalint.access.exposure', 'schemalint.access.lineage', "
                   "'schemalint.classify.engine', 'schemalint.classify.facts']")
    out = subprocess.run([sys.executable, "-m", "schemalint", "check", str(sql), "--no-cache", "--isolated",
                          "--select", "ACC001"], capture_output=True, text=True)
    assert out.returncode == 1 and "ACC001" in out.stdout, out.stdout + out.stderr


def test_an_empty_schema_gets_no_access_finding():
    from schemalint.checks import all_checks
    from schemalint.checks.context import Context
    from schemalint.classify import classify_schema
    from schemalint.classify.ruleset import default_ruleset
    from schemalint.config import Config
    from schemalint.replay import Schema

    schema = Schema(history="merge")
    ctx = Context(schema, classify_schema(schema, default_ruleset()), default_ruleset(), Config())
    for code in ("ACC001", "ACC002", "ACC003", "ACC004"):
        assert list(all_checks()[code](ctx)) == [], code



def test_a_table_without_any_access_statement_loads_no_access_control(tmp_path):
    # an Alembic migration adding a table: nobody but its owner reads it, so the access
    # rules have nothing to ask and access control is not imported (the other rules run)
    mig = tmp_path / "alembic" / "versions" / "a1_peserta.py"
    mig.parent.mkdir(parents=True)
    mig.write_text("from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'a1'\ndown_revision = None\n\n\n"
                   "def upgrade():\n    op.create_table('peserta', sa.Column('id', sa.Integer, primary_key=True),\n"
                   "                    sa.Column('nik', sa.String(16)))\n")
    got = _run("check", str(mig), "--no-history", "--no-cache", "--isolated", "-q", "--fail-on", "never")
    assert got == "0 ['schemalint.classify.engine', 'schemalint.classify.facts']"
    out = subprocess.run([sys.executable, "-m", "schemalint", "check", str(mig), "--no-history", "--no-cache",
                          "--isolated"], capture_output=True, text=True)
    assert out.returncode == 1 and "ENC001" in out.stdout, out.stdout + out.stderr
    # the same migration in a Supabase project: its API roles read the table without a grant
    sup = tmp_path / "supabase" / "alembic" / "versions" / "a1_peserta.py"
    sup.parent.mkdir(parents=True)
    sup.write_text(mig.read_text())
    got = _run("check", str(sup), "--no-history", "--no-cache", "--isolated", "-q", "--fail-on", "never")
    assert "'schemalint.access'" in got


def test_reading_the_command_line_loads_no_shutil_and_no_locale(tmp_path):
    # argparse sizes its help with shutil (zlib, bz2, lzma) and asks gettext, which imports
    # locale, for its own words: the command line is read without either, and argparse is
    # left as it was
    code = ("import argparse, gettext, sys; from schemalint.cli import main\n"
            "rc = main(sys.argv[1:])\n"
            "print(rc, sorted(m for m in ('shutil', 'locale') if m in sys.modules), argparse._ is gettext.gettext)")
    mig = tmp_path / "shop" / "migrations" / "0003_merge.py"
    mig.parent.mkdir(parents=True)
    mig.write_text("from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
                   "    dependencies = [('shop', '0001_a')]\n\n    operations = []\n")
    out = subprocess.run([sys.executable, "-c", code, "check", str(mig), "--no-history", "--no-cache", "--isolated",
                          "-q"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0 [] True"


def test_help_is_sized_as_argparse_sizes_it(monkeypatch):
    import argparse

    from schemalint.cli import _argparse_words, build_parser

    texts = []
    for columns in ("60", "140"):
        monkeypatch.setenv("COLUMNS", columns)
        with _argparse_words():
            check = build_parser(["check"]).get_default("_commands")["check"]
            ours = check.format_help()
            check.formatter_class = argparse.HelpFormatter  # argparse's own, sized through shutil
            assert check.format_help() == ours
        texts.append(ours)
    assert texts[0] != texts[1]  # the width is applied
