"""MIN002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min002`."""

from __future__ import annotations

from ..i18n import _, tr
from ..rules.min002 import CODE


def _allowed(purpose, cat) -> bool:
    try:
        return bool(purpose.allows(cat))
    except (AttributeError, TypeError):
        return bool(purpose.allows(cat.id))


def check(ctx):
    purposes = getattr(ctx.ruleset, "purposes", None) or {}
    for table, column, _cls, cat in ctx.personal_data():
        value = ctx.annotations(table, column).get("purpose")
        if value is None:
            continue
        purpose = purposes.get(value.value)
        if purpose is None:
            continue  # ANN001 reports unknown purposes
        if _allowed(purpose, cat):
            continue
        label = ctx.label(cat)
        plabel = tr(getattr(purpose, "label", None) or value.value)
        others = sorted(n for n, p in purposes.items() if n != value.value and _allowed(p, cat))
        elsewhere = (_(" (purposes that allow it: {names})").format(
            names=", ".join(others[:5]) + (", ..." if len(others) > 5 else "")) if others else "")
        message = _("{table}.{column} holds {label}, which purpose '{purpose}' ({purpose_label}) does not allow; "
                    "move it to a table whose purpose needs it, or drop it{elsewhere}").format(
            table=table.ref, column=column.name, label=label, purpose=value.value, purpose_label=plabel,
            elsewhere=elsewhere)
        why = (f"{ctx.explain(table, column, cat)}; purpose={value.value} declared by the {value.scope} "
               f"{value.source} at {value.location}; the ruleset's purpose '{value.value}' does not list "
               f"{cat.id}")
        fix = _("move {column} to a separate table with a purpose that allows {category}, or drop it; if the "
                "purpose truly needs it, suppress it with the reason").format(column=column.name, category=cat.id)
        related = (value.location,) if value.location != column.location else ()
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix, related=related)
