"""One shape for a schema, read from a real engine's catalog or from
schemalint's replay, and the differences between two of them.

The shape is what schemalint's model keeps and its rules read: tables
(with their comments), columns with their type family, nullability and
comment, and per column whether it is part of the primary key, of a
unique key or index, and which table a single-column foreign key points
at.  Names are compared in lower case (schemalint keys tables and columns
case-insensitively), and PostgreSQL's ``public`` schema is the default one,
as in :mod:`schemalint.replay`.

The engine is read through its client (:mod:`.servers`) with the queries
of schemalint's live-database readers, which return JSON, so nothing here
needs a database driver.
"""

from __future__ import annotations

import json
import re
from typing import Dict, List, Optional, Tuple

from schemalint.record import dataclass, field
from schemalint.sources.live import mysql as maria_live
from schemalint.sources.live import postgres as pg_live

from .servers import MariaDBServer, PostgresServer


@dataclass(frozen=True)
class ColumnShape:
    name: str
    family: str
    nullable: bool
    comment: Optional[str] = None
    primary: bool = False
    unique: bool = False
    references: Optional[str] = None  # "table" of a single-column foreign key


@dataclass
class TableShape:
    name: str
    comment: Optional[str] = None
    columns: Dict[str, ColumnShape] = field(default_factory=dict)


Shape = Dict[str, TableShape]


def _key(schema: Optional[str], name: str) -> str:
    if schema and schema.lower() not in ("public", "dbo", "main"):
        return f"{schema.lower()}.{name.lower()}"
    return name.lower()


def _blank(text: Optional[str]) -> Optional[str]:
    return text if text else None


# --------------------------------------------------------------------------
# Type families of engine types (schemalint.types.FAMILIES), written
# independently of schemalint.types: the judge does not share the code it judges
# --------------------------------------------------------------------------

_PG_FAMILY = {
    **dict.fromkeys(("varchar", "bpchar", "text", "name", "citext", "char"), "text"),
    **dict.fromkeys(("int2", "int4", "int8"), "integer"),
    **dict.fromkeys(("numeric", "money"), "decimal"),
    **dict.fromkeys(("float4", "float8"), "float"),
    "bool": "boolean", "date": "date",
    **dict.fromkeys(("timestamp", "timestamptz"), "datetime"),
    **dict.fromkeys(("time", "timetz"), "time"),
    "interval": "interval", "bytea": "binary", "varbit": "binary",
    **dict.fromkeys(("json", "jsonb", "xml", "hstore"), "json"),
    "uuid": "uuid",
    **dict.fromkeys(("inet", "cidr", "macaddr", "macaddr8"), "network"),
    **dict.fromkeys(("tsvector", "tsquery"), "search"),
    **dict.fromkeys(("point", "line", "lseg", "box", "path", "polygon", "circle", "geometry", "geography"),
                    "geo"),
}


def pg_family(typname: str, typtype: str, typcategory: str, formatted: str) -> str:
    if typcategory == "A":
        return "array"
    if typtype == "e":
        return "enum"
    if typname == "bit":
        return "boolean" if formatted in ("bit(1)", "bit") else "binary"
    return _PG_FAMILY.get(typname, "other")


