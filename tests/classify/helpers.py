"""Build replayed schemas from SQL text for classifier tests."""

from schemalint.frontends.sql import parse_sql
from schemalint.model import FileResult
from schemalint.replay import replay


def schema_from_sql(sql: str, dialect: str = "postgres", path: str = "t.sql"):
    changes, d = parse_sql(sql, path, dialect=dialect)
    return replay("t", [FileResult(path, "sql", tuple(changes), dialect=d)])
