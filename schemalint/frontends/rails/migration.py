"""The migration DSL: statements, wrappers and loops, and one handler per
migration method (``_HANDLERS``: ``create_table``, ``add_column``,
``add_index``...) and per ``t.*`` table method (:func:`_table_op`).
"""

from __future__ import annotations

import os
from typing import Any, Dict, List, Optional

from ...model import (
    AddColumn,
    AddConstraint,
    AlterColumn,
    ColumnDef,
    Constraint,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    ForeignKeyRef,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
    TableRef,
)
from ...record import replace
from ..inflector import RAILS
from .blocks import ONCE_BLOCKS as _ONCE_BLOCKS
from .blocks import passes_self as _passes_self
from .blocks import schema_calls as _schema_calls
from .blocks import schema_verb as _schema_verb
from .blocks import unknown_class_call as _unknown_class_call
from .columns import (
    COLUMN_METHODS,
    _column_def,
    _index_constraints,
    _reference_defs,
    _timestamp_defs,
    foreign_key_name,
    index_name,
    rails_type,
)
from .datacode import _is_data_code, _is_data_stmt, _receiver_is_connection
from .execute import _h_execute
from .globalize import METHODS as _GLOBALIZE
from .globalize import globalize as _globalize
from .guards import column_guard as _column_guard
from .guards import guarded as _guarded
from .guards import guarded_else as _guarded_else
from .reader import (
    _NOOP_CALLS,
    _QUERY_CALLS,
    _VIEW_CALLS,
    _WRAPPER_BLOCKS,
    _args,
    _block_body,
    _block_of,
    _block_params,
    _call_name,
    _CallView,
    _comment_value,
    _Ctx,
    _Env,
    _lit,
    _loc,
    _name,
    _names,
    _table_ref,
    _TableBlock,
    _text,
)
from .revert import _readd, _undo_block

# --------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------

_SKIP_NODE_TYPES = frozenset({"comment", "heredoc_body", "rescue", "ensure", "empty_statement",
                              "else"})


def _statements(ctx: _Ctx, body, env: _Env) -> None:
    if body is None:
        return
    for st in body.named_children:
        if st.type in _SKIP_NODE_TYPES:
            continue
        _stmt(ctx, st, env)
        if st.type == "return":
            break  # what follows never runs


def _stmt(ctx: _Ctx, node, env: _Env) -> None:
    t = node.type
    if t == "call":
        _call(ctx, node, env)
    elif t == "identifier":
        _call(ctx, node, env, bare=True)
    elif t == "assignment":
        _assignment(ctx, node, env)
    elif t in ("if", "unless", "if_modifier", "unless_modifier"):
        _conditional(ctx, node, env)
    elif t in ("begin", "parenthesized_statements", "then", "block_body", "body_statement"):
        _statements(ctx, node, env)
    elif t in ("while_modifier", "until_modifier") and _is_data_stmt(node.child_by_field_name("body")):
        ctx.noop += 1
    elif t in ("while", "until", "for", "while_modifier", "until_modifier"):
        ctx.skip("loop: the statements inside are not followed (they run a computed number of times)",
                 node)
    elif t == "case":
        ctx.skip("case statement: its branches are not followed", node)
    elif t in ("return", "next", "break", "redo", "retry"):
        ctx.noop += 1
    elif t in ("method", "singleton_method"):
        ctx.noop += 1  # a definition inside a body: not called here
    elif t in ("string", "integer", "simple_symbol", "nil", "true", "false", "constant",
               "scope_resolution", "operator_assignment"):
        ctx.noop += 1
    else:
        ctx.skip(f"Ruby construct `{t}` is not understood; it was not followed", node)


def _assignment(ctx: _Ctx, node, env: _Env) -> None:
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is not None and left.type in ("identifier", "instance_variable") and right is not None:
        env.vars[_text(left)] = right
    elif left is not None and left.type == "constant" and right is not None:
        ctx.constants[_text(left)] = right
    if right is not None and right.type == "call" and _call_name(right) in ("execute", "exec_query"):
        _call(ctx, right, env)  # x = execute("...") still runs the SQL
        return
    ctx.noop += 1


