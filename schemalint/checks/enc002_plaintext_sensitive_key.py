"""ENC002 plaintext-sensitive-key: a sensitive value is a primary key, foreign key, unique key or index.

## What it does

Flags a column whose category the ruleset marks ``requires: encryption``
(NIK, NPWP, BPJS card number, phone, email... in the default ruleset) when
it is, in plaintext, a primary key, a unique key or constraint, an index
(``CREATE INDEX``, MySQL ``KEY``/``INDEX``), or a foreign key, and a column
that references such a column from another table (``peserta_ref
REFERENCES peserta (nik)``: it holds the same NIK under another name).
Keys declared by any migration count: ``ALTER TABLE ... ADD CONSTRAINT``
and ``CREATE INDEX`` after the table was created too.  The finding points
at the statement that made the value a key; the other keys on the column
are listed as related locations.

A column with encryption evidence (see ENC001: encrypted type, an
``encrypted=`` annotation, ciphertext or keyed-hash naming such as
``nik_hmac``) is not reported: a unique index on a keyed hash is the
recommended way to look people up.

## Why it matters

A key does not stay in one column.  Every index on it is a second copy of
the value, sorted for fast lookup; a primary key is copied into every
table that references it, into logs, URLs, caches, exports and backups;
a foreign key on a NIK puts the NIK in every child row.  Encrypting the
column later is then impossible without rewriting every referencing
table.  The leaked BPJS Kesehatan data (2021, 279 million records) was
keyed by NIK and card number (noka), which is why one dump could be joined
with every other dataset keyed the same way.  UU PDP (Law 27/2022) art.
16(2)(e) requires processing that protects personal data from
unauthorised access and disclosure, and art. 35 requires technical
measures to do so; an identifier spread through keys cannot be protected
in one place.

## Example

```sql
CREATE TABLE peserta (
  nik CHAR(16) PRIMARY KEY,         -- ENC002: NIK as primary key
  nama VARCHAR(100)
);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  nik CHAR(16) REFERENCES peserta (nik)   -- ENC002: NIK copied as foreign key
);
```

## How to fix

Key tables on a surrogate (``BIGINT GENERATED ALWAYS AS IDENTITY`` or a
random ``UUID``), reference that, and keep the identifier once, encrypted,
with a keyed hash for lookups:

```sql
CREATE TABLE peserta (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nik_encrypted BYTEA NOT NULL,
  nik_hmac CHAR(64) NOT NULL UNIQUE          -- HMAC-SHA256 with a secret key
);
CREATE TABLE klaim (
  id BIGINT PRIMARY KEY,
  peserta_id BIGINT NOT NULL REFERENCES peserta (id)
);
```

If the key must stay, suppress with a reason:
``-- schemalint: ignore[ENC002] -- legacy key, migration planned in ADR-31``.

## Options

- Ruleset: categories with ``requires: {encryption: true}`` are the
  sensitive ones; ``encryption:`` conventions decide what counts as
  encrypted or keyed-hash storage.
- Config: ``encrypted-types`` declares project types that encrypt.
"""

from __future__ import annotations

CODE = "ENC002"
NAME = "plaintext-sensitive-key"
SEVERITY = "error"

_KIND_TEXT = {
    "primary": "in the PRIMARY KEY",
    "unique": "in a UNIQUE key",
    "index": "indexed",
    "foreign": "a FOREIGN KEY",
}


def _keys(column):
    """(kind, location) of every key on the column, declared or implied."""
    keys = list(column.keys)
    kinds = {k for k, _ in keys}
    for flag, kind in ((column.primary_key, "primary"), (column.unique, "unique"),
                       (column.indexed, "index"), (column.references is not None, "foreign")):
        if flag and kind not in kinds:
            keys.append((kind, column.location))
    return keys


def _sensitive(ctx, table, column):
    cat = ctx.category(table, column)
    if cat is None or not getattr(cat, "requires_encryption", False):
        return None
    if ctx.protection(table, column).protected:
        return None
    return cat


def _referenced(ctx, column):
    """The column a foreign key points at, with its table, or (None, None)."""
    ref = column.references
    if ref is None:
        return None, None
    target = ctx.find_table(ref.table)
    if target is None:
        return None, None
    if ref.columns:
        col = target.columns.get(ref.columns[0].lower())
    else:  # REFERENCES t: the primary key of t
        pks = [c for c in target.columns.values() if c.primary_key]
        col = pks[0] if len(pks) == 1 else None
    return target, col


def check(ctx):
    for table in ctx.schema.tables.values():
        for column in table.columns.values():
            keys = _keys(column)
            if not keys:
                continue
            cat = _sensitive(ctx, table, column)
            via = None
            if cat is None and column.references is not None:
                # a column that holds another table's sensitive value under another name
                rtable, rcol = _referenced(ctx, column)
                if rcol is not None:
                    cat = _sensitive(ctx, rtable, rcol)
                    if cat is not None:
                        via = (rtable, rcol)
                        keys = [(k, loc) for k, loc in keys if k == "foreign"] or keys
            if cat is None:
                continue
            keys.sort(key=lambda kl: ctx.order(kl[1]))
            kind, where = keys[0]
            kinds = []
            for k, _ in keys:
                if _KIND_TEXT.get(k, k) not in kinds:
                    kinds.append(_KIND_TEXT.get(k, k))
            label = ctx.label(cat)
            ctype = str(column.type) if column.type else "untyped"
            what = " and ".join(kinds)
            if via is not None:
                rtable, rcol = via
                message = (f"{table.ref}.{column.name} references {rtable.ref}.{rcol.name} and so holds "
                           f"{label} in plaintext {ctype}, copied into every row of {table.ref}; reference a "
                           f"surrogate id of {rtable.ref} instead")
                why = (f"{table.ref}.{column.name} is {what} to {rtable.ref}.{rcol.name}, "
                       f"{ctx.explain(rtable, rcol, cat)}; the ruleset requires encryption for {cat.id}; "
                       f"protection of {rtable.ref}.{rcol.name}: {ctx.protection(rtable, rcol).evidence}")
            else:
                if any(k in ("primary", "foreign") for k, _ in keys):
                    todo = (f"key the table on a surrogate id (identity or UUID) and look the value up through "
                            f"a keyed-hash column (e.g. {column.name}_hmac) instead")
                else:
                    todo = (f"put the unique key or index on a keyed-hash column (e.g. {column.name}_hmac) "
                            f"instead")
                message = (f"{table.ref}.{column.name} holds {label} in plaintext {ctype} and is {what}, so "
                           f"every index and referencing table copies it; {todo}")
                why = (f"{ctx.explain(table, column, cat)}; the ruleset requires encryption for {cat.id}; "
                       f"{what} declared at {', '.join(str(loc) for _, loc in keys)}; "
                       f"protection: {ctx.protection(table, column).evidence}")
            related = tuple(dict.fromkeys(
                [loc for _, loc in keys[1:] if loc != where]
                + ([column.location] if column.location != where else [])
                + ([via[1].location] if via is not None else [])))
            yield ctx.finding(
                CODE, where, message, table=table, column=column, category=cat.id, why=why,
                fix=("use a surrogate key (BIGINT identity or UUID) for primary and foreign keys; index a "
                     "keyed hash (HMAC-SHA256 with a secret key, named *_hmac or marked "
                     "'schemalint: encrypted=hmac-sha256') for lookups; or suppress: "
                     "'-- schemalint: ignore[ENC002] -- <reason>'"),
                related=related,
            )
