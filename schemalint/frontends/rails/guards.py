"""Existence guards of a Rails migration: ``add_column ... unless
column_exists?(...)`` adds only if the column is absent, ``remove_column
... if column_exists?(...)`` removes only if it is present (the replay's
``IF NOT EXISTS``/``IF EXISTS``)."""

from __future__ import annotations

import re

from ...model import AddColumn, CreateTable, DropColumn, Skipped
from ...record import replace

#: ``column_exists?(...)``/``table_exists?(...)``, negated or not, as a whole condition
_EXISTS_GUARD = re.compile(r"^(?P<neg>!\s*|not\s+)?\(?\s*(?:connection\.)?(?:column|table)_exists\?[\s(]")


def guarded(ctx, before: int, kind: str, cond: str) -> bool:
    """The changes an existence guard's body made, as the guard makes them:
    ``add_column ... unless column_exists?(...)`` adds only if absent, and
    ``remove_column ... if column_exists?(...)`` removes only if present.
    True when the guard says all there is to say about the body (every change
    in it is one of those); False when ``cond`` is no such guard or the body
    does more (the caller notes the condition as not evaluated)."""
    m = _EXISTS_GUARD.match(cond)
    if m is None:
        return False
    absent = (kind == "unless") != bool(m.group("neg"))
    whole = True
    for i in range(before, len(ctx.changes)):
        ch = ctx.changes[i]
        if absent and isinstance(ch, (AddColumn, CreateTable)):
            ctx.changes[i] = replace(ch, if_not_exists=True)
        elif not absent and isinstance(ch, DropColumn):
            ctx.changes[i] = replace(ch, if_exists=True)
        elif not isinstance(ch, Skipped):
            whole = False
    return whole