def _conditional(ctx: _Ctx, node, env: _Env) -> None:
    kind = node.type.split("_")[0]
    cond = node.child_by_field_name("condition")
    cond_text = _text(cond).strip() if cond is not None else "?"
    if len(cond_text) > 60:
        cond_text = cond_text[:57] + "..."
    if node.type.endswith("_modifier"):
        body = node.child_by_field_name("body")
    else:
        body = node.child_by_field_name("consequence")
    alt = node.child_by_field_name("alternative")
    if cond is not None and cond.type in ("false", "nil", "true") and (alt is None or alt.type == "else"):
        # `if false`, `unless true`: only the branch the literal selects runs
        if (cond.type == "true") != (kind == "unless"):
            if body is not None and node.type.endswith("_modifier"):
                _stmt(ctx, body, env)
            else:
                _statements(ctx, body, env)
        elif alt is not None:
            _statements(ctx, alt, env)
        return
    if body is None:
        ctx.noop += 1
        return
    before = len(ctx.changes)
    if node.type.endswith("_modifier"):
        _stmt(ctx, body, env)
    else:
        _statements(ctx, body, env)
    guard = _guarded(ctx, before, kind, _text(cond).strip() if cond is not None else "")
    alt = node.child_by_field_name("alternative")
    if alt is not None and alt.type == "else" and cond is not None and env.tblock is None \
            and _column_guard(_text(cond).strip()):
        mid = len(ctx.changes)
        _statements(ctx, alt, env)
        if _guarded_else(ctx, before, mid, kind, _text(cond).strip()):
            ctx.noop += 1  # `if column_exists? ... else ... end`: the branch replay's schema selects
            return
        del ctx.changes[mid:]
    effective = any(not isinstance(c, Skipped) for c in ctx.changes[before:])
    if guard and alt is None:
        ctx.noop += 1  # an existence guard: its changes apply only if absent (present)
    elif effective or alt is not None:
        extra = "; the else branch was not followed" if alt is not None else ""
        ctx.changes.insert(before, Skipped(
            f"`{kind} {cond_text}`: the statements inside were applied as if the condition "
            f"held{extra}", _loc(ctx, node)))


def _call(ctx: _Ctx, node, env: _Env, bare: bool = False) -> None:
    if bare:
        name = _text(node)
        recv = None
        if name in ctx.methods:
            _inline(ctx, name, node, env, [])
            return
        if name in _NOOP_CALLS or name in _QUERY_CALLS:
            ctx.noop += 1
            return
        ctx.skip(f"`{name}` is not a migration method schemalint knows; it was not followed", node)
        return
    ctx.statements += 1 if env.depth == 0 and env.tblock is None else 0
    name = _call_name(node)
    recv = node.child_by_field_name("receiver")
    block = _block_of(node)

    if name in _SEND_METHODS and (recv is None or _text(recv) == "self" or _receiver_is_connection(recv)
                                  or (env.tblock is not None and _text(recv) == env.tblock.param)):
        _send(ctx, node, env)
        return
    if name == "call" and recv is not None and recv.type == "call" and _call_name(recv) == "method":
        _method_object_call(ctx, node, recv, env)
        return
    if recv is not None:
        rtext = _text(recv)
        if env.tblock is not None and rtext == env.tblock.param:
            _table_op(ctx, name, node, env)
            return
        if env.reversible is not None and rtext == env.reversible:
            if name == "up" and block is not None:
                _statements(ctx, _block_body(block), _child_env(env))
            else:
                ctx.noop += 1
            return
        if name in ("execute", "exec_update", "exec_insert", "exec_delete") and _receiver_is_connection(recv):
            _h_execute(ctx, node, env)
            return
        if name in _HANDLERS and (rtext == "self" or _receiver_is_connection(recv)):
            _HANDLERS[name](ctx, node, env)  # connection.add_column: the schema statement itself
            return
        if name in ("each", "each_with_index", "each_pair") and block is not None:
            _loop(ctx, node, recv, block, env, with_index=name == "each_with_index")
            return
        if name in _GLOBALIZE:
            _globalize(ctx, node, env, recv, name)
            return
        reach = _schema_calls(block, ctx, _HANDLERS) if block is not None else ""
        if reach == "self" and name in _ONCE_BLOCKS:
            _statements(ctx, _block_body(block), _child_env(env))  # self is still the migration
            return
        if reach:
            ctx.skip(f"`{rtext[:60]}.{name}` runs its block a number of times (or on a receiver) decided at "
                     f"run time: the schema change inside is not followed", node, "unfollowed")
            return
        if _unknown_class_call(recv, name):
            if _passes_self(node) or _schema_verb(name):
                ctx.skip(f"call `{rtext[:60]}.{name}` is not a known model or query method and may change "
                         f"the schema (it is handed the migration, or named so); it was not followed",
                         node, "unfollowed")
            else:
                ctx.skip(f"call `{rtext[:60]}.{name}` is not a known model or query method; it was not "
                         f"followed", node)
            return
        if name == "transaction" and block is not None:
            _statements(ctx, _block_body(block), _child_env(env))
            return
        if _is_data_code(recv, name):
            ctx.noop += 1  # data migration code: no schema change
            return
        if name in _QUERY_CALLS or name in ("puts", "say"):
            ctx.noop += 1
            return
        ctx.skip(f"call `{rtext}.{name}` is not a migration method; it was not followed", node)
        return

    if name in ctx.methods and name not in _HANDLERS:
        pos, _ = _args(ctx, node, env)
        _inline(ctx, name, node, env, pos)
        return
    if block is not None and name in _WRAPPER_BLOCKS:
        _statements(ctx, _block_body(block), _child_env(env))
        return
    if name == "reversible" and block is not None:
        params = _block_params(block)
        sub = _child_env(env)
        sub.reversible = params[0] if params else "dir"
        _statements(ctx, _block_body(block), sub)
        return
    if name == "revert":
        if block is None:
            ctx.skip("`revert`: reverting another migration is not followed", node, "unfollowed")
            return
        _revert(ctx, block, env, node)
        return
    handler = _HANDLERS.get(name)
    if handler is not None:
        handler(ctx, node, env)
        return
    if name in _NOOP_CALLS or name in _QUERY_CALLS:
        ctx.noop += 1
        return
    if name in _VIEW_CALLS:
        ctx.skip(f"`{name}`: views are not analysed", node)
        return
    if block is not None and _schema_calls(block, ctx, _HANDLERS):
        ctx.skip(f"`{name}` is not a migration method schemalint knows; the schema change in its block "
                 f"is not followed", node, "unfollowed")
        return
    ctx.skip(f"`{name}` is not a migration method schemalint knows; it was not followed", node)


