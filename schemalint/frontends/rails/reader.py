"""Static evaluation of Ruby for the Rails frontend: literal values
(symbols, strings, heredocs without interpolation, ``%w[]``, arrays,
hashes), local variables and constants, call arguments, and the per-file
context (:class:`_Ctx`) every handler writes its changes to.

Names with a leading underscore are private to the
:mod:`schemalint.frontends.rails` package, shared by its modules.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from ...kinds import SkipKind
from ...model import Change, ColumnDef, Constraint, Location, Skipped, TableRef
from ...record import dataclass, field
from .. import treesitter
from ..embedded import Embedded

# --------------------------------------------------------------------------
# Static values
# --------------------------------------------------------------------------


class Dyn:
    """A value that is not a literal (computed at run time)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"Dyn({self.text!r})"


class Sym(str):
    """A Ruby symbol (a str, so names compare equal to strings)."""


@dataclass
class Lambda:
    text: str


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "s": " ", "e": "\x1b", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v"}

_WRAPPER_BLOCKS = frozenset({
    "safety_assured", "up_only", "with_lock_retries", "transaction", "say_with_time",
    "suppress_messages", "with_connection",
})
_NOOP_CALLS = frozenset({
    "disable_ddl_transaction!", "say", "puts", "print", "p", "pp", "sleep", "raise", "fail",
    "add_check_constraint", "remove_check_constraint", "validate_check_constraint",
    "validate_foreign_key", "validate_constraint", "enable_extension", "disable_extension",
    "create_enum", "drop_enum", "rename_enum", "add_enum_value", "rename_enum_value",
    "change_column_default", "create_schema", "drop_schema", "require", "require_relative",
    "reset_column_information", "execute_block", "commit_db_transaction", "begin_db_transaction",
    "add_exclusion_constraint", "remove_exclusion_constraint", "add_unique_constraint_check",
    "create_virtual_table", "drop_virtual_table",
    # a CHECK (col IS NOT NULL) constraint (online_migrations, Rails 8.1), like add_check_constraint
    "add_not_null_constraint", "validate_not_null_constraint", "remove_not_null_constraint",
})
_VIEW_CALLS = frozenset({"create_view", "update_view", "replace_view", "drop_view",
                         "create_materialized_view", "drop_materialized_view"})
_QUERY_CALLS = frozenset({"select_value", "select_values", "select_all", "select_rows",
                          "select_one", "exec_query", "table_exists?", "column_exists?",
                          "index_exists?", "foreign_key_exists?", "connection", "reverting?",
                          "index_name_exists?", "check_constraint_exists?", "quote",
                          "quote_table_name", "quote_column_name"})


def _loc(ctx: "_Ctx", node) -> Location:
    return treesitter.location(node, ctx.path, ctx.src)


def _text(node) -> str:
    raw = node.text
    return raw.decode("utf-8", errors="replace") if raw is not None else ""


def _unescape_double(s: str) -> str:
    if len(s) < 2:
        return s
    esc = s[1:]
    if esc[0] in _ESCAPES:
        return _ESCAPES[esc[0]]
    if esc[0] == "u":
        hexs = esc[1:].strip("{}")
        try:
            return "".join(chr(int(h, 16)) for h in hexs.split())
        except ValueError:
            return s
    if esc[0] == "x":
        try:
            return chr(int(esc[1:], 16))
        except ValueError:
            return s
    if esc[0] in "01234567":
        try:
            return chr(int(esc, 8))
        except ValueError:
            return s
    if esc[0] == "\n":  # line continuation
        return ""
    return esc


def _single_quoted(node) -> bool:
    first = node.child(0) if node.child_count else None
    if first is None or first.is_named:
        return False
    opener = _text(first)
    return opener == "'" or opener.startswith("%q") or opener.startswith("%w")


