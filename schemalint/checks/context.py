"""What a rule sees: one replayed schema, its classifications, the
ruleset, and helpers that every rule would otherwise write again
(resolved annotations, encryption status, building a finding)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

from ..annotations import Annotation
from ..model import Finding, Location
from ..replay import Column, Schema, Table


@dataclass(frozen=True)
class Value:
    """One resolved annotation value and where it came from."""

    value: str
    location: Location
    scope: str  # "column" | "table"
    source: str  # comment | directive | manifest | model | label


def fingerprint(code: str, table: Optional[str], column: Optional[str], category: Optional[str]) -> str:
    """Identity of a finding that survives moves, reformatting and (through
    replay's origin names) renames: rule code, normalised table.column,
    category.  Never a line number."""
    key = "|".join((code, (table or "").lower(), (column or "").lower(), category or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class Context:
    def __init__(self, schema: Schema, classifications, ruleset, config=None):
        self.schema = schema
        self.classifications = classifications
        self.ruleset = ruleset
        self.config = config
        self._resolved: Dict[Tuple[int, int], Dict[str, Value]] = {}

    # -- columns and categories ------------------------------------------------
    def classification(self, table: Table, column: Column):
        return self.classifications.get((table.key, column.key))

    def category(self, table: Table, column: Column):
        """The column's ruleset category, or None when not personal data."""
        c = self.classification(table, column)
        if c is None or c.category is None:
            return None
        try:
            return self.ruleset.category(c.category)
        except KeyError:
            return None

    def personal_columns(self) -> Iterator[Tuple[Table, Column, object, object]]:
        """(table, column, classification, category) for every column
        classified as personal data, in schema order."""
        for table in self.schema.tables.values():
            for column in table.columns.values():
                cat = self.category(table, column)
                if cat is not None:
                    yield table, column, self.classification(table, column), cat

    # -- annotations -------------------------------------------------------------
    def annotations(self, table: Table, column: Optional[Column] = None) -> Dict[str, Value]:
        """Annotation values that apply: the column's own override the
        table's; within one scope the later annotation wins."""
        key = (id(table), id(column))
        got = self._resolved.get(key)
        if got is None:
            got = {}
            for src in table.annotation_sources():
                for k, v in src.annotation.values.items():
                    got[k] = Value(v, src.location, "table", src.source)
            if column is not None:
                for src in column.annotation_sources():
                    for k, v in src.annotation.values.items():
                        got[k] = Value(v, src.location, "column", src.source)
            self._resolved[key] = got
        return got

    def protection(self, table: Table, column: Column):
        from .protection import protection

        return protection(self, table, column)

    # -- findings ----------------------------------------------------------------
    def finding(self, code: str, location: Location, message: str, *, table: Optional[Table] = None,
                column: Optional[Column] = None, category: Optional[str] = None, why: str = "",
                fix: str = "", related: Tuple[Location, ...] = (), severity: Optional[str] = None
                ) -> Finding:
        """Build a finding for rule ``code``; fingerprints use the names the
        table and column were created with."""
        from . import make_finding

        tname = table.ref.qualified if table is not None else None
        cname = column.name if column is not None else None
        identity = (table.origin or tname if table is not None else None,
                    column.origin[1] or cname if column is not None else None)
        return make_finding(code, location, message, table=tname, column=cname, category=category,
                            why=why, fix=fix, related=related, severity=severity, identity=identity)
