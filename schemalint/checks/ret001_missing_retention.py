"""RET001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ret001`.

One decision per table: when no column of a table that needs a retention
declares one and the table declares none, one finding at the table's
creation names every such column and the single table annotation that
covers them.  When some columns declare their own retention (the table is
annotated column by column) and the table declares none, each column
still without one is a finding of its own.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from ..i18n import _
from ..replay import Table
from ..rules.ret001 import CODE

#: how many columns a message names before "and N more" (the finding's
#: ``columns`` and ``why`` list them all)
SHOWN = 6



def _bound(what: str) -> str:
    return _(" (the longest the ruleset allows for {what})").format(what=what) if what else ""


def needing(ctx, table) -> List[Tuple[object, object]]:
    """(column, category) of the table's personal columns whose category
    needs a declared retention, in schema order."""
    return [(c, cat) for t, c, _, cat in ctx.personal_data()
            if t is table and getattr(cat, "requires_retention", True)]


def period_for(categories) -> Tuple[str, str]:
    """The retention to suggest for columns of ``categories``: the
    shortest of their maxima (one value that none exceeds), or P5Y when
    the ruleset sets none; and the categories that bound it."""
    from ..annotations import format_days

    maxima = [(getattr(c, "max_retention_days", None), c.id) for c in categories]
    bounded = [(d, cid) for d, cid in maxima if d]
    if not bounded:
        return "P5Y", ""
    days = min(d for d, _ in bounded)
    return format_days(days), ", ".join(sorted({cid for d, cid in bounded if d == days}))


def shown(names: List[str]) -> str:
    head = ", ".join(names[:SHOWN])
    return head + (_(" and {count} more").format(count=len(names) - SHOWN) if len(names) > SHOWN else "")


def check(ctx):
    tables: Dict[str, Table] = {}
    for table, _column, _cls, _cat in ctx.personal_data():
        tables.setdefault(table.key, table)
    for table in tables.values():
        cols = needing(ctx, table)
        if not cols or "retention" in ctx.annotations(table):
            continue  # the table's retention covers every column: RET002/RET003 judge its value
        uncovered = [(c, cat) for c, cat in cols if "retention" not in ctx.annotations(table, c)]
        if not uncovered:
            continue
        if len(uncovered) == len(cols):
            # a column whose own annotation suppresses RET001 is its own
            # finding, where that suppression applies
            own = [(c, cat) for c, cat in uncovered if ctx.suppresses(table, c, CODE)]
            grouped = [x for x in uncovered if x not in own]
            if grouped:
                yield _table_finding(ctx, table, grouped)
            for column, cat in own:
                yield _column_finding(ctx, table, column, cat, 0)
        else:
            for column, cat in uncovered:
                yield _column_finding(ctx, table, column, cat, len(cols) - len(uncovered))


def _table_finding(ctx, table, cols):
    period, bound_by = period_for([cat for _, cat in cols])
    names = [f"{c.name} ({ctx.label(cat)})" for c, cat in cols]
    message = _("table {table} holds personal data with no declared retention: {columns}; declare how long its "
                "rows are kept, once for the table: 'schemalint: retention={period}'{bound}").format(
        table=table.ref, columns=shown(names), period=period, bound=_bound(bound_by))
    why = ("the ruleset requires a declared retention for: "
           + "; ".join(f"{c.name}: {ctx.explain(table, c, cat)}" for c, cat in cols)
           + f"; no 'retention=' annotation on table {table.ref} or on any of its columns")
    related = tuple(dict.fromkeys(c.location for c, _ in cols if c.location != table.location))
    return ctx.finding(
        CODE, table.location, message, table=table, why=why, related=related,
        fix=_("declare the retention of table {table} once, for every column listed").format(table=table.ref),
        columns=tuple(c.name for c, _ in cols),
        aliases=tuple(ctx.column_fingerprint(CODE, table, c, cat.id) for c, cat in cols),
        annotate=(None, {"retention": period}))


def _column_finding(ctx, table, column, cat, declared: int):
    period, bound_by = period_for([cat])
    if declared:
        text = _("{table}.{column} holds {label} but declares no retention, while other columns of {table} "
                 "declare their own and the table none; declare it on the column: "
                 "'schemalint: retention={period}'{bound}")
    else:
        text = _("{table}.{column} holds {label} but declares no retention, nor does table {table}; declare it: "
                 "'schemalint: retention={period}'{bound}")
    message = text.format(table=table.ref, column=column.name, label=ctx.label(cat), period=period,
                          bound=_bound(bound_by))
    why = (f"{ctx.explain(table, column, cat)}; the ruleset requires a declared retention for {cat.id}; "
           + (f"{declared} other column(s) of {table.ref} declare their own retention and the table none"
              if declared else f"the column's own annotation suppresses RET001, so it is not in table "
                               f"{table.ref}'s finding"))
    return ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
                       fix=_("declare the retention of {table}.{column}").format(table=table.ref,
                                                                                 column=column.name),
                       annotate=(column, {"retention": period}))
