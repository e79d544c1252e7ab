"""Read a live PostgreSQL catalog into changes (psycopg 3).

One read-only transaction with a statement timeout; catalog queries only
(``pg_catalog``), never a row of a user table.  The catalog becomes the
same changes the SQL frontend makes of DDL (:mod:`schemalint.model`):
``CreateTable`` with its columns, comments (annotations included) and
keys, then the access facts -- roles and memberships, owners, grants
(``aclexplode`` of each ACL, column grants included), row-level security
and policies, views with their definition (traced like a ``CREATE VIEW``)
and functions -- so replay builds the schema and ``Schema.access`` exactly
as it does for a file.

:data:`TABLES_QUERY` is also the engine side of the differential tests
(``tests/db/catalog.py``), which read it through ``psql`` and map its
types with a table of their own.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...model import (
    PUBLIC,
    ColumnDef,
    ColumnType,
    CommentOn,
    Constraint,
    CreateFunction,
    CreatePolicy,
    CreateRole,
    CreateTable,
    CreateView,
    ForeignKeyRef,
    Grant,
    GrantRole,
    Location,
    SetComment,
    SetOwner,
    SetRowSecurity,
    TableRef,
)
from ...types import family_of, parse_type
from .url import DatabaseURL

#: schemas that are PostgreSQL's own
SYSTEM_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'"

#: objects an extension installed (PostGIS's spatial_ref_sys...): not the application's schema
_NOT_EXTENSION = ("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '%(catalog)s'::regclass "
                  "AND d.objid = %(oid)s AND d.deptype = 'e')")

#: tables (plain and partitioned), their columns and keys, as one JSON array.
#: ``%(extra)s`` adds conditions on ``n`` (namespace) and ``c`` (the relation).
TABLES_QUERY = r"""
WITH rels AS (
  SELECT c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class') AS comment,
         c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) AS owner, c.relacl
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_%%' %(extra)s
), cols AS (
  SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, col_description(a.attrelid, a.attnum) AS comment,
         format_type(a.atttypid, a.atttypmod) AS formatted,
         coalesce(bt.typname, t.typname) AS typname, coalesce(bt.typtype, t.typtype) AS typtype,
         coalesce(bt.typcategory, t.typcategory) AS typcategory,
         CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_formatted,
         t.typname AS declared, a.attacl
  FROM pg_attribute a JOIN rels r ON r.oid = a.attrelid
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
  WHERE a.attnum > 0 AND NOT a.attisdropped
), keys AS (
  SELECT con.conrelid AS rel, con.contype::text AS kind, con.conkey AS cols, con.conname::text AS name,
         CASE WHEN con.contype = 'f' THEN (SELECT json_build_array(fn.nspname, fc.relname)
              FROM pg_class fc JOIN pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = con.confrelid)
         END AS target,
         CASE WHEN con.contype = 'f' THEN (SELECT json_agg(fa.attname ORDER BY u.ord)
              FROM unnest(con.confkey) WITH ORDINALITY u(num, ord)
              JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = u.num) END AS target_cols
  FROM pg_constraint con JOIN rels r ON r.oid = con.conrelid WHERE con.contype IN ('p', 'u', 'f')
  UNION ALL
  SELECT i.indrelid, 'u', i.indkey::int2[], ic.relname::text, NULL, NULL
  FROM pg_index i JOIN rels r ON r.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
  WHERE i.indisunique AND NOT i.indisprimary
    AND NOT EXISTS (SELECT 1 FROM pg_constraint uc WHERE uc.conindid = i.indexrelid AND uc.conrelid = i.indrelid
                    AND uc.contype IN ('p', 'u'))
)
SELECT coalesce(json_agg(json_build_object(
  'schema', r.nspname, 'name', r.relname, 'comment', r.comment,
  'rls', r.relrowsecurity, 'force_rls', r.relforcerowsecurity, 'owner', r.owner,
  'acl', (SELECT json_agg(json_build_array(CASE WHEN x.grantee = 0 THEN 'public'
                                               ELSE pg_get_userbyid(x.grantee) END,
                                          x.privilege_type, x.is_grantable))
          FROM aclexplode(r.relacl) x),
  'columns', (SELECT coalesce(json_agg(json_build_object(
      'name', c.attname, 'notnull', c.attnotnull, 'comment', c.comment, 'formatted', c.formatted,
      'typname', c.typname, 'typtype', c.typtype, 'typcategory', c.typcategory,
      'base_formatted', c.base_formatted, 'declared', c.declared,
      'acl', (SELECT json_agg(json_build_array(CASE WHEN x.grantee = 0 THEN 'public'
                                                   ELSE pg_get_userbyid(x.grantee) END,
                                              x.privilege_type, x.is_grantable))
              FROM aclexplode(c.attacl) x)) ORDER BY c.attnum), '[]')
    FROM cols c WHERE c.attrelid = r.oid),
  'keys', (SELECT coalesce(json_agg(json_build_object(
      'kind', k.kind, 'name', k.name, 'target', k.target, 'target_cols', k.target_cols,
      'cols', (SELECT json_agg(a.attname ORDER BY u.ord) FROM unnest(k.cols) WITH ORDINALITY u(num, ord)
               JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = u.num))), '[]')
    FROM keys k WHERE k.rel = r.oid)
) ORDER BY r.nspname, r.relname), '[]') FROM rels r
"""

ROLES_QUERY = r"""
SELECT r.rolname, r.rolcanlogin, r.rolbypassrls, r.rolsuper, shobj_description(r.oid, 'pg_authid')
FROM pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY r.rolname
"""

MEMBERS_QUERY = r"""
SELECT pg_get_userbyid(m.roleid), pg_get_userbyid(m.member)
FROM pg_auth_members m ORDER BY 1, 2
"""

POLICIES_QUERY = r"""
SELECT n.nspname, c.relname, p.polname, p.polcmd::text, p.polpermissive,
       ARRAY(SELECT CASE WHEN x = 0 THEN 'public' ELSE pg_get_userbyid(x) END FROM unnest(p.polroles) x),
       pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(system)s ORDER BY 1, 2, 3
