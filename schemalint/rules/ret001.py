"""RET001 missing-retention: personal data with no retention declared on the column or its table.

## What it does

Flags every column of a personal-data category that the ruleset marks
``requires: retention`` when neither the column nor its table carries a
``retention=`` annotation (from any source: ``COMMENT ON``, MySQL
``COMMENT``, an ORM comment, a ``-- schemalint:`` source comment, or the
sidecar manifest).  A table-level retention applies to every column of the
table.  Annotations are replayed: a later migration that adds the
retention clears the finding, one that removes it brings it back.  A
retention that is present but does not parse is RET003, not RET001.

The finding points at the column's definition.

## Why it matters

Data kept "until someone deletes it" is kept forever, and every year it
is kept is another year it can leak: the BPJS Kesehatan records offered
for sale in 2021 included people who had died years earlier.  UU PDP (Law
27/2022) art. 16(2)(g) says personal data is destroyed or deleted once its
retention period ends; art. 42 requires the controller to stop processing
when the retention period is reached and art. 44 to destroy the data when
it has expired.  A period nobody wrote down cannot be enforced; declared
next to the schema, it can be reviewed, audited and implemented by a
deletion job.

## Example

```sql
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nama VARCHAR(100),       -- RET001: no retention on the column or the table
  no_hp VARCHAR(20)        -- RET001
);
```

## How to fix

Declare the retention, once for the table or per column (a column's own
value wins), as an ISO 8601 duration (``P5Y``, ``P18M``, ``P90D``), a
shorthand (``5y``, ``90d``), or ``indefinite``, optionally relative to an
event:

```sql
COMMENT ON TABLE peserta IS 'Peserta JKN. schemalint: retention=P5Y after membership_ended';
COMMENT ON COLUMN peserta.no_hp IS 'schemalint: retention=P1Y after membership_ended';
```

or ``-- schemalint: retention=P5Y`` on the line above ``CREATE TABLE``, or
the manifest (``[tool.schemalint.tables.peserta] retention = "P5Y"``).
Then make sure a deletion job implements it.

## Options

- Ruleset: ``requires: {retention: true}`` per category decides which
  categories need a declared retention; ``max_retention`` bounds it (RET002).
"""

CODE = "RET001"
NAME = "missing-retention"
SEVERITY = "warning"
