"""RET003 invalid-retention: a retention value that does not parse.

## What it does

Checks the ``retention=`` value of every annotation on a table or
column, from every source (database comments, source comments, the
sidecar manifest), whether or not the column holds personal data, and
reports values that are not an ISO 8601 duration (``P5Y``, ``P18M``,
``P90D``, ``P1Y6M``, ``P2W``), a shorthand (``5y``, ``18mo``, ``90d``,
``2w``, ``5 tahun``, ``6 bulan``), or ``indefinite``, optionally followed by
``after <event>``.  A zero period (``P0D``) is reported too.  Time
components (``PT12H``) are not accepted: retention is counted in days.

The finding points at the annotation.

## Why it matters

A retention nobody can parse is a retention nobody enforces: the deletion
job skips it, RET001 would otherwise stay silent because a value is
present, and RET002 cannot compare it with the maximum.  UU PDP (Law
27/2022) art. 16(2)(g) and art. 44 require data to be destroyed when its
retention period ends; the period must be unambiguous for that to happen.

## Example

```sql fires
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nama VARCHAR(100), no_hp VARCHAR(15));
COMMENT ON TABLE peserta IS 'schemalint: retention="five years"';   -- RET003
COMMENT ON COLUMN peserta.no_hp IS 'schemalint: retention=P5';      -- RET003: P5 of what?
```

## How to fix

```sql passes
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nama VARCHAR(100), no_hp VARCHAR(15));
COMMENT ON TABLE peserta IS 'schemalint: retention=P5Y after membership_ended';
```

## Options

None.
"""

CODE = "RET003"
NAME = "invalid-retention"
SEVERITY = "warning"
