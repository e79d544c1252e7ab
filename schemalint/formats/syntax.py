"""How a format writes an annotation and a suppression: the part of a
:class:`~schemalint.formats.FrontendSpec` that fix hints speak in.

A finding's fix is only useful if it can be applied to the file it points
at as written: ``$table->comment('schemalint: retention=P5Y');`` in a
Laravel migration, ``db_comment=`` in a Django field, ``COMMENT ON`` in a
PostgreSQL file.  Each format's :class:`Syntax` answers three questions
for a place in one of its files:

* the code that gives a table a comment holding an annotation
  (:meth:`Syntax.table_comment`);
* the code that gives a column one (:meth:`Syntax.column_comment`);
* the source comment that suppresses a finding there
  (:meth:`Syntax.suppression`), and the source-comment directive that
  annotates the definition on the next line (:meth:`Syntax.directive`),
  which every format reads and which composes with comments already
  there.

Each answer is a :class:`Hint`: the code to write and, where the file's
text shows exactly where it goes, an :class:`~schemalint.model.Edit`.  A
syntax returns None when it cannot write the comment without discarding
one already there; the caller falls back to a directive.  :func:`apply`
performs edits on a text, as a tool (or a test) would.

Nothing here reads or runs input beyond scanning the text of the lines a
finding points at; the annotation text is always schemalint's own
(values from the ruleset) merged with the comment the input already had,
escaped for the host language.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..model import Edit
from ..record import dataclass


@dataclass(frozen=True)
class Place:
    """A place in an input file, with the file's lines (empty when the
    text is not at hand) and, for SQL, the dialect it was read in."""

    path: str
    line: int
    col: int
    lines: Tuple[str, ...] = ()
    dialect: Optional[str] = None
    #: a place in a live database's catalog (``URL#schema.table.column``):
    #: there is no file to edit; a fix is a statement to run on the database
    live: bool = False

    def text(self, line: int) -> str:
        """Line ``line`` (1-based), or ''."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


@dataclass(frozen=True)
class Hint:
    """The code to write (``code``), and where: ``edit`` when it is exact,
    ``where`` a short description of the place for the reader."""

    code: str
    edit: Optional[Edit] = None
    where: str = ""


# --------------------------------------------------------------------------
# Annotation text
# --------------------------------------------------------------------------


def compose(existing: Optional[str], items: Dict[str, str]) -> str:
    """The comment text that keeps ``existing`` (free text and annotation
    alike) and declares ``items``: ``"Pasien. schemalint: purpose=x
    retention=P5Y"``.  Existing keys are overridden by ``items``;
    suppressions and their reason are kept."""
    from ..annotations import find_marker, parse

    body = " ".join(f"{k}={_value(v)}" for k, v in items.items())
    if not existing or not existing.strip():
        return f"schemalint: {body}"
    pos = find_marker(existing)
    if pos < 0:
        head = existing.rstrip()
        sep = " " if head.endswith((".", ";", ":", "!", "?")) else ". "
        return f"{head}{sep}schemalint: {body}"
    ann = parse(existing)
    values = dict(ann.values) if ann is not None else {}
    values.update(items)
    parts = [f"{k}={_value(v)}" for k, v in values.items()]
    reason = ""
    for s in (ann.suppressions if ann is not None else ()):
        parts.append(f"{'file-ignore' if s.file_scope else 'ignore'}[{','.join(s.codes)}]")
        reason = reason or s.reason
    head = existing[:pos].rstrip()
    tail = existing[pos:].split("\n", 1)
    rest = ("\n" + tail[1]) if len(tail) > 1 else ""
    text = (head + " " if head else "") + "schemalint: " + " ".join(parts)
    if reason:
        text += f" -- {reason}"
    return text + rest


def _value(v: str) -> str:
    """An annotation value as the grammar reads it back: a retention with
    an event stays bare (``P5Y after x``), other values with spaces are
    quoted."""
    if " " in v and not re.fullmatch(r"\S+ after \S+", v):
        return f'"{v}"'
    return v


# --------------------------------------------------------------------------
# Scanning a file's text
# --------------------------------------------------------------------------


class _Text:
    """A file's lines joined once, with the offset each line starts at: a
    scan per finding costs the distance it scans, not the file's size
    (a file of thousands of tables is scanned once per finding)."""

    __slots__ = ("lines", "text", "starts")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        starts, pos = [], 0
        for x in lines:
            starts.append(pos)
            pos += len(x) + 1
        self.starts = starts

    def offset(self, line: int, col: int) -> int:
        if line - 1 >= len(self.starts):
            return len(self.text) + 1 + max(col - 1, 0)
        return (self.starts[line - 1] if line > 0 else 0) + max(col - 1, 0)

    def position(self, offset: int) -> Tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or offset > self.starts[i] + len(self.lines[i]):
            return len(self.lines) + 1, 1
        return i + 1, offset - self.starts[i] + 1


_LAST: List[_Text] = []


def joined(lines: Sequence[str]) -> _Text:
    """The joined text of ``lines``, kept for the last lines object seen
    (findings of one file are fixed one after another)."""
    if _LAST and _LAST[0].lines is lines:
        return _LAST[0]
    t = _Text(lines)
    _LAST[:] = [t]
    return t


