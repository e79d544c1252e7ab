"""Reading an access statement's tokens: a cursor over sqlglot's tokens
of one statement (:class:`Cursor`) and the names every reader takes from
it: qualified names, roles and grantees (PostgreSQL roles, MySQL
``'user'@'host'`` accounts).  Used by :mod:`.access` and :mod:`.routines`."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...model import PUBLIC, TableRef

#: token types whose text is a quoted name or string, never a keyword
QUOTED = frozenset(("STRING", "IDENTIFIER", "HEREDOC_STRING", "NATIONAL_STRING", "RAW_STRING"))
_PUNCT = frozenset(("L_PAREN", "R_PAREN", "COMMA", "DOT", "SEMICOLON", "EQ", "PARAMETER", "STAR", "DCOLON",
                    "L_BRACKET", "R_BRACKET", "COLON", "PLUS", "DASH", "SLASH", "LT", "GT", "NEQ", "GTE",
                    "LTE", "PIPE", "AMP", "CARET", "TILDA", "DAMP", "DPIPE", "ARROW", "BACKSLASH"))


class Cursor:
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
        if name in QUOTED or name in _PUNCT:
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


def ref_of(parts: List[str]) -> TableRef:
    return TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)


def role_name(c: Cursor, mysql: bool) -> Optional[str]:
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
        if user.upper() == "PUBLIC" and tt not in QUOTED:
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


def owner_to(c: Cursor, mysql: bool) -> Optional[str]:
    """``OWNER TO role``: the role, or None."""
    if not (c.take("OWNER") and c.take("TO")):
        return None
    return role_name(c, mysql)


def role_list(c: Cursor, mysql: bool, stop: Tuple[str, ...]) -> Optional[Tuple[str, ...]]:
    out = []
    while True:
        r = role_name(c, mysql)
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
