"""Access-control statements -> changes: who may read what.

``GRANT``/``REVOKE`` (privileges and role membership), ``ALTER DEFAULT
PRIVILEGES``, ``ALTER TABLE ... ROW LEVEL SECURITY`` and ``OWNER TO``,
``CREATE/ALTER/DROP POLICY``, views, functions (``SECURITY DEFINER``,
``SET search_path``), roles and comments on them, in PostgreSQL and
MySQL/MariaDB syntax.

sqlglot 30 parses few of these (most fall back to an opaque command), and
their grammar is a flat list of clauses, so they are read from sqlglot's
tokens, like :mod:`.keys`.  A view keeps its query as text: its lineage is
traced at replay, against the base tables as they are when the view is
created (:mod:`schemalint.access.lineage`).  What a reader cannot follow
becomes a located note naming the statement: access is never guessed.

:func:`sort` is called for every statement and imports nothing; the
readers need the tokenizer, which the caller's converter owns.  The
readers of views and functions are in :mod:`.routines`; both read tokens
through :mod:`.cursor`.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple, Union

from ... import lazyre
from ...kinds import CommentTarget
from ...model import (
    PUBLIC,
    UNSET,
    AlterPolicy,
    CommentOn,
    CreatePolicy,
    CreateRole,
    DefaultPrivileges,
    DropPolicy,
    Grant,
    GrantRole,
    Location,
    SetOwner,
    SetRowSecurity,
    Skipped,
    TableRef,
)
from .cursor import QUOTED, Cursor, owner_to, ref_of, role_list, role_name
from .routines import alter_function, alter_view, create_function, create_view, drop_function, drop_view, function_names

#: the statement kinds this module reads (see :func:`sort`)
KINDS = frozenset(("grant", "default_privileges", "alter_table_access", "create_policy", "alter_policy",
                   "drop_policy", "create_view", "alter_view", "drop_view", "create_function",
                   "alter_function", "drop_function", "create_role", "comment_access"))

_Q = r"""(?:`[^`]*`|'[^']*'|"[^"]*"|[\w.%$-]+)"""
_CREATE_RE = lazyre.compile(
    r"""^CREATE\s+(?:OR\s+REPLACE\s+)?
    (?:(?:ALGORITHM\s*=\s*\w+ | DEFINER\s*=\s*""" + _Q + r"""(?:\s*@\s*""" + _Q + r""")?
        | SQL\s+SECURITY\s+\w+ | TEMP | TEMPORARY | RECURSIVE | MATERIALIZED | SECURE)\s+)*
    (?P<obj>VIEW|FUNCTION|PROCEDURE|POLICY|ROLE|USER|GROUP)\b(?!\s+MAPPING\b)""",
    re.I | re.X)
_ALTER_VIEW_RE = lazyre.compile(
    r"""^ALTER\s+(?:(?:ALGORITHM\s*=\s*\w+ | DEFINER\s*=\s*""" + _Q + r"""(?:\s*@\s*""" + _Q + r""")?
        | SQL\s+SECURITY\s+\w+ | MATERIALIZED)\s+)*VIEW\b""", re.I | re.X)
_ALTER_RE = lazyre.compile(r"^ALTER\s+(?P<obj>FUNCTION|PROCEDURE|ROUTINE|POLICY|DEFAULT\s+PRIVILEGES)\b", re.I)
_TABLE_ACTION = (r"(?:(?:ENABLE|DISABLE|FORCE|NO\s+FORCE)\s+ROW\s+LEVEL\s+SECURITY"
                 r"|OWNER\s+TO\s+(?:\"[^\"]*\"|[\w$]+))")
_ALTER_TABLE_RE = lazyre.compile(
    r"^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?:\"[^\"]*\"|[\w$]+)(?:\.(?:\"[^\"]*\"|[\w$]+))*"
    r"\s*\*?\s+" + _TABLE_ACTION + r"(?:\s*,\s*" + _TABLE_ACTION + r")*\s*$", re.I | re.S)
_DROP_RE = lazyre.compile(r"^DROP\s+(?:MATERIALIZED\s+)?(?P<obj>VIEW|FUNCTION|PROCEDURE|ROUTINE|POLICY)\b", re.I)
_COMMENT_RE = lazyre.compile(
    r"^COMMENT\s+ON\s+(?:MATERIALIZED\s+VIEW|VIEW|FUNCTION|PROCEDURE|ROUTINE|ROLE|POLICY)\b", re.I)


def sort(words: List[str], text: str) -> Optional[str]:
    """The access kind of a statement (one of :data:`KINDS`), or None."""
    first = words[0]
    if first in ("GRANT", "REVOKE"):
        return "grant"
    if first == "CREATE":
        if len(words) > 1 and words[1] in ("TABLE", "INDEX", "UNIQUE", "SCHEMA", "SEQUENCE", "EXTENSION"):
            return None
        m = _CREATE_RE.match(text)
        if m is None:
            return None
        obj = m.group("obj").upper()
        if obj in ("FUNCTION", "PROCEDURE"):
            return "create_function"
        return {"VIEW": "create_view", "POLICY": "create_policy"}.get(obj, "create_role")
    if first == "ALTER":
        if len(words) > 1 and words[1] == "TABLE":
            return "alter_table_access" if _ALTER_TABLE_RE.match(text) else None
        if _ALTER_VIEW_RE.match(text):
            return "alter_view"
        m = _ALTER_RE.match(text)
        if m is None:
            return None
        obj = m.group("obj").upper()
        if obj == "POLICY":
            return "alter_policy"
        return "alter_function" if obj in ("FUNCTION", "PROCEDURE", "ROUTINE") else "default_privileges"
    if first == "DROP":
        m = _DROP_RE.match(text)
        if m is None:
            return None
        obj = m.group("obj").upper()
        return {"VIEW": "drop_view", "POLICY": "drop_policy"}.get(obj, "drop_function")
    if first == "COMMENT" and _COMMENT_RE.match(text):
        return "comment_access"
    return None


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------


def convert(kind: str, sql: str, loc: Location, out: list, *, dialect: str,
            tokenize: Callable, locate_offset: Callable[[int], Location]) -> None:
    """Append the changes of one access statement to ``out``.
    ``locate_offset(i)`` is the location of offset ``i`` of ``sql``."""
    from .split import MYSQL_LIKE

    mysql = dialect in MYSQL_LIKE
    try:
        toks = tokenize(sql)
    except Exception:  # sqlglot's TokenError and its kin: the statement is unreadable
        toks = None
    if not toks:
        out.append(Skipped(f"{_what(sql)} could not be tokenized; the access it gives is not replayed", loc))
        return
    c = Cursor(toks, sql, fold=not mysql)
    reader = _READERS[kind]
    got = reader(c, loc, mysql=mysql, dialect=dialect, locate_offset=locate_offset)
    if got is None:
        out.append(Skipped(f"{_what(sql)} not understood; the access it gives is not replayed", loc))
        return
    out.extend(got)


def _what(sql: str) -> str:
    words = sql[:200].split()
    return "'" + " ".join(words[:4])[:80] + (" ..." if len(words) > 4 else "") + "'"


# --------------------------------------------------------------------------
# GRANT / REVOKE
# --------------------------------------------------------------------------

#: words after which a privilege list ends
_PRIV_END = ("ON", "TO", "FROM")
_OTHER_OBJECTS = ("SEQUENCE", "DATABASE", "DOMAIN", "FOREIGN", "LANGUAGE", "LARGE", "SCHEMA", "TABLESPACE",
                  "TYPE", "PARAMETER", "SERVER", "PROXY")


def _privileges(c: Cursor) -> Optional[List[Tuple[str, Tuple[str, ...]]]]:
    """``SELECT (a, b), UPDATE, ALL PRIVILEGES`` -> [(privilege, columns)]."""
    out = []
    while True:
        words = []
        while not c.at_end() and c.kw() and c.kw() not in _PRIV_END:
            words.append(c.kw())
            c.i += 1
        if not words:
            return None
        priv = " ".join(words)
        if priv == "ALL PRIVILEGES":
            priv = "ALL"
        cols = c.optional_names()
        if cols is None:
            return None
        out.append((priv, cols))
        if c.take_type("COMMA"):
            continue
        return out


def _grant(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    revoke = c.kw() == "REVOKE"
    c.i += 1
    option_only = False
    if revoke:
        if c.take_seq("GRANT", "OPTION", "FOR"):
            option_only = True
        elif c.kw() in ("ADMIN", "INHERIT", "SET") and c.kw(1) == "OPTION" and c.kw(2) == "FOR":
            c.i += 3  # an option of a membership: the membership stays
            return [Skipped("REVOKE of a role membership option: membership unchanged", loc, "noop")]
    # privileges or roles?  Privileges have an ON before TO/FROM.
    depth = 0
    has_on = False
    for j in range(c.i, len(c.toks)):
        tt = c.toks[j].token_type.name
        if tt == "L_PAREN":
            depth += 1
        elif tt == "R_PAREN":
            depth -= 1
        elif depth == 0 and tt not in QUOTED:
            w = c.toks[j].text.upper()
            if w == "ON":
                has_on = True
                break
            if w in ("TO", "FROM"):
                break
    if not has_on:
        if revoke and mysql and c.kw() == "ALL":  # REVOKE ALL [PRIVILEGES], GRANT OPTION FROM accounts
            while not c.at_end() and c.kw() != "FROM":
                c.i += 1
            if not c.take("FROM"):
                return None
            accounts = role_list(c, mysql, ())
            return [Grant(("ALL",), accounts, loc, "global", revoke=True)] if accounts else None
        return _grant_role(c, loc, revoke, mysql)
    privs = _privileges(c)
    if privs is None or not c.take("ON"):
        return None
    scope = "objects"
    objects: Tuple[TableRef, ...] = ()
    schemas: Tuple[str, ...] = ()
    if c.take("ALL"):
        what = c.kw()
        c.i += 1
        if not (c.take("IN") and c.take("SCHEMA")):
            return None
        named = c.ident_list()
        if named is None:
            return None
        schemas = named
        scope = {"TABLES": "schema", "FUNCTIONS": "all_functions", "PROCEDURES": "all_functions",
                 "ROUTINES": "all_functions"}.get(what, "other")
    elif c.kw() in ("FUNCTION", "PROCEDURE", "ROUTINE"):
        c.i += 1
        scope = "functions"
        refs = function_names(c)
        if refs is None:
            return None
        objects = tuple(refs)
    elif c.kw() in _OTHER_OBJECTS:
        scope = "other"
        while not c.at_end() and c.kw() not in ("TO", "FROM"):
            c.i += 1
    else:
        c.take("TABLE")
        refs = []
        while True:
            if mysql and c.type() == "STAR":  # ON * / ON *.*
                c.i += 1
                if c.type() == "DOT" and c.type(1) == "STAR":
                    c.i += 2
                    scope = "global"
                else:
                    scope = "database"
                break
            n = c.name()
            if n is None:
                return None
            if mysql and c.type() == "DOT" and c.type(1) == "STAR":  # ON db.*
                c.i += 2
                scope, schemas = "database", (n[-1],)
                break
            refs.append(ref_of(n))
            if not c.take_type("COMMA"):
                break
        objects = tuple(refs)
    if not c.take("FROM" if revoke else "TO"):
        return None
    grantees = role_list(c, mysql, ("WITH", "GRANTED", "CASCADE", "RESTRICT", "AS", "IDENTIFIED", "REQUIRE"))
    if grantees is None:
        return None
    grant_option = option_only
    if not revoke and c.take_seq("WITH", "GRANT", "OPTION"):
        grant_option = True
    out = []
    # one change per column list: SELECT (a), UPDATE (b) are two grants
    groups: dict = {}
    for priv, cols in privs:
        groups.setdefault(cols, []).append(priv)
    for cols, names in groups.items():
        out.append(Grant(tuple(names), grantees, loc, scope, objects, schemas, cols, revoke, grant_option))
    return out


def _grant_role(c: Cursor, loc: Location, revoke: bool, mysql: bool) -> Optional[list]:
    roles = role_list(c, mysql, ("TO", "FROM"))
    if roles is None or not c.take("FROM" if revoke else "TO"):
        return None
    members = role_list(c, mysql, ("WITH", "GRANTED", "CASCADE", "RESTRICT"))
    if members is None:
        return None
    return [GrantRole(roles, members, loc, revoke)]


def _default_privileges(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    if not c.take_seq("ALTER", "DEFAULT", "PRIVILEGES"):
        return None
    for_roles: Tuple[str, ...] = ()
    schemas: Tuple[str, ...] = ()
    while True:
        if c.take("FOR"):
            c.take("ROLE", "USER")
            got = role_list(c, mysql, ("IN", "GRANT", "REVOKE"))
            if got is None:
                return None
            for_roles = got
        elif c.take("IN"):
            if not c.take("SCHEMA"):
                return None
            got_schemas = c.ident_list()
            if got_schemas is None:
                return None
            schemas = got_schemas
        else:
            break
    revoke = c.kw() == "REVOKE"
    if not c.take("GRANT", "REVOKE"):
        return None
    option_only = revoke and c.take_seq("GRANT", "OPTION", "FOR")
    privs = _privileges(c)
    if privs is None or not c.take("ON"):
        return None
    kind = c.kw().lower()
    c.i += 1
    if kind == "routines":
        kind = "functions"
    if not c.take("FROM" if revoke else "TO"):
        return None
    grantees = role_list(c, mysql, ("WITH", "CASCADE", "RESTRICT"))
    if grantees is None:
        return None
    grant_option = option_only or (not revoke and c.take_seq("WITH", "GRANT", "OPTION"))
    return [DefaultPrivileges(tuple(p for p, _ in privs), grantees, kind, loc, schemas, for_roles, revoke,
                              grant_option)]


# --------------------------------------------------------------------------
# ALTER TABLE ... ROW LEVEL SECURITY / OWNER TO; row-level security policies
# --------------------------------------------------------------------------


def _table_head(c: Cursor) -> Optional[TableRef]:
    c.take("ALTER")
    c.take("TABLE")
    c.take_seq("IF", "EXISTS")
    c.take("ONLY")
    n = c.name()
    c.take_type("STAR")
    return ref_of(n) if n is not None else None


def _alter_table_access(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    ref = _table_head(c)
    if ref is None:
        return None
    out: List[Union[SetOwner, SetRowSecurity]] = []
    while not c.at_end():
        if c.kw() == "OWNER":
            owner = owner_to(c, mysql)
            if owner is None:
                return None
            out.append(SetOwner("table", ref, owner, loc))
        else:
            enabled = forced = None
            if c.take("ENABLE"):
                enabled = True
            elif c.take("DISABLE"):
                enabled = False
            elif c.take("FORCE"):
                forced = True
            elif c.take_seq("NO", "FORCE"):
                forced = False
            else:
                return None
            if not c.take_seq("ROW", "LEVEL", "SECURITY"):
                return None
            out.append(SetRowSecurity(ref, loc, enabled, forced))
        if not c.take_type("COMMA") and not c.at_end():
            return None
    return out


def _policy_head(c: Cursor) -> Optional[Tuple[str, TableRef]]:
    name = c.ident()
    if name is None or not c.take("ON"):
        return None
    t = c.name()
    return (name, ref_of(t)) if t is not None else None


def _expression(c: Cursor) -> Optional[str]:
    span = c.skip_parens()
    return c.text_between(*span) if span is not None else None


def _policy_clauses(c: Cursor, mysql: bool, create: bool) -> Optional[dict]:
    """The clauses after ``CREATE|ALTER POLICY name ON table``: ``AS``,
    ``FOR`` (CREATE only), ``TO``, ``USING``, ``WITH CHECK``."""
    got: dict = {}
    while not c.at_end():
        if create and c.take("AS"):
            word = c.kw()
            c.i += 1
            if word not in ("PERMISSIVE", "RESTRICTIVE"):
                return None
            got["permissive"] = word == "PERMISSIVE"
        elif create and c.take("FOR"):
            got["command"] = c.kw()
            c.i += 1
            if got["command"] not in ("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"):
                return None
        elif c.take("TO"):
            got["roles"] = role_list(c, mysql, ("USING", "WITH", "FOR", "AS"))
            if got["roles"] is None:
                return None
        elif c.take("USING"):
            got["using"] = _expression(c)
            if got["using"] is None:
                return None
        elif c.take_seq("WITH", "CHECK"):
            got["check"] = _expression(c)
            if got["check"] is None:
                return None
        else:
            return None
    return got


def _create_policy(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # CREATE POLICY
    head = _policy_head(c)
    got = _policy_clauses(c, mysql, create=True) if head is not None else None
    if head is None or got is None:
        return None
    name, table = head
    return [CreatePolicy(table, name, loc, got.get("command", "ALL"), got.get("roles", (PUBLIC,)),
                         got.get("permissive", True), got.get("using"), got.get("check"))]


def _alter_policy(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # ALTER POLICY
    c.take_seq("IF", "EXISTS")
    head = _policy_head(c)
    if head is None:
        return None
    name, table = head
    if c.take_seq("RENAME", "TO"):
        new = c.ident()
        return [AlterPolicy(table, name, loc, rename=new)] if new is not None else None
    got = _policy_clauses(c, mysql, create=False)
    if got is None:
        return None
    return [AlterPolicy(table, name, loc, None, got.get("roles"), got.get("using", UNSET),
                        got.get("check", UNSET))]


def _drop_policy(c: Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 2  # DROP POLICY
    if_exists = c.take_seq("IF", "EXISTS")
    head = _policy_head(c)
    if head is None:
        return None
    c.take("CASCADE", "RESTRICT")
    return [DropPolicy(head[1], head[0], loc, if_exists)] if c.at_end() else None


# --------------------------------------------------------------------------
# Roles and comments
# --------------------------------------------------------------------------


def _create_role(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 1  # CREATE
    word = c.kw()
    c.i += 1
    login = word == "USER"
    c.take_seq("IF", "NOT", "EXISTS")
    names = role_list(c, mysql, ("WITH", "LOGIN", "NOLOGIN", "IN", "IDENTIFIED", "COMMENT", "PASSWORD",
                              "SUPERUSER", "BYPASSRLS", "NOBYPASSRLS", "INHERIT", "NOINHERIT", "ROLE",
                              "ADMIN", "USER", "CREATEDB", "CREATEROLE", "NOSUPERUSER", "NOCREATEDB",
                              "NOCREATEROLE", "REPLICATION", "NOREPLICATION", "CONNECTION", "VALID",
                              "ENCRYPTED", "UNENCRYPTED", "SYSID", "DEFAULT", "REQUIRE", "ACCOUNT",
                              "ATTRIBUTE", "FAILED_LOGIN_ATTEMPTS", "PASSWORD_LOCK_TIME"))
    if names is None:
        return None
    bypass = superuser = False
    member_of: List[str] = []
    members: List[str] = []
    comment = None
    while not c.at_end():
        w = c.kw()
        if w in ("LOGIN", "NOLOGIN"):
            login = w == "LOGIN"
            c.i += 1
        elif w in ("BYPASSRLS", "SUPERUSER"):
            bypass = True
            superuser = superuser or w == "SUPERUSER"
            c.i += 1
        elif w == "IN" and c.kw(1) in ("ROLE", "GROUP"):
            c.i += 2
            got = role_list(c, mysql, ("WITH",) + tuple(_ROLE_OPTION_WORDS))
            if got is None:
                return None
            member_of.extend(got)
        elif w in ("ROLE", "USER", "ADMIN") and not mysql:
            c.i += 1
            got = role_list(c, mysql, tuple(_ROLE_OPTION_WORDS))
            if got is None:
                return None
            members.extend(got)
        elif w == "COMMENT" and c.type(1) == "STRING":
            comment = c.toks[c.i + 1].text
            c.i += 2
        else:
            c.i += 1
    out: list = [CreateRole(n, loc, login, bypass, superuser, tuple(member_of), comment) for n in names]
    if members:
        out.append(GrantRole(names, tuple(members), loc))
    return out


_ROLE_OPTION_WORDS = frozenset((
    "LOGIN", "NOLOGIN", "SUPERUSER", "NOSUPERUSER", "BYPASSRLS", "NOBYPASSRLS", "INHERIT", "NOINHERIT",
    "CREATEDB", "NOCREATEDB", "CREATEROLE", "NOCREATEROLE", "REPLICATION", "NOREPLICATION", "CONNECTION",
    "VALID", "PASSWORD", "ENCRYPTED", "IN", "ROLE", "ADMIN", "USER", "SYSID"))


_COMMENT_TARGETS: Dict[str, CommentTarget] = {
    "VIEW": "view", "FUNCTION": "function", "PROCEDURE": "function", "ROUTINE": "function", "ROLE": "role",
    "POLICY": "policy"}


def _comment_access(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # COMMENT ON
    kind: CommentTarget
    if c.take("MATERIALIZED"):
        kind = "view"
        c.take("VIEW")
    else:
        word = c.kw()
        c.i += 1
        kind = _COMMENT_TARGETS[word]
    if kind == "role":
        r = role_name(c, mysql)
        target = TableRef(r) if r is not None else None
    elif kind == "policy":
        head = _policy_head(c)
        target = TableRef(head[0], head[1].qualified) if head is not None else None
    else:
        n = c.name()
        target = ref_of(n) if n is not None else None
        if kind == "function" and c.type() == "L_PAREN":
            c.skip_parens()
    if target is None or not c.take("IS"):
        return None
    if c.take("NULL"):
        text = None
    elif c.type() == "STRING" or c.type() == "NATIONAL_STRING":
        text = c.toks[c.i].text
        c.i += 1
    else:
        return None
    return [CommentOn(kind, target, text, loc)]


_READERS = {
    "grant": _grant,
    "default_privileges": _default_privileges,
    "alter_table_access": _alter_table_access,
    "create_policy": _create_policy,
    "alter_policy": _alter_policy,
    "drop_policy": _drop_policy,
    "create_view": create_view,
    "alter_view": alter_view,
    "drop_view": drop_view,
    "create_function": create_function,
    "alter_function": alter_function,
    "drop_function": drop_function,
    "create_role": _create_role,
    "comment_access": _comment_access,
}
