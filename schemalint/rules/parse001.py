"""PARSE001 unparsable-input: input that could not be parsed (the run fails closed).

## What it does

Reports every place schemalint could not read: a SQL statement sqlglot
cannot parse (or parses only as an opaque command where it creates or
alters a table), an unresolved merge-conflict block, a migration with a
syntax error, a file that is binary, too large, or unreadable, a file in
a migrations directory (or named on the command line) that no frontend
recognises, a table or column name that is not a literal
(``op.create_table(name.lower(), ...)``, ``Schema::create($table, ...)``),
table DDL built at run time (a ``DO`` block or a function whose ``EXECUTE`` runs
``'ALTER ' || 'TABLE ...'``, ``PREPARE``/``sp_executesql`` of a string
holding DDL: a warning), and any internal error while reading a file or checking a table (the
message names the file or the table).  The rest of the file and every
other file are still checked.

## Why it matters

A linter that skips what it cannot read passes exactly the migrations it
did not understand.  A table hidden behind a syntax sqlglot does not know
may be the one holding NIKs; failing closed makes the gap visible.

## Example

```sql fires
<<<<<<< HEAD
CREATE TABLE pasien (nik VARCHAR(16));
=======
CREATE TABLE pasien (nik CHAR(16));
>>>>>>> feature
```

## How to fix

Fix the input (resolve the conflict, correct the syntax), or tell
schemalint the dialect (``--dialect mysql`` or ``[tool.schemalint]
dialects = {"db/*.sql" = "mysql"}``).  If sqlglot cannot read valid SQL,
exclude the file with a reason in configuration (``exclude``) and report
the gap upstream.  A name computed at run time cannot be read statically:
write it as a literal, or suppress the finding on its line with the
reason (``# schemalint: ignore[PARSE001] -- the name comes from
settings.PASIEN_TABLE``) after checking by hand what that table holds.

## Options

``dialect`` / ``dialects`` and ``exclude`` in configuration;
``max-file-size`` for large dumps.
"""

CODE = "PARSE001"
NAME = "unparsable-input"
SEVERITY = "error"
