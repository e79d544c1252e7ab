"""``execute`` with literal SQL: the SQL text (a string, a heredoc, a
variable or constant bound to one), handed to the SQL frontend located in
the migration file; SQL built at run time is a located note.
"""

from __future__ import annotations

from .reader import Dyn, _call_name, _Ctx, _Env, _lit, _loc, _string_value, _text


def _sql_text(ctx: _Ctx, node, env: _Env, depth: int = 0):
    """``(text, line, col)`` of a literal SQL argument, or a reason str."""
    if node is None or depth > 10:
        return "no SQL argument"
    t = node.type
    if t == "string":
        v = _string_value(node, ctx, env)
        if isinstance(v, Dyn):
            return "SQL built at run time (string interpolation)"
        content = next((c for c in node.children if c.type == "string_content"), None)
        anchor = content if content is not None else node
        loc = _loc(ctx, anchor)
        return v, loc.line, loc.col
    if t == "heredoc_beginning":
        body = ctx.heredocs.get(node.start_byte)
        if body is None:
            return "heredoc body not found"
        v = _string_value(body, ctx, env)
        if isinstance(v, Dyn):
            return "SQL built at run time (heredoc with interpolation)"
        loc = _loc(ctx, body)
        return v, loc.line, loc.col
    if t in ("identifier", "instance_variable"):
        name = _text(node)
        v = env.vars.get(name, ctx.constants.get(name))
        if v is not None and hasattr(v, "type"):
            return _sql_text(ctx, v, env, depth + 1)
        return f"SQL held in `{name}`, which is not a literal"
    if t == "constant":
        v = ctx.constants.get(_text(node))
        if v is not None:
            return _sql_text(ctx, v, env, depth + 1)
        return f"SQL held in constant `{_text(node)}`, which is not a literal here"
    if t == "parenthesized_statements" and node.named_child_count == 1:
        return _sql_text(ctx, node.named_children[0], env, depth + 1)
    if t == "call":
        recv = node.child_by_field_name("receiver")
        if recv is not None and _call_name(node) in ("squish", "strip", "freeze", "chomp", "strip_heredoc",
                                                      "dedent", "to_s"):
            return _sql_text(ctx, recv, env, depth + 1)
    v = _lit(ctx, node, env)
    if isinstance(v, str):
        loc = _loc(ctx, node)
        return v, loc.line, loc.col
    return "SQL built at run time"


def _h_execute(ctx: _Ctx, node, env: _Env) -> None:
    args = node.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    got = _sql_text(ctx, first, env)
    if isinstance(got, str):
        ctx.skip(f"`execute`: {got}; it was not analysed", node)
        return
    sql, line, col = got
    changes = ctx.sql.parse(sql, line, col, _loc(ctx, node), "`execute`")
    if changes is None:
        ctx.noop += 1
        return
    ctx.changes.extend(changes)