#: Object#send and its spellings: the method named by the first argument
_SEND_METHODS = frozenset({"send", "public_send", "__send__"})


def _first_arg(node):
    args = node.child_by_field_name("arguments")
    return next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None


def _send(ctx: _Ctx, node, env: _Env) -> None:
    """``send(:add_column, :t, :c, :string)`` (also ``public_send``,
    ``__send__``, on ``self``, the connection or a table block's ``t``) is
    the call it names when the name is a literal; a computed name is an
    ``unfollowed`` note (which method runs is decided at run time)."""
    name = _call_name(node)
    first = _first_arg(node)
    target = _name(_lit(ctx, first, env)) if first is not None and first.type != "block_argument" else None
    if target is None:
        ctx.skip(f"`{name}` with a method name computed at run time: what it calls is not followed",
                 node, "unfollowed")
        return
    if env.depth == 0 and env.tblock is None:
        ctx.statements -= 1  # the call it makes is the statement
    _call(ctx, _CallView(node, target, drop=first, receiver=node.child_by_field_name("receiver")), env)


def _method_object_call(ctx: _Ctx, node, recv, env: _Env) -> None:
    """``method(:add_column).call(:t, :c, :string)``: that method called
    with these arguments when its name is a literal; else ``unfollowed``."""
    first = _first_arg(recv)
    target = _name(_lit(ctx, first, env)) if first is not None else None
    owner = recv.child_by_field_name("receiver")
    if target is None or (owner is not None and _text(owner) != "self" and not _receiver_is_connection(owner)):
        ctx.skip(f"`{_text(recv)[:60]}.call`: a method object not named by a literal is not followed",
                 node, "unfollowed")
        return
    if env.depth == 0 and env.tblock is None:
        ctx.statements -= 1
    _call(ctx, _CallView(node, target, receiver=owner), env)


def _revert(ctx: _Ctx, block, env: _Env, node) -> None:
    """``revert do ... end``: the block's changes undone, last first
    (``create_table`` inside drops the table).  A change whose undoing the
    block does not spell out (a dropped table's or column's definition, a
    type change) is a located note, as Rails itself would need it."""
    start = len(ctx.changes)
    ctx.reverting += 1
    try:
        _statements(ctx, _block_body(block), _child_env(env))
    finally:
        ctx.reverting -= 1
    _undo_block(ctx, start, node)


def _child_env(env: _Env) -> _Env:
    return _Env(dict(env.vars), env.tblock, env.reversible, env.depth + 1)


def _inline(ctx: _Ctx, name: str, node, env: _Env, pos) -> None:
    """Follow a helper method of the migration class called from a
    direction method (its parameters bound to the literal arguments)."""
    if name in ctx.inlining or len(ctx.inlining) > 8:
        ctx.skip(f"recursive call to `{name}` is not followed", node)
        return
    meth = ctx.methods[name]
    sub = _child_env(env)
    params = meth.child_by_field_name("parameters")
    pnames = [_text(p) for p in params.named_children if p.type == "identifier"] if params else []
    for i, pname in enumerate(pnames):
        if i < len(pos):
            sub.vars[pname] = pos[i][0]
    ctx.inlining.append(name)
    try:
        _statements(ctx, meth.child_by_field_name("body"), sub)
    finally:
        ctx.inlining.pop()


