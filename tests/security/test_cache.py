"""D1, D14 (cache), issue 18 (cache keys on the code): the cache can make
a run faster, never different.

It lives outside the repository (the user's cache directory) unless the
configuration puts it inside; every entry is authenticated with a key
that never lives in the tree; a corrupted entry is a miss; the file index
notices content edits that keep size and mtime; and the keys cover the
installed code, so an edited rule or an upgraded plugin is never answered
from an older run."""

from __future__ import annotations

import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import REPO

from .conftest import PESERTA

MIGRATIONS = {
    "db/migrations/V1__init.sql": "CREATE TABLE barang (id int PRIMARY KEY, nama_barang varchar(100));\n",
    "db/migrations/V2__peserta.sql": PESERTA,
}


@pytest.fixture
def tree(project):
    for rel, text in MIGRATIONS.items():
        project.write(rel, text)
    return project


def _databases(*roots):
    found = []
    for root in roots:
        found += glob.glob(os.path.join(str(root), "**", "*.sqlite"), recursive=True)
    return sorted(found, key=os.path.getmtime)


def _forge(db_path):
    """Replace every value of a cache database by an attacker's: no
    changes in any file, no findings in any run, a forged file index."""
    empty_run = {"files": [], "findings": [], "suppressed": [], "notes": [], "missing": [],
                 "explicit": [], "counts": {"tables": 0, "columns": 0, "personal_columns": 0},
                 "histories": []}
    db = sqlite3.connect(db_path)
    with db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if "results" in tables:
            for (key,) in db.execute("SELECT key FROM results").fetchall():
                db.execute("UPDATE results SET value = ? WHERE key = ?", (json.dumps(
                    {"_t": "FileResult", "path": "db/migrations/V2__peserta.sql", "format": "sql",
                     "changes": []}), key))
        if "runs" in tables:
            db.execute("UPDATE runs SET value = ?", (json.dumps(empty_run),))
    db.close()


def _truth(cli):
    r = cli("check", "--no-cache")
    assert r.code == 1 and "ENC001" in r.out
    return r.out


def test_a_cache_committed_in_the_tree_changes_nothing(tree, cli, user_cache_home):
    """D1: the pull request commits a cache (git add -f) whose entries say
    its new migration changes nothing."""
    truth = _truth(cli)
    before = set(os.listdir(tree.path))
    assert cli("check").out == truth  # a real run writes a real cache (wherever it lives)
    assert set(os.listdir(tree.path)) == before  # ... not in the repository
    written = _databases(tree.path, user_cache_home)[-1]
    for name in ("cache-v2.sqlite", "cache-v3.sqlite"):
        forged = tree / ".schemalint_cache" / name
        forged.parent.mkdir(exist_ok=True)
        shutil.copy(written, forged)
        _forge(str(forged))
    r = cli("check")
    assert r.out == truth and r.code == 1


def test_a_configured_cache_in_the_tree_is_authenticated(tree, cli):
    """With cache-dir inside the repository, forged values are misses."""
    tree.write(".schemalint.yaml", "cache-dir: .schemalint_cache\n")
    truth = _truth(cli)
    assert cli("check").out == truth
    (db,) = _databases(tree / ".schemalint_cache")
    _forge(db)
    assert cli("check").out == truth


@pytest.mark.parametrize("table, value", [
    ("results", "not json"), ("results", "[1, 2]"), ("results", json.dumps({"_t": "FileResult", "path": 1})),
    ("runs", "{}"), ("runs", json.dumps({"files": 3})),
    ("files", "[1, 2, 3, 4]"), ("files", json.dumps(["x", "sql", "e", [[1, 2, 3]]])), ("files", "null"),
])
def test_a_corrupted_entry_is_a_miss(tree, cli, table, value):
    """D14: a corrupted row (whatever wrote it) never breaks a run."""
    tree.write(".schemalint.yaml", "cache-dir: .schemalint_cache\n")
    truth = _truth(cli)
    assert cli("check").out == truth
    (db_path,) = _databases(tree / ".schemalint_cache")
    db = sqlite3.connect(db_path)
    with db:
        db.execute(f"UPDATE {table} SET value = ?", (value,))
    db.close()
    for _ in range(2):
        r = cli("check")
        assert (r.code, r.out) == (1, truth), r.err


def test_a_cache_file_that_is_not_a_database_is_replaced(tree, cli):
    tree.write(".schemalint.yaml", "cache-dir: .schemalint_cache\n")
    truth = _truth(cli)
    assert cli("check").out == truth
    (db_path,) = _databases(tree / ".schemalint_cache")
    with open(db_path, "wb") as fh:
        fh.write(b"garbage" * 100)
    for _ in range(2):
        r = cli("check")
        assert (r.code, r.out) == (1, truth), r.err


def test_a_content_edit_keeping_size_and_mtime_is_seen(tree, cli, monkeypatch):
    """D14: the file index keys on more than size and mtime."""
    import schemalint.cache as cache_mod

    monkeypatch.setattr(cache_mod, "SETTLE_NS", 0, raising=False)  # index even brand-new files
    path = tree / "db/migrations/V2__peserta.sql"
    st = os.stat(path)
    assert "ENC001" in cli("check").out
    assert "ENC001" in cli("check").out  # warm
    path.write_text(PESERTA.replace("nik varchar(16)", "kode varchar(9)"))  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(path).st_size == st.st_size and os.stat(path).st_mtime_ns == st.st_mtime_ns
    r = cli("check")
    assert "ENC001" not in r.out and "kode" not in r.out, r.out


