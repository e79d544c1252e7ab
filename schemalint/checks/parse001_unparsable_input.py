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
    yield from _either_type(ctx)


def _either_type(ctx):
    """A column whose type change may not run (``Column.maybe_types``: a
    Liquibase changeSet under a context, a precondition...) has either
    type; where the two are classified apart (``nik`` as text or as a
    boolean flag), what it holds is not known: fail closed."""
    from ..classify import classify_column

    for table in ctx.schema.tables.values():
        for column in table.columns.values():
            beside = [(c.name, c.type) for c in table.columns.values() if c is not column]
            for other, location, why in column.maybe_types:
                now, then = (classify_column(column.name, ctype, table.ref.name, column.comment, ruleset=ctx.ruleset,
                                             beside=beside) for ctype in (column.type, other))
                if now.category == then.category:
                    continue
                yield ctx.finding(
                    CODE, location,
                    f"{table.ref}.{column.name} may be {column.type} ({now.category or 'not personal data'}) or "
                    f"{other} ({then.category or 'not personal data'}): its type change may not run ({why})",
                    table=table, column=column, severity="warning",
                    why="replay applies the type change, but the database keeps the old type where it does "
                        "not run, and the column is classified differently under each (fail closed)",
                    fix=_("make the type change unconditional, or suppress on this line with the reason: "
                          "'schemalint: ignore[PARSE001] -- which type the column has'"),
                )
