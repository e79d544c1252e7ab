"""ANN001 invalid-annotation: a schemalint annotation that does not parse, names an unknown key or value, or applies to nothing.

## What it does

Checks every ``schemalint:`` annotation (database comments, source
comments, the sidecar manifest): unknown keys, malformed items, empty
values (``encrypted=""`` is no evidence of encryption), a ``category=``
that is not a ruleset category, a ``purpose=`` the ruleset does not know,
and source-comment annotations that do not sit on or above a column or
table definition.  Invalid ``retention`` values are RET003.

## Why it matters

An annotation that is silently ignored is worse than none: the author
believes the column is declared encrypted or kept for five years, and
nothing checks it.

## Example

```sql fires
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik_enc BYTEA);
COMMENT ON COLUMN peserta.nik_enc IS 'schemalint: encrypt=aes';   -- ANN001: 'encrypt' is not a key
```

## How to fix

Use the documented keys: ``retention``, ``purpose``, ``encrypted``,
``category``, ``ignore`` with ``reason`` (see docs/annotations.md).

```sql passes
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik_enc BYTEA);
COMMENT ON COLUMN peserta.nik_enc IS 'schemalint: encrypted=app-aes-gcm';
```

## Options

Purposes and categories come from the ruleset.
"""

CODE = "ANN001"
NAME = "invalid-annotation"
SEVERITY = "warning"
