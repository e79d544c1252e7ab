"""Read the most common key statements (and DROP TABLE) from sqlglot's
tokens, without its parser.

A ``pg_dump`` or ``mysqldump`` declares every key and index in its own
statement: ``CREATE [UNIQUE] INDEX ... ON t (a, b)`` and ``ALTER TABLE t
ADD [CONSTRAINT c] PRIMARY KEY|UNIQUE|FOREIGN KEY (a) [REFERENCES u (id)]``.
They are most of a dump's DDL and have a fixed shape, so reading them from
tokens is exact and several times cheaper than a full parse.  Anything
outside that shape (expressions, several actions, unknown words) returns
None and the statement goes to the sqlglot parser as usual.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...model import AddConstraint, Constraint, DropConstraint, DropTable, ForeignKeyRef, Location, TableRef

_NAME_TYPES = frozenset(("VAR", "IDENTIFIER"))
# words allowed after a column in an index's column list
_INDEX_ITEM_WORDS = frozenset(("ASC", "DESC", "NULLS", "FIRST", "LAST"))
# what may follow a key definition without changing its meaning for us
_KEY_TAIL_START = frozenset(("ON", "DEFERRABLE", "NOT", "INITIALLY", "MATCH", "USING", "WITH",
                             "INCLUDE", "NOVALIDATE", "ENABLE", "DISABLE"))


class _Cursor:
    __slots__ = ("toks", "i")

    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.toks[j].text.upper() if j < len(self.toks) else ""

    def type(self, k: int = 0) -> str:
        j = self.i + k
        return self.toks[j].token_type.name if j < len(self.toks) else ""

    def take(self, *words: str) -> bool:
        if self.peek() in words:
            self.i += 1
            return True
        return False

    def name(self) -> Optional[List[str]]:
        """A possibly qualified name: a.b.c"""
        if self.type() not in _NAME_TYPES:
            return None
        parts = [self.toks[self.i].text]
        self.i += 1
        while self.type() == "DOT" and self.type(1) in _NAME_TYPES:
            parts.append(self.toks[self.i + 1].text)
            self.i += 2
        return parts

    def columns(self, index: bool) -> Optional[Tuple[str, ...]]:
        if self.type() != "L_PAREN":
            return None
        self.i += 1
        cols = []
        while True:
            if self.type() not in _NAME_TYPES:
                return None
            cols.append(self.toks[self.i].text)
            self.i += 1
            while index and self.type() in _NAME_TYPES | {"DESC", "ASC"} and self.type() != "COMMA":
                # ASC/DESC/NULLS LAST or an operator class: no effect on which column
                if self.type() == "VAR" and self.peek() not in _INDEX_ITEM_WORDS and self.type(1) not in (
                        "COMMA", "R_PAREN"):
                    return None
                self.i += 1
            if self.type() == "COMMA":
                self.i += 1
                continue
            if self.type() == "R_PAREN":
                self.i += 1
                return tuple(cols)
            return None

    def at_end(self) -> bool:
        return self.i >= len(self.toks)


def _ref(parts: List[str]) -> TableRef:
    return TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)


def create_index(toks, loc: Location) -> Optional[list]:
    c = _Cursor(toks)
    if not c.take("CREATE"):
        return None
    unique = c.take("UNIQUE")
    if not c.take("INDEX"):
        return None
    c.take("CONCURRENTLY")
    if c.peek() == "IF":
        if not (c.take("IF") and c.take("NOT") and c.take("EXISTS")):
            return None
    name = c.name()
    if name is None:
        return None
    if c.take("USING"):  # MySQL: CREATE INDEX i USING BTREE ON t (a)
        if c.name() is None:
            return None
    if not c.take("ON"):
        return None
    c.take("ONLY")
    table = c.name()
    if table is None:
        return None
    if c.take("USING"):
        if c.name() is None:
            return None
    cols = c.columns(index=True)
    if cols is None:
        return None
    # (MySQL's index options come after the columns too: USING BTREE, COMMENT '...')
    if not c.at_end() and c.peek() not in ("WHERE", "INCLUDE", "WITH", "TABLESPACE", "NULLS", "USING", "COMMENT"):
        return None
    return [AddConstraint(_ref(table), Constraint("unique" if unique else "index", cols, loc, name[-1]))]


def add_key(toks, loc: Location) -> Optional[list]:
    c = _Cursor(toks)
    if not (c.take("ALTER") and c.take("TABLE")):
        return None
    c.take("ONLY")
    if c.peek() == "IF":
        if not (c.take("IF") and c.take("EXISTS")):
            return None
    c.take("ONLY")
    table = c.name()
    if table is None or not c.take("ADD"):
        return None
    cname = None
    if c.take("CONSTRAINT"):
        n = c.name()
        if n is None:
            return None
        cname = n[-1]
    ref = None
    if c.take("PRIMARY KEY"):
        kind = "primary"
    elif c.take("FOREIGN KEY"):
        kind = "foreign"
    elif c.take("UNIQUE"):
        kind = "unique"
        c.take("KEY", "INDEX")
        named = c.name()  # MySQL: UNIQUE KEY name (cols)
        if named is not None:
            cname = named[-1]
    else:
        return None
    cols = c.columns(index=False)
    if cols is None:
        return None
    if kind == "foreign":
        if not c.take("REFERENCES"):
            return None
        target = c.name()
        if target is None:
            return None
        ref_cols: Tuple[str, ...] = ()
        if c.type() == "L_PAREN":
            got = c.columns(index=False)
            if got is None:
                return None
            ref_cols = got
        ref = ForeignKeyRef(_ref(target), ref_cols)
    if not c.at_end() and c.peek() not in _KEY_TAIL_START:
        return None
    if any(t.token_type.name == "COMMA" for t in toks[c.i:]):
        return None  # several actions: let the parser read them all
    return [AddConstraint(_ref(table), Constraint(kind, cols, loc, cname, ref))]


def drop_key(toks, loc: Location) -> Optional[list]:
    """``ALTER TABLE t DROP CONSTRAINT|INDEX|KEY|FOREIGN KEY name`` and
    ``DROP PRIMARY KEY``."""
    c = _Cursor(toks)
    if not (c.take("ALTER") and c.take("TABLE")):
        return None
    c.take("ONLY")
    table_if_exists = False
    if c.peek() == "IF":
        if not (c.take("IF") and c.take("EXISTS")):
            return None
        table_if_exists = True
    c.take("ONLY")
    table = c.name()
    if table is None or not c.take("DROP"):
        return None
    kind = None
    if c.take("PRIMARY KEY"):
        kind, name = "primary", None
    else:
        if c.take("FOREIGN KEY"):
            kind = "foreign"
        elif c.take("INDEX", "KEY"):
            kind = None
        elif not c.take("CONSTRAINT"):
            return None
        if_exists = False
        if c.peek() == "IF":
            if not (c.take("IF") and c.take("EXISTS")):
                return None
            if_exists = True
        n = c.name()
        if n is None:
            return None
        name = n[-1]
        table_if_exists = table_if_exists or if_exists
    c.take("CASCADE", "RESTRICT")
    if not c.at_end():
        return None
    if name is None:  # DROP PRIMARY KEY: by kind on every column
        return [DropConstraint(_ref(table), loc, None, "primary", ("*",), table_if_exists)]
    return [DropConstraint(_ref(table), loc, name, kind, (), table_if_exists)]


def drop_index(toks, loc: Location) -> Optional[list]:
    """``DROP INDEX [CONCURRENTLY] [IF EXISTS] name [ON table]``."""
    c = _Cursor(toks)
    if not (c.take("DROP") and c.take("INDEX")):
        return None
    c.take("CONCURRENTLY")
    if_exists = False
    if c.peek() == "IF":
        if not (c.take("IF") and c.take("EXISTS")):
            return None
        if_exists = True
    name = c.name()
    if name is None:
        return None
    table = None
    if c.take("ON"):
        t = c.name()
        if t is None:
            return None
        table = _ref(t)
    c.take("CASCADE", "RESTRICT")
    if not c.at_end():
        return None
    return [DropConstraint(table, loc, name[-1], None, (), if_exists)]


def drop_table(toks, loc: Location) -> Optional[list]:
    """``DROP TABLE [IF EXISTS] a[, b...] [CASCADE|RESTRICT]`` (a dump
    drops every table before creating it)."""
    c = _Cursor(toks)
    if not (c.take("DROP") and c.take("TABLE")):
        return None
    if c.peek() == "IF":
        if not (c.take("IF") and c.take("EXISTS")):
            return None
    out = []
    while True:
        name = c.name()
        if name is None:
            return None
        out.append(DropTable(_ref(name), loc))
        if c.type() == "COMMA":
            c.i += 1
            continue
        break
    c.take("CASCADE", "RESTRICT")
    return out if c.at_end() else None
