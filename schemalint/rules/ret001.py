"""RET001 missing-retention: personal data with no retention declared on the column or its table.

## What it does

Reports personal data that no declared retention covers, one finding per
decision.  A column needs a retention when the ruleset marks its category
``requires: retention``; a ``retention=`` annotation covers it when it is
on the column or on its table (from any source: ``COMMENT ON``, MySQL
``COMMENT``, an ORM comment, a ``-- schemalint:`` source comment, or the
sidecar manifest).  Precisely:

- **one finding per table** when the table declares no retention and none
  of its columns that need one declares its own.  It points at the
  table's creation (``CREATE TABLE``, ``Schema::create``,
  ``create_table``...), lists every such column in its message (the first
  six, then "and N more") and in the finding's ``columns``, has each
  column's definition as a related location (so a pre-commit run on the
  migration that added one of them reports it), and names the single
  table annotation that covers them all: ``retention=`` the shortest of
  their categories' maxima (``max_retention``), so no column is left with
  a period too long for it (RET002); ``P5Y`` when none has a maximum.
- **one finding per column** when the table declares no retention but
  some of its columns declare their own: the table is annotated column by
  column, so each column still without a retention needs its own period.
  It points at the column's definition.

A table whose own retention covers its columns has no RET001 finding; a
column whose category allows less than the table's period is RET002's,
and a value that does not parse RET003's.  Annotations are replayed: a
later migration that adds the retention clears the finding, one that
removes it brings it back.

The fix hint writes the annotation in the syntax of the file the finding
points at, as the exact line to add: ``COMMENT ON TABLE`` (PostgreSQL),
``ALTER TABLE ... COMMENT =`` (MySQL), ``$table->comment('...')``
(Laravel), ``migrations.AlterModelTableComment`` (Django),
``op.create_table_comment`` (Alembic), ``comment:`` (Rails), ``///``
(Prisma), ``remarks`` (Liquibase).  When MIN001 asks for the same table's
purpose, both hints write one comment declaring both.

**Baselines.**  Before this grouping every column was its own RET001.  The
table's finding has a fingerprint of its own (rule, table), and keeps the
per-column fingerprints it replaces as aliases: a baseline written with
the old per-column entries still accepts it when it lists every column
the finding covers (nothing resurrects), and ``schemalint baseline
--update`` replaces those entries by one for the table (reported as
pruned: they are no longer used).  Once the table has its own entry, a
column added later does not make the finding new: the decision (the
table's retention) is the one already accepted (docs/baseline.md).

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

```sql fires
CREATE TABLE peserta (     -- RET001: nama, no_hp: declare the table's retention once
  id BIGINT PRIMARY KEY,
  nama VARCHAR(100),
  no_hp VARCHAR(20)
);
```

## How to fix

Declare the retention, once for the table or per column (a column's own
value wins), as an ISO 8601 duration (``P5Y``, ``P18M``, ``P90D``), a
shorthand (``5y``, ``90d``), or ``indefinite``, optionally relative to an
event:

```sql passes
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
