"""A frontend for a toy format: ``table.column: type`` per line.

It shows the frontend contract: ``parse()`` returning located changes,
and never raising (a bad line is a ParseFailure with its location).  Type
text goes through the type layer (schemalint.types.parse_type), which
gives every type its family.  Everything else about the format
(recognition, histories, joins) is its spec, in ``spec.py``."""

from schemalint.model import AddColumn, ColumnDef, FileResult, Location, ParseFailure, TableRef
from schemalint.types import parse_type

FORMAT = "tabledef"


def parse(source, options=None):
    changes = []
    for n, line in enumerate(source.text.split("\n"), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        name, sep, typ = text.partition(":")
        table, dot, column = name.strip().partition(".")
        if not sep or not dot or not table or not column:
            changes.append(ParseFailure(f"expected 'table.column: type', got {text!r}", Location(source.path, n, 1)))
            continue
        col = line.index(column)
        loc = Location(source.path, n, col + 1)
        changes.append(AddColumn(TableRef(table), ColumnDef(column, parse_type(typ), loc), loc))
    return FileResult(source.path, FORMAT, tuple(changes))
