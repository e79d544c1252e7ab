"""MIN004 duplicated-identifier: the same sensitive identifier stored in several tables instead of referenced from one.

## What it does

Looks at every government identifier category (the ``gov_id`` group of
the ruleset: NIK, KK number, NPWP, BPJS card number, passport...) across
all tables of a schema.  A table *holds* the identifier when one of its
columns has that category and is not a foreign key (a foreign key
references the value; ENC002 judges a plaintext one).  When several
tables hold the same category:

- a table in which the identifier sits beside identity attributes of a
  person (name, birth date, address, phone... the ruleset's
  ``identity_attribute`` categories) *describes* people: it is taken to
  hold its own people's identifiers (``pasien.no_ktp`` and
  ``pegawai.no_ktp``, or a dependants table with each dependant's own NIK)
  and is not reported;
- a table that holds the identifier without describing the person
  (claims, payments, visits, logs) holds a *copy*: it is reported, with
  the home and the first other holders (four at most, the rest counted)
  named and as related locations.  When no holder describes a
  person, the earliest table is taken as the home of the identifier and
  the others as copies.

Copies count whatever their protection: an encrypted copy is still a
copy to protect, correct and delete.  The finding points at the copy's
column definition.

## Why it matters

Every copy of a NIK is another place to encrypt, another place an
erasure request must reach (UU PDP, Law 27/2022, art. 8 and art. 43), and
another table whose dump identifies people.  Copies also make joins on
the identifier natural, which is how the 2021 BPJS Kesehatan dump could be
joined with other leaked datasets keyed by NIK.  UU PDP art. 16(2)(a)
limits collection to what the purpose needs: a claim needs a reference to
the member, not the member's NIK again.

## Example

```sql fires
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik CHAR(16), nama VARCHAR(100), tanggal_lahir DATE);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  nik CHAR(16),                 -- MIN004: a copy of peserta.nik
  jumlah NUMERIC(12, 2)
);
```

## How to fix

Reference the row that holds the identifier:

```sql passes
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  peserta_id BIGINT NOT NULL REFERENCES peserta (id),
  jumlah NUMERIC(12, 2)
);
```

If the copy is a deliberate snapshot (an invoice must show the NPWP as it
was on the day of issue), suppress with the reason:
``schemalint: ignore[MIN004] -- tax invoice snapshot, PMK 03/2022``.

## Options

- Ruleset: the ``gov_id`` group decides which categories are identifiers;
  ``identity_attribute`` decides which columns make a table describe a
  person.
"""

CODE = "MIN004"
NAME = "duplicated-identifier"
SEVERITY = "warning"