"""

VIEWS_QUERY = r"""
SELECT n.nspname, c.relname, c.relkind::text, pg_get_viewdef(c.oid, true), coalesce(c.reloptions, '{}'),
       pg_get_userbyid(c.relowner), obj_description(c.oid, 'pg_class'),
       (SELECT json_agg(json_build_array(CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee) END,
                                         x.privilege_type, x.is_grantable)) FROM aclexplode(c.relacl) x),
       (SELECT json_agg(json_build_array(a.attname, col_description(c.oid, a.attnum)) ORDER BY a.attnum)
        FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND col_description(c.oid, a.attnum) IS NOT NULL)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND %(system)s AND %(not_extension)s
ORDER BY 1, 2
"""

FUNCTIONS_QUERY = r"""
SELECT n.nspname, p.proname, p.prokind::text, pg_get_function_identity_arguments(p.oid),
       coalesce(pg_get_function_result(p.oid), ''), l.lanname, p.prosecdef, coalesce(p.proconfig, '{}'),
       p.prosrc, pg_get_userbyid(p.proowner), p.proacl IS NULL,
       (SELECT json_agg(json_build_array(CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee) END,
                                         x.privilege_type, x.is_grantable)) FROM aclexplode(p.proacl) x),
       obj_description(p.oid, 'pg_proc')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p') AND %(system)s AND %(not_extension)s
