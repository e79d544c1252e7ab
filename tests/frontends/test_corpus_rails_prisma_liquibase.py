"""Rails, Prisma and Liquibase frontends on real projects' files.

The corpus lives beside the repository (``../shared/corpus``); these tests
skip, saying why, where it is absent.  Every file must be analysed or
reported with a located reason, no frontend may raise, and real tables and
columns must come out of the replay.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from schemalint.frontends import FrontendOptions, load, order_results
from schemalint.model import AddColumn, CreateTable, ParseFailure, Skipped
from schemalint.replay import replay
from schemalint.sources import discover

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

CASES = {
    "osm-rails": "osm-rails/db/migrate",
    "lago-pg": "lago-pg/db/migrate",
    "documenso-prisma": "documenso-prisma/packages/prisma/schema.prisma",
    "openmrs-liquibase": "openmrs-liquibase/api",  # every .xml changelog below it
}
FORMATS = {"osm-rails": {"rails"}, "lago-pg": {"rails"}, "documenso-prisma": {"prisma"},
           "openmrs-liquibase": {"liquibase"}}


def _corpus_path(name: str) -> Path:
    p = CORPUS / CASES[name]
    if not p.exists():
        pytest.skip(f"corpus not present: {p} (the shared corpus is checked out beside the repository)")
    return p


def _run(name: str):
    path = _corpus_path(name)
    found = discover([str(path)])
    by_history = collections.defaultdict(list)
    # a named snapshot (schema.prisma) also brings the migrations it may be a
    # snapshot of; pairing them is the pipeline's (tests/test_reconcile.py)
    files = [sf for sf in found.files if sf.explicit or not sf.expanded or sf.format in FORMATS[name]]
    for sf in files:
        assert sf.format in FORMATS[name], (sf.path, sf.format)
        assert not [p for p in sf.problems if p[1]], (sf.path, sf.problems)
        r = load(sf.format).parse(sf, FrontendOptions())  # must not raise
        assert r.path == sf.path
        by_history[sf.history].append((sf.format, r))
    schemas = {}
    for history, items in by_history.items():
        ordered = order_results(items[0][0], [r for _f, r in items])
        schemas[history] = (replay(history, ordered), [r for _f, r in items])
    return found, schemas


def _check_every_file_accounted_for(found, schemas, sql_failures_allowed=False):
    """Every file is parsed; a note always has a reason and a place; the
    only parse failures tolerated are in SQL embedded in a migration
    (``execute``), which the SQL frontend reports, failing closed."""
    results = [r for _s, rs in schemas.values() for r in rs]
    assert len(results) == len([sf for sf in found.files if sf.format in {r.format for r in results}]) > 0
    for r in results:
        for c in r.changes:
            if isinstance(c, ParseFailure):
                assert c.location.line >= 1
                own = ("internal error" in c.message or c.message.startswith(("Ruby", "Prisma", "XML", "YAML",
                                                                              "JSON", "unsafe", "not a")))
                if own or not sql_failures_allowed:
                    pytest.fail(f"{c.location}: {c.message}")
            if isinstance(c, Skipped):
                assert c.reason and c.location.line >= 1, c
            cols = c.columns if isinstance(c, CreateTable) else (c.column,) if isinstance(c, AddColumn) else ()
            for col in cols:
                assert col.location.line >= 1 and col.location.col >= 1, (r.path, col)
    assert all(reason for _p, reason in found.not_inputs)


def _table(schemas, name):
    for schema, _ in schemas.values():
        if name in schema.tables:
            return schema.tables[name]
    raise AssertionError(f"table {name} not replayed")


def test_osm_rails_migrations():
    found, schemas = _run("osm-rails")
    _check_every_file_accounted_for(found, schemas, sql_failures_allowed=True)
    (schema, results), = schemas.values()
    assert len(results) == 162
    assert len(schema.tables) == 55 and sum(len(t.columns) for t in schema.tables.values()) == 386
    users = _table(schemas, "users")
    assert {"email", "pass_crypt", "display_name", "creation_address", "home_lat"} <= set(users.columns)
    assert users.columns["email"].type.family == "text"
    assert _table(schemas, "changesets").columns["user_id"].nullable is False
    assert "segments" not in schema.tables  # created in 001, dropped later


def test_lago_rails_migrations():
    found, schemas = _run("lago-pg")
    _check_every_file_accounted_for(found, schemas, sql_failures_allowed=True)
    (schema, results), = schemas.values()
    assert len(results) == 658
    customers = _table(schemas, "customers")
    assert {"email", "legal_name", "legal_number", "phone", "firstname", "lastname"} <= set(customers.columns)
    assert _table(schemas, "users").columns["password_digest"] is not None
    assert len(schema.tables) >= 130


def test_documenso_prisma_schema():
    found, schemas = _run("documenso-prisma")
    _check_every_file_accounted_for(found, schemas)
    (schema, _results), = schemas.values()
    assert len(schema.tables) == 51 and sum(len(t.columns) for t in schema.tables.values()) == 489
    user = _table(schemas, "user")
    assert {"email", "name", "password", "twoFactorSecret"} <= {c.name for c in user.columns.values()}
    assert user.columns["email"].unique and user.columns["email"].nullable is False
    recipient = _table(schemas, "recipient")
    assert recipient.columns["email"].type.length == 255  # @db.VarChar(255)
    passkey = _table(schemas, "passkey")
    assert passkey.columns["credentialid"].type.family == "binary"
    assert passkey.columns["credentialid"].comment.startswith("@zod.custom.use")


def test_openmrs_liquibase_changelogs():
    found, schemas = _run("openmrs-liquibase")
    _check_every_file_accounted_for(found, schemas)
    assert len(found.files) == 13
    snapshot = next(s for h, (s, _) in schemas.items() if h.endswith("snapshots/schema-only"))
    assert len(snapshot.tables) == 119
    person_name = snapshot.tables["person_name"]
    assert {"given_name", "family_name", "middle_name"} <= set(person_name.columns)
    assert snapshot.tables["patient_identifier"].columns["identifier"].nullable is False
    assert snapshot.tables["users"].columns["username"].type.family == "text"
    updates = next(s for h, (s, _) in schemas.items() if h.endswith("/updates"))
    assert "shedlock" in updates.tables  # created by liquibase-update-to-latest-2.9.x.xml
    assert "birthtime" in updates.tables["person"].columns  # added by an update changeSet


# --------------------------------------------------------------------------
# Cross-checks: the framework's view against the SQL the project ships
# --------------------------------------------------------------------------

def _sql_schema(path: Path, dialect: str = "postgres"):
    found = discover([str(path)])
    results = [load(sf.format).parse(sf, FrontendOptions(dialect=dialect)) for sf in found.files]
    return replay("sql", order_results("sql", results))


def _column_sets(schema):
    return {t.ref.name.lower(): set(t.columns) for t in schema.tables.values()}


#: tables in structure.sql that no migration creates: Rails' own bookkeeping
#: tables, and (lago) pg_partman's partition and template tables, which
#: ``partman.create_parent()`` creates at run time from an ``execute``.
RUNTIME_TABLES = {"schema_migrations", "ar_internal_metadata", "enriched_events_default",
                  "template_public_enriched_events"}


@pytest.mark.parametrize("name", ["osm-rails", "lago-pg"])
def test_rails_migrations_agree_with_structure_sql(name):
    _found, schemas = _run(name)
    (migrated, _), = schemas.values()
    structure = _sql_schema(CORPUS / name / "db" / "structure.sql")
    got, want = _column_sets(migrated), _column_sets(structure)
    assert set(want) - set(got) <= RUNTIME_TABLES
    assert set(got) <= set(want)
    assert {t: got[t] for t in got} == {t: want[t] for t in got}


def test_prisma_schema_agrees_with_its_generated_migrations():
    _found, schemas = _run("documenso-prisma")
    (from_schema, _), = schemas.values()
    migrations = _sql_schema(CORPUS / "documenso-prisma" / "packages" / "prisma" / "migrations")
    assert _column_sets(from_schema) == _column_sets(migrations)
