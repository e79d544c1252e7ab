"""Views and functions -> changes: ``CREATE/ALTER/DROP VIEW`` (options,
``security_invoker``, MySQL's ``DEFINER``/``SQL SECURITY``, the query kept
as text for the lineage) and ``CREATE/ALTER/DROP FUNCTION|PROCEDURE``
(``SECURITY DEFINER``, ``SET search_path``, the body).  Readers of
:mod:`.access`, which dispatches to them; same conventions: a reader
returns the changes, or None when it does not understand the statement."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...model import (
    UNSET,
    AlterFunction,
    AlterView,
    CreateFunction,
    CreateView,
    DropFunction,
    DropView,
    Location,
    SetOwner,
    Skipped,
    TableRef,
)
from .cursor import QUOTED, Cursor, owner_to, ref_of, role_name

# --------------------------------------------------------------------------
# Views
# --------------------------------------------------------------------------


def _view_options(c: Cursor) -> Optional[dict]:
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


def _mysql_view_prefix(c: Cursor, mysql: bool) -> Tuple[Optional[str], Optional[bool]]:
    """``ALGORITHM=... DEFINER=... SQL SECURITY ...`` -> (definer, invoker)."""
    definer = None
    invoker = None
    while True:
        if c.kw() == "ALGORITHM" and c.type(1) == "EQ":
            c.i += 3
        elif c.kw() == "DEFINER" and c.type(1) == "EQ":
            c.i += 2
            definer = role_name(c, True)
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


def create_view(c: Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset, **_) -> Optional[list]:
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


def _view_body(c: Cursor, loc: Location, dialect: str, locate_offset, *, replace: bool, materialized: bool,
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
    words = [t.text.upper() if t.token_type.name not in QUOTED else "" for t in toks]
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
        ref_of(n), loc, query, locate_offset(start), dialect, columns, materialized, replace, if_not_exists,
        invoker or bool(options.get("security_invoker")), bool(options.get("security_barrier")), definer)]


def alter_view(c: Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset, **_) -> Optional[list]:
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
    ref = ref_of(n)
    if c.take_seq("RENAME", "TO"):
        new = c.name()
        if new is None:
            return None
        return [AlterView(ref, loc, rename=TableRef(new[-1], ref.schema))]
    if c.kw() == "OWNER":
        owner = owner_to(c, mysql)
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


def drop_view(c: Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 1  # DROP
    c.take("MATERIALIZED")
    c.i += 1  # VIEW
    if_exists = c.take_seq("IF", "EXISTS")
    refs = []
    while True:
        n = c.name()
        if n is None:
            return None
        refs.append(ref_of(n))
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


def _search_path_value(c: Cursor) -> Optional[str]:
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


def _body_of(c: Cursor, locate_offset) -> Tuple[Optional[str], Optional[Location]]:
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


def create_function(c: Cursor, loc: Location, *, mysql: bool, dialect: str, locate_offset,
                     **_) -> Optional[list]:
    from .statements import ddl_inside

    c.i += 1  # CREATE
    replace = c.take_seq("OR", "REPLACE")
    if c.kw() == "DEFINER" and c.type(1) == "EQ":  # MySQL: who the routine runs as
        c.i += 2
        role_name(c, True)
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
    out: list = [CreateFunction(ref_of(n), loc, kind, arguments, returns, language, security_definer,
                                search_path, body, body_loc, dialect, replace)]
    if ddl_inside(body) if body is not None else ddl_inside(c.sql[6:]):
        out.append(Skipped(f"CREATE {kind.upper()} {'.'.join(n)} holds table DDL that runs only when executed "
                           f"(dynamic SQL); it is not replayed", loc, "unfollowed"))
    return out


def function_names(c: Cursor) -> Optional[List[TableRef]]:
    """``f(int), s.g``: function names, their argument lists skipped."""
    refs = []
    while True:
        n = c.name()
        if n is None:
            return None
        refs.append(ref_of(n))
        if c.type() == "L_PAREN":
            c.skip_parens()
        if not c.take_type("COMMA"):
            return refs


def alter_function(c: Cursor, loc: Location, *, mysql: bool, **_) -> Optional[list]:
    c.i += 2  # ALTER FUNCTION
    refs = function_names(c)
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
            owner = owner_to(c, mysql)
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


def drop_function(c: Cursor, loc: Location, **_) -> Optional[list]:
    c.i += 2  # DROP FUNCTION
    if_exists = c.take_seq("IF", "EXISTS")
    refs = function_names(c)
    return [DropFunction(tuple(refs), loc, if_exists)] if refs else None
