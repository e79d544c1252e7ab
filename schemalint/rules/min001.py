"""MIN001 purpose-not-declared: a table holding high-tier personal data declares no purpose.

## What it does

Flags a table that holds at least one column of a high-tier category
(government IDs, health, biometrics, financial data, children's data...
as the ruleset ranks them) when no ``purpose=`` annotation applies to
those columns: none on the table, and none on the columns themselves.
The purpose must be one the ruleset knows (an unknown name is ANN001);
MIN002 then checks every category of the table against it.

The finding is one per table, with the category of the earliest
high-tier column.  It points at the ``CREATE TABLE``, or, when a later
migration added the first high-tier column to an existing table, at that
column; every high-tier column without a purpose is a related location,
so a pre-commit run on any of those migrations reports it.

It suggests a purpose that allows every category of the table (or, when
none does, the one that allows most), and its fix hint is the exact line
to add, in the syntax of the file it points at and in that file: a
``$table->comment('schemalint: purpose=...')`` line in the Laravel
``Schema::create`` (or ``Schema::table``) block, a
``migrations.AlterModelTableComment`` operation in a Django migration,
``op.create_table_comment`` in Alembic, ``comment:`` in Rails, ``///`` in
Prisma, ``remarks`` in Liquibase, ``COMMENT ON TABLE`` or MySQL's ``ALTER
TABLE ... COMMENT =``.  When the same table also misses a retention
(RET001), both hints write the same comment, declaring both.

## Why it matters

Data minimisation starts with a question the schema never asks: what is
this table *for*?  UU PDP (Law 27/2022) art. 16(2)(a)-(b) requires
collection to be limited, specific and lawful, and processing to follow
its purpose; a table of NIKs, salaries and photos with no stated purpose
cannot be checked against either.  The leaked BPJS Kesehatan record
combined membership, payment, family and salary data in one place; had
each table declared what it served, salary and photo would have had no
business in the membership register.

## Example

```sql fires
CREATE TABLE peserta (          -- MIN001: NIK with no declared purpose
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16)
);
```

## How to fix

Declare the purpose with a name from the ruleset (``schemalint rules`` and
the ruleset list them; a project ruleset can add its own):

```sql passes
COMMENT ON TABLE peserta IS 'Peserta JKN. schemalint: purpose=health_insurance retention=P5Y';
```

or ``-- schemalint: purpose=health_insurance`` above ``CREATE TABLE``, or
``[tool.schemalint.tables.peserta] purpose = "health_insurance"``.

## Options

- Ruleset: ``tier`` per category (MIN001 looks at ``high``);
  ``purposes`` lists the names that may be declared.
"""

CODE = "MIN001"
NAME = "purpose-not-declared"
SEVERITY = "warning"
