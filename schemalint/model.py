"""The data that flows between pipeline stages.

sources -> frontends -> *changes* -> replay -> *schema* -> classify -> checks
-> *findings* -> filter -> reporters.

Everything a frontend produces is a frozen dataclass defined here, so a
frontend never needs to know about replay, and replay never needs to know
which framework a change came from.  Keep this module free of third-party
imports: it is on the start-up path of every run.
"""

from __future__ import annotations

from typing import Mapping, Optional, Tuple, Union

from .record import dataclass, field

# --------------------------------------------------------------------------
# Locations
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an input file.  ``line`` and ``col`` are 1-based."""

    path: str
    line: int = 1
    col: int = 1
    end_line: Optional[int] = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


# --------------------------------------------------------------------------
# Column types
# --------------------------------------------------------------------------

#: Type families that checks and the classifier reason about.
TYPE_FAMILIES = (
    "text",  # char, varchar, text, string, clob
    "integer",
    "decimal",  # numeric/decimal with scale, money
    "float",
    "boolean",
    "date",
    "datetime",  # timestamp, datetime
    "time",
    "interval",
    "binary",  # bytea, blob, varbinary, LargeBinary
    "json",
    "uuid",
    "enum",
    "array",
    "geo",  # point, geometry, geography
    "other",
)


@dataclass(frozen=True, slots=True)
class ColumnType:
    """A column type, normalised across frontends.

    ``name`` is a lower-case base type (``varchar``, ``bytea``, or an ORM
    class name such as ``stringencryptedtype`` when it has no SQL twin),
    ``params`` its arguments as text (``("16",)``), ``family`` one of
    :data:`TYPE_FAMILIES`, and ``raw`` the type as it was written, for
    messages.
    """

    name: str
    family: str = "other"
    params: Tuple[str, ...] = ()
    raw: str = ""

    @property
    def length(self) -> Optional[int]:
        if self.params and self.params[0].isdigit():
            return int(self.params[0])
        return None

    def __str__(self) -> str:
        return self.raw or (
            f"{self.name.upper()}({', '.join(self.params)})" if self.params else self.name.upper()
        )


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableRef:
    """A table name as written: ``schema`` may be None.

    Unquoted identifiers are compared case-insensitively (``key``).
    """

    name: str
    schema: Optional[str] = None

    @property
    def key(self) -> str:
        return self.name.lower()

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def __str__(self) -> str:
        return self.qualified


# --------------------------------------------------------------------------
# Changes: what frontends emit
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ForeignKeyRef:
    table: TableRef
    columns: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnDef:
    """A column as declared by a CREATE TABLE, ADD COLUMN or ORM field.

    ``comment`` is the database comment (it carries annotations).
    ``encryption`` names storage-level encryption evidence the frontend saw
    (an ORM encrypted field class, a cast), e.g. ``"type:StringEncryptedType"``.
    ``hints`` carries framework evidence the classifier may use, with keys
    such as ``verbose_name``, ``help_text``, ``field_class`` (``ImageField``),
    ``orm_type``.
    """

    name: str
    type: Optional[ColumnType]
    location: Location
    nullable: bool = True
    primary_key: bool = False
    unique: bool = False
    default: Optional[str] = None
    comment: Optional[str] = None
    references: Optional[ForeignKeyRef] = None
    encryption: Optional[str] = None
    hints: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateTable:
    table: TableRef
    columns: Tuple[ColumnDef, ...]
    location: Location
    comment: Optional[str] = None
    #: table-level keys: (kind, columns, reference) with kind in
    #: "primary", "unique", "foreign", "index".
    constraints: Tuple["Constraint", ...] = ()
    if_not_exists: bool = False
    hints: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Constraint:
    kind: str  # "primary" | "unique" | "foreign" | "index"
    columns: Tuple[str, ...]
    location: Location
    name: Optional[str] = None
    references: Optional[ForeignKeyRef] = None


@dataclass(frozen=True, slots=True)
class AddColumn:
    table: TableRef
    column: ColumnDef
    location: Location


@dataclass(frozen=True, slots=True)
class DropColumn:
    table: TableRef
    column: str
    location: Location


@dataclass(frozen=True, slots=True)
class RenameColumn:
    table: TableRef
    old: str
    new: str
    location: Location


_UNSET = "\0unset"


@dataclass(frozen=True, slots=True)
class AlterColumn:
    """Change attributes of an existing column.  Fields left as None are
    unchanged; ``comment`` uses :data:`UNSET` for "unchanged" because None
    means "comment removed"."""

    table: TableRef
    column: str
    location: Location
    type: Optional[ColumnType] = None
    nullable: Optional[bool] = None
    comment: Optional[str] = _UNSET
    encryption: Optional[str] = None
    hints: Mapping[str, str] = field(default_factory=dict)


UNSET = _UNSET


@dataclass(frozen=True, slots=True)
class RenameTable:
    old: TableRef
    new: TableRef
    location: Location


@dataclass(frozen=True, slots=True)
class DropTable:
    table: TableRef
    location: Location


@dataclass(frozen=True, slots=True)
class SetComment:
    """A database comment set on a table (``column`` None) or a column."""

    table: TableRef
    column: Optional[str]
    comment: Optional[str]
    location: Location


@dataclass(frozen=True, slots=True)
class Annotate:
    """An annotation that is not a database comment: an adjacent
    ``-- schemalint: ...`` source comment, a sidecar manifest entry, or
    encryption evidence found outside the migration (a model's casts, a
    pgsodium security label).  ``text`` uses the annotation grammar."""

    table: TableRef
    column: Optional[str]
    text: str
    location: Location
    source: str = "comment"  # comment | manifest | model | label


@dataclass(frozen=True, slots=True)
class AddConstraint:
    table: TableRef
    constraint: Constraint


@dataclass(frozen=True, slots=True)
class DropConstraint:
    """A key or index removed: by ``name`` (``DROP CONSTRAINT fk``, ``DROP
    INDEX ix`` -- ``table`` may then be None), or by ``kind`` and
    ``columns`` (Rails ``remove_index :t, column: :nik``)."""

    table: Optional[TableRef]
    location: Location
    name: Optional[str] = None
    kind: Optional[str] = None  # "primary" | "unique" | "foreign" | "index" | None: any
    columns: Tuple[str, ...] = ()
    if_exists: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A construct the frontend saw but could not or did not analyse.

    ``kind`` is "unsupported" (a located note: the construct may change the
    schema and was not followed) or "noop" (known to have no schema effect:
    counted, not listed).
    """

    reason: str
    location: Location
    kind: str = "unsupported"


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Input that could not be parsed.  Becomes a PARSE001 finding: the
    run fails closed."""

    message: str
    location: Location


Change = Union[
    CreateTable,
    AddColumn,
    DropColumn,
    RenameColumn,
    AlterColumn,
    RenameTable,
    DropTable,
    SetComment,
    Annotate,
    AddConstraint,
    DropConstraint,
    Skipped,
    ParseFailure,
]


# --------------------------------------------------------------------------
# Findings: what checks emit
# --------------------------------------------------------------------------

SEVERITIES = ("error", "warning", "hint")
SEVERITY_RANK = {"hint": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: str
    message: str
    location: Location
    table: Optional[str] = None
    column: Optional[str] = None
    category: Optional[str] = None
    #: why it fired: which evidence matched which ruleset entry.
    why: str = ""
    #: how to fix or suppress it.
    fix: str = ""
    related: Tuple[Location, ...] = ()
    #: identity independent of line numbers (see :func:`fingerprint`).
    fingerprint: str = ""
    #: what the fingerprint was made from besides code and category: the
    #: project (history root), and the table and column by the names they
    #: were created with (for file-level findings: the file and message).
    #: Baselines record it, so an entry can be checked against its labels.
    identity: Tuple[str, ...] = ()

    def sort_key(self):
        loc = self.location
        return (loc.path, loc.line, loc.col, self.code, self.table or "", self.column or "")


# --------------------------------------------------------------------------
# Per-file results: what a frontend returns for one file
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class FileResult:
    """Everything a frontend learned from one file.

    ``meta`` holds what ordering needs (Alembic ``revision`` and
    ``down_revision``, Django ``app_label``/``dependencies``/``replaces``...),
    as plain JSON-compatible values so results can be cached.
    ``stats`` counts statements: ``{"statements": n, "noop": m}``.
    """

    path: str
    format: str
    changes: Tuple[Change, ...] = ()
    meta: Mapping[str, object] = field(default_factory=dict)
    dialect: Optional[str] = None
    stats: Mapping[str, int] = field(default_factory=dict)


@dataclass
class FileStatus:
    """How one input file ended: ``analysed``, ``not-input`` (with the
    reason) or ``unparsable`` (reported as PARSE001)."""

    path: str
    format: Optional[str]
    state: str  # "analysed" | "not-input" | "unparsable"
    reason: str = ""
    dialect: Optional[str] = None
    explicit: bool = False
