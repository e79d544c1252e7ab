"""Small formatting helpers shared by the audit formats."""

from __future__ import annotations

from typing import Optional

from ..escape import clean  # noqa: F401 - the audit formats' name for the shared helper


def pct(share: Optional[float]) -> str:
    """A share as the percentage every format prints: one decimal, or
    ``n/a`` when there was nothing to count."""
    return "n/a" if share is None else f"{share * 100:.1f}%"


def figure(d: dict) -> str:
    """``12.3% (4 of 32)`` for a ``{"count", "of", "share"}`` figure."""
    return f"{pct(d['share'])} ({d['count']} of {d['of']})"


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def loc(location) -> str:
    return "" if location is None else f"{location.path}:{location.line}"
