"""EX001 table-without-comment: a table holding personal data has no comment.

## What it does

Reports tables with personal-data columns and no database comment.

## Why it matters

A comment is where a table's purpose and retention are declared.

## Example

A `pelanggan` table with a `nik` column and no `COMMENT ON TABLE`.

## How to fix

`COMMENT ON TABLE pelanggan IS 'Customers. schemalint: purpose=billing';`

## Options

None.
"""

CODE = "EX001"
NAME = "table-without-comment"
SEVERITY = "warning"


def check(ctx):
    seen = set()
    for table, column, cls, cat in ctx.personal_columns():
        if table.comment or table.key in seen:
            continue
        seen.add(table.key)
        yield ctx.finding(CODE, table.location, f"table {table.ref} holds personal data and has no comment",
                          table=table, why=f"{column.name} is {cat.id}",
                          fix="add a table comment that states its purpose")
