"""What a rule sees: one replayed schema, its classifications, the
ruleset, and helpers that every rule would otherwise write again
(resolved annotations, encryption status, building a finding)."""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Tuple

from ..findings import legacy_fingerprint
from ..kinds import Severity
from ..model import Finding, Location
from ..record import dataclass
from ..replay import Column, Schema, Table, _table_key


@dataclass(frozen=True)
class Value:
    """One resolved annotation value and where it came from."""

    value: str
    location: Location
    scope: str  # "column" | "table"
    source: str  # comment | directive | manifest | model | label


class Sources:
    """What the run knows about each input file: its format and its text
    (read when a fix hint needs a line).  The pipeline builds one per run;
    without it, hints fall back to the SQL syntax of the schema's
    dialects."""

    def __init__(self, formats: Optional[Dict[str, str]] = None, text: Optional[Callable[[str], str]] = None,
                 databases=()):
        self.formats = dict(formats or {})
        self._text = text
        self._lines: Dict[str, Tuple[str, ...]] = {}
        #: inputs that are live databases (their URLs): a location in one is
        #: ``URL#schema.table.column``, and a fix is a statement to run there
        self.databases = frozenset(databases)

    def database(self, path: str) -> Optional[str]:
        """The database URL a location path points into, or None."""
        base = path.partition("#")[0]
        return base if base in self.databases else None

    def format(self, path: str) -> Optional[str]:
        got = self.formats.get(path)
        if got is None and self.databases:
            db = self.database(path)
            if db is not None:
                return self.formats.get(db)
        return got

    def lines(self, path: str) -> Tuple[str, ...]:
        got = self._lines.get(path)
        if got is None:
            text = ""
            if self._text is not None:
                try:
                    text = self._text(path) or ""
                except OSError:
                    text = ""
            got = self._lines[path] = tuple(text.split("\n")) if text else ()
        return got


