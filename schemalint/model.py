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

from . import kinds
from .kinds import BlockKind, CommentTarget, FileState, OwnedKind, Severity, SkipKind
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

@dataclass(frozen=True, slots=True)
class ColumnType:
    """A column type, normalised across frontends.

    ``name`` is a lower-case base type (``varchar``, ``bytea``, or an ORM
    class name such as ``stringencryptedtype`` when it has no SQL twin),
    ``params`` its arguments as text (``("16",)``), ``family`` one of
    :data:`schemalint.types.FAMILIES`, and ``raw`` the type as it was
    written, for messages.  Frontends build it with
    :func:`schemalint.types.column_type` or :func:`~schemalint.types.parse_type`,
    which take the family from the one table in :mod:`schemalint.types`.
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
class ColumnsFrom:
    """Columns a new table takes from an existing one at creation:
    ``CREATE TABLE t (LIKE s INCLUDING ...)`` or MySQL ``CREATE TABLE t
    LIKE s``.  Names, types and NOT NULL are always copied; ``including``
    names what else is (``comments``, ``defaults``, ``indexes``: primary
    and unique keys and indexes).  Foreign keys never are."""

    table: TableRef
    including: Tuple[str, ...] = ()
    #: ``CREATE TABLE t AS SELECT a, b AS c FROM s``: only these columns, as (source, new
    #: name) pairs; empty: every column (``LIKE``, ``SELECT *``)
    select: Tuple[Tuple[str, str], ...] = ()


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
    #: tables whose columns are copied in first (LIKE)
    columns_from: Tuple[ColumnsFrom, ...] = ()


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
    #: ``ADD COLUMN IF NOT EXISTS``: an existing column is kept as it is
    if_not_exists: bool = False


@dataclass(frozen=True, slots=True)
class Exists:
    """A condition on the replayed schema a drop waits for: the table (and
    column) exists (``present``) or does not.  A Liquibase changeSet whose
    preconditions (``columnExists``, ``tableExists``, ``not``) skip it
    when they fail runs only where all of its conditions hold."""

    table: TableRef
    column: Optional[str] = None
    present: bool = True
    #: the precondition; the drops of one changeSet share their conditions,
    #: which replay decides once, on the schema before the first of them
    location: Optional[Location] = None


@dataclass(frozen=True, slots=True)
class Conditions:
    """Where a Liquibase changeSet begins, the conditions its drops wait for
    (:attr:`DropColumn.requires`): replay decides them here, on the schema
    before the changeSet's first change, as Liquibase checks preconditions.
    No change of its own."""

    requires: Tuple[Exists, ...]
    location: Location


@dataclass(frozen=True, slots=True)
class DropColumn:
    table: TableRef
    column: str
    location: Location
    #: ``DROP COLUMN IF EXISTS``: no column, no note
    if_exists: bool = False
    #: applied only where each of these holds in the replayed schema (one
    #: that does not, or cannot be known, keeps the column, with a note)
    requires: Tuple[Exists, ...] = ()


@dataclass(frozen=True, slots=True)
class RenameColumn:
    table: TableRef
    old: str
    new: str
    location: Location
    #: the rename may not run (a Liquibase changeSet under a context, a
    #: precondition...): the column is copied under the new name and kept
    keep_old: bool = False
    #: applied only where these hold in the replayed schema (as
    #: ``DropColumn.requires``); where not known, as with ``keep_old``
    requires: Tuple[Exists, ...] = ()


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
    #: applied only where these hold in the replayed schema (else as ``unsure``)
    requires: Tuple[Exists, ...] = ()
    #: why the alteration may not run (a Liquibase changeSet under a context...):
    #: a type change within the type family is applied, with a note; one to
    #: another family (the column holds something else) is an ``unfollowed`` note
    unsure: str = ""


UNSET = _UNSET


@dataclass(frozen=True, slots=True)
class RenameTable:
    old: TableRef
    new: TableRef
    location: Location
    #: the rename may not run: the table is copied under the new name and kept
    keep_old: bool = False
    requires: Tuple[Exists, ...] = ()  # as RenameColumn.requires


@dataclass(frozen=True, slots=True)
class DropTable:
    table: TableRef
    location: Location
    #: as :attr:`DropColumn.requires`
    requires: Tuple[Exists, ...] = ()


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
class DefineType:
    """A named type: PostgreSQL ``CREATE TYPE t AS ENUM (...)`` or ``CREATE
    DOMAIN t AS varchar(16)``.  A column declared later with type ``t``
    takes ``type``'s family (enum, or the domain's base type); ``type``
    None drops the name (``DROP TYPE``/``DROP DOMAIN``)."""

    name: TableRef
    type: Optional[ColumnType]
    location: Location


@dataclass(frozen=True, slots=True)
class Block:
    """Where a PL/pgSQL ``BEGIN ... END`` block (of a ``DO`` statement)
    begins (``kind`` "begin") and ends ("end").  A block's changes are
    atomic in the database: when one fails, those before it in the block
    are undone, and the block's ``EXCEPTION`` handler runs if it names
    the error (``handles``: condition names such as ``duplicate_column``,
    or ``others``); otherwise the error goes on to the enclosing block."""

    location: Location
    kind: BlockKind
    handles: Tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A construct the frontend saw but could not or did not analyse.

    ``kind`` is "unsupported" (a located note: the construct may change the
    schema and was not followed), "unfollowed" (a schema change seen and not
    applied: PARSE001 reports it, failing closed), "note" (said, changes
    nothing) or "noop" (known to have no schema effect: counted, not listed).
    """

    reason: str
    location: Location
    kind: SkipKind = "unsupported"


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Input that could not be parsed.  Becomes a PARSE001 finding: the
    run fails closed."""

    message: str
    location: Location


# --------------------------------------------------------------------------
# Access control: who can read what.  Grants, row-level security, views and
# functions that run with their owner's rights; replayed into the schema's
# access state by :mod:`schemalint.access`.  Role names are as the database
# folds them (unquoted PostgreSQL names lower-cased); ``PUBLIC`` is
# :data:`PUBLIC`; a MySQL account is ``user@host``.
# --------------------------------------------------------------------------

#: the pseudo-role every role belongs to (PostgreSQL, MariaDB 10.11+)
PUBLIC = "public"


@dataclass(frozen=True, slots=True)
class Grant:
    """``GRANT`` or ``REVOKE`` of privileges (not of a role).

    ``scope`` says what the privileges are on: ``objects`` (the relations
    named, tables and views alike; ``columns`` for a column grant),
    ``schema`` (PostgreSQL ``ON ALL TABLES IN SCHEMA``: the relations that
    exist in ``schemas`` at that moment), ``database`` (MySQL ``ON db.*``:
    every table of the database, now and later), ``global`` (MySQL ``ON
    *.*``), ``functions`` (``ON FUNCTION f``: ``objects`` are function
    names), ``all_functions`` (``ON ALL FUNCTIONS IN SCHEMA``) or ``other``
    (a schema, sequence, type...: no effect on reading data).
    ``grant_option``: ``WITH GRANT OPTION``, or ``REVOKE GRANT OPTION FOR``
    (only the option is revoked)."""

    privileges: Tuple[str, ...]
    grantees: Tuple[str, ...]
    location: Location
    scope: str = "objects"
    objects: Tuple[TableRef, ...] = ()
    schemas: Tuple[str, ...] = ()
    columns: Tuple[str, ...] = ()
    revoke: bool = False
    grant_option: bool = False


@dataclass(frozen=True, slots=True)
class GrantRole:
    """``GRANT role TO member`` / ``REVOKE role FROM member``: a member
    has the privileges of the roles it belongs to."""

    roles: Tuple[str, ...]
    members: Tuple[str, ...]
    location: Location
    revoke: bool = False


@dataclass(frozen=True, slots=True)
class DefaultPrivileges:
    """``ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE
    ... ON TABLES|FUNCTIONS ...``: privileges every object of ``kind``
    created *later* receives (``tables`` covers views too)."""

    privileges: Tuple[str, ...]
    grantees: Tuple[str, ...]
    kind: str  # tables | functions | sequences | types | schemas
    location: Location
    schemas: Tuple[str, ...] = ()
    for_roles: Tuple[str, ...] = ()
    revoke: bool = False
    grant_option: bool = False


@dataclass(frozen=True, slots=True)
class SetRowSecurity:
    """``ALTER TABLE t ENABLE|DISABLE|[NO] FORCE ROW LEVEL SECURITY``;
    None leaves that setting unchanged."""

    table: TableRef
    location: Location
    enabled: Optional[bool] = None
    forced: Optional[bool] = None


@dataclass(frozen=True, slots=True)
class SetOwner:
    """``ALTER TABLE|VIEW|FUNCTION ... OWNER TO role``."""

    kind: OwnedKind
    target: TableRef
    owner: str
    location: Location


@dataclass(frozen=True, slots=True)
class CreatePolicy:
    """``CREATE POLICY name ON table``: ``command`` ALL, SELECT, INSERT,
    UPDATE or DELETE; ``using``/``check`` the expressions as written (None:
    absent)."""

    table: TableRef
    name: str
    location: Location
    command: str = "ALL"
    roles: Tuple[str, ...] = (PUBLIC,)
    permissive: bool = True
    using: Optional[str] = None
    check: Optional[str] = None


@dataclass(frozen=True, slots=True)
class AlterPolicy:
    """``ALTER POLICY name ON table``: fields left None (``using``/``check``:
    :data:`UNSET`) are unchanged."""

    table: TableRef
    name: str
    location: Location
    rename: Optional[str] = None
    roles: Optional[Tuple[str, ...]] = None
    using: Optional[str] = _UNSET
    check: Optional[str] = _UNSET


@dataclass(frozen=True, slots=True)
class DropPolicy:
    table: TableRef
    name: str
    location: Location
    if_exists: bool = False


@dataclass(frozen=True, slots=True)
class CreateView:
    """``CREATE [MATERIALIZED] VIEW``.  The query is kept as written: its
    column lineage needs the base tables as they are when the view is
    created, so replay traces it (:mod:`schemalint.access.lineage`), and a
    view read from a live catalog (``pg_get_viewdef``) is traced the same
    way.  ``security_invoker``: PostgreSQL 15 ``WITH (security_invoker)``,
    MySQL ``SQL SECURITY INVOKER`` -- otherwise the view reads its base
    tables with its owner's rights."""

    view: TableRef
    location: Location
    query: str
    query_location: Location
    dialect: str = "postgres"
    columns: Tuple[str, ...] = ()  # CREATE VIEW v (a, b) AS ...
    materialized: bool = False
    replace: bool = False
    if_not_exists: bool = False
    security_invoker: bool = False
    security_barrier: bool = False
    definer: Optional[str] = None  # MySQL DEFINER= account


