"""User-defined types, read from sqlglot's tokens: what family a column of
that type has.

``CREATE TYPE mood AS ENUM ('happy', 'sad')`` makes ``mood`` an enum;
``CREATE DOMAIN email AS citext CHECK (...)`` and T-SQL's ``CREATE TYPE
phone FROM varchar(20)`` give a name to a base type.  A column declared
``status mood`` cannot know that from its own statement (often not even
from its own file), so the definition becomes a
:class:`~schemalint.model.DefineType` change and replay gives the family to
the columns that name the type.  Composite, range, base and object types
hold no single scalar value: they define nothing here (``other`` stays).
"""

from __future__ import annotations

from typing import List, Optional

from ...model import DefineType, Location, Skipped
from ...types import parse_type
from .keys import _Cursor

#: words that end a domain's or alias type's base type
_TYPE_END = frozenset(("CONSTRAINT", "CHECK", "DEFAULT", "NOT", "NULL", "COLLATE"))


def define_type(toks, sql: str, loc: Location) -> List[object]:
    """Changes for ``CREATE [OR REPLACE] TYPE|DOMAIN``: one DefineType, or a
    no-op note for a type without a scalar family."""
    c = _Cursor(toks)
    got = _read(c, sql)
    if got is None:
        return [Skipped("CREATE TYPE/DOMAIN defines no scalar column type here", loc, "noop")]
    name, family = got
    return [DefineType(name, family, loc)]


def _read(c: _Cursor, sql: str) -> Optional[tuple]:
    if not c.take("CREATE"):
        return None
    if c.take("OR"):
        c.take("REPLACE")
    kind = c.peek()
    if kind not in ("TYPE", "DOMAIN"):
        return None
    c.i += 1
    if c.take("IF"):
        c.take("NOT")
        c.take("EXISTS")
    parts = c.name()
    if not parts:
        return None
    if kind == "TYPE" and c.take("AS"):
        return (parts[-1], "enum") if c.peek() == "ENUM" else None
    if kind == "TYPE" and not c.take("FROM"):  # T-SQL alias type: CREATE TYPE t FROM varchar(20)
        return None
    if kind == "DOMAIN":
        c.take("AS")
    base = _base_text(c, sql)
    if not base:
        return None
    return parts[-1], parse_type(base).family


def _base_text(c: _Cursor, sql: str) -> str:
    """The base type's text: from the cursor to the first constraint word
    outside parentheses."""
    toks = c.toks
    if c.i >= len(toks):
        return ""
    start, end, depth = toks[c.i].start, None, 0
    for t in toks[c.i:]:
        if t.token_type.name == "L_PAREN":
            depth += 1
        elif t.token_type.name == "R_PAREN":
            depth -= 1
        elif depth == 0 and (t.text.upper() in _TYPE_END or t.token_type.name == "SEMICOLON"):
            break
        end = t.end
    return sql[start:end + 1] if end is not None else ""