class Context:
    #: tables by lower-case bare name, built by :meth:`find_table` on first use
    _by_name: Dict[str, List[Table]]

    def __init__(self, schema: Schema, classifications, ruleset, config=None, sources: Optional[Sources] = None):
        self.schema = schema
        self.classifications = classifications
        self.ruleset = ruleset
        self.config = config
        self.sources = sources or Sources()
        self._resolved: Dict[Tuple[int, int], Dict[str, Value]] = {}
        self._categories: Dict[int, object] = {}
        self._personal: Optional[List[Tuple[Table, Column, object, object]]] = None
        #: annotation requests and findings that want a suppression hint,
        #: by id of the finding (written by :func:`schemalint.checks.fixes.finish`)
        self.requests: Dict[int, object] = {}
        self.suppressible: set = set()
        #: codes of the rules that run on this schema (None: all of them):
        #: a rule may leave to another what that one reports
        self.running: Optional[set] = None

    def runs(self, code: str) -> bool:
        return self.running is None or code in self.running

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

    def personal_data(self) -> List[Tuple[Table, Column, object, object]]:
        """:meth:`personal_columns` without credentials (passwords, PINs,
        tokens): those are the CRED rules' decision, made by whoever owns
        authentication; the encryption, retention and minimisation rules
        judge personal data."""
        got = self.__dict__.get("_data")
        if got is None:
            from .protection import is_credential

            got = self._data = [row for row in self.personal_columns() if not is_credential(row[3])]
        return got

    def data_category(self, table: Table, column: Column):
        """:meth:`category` unless it is a credential's."""
        from .protection import is_credential

        cat = self.category(table, column)
        return None if is_credential(cat) else cat

    def suppresses(self, table: Table, column: Column, code: str) -> bool:
        """Does the column's own annotation (a comment or a directive on
        it) suppress rule ``code``?  Rules that group columns into one
        finding report such a column on its own, where its suppression
        applies."""
        from ..rules import get_rule, matches

        rule = get_rule(code)
        name = rule.name if rule is not None else code
        return any(matches(code, name, s.codes) for src in column.annotation_sources()
                   for s in src.annotation.suppressions)

    @staticmethod
    def keys(column: Column) -> List[Tuple[str, Location]]:
        """(kind, where declared) of every key on the column, declared by a
        constraint or implied by a column flag; kind is "primary",
        "unique", "index" or "foreign"."""
        keys = list(column.keys)
        kinds = {k for k, _ in keys}
        for flag, kind in ((column.primary_key, "primary"), (column.unique, "unique"),
                           (column.indexed, "index"), (column.references is not None, "foreign")):
            if flag and kind not in kinds:
                keys.append((kind, column.location))
        return keys

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

    def access(self):
        """Who can read what in this schema (:class:`schemalint.access.exposure.Access`),
        built on first use: only the access rules and the audit ask."""
        got = self.__dict__.get("_access")
        if got is None:
            from ..access.exposure import Access

            got = self._access = Access(self)
        return got

    def find_table(self, ref) -> Optional[Table]:
        """``Schema.find_table`` (the exact key, else the only table of that
        bare name) through an index built once: a rule that resolves every
        foreign key stays linear in the number of tables."""
        t = self.schema.tables.get(_table_key(ref))
        if t is not None:
            return t
        by_name: Optional[Dict[str, List[Table]]] = self.__dict__.get("_by_name")
        if by_name is None:
            by_name = self._by_name = {}
            for table in self.schema.tables.values():
                by_name.setdefault(table.ref.name.lower(), []).append(table)
        matches = by_name.get(ref.name.lower(), [])
        return matches[0] if len(matches) == 1 else None

    def protection(self, table: Table, column: Column):
        from .protection import protection

        return protection(self, table, column)

    # -- shared wording and ordering ----------------------------------------------
    @staticmethod
    def label(cat) -> str:
        """A category's human label, e.g. ``NIK (national ID number)``."""
        from ..i18n import tr

        label = getattr(cat, "label", None)
        return tr(label) if label else getattr(cat, "id", str(cat))

    @classmethod
    def phrase(cls, cat) -> str:
        """The label inside a sentence: ``Home address`` becomes ``home
        address``; ``NIK (national ID number)`` stays."""
        label = cls.label(cat)
        if len(label) > 1 and label[1].islower():
            return label[0].lower() + label[1:]
        return label

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

    # -- the files: formats, lines, syntax --------------------------------------
    def place(self, location: Location):
        """A location with its file's lines and dialect, for fix hints."""
        from ..formats.syntax import Place

        db = self.sources.database(location.path)
        if db is not None:
            return Place(location.path, location.line, location.col, (), self.schema.dialects.get(db), live=True)
        return Place(location.path, location.line, location.col, self.sources.lines(location.path),
                     self.schema.dialects.get(location.path))

    def syntax(self, path: str):
        """How the file at ``path`` writes annotations and suppressions."""
        from .. import formats

        fmt = self.sources.format(path)
        if fmt is None and path in self.schema.dialects:
            fmt = "sql"
        return formats.syntax_of(fmt)

    # -- findings ----------------------------------------------------------------
    def finding(self, code: str, location: Location, message: str, *, table: Optional[Table] = None,
                column: Optional[Column] = None, category: Optional[str] = None, why: str = "",
                fix: str = "", related: Tuple[Location, ...] = (), severity: Optional[Severity] = None,
                columns: Tuple[str, ...] = (), aliases: Tuple[str, ...] = (),
                annotate: Optional[Tuple[Optional[Column], Dict[str, str]]] = None,
                suppress: bool = True, plain: str = "") -> Finding:
        """Build a finding for rule ``code``; fingerprints use the names the
        table and column were created with.

        ``annotate=(column or None, items)`` says that annotating the
        column (or, with None, ``table``) with ``items`` resolves it: the
        fix hint then gives the exact code in the file's syntax, ``fix``
        being the advice that introduces it.  ``suppress`` adds how to
        suppress the finding at its location, in the same syntax.
        ``columns``: every column a table-level finding covers;
        ``aliases``: the fingerprints the same decision had before.
        ``plain``: for a finding on no table, the message in English, its
        identity whatever the language it is shown in."""
        from ..findings import decision_key, make_finding

        tname = table.ref.qualified if table is not None else None
        cname = column.name if column is not None else None
        identity = (table.origin or tname if table is not None else None,
                    column.origin[1] or cname if column is not None else None)
        if table is None and column is None and plain:
            identity = (location.path, plain)
        f = make_finding(code, location, message, table=tname, column=cname, category=category,
                         why=why, fix=fix, related=related, severity=severity, identity=identity,
                         history=self.schema.history, columns=columns, aliases=aliases,
                         decision=decision_key(code, self.schema.history, identity[0]) if table is not None else "")
        if annotate is not None and table is not None:
            from .fixes import Request

            target, items = annotate
            self.requests[id(f)] = Request(table, target, tuple(items.items()), location, fix)
        if suppress:
            self.suppressible.add(id(f))
        return f

    def column_fingerprint(self, code: str, table: Table, column: Column, category: Optional[str]) -> str:
        """The fingerprint a finding of ``code`` on one column had when each
        column was its own finding (the identity a table-level finding's
        ``aliases`` keep).  Baselines of that time are version 1, so this
        is the version 1 fingerprint (:func:`schemalint.findings.legacy_fingerprint`)."""
        return legacy_fingerprint(code, table.origin or table.ref.qualified, column.origin[1] or column.name, category)
