"""PostgreSQL ``DO`` blocks: which of their statements run for certain.

Migration scripts wrap plain DDL in anonymous PL/pgSQL blocks to make it
re-runnable::

    DO $$ BEGIN
        ALTER TABLE person ADD COLUMN nik varchar(16);
    EXCEPTION WHEN duplicate_column THEN RAISE NOTICE 'already there';
    END $$;

The body's literal statements run in order whenever the block runs, so
replay follows them, each located where it is in the file.  Three things
are not certain and are reported, never guessed:

* a statement under ``IF``/``CASE``, in a loop or in an ``EXCEPTION``
  handler runs only when a run-time condition holds;
* ``EXECUTE`` runs SQL built at run time (dynamic SQL);
* a body this reader cannot follow (another language, unbalanced
  ``END``) is one note for the whole block.

:func:`read` returns the body as a flat list of events: ``("begin",
offset, handles)`` and ``("end", offset, ())`` around every ``BEGIN ...
END`` block (``handles`` are the condition names of its ``EXCEPTION``
clause, lower case; a block without one handles nothing), and
``("stmt", offset, (text, context))`` per statement, where ``context`` is
"" when the statement runs for certain, else why it may not.  Offsets are
in the DO statement's text.  Pure ``re``, like :mod:`.split`.
"""

from __future__ import annotations

import re
from typing import List, Literal, Optional, Tuple

from . import split as _split

#: (what, offset, data): a block's begin or end, or a statement with its text and context
Event = Tuple[Literal["begin", "end", "stmt"], int, tuple]

_BODY_RE = re.compile(
    r"\ADO\s+(?:LANGUAGE\s+(?P<lang1>\w+|'[^']*'|\"[^\"]*\")\s+)?"
    r"(?P<tag>\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$)(?P<body>.*?)(?P=tag)"
    r"\s*(?:LANGUAGE\s+(?P<lang2>\w+|'[^']*'|\"[^\"]*\"))?\s*\Z",
    re.I | re.S)

# one lexical item of a statement: what words are searched past
_ITEM_RE = re.compile(
    r"""\s+|--[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^']|'')*(?:'|\Z)|"(?:[^"]|"")*(?:"|\Z)
      |\$(?P<tag>[A-Za-z_]\w*)?\$.*?(?:\$(?P=tag)?\$|\Z)
      |(?P<word>[A-Za-z_][A-Za-z_0-9$]*)|(?P<open>\()|(?P<close>\))|<<\s*\w+\s*>>|.""",
    re.S | re.X)
# An unclosed comment, string or dollar quote runs to the end of the text
# (as the server reads it): a search never rescans the rest from every
# opening (quadratic on text full of openings); \s, not \s+, inside *
_SPACE_RE = re.compile(r"(?:\s|--[^\n]*|/\*.*?(?:\*/|\Z))*", re.S)
_ASSIGN_RE = re.compile(r"[A-Za-z_][\w$]*(?:\s*\.\s*[A-Za-z_][\w$]*)*(?:\s*\[[^\]]*\])?\s*:?=(?!=)")
_LABEL_RE = re.compile(r"<<\s*\w+\s*>>")
_WORD_RE = re.compile(r"[A-Za-z_]\w*")

#: words that open a conditional or a loop: (frame kind, the word that
#: ends its condition or head, if any)
_OPENS = {"IF": ("if", "THEN"), "CASE": ("case", "THEN"), "LOOP": ("loop", None),
          "WHILE": ("loop", "LOOP"), "FOR": ("loop", "LOOP"), "FOREACH": ("loop", "LOOP")}

#: statements of the PL/pgSQL language itself, with no table effect
_PLPGSQL_NOOP = frozenset(("RAISE", "RETURN", "NULL", "GET", "CONTINUE", "EXIT", "PERFORM", "ASSERT",
                           "OPEN", "FETCH", "CLOSE", "MOVE", "CALL", "COMMIT", "ROLLBACK"))


def body_of(text: str) -> Optional[Tuple[int, str, str]]:
    """(offset, body, language) of a ``DO`` statement's dollar-quoted
    body, or None."""
    m = _BODY_RE.match(text)
    if m is None:
        return None
    lang = (m.group("lang1") or m.group("lang2") or "plpgsql").strip("'\"").lower()
    return m.start("body"), m.group("body"), lang


def _words(text: str, pos: int):
    """(word upper case, start, end, paren depth) from ``pos``."""
    depth = 0
    for m in _ITEM_RE.finditer(text, pos):
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth -= 1
        elif m.group("word"):
            yield m.group("word").upper(), m.start(), m.end(), depth


def _after(text: str, pos: int, word: str, stop: Tuple[str, ...] = ()) -> Optional[Tuple[int, str]]:
    """The end of the first top-level ``word`` after ``pos`` and the text
    between (a condition), or None (also when a ``stop`` word comes first)."""
    for w, start, end, depth in _words(text, pos):
        if depth == 0 and w == word:
            return end, text[pos:start]
        if depth == 0 and w in stop:
            return None
    return None


