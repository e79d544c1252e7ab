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


def detect(path: str, head: str) -> Tuple[Optional[str], str]:
    """Return ``(format, evidence)``; format None means "not an input",
    with the reason as evidence.  ``head`` is the decoded start of the
    file (detection never needs more than 64 KiB)."""
    return formats.detect(path, head)
