"""RET001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.ret001`."""

from __future__ import annotations

from ..rules.ret001 import CODE


def check(ctx):
    from ..annotations import format_days

    for table, column, cls, cat in ctx.personal_columns():
        if not getattr(cat, "requires_retention", True):
            continue
        if "retention" in ctx.annotations(table, column):
            continue  # present: RET002/RET003 judge its value
        label = ctx.label(cat)
        max_days = getattr(cat, "max_retention_days", None)
        bound = f" (the ruleset allows at most {format_days(max_days)} for {cat.id})" if max_days else ""
        example = format_days(max_days) if max_days else "P5Y"
        message = (f"{table.ref}.{column.name} holds {label} but no retention is declared on the column or "
                   f"on table {table.ref}; declare how long it is kept with "
                   f"'schemalint: retention=<period> [after <event>]' in the table's or the column's "
                   f"comment{bound}")
        why = (f"{ctx.explain(table, column, cat)}; the ruleset requires a declared retention for {cat.id}; "
               f"no 'retention=' annotation on {table.ref}.{column.name} or on table {table.ref}")
        fix = (f"COMMENT ON TABLE {table.ref} IS 'schemalint: retention={example}' (every column) or "
               f"COMMENT ON COLUMN {table.ref}.{column.name} IS 'schemalint: retention={example}', a "
               f"'-- schemalint: retention={example}' comment above the definition, or the manifest; "
               f"or suppress: '-- schemalint: ignore[RET001] -- <reason>'")
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix)
