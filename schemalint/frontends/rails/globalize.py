"""Globalize's translation tables, created by a model class method in a
migration: ``Model.create_translation_table!({title: :string}, {migrate_data:
true, remove_source_columns: true})`` creates ``<model singular>_translations``
(``id``, ``<model singular>_id``, ``locale``, ``created_at``, ``updated_at``
and the given fields; the reference's type, the model's primary key's, is not
known here) and, with ``remove_source_columns``, drops those fields
from the model's table; ``add_translation_fields!`` adds fields to it;
``drop_translation_table!`` drops it.  The model's table is Rails' default
for the class (``Event::Kind``: ``event_kinds``, a class nested in a model).
Followed when the arguments are literals; else an ``unfollowed`` note.
"""

from __future__ import annotations

from typing import List, Optional

from ...model import AddColumn, ColumnDef, CreateTable, DropColumn, DropTable, TableRef
from ...record import replace
from ..inflector import RAILS, underscore
from .columns import _column_def, _timestamp_defs
from .reader import _args, _Ctx, _Env, _loc, _name, _text

METHODS = frozenset({"create_translation_table!", "add_translation_fields!", "drop_translation_table!"})
_OPTIONS = frozenset({"migrate_data", "remove_source_columns", "unique_index"})


def _fields(ctx: _Ctx, value, node) -> Optional[List[ColumnDef]]:
    """``{title: :string, body: {type: :text, limit: 10}}`` as column definitions; None if not literal."""
    if not isinstance(value, dict) or not value:
        return None
    out = []
    for fname, spec in value.items():
        opts = {}
        if isinstance(spec, dict):
            opts = {k: v for k, v in spec.items() if k != "type"}
            spec = spec.get("type")
        ftype = _name(spec)
        if ftype is None:
            return None
        out.append(_column_def(ctx, str(fname), ftype, {**opts, "null": opts.get("null", True)}, node))
    return out


def globalize(ctx: _Ctx, node, env: _Env, recv, name: str) -> None:
    if recv.type not in ("constant", "scope_resolution") or not all(
            p[:1].isupper() for p in _text(recv).split("::")):
        ctx.skip(f"`{_text(recv)[:60]}.{name}` on a computed model; it was not followed", node, "unfollowed")
        return
    singular = "_".join(underscore(p) for p in _text(recv).split("::") if p)
    source, table = TableRef(RAILS.pluralize(singular)), TableRef(f"{singular}_translations")
    loc = _loc(ctx, node)
    pos, opts = _args(ctx, node, env)
    if not pos and opts and name != "drop_translation_table!":
        pos, opts = [(opts, node)], {}  # `create_translation_table!(title: :string)`: the fields hash
    known_opts = set(opts) <= _OPTIONS and all(isinstance(v, bool) for v in opts.values())
    if name == "drop_translation_table!":
        if pos or not known_opts or opts.get("migrate_data"):
            # migrate_data moves the translated columns back to the model's table
            ctx.skip(f"`{_text(recv)}.{name}` with these options (its columns moved back) is not followed",
                     node, "unfollowed")
            return
        ctx.emit(DropTable(table, loc))
        return
    fields = _fields(ctx, pos[0][0], node) if len(pos) == 1 else None
    if fields is None or not known_opts:
        ctx.skip(f"`{_text(recv)}.{name}` with fields or options computed at run time; it was not followed",
                 node, "unfollowed")
        return
    if name == "create_translation_table!":
        pk = _column_def(ctx, "id", "primary_key", {"null": False, "primary_key": True}, node)
        # the reference has the type of the model's primary key, which this file does not say
        ref = _column_def(ctx, f"{singular}_id", "", {"null": False}, node, tname_is_static=False)
        ref = replace(ref, hints={**ref.hints, "type_of": f"{source.name}.id"})
        locale = _column_def(ctx, "locale", "string", {"null": False}, node)
        cols = [pk, ref, locale, *_timestamp_defs(ctx, {"null": False}, node), *fields]
        ctx.emit(CreateTable(table, tuple(cols), loc))
    else:
        for cd in fields:
            ctx.emit(AddColumn(table, cd, loc))
    if opts.get("remove_source_columns"):
        for cd in fields:
            ctx.emit(DropColumn(source, cd.name, loc))
