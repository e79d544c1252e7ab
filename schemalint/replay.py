"""Stage 3: replay ordered changes into a schema.

The schema keeps, for every table and column, where it was created and
what later happened to it (altered, commented, renamed, annotated), so a
column is judged on its final state while a finding points at the change
that introduced it.  Changes that refer to a table or column replay does
not know are recorded as notes, never dropped silently.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Dict, Iterable, List, Literal, Optional, Tuple, overload

from . import annotations as ann_mod
from .kinds import EventKind
from .model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    Block,
    ColumnDef,
    ColumnsFrom,
    ColumnType,
    Conditions,
    Constraint,
    CreateTable,
    DefineType,
    DropColumn,
    DropConstraint,
    DropTable,
    FileResult,
    ForeignKeyRef,
    Location,
    ParseFailure,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
    TableRef,
)
from .record import dataclass, field, replace

#: Schemas that are the default search path: ``public.users`` and
#: ``users`` are the same table.
DEFAULT_SCHEMAS = {"public", "dbo", "main"}


@dataclass(frozen=True)
class Event:
    kind: EventKind
    location: Location
    detail: str = ""


@dataclass(frozen=True)
class AnnotationSource:
    annotation: "ann_mod.Annotation"
    location: Location
    source: str  # "comment" (database comment) | "directive" | "manifest" | "model" | "label"
    seq: int = 0  # replay order: a later annotation overrides an earlier one


@dataclass
class Column:
    name: str
    type: Optional[ColumnType]
    location: Location  # the definition that introduced the column
    table: "Table" = field(repr=False, default=None)
    nullable: bool = True
    primary_key: bool = False
    unique: bool = False
    indexed: bool = False
    default: Optional[str] = None
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    references: Optional[ForeignKeyRef] = None
    encryption: List[Tuple[str, Location]] = field(default_factory=list)
    hints: Dict[str, str] = field(default_factory=dict)
    notes: List[AnnotationSource] = field(default_factory=list)  # non-comment annotations
    keys: List[Tuple[str, Location]] = field(default_factory=list)  # (kind, where declared)
    history: List[Event] = field(default_factory=list)
    #: (table, column) as first created: identity that survives renames
    origin: Tuple[str, str] = ("", "")
    #: types the column may have instead of ``type``: (type, where, why) of a
    #: type change that may not run (PARSE001 where the classification differs)
    maybe_types: List[Tuple[ColumnType, Location, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.name.lower()

    def annotation_sources(self) -> List[AnnotationSource]:
        """Every annotation on the column, oldest first."""
        return _sources(self.comment, self.comment_location or self.location, self.comment_seq,
                        self.notes)


def _sources(comment, location, seq, notes) -> List[AnnotationSource]:
    out = list(notes)
    if comment:
        a = ann_mod.parse_cached(comment)
        if a is not None:
            out.append(AnnotationSource(a, location, "comment", seq))
    out.sort(key=lambda s: s.seq)
    return out


@dataclass
class Table:
    ref: TableRef
    location: Location
    columns: Dict[str, Column] = field(default_factory=dict)
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    notes: List[AnnotationSource] = field(default_factory=list)
    hints: Dict[str, str] = field(default_factory=dict)
    history: List[Event] = field(default_factory=list)
    #: named keys and indexes, by lower-case name (for DROP CONSTRAINT/INDEX)
    constraints: Dict[str, Constraint] = field(default_factory=dict)
    #: created by a statement replay saw (False: only altered, e.g. the
    #: base schema lives outside the replayed files)
    created: bool = True
    origin: str = ""
    _key_cache: Optional[tuple] = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.ref.name

    @property
    def key(self) -> str:
        cached = self._key_cache
        if cached is None or cached[0] is not self.ref:  # recomputed after a rename
            cached = self._key_cache = (self.ref, _table_key(self.ref))
        return cached[1]

    def annotation_sources(self) -> List[AnnotationSource]:
        """Every annotation on the table, oldest first."""
        return _sources(self.comment, self.comment_location or self.location, self.comment_seq,
                        self.notes)


@dataclass
class Schema:
    """The final state of one migration history."""

    history: str
    files: List[str] = field(default_factory=list)
    tables: Dict[str, Table] = field(default_factory=dict)
    #: located notes: constructs not followed and replay surprises
    notes: List[Skipped] = field(default_factory=list)
    failures: List[ParseFailure] = field(default_factory=list)
    #: source-comment annotations that precede no column or table:
    #: (annotation, location, reason) -- reported by ANN001
    orphan_annotations: List[tuple] = field(default_factory=list)
    noop_statements: int = 0
    statements: int = 0
    dialects: Dict[str, str] = field(default_factory=dict)  # path -> dialect used
    #: grants, row-level security, views, functions, roles (schemalint.access.AccessState);
    #: None until an access statement is replayed -- read it through schemalint.access.state()
    access: object = None

    def columns(self) -> Iterable[Column]:
        for t in self.tables.values():
            yield from t.columns.values()

    def find_table(self, ref: TableRef) -> Optional[Table]:
        key = _table_key(ref)
        t = self.tables.get(key)
        if t is not None:
            return t
        # unqualified reference to a qualified table (search_path), or the
        # reverse; never a table that another schema qualifies
        name = ref.name.lower()
        schema = ref.schema.lower() if ref.schema else None
        matches = [t for t in self.tables.values() if t.ref.name.lower() == name
                   and (schema is None or t.ref.schema is None or t.ref.schema.lower() == schema)]
        return matches[0] if len(matches) == 1 else None


def _canon(ref: TableRef) -> TableRef:
    if ref.schema and ref.schema.lower() in DEFAULT_SCHEMAS:
        return TableRef(ref.name, None)
    return ref


def _table_key(ref: TableRef) -> str:
    ref = _canon(ref)
    return f"{ref.schema.lower()}.{ref.name.lower()}" if ref.schema else ref.name.lower()


#: dialects whose DROP COLUMN shrinks keys instead of dropping them
_MYSQL_FAMILY = frozenset(("mysql", "mariadb", "tidb", "singlestore", "doris", "starrocks"))

#: errors replay can be sure a statement raises, with their SQLSTATE
_SQLSTATE = {"duplicate_column": "42701", "duplicate_table": "42p07"}


class _Frame:
    """An open PL/pgSQL block: the state to go back to when it fails.

    The schema is not copied when the block begins (a copy of a large
    schema costs most of a second): the table and type mappings are, and
    each table is copied the first time a change in the block is about to
    alter it (``saved``, by the identity of the live table)."""

    __slots__ = ("tables", "types", "saved", "handles", "location")

    def __init__(self, tables: dict, types: dict, handles: Tuple[str, ...], location: Location):
        self.tables = tables
        self.types = types
        self.saved: Dict[int, "Table"] = {}
        self.handles = handles
        self.location = location


class Replayer:
    def __init__(self, history: str):
        self.schema = Schema(history)
        self.seq = 0  # counts applied changes: orders annotations
        #: named types (CREATE TYPE, CREATE DOMAIN): key -> ColumnType
        self.types: Dict[str, ColumnType] = {}
        self._blocks: List[_Frame] = []
        #: the SQL dialect of the file being applied (None: an ORM's)
        self._dialect: Optional[str] = None
        #: (error, where) while the innermost block is failing
        self._failing: Optional[Tuple[str, Location]] = None
        #: the notes made so far: the same note at the same place is listed once (a
        #: frontend that unrolls a loop over a literal list says it once per item)
        self._noted: set = set()
        #: conditions of drops (model.Exists tuples): why they fail, "" when they hold
        self._verdicts: Dict[tuple, str] = {}

    # -- helpers ---------------------------------------------------------
    def _note(self, reason: str, loc: Location) -> None:
        self._add_note(Skipped(reason, loc))

    def _add_note(self, note: Skipped) -> None:
        if note not in self._noted:
            self._noted.add(note)
            self.schema.notes.append(note)

    @overload
    def _table(self, ref: TableRef, loc: Location, create_partial: Literal[True]) -> Table: ...
    @overload
    def _table(self, ref: TableRef, loc: Location, create_partial: bool) -> Optional[Table]: ...

    def _table(self, ref: TableRef, loc: Location, create_partial: bool) -> Optional[Table]:
        t = self.schema.find_table(ref)
        if t is None and create_partial:
            ref = _canon(ref)
            t = Table(ref, loc, created=False, origin=ref.name.lower())
            t.history.append(Event("assumed", loc, "table altered but not created in these files"))
            self.schema.tables[_table_key(ref)] = t
            self._note(
                f"table {ref} is altered here but not created in the replayed files; "
                f"its other columns are unknown", loc)
        return t

    def _new_column(self, table: Table, cd: ColumnDef) -> Column:
        col = Column(
            name=cd.name, type=self._resolve(cd.type), location=cd.location, table=table,
            nullable=cd.nullable, primary_key=cd.primary_key, unique=cd.unique,
            default=cd.default, comment=cd.comment,
            comment_location=cd.location if cd.comment else None, comment_seq=self.seq,
            references=cd.references, hints=dict(cd.hints),
            origin=(table.origin or table.ref.name.lower(), cd.name.lower()),
        )
        if cd.encryption:
            col.encryption.append((cd.encryption, cd.location))
        if cd.primary_key:
            col.keys.append(("primary", cd.location))
        if cd.unique:
            col.keys.append(("unique", cd.location))
        if cd.references:
            col.keys.append(("foreign", cd.location))
        col.history.append(Event("created", cd.location))
        return col

    # -- changes ---------------------------------------------------------
    def apply_all(self, results: Iterable[FileResult]) -> Schema:
        for r in results:
            if r.path not in self.schema.files:  # a file may come in parts (Liquibase includes)
                self.schema.files.append(r.path)
            if r.dialect:
                self.schema.dialects[r.path] = r.dialect
            self.schema.statements += int(r.stats.get("statements", 0))
            self.schema.noop_statements += int(r.stats.get("noop", 0))
            self._dialect = r.dialect
            for ch in r.changes:
                self.apply(ch)
            if self._blocks:  # a block never ends inside one file: do not let it swallow the next
                self._note("a block that begins in this file does not end in it", self._blocks[0].location)
                self._blocks, self._failing = [], None
        return self.schema

    def apply(self, ch) -> None:
        self.seq += 1
        if self._blocks:
            if self._failing is not None and type(ch) not in (Block, Skipped, ParseFailure):
                return  # after an error, the rest of a failing block does not run
            self._save_before(ch)
        handler = _HANDLERS.get(type(ch)) or _access_handler(type(ch))
        if handler is None:  # a change type replay does not know: say so
            loc = getattr(ch, "location", Location("<unknown>"))
            self._note(f"change {type(ch).__name__} is not understood by replay", loc)
            return
        handler(self, ch)

    # -- PL/pgSQL blocks: atomic, with exception handlers ---------------------
    def _raises(self, error: str, loc: Location) -> bool:
        """Inside a block, a statement that fails makes the block fail, as
        in the database (True: the caller makes no change)."""
        if not self._blocks:
            return False
        self._failing = (error, loc)
        return True

    def _save_before(self, ch) -> None:
        """Copy the tables ``ch`` may alter into every open block that has
        no copy of them yet (their state when those blocks began)."""
        if isinstance(ch, (AddColumn, DropColumn, RenameColumn, AlterColumn, SetComment, Annotate)):
            tables = [self.schema.find_table(ch.table)]
        elif isinstance(ch, AddConstraint):
            tables = [self.schema.find_table(ch.table)]
        elif isinstance(ch, DropConstraint) and ch.table is not None:
            tables = [self.schema.find_table(ch.table)]
        elif isinstance(ch, (DropConstraint, RenameTable)):  # may alter any table (renamed references)
            tables = list(self.schema.tables.values())
        else:
            return  # creates, drops and types change the mappings only
        import copy

        for t in tables:
            if t is None:
                continue
            frames = [f for f in self._blocks if id(t) not in f.saved]
            if frames:
                saved = copy.deepcopy(t)
                for f in frames:
                    f.saved[id(t)] = saved

    def _block(self, ch: Block) -> None:
        if ch.kind == "begin":
            self._blocks.append(_Frame(dict(self.schema.tables), dict(self.types), ch.handles, ch.location))
            return
        if not self._blocks:
            self._note("end of a block that did not begin", ch.location)
            return
        frame = self._blocks.pop()
        if self._failing is None:
            return
        import copy

        # copies go back live, so outer blocks keep theirs untouched
        self.schema.tables = {k: copy.deepcopy(frame.saved[id(t)]) if id(t) in frame.saved else t
                              for k, t in frame.tables.items()}
        self.types = frame.types
        error, where = self._failing
        handles = {h.replace(" ", "").lower() for h in frame.handles}
        if error in handles or f"sqlstate'{_SQLSTATE[error]}'" in handles or "others" in handles:
            self._failing = None  # the handler runs; what the block did is undone
        elif not self._blocks:
            self._failing = None
            what = {"duplicate_column": "the column already exists",
                    "duplicate_table": "the table already exists"}[error]
            self._note(f"{what} ({error}) and no EXCEPTION handler catches it: the DO block (BEGIN at line "
                       f"{frame.location.line}) fails here and the database undoes all of it; so does replay", where)

    # -- named types -----------------------------------------------------------
    def _define_type(self, ch: DefineType) -> None:
        key = _table_key(ch.name)
        if ch.type is None:
            self.types.pop(key, None)
        else:
            self.types[key] = ch.type

    def _resolve(self, ctype: Optional[ColumnType]) -> Optional[ColumnType]:
        """A column type named after a CREATE TYPE / CREATE DOMAIN takes
        that type's family."""
        if ctype is None or ctype.family != "other" or not self.types:
            return ctype
        ref = _type_ref(ctype.name)
        named = self.types.get(_table_key(ref))
        if named is None and ref.schema is None:  # a type of another schema on the search path
            found = [t for k, t in self.types.items() if k.rsplit(".", 1)[-1] == ref.name.lower()]
            named = found[0] if len(found) == 1 else None
        if named is None:
            return ctype
        return ColumnType(ctype.name, named.family, ctype.params or named.params, ctype.raw)

    def _create_table(self, ch: CreateTable) -> None:
        ref = _canon(ch.table)
        key = _table_key(ref)
        existing = self.schema.tables.get(key)
        if existing is not None:
            if ch.if_not_exists:
                return
            if self._raises("duplicate_table", ch.location):
                return
            self._note(
                f"table {ref} is created again (first at {existing.location}); "
                f"the new definition replaces it", ch.location)
        t = Table(ref, ch.location, comment=ch.comment,
                  comment_location=ch.location if ch.comment else None, comment_seq=self.seq,
                  hints=dict(ch.hints), origin=ref.name.lower())
        t.history.append(Event("created", ch.location))
        copied: List[Constraint] = []
        for source in ch.columns_from:
            copied.extend(self._copy_columns(t, source, ch.location))
        for cd in ch.columns:
            if cd.name.lower() in t.columns:
                self._note(f"column {cd.name} is declared twice in {ref}", cd.location)
            t.columns[cd.name.lower()] = self._new_column(t, cd)
        self.schema.tables[key] = t
        for con in copied + list(ch.constraints):
            self._constraint(t, con)

    def _copy_columns(self, t: Table, source: ColumnsFrom, loc: Location) -> List[Constraint]:
        """Copy ``source``'s columns into the new table ``t`` (``LIKE``):
        names, types and NOT NULL always, comments, defaults and keys when
        included, foreign keys never.  Returns the keys to add."""
        src = self.schema.find_table(source.table)
        if src is None:
            self._note(f"table {t.ref} copies the columns of {source.table} (LIKE), which is not known "
                       f"here; those columns are unknown", loc)
            return []
        if not src.created:
            self._note(f"table {t.ref} copies the columns of {source.table} (LIKE), whose own columns "
                       f"are only partly known", loc)
        including = set(source.including)
        picked = [(c, c.name) for c in src.columns.values()]
        if source.select:
            picked = []
            for old, new in source.select:
                c = src.columns.get(old.lower())
                if c is None:
                    self._note(f"table {t.ref} selects column {old} of {source.table}, which is not known here",
                               loc)
                    continue
                picked.append((c, new))
        for c, name in picked:
            col = Column(
                name=name, type=c.type, location=loc, table=t, nullable=c.nullable,
                default=c.default if "defaults" in including else None,
                comment=c.comment if "comments" in including else None,
                comment_location=loc if "comments" in including and c.comment else None, comment_seq=self.seq,
                encryption=list(c.encryption), hints=dict(c.hints), origin=(t.origin, c.key),
            )
            col.history.append(Event("created", loc, f"copied from {src.ref}.{c.name}"))
            t.columns[col.key] = col
        if "indexes" not in including:
            return []
        keys = [con for con in src.constraints.values() if con.kind != "foreign"]
        named = {c for con in keys for c in con.columns}
        for c in src.columns.values():  # keys declared on the column itself have no name
            for kind in ("primary", "unique", "index"):
                if getattr(c, {"primary": "primary_key", "unique": "unique", "index": "indexed"}[kind]) \
                        and c.name not in named:
                    keys.append(Constraint(kind, (c.name,), loc))
        return [Constraint(con.kind, con.columns, loc, None) for con in keys]

    def _constraint(self, t: Table, con: Constraint) -> None:
        # unnamed keys too, under a key no name can take: DROP COLUMN drops them
        t.constraints[con.name.lower() if con.name else f"\0{len(t.constraints)}:{con.kind}"] = con
        for name in con.columns:
            col = t.columns.get(name.lower())
            if col is None:
                continue  # expression indexes and unknown columns: nothing to mark
            col.keys.append((con.kind, con.location))
            if con.kind == "primary":
                col.primary_key = True
                col.nullable = False  # a primary key implies NOT NULL
            elif con.kind == "unique":
                col.unique = True
            elif con.kind == "index":
                col.indexed = True
            elif con.kind == "foreign" and con.references is not None and len(con.columns) == 1:
                col.references = con.references
            col.history.append(Event("keyed", con.location, con.kind))

    def _add_constraint(self, ch: AddConstraint) -> None:
        t = self._table(ch.table, ch.constraint.location, create_partial=False)
        if t is None:
            self._note(f"key or index on unknown table {ch.table}", ch.constraint.location)
            return
        self._constraint(t, ch.constraint)

    def _drop_constraint(self, ch: DropConstraint) -> None:
        tables = [self.schema.find_table(ch.table)] if ch.table is not None else list(self.schema.tables.values())
        tables = [t for t in tables if t is not None]
        removed = False
        targets: List[Tuple[str, Optional[str], Optional[Location]]]
        for t in tables:
            if ch.name:
                con = t.constraints.pop(ch.name.lower(), None)
                if con is None:
                    continue
                removed = True  # found by name (an expression index may key no column)
                targets = [(c, con.kind, con.location) for c in con.columns]
            elif ch.columns == ("*",):  # DROP PRIMARY KEY
                targets = [(c.name, ch.kind, None) for c in t.columns.values()]
            else:
                targets = [(c, ch.kind, None) for c in ch.columns]
            for cname, kind, loc in targets:
                col = t.columns.get(cname.lower())
                if col is None:
                    continue
                before = len(col.keys)
                col.keys = [(k, at) for k, at in col.keys
                            if not ((kind is None or k == kind) and (loc is None or at == loc))]
                if len(col.keys) != before:
                    removed = True
                    _refresh_keys(col)
                    col.history.append(Event("keyed", ch.location, f"dropped {kind or 'key'}"))
            if removed:
                break
        if not removed and not ch.if_exists and (ch.table is None or any(t.created for t in tables)):
            what = ch.name or f"{ch.kind or 'key'} on {', '.join(ch.columns)}"
            where = f" of {ch.table}" if ch.table is not None else ""
            self._note(f"drop of unknown key or index {what}{where}", ch.location)

    def _add_column(self, ch: AddColumn) -> None:
        t = self._table(ch.table, ch.location, create_partial=True)
        if ch.column.name.lower() in t.columns:
            if ch.if_not_exists:
                return  # ADD COLUMN IF NOT EXISTS: the existing column stays as it is
            if self._raises("duplicate_column", ch.location):
                return
            self._note(f"column {ch.column.name} already exists in {t.ref}; replaced", ch.location)
        t.columns[ch.column.name.lower()] = self._new_column(t, ch.column)

    def _conditions(self, ch: Conditions) -> None:
        self._verdicts[ch.requires] = self._unmet_now(ch.requires)

    def _unmet(self, requires, loc: Location, what: str) -> bool:
        """Is a condition a drop waits for (:class:`~schemalint.model.Exists`)
        false in the replayed schema, or not known (a table altered but not
        created here)?  Then the drop may not run: it is not applied, and a
        note says so (True).  Decided once for the drops of one changeSet
        (equal conditions), on the schema before the first of them."""
        if requires not in self._verdicts:
            self._verdicts[requires] = self._unmet_now(requires)
        why = self._verdicts[requires]
        if why:
            self._note(f"{what} is kept: {why}", loc)
        return bool(why)

    def _unmet_now(self, requires) -> str:
        for need in requires:
            t = self.schema.find_table(need.table)
            if t is None:
                known, there = True, False
            elif need.column is None:
                known, there = True, True
            else:
                there = need.column.lower() in t.columns
                known = there or t.created
            if known and there == need.present:
                continue
            cond = f"{need.table}.{need.column}" if need.column else f"table {need.table}"
            state = ("is not known here" if not known else
                     f"{'does not exist' if need.present else 'exists'} here")
            return f"its drop runs only if {cond} {'exists' if need.present else 'does not exist'}, and {cond} {state}"
        return ""

    def _drop_column(self, ch: DropColumn) -> None:
        if ch.requires and self._unmet(ch.requires, ch.location, f"column {ch.table}.{ch.column}"):
            return
        t = self._table(ch.table, ch.location, create_partial=False)
        column = ch.column.lower()
        if t is not None and column in t.columns and (self._dialect or "") in _MYSQL_FAMILY:
            key = next((con for con in t.constraints.values() if con.kind in ("primary", "unique")
                        and len(con.columns) > 1 and column in (c.lower() for c in con.columns)), None)
            if key is not None:
                self._note(f"column {t.ref}.{ch.column} is part of the {len(key.columns)}-column "
                           f"{con_name(key)}: MariaDB refuses to drop it, MySQL takes it out of the key; "
                           f"replay keeps the column, as MariaDB does", ch.location)
                return
        if t is None or t.columns.pop(column, None) is None:
            if (t is None or t.created) and not ch.if_exists:
                self._note(f"drop of unknown column {ch.table}.{ch.column}", ch.location)
        else:
            t.history.append(Event("altered", ch.location, f"dropped column {ch.column}"))
            self._drop_keys_with(t, column, ch.location)

    def _drop_keys_with(self, t: Table, column: str, loc: Location) -> None:
        """Keys over a dropped column: PostgreSQL (and SQLite, SQL Server,
        which refuse the drop) lose the whole key; MySQL and MariaDB take
        the column out of an index and drop the index when no column is
        left (a primary or unique key of several columns is refused
        before, in :meth:`_drop_column`)."""
        mysql = (self._dialect or "") in _MYSQL_FAMILY
        for name, con in list(t.constraints.items()):
            if column not in (c.lower() for c in con.columns):
                continue
            rest = tuple(c for c in con.columns if c.lower() != column)
            if mysql and rest:
                t.constraints[name] = Constraint(con.kind, rest, con.location, con.name, con.references)
                continue
            del t.constraints[name]
            for cname in rest:
                col = t.columns.get(cname.lower())
                if col is None:
                    continue
                col.keys = [(k, at) for k, at in col.keys if not (k == con.kind and at == con.location)]
                _refresh_keys(col)
                col.history.append(Event("keyed", loc, f"{con.kind} key dropped with column {column}"))

    def _may_run(self, requires, loc: Location, what: str) -> Optional[bool]:
        """Does a rename or alteration that waits for ``requires`` run: True
        (they hold), False (they do not: the changeSet is skipped, a note),
        None (not known here)."""
        if requires not in self._verdicts:
            self._verdicts[requires] = self._unmet_now(requires)
        why = self._verdicts[requires]
        if not why:
            return True
        if "is not known here" in why:
            return None
        self._add_note(Skipped(f"{what} is not applied: {why.replace('its drop runs', 'it runs')}", loc, "note"))
        return False

    def _rename_column(self, ch: RenameColumn) -> None:
        if ch.requires:
            runs = self._may_run(ch.requires, ch.location, f"rename of column {ch.table}.{ch.old}")
            if runs is False:
                return
            ch = replace(ch, keep_old=ch.keep_old or runs is None)
        t = self._table(ch.table, ch.location, create_partial=False)
        col = t.columns.pop(ch.old.lower(), None) if t else None
        if t is None or col is None:
            self._note(f"rename of unknown column {ch.table}.{ch.old}", ch.location)
            return
        if ch.keep_old:  # it may not run: the database has one name or the other
            t.columns[ch.old.lower()] = col
            self._add_note(Skipped(f"column {t.ref}.{ch.old} is kept beside {ch.new}: its rename may not run",
                                   ch.location, "note"))
            if ch.new.lower() in t.columns:
                return
            col = copy.deepcopy(col)
            col.name = ch.new
            col.history.append(Event("renamed", ch.location, f"{ch.old} -> {ch.new}, which may not run: "
                                                             f"{ch.old} is kept"))
            t.columns[ch.new.lower()] = col
            return
        col.name = ch.new
        col.history.append(Event("renamed", ch.location, f"{ch.old} -> {ch.new}"))
        t.columns[ch.new.lower()] = col
        for cname, con in list(t.constraints.items()):  # named keys follow the column
            if any(c.lower() == ch.old.lower() for c in con.columns):
                t.constraints[cname] = Constraint(
                    con.kind, tuple(ch.new if c.lower() == ch.old.lower() else c for c in con.columns),
                    con.location, con.name, con.references)

    def _alter_column(self, ch: AlterColumn) -> None:
        if ch.requires:
            runs = self._may_run(ch.requires, ch.location, f"alteration of column {ch.table}.{ch.column}")
            if runs is False:
                return
            if runs is None:
                ch = replace(ch, unsure=ch.unsure or "its preConditions ask what is not known here")
        t = self._table(ch.table, ch.location, create_partial=False)
        col = t.columns.get(ch.column.lower()) if t else None
        if col is None:
            if t is None or t.created:
                self._note(f"alteration of unknown column {ch.table}.{ch.column}", ch.location)
            return
        if ch.unsure and ch.type is not None and t is not None:
            self._unsure_type(t, col, ch)
        details = []
        if ch.type is not None:
            col.type = self._resolve(ch.type)
            details.append(f"type {ch.type}")
        if ch.nullable is not None:
            col.nullable = ch.nullable
        if ch.comment != UNSET:
            col.comment = ch.comment
            col.comment_location = ch.location
            col.comment_seq = self.seq
            details.append("comment")
        if ch.encryption:
            col.encryption.append((ch.encryption, ch.location))
        if ch.hints:
            col.hints.update(ch.hints)
        col.history.append(Event("altered", ch.location, ", ".join(details)))

    def _unsure_type(self, t: Table, col: Column, ch: AlterColumn) -> None:
        """A type change that may not run: the column has either type.  The
        new type is applied, the old one kept in ``maybe_types`` where the
        family differs (a flag, a date, a number may be classified apart
        from text: PARSE001 compares), with a note."""
        new = self._resolve(ch.type)
        what = f"type change of column {t.ref}.{col.name} from {col.type} to {ch.type}"
        self._add_note(Skipped(f"{what} may not run ({ch.unsure}); applied, the old type kept as possible",
                               ch.location, "note"))
        if col.type is not None and new is not None and col.type.family != new.family:
            col.maybe_types.append((col.type, ch.location, ch.unsure))

    def _rename_table(self, ch: RenameTable) -> None:
        if ch.requires:
            runs = self._may_run(ch.requires, ch.location, f"rename of table {ch.old}")
            if runs is False:
                return
            ch = replace(ch, keep_old=ch.keep_old or runs is None)
        t = self._table(ch.old, ch.location, create_partial=False)
        if t is None:
            self._note(f"rename of unknown table {ch.old}", ch.location)
            return
        new = _canon(ch.new)
        if new.schema is None and t.ref.schema and ch.new.schema is None:
            new = TableRef(new.name, t.ref.schema)  # RENAME TO keeps the schema
        if ch.keep_old:  # it may not run: the database has one name or the other
            self._add_note(Skipped(f"table {t.ref} is kept beside {new}: its rename may not run", ch.location,
                                   "note"))
            if _table_key(new) in self.schema.tables:
                return
            t = copy.deepcopy(t)
            t.ref = new
            t.history.append(Event("renamed", ch.location, f"{ch.old} -> {ch.new}, which may not run: "
                                                           f"{ch.old} is kept"))
            self.schema.tables[t.key] = t
            return
        del self.schema.tables[t.key]
        old_key = t.key
        t.ref = new
        t.history.append(Event("renamed", ch.location, f"{ch.old} -> {ch.new}"))
        self.schema.tables[t.key] = t
        # foreign keys point at the table, not at its name: they follow it
        for other in self.schema.tables.values():
            for col in other.columns.values():
                if col.references is not None and _table_key(col.references.table) == old_key:
                    col.references = ForeignKeyRef(new, col.references.columns)
            for name, con in list(other.constraints.items()):
                if con.references is not None and _table_key(con.references.table) == old_key:
                    other.constraints[name] = Constraint(con.kind, con.columns, con.location, con.name,
                                                         ForeignKeyRef(new, con.references.columns))

    def _drop_table(self, ch: DropTable) -> None:
        if ch.requires and self._unmet(ch.requires, ch.location, f"table {ch.table}"):
            return
        t = self.schema.find_table(ch.table)
        if t is None:
            return  # DROP TABLE IF EXISTS of something never created: no effect
        del self.schema.tables[t.key]

    def _set_comment(self, ch: SetComment) -> None:
        t = self._table(ch.table, ch.location, create_partial=False)
        if t is None:
            self._note(f"comment on unknown table {ch.table}", ch.location)
            return
        if ch.column is None:
            t.comment, t.comment_location, t.comment_seq = ch.comment, ch.location, self.seq
            t.history.append(Event("commented", ch.location))
            return
        col = t.columns.get(ch.column.lower())
        if col is None:
            self._note(f"comment on unknown column {ch.table}.{ch.column}", ch.location)
            return
        col.comment, col.comment_location, col.comment_seq = ch.comment, ch.location, self.seq
        col.history.append(Event("commented", ch.location))

    def _annotate(self, ch: Annotate) -> None:
        a = ann_mod.parse(ch.text) or ann_mod.parse_body(ch.text)
        t = self._table(ch.table, ch.location, create_partial=False)
        if t is None:
            if ch.source != "manifest":  # a manifest covers every history of a project
                self._note(f"annotation for unknown table {ch.table}", ch.location)
            return
        src = AnnotationSource(a, ch.location, ch.source, self.seq)
        if ch.column is None:
            t.notes.append(src)
            return
        col = t.columns.get(ch.column.lower())
        if col is None:
            self._note(f"annotation for unknown column {ch.table}.{ch.column}", ch.location)
            return
        col.notes.append(src)
        col.history.append(Event("annotated", ch.location, ch.source))

    def _skipped(self, ch: Skipped) -> None:
        if ch.kind == "noop":
            self.schema.noop_statements += 1
        else:
            self._add_note(ch)

    def _failure(self, ch: ParseFailure) -> None:
        self.schema.failures.append(ch)