@dataclass(frozen=True, slots=True)
class AlterView:
    """``ALTER [MATERIALIZED] VIEW``: options set (None: unchanged) or a
    rename."""

    view: TableRef
    location: Location
    security_invoker: Optional[bool] = None
    security_barrier: Optional[bool] = None
    rename: Optional[TableRef] = None


@dataclass(frozen=True, slots=True)
class DropView:
    views: Tuple[TableRef, ...]
    location: Location
    if_exists: bool = False


@dataclass(frozen=True, slots=True)
class CreateFunction:
    """``CREATE FUNCTION|PROCEDURE``: what the access rules need.
    ``search_path`` is the value of a ``SET search_path`` clause (None: not
    set: the caller's search_path applies); ``body`` the body text when it
    is a string (SQL or PL/pgSQL), located at ``body_location``."""

    name: TableRef
    location: Location
    kind: str = "function"  # function | procedure
    arguments: str = ""
    returns: str = ""
    language: str = ""
    security_definer: bool = False
    search_path: Optional[str] = None
    body: Optional[str] = None
    body_location: Optional[Location] = None
    dialect: str = "postgres"
    replace: bool = False


@dataclass(frozen=True, slots=True)
class AlterFunction:
    """``ALTER FUNCTION f(...) SECURITY DEFINER|INVOKER``, ``SET
    search_path``/``RESET search_path``: None (``search_path``: UNSET)
    leaves a setting unchanged; ``search_path`` None means reset."""

    name: TableRef
    location: Location
    security_definer: Optional[bool] = None
    search_path: Optional[str] = _UNSET
    rename: Optional[str] = None


