"""The access state of a schema: who may read what.

Grants and revokes, role membership, default privileges, owners,
row-level security and its policies, views (with the query their lineage
is traced from) and functions, replayed in order like the rest of the
schema.  :data:`HANDLERS` is what :mod:`schemalint.replay` dispatches the
access changes of :mod:`schemalint.model` to; the state itself is plain
data with methods (:meth:`AccessState.grant`, :meth:`AccessState.add_view`
...) that a reader of a live catalog can fill the same way.

Two PostgreSQL rules decide what a grant reaches, and they differ:

* ``GRANT ... ON ALL TABLES IN SCHEMA s`` reaches the tables and views
  that exist in ``s`` *when it runs*;
* ``ALTER DEFAULT PRIVILEGES ... ON TABLES`` reaches those created
  *afterwards*.  Between two access statements the default privileges do
  not change, so every table not yet seen receives the defaults in force
  when the next access statement (or the end of the replay) comes:
  :meth:`AccessState.catch_up`.

A MySQL ``ON db.*`` or ``ON *.*`` grant is kept as a grant on the database
(:attr:`AccessState.scoped`), which reaches every table of it, now and
later, as MySQL checks it.

Tables are tracked as objects, not names: a renamed table keeps its
grants, policies and row-level security, a dropped and re-created one
starts without them, as in the database.  Who can read a column
(joining all this with the configuration and the classification) is
:mod:`.exposure`; the lineage of views is :mod:`.lineage`.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple, TypeVar, Union

from .. import annotations as ann_mod
from ..model import (
    PUBLIC,
    UNSET,
    AlterFunction,
    AlterPolicy,
    AlterView,
    Annotate,
    CommentOn,
    CreateFunction,
    CreatePolicy,
    CreateRole,
    CreateView,
    DefaultPrivileges,
    DropFunction,
    DropPolicy,
    DropView,
    Grant,
    GrantRole,
    Location,
    RenameTable,
    SetComment,
    SetOwner,
    SetRowSecurity,
    Skipped,
    TableRef,
)
from ..record import dataclass, field

#: the privilege that reads data; ``ALL`` includes it
READ = "SELECT"

#: privileges ``ALL`` stands for on a PostgreSQL table
_TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


@dataclass(eq=False)
class Privilege:
    """One privilege in force on a relation or function.  ``via`` says
    where it came from: ``grant`` (named in a GRANT), ``schema`` (``ON ALL
    TABLES IN SCHEMA``), ``default`` (default privileges at creation, the
    database's own included: PostgreSQL grants EXECUTE on a new function to
    PUBLIC), ``database``/``global`` (MySQL ``db.*``/``*.*``)."""

    grantee: str
    privilege: str
    location: Location
    columns: Tuple[str, ...] = ()
    via: str = "grant"
    grant_option: bool = False

    def reads(self, column: Optional[str] = None) -> bool:
        """Does it allow reading (``column``, or any column when None)?"""
        if self.privilege not in (READ, "ALL"):
            return False
        return column is None or not self.columns or column.lower() in (c.lower() for c in self.columns)


@dataclass(eq=False)
class Acl:
    """The privileges on one object, and the explicit revokes seen (a
    revoke of a privilege the replay never saw granted may still remove
    one the platform grants, such as Supabase's grants to ``anon``)."""

    entries: List[Privilege] = field(default_factory=list)
    #: (grantee, privilege) -> where it was last revoked
    revoked: Dict[Tuple[str, str], Location] = field(default_factory=dict)

    def grant(self, p: Privilege) -> None:
        for e in self.entries:
            if (e.grantee, e.privilege, e.columns) == (p.grantee, p.privilege, p.columns):
                e.grant_option = e.grant_option or p.grant_option
                return
        self.entries.append(p)
        self.revoked.pop((p.grantee, p.privilege), None)
        if p.privilege == "ALL":
            self.revoked.pop((p.grantee, READ), None)

    def revoke(self, grantee: str, privileges: Iterable[str], location: Location, columns: Tuple[str, ...] = (),
               option_only: bool = False) -> None:
        privs = set(privileges)
        every = "ALL" in privs
        cols = {c.lower() for c in columns}
        kept: List[Privilege] = []
        for e in self.entries:
            if e.grantee != grantee or not (every or e.privilege in privs or e.privilege == "ALL"):
                kept.append(e)
                continue
            if option_only:
                e.grant_option = False
                kept.append(e)
                continue
            if cols:  # a column revoke narrows column grants; a table grant stays
                if not e.columns:
                    kept.append(e)
                    continue
                left = tuple(c for c in e.columns if c.lower() not in cols)
                if left:
                    e.columns = left
                    kept.append(e)
                continue
            if e.privilege == "ALL" and not every:  # ALL minus what is revoked
                for p in _TABLE_PRIVILEGES:
                    if p not in privs:
                        kept.append(Privilege(e.grantee, p, e.location, e.columns, e.via, e.grant_option))
                continue
            # a table-level revoke removes the column grants of that privilege too
        self.entries = kept
        if not option_only and not cols:
            for p in (privs if not every else {READ, "ALL"}):
                self.revoked[(grantee, p)] = location

    def readers(self, column: Optional[str] = None) -> List[Privilege]:
        return [e for e in self.entries if e.reads(column)]

    def revoked_read(self, grantee: str) -> Optional[Location]:
        return self.revoked.get((grantee, READ)) or self.revoked.get((grantee, "ALL"))


@dataclass(eq=False)
class Policy:
    name: str
    location: Location
    command: str = "ALL"
    roles: Tuple[str, ...] = (PUBLIC,)
    permissive: bool = True
    using: Optional[str] = None
    check: Optional[str] = None

    def applies_to(self, command: str) -> bool:
        return self.command in ("ALL", command)

    @property
    def open(self) -> bool:
        """Does its USING clause let every row through (``true``, ``1 = 1``)?"""
        if self.using is None:
            return False
        text = "".join(self.using.split()).lower().strip("()")
        return text in ("true", "1=1", "'t'", "'true'", "true::boolean")


@dataclass(eq=False)
class TableAccess:
    """Access facts of one table (kept by object: they follow renames)."""

    table: object  # replay.Table
    acl: Acl = field(default_factory=Acl)
    owner: Optional[str] = None
    owner_location: Optional[Location] = None
    rls: bool = False
    rls_location: Optional[Location] = None  # where RLS was last enabled or disabled
    forced: bool = False
    forced_location: Optional[Location] = None
    policies: Dict[str, Policy] = field(default_factory=dict)


class Annotated:
    """What carries annotations besides tables and columns: views, their
    columns, functions, roles.  Quacks like a replayed table or column for
    the suppression filter and ANN001 (``ref``, ``origin``, ``columns``,
    ``annotation_sources()``); each record below declares the fields it
    reads (``name``, ``location``, ``comment``, ``comment_location``,
    ``comment_seq``, ``notes``)."""

    name: str
    location: Location
    comment: Optional[str]
    comment_location: Optional[Location]
    comment_seq: int
    notes: list

    @property
    def key(self) -> str:
        return self.name.lower()

    def annotation_sources(self) -> list:
        from ..replay import _sources

        return _sources(self.comment, self.comment_location or self.location, self.comment_seq, self.notes)


@dataclass(eq=False)
class ViewColumn(Annotated):
    """A view column something was declared on (a comment, a directive)."""

    name: str
    location: Location
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    notes: list = field(default_factory=list)
    origin: Tuple[str, str] = ("", "")


@dataclass(eq=False)
class View(Annotated):
    """A view or materialised view.  ``tables``/``views`` are the relations
    that existed when it was created, by replay key: the lineage resolves
    its query against them (:mod:`.lineage`)."""

    name: str
    location: Location
    ref: TableRef
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    notes: list = field(default_factory=list)
    query: str = ""
    query_location: Optional[Location] = None
    dialect: str = "postgres"
    column_names: Tuple[str, ...] = ()
    materialized: bool = False
    security_invoker: bool = False
    security_invoker_location: Optional[Location] = None
    security_barrier: bool = False
    definer: Optional[str] = None
    acl: Acl = field(default_factory=Acl)
    owner: Optional[str] = None
    tables: Dict[str, object] = field(default_factory=dict, repr=False)
    views: Dict[str, "View"] = field(default_factory=dict, repr=False)
    #: declared on view columns (COMMENT ON COLUMN v.c, directives), by lower-case name
    columns: Dict[str, ViewColumn] = field(default_factory=dict)
    origin: str = ""
    #: the traced lineage, computed on first use (:func:`.lineage.trace`)
    traced: object = field(default=None, repr=False)

    @property
    def qualified(self) -> str:
        return self.ref.qualified

    def column(self, name: str, location: Location) -> ViewColumn:
        col = self.columns.get(name.lower())
        if col is None:
            col = self.columns[name.lower()] = ViewColumn(name, location, origin=(self.origin, name.lower()))
        return col


@dataclass(eq=False)
class Function(Annotated):
    name: str
    location: Location
    ref: TableRef
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    notes: list = field(default_factory=list)
    kind: str = "function"
    arguments: str = ""
    returns: str = ""
    language: str = ""
    security_definer: bool = False
    security_location: Optional[Location] = None
    search_path: Optional[str] = None
    search_path_location: Optional[Location] = None
    body: Optional[str] = None
    body_location: Optional[Location] = None
    dialect: str = "postgres"
    acl: Acl = field(default_factory=Acl)
    owner: Optional[str] = None
    tables: Dict[str, object] = field(default_factory=dict, repr=False)
    views: Dict[str, View] = field(default_factory=dict, repr=False)
    columns: Dict[str, ViewColumn] = field(default_factory=dict)
    origin: str = ""
    traced: object = field(default=None, repr=False)


@dataclass(eq=False)
class Role(Annotated):
    name: str
    location: Location
    ref: TableRef
    comment: Optional[str] = None
    comment_location: Optional[Location] = None
    comment_seq: int = 0
    notes: list = field(default_factory=list)
    login: bool = False
    bypass_rls: bool = False
    superuser: bool = False
    created: bool = True
    columns: Dict[str, ViewColumn] = field(default_factory=dict)
    origin: str = ""


@dataclass(eq=False)
class DefaultEntry:
    kind: str  # tables | functions | ...
    schema: Optional[str]  # None: every schema
    grantee: str
    privilege: str
    location: Location
    grant_option: bool = False
    for_roles: Tuple[str, ...] = ()


@dataclass(eq=False)
class ScopedGrant:
    """A MySQL grant on a database (``db.*``; ``database`` None: the current
    one, ``*``) or on every database (``*.*``), kept as such: it reaches
    the tables of that database whenever they are created."""

    privilege: Privilege
    scope: str  # database | global
    database: Optional[str] = None


#: counters of the access statements replayed, by kind (see :attr:`AccessState.counts`)
COUNTED = ("grants", "revokes", "role_grants", "default_privileges", "row_security", "policies", "views",
           "functions", "security_definer", "roles", "owners")


class AccessState:
    """The access facts of one replayed schema."""

    def __init__(self, dialect: str = "postgres"):
        self.dialect = dialect
        self._tables: Dict[int, TableAccess] = {}
        self.views: Dict[str, View] = {}
        self.functions: Dict[str, Function] = {}
        self.roles: Dict[str, Role] = {}
        #: member -> {role it belongs to: where granted}
        self.memberships: Dict[str, Dict[str, Location]] = {}
        #: default privileges in force: (kind, schema, grantee, privilege) -> entry
        self.defaults: Dict[Tuple[str, Optional[str], str, str], DefaultEntry] = {}
        self.scoped: List[ScopedGrant] = []
        self.counts: Dict[str, int] = {k: 0 for k in COUNTED}
        self._seen: set = set()
        #: tables named by access statements but never created (noted once each)
        self.unknown_noted: set = set()
        self._builtin_defaults_done = False

    # -- tables ----------------------------------------------------------------
    def table(self, table) -> TableAccess:
        """The access facts of a replayed table (created on first use)."""
        ta = self._tables.get(id(table))
        if ta is None or ta.table is not table:
            ta = self._tables[id(table)] = TableAccess(table)
        return ta

    def tables(self) -> List[TableAccess]:
        """The access facts of every table an access statement touched."""
        return list(self._tables.values())

    def table_access(self, table) -> Optional[TableAccess]:
        """The facts of ``table`` if any statement touched it, else None."""
        ta = self._tables.get(id(table))
        return ta if ta is not None and ta.table is table else None

    # -- privileges ------------------------------------------------------------
    def default_privileges(self, kind: str, schema: Optional[str]) -> List[DefaultEntry]:
        """The default privileges an object of ``kind`` created now in
        ``schema`` receives: the global ones and that schema's."""
        self._builtin_defaults()
        out = []
        for (k, s, _g, _p), e in self.defaults.items():
            if k == kind and (s is None or (schema or "public").lower() == s):
                out.append(e)
        return out

    def _builtin_defaults(self) -> None:
        """PostgreSQL grants EXECUTE on every new function to PUBLIC."""
        if not self._builtin_defaults_done:
            self._builtin_defaults_done = True
            if self.dialect not in _MYSQL:
                self.defaults[("functions", None, PUBLIC, "EXECUTE")] = DefaultEntry(
                    "functions", None, PUBLIC, "EXECUTE", Location("<database default>", 1, 1))

    def apply_defaults(self, acl: Acl, kind: str, schema: Optional[str]) -> None:
        for e in self.default_privileges(kind, schema):
            acl.grant(Privilege(e.grantee, e.privilege, e.location, (), "default", e.grant_option))

    def catch_up(self, schema) -> None:
        """Give every table created since the last access statement the
        default privileges in force (they have not changed since)."""
        tables = schema.tables
        if len(self._seen) == len(tables) and all(id(t) in self._seen for t in tables.values()):
            return
        for t in tables.values():
            if id(t) not in self._seen:
                self._seen.add(id(t))
                if t.created and self.defaults:
                    self.apply_defaults(self.table(t).acl, "tables", t.ref.schema)

    def member_of(self, role: str) -> Dict[str, List[Location]]:
        """Every role ``role`` belongs to, directly or through others, with
        the membership grants on the way (PUBLIC is left out: everyone
        belongs to it)."""
        out: Dict[str, List[Location]] = {}
        todo: List[Tuple[str, List[Location]]] = [(role, [])]
        while todo:
            r, path = todo.pop()
            for parent, loc in self.memberships.get(r, {}).items():
                if parent not in out:
                    out[parent] = path + [loc]
                    todo.append((parent, path + [loc]))
        return out

    def members(self, role: str) -> Dict[str, List[Location]]:
        """Every role that belongs to ``role``, directly or not."""
        out: Dict[str, List[Location]] = {}
        for member in list(self.memberships):
            got = self.member_of(member)
            if role in got:
                out[member] = got[role]
        return out

    # -- names -----------------------------------------------------------------
    def find_view(self, ref: TableRef) -> Optional[View]:
        return _find(self.views, ref)

    def find_function(self, ref: TableRef) -> Optional[Function]:
        return _find(self.functions, ref)

    def role(self, name: str, location: Optional[Location] = None) -> Role:
        r = self.roles.get(name)
        if r is None:
            r = self.roles[name] = Role(name, location or Location("<unknown>", 1, 1), TableRef(name),
                                        created=location is not None, origin=name)
        return r

    def annotated(self) -> List[Union[View, Function, Role]]:
        """Views, functions and roles: what else carries annotations."""
        return [*self.views.values(), *self.functions.values(),
                *(r for r in self.roles.values() if r.comment or r.notes)]

    def audience(self, role: str) -> Optional[str]:
        r = self.roles.get(role)
        if r is None:
            return None
        value = None
        for src in r.annotation_sources():
            value = src.annotation.values.get("audience", value)
        return value


_MYSQL = frozenset(("mysql", "mariadb", "singlestore", "doris", "starrocks", "tidb"))


#: what is kept by name in AccessState.views / .functions
_Named = TypeVar("_Named", "View", "Function")


def _find(objects: Dict[str, _Named], ref: TableRef) -> Optional[_Named]:
    from ..replay import _table_key

    got = objects.get(_table_key(ref))
    if got is not None:
        return got
    name = ref.name.lower()
    matches = [o for o in objects.values() if o.ref.name.lower() == name]
    return matches[0] if len(matches) == 1 else None


def state(schema) -> AccessState:
    """The access state of a replayed schema (empty when it holds no
    access statement), with every table's default privileges settled."""
    st = getattr(schema, "access", None)
    if st is None:
        return AccessState(_dialect_of(schema))
    st.catch_up(schema)
    return st


def _dialect_of(schema) -> str:
    dialects = set(getattr(schema, "dialects", {}).values())
    return "mysql" if dialects and dialects <= _MYSQL else "postgres"


# --------------------------------------------------------------------------
# Replay: one handler per access change, called as handler(replayer, change)
# --------------------------------------------------------------------------


def _begin(rp) -> AccessState:
    """The replayer's access state, created on the first access statement;
    tables created since the last one receive the default privileges."""
    schema = rp.schema
    st = schema.access
    if st is None:
        st = schema.access = AccessState(_dialect_of(schema))
    st.catch_up(schema)
    return st


def _note(rp, reason: str, loc: Location) -> None:
    note = Skipped(reason, loc)
    if not rp.schema.notes or rp.schema.notes[-1] != note:  # one statement, several changes: one note
        rp.schema.notes.append(note)


def _unknown(rp, st: AccessState, ref: TableRef, what: str, loc: Location) -> None:
    """A note for a statement on a table these files never create (a
    platform's ``storage.objects``, a table made elsewhere): the first one
    per table, saying that later ones are not replayed either."""
    key = ref.qualified.lower()
    if key in st.unknown_noted:
        return
    st.unknown_noted.add(key)
    _note(rp, f"{what} on {ref}, which these files never create: not replayed (nor later grants, policies "
              f"or row-level security on it)", loc)


def _relations(rp, st: AccessState, ref: TableRef, loc: Location, what: str):
    """The table or view a statement names: (TableAccess, View) with one
    of them None; both None (and a note) when it is unknown."""
    t = rp.schema.find_table(ref)
    if t is not None:
        return st.table(t), None
    v = st.find_view(ref)
    if v is not None:
        return None, v
    _unknown(rp, st, ref, what, loc)
    return None, None


def _grant(rp, ch: Grant) -> None:
    st = _begin(rp)
    st.counts["revokes" if ch.revoke else "grants"] += 1
    privs = tuple(p.upper() for p in ch.privileges)

    def apply(acl: Acl, via: str) -> None:
        for g in ch.grantees:
            if ch.revoke:
                acl.revoke(g, privs, ch.location, ch.columns, ch.grant_option)
            else:
                for p in privs:
                    acl.grant(Privilege(g, p, ch.location, ch.columns, via, ch.grant_option))

    if ch.scope == "objects":
        for ref in ch.objects:
            ta, v = _relations(rp, st, ref, ch.location, "REVOKE" if ch.revoke else "GRANT")
            if ta is not None:
                apply(ta.acl, "grant")
            elif v is not None:
                apply(v.acl, "grant")
    elif ch.scope == "schema":
        wanted = {s.lower() for s in ch.schemas}
        for t in rp.schema.tables.values():
            if (t.ref.schema or "public").lower() in wanted:
                apply(st.table(t).acl, "schema")
        for v in st.views.values():
            if (v.ref.schema or "public").lower() in wanted:
                apply(v.acl, "schema")
    elif ch.scope in ("database", "global"):
        for g in ch.grantees:
            if ch.revoke:
                _revoke_scoped(st, ch, g, privs)
            else:
                for p in privs:
                    st.scoped.append(ScopedGrant(Privilege(g, p, ch.location, ch.columns, ch.scope,
                                                           ch.grant_option), ch.scope,
                                                 ch.schemas[0] if ch.schemas else None))
    elif ch.scope == "functions":
        for ref in ch.objects:
            f = st.find_function(ref)
            if f is None:
                _note(rp, f"{'REVOKE' if ch.revoke else 'GRANT'} on function {ref}, which these files never "
                          f"create: not replayed", ch.location)
            else:
                apply(f.acl, "grant")
    elif ch.scope == "all_functions":
        wanted = {s.lower() for s in ch.schemas}
        for f in st.functions.values():
            if (f.ref.schema or "public").lower() in wanted:
                apply(f.acl, "schema")
    # scope "other" (schemas, sequences, databases...): no data is read through it


def _revoke_scoped(st: AccessState, ch: Grant, grantee: str, privs: Tuple[str, ...]) -> None:
    kept = []
    for sg in st.scoped:
        p = sg.privilege
        same_scope = ch.scope == "global" or (sg.scope == ch.scope and sg.database == (
            ch.schemas[0] if ch.schemas else None))
        if p.grantee == grantee and same_scope and ("ALL" in privs or p.privilege in privs or p.privilege == "ALL"):
            if ch.grant_option:
                p.grant_option = False
                kept.append(sg)
            continue
        kept.append(sg)
    st.scoped = kept


def _grant_role(rp, ch: GrantRole) -> None:
    st = _begin(rp)
    st.counts["role_grants"] += 1
    for member in ch.members:
        for role in ch.roles:
            if ch.revoke:
                st.memberships.get(member, {}).pop(role, None)
            else:
                st.memberships.setdefault(member, {})[role] = ch.location


def _default_privileges(rp, ch: DefaultPrivileges) -> None:
    st = _begin(rp)
    st._builtin_defaults()
    st.counts["default_privileges"] += 1
    if ch.for_roles:
        _note(rp, f"ALTER DEFAULT PRIVILEGES FOR ROLE {', '.join(ch.for_roles)} applies to objects that role "
                  f"creates; schemalint assumes it is the role that runs these migrations", ch.location)
    kind = "functions" if ch.kind == "routines" else ch.kind
    schemas: List[Optional[str]] = [s.lower() for s in ch.schemas] or [None]
    for s in schemas:
        for g in ch.grantees:
            for p in (x.upper() for x in ch.privileges):
                keys = [(kind, s, g, p)]
                if p == "ALL" and ch.revoke:
                    keys = [k for k in st.defaults if k[:3] == (kind, s, g)]
                for key in keys:
                    if ch.revoke:
                        if ch.grant_option and key in st.defaults:
                            st.defaults[key].grant_option = False
                        else:
                            st.defaults.pop(key, None)
                    else:
                        st.defaults[key] = DefaultEntry(kind, s, g, p, ch.location, ch.grant_option,
                                                        ch.for_roles)


def _row_security(rp, ch: SetRowSecurity) -> None:
    st = _begin(rp)
    st.counts["row_security"] += 1
    t = rp.schema.find_table(ch.table)
    if t is None:
        _unknown(rp, st, ch.table, "row-level security set", ch.location)
        return
    ta = st.table(t)
    if ch.enabled is not None:
        ta.rls, ta.rls_location = ch.enabled, ch.location
    if ch.forced is not None:
        ta.forced, ta.forced_location = ch.forced, ch.location


def _owner(rp, ch: SetOwner) -> None:
    st = _begin(rp)
    st.counts["owners"] += 1
    if ch.kind == "function":
        obj = st.find_function(ch.target)
        if obj is not None:
            obj.owner = ch.owner
        return
    t = rp.schema.find_table(ch.target) if ch.kind == "table" else None
    if t is not None:
        ta = st.table(t)
        ta.owner, ta.owner_location = ch.owner, ch.location
        return
    v = st.find_view(ch.target)
    if v is not None:
        v.owner = ch.owner
    # the owner of an object these files never create gives no one access to data they hold


def _policy_table(rp, st: AccessState, ref: TableRef, loc: Location) -> Optional[TableAccess]:
    t = rp.schema.find_table(ref)
    if t is None:
        _unknown(rp, st, ref, "policy", loc)
        return None
    return st.table(t)


def _create_policy(rp, ch: CreatePolicy) -> None:
    st = _begin(rp)
    st.counts["policies"] += 1
    ta = _policy_table(rp, st, ch.table, ch.location)
    if ta is not None:
        ta.policies[ch.name.lower()] = Policy(ch.name, ch.location, ch.command, ch.roles, ch.permissive,
                                              ch.using, ch.check)


def _alter_policy(rp, ch: AlterPolicy) -> None:
    st = _begin(rp)
    ta = _policy_table(rp, st, ch.table, ch.location)
    if ta is None:
        return
    p = ta.policies.get(ch.name.lower())
    if p is None:
        _note(rp, f"ALTER POLICY {ch.name} on {ch.table}: no such policy was created", ch.location)
        return
    if ch.rename:
        del ta.policies[ch.name.lower()]
        p.name = ch.rename
        ta.policies[ch.rename.lower()] = p
    if ch.roles is not None:
        p.roles = ch.roles
    if ch.using != UNSET:
        p.using = ch.using
    if ch.check != UNSET:
        p.check = ch.check
    p.location = ch.location


def _drop_policy(rp, ch: DropPolicy) -> None:
    st = _begin(rp)
    t = rp.schema.find_table(ch.table)
    ta = st.table_access(t) if t is not None else None
    if (ta is None or ta.policies.pop(ch.name.lower(), None) is None) and not ch.if_exists:
        _note(rp, f"DROP POLICY {ch.name} on {ch.table}: no such policy was created", ch.location)


def _create_view(rp, ch: CreateView) -> None:
    from ..replay import _canon, _table_key

    st = _begin(rp)
    st.counts["views"] += 1
    ref = _canon(ch.view)
    key = _table_key(ref)
    v = st.views.get(key)
    if v is not None and ch.if_not_exists:
        return
    if v is None or not ch.replace:
        if v is not None:
            _note(rp, f"view {ref} is created again (first at {v.location}); the new definition replaces it",
                  ch.location)
        v = View(ref.name, ch.location, ref, origin=ref.name.lower())
        st.views[key] = v
        st.apply_defaults(v.acl, "tables", ref.schema)
    v.location = ch.location
    v.query, v.query_location, v.dialect = ch.query, ch.query_location, ch.dialect
    v.column_names = ch.columns
    v.materialized = ch.materialized
    if ch.security_invoker or not ch.replace or v.security_invoker_location is None:
        v.security_invoker = ch.security_invoker
        v.security_invoker_location = ch.location if ch.security_invoker else None
    v.security_barrier = ch.security_barrier
    v.definer = ch.definer
    v.tables = dict(rp.schema.tables)
    v.views = {k: o for k, o in st.views.items() if o is not v}
    v.traced = None


def _alter_view(rp, ch: AlterView) -> None:
    from ..replay import _canon

    st = _begin(rp)
    v = _existing(rp, st.find_view, ch.view, "ALTER VIEW", ch.location)
    if v is None:
        return
    if ch.security_invoker is not None:
        v.security_invoker = ch.security_invoker
        v.security_invoker_location = ch.location
    if ch.security_barrier is not None:
        v.security_barrier = ch.security_barrier
    if ch.rename is not None:
        _rename(st.views, v, _canon(ch.rename))


def _existing(rp, find, ref: TableRef, what: str, loc: Location):
    """The view or function a statement alters, or None and a note."""
    obj = find(ref)
    if obj is None:
        _note(rp, f"{what} {ref}: no such object was created in these files", loc)
    return obj


def _rename(objects: Dict[str, _Named], obj: _Named, ref: TableRef) -> None:
    """Re-key a view or function under its new name."""
    from ..replay import _table_key

    del objects[_table_key(obj.ref)]
    obj.ref, obj.name = ref, ref.name
    objects[_table_key(ref)] = obj


def _drop(rp, objects: Dict[str, _Named], refs: Iterable[TableRef], if_exists: bool, what: str, loc: Location) -> None:
    from ..replay import _table_key

    for ref in refs:
        obj = _find(objects, ref)
        if obj is not None:
            del objects[_table_key(obj.ref)]
        elif not if_exists:
            _note(rp, f"DROP {what} {ref}: no such {what.lower()} was created in these files", loc)


def _drop_view(rp, ch: DropView) -> None:
    _drop(rp, _begin(rp).views, ch.views, ch.if_exists, "VIEW", ch.location)


def _create_function(rp, ch: CreateFunction) -> None:
    from ..replay import _canon, _table_key

    st = _begin(rp)
    st.counts["functions"] += 1
    if ch.security_definer:
        st.counts["security_definer"] += 1
    ref = _canon(ch.name)
    key = _table_key(ref)
    f = st.functions.get(key)
    if f is None or not ch.replace:
        f = Function(ref.name, ch.location, ref, origin=ref.name.lower())
        if ch.dialect not in _MYSQL:
            st.apply_defaults(f.acl, "functions", ref.schema)
        st.functions[key] = f
    f.location = ch.location
    f.kind, f.arguments, f.returns, f.language = ch.kind, ch.arguments, ch.returns, ch.language
    f.security_definer = ch.security_definer
    f.security_location = ch.location
    f.search_path = ch.search_path
    f.search_path_location = ch.location if ch.search_path is not None else None
    f.body, f.body_location, f.dialect = ch.body, ch.body_location, ch.dialect
    f.tables = dict(rp.schema.tables)
    f.views = dict(st.views)


def _alter_function(rp, ch: AlterFunction) -> None:
    st = _begin(rp)
    f = _existing(rp, st.find_function, ch.name, "ALTER FUNCTION", ch.location)
    if f is None:
        return
    if ch.security_definer is not None:
        f.security_definer = ch.security_definer
        f.security_location = ch.location
    if ch.search_path != UNSET:
        f.search_path = ch.search_path
        f.search_path_location = ch.location
    if ch.rename:
        _rename(st.functions, f, TableRef(ch.rename, f.ref.schema))


def _drop_function(rp, ch: DropFunction) -> None:
    _drop(rp, _begin(rp).functions, ch.names, ch.if_exists, "FUNCTION", ch.location)


def _create_role(rp, ch: CreateRole) -> None:
    st = _begin(rp)
    st.counts["roles"] += 1
    r = st.role(ch.name, ch.location)
    r.created, r.location = True, ch.location
    r.login, r.bypass_rls, r.superuser = ch.login, ch.bypass_rls, ch.superuser
    if ch.comment:
        r.comment, r.comment_location, r.comment_seq = ch.comment, ch.location, rp.seq
    for parent in ch.member_of:
        st.memberships.setdefault(ch.name, {})[parent] = ch.location


def _comment_on(rp, ch: CommentOn) -> None:
    st = _begin(rp)
    obj: Union[Role, View, Function, None]
    if ch.kind == "role":
        obj = st.role(ch.target.name)
    elif ch.kind == "view":
        obj = st.find_view(ch.target)
    elif ch.kind == "function":
        obj = st.find_function(ch.target)
    else:
        return  # a policy's comment carries nothing the rules read
    if obj is None:
        _note(rp, f"comment on {ch.kind} {ch.target}, which these files never create", ch.location)
        return
    obj.comment, obj.comment_location, obj.comment_seq = ch.text, ch.location, rp.seq


# -- changes the table replay owns, when they name a view, function or role --------


def set_comment(rp, ch: SetComment, fallback) -> None:
    """``COMMENT ON COLUMN v.c``: a view column's comment; anything else
    goes to replay's own handler."""
    if rp.schema.find_table(ch.table) is None and rp.schema.access is not None:
        v = rp.schema.access.find_view(ch.table)
        if v is not None:
            target = v if ch.column is None else v.column(ch.column, ch.location)
            target.comment, target.comment_location, target.comment_seq = ch.comment, ch.location, rp.seq
            return
    fallback(rp, ch)


def annotate(rp, ch: Annotate, fallback) -> None:
    """A directive or manifest annotation on a view (column), function or
    role; tables and columns go to replay's own handler."""
    st = rp.schema.access
    if rp.schema.find_table(ch.table) is None and st is not None:
        target = st.find_view(ch.table)
        if target is not None and ch.column is not None:
            target = target.column(ch.column, ch.location)
        if target is None and ch.column is None:
            target = st.find_function(ch.table) or (st.roles.get(ch.table.name) if not ch.table.schema else None)
        if target is not None:
            a = ann_mod.parse(ch.text) or ann_mod.parse_body(ch.text)
            from ..replay import AnnotationSource

            target.notes.append(AnnotationSource(a, ch.location, ch.source, rp.seq))
            return
    fallback(rp, ch)


def rename_table(rp, ch: RenameTable, fallback) -> None:
    """``ALTER TABLE v RENAME TO w`` on a view renames the view."""
    if rp.schema.find_table(ch.old) is None and rp.schema.access is not None:
        if rp.schema.access.find_view(ch.old) is not None:
            _alter_view(rp, AlterView(ch.old, ch.location, rename=ch.new))
            return
    fallback(rp, ch)


#: change type -> handler(replayer, change), merged into replay's dispatch table
HANDLERS: Dict[type, Callable[[Any, Any], None]] = {
    Grant: _grant,
    GrantRole: _grant_role,
    DefaultPrivileges: _default_privileges,
    SetRowSecurity: _row_security,
    SetOwner: _owner,
    CreatePolicy: _create_policy,
    AlterPolicy: _alter_policy,
    DropPolicy: _drop_policy,
    CreateView: _create_view,
    AlterView: _alter_view,
    DropView: _drop_view,
    CreateFunction: _create_function,
    AlterFunction: _alter_function,
    DropFunction: _drop_function,
    CreateRole: _create_role,
    CommentOn: _comment_on,
}

__all__ = ["AccessState", "HANDLERS", "state", "Privilege", "Acl", "Policy", "TableAccess", "View",
           "ViewColumn", "Function", "Role", "READ", "set_comment", "annotate", "rename_table"]
