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

```sql
CREATE TABLE peserta (id BIGINT PRIMARY KEY, nik CHAR(16), nama VARCHAR(100), tanggal_lahir DATE);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  nik CHAR(16),                 -- MIN004: a copy of peserta.nik
  jumlah NUMERIC(12, 2)
);
```

## How to fix

Reference the row that holds the identifier:

```sql
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

from __future__ import annotations

CODE = "MIN004"
NAME = "duplicated-identifier"
SEVERITY = "warning"

#: category groups whose categories are identifiers that must live in one place
IDENTIFIER_GROUPS = ("gov_id",)


def _group(cat) -> str:
    return getattr(cat, "group", None) or cat.id.split(".", 1)[0]


#: how many other holders a finding names (the rest are counted): a
#: schema with thousands of copies must not make every finding list them
#: all (work and output quadratic in the number of holders)
SHOWN = 4


def check(ctx):
    holders = {}  # category id -> {table key: [columns]}
    describes = {}  # table key -> True when it holds identity attributes
    tables = {}
    cats = {}
    for table, column, cls, cat in ctx.personal_columns():
        tables[table.key] = table
        if getattr(cat, "identity_attribute", False) and _group(cat) not in IDENTIFIER_GROUPS:
            describes[table.key] = True
        if _group(cat) not in IDENTIFIER_GROUPS or column.references is not None:
            continue
        cats[cat.id] = cat
        holders.setdefault(cat.id, {}).setdefault(table.key, []).append(column)
    for cid, by_table in holders.items():
        if len(by_table) < 2:
            continue
        cat = cats[cid]
        ordered = sorted(by_table, key=lambda k: ctx.order(tables[k].location))
        homes = [k for k in ordered if describes.get(k)]
        if not homes:
            homes = ordered[:1]
        home_set = set(homes)
        copies = [k for k in ordered if k not in home_set]
        total = sum(len(cols) for cols in by_table.values())
        # the first holders in replay order, enough to name SHOWN of them
        # beside any one table: a finding reads from this prefix only
        head = [(k, c) for k in ordered[:SHOWN + 1] for c in by_table[k]]
        label = ctx.label(cat)
        home_t, home_c = tables[homes[0]], by_table[homes[0]][0]
        for k in copies:
            table = tables[k]
            cols = sorted(by_table[k], key=lambda c: ctx.order(c.location))
            column = cols[0]
            others = [(tables[h], c) for h, c in head if h != k][:SHOWN]
            if not any(t is home_t and c is home_c for t, c in others):  # the home is always named
                others = [(home_t, home_c)] + others[:SHOWN - 1]
            more = total - len(by_table[k]) - len(others)
            shown = ", ".join(f"{t.ref}.{c.name}" for t, c in others) + (f" and {more} more" if more else "")
            message = (f"{table.ref}.{column.name} stores {label} again, already held by {shown}; "
                       f"reference the {home_t.ref} row (e.g. {home_t.ref}_id REFERENCES {home_t.ref}) "
                       f"instead of copying the identifier")
            why = (f"{ctx.explain(table, column, cat)}; {cid} is also stored, not as a foreign key, in "
                   f"{shown}; {home_t.ref} describes the person (identity attributes beside "
                   f"{home_c.name})" if describes.get(homes[0]) else
                   f"{ctx.explain(table, column, cat)}; {cid} is also stored, not as a foreign key, in "
                   f"{shown}; {home_t.ref} is the earliest table holding it")
            fix = (f"replace {table.ref}.{column.name} with a foreign key to {home_t.ref}'s surrogate id "
                   f"and read the identifier from there; if the copy is a deliberate snapshot, suppress "
                   f"with the reason: 'schemalint: ignore[MIN004] -- <why a copy is needed>'")
            related = tuple(dict.fromkeys([c.location for c in cols[1:]] + [c.location for _, c in others]))
            yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cid,
                              why=why, fix=fix, related=related)
