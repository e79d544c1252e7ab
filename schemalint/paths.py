"""Path helpers every stage shares: how a path is shown, and the order
that sorts ``V2`` before ``V10``.  They live below the stages (the format
specs, the sources and the frontends all use them); :mod:`schemalint.sources`
re-exports them."""

from __future__ import annotations

import os
import re
from typing import Optional, Tuple, Union

_NUM_RE = re.compile(r"(\d+)")


def display_path(abspath: str, cwd: Optional[str] = None) -> str:
    """``abspath`` relative to ``cwd`` (default: the working directory),
    with ``/`` separators."""
    cwd = cwd or os.getcwd()
    try:
        rel = os.path.relpath(abspath, cwd)
    except ValueError:  # another drive on Windows
        rel = abspath
    return rel.replace(os.sep, "/")


def natural_key(text: str) -> Tuple[Union[int, str], ...]:
    """Sort key: digit runs compare as numbers, the rest case-insensitively."""
    return tuple(int(t) if t.isdigit() else t.lower() for t in _NUM_RE.split(text))


#: names of directories that hold migrations (``db/migrate``, ``alembic/versions``,
#: Flyway's ``db/migration``, Liquibase's ``changelog``)
MIGRATION_DIR_NAMES = frozenset(("migration", "migrations", "migrate", "versions", "changelog", "changelogs"))


def under_directory(path: str, name: str) -> bool:
    """Is ``path`` inside a directory called ``name`` (at any depth)?"""
    return name in re.split(r"[\\/]", path)[:-1]
