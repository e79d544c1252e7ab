"""PARSE001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.parse001`."""

from __future__ import annotations

from .. import lazyre
from ..i18n import _
from ..rules.parse001 import CODE

#: how the frontends say that a table or column name is computed at run time (compiled on
#: the first note: most runs have none)
_DYNAMIC_NAME = lazyre.compile(
    r"(?:table|column|field|model|the) names? (?:is|are) not (?:a )?literals?"
    r"|names? that (?:is|are) not (?:a )?literals?|whose name is not a literal"
    r"|(?:table|column) name computed at run time|(?:table|column) names? computed at run time")


def dynamic_name(reason: str) -> bool:
    """Does a frontend's note say a table or column name is not a literal?"""
    return _DYNAMIC_NAME.search(reason) is not None




def check(ctx):
    for failure in ctx.schema.failures:
        yield ctx.finding(
            CODE, failure.location, failure.message,
            why="the input could not be read, so the schema it describes is unknown (fail closed)",
            fix=_("fix the input or set its dialect; exclude it in configuration only with a reason"),
            suppress=False,
        )
    for note in ctx.schema.notes:
        if note.kind == "unfollowed":
            yield ctx.finding(
                CODE, note.location, note.reason, severity="warning",
                why="a schema change the migration makes only when it runs (table DDL in dynamic SQL, an "
                    "operation inside an expression or a run-time loop) cannot be replayed without running it: "
                    "the tables and columns it makes are unknown (fail closed)",
                fix=_("write the change as a plain statement, or suppress on this line with the reason: "
                      "'schemalint: ignore[PARSE001] -- what the code does'"),
            )
            continue
        if note.kind != "noop" and dynamic_name(note.reason):
            yield ctx.finding(
                CODE, note.location, note.reason,
                why="a table or column name computed at run time cannot be read without running the "
                    "migration: whatever it creates is unknown (fail closed)",
                fix=_("write the name as a literal, or suppress on this line with the reason: "
                      "'schemalint: ignore[PARSE001] -- where the name comes from'"),
            )
