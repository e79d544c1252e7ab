"""Blocks passed to calls on models and other receivers (``Model.unscoped do
... end``, ``Model.find_each do |r| ... end``): inside any Ruby block
``self`` is still the migration, so a receiverless ``add_column`` there runs
-- once for a block that runs once, a data-dependent number of times (or not
at all) for an iterating one.  Also which calls on a constant (a model, a
helper module) are known data code and which are not.
"""

from __future__ import annotations

import re

from .datacode import _DATA_METHODS, _chain_methods, _chain_root, _receiver_is_connection
from .reader import _NOOP_CALLS, _QUERY_CALLS, _block_body, _block_params, _call_name, _text

#: methods whose block runs exactly once, with ``self`` the migration
ONCE_BLOCKS = frozenset({
    "unscoped", "transaction", "with_lock", "with_connection", "uncached", "cache", "silence",
    "no_touching", "tap", "then", "yield_self", "measure", "realtime", "benchmark",
    "with_advisory_lock", "suppress", "without_auditing",
})

#: known harmless class methods of models, jobs, mailers and loggers (beyond
#: the query and persistence methods of :data:`datacode._DATA_METHODS`)
_KNOWN_CLASS_METHODS = frozenset({
    "new", "table_name", "table_name=", "column_names", "columns", "columns_hash", "find_by_sql",
    "perform_later", "perform_now", "perform_async", "perform", "enqueue", "enqueue!", "deliver_later",
    "deliver_now", "deliver", "debug", "info", "warn", "error", "fatal", "logger", "eager_load!",
    "load", "find_or_initialize_by", "create_with", "distinct", "having", "offset", "ids", "size",
    "length", "to_a", "maximum", "minimum", "average", "delete_by", "destroy_by",
    "update_attribute", "find_by!", "find_or_create_by", "reorder", "unscope", "rewhere",
    "references", "preload", "eager_load", "left_joins", "left_outer_joins", "readonly", "or",
    "and", "merge", "each_with_index", "sanitize_sql", "sanitize_sql_array", "quote_value",
    "primary_key", "base_class", "name", "to_s", "inspect", "new_record?", "persisted?",
    "create_translations_index", "drop_translations_index", "globalize_migrator", "clear_cache!",
    "clear_active_connections!", "clear_all_connections!", "raw_connection", "then", "now", "today",
    "current", "parse", "freeze", "dup", "say_with_time", "schema_cache", "clear!", "clear",
})

_DYNAMIC_FINDER = re.compile(r"^find_(?:all_|last_)?(?:or_(?:create|initialize)_)?by_\w+[!?]?$")
_SCHEMA_VERB = re.compile(r"^(?:create|drop|add|remove|rename|change)_\w*(?:table|column|index|fields?)\w*[!?]?$")


def schema_calls(block, ctx, handlers) -> str:
    """What a block reaches of the migration: ``"self"`` when it calls a
    migration method (a schema method, DDL through ``execute``, a helper of
    the class that does) without a receiver, on ``self`` or on the
    connection; ``"param"`` when it calls a schema method on one of its own
    parameters (``with_connection do |c| c.add_column ...``); ``""`` when
    neither (data code only)."""
    body = _block_body(block)
    return _reach(body, set(_block_params(block)), ctx, handlers, set()) if body is not None else ""


#: SQL that changes the schema, in an ``execute``'s argument text
_DDL = re.compile(r"\b(?:alter|create|drop|rename|truncate)\b", re.I)
_SQL_CALLS = frozenset({"execute", "exec_update", "exec_insert", "exec_delete", "exec_query"})


def _sql_may_be_ddl(call, body, ctx) -> bool:
    """Could this ``execute``'s SQL change the schema?  A string or heredoc
    (or a local variable of the block assigned only those) is read for DDL
    keywords; anything else may be DDL."""
    args = call.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    if first is None:
        return False
    values = [first]
    if first.type == "identifier":
        values = [a.child_by_field_name("right") for a in _descendants(body, "assignment")
                  if _text(a.child_by_field_name("left")) == _text(first)]
        if not values:
            return True
    for v in values:
        while v is not None and v.type == "call" and v.child_by_field_name("receiver") is not None \
                and _call_name(v) in ("squish", "strip", "freeze", "strip_heredoc", "chomp"):
            v = v.child_by_field_name("receiver")
        if v is None or v.type not in ("string", "heredoc_beginning", "chained_string"):
            return True  # computed: could be anything
        text = _text(v)
        if v.type == "heredoc_beginning":
            heredoc = ctx.heredocs.get(v.start_byte)
            if heredoc is None:
                return True
            text = _text(heredoc)
        if _DDL.search(text):
            return True
    return False


def _descendants(node, kind: str):
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == kind:
            yield n
        stack.extend(n.named_children)


def _reach(body, params, ctx, handlers, seen) -> str:
    found = ""
    stack = [body]
    while stack:
        n = stack.pop()
        if n.type in ("method", "singleton_method"):
            continue
        if n.type == "call":
            name = _call_name(n)
            recv = n.child_by_field_name("receiver")
            own = recv is None or _text(recv) == "self" or _receiver_is_connection(recv)
            if name in _SQL_CALLS:
                if _sql_may_be_ddl(n, body, ctx) and (own or (recv.type == "identifier" and _text(recv) in params)):
                    return "param" if not own else "self"
            elif name in handlers or name in ("send", "public_send", "__send__", "revert", "reversible"):
                if own:
                    found = found or "self"
                elif name in handlers and recv.type == "identifier" and _text(recv) in params:
                    return "param"
            elif own and name in ctx.methods and _helper_reaches(name, ctx, handlers, seen):
                found = found or "self"
        elif n.type == "identifier" and n.parent is not None and _text(n) in ctx.methods \
                and n.parent.type in ("body_statement", "block_body", "then", "else", "begin") \
                and _helper_reaches(_text(n), ctx, handlers, seen):
            found = found or "self"
        stack.extend(n.named_children)
    return found


def _helper_reaches(name: str, ctx, handlers, seen) -> bool:
    """Does a helper method of the migration (called in a block) reach a schema method?"""
    if name in seen or len(seen) > 16:
        return name not in seen  # too deep: assume it may
    seen.add(name)
    body = ctx.methods[name].child_by_field_name("body")
    return body is not None and _reach(body, set(), ctx, handlers, seen) != ""


def passes_self(node) -> bool:
    args = node.child_by_field_name("arguments")
    return args is not None and any(a.type == "self" for a in args.named_children)


def unknown_class_call(recv, name: str) -> bool:
    """A call on a constant (``SomeHelper.add_nik``) none of whose chain's
    methods is a known query, persistence, job or logger method."""
    root = _chain_root(recv)
    if root is None or root.type not in ("constant", "scope_resolution"):
        return False
    methods = [name] + _chain_methods(recv)
    return not any(m in _DATA_METHODS or m in _KNOWN_CLASS_METHODS or m in _QUERY_CALLS or m in _NOOP_CALLS
                   or _DYNAMIC_FINDER.match(m) for m in methods)


def schema_verb(name: str) -> bool:
    return _SCHEMA_VERB.match(name) is not None
