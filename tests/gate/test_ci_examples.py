"""The ready-to-copy CI files in docs/ci/ run: this test parses them,
takes the schemalint commands their steps run, and executes them in a
throw-away repository (the issue's scenario) with the CI variables
substituted, so the documentation cannot rot."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from xml.etree import ElementTree as ET

import pytest
import yaml

from .conftest import GIT_ENV, REPO, assert_valid_sarif
from .test_diffbase import scenario

DOCS = REPO / "docs" / "ci"


@pytest.fixture
def shim(tmp_path):
    """A ``schemalint`` executable that runs this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "schemalint"
    exe.write_text(f"#!/bin/sh\nPYTHONPATH={REPO}${{PYTHONPATH:+:$PYTHONPATH}} exec {sys.executable} "
                   f"-m schemalint \"$@\"\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return bin_dir


def schemalint_commands(script_lines):
    """Commands that run schemalint (installation steps excluded)."""
    return [s for s in script_lines if re.search(r"(^|\s)schemalint\s", s) and "pip install" not in s]


def sh(command, cwd, env):
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_github_actions_workflow(repo, shim, tmp_path, sarif_validator):
    wf = yaml.safe_load((DOCS / "github-actions.yml").read_text())
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` as True
    paths = on["pull_request"]["paths"]
    assert any("migrations" in p for p in paths)
    steps = wf["jobs"]["schemalint"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    assert checkout["with"]["persist-credentials"] is False  # docs/security.md
    assert "pull_request_target" not in on  # the pull request's files are read, never run with secrets
    assert all(_pinned(s["run"]) for s in steps if "pip install" in s.get("run", ""))
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "always()" in upload["if"]
    assert wf["permissions"]["security-events"] == "write"
    runs = [s["run"] for s in steps if "run" in s]
    commands = schemalint_commands(runs)
    assert commands and any("--diff-base" in c and "--output-format github" in c for c in commands)
    assert all("--base-config" in c for c in commands)

    scenario(repo)
    repo.git("update-ref", "refs/remotes/origin/main", "main")  # what actions/checkout fetches
    summary = tmp_path / "step-summary.md"
    env = dict(os.environ, **GIT_ENV, PATH=f"{shim}{os.pathsep}{os.environ['PATH']}",
               GITHUB_STEP_SUMMARY=str(summary))
    for command in commands:
        command = command.replace("${{ github.base_ref }}", "main")
        assert "${{" not in command, command
        r = sh(command, repo.path, env)
        assert r.returncode == 1, r.stderr  # the new npwp finding fails the step
        cmds = [ln for ln in r.stdout.splitlines() if ln.startswith("::")]
        assert len(cmds) == 1 and cmds[0].startswith("::error file=migrations/V2__add_npwp.sql,")
    sarif_path = repo.path / upload["with"]["sarif_file"]
    doc = json.loads(sarif_path.read_text())
    assert_valid_sarif(sarif_validator, doc)
    assert [r["properties"]["column"] for r in doc["runs"][0]["results"]] == ["npwp"]
    md = summary.read_text()
    assert "| `peserta` | `gov_id.npwp` | 1 | ENC001 |" in md


def test_gitlab_ci_job(repo, shim, tmp_path):
    doc = yaml.safe_load((DOCS / "gitlab-ci.yml").read_text())
    job = doc["schemalint"]
    assert any("merge_request_event" in rule.get("if", "") for rule in job["rules"])
    assert job["variables"]["GIT_DEPTH"] == 0
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    commands = schemalint_commands(job["script"])
    assert commands and all("--diff-base" in c and "--base-config" in c for c in commands)
    assert all(_pinned(line) for line in job["before_script"] if "pip install" in line)

    base = scenario(repo)
    env = dict(os.environ, **GIT_ENV, PATH=f"{shim}{os.pathsep}{os.environ['PATH']}",
               CI_MERGE_REQUEST_DIFF_BASE_SHA=base, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main")
    for command in commands:
        r = sh(command, repo.path, env)
        assert r.returncode == 1, r.stderr
        assert "npwp" in r.stdout and "Found 1 finding" in r.stdout
    issues = json.loads((repo.path / reports["codequality"]).read_text())
    assert [(i["check_name"].split()[0], i["location"]["path"]) for i in issues] == [
        ("ENC001", "migrations/V2__add_npwp.sql")]
    junit = ET.parse(repo.path / reports["junit"]).getroot()
    assert junit.get("failures") == "1"


def _pinned(command: str) -> bool:
    """A pip install of one exact schemalint release (docs/security.md)."""
    return re.search(r"schemalint==\d+(\.\d+)+", command) is not None


def test_ci_doc_links_the_examples():
    text = (REPO / "docs" / "ci.md").read_text()
    for name in ("ci/github-actions.yml", "ci/gitlab-ci.yml"):
        assert name in text
        assert (REPO / "docs" / name).is_file()
