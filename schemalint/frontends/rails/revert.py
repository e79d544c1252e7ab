"""``revert do ... end``: the block's changes undone, last first, as
Rails' command recorder inverts them -- a removal that says what it removed
(``remove_column`` with a type, ``drop_table`` with a block) is added back;
what the block does not spell out is an ``unfollowed`` note at the change.
"""

from __future__ import annotations

from typing import Any, List, Optional

from ...model import (
    AddColumn,
    AddConstraint,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    RenameColumn,
    RenameTable,
    Skipped,
)
from .columns import _column_def, _index_constraints
from .reader import _Ctx, _loc, _table_ref


def _undo_block(ctx: _Ctx, start: int, node) -> None:
    """Replace the changes a ``revert`` block made since ``start`` by their
    inverses, last first (the block's own notes are kept)."""
    done = ctx.changes[start:]
    del ctx.changes[start:]
    for ch in done:
        if isinstance(ch, Skipped):
            ctx.changes.append(ch)  # what the block itself could not follow
    for ch in reversed(done):
        if isinstance(ch, Skipped):
            continue
        inverse = ctx.inverses.pop(id(ch), None)
        if inverse is not None and inverse[0] is ch:
            for undone in inverse[1]:  # a removal that says what it removed: added back
                ctx.emit(undone)
            continue
        undone = _undo(ch)
        if undone is None:
            where = getattr(ch, "location", None) or _loc(ctx, node)
            ctx.changes.append(Skipped(f"`revert`: {type(ch).__name__} of {_what(ch)} cannot be undone from "
                                       f"the block alone; it was not followed", where, "unfollowed"))
        else:
            ctx.emit(undone)


def _undo(ch):
    if isinstance(ch, CreateTable):
        return DropTable(ch.table, ch.location)
    if isinstance(ch, AddColumn):
        return DropColumn(ch.table, ch.column.name, ch.location)
    if isinstance(ch, RenameColumn):
        return RenameColumn(ch.table, ch.new, ch.old, ch.location)
    if isinstance(ch, RenameTable):
        return RenameTable(ch.new, ch.old, ch.location)
    if isinstance(ch, AddConstraint):
        c = ch.constraint
        return DropConstraint(ch.table, c.location, c.name, c.kind, c.columns)
    return None


def _what(ch) -> str:
    table = getattr(ch, "table", None) or getattr(ch, "old", None)
    return f"'{table.name}'" if table is not None else "a table"


def _readd(ctx: _Ctx, tname: str, cols: List[str], ctype: Optional[str], opts, node):
    """What ``revert`` replays for a removal given its type
    (``remove_column :t, :c, :string, **opts``, ``remove_columns :t, :a,
    type: :string``): Rails' inverse, ``add_column`` of each column with
    that type and options; None without a type (Rails cannot revert it)."""
    if not ctx.reverting or ctype is None:
        return None
    out: List[Any] = []
    for cname in cols:
        out.append(AddColumn(_table_ref(tname), _column_def(ctx, cname, ctype, opts, node), _loc(ctx, node)))
        out.extend(AddConstraint(_table_ref(tname), con)
                   for con in _index_constraints(ctx, tname, [cname], opts.get("index"), node))
    return out
