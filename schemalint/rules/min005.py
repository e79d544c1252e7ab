"""MIN005 catch-all-column: a free-form JSON or TEXT column with a catch-all name in a table that holds personal data.

## What it does

Flags a column that

- is free-form: a JSON-like type (``JSON``, ``JSONB``, ``HSTORE``, ``XML``,
  ``VARIANT``...) or unbounded text (``TEXT``, ``LONGTEXT``, ``CLOB``, or a
  ``VARCHAR`` of 255 characters or more);
- has a catch-all name: the ruleset's ``catch_all_names`` (``data``,
  ``extra``, ``payload``, ``meta``, ``catatan``, ``keterangan``, ``info``,
  ``lainnya``...), either the whole name as a phrase or every word of it
  (``extra_info``, ``raw_payload``); and
- sits in a table where at least one *other* column holds personal data.

A column whose content is declared with a ``category=`` annotation
(including ``category=none``) is not reported: somebody has said what goes
in it.  The finding points at the column's definition.

## Why it matters

Whatever the schema does not name ends up in the catch-all: the NIK
"for now", a scan of the KTP as base64, the diagnosis in a free-text note.
Nothing checks it: it is not classified, not encrypted, not covered by a
retention and not visible in reviews.  UU PDP (Law 27/2022) art. 16(2)(a)
requires collection that is limited and specific; a column designed to
hold anything is the opposite.

## Example

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik_hmac CHAR(64),
  data JSONB                     -- MIN005
);
```

## How to fix

Replace the catch-all with typed, named columns for what it really holds,
so each is classified, encrypted and retained like any other column; or
declare what it holds:

```sql passes
COMMENT ON COLUMN peserta.data IS 'UI preferences only. schemalint: category=none';
```

## Options

- Ruleset: ``catch_all_names`` (``settings``).
"""

CODE = "MIN005"
NAME = "catch-all-column"
SEVERITY = "warning"
