"""MIN001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min001`."""

from __future__ import annotations

from ..rules.min001 import CODE


def _allows(purpose, cat) -> bool:
    try:
        return bool(purpose.allows(cat))
    except (AttributeError, TypeError):
        return bool(purpose.allows(cat.id))


def check(ctx):
    by_table = {}
    for table, column, cls, cat in ctx.personal_columns():
        if getattr(cat, "tier", None) != "high":
            continue
        declared = ctx.annotations(table, column).get("purpose")
        if declared is not None and declared.value.strip():
            continue
        by_table.setdefault(table.key, (table, []))[1].append((column, cat))
    purposes = getattr(ctx.ruleset, "purposes", {}) or {}
    for table, cols in by_table.values():
        cols.sort(key=lambda cc: ctx.order(cc[0].location))
        where, related = ctx.introduced_at(table, [cols[0][0]])
        related = tuple(dict.fromkeys(related + tuple(c.location for c, _ in cols if c.location != where)))
        names = [f"{c.name}: {ctx.label(cat)}" for c, cat in cols]
        shown = "; ".join(names[:4]) + (f"; and {len(names) - 4} more" if len(names) > 4 else "")
        # purposes that would allow every personal category of the table
        cats = [cat for _, _, _, cat in _personal(ctx, table)]
        fitting = sorted(n for n, p in purposes.items() if all(_allows(p, c) for c in cats))
        if fitting:
            hint = (f"e.g. 'schemalint: purpose={fitting[0]}' in the table's comment (purposes that allow all "
                    f"its categories: {', '.join(fitting[:5])}{', ...' if len(fitting) > 5 else ''})")
        elif purposes:
            hint = (f"'schemalint: purpose=<name>' in the table's comment, with one of: "
                    f"{', '.join(sorted(purposes)[:8])}{', ...' if len(purposes) > 8 else ''}")
        else:
            hint = "'schemalint: purpose=<name>' in the table's comment"
        message = (f"table {table.ref} holds high-risk personal data ({shown}) but declares no purpose; "
                   f"declare why it is collected: {hint}")
        why = ("high-tier categories without a purpose: "
               + "; ".join(f"{c.name}: {cat.id} (tier high)" for c, cat in cols)
               + f"; no 'purpose=' annotation on table {table.ref} or on those columns")
        fix = (f"COMMENT ON TABLE {table.ref} IS 'schemalint: purpose=<name>' with a purpose from the ruleset, "
               f"a '-- schemalint: purpose=<name>' comment above CREATE TABLE, or the manifest; "
               f"or suppress: '-- schemalint: ignore[MIN001] -- <reason>'")
        yield ctx.finding(CODE, where, message, table=table, category=cols[0][1].id, why=why, fix=fix,
                          related=related)


def _personal(ctx, table):
    for column in table.columns.values():
        cat = ctx.category(table, column)
        if cat is not None:
            yield table, column, None, cat
