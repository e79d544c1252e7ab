"""What the ACC rules share: ordering the statements that make up an
exposure, and naming columns and roles in messages.  Who can read what is
:mod:`schemalint.access.exposure`; this module only words it."""

from __future__ import annotations

from typing import Iterable, List, Optional, Sequence, Tuple

from ..i18n import _
from ..model import Location
from ..paths import under_directory


def nothing_to_read(ctx) -> bool:
    """Can no access rule find anything here?  Then access control is not
    even imported (a pre-commit run on one migration).  So when the schema
    has no table, or when all of these hold: it has no access statement (a
    grant, revoke, policy, view, function, role or owner: the access state
    is made by the first), configuration exposes no schema
    (``access.exposed-schemas``), and no file lies under a ``supabase/``
    directory (Supabase's API roles read a table without a grant:
    :meth:`schemalint.access.exposure.Access._platform`).  Without them no
    role but the owner reads a table, and there is no view or function."""
    schema = ctx.schema
    if not schema.tables:
        return True
    if getattr(schema, "access", None) is not None or getattr(ctx.config, "exposed_schemas", None):
        return False
    return not any(under_directory(path, "supabase") for path in schema.files)


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
