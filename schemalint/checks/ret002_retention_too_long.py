"""RET002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ret002`.

A table's retention that is too long for *every* column it covers is one
finding (the table's period is the decision); one that is too long for
some of them only is a finding per such column (each needs a period of its
own); a column's own retention that is too long is that column's finding.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from ..i18n import _
from ..replay import Column, Table
from ..rules.ret002 import CODE


def _too_long(ctx, table, column, cat):
    """(value, parsed, max days) when the retention that applies to the
    column is longer than its category allows, else None."""
    from ..annotations import RetentionError, parse_retention

    max_days = getattr(cat, "max_retention_days", None)
    if not max_days:
        return None
    value = ctx.annotations(table, column).get("retention")
    if value is None:
        return None
    try:
        ret = parse_retention(value.value)
    except RetentionError:
        return None  # RET003
    if ret.days is not None and ret.days <= max_days:
        return None
    return value, ret, max_days


def check(ctx):
    from ..annotations import format_days

    #: table key -> (table, [(column, category)])
    by_table: Dict[str, Tuple[Table, List[Tuple[Column, Any]]]] = {}
    for table, column, _cls, cat in ctx.personal_data():
        by_table.setdefault(table.key, (table, []))[1].append((column, cat))
    for table, cols in by_table.values():
        inherited, exceeding = [], []
        for column, cat in cols:
            value = ctx.annotations(table, column).get("retention")
            if (getattr(cat, "max_retention_days", None) and value is not None and value.scope == "table"
                    and not ctx.suppresses(table, column, CODE)):
                inherited.append(column)
            got = _too_long(ctx, table, column, cat)
            if got is not None:
                exceeding.append((column, cat, got))
        from_table = [x for x in exceeding if x[2][0].scope == "table" and not ctx.suppresses(table, x[0], CODE)]
        if from_table and len(from_table) == len(inherited):
            yield _table_finding(ctx, table, from_table, format_days)
            exceeding = [x for x in exceeding if x not in from_table]
        for column, cat, got in exceeding:
            yield _column_finding(ctx, table, column, cat, got, format_days)


def _table_finding(ctx, table, rows, format_days):
    value = rows[0][2][0]
    limit = format_days(min(got[2] for _, _, got in rows))
    shown = ", ".join(_("{column} ({limit} for {category})").format(column=c.name, limit=format_days(got[2]),
                                                                     category=cat.id) for c, cat, got in rows[:6])
    if len(rows) > 6:
        shown += _(" and {count} more").format(count=len(rows) - 6)
    forever = any(got[1].indefinite for _c, _cat, got in rows)
    if forever:
        text = _("table {table}'s retention '{value}' keeps its rows forever, but the ruleset sets a maximum for "
                 "every column it covers: {columns}; shorten it to {limit} or less")
    else:
        text = _("table {table}'s retention '{value}' is longer than the ruleset allows for every column it "
                 "covers: {columns}; shorten it to {limit} or less")
    message = text.format(table=table.ref, value=value.value, columns=shown, limit=limit)
    why = (f"retention {value.value!r} declared by the table {value.source} at {value.location}; "
           + "; ".join(f"{c.name}: {cat.id}, ruleset max_retention {format_days(got[2])} ({got[2]} days)"
                       for c, cat, got in rows))
    related = tuple(dict.fromkeys(c.location for c, _, _ in rows if c.location != value.location))
    return ctx.finding(
        CODE, value.location, message, table=table, why=why, related=related,
        fix=_("shorten the retention of table {table} to {limit}; if a law requires longer, suppress it "
              "with the law as the reason").format(table=table.ref, limit=limit),
        columns=tuple(c.name for c, _, _ in rows),
        aliases=tuple(ctx.column_fingerprint(CODE, table, c, cat.id) for c, cat, _ in rows),
        annotate=(None, {"retention": limit}))


def _column_finding(ctx, table, column, cat, got, format_days):
    value, ret, max_days = got
    limit = format_days(max_days)
    where = (_("the column's own annotation") if value.scope == "column"
             else _("table {table}'s annotation").format(table=table.ref))
    todo = (_("shorten it to {limit} or less") if value.scope == "column"
            else _("give the column its own retention of {limit} or less")).format(limit=limit)
    if ret.indefinite:
        text = _("{table}.{column} holds {label}: retention '{value}' ({where}) keeps it forever, but the "
                 "ruleset allows at most {limit} for {category}; {todo}")
    else:
        text = _("{table}.{column} holds {label}: retention '{value}' ({where}, {days} days) is longer than the "
                 "{limit} the ruleset allows for {category}; {todo}")
    message = text.format(
        table=table.ref, column=column.name, label=ctx.label(cat), value=value.value, where=where, days=ret.days,
        limit=limit, category=cat.id, todo=todo)
    why = (f"{ctx.explain(table, column, cat)}; retention {value.value!r} declared by the {value.scope} "
           f"{value.source} at {value.location}; ruleset max_retention for {cat.id} is {limit} "
           f"({max_days} days)")
    related = (column.location,) if column.location != value.location else ()
    return ctx.finding(CODE, value.location if value.scope == "column" else column.location, message,
                       table=table, column=column, category=cat.id, why=why,
                       fix=_("declare retention={limit} or shorter on {table}.{column}; if a law requires "
                             "longer, suppress it with the law as the reason").format(
                           limit=limit, table=table.ref, column=column.name),
                       related=related if value.scope == "column" else (value.location,),
                       annotate=(column, {"retention": limit}))
