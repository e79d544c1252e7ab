"""ACC001 personal-data-granted-to-public: high-risk personal data is readable by PUBLIC or an anonymous role.

## What it does

Flags a table, or a view, whose high-risk columns (government IDs,
health, biometric, financial, family and credential data, in plaintext)
anyone can read: a role that counts as anonymous holds ``SELECT`` on them,
and nothing limits the rows it reads.  A role is anonymous when it is
``PUBLIC`` (every role), one of the configured anonymous roles (default
``anon``, ``authenticated``, ``web_anon``, ``public``: the roles
Supabase and PostgREST serve unauthenticated and self-registered users
with), a role annotated ``audience=public`` or ``audience=authenticated``,
or MySQL's anonymous account (``''@host``).  A MySQL account that may
connect from any host (``'x'@'%'``) counts when its grant covers a whole
database (``ON db.*``, ``ON *.*``).

Every way a grant reaches a column is followed, in the order the
migrations run: a grant on the table or the column, ``GRANT ALL``,
``ON ALL TABLES IN SCHEMA`` (the tables that exist when it runs),
``ALTER DEFAULT PRIVILEGES`` (the tables created after it), a MySQL
database grant (its tables now and later), a role the anonymous role is a
member of (``GRANT reader TO anon``), and revokes.  Raw SQL inside ORM
migrations (``op.execute``, ``RunSQL``, ``DB::statement``, Rails
``execute``, Liquibase ``<sql>``) counts like a ``.sql`` file.

Row-level security (PostgreSQL) decides the rows: a table with RLS
enabled is reported only when a policy for that role lets every row
through (``USING (true)``).  Views are judged by their lineage: a view
that copies a high-risk column unchanged and is granted to an anonymous
role is reported, since it reads its base table with its owner's rights
(unless it is ``security_invoker``).  In a Supabase project (a
``supabase/`` directory, or grants to ``anon``), ``anon`` and
``authenticated`` can read every table and view of the exposed schema
unless a migration revokes it: a view is reported on that alone, a table
when its RLS lets every row through (a table without RLS there is
ACC002's).  Columns with encryption evidence (ENC001's) are not counted.

The finding points at the statement that first made the data readable
(the grant, the membership, the policy, or the column added later); the
other statements on the way are related locations.

## Why it matters

A migration that creates a table of NIKs and ends with ``GRANT SELECT ON
peserta TO PUBLIC`` undoes encryption, retention and minimisation at
once: every account of the database, and through a REST layer every
visitor, reads every record.  That is how 2021's BPJS Kesehatan record
could be copied whole.  UU PDP (Law 27/2022) art. 35-39 require
controllers to prevent unauthorised access to personal data, and art. 4
makes health, biometric, financial and children's data specific data.

## Example

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik CHAR(16) NOT NULL,
  diagnosa TEXT
);
GRANT SELECT ON peserta TO PUBLIC;            -- ACC001
```

```sql fires
-- MySQL / MariaDB
CREATE TABLE `peserta` (`id` INT PRIMARY KEY, `nik` CHAR(16), `diagnosa` TEXT);
GRANT SELECT ON bpjs.* TO 'laporan'@'%';      -- ACC001: any host, whole database
```

## How to fix

Revoke the grant and give the roles that need it a view that masks the
high-risk columns, or (PostgreSQL) enable row-level security with
policies that restrict the rows each role reads:

```sql passes
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik CHAR(16) NOT NULL,
  diagnosa TEXT
);
GRANT SELECT ON peserta TO PUBLIC;
REVOKE SELECT ON peserta FROM PUBLIC;
CREATE VIEW peserta_ringkas AS SELECT id, left(nik, 6) || '**********' AS nik_wilayah FROM peserta;
COMMENT ON COLUMN peserta_ringkas.nik_wilayah IS 'schemalint: masked=truncate';
GRANT SELECT ON peserta_ringkas TO anon;
```

If anyone may truly read it, suppress with a reason:
``-- schemalint: ignore[ACC001] -- open data published under ...``.

## Options

- Config ``[tool.schemalint.access] anonymous-roles = [...]`` adds
  anonymous roles to the defaults (it cannot remove them).
- Annotation ``COMMENT ON ROLE r IS 'schemalint: audience=public'`` marks
  a role anonymous.
- The high-risk groups are ``gov_id``, ``health``, ``biometric``,
  ``financial``, ``family`` and ``credential`` of the ruleset.
"""

CODE = "ACC001"
NAME = "personal-data-granted-to-public"
SEVERITY = "error"
