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
readers need the tokenizer, which the caller's converter owns.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple, Union

from ... import lazyre
from ...kinds import CommentTarget
from ...model import (
    PUBLIC,
    UNSET,
    AlterFunction,
    AlterPolicy,
    AlterView,
    CommentOn,
    CreateFunction,
    CreatePolicy,
    CreateRole,
    CreateView,
    DefaultPrivileges,
    DropFunction,
    DropPolicy,
    DropView,
    Grant,
    GrantRole,
    Location,
    SetOwner,
    SetRowSecurity,
    Skipped,
    TableRef,
)

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
# Reading tokens
# --------------------------------------------------------------------------

_QUOTED = frozenset(("STRING", "IDENTIFIER", "HEREDOC_STRING", "NATIONAL_STRING", "RAW_STRING"))
_PUNCT = frozenset(("L_PAREN", "R_PAREN", "COMMA", "DOT", "SEMICOLON", "EQ", "PARAMETER", "STAR", "DCOLON",
                    "L_BRACKET", "R_BRACKET", "COLON", "PLUS", "DASH", "SLASH", "LT", "GT", "NEQ", "GTE",
                    "LTE", "PIPE", "AMP", "CARET", "TILDA", "DAMP", "DPIPE", "ARROW", "BACKSLASH"))


class _Cursor:
    """Tokens of one statement, with the reads every reader needs."""

    __slots__ = ("toks", "i", "sql", "fold")

    def __init__(self, toks, sql: str, fold: bool):
        self.toks = toks
        self.i = 0
        self.sql = sql
        self.fold = fold  # PostgreSQL folds unquoted names to lower case

    def type(self, k: int = 0) -> str:
        j = self.i + k
        return self.toks[j].token_type.name if j < len(self.toks) else ""

    def kw(self, k: int = 0) -> str:
        """The upper-case word at ``k`` if it is an unquoted word, else ''."""
        j = self.i + k
        if j >= len(self.toks):
            return ""
        t = self.toks[j]
        name = t.token_type.name
        if name in _QUOTED or name in _PUNCT:
            return ""
        return t.text.upper()

    def take(self, *words: str) -> bool:
        if self.kw() in words:
            self.i += 1
            return True
        return False

    def take_seq(self, *words: str) -> bool:
        """Take ``words`` in sequence, or nothing."""
        for k, w in enumerate(words):
            if self.kw(k) != w:
                return False
        self.i += len(words)
        return True

    def take_type(self, name: str) -> bool:
        if self.type() == name:
            self.i += 1
            return True
        return False

    def at_end(self) -> bool:
        return self.i >= len(self.toks)

    def ident(self) -> Optional[str]:
        """One name (a quoted name kept as written, an unquoted one folded
        when the dialect folds), or None."""
        if self.at_end():
            return None
        t = self.toks[self.i]
        name = t.token_type.name
        if name in _PUNCT or name in ("STRING", "HEREDOC_STRING", "NATIONAL_STRING", "RAW_STRING"):
            return None
        self.i += 1
        if name == "IDENTIFIER":
            return t.text
        return t.text.lower() if self.fold else t.text

    def ident_list(self) -> Optional[Tuple[str, ...]]:
        """``a, b, c``: names separated by commas."""
        names = []
        while True:
            n = self.ident()
            if n is None:
                return None
            names.append(n)
            if not self.take_type("COMMA"):
                return tuple(names)

    def name(self) -> Optional[List[str]]:
        """A possibly qualified name: ``a.b.c``."""
        first = self.ident()
        if first is None:
            return None
        parts = [first]
        while self.type() == "DOT" and self.type(1) not in ("STAR", "") and self.type(1) not in _PUNCT:
            self.i += 1
            part = self.ident()
            if part is None:
                return None
            parts.append(part)
        return parts

    def skip_parens(self) -> Optional[Tuple[int, int]]:
        """Skip a balanced ``( ... )``; return the offsets of its inside in
        the statement text, or None when no parenthesis starts here."""
        if self.type() != "L_PAREN":
            return None
        depth = 0
        start = self.toks[self.i].end + 1
        while not self.at_end():
            tt = self.type()
            if tt == "L_PAREN":
                depth += 1
            elif tt == "R_PAREN":
                depth -= 1
                if depth == 0:
                    end = self.toks[self.i].start
                    self.i += 1
                    return start, end
            self.i += 1
        return None

    def paren_names(self) -> Optional[Tuple[str, ...]]:
        """``(a, b, c)``: a list of plain names."""
        if not self.take_type("L_PAREN"):
            return None
        names = self.ident_list()
        return names if names is not None and self.take_type("R_PAREN") else None

    def optional_names(self) -> Optional[Tuple[str, ...]]:
        """An optional ``(a, b)``: () when absent, None when malformed."""
        return self.paren_names() if self.type() == "L_PAREN" else ()

    def text_between(self, start: int, end: int) -> str:
        return self.sql[start:end].strip()

    def offset(self) -> int:
        """Offset of the current token in the statement text."""
        return self.toks[self.i].start if not self.at_end() else len(self.sql)


