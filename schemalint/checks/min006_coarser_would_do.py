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

from __future__ import annotations

import re

CODE = "MIN006"
NAME = "coarser-would-do"
SEVERITY = "hint"


def already_coarse(name: str, coarser: str) -> bool:
    """Does the column's name already name the coarse alternative?  The
    identifiers in parentheses in the ruleset's ``coarser`` text, before
    "instead" (``the district or city (kecamatan/kabupaten) instead of the
    street address``), are looked up in the column's name words:
    ``kode_kecamatan`` is already coarse, ``alamat`` is not."""
    from ..classify.tokens import split_identifier

    wanted = re.split(r"\binstead\b", coarser.lower(), maxsplit=1)[0]
    names = [n for group in re.findall(r"\(([^()]*)\)", wanted) for n in re.split(r"[/,\s]+", group) if n]
    tokens = split_identifier(name)
    for n in names:
        want = split_identifier(n)
        if want and any(tokens[i:i + len(want)] == want for i in range(len(tokens) - len(want) + 1)):
            return True
    return False


def check(ctx):
    categories = getattr(ctx.ruleset, "categories", {}) or {}
    for table, column, cls, cat in ctx.personal_columns():
        coarser = getattr(cat, "coarser", None)
        if not coarser:
            continue
        if already_coarse(column.name, coarser):
            continue
        alt = categories.get(coarser)
        alt_text = f"{ctx.label(alt)} ({coarser})" if alt is not None else coarser
        label = ctx.label(cat)
        if len(label) > 1 and label[1].islower():
            label = label[0].lower() + label[1:]
        message = (f"{table.ref}.{column.name} stores the exact {label}; if the purpose allows, store "
                   f"{alt_text}" + (" instead" if alt is not None else ""))
        why = f"{ctx.explain(table, column, cat)}; the ruleset names a coarser alternative for {cat.id}: {coarser}"
        fix = (f"store {alt_text}, or keep the exact value and suppress with the reason: "
               f"'schemalint: ignore[MIN006] -- <why the exact value is needed>'")
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix)
