"""What a rule sees: one replayed schema, its classifications, the
ruleset, and helpers that every rule would otherwise write again
(resolved annotations, encryption status, building a finding)."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ..hashing import sha256
from ..model import Finding, Location
from ..record import dataclass
from ..replay import Column, Schema, Table, _table_key
#: endings of histories that are one file (the formats' suffixes: no format name here)
from ..sources.detect import CANDIDATE_SUFFIXES as _FILE_SUFFIXES


@dataclass(frozen=True)
class Value:
    """One resolved annotation value and where it came from."""

    value: str
    location: Location
    scope: str  # "column" | "table"
    source: str  # comment | directive | manifest | model | label


def fingerprint(code: str, history: Optional[str], table: Optional[str], column: Optional[str],
                category: Optional[str]) -> str:
    """Identity of a finding that survives moves, reformatting and (through
    replay's origin names) renames: rule code, the project it belongs to
    (:func:`history_root`), normalised table.column, category.  Never a
    line number.  The project is part of it so that a second project
    with the same tables (a copy of ``billing/`` as ``hr/``) has findings
    of its own, not ones a diff base or a baseline already knows."""
    return _hash("|".join(("v2", code, history or "", (table or "").lower(), (column or "").lower(),
                           category or "")))


def legacy_fingerprint(code: str, table: Optional[str], column: Optional[str], category: Optional[str]) -> str:
    """The fingerprint before version 2 (no project), which baselines of
    version 1 hold: :mod:`schemalint.baseline` still reads them."""
    return _hash("|".join((code, (table or "").lower(), (column or "").lower(), category or "")))


def _hash(key: str) -> str:
    # surrogatepass: a name may hold a lone surrogate (a Python or JSON
    # string escape in a migration); it must not crash the rule
    return sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def history_root(history: Optional[str]) -> str:
    """The project part of a history key: its directory
    (``sql:db/migrations`` -> ``db/migrations``, ``django:.`` -> ``.``),
    and for a history that is one file (a standalone ``schema.sql``, a
    ``schema.prisma``) the file's directory, so that moving a table
    between the schema files of one directory keeps its identity."""
    if not history:
        return ""
    where = history.split(":", 1)[-1]
    head, _, last = where.rpartition("/")
    if last.lower().endswith(_FILE_SUFFIXES):
        return head or "."
    return where



class Context:
    def __init__(self, schema: Schema, classifications, ruleset, config=None):
        self.schema = schema
        self.classifications = classifications
        self.ruleset = ruleset
        self.config = config
        self._resolved: Dict[Tuple[int, int], Dict[str, Value]] = {}
        self._categories: Dict[int, object] = {}
        self._personal: Optional[List[Tuple[Table, Column, object, object]]] = None

    # -- columns and categories ------------------------------------------------
    def classification(self, table: Table, column: Column):
        return self.classifications.get((table.key, column.key))

    def category(self, table: Table, column: Column):
        """The column's ruleset category, or None when not personal data."""
        key = id(column)
        if key in self._categories:
            return self._categories[key]
        c = self.classification(table, column)
        cat = None
        if c is not None and c.category is not None:
            cat = self.ruleset.categories.get(c.category)
        self._categories[key] = cat
        return cat

    def personal_columns(self) -> List[Tuple[Table, Column, object, object]]:
        """(table, column, classification, category) for every column
        classified as personal data, in schema order (computed once: every
        rule walks it)."""
        if self._personal is None:
            out = []
            for table in self.schema.tables.values():
                for column in table.columns.values():
                    cat = self.category(table, column)
                    if cat is not None:
                        out.append((table, column, self.classification(table, column), cat))
            self._personal = out
        return self._personal

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

    def find_table(self, ref) -> Optional[Table]:
        """``Schema.find_table`` (the exact key, else the only table of that
        bare name) through an index built once: a rule that resolves every
        foreign key stays linear in the number of tables."""
        t = self.schema.tables.get(_table_key(ref))
        if t is not None:
            return t
        by_name = self.__dict__.get("_by_name")
        if by_name is None:
            by_name = self._by_name = {}
            for table in self.schema.tables.values():
                by_name.setdefault(table.ref.name.lower(), []).append(table)
        matches = by_name.get(ref.name.lower(), ())
        return matches[0] if len(matches) == 1 else None

    def protection(self, table: Table, column: Column):
        from .protection import protection

        return protection(self, table, column)

    # -- shared wording and ordering ----------------------------------------------
    @staticmethod
    def label(cat) -> str:
        """A category's human label, e.g. ``NIK (national ID number)``."""
        return getattr(cat, "label", None) or getattr(cat, "id", str(cat))

    def explain(self, table: Table, column: Column, cat=None) -> str:
        """Why a column has its category: the classifier's evidence, or the
        ``category=`` annotation that declared it."""
        cls = self.classification(table, column)
        cat = cat or self.category(table, column)
        cid = getattr(cat, "id", None) or getattr(cls, "category", None) or "?"
        declared = self.annotations(table, column).get("category")
        if declared is not None and declared.value == cid:
            return f"declared category={cid} ({declared.scope} {declared.source} at {declared.location})"
        evidence = "; ".join(getattr(cls, "evidence", ()) or ()) or "no evidence recorded"
        conf = getattr(cls, "confidence", None)
        conf_txt = f"confidence {conf:.2f}: " if isinstance(conf, (int, float)) else ""
        return f"classified as {cid} ({conf_txt}{evidence})"

    def order(self, location: Location) -> Tuple[int, int, int]:
        """Sort key of a location in replay order: files in the order they
        were replayed, then line and column."""
        index = self.__dict__.get("_file_index")
        if index is None:
            index = {}
            for i, p in enumerate(self.schema.files):
                index.setdefault(p, i)
            self._file_index = index
        return (index.get(location.path, len(self.schema.files)), location.line, location.col)

    def introduced_at(self, table: Table, columns) -> Tuple[Location, Tuple[Location, ...]]:
        """Where a table-level problem made of ``columns`` (in the order
        they complete the problem) was introduced, and the related
        locations.  The CREATE TABLE when the completing column was created
        in the same file as the table, otherwise the completing column (a
        later migration that added it)."""
        columns = list(columns)
        last = columns[-1]
        if last.location.path == table.location.path:
            where = table.location
        else:
            where = last.location
        related = []
        for c in columns:
            if c.location != where and c.location not in related:
                related.append(c.location)
        if where != table.location and table.location not in related:
            related.append(table.location)
        return where, tuple(related)

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
                            why=why, fix=fix, related=related, severity=severity, identity=identity,
                            history=self.schema.history)
