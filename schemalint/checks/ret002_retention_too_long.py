"""RET002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ret002`."""

from __future__ import annotations

from ..rules.ret002 import CODE


def check(ctx):
    from ..annotations import RetentionError, format_days, parse_retention

    for table, column, cls, cat in ctx.personal_columns():
        max_days = getattr(cat, "max_retention_days", None)
        if not max_days:
            continue
        value = ctx.annotations(table, column).get("retention")
        if value is None:
            continue
        try:
            ret = parse_retention(value.value)
        except RetentionError:
            continue  # RET003
        if ret.days is not None and ret.days <= max_days:
            continue
        label = ctx.label(cat)
        limit = format_days(max_days)
        where = ("the column's own annotation" if value.scope == "column"
                 else f"table {table.ref}'s annotation")
        if ret.indefinite:
            said = f"retention '{value.value}' ({where}) keeps it forever"
        else:
            said = f"retention '{value.value}' ({where}, {ret.days} days) is longer than"
        message = (f"{table.ref}.{column.name} holds {label}: {said} "
                   f"{'but ' if ret.indefinite else ''}the ruleset allows at most {limit} for {cat.id}; "
                   f"shorten it to {limit} or less, or give the column its own shorter retention")
        why = (f"{ctx.explain(table, column, cat)}; retention {value.value!r} declared by the {value.scope} "
               f"{value.source} at {value.location}; ruleset max_retention for {cat.id} is {limit} "
               f"({max_days} days)")
        fix = (f"declare retention={limit} or shorter (on the column to override the table: "
               f"COMMENT ON COLUMN {table.ref}.{column.name} IS 'schemalint: retention={limit}'); if a law "
               f"requires longer, suppress with the law as reason: "
               f"'schemalint: ignore[RET002] -- <regulation>'")
        related = (column.location,) if column.location != value.location else ()
        yield ctx.finding(CODE, value.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix, related=related)