def _ref(parts: List[str]) -> TableRef:
    return TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)


def _role(c: _Cursor, mysql: bool) -> Optional[str]:
    """One grantee: a role, ``PUBLIC``, ``CURRENT_USER``..., or a MySQL
    account ``'user'@'host'`` (``user@host``; a bare user is ``user@%``)."""
    c.take("GROUP", "USER", "ROLE")
    if c.at_end():
        return None
    if c.kw() in ("CURRENT_USER", "SESSION_USER", "CURRENT_ROLE"):
        word = c.kw().lower()
        c.i += 1
        if c.type() == "L_PAREN" and c.type(1) == "R_PAREN":
            c.i += 2
        return word
    t = c.toks[c.i]
    tt = t.token_type.name
    if tt in _PUNCT or tt == "HEREDOC_STRING":
        return None
    c.i += 1
    if mysql:
        user = t.text
        if user.upper() == "PUBLIC" and tt not in _QUOTED:
            return PUBLIC
        host = "%"
        if c.type() == "PARAMETER":
            at = c.toks[c.i].text
            c.i += 1
            if at == "@":
                h = c.toks[c.i] if not c.at_end() else None
                if h is None or h.token_type.name in _PUNCT:
                    return None
                host = h.text
                c.i += 1
            else:  # web@localhost tokenised as web, @localhost
                host = at[1:]
        return f"{user}@{host}"
    if tt == "IDENTIFIER":
        return t.text
    if tt == "STRING":
        return None
    return t.text.lower()


def _owner_to(c: _Cursor, mysql: bool) -> Optional[str]:
    """``OWNER TO role``: the role, or None."""
    if not (c.take("OWNER") and c.take("TO")):
        return None
    return _role(c, mysql)


def _roles(c: _Cursor, mysql: bool, stop: Tuple[str, ...]) -> Optional[Tuple[str, ...]]:
    out = []
    while True:
        r = _role(c, mysql)
        if r is None:
            return None
        out.append(r)
        if c.take_type("COMMA"):
            continue
        if c.at_end() or c.kw() in stop:
            return tuple(out)
        if mysql:  # IDENTIFIED BY, REQUIRE, WITH ...: options after the accounts
            return tuple(out)
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
    c = _Cursor(toks, sql, fold=not mysql)
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


def _privileges(c: _Cursor) -> Optional[List[Tuple[str, Tuple[str, ...]]]]:
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