def _string_value(node, ctx: "Optional[_Ctx]" = None, env: "Optional[_Env]" = None) -> object:
    """The value of a ``string``/``heredoc_body``/``bare_string`` node: a
    str, or Dyn when it interpolates something not known statically (an
    interpolated local variable, loop variable or constant bound to a
    literal is substituted)."""
    single = node.type == "string" and _single_quoted(node)
    parts: List[str] = []
    for ch in node.children:
        if ch.type == "string_content" or ch.type == "heredoc_content":
            txt = _text(ch)
            if single:
                txt = txt.replace("\\\\", "\0").replace("\\'", "'").replace("\0", "\\")
            parts.append(txt)
        elif ch.type == "escape_sequence":
            parts.append(_unescape_double(_text(ch)))
        elif ch.type == "interpolation":
            inner = [c for c in ch.named_children if c.type != "comment"]
            v = _lit(ctx, inner[0], env) if ctx is not None and env is not None and len(inner) == 1 else None
            if isinstance(v, (str, int)) and not isinstance(v, bool):
                parts.append(str(v))
                continue
            return Dyn(_text(node))
        elif ch.type == "heredoc_end":
            break
    return "".join(parts)


@dataclass
class _TableBlock:
    param: str
    table: TableRef
    mode: str  # "create" | "change"
    columns: List[ColumnDef] = field(default_factory=list)
    constraints: List[Constraint] = field(default_factory=list)


@dataclass
class _Env:
    vars: Dict[str, object] = field(default_factory=dict)  # name -> node or value
    tblock: Optional[_TableBlock] = None
    reversible: Optional[str] = None  # the block parameter of `reversible do |dir|`
    depth: int = 0


