"""Helpers for the attack regression tests (issue 16): a throw-away
project written file by file, the in-process CLI and git repositories of
the CI-gate tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gate.conftest import Repo, Result, cli, git, repo, sarif_validator  # noqa: F401 - fixtures

#: a table the default ruleset reports (ENC001 on nik, RET001, MIN001...)
PESERTA = ("CREATE TABLE peserta (id int PRIMARY KEY, nama varchar(100), nik varchar(16), "
           "tanggal_lahir date);\n")


class Project:
    """A directory of input files; ``write`` creates parents."""

    def __init__(self, path: Path):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)

    def write(self, rel: str, text: str) -> Path:
        p = self.path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return p

    def __truediv__(self, rel: str) -> Path:
        return self.path / rel


@pytest.fixture
def project(tmp_path, monkeypatch) -> Project:
    p = Project(tmp_path / "project")
    monkeypatch.chdir(p.path)
    return p


def codes(out: str):
    """Rule codes of the text report's finding lines."""
    found = []
    for line in out.splitlines():
        parts = line.split(": ", 2)
        if len(parts) >= 2 and parts[1][:3].isalpha() and parts[1].split(" ")[0][-3:].isdigit():
            found.append(parts[1].split(" ")[0])
    return found
