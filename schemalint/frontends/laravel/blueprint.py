"""Laravel's Blueprint: the columns, keys and table changes of a
``Schema::create``/``Schema::table`` callback (``$table->string('name')``).

A Blueprint collects its items while the callback runs and emits the
changes when it ends (:meth:`BlueprintCalls.finish_blueprint`): a created
table is one ``CreateTable`` with its columns and keys, an altered one a
change per item.  Each Blueprint method is read by a small handler named
in :data:`_BLUEPRINT_OPS` (``string``, ``foreignId``, ``dropColumn``...);
a column's fluent modifiers (``->nullable()->unique()``) by
:meth:`BlueprintCalls.col_mod`.  Key names are Laravel's defaults
(:func:`schemalint.frontends.laravel.naming.index_name`).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from ...model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    ColumnDef,
    ColumnType,
    Constraint,
    CreateTable,
    DropColumn,
    DropConstraint,
    DropTable,
    ForeignKeyRef,
    RenameColumn,
    RenameTable,
    SetComment,
    TableRef,
)
from ...record import dataclass, field
from ...types import column_type, parse_type
from .. import treesitter as ts
from ..inflector import LARAVEL, snake
from ..php.interpreter import Interpreter
from ..php.values import UNKNOWN, Array, ClassName, Closure, lit_text, sql_default, str_list, table_ref
from .naming import index_name, model_table

#: ColumnDef hint that says how the framework protects a credential column
#: it manages (read by schemalint.checks.protection)
CREDENTIAL_HINT = "credential_protection"
REMEMBER_TOKEN = ("Laravel's rememberToken(): the framework accepts it only inside the remember-me cookie, "
                  "which is encrypted and signed with APP_KEY")
RESET_TOKEN = ("Laravel's password broker stores only a bcrypt hash of reset tokens "
               "(DatabaseTokenRepository)")
#: the password broker's tables (Laravel <= 10, Laravel 11)
RESET_TOKEN_TABLES = ("password_resets", "password_reset_tokens")


# --------------------------------------------------------------------------
# Blueprint state
# --------------------------------------------------------------------------

@dataclass(eq=False)
class Col:
    name: str
    node: Any
    method: str
    type: Optional[ColumnType]
    nullable: bool = False
    primary: bool = False
    unique: bool = False
    index: bool = False
    index_name: Optional[str] = None
    #: Laravel's word for the fluent index: index | fulltext | spatialindex
    index_type: str = "index"
    unique_name: Optional[str] = None
    #: ``constrained(indexName: ...)``
    foreign_name: Optional[str] = None
    default: Optional[str] = None
    comment: Optional[str] = None
    comment_set: bool = False
    nullable_set: bool = False
    references: Optional[ForeignKeyRef] = None
    ref_table: Optional[str] = None
    ref_cols: Tuple[str, ...] = ()
    change: bool = False
    hints: Dict[str, str] = field(default_factory=dict)
    #: for foreignId/foreignIdFor: (table Laravel would guess, column)
    constrain_guess: Optional[Tuple[str, str]] = None
    #: the conditional branches this column was declared in
    branch: Tuple[Tuple[int, int], ...] = ()


@dataclass(eq=False)
class Index:
    kind: str  # primary | unique | index | foreign
    columns: Tuple[str, ...]
    node: Any
    name: Optional[str] = None
    ref_table: Optional[str] = None
    ref_cols: Tuple[str, ...] = ()


@dataclass(eq=False)
class Blueprint:
    table: TableRef
    mode: str  # create | table
    node: Any
    connection: Optional[str] = None
    items: List[tuple] = field(default_factory=list)
    comment: Optional[str] = None
    hints: Dict[str, str] = field(default_factory=dict)
    #: the branches being followed where the blueprint was made (see ``absent_guards``)
    branch: Tuple[Tuple[int, int], ...] = ()


# --------------------------------------------------------------------------
# Type mapping
# --------------------------------------------------------------------------

#: Laravel column type (lower case, as used by ``addColumn``) -> SQL base
#: name (the family comes from :mod:`schemalint.types`).  MySQL names:
#: Laravel's default grammar.
LARAVEL_TYPES: Dict[str, str] = {
    "string": "varchar", "char": "char", "text": "text",
    "tinytext": "tinytext", "mediumtext": "mediumtext",
    "longtext": "longtext",
    "integer": "int", "tinyinteger": "tinyint",
    "smallinteger": "smallint", "mediuminteger": "mediumint",
    "biginteger": "bigint",
    "float": "float", "double": "double", "decimal": "decimal",
    "boolean": "boolean",
    "enum": "enum", "set": "set",
    "json": "json", "jsonb": "jsonb",
    "date": "date", "datetime": "datetime",
    "datetimetz": "datetime", "time": "time",
    "timetz": "time", "timestamp": "timestamp",
    "timestamptz": "timestamp",
    "year": "year",
    "binary": "blob", "uuid": "uuid", "ulid": "char",
    "ipaddress": "varchar", "macaddress": "varchar",
    "geometry": "geometry", "geography": "geography", "point": "point",
    "linestring": "linestring", "polygon": "polygon",
    "geometrycollection": "geometrycollection", "multipoint": "multipoint",
    "multilinestring": "multilinestring", "multipolygon": "multipolygon",
    "multipolygonz": "multipolygon", "vector": "vector",
}


# --------------------------------------------------------------------------
# Blueprint methods: one handler each (or per group read alike)
# --------------------------------------------------------------------------


class BlueprintCall:
    """One ``$table->method(args)`` call, as its handler reads it."""

    __slots__ = ("ana", "low", "method", "args", "node", "named")

    def __init__(self, ana: "BlueprintCalls", low: str, method: str, args, node) -> None:
        self.ana = ana
        self.low = low
        self.method = method
        self.args = args
        self.node = node
        self.named = {a[2]: a[0] for a in args if a[2]}

    def arg(self, i, pname=None, default=None):
        """Positional argument ``i``, or the named argument ``pname``."""
        if pname and pname in self.named:
            return self.named[pname]
        pos = [a[0] for a in self.args if a[2] is None]
        return pos[i] if i < len(pos) else default

    def need_name(self, i=0, pname="column", default=None) -> Optional[str]:
        """A column name argument; a note when it is not a literal."""
        v = self.arg(i, pname, default)
        if isinstance(v, str):
            return v
        self.ana.note(f"{self.method}() with a column name that is not a literal "
                      f"({ts.text(self.args[i][1])[:50] if i < len(self.args) else '?'}): not followed",
                      self.node)
        return None

    def num_params(self, *idx_names) -> Tuple[str, ...]:
        """Literal numeric type parameters (length, precision...), up to the
        first that is not one."""
        out = []
        for i, pn in idx_names:
            v = self.arg(i, pn)
            if v is None or v is UNKNOWN or isinstance(v, bool):
                break
            out.append(lit_text(v))
        return tuple(out)


# -- column types with a length / precision ----------------------------------


def _bp_string(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, call.low, call.num_params((1, "length")))


def _bp_text(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    default_name = "uuid" if call.low == "uuid" else None
    name = call.need_name(0, "column", default_name)
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, call.low)


def _bp_datetime(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, call.low, call.num_params((1, "precision")))


def _bp_integer(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    unsigned = call.low.startswith("unsigned") or call.arg(2, "unsigned") is True
    base = call.low[len("unsigned"):] if call.low.startswith("unsigned") else call.low
    auto = call.arg(1, "autoIncrement") is True
    col = ana.new_col(bp, name, call.node, call.method, base, primary=auto)
    if unsigned:
        col.hints["unsigned"] = "true"
    if auto:
        col.hints["auto_increment"] = "true"
    return col


def _bp_id(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name(0, "column", "id" if call.low == "id" else None)
    if name is None:
        return UNKNOWN
    base = {"id": "biginteger", "bigincrements": "biginteger", "increments": "integer",
            "integerincrements": "integer", "tinyincrements": "tinyinteger",
            "smallincrements": "smallinteger", "mediumincrements": "mediuminteger"}[call.low]
    col = ana.new_col(bp, name, call.node, call.method, base, primary=True)
    col.hints.update(unsigned="true", auto_increment="true")
    return col


def _bp_decimal(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    total, places = call.arg(1, "total", 8), call.arg(2, "places", 2)
    params = tuple(lit_text(v) for v in (total, places) if isinstance(v, (int, float)))
    return ana.new_col(bp, name, call.node, call.method, "decimal", params)


def _bp_float(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    base = call.low.replace("unsigned", "")
    params = call.num_params((1, "total" if base == "double" else "precision"), (2, "places"))
    return ana.new_col(bp, name, call.node, call.method, base, params)


def _bp_enum(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    allowed = call.arg(1, "allowed")
    values = str_list(allowed)
    if values is None:
        ana.note(f"{call.method}('{name}') with allowed values that are not literals", call.node,
                  "noop")
        values = []
    raw = f"{call.method}(" + ", ".join("'" + v + "'" for v in values) + ")"
    return ana.new_col(bp, name, call.node, call.method, call.low, tuple(values), raw_args=raw)


def _bp_binary(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    length = call.arg(1, "length")
    params = (lit_text(length),) if isinstance(length, int) and not isinstance(length, bool) else ()
    return ana.new_col(bp, name, call.node, call.method, "binary", params)


def _bp_ulid(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name(0, "column", "ulid")
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, "ulid", call.num_params((1, "length")))


def _bp_ipaddress(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name(0, "column", "ip_address" if call.low == "ipaddress" else "mac_address")
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, call.low)


def _bp_vector(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    return ana.new_col(bp, name, call.node, call.method, "vector", call.num_params((1, "dimensions")))


def _bp_foreignid(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name()
    if name is None:
        return UNKNOWN
    if call.low == "foreignid":
        col = ana.new_col(bp, name, call.node, call.method, "biginteger")
        col.hints["unsigned"] = "true"
    elif call.low == "foreignuuid":
        col = ana.new_col(bp, name, call.node, call.method, "uuid")
    else:
        col = ana.new_col(bp, name, call.node, call.method, "ulid", call.num_params((1, "length")))
    guess = name[:-3] if name.endswith("_id") else name
    col.constrain_guess = (LARAVEL.pluralize(guess), "id")
    return col


def _bp_foreignidfor(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    model = call.arg(0, "model")
    cname = call.arg(1, "column")
    if isinstance(model, str):
        model = ClassName(model)
    if not isinstance(model, ClassName):
        ana.note("foreignIdFor() with a model that is not a literal class: not followed",
                  call.node)
        return UNKNOWN
    if cname is None:
        cname = snake(model.basename) + "_id"
    if not isinstance(cname, str):
        ana.note("foreignIdFor() with a column name that is not a literal: not followed",
                  call.node)
        return UNKNOWN
    col = ana.new_col(bp, cname, call.node, call.method, "biginteger",
                       raw_args=f"foreignIdFor({model.basename}::class)")
    col.hints.update(unsigned="true", model=model.name)
    col.constrain_guess = (model_table(model.name), "id")
    return col


def _bp_morphs(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.need_name(0, "name")
    if name is None:
        return UNKNOWN
    nullable = call.low.startswith("nullable")
    kind = call.low.replace("nullable", "")
    c1 = ana.new_col(bp, f"{name}_type", call.node, call.method, "string", nullable=nullable)
    id_type = {"uuidmorphs": "uuid", "ulidmorphs": "ulid"}.get(kind, "biginteger")
    c2 = ana.new_col(bp, f"{name}_id", call.node, call.method, id_type, nullable=nullable)
    if id_type == "biginteger":
        c2.hints["unsigned"] = "true"
    iname = call.arg(1, "indexName")
    bp.items.append(("index", Index("index", (c1.name, c2.name), call.node,
                                      iname if isinstance(iname, str)
                                      else index_name(bp.table, "index", (c1.name, c2.name)))))
    return UNKNOWN


def _bp_timestamps(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    kind = "datetime" if call.low == "datetimes" else ("timestamptz" if call.low == "timestampstz" else "timestamp")
    p = call.num_params((0, "precision"))
    for cname in ("created_at", "updated_at"):
        ana.new_col(bp, cname, call.node, call.method, kind, p, nullable=True)
    return UNKNOWN


def _bp_softdeletes(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.arg(0, "column", "deleted_at")
    if not isinstance(name, str):
        return call.need_name()
    kind = {"softdeletes": "timestamp", "softdeletestz": "timestamptz",
            "softdeletesdatetime": "datetime"}[call.low]
    return ana.new_col(bp, name, call.node, call.method, kind, call.num_params((1, "precision")),
                        nullable=True)


def _bp_remembertoken(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    col = ana.new_col(bp, "remember_token", call.node, call.method, "string", ("100",), nullable=True)
    if isinstance(col, Col):
        col.hints[CREDENTIAL_HINT] = REMEMBER_TOKEN
    return col


def _bp_addcolumn(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    tname, cname = call.arg(0, "type"), call.arg(1, "name")
    if not isinstance(tname, str) or not isinstance(cname, str):
        ana.note("addColumn() with a type or name that is not a literal: not followed", call.node)
        return UNKNOWN
    params = call.arg(2, "parameters")
    ps: Tuple[str, ...] = ()
    if isinstance(params, Array):
        ps = tuple(lit_text(v) for k, v, _, _ in params.items
                   if k in ("length", "total", "places", "precision") and
                   isinstance(v, (int, float)))
    key = tname.lower()
    if key not in LARAVEL_TYPES:
        ana.note(f"addColumn() with unknown type {tname!r}", call.node, "noop")
    return ana.new_col(bp, cname, call.node, call.method, key, ps, raw_args=f"addColumn('{tname}')")


def _bp_rawcolumn(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    cname, definition = call.arg(0, "column"), call.arg(1, "definition")
    if not isinstance(cname, str) or not isinstance(definition, str):
        ana.note("rawColumn() with values that are not literals: not followed", call.node)
        return UNKNOWN
    col = ana.new_col(bp, cname, call.node, call.method, "other")
    col.type = parse_type(definition)
    return col


def _bp_computed(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    ana.note("computed() columns are not modelled", call.node)
    return UNKNOWN


# -- table-level keys --------------------------------------------------------


def _bp_primary(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    cols = str_list(call.arg(0, "columns"))
    if call.low == "rawindex":
        ana.note("rawIndex() is not modelled", call.node, "noop")
        return UNKNOWN
    if cols is None:
        ana.note(f"{call.method}() with columns that are not literals: not followed", call.node)
        return UNKNOWN
    iname = call.arg(1, "name")
    kind = call.low if call.low in ("primary", "unique") else "index"
    ix = Index(kind, tuple(cols), call.node,
                iname if isinstance(iname, str) else index_name(bp.table, call.low, cols))
    bp.items.append(("index", ix))
    return ix


def _bp_foreign(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    cols = str_list(call.arg(0, "columns"))
    if cols is None:
        ana.note("foreign() with columns that are not literals: not followed", call.node)
        return UNKNOWN
    iname = call.arg(1, "name")
    ix = Index("foreign", tuple(cols), call.node,
                iname if isinstance(iname, str) else index_name(bp.table, "foreign", cols))
    bp.items.append(("index", ix))
    return ix


# -- table-level changes -----------------------------------------------------


def _bp_comment(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    v = call.arg(0, "comment")
    if isinstance(v, str):
        bp.items.append(("comment", v, call.node))
    else:
        ana.note("table comment that is not a literal: not recorded", call.node)
    return UNKNOWN


def _bp_renamecolumn(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    old, new = call.arg(0, "from"), call.arg(1, "to")
    if isinstance(old, str) and isinstance(new, str):
        bp.items.append(("rename", old, new, call.node))
    else:
        ana.note("renameColumn() with names that are not literals: not followed", call.node)
    return UNKNOWN


def _bp_dropcolumn(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    cols: List[str] = []
    ok = bool(call.args)
    for v, _, _ in call.args:
        got = str_list(v)
        if got is None:
            ok = False
            break
        cols.extend(got)
    if not ok:
        ana.note(f"{call.method}() with column names that are not literals: not followed", call.node)
        return UNKNOWN
    for c in cols:
        bp.items.append(("drop", c, call.node))
    return UNKNOWN


def _bp_droptimestamps(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    bp.items.append(("drop", "created_at", call.node))
    bp.items.append(("drop", "updated_at", call.node))
    return UNKNOWN


def _bp_dropsoftdeletes(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.arg(0, "column", "deleted_at")
    if isinstance(name, str):
        bp.items.append(("drop", name, call.node))
    return UNKNOWN


def _bp_dropremembertoken(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    bp.items.append(("drop", "remember_token", call.node))
    return UNKNOWN


def _bp_dropmorphs(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.arg(0, "name")
    if isinstance(name, str):
        bp.items.append(("drop", f"{name}_type", call.node))
        bp.items.append(("drop", f"{name}_id", call.node))
    else:
        call.need_name(0, "name")
    return UNKNOWN


def _bp_dropconstrainedforeignid(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    name = call.arg(0, "column" if call.low.endswith("id") else "model")
    if isinstance(name, ClassName):
        name = snake(name.basename) + "_id"
    if isinstance(name, str):
        bp.items.append(("drop", name, call.node))
    else:
        ana.note(f"{call.method}() with a column that is not a literal: not followed", call.node)
    return UNKNOWN


def _bp_dropforeign(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    ana.drop_key(bp, call.low, call.method, call.arg, call.node)
    return UNKNOWN


def _bp_rename(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    new = call.arg(0, "to")
    if isinstance(new, str):
        bp.items.append(("rename_table", new, call.node))
    else:
        ana.note("rename() with a table name that is not a literal: not followed", call.node)
    return UNKNOWN


def _bp_drop(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    bp.items.append(("drop_table", call.node))
    return UNKNOWN


def _bp_after(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    # $table->after('col', function ($table) { ... })
    for v, _, _ in call.args:
        if isinstance(v, Closure):
            ana.run_closure(v, [bp])
    return UNKNOWN


def _bp_engine(ana: "BlueprintCalls", bp: Blueprint, call: BlueprintCall) -> Any:
    if call.low == "temporary":
        bp.hints["temporary"] = "true"
    return UNKNOWN


#: Blueprint method (lower case) -> handler; the names of one handler are
#: the methods it reads alike
_BLUEPRINT_OPS: Dict[str, Callable[["BlueprintCalls", Blueprint, BlueprintCall], Any]] = {
    "string": _bp_string,
    "char": _bp_string,
    "text": _bp_text,
    "tinytext": _bp_text,
    "mediumtext": _bp_text,
    "longtext": _bp_text,
    "boolean": _bp_text,
    "date": _bp_text,
    "year": _bp_text,
    "json": _bp_text,
    "jsonb": _bp_text,
    "uuid": _bp_text,
    "geography": _bp_text,
    "geometry": _bp_text,
    "point": _bp_text,
    "linestring": _bp_text,
    "polygon": _bp_text,
    "geometrycollection": _bp_text,
    "multipoint": _bp_text,
    "multilinestring": _bp_text,
    "multipolygon": _bp_text,
    "multipolygonz": _bp_text,
    "datetime": _bp_datetime,
    "datetimetz": _bp_datetime,
    "time": _bp_datetime,
    "timetz": _bp_datetime,
    "timestamp": _bp_datetime,
    "timestamptz": _bp_datetime,
    "integer": _bp_integer,
    "tinyinteger": _bp_integer,
    "smallinteger": _bp_integer,
    "mediuminteger": _bp_integer,
    "biginteger": _bp_integer,
    "unsignedinteger": _bp_integer,
    "unsignedtinyinteger": _bp_integer,
    "unsignedsmallinteger": _bp_integer,
    "unsignedmediuminteger": _bp_integer,
    "unsignedbiginteger": _bp_integer,
    "id": _bp_id,
    "bigincrements": _bp_id,
    "increments": _bp_id,
    "integerincrements": _bp_id,
    "tinyincrements": _bp_id,
    "smallincrements": _bp_id,
    "mediumincrements": _bp_id,
    "decimal": _bp_decimal,
    "unsigneddecimal": _bp_decimal,
    "float": _bp_float,
    "double": _bp_float,
    "unsignedfloat": _bp_float,
    "unsigneddouble": _bp_float,
    "enum": _bp_enum,
    "set": _bp_enum,
    "binary": _bp_binary,
    "ulid": _bp_ulid,
    "ipaddress": _bp_ipaddress,
    "macaddress": _bp_ipaddress,
    "vector": _bp_vector,
    "foreignid": _bp_foreignid,
    "foreignuuid": _bp_foreignid,
    "foreignulid": _bp_foreignid,
    "foreignidfor": _bp_foreignidfor,
    "morphs": _bp_morphs,
    "nullablemorphs": _bp_morphs,
    "numericmorphs": _bp_morphs,
    "nullablenumericmorphs": _bp_morphs,
    "uuidmorphs": _bp_morphs,
    "nullableuuidmorphs": _bp_morphs,
    "ulidmorphs": _bp_morphs,
    "nullableulidmorphs": _bp_morphs,
    "timestamps": _bp_timestamps,
    "nullabletimestamps": _bp_timestamps,
    "timestampstz": _bp_timestamps,
    "datetimes": _bp_timestamps,
    "softdeletes": _bp_softdeletes,
    "softdeletestz": _bp_softdeletes,
    "softdeletesdatetime": _bp_softdeletes,
    "remembertoken": _bp_remembertoken,
    "addcolumn": _bp_addcolumn,
    "rawcolumn": _bp_rawcolumn,
    "computed": _bp_computed,
    "primary": _bp_primary,
    "unique": _bp_primary,
    "index": _bp_primary,
    "fulltext": _bp_primary,
    "spatialindex": _bp_primary,
    "rawindex": _bp_primary,
    "foreign": _bp_foreign,
    "comment": _bp_comment,
    "renamecolumn": _bp_renamecolumn,
    "dropcolumn": _bp_dropcolumn,
    "dropcolumns": _bp_dropcolumn,
    "droptimestamps": _bp_droptimestamps,
    "droptimestampstz": _bp_droptimestamps,
    "dropdatetimes": _bp_droptimestamps,
    "dropsoftdeletes": _bp_dropsoftdeletes,
    "dropsoftdeletestz": _bp_dropsoftdeletes,
    "dropremembertoken": _bp_dropremembertoken,
    "dropmorphs": _bp_dropmorphs,
    "dropconstrainedforeignid": _bp_dropconstrainedforeignid,
    "dropconstrainedforeignidfor": _bp_dropconstrainedforeignid,
    "dropforeign": _bp_dropforeign,
    "dropunique": _bp_dropforeign,
    "dropindex": _bp_dropforeign,
    "dropprimary": _bp_dropforeign,
    "dropfulltext": _bp_dropforeign,
    "dropspatialindex": _bp_dropforeign,
    "dropforeignidfor": _bp_dropforeign,
    "dropindexifexists": _bp_dropforeign,
    "rename": _bp_rename,
    "drop": _bp_drop,
    "dropifexists": _bp_drop,
    "after": _bp_after,
    "engine": _bp_engine,
    "charset": _bp_engine,
    "collation": _bp_engine,
    "temporary": _bp_engine,
    "renameindex": _bp_engine,
    "create": _bp_engine,
    "innodb": _bp_engine,
    "ifnotexists": _bp_engine,
}


class BlueprintCalls(Interpreter):
    """The Blueprint part of Laravel's migration reader."""

    def pending_count(self, env) -> int:
        return sum(len(v.items) for v in env.values() if isinstance(v, Blueprint))

    def set_property(self, obj, name: str, value) -> None:
        if isinstance(obj, Blueprint) and name.lower() == "temporary":
            obj.hints["temporary"] = "true"
        # engine, charset, collation: no effect on the model

    def finish_blueprint(self, bp: Blueprint) -> None:
        loc = self.loc(bp.node)
        out: List[Any] = []
        if bp.mode == "create":
            cols: List[ColumnDef] = []
            seen: Dict[str, Col] = {}
            constraints: List[Constraint] = []
            rest: List[tuple] = []
            for item in bp.items:
                kind = item[0]
                if kind == "col" and not item[1].change:
                    c = item[1]
                    first = seen.get(c.name.lower())
                    if first is not None:
                        if self._alternatives(first.branch, c.branch):
                            self.note(f"column {c.name} of {bp.table} is also defined in another "
                                      f"branch (line {first.node.start_point[0] + 1}): that first "
                                      f"definition is kept", c.node, "noop")
                        else:
                            self.note(f"column {c.name} is declared twice in {bp.table} (first at "
                                      f"line {first.node.start_point[0] + 1}); the first definition "
                                      f"is kept, the migration would fail", c.node)
                        continue
                    seen[c.name.lower()] = c
                    cols.append(self.col_def(c, bp.table))
                    constraints.extend(self.col_constraints(bp, c, change=False))
                elif kind == "index":
                    constraints.append(self.idx_constraint(item[1]))
                elif kind == "comment":
                    bp.comment = item[1]
                else:
                    rest.append(item)
            # under 'if (! Schema::hasTable(...))': created only when absent
            out.append(CreateTable(bp.table, tuple(cols), loc, bp.comment, tuple(constraints),
                                   hints=dict(bp.hints),
                                   if_not_exists=any(b in self.absent_guards for b in bp.branch)))
            items = rest
        else:
            items = bp.items
        for item in items:
            kind = item[0]
            if kind == "col":
                c = item[1]
                cloc = self.loc(c.node)
                if c.change:
                    out.append(AlterColumn(
                        bp.table, c.name, cloc, type=c.type,
                        nullable=c.nullable if c.nullable_set else None,
                        comment=c.comment if c.comment_set else UNSET, hints=dict(c.hints)))
                    for con in self.col_constraints(bp, c, change=True):
                        out.append(AddConstraint(bp.table, con))
                else:
                    # under 'if (!Schema::hasColumn(...))': added only when absent
                    absent = any(b in self.absent_guards for b in c.branch)
                    out.append(AddColumn(bp.table, self.col_def(c, bp.table), cloc, if_not_exists=absent))
                    for con in self.col_constraints(bp, c, change=False):
                        out.append(AddConstraint(bp.table, con))
            elif kind == "index":
                out.append(AddConstraint(bp.table, self.idx_constraint(item[1])))
            elif kind == "drop":
                out.append(DropColumn(bp.table, item[1], self.loc(item[2])))
            elif kind == "drop_key":
                out.append(item[1])
            elif kind == "rename":
                out.append(RenameColumn(bp.table, item[1], item[2], self.loc(item[3])))
            elif kind == "comment":
                out.append(SetComment(bp.table, None, item[1], self.loc(item[2])))
            elif kind == "rename_table":
                out.append(RenameTable(bp.table, table_ref(item[1]), self.loc(item[2])))
            elif kind == "drop_table":
                out.append(DropTable(bp.table, self.loc(item[1])))
        self.changes.extend(out)

    def col_def(self, c: Col, table: Optional[TableRef] = None) -> ColumnDef:
        """The column; its ``->unique()`` and foreign key are not flags here
        but named constraints (:meth:`col_constraints`), as Laravel adds
        them: separate commands with a name a later drop refers to."""
        hints = dict(c.hints)
        if (table is not None and table.name.lower() in RESET_TOKEN_TABLES and c.name.lower() == "token"
                and c.type is not None and c.type.family == "text"):
            hints[CREDENTIAL_HINT] = RESET_TOKEN
        return ColumnDef(
            name=c.name, type=c.type, location=self.loc(c.node), nullable=c.nullable,
            primary_key=c.primary, unique=False, default=c.default, comment=c.comment,
            references=None, hints=hints)

    def col_constraints(self, bp: Blueprint, c: Col, change: bool) -> List[Constraint]:
        """Keys from column modifiers, with Laravel's names: ``->index()``,
        ``->unique()``, the foreign key of ``->constrained()`` /
        ``->references()->on()``, and (for ``->change()``) ``->primary()``."""
        out = []
        loc = self.loc(c.node)
        cols = (c.name,)
        if c.index:
            out.append(Constraint("index", cols, loc, c.index_name or index_name(bp.table, c.index_type, cols)))
        if change and c.primary:
            out.append(Constraint("primary", cols, loc, index_name(bp.table, "primary", cols)))
        if c.unique:
            out.append(Constraint("unique", cols, loc, c.unique_name or index_name(bp.table, "unique", cols)))
        refs = c.references
        if refs is None and c.ref_table:
            refs = ForeignKeyRef(table_ref(c.ref_table), c.ref_cols or ("id",))
        if refs is not None:
            out.append(Constraint("foreign", cols, loc, c.foreign_name or index_name(bp.table, "foreign", cols),
                                  refs))
        return out

    def idx_constraint(self, ix: Index) -> Constraint:
        refs = None
        if ix.kind == "foreign" and ix.ref_table:
            refs = ForeignKeyRef(table_ref(ix.ref_table), ix.ref_cols or ("id",))
        return Constraint(ix.kind, ix.columns, self.loc(ix.node), ix.name, refs)

    def drop_key(self, bp: Blueprint, low: str, method: str, arg, node) -> None:
        """``dropForeign``/``dropUnique``/``dropIndex``/``dropFullText``/
        ``dropSpatialIndex('name')`` drop that name; given an array of
        columns, Laravel's default name for them (``dropIndexCommand``).
        ``dropPrimary`` drops the primary key whatever it is given (MySQL
        ``DROP PRIMARY KEY``, PostgreSQL ``<table>_pkey``)."""
        loc = self.loc(node)
        if low == "dropprimary":
            bp.items.append(("drop_key", DropConstraint(bp.table, loc, None, "primary", ("*",))))
            return
        if low == "dropforeignidfor":  # dropForeign([$column ?: $model->getForeignKey()])
            model, cname = arg(0, "model"), arg(1, "column")
            if isinstance(model, str):
                model = ClassName(model)
            if cname is None and isinstance(model, ClassName):
                cname = snake(model.basename) + "_id"
            if not isinstance(cname, str):
                self.note(f"{method}() with a model or column that is not a literal: not followed", node)
                return
            bp.items.append(("drop_key", DropConstraint(
                bp.table, loc, index_name(bp.table, "foreign", (cname,)), "foreign", (cname,))))
            return
        type_, kind = {"dropforeign": ("foreign", "foreign"), "dropunique": ("unique", "unique"),
                       "dropindex": ("index", "index"), "dropindexifexists": ("index", "index"),
                       "dropfulltext": ("fulltext", "index"),
                       "dropspatialindex": ("spatialindex", "index")}[low]
        v = arg(0, "index")
        cols: Tuple[str, ...] = ()
        if isinstance(v, str):
            name = v
        else:
            listed = str_list(v)
            if not listed:
                self.note(f"{method}() with an index name or columns that are not literals: not followed",
                          node)
                return
            name, cols = index_name(bp.table, type_, listed), tuple(listed)
        bp.items.append(("drop_key", DropConstraint(bp.table, loc, name, kind, cols,
                                                    if_exists=low == "dropindexifexists")))

    def new_col(self, bp: Blueprint, name: str, node, method: str, type_key: str,
                params: Tuple[str, ...] = (), nullable: bool = False, primary: bool = False,
                raw_args: Optional[str] = None, name_override: Optional[str] = None) -> Col:
        sql_name = LARAVEL_TYPES.get(type_key, type_key)
        if type_key == "binary" and params:
            sql_name = "varbinary"
        if type_key == "ulid" and not params:
            params = ("26",)
        if type_key == "ipaddress" and not params:
            params = ("45",)
        if type_key == "macaddress" and not params:
            params = ("17",)
        raw = raw_args if raw_args is not None else (
            f"{method}({', '.join(params)})" if params else f"{method}()")
        ctype = column_type(name_override or sql_name, tuple(params), raw)
        col = Col(name, node, method, ctype, nullable=nullable, primary=primary,
                   hints={"orm_type": method}, branch=self.branch)
        bp.items.append(("col", col))
        self.line_targets.setdefault(node.start_point[0] + 1, (bp.table, name))
        return col

    def bp_call(self, bp: Blueprint, low, method, args, node, env) -> Any:
        """``$table->method(args)``: the handler of :data:`_BLUEPRINT_OPS`."""
        handler = _BLUEPRINT_OPS.get(low)
        if handler is None:
            self.note(f"unknown Blueprint method {method}(): not followed", node)
            return UNKNOWN
        return handler(self, bp, BlueprintCall(self, low, method, args, node))

    def col_mod(self, c: Col, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        v0 = vals[0] if vals else None
        if low == "nullable":
            c.nullable = v0 is not False if vals else True
            c.nullable_set = True
        elif low == "comment":
            if isinstance(v0, str):
                c.comment, c.comment_set = v0, True
            elif v0 is None and vals:
                c.comment, c.comment_set = None, True
            else:
                self.note(f"comment on {c.name} is not a literal: not recorded", node)
        elif low == "unique":
            c.unique = True
            if isinstance(v0, str):
                c.unique_name = v0
        elif low == "primary":
            c.primary = True
        elif low in ("index", "fulltext", "spatialindex"):
            c.index = True
            c.index_type = low
            if isinstance(v0, str):
                c.index_name = v0
        elif low == "default":
            c.default = sql_default(v0, args[0][1]) if args else None
        elif low in ("usecurrent",):
            c.default = "CURRENT_TIMESTAMP"
        elif low == "autoincrement":
            if vals and v0 is False:
                pass  # autoIncrement(false): an ordinary column (SIASN's agama_id)
            elif vals and v0 is not True:
                self.note(f"autoIncrement() on {c.name} with an argument that is not a literal "
                          f"true or false: not followed", node)
            else:
                c.primary = True
                c.hints["auto_increment"] = "true"
        elif low == "unsigned":
            c.hints["unsigned"] = "true"
        elif low == "change":
            c.change = True
        elif low == "constrained":
            pos = [a[0] for a in args if a[2] is None]
            named = {a[2]: a[0] for a in args if a[2]}
            table = named.get("table", pos[0] if pos else None)
            col = named.get("column", pos[1] if len(pos) > 1 else "id")
            iname = named.get("indexName", pos[2] if len(pos) > 2 else None)
            if isinstance(iname, str):
                c.foreign_name = iname
            table = table if isinstance(table, str) else None
            col = col if isinstance(col, str) else "id"
            if table is None and c.constrain_guess is not None:
                table = c.constrain_guess[0]
            if table is None:
                base = c.name[:-len("_" + col)] if c.name.endswith("_" + col) else c.name
                table = LARAVEL.pluralize(base)
            c.references = ForeignKeyRef(table_ref(table), (col,))
        elif low == "references":
            cols = str_list(v0)
            c.ref_cols = tuple(cols) if cols else ("id",)
            if c.ref_table:
                c.references = ForeignKeyRef(table_ref(c.ref_table), c.ref_cols)
        elif low == "on":
            if isinstance(v0, str):
                c.ref_table = v0
                c.references = ForeignKeyRef(table_ref(v0), c.ref_cols or ("id",))
        elif low in ("virtualas", "storedas", "generatedas"):
            c.hints["generated"] = ts.text(args[0][1]) if args else "true"
        elif low in ("after", "first", "charset", "collation", "usecurrentonupdate", "invisible",
                     "always", "from", "startingvalue", "isgeometry", "projection", "srid",
                     "persisted", "type", "length", "total", "places", "precision",
                     "cascadeondelete", "cascadeonupdate", "restrictondelete", "restrictonupdate",
                     "nullondelete", "nullonupdate", "noactionondelete", "noactiononupdate",
                     "ondelete", "onupdate", "deferrable", "initiallyimmediate", "lock",
                     "instant", "online", "algorithm", "language", "fluent"):
            pass
        else:
            self.note(f"unknown column modifier {method}() on {c.name}: ignored", node)
        return c

    def idx_mod(self, ix: Index, low, method, args, node) -> Any:
        vals = [a[0] for a in args]
        v0 = vals[0] if vals else None
        if low == "references":
            cols = str_list(v0)
            ix.ref_cols = tuple(cols) if cols else ("id",)
        elif low == "on":
            if isinstance(v0, str):
                ix.ref_table = v0
            else:
                self.note("foreign key on a table that is not a literal", node, "noop")
        elif low == "constrained":
            if isinstance(v0, str):
                ix.ref_table = v0
        elif low in ("name",):
            if isinstance(v0, str):
                ix.name = v0
        return ix
