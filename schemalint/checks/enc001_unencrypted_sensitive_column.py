"""ENC001 unencrypted-sensitive-column: a column of a category that requires encryption is stored as plaintext.

## What it does

Flags every column whose category (from the classifier or a
``category=`` annotation) the ruleset marks ``requires: encryption``, when
nothing shows the value is encrypted at rest: no encrypted ORM type or
field, no ``encrypted=<method>`` annotation on the column or its table, no
ciphertext naming (``nik_encrypted``, ``encrypted_nik``), and no keyed-hash
naming (``nik_hmac``, ``nik_bidx``).  A plain ``*_hash`` column is reported
too: an unkeyed hash of a 16-digit NIK is reversed by enumerating the
numbers.  The finding points at the statement that introduced the column.

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

_HINT = ("encrypt it (e.g. pgcrypto, pgsodium or application-level AES-GCM) and mark it "
         "'schemalint: encrypted=<method>', or store only a keyed hash (HMAC) for lookups")


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
            fix = ("an unkeyed hash of a low-entropy identifier is reversible by enumeration; use an HMAC "
                   "with a secret key and mark it 'schemalint: encrypted=hmac-sha256'")
        else:
            state = f"in plaintext {ctype}"
            fix = _HINT
        label = getattr(cat, "label", cat.id)
        message = f"{table.ref}.{column.name} holds {label} {state}; {fix}"
        evidence = "; ".join(getattr(cls, "evidence", ()) or ())
        why = (f"classified as {cat.id} (confidence {getattr(cls, 'confidence', 1.0):.2f}: {evidence}); "
               f"the ruleset requires encryption for {cat.id}; protection: {prot.evidence}")
        yield ctx.finding(
            CODE, column.location, message, table=table, column=column, category=cat.id, why=why,
            fix=f"{fix}; or suppress: '-- schemalint: ignore[ENC001] -- <reason>'",
        )
