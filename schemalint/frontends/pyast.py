"""Static helpers for the Python frontends (Alembic, Django).

Migrations in a pull request are untrusted code, so they are read with
:mod:`ast` only: nothing here imports, executes or evaluates the input.
:func:`evaluate` is a small, partial ``ast.literal_eval``: it folds
literals (strings, numbers, booleans, None, bytes), containers (tuples,
lists, sets, dicts, with ``*``/``**`` unpacking of literal values),
concatenation with ``+`` of strings, lists and tuples, and names bound by
plain assignments in an :class:`Env`.  What it cannot fold comes back as a
marker instead of an exception:

* :class:`Ref` for a name or dotted attribute it cannot resolve
  (``models.CASCADE``, ``settings.AUTH_USER_MODEL``);
* the :class:`ast.Call` node itself for a call, so a frontend can read
  ``migrations.AddField(...)`` or ``sa.Column(...)`` in its own terms
  (``transparent`` names calls that stand for their first argument, such as
  ``gettext_lazy``);
* :class:`Unknown` for anything computed at run time (f-strings,
  comprehensions, arithmetic...), with the reason.

Only the standard library, the model and :mod:`.embedded` (which imports
no SQL frontend until SQL holds DDL) are imported: this module is on the
path of a pre-commit run over one migration.
"""

from __future__ import annotations

import ast
import heapq
import re
import warnings
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..model import Location, ParseFailure
from .embedded import DDL_RE

#: How deep :func:`evaluate` follows names and nested containers.
MAX_DEPTH = 40


class Ref:
    """A name or dotted attribute with no literal value (a marker)."""

    __slots__ = ("dotted", "node")

    def __init__(self, dotted: str, node: Optional[ast.AST] = None):
        self.dotted = dotted
        self.node = node

    @property
    def last(self) -> str:
        return self.dotted.rsplit(".", 1)[-1]

    def __eq__(self, other) -> bool:
        return isinstance(other, Ref) and other.dotted == self.dotted

    def __hash__(self) -> int:
        return hash(("Ref", self.dotted))

    def __repr__(self) -> str:
        return f"Ref({self.dotted})"


class Unknown:
    """A value computed at run time: ``reason`` says why it is unknown."""

    __slots__ = ("reason", "node")

    def __init__(self, reason: str, node: Optional[ast.AST] = None):
        self.reason = reason
        self.node = node

    def __repr__(self) -> str:
        return f"Unknown({self.reason})"


# --------------------------------------------------------------------------
# Source text and locations
# --------------------------------------------------------------------------


#: one line of source with its line end, as ``ast.get_source_segment`` splits them
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+\Z")


