"""Existence guards of a Rails migration: ``add_column ... unless
column_exists?(...)`` adds only if the column is absent, ``remove_column
... if column_exists?(...)`` removes only if it is present (the replay's
``IF NOT EXISTS``/``IF EXISTS``)."""

from __future__ import annotations

import re

from ...model import AddColumn, AlterColumn, CreateTable, DropColumn, Skipped
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


#: the literal table and column of ``column_exists?(:t, :c)``
_COLUMN_GUARD = re.compile(
    r"^(?:!\s*|not\s+)?\(?\s*(?:connection\.)?column_exists\?[\s(]\s*"
    r"[:\"']?(?P<table>\w+)[\"']?\s*,\s*[:\"']?(?P<column>\w+)[\"']?\s*\)?\s*\)?$")


def column_guard(cond: str) -> bool:
    """Is ``cond`` a whole ``column_exists?(:t, :c)`` with literal names?"""
    return _COLUMN_GUARD.match(cond) is not None


def _on(ch, table: str, column: str) -> bool:
    name = ch.column.name if isinstance(ch, AddColumn) else getattr(ch, "column", None)
    return ch.table.name == table and ch.table.schema is None and name == column


def guarded_else(ctx, before: int, mid: int, kind: str, cond: str) -> bool:
    """``if column_exists?(:t, :c) <then> else <else> end``: the branch the
    replayed schema selects.  Exact when each branch changes only ``t.c``:
    the branch run when the column is present only alters it (an
    ``AlterColumn``: no column, nothing to alter), the one run when it is
    absent only adds it (``if_not_exists``).  The present branch is put
    first, so the added column is not altered by the other branch.  False
    (nothing changed) for any other shape: the caller notes it."""
    m = _COLUMN_GUARD.match(cond)
    if m is None:
        return False
    table, column = m.group("table"), m.group("column")
    negated = cond.lstrip().startswith(("!", "not"))
    then_present = (kind == "if") != negated
    then, other = ctx.changes[before:mid], ctx.changes[mid:]
    present, absent = (then, other) if then_present else (other, then)
    if not all(isinstance(ch, AlterColumn) and _on(ch, table, column) for ch in present):
        return False
    if not all(isinstance(ch, AddColumn) and _on(ch, table, column) for ch in absent):
        return False
    ctx.changes[before:] = list(present) + [replace(ch, if_not_exists=True) for ch in absent]
    return True
