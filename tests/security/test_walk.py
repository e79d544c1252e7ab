"""D11, D14 (walk): what a checkout's file system can do to the reader.

Symbolic links are resolved and checked against the root on every path
(a directory walk, a named file, the history a named file brings along);
link loops end; FIFOs, sockets and devices are never opened; a directory
that cannot be read is a located failure, not a silent gap."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

from .conftest import PESERTA

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file system features")

SECRET = "SELEKT token_5f3a9c FROM vault;\nCREATE TABLE creds (nik varchar(16));\n"


def _run(cwd, *args):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "schemalint", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.fixture
def leak(project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "creds.sql").write_text(SECRET)
    project.write("db/migrations/001_init.sql", PESERTA)
    os.symlink("../../../outside/creds.sql", project / "db/migrations/002_leak.sql")
    assert (project / "db/migrations/002_leak.sql").read_text() == SECRET
    return project


@pytest.mark.parametrize("args", [("db/migrations/001_init.sql",), ("db/migrations/002_leak.sql",), (".",),
                                  ("db/migrations",)])
def test_a_symlink_out_of_the_repository_is_never_read(leak, cli, args):
    """D11: the pre-commit hook names one migration; its history's sibling
    is a symlink to a file outside the repository."""
    r = cli("check", "--no-cache", "-v", *args)
    assert "token_5f3a9c" not in r.out + r.err and "creds" not in r.out.split("note:")[0]
    assert "outside the repository" in r.out, r.out


def test_follow_links_never_leaves_the_root_and_ends_on_loops(project, tmp_path):
    """D11: ``follow-links: true`` with ``db/up -> ..`` never ended."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.sql").write_text(SECRET)
    project.write("db/V1__a.sql", PESERTA)
    project.write(".schemalint.yaml", "follow-links: true\n")
    os.symlink("..", project / "db" / "up")
    os.symlink(str(outside), project / "db" / "elsewhere")
    os.symlink(".", project / "db" / "self")
    r = _run(project.path, "check", "--no-cache", "-v", "--format", "json")
    assert r.returncode == 1, r.stderr
    assert "token_5f3a9c" not in r.stdout
    import json

    doc = json.loads(r.stdout)
    analysed = [f["path"] for f in doc["files"] if f["state"] == "analysed"]
    assert analysed == ["db/V1__a.sql"]  # once, not once per loop
    assert any("outside" in f["reason"] for f in doc["files"] if f["state"] == "not-input")


@pytest.mark.parametrize("named", [False, True])
def test_a_fifo_is_never_opened(project, named):
    """D14: a FIFO in the tree made the run hang."""
    project.write("db/V1__a.sql", PESERTA)
    os.mkfifo(project / "db" / "V2__b.sql")
    r = _run(project.path, "check", "--no-cache", "-v", *(["db/V2__b.sql", "db/V1__a.sql"] if named else ["."]))
    assert r.returncode == 1 and "ENC001" in r.stdout, r.stderr
    assert "db/V2__b.sql: not an input: not a regular file" in r.stdout


def test_an_unreadable_directory_is_a_located_failure(project, cli, monkeypatch):
    """D14: a directory that cannot be read was skipped silently (simulated:
    the tests may run as root, who reads everything)."""
    project.write("db/V1__a.sql", PESERTA)
    project.write("db/secret/V2__b.sql", PESERTA)
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path).rstrip("/")) == "secret":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = cli("check", "--no-cache")
    assert r.code == 1
    assert "db/secret:1:1: PARSE001" in r.out and "Permission denied" in r.out, r.out