ORDER BY 1, 2, 4
"""

_COMMANDS = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def tables_query(live: bool = True) -> str:
    """:data:`TABLES_QUERY` ready to run: for a live audit without the
    tables extensions installed, and without the partitions of a
    partitioned table (their columns are the parent's: one table, one
    finding)."""
    extra = ("AND NOT c.relispartition AND " + _NOT_EXTENSION % {"catalog": "pg_class", "oid": "c.oid"}
             ) if live else ""
    return TABLES_QUERY % {"extra": extra}


def _q(query: str, catalog: str, oid: str) -> str:
    return query % {"system": SYSTEM_SCHEMAS.replace("%%", "%"),
                    "not_extension": _NOT_EXTENSION.replace("%%", "%") % {"catalog": catalog, "oid": oid}}


def connect(db: DatabaseURL, timeout_s: int, statement_timeout_ms: int):
    """A psycopg connection in a read-only transaction with a statement
    timeout (libpq reads ``PGPASSWORD`` and ``.pgpass`` when the URL has no
    password).  Raises ImportError without psycopg, psycopg.Error on
    failure."""
    import psycopg

    # psycopg.connect's keyword arguments: libpq connection parameters (str, int)
    kwargs: Dict[str, Any] = {"connect_timeout": timeout_s, "application_name": "schemalint"}
    for key, value in (("host", db.host), ("port", db.port), ("user", db.user), ("dbname", db.database),
                       ("password", db.password)):
        if value is not None:
            kwargs[key] = value
    kwargs.update(dict(db.params))
    conn = psycopg.connect(**kwargs)
    try:
        conn.read_only = True  # every transaction BEGINs READ ONLY
        conn.execute("SET TRANSACTION READ ONLY")
        conn.execute("SELECT set_config('statement_timeout', %s, true)", (str(int(statement_timeout_ms)),))
    except BaseException:
        conn.close()
        raise
    return conn


def server_version(conn) -> str:
    return str(conn.execute("SHOW server_version").fetchone()[0])


def read(conn, display: str) -> Tuple[list, Dict[str, object]]:
    """(changes, meta) of the catalog read through ``conn``."""
    r = _Reader(display)
    version = server_version(conn)
    tables = conn.execute(tables_query()).fetchone()[0] or []
    roles = conn.execute(ROLES_QUERY).fetchall()
    members = conn.execute(MEMBERS_QUERY).fetchall()
    policies = conn.execute(_q(POLICIES_QUERY, "pg_class", "c.oid")).fetchall()
    views = conn.execute(_q(VIEWS_QUERY, "pg_class", "c.oid")).fetchall()
    functions = conn.execute(_q(FUNCTIONS_QUERY, "pg_proc", "p.oid")).fetchall()
    r.roles(roles, members)
    for t in tables:
        r.table(t)
    for t in tables:
        r.table_access(t)
    for row in policies:
        r.policy(row)
    for row in views:
        r.view(row)
    for row in functions:
        r.function(row)
    meta = {"server": f"PostgreSQL {version}", "tables": len(tables), "views": len(views),
            "functions": len(functions), "roles": len(roles)}
    return r.changes, meta


class _Reader:
    def __init__(self, display: str):
        self.display = display
        self.changes: List[object] = []

    def at(self, *names: str) -> Location:
        """Where a catalog object is: the URL, then ``schema.table.column``."""
        return Location(f"{self.display}#{'.'.join(names)}", 1, 1)

    # -- roles ---------------------------------------------------------------
    def roles(self, roles, members) -> None:
        for name, login, bypass, superuser, comment in roles:
            self.changes.append(CreateRole(name, self.at(f"role {name}"), bool(login), bool(bypass),
                                           bool(superuser), (), comment))
        for role, member in members:
            self.changes.append(GrantRole((role,), (member,), self.at(f"role {member}")))

    # -- tables ----------------------------------------------------------------
    def table(self, t: dict) -> None:
        schema, name = t["schema"], t["name"]
        ref = TableRef(name, schema)
        cols = []
        for c in t["columns"]:
            cols.append(ColumnDef(c["name"], column_type(c), self.at(schema, name, c["name"]),
                                  nullable=not c["notnull"], comment=c["comment"] or None))
        constraints = []
        for k in t["keys"]:
            names = tuple(k["cols"] or ())
            if not names:
                continue  # an expression index: no column of its own
            kind = {"p": "primary", "u": "unique", "f": "foreign"}[k["kind"]]
            target = None
            if kind == "foreign" and k["target"]:
                target = ForeignKeyRef(TableRef(k["target"][1], k["target"][0]), tuple(k["target_cols"] or ()))
            constraints.append(Constraint(kind, names, self.at(schema, name), k["name"], target))
        self.changes.append(CreateTable(ref, tuple(cols), self.at(schema, name), t["comment"] or None,
                                        tuple(constraints)))

    def table_access(self, t: dict) -> None:
        schema, name = t["schema"], t["name"]
        ref, where = TableRef(name, schema), self.at(schema, name)
        owner = t["owner"]
        self.changes.append(SetOwner("table", ref, owner, where))
        if t["rls"] or t["force_rls"]:
            self.changes.append(SetRowSecurity(ref, where, bool(t["rls"]), bool(t["force_rls"])))
        self.changes.extend(grants(t["acl"], owner, "objects", (ref,), where))
        for c in t["columns"]:
            if c.get("acl"):
                self.changes.extend(grants(c["acl"], owner, "objects", (ref,), self.at(schema, name, c["name"]),
                                           columns=(c["name"],)))

    def policy(self, row) -> None:
        schema, table, name, cmd, permissive, roles, using, check = row
        self.changes.append(CreatePolicy(TableRef(table, schema), name, self.at(schema, table, f"policy {name}"),
                                         _COMMANDS.get(cmd, "ALL"), tuple(roles or (PUBLIC,)), bool(permissive),
                                         using, check))

    # -- views and functions ----------------------------------------------------
    def view(self, row) -> None:
        schema, name, kind, query, options, owner, comment, acl, col_comments = row
        ref, where = TableRef(name, schema), self.at(schema, name)
        opts = {o.split("=", 1)[0].lower(): o.split("=", 1)[-1].lower() for o in options}
        self.changes.append(CreateView(
            ref, where, (query or "").strip().rstrip(";"), where, "postgres", materialized=kind == "m",
            security_invoker=opts.get("security_invoker") in ("true", "on", "1", "yes"),
            security_barrier=opts.get("security_barrier") in ("true", "on", "1", "yes")))
        self.changes.append(SetOwner("view", ref, owner, where))
        if comment:
            # a materialised view is a view to replay (CreateView.materialized), as in the SQL frontend
            self.changes.append(CommentOn("view", ref, comment, where))
        for col, text in col_comments or ():
            self.changes.append(SetComment(ref, col, text, self.at(schema, name, col)))
        self.changes.extend(grants(acl, owner, "objects", (ref,), where))

    def function(self, row) -> None:
        (schema, name, kind, args, returns, language, secdef, config, body, owner, default_acl, acl,
         comment) = row
        ref = TableRef(name, schema)
        where = self.at(schema, f"{name}({args})")
        search_path = None
        for item in config:
            key, _, value = item.partition("=")
            if key.lower() == "search_path":
                search_path = value
        self.changes.append(CreateFunction(
            ref, where, "procedure" if kind == "p" else "function", args, returns, language, bool(secdef),
            search_path, body, where, "postgres"))
        self.changes.append(SetOwner("function", ref, owner, where))
        if comment:
            self.changes.append(CommentOn("function", ref, comment, where))
        if not default_acl:  # the built-in EXECUTE to PUBLIC holds only while the ACL is the default
            self.changes.append(Grant(("ALL",), (PUBLIC,), where, "functions", (ref,), revoke=True))
            self.changes.extend(grants(acl, owner, "functions", (ref,), where))


def grants(acl, owner: Optional[str], scope: str, objects, where: Location, columns=()) -> List[Grant]:
    """One ``Grant`` per grantee and grant option, from ``aclexplode``
    rows ``[grantee, privilege, grantable]``; the owner's own entries are
    its ownership, which :class:`SetOwner` says."""
    by: Dict[Tuple[str, bool], List[str]] = {}
    for grantee, privilege, grantable in acl or ():
        if grantee == owner and not columns:
            continue
        by.setdefault((grantee, bool(grantable)), []).append(privilege)
    return [Grant(tuple(privs), (grantee,), where, scope, tuple(objects), columns=tuple(columns),
                  grant_option=grantable) for (grantee, grantable), privs in sorted(by.items())]


def column_type(c: dict) -> ColumnType:
    """A catalog column's type: its base SQL name through the type layer
    (a domain keeps its own name and takes its base type's family; an enum
    is the enum family)."""
    formatted = c["formatted"]
    if c["typcategory"] == "A":
        return ColumnType(formatted.lower(), "array", (), formatted)
    if c["typtype"] == "e":
        return ColumnType(c["declared"].lower(), "enum", (), formatted)
    if c.get("base_formatted"):
        base = parse_type(c["base_formatted"])
        return ColumnType(c["declared"].lower(), base.family, base.params, formatted)
    t = parse_type(formatted)
    if t.family == "other":  # a type of another schema ("public.geometry") or a custom base type
        fam = family_of(c["typname"])
        if fam != "other":
            return ColumnType(t.name, fam, t.params, formatted)
    return t