def _loop(ctx: _Ctx, node, recv, block, env: _Env, with_index: bool) -> None:
    items = _lit(ctx, recv, env)
    if not isinstance(items, list) and isinstance(items, dict):
        items = [[k, v] for k, v in items.items()]
    if not isinstance(items, list) or len(items) > 500:
        if _is_data_code(recv, "each"):
            if _schema_calls(block, ctx, _HANDLERS):
                ctx.skip("loop over rows or another value computed at run time: the schema change inside runs "
                         "a number of times decided at run time; it is not followed", node, "unfollowed")
                return
            ctx.noop += 1  # iterating over rows: data migration code
            return
        ctx.skip("loop over a value computed at run time: the statements inside are not followed", node)
        return
    params = _block_params(block)
    for i, item in enumerate(items):
        sub = _child_env(env)
        if with_index and len(params) >= 2:
            values = [item, i]
        elif len(params) > 1 and isinstance(item, list):
            values = item
        else:
            values = [item]
        for p, v in zip(params, values):
            sub.vars[p] = v
        _statements(ctx, _block_body(block), sub)


# -- migration methods -------------------------------------------------------

def _pos_names(pos, i: int) -> Optional[str]:
    return _name(pos[i][0]) if len(pos) > i else None


def _dynamic(ctx: _Ctx, node, what: str) -> None:
    """The note for a call whose table or column name is not a literal
    (its handler tests the names for None, which narrows their types)."""
    ctx.skip(f"`{what}` with a table or column name computed at run time; it was not followed", node)


def _h_create_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if tname is None:
        return _dynamic(ctx, node, "create_table")
    if "as" in opts:
        ctx.skip(f"`create_table {tname}, as: ...`: the columns come from a query and are not known", node)
        return
    table = _table_ref(tname)
    tb = _TableBlock("t", table, "create")
    loc = _loc(ctx, node)
    id_opt = opts.get("id", True)
    pk_opt = opts.get("primary_key")
    if id_opt is not False and not isinstance(pk_opt, list):
        pk_name = _name(pk_opt) or "id"
        pk_type = "primary_key" if id_opt is True else (_name(id_opt) or "primary_key")
        cd = _column_def(ctx, pk_name, pk_type, {"null": False, "primary_key": True,
                                                  **({"default": opts["default"]} if "default" in opts else {})}, node)
        tb.columns.append(cd)
    _table_body(ctx, node, env, tb)
    if isinstance(pk_opt, list):
        cols = _names(pk_opt)
        if cols:
            tb.constraints.append(Constraint("primary", tuple(cols), loc))
            tb.columns = [replace(c, primary_key=True, nullable=False)
                          if c.name in cols and len(cols) == 1 else c for c in tb.columns]
    comment = _comment_value(ctx, opts.get("comment"), node, f"table {tname}") if "comment" in opts else None
    ctx.emit(CreateTable(table, tuple(tb.columns), loc, comment=comment,
                         constraints=tuple(tb.constraints),
                         if_not_exists=opts.get("if_not_exists") is True,
                         hints={"orm": "rails"}))


def _table_body(ctx: _Ctx, node, env: _Env, tb: "_TableBlock") -> bool:
    """Run what ``create_table``/``change_table`` is given for the table: a
    ``do |t| ... end`` block, or a block passed with ``&``: ``&:timestamps``
    runs ``t.timestamps`` (Symbol#to_proc); any other ``&block`` is a note.
    False when it is given neither."""
    block = _block_of(node)
    if block is not None:
        _run_table_block(ctx, block, env, tb)
        return True
    args = node.child_by_field_name("arguments")
    passed = [a for a in (args.named_children if args is not None else ()) if a.type == "block_argument"]
    for a in passed:
        inner = a.named_children[0] if a.named_children else None
        if inner is not None and inner.type == "simple_symbol":
            sub = _child_env(env)
            sub.tblock = tb
            _table_op(ctx, _text(inner).lstrip(":"), a, sub)
        else:
            ctx.skip("a block passed with `&` is not followed: the table's columns may be incomplete", a)
    return bool(passed)


def _run_table_block(ctx: _Ctx, block, env: _Env, tb: "_TableBlock") -> None:
    """The statements of a ``do |t| ... end`` block, with ``t`` (its own
    parameter name) standing for the table ``tb`` describes."""
    params = _block_params(block)
    tb.param = params[0] if params else "t"
    sub = _child_env(env)
    sub.tblock = tb
    _statements(ctx, _block_body(block), sub)


def _join_table_name(a: str, b: str) -> str:
    first, second = sorted([a, b])
    # ActiveRecord::Migration#find_join_table_name: a shared prefix (ending
    # in "_") is kept once.  The longest such prefix, found without the
    # backreference regex /^(.*_)(.+)\0\1(.+)$/, which backtracks
    # quadratically on long names full of "_".
    if "\n" not in first and "\n" not in second:
        common = len(os.path.commonprefix([first, second]))
        cut = first.rfind("_", 0, min(common, len(first) - 1, len(second) - 1)) + 1
        if cut:
            return f"{first[:cut]}{first[cut:]}_{second[cut:]}"
    return f"{first}_{second}"


