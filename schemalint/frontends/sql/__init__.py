"""SQL DDL frontend (sqlglot).

Public API::

    parse(source, options) -> FileResult
    parse_sql(text, path, *, dialect=None, line=1, col=1) -> (list[Change], dialect_used)
    order(results) -> list[FileResult]

``parse_sql`` is for SQL embedded in other files (Alembic ``op.execute``,
Django ``RunSQL``, Laravel ``DB::statement``), called through
:mod:`schemalint.frontends.embedded`, which chooses its dialect:
``line``/``col`` are where the SQL text starts in the host file, so every
change is located there.

How a file is read:

1. the dialect is ``--dialect``, else a config glob, else sniffed
   (:mod:`.sniff`);
2. the text is split into statements without parsing (:mod:`.split`);
3. each statement is sorted by its leading keywords (:mod:`.statements`):
   data and session statements (INSERT, COPY, SET, LOCK, GRANT...) are
   counted and skipped without a parse; DDL that can change tables is
   parsed by sqlglot one statement at a time and converted to changes
   (:mod:`.convert`); anything else becomes a located note;
4. a statement sqlglot cannot parse, or parses only as an opaque command
   when it creates or alters a table, is a ``ParseFailure`` (PARSE001):
   the run fails closed and the rest of the file is still read.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ... import lazyre
from ...formats.builtin import is_down_migration, sql_order_key
from ...model import FileResult, Location, ParseFailure, Skipped
from . import split as _split
from .sniff import SUPPORTED, normalise, sniff

FORMAT = "sql"

__all__ = ["FORMAT", "parse", "parse_sql", "order", "choose_dialect", "configured_dialect", "SUPPORTED"]


def configured_dialect(path: str, options=None) -> Optional[Tuple[str, str]]:
    """The dialect the user set for ``path`` and why: ``--dialect``, else
    the first config glob that matches; None if neither.  Also the first
    step of the dialect policy for embedded SQL (:mod:`..embedded`)."""
    if options is not None and getattr(options, "dialect", None):
        return normalise(options.dialect), "set by --dialect"
    if options is not None and getattr(options, "dialect_globs", None):
        import fnmatch

        for pattern, dialect in options.dialect_globs.items():
            if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch("/" + path, "*/" + pattern):
                return normalise(dialect), f"set by config for {pattern!r}"
    return None


def choose_dialect(path: str, text: str, options=None, hint=None) -> Tuple[str, str]:
    """The dialect for a file and why it was chosen: ``--dialect``, a
    config glob, the dialect sniffed over the file's whole migration history
    (``hint``), or the file's own sniff."""
    got = configured_dialect(path, options)
    if got is not None:
        return got
    if hint is not None:
        return hint
    return sniff(text)


def parse(source, options=None) -> FileResult:
    path = source.path
    if is_down_migration(path):
        return FileResult(
            path, FORMAT,
            (Skipped("down migration: not applied when replaying the history", Location(path, 1, 1)),),
            stats={"statements": 0, "noop": 0},
        )
    dialect, evidence = choose_dialect(path, source.text, options, getattr(source, "dialect_hint", None))
    text, down = up_sections(source.text)
    changes, stats = analyse(text, path, dialect)
    if down:
        changes.insert(0, Skipped(f"{down} down section(s) of this up/down migration (goose, dbmate, "
                                  f"sql-migrate): not applied when replaying the history", Location(path, 1, 1),
                                  "noop"))
    return FileResult(path, FORMAT, tuple(changes), meta={"dialect_evidence": evidence},
                      dialect=dialect, stats=stats)


#: the section markers of single-file up/down migrations: goose ``-- +goose Up``/``Down``,
#: sql-migrate ``-- +migrate Up``/``Down``, dbmate ``-- migrate:up``/``migrate:down``
_SECTION_RE = lazyre.compile(r"^[ \t]*--[ \t]*(?:\+goose[ \t]+(up|down)|\+migrate[ \t]+(up|down)|"
                             r"migrate:(up|down))\b[^\n]*$", re.I | re.M)


def up_sections(text: str) -> Tuple[str, int]:
    """``text`` with the down sections of a goose, sql-migrate or dbmate
    file blanked (newlines kept, so locations stay), and how many there
    were: the tool applies only the up sections when it migrates."""
    if "-- +goose" not in text and "migrate" not in text:
        return text, 0
    marks = list(_SECTION_RE.finditer(text))
    if not marks:
        return text, 0
    out, pos, down, blanked = [], 0, False, 0
    for m in marks:
        piece = text[pos:m.start()]
        out.append(re.sub(r"[^\n]", " ", piece) if down else piece)
        out.append(m.group(0))
        down = (m.group(1) or m.group(2) or m.group(3)).lower() == "down"
        blanked += down
        pos = m.end()
    tail = text[pos:]
    out.append(re.sub(r"[^\n]", " ", tail) if down else tail)
    return "".join(out), blanked


def parse_sql(text: str, path: str, *, dialect: Optional[str] = None, line: int = 1,
              col: int = 1) -> Tuple[list, str]:
    """Changes for SQL embedded in another file, located in that file."""
    if dialect:
        dialect = normalise(dialect)
    else:
        dialect, _ = sniff(text)
    changes, _stats = analyse(text, path, dialect, line_base=line, col_base=col)
    return changes, dialect


def history_dialect(texts: List[str]) -> Tuple[str, str]:
    """One dialect for a whole migration directory: the files of one
    history are written for one database, and a short migration alone
    often carries no marker (or a misleading one)."""
    sample = "\n".join(t[:16384] for t in texts)[:262144]
    dialect, evidence = sniff(sample)
    return dialect, evidence.replace("sniffed", "sniffed over its migration history:", 1)


def order(results: List[FileResult]) -> List[FileResult]:
    return sorted(results, key=lambda r: sql_order_key(r.path))


def analyse(text: str, path: str, dialect: str, *, line_base: int = 1, col_base: int = 1):
    """Split, sort and convert; returns ``(changes, stats)``."""
    from . import statements

    result = _split.split(text, dialect, statements.SKIP_FIRST)
    locate = (result.locator.rebased(line_base, col_base) if result.locator is not None
              else _split.Locator(text, line_base, col_base))
    changes: list = []
    for first, last in result.conflicts:
        line = first + line_base - 1
        changes.append(ParseFailure(
            f"unresolved merge-conflict block (lines {line}-{last + line_base - 1}): "
            f"resolve it; statements that span its markers are not read",
            Location(path, line, 1)))
    stats = statements.convert_all(result, text, path, dialect, locate, changes)
    return changes, stats