_MARIA_FAMILY = {
    **dict.fromkeys(("char", "varchar", "text", "tinytext", "mediumtext", "longtext"), "text"),
    **dict.fromkeys(("tinyint", "smallint", "mediumint", "int", "bigint", "year"), "integer"),
    "decimal": "decimal", "float": "float", "double": "float",
    "date": "date", "datetime": "datetime", "timestamp": "datetime", "time": "time",
    **dict.fromkeys(("binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob"), "binary"),
    "enum": "enum", "set": "enum", "uuid": "uuid",
    **dict.fromkeys(("geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                     "multipolygon", "geometrycollection"), "geo"),
}


def maria_family(data_type: str, column_type: str, is_json: bool) -> str:
    if is_json:
        return "json"  # MariaDB's JSON is LONGTEXT with a json_valid() check
    if column_type in ("tinyint(1)", "tinyint(1) unsigned"):
        return "boolean"  # MySQL's BOOLEAN, and the same one-digit flag unsigned
    if data_type == "bit":
        return "boolean" if column_type == "bit(1)" else "binary"
    return _MARIA_FAMILY.get(data_type, "other")


# --------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------

#: the catalog queries the live-database readers run (schemalint.sources.live):
#: "the same catalog readers serve live-database audits".  Shared here for
#: what they select; the families, keys and comparison stay the judge's own,
#: and tests/db/test_catalog.py checks the reading against hand-written shapes.
_PG_QUERY = pg_live.TABLES_QUERY


def read_postgres(server: PostgresServer, database: str, exclude_schemas: Tuple[str, ...] = ()) -> Shape:
    extra = "".join(f" AND n.nspname <> '{s}'" for s in exclude_schemas if s.isidentifier())
    rows = json.loads(server.query(_PG_QUERY % {"extra": extra}, database))
    shape: Shape = {}
    for r in rows:
        t = TableShape(r["name"], _blank(r["comment"]))
        key_info = _key_info(r["keys"], lambda target: _key(target[0], target[1]))
        for c in r["columns"]:
            name = c["name"].lower()
            primary, unique, ref = key_info.get(name, (False, False, None))
            t.columns[name] = ColumnShape(
                c["name"], pg_family(c["typname"], c["typtype"], c["typcategory"], c["formatted"]),
                not c["notnull"], _blank(c["comment"]), primary, unique, ref)
        shape[_key(r["schema"], r["name"])] = t
    return shape


_MARIA_QUERIES = maria_live.CATALOG_QUERIES


def read_mariadb(server: MariaDBServer, database: str) -> Shape:
    got = {}
    for what, sql in _MARIA_QUERIES.items():
        got[what] = [json.loads(line) for line in server.query(sql, database).splitlines() if line.strip()]
    json_cols = set()
    for c in got["checks"]:
        m = re.fullmatch(r"json_valid\(`((?:[^`]|``)+)`\)", c["clause"])
        if m:
            json_cols.add((c["table"], m.group(1).replace("``", "`")))
    keys: Dict[str, Dict[tuple, dict]] = {}
    for u in got["unique"]:
        k = keys.setdefault(u["table"], {}).setdefault(("u", u["index"]), {
            "kind": "p" if u["index"] == "PRIMARY" else "u", "cols": [], "target": None})
        k["cols"].append(u["name"])
    for f in got["foreign"]:
        k = keys.setdefault(f["table"], {}).setdefault(("f", f["constraint"]), {
            "kind": "f", "cols": [], "target": f["target"]})
        k["cols"].append(f["name"])
    shape: Shape = {}
    info = {}
    for t in got["tables"]:
        shape[t["table"].lower()] = TableShape(t["table"], _blank(t["comment"]))
        info[t["table"]] = _key_info(keys.get(t["table"], {}).values(), lambda target: target.lower())
    for c in got["columns"]:
        t = shape.get(c["table"].lower())
        if t is None:  # a view's column
            continue
        name = c["name"].lower()
        primary, unique, ref = info[c["table"]].get(name, (False, False, None))
        t.columns[name] = ColumnShape(
            c["name"], maria_family(c["data_type"], c["column_type"], (c["table"], c["name"]) in json_cols),
            c["nullable"] == "YES", _blank(c["comment"]), primary, unique, ref)
    return shape


def _key_info(keys, target_key) -> Dict[str, Tuple[bool, bool, Optional[str]]]:
    """Column name -> (in the primary key, in a unique key, single-column
    foreign key target), schemalint's per-column view of keys."""
    info: Dict[str, List] = {}
    for k in keys:
        cols = [c.lower() for c in (k["cols"] or [])]
        for c in cols:
            entry = info.setdefault(c, [False, False, None])
            if k["kind"] == "p":
                entry[0] = True
            elif k["kind"] == "u":
                entry[1] = True
            elif k["kind"] == "f" and len(cols) == 1 and k["target"]:
                entry[2] = target_key(k["target"])
    return {c: tuple(v) for c, v in info.items()}


# --------------------------------------------------------------------------
# schemalint's replay
# --------------------------------------------------------------------------


def from_replay(schema) -> Shape:
    """The shape of a :class:`schemalint.replay.Schema`."""
    shape: Shape = {}
    for key, t in schema.tables.items():
        ts = TableShape(t.name, _blank(t.comment))
        for ck, c in t.columns.items():
            ref = None
            if c.references is not None:
                ref = _key(c.references.table.schema, c.references.table.name)
            ts.columns[ck] = ColumnShape(
                c.name, c.type.family if c.type is not None else "none", c.nullable, _blank(c.comment),
                c.primary_key, c.unique, ref)
        shape[key] = ts
    return shape


# --------------------------------------------------------------------------
# Differences
# --------------------------------------------------------------------------


def differences(engine: Shape, replayed: Shape) -> List[str]:
    """Every way ``replayed`` differs from ``engine``, one sorted line
    each, e.g. ``column missing: person.approximateagetype``."""
    out: List[str] = []

    def both(what: str, where: str, e, r) -> bool:
        if e is None or r is None:
            out.append(f"{what} {'missing' if r is None else 'invented'}: {where}")
            return False
        return True

    for key in sorted(set(engine) | set(replayed)):
        e, r = engine.get(key), replayed.get(key)
        if not both("table", key, e, r):
            continue
        if e.comment != r.comment:
            out.append(f"table comment: {key}: engine {e.comment!r}, replay {r.comment!r}")
        for ck in sorted(set(e.columns) | set(r.columns)):
            ec, rc = e.columns.get(ck), r.columns.get(ck)
            where = f"{key}.{ck}"
            if not both("column", where, ec, rc):
                continue
            for attr in ("family", "nullable", "comment", "primary", "unique", "references"):
                ev, rv = getattr(ec, attr), getattr(rc, attr)
                if ev != rv:
                    out.append(f"{attr}: {where}: engine {ev!r}, replay {rv!r}")
    return out


def counts(shape: Shape) -> Tuple[int, int]:
    """(tables, columns)."""
    return len(shape), sum(len(t.columns) for t in shape.values())


def replay(paths, dialect: Optional[str] = None):
    """schemalint's replay of ``paths`` as ``schemalint check`` reads them
    (discovery, histories, dialect sniffing), as ``(schema, run)``: the
    history with the most tables.  Only the named files and directories
    are read: a named file's history is not expanded, so a dump is not
    joined to the migrations beside it (the engine runs the SQL alone)."""
    from schemalint.config import Config
    from schemalint.pipeline import RunOptions, build

    run = build(RunOptions(paths=[str(p) for p in paths], checks=False, use_cache=False, dialect=dialect,
                           expand_history=False), Config())
    return max(run.schemas, key=lambda s: len(s.tables)), run
