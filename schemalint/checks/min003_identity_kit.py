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

```sql
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

```sql
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

from __future__ import annotations

CODE = "MIN003"
NAME = "identity-kit"
SEVERITY = "error"

#: category groups whose categories anchor a kit
ANCHOR_GROUPS = ("gov_id",)
#: the anchor named in the message when a table holds several government IDs
PREFERRED_ANCHOR = "gov_id.nik"


def _is_anchor(cat) -> bool:
    group = getattr(cat, "group", None) or cat.id.split(".", 1)[0]
    return group in ANCHOR_GROUPS


def check(ctx):
    threshold = int(getattr(ctx.ruleset, "identity_kit_threshold", 3) or 3)
    tables = {}
    for table, column, cls, cat in ctx.personal_columns():
        anchor = _is_anchor(cat)
        if not anchor and not getattr(cat, "identity_attribute", False):
            continue
        if ctx.protection(table, column).protected:
            continue
        tables.setdefault(table.key, (table, []))[1].append((column, cat, anchor))
    for table, cols in tables.values():
        if not any(anchor for _, _, anchor in cols):
            continue
        categories = {cat.id for _, cat, _ in cols}
        if len(categories) - 1 < threshold:
            continue
        cols.sort(key=lambda x: ctx.order(x[0].location))
        # the column that completed the kit: walk in replay order until an
        # anchor and `threshold` other categories are present
        seen, anchor_cat, done_at = [], None, None
        for column, cat, anchor in cols:
            if anchor and anchor_cat is None:
                anchor_cat = cat.id
            if cat.id not in seen:
                seen.append(cat.id)
            if anchor_cat is not None and len(seen) - 1 >= threshold:
                done_at = column
                break
        order = [c for c, _, _ in cols]
        kit = order[: order.index(done_at) + 1] if done_at is not None else order
        where, _ = ctx.introduced_at(table, kit)
        related = tuple(dict.fromkeys(
            [c.location for c in order if c.location != where]
            + ([table.location] if where != table.location else [])))
        anchors = [(c, cat) for c, cat, a in cols if a]
        # the national ID anchors first when present, then the earliest
        anchors.sort(key=lambda cc: (cc[1].id != PREFERRED_ANCHOR,))
        anchor_col, anchor_cat_obj = anchors[0]
        others = []
        for c, cat, _ in cols:
            if c is anchor_col or cat.id == anchor_cat_obj.id:
                continue
            if all(cat.id != o[1].id for o in others):
                others.append((c, cat))
        ids = ", ".join(c.name for c, _ in anchors)
        shown = ", ".join(f"{c.name} ({ctx.label(cat)})" for c, cat in others[:6])
        if len(others) > 6:
            shown += f" and {len(others) - 6} more"
        message = (f"table {table.ref} combines {anchor_col.name}, a {ctx.label(anchor_cat_obj)}, with "
                   f"{len(others)} other identity attributes in plaintext: {shown}; one read of it is a "
                   f"complete identity, the shape of the leaked BPJS record: encrypt {ids} "
                   f"(keyed hash for lookups) or move attributes the purpose does not need to another table")
        why = (f"government ID {anchor_col.name}: {anchor_cat_obj.id}; identity attributes: "
               + ", ".join(f"{c.name}: {cat.id}" for c, cat in others)
               + f"; {len(others)} distinct other categories >= identity_kit_threshold {threshold}; "
                 f"none of these columns has encryption evidence")
        fix = (f"encrypt {ids} ('schemalint: encrypted=<method>', with a keyed hash column for "
               f"lookups), or split contact and birth data into a table keyed by a surrogate id so fewer than "
               f"{threshold} attributes sit beside the ID; or suppress with a reason: "
               f"'schemalint: ignore[MIN003] -- <why this table must hold the whole identity>'")
        yield ctx.finding(CODE, where, message, table=table, category=anchor_cat_obj.id, why=why, fix=fix,
                          related=related)