def test_configuration_cannot_place_the_cache_outside_the_repository(tree, cli, tmp_path):
    """D14: cache-dir (and baseline) from the tree's configuration stay inside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    for setting in (f"cache-dir: {outside}", "cache-dir: ../outside", f"baseline: {outside}/b.json",
                    "baseline: ../outside/b.json"):
        tree.write(".schemalint.yaml", setting + "\n")
        r = cli("check")
        assert r.code == 2 and "outside" in r.err and "repository" in r.err, (setting, r.err)
        r = cli("baseline")
        assert r.code == 2, (setting, r.err)
        assert os.listdir(outside) == []
    os.symlink(outside, tree / "linked")  # committed symlinks do not escape either
    tree.write(".schemalint.yaml", "cache-dir: linked/cache\n")
    assert cli("check").code == 2 and os.listdir(outside) == []


def test_a_committed_symlink_in_the_cache_directory_is_not_followed(tree, cli, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    cache = tree / ".schemalint_cache"
    cache.mkdir()
    os.symlink(tmp_path / "gitignore-outside", cache / ".gitignore")  # dangling: would be created
    for name in ("cache-v2.sqlite", "cache-v3.sqlite"):
        os.symlink(tmp_path / f"outside-{name}", cache / name)
    os.symlink(victim, cache / "key")
    tree.write(".schemalint.yaml", "cache-dir: .schemalint_cache\n")
    truth = _truth(cli)
    assert cli("check").out == truth
    assert victim.read_text() == "precious\n"
    assert sorted(os.listdir(tmp_path)) == ["project", "victim.txt"]


# --------------------------------------------------------------------------
# Issue 18: the cache keys on the code
# --------------------------------------------------------------------------


def _copy_of_schemalint(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(REPO / "schemalint", src / "schemalint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rulesets", src / "rulesets")
    return src


def _run(src, cwd, *args):
    env = dict(os.environ, PYTHONPATH=str(src))
    return subprocess.run([sys.executable, "-m", "schemalint", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_editing_a_rule_message_changes_the_next_warm_run(tree, tmp_path):
    src = _copy_of_schemalint(tmp_path)
    first = _run(src, tree.path, "check")
    assert first.returncode == 1 and "in plaintext" in first.stdout, first.stderr
    assert _run(src, tree.path, "check").stdout == first.stdout  # warm, from the cache
    rule = src / "schemalint" / "checks" / "enc001_unencrypted_sensitive_column.py"
    text = rule.read_text()
    assert "in plaintext" in text
    rule.write_text(text.replace("in plaintext", "UNPROTECTED"))
    after = _run(src, tree.path, "check")
    assert "UNPROTECTED" in after.stdout and "in plaintext" not in after.stdout


def test_the_code_fingerprint_follows_installed_files(tmp_path):
    """Wheel installs: the RECORD of the distribution; source trees and
    editable installs: every source file's size and mtime; plugins: their
    distribution's version and RECORD."""
    from schemalint.cache import code_fingerprint

    site = tmp_path / "site"
    pkg = site / "schemalint"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("__version__ = '1'\n")
    (pkg / "rule.py").write_text("MESSAGE = 'a'\n")
    source_fp = code_fingerprint(str(pkg), ())
    (pkg / "rule.py").write_text("MESSAGE = 'bb'\n")
    assert code_fingerprint(str(pkg), ()) != source_fp
    info = site / "schemalint-1.dist-info"
    info.mkdir()
    (info / "RECORD").write_text("schemalint/__init__.py,sha256=abc,20\nschemalint/rule.py,sha256=def,14\n")
    wheel_fp = code_fingerprint(str(pkg), ())
    assert code_fingerprint(str(pkg), ()) == wheel_fp
    (info / "RECORD").write_text("schemalint/__init__.py,sha256=abc,20\nschemalint/rule.py,sha256=xyz,14\n")
    assert code_fingerprint(str(pkg), ()) != wheel_fp
    plugin = site / "acme_plugin-1.0.dist-info"
    plugin.mkdir()
    (plugin / "METADATA").write_text("Name: acme-plugin\nVersion: 1.0\n")
    (plugin / "RECORD").write_text("acme/__init__.py,sha256=1,1\n")
    with_plugin = code_fingerprint(str(pkg), (str(plugin),))
    (plugin / "METADATA").write_text("Name: acme-plugin\nVersion: 1.1\n")
    assert code_fingerprint(str(pkg), (str(plugin),)) != with_plugin


@pytest.mark.slow
def test_upgrading_a_plugin_changes_the_next_warm_run(tmp_path):
    site = tmp_path / "site"
    source = tmp_path / "plugin"
    shutil.copytree(REPO / "examples" / "plugin", source,
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))

    def install():
        shutil.rmtree(site, ignore_errors=True)
        p = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
                            str(site), str(source)], capture_output=True, text=True)
        assert p.returncode == 0, p.stdout + p.stderr

    install()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(REPO)]))
    sample = REPO / "examples" / "plugin" / "sample.tabledef"

    def run():
        return subprocess.run([sys.executable, "-m", "schemalint", "check", str(sample)], cwd=tmp_path,
                              env=env, capture_output=True, text=True).stdout

    first = run()
    assert "EX001" in first and run() == first
    rule = next(source.rglob("ex001*.py"))
    text = rule.read_text()
    rule.write_text(text.replace("has no comment", "HAS NO COMMENT"))
    pyproject = source / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('version = "0.1.0"', 'version = "0.2.0"'))
    install()
    assert "HAS NO COMMENT" in run()
