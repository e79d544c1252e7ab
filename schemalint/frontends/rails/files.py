"""The migration class (``change``/``up``, helper methods) and
``db/schema.rb``'s ``ActiveRecord::Schema.define`` block.
"""

from __future__ import annotations

import re
from typing import Optional

from ...model import Location, Skipped
from .migration import _statements
from .reader import _NOOP_CALLS, _block_body, _block_of, _call_name, _Ctx, _Env, _loc, _text

# Files
# --------------------------------------------------------------------------


def _superclass_text(cls) -> str:
    sc = cls.child_by_field_name("superclass")
    if sc is None:
        return ""
    return _text(sc).lstrip("<").strip()


def _class_name(cls) -> str:
    n = cls.child_by_field_name("name")
    return _text(n) if n is not None else ""


def _iter_classes(root):
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "class":
            yield n
        if n.type in ("program", "module", "class", "body_statement"):
            stack.extend(reversed(n.named_children))


def _migration_version(superclass: str) -> Optional[float]:
    m = re.search(r"\[\s*(\d+(?:\.\d+)?)\s*\]", superclass)
    if m:
        try:
            return float(m.group(1))
        except ValueError:
            return None
    return None


def _parse_migration(ctx: _Ctx, root) -> None:
    classes = [c for c in _iter_classes(root) if "Migration" in _superclass_text(c)]
    if not classes:
        schema_call = _find_schema_define(root)
        if schema_call is not None:
            _parse_schema(ctx, schema_call)
            return
        ctx.changes.append(Skipped("no ActiveRecord migration class or schema definition found in this file",
                                   Location(ctx.path, 1, 1)))
        return
    for cls in classes:
        version = _migration_version(_superclass_text(cls))
        ctx.version = version if version is not None else 4.2  # unversioned: Rails < 5
        body = cls.child_by_field_name("body")
        if body is None:
            continue
        directions = []
        for st in body.named_children:
            if st.type == "method":
                mname = _text(st.child_by_field_name("name"))
                if mname in ("change", "up"):
                    directions.append(st)
                elif mname == "down":
                    ctx.noop += 1
                else:
                    ctx.methods[mname] = st
            elif st.type == "singleton_method":
                mname = _text(st.child_by_field_name("name"))
                if mname == "up":
                    directions.append(st)
                elif mname == "down":
                    ctx.noop += 1
                else:
                    ctx.methods[mname] = st
            elif st.type == "assignment":
                left = st.child_by_field_name("left")
                if left is not None and left.type in ("constant", "instance_variable"):
                    ctx.constants[_text(left)] = st.child_by_field_name("right")
            elif st.type in ("identifier", "call"):
                name = _text(st) if st.type == "identifier" else _call_name(st)
                if name in _NOOP_CALLS:
                    ctx.noop += 1
                elif name in ("include", "extend", "require", "private", "protected", "public"):
                    ctx.noop += 1
                else:
                    ctx.skip(f"class-level `{name}` in a migration is not understood", st)
            elif st.type == "comment":
                continue
        if not directions:
            ctx.changes.append(Skipped(f"migration {_class_name(cls)} has no change/up method",
                                       _loc(ctx, cls), "noop"))
            ctx.noop += 1
            continue
        for meth in directions:
            _statements(ctx, meth.child_by_field_name("body"), _Env())


def _find_schema_define(root):
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "call" and _call_name(n) == "define":
            recv = n.child_by_field_name("receiver")
            if recv is not None and "Schema" in _text(recv) and _block_of(n) is not None:
                return n
        if n.type in ("program", "body_statement", "module", "class"):
            stack.extend(reversed(n.named_children))
    return None


def _parse_schema(ctx: _Ctx, call) -> None:
    recv = call.child_by_field_name("receiver")
    version = _migration_version(_text(recv)) if recv is not None else None
    ctx.version = version if version is not None else 5.2
    ctx.statements += 1
    _statements(ctx, _block_body(_block_of(call)), _Env())
