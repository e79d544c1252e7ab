"""ENC001 unencrypted-sensitive-column: a column of a category that requires encryption is stored as plaintext.

## What it does

Flags every column whose category (from the classifier or a
``category=`` annotation) the ruleset marks ``requires: encryption``, when
nothing shows the value is encrypted at rest.  Evidence that counts, from
any migration of the history and from the ORM:

- an encrypted ORM type or field (sqlalchemy-utils ``StringEncryptedType``,
  django-fernet-fields / encrypted-model-fields ``EncryptedCharField``...,
  django-pgcrypto-fields ``TextPGPSymmetricKeyField``..., Laravel
  ``encrypted`` casts, Rails ``encrypts``, prisma-field-encryption), a
  pgsodium ``SECURITY LABEL ... ENCRYPT WITH KEY``, or a type the project
  declares encrypted (config ``encrypted-types``);
- an ``encrypted=<method>`` annotation on the column or its table;
- ciphertext naming (``nik_encrypted``, ``nik_enc``, ``nik_ciphertext``,
  ``encrypted_nik``);
- keyed-hash naming (``nik_hmac``, ``nik_bidx``), or a hash column marked
  ``encrypted=hmac-sha256``.

A plain ``*_hash`` / ``*_digest`` column is reported: an unkeyed hash of a
16-digit NIK is reversed by enumerating the numbers.  Credentials
(passwords, PINs, tokens: the ruleset's ``credential`` group) are not
ENC001's but CRED001's: a hash, not encryption, is their proper storage,
and the decision belongs to whoever owns authentication.
``BYTEA``/``BLOB`` alone is not encryption.  The finding points at the
statement that introduced the column; a later migration that encrypts it
(or annotates it) clears the finding.  When the column is a key declared
in the file that created it (``nik CHAR(16) PRIMARY KEY``, a ``UNIQUE``
constraint in the same dump), the finding says so and lists the keys as
related locations: encrypting the value, with a keyed hash for lookups,
is one decision (ENC002 reports keys added later).

## Why it matters

The 2021 BPJS Kesehatan leak offered 279 million records whose NIK,
NPWP, phone numbers, salaries and card numbers sat in plaintext columns:
whoever could read the table could read every person.  UU PDP (Law
27/2022) art. 35 requires controllers to protect personal data with
technical measures such as encryption, and art. 4 makes health, biometric,
financial and children's data "specific" data that needs more care.

## Example

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16) NOT NULL          -- ENC001: NIK in plaintext
);
```

## How to fix

Encrypt the value (pgcrypto ``pgp_sym_encrypt``, pgsodium transparent
column encryption, or application-level AES-GCM with the key outside the
database) and say so, so reviewers and this linter can see it:

```sql passes
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik_encrypted BYTEA NOT NULL,     -- ciphertext
  nik_hmac CHAR(64) NOT NULL        -- keyed hash for lookups
);
COMMENT ON COLUMN peserta.nik_encrypted IS 'schemalint: encrypted=app-aes-gcm';
```

If the column truly must stay readable, suppress with a reason:
``-- schemalint: ignore[ENC001] -- masked copy, see ADR-7``.

## Options

- Ruleset: ``requires: {encryption: true}`` per category decides which
  categories need encryption; ``encryption:`` conventions list ciphertext and
  keyed-hash naming and encrypted type names.
- Config: ``encrypted-types = ["MyEncryptedString"]`` declares project types
  that encrypt.
"""

CODE = "ENC001"
NAME = "unencrypted-sensitive-column"
SEVERITY = "error"
