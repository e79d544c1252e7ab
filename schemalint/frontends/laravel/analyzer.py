"""Laravel migrations (the ``laravel`` format): the migration reader.

:class:`MigrationAnalyzer` runs a migration's ``up()`` through the PHP
interpreter (:mod:`schemalint.frontends.php`) and reads the calls on
Laravel's objects: the ``Schema`` facade (here), Blueprint callbacks
(:mod:`.blueprint`), the ``DB`` facade's SQL, and, in OpenSID's CodeIgniter
migrations, ``$this->dbforge``/``$this->db`` and ``MY_Model`` helpers
(:mod:`schemalint.frontends.codeigniter`).  See the package docstring for
what it follows and what becomes a note.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from ...model import (
    Annotate,
    DropColumn,
    DropTable,
    FileResult,
    Location,
    ParseFailure,
    RenameTable,
    Skipped,
)
from ...record import dataclass
from .. import treesitter as ts
from ..codeigniter import GUARD_CALLS as _GUARD_CI
from ..codeigniter import NOT_HANDLED, CIDb, CIForge, CodeIgniterCalls
from ..php.interpreter import NOT_CALLED
from ..php.values import UNKNOWN, Closure, Raw, collect_classes, str_list, table_ref
from .blueprint import Blueprint, BlueprintCalls, Col, Index
from .models import ModelReader

FORMAT = "laravel"

#: methods of Laravel's Migration base classes without schema effect
_BASE_NOOP_METHODS = frozenset({"getconnection", "shouldrun", "driver", "call", "command",
                                "withintransaction", "info", "line", "comment"})

_GUARD_SCHEMA = frozenset({"hastable", "hascolumn", "hascolumns", "hasindex", "hasview"})

#: tokens of a schema call: a syntax error or an unreached method holding
#: one may hide a schema change
_SCHEMA_TOKENS = frozenset({"Schema", "DB", "Blueprint", "dbforge", "Capsule", "tambahForeignKey",
                            "tambahIndeks", "tambah_foreign_key", "tambah_indeks"})
_SCHEMA_VARS = frozenset({"table", "blueprint"})


@dataclass(eq=False)
class SchemaRef:
    """The ``Schema`` facade (on a connection)."""

    connection: Optional[str] = None


@dataclass(eq=False)
class DBRef:
    """The ``DB`` facade (on a connection)."""

    connection: Optional[str] = None


@dataclass(eq=False)
class PdoRef:
    """The connection's PDO (``DB::getPdo()``): ``exec``/``query`` run SQL."""


@dataclass(eq=False)
class Prepared:
    """``$pdo->prepare('...')``: its SQL runs on ``->execute()``."""

    args: Any
    node: Any


@dataclass(eq=False)
class AppRef:
    """The service container (``app()``, ``App::``): ``make('db.schema')``."""


def _takes_blueprint(fn) -> bool:
    """Does the closure declare a parameter of type ``Blueprint``?"""
    params = fn.child_by_field_name("parameters")
    for p in params.named_children if params is not None else ():
        t = p.child_by_field_name("type")
        if t is not None and ts.text(t).lstrip("?\\").rsplit("\\", 1)[-1] == "Blueprint":
            return True
    return False


#: container bindings of the schema builder and the database manager
_BINDINGS = {"db.schema": SchemaRef, "db": DBRef, "db.connection": DBRef}


def _resolve(args) -> Any:
    """``app('db.schema')``, ``resolve('db')``, ``app()->make(...)``."""
    v = args[0][0] if args else None
    kind = _BINDINGS.get(v) if isinstance(v, str) else None
    return kind() if kind is not None else None


