"""ENC002 plaintext-sensitive-key: a sensitive value is a primary key, foreign key, unique key or index.

## What it does

Flags a column whose category the ruleset marks ``requires: encryption``
(NIK, NPWP, BPJS card number, phone, email... in the default ruleset) when
it is, in plaintext, a primary key, a unique key or constraint, an index
(``CREATE INDEX``, MySQL ``KEY``/``INDEX``), or a foreign key, and a column
that references such a column from another table (``peserta_ref
REFERENCES peserta (nik)``: it holds the same NIK under another name).
Keys declared by any migration count: ``ALTER TABLE ... ADD CONSTRAINT``
and ``CREATE INDEX`` after the table was created too.

One finding per decision: a key declared in the file that created the
plaintext column (``nik CHAR(16) PRIMARY KEY``, ``UNIQUE KEY (nik)`` in
the same ``CREATE TABLE``, the constraints at the end of a dump) is part
of ENC001's finding on that column, which says so: encrypting the value
with a keyed hash for lookups resolves both.  ENC002 reports the keys a
later migration adds (a new decision, new in a ``--diff-base`` run), keys
on a value whose plaintext is accepted (ENC001 suppressed on the column),
columns that copy another table's value through a foreign key, and every
key when ENC001 does not run (``--select ENC002``).  The finding points
at the statement that made the value a key; the other keys on the column
are listed as related locations.

A column with encryption evidence (see ENC001: encrypted type, an
``encrypted=`` annotation, ciphertext or keyed-hash naming such as
``nik_hmac``) is not reported: a unique index on a keyed hash is the
recommended way to look people up.  Credentials (an API key in a unique
index) are CRED001's: a plaintext credential is one finding there, keyed
or not.

## Why it matters

A key does not stay in one column.  Every index on it is a second copy of
the value, sorted for fast lookup; a primary key is copied into every
table that references it, into logs, URLs, caches, exports and backups;
a foreign key on a NIK puts the NIK in every child row.  Encrypting the
column later is then impossible without rewriting every referencing
table.  The leaked BPJS Kesehatan data (2021, 279 million records) was
keyed by NIK and card number (noka), which is why one dump could be joined
with every other dataset keyed the same way.  UU PDP (Law 27/2022) art.
16(2)(e) requires processing that protects personal data from
unauthorised access and disclosure, and art. 35 requires technical
measures to do so; an identifier spread through keys cannot be protected
in one place.

## Example

A NIK keyed from the start is one decision, ENC001's (its finding says
the column is the primary key); the column that copies it into another
table through a foreign key is ENC002's:

```sql fires
CREATE TABLE peserta (
  nik CHAR(16) PRIMARY KEY,         -- ENC001: NIK in plaintext, and the primary key
  nama VARCHAR(100)
);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  pemilik CHAR(16) REFERENCES peserta (nik)   -- ENC002: the NIK copied under another name
);
```

A later migration that indexes a plaintext card number is a new decision:

```sql fires
-- db/migrations/V1__peserta.sql
CREATE TABLE peserta (id BIGINT PRIMARY KEY, noka VARCHAR(13));   -- ENC001
-- db/migrations/V2__index.sql
CREATE INDEX idx_peserta_noka ON peserta (noka);                  -- ENC002
```

## How to fix

Key tables on a surrogate (``BIGINT GENERATED ALWAYS AS IDENTITY`` or a
random ``UUID``), reference that, and keep the identifier once, encrypted,
with a keyed hash for lookups:

```sql passes
CREATE TABLE peserta (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nik_encrypted BYTEA NOT NULL,
  nik_hmac CHAR(64) NOT NULL UNIQUE          -- HMAC-SHA256 with a secret key
);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  peserta_id BIGINT NOT NULL REFERENCES peserta (id)
);
```

If the key must stay, suppress with a reason:
``-- schemalint: ignore[ENC002] -- legacy key, migration planned in ADR-31``.

## Options

- Ruleset: categories with ``requires: {encryption: true}`` are the
  sensitive ones; ``encryption:`` conventions decide what counts as
  encrypted or keyed-hash storage.
- Config: ``encrypted-types`` declares project types that encrypt.
"""

CODE = "ENC002"
NAME = "plaintext-sensitive-key"
SEVERITY = "error"
