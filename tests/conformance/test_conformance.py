"""Cross-frontend conformance: one schema, written by hand in every
supported format the way each framework writes it (``fixtures/<format>/``),
replays to the same tables, columns, type families, nullability, comments
and keys.

The schema: ``members`` (a bigint key, a uuid with a UNIQUE key, text,
date, boolean, decimal, json, binary, enum and datetime columns, some NOT
NULL, some commented) and ``payments`` (a FOREIGN KEY to ``members``).
:data:`EXPECTED` is what every format must replay to.  :data:`CANNOT`
lists, per format, what that format genuinely cannot express, asserted
exactly: a frontend that starts to disagree fails here, and so does a
format entry that is no longer needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Tuple

import pytest

from schemalint.config import Config
from schemalint.pipeline import RunOptions, build
from schemalint.types import FAMILIES

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: table -> its comment, columns (family, nullable, comment), and keys
EXPECTED: Dict[str, dict] = {
    "members": {
        "comment": "Registered members",
        "columns": {
            "id": ("integer", False, None),
            "external_id": ("uuid", False, "Public identifier"),
            "full_name": ("text", False, "Member's full name"),
            "email": ("text", True, None),
            "birth_date": ("date", True, None),
            "is_active": ("boolean", False, None),
            "balance": ("decimal", False, None),
            "profile": ("json", True, None),
            "photo": ("binary", True, None),
            "status": ("enum", False, None),
            "created_at": ("datetime", True, None),
        },
        "primary": ("id",),
        "unique": {("external_id",)},
        "foreign": set(),
    },
    "payments": {
        "comment": "Payments made by members",
        "columns": {
            "id": ("integer", False, None),
            "member_id": ("integer", False, None),
            "amount": ("decimal", False, None),
            "paid_at": ("datetime", False, None),
            "note": ("text", True, "Free-text note"),
        },
        "primary": ("id",),
        "unique": set(),
        "foreign": {(("member_id",), "members", ("id",))},
    },
}

#: fixture -> what its files are read as: (frontend format, number of files, SQL dialect)
READ_AS = {
    "sql-postgres": ("sql", 1, "postgres"),  # sniffed: CREATE TYPE ... AS ENUM, ::, bigserial
    "sql-mysql": ("sql", 1, "mysql"),  # sniffed: backticks, ENGINE=
    "alembic": ("alembic", 1, None),
    "django": ("django", 1, None),
    "laravel": ("laravel", 2, None),
    "rails-migrations": ("rails", 2, None),
    "rails-schema": ("rails", 1, None),  # db/schema.rb
    "prisma": ("prisma", 1, "postgres"),  # the datasource provider
    "liquibase": ("liquibase", 1, None),
}

#: format -> {(table, column, field): value}: what the format cannot express
CANNOT: Dict[str, Dict[Tuple[str, str, str], object]] = {
    # MySQL has no uuid type: a uuid is stored as CHAR(36) (or BINARY(16)),
    # which is what the column is
    "sql-mysql": {("members", "external_id", "family"): "text"},
    # Django has no enum column: a CharField with choices is a varchar
    "django": {("members", "status", "family"): "text"},
}


def replayed(fmt: str):
    """The one schema a fixture replays to, after checking that every file
    was read by the intended frontend, fully: nothing skipped or failed."""
    run = build(RunOptions(paths=[str(FIXTURES / fmt)], checks=False, use_cache=False), Config())
    frontend, count, dialect = READ_AS[fmt]
    assert [(f.format, f.state) for f in run.files] == [(frontend, "analysed")] * count
    assert len(run.schemas) == 1, [s.history for s in run.schemas]
    schema = run.schemas[0]
    if dialect is not None:
        assert set(schema.dialects.values()) == {dialect}
    assert schema.failures == [] and schema.notes == [] and run.notes == []
    return schema


def summary(schema) -> Dict[str, dict]:
    """The schema as :data:`EXPECTED` describes one."""
    out = {}
    for table in schema.tables.values():
        cols = table.columns.values()
        foreign = set()
        for c in cols:
            if c.references is not None:
                target = schema.find_table(c.references.table)
                # a reference without columns is to the target's primary key, as in the database
                to = c.references.columns or tuple(x.name for x in target.columns.values() if x.primary_key)
                foreign.add(((c.name,), c.references.table.name.lower(), tuple(to)))
        unique = {(c.name,) for c in cols if c.unique}
        unique |= {tuple(k.columns) for k in table.constraints.values() if k.kind == "unique"}
        out[table.name.lower()] = {
            "comment": table.comment,
            "columns": {c.name: (c.type.family, c.nullable, c.comment) for c in cols},
            "primary": tuple(c.name for c in cols if c.primary_key),
            "unique": unique,
            "foreign": foreign,
        }
    return out


def expected_for(fmt: str) -> Dict[str, dict]:
    want = {t: dict(spec, columns=dict(spec["columns"])) for t, spec in EXPECTED.items()}
    for (table, column, what), value in CANNOT.get(fmt, {}).items():
        family, nullable, comment = want[table]["columns"][column]
        cell = {"family": family, "nullable": nullable, "comment": comment}
        cell[what] = value
        want[table]["columns"][column] = (cell["family"], cell["nullable"], cell["comment"])
    return want


def test_every_format_has_a_fixture():
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(READ_AS)


@pytest.mark.parametrize("fmt", sorted(READ_AS))
def test_the_schema_replays_alike_in_every_format(fmt):
    got = summary(replayed(fmt))
    assert all(fam in FAMILIES for t in got.values() for fam, _, _ in t["columns"].values())
    assert got == expected_for(fmt)


@pytest.mark.parametrize("fmt", sorted(CANNOT))
def test_what_a_format_cannot_express_is_documented_exactly(fmt):
    """Each documented difference is real (the replay differs from EXPECTED
    there) and is the only difference."""
    got = summary(replayed(fmt))
    for (table, column, what), value in CANNOT[fmt].items():
        family, nullable, comment = EXPECTED[table]["columns"][column]
        assert {"family": family, "nullable": nullable, "comment": comment}[what] != value
        assert dict(zip(("family", "nullable", "comment"), got[table]["columns"][column]))[what] == value
