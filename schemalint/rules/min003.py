"""MIN003 identity-kit: one table combines a government ID with N or more other identity attributes.

## What it does

Flags a table that holds, readable in plaintext, a government identifier
(a category of the ``gov_id`` group: NIK, KK number, NPWP, passport...)
together with at least N other identity attributes of distinct
categories (name, birth date, birth place, mother's maiden name, phone,
address, email, photo, gender... every category the ruleset marks
``identity_attribute``).  N is the ruleset's ``identity_kit_threshold``
(3 in the default ruleset).  Several columns of one category count once;
a second government ID counts as another attribute.

Columns with encryption evidence (an encrypted type, an ``encrypted=``
annotation, ciphertext or keyed-hash naming; see ENC001) do not count:
a copy of the table without the keys yields no identity.  So encrypting
the government ID, or moving the attributes out, clears the finding.

The finding is one per table, with the government ID's category.  It
points at the ``CREATE TABLE``, or at the column whose later migration
completed the kit; every column of the kit is a related location, so a
pre-commit run on any of those migrations reports it.

MIN003 is an error by default, unlike the other minimisation rules: it is
the exact shape of the leaked record, and the usual fix (encrypting the
government ID) is cheap.  A table that must hold the whole identity is
suppressed with a reason; a project can also switch the rule off
(configuration ``ignore = ["MIN003"]``).

## Why it matters

This is the shape of the record leaked from BPJS Kesehatan in 2021: NIK,
name, place and date of birth, address, phone number, email and photo,
for 279 million people, in rows that each describe one person completely.
One read of such a table is enough to impersonate anyone in it: to open a
bank account, register a SIM card, or apply for an online loan in their
name.  UU PDP (Law 27/2022) art. 4(3)(f) counts "personal data combined to
identify a person" as personal data in its own right, art. 16(2)(a)
requires collection limited to what is needed, and art. 35 technical
protection in proportion to the risk.

## Example

```sql fires
CREATE TABLE peserta (          -- MIN003: NIK + name, birth date, address, phone
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16),
  nama VARCHAR(100),
  tanggal_lahir DATE,
  alamat TEXT,
  no_hp VARCHAR(20)
);
```

## How to fix

Encrypt the government ID (and keep a keyed hash for lookups), so a
dump of the table no longer links the attributes to an identity; and
keep only the attributes the purpose needs, moving contact data into a
separate table keyed by a surrogate id:

```sql passes
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik_encrypted BYTEA NOT NULL,
  nik_hmac CHAR(64) NOT NULL UNIQUE,
  nama VARCHAR(100),
  tahun_lahir SMALLINT
);
CREATE TABLE peserta_kontak (
  peserta_id BIGINT PRIMARY KEY REFERENCES peserta (id),
  no_hp VARCHAR(20)
);
```

A register that must hold the whole identity (a civil registry) suppresses
with a reason: ``schemalint: ignore[MIN003] -- civil registry, access
limited to role dukcapil_reader``.

## Options

- Ruleset: ``identity_kit_threshold`` (N, default 3); ``identity_attribute``
  per category; the ``gov_id`` group names the anchors.
"""

CODE = "MIN003"
NAME = "identity-kit"
SEVERITY = "error"
