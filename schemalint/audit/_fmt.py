"""Small formatting helpers shared by the audit formats."""

from __future__ import annotations

from typing import Optional

from ..escape import clean  # noqa: F401 - the audit formats' name for the shared helper
from ..i18n import _


def pct(share: Optional[float]) -> str:
    """A share as the percentage every format prints: one decimal, or
    ``n/a`` when there was nothing to count."""
    return "n/a" if share is None else f"{share * 100:.1f}%"


def figure(d: dict) -> str:
    """``12.3% (4 of 32)`` for a ``{"count", "of", "share"}`` figure."""
    return _("{share} ({count} of {total})").format(share=pct(d["share"]), count=d["count"], total=d["of"])


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def loc(location) -> str:
    return "" if location is None else f"{location.path}:{location.line}"


def readers(c, limit: int = 6) -> str:
    """Who can read a high-risk column, for one cell: ``anon (through view
    v, every row); PUBLIC (granted at x.sql:3)``; '' for a column the
    access question is not asked of."""
    if c.readers is None:
        return ""
    if not c.readers:
        return _("no grant in the replayed files (its owner and superusers)")
    ordered = sorted(c.readers, key=lambda r: not (r.anonymous and r.rows == "all"))  # the exposures first
    shown = [r.describe() + (_(" [anonymous]") if r.anonymous else "") for r in ordered[:limit]]
    more = len(c.readers) - limit
    return "; ".join(shown) + (_("; and {count} more").format(count=more) if more > 0 else "")