class _Frame:
    __slots__ = ("kind", "section", "begin")

    def __init__(self, kind: str, section: str = "body", begin: int = -1):
        self.kind = kind  # block | if | case | loop
        self.section = section  # block: declare | body | handler
        self.begin = begin  # index of the block's "begin" event


def read(text: str) -> Optional[Tuple[str, List[Event]]]:
    """(language, events) of the ``DO`` statement ``text``; None when its
    body cannot be followed (events are then unknown)."""
    got = body_of(text)
    if got is None:
        return None
    base, body, lang = got
    if lang != "plpgsql":
        return lang, []
    pieces = _split.split(body, "postgres")
    if any(p.unterminated for p in pieces.statements):
        return None
    events: List[Event] = []
    stack: List[_Frame] = []
    for piece in pieces.statements:
        if not _read_piece(piece.text, base + piece.start, stack, events):
            return None
    if stack or not events:
        return None
    return lang, events


def _read_piece(s: str, base: int, stack: List[_Frame], events: List[Event]) -> bool:
    """Peel the block-structure words off the front of one ``;``-ended
    piece, then record what is left as a statement.  False: the structure
    is not understood."""
    pos = 0
    while True:
        space = _SPACE_RE.match(s, pos)
        assert space is not None  # the pattern matches the empty string too
        pos = space.end()
        if pos >= len(s):
            return True
        label = _LABEL_RE.match(s, pos)
        if label:
            pos = label.end()
            continue
        m = _WORD_RE.match(s, pos)
        word = m.group(0).upper() if m else ""
        word_end = m.end() if m else pos  # every word compared below is a match
        top = stack[-1] if stack else None
        if top is not None and top.kind == "block" and top.section == "declare":
            if word == "BEGIN":
                top.section, top.begin = "body", len(events)
                events.append(("begin", base + pos, ()))
                pos = word_end
                continue
            if word == "DECLARE":  # PL/pgSQL accepts the keyword again
                pos = word_end
                continue
            return True  # a declaration: no table effect
        if word == "DECLARE":
            stack.append(_Frame("block", "declare"))
            pos = word_end
            continue
        if word == "BEGIN" and not _is_transaction(s, word_end):
            stack.append(_Frame("block", "body", len(events)))
            events.append(("begin", base + pos, ()))
            pos = word_end
            continue
        if top is None:
            return False  # the body must be a block
        if word == "EXCEPTION" and top.kind == "block" and top.section == "body":
            top.section = "handler"
            pos = word_end
            continue
        if word == "WHEN" and top.kind in ("block", "case") and (top.kind == "case" or top.section == "handler"):
            got = _after(s, word_end, "THEN")
            if got is None:
                return False
            if top.kind == "block":
                names = tuple(n.strip().lower() for n in re.split(r"\bOR\b", got[1], flags=re.I))
                kind, off, handles = events[top.begin]
                events[top.begin] = (kind, off, handles + names)
            pos = got[0]
            continue
        if word == "END":
            rest = s[word_end:].strip().upper()
            closes = rest.split()[0] if rest else ""
            want = {"IF": "if", "LOOP": "loop", "CASE": "case"}.get(closes, "block")
            if top.kind != want:
                return False
            stack.pop()
            if want == "block":
                events.append(("end", base + pos, ()))
            return True
        opens = _OPENS.get(word)
        if opens is not None or (word in ("ELSIF", "ELSEIF") and top.kind == "if"):
            frame, until = opens or ("", "THEN")
            pos = word_end
            if until:  # a condition or a loop head comes first
                got = _after(s, pos, until)
                if got is None:
                    return False
                pos = got[0]
            if frame:
                stack.append(_Frame(frame))
            continue
        if word == "ELSE" and top.kind in ("if", "case"):
            pos = word_end
            continue
        events.append(("stmt", base + pos, (s[pos:], _context(stack))))
        return True


def _is_transaction(s: str, pos: int) -> bool:
    """``BEGIN;`` / ``BEGIN TRANSACTION`` is not allowed in PL/pgSQL; a
    bare ``BEGIN`` piece opens a block."""
    rest = s[pos:].lstrip().upper()
    return rest.startswith(("TRANSACTION", "WORK", "ISOLATION"))


def _context(stack: List[_Frame]) -> str:
    """"" when every enclosing frame runs its statements for certain."""
    for f in reversed(stack):
        if f.kind == "if":
            return "under IF"
        if f.kind == "case":
            return "under CASE"
        if f.kind == "loop":
            return "in a loop"
        if f.section == "handler":
            return "in an EXCEPTION handler"
    return ""


def kind_of(statement: str) -> str:
    """``plpgsql`` (a statement of the block language itself: no table
    effect), ``execute`` (dynamic SQL), or ``sql``."""
    m = _WORD_RE.match(statement)
    word = m.group(0).upper() if m else ""
    if word == "EXECUTE":
        return "execute"
    if word in _PLPGSQL_NOOP:
        return "plpgsql"
    if _ASSIGN_RE.match(statement):
        return "plpgsql"
    return "sql"
