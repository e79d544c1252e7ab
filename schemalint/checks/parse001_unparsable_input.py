"""PARSE001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.parse001`."""

from __future__ import annotations

from ..rules.parse001 import CODE


def check(ctx):
    for failure in ctx.schema.failures:
        yield ctx.finding(
            CODE, failure.location, failure.message,
            why="the input could not be read, so the schema it describes is unknown (fail closed)",
            fix="fix the input or set its dialect; exclude it in configuration only with a reason",
            suppress=False,
        )
