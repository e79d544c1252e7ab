"""Inputs come from pull requests: schemalint never runs them, never
constructs objects from YAML tags, and never touches the network."""

from __future__ import annotations

import os
import socket

import pytest

from schemalint.cli import main
from tests.conftest import REPO


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:2]}")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def write_hostile_project(root, sentinel):
    s = str(sentinel)
    files = {
        "db/V1__init.sql": "CREATE TABLE peserta (nik VARCHAR(16));\n-- \\! touch " + s + "\n",
        "alembic/versions/a1.py": (
            "import os\nopen(%r, 'w').write('x')\nos.system('touch %s')\n"
            "from alembic import op\nimport sqlalchemy as sa\nrevision = 'a1'\ndown_revision = None\n"
            "def upgrade():\n    open(%r, 'w')\n    op.create_table('t', sa.Column('nik', sa.String(16)))\n" % (s, s, s)),
        "proj/app/migrations/0001_initial.py": (
            "import os\nos.system('touch %s')\nfrom django.db import migrations, models\n"
            "class Migration(migrations.Migration):\n    operations = [migrations.CreateModel(name='P', "
            "fields=[('nik', models.CharField(max_length=16))])]\n" % s),
        "database/migrations/2020_01_01_000000_p.php": (
            "<?php\nsystem('touch %s');\nSchema::create('p', function (Blueprint $table) {\n"
            "    $table->string('nik', 16);\n});\n" % s),
        "db/migrate/20200101000000_p.rb": (
            "system('touch %s')\n`touch %s`\nclass P < ActiveRecord::Migration[7.0]\n  def change\n"
            "    create_table :p do |t|\n      t.string :nik\n    end\n  end\nend\n" % (s, s)),
        "changelog.yaml": ("databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: x\n"
                           "      changes: !!python/object/apply:os.system ['touch %s']\n" % s),
    }
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_check_and_audit_run_nothing_and_touch_no_network(tmp_path, monkeypatch, no_network, capsys):
    sentinel = tmp_path / "PWNED"
    project = tmp_path / "project"
    write_hostile_project(project, sentinel)
    (project / ".schemalint.yaml").write_text("exclude: []\n")
    monkeypatch.chdir(project)
    assert main(["check", ".", "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "ENC001" in out and "PARSE001" in out  # the hostile YAML changelog fails closed
    assert main(["audit", ".", "--no-cache", "--format", "json"]) == 0
    assert not sentinel.exists()


def test_a_configuration_file_with_python_tags_is_rejected(tmp_path, monkeypatch, capsys):
    sentinel = tmp_path / "PWNED"
    (tmp_path / ".schemalint.yaml").write_text(f"dialect: !!python/object/apply:os.system ['touch {sentinel}']\n")
    (tmp_path / "a.sql").write_text("CREATE TABLE t (a int);\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.sql"]) == 2
    assert ".schemalint.yaml" in capsys.readouterr().err
    assert not sentinel.exists()


def test_the_cache_cannot_be_made_to_run_code(tmp_path, monkeypatch, capsys):
    """Cache entries are JSON decoded into the model's own types only,
    after their MAC verified: anything else is a miss (tests/security/
    test_cache.py covers caches committed to the tree)."""
    import json
    import sqlite3

    from schemalint.cache import DB_NAME, directory_for
    from schemalint.config import Config

    (tmp_path / "a.sql").write_text("CREATE TABLE t (nik VARCHAR(16));\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.sql"]) == 1
    first = capsys.readouterr().out
    db = sqlite3.connect(os.path.join(directory_for(Config()), DB_NAME))
    evil = json.dumps({"_t": "os.system", "command": "touch PWNED"})
    with db:
        db.execute("UPDATE results SET value = ?", (evil,))
        db.execute("UPDATE runs SET value = ?", (evil,))
    db.close()
    assert main(["check", "a.sql"]) == 1
    assert capsys.readouterr().out == first
    assert not (tmp_path / "PWNED").exists()
    assert REPO.is_dir()