def _h_create_join_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if a is None or b is None:
        return _dynamic(ctx, node, "create_join_table")
    tname = _name(opts.get("table_name")) or _join_table_name(a, b)
    table = _table_ref(tname)
    col_opts = opts.get("column_options") if isinstance(opts.get("column_options"), dict) else {}
    tb = _TableBlock("t", table, "create")
    for ref in (a, b):
        o = {"null": False, **col_opts}
        id_type = "integer" if ctx.integer_pk else "bigint"
        tb.columns.append(_column_def(ctx, f"{RAILS.singularize(ref)}_id", id_type, o, node))
    _table_body(ctx, node, env, tb)
    ctx.emit(CreateTable(table, tuple(tb.columns), _loc(ctx, node), constraints=tuple(tb.constraints),
                         hints={"orm": "rails"}))


def _h_change_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if tname is None:
        return _dynamic(ctx, node, "change_table")
    if not _table_body(ctx, node, env, _TableBlock("t", _table_ref(tname), "change")):
        ctx.noop += 1


def _h_drop_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    given = [_name(v) for v, _n in pos]
    names = [x for x in given if x]
    if not given or len(names) != len(given):
        _dynamic(ctx, node, "drop_table")
        return
    if ctx.reverting and len(names) == 1 and _block_of(node) is not None:
        # revert { drop_table :t do |t| ... end }: Rails creates the table the block describes
        mark = len(ctx.changes)
        _h_create_table(ctx, node, env)
        made = ctx.changes[mark:]
        del ctx.changes[mark:]
        ctx.changes.extend(c for c in made if isinstance(c, Skipped))
        ctx.emit(DropTable(_table_ref(names[0]), _loc(ctx, node)), [c for c in made if not isinstance(c, Skipped)])
        return
    for n in names:
        ctx.emit(DropTable(_table_ref(n), _loc(ctx, node)))


def _h_drop_join_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if a is None or b is None:
        return _dynamic(ctx, node, "drop_join_table")
    ctx.emit(DropTable(_table_ref(_name(opts.get("table_name")) or _join_table_name(a, b)), _loc(ctx, node)))


def _h_rename_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    old, new = _pos_names(pos, 0), _pos_names(pos, 1)
    if old is None or new is None:
        _dynamic(ctx, node, "rename_table")
    else:
        ctx.emit(RenameTable(_table_ref(old), _table_ref(new), _loc(ctx, node)))


def _h_add_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if tname is None or cname is None:
        return _dynamic(ctx, node, "add_column")
    ctype = _pos_names(pos, 2)
    cd = _column_def(ctx, cname, ctype or "", opts, node, tname_is_static=ctype is not None)
    ctx.emit(AddColumn(_table_ref(tname), cd, _loc(ctx, node)))
    for con in _index_constraints(ctx, tname, [cname], opts.get("index"), node):
        ctx.emit(AddConstraint(_table_ref(tname), con))


def _h_remove_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if tname is None or cname is None:
        _dynamic(ctx, node, "remove_column")
    else:
        ctx.emit(DropColumn(_table_ref(tname), cname, _loc(ctx, node)),
                 _readd(ctx, tname, [cname], _pos_names(pos, 2), opts, node))


def _h_remove_columns(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    given = [_name(v) for v, _n in pos[1:]]
    cols = [c for c in given if c is not None]
    if tname is None or not given or len(cols) != len(given):
        return _dynamic(ctx, node, "remove_columns")
    _drop_columns(ctx, _table_ref(tname), cols, opts, node)


def _drop_columns(ctx: _Ctx, table: TableRef, cols: List[str], opts, node) -> None:
    """``remove_columns t, :a, :b`` / ``t.remove :a, :b``; with ``type:``,
    ``revert`` adds them back (Rails' ``add_columns``)."""
    readd = _readd(ctx, table.qualified, cols, _name(opts.get("type")),
                   {k: v for k, v in opts.items() if k != "type"}, node)
    for i, c in enumerate(cols):
        ctx.emit(DropColumn(table, c, _loc(ctx, node)),
                 readd if readd is None or i == len(cols) - 1 else ())


def _h_rename_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname, old, new = _pos_names(pos, 0), _pos_names(pos, 1), _pos_names(pos, 2)
    if tname is None or old is None or new is None:
        _dynamic(ctx, node, "rename_column")
    else:
        ctx.emit(RenameColumn(_table_ref(tname), old, new, _loc(ctx, node)))


def _alter(ctx: _Ctx, table: TableRef, cname: str, ctype: Optional[str], opts, node) -> None:
    kwargs: Dict[str, Any] = {}
    if ctype is not None:
        kwargs["type"] = rails_type(ctype, opts, integer_pk=ctx.integer_pk)
        kwargs["hints"] = {"orm_type": ctype}
    if "null" in opts and isinstance(opts["null"], bool):
        kwargs["nullable"] = opts["null"]
    if "comment" in opts:
        kwargs["comment"] = _comment_value(ctx, opts["comment"], node, f"column {cname}")
    ctx.emit(AlterColumn(table, cname, _loc(ctx, node), **kwargs))


def _h_change_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1), _pos_names(pos, 2)
    if tname is None or cname is None or ctype is None:
        _dynamic(ctx, node, "change_column")
    else:
        _alter(ctx, _table_ref(tname), cname, ctype, opts, node)