def con_name(con: Constraint) -> str:
    """A key as a message names it."""
    kind = {"primary": "primary key", "unique": "unique key", "foreign": "foreign key"}.get(con.kind, "index")
    return f"{kind} {con.name}" if con.name else kind


def _type_ref(name: str) -> TableRef:
    """A type name as written in a column type (``public."Role"``)."""
    parts = [p.strip('"`[]') for p in name.split(".")]
    return TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)


def _refresh_keys(col: Column) -> None:
    kinds = {k for k, _ in col.keys}
    col.primary_key = "primary" in kinds
    col.unique = "unique" in kinds
    col.indexed = "index" in kinds
    if "foreign" not in kinds:
        col.references = None


#: change type -> how replay applies it (each handler takes the replayer and the change)
_HANDLERS: Dict[type, Callable[[Any, Any], None]] = {
    CreateTable: Replayer._create_table,
    AddColumn: Replayer._add_column,
    DropColumn: Replayer._drop_column,
    Conditions: Replayer._conditions,
    RenameColumn: Replayer._rename_column,
    AlterColumn: Replayer._alter_column,
    RenameTable: Replayer._rename_table,
    DropTable: Replayer._drop_table,
    SetComment: Replayer._set_comment,
    Annotate: Replayer._annotate,
    AddConstraint: Replayer._add_constraint,
    DropConstraint: Replayer._drop_constraint,
    DefineType: Replayer._define_type,
    Block: Replayer._block,
    Skipped: Replayer._skipped,
    ParseFailure: Replayer._failure,
}


# Access control (grants, row-level security, views, functions, roles) is
# replayed by schemalint/access/, imported by the first access change: most
# runs (one migration at a pre-commit hook) have none and do not pay for it.
def _access_handler(kind: type) -> Optional[Callable[[Any, Any], None]]:
    from . import access

    handler = access.HANDLERS.get(kind)
    if handler is not None:
        _HANDLERS[kind] = handler
    return handler


def _view_aware(name: str, own: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
    """A table change that may name a view instead (a comment, an annotation,
    a rename): views exist only once an access change made the access state."""
    def handler(rp, ch) -> None:
        if rp.schema.access is None:
            own(rp, ch)
            return
        from . import access

        getattr(access, name)(rp, ch, own)

    return handler


_HANDLERS[SetComment] = _view_aware("set_comment", Replayer._set_comment)
_HANDLERS[Annotate] = _view_aware("annotate", Replayer._annotate)
_HANDLERS[RenameTable] = _view_aware("rename_table", Replayer._rename_table)


def replay(history: str, results: Iterable[FileResult]) -> Schema:
    return Replayer(history).apply_all(results)