@dataclass(frozen=True, slots=True)
class DropFunction:
    names: Tuple[TableRef, ...]
    location: Location
    if_exists: bool = False


@dataclass(frozen=True, slots=True)
class CreateRole:
    """``CREATE ROLE|USER``; ``member_of`` from ``IN ROLE``; ``comment``
    from MySQL ``COMMENT '...'`` (it may carry an annotation)."""

    name: str
    location: Location
    login: bool = False
    bypass_rls: bool = False
    superuser: bool = False
    member_of: Tuple[str, ...] = ()
    comment: Optional[str] = None


@dataclass(frozen=True, slots=True)
class CommentOn:
    """``COMMENT ON VIEW|MATERIALIZED VIEW|FUNCTION|ROLE|POLICY``: a comment
    on an object that is not a table (comments on view columns come as
    :class:`SetComment`, replay tells them apart)."""

    kind: CommentTarget
    target: TableRef  # a role's name is TableRef(role)
    text: Optional[str]
    location: Location


#: the change types of access control, for the cache and replay
ACCESS_CHANGES = (Grant, GrantRole, DefaultPrivileges, SetRowSecurity, SetOwner, CreatePolicy, AlterPolicy,
                  DropPolicy, CreateView, AlterView, DropView, CreateFunction, AlterFunction, DropFunction,
                  CreateRole, CommentOn)

