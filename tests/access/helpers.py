"""Replaying SQL into a schema and asking the access state about it."""

from __future__ import annotations

from typing import Dict, Optional

from schemalint.model import FileResult


def replay_sql(files: Dict[str, str], dialect: str = "postgres"):
    """Replay ``{path: sql}`` in path order; returns the schema."""
    from schemalint.frontends.sql import analyse
    from schemalint.replay import replay

    results = []
    for path in sorted(files):
        changes, _ = analyse(files[path], path, dialect)
        results.append(FileResult(path, "sql", tuple(changes), dialect=dialect))
    return replay("h", results)


def access_of(sql: str, dialect: str = "postgres"):
    from schemalint.access import state

    schema = replay_sql({"a.sql": sql}, dialect)
    return schema, state(schema)


def readers(schema, table: str, column: Optional[str] = None, config=None):
    """(role, via, rows) of everyone who reads ``table.column`` directly."""
    acc = context(schema, config).access()
    t = schema.tables[table]
    return {(r.role, r.via, r.rows) for r in acc.table_readers(t, column)}


def context(schema, config=None):
    from schemalint.checks.context import Context
    from schemalint.classify import classify_schema
    from schemalint.classify.ruleset import default_ruleset
    from schemalint.config import Config

    ruleset = default_ruleset()
    return Context(schema, classify_schema(schema, ruleset), ruleset, config or Config())
