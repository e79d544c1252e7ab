"""MIN006 coarser-would-do: an exact value where the ruleset names a coarser alternative.

## What it does

Flags a personal-data column whose category has a ``coarser``
alternative in the ruleset: a full birth date (birth year or an age band
would do), a street address (the district or city), exact coordinates (an
area), an exact age (an age band), a town of birth (the province).  This
is a hint: the exact value may be needed, and only the purpose can say.
A column whose name already names the coarse alternative (``kecamatan``,
``kode_kecamatan`` for an address category whose alternative is "the
district or city (kecamatan/kabupaten)") is not reported.  The finding
points at the column's definition.

## Why it matters

The 2021 BPJS Kesehatan records held the exact place and date of birth of
279 million people; together with a name that is enough to pass most
identity checks.  Most purposes need less: eligibility by age needs the
year, statistics need a band, delivery needs the address only until the
parcel arrives.  UU PDP (Law 27/2022) art. 16(2)(a) limits collection to
what the purpose needs; a coarse value that is never collected exactly
cannot leak exactly.

## Example

```sql
CREATE TABLE responden (
  id BIGINT PRIMARY KEY,
  tanggal_lahir DATE             -- MIN006: would tahun_lahir do?
);
```

## How to fix

Store the coarse value (``tahun_lahir SMALLINT``, ``kecamatan``), or keep
the exact one and say why:
``-- schemalint: ignore[MIN006] -- newborn eligibility is computed in days``.

## Options

- Ruleset: ``coarser`` per category (the text shown in the hint).
- ``--fail-on hint`` makes hints fail the run; by default they do not.
"""

CODE = "MIN006"
NAME = "coarser-would-do"
SEVERITY = "hint"
