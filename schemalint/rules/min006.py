"""MIN006 coarser-would-do: an exact value where the ruleset names a coarser alternative.

## What it does

Flags exact values where the ruleset's category names a ``coarser``
alternative: a street address (the district or city would do), a full
birth date (the year or an age band), exact coordinates (a village or
district), an exact age (an age band), a town of birth (the province).
This is a hint: the exact value may be needed, and only the purpose can
say.

One finding per table and category (one decision: "must this table hold
the exact address?"), at the first such column, listing them all
(``alamat``, ``rt``, ``rw``...), with the others as related locations.
Columns that already hold a value at least as coarse as the alternative
are not reported, nor counted in:

- place parts at or above the alternative's level, by the words of the
  column's name: for an address whose alternative is the district,
  ``kecamatan``/``district``, ``kota``/``kabupaten``/``city``,
  ``provinsi``/``province``/``state``, ``negara``/``country``, postal
  codes (``kode_pos``, ``zipcode``, ``postal_code``), and codes or names
  of them (``kd_kec``, ``kdkab``, ``nmprop``, ``kecamatanpj``); address
  lines after the second (``line3``, ``line4``: the locality in most
  address schemas).  Finer parts (``rt``, ``rw``, ``dusun``, ``desa``) are
  part of the exact address;
- identifiers the ``coarser`` text names in parentheses (``tahun_lahir``);
- years and bands (``tahun``, ``year``, ``kelompok``, ``band``,
  ``range``), and a birth "date" stored in an integer column.

The place levels are listed in ``schemalint/checks/min006_coarser_would_do.py``.
Earlier versions reported one finding per column; the table's finding
keeps those fingerprints as aliases, so a baseline of them still accepts
it (see RET001).

## Why it matters

The 2021 BPJS Kesehatan records held the exact place and date of birth of
279 million people; together with a name that is enough to pass most
identity checks.  Most purposes need less: eligibility by age needs the
year, statistics need a band, delivery needs the address only until the
parcel arrives.  UU PDP (Law 27/2022) art. 16(2)(a) limits collection to
what the purpose needs; a coarse value that is never collected exactly
cannot leak exactly.

## Example

```sql fires
CREATE TABLE responden (
  id BIGINT PRIMARY KEY,
  tanggal_lahir DATE,            -- MIN006: would tahun_lahir do?
  alamat VARCHAR(200),           -- MIN006: alamat, rt: would the kecamatan do?
  rt CHAR(3),
  kecamatan VARCHAR(50),         -- already coarse: not reported
  kode_pos CHAR(5)               -- already coarse: not reported
);
```

## How to fix

Store the coarse value (``tahun_lahir SMALLINT``, ``kecamatan``):

```sql passes
CREATE TABLE responden (
  id BIGINT PRIMARY KEY,
  tahun_lahir SMALLINT,
  kecamatan VARCHAR(50),
  kode_pos CHAR(5)
);
```

or keep the exact one and say why:
``-- schemalint: ignore[MIN006] -- newborn eligibility is computed in days``.

## Options

- Ruleset: ``coarser`` per category (the text shown in the hint).
- ``--fail-on hint`` makes hints fail the run; by default they do not.
"""

CODE = "MIN006"
NAME = "coarser-would-do"
SEVERITY = "hint"