class MigrationAnalyzer(BlueprintCalls, CodeIgniterCalls):
    SCHEMA_TOKENS = _SCHEMA_TOKENS
    SCHEMA_VARS = _SCHEMA_VARS
    GUARD_CALLS = _GUARD_SCHEMA | _GUARD_CI
    GUARD_PREFIXES = ("whentable",)

    def __init__(self, path: str, text: str, options):
        # Laravel projects default to MySQL
        super().__init__(path, text, options, "mysql")

    # -- driver ------------------------------------------------------------
    def run(self) -> FileResult:
        tree, self.src = ts.parse("php", self.text)
        root = tree.root_node
        self.collect_uses(root)
        self.classes = collect_classes(root, lambda n: self.ev(n, {}))
        migrations = [c for c in self.classes if "up" in c.methods]
        meta: Dict[str, Any] = {"migration": self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]}
        if migrations:
            meta["class"] = migrations[0].name if len(migrations) == 1 else [c.name for c in migrations]
            for c in migrations:
                self.cls = c
                self.call_method(c, "up", [], {}, c.methods["up"], entry=True)
            self._report_unreached(migrations)
        else:
            self.cls = None
            self.block(root, {})
            analysed_any = False
            for c in self.classes:
                if c.kind == "trait":
                    continue
                self.cls = c
                for name, m in c.methods.items():
                    if name == "down":
                        continue
                    if (c.node.id, name) in self.visited_methods:
                        continue
                    if not self.mentions_schema(m):
                        continue
                    analysed_any = True
                    self.call_method(c, name, [], {}, m, entry=True)
            if analysed_any:
                self.changes.append(Skipped(
                    "no migration up() method in this file: every method with schema calls "
                    "was analysed in declaration order", Location(self.path), "noop"))
            if any("casts" in c.props or "casts" in c.methods for c in self.classes):
                # an Eloquent model that detection took for a migration (it
                # calls ->create(...)): its casts are still evidence
                reader = ModelReader(self.path, self.text)
                found = reader.read(self)
                self.changes.extend(reader.changes)
                if found:
                    meta["models"] = found
        self._errors(root)
        self._directives()
        stats = {"statements": self.statements, "noop": self.noop}
        return FileResult(self.path, FORMAT, tuple(self.changes), meta, self.embedded.dialect, stats)


    def _report_unreached(self, migrations) -> None:
        for c in migrations:
            for name, m in c.methods.items():
                if name in ("up", "down", "__construct") or (c.node.id, name) in self.visited_methods:
                    continue
                body = m.child_by_field_name("body")
                if body is not None and self.mentions_schema(body):
                    self.note(f"method {c.name}::{ts.text(m.child_by_field_name('name'))}() is not "
                              f"called from up(): not analysed", m)

    def _errors(self, root) -> None:
        for err in ts.iter_errors(root):
            b = err.start_byte
            if any(s <= b <= e for s, e in self.error_ranges):
                continue
            scope = err
            if err.is_missing or not err.named_children:
                # look at the statement around a MISSING token
                scope = err.parent or err
                while scope.parent is not None and not scope.type.endswith("statement") \
                        and scope.type not in ("method_declaration", "program"):
                    scope = scope.parent
            in_down = False
            p = err.parent
            while p is not None:
                if p.type == "method_declaration":
                    mn = p.child_by_field_name("name")
                    in_down = mn is not None and ts.text(mn).lower() == "down"
                    break
                p = p.parent
            msg = ts.describe_error(err, self.src)
            where = self.loc(err)
            if err.is_error and err.start_byte == 0:
                # the whole file is one ERROR node: point at its end, where
                # the unclosed construct gave up
                row, bcol = err.end_point
                where = Location(self.path, row + 1, bcol + 1)
                msg = "syntax error: the file does not parse to its end (unclosed bracket, brace " \
                      "or string?)"
            if self.mentions_schema(scope if scope.type != "program" else err) and not in_down:
                self.changes.append(ParseFailure(
                    f"{msg}: the unreadable code may hold schema changes (PHP would refuse to run "
                    f"this file)", where))
            elif in_down:
                self.changes.append(Skipped(
                    f"{msg} in down(), which is not replayed; PHP would refuse to run this file",
                    where))
            else:
                self.changes.append(Skipped(
                    f"{msg} outside any schema call; PHP would refuse to run this file", where))
            self.error_ranges.append((err.start_byte, err.end_byte))

    def _directives(self) -> None:
        if "schemalint" not in self.text.lower():
            return
        from ... import annotations as ann_mod

        for d in ann_mod.scan_directives(self.text):
            if not d.annotation.values and not d.annotation.errors:
                continue  # suppressions only: the filter stage reads those
            target = self.line_targets.get(d.target_line)
            loc = Location(self.path, d.line, d.col)
            if target is None:
                self.changes.append(Skipped(
                    f"schemalint annotation on line {d.line} is not next to a column or table "
                    f"definition: not applied", loc))
                continue
            self.changes.append(Annotate(target[0], target[1], "schemalint: " + d.annotation.text,
                                         loc, "comment"))


    # -- Laravel's objects -------------------------------------------------
    def function_value(self, fname: str, args) -> Any:
        if fname in ("app", "resolve"):
            return _resolve(args) if args else AppRef()
        if fname == "schema":
            return SchemaRef()
        return None

    def static_scope(self, full: str, base: str) -> Any:
        if base == "Schema" and (full == "Schema" or "Facades" in full or "\\" not in full):
            return SchemaRef()
        if base == "DB" and (full == "DB" or "Facades" in full or "\\" not in full):
            return DBRef()
        if base in ("Capsule", "Manager") and ("Capsule" in full):
            return ("capsule",)
        if base == "App" and (full == "App" or "Facades" in full):
            return AppRef()
        return None

    def is_framework_object(self, value) -> bool:
        return isinstance(value, (Blueprint, SchemaRef, DBRef, CIForge, CIDb, PdoRef, Prepared))

    def run_closures(self, args) -> None:
        """Closures handed to a call schemalint does not follow run once,
        with no arguments; one that takes a ``Blueprint`` is a schema
        callback whose table is unknown: an ``unfollowed`` note."""
        for v, vnode, _ in args:
            if isinstance(v, Closure) and _takes_blueprint(v.node):
                self.note("a Blueprint callback handed to a call schemalint does not follow: the table it "
                          "changes and its columns are not followed", vnode, "unfollowed")
        super().run_closures(args)

    def outside_call(self, low: str, method: str, args, node) -> Any:
        got = self.opensid_helper(low, method, args, node)
        if got is not NOT_HANDLED:
            return got
        if low in _BASE_NOOP_METHODS:
            self.run_closures(args)
            return UNKNOWN
        return super().outside_call(low, method, args, node)

    def apply(self, target, method: str, args, node, env) -> Any:
        low = method.lower()
        if isinstance(target, Blueprint):
            return self.bp_call(target, low, method, args, node, env)
        if isinstance(target, Col):
            return self.col_mod(target, low, method, args, node)
        if isinstance(target, Index):
            return self.idx_mod(target, low, method, args, node)
        if isinstance(target, SchemaRef):
            return self.schema_call(target, low, method, args, node, env)
        if isinstance(target, DBRef):
            return self.db_call(target, low, args, node)
        if isinstance(target, PdoRef):
            if low in ("exec", "query"):
                self.sql_call(args, node, f"PDO::{method}")
            return Prepared(args, node) if low == "prepare" else UNKNOWN
        if isinstance(target, Prepared):
            if low == "execute":
                self.sql_call(target.args, target.node, "PDO::prepare")
            return UNKNOWN
        if isinstance(target, AppRef):
            got = _resolve(args) if low in ("make", "makewith", "get", "resolve") else None
            return got if got is not None else UNKNOWN
        if isinstance(target, CIDb):
            return self.ci_db_call(low, args, node)
        if isinstance(target, CIForge):
            return self.ci_forge_call(low, method, args, node)
        if isinstance(target, tuple) and target == ("capsule",):
            if low == "schema":
                return SchemaRef(args[0][0] if args and isinstance(args[0][0], str) else None)
            if low == "connection":
                return DBRef()
            return UNKNOWN
        return super().apply(target, method, args, node, env)

    # -- Schema facade -----------------------------------------------------
    def schema_call(self, ref: SchemaRef, low, method, args, node, env) -> Any:
        vals = [a[0] for a in args]
        if low == "connection":
            conn = vals[0] if vals and isinstance(vals[0], str) else None
            return SchemaRef(conn)
        if low == "getfacaderoot":
            return ref
        if low in ("create", "table"):
            return self.run_blueprint(ref, low, args, node, env)
        if low in ("whentablehascolumn", "whentabledoesnthavecolumn"):
            if len(args) >= 3:
                self.note(f"Schema::{method}() guard is not evaluated: its callback was followed",
                          node, "noop")
                return self.run_blueprint(ref, "table", [args[0], args[2]], node, env)
            return UNKNOWN
        if low in ("rename",):
            if self.fail_if_broken(node, f"Schema::{method}()"):
                return UNKNOWN
            if len(vals) >= 2 and isinstance(vals[0], str) and isinstance(vals[1], str):
                self.changes.append(RenameTable(table_ref(vals[0]), table_ref(vals[1]), self.loc(node)))
            else:
                self.note("Schema::rename() with table names that are not literals: not followed", node)
            return UNKNOWN
        if low in ("drop", "dropifexists"):
            if self.fail_if_broken(node, f"Schema::{method}()"):
                return UNKNOWN
            if vals and isinstance(vals[0], str):
                self.changes.append(DropTable(table_ref(vals[0]), self.loc(node)))
            else:
                self.note(f"Schema::{method}() with a table name that is not a literal "
                          f"({ts.text(args[0][1])[:60] if args else ''}): not followed", node)
            return UNKNOWN
        if low == "dropcolumns":
            if len(vals) >= 2 and isinstance(vals[0], str):
                cols = str_list(vals[1])
                if cols is None:
                    self.note("Schema::dropColumns() with column names that are not literals: not "
                              "followed", node)
                    return UNKNOWN
                for c in cols:
                    self.changes.append(DropColumn(table_ref(vals[0]), c, self.loc(node)))
            else:
                self.note("Schema::dropColumns() with a table name that is not a literal: not "
                          "followed", node)
            return UNKNOWN
        if low in ("withoutforeignkeyconstraints",):
            self.run_closures(args)
            return UNKNOWN
        if low in ("dropalltables", "dropallviews", "dropalltypes"):
            self.note(f"Schema::{method}() drops every table: not modelled", node)
            return UNKNOWN
        if low in ("hastable", "hascolumn", "hascolumns", "hasindex", "hasview", "getcolumnlisting",
                   "getcolumntype", "getcolumns", "getindexes", "gettables", "getviews",
                   "getforeignkeys", "defaultstringlength", "enableforeignkeyconstraints",
                   "disableforeignkeyconstraints", "morphusinguuids", "morphusingulids",
                   "defaultmorphkeytype", "getconnection", "blueprintresolver", "getindexlisting",
                   "hasindexes", "gettablelisting"):
            if low == "defaultmorphkeytype" or low.startswith("morphusing"):
                self.note(f"Schema::{method}() changes the type of later morph columns: not "
                          f"modelled", node)
            if low == "getconnection":
                return DBRef(ref.connection)
            return UNKNOWN
        self.note(f"unknown Schema method {method}(): not followed", node)
        self.run_closures(args)
        return UNKNOWN

    def run_blueprint(self, ref: SchemaRef, mode: str, args, node, env) -> Any:
        what = f"Schema::{'create' if mode == 'create' else 'table'}()"
        if self.fail_if_broken(node, what):
            return UNKNOWN
        if not args:
            self.note(f"{what} without arguments: not followed", node)
            return UNKNOWN
        name = args[0][0]
        if not isinstance(name, str):
            self.note(f"{what} with a table name that is not a literal "
                      f"({ts.text(args[0][1])[:60]}): not followed", node)
            return UNKNOWN
        cb = args[1][0] if len(args) > 1 else None
        table = table_ref(name)
        bp = Blueprint(table, mode, node, ref.connection, branch=self.branch)
        if ref.connection:
            bp.hints["connection"] = ref.connection
        self.line_targets.setdefault(node.start_point[0] + 1, (table, None))
        if cb is None:
            if mode == "create":
                self.note(f"{what} without a callback creates a table without columns", node)
        else:
            # a closure, or any callable: [$this, 'cols'], $this->cols(...), 'Foo::cols'
            self.in_callback += 1
            try:
                called = self.call_value(cb, [(bp, args[1][1], None)], node, env)
            finally:
                self.in_callback -= 1
            if called is NOT_CALLED:
                self.note(f"{what} for {name} with a callback not known statically "
                          f"({ts.text(args[1][1])[:60]}): its columns are not followed", node, "unfollowed")
        self.finish_blueprint(bp)
        return UNKNOWN

    # -- Blueprint ---------------------------------------------------------
    # -- DB facade and SQL -------------------------------------------------
    def db_call(self, ref: DBRef, low, args, node) -> Any:
        if low == "connection":
            v = args[0][0] if args else None
            return DBRef(v if isinstance(v, str) else None)
        if low == "getschemabuilder":
            return SchemaRef(ref.connection)
        if low in ("getpdo", "getreadpdo", "getrawpdo", "getrawreadpdo"):
            return PdoRef()
        if low == "getfacaderoot":
            return ref
        if low in ("statement", "unprepared", "affectingstatement"):
            self.sql_call(args, node, f"DB::{ts.text(node.child_by_field_name('name'))}")
            return UNKNOWN
        if low == "raw":
            return Raw(args[0][0] if args else UNKNOWN)
        self.run_closures(args)
        return UNKNOWN
