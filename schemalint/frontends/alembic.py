"""Alembic frontend: revision files read with :mod:`ast`, never imported.

A revision file is untrusted code: it is parsed, never imported, executed
or evaluated (see :mod:`.pyast`).  Only the body of the module-level
``upgrade()`` is applied; ``downgrade()`` is ignored.

Operations followed (``op.*`` and, inside ``with op.batch_alter_table(t)
as batch_op:``, the same methods on ``batch_op`` without the table name):

* ``create_table`` with ``sa.Column(name, type, *ForeignKey, nullable=,
  primary_key=, unique=, index=, comment=, info=, server_default=, doc=)``
  and table items ``PrimaryKeyConstraint``, ``UniqueConstraint``,
  ``ForeignKeyConstraint``, ``Index`` (``CheckConstraint`` is a no-op);
  ``schema=``, ``comment=`` and ``info=`` of the table;
* ``add_column``, ``drop_column``, ``alter_column`` (``new_column_name`` ->
  :class:`RenameColumn` applied last, as Alembic does; ``type_``,
  ``nullable`` and ``comment`` -> :class:`AlterColumn`; ``existing_*`` only
  describe the old state and are ignored), ``rename_table``, ``drop_table``;
* ``create_index``, ``create_unique_constraint``, ``create_primary_key``,
  ``create_foreign_key`` -> :class:`AddConstraint`; ``drop_constraint``
  and ``drop_index`` (by name) -> :class:`DropConstraint` (check
  constraints are not tracked);
* ``create_table_comment`` / ``drop_table_comment`` -> :class:`SetComment`
  (column comments are set by ``alter_column(comment=...)``);
* ``execute("...")`` / ``execute(sa.text("..."))`` (and ``.execute`` on a
  connection from ``op.get_bind()``) with literal SQL: DDL is handed to the
  SQL frontend located at the string's place in this file; data SQL
  (UPDATE, INSERT...) is counted as a no-op without importing sqlglot.

Python around the operations: names bound to literals (module or function
level) are resolved; ``for x in <literal list>`` loops are unrolled;
module-level helper functions that call ``op`` are inlined; ``if`` bodies
are applied as if the condition held (with a note), ``else`` branches and
``except`` handlers are not (noted when they hold operations); ``try``
bodies, ``with`` blocks and ``finally`` are followed.  Data-migration code
(sessions, queries, prints) is ignored, but a bare call that hands a
database connection to a function this file does not define is noted, as
is every ``op`` call that cannot be followed: nothing that may change the
schema is dropped silently.

Types become :class:`~schemalint.model.ColumnType` (``sa.String(16)`` ->
``varchar(16)``, whose family :mod:`schemalint.types` gives); ORM types keep their class in
``hints["orm_type"]``; sqlalchemy-utils ``StringEncryptedType`` /
``EncryptedType`` (and types named in the ``encrypted-types`` option) set
``ColumnDef.encryption = "type:<Class>"``; unknown and project-specific
types are kept by name with family ``other``.

:func:`order` orders one versions directory by its ``down_revision`` /
``depends_on`` graph.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..model import (
    UNSET, AddColumn, AddConstraint, AlterColumn, ColumnDef, ColumnType, Constraint, CreateTable,
    DropColumn, DropConstraint, DropTable, FileResult, ForeignKeyRef, Location, RenameColumn, RenameTable,
    SetComment, Skipped, TableRef,
)
from ..record import replace
from ..types import family_of
from . import pyast
from .embedded import Embedded
from .pyast import Bound, Env, Source, bind, call_name, dotted, evaluate

FORMAT = "alembic"

# --------------------------------------------------------------------------
# SQLAlchemy types
# --------------------------------------------------------------------------

#: lower-case class name -> SQL base name (the family comes from
#: :mod:`schemalint.types`).  Plain SQL types.
_SQL_TYPES: Dict[str, str] = {
    "string": "varchar", "varchar": "varchar", "unicode": "varchar",
    "nvarchar": "nvarchar", "char": "char", "nchar": "nchar",
    "text": "text", "unicodetext": "text", "clob": "clob",
    "ntext": "ntext", "tinytext": "tinytext", "mediumtext": "mediumtext",
    "longtext": "longtext", "citext": "citext", "varchar2": "varchar2",
    "nvarchar2": "nvarchar2",
    "inet": "inet", "cidr": "cidr", "macaddr": "macaddr",
    "integer": "integer", "int": "integer",
    "smallinteger": "smallint", "smallint": "smallint",
    "biginteger": "bigint", "bigint": "bigint",
    "tinyint": "tinyint", "mediumint": "mediumint",
    "year": "year", "oid": "oid",
    "numeric": "numeric", "decimal": "decimal", "money": "money",
    "number": "number",
    "float": "float", "real": "real", "double": "double",
    "double_precision": "double precision",
    "boolean": "boolean", "bit": "bit",
    "date": "date", "datetime": "timestamp",
    "timestamp": "timestamp", "datetime2": "datetime2",
    "smalldatetime": "smalldatetime", "datetimeoffset": "datetimeoffset",
    "time": "time", "interval": "interval",
    "largebinary": "blob", "binary": "binary",
    "varbinary": "varbinary", "blob": "blob", "bytea": "bytea",
    "tinyblob": "tinyblob", "mediumblob": "mediumblob",
    "longblob": "longblob", "image": "image", "raw": "raw",
    "json": "json", "jsonb": "jsonb", "hstore": "hstore",
    "uuid": "uuid", "uniqueidentifier": "uniqueidentifier",
    "enum": "enum", "array": "array",
    "tsvector": "tsvector",
}

#: ORM and extension types -> the SQL base name they store as.  Their class
#: is kept in ``hints["orm_type"]`` as evidence for the classifier.
_ORM_TYPES: Dict[str, str] = {
    "pickletype": "blob", "uuidtype": "uuid", "jsontype": "json",
    "emailtype": "varchar", "phonenumbertype": "varchar",
    "urltype": "varchar", "ipaddresstype": "varchar",
    "colortype": "varchar", "countrytype": "varchar",
    "currencytype": "varchar", "localetype": "varchar",
    "timezonetype": "varchar", "scalarlisttype": "text",
    # WeekDaysType is a bit string; ChoiceType's values are a fixed set
    "weekdaystype": "varbit", "choicetype": "enum",
    "passwordtype": "varbinary", "arrowtype": "timestamp",
    "tsvectortype": "tsvector", "ltreetype": "ltree",
    "geometry": "geometry", "geography": "geography", "raster": "raster",
    "point": "point",
    "stringencryptedtype": "stringencryptedtype",
    "encryptedtype": "encryptedtype",
}

#: sqlalchemy-utils encrypted types -> what they store when the wrapped type
#: is not known (with it, the column has the wrapped type's family).
_ENCRYPTED_TYPES = {"stringencryptedtype": "varchar", "encryptedtype": "varbinary"}

#: Positional arguments that are not the column's type.
_COLUMN_EXTRAS = {"ForeignKey", "Sequence", "Identity", "Computed", "CheckConstraint",
                  "DefaultClause", "FetchedValue", "Index", "UniqueConstraint"}

_TYPE_KW_PARAMS = ("length", "precision", "scale")

#: Imported dialect modules -> SQL dialect for ``op.execute`` SQL.
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


# --------------------------------------------------------------------------
# Parse
# --------------------------------------------------------------------------


def parse(source, options=None) -> FileResult:
    """Read one revision file: changes of ``upgrade()`` and the revision
    identifiers in ``meta``.  Never raises, never executes the file."""
    src = Source(source.path, source.text)
    tree = pyast.parse_module(src)
    if not isinstance(tree, ast.Module):
        return FileResult(source.path, FORMAT, (tree,), stats={"statements": 0, "noop": 0})
    try:
        return _analyse(src, tree, options)
    except RecursionError:  # pathological nesting the parser accepted
        return FileResult(source.path, FORMAT, (pyast.too_deep(src),),
                          stats={"statements": 0, "noop": 0})


def _analyse(src: Source, tree: ast.Module, options) -> FileResult:
    ctx = _Ctx(src, options, tree)
    meta = _revision_meta(ctx)
    upgrade = ctx.functions.get("upgrade")
    if upgrade is None:
        if meta.get("revision") is not None:
            ctx.note("revision file has no module-level upgrade() function: nothing applied",
                     tree.body[0] if tree.body else None)
        else:
            ctx.noop += 1  # env.py and other Alembic helpers: not a revision
    else:
        ctx.run_function(upgrade, ())
    return FileResult(
        src.path, FORMAT, tuple(ctx.changes), meta=meta, dialect=ctx.sql.dialect,
        stats={"statements": ctx.statements, "noop": ctx.noop},
    )


def _revision_meta(ctx: "_Ctx") -> Dict[str, object]:
    """``revision``, ``down_revision``, ``branch_labels``, ``depends_on``
    as JSON values (None, a string, or a list of strings)."""
    meta: Dict[str, object] = {}
    for key in ("revision", "down_revision", "branch_labels", "depends_on"):
        node = ctx.module_env.lookup(key)
        if node is None:
            meta[key] = None
            continue
        value = evaluate(node, ctx.module_env)
        if value is None or isinstance(value, str):
            meta[key] = value
        elif isinstance(value, (list, tuple, set)) and all(isinstance(v, str) for v in value):
            meta[key] = list(value) if key != "revision" else None
        else:
            meta[key] = None
            ctx.note(f"`{key}` is not a literal ({pyast.describe(value)}): it is not used "
                     f"to order this revision", node)
    if isinstance(meta.get("branch_labels"), str):
        meta["branch_labels"] = [meta["branch_labels"]]
    if isinstance(meta.get("depends_on"), str):
        meta["depends_on"] = [meta["depends_on"]]
    return meta


class _Ctx:
    """State of one file's analysis."""

    def __init__(self, src: Source, options, tree: ast.Module):
        self.src = src
        self.path = src.path
        self.options = options
        self.changes: List[object] = []
        self.statements = 0
        self.noop = 0
        self.module_env = Env.from_body(tree.body)
        self.functions: Dict[str, ast.FunctionDef] = {
            s.name: s for s in tree.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        self.op_names: Set[str] = {"op", "alembic.op"}
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

    def note(self, reason: str, node, kind: str = "unsupported") -> None:
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

    # -- walking ---------------------------------------------------------
    def run_function(self, fn: ast.FunctionDef, args: Sequence[Tuple[str, ast.AST]],
                     batch: Optional[Dict[str, TableRef]] = None) -> None:
        env = Env(self.module_env)
        for name, value in args:
            env.bind(name, value)
        self.body(fn.body, env, dict(batch or {}))

    def body(self, stmts: Sequence[ast.stmt], env: Env, batch: Dict[str, TableRef]) -> None:
        for stmt in stmts:
            self.stmt(stmt, env, batch)

    def stmt(self, s: ast.stmt, env: Env, batch: Dict[str, TableRef]) -> None:
        if isinstance(s, ast.Expr):
            self.expr(s.value, env, batch, bare=True)
        elif isinstance(s, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            if s.value is not None:
                self.expr(s.value, env, batch, bare=False)
                self._track_connections(s)
            env.bind_statement(s)
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.expr(s.value, env, batch, bare=False)
        elif isinstance(s, ast.If):
            self._if(s, env, batch)
        elif isinstance(s, (ast.For, ast.AsyncFor)):
            self._for(s, env, batch)
        elif isinstance(s, ast.While):
            if self.mentions_op(s, batch):
                self.note("`while` loop with migration operations: run-time iterations are not "
                          "followed", s)
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            self._with(s, env, batch)
        elif isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            self.body(s.body, env, batch)
            for h in s.handlers:
                if self.mentions_op(h, batch):
                    self.note("`except` handler with migration operations is not applied", h)
            self.body(s.orelse, env, batch)
            self.body(s.finalbody, env, batch)
        elif isinstance(s, (ast.Import, ast.ImportFrom)):
            self.imports(s)
        elif type(s).__name__ == "Match":
            if self.mentions_op(s, batch):
                self.note("`match` statement with migration operations is not followed", s)
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
                self.note(f"`{dotted(c.func)}(...)` inside an expression is not followed", c)

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
                and _root_name(f.value) in self.conn_names:
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

    def inline(self, c: ast.Call, fn: ast.FunctionDef, env: Env, batch: Dict[str, TableRef]) -> bool:
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
            self.note(f"recursive call to `{fn.name}()` is not followed", c)
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
                return True
            if isinstance(c.func, ast.Attribute) and c.func.attr in ("execute", "exec_driver_sql") \
                    and _root_name(c.func.value) in self.conn_names \
                    and not pyast.sql_text(c.args[0] if c.args else None, None).is_data:
                return True
            if isinstance(c.func, ast.Name) and c.func.id in self.functions \
                    and c.func.id not in visiting:
                visiting.add(c.func.id)
                if self.mentions_op(self.functions[c.func.id], batch, visiting):
                    return True
        return False

    def op_target(self, c: ast.Call, batch: Dict[str, TableRef]):
        """``(batch table or None, method)`` for ``op.method(...)`` /
        ``batch_op.method(...)``, else None."""
        f = c.func
        if not isinstance(f, ast.Attribute):
            return None
        if self.is_op(f.value):
            return None, f.attr
        if isinstance(f.value, ast.Name) and f.value.id in batch:
            return batch[f.value.id], f.attr
        return None

    # -- control flow ----------------------------------------------------
    def _if(self, s: ast.If, env: Env, batch: Dict[str, TableRef]) -> None:
        if self.mentions_op(ast.Module(body=s.body, type_ignores=[]), batch):
            self.note(f"`if {self.src.segment(s.test, 60)}`: its operations were applied as if "
                      f"the condition held", s)
        self.body(s.body, env, batch)
        if s.orelse and self.mentions_op(ast.Module(body=s.orelse, type_ignores=[]), batch):
            self.note(f"`else` branch of `if {self.src.segment(s.test, 60)}` is not applied",
                      s.orelse[0])

    def _for(self, s, env: Env, batch: Dict[str, TableRef]) -> None:
        items = _literal_items(s.iter, env)
        if items is None or not isinstance(s.target, (ast.Name, ast.Tuple, ast.List)):
            if self.mentions_op(ast.Module(body=s.body, type_ignores=[]), batch):
                self.note(f"loop over `{self.src.segment(s.iter, 60)}` with migration operations: "
                          f"its run-time iterations are not followed", s)
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


def _literal_node(value, where: ast.AST) -> ast.AST:
    if isinstance(value, (list, tuple)):
        elts = [_literal_node(v, where) for v in value]
        node = ast.Tuple(elts=elts, ctx=ast.Load()) if isinstance(value, tuple) else \
            ast.List(elts=elts, ctx=ast.Load())
    else:
        node = ast.Constant(value=value)
    return ast.copy_location(node, where)


# --------------------------------------------------------------------------
# Types and columns
# --------------------------------------------------------------------------


def _type_call(node) -> Optional[ast.AST]:
    """Strip method chains such as ``.with_variant(...)``."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr[:1].islower() and node.func.attr not in ("text",):
        node = node.func.value
    return node


def _type_class(node) -> Optional[str]:
    node = _type_call(node)
    if isinstance(node, ast.Call):
        node = node.func
    name = dotted(node)
    if name is None and isinstance(node, ast.Attribute):
        return node.attr
    return name.rsplit(".", 1)[-1] if name else None


def _known_type_name(node) -> bool:
    """A bare type class such as ``sa.Integer`` or ``EmailType``."""
    cls = _type_class(node)
    return bool(cls) and (cls.lower() in _SQL_TYPES or cls.lower() in _ORM_TYPES
                          or cls.endswith("Type"))


def looks_like_type(node) -> bool:
    cls = _type_class(node)
    if not cls:
        return False
    low = cls.lower()
    return low in _SQL_TYPES or low in _ORM_TYPES or cls.endswith("Type") or cls[:1].isupper()


def column_type(ctx: _Ctx, node, env: Env) -> Tuple[ColumnType, Optional[str], Dict[str, str]]:
    """``(ColumnType, encryption, hints)`` for a SQLAlchemy type expression."""
    raw = ctx.src.segment(node, 120)
    for _ in range(10):  # MyType = sa.String(50) at module level
        bound = env.lookup(node.id) if isinstance(node, ast.Name) else None
        if bound is None or not isinstance(bound, (ast.Call, ast.Attribute, ast.Name)):
            break
        node = bound
    node = _type_call(node)
    cls = _type_class(node) or raw
    low = cls.lower()
    hints: Dict[str, str] = {}
    encryption = None
    params: List[str] = []
    call = node if isinstance(node, ast.Call) else None
    if low in _SQL_TYPES:
        name = _SQL_TYPES[low]
    else:
        name = _ORM_TYPES.get(low, low)
        hints["orm_type"] = cls
    if low in _ENCRYPTED_TYPES or low in ctx.encrypted_types:
        encryption = f"type:{cls}"
        family = family_of(_ENCRYPTED_TYPES.get(low, name))
        under = _underlying(call)
        if under is not None:
            inner, _, _ = column_type(ctx, under, env)
            family = inner.family
            params.append(inner.name)
    else:
        if call is not None:
            params = _type_params(ctx, call, env)
        family = family_of(name, params)
    return ColumnType(name, family, tuple(params), raw), encryption, hints


def _underlying(call: Optional[ast.Call]) -> Optional[ast.AST]:
    """The wrapped type of ``StringEncryptedType(sa.Unicode, key, ...)``."""
    if call is None:
        return None
    for kw in call.keywords:
        if kw.arg in ("type_in", "underlying_type"):
            return kw.value
    if call.args and looks_like_type(call.args[0]) and not isinstance(call.args[0], ast.Constant):
        return call.args[0]
    return None


def _type_params(ctx: _Ctx, call: ast.Call, env: Env) -> List[str]:
    out: List[str] = []
    for a in call.args:
        v = ctx.value(a, env)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))
        elif isinstance(v, str):
            out.append(v)
        elif looks_like_type(a):
            out.append(column_type(ctx, a, env)[0].name)
    for key in _TYPE_KW_PARAMS:
        for kw in call.keywords:
            if kw.arg == key:
                v = ctx.value(kw.value, env)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(str(v))
    return out


def _fk_ref(target: str) -> Optional[ForeignKeyRef]:
    """``ForeignKey("schema.table.col")`` -> reference."""
    parts = target.split(".")
    if len(parts) < 2:
        return None
    schema = parts[-3] if len(parts) >= 3 else None
    return ForeignKeyRef(TableRef(parts[-2], schema), (parts[-1],))


def column_def(ctx: _Ctx, c: ast.Call, env: Env):
    """``(ColumnDef, [column-level Constraint])`` for ``sa.Column(...)``,
    or ``(None, [])`` after a note when it cannot be read."""
    args = list(c.args)
    if any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in c.keywords):
        ctx.note("`Column(...)` with `*args`/`**kwargs`: not analysed", c)
        return None, []
    kw = {k.arg: k.value for k in c.keywords}
    name_node = kw.get("name")
    if name_node is None and args and (isinstance(ctx.value(args[0], env), str) or not (
            isinstance(args[0], ast.Call) or _known_type_name(args[0]))):
        name_node = args.pop(0)  # Column(name, type, ...); Column(type) has no name
    name = ctx.value(name_node, env) if name_node is not None else None
    if not isinstance(name, str):
        what = pyast.describe(name) if name_node is not None else "missing"
        ctx.note(f"`Column(...)` whose name is not a literal ({what}): column not analysed", c)
        return None, []
    type_node = kw.get("type_")
    refs: Optional[ForeignKeyRef] = None
    for a in args:
        cls = call_name(a) if isinstance(a, ast.Call) else None
        if cls == "ForeignKey":
            target = ctx.value(a.args[0], env) if a.args else ctx.value(
                next((k.value for k in a.keywords if k.arg == "column"), None), env)
            if isinstance(target, str):
                refs = _fk_ref(target)
        elif cls in _COLUMN_EXTRAS:
            continue
        elif type_node is None:
            type_node = a
    ctype, encryption, hints = (column_type(ctx, type_node, env) if type_node is not None
                                else (None, None, {}))

    def flag(key: str, default: bool) -> bool:
        return _bool(ctx.value(kw[key], env), default) if key in kw else default

    primary = flag("primary_key", False)
    comment = None
    if "comment" in kw:
        cv = ctx.value(kw["comment"], env)
        if isinstance(cv, str) or cv is None:
            comment = cv
        else:
            ctx.note(f"comment of column {name} is not a literal ({pyast.describe(cv)})", kw["comment"])
    if "info" in kw:
        hints["info"] = ctx.src.segment(kw["info"], 300)
    if "doc" in kw and isinstance(ctx.value(kw["doc"], env), str):
        hints["doc"] = ctx.value(kw["doc"], env)
    default = None
    if "server_default" in kw:
        dv = pyast.sql_text(kw["server_default"], env)
        default = dv.text if dv.text is not None else ctx.src.segment(kw["server_default"], 80)
    loc = ctx.loc(c)
    col = ColumnDef(
        name=name, type=ctype, location=loc,
        nullable=flag("nullable", not primary), primary_key=primary,
        unique=flag("unique", False), default=default, comment=comment, references=refs,
        encryption=encryption, hints=hints,
    )
    extra = []
    if flag("index", False):
        extra.append(Constraint("index", (name,), loc))
    return col, extra


def _bool(v, default: bool) -> bool:
    return v if isinstance(v, bool) else default


# --------------------------------------------------------------------------
# Operation handlers
# --------------------------------------------------------------------------


def _op_create_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["table_name"])
    table = ctx.table_ref(b, "table_name", "schema", env, c)
    if table is None:
        ctx.note(f"`create_table`: the table name is not a literal "
                 f"({pyast.describe(ctx.value(b.get('table_name'), env))}); not followed", c)
        return
    items: List[ast.AST] = []
    for a in b.extra:
        if isinstance(a, ast.Starred):
            v = ctx.value(a.value, env)
            if isinstance(v, (list, tuple)) and all(isinstance(x, ast.Call) for x in v):
                items.extend(v)
            else:
                ctx.note(f"`create_table({table}, *{ctx.src.segment(a.value, 40)})`: a column list "
                         f"built at run time is not analysed", a)
            continue
        v = ctx.value(a, env)
        items.append(v if isinstance(v, ast.Call) else a)
    columns: List[ColumnDef] = []
    constraints: List[Constraint] = []
    for item in items:
        _table_item(ctx, item, env, table, columns, constraints)
    comment = None
    if "comment" in b.kwargs:
        cv = ctx.value(b.kwargs["comment"], env)
        comment = cv if isinstance(cv, str) else None
    hints = {"info": ctx.src.segment(b.kwargs["info"], 300)} if "info" in b.kwargs else {}
    ctx.emit(CreateTable(table, tuple(columns), ctx.loc(c), comment=comment,
                         constraints=tuple(constraints), hints=hints))


def _table_item(ctx: _Ctx, item, env: Env, table: TableRef, columns: list, constraints: list) -> None:
    """One positional item of ``create_table``."""
    cls = call_name(item) if isinstance(item, ast.Call) else None
    loc = ctx.loc(item)
    if cls == "Column":
        col, extra = column_def(ctx, item, env)
        if col is not None:
            columns.append(col)
            constraints.extend(extra)
    elif cls in ("PrimaryKeyConstraint", "UniqueConstraint"):
        b = bind(item, [])
        cols = tuple(x for x in (ctx.value(a, env) for a in b.extra) if isinstance(x, str))
        kind = "primary" if cls == "PrimaryKeyConstraint" else "unique"
        constraints.append(Constraint(kind, cols, loc, _name(ctx, b.kwargs.get("name"), env)))
    elif cls == "ForeignKeyConstraint":
        b = bind(item, ["columns", "refcolumns"])
        cols = ctx.names(b.get("columns"), env)
        refcols = [r for r in ctx.names(b.get("refcolumns"), env)]
        ref = None
        if refcols and "." in refcols[0]:
            target = _fk_ref(refcols[0])
            if target is not None:
                ref = ForeignKeyRef(target.table, tuple(r.rsplit(".", 1)[-1] for r in refcols))
        constraints.append(Constraint("foreign", cols, loc, _name(ctx, b.get("name"), env), ref))
    elif cls == "Index":
        b = bind(item, ["name"])
        cols = tuple(x for x in (ctx.value(a, env) for a in b.extra) if isinstance(x, str))
        unique = _bool(ctx.value(b.kwargs.get("unique"), env), False)
        constraints.append(Constraint("unique" if unique else "index", cols, loc,
                                      _name(ctx, b.get("name"), env)))
    elif cls in ("CheckConstraint", "ExcludeConstraint", "Computed", "Identity"):
        ctx.noop += 1
    else:
        ctx.note(f"`create_table({table}, ...)`: item `{ctx.src.segment(item, 60)}` is not a "
                 f"column or constraint this frontend reads", item)


def _name(ctx: _Ctx, node, env: Env) -> Optional[str]:
    if node is None:
        return None
    v = ctx.value(node, env)
    if isinstance(v, ast.Call) and call_name(v) == "f" and v.args:
        v = ctx.value(v.args[0], env)
    return v if isinstance(v, str) else None


def _op_add_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column"] if batch else ["table_name", "column"])
    table = ctx._table_or_note(b, batch, env, c, "add_column")
    if table is None:
        return
    node = b.get("column")
    col_call = ctx.value(node, env) if node is not None else None
    if not (isinstance(col_call, ast.Call) and call_name(col_call) == "Column"):
        ctx.note(f"`add_column` on {table}: the column is not a literal `Column(...)` "
                 f"({pyast.describe(col_call)}); not analysed", c)
        return
    col, extra = column_def(ctx, col_call, env)
    if col is None:
        return
    ctx.emit(AddColumn(table, col, ctx.loc(c)))
    for con in extra:
        ctx.emit(AddConstraint(table, con))


def _op_drop_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column_name"] if batch else ["table_name", "column_name"])
    table = ctx._table_or_note(b, batch, env, c, "drop_column")
    if table is None:
        return
    name = ctx.string(b.get("column_name"), env, f"`drop_column` on {table}: the column name", c)
    if name is not None:
        ctx.emit(DropColumn(table, name, ctx.loc(c)))


def _op_alter_column(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["column_name"] if batch else ["table_name", "column_name"])
    table = ctx._table_or_note(b, batch, env, c, "alter_column")
    if table is None:
        return
    name = ctx.string(b.get("column_name"), env, f"`alter_column` on {table}: the column name", c)
    if name is None:
        return
    loc = ctx.loc(c)
    kw = b.kwargs
    ctype = encryption = None
    hints: Dict[str, str] = {}
    if "type_" in kw and ctx.value(kw["type_"], env) is not None:
        ctype, encryption, hints = column_type(ctx, kw["type_"], env)
    nullable = None
    if "nullable" in kw:
        v = ctx.value(kw["nullable"], env)
        if isinstance(v, bool):
            nullable = v
        elif v is not None:
            ctx.note(f"`alter_column` {table}.{name}: nullable is not a literal", kw["nullable"])
    comment = UNSET
    if "comment" in kw:
        v = ctx.value(kw["comment"], env)
        if v is False:
            comment = UNSET  # Alembic's default: unchanged
        elif isinstance(v, str) or v is None:
            comment = v
        else:
            ctx.note(f"`alter_column` {table}.{name}: comment is not a literal ({pyast.describe(v)})",
                     kw["comment"])
    if ctype is not None or nullable is not None or comment != UNSET:
        ctx.emit(AlterColumn(table, name, loc, type=ctype, nullable=nullable, comment=comment,
                             encryption=encryption, hints=hints))
    new = kw.get("new_column_name")
    if new is not None:
        new_name = ctx.value(new, env)
        if isinstance(new_name, str):
            if new_name != name:
                ctx.emit(RenameColumn(table, name, new_name, loc))
        elif new_name is not None:
            ctx.note(f"`alter_column` {table}.{name}: new_column_name is not a literal "
                     f"({pyast.describe(new_name)}); the rename is not followed", new)
    elif ctype is None and nullable is None and comment == UNSET:
        ctx.noop += 1  # server_default / autoincrement only


def _op_rename_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["old_table_name", "new_table_name"])
    old = ctx._table_or_note(b, None, env, c, "rename_table", "old_table_name")
    new = ctx.string(b.get("new_table_name"), env, "`rename_table`: the new table name", c)
    if old is not None and new is not None:
        ctx.emit(RenameTable(old, TableRef(new, old.schema), ctx.loc(c)))


def _op_drop_table(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["table_name"])
    table = ctx._table_or_note(b, None, env, c, "drop_table")
    if table is not None:
        ctx.emit(DropTable(table, ctx.loc(c)))


def _op_create_index(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["index_name", "columns"] if batch else ["index_name", "table_name", "columns"])
    table = ctx._table_or_note(b, batch, env, c, "create_index")
    if table is None:
        return
    unique = _bool(ctx.value(b.kwargs.get("unique"), env), False)
    cols = ctx.names(b.get("columns"), env)
    ctx.emit(AddConstraint(table, Constraint("unique" if unique else "index", cols, ctx.loc(c),
                                             _name(ctx, b.get("index_name"), env))))


def _constraint_op(kind: str):
    def handler(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
        b = bind(c, ["constraint_name", "columns"] if batch else
                 ["constraint_name", "table_name", "columns"])
        table = ctx._table_or_note(b, batch, env, c, f"create_{kind}")
        if table is None:
            return
        cols = ctx.names(b.get("columns"), env)
        ctx.emit(AddConstraint(table, Constraint(kind, cols, ctx.loc(c),
                                                 _name(ctx, b.get("constraint_name"), env))))
    return handler


def _op_create_foreign_key(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    params = (["constraint_name", "referent_table", "local_cols", "remote_cols"] if batch else
              ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"])
    b = bind(c, params)
    table = ctx._table_or_note(b, batch, env, c, "create_foreign_key", "source_table", "source_schema")
    if table is None:
        return
    ref_table = ctx.value(b.get("referent_table"), env)
    ref_schema = ctx.value(b.kwargs.get("referent_schema"), env)
    ref = None
    if isinstance(ref_table, str):
        ref = ForeignKeyRef(TableRef(ref_table, ref_schema if isinstance(ref_schema, str) else None),
                            ctx.names(b.get("remote_cols"), env))
    ctx.emit(AddConstraint(table, Constraint("foreign", ctx.names(b.get("local_cols"), env),
                                             ctx.loc(c), _name(ctx, b.get("constraint_name"), env),
                                             ref)))


def _op_create_table_comment(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["comment"] if batch else ["table_name", "comment"])
    table = ctx._table_or_note(b, batch, env, c, "create_table_comment")
    if table is None:
        return
    v = ctx.value(b.get("comment"), env)
    if isinstance(v, str) or v is None:
        ctx.emit(SetComment(table, None, v, ctx.loc(c)))
    else:
        ctx.note(f"`create_table_comment` on {table}: the comment is not a literal", c)


def _op_drop_table_comment(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, [] if batch else ["table_name"])
    table = ctx._table_or_note(b, batch, env, c, "drop_table_comment")
    if table is not None:
        ctx.emit(SetComment(table, None, None, ctx.loc(c)))


#: ``type_`` of ``drop_constraint`` -> key kind (check constraints are not tracked).
_DROP_KINDS = {"foreignkey": "foreign", "primary": "primary", "unique": "unique"}


def _op_drop_constraint(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["constraint_name", "type_"] if batch else ["constraint_name", "table_name", "type_"])
    table = ctx._table_or_note(b, batch, env, c, "drop_constraint")
    if table is None:
        return
    kind = ctx.value(b.get("type_"), env)
    name = _name(ctx, b.get("constraint_name"), env)
    if kind == "check" or name is None:
        ctx.noop += 1  # check constraints are not tracked; an unnamed drop names nothing
        return
    ctx.emit(DropConstraint(table, ctx.loc(c), name=name, kind=_DROP_KINDS.get(kind)))


def _op_drop_index(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["index_name"] if batch else ["index_name", "table_name"])
    name = _name(ctx, b.get("index_name"), env)
    if name is None:
        ctx.note("`drop_index`: the index name is not a literal; not followed", c)
        return
    table = batch if batch is not None else ctx.table_ref(b, "table_name", "schema", env, c)
    ctx.emit(DropConstraint(table, ctx.loc(c), name=name))


def _op_execute(ctx: _Ctx, c: ast.Call, batch, env: Env) -> None:
    b = bind(c, ["sqltext"])
    ctx.execute(c, b.get("sqltext"), env)


_OPS = {
    "create_table": _op_create_table,
    "add_column": _op_add_column,
    "drop_column": _op_drop_column,
    "alter_column": _op_alter_column,
    "rename_table": _op_rename_table,
    "drop_table": _op_drop_table,
    "create_index": _op_create_index,
    "create_unique_constraint": _constraint_op("unique"),
    "create_primary_key": _constraint_op("primary"),
    "create_foreign_key": _op_create_foreign_key,
    "create_table_comment": _op_create_table_comment,
    "drop_table_comment": _op_drop_table_comment,
    "drop_constraint": _op_drop_constraint,
    "drop_index": _op_drop_index,
    "execute": _op_execute,
}


# --------------------------------------------------------------------------
# Order: the revision graph
# --------------------------------------------------------------------------


def _as_list(value) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


def order(results: List[FileResult]) -> List[FileResult]:
    """Order one versions directory by its revision graph.

    A revision comes after every ``down_revision`` (a tuple for a merge)
    and every ``depends_on`` entry (a revision id or a branch label).
    Revisions with no order between them (branches) are ordered by path, so
    the result is deterministic.  Files that declare no revision come
    last, by path.  A missing parent, a duplicate revision id or a cycle
    still yields an order, with a note at the file concerned.
    """
    notes: Dict[str, List[Skipped]] = {}

    def note(r: FileResult, text: str) -> None:
        notes.setdefault(r.path, []).append(Skipped(text, Location(r.path, 1, 1)))

    by_rev: Dict[str, FileResult] = {}
    others: List[FileResult] = []
    for r in sorted(results, key=lambda r: r.path):
        rev = r.meta.get("revision")
        if not isinstance(rev, str):
            others.append(r)
        elif rev in by_rev:
            note(r, f"revision {rev} is also declared by {by_rev[rev].path}: this file is "
                    f"ordered after the other files")
            others.append(r)
        else:
            by_rev[rev] = r
    labels: Dict[str, List[str]] = {}
    for rev, r in by_rev.items():
        for label in _as_list(r.meta.get("branch_labels")):
            labels.setdefault(label, []).append(rev)

    parents: Dict[str, Set[str]] = {rev: set() for rev in by_rev}
    for rev, r in by_rev.items():
        for parent in _as_list(r.meta.get("down_revision")):
            if parent in by_rev:
                parents[rev].add(parent)
            else:
                note(r, f"down_revision {parent} is not among the revisions here: "
                        f"ordered as if it were a root")
        for dep in _as_list(r.meta.get("depends_on")):
            if dep in by_rev:
                parents[rev].add(dep)
            elif dep in labels:
                parents[rev].update(x for x in labels[dep] if x != rev)
            else:
                note(r, f"depends_on {dep} is not a revision or branch label here: ignored")

    ordered_revs = pyast.toposort(parents, key=lambda rev: by_rev[rev].path,
                             on_cycle=lambda rev: note(by_rev[rev], (
                                 f"revision {rev} is part of a dependency cycle: it was ordered "
                                 f"before some of its parents")))
    out = [by_rev[rev] for rev in ordered_revs] + others
    return [replace(r, changes=tuple(r.changes) + tuple(notes[r.path])) if r.path in notes else r
            for r in out]