class Source:
    """Decoded source text with 1-based, character-based locations
    (``ast`` column offsets count UTF-8 bytes)."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.lines = text.split("\n")
        self._segment_lines: Optional[List[str]] = None

    def col(self, lineno: int, col_offset: int) -> int:
        """1-based character column of a byte offset on ``lineno``."""
        if not 1 <= lineno <= len(self.lines):
            return col_offset + 1
        line = self.lines[lineno - 1]
        if line.isascii():
            return col_offset + 1
        return len(line.encode("utf-8")[:col_offset].decode("utf-8", errors="ignore")) + 1

    def loc(self, node: Optional[ast.AST]) -> Location:
        """Where ``node`` starts."""
        line: Optional[int] = getattr(node, "lineno", None)
        if node is None or line is None:  # a module, or a node made without a place
            return Location(self.path, 1, 1)
        return Location(self.path, line, self.col(line, getattr(node, "col_offset", 0)),
                        getattr(node, "end_lineno", None))

    def segment(self, node: ast.AST, limit: int = 200) -> str:
        """The node's source text on one line (whitespace collapsed)."""
        try:
            text = self._source_segment(node) or ""
        except Exception:  # pragma: no cover - inconsistent positions
            text = ""
        if not text:
            try:
                text = ast.unparse(node)
            except Exception:  # pragma: no cover
                text = type(node).__name__
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 3] + "..."

    def _source_segment(self, node: ast.AST) -> Optional[str]:
        """``ast.get_source_segment(self.text, node)``, with the text split
        into lines once per file, not once per call (a migration with many
        columns asked for each column's type text re-split the file)."""
        end_lineno = getattr(node, "end_lineno", None)
        end_col = getattr(node, "end_col_offset", None)
        if end_lineno is None or end_col is None or not hasattr(node, "lineno"):
            return None
        lines = self._segment_lines
        if lines is None:  # the splitting ast uses: \r\n, \r and \n end a line, form feeds do not
            lines = self._segment_lines = _LINE_RE.findall(self.text)
        first, last, col = node.lineno - 1, end_lineno - 1, node.col_offset  # type: ignore[attr-defined]
        if first == last:
            return lines[first].encode()[col:end_col].decode()
        return "".join([lines[first].encode()[col:].decode(), *lines[first + 1:last],
                        lines[last].encode()[:end_col].decode()])

    def string_start(self, node: ast.expr) -> Tuple[int, int]:
        """``(line, col)`` of the first character of a string literal's
        content: after its prefix (``r``, ``b``, ``u``) and opening quotes.

        For implicitly concatenated literals this is the start of the first
        piece; locations inside later pieces are then approximate."""
        line, col = node.lineno, self.col(node.lineno, node.col_offset)
        if not 1 <= line <= len(self.lines):
            return line, col
        text = self.lines[line - 1]
        i = col - 1
        while i < len(text) and text[i] in "rRbBuUfF":
            i += 1
        if text.startswith(('"""', "'''"), i):
            i += 3
        elif i < len(text) and text[i] in "\"'":
            i += 1
        return line, i + 1  # the first character may be the newline after opening quotes


def parse_module(source: Source):
    """``ast.parse`` without compiling or running anything.

    Returns the module, or a :class:`ParseFailure` located at the error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like
            return ast.parse(source.text, filename=source.path)
    except SyntaxError as exc:
        line = exc.lineno or 1
        col = exc.offset or 1
        msg = exc.msg or "invalid syntax"
        return ParseFailure(f"Python syntax error: {msg}", Location(source.path, line, max(col, 1)))
    except (ValueError, RecursionError, MemoryError) as exc:
        return ParseFailure(f"Python source could not be parsed: {type(exc).__name__}: {exc}",
                            Location(source.path, 1, 1))


def too_deep(source: Source) -> ParseFailure:
    """The failure for a file nested too deeply to analyse."""
    return ParseFailure("Python source is nested too deeply to analyse", Location(source.path, 1, 1))


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


def dotted(node: Optional[ast.AST]) -> Optional[str]:
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def call_name(call: ast.AST) -> Optional[str]:
    """The last name of a call's callee: ``Column`` for ``sa.Column(...)``."""
    if not isinstance(call, ast.Call):
        return None
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return None


# --------------------------------------------------------------------------
# Environments: names bound by plain assignments
# --------------------------------------------------------------------------


class Env:
    """Names bound by simple assignments (``X = expr``, ``X: T = expr``).

    Lookups return the expression node of the latest binding (optionally
    the latest before a line), then ask the parent (class body -> module).
    """

    def __init__(self, parent: Optional["Env"] = None):
        self.parent = parent
        self.bindings: Dict[str, List[Tuple[int, ast.AST]]] = {}

    @classmethod
    def from_body(cls, body: Iterable[ast.stmt], parent: Optional["Env"] = None) -> "Env":
        env = cls(parent)
        for stmt in body:
            env.bind_statement(stmt)
        return env

    def bind(self, name: str, value: ast.AST, line: int = 0) -> None:
        self.bindings.setdefault(name, []).append((line, value))

    def bind_statement(self, stmt: ast.stmt) -> None:
        """Record the names a statement binds to a value."""
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                self._bind_target(target, stmt.value, stmt.lineno)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            self._bind_target(stmt.target, stmt.value, stmt.lineno)
        elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            prev = self.lookup(stmt.target.id)
            value = _UNKNOWN_MARK if not isinstance(prev, ast.expr) else ast.copy_location(
                ast.BinOp(left=prev, op=stmt.op, right=stmt.value), stmt)
            self.bind(stmt.target.id, value, stmt.lineno)

    def _bind_target(self, target: ast.AST, value: ast.AST, line: int) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, value, line)
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) \
                and len(target.elts) == len(value.elts):
            for t, v in zip(target.elts, value.elts):
                self._bind_target(t, v, line)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for t in target.elts:  # bound to something we cannot split: unknown
                if isinstance(t, ast.Name):
                    self.bind(t.id, _UNKNOWN_MARK, line)

    def lookup(self, name: str, before: Optional[int] = None) -> Optional[ast.AST]:
        found = self.bindings.get(name)
        if found:
            if before is None:
                return found[-1][1]
            earlier = [v for line, v in found if line < before]
            if earlier:
                return earlier[-1]
        return self.parent.lookup(name, before) if self.parent is not None else None

    def child(self) -> "Env":
        return Env(self)