def scan(lines: Sequence[str], line: int, col: int, stop: Callable[[str, int], bool],
         comments: Tuple[str, ...] = ()) -> Optional[Tuple[int, int]]:
    """The first character from (line, col) on, outside string literals
    and line comments, for which ``stop(char, depth)`` holds; ``depth``
    counts brackets opened since the start (negative once the scan leaves
    the bracket it started in).  Returns its (line, col), or None."""
    whole = joined(lines)
    text = whole.text
    i = whole.offset(line, col)
    n = len(text)
    depth = 0
    quote = None
    while i < n:
        ch = text[i]
        if quote is not None:
            if ch == "\\" and quote != "`":
                i += 2
                continue
            if ch == quote:
                quote = None
            i += 1
            continue
        if any(text.startswith(c, i) for c in comments):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch in "'\"`":
            quote = ch
            i += 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if stop(ch, depth):
            return whole.position(i)
        i += 1
    return None


def call_end(lines: Sequence[str], line: int, col: int,
             comments: Tuple[str, ...] = ()) -> Optional[Tuple[int, int]]:
    """The ``)`` closing the first call opened at or after (line, col)."""
    opened = scan(lines, line, col, lambda ch, d: ch == "(", comments)
    if opened is None:
        return None
    return scan(lines, opened[0], opened[1] + 1, lambda ch, d: d < 0 and ch == ")", comments)


def indentation(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def apply(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` (all for this file) applied: what a tool
    does with a finding's edits.  Later places are edited first, so each
    edit's line and column refer to the original text."""
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: (e.line, e.col), reverse=True):
        if e.col == 0:
            i = min(max(e.line - 1, 0), len(lines))
            model = lines[i] if i < len(lines) and lines[i].strip() else (lines[i - 1] if i > 0 else "")
            if i == len(lines) and lines and lines[-1] == "":
                i -= 1  # before the final newline
            lines.insert(i, indentation(model) + e.text)
        else:
            row = lines[e.line - 1]
            lines[e.line - 1] = row[: e.col - 1] + e.text + row[e.col - 1:]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Quoting for host languages
# --------------------------------------------------------------------------


def sql_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def single_quoted(s: str) -> str:
    """PHP and Ruby single-quoted literals (no interpolation)."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def double_quoted(s: str) -> str:
    """Python, YAML and JSON double-quoted literals."""
    return json.dumps(s, ensure_ascii=False)


def xml_attribute(s: str) -> str:
    return '"' + (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                  .replace('"', "&quot;")) + '"'


def single_line(s: Optional[str]) -> bool:
    return s is None or "\n" not in s


# --------------------------------------------------------------------------
# The syntax of a format
# --------------------------------------------------------------------------


class Syntax:
    """How one format writes annotations and suppressions.  The base class
    knows only source-comment directives (``line_comment``); formats
    override :meth:`table_comment` and :meth:`column_comment` with their
    own comment syntax."""

    #: how a line comment starts and (XML) ends
    line_comment: str = "#"
    comment_end: str = ""
    #: the reason placeholder in a suggested suppression
    reason_placeholder: str = "<reason>"

    def table_comment(self, table: str, items: Dict[str, str], place: Place,
                      existing: Optional[str]) -> Optional[Hint]:
        """The code that gives ``table`` a comment declaring ``items``,
        written at ``place`` (the table's definition, or a later change to
        it); None when the format has no table comment, or writing one
        there would discard ``existing``."""
        return None

    def column_comment(self, table: str, column: str, items: Dict[str, str], place: Place,
                       existing: Optional[str]) -> Optional[Hint]:
        """The code that gives ``column`` (defined at ``place``) a comment
        declaring ``items``; None as for :meth:`table_comment`."""
        return None

    def comment_line(self, body: str) -> str:
        return f"{self.line_comment} {body}{self.comment_end}"

    def directive(self, items: Dict[str, str], place: Place) -> Hint:
        """A source-comment directive on the line above ``place``: it
        annotates the table or column defined there, beside any comment it
        already has."""
        code = self.comment_line("schemalint: " + " ".join(f"{k}={_value(v)}" for k, v in items.items()))
        return Hint(code, Edit(place.path, place.line, 0, code) if place.lines else None)

    def suppression(self, codes: Sequence[str], place: Place) -> Hint:
        """A source comment on the line above ``place`` that suppresses the
        findings of ``codes`` located there (a reason is required)."""
        code = self.comment_line(f"schemalint: ignore[{','.join(codes)}] -- {self.reason_placeholder}")
        return Hint(code, Edit(place.path, place.line, 0, code) if place.lines else None)


class NoComments(Syntax):
    """A format with no comment syntax (JSON): annotations go to the
    configuration's manifest; nothing can be written in the file."""

    def directive(self, items, place) -> Hint:
        return Hint("", None)

    def suppression(self, codes, place) -> Hint:
        return Hint("", None)


DEFAULT = Syntax()


__all__ = ["Place", "Hint", "Syntax", "NoComments", "DEFAULT", "compose", "scan", "call_end", "apply",
           "indentation", "sql_string", "single_quoted", "double_quoted", "xml_attribute", "single_line"]
