"""Fix hints in the words of the file a finding points at.

A rule says *what* resolves its finding: an annotation on a table or a
column (``retention=P10Y``), and that a suppression is the alternative.
This module says *how*, in the syntax of the file
(:mod:`schemalint.formats.syntax`, one :class:`Syntax` per format): the
exact line to add, and where, as text and as an
:class:`~schemalint.model.Edit`.

Rules ask for annotations through :meth:`Context.finding` (``annotate=``);
the hints are written by :func:`finish`, after the suppression filter,
for the findings that are reported: requests for the same table's (or
column's) comment are merged, so every hint that writes that comment
writes the same, complete one, and applying any of them, or all, declares
everything the reported findings ask for.  (In most formats a second
table comment replaces the first; two hints that each wrote half of it
would undo each other.)
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ..i18n import _
from ..model import Edit, Finding, Location
from ..record import dataclass, replace


@dataclass(frozen=True)
class Request:
    """An annotation that resolves a finding: ``items`` on ``table`` (and
    ``column``, when the annotation belongs to the column), written at
    ``at`` (where the finding is: the definition, or the later change in
    the file being committed)."""

    table: object  # replay.Table
    column: Optional[object]  # replay.Column
    items: Tuple[Tuple[str, str], ...]
    at: Location
    advice: str = ""


# Sentences are whole, with named fields, so that a translation may reorder them (docs/i18n.md)


def describe(hint, path: str) -> str:
    """One hint as a sentence."""
    e = hint.edit
    if e is not None and e.col == 0:
        return _("add this line before line {line} of {path}: `{code}`").format(line=e.line, path=e.path,
                                                                                  code=hint.code)
    if e is not None:  # the exact text, separators included: applied as read
        return _("insert `{code}` at {path}:{line}:{col} ({where})").format(code=e.text, path=e.path, line=e.line,
                                                                             col=e.col, where=hint.where)
    return _("add `{code}` {where} in {path}").format(code=hint.code, where=hint.where, path=path)


def _manifest(table, column, items: Dict[str, str]) -> str:
    body = ", ".join(f'{k} = "{v}"' for k, v in items.items())
    if column is None:
        return f"[tool.schemalint.tables.{table.ref.qualified}] {body}"
    inner = " ".join(f"{k}={v}" for k, v in items.items())
    return f'[tool.schemalint.tables.{table.ref.qualified}] columns = {{ {column.name} = "{inner}" }}'


def annotation_hint(ctx, table, column, items: Dict[str, str], at: Location) -> Tuple[str, Tuple[Edit, ...]]:
    """The sentence and edits that annotate ``table`` (or ``column``) with
    ``items``, written in the syntax of the file at ``at``; a directive
    above the definition when the format's comment cannot be written
    there, and the manifest for formats with no comments."""
    place = ctx.place(at)
    writer = ctx.syntax(at.path)
    name = table.ref.qualified
    if column is None:
        hint = writer.table_comment(name, items, place, table.comment)
        target = table.location
    else:
        hint = writer.column_comment(name, column.name, items, place, column.comment)
        target = column.location
    if hint is None:
        dplace = ctx.place(target)
        hint = ctx.syntax(target.path).directive(items, dplace)
        at = target
    if not hint.code:
        return _("declare it in the configuration's manifest: `{code}`").format(
            code=_manifest(table, column, items)), ()
    return describe(hint, at.path), ((hint.edit,) if hint.edit is not None else ())


def suppression_hint(ctx, code: str, at: Location) -> Tuple[str, Tuple[Edit, ...]]:
    """The sentence and edit that suppress rule ``code`` at ``at``."""
    hint = ctx.syntax(at.path).suppression([code], ctx.place(at))
    if not hint.code:
        return _('or, to accept it, add `ignore = ["{code}"]` and a reason to its manifest entry').format(code=code), ()
    if hint.edit is None:
        return _("or, to accept it, add `{code}` above {path}:{line}").format(code=hint.code, path=at.path,
                                                                           line=at.line), ()
    return _("or, to accept it, add this line before line {line} of {path}: `{code}`").format(
        line=hint.edit.line, path=at.path, code=hint.code), (hint.edit,)


def finish(ctx, findings: List[Finding]) -> List[Finding]:
    """Write the fix of every finding that asked for an annotation or a
    suppression hint: requests on the same comment are merged first."""
    requests: Dict[int, Request] = getattr(ctx, "requests", {})
    wanted = [(f, requests.get(id(f))) for f in findings]
    merged: Dict[tuple, Dict[str, str]] = {}
    for _f, req in wanted:
        if req is None:
            continue
        key = (id(req.table), id(req.column))
        merged.setdefault(key, {}).update(dict(req.items))
    out: List[Finding] = []
    for f, req in wanted:
        if req is None and id(f) not in getattr(ctx, "suppressible", set()):
            out.append(f)
            continue
        parts: List[str] = []
        edits: Tuple[Edit, ...] = ()
        if req is not None:
            items = merged[(id(req.table), id(req.column))]
            text, edits = annotation_hint(ctx, req.table, req.column, items, req.at)
            parts.append(f"{req.advice}: {text}" if req.advice else text)
        elif f.fix:
            parts.append(f.fix)
        sup, _ = suppression_hint(ctx, f.code, f.location)
        parts.append(sup)
        out.append(replace(f, fix="; ".join(parts), edits=edits))
    return out


__all__ = ["Request", "annotation_hint", "suppression_hint", "finish", "describe"]
