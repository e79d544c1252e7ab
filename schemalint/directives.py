"""Attach source-comment directives to what they annotate.

``-- schemalint: retention=P5Y`` above a column definition (or trailing
it) annotates that column; above a ``CREATE TABLE`` (or an ORM
``create_table`` call) it annotates the table; above a ``CREATE VIEW``,
``CREATE FUNCTION`` or ``CREATE ROLE`` that object (``masked=``,
``audience=``).  This works the same for
every frontend because every change carries its location: the directive's
target line is matched against the lines where tables and columns are
defined, and an ``Annotate`` change is inserted right after the change it
targets, so replay applies it in order.

Directives that match nothing: ``file-ignore[...]`` applies to the whole
file; an ``ignore[...]`` applies to findings located on its target line;
anything else is an orphan, reported by ANN001.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from .annotations import Directive, Suppression, scan_directives
from .model import (
    AddColumn,
    AlterColumn,
    Annotate,
    CreateFunction,
    CreateRole,
    CreateTable,
    CreateView,
    FileResult,
    Location,
    TableRef,
)
from .record import dataclass


@dataclass(frozen=True)
class LineSuppression:
    """A suppression that applies to a file (``line`` None) or one line."""

    path: str
    line: Optional[int]
    suppression: Suppression
    location: Location


@dataclass
class Attached:
    result: FileResult
    line_suppressions: List[LineSuppression]
    orphans: List[Tuple[object, Location, str]]


def attach(result: FileResult, text: str) -> Attached:
    directives = scan_directives(text) if text else []
    if not directives:
        return Attached(result, [], [])
    path = result.path
    # line -> targets: (index of change, table ref, column name or None)
    table_at: Dict[int, Tuple[int, TableRef]] = {}
    columns_at: Dict[int, List[Tuple[int, TableRef, str]]] = {}
    for i, ch in enumerate(result.changes):
        if isinstance(ch, CreateTable) and ch.location.path == path:
            table_at.setdefault(ch.location.line, (i, ch.table))
            for cd in ch.columns:
                if cd.location.path == path:
                    columns_at.setdefault(cd.location.line, []).append((i, ch.table, cd.name))
        elif isinstance(ch, AddColumn) and ch.column.location.path == path:
            columns_at.setdefault(ch.column.location.line, []).append((i, ch.table, ch.column.name))
        elif isinstance(ch, AlterColumn) and ch.location.path == path:
            columns_at.setdefault(ch.location.line, []).append((i, ch.table, ch.column))
        elif isinstance(ch, (CreateView, CreateFunction, CreateRole)) and ch.location.path == path:
            # a view's masking, a role's audience: replay hands these to the access state
            ref = ch.view if isinstance(ch, CreateView) else (
                ch.name if isinstance(ch, CreateFunction) else TableRef(ch.name))
            table_at.setdefault(ch.location.line, (i, ref))
    inserts: Dict[int, List[Annotate]] = {}
    line_sups: List[LineSuppression] = []
    orphans: List[Tuple[object, Location, str]] = []
    for d in directives:
        loc = Location(path, d.line, d.col)
        ann = d.annotation
        file_sups = [s for s in ann.suppressions if s.file_scope]
        for s in file_sups:
            line_sups.append(LineSuppression(path, None, s, loc))
        if file_sups and not ann.values and len(file_sups) == len(ann.suppressions):
            continue
        text_ = "schemalint: " + ann.text
        if d.target_line in table_at:
            i, ref = table_at[d.target_line]
            inserts.setdefault(i, []).append(Annotate(ref, None, text_, loc, "directive"))
        elif d.target_line in columns_at:
            for i, ref, col in columns_at[d.target_line]:
                inserts.setdefault(i, []).append(Annotate(ref, col, text_, loc, "directive"))
        else:
            for s in ann.suppressions:
                if not s.file_scope:
                    line_sups.append(LineSuppression(path, d.target_line, s, loc))
            if ann.values or ann.errors:
                orphans.append((ann, loc, f"line {d.target_line} defines no column or table"))
    if inserts:
        changes = []
        for i, ch in enumerate(result.changes):
            changes.append(ch)
            changes.extend(inserts.get(i, ()))
        result = FileResult(result.path, result.format, tuple(changes), result.meta, result.dialect,
                            result.stats)
    return Attached(result, line_sups, orphans)


__all__ = ["attach", "Attached", "LineSuppression", "Directive"]
