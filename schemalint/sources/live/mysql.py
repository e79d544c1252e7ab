"""Read a live MySQL or MariaDB catalog into changes (PyMySQL).

One read-only transaction (``START TRANSACTION READ ONLY``, after ``SET
SESSION TRANSACTION READ ONLY``) with a statement timeout
(``max_statement_time`` on MariaDB, ``max_execution_time`` on MySQL);
``information_schema`` queries only, never a row of a user table.  The
database of the URL becomes the changes the SQL frontend makes of its
DDL: tables with their columns, comments (annotations included) and keys,
then the grants ``information_schema`` shows the connecting account
(table, column, database-wide and global privileges) and the views.

:data:`CATALOG_QUERIES` are also the engine side of the differential
tests (``tests/db/catalog.py``), which run them through the ``mariadb``
client; each returns one JSON object per row.
"""

from __future__ import annotations

import json
import re
from typing import Dict, List, Optional, Tuple

from ...model import (
    AddConstraint,
    ColumnDef,
    ColumnType,
    Constraint,
    CreateTable,
    CreateView,
    ForeignKeyRef,
    Grant,
    Location,
    TableRef,
)
from ...types import parse_type
from .url import DatabaseURL

CATALOG_QUERIES = {
    "tables": "SELECT JSON_OBJECT('table', TABLE_NAME, 'comment', TABLE_COMMENT) FROM information_schema.TABLES "
              "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    "columns": "SELECT JSON_OBJECT('table', TABLE_NAME, 'name', COLUMN_NAME, 'nullable', IS_NULLABLE, "
               "'comment', COLUMN_COMMENT, 'data_type', DATA_TYPE, 'column_type', COLUMN_TYPE) "
               "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
    "checks": "SELECT JSON_OBJECT('table', TABLE_NAME, 'clause', CHECK_CLAUSE) "
              "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()",
    "unique": "SELECT JSON_OBJECT('table', TABLE_NAME, 'index', INDEX_NAME, 'name', COLUMN_NAME) "
              "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0 "
              "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
    "foreign": "SELECT JSON_OBJECT('table', TABLE_NAME, 'constraint', CONSTRAINT_NAME, 'name', COLUMN_NAME, "
               "'target', REFERENCED_TABLE_NAME, 'target_schema', REFERENCED_TABLE_SCHEMA, "
               "'target_column', REFERENCED_COLUMN_NAME) FROM information_schema.KEY_COLUMN_USAGE "
               "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL "
               "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
}

ACCESS_QUERIES = {
    "table_grants": "SELECT GRANTEE, TABLE_NAME, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.TABLE_PRIVILEGES "
                    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3",
    "column_grants": "SELECT GRANTEE, TABLE_NAME, COLUMN_NAME, PRIVILEGE_TYPE, IS_GRANTABLE "
                     "FROM information_schema.COLUMN_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3, 4",
    "database_grants": "SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.SCHEMA_PRIVILEGES "
                       "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2",
    "global_grants": "SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.USER_PRIVILEGES "
                     "ORDER BY 1, 2",
    "views": "SELECT TABLE_NAME, VIEW_DEFINITION, SECURITY_TYPE, DEFINER FROM information_schema.VIEWS "
             "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
}

_ACCOUNT_RE = re.compile(r"^'((?:[^']|'')*)'@'((?:[^']|'')*)'$")


def connect(db: DatabaseURL, timeout_s: int, statement_timeout_ms: int, password: Optional[str] = None):
    """A PyMySQL connection in a read-only transaction with a statement
    timeout.  Raises ImportError without PyMySQL, pymysql.MySQLError on
    failure."""
    import pymysql

    params = dict(db.params)
    ssl = {k[4:]: v for k, v in params.items() if k.startswith("ssl_")}
    conn = pymysql.connect(host=db.host or "localhost", port=db.port or 3306, user=db.user or "",
                           password=password or "", database=db.database, connect_timeout=timeout_s,
                           # the server's greeting is read with the read timeout: a silent port is given up
                           # after the connect timeout, a catalog query after the statement timeout
                           read_timeout=timeout_s,
                           charset=params.get("charset", "utf8mb4"), ssl=ssl or None, autocommit=False)
    if hasattr(conn, "_read_timeout"):
        conn._read_timeout = max(1, statement_timeout_ms // 1000) + timeout_s
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT VERSION()")
            row = cur.fetchone()
            version = str(row[0]) if row else ""
            if "mariadb" in version.lower():
                cur.execute("SET SESSION max_statement_time = %s", (statement_timeout_ms / 1000.0,))
            else:
                cur.execute("SET SESSION max_execution_time = %s", (int(statement_timeout_ms),))
            cur.execute("SET SESSION TRANSACTION READ ONLY")
            cur.execute("START TRANSACTION READ ONLY")
    except BaseException:
        conn.close()
        raise
    # read() reads it back with getattr (a connection made elsewhere has none);
    # pymysql's Connection declares no such attribute
    setattr(conn, "schemalint_version", version)  # noqa: B010
    return conn


def read(conn, display: str) -> Tuple[list, Dict[str, object]]:
    """(changes, meta) of the catalog read through ``conn``."""
    got: Dict[str, list] = {}
    mariadb = "mariadb" in getattr(conn, "schemalint_version", "").lower()
    with conn.cursor() as cur:
        for what, sql in CATALOG_QUERIES.items():
            if what == "checks" and not mariadb:  # MySQL's JSON is a type of its own (and its view has no table)
                got[what] = []
                continue
            cur.execute(sql)
            got[what] = [json.loads(row[0]) for row in cur.fetchall()]
        for what, sql in ACCESS_QUERIES.items():
            cur.execute(sql)
            got[what] = list(cur.fetchall())
        cur.execute("SELECT DATABASE()")
        database = cur.fetchone()[0]
    r = _Reader(display, database)
    changes = r.build(got)
    version = getattr(conn, "schemalint_version", "")
    server = ("MariaDB " if "mariadb" in version.lower() else "MySQL ") + version.split("-", 1)[0]
    meta = {"server": server, "tables": len(got["tables"]), "views": len(got["views"])}
    return changes, meta


def account(grantee: str) -> str:
    """``'user'@'host'`` as the model names MySQL accounts: ``user@host``."""
    m = _ACCOUNT_RE.match(grantee or "")
    if m is None:
        return grantee
    return f"{m.group(1).replace(chr(39) * 2, chr(39))}@{m.group(2).replace(chr(39) * 2, chr(39))}"


class _Reader:
    def __init__(self, display: str, database: str):
        self.display = display
        self.database = database

    def at(self, *names: str) -> Location:
        return Location(f"{self.display}#{'.'.join(names)}", 1, 1)

    def build(self, got: Dict[str, list]) -> list:
        changes: List[object] = []
        json_cols = set()
        for c in got["checks"]:
            m = re.fullmatch(r"json_valid\(`((?:[^`]|``)+)`\)", c["clause"] or "")
            if m:
                json_cols.add((c["table"], m.group(1).replace("``", "`")))
        columns: Dict[str, List[ColumnDef]] = {}
        for c in got["columns"]:
            columns.setdefault(c["table"], []).append(ColumnDef(
                c["name"], column_type(c["data_type"], c["column_type"], (c["table"], c["name"]) in json_cols),
                self.at(c["table"], c["name"]), nullable=c["nullable"] == "YES", comment=c["comment"] or None))
        keys: Dict[str, Dict[str, Constraint]] = {}
        for u in got["unique"]:
            k = keys.setdefault(u["table"], {}).get(u["index"])
            cols = (k.columns if k else ()) + (u["name"],)
            keys[u["table"]][u["index"]] = Constraint("primary" if u["index"] == "PRIMARY" else "unique", cols,
                                                      self.at(u["table"]), u["index"])
        foreign: Dict[Tuple[str, str], dict] = {}
        for f in got["foreign"]:
            entry = foreign.setdefault((f["table"], f["constraint"]), {"cols": [], "target_cols": [], **f})
            entry["cols"].append(f["name"])
            entry["target_cols"].append(f["target_column"])
        tables = [t["table"] for t in got["tables"]]
        for t in got["tables"]:
            name = t["table"]
            changes.append(CreateTable(TableRef(name), tuple(columns.get(name, ())), self.at(name),
                                       t["comment"] or None, tuple(keys.get(name, {}).values())))
        for (table, cname), f in sorted(foreign.items()):
            schema = f["target_schema"] if f["target_schema"] and f["target_schema"] != self.database else None
            changes.append(AddConstraint(TableRef(table), Constraint(
                "foreign", tuple(f["cols"]), self.at(table), cname,
                ForeignKeyRef(TableRef(f["target"], schema), tuple(f["target_cols"])))))
        for name, query, security, definer in got["views"]:
            where = self.at(name)
            changes.append(CreateView(TableRef(name), where, (query or "").strip(), where, "mysql",
                                      security_invoker=(security or "").upper() == "INVOKER",
                                      definer=account(_quoted_account(definer))))
        known = set(tables) | {v[0] for v in got["views"]}
        changes.extend(self.grants(got, known))
        return changes

    def grants(self, got: Dict[str, list], known) -> List[Grant]:
        out: List[Grant] = []
        by: Dict[tuple, List[str]] = {}
        for grantee, table, privilege, grantable in got["table_grants"]:
            if table in known:
                by.setdefault(("objects", account(grantee), table, None, grantable == "YES"), []).append(privilege)
        for grantee, table, column, privilege, grantable in got["column_grants"]:
            if table in known:
                by.setdefault(("objects", account(grantee), table, column, grantable == "YES"), []).append(privilege)
        for grantee, privilege, grantable in got["database_grants"]:
            by.setdefault(("database", account(grantee), None, None, grantable == "YES"), []).append(privilege)
        for grantee, privilege, grantable in got["global_grants"]:
            if privilege.upper() != "USAGE":  # USAGE: may connect, reads nothing
                by.setdefault(("global", account(grantee), None, None, grantable == "YES"), []).append(privilege)
        for (scope, grantee, table, column, grantable), privs in sorted(by.items(), key=lambda kv: str(kv[0])):
            if scope == "objects":
                where = self.at(table, column) if column else self.at(table)
                out.append(Grant(tuple(privs), (grantee,), where, "objects", (TableRef(table),),
                                 columns=(column,) if column else (), grant_option=grantable))
            else:
                where = self.at(f"grants of {grantee}")
                out.append(Grant(tuple(privs), (grantee,), where, scope,
                                 schemas=(self.database,) if scope == "database" else (), grant_option=grantable))
        return out


def _quoted_account(definer: Optional[str]) -> str:
    """information_schema.VIEWS writes a definer ``user@host`` unquoted."""
    if not definer or "@" not in definer:
        return definer or ""
    user, host = definer.rsplit("@", 1)
    return f"'{user}'@'{host}'"


def column_type(data_type: str, column_type_text: str, is_json: bool) -> ColumnType:
    """A catalog column's type through the type layer: ``COLUMN_TYPE``
    (``int(10) unsigned``, ``tinyint(1)``, ``enum('L','P')``); MariaDB's
    JSON is LONGTEXT with a ``json_valid`` check."""
    if is_json:
        return ColumnType("json", "json", (), "json")
    t = parse_type(column_type_text)
    if t.family == "other" and data_type:
        alt = parse_type(data_type)
        if alt.family != "other":
            return ColumnType(alt.name, alt.family, t.params, column_type_text)
    return t
