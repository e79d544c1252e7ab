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

```sql fires
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  nik_hmac CHAR(64),
  gaji NUMERIC(12, 2)              -- MIN002: paying claims does not need a salary
);
COMMENT ON TABLE klaim IS 'schemalint: purpose=claims retention=P10Y';
```

## How to fix

Move the column to a table whose purpose needs it (a payroll or
contribution table keyed by the same surrogate id), drop it, or, if the
purpose really does need it, use a purpose (or a project ruleset that
``extends: default``) that allows the category:

```sql passes
CREATE TABLE klaim (id BIGINT PRIMARY KEY, nik_hmac CHAR(64));
COMMENT ON TABLE klaim IS 'schemalint: purpose=claims retention=P10Y';
CREATE TABLE iuran (id BIGINT PRIMARY KEY, nik_hmac CHAR(64), gaji NUMERIC(12, 2));
COMMENT ON TABLE iuran IS 'schemalint: purpose=membership retention=P10Y';
```

A justified exception is a suppression with a reason:
``schemalint: ignore[MIN002] -- contribution is computed from salary
(Perpres 64/2020)``.

## Options

- Ruleset: ``purposes`` map each purpose to the categories (or groups) it
  allows.
"""

CODE = "MIN002"
NAME = "category-outside-purpose"
SEVERITY = "warning"
