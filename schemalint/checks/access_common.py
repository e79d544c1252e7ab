"""What the ACC rules share: ordering the statements that make up an
exposure, and naming columns and roles in messages.  Who can read what is
:mod:`schemalint.access.exposure`; this module only words it."""

from __future__ import annotations

from typing import Iterable, List, Optional, Sequence, Tuple

from ..i18n import _
from ..model import Location


def completed_at(ctx, locations: Iterable[Optional[Location]]) -> Optional[Location]:
    """The latest of ``locations`` in replay order: the statement that
    completed an exposure made of several (a grant, a membership, a policy,
    the column)."""
    locs = [loc for loc in locations if loc is not None and not loc.path.startswith("<")]
    return max(locs, key=ctx.order) if locs else None


def earliest(ctx, locations: Iterable[Optional[Location]]) -> Optional[Location]:
    locs = [loc for loc in locations if loc is not None and not loc.path.startswith("<")]
    return min(locs, key=ctx.order) if locs else None


def related(where: Location, locations: Iterable[Optional[Location]]) -> Tuple[Location, ...]:
    out: List[Location] = []
    for loc in locations:
        if loc is not None and loc != where and not loc.path.startswith("<") and loc not in out:
            out.append(loc)
    return tuple(out)


def columns_text(ctx, pairs: Sequence[Tuple[str, object]], limit: int = 5) -> str:
    """``nik (NIK (national ID number)), diagnosa (diagnosis)``."""
    seen: List[str] = []
    parts = []
    for name, cat in pairs:
        if name.lower() in seen:
            continue
        seen.append(name.lower())
        parts.append(f"{name} ({ctx.label(cat)})")
    shown = ", ".join(parts[:limit])
    return shown + (_(" and {count} more").format(count=len(parts) - limit) if len(parts) > limit else "")