#: a binding to a value that cannot be split (``a, b = f()``)
_UNKNOWN_MARK = ast.Constant(value=None)


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def evaluate(node: Optional[ast.AST], env: Optional[Env] = None, *,
             transparent: Sequence[str] = (), depth: int = 0):
    """Fold ``node`` to a Python value where that is possible statically.

    See the module docstring for the markers returned otherwise.  Never
    raises for any node."""
    if node is None:
        return None
    if depth > MAX_DEPTH:
        return Unknown("expression nested too deeply", node)
    ev = lambda n: evaluate(n, env, transparent=transparent, depth=depth + 1)  # noqa: E731
    if node is _UNKNOWN_MARK:
        return Unknown("bound by unpacking a run-time value", node)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                parts.append(v.value)
            else:
                return Unknown("f-string with run-time values", node)
        return "".join(parts)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items: list = []
        for elt in node.elts:
            if isinstance(elt, ast.Starred):
                v = ev(elt.value)
                if isinstance(v, (list, tuple)):
                    items.extend(v)
                    continue
                return Unknown("unpacking of a run-time value", elt)
            items.append(ev(elt))
        return tuple(items) if isinstance(node, ast.Tuple) else items
    if isinstance(node, ast.Dict):
        out: dict = {}
        for k, v in zip(node.keys, node.values):
            if k is None:  # {**other}
                inner = ev(v)
                if not isinstance(inner, dict):
                    return Unknown("dict unpacking of a run-time value", v)
                out.update(inner)
                continue
            key = ev(k)
            try:
                hash(key)
            except TypeError:
                return Unknown("dict key that is not a literal", k)
            if isinstance(key, (Unknown, ast.AST)):
                return Unknown("dict key that is not a literal", k)
            out[key] = ev(v)
        return out
    if isinstance(node, ast.Name):
        bound = env.lookup(node.id) if env is not None else None
        if bound is not None and bound is not node:
            return evaluate(bound, env, transparent=transparent, depth=depth + 1)
        return Ref(node.id, node)
    if isinstance(node, ast.Attribute):
        name = dotted(node)
        return Ref(name, node) if name else Unknown("attribute of a run-time value", node)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = ev(node.left), ev(node.right)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, list) and isinstance(right, list):
            return left + right
        if isinstance(left, tuple) and isinstance(right, tuple):
            return left + right
        if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
            return list(left) + list(right)
        return Unknown("'+' of values that are not literals", node)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
        v = ev(node.operand)
        if isinstance(node.op, ast.Not) and isinstance(v, (bool, int, type(None), str)):
            return not v
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return -v if isinstance(node.op, ast.USub) else v
        return Unknown("arithmetic on a run-time value", node)
    if isinstance(node, ast.Call):
        name = call_name(node)
        if name in transparent and node.args and not node.keywords:
            return ev(node.args[-1])
        if isinstance(node.func, ast.Name) and name in _CONTAINERS and not node.keywords \
                and len(node.args) <= 1:  # set(), tuple([...]), list(x)
            inner = ev(node.args[0]) if node.args else []
            if isinstance(inner, (list, tuple, str)):
                return _CONTAINERS[name](inner)
            return Unknown(f"{name}() of a run-time value", node)
        if isinstance(node.func, ast.Name) and name == "dict" and not node.args:
            return {kw.arg: ev(kw.value) for kw in node.keywords if kw.arg}
        return node
    if isinstance(node, ast.Expr):
        return ev(node.value)
    return Unknown(f"{type(node).__name__} computed at run time", node)


