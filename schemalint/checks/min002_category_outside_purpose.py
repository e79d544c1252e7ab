"""MIN002 category-outside-purpose: a column holds a category the table's declared purpose does not allow.

## What it does

For every personal-data column whose table (or the column itself)
declares a ``purpose=`` the ruleset knows, asks the ruleset whether that
purpose allows the column's category, and reports the column when it
does not.  A column's own ``purpose=`` wins over the table's.  Unknown
purpose names are reported by ANN001 instead.

The finding points at the column's definition; the annotation that
declares the purpose is a related location.

## Why it matters

A declared purpose is only useful if the data matches it.  UU PDP (Law
27/2022) art. 16(2)(a)-(b) requires collection limited to what the purpose
needs and processing in line with that purpose.  The BPJS Kesehatan
record that leaked in 2021 held salary and a photo beside the membership
data: a claims or membership purpose needs neither, and data that is not
collected cannot leak.

## Example

```sql
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  gaji NUMERIC(12, 2)              -- MIN002 if the purpose does not allow salary
);
COMMENT ON TABLE peserta IS 'schemalint: purpose=health_insurance';
```

## How to fix

Move the column to a table whose purpose needs it (a payroll or
contribution table keyed by the same surrogate id), drop it, or, if the
purpose really does need it, use a purpose (or a project ruleset that
``extends: default``) that allows the category.  A justified exception is
a suppression with a reason: ``schemalint: ignore[MIN002] -- contribution
is computed from salary (Perpres 64/2020)``.

## Options

- Ruleset: ``purposes`` map each purpose to the categories (or groups) it
  allows.
"""

from __future__ import annotations

CODE = "MIN002"
NAME = "category-outside-purpose"
SEVERITY = "warning"


def _allowed(purpose, cat) -> bool:
    try:
        return bool(purpose.allows(cat))
    except (AttributeError, TypeError):
        return bool(purpose.allows(cat.id))


def check(ctx):
    purposes = getattr(ctx.ruleset, "purposes", None) or {}
    for table, column, cls, cat in ctx.personal_columns():
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
               f"the purpose truly needs it, suppress with the reason: "
               f"'schemalint: ignore[MIN002] -- <why the purpose needs it>'")
        related = (value.location,) if value.location != column.location else ()
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix, related=related)
