"""Shared test helpers.

``corpus`` gives the path of ../shared/corpus (the real schemas), and skips
the test with a clear reason when it is absent (CI always has it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def user_cache_home(tmp_path_factory) -> Path:
    """schemalint keeps its cache in the user's cache directory
    (``$XDG_CACHE_HOME/schemalint``): tests, and the subprocesses they
    start, use a throw-away one instead of the real home."""
    home = tmp_path_factory.mktemp("xdg-cache")
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(autouse=True, scope="session")
def english_locale():
    """schemalint speaks the locale's language when it has a catalogue for
    it (LANG=id_ID.UTF-8 prints Bahasa Indonesia): the suite's English
    expectations run in a neutral locale whatever the machine's is, and
    tests/test_i18n.py sets the locale where it tests it."""
    from schemalint import i18n

    if i18n.from_locale() is None:
        yield
        return
    old = {v: os.environ.get(v) for v in i18n.LOCALE_VARIABLES}
    for v in i18n.LOCALE_VARIABLES:
        os.environ[v] = "C.UTF-8"
    yield
    for v, value in old.items():
        if value is None:
            os.environ.pop(v, None)
        else:
            os.environ[v] = value


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real-schema corpus not found at {CORPUS} (it sits beside the repository in CI)")
    return CORPUS


def run_cli(*args: str, cwd=None, env=None, input=None):
    """Run ``python -m schemalint`` in a subprocess; returns CompletedProcess."""
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    return subprocess.run([sys.executable, "-m", "schemalint", *args], cwd=cwd, env=e, input=input,
                          capture_output=True, text=True, timeout=600)


def sql_changes(text: str, dialect: str = "postgres", path: str = "t.sql"):
    from schemalint.frontends.sql import parse_sql

    changes, _ = parse_sql(text, path, dialect=dialect)
    return changes


def replay_sql(*texts: str, dialect: str = "postgres"):
    """Replay SQL texts as consecutive migration files 001.sql, 002.sql..."""
    from schemalint.frontends.sql import analyse
    from schemalint.model import FileResult
    from schemalint.replay import replay

    results = []
    for i, text in enumerate(texts, 1):
        path = f"{i:03d}_m.sql"
        changes, stats = analyse(text, path, dialect)
        results.append(FileResult(path, "sql", tuple(changes), dialect=dialect, stats=stats))
    return replay("sql:test", results)
