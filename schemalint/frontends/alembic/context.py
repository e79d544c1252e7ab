"""The per-file reader of an Alembic revision (:class:`_Ctx`): the
``upgrade()`` body, statements, helpers, loops and ``batch_alter_table``,
dispatching each ``op.*`` call to its handler in
:data:`~schemalint.frontends.alembic.ops._OPS`.

Names with a leading underscore are private to the
:mod:`schemalint.frontends.alembic` package, shared by its modules.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Sequence, Set, Tuple, Union, cast

from ...kinds import SkipKind
from ...model import Change, Location, Skipped, TableRef
from .. import pyast
from ..embedded import Embedded
from ..pyast import Bound, Env, Source, bind, call_name, dotted, evaluate
from .ops import _OPS

_DIALECT_MODULES = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite",
                    "mssql": "tsql", "oracle": "oracle"}

#: ``op`` methods with no effect on tables and columns.
_NOOP_OPS = {
    "get_bind", "get_context", "f", "inline_literal", "create_check_constraint",
    "create_exclude_constraint", "bulk_insert", "implementation_for", "invoke", "run_async",
    "register_operation", "batch_alter_table",
}

#: Most iterations of a literal ``for`` loop that are unrolled.
_MAX_UNROLL = 1000

#: Functions that never change a schema, even when given a connection.
_HARMLESS_CALLS = {"print", "len", "repr", "str", "isinstance", "type", "id"}

#: Calls that stand for their argument when folding values: ``op.f("name")``.
_TRANSPARENT = ("f",)


class _Ctx:
    """State of one file's analysis."""

    def __init__(self, src: Source, options, tree: ast.Module):
        self.src = src
        self.path = src.path
        self.options = options
        self.changes: List[Change] = []
        self.statements = 0
        self.noop = 0
        self.module_env = Env.from_body(tree.body)
        self.functions: Dict[str, Union[ast.FunctionDef, ast.AsyncFunctionDef]] = {
            s.name: s for s in tree.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        self.op_names: Set[str] = {"op", "alembic.op"}
        #: names bound to one operation (``from alembic.op import add_column``,
        #: ``add = op.add_column``): name -> operation
        self.op_functions: Dict[str, str] = {}
        #: ``from alembic.op import *``: every operation's name is the operation
        self.op_star = False
        self.conn_names: Set[str] = set()
        #: ``op.execute`` SQL: declared by an imported ``sqlalchemy.dialects`` module
        self.sql = Embedded(self.path, options)
        self.inlining: List[str] = []
        self.encrypted_types = {t.lower() for t in getattr(options, "encrypted_types", ()) or ()}
        for stmt in tree.body:
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                self.imports(stmt)

    # -- reporting -------------------------------------------------------
    def loc(self, node) -> Location:
        return self.src.loc(node)

    def note(self, reason: str, node, kind: SkipKind = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
            return
        self.changes.append(Skipped(reason, self.loc(node), kind))

    def emit(self, change) -> None:
        self.changes.append(change)

    # -- names -----------------------------------------------------------
    def imports(self, stmt) -> None:
        """Learn the names that denote ``alembic.op`` and the SQL dialect
        of imported dialect types."""
        if isinstance(stmt, ast.ImportFrom):
            mod = stmt.module or ""
            for alias in stmt.names:
                if mod == "alembic" and alias.name == "op":
                    self.op_names.add(alias.asname or "op")
                if mod == "alembic.op":
                    if alias.name == "*":
                        self.op_star = True
                    else:
                        self.op_functions[alias.asname or alias.name] = alias.name
                if mod.startswith("sqlalchemy.dialects"):
                    last = mod.split(".")[2] if mod.count(".") >= 2 else alias.name
                    self.sql.declared = self.sql.declared or _DIALECT_MODULES.get(last)
        else:
            for alias in stmt.names:
                if alias.name == "alembic.op" and alias.asname:
                    self.op_names.add(alias.asname)
                if alias.name.startswith("sqlalchemy.dialects."):
                    self.sql.declared = self.sql.declared or _DIALECT_MODULES.get(alias.name.split(".")[2])

    def is_op(self, node) -> bool:
        return dotted(node) in self.op_names

    def _connection(self, node, batch: Dict[str, TableRef]) -> bool:
        """Is ``node`` a database connection: a name bound to one, or
        ``op.get_bind()`` itself (``op.get_bind().execute(...)``)?"""
        if _root_name(node) in self.conn_names:
            return True
        return isinstance(node, ast.Call) and self.op_target(node, batch) == (None, "get_bind")

    def _alias_op(self, s) -> None:
        """``o = op`` and ``add = op.add_column``: the name stands for ``op``
        or for the operation from now on."""
        targets = s.targets if isinstance(s, ast.Assign) else [s.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if not names or s.value is None:
            return
        if self.is_op(s.value):
            self.op_names.update(names)
        elif isinstance(s.value, ast.Attribute) and self.is_op(s.value.value):
            self.op_functions.update(dict.fromkeys(names, s.value.attr))

    # -- walking ---------------------------------------------------------
    def run_function(self, fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], args: Sequence[Tuple[str, ast.AST]],
                     batch: Optional[Dict[str, TableRef]] = None) -> None:
        env = Env(self.module_env)
        for name, value in args:
            env.bind(name, value)
        self.body(fn.body, env, dict(batch or {}))

    def body(self, stmts: Sequence[ast.stmt], env: Env, batch: Dict[str, TableRef]) -> None:
        for stmt in stmts:
            self.stmt(stmt, env, batch)
            if isinstance(stmt, (ast.Return, ast.Raise)):
                break  # what follows a return never runs

    def stmt(self, s: ast.stmt, env: Env, batch: Dict[str, TableRef]) -> None:
        if isinstance(s, ast.Expr):
            self.expr(s.value, env, batch, bare=True)
        elif isinstance(s, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            self._alias_op(s)
            if s.value is not None:
                self.expr(s.value, env, batch, bare=False)
                self._track_connections(s)
            env.bind_statement(s)
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.expr(s.value, env, batch, bare=False)
        elif isinstance(s, ast.If):
            self._if(s, env, batch)
        elif isinstance(s, ast.Assert):
            self.expr(s.test, env, batch, bare=False)  # `assert op.add_column(...)` runs the operation
        elif isinstance(s, (ast.For, ast.AsyncFor)):
            self._for(s, env, batch)
        elif isinstance(s, ast.While):
            if self.mentions_op(s, batch):
                self.note("`while` loop with migration operations: run-time iterations are not "
                          "followed", s, "unfollowed")
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            self._with(s, env, batch)
        elif isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            s = cast(ast.Try, s)  # ast.TryStar (3.11+) has the same fields
            self.body(s.body, env, batch)
            for h in s.handlers:
                if self.mentions_op(h, batch):
                    self.note("`except` handler with migration operations is not applied", h, "unfollowed")
            self.body(s.orelse, env, batch)
            self.body(s.finalbody, env, batch)
        elif isinstance(s, (ast.Import, ast.ImportFrom)):
            self.imports(s)
        elif type(s).__name__ == "Match":
            if self.mentions_op(s, batch):
                self.note("`match` statement with migration operations is not followed", s, "unfollowed")
        # def, class, pass, global, del, assert, raise, break, continue: no schema effect

    def _track_connections(self, s) -> None:
        """Names bound to a database connection (``op.get_bind()``,
        ``op.get_context().connection``) or to objects built from one."""
        value = s.value
        is_conn = False
        for n in ast.walk(value):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and self.is_op(n.func.value) and n.func.attr in ("get_bind", "get_context"):
                is_conn = True
            elif isinstance(n, ast.Attribute) and n.attr in ("connection", "bind"):
                is_conn = True
            elif isinstance(n, ast.Name) and n.id in self.conn_names:
                is_conn = True
        if not is_conn:
            return
        targets = s.targets if isinstance(s, ast.Assign) else [s.target]
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    self.conn_names.add(n.id)

    def expr(self, value: ast.AST, env: Env, batch: Dict[str, TableRef], bare: bool) -> None:
        """An expression statement or assigned value."""
        if isinstance(value, ast.Await):
            value = value.value
        inside: Set[int] = set()
        if isinstance(value, ast.Call) and self.call(value, env, batch, bare):
            inside = {id(n) for n in ast.walk(value)}
        for c in pyast.walk_calls(value):
            if id(c) in inside:
                continue
            target = self.op_target(c, batch)
            if target is not None and target[1] not in _NOOP_OPS:
                self.note(f"`{dotted(c.func)}(...)` inside an expression is not followed", c, "unfollowed")

    def call(self, c: ast.Call, env: Env, batch: Dict[str, TableRef], bare: bool) -> bool:
        """Handle a top-level call; False when it is not an operation."""
        target = self.op_target(c, batch)
        if target is not None:
            table, method = target
            self.operation(c, method, table, env)
            return True
        f = c.func
        if isinstance(f, ast.Name) and f.id in self.functions and f.id not in ("upgrade", "downgrade"):
            return self.inline(c, self.functions[f.id], env, batch)
        if isinstance(f, ast.Attribute) and f.attr in ("execute", "exec_driver_sql") \
                and self._connection(f.value, batch):
            self.statements += 1
            self.execute(c, c.args[0] if c.args else None, env)
            return True
        if bare and not (isinstance(f, ast.Attribute) and _root_name(f.value) in self.conn_names) \
                and not (isinstance(f, ast.Name) and f.id in _HARMLESS_CALLS):
            passes_conn = any(
                isinstance(n, ast.Name) and n.id in self.conn_names
                for a in list(c.args) + [k.value for k in c.keywords] for n in ast.walk(a)
            )
            if passes_conn:
                self.note(f"`{dotted(f) or call_name(c)}(...)` receives a database connection: "
                          f"its effect on the schema is not analysed", c)
                return True
        return False

    def inline(self, c: ast.Call, fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], env: Env,
               batch: Dict[str, TableRef]) -> bool:
        """Follow a call to a helper function defined in this file (its
        parameters bound to the call's arguments)."""
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        b = bind(c, params)
        args = [(p, b.args[p]) for p in params if p in b.args]
        defaults = fn.args.defaults
        for p, d in zip(params[len(params) - len(defaults):], defaults):
            if p not in b.args:
                args.append((p, d))
        for p, node in args:  # a connection passed in stays a connection
            if any(isinstance(n, ast.Name) and n.id in self.conn_names for n in ast.walk(node)):
                self.conn_names.add(p)
        if not self.mentions_op(fn, batch):
            return False  # data-migration helper
        if fn.name in self.inlining or len(self.inlining) > 8:
            self.note(f"recursive call to `{fn.name}()` is not followed", c, "unfollowed")
            return True
        self.inlining.append(fn.name)
        try:
            self.run_function(fn, args, batch)
        finally:
            self.inlining.pop()
        return True

    def mentions_op(self, node: ast.AST, batch: Dict[str, TableRef],
                    visiting: Optional[Set[str]] = None) -> bool:
        """Does ``node`` call an ``op`` method that may change the schema, or
        run non-data SQL on a connection (directly or through a helper of
        this file)?"""
        visiting = visiting if visiting is not None else set()
        for c in pyast.walk_calls(node) if not isinstance(node, ast.FunctionDef) else _calls_in(node):
            target = self.op_target(c, batch)
            if target is not None and target[1] not in _NOOP_OPS - {"batch_alter_table"}:
                if not (target[1] == "execute" and _data_sql(c)):  # op.execute(f"UPDATE ..."): data
                    return True
            if isinstance(c.func, ast.Attribute) and c.func.attr in ("execute", "exec_driver_sql") \
                    and self._connection(c.func.value, batch) and not _data_sql(c):
                return True
            if isinstance(c.func, ast.Name) and c.func.id in self.functions \
                    and c.func.id not in visiting:
                visiting.add(c.func.id)
                if self.mentions_op(self.functions[c.func.id], batch, visiting):
                    return True
        return False

    def op_target(self, c: ast.Call, batch: Dict[str, TableRef]):
        """``(batch table or None, method)`` for ``op.method(...)`` /
        ``batch_op.method(...)``, the same reached by another name
        (``add_column(...)`` imported from ``alembic.op``, ``add = op.add_column``,
        ``getattr(op, "add_column")(...)``), else None."""
        f = c.func
        if isinstance(f, ast.Name):
            method = self.op_functions.get(f.id) or (f.id if self.op_star and f.id in _OPS else None)
            return (None, method) if method else None
        if isinstance(f, ast.Call) and isinstance(f.func, ast.Name) and f.func.id == "getattr" \
                and len(f.args) >= 2 and self.is_op(f.args[0]) and isinstance(f.args[1], ast.Constant) \
                and isinstance(f.args[1].value, str):
            return None, f.args[1].value
        if not isinstance(f, ast.Attribute):
            return None
        if self.is_op(f.value):
            return None, f.attr
        if isinstance(f.value, ast.Name) and f.value.id in batch:
            return batch[f.value.id], f.attr
        return None

    # -- control flow ----------------------------------------------------
    def _if(self, s: ast.If, env: Env, batch: Dict[str, TableRef]) -> None:
        self.expr(s.test, env, batch, bare=False)  # an operation in the condition itself runs too
        known = self.value(s.test, env)
        if isinstance(known, (bool, int, float, str, bytes, type(None))):
            # a condition fixed in the file (`if False:`, `if 0:`, a name bound to a literal):
            # only the branch it selects runs
            self.body(s.body if known else s.orelse, env, batch)
            return
        if self.mentions_op(ast.Module(body=s.body, type_ignores=[]), batch):
            self.note(f"`if {self.src.segment(s.test, 60)}`: its operations were applied as if "
                      f"the condition held", s)
        self.body(s.body, env, batch)
        if s.orelse and self.mentions_op(ast.Module(body=s.orelse, type_ignores=[]), batch):
            self.note(f"`else` branch of `if {self.src.segment(s.test, 60)}` is not applied",
                      s.orelse[0], "unfollowed")

    def _for(self, s, env: Env, batch: Dict[str, TableRef]) -> None:
        items = _literal_items(s.iter, env)
        if items is None or not isinstance(s.target, (ast.Name, ast.Tuple, ast.List)):
            if self.mentions_op(ast.Module(body=s.body, type_ignores=[]), batch):
                self.note(f"loop over `{self.src.segment(s.iter, 60)}` with migration operations: "
                          f"its run-time iterations are not followed", s, "unfollowed")
            return
        if len(items) > _MAX_UNROLL:
            self.note(f"loop over {len(items)} literal items: only the first {_MAX_UNROLL} "
                      f"iterations are followed", s)
        for item in items[:_MAX_UNROLL]:
            inner = env.child()
            inner._bind_target(s.target, item, s.lineno)
            self.body(s.body, inner, batch)

    def _with(self, s, env: Env, batch: Dict[str, TableRef]) -> None:
        inner = dict(batch)
        for item in s.items:
            ce = item.context_expr
            if isinstance(ce, ast.Call) and isinstance(ce.func, ast.Attribute) \
                    and self.is_op(ce.func.value) and ce.func.attr == "batch_alter_table":
                self.statements += 1
                b = bind(ce, ["table_name", "schema"])
                table = self.table_ref(b, "table_name", "schema", env, ce)
                if table is None:
                    self.note("`batch_alter_table` on a table whose name is not a literal: "
                              "its operations are not followed", ce)
                    return
                if isinstance(item.optional_vars, ast.Name):
                    inner[item.optional_vars.id] = table
        self.body(s.body, env, inner)

    # -- values ----------------------------------------------------------
    def value(self, node, env: Env):
        return evaluate(node, env, transparent=_TRANSPARENT)

    def string(self, node, env: Env, what: str, at) -> Optional[str]:
        """A literal string argument, or None with a note."""
        v = self.value(node, env)
        if isinstance(v, str):
            return v
        self.note(f"{what} is not a literal ({pyast.describe(v)}): the operation is not followed", at)
        return None

    def table_ref(self, b: Bound, name_key: str, schema_key: str, env: Env, at) -> Optional[TableRef]:
        node = b.get(name_key)
        if node is None:
            return None
        name = self.value(node, env)
        if not isinstance(name, str):
            return None
        schema = self.value(b.get(schema_key), env) if b.has(schema_key) else None
        if schema is not None and not isinstance(schema, str):
            self.note(f"schema {pyast.describe(schema)} is not a literal: table {name} is read "
                      f"without a schema", b.get(schema_key))
            schema = None
        return TableRef(name, schema or None)

    def names(self, node, env: Env) -> Tuple[str, ...]:
        """Column names of a list argument (expressions are left out)."""
        v = self.value(node, env)
        if isinstance(v, str):
            return (v,)
        if isinstance(v, (list, tuple)):
            return tuple(x for x in v if isinstance(x, str))
        return ()

    # -- operations ------------------------------------------------------
    def operation(self, c: ast.Call, method: str, batch: Optional[TableRef], env: Env) -> None:
        self.statements += 1
        handler = _OPS.get(method)
        if handler is not None:
            handler(self, c, batch, env)
        elif method in _NOOP_OPS:
            if method == "batch_alter_table":
                self.note("`batch_alter_table` outside a `with` block is not followed", c)
            else:
                self.noop += 1
        else:
            who = "batch_op" if batch is not None else "op"
            self.note(f"`{who}.{method}(...)` is not a known Alembic operation: not analysed", c)

    def _table_or_note(self, b: Bound, batch: Optional[TableRef], env: Env, c: ast.Call,
                       what: str, name_key: str = "table_name", schema_key: str = "schema"):
        if batch is not None:
            return batch
        table = self.table_ref(b, name_key, schema_key, env, c)
        if table is None:
            self.note(f"`{what}`: the table name is not a literal "
                      f"({pyast.describe(self.value(b.get(name_key), env))}); not followed", c)
        return table

    def execute(self, c: ast.Call, node, env: Env) -> None:
        """Literal SQL in ``op.execute`` or ``conn.execute``."""
        st = pyast.sql_text(node, env)
        if st.text is None:
            if st.is_data:
                self.noop += 1
            elif node is not None and _is_data_construct(node):
                self.noop += 1  # sa.table(...).update()/insert()/delete(): data
            else:
                self.note(f"`execute`: {st.reason}; it was not analysed", c)
            return
        line, col = self.src.string_start(st.anchor)
        got = self.sql.parse(st.text, line, col, self.loc(c), "op.execute")
        if got is None:
            self.noop += 1
            return
        self.changes.extend(got)


def _calls_in(fn: ast.FunctionDef):
    for stmt in fn.body:
        yield from pyast.walk_calls(stmt)


def _data_sql(c: ast.Call) -> bool:
    """Does an ``execute`` call run data SQL: a data statement's text (UPDATE,
    INSERT..., also an f-string that starts so) or a SQLAlchemy Core data
    query (``table.insert().values(...)``, ``.update()``, ``.delete()``,
    ``.select()``)?"""
    arg = c.args[0] if c.args else None
    return (isinstance(arg, ast.Call) and _is_data_construct(arg)) or pyast.sql_text(arg, None).is_data


def _root_name(node) -> Optional[str]:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_data_construct(node) -> bool:
    """``table.update()...``, ``sa.insert(t)``, ``sa.select(...)``: data."""
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and call_name(n) in ("update", "insert", "delete", "select", "values"):
            return True
    return False


def _literal_items(node, env: Env) -> Optional[List[ast.AST]]:
    """The element nodes of a literal list/tuple (through names), or None.

    A list written out keeps its element nodes (and their locations); one
    computed from literals (``COLS + ["b"]``) gets constant nodes located at
    the loop's iterable."""
    where = node
    for _ in range(20):
        if isinstance(node, ast.Name) and env.lookup(node.id) is not None:
            node = env.lookup(node.id)
            continue
        break
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and \
            not any(isinstance(e, ast.Starred) for e in node.elts):
        return list(node.elts)
    value = evaluate(node, env)
    if isinstance(value, (list, tuple)) and pyast.is_literal(value):
        return [_literal_node(v, where) for v in value]
    return None


def _literal_node(value, where: ast.AST) -> ast.expr:
    node: ast.expr
    if isinstance(value, (list, tuple)):
        elts = [_literal_node(v, where) for v in value]
        node = ast.Tuple(elts=elts, ctx=ast.Load()) if isinstance(value, tuple) else \
            ast.List(elts=elts, ctx=ast.Load())
    else:
        node = ast.Constant(value=value)
    return ast.copy_location(node, where)