def _h_change_column_null(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    null = pos[2][0] if len(pos) > 2 else None
    if tname is None or cname is None:
        return _dynamic(ctx, node, "change_column_null")
    if not isinstance(null, bool):
        ctx.skip("`change_column_null` with a computed value; not followed", node)
        return
    ctx.emit(AlterColumn(_table_ref(tname), cname, _loc(ctx, node), nullable=null))


def _h_change_column_comment(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if tname is None or cname is None:
        return _dynamic(ctx, node, "change_column_comment")
    value = pos[2][0] if len(pos) > 2 else (opts if "to" in opts else None)
    comment = _comment_value(ctx, value, node, f"column {cname}")
    ctx.emit(SetComment(_table_ref(tname), cname, comment, _loc(ctx, node)))


def _h_change_table_comment(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if tname is None:
        return _dynamic(ctx, node, "change_table_comment")
    value = pos[1][0] if len(pos) > 1 else (opts if "to" in opts else None)
    comment = _comment_value(ctx, value, node, f"table {tname}")
    ctx.emit(SetComment(_table_ref(tname), None, comment, _loc(ctx, node)))


def _index_columns(v) -> Optional[List[str]]:
    if isinstance(v, str):
        return [str(v)]
    return _names(v)


def _h_add_index(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    cols = _index_columns(pos[1][0]) if len(pos) > 1 else None
    if tname is None or cols is None:
        return _dynamic(ctx, node, "add_index")
    kind = "unique" if opts.get("unique") is True else "index"
    name = opts.get("name") if isinstance(opts.get("name"), str) else None
    ctx.emit(AddConstraint(_table_ref(tname), Constraint(kind, tuple(cols), _loc(ctx, node),
                                                         name or index_name(ctx, tname, cols))))


def _remove_index(ctx: _Ctx, what: str, tname: Optional[str], pos, opts, node) -> None:
    """``remove_index t, :col`` / ``column: [:a, :b]`` / ``name: "ix"``:
    dropped by name, the one given or Rails' default for the columns (the
    index ``add_index`` gave that name)."""
    if tname is None:
        return _dynamic(ctx, node, what)
    name = opts.get("name")
    cols = _index_columns(pos[0][0]) if pos else None
    if cols is None and "column" in opts:
        cols = _index_columns(opts["column"])
    if "name" in opts and not isinstance(name, str):
        cols, name = None, None  # a computed name: which index is unknown
    if not isinstance(name, str):
        if not cols:
            ctx.skip(f"`{what}` without a static index name or columns; it was not followed", node)
            return
        name = index_name(ctx, tname, cols)
    ctx.emit(DropConstraint(_table_ref(tname), _loc(ctx, node), name, None, tuple(cols or ()),
                            opts.get("if_exists") is True))


def _h_remove_index(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    _remove_index(ctx, "remove_index", _pos_names(pos, 0), pos[1:], opts, node)


def _remove_foreign_key(ctx: _Ctx, what: str, from_table: Optional[str], pos, opts, node) -> None:
    """``remove_foreign_key t, :others`` / ``column: :x`` / ``name: "fk"``:
    by name when given; else by kind and column (``column:``, or the
    singular of the referenced table + ``_id``), as Rails finds the key --
    a default ``fk_rails_<hash>`` name may not be the one the key has."""
    if from_table is None:
        return _dynamic(ctx, node, what)
    table, loc, if_exists = _table_ref(from_table), _loc(ctx, node), opts.get("if_exists") is True
    name = opts.get("name")
    if isinstance(name, str):
        ctx.emit(DropConstraint(table, loc, name, "foreign", (), if_exists))
        return
    column = _name(opts.get("column"))
    to_table = _pos_names(pos, 0) or _name(opts.get("to_table"))
    if column is None and to_table is not None and "column" not in opts:
        column = f"{RAILS.singularize(to_table.split('.')[-1])}_id"
    if column is None or "name" in opts:
        ctx.skip(f"`{what}` without a static name, column or table; it was not followed", node)
        return
    ctx.emit(DropConstraint(table, loc, None, "foreign", (column,), if_exists))


def _h_remove_foreign_key(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    _remove_foreign_key(ctx, "remove_foreign_key", _pos_names(pos, 0), pos[1:], opts, node)


def _h_rename_index(ctx: _Ctx, node, env: _Env) -> None:
    ctx.noop += 1


def _h_add_reference(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, ref = _pos_names(pos, 0), _pos_names(pos, 1)
    if tname is None or ref is None:
        return _dynamic(ctx, node, "add_reference")
    table = _table_ref(tname)
    cols, cons = _reference_defs(ctx, tname, ref, opts, node)
    for cd in cols:
        ctx.emit(AddColumn(table, cd, _loc(ctx, node)))
    for con in cons:
        ctx.emit(AddConstraint(table, con))


def _h_remove_reference(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, ref = _pos_names(pos, 0), _pos_names(pos, 1)
    if tname is None or ref is None:
        return _dynamic(ctx, node, "remove_reference")
    readd: Optional[List[Any]] = None
    if ctx.reverting:  # revert: Rails' inverse, add_reference with the same options
        cols, cons = _reference_defs(ctx, tname, ref, opts, node)
        readd = [AddColumn(_table_ref(tname), cd, _loc(ctx, node)) for cd in cols]
        readd += [AddConstraint(_table_ref(tname), con) for con in cons]
    ctx.emit(DropColumn(_table_ref(tname), f"{ref}_id", _loc(ctx, node)), readd)
    if opts.get("polymorphic"):
        ctx.emit(DropColumn(_table_ref(tname), f"{ref}_type", _loc(ctx, node)), () if readd else None)


def _fk_constraint(ctx: _Ctx, from_table: str, to_table: str, opts, node) -> Constraint:
    col = _name(opts.get("column")) or f"{RAILS.singularize(to_table.split('.')[-1])}_id"
    pk = _name(opts.get("primary_key")) or "id"
    name = opts.get("name") if isinstance(opts.get("name"), str) else foreign_key_name(from_table, col)
    return Constraint("foreign", (col,), _loc(ctx, node), name, ForeignKeyRef(_table_ref(to_table), (pk,)))


def _h_add_foreign_key(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if a is None or b is None:
        _dynamic(ctx, node, "add_foreign_key")
    else:
        ctx.emit(AddConstraint(_table_ref(a), _fk_constraint(ctx, a, b, opts, node)))


def _h_add_timestamps(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if tname is None:
        _dynamic(ctx, node, "add_timestamps")
    else:
        for cd in _timestamp_defs(ctx, opts, node):
            ctx.emit(AddColumn(_table_ref(tname), cd, _loc(ctx, node)))


def _h_remove_timestamps(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if tname is None:
        _dynamic(ctx, node, "remove_timestamps")
    else:
        for n in ("created_at", "updated_at"):
            ctx.emit(DropColumn(_table_ref(tname), n, _loc(ctx, node)))


_HANDLERS = {
    "create_table": _h_create_table,
    "create_join_table": _h_create_join_table,
    "change_table": _h_change_table,
    "drop_table": _h_drop_table,
    "drop_join_table": _h_drop_join_table,
    "rename_table": _h_rename_table,
    "add_column": _h_add_column,
    "remove_column": _h_remove_column,
    "remove_columns": _h_remove_columns,
    "rename_column": _h_rename_column,
    "change_column": _h_change_column,
    "change_column_null": _h_change_column_null,
    "change_column_comment": _h_change_column_comment,
    "change_table_comment": _h_change_table_comment,
    "add_index": _h_add_index,
    "remove_index": _h_remove_index,
    "rename_index": _h_rename_index,
    "add_reference": _h_add_reference,
    "add_belongs_to": _h_add_reference,
    "remove_reference": _h_remove_reference,
    "remove_belongs_to": _h_remove_reference,
    "add_foreign_key": _h_add_foreign_key,
    "remove_foreign_key": _h_remove_foreign_key,
    "add_timestamps": _h_add_timestamps,
    "remove_timestamps": _h_remove_timestamps,
    "execute": _h_execute,
}


# -- table blocks --------------------------------------------------------------

def _table_op(ctx: _Ctx, name: str, node, env: _Env) -> None:
    tb = env.tblock
    assert tb is not None
    pos, opts = _args(ctx, node, env)
    loc = _loc(ctx, node)
    create = tb.mode == "create"

    def add_cols(cols: List[ColumnDef], cons: List[Constraint]) -> None:
        if create:
            tb.columns.extend(cols)
            tb.constraints.extend(cons)
        else:
            for cd in cols:
                ctx.emit(AddColumn(tb.table, cd, loc))
            for con in cons:
                ctx.emit(AddConstraint(tb.table, con))

    if name == "column":
        cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1)
        if cname is None:
            return _dynamic(ctx, node, f"{tb.param}.column")
        cd = _column_def(ctx, cname, ctype or "", opts, node, tname_is_static=ctype is not None)
        add_cols([cd], _index_constraints(ctx, tb.table.qualified, [cname], opts.get("index"), node))
        return
    if name in ("references", "belongs_to"):
        given = [_name(v) for v, _n in pos]
        refs = [x for x in given if x]
        if not given or len(refs) != len(given):
            _dynamic(ctx, node, f"{tb.param}.{name}")
            return
        for ref in refs:
            cols, cons = _reference_defs(ctx, tb.table.qualified, ref, opts, node)
            add_cols(cols, cons)
        return
    if name == "timestamps":
        add_cols(_timestamp_defs(ctx, opts, node), [])
        return
    if name == "primary_key":
        cname = _pos_names(pos, 0)
        if cname is None:
            return _dynamic(ctx, node, f"{tb.param}.primary_key")
        ctype = _pos_names(pos, 1) or "primary_key"
        add_cols([_column_def(ctx, cname, ctype, {**opts, "primary_key": True}, node)], [])
        return
    if name == "index":
        cols = _index_columns(pos[0][0]) if pos else None
        if cols is None:
            return _dynamic(ctx, node, f"{tb.param}.index")
        kind = "unique" if opts.get("unique") is True else "index"
        iname = opts.get("name") if isinstance(opts.get("name"), str) else None
        add_cols([], [Constraint(kind, tuple(cols), loc, iname or index_name(ctx, tb.table.qualified, cols))])
        return
    if name == "foreign_key":
        to = _pos_names(pos, 0)
        if to is None:
            _dynamic(ctx, node, f"{tb.param}.foreign_key")
        else:
            add_cols([], [_fk_constraint(ctx, tb.table.qualified, to, opts, node)])
        return
    if name in ("check_constraint", "remove_check_constraint", "change_default", "rename_index",
                "exclusion_constraint", "unique_constraint"):
        ctx.noop += 1
        return
    if not create:
        if name == "remove_index":  # change_table: t.remove_index(*columns, **options)
            _remove_index(ctx, f"{tb.param}.remove_index", tb.table.qualified, pos, opts, node)
            return
        if name == "remove_foreign_key":  # t.remove_foreign_key(*args, **options)
            _remove_foreign_key(ctx, f"{tb.param}.remove_foreign_key", tb.table.qualified, pos, opts, node)
            return
        if name == "remove":
            given = [_name(v) for v, _n in pos]
            removed = [x for x in given if x]
            if not given or len(removed) != len(given):
                _dynamic(ctx, node, f"{tb.param}.remove")
                return
            _drop_columns(ctx, tb.table, removed, opts, node)
            return
        if name in ("remove_references", "remove_belongs_to"):
            for v, _n in pos:
                ref_name = _name(v)
                if ref_name is None:
                    return _dynamic(ctx, node, f"{tb.param}.{name}")
                ctx.emit(DropColumn(tb.table, f"{ref_name}_id", loc))
                if opts.get("polymorphic"):
                    ctx.emit(DropColumn(tb.table, f"{ref_name}_type", loc))
            return
        if name == "remove_timestamps":
            for n in ("created_at", "updated_at"):
                ctx.emit(DropColumn(tb.table, n, loc))
            return
        if name == "rename":
            old, new = _pos_names(pos, 0), _pos_names(pos, 1)
            if old is None or new is None:
                _dynamic(ctx, node, f"{tb.param}.rename")
            else:
                ctx.emit(RenameColumn(tb.table, old, new, loc))
            return
        if name == "change":
            cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1)
            if cname is None or ctype is None:
                _dynamic(ctx, node, f"{tb.param}.change")
            else:
                _alter(ctx, tb.table, cname, ctype, opts, node)
            return
        if name == "change_null":
            cname = _pos_names(pos, 0)
            null = pos[1][0] if len(pos) > 1 else None
            if cname is None:
                _dynamic(ctx, node, f"{tb.param}.change_null")
            elif isinstance(null, bool):
                ctx.emit(AlterColumn(tb.table, cname, loc, nullable=null))
            return
    if name.startswith(("remove", "rename", "change")) or name.endswith(("?", "!")):
        ctx.skip(f"`{tb.param}.{name}` is not understood in a {'create_table' if create else 'change_table'} "
                 f"block; it was not followed", node)
        return
    # t.string :a, :b / t.st_point :location ...: a column of that type
    given = [_name(v) for v, _n in pos]
    names = [x for x in given if x]
    if not given or len(names) != len(given):
        _dynamic(ctx, node, f"{tb.param}.{name}")
        return
    cols, cons = [], []
    for cname in names:
        cols.append(_column_def(ctx, cname, name, opts, node))
        cons.extend(_index_constraints(ctx, tb.table.qualified, [cname], opts.get("index"), node))
    if name not in COLUMN_METHODS:
        cols = [replace(c, hints={**c.hints, "custom_type_method": name}) for c in cols]
    add_cols(cols, cons)