#: the changes that alter a table which already exists (its columns, keys or
#: comment): what says a history continues another's tables
TABLE_ALTERATIONS = (AddColumn, AlterColumn, DropColumn, RenameColumn, SetComment, AddConstraint)


Change = Union[
    CreateTable,
    AddColumn,
    Conditions,
    DropColumn,
    RenameColumn,
    AlterColumn,
    RenameTable,
    DropTable,
    SetComment,
    Annotate,
    AddConstraint,
    DropConstraint,
    DefineType,
    Block,
    Skipped,
    ParseFailure,
    Grant,
    GrantRole,
    DefaultPrivileges,
    SetRowSecurity,
    SetOwner,
    CreatePolicy,
    AlterPolicy,
    DropPolicy,
    CreateView,
    AlterView,
    DropView,
    CreateFunction,
    AlterFunction,
    DropFunction,
    CreateRole,
    CommentOn,
]


# --------------------------------------------------------------------------
# Findings: what checks emit
# --------------------------------------------------------------------------

SEVERITIES = kinds.SEVERITIES
SEVERITY_RANK = kinds.SEVERITY_RANK


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to an input file that a finding's fix asks for, exact
    enough to apply by hand or by a tool: insert ``text`` at ``line`` and
    ``col`` (1-based), or, with ``col`` 0, insert ``text`` as a new line
    before ``line`` (indented like it; ``line`` one past the last line
    appends to the file)."""

    path: str
    line: int
    col: int = 0
    text: str = ""


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
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
    #: every column a table-level finding covers (one decision for all)
    columns: Tuple[str, ...] = ()
    #: the question a person answers to resolve it, for counting decisions:
    #: findings with equal keys are one decision (see schemalint.findings)
    decision: str = ""
    #: fingerprints this finding had when each covered column was its own
    #: finding: a baseline that accepted all of them accepts this one
    aliases: Tuple[str, ...] = ()
    #: the exact edits that ``fix`` describes, in the file's own syntax
    edits: Tuple[Edit, ...] = ()
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
    state: FileState
    reason: str = ""
    dialect: Optional[str] = None
    explicit: bool = False