#: Builtins that build a container from a literal (sets become lists: the
#: order of a literal set is kept as written).
_CONTAINERS = {"set": list, "frozenset": list, "list": list, "tuple": tuple}


def literal_str(value) -> Optional[str]:
    return value if isinstance(value, str) else None


def is_literal(value) -> bool:
    """True for a fully folded value (no markers or nodes inside)."""
    if isinstance(value, (str, bytes, int, float, bool, type(None))):
        return True
    if isinstance(value, (list, tuple)):
        return all(is_literal(v) for v in value)
    if isinstance(value, dict):
        return all(is_literal(k) and is_literal(v) for k, v in value.items())
    return False


def describe(value) -> str:
    """A short text for a value in messages."""
    if isinstance(value, Unknown):
        return value.reason
    if isinstance(value, Ref):
        return f"`{value.dotted}`"
    if isinstance(value, ast.AST):
        try:
            text = ast.unparse(value)
        except Exception:  # pragma: no cover
            text = type(value).__name__
        return f"`{text[:60]}`"
    return repr(value)[:60]


# --------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------


class Bound:
    """A call's arguments matched to parameter names.

    ``args`` maps names to argument nodes; ``extra`` holds positional
    arguments beyond the named ones; ``kwargs`` keywords that are not in
    ``params``; ``dynamic`` is true when ``*x`` or ``**x`` was used.
    """

    __slots__ = ("args", "extra", "kwargs", "dynamic")

    def __init__(self):
        self.args: Dict[str, ast.AST] = {}
        self.extra: List[ast.AST] = []
        self.kwargs: Dict[str, ast.AST] = {}
        self.dynamic = False

    def get(self, name: str) -> Optional[ast.AST]:
        return self.args.get(name, self.kwargs.get(name))

    def has(self, name: str) -> bool:
        return name in self.args or name in self.kwargs


def bind(call: ast.Call, params: Sequence[str]) -> Bound:
    """Match ``call``'s arguments to ``params`` (positional order)."""
    b = Bound()
    pos = 0
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            b.dynamic = True
            b.extra.append(arg)
            continue
        if pos < len(params):
            b.args[params[pos]] = arg
            pos += 1
        else:
            b.extra.append(arg)
    for kw in call.keywords:
        if kw.arg is None:
            b.dynamic = True
            continue
        if kw.arg in params:
            b.args[kw.arg] = kw.value
        else:
            b.kwargs[kw.arg] = kw.value
    return b


def elements(node: Optional[ast.AST], env: Env) -> Optional[List[ast.AST]]:
    """The items of a literal list or tuple, through the names bound to it
    (``FIELDS = [...]``; ``for f in FIELDS``), or None."""
    for _ in range(20):
        if isinstance(node, ast.Name) and env.lookup(node.id) is not None:
            node = env.lookup(node.id)
            continue
        break
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else None


