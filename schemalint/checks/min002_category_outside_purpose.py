"""MIN002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min002`."""

from __future__ import annotations

from ..rules.min002 import CODE


def _allowed(purpose, cat) -> bool:
    try:
        return bool(purpose.allows(cat))
    except (AttributeError, TypeError):
        return bool(purpose.allows(cat.id))


def check(ctx):
    purposes = getattr(ctx.ruleset, "purposes", None) or {}
    for table, column, cls, cat in ctx.personal_data():
        value = ctx.annotations(table, column).get("purpose")
        if value is None:
            continue
        purpose = purposes.get(value.value)
        if purpose is None:
            continue  # ANN001 reports unknown purposes
        if _allowed(purpose, cat):
            continue
        label = ctx.label(cat)
        plabel = getattr(purpose, "label", None) or value.value
        others = sorted(n for n, p in purposes.items() if n != value.value and _allowed(p, cat))
        elsewhere = (f" (purposes that allow it: {', '.join(others[:5])}{', ...' if len(others) > 5 else ''})"
                     if others else "")
        message = (f"{table.ref}.{column.name} holds {label}, which purpose '{value.value}' ({plabel}) does not "
                   f"allow; move it to a table whose purpose needs it, or drop it{elsewhere}")
        why = (f"{ctx.explain(table, column, cat)}; purpose={value.value} declared by the {value.scope} "
               f"{value.source} at {value.location}; the ruleset's purpose '{value.value}' does not list "
               f"{cat.id}")
        fix = (f"move {column.name} to a separate table with a purpose that allows {cat.id}, or drop it; if "
               f"the purpose truly needs it, suppress it with the reason")
        related = (value.location,) if value.location != column.location else ()
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix, related=related)