class _Ctx:
    def __init__(self, path: str, src: bytes, options, fmt: str):
        self.path = path
        self.src = src
        self.options = options
        self.fmt = fmt
        self.changes: List[Change] = []
        self.statements = 0
        self.noop = 0
        self.version: float = 99.0  # Rails version from Migration[x.y]
        self.heredocs: Dict[int, object] = {}  # heredoc_beginning start byte -> heredoc_body
        self.constants: Dict[str, object] = {}
        self.methods: Dict[str, Any] = {}
        #: ``execute`` SQL; ``enable_extension`` exists only on PostgreSQL
        self.sql = Embedded(path, options, declared="postgres" if _EXTENSION_RE.search(src) else None)
        self.inlining: List[str] = []
        #: > 0 while a ``revert`` block runs: removals record their inverse
        self.reverting = 0
        #: id(change) -> (change, what ``revert`` replays for it): Rails'
        #: inverse of a removal that says what it removed
        self.inverses: Dict[int, Tuple[Change, Tuple[Change, ...]]] = {}

    # rails defaults that changed over versions
    @property
    def integer_pk(self) -> bool:
        return self.version < 5.1

    @property
    def timestamps_null_default(self) -> bool:
        return self.version < 5.0

    @property
    def references_index_default(self) -> bool:
        return self.version >= 5.0

    def skip(self, reason: str, node, kind: SkipKind = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
            return
        self.changes.append(Skipped(reason, _loc(self, node), kind))

    def emit(self, change, inverse=None) -> None:
        self.changes.append(change)
        if inverse is not None and self.reverting:
            self.inverses[id(change)] = (change, tuple(inverse))


def _index_heredocs(ctx: _Ctx, root) -> None:
    """Pair each heredoc opener with its body (bodies follow their line in
    the order the openers appear)."""
    begins: List[Any] = []
    bodies: List[Any] = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "heredoc_beginning":
            begins.append(n)
        elif n.type == "heredoc_body":
            bodies.append(n)
        stack.extend(reversed(n.children))
    begins.sort(key=lambda n: n.start_byte)
    bodies.sort(key=lambda n: n.start_byte)
    for b, body in zip(begins, bodies):
        ctx.heredocs[b.start_byte] = body


def _lit(ctx: _Ctx, node, env: _Env, depth: int = 0):
    """Evaluate a literal node statically; Dyn for anything else."""
    if node is None:
        return None
    if depth > 20:
        return Dyn(_text(node))
    t = node.type
    if t == "simple_symbol":
        return Sym(_text(node)[1:])
    if t == "hash_key_symbol":
        return Sym(_text(node))
    if t in ("delimited_symbol", "bare_symbol"):
        v = _string_value(node, ctx, env)
        return Sym(v) if isinstance(v, str) else v
    if t in ("string", "bare_string"):
        return _string_value(node, ctx, env)
    if t == "chained_string":
        parts = [_lit(ctx, c, env, depth + 1) for c in node.named_children]
        if all(isinstance(p, str) for p in parts):
            return "".join(parts)
        return Dyn(_text(node))
    if t == "heredoc_beginning":
        body = ctx.heredocs.get(node.start_byte)
        return _string_value(body, ctx, env) if body is not None else Dyn(_text(node))
    if t == "binary":
        return _concatenation(ctx, node, env, depth)
    if t == "integer":
        txt = _text(node).replace("_", "")
        try:
            return int(txt, 0) if not re.match(r"^0\d", txt) else int(txt, 8)
        except ValueError:
            return Dyn(txt)
    if t == "float":
        try:
            return float(_text(node).replace("_", ""))
        except ValueError:
            return Dyn(_text(node))
    if t == "true":
        return True
    if t == "false":
        return False
    if t == "nil":
        return None
    if t in ("array", "string_array", "symbol_array"):
        return [_lit(ctx, c, env, depth + 1) for c in node.named_children]
    if t == "hash":
        out = {}
        for c in node.named_children:
            if c.type == "pair":
                k = _lit(ctx, c.child_by_field_name("key"), env, depth + 1)
                if isinstance(k, str):
                    out[str(k)] = _lit(ctx, c.child_by_field_name("value"), env, depth + 1)
            else:
                return Dyn(_text(node))
        return out
    if t == "parenthesized_statements" and node.named_child_count == 1:
        return _lit(ctx, node.named_children[0], env, depth + 1)
    if t in ("identifier", "instance_variable"):
        name = _text(node)
        if name not in env.vars and name in ctx.constants:
            return _lit(ctx, ctx.constants[name], env, depth + 1)
        if name in env.vars:
            v = env.vars[name]
            return _lit(ctx, v, env, depth + 1) if hasattr(v, "type") else v
        return Dyn(name)
    if t == "constant":
        name = _text(node)
        if name in ctx.constants:
            return _lit(ctx, ctx.constants[name], env, depth + 1)
        return Dyn(name)
    if t == "lambda":
        return Lambda(_text(node))
    if t == "call":
        recv = node.child_by_field_name("receiver")
        meth = node.child_by_field_name("method")
        mname = _text(meth) if meth is not None else ""
        if recv is not None and mname in ("squish", "strip", "freeze", "chomp", "dedent",
                                           "strip_heredoc", "to_s", "lstrip", "rstrip"):
            v = _lit(ctx, recv, env, depth + 1)
            if isinstance(v, str):
                return " ".join(v.split()) if mname == "squish" else v
            return v
        if recv is not None and mname in ("to_sym",):
            v = _lit(ctx, recv, env, depth + 1)
            return Sym(v) if isinstance(v, str) else v
    return Dyn(_text(node))


def _concatenation(ctx: _Ctx, node, env: _Env, depth: int):
    """``'a' + 'b'``: String#+ of two known strings is their concatenation
    (symbols have no ``+``; anything else is Dyn).  Left-deep chains are
    walked without recursion."""
    parts = []
    n = node
    while n.type == "binary":
        op = n.child_by_field_name("operator")
        if op is None or _text(op) != "+":
            return Dyn(_text(node))
        parts.append(n.child_by_field_name("right"))
        n = n.child_by_field_name("left")
        if n is None:
            return Dyn(_text(node))
    parts.append(n)
    values = [_lit(ctx, p, env, depth + 1) for p in reversed(parts)]
    if all(type(v) is str for v in values):
        return "".join(values)
    return Dyn(_text(node))


def _args(ctx: _Ctx, call, env: _Env):
    """Positional literal values (with nodes) and keyword options."""
    pos: List[Tuple[object, object]] = []
    opts: Dict[str, object] = {}
    args = call.child_by_field_name("arguments")
    if args is None:
        return pos, opts
    for a in args.named_children:
        if a.type == "pair":
            k = _lit(ctx, a.child_by_field_name("key"), env)
            if isinstance(k, str):
                opts[str(k)] = _lit(ctx, a.child_by_field_name("value"), env)
            else:
                pos.append((Dyn(_text(a)), a))
        elif a.type in ("block_argument",):
            continue
        elif a.type in ("splat_argument", "hash_splat_argument"):
            pos.append((Dyn(_text(a)), a))
        elif a.type == "comment":
            continue
        else:
            pos.append((_lit(ctx, a, env), a))
    if not opts and len(pos) >= 2 and getattr(pos[-1][1], "type", None) == "hash" and isinstance(pos[-1][0], dict):
        # `t.string :a, {null: false}`: a braced hash as the last argument is
        # the options hash (Ruby 2 passes it as the keyword options)
        last = pos.pop()[0]
        opts = {str(k): v for k, v in last.items()} if isinstance(last, dict) else opts
    return pos, opts


def _name(v) -> Optional[str]:
    """A static identifier name (symbol or string), else None."""
    if isinstance(v, str) and v:
        return str(v)
    return None


def _names(v) -> Optional[List[str]]:
    if isinstance(v, list):
        out = [_name(x) for x in v]
        names = [x for x in out if x]
        return names if len(names) == len(out) else None
    n = _name(v)
    return [n] if n else None


def _table_ref(name: str) -> TableRef:
    if "." in name:
        schema, _, tbl = name.rpartition(".")
        return TableRef(tbl, schema)
    return TableRef(name)


class _Word:
    """A method name a call view answers with (``.text`` like a node's)."""

    __slots__ = ("text", "type")

    def __init__(self, name: str):
        self.text = name.encode("utf-8")
        self.type = "identifier"


class _ArgsView:
    """An argument list without the argument ``drop``."""

    def __init__(self, args, drop):
        self._args = args
        self.named_children = [a for a in args.named_children if a != drop]
        self.children = [a for a in args.children if a != drop]

    def __getattr__(self, attr):
        return getattr(self._args, attr)


class _CallView:
    """A call node read as the call it makes: ``send(:add_column, :t, ...)``
    as ``add_column :t, ...`` (the first argument, the method name,
    dropped), ``method(:add_column).call(:t, ...)`` as ``add_column :t, ...``
    (the receiver dropped).  Every other attribute, the location included,
    is the node's."""

    def __init__(self, node, name: str, drop=None, receiver=None):
        self._node = node
        self._name = _Word(name)
        self._drop = drop
        self._receiver = receiver

    def child_by_field_name(self, field):
        if field == "method":
            return self._name
        if field == "receiver":
            return self._receiver
        got = self._node.child_by_field_name(field)
        if field == "arguments" and got is not None and self._drop is not None:
            return _ArgsView(got, self._drop)
        return got

    def __getattr__(self, attr):
        return getattr(self._node, attr)


def _call_name(call) -> str:
    m = call.child_by_field_name("method")
    return _text(m) if m is not None else ""


def _block_of(call):
    return call.child_by_field_name("block")


def _block_params(block) -> List[str]:
    params = block.child_by_field_name("parameters")
    if params is None:
        return []
    out = []
    for p in params.named_children:
        if p.type == "identifier":
            out.append(_text(p))
        elif p.type == "destructured_parameter":
            out.extend(_text(c) for c in p.named_children if c.type == "identifier")
    return out


def _block_body(block):
    return block.child_by_field_name("body")


def _default_text(v) -> Optional[str]:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Lambda):
        return v.text
    if isinstance(v, Dyn):
        return v.text
    if isinstance(v, (list, dict)):
        return repr(v)
    return str(v)


def _comment_value(ctx: _Ctx, v, node, what: str):
    """A ``comment:`` value: the literal text (``to:`` of a from/to hash), or
    None for nil; a computed comment is noted and read as None."""
    if isinstance(v, dict) and "to" in v:  # change_*_comment from: x, to: y
        v = v.get("to")
    if v is None or isinstance(v, str):
        return v
    ctx.skip(f"comment of {what} is computed at run time; it was not read", node)
    return None


_EXTENSION_RE = re.compile(rb"^[ \t]*enable_extension\b", re.M)