def walk_calls(node: ast.AST) -> Iterable[ast.Call]:
    """Every call in ``node`` (not descending into nested functions)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)) \
                and n is not node:
            continue
        if isinstance(n, ast.Call):
            yield n
        stack.extend(ast.iter_child_nodes(n))


# --------------------------------------------------------------------------
# SQL embedded in Python (op.execute, RunSQL): its text; frontends/embedded.py parses it
# --------------------------------------------------------------------------

#: Calls that stand for the SQL text they wrap.
SQL_WRAPPERS = ("text", "DDL", "dedent", "cleandoc", "literal_column", "TextClause")
#: Methods of a wrapped SQL text that do not change it.
_SQL_METHODS = ("execution_options", "bindparams", "columns", "strip")

_DATA_RE = re.compile(
    r"^\s*(?:INSERT|UPDATE|DELETE|SELECT|WITH|COPY|SET|ANALY[SZ]E|VACUUM|REFRESH|"
    r"TRUNCATE|LOCK|NOTIFY|CALL)\b", re.I)


class SqlText:
    """The SQL an ``execute`` / ``RunSQL`` argument holds.

    ``text`` and ``anchor`` (the string literal whose content starts the
    SQL) are set for literal SQL; otherwise ``reason`` says why it is not
    literal and ``leading`` holds the literal text before the first
    run-time part of an f-string or concatenation, if any."""

    __slots__ = ("text", "anchor", "reason", "leading")

    def __init__(self, text=None, anchor=None, reason="", leading=""):
        self.text, self.anchor, self.reason, self.leading = text, anchor, reason, leading

    @property
    def is_data(self) -> bool:
        """True when the SQL is visibly a data statement (UPDATE, INSERT...)."""
        probe = self.text if self.text is not None else self.leading
        return bool(probe) and bool(_DATA_RE.match(probe)) and not DDL_RE.search(probe)


def sql_text(node: Optional[ast.AST], env: Optional[Env], depth: int = 0) -> SqlText:
    """Resolve an SQL argument to its literal text, following names bound
    to literals, ``sa.text(...)``/``DDL(...)``/``dedent(...)`` wrappers and
    ``+`` of literals."""
    if node is None:
        return SqlText(reason="no SQL argument")
    if depth > 20:
        return SqlText(reason="SQL held too deep in names")
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            return SqlText(node.value, node)
        if node.value is None:
            return SqlText("", node)
        return SqlText(reason=f"SQL argument is a {type(node.value).__name__}")
    if isinstance(node, ast.Name):
        bound = env.lookup(node.id) if env is not None else None
        if bound is None or bound is _UNKNOWN_MARK:
            return SqlText(reason=f"SQL held in `{node.id}`, which is not a literal here")
        return sql_text(bound, env, depth + 1)
    if isinstance(node, ast.JoinedStr):
        leading = ""
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                leading += v.value
            else:
                return SqlText(reason="SQL built at run time (f-string)", leading=leading)
        return SqlText(leading, node)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = sql_text(node.left, env, depth + 1)
        right = sql_text(node.right, env, depth + 1)
        if left.text is not None and right.text is not None:
            return SqlText(left.text + right.text, left.anchor)
        lead = left.text if left.text is not None else left.leading
        return SqlText(reason="SQL built at run time (concatenation)", leading=lead or "")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        left = sql_text(node.left, env, depth + 1)
        return SqlText(reason="SQL built at run time (% formatting)",
                       leading=(left.text or left.leading or "").split("%", 1)[0])
    if isinstance(node, ast.Call):
        f = node.func
        name = call_name(node)
        if isinstance(f, ast.Attribute) and name == "format":
            left = sql_text(f.value, env, depth + 1)
            return SqlText(reason="SQL built at run time (str.format)",
                           leading=(left.text or left.leading or "").split("{", 1)[0])
        if isinstance(f, ast.Attribute) and name in _SQL_METHODS:
            return sql_text(f.value, env, depth + 1)
        if name in SQL_WRAPPERS and node.args:
            return sql_text(node.args[0], env, depth + 1)
        return SqlText(reason=f"SQL is the result of a call to `{dotted(f) or name}`")
    return SqlText(reason=f"SQL argument is a {type(node).__name__} expression")


# --------------------------------------------------------------------------
# Ordering
# --------------------------------------------------------------------------


def toposort(parents: Dict, key, on_cycle) -> list:
    """Topological order of ``parents`` (node -> set of nodes it comes
    after) by Kahn's algorithm, taking the smallest ``key`` first among
    nodes that are ready, so the order is deterministic.  A cycle is broken
    at its smallest remaining node, and ``on_cycle(node)`` is told."""
    children: Dict = {n: [] for n in parents}
    pending = {n: len(ps) for n, ps in parents.items()}
    for n, ps in parents.items():
        for p in ps:
            children[p].append(n)
    heap = [(key(n), n) for n, k in pending.items() if k == 0]
    heapq.heapify(heap)
    done: set = set()
    out: list = []
    while len(out) < len(parents):
        if not heap:
            rest = min((n for n in parents if n not in done), key=key)
            on_cycle(rest)
            heap.append((key(rest), rest))
        _, n = heapq.heappop(heap)
        if n in done:
            continue
        done.add(n)
        out.append(n)
        for ch in children[n]:
            pending[ch] -= 1
            if pending[ch] == 0 and ch not in done:
                heapq.heappush(heap, (key(ch), ch))
    return out
