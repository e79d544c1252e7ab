"""SQLAlchemy types and columns: ``sa.String(16)`` -> ``varchar(16)``
(the family from :mod:`schemalint.types`), encrypted types, and
``sa.Column(...)`` -> :class:`~schemalint.model.ColumnDef`.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from ...model import ColumnDef, ColumnType, Constraint, ForeignKeyRef, TableRef
from ...types import family_of
from .. import pyast
from ..pyast import Env, call_name, dotted

if TYPE_CHECKING:
    from .context import _Ctx


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
    return cls is not None and bool(cls) and (cls.lower() in _SQL_TYPES or cls.lower() in _ORM_TYPES
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
        if cls == "ForeignKey" and isinstance(a, ast.Call):
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
