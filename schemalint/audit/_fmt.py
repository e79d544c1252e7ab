"""Small formatting helpers shared by the audit formats."""

from __future__ import annotations

import re
from typing import Optional

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pct(share: Optional[float]) -> str:
    """A share as the percentage every format prints: one decimal, or
    ``n/a`` when there was nothing to count."""
    return "n/a" if share is None else f"{share * 100:.1f}%"


def figure(d: dict) -> str:
    """``12.3% (4 of 32)`` for a ``{"count", "of", "share"}`` figure."""
    return f"{pct(d['share'])} ({d['count']} of {d['of']})"


def clean(text) -> str:
    """Untrusted text (schema names, comments) made safe for a terminal
    or a one-line cell: control characters (ANSI escapes, carriage
    returns, newlines) become ``\\xNN``."""
    text = str(text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\n", " ").replace("\t", " "))


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
        return "no grant in the replayed files (its owner and superusers)"
    ordered = sorted(c.readers, key=lambda r: not (r.anonymous and r.rows == "all"))  # the exposures first
    shown = [r.describe() + (" [anonymous]" if r.anonymous else "") for r in ordered[:limit]]
    more = len(c.readers) - limit
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
