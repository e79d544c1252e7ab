"""The migration class (``change``/``up``, helper methods) and
``db/schema.rb``'s ``ActiveRecord::Schema.define`` block.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from ...model import Location, Skipped
from .migration import _statements
from .reader import _NOOP_CALLS, _args, _block_body, _block_of, _call_name, _Ctx, _Env, _loc, _name, _text

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


def _full_name(cls) -> str:
    """The class's name with the modules and classes around it
    (``module A; class B`` and ``class A::B`` are both ``A::B``)."""
    parts = [_class_name(cls)]
    p = cls.parent
    while p is not None:
        if p.type in ("module", "class"):
            n = p.child_by_field_name("name")
            if n is not None:
                parts.append(_text(n))
        p = p.parent
    return "::".join(reversed(parts)).lstrip(":")


#: class-level calls that define or rebind methods at run time: what the
#: class runs cannot be known without running it
_REBINDING_CALLS = frozenset({
    "class_eval", "class_exec", "module_eval", "module_exec", "instance_eval", "instance_exec",
    "send", "public_send", "__send__", "prepend", "define_singleton_method", "instance_method",
})


def _parse_migration(ctx: _Ctx, root) -> None:
    all_classes = list(_iter_classes(root))
    classes = [c for c in all_classes if "Migration" in _superclass_text(c)]
    if not classes:
        schema_call = _find_schema_define(root)
        if schema_call is not None:
            _parse_schema(ctx, schema_call)
            return
        ctx.changes.append(Skipped("no ActiveRecord migration class or schema definition found in this file",
                                   Location(ctx.path, 1, 1)))
        return
    done = set()
    for cls in classes:
        name = _full_name(cls)
        if name in done:
            continue
        done.add(name)
        version = _migration_version(_superclass_text(cls))
        ctx.version = version if version is not None else 4.2  # unversioned: Rails < 5
        # Ruby reopens a class: every body of it in this file, in file order,
        # defines its methods (the last definition of a name wins)
        bodies = [b for b in (c.child_by_field_name("body") for c in all_classes if _full_name(c) == name)
                  if b is not None]
        methods, singles, includes = _method_table(ctx, bodies)
        ctx.methods = {**singles, **methods}
        directions = sorted((m for m in (methods.get("change"), methods.get("up"), singles.get("up"))
                             if m is not None), key=lambda m: m.start_byte)
        if "down" in methods or "down" in singles:
            ctx.noop += 1
        if not directions:
            if includes:
                ctx.skip(f"migration {_class_name(cls)} has no change/up method of its own: the module it "
                         f"includes may define one, which is not followed", includes[0], "unfollowed")
                continue
            ctx.changes.append(Skipped(f"migration {_class_name(cls)} has no change/up method",
                                       _loc(ctx, cls), "noop"))
            ctx.noop += 1
            continue
        for meth in directions:
            _statements(ctx, meth.child_by_field_name("body"), _Env())


def _literal_names(ctx: _Ctx, call) -> List[Optional[str]]:
    pos, _opts = _args(ctx, call, _Env())
    return [_name(v) for v, _n in pos]


def _method_table(ctx: _Ctx, bodies):
    """The methods a migration class ends up with, read from its bodies in
    order as Ruby defines them: ``def`` (instance) and ``def self.`` (class
    methods), ``alias``/``alias_method`` (the new name is the old name's
    current body), ``define_method(:name) { ... }`` (the block is the body),
    ``remove_method``/``undef_method``/``undef``.  A rebinding whose names
    are not literals is an ``unfollowed`` note.  Returns the instance and
    class method tables (name -> ``method`` node or block) and the
    ``include``/``extend`` calls (a module may bring methods)."""
    methods: Dict[str, Any] = {}
    singles: Dict[str, Any] = {}
    includes: List[Any] = []
    for body in bodies:
        for st in body.named_children:
            if st.type == "method":
                methods[_text(st.child_by_field_name("name"))] = st
            elif st.type == "singleton_method":
                singles[_text(st.child_by_field_name("name"))] = st
            elif st.type == "assignment":
                left = st.child_by_field_name("left")
                if left is not None and left.type in ("constant", "instance_variable"):
                    ctx.constants[_text(left)] = st.child_by_field_name("right")
            elif st.type == "alias":
                new, old = st.child_by_field_name("name"), st.child_by_field_name("alias")
                _rebind(ctx, methods, st, [_text(new).lstrip(":") if new is not None else None,
                                           _text(old).lstrip(":") if old is not None else None])
            elif st.type == "undef":
                for n in st.named_children:
                    methods.pop(_text(n).lstrip(":"), None)
            elif st.type in ("identifier", "call"):
                _class_call(ctx, st, methods, includes)
    return methods, singles, includes


def _rebind(ctx: _Ctx, methods: Dict[str, Any], st, names) -> None:
    """``alias_method :new, :old``: ``new`` is ``old``'s body as it is now."""
    if len(names) != 2 or names[0] is None or names[1] is None:
        ctx.skip("`alias_method` with names that are not literals: which method it binds is not followed",
                 st, "unfollowed")
    elif names[1] in methods:
        methods[names[0]] = methods[names[1]]
    elif names[0] in ("change", "up"):
        ctx.skip(f"`{names[0]}` is an alias of `{names[1]}`, which this class does not define; it was not "
                 f"followed", st, "unfollowed")


def _class_call(ctx: _Ctx, st, methods: Dict[str, Any], includes: List[Any]) -> None:
    name = _text(st) if st.type == "identifier" else _call_name(st)
    if name == "alias_method":
        _rebind(ctx, methods, st, _literal_names(ctx, st))
    elif name == "define_method":
        names = _literal_names(ctx, st)
        block = _block_of(st)
        if not names or names[0] is None or block is None or len(names) > 1:
            ctx.skip("`define_method` without a literal name and a block: the method it defines is not "
                     "followed", st, "unfollowed")
        else:
            methods[str(names[0])] = block
    elif name in ("remove_method", "undef_method"):
        for n in _literal_names(ctx, st):
            if n is None:
                ctx.skip(f"`{name}` with a name that is not a literal is not followed", st, "unfollowed")
            else:
                methods.pop(n, None)
    elif name in _NOOP_CALLS or name in ("require", "private", "protected", "public"):
        ctx.noop += 1
    elif name in ("include", "extend"):
        includes.append(st)
        ctx.noop += 1
    elif name in _REBINDING_CALLS:
        ctx.skip(f"class-level `{name}` in a migration may define its methods at run time; it was not "
                 f"followed", st, "unfollowed")
    else:
        ctx.skip(f"class-level `{name}` in a migration is not understood", st)


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