def _grant(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
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
        elif depth == 0 and tt not in _QUOTED:
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
            accounts = _roles(c, mysql, ())
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
        refs = _function_names(c)
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
            refs.append(_ref(n))
            if not c.take_type("COMMA"):
                break
        objects = tuple(refs)
    if not c.take("FROM" if revoke else "TO"):
        return None
    grantees = _roles(c, mysql, ("WITH", "GRANTED", "CASCADE", "RESTRICT", "AS", "IDENTIFIED", "REQUIRE"))
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


def _grant_role(c: _Cursor, loc: Location, revoke: bool, mysql: bool) -> Optional[list]:
    roles = _roles(c, mysql, ("TO", "FROM"))
    if roles is None or not c.take("FROM" if revoke else "TO"):
        return None
    members = _roles(c, mysql, ("WITH", "GRANTED", "CASCADE", "RESTRICT"))
    if members is None:
        return None
    return [GrantRole(roles, members, loc, revoke)]


def _default_privileges(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    if not c.take_seq("ALTER", "DEFAULT", "PRIVILEGES"):
        return None
    for_roles: Tuple[str, ...] = ()
    schemas: Tuple[str, ...] = ()
    while True:
        if c.take("FOR"):
            c.take("ROLE", "USER")
            got = _roles(c, mysql, ("IN", "GRANT", "REVOKE"))
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
    grantees = _roles(c, mysql, ("WITH", "CASCADE", "RESTRICT"))
    if grantees is None:
        return None
    grant_option = option_only or (not revoke and c.take_seq("WITH", "GRANT", "OPTION"))
    return [DefaultPrivileges(tuple(p for p, _ in privs), grantees, kind, loc, schemas, for_roles, revoke,
                              grant_option)]


# --------------------------------------------------------------------------
# ALTER TABLE ... ROW LEVEL SECURITY / OWNER TO; row-level security policies
# --------------------------------------------------------------------------


def _table_head(c: _Cursor) -> Optional[TableRef]:
    c.take("ALTER")
    c.take("TABLE")
    c.take_seq("IF", "EXISTS")
    c.take("ONLY")
    n = c.name()
    c.take_type("STAR")
    return _ref(n) if n is not None else None


def _alter_table_access(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    ref = _table_head(c)
    if ref is None:
        return None
    out: List[Union[SetOwner, SetRowSecurity]] = []
    while not c.at_end():
        if c.kw() == "OWNER":
            owner = _owner_to(c, mysql)
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


def _policy_head(c: _Cursor) -> Optional[Tuple[str, TableRef]]:
    name = c.ident()
    if name is None or not c.take("ON"):
        return None
    t = c.name()
    return (name, _ref(t)) if t is not None else None


def _expression(c: _Cursor) -> Optional[str]:
    span = c.skip_parens()
    return c.text_between(*span) if span is not None else None


def _policy_clauses(c: _Cursor, mysql: bool, create: bool) -> Optional[dict]:
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
            got["roles"] = _roles(c, mysql, ("USING", "WITH", "FOR", "AS"))
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


def _create_policy(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # CREATE POLICY
    head = _policy_head(c)
    got = _policy_clauses(c, mysql, create=True) if head is not None else None
    if head is None or got is None:
        return None
    name, table = head
    return [CreatePolicy(table, name, loc, got.get("command", "ALL"), got.get("roles", (PUBLIC,)),
                         got.get("permissive", True), got.get("using"), got.get("check"))]


def _alter_policy(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
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


def _drop_policy(c: _Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 2  # DROP POLICY
    if_exists = c.take_seq("IF", "EXISTS")
    head = _policy_head(c)
    if head is None:
        return None
    c.take("CASCADE", "RESTRICT")
    return [DropPolicy(head[1], head[0], loc, if_exists)] if c.at_end() else None


# --------------------------------------------------------------------------
# Views
# --------------------------------------------------------------------------


def _view_options(c: _Cursor) -> Optional[dict]:
    """``(security_invoker = true, security_barrier)`` -> {name: bool}."""
    if not c.take_type("L_PAREN"):
        return None
    out = {}
    while True:
        key = c.ident()
        if key is None:
            return None
        value = True
        if c.take_type("EQ"):
            if c.at_end():
                return None
            word = c.toks[c.i].text.lower()
            c.i += 1
            value = word in ("true", "on", "1", "yes")
        out[key.lower()] = value
        if c.take_type("COMMA"):
            continue
        if c.take_type("R_PAREN"):
            return out
        return None


def _mysql_view_prefix(c: _Cursor, mysql: bool) -> Tuple[Optional[str], Optional[bool]]:
    """``ALGORITHM=... DEFINER=... SQL SECURITY ...`` -> (definer, invoker)."""
    definer = None
    invoker = None
    while True:
        if c.kw() == "ALGORITHM" and c.type(1) == "EQ":
            c.i += 3
        elif c.kw() == "DEFINER" and c.type(1) == "EQ":
            c.i += 2
            definer = _role(c, True)
        elif c.kw() in ("SQL SECURITY",):  # one token in sqlglot's MySQL tokenizer
            c.i += 1
            invoker = c.kw() == "INVOKER"
            c.i += 1
        elif c.kw() == "SQL" and c.kw(1) == "SECURITY":
            c.i += 2
            invoker = c.kw() == "INVOKER"
            c.i += 1
        else:
            return definer, invoker


def _create_view(c: _Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset, **_) -> Optional[list]:
    c.i += 1  # CREATE
    replace = c.take_seq("OR", "REPLACE")
    definer, invoker = _mysql_view_prefix(c, mysql)
    temp = False
    materialized = False
    while c.kw() in ("TEMP", "TEMPORARY", "RECURSIVE", "MATERIALIZED", "SECURE"):
        temp = temp or c.kw() in ("TEMP", "TEMPORARY")
        materialized = materialized or c.kw() == "MATERIALIZED"
        c.i += 1
    if not c.take("VIEW"):
        return None
    if temp:
        return [Skipped("temporary view: it lasts one session", loc, "noop")]
    return _view_body(c, loc, dialect, locate_offset, replace=replace, materialized=materialized,
                      definer=definer, invoker=bool(invoker))


def _view_body(c: _Cursor, loc: Location, dialect: str, locate_offset, *, replace: bool, materialized: bool,
               definer: Optional[str], invoker: bool) -> Optional[list]:
    if_not_exists = c.take_seq("IF", "NOT", "EXISTS")
    n = c.name()
    if n is None:
        return None
    columns = c.optional_names()
    if columns is None:
        return None
    options: dict = {}
    while not c.at_end() and c.kw() != "AS":
        if c.take("WITH"):
            got = _view_options(c)
            if got is None:
                return None
            options.update(got)
        elif c.take("USING", "TABLESPACE"):
            if c.ident() is None:
                return None
        else:
            return None
    if not c.take("AS") or c.at_end():
        return None
    start = c.offset()
    end = len(c.sql)
    # trailing WITH [CASCADED|LOCAL] CHECK OPTION / WITH [NO] DATA are not the query
    toks = c.toks
    j = len(toks)
    words = [t.text.upper() if t.token_type.name not in _QUOTED else "" for t in toks]
    if j >= 3 and words[j - 2:] == ["CHECK", "OPTION"]:
        k = j - 3 if words[j - 3] in ("CASCADED", "LOCAL") else j - 2
        if k - 1 >= c.i and words[k - 1] == "WITH":
            end = toks[k - 1].start
    elif j >= 2 and words[j - 1] == "DATA":
        k = j - 2 if words[j - 2] == "NO" else j - 1
        if k - 1 >= c.i and words[k - 1] == "WITH":
            end = toks[k - 1].start
    query = c.sql[start:end].rstrip()
    return [CreateView(
        _ref(n), loc, query, locate_offset(start), dialect, columns, materialized, replace, if_not_exists,
        invoker or bool(options.get("security_invoker")), bool(options.get("security_barrier")), definer)]


def _alter_view(c: _Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset, **_) -> Optional[list]:
    c.i += 1  # ALTER
    definer, invoker = _mysql_view_prefix(c, mysql)
    materialized = c.take("MATERIALIZED")
    if not c.take("VIEW"):
        return None
    if mysql:  # ALTER VIEW v AS SELECT ...: a new definition
        return _view_body(c, loc, dialect, locate_offset, replace=True, materialized=False,
                          definer=definer, invoker=bool(invoker))
    c.take_seq("IF", "EXISTS")
    n = c.name()
    if n is None:
        return None
    ref = _ref(n)
    if c.take_seq("RENAME", "TO"):
        new = c.name()
        if new is None:
            return None
        return [AlterView(ref, loc, rename=TableRef(new[-1], ref.schema))]
    if c.kw() == "OWNER":
        owner = _owner_to(c, mysql)
        return [SetOwner("view", ref, owner, loc)] if owner is not None else None
    if c.kw() == "SET" and c.type(1) == "L_PAREN":
        c.i += 1
        opts = _view_options(c)
        if opts is None:
            return None
        return [AlterView(ref, loc, opts.get("security_invoker"), opts.get("security_barrier"))]
    if c.kw() == "RESET" and c.type(1) == "L_PAREN":
        c.i += 1
        opts = _view_options(c)
        if opts is None:
            return None
        return [AlterView(ref, loc, False if "security_invoker" in opts else None,
                          False if "security_barrier" in opts else None)]
    what = "materialized view" if materialized else "view"
    return [Skipped(f"ALTER {what.upper()} {ref}: no effect on who can read it", loc, "noop")]


def _drop_view(c: _Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 1  # DROP
    c.take("MATERIALIZED")
    c.i += 1  # VIEW
    if_exists = c.take_seq("IF", "EXISTS")
    refs = []
    while True:
        n = c.name()
        if n is None:
            return None
        refs.append(_ref(n))
        if not c.take_type("COMMA"):
            break
    return [DropView(tuple(refs), loc, if_exists)]


# --------------------------------------------------------------------------
# Functions
# --------------------------------------------------------------------------

_FUNCTION_CLAUSES = frozenset((
    "LANGUAGE", "AS", "SECURITY", "EXTERNAL", "SET", "IMMUTABLE", "STABLE", "VOLATILE", "STRICT", "CALLED",
    "PARALLEL", "COST", "ROWS", "SUPPORT", "WINDOW", "LEAKPROOF", "NOT", "TRANSFORM", "BEGIN", "RETURN",
    "DETERMINISTIC", "COMMENT", "CONTAINS", "NO", "READS", "MODIFIES", "SQL SECURITY", "SQL"))


def _search_path_value(c: _Cursor) -> Optional[str]:
    """After ``SET search_path``: ``TO|= a, b`` or ``FROM CURRENT``."""
    if c.take_seq("FROM", "CURRENT"):
        return "FROM CURRENT"
    if not (c.take("TO") or c.take_type("EQ")):
        return None
    start = c.offset()
    end = start
    while not c.at_end():
        if c.type() == "COMMA":
            c.i += 1
            continue
        if c.kw() in _FUNCTION_CLAUSES or c.kw() == "RESET":
            break
        end = c.toks[c.i].end + 1
        c.i += 1
    return c.sql[start:end].strip() if end > start else None


def _body_of(c: _Cursor, locate_offset) -> Tuple[Optional[str], Optional[Location]]:
    """The string after AS: its text and where it starts."""
    if c.at_end():
        return None, None
    t = c.toks[c.i]
    tt = t.token_type.name
    if tt not in ("STRING", "HEREDOC_STRING", "NATIONAL_STRING", "RAW_STRING"):
        return None, None
    raw = c.sql[t.start:t.end + 1]
    if tt == "HEREDOC_STRING" and raw.startswith("$"):
        skip = raw.index("$", 1) + 1
    else:
        skip = max(0, raw.find("'") + 1)
    c.i += 1
    if c.take_type("COMMA"):  # AS 'obj_file', 'link_symbol'
        c.i += 1
    return t.text, locate_offset(t.start + skip)


def _create_function(c: _Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset,
                     **_) -> Optional[list]:
    from .statements import _DDL_INSIDE_RE

    c.i += 1  # CREATE
    replace = c.take_seq("OR", "REPLACE")
    if c.kw() == "DEFINER" and c.type(1) == "EQ":  # MySQL: who the routine runs as
        c.i += 2
        _role(c, True)
    kind = c.kw().lower()
    if not c.take("FUNCTION", "PROCEDURE"):
        return None
    c.take_seq("IF", "NOT", "EXISTS")
    n = c.name()
    if n is None:
        return None
    span = c.skip_parens()
    if span is None:
        return None
    arguments = c.text_between(*span)
    returns = ""
    language = ""
    security_definer = mysql  # MySQL routines run as their DEFINER unless SQL SECURITY INVOKER
    search_path: Optional[str] = None
    body: Optional[str] = None
    body_loc: Optional[Location] = None
    while not c.at_end():
        word = c.kw()
        if word == "RETURNS":
            c.i += 1
            start = c.offset()
            end = start
            depth = 0
            while not c.at_end():
                tt = c.type()
                if depth == 0 and c.kw() in _FUNCTION_CLAUSES and c.i > 0 and c.offset() > start:
                    break
                if tt == "L_PAREN":
                    depth += 1
                elif tt == "R_PAREN":
                    depth -= 1
                end = c.toks[c.i].end + 1
                c.i += 1
            returns = c.sql[start:end].strip()
        elif word == "LANGUAGE":
            c.i += 1
            if c.kw() == "SQL SECURITY":  # "LANGUAGE sql SECURITY DEFINER": one token for sqlglot
                language = "sql"
                continue
            language = (c.ident() or "").lower()
        elif word == "SECURITY" or word == "EXTERNAL":
            c.i += 1
            c.take("SECURITY")
            security_definer = c.kw() == "DEFINER"
            c.i += 1
        elif word == "SQL SECURITY" or (word == "SQL" and c.kw(1) == "SECURITY"):
            c.i += 1 if word == "SQL SECURITY" else 2
            security_definer = c.kw() == "DEFINER"
            c.i += 1
        elif word == "SET":
            c.i += 1
            param = (c.ident() or "").lower()
            if param == "search_path":
                search_path = _search_path_value(c)
                if search_path is None:
                    return None
            else:
                _search_path_value(c)
        elif word == "AS":
            c.i += 1
            body, body_loc = _body_of(c, locate_offset)
            if body is None and mysql:
                break
        elif word in ("BEGIN", "RETURN") or (mysql and word in ("SELECT", "INSERT", "UPDATE", "DELETE")):
            start = c.offset()
            body, body_loc = c.sql[start:], locate_offset(start)
            break
        else:
            c.i += 1
    out: list = [CreateFunction(_ref(n), loc, kind, arguments, returns, language, security_definer,
                                search_path, body, body_loc, dialect, replace)]
    if _DDL_INSIDE_RE.search(body) if body is not None else _DDL_INSIDE_RE.search(c.sql, 6):
        out.append(Skipped(f"CREATE {kind.upper()} {'.'.join(n)} holds table DDL that runs only when executed "
                           f"(dynamic SQL); it is not replayed", loc))
    return out


def _function_names(c: _Cursor) -> Optional[List[TableRef]]:
    """``f(int), s.g``: function names, their argument lists skipped."""
    refs = []
    while True:
        n = c.name()
        if n is None:
            return None
        refs.append(_ref(n))
        if c.type() == "L_PAREN":
            c.skip_parens()
        if not c.take_type("COMMA"):
            return refs


def _alter_function(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # ALTER FUNCTION
    refs = _function_names(c)
    if not refs or len(refs) != 1:
        return None
    ref = refs[0]
    security = None
    search_path: Optional[str] = UNSET
    rename = None
    out: list = []
    while not c.at_end():
        if c.take("EXTERNAL") or c.kw() == "SECURITY":
            c.take("SECURITY")
            security = c.kw() == "DEFINER"
            c.i += 1
        elif c.take("SET"):
            if c.take("SCHEMA"):
                c.ident()
                continue
            param = (c.ident() or "").lower()
            value = _search_path_value(c)
            if param == "search_path":
                search_path = value
        elif c.take("RESET"):
            word = (c.ident() or "").lower()
            if word in ("search_path", "all"):
                search_path = None
        elif c.kw() == "OWNER":
            owner = _owner_to(c, mysql)
            if owner is None:
                return None
            out.append(SetOwner("function", ref, owner, loc))
        elif c.take_seq("RENAME", "TO"):
            rename = c.ident()
        else:
            c.i += 1  # IMMUTABLE, COST n, PARALLEL ...: nothing the access rules need
    if security is not None or search_path != UNSET or rename is not None:
        out.append(AlterFunction(ref, loc, security, search_path, rename))
    return out or [Skipped("ALTER FUNCTION: no effect on who can read data", loc, "noop")]


def _drop_function(c: _Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 2  # DROP FUNCTION
    if_exists = c.take_seq("IF", "EXISTS")
    refs = _function_names(c)
    return [DropFunction(tuple(refs), loc, if_exists)] if refs else None


# --------------------------------------------------------------------------
# Roles and comments
# --------------------------------------------------------------------------


def _create_role(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 1  # CREATE
    word = c.kw()
    c.i += 1
    login = word == "USER"
    c.take_seq("IF", "NOT", "EXISTS")
    names = _roles(c, mysql, ("WITH", "LOGIN", "NOLOGIN", "IN", "IDENTIFIED", "COMMENT", "PASSWORD",
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
            got = _roles(c, mysql, ("WITH",) + tuple(_ROLE_OPTION_WORDS))
            if got is None:
                return None
            member_of.extend(got)
        elif w in ("ROLE", "USER", "ADMIN") and not mysql:
            c.i += 1
            got = _roles(c, mysql, tuple(_ROLE_OPTION_WORDS))
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


def _comment_access(c: _Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
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
        r = _role(c, mysql)
        target = TableRef(r) if r is not None else None
    elif kind == "policy":
        head = _policy_head(c)
        target = TableRef(head[0], head[1].qualified) if head is not None else None
    else:
        n = c.name()
        target = _ref(n) if n is not None else None
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
    "create_view": _create_view,
    "alter_view": _alter_view,
    "drop_view": _drop_view,
    "create_function": _create_function,
    "alter_function": _alter_function,
    "drop_function": _drop_function,
    "create_role": _create_role,
    "comment_access": _comment_access,
}
