"""ANN001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ann001`."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Tuple, Union

from ..i18n import _
from ..replay import Column, Table
from ..rules.ann001 import CODE

if TYPE_CHECKING:
    from ..access import Function, Role, View, ViewColumn


def _problems(ctx, annotation):
    yield from annotation.errors
    values = annotation.values
    for key, value in values.items():
        if not value.strip() and key != "retention":  # an empty retention is RET003's
            yield _("{key}= has an empty value").format(key=key)
    audience = values.get("audience")
    if audience:
        from ..access.exposure import AUDIENCES  # imported by a run that declares an audience only

        if audience.lower() not in AUDIENCES:
            yield _("audience={audience} is not one of {audiences}").format(audience=audience,
                                                                             audiences=", ".join(AUDIENCES))
    cat = values.get("category")
    if cat and cat.lower() not in ("none", "no") and cat not in getattr(ctx.ruleset, "categories", {}):
        yield _("category={category} is not a category of the ruleset").format(category=cat)
    purpose = values.get("purpose")
    purposes = getattr(ctx.ruleset, "purposes", None)
    if purpose and purposes is not None and purpose not in purposes:
        known = ", ".join(sorted(purposes)) or _("none")
        yield _("purpose={purpose} is not a purpose the ruleset knows (known: {known})").format(purpose=purpose,
                                                                                                 known=known)


def _misplaced(kind: str, values) -> list:
    """Keys that mean something on another kind of object only."""
    out = []
    if "audience" in values and kind != "role":
        out.append(_("audience= applies to a role (COMMENT ON ROLE), not to a table, view or column"))
    if "masked" in values and kind not in ("view", "view column"):
        out.append(_("masked= applies to a view or a view column: it declares how the view masks a value"))
    if kind == "role":
        out += [_("{key}= does not apply to a role").format(key=k) for k in values if k != "audience"]
    elif kind in ("view", "view column"):
        out += [_("{key}= does not apply to a view: annotate its base table").format(key=k) for k in values
                if k not in ("masked", "audience")]
    elif kind == "function":
        out += [_("{key}= does not apply to a function").format(key=k) for k in values
                if k not in ("masked", "audience")]
    return out


def _access_objects(schema) -> list:
    """Annotated views, functions and roles: only a schema with access
    statements has them (and only then is :mod:`schemalint.access` imported)."""
    if schema.access is None:
        return []
    from ..access import state

    return list(state(schema).annotated())


def check(ctx):
    #: (what carries annotations, its column or None, what kind of object that is)
    owners: List[Tuple[Union[Table, View, Function, Role], Optional[Union[Column, ViewColumn]], str]] = []
    for table in ctx.schema.tables.values():
        owners += [(table, None, "table")] + [(table, c, "column") for c in table.columns.values()]
    for obj in _access_objects(ctx.schema):
        kind = "role" if hasattr(obj, "bypass_rls") else "view" if hasattr(obj, "query") else "function"
        owners += [(obj, None, kind)] + [(obj, c, f"{kind} column") for c in obj.columns.values()]
    for t, c, kind in owners:
        carrier = c if c is not None else t
        for src in carrier.annotation_sources():
            where = f"{t.ref}.{c.name}" if c is not None else str(t.ref)
            for problem in [*_problems(ctx, src.annotation), *_misplaced(kind, src.annotation.values)]:
                yield ctx.finding(
                    CODE, src.location, _("annotation on {target}: {problem}").format(target=where, problem=problem),
                    table=t, column=c,
                    why=f"annotation text: {src.annotation.text!r} ({src.source})",
                    fix=_("see docs/annotations.md for the grammar and keys"), suppress=False,
                )
    for ann, location, reason in getattr(ctx.schema, "orphan_annotations", ()):
        yield ctx.finding(
            CODE, location, _("annotation applies to nothing: {reason}").format(reason=reason),
            plain=f"annotation applies to nothing: {reason}",
            why=f"annotation text: {ann.text!r}",
            fix=_("put the comment on the line above a column or table definition, or on the same line"),
            suppress=False,
        )
