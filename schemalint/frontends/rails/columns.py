"""Rails column types, column definitions and the names Rails gives keys
(``index_<table>_on_<cols>``, ``fk_rails_<hash>``).
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from ...hashing import sha256
from ...model import ColumnDef, ColumnType, Constraint, ForeignKeyRef, TableRef
from ...record import replace
from ...types import column_type, family_of
from ..inflector import RAILS
from .reader import _comment_value, _Ctx, _default_text, _loc, _table_ref

# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

#: Rails abstract / adapter type -> SQL base name (the family comes from
#: :mod:`schemalint.types`; PostGIS ``st_*`` types and other unknown names
#: are mapped in :func:`rails_type`)
_TYPES: Dict[str, str] = {
    "string": "varchar", "text": "text", "citext": "citext",
    "char": "char", "xml": "xml",
    "integer": "integer", "bigint": "bigint",
    "smallint": "smallint", "serial": "serial",
    "bigserial": "bigserial", "primary_key": "bigint", "oid": "oid",
    "float": "float", "real": "real",
    "decimal": "decimal", "numeric": "numeric", "money": "money",
    "datetime": "timestamp", "timestamp": "timestamp",
    "timestamptz": "timestamptz", "time": "time", "date": "date",
    "interval": "interval",
    "binary": "binary", "blob": "blob", "bytea": "bytea",
    "boolean": "boolean",
    "json": "json", "jsonb": "jsonb", "hstore": "hstore",
    "uuid": "uuid", "enum": "enum",
    "inet": "inet", "cidr": "cidr", "macaddr": "macaddr",
    "tsvector": "tsvector", "bit": "bit", "bit_varying": "varbit",
    "point": "point", "line": "line", "lseg": "lseg", "box": "box",
    "path": "path", "polygon": "polygon", "circle": "circle",
    "geometry": "geometry", "geography": "geography",
    "virtual": "virtual",
}

#: methods of a table block that declare a column of their own name's type
COLUMN_METHODS = frozenset(_TYPES) - {"primary_key"}


def rails_type(tname: str, opts: Dict[str, object], *, integer_pk: bool = False) -> ColumnType:
    """Map a Rails column type and its options to a :class:`ColumnType`."""
    t = str(tname)
    base = _TYPES.get(t)
    if base is None:  # activerecord-postgis-adapter: st_point, multi_polygon, line_string...
        spatial = t.startswith(("st_", "multi_")) or t in ("line_string", "spatial")
        base = ("geography" if opts.get("geographic") is True else "geometry") if spatial else t.lower()
    if t in ("primary_key",) and integer_pk:
        base = "integer"
    family = family_of(base)
    params: Tuple[str, ...] = ()
    limit = opts.get("limit")
    if family == "integer" and isinstance(limit, int) and t in ("integer", "bigint", "smallint"):
        base = "smallint" if limit <= 2 else "integer" if limit <= 4 else "bigint"
    elif family == "float" and isinstance(limit, int) and limit > 24:
        base = "double precision"
    elif family == "decimal":
        prec, scale = opts.get("precision"), opts.get("scale")
        if isinstance(prec, int):
            params = (str(prec),) + ((str(scale),) if isinstance(scale, int) else ())
    elif family in ("datetime", "time") and isinstance(opts.get("precision"), int):
        params = (str(opts["precision"]),)
    elif isinstance(limit, int):
        params = (str(limit),)
    if t == "enum":
        et = opts.get("enum_type")
        if isinstance(et, str):
            params = (et,)
    raw = t + (f"({', '.join(params)})" if params else "")
    if opts.get("array") is True:
        return column_type(base + "[]", params, raw + "[]")
    return column_type(base, params, raw)


# --------------------------------------------------------------------------
# Column definitions
# --------------------------------------------------------------------------


def _column_def(ctx: _Ctx, name: str, tname: str, opts: Dict[str, object], node,
                tname_is_static: bool = True) -> ColumnDef:
    ctype = rails_type(tname, opts, integer_pk=ctx.integer_pk) if tname_is_static else None
    nullable = opts.get("null") is not False
    pk = opts.get("primary_key") is True or tname in ("primary_key", "serial_primary_key")
    if pk:
        nullable = False
    comment = _comment_value(ctx, opts.get("comment"), node, f"column {name}") if "comment" in opts else None
    hints = {"orm_type": str(tname)} if tname_is_static else {}
    return ColumnDef(
        name=name, type=ctype, location=_loc(ctx, node), nullable=nullable, primary_key=pk,
        unique=False, default=_default_text(opts.get("default")), comment=comment, hints=hints,
    )


# --------------------------------------------------------------------------
# Key names (what Rails calls a key it is not given a name for)
# --------------------------------------------------------------------------

#: ``max_index_name_size`` of ActiveRecord 7.1+
_MAX_INDEX_NAME = 62


def index_name(ctx: "_Ctx", table: str, cols: Sequence[str]) -> str:
    """Rails' default index name: ``index_<table>_on_<a>_and_<b>``; an
    expression (``"lower(email)"``) keeps its words (``lower_email``).
    From migration version 7.1 a name longer than 62 bytes becomes
    ``idx_on_<a>_<b>_<hash>`` (``generate_index_name``)."""
    cols = [str(c) for c in cols]
    if len(cols) == 1 and re.search(r"\W", cols[0]):
        cols = ["_".join(re.findall(r"\w+", cols[0]))]
    name = f"index_{table}_on_{'_and_'.join(cols)}"
    if ctx.version < 7.1 or len(name.encode()) <= _MAX_INDEX_NAME:
        return name
    hashed = "_" + sha256(name.encode()).hexdigest()[:10]
    short = f"idx_on_{'_'.join(cols)}".encode()[:_MAX_INDEX_NAME - len(hashed)].decode(errors="ignore")
    return short + hashed


def foreign_key_name(table: str, column: str) -> str:
    """Rails' default foreign key name (``foreign_key_name``):
    ``fk_rails_`` and the first 10 hex digits of SHA-256 of
    ``<table>_<column>_fk``."""
    return "fk_rails_" + sha256(f"{table}_{column}_fk".encode()).hexdigest()[:10]


def _index_constraints(ctx: _Ctx, table: str, cols: Sequence[str], opt, node,
                       name: Optional[str] = None) -> List[Constraint]:
    """Constraints for an ``index:`` column option (true or a hash), named
    as Rails names them (``name:`` or the default)."""
    if opt is None or opt is False:
        return []
    unique = isinstance(opt, dict) and opt.get("unique") is True
    if isinstance(opt, dict) and isinstance(opt.get("name"), str):
        name = opt["name"]
    return [Constraint("unique" if unique else "index", tuple(cols), _loc(ctx, node),
                       name or index_name(ctx, table, cols))]


def _reference_defs(ctx: _Ctx, table: str, ref: str, opts: Dict[str, object], node):
    """Columns and constraints of ``t.references :user`` / ``add_reference``
    on ``table``."""
    cols: List[ColumnDef] = []
    cons: List[Constraint] = []
    loc = _loc(ctx, node)
    rtype = opts.get("type", "integer" if ctx.integer_pk else "bigint")
    rtype = rtype if isinstance(rtype, str) else "bigint"
    col_opts = {k: v for k, v in opts.items() if k in ("null", "comment", "default", "limit", "array")}
    idcol = _column_def(ctx, f"{ref}_id", rtype, col_opts, node)
    polymorphic = opts.get("polymorphic")
    fk = opts.get("foreign_key")
    ref_table: Optional[TableRef] = None
    if fk is True or isinstance(fk, dict):
        to = fk.get("to_table") if isinstance(fk, dict) else None
        ref_table = _table_ref(str(to)) if isinstance(to, str) else TableRef(RAILS.pluralize(ref))
        pk = fk.get("primary_key") if isinstance(fk, dict) else None
        pkcol = pk if isinstance(pk, str) else "id"
        fkref = ForeignKeyRef(ref_table, (pkcol,))
        idcol = replace(idcol, references=fkref)
        fk_name = fk.get("name") if isinstance(fk, dict) and isinstance(fk.get("name"), str) else None
        cons.append(Constraint("foreign", (idcol.name,), loc, fk_name or foreign_key_name(table, idcol.name),
                               fkref))
    cols.append(idcol)
    idx_cols = [idcol.name]
    idx_name = None
    if polymorphic:
        tcol = _column_def(ctx, f"{ref}_type", "string", {k: v for k, v in col_opts.items() if k == "null"}, node)
        cols.append(tcol)
        idx_cols = [tcol.name, idcol.name]
        if ctx.version >= 6.1:  # ReferenceDefinition#polymorphic_index_name; 6.0 and earlier: the columns
            idx_name = f"index_{table}_on_{ref}"
    index = opts.get("index", ctx.references_index_default)
    cons.extend(_index_constraints(ctx, table, idx_cols, index, node, idx_name))
    return cols, cons


def _timestamp_defs(ctx: _Ctx, opts: Dict[str, object], node) -> List[ColumnDef]:
    o = dict(opts)
    if "null" not in o:
        o["null"] = ctx.timestamps_null_default
    if "precision" not in o and ctx.version >= 7.0:
        o["precision"] = 6
    return [_column_def(ctx, n, "datetime", o, node) for n in ("created_at", "updated_at")]
