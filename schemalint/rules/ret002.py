"""RET002 retention-too-long: a declared retention longer than the ruleset's maximum for the column's category.

## What it does

For every personal-data column with a retention (its own, or its
table's), compares the period with the ruleset's ``max_retention`` for
the column's category and reports it when it is longer, or when it is
``indefinite`` (also spelled ``forever`` or ``permanent``) and the
category has a maximum.  Event-relative retentions (``P5Y after
account_closed``) are compared by their period: the event only says when
the clock starts.  Years count as 365 days and months as 30.  Values that
do not parse are RET003.

One finding per decision:

- a table's retention that is too long for **every** column it covers
  (each with a maximum) is one finding at the table's annotation: the
  table's period is wrong; it lists the columns and suggests the shortest
  of their maxima;
- a table's retention that is too long for **some** of its columns only
  is one finding per such column, at the column's definition: that column
  needs a period of its own, shorter than its table's (a photo in a staff
  table);
- a column's own retention that is too long is that column's finding, at
  its annotation.

The fix hint writes the shorter retention in the syntax of the file (see
RET001).  Per-column fingerprints are unchanged; a table's finding keeps
the per-column fingerprints it replaces as aliases, so a baseline of the
earlier per-column findings still accepts it (see RET001).

## Why it matters

A retention period is only a promise if it is short enough to mean
something.  UU PDP (Law 27/2022) art. 16(2)(g) requires personal data to be
destroyed or deleted when its retention period ends and art. 43 requires
deletion once it is no longer needed for the purpose it was collected for;
``indefinite`` for a NIK or a phone number says the data will be kept
after every purpose is over, which is how a 2021 dump of BPJS Kesehatan
ended up holding records of people long gone from the programme.

## Example

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  no_hp VARCHAR(20)
);
COMMENT ON TABLE peserta IS 'schemalint: retention=indefinite';   -- RET002 for no_hp
```

## How to fix

Shorten the period to what the purpose needs (at most the ruleset's
maximum), or give the column its own, shorter retention, which wins over
the table's:

```sql passes
COMMENT ON COLUMN peserta.no_hp IS 'schemalint: retention=P1Y after membership_ended';
```

If a law requires the longer period (tax records, medical records), say
so in a suppression: ``schemalint: ignore[RET002] -- PMK 269/2008: medical
records kept 25 years``, or raise the maximum in a project ruleset that
``extends: default``.

## Options

- Ruleset: ``max_retention`` per category (an ISO 8601 duration).
"""

CODE = "RET002"
NAME = "retention-too-long"
SEVERITY = "warning"
