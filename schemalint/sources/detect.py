"""Decide each file's format from its path and a sniff of its content.

Detection is cheap (no frontend is imported) and explainable: it returns
the format and the evidence, or None and the reason the file is not an
input.  What each format looks like is declared in its spec
(:mod:`schemalint.formats`); configuration globs (``[tool.schemalint]
formats = {"db/*.sql" = "sql"}``) override detection.
"""

from __future__ import annotations

from typing import Optional, Tuple

from .. import formats


def candidate_suffixes() -> Tuple[str, ...]:
    """File endings that may hold schema or migration text.  In a
    directory walk, other files are not inputs; named explicitly, they are
    reported."""
    return formats.suffixes()


Detection = Tuple[Optional[str], str]


#: directory names that hold migrations: a file directly in one that no
#: frontend recognises may hide schema changes (see :func:`expected_input`)
MIGRATION_DIRS = frozenset({"migrations", "migration", "migrate", "versions", "changelog", "changelogs"})
#: directories whose files are evidence only (models): not migrations
_EVIDENCE_DIRS = frozenset({"models"})


def detect(path: str, text: str) -> Detection:
    """Return ``(format, evidence)``; format None means "not an input",
    with the reason as evidence.  ``text`` is the decoded file, all of it
    (a migration padded with 70 KB of docstring is still one)."""
    return formats.detect(path, text)


def expected_input(path: str, size: int, explicit: bool) -> bool:
    """Should a file that no frontend recognises have been an input?  It
    sits in a migrations directory, or it was named on the command line
    (outside a models directory: the pre-commit hook names model files,
    which are inputs only when they carry encryption evidence).  Package
    markers (``__init__.py``) and empty files are not."""
    parts = path.lower().split("/")
    if parts[-1] == "__init__.py" or size == 0:
        return False
    if len(parts) > 1 and parts[-2] in MIGRATION_DIRS:  # directly in it (helpers live in subdirectories)
        return True
    return explicit and not any(p in _EVIDENCE_DIRS for p in parts[:-1])
