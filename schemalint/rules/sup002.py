"""SUP002 unused-suppression: a suppression that suppresses nothing.

## What it does

Reports suppressions that matched no finding in this run: the problem was
fixed, the code was renamed, or the suppression sits in the wrong place.
Suppressions of rules that were not selected in the run are not reported.

## Why it matters

Stale suppressions hide the next real problem at the same place and
teach readers to ignore them.

## Example

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  -- schemalint: ignore[ENC001] -- legacy
  nik_hmac CHAR(64)      -- a keyed hash: ENC001 does not fire here
);
```

## How to fix

Delete the suppression, or move it to the column or statement it was
meant for.

```sql passes
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik_hmac CHAR(64)      -- a keyed hash: nothing to accept
);
```

## Options

None.
"""

CODE = "SUP002"
NAME = "unused-suppression"
SEVERITY = "warning"
