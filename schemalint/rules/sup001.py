"""SUP001 suppression-without-reason: an inline suppression with no reason.

## What it does

Reports ``ignore[...]``/``file-ignore[...]`` suppressions (in source
comments, database comments or the manifest) that give no reason after
``--`` or in ``reason="..."``.  The suppression still applies; the missing
reason is the finding.

## Why it matters

A suppression is a decision that a reviewer, an auditor or the next
maintainer has to be able to check.  "Why is this NIK in plaintext?" must
have an answer in the code, not in somebody's memory.

## Example

The finding points at the suppression: the NIK is accepted in plaintext,
and nobody can tell why.

```sql fires
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  -- schemalint: ignore[ENC001]
  nik VARCHAR(16)
);
```

## How to fix

```sql passes
CREATE TABLE peserta (
  id BIGINT PRIMARY KEY,
  -- schemalint: ignore[ENC001] -- masked copy for the call centre, ADR-12
  nik VARCHAR(16)
);
```

## Options

None.
"""

CODE = "SUP001"
NAME = "suppression-without-reason"
SEVERITY = "warning"
