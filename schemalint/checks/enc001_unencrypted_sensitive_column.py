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
(passwords, PINs, tokens) are the exception: a hash is their proper
storage.  ``BYTEA``/``BLOB`` alone is not encryption.  The finding points
at the statement that introduced the column; a later migration that
encrypts it (or annotates it) clears the finding.

## Why it matters

The 2021 BPJS Kesehatan leak offered 279 million records whose NIK,
NPWP, phone numbers, salaries and card numbers sat in plaintext columns:
whoever could read the table could read every person.  UU PDP (Law
27/2022) art. 35 requires controllers to protect personal data with
technical measures such as encryption, and art. 4 makes health, biometric,
financial and children's data "specific" data that needs more care.

## Example

```sql
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  nik VARCHAR(16) NOT NULL          -- ENC001: NIK in plaintext
);
```

## How to fix

Encrypt the value (pgcrypto ``pgp_sym_encrypt``, pgsodium transparent
column encryption, or application-level AES-GCM with the key outside the
database) and say so, so reviewers and this linter can see it:

```sql
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

from __future__ import annotations

CODE = "ENC001"
NAME = "unencrypted-sensitive-column"
SEVERITY = "error"

#: groups whose values are looked up by equality: a keyed hash serves the lookup
LOOKUP_GROUPS = ("gov_id",)
LOOKUP_CATEGORIES = ("family.member_id", "financial.card", "financial.bank_account", "contact.email",
                     "contact.phone", "health.medical_record_number")


def _advice(cat) -> str:
    group = getattr(cat, "group", None) or cat.id.split(".", 1)[0]
    if group == "credential":
        if cat.id == "credential.token":
            return ("store only a hash of the token (SHA-256 of a random token), or encrypt it if it must be "
                    "read back, and mark it 'schemalint: encrypted=<method>'")
        return ("store only a salted password hash (argon2id, scrypt or bcrypt) in a column named *_hash, "
                "never the value itself")
    base = ("encrypt it (e.g. pgcrypto, pgsodium or application-level AES-GCM with the key outside the "
            "database) and mark it 'schemalint: encrypted=<method>'")
    if group in LOOKUP_GROUPS or cat.id in LOOKUP_CATEGORIES:
        return base + ", with a keyed hash (HMAC) column for lookups"
    return base


def check(ctx):
    for table, column, cls, cat in ctx.personal_columns():
        if not getattr(cat, "requires_encryption", False):
            continue
        prot = ctx.protection(table, column)
        if prot.protected:
            continue
        ctype = str(column.type) if column.type else "untyped"
        if prot.status == "unkeyed-hash":
            state = f"as what looks like an unkeyed hash ({ctype})"
            fix = ("an unkeyed hash of a low-entropy identifier is reversed by enumerating the values; use an "
                   "HMAC with a secret key and mark it 'schemalint: encrypted=hmac-sha256'")
        else:
            binary = column.type is not None and column.type.family == "binary"
            state = f"in plaintext {ctype}" + (" (binary storage alone is not encryption)" if binary else "")
            fix = _advice(cat)
        label = ctx.label(cat)
        message = f"{table.ref}.{column.name} holds {label} {state}; {fix}"
        why = (f"{ctx.explain(table, column, cat)}; the ruleset requires encryption for {cat.id}; "
               f"protection: {prot.evidence}")
        yield ctx.finding(
            CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
            fix=f"{fix}; or suppress: '-- schemalint: ignore[ENC001] -- <reason>'",
        )
