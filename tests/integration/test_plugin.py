"""Extensibility: examples/plugin is a real installable package; once
installed it adds a frontend, a rule and a ruleset through entry points,
without any change to schemalint."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_installed_plugin_adds_a_frontend_a_rule_and_a_ruleset(tmp_path):
    site = tmp_path / "site"
    # build from a copy: a setuptools build leaves build/ and *.egg-info/ behind
    source = tmp_path / "plugin"
    shutil.copytree(REPO / "examples" / "plugin", source,
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(source)],
        capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(REPO)]))
    sample = REPO / "examples" / "plugin" / "sample.tabledef"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "schemalint", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True)

    rules = run("rules")
    assert "EX001" in rules.stdout and "table-without-comment" in rules.stdout

    res = run("check", str(sample), "--ruleset", "example", "--no-cache", "-v")
    out = res.stdout
    assert res.returncode == 1, out + res.stderr
    # the plugin frontend read the file, located to its lines
    assert "read as tabledef" in out
    assert "sample.tabledef:3:11: ENC001 [gov_id.nik]" in out
    # the plugin rule ran
    assert "EX001" in out and "pelanggan" in out
    # the plugin ruleset (extends the default) classifies its own vocabulary
    assert "[credential." in out and "kode_rahasia" in out

    # the plugin's spec groups a project's files into one history, joins
    # its local additions, and a named file brings the rest of its history
    demo = REPO / "examples" / "plugin" / "demo"
    res = run("check", str(demo), "--no-cache", "--output-format", "json")
    data = json.loads(res.stdout)
    assert data["summary"]["histories"] == 1 and data["summary"]["tables"] == 1, data["summary"]
    assert data["summary"]["columns"] == 4
    nik = [f for f in data["findings"] if f["column"] == "nik" and f["code"] == "ENC001"]
    assert nik and nik[0]["location"]["path"].endswith("demo/local.tabledef")
    named = run("check", str(demo / "schema" / "002_kontak.tabledef"), "--no-cache", "--output-format", "json")
    assert json.loads(named.stdout)["summary"]["columns"] == 3  # the shared history, not the local file

    # without the plugin installed, the same file is not an input
    env_plain = dict(os.environ, PYTHONPATH=str(REPO))
    plain = subprocess.run([sys.executable, "-m", "schemalint", "check", str(sample), "--no-cache"],
                           cwd=tmp_path, env=env_plain, capture_output=True, text=True)
    assert "EX001" not in plain.stdout and "ENC001" not in plain.stdout
