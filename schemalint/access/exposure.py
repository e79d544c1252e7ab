"""Who can read a column: the access state joined with the configuration
and the classification.  The ACC rules and the audit ask here, so they
agree by construction.

A *reader* of a table column is a role with ``SELECT`` on it (or the table)
through a grant, ``ON ALL TABLES IN SCHEMA``, default privileges, a MySQL
database grant, ownership, or a role it belongs to; in a Supabase project
also ``anon`` and ``authenticated`` in the exposed schemas, which the
platform grants everything there unless a migration revokes it.  Row-level
security then decides which rows it reads: ``all``, ``some`` (policies
restrict them) or ``none`` (RLS without a policy for it).  A view that
copies the column gives its own readers every row, since it reads with
its owner's rights -- unless it is ``security_invoker``; a ``SECURITY
DEFINER`` function that returns it gives its callers the same.

*Anonymous* roles are ``PUBLIC``, the configured ones (default ``anon``,
``authenticated``, ``web_anon``, ``public``), roles annotated
``audience=public`` or ``audience=authenticated``, and MySQL's anonymous
account (``''@host``); a MySQL account that may connect from any host
(``'x'@'%'``) counts when its grant covers a whole database.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from ..model import PUBLIC, Location
from ..paths import under_directory
from ..record import dataclass
from . import READ, Acl, Policy, Privilege, TableAccess, View, state  # noqa: F401 - READ, Privilege: re-exported
from .lineage import Source, base_sources, trace_query, trace_view

if TYPE_CHECKING:  # replay imports this package: names for the type checker only
    from ..replay import Column, Table

#: category groups whose exposure the ACC rules report (UU PDP's specific data and credentials)
HIGH_RISK_GROUPS = ("gov_id", "health", "biometric", "financial", "family", "credential")
#: roles anonymous unless configured otherwise: PostgREST/Supabase's web roles and PUBLIC
DEFAULT_ANONYMOUS = ("anon", "authenticated", "web_anon", PUBLIC)
#: values of a role's ``audience=`` annotation
AUDIENCES = ("public", "authenticated", "reporting", "internal")
#: roles Supabase grants every table of its exposed schemas to
SUPABASE_ROLES = ("anon", "authenticated")
_MYSQL = frozenset(("mysql", "mariadb", "singlestore", "doris", "starrocks", "tidb"))


@dataclass(frozen=True)
class Reader:
    """One way a role reads a column or relation."""

    role: str
    via: str  # grant | schema | default | database | global | owner | platform | member | view | function
    location: Optional[Location]  # the statement that gives it (None: the platform's grant)
    rows: str = "all"  # all | some | none
    through: str = ""  # the view, function or role it goes through
    chain: Tuple[Location, ...] = ()  # other statements on the way (membership, policy, view)
    anonymous: str = ""  # why the role counts as anonymous; "" when it does not
    policy: str = ""  # the policy that decides the rows

    @property
    def locations(self) -> Tuple[Location, ...]:
        return tuple(x for x in (self.location, *self.chain) if x is not None)

    def describe(self) -> str:
        """``anon (GRANT at V2__x.sql:3, member of reader)`` for messages."""
        who = shown_role(self.role)
        how = {
            "grant": "granted", "schema": "ON ALL TABLES IN SCHEMA", "default": "default privileges",
            "database": "database-wide grant", "global": "grant on *.*", "owner": "owner",
            "platform": "Supabase's default grant", "member": f"member of {self.through}",
            "view": f"through view {self.through}", "function": f"through function {self.through}()",
        }.get(self.via, self.via)
        where = f" at {self.location}" if self.location is not None and self.via not in ("platform",) else ""
        rows = {"all": "", "some": f', rows limited by policy "{self.policy}"',
                "none": ", no rows (RLS without a policy for it)"}[self.rows]
        if self.rows == "all" and self.policy:
            rows = f', every row (policy "{self.policy}" lets all through)'
        return f"{who} ({how}{where}{rows})"


@dataclass(frozen=True)
class Exposed:
    """A high-risk base column a view or function hands out unchanged."""

    name: str  # the view's (or function's) output column
    location: Location
    table: Table
    column: Column
    category: object


@dataclass
class Platform:
    kind: Optional[str] = None  # supabase | postgrest | None
    evidence: str = ""


class Access:
    """Access questions about one replayed schema (see the module doc)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.schema = ctx.schema
        self.state = state(ctx.schema)
        cfg = ctx.config
        self.mysql = self.state.dialect in _MYSQL
        self.anonymous_names = {r.lower() for r in DEFAULT_ANONYMOUS} | {
            r.lower() for r in getattr(cfg, "anonymous_roles", None) or ()}
        for name in self.state.roles:
            if self.state.audience(name) in ("public", "authenticated"):
                self.anonymous_names.add(name.lower())
        self.reporting_roles = {n.lower() for n in self.state.roles if self.state.audience(n) == "reporting"}
        self.platform = self._platform()
        self.exposed = {s.lower() for s in getattr(cfg, "exposed_schemas", None) or ()}
        if self.platform.kind is not None:
            self.exposed.add("public")
        self.reporting = {s.lower() for s in getattr(cfg, "reporting_schemas", None) or ()}
        self.app_roles = {r.lower() for r in getattr(cfg, "app_roles", None) or ()}
        self.migration_role = (getattr(cfg, "migration_role", None) or "").lower() or None
        self._alive_tables = {id(t) for t in self.schema.tables.values()}
        self._readers: Dict[Tuple[int, Optional[str]], List[Reader]] = {}
        self._views: Optional[List[View]] = None
        self._risky_names: Optional[set] = None
        self._high_risk: Dict[int, tuple] = {}
        self._noted: set = set()

    # -- what the schema is ------------------------------------------------------
    @property
    def postgres(self) -> bool:
        return not self.mysql

    def _platform(self) -> Platform:
        for path in self.schema.files:
            if under_directory(path, "supabase"):
                return Platform("supabase", f"its migrations are under a supabase/ directory ({path})")
        grantees = self._grantees()
        for r in ("anon", "authenticated"):
            if r in grantees:
                return Platform("supabase", f"it grants to {r}, Supabase's API role (at {grantees[r]})")
        if "web_anon" in grantees:
            return Platform("postgrest", f"it grants to web_anon, PostgREST's anonymous role (at "
                                         f"{grantees['web_anon']})")
        if "authenticator" in self.state.roles:
            return Platform("postgrest", "it creates the authenticator role PostgREST logs in as")
        return Platform()

    def _grantees(self) -> Dict[str, Location]:
        out: Dict[str, Location] = {}
        acls: List[Acl] = [ta.acl for ta in self.state.tables()]
        acls += [v.acl for v in self.state.views.values()]
        for acl in acls:
            for e in acl.entries:
                if e.via != "default" or e.grantee != PUBLIC:
                    out.setdefault(e.grantee.lower(), e.location)
        for member, roles in self.state.memberships.items():
            for loc in roles.values():
                out.setdefault(member.lower(), loc)
        for d in self.state.defaults.values():
            if d.location.path != "<database default>":
                out.setdefault(d.grantee.lower(), d.location)
        return out

    def schema_of(self, ref) -> str:
        return (ref.schema or ("" if self.mysql else "public")).lower()

    def in_exposed(self, ref) -> bool:
        return self.postgres and self.schema_of(ref) in self.exposed

    # -- roles ---------------------------------------------------------------------
    def anonymous(self, role: str, via: str = "") -> str:
        """Why ``role`` counts as anonymous ('' when it does not)."""
        if role.lower() == PUBLIC:
            return "PUBLIC: every role"
        if self.mysql and "@" in role:
            user, host = role.rsplit("@", 1)
            if user == "":
                return "MySQL's anonymous account"
            if user.lower() in self.anonymous_names:
                return "an anonymous role (configured)" if user.lower() not in DEFAULT_ANONYMOUS else \
                    "an anonymous web role"
            if host == "%" and via in ("database", "global"):
                return f"{role} may connect from any host, and the grant covers the whole database"
            return ""
        name = role.lower()
        if name in self.anonymous_names:
            aud = self.state.audience(role)
            if aud in ("public", "authenticated"):
                return f"annotated audience={aud}"
            return "an anonymous web role" if name in DEFAULT_ANONYMOUS else "an anonymous role (configured)"
        return ""

    # -- columns -------------------------------------------------------------------
    def high_risk(self, table: Table) -> List[Tuple[Column, object]]:
        """(column, category) of the table's unprotected high-risk columns
        (computed once per table)."""
        got = self._high_risk.get(id(table))
        if got is not None and got[0] is table:
            return got[1]
        out = []
        for column in table.columns.values():
            cat = self.ctx.category(table, column)
            if cat is None or not is_high_risk(cat):
                continue
            if self.ctx.protection(table, column).protected:
                continue
            out.append((column, cat))
        self._high_risk[id(table)] = (table, out)
        return out

    def personal(self, table) -> List[Tuple[object, object]]:
        out = []
        for column in table.columns.values():
            cat = self.ctx.category(table, column)
            if cat is not None:
                out.append((column, cat))
        return out

    # -- row-level security ------------------------------------------------------
    def rows(self, ta: Optional[TableAccess], role: str) -> Tuple[str, str]:
        """(rows, policy) a role reads of a table under row-level security."""
        if self.mysql or ta is None or not ta.rls:
            return "all", ""
        r = self.state.roles.get(role)
        if r is not None and (r.bypass_rls or r.superuser):
            return "all", ""
        if ta.owner is not None and ta.owner == role and not ta.forced:
            return "all", ""
        groups = {role, PUBLIC, *self.state.member_of(role)}
        permissive: List[Policy] = []
        restrictive: List[Policy] = []
        for p in ta.policies.values():
            if not p.applies_to("SELECT") or not (set(p.roles) & groups or role == PUBLIC and PUBLIC in p.roles):
                continue
            (permissive if p.permissive else restrictive).append(p)
        if not permissive:
            return "none", ""
        if any(not p.open for p in restrictive):
            return "some", next(p.name for p in restrictive if not p.open)
        opened = next((p for p in permissive if p.open), None)
        if opened is not None:
            return "all", opened.name
        return "some", permissive[0].name

    # -- readers -----------------------------------------------------------------
    def table_readers(self, table, column: Optional[str] = None) -> List[Reader]:
        """Every role that reads ``column`` of ``table`` (any column: None)
        directly, with the rows it reads."""
        key = (id(table), column.lower() if column else None)
        got = self._readers.get(key)
        if got is not None:
            return got
        ta = self.state.table_access(table)
        out: List[Reader] = []
        if ta is not None:
            for p in ta.acl.readers(column):
                out.append(self._reader(ta, p.grantee, p.via, p.location))
            if ta.owner:
                out.append(self._reader(ta, ta.owner, "owner", ta.owner_location))
        for sg in self.state.scoped:
            if sg.privilege.reads(column) and self._covers(sg, table.ref):
                out.append(self._reader(ta, sg.privilege.grantee, sg.scope, sg.privilege.location))
        out = self._with_members(out, lambda role: self.rows(ta, role))
        if self.platform.kind == "supabase" and self.in_exposed(table.ref):
            for r in SUPABASE_ROLES:
                if ta is not None and ta.acl.revoked_read(r):
                    continue
                if not any(x.role == r for x in out):
                    out.append(self._reader(ta, r, "platform", None))
        self._readers[key] = out
        return out

    def _reader(self, ta, role, via, location, through="", chain=()) -> Reader:
        rows, policy = self.rows(ta, role)
        policy_loc: Tuple[Location, ...] = ()
        if policy and ta is not None and policy.lower() in ta.policies:
            policy_loc = (ta.policies[policy.lower()].location,)
        return Reader(role, via, location, rows, through, tuple(chain) + policy_loc,
                      self.anonymous(role, via), policy)

    def _with_members(self, readers: List[Reader], rows_of) -> List[Reader]:
        """Add the roles that belong to a reader (they inherit its
        privileges)."""
        out = list(readers)
        seen = {r.role for r in readers}
        for r in readers:
            if r.role == PUBLIC:
                continue
            for member, path in sorted(self.state.members(r.role).items()):
                if member in seen:
                    continue
                seen.add(member)
                rows, policy = rows_of(member)
                out.append(Reader(member, "member", r.location, rows, r.role, tuple(path) + r.chain,
                                  self.anonymous(member, r.via), policy))
        return out

    def _covers(self, sg, ref) -> bool:
        if sg.scope == "global":
            return True
        db = (sg.database or "").lower()
        return not ref.schema or not db or ref.schema.lower() == db

    # -- views -------------------------------------------------------------------
    def views(self) -> List[View]:
        """The views that still exist: a view whose base table was dropped
        went with it (DROP ... CASCADE) or cannot be read."""
        if self._views is None:
            self._views = [v for v in self.view_candidates() if self.alive_view(v)]
        return self._views

    def view_candidates(self) -> List[View]:
        """The views whose text names a table with high-risk data (or a view
        that does), untraced: a check that can rule a view out from its
        readers alone asks this first, and traces (:meth:`alive_view`) only
        the views it still needs."""
        return [v for v in self.state.views.values() if self._may_expose(v)]

    def read_beyond_owner(self, view: View) -> bool:
        """Is ``view`` read by anyone but its owner, or meant for reporting
        (a reporting schema or role)?  Asked before tracing: a view only its
        owner reads exposes nothing its owner cannot read already, so no
        access rule has a question about its lineage."""
        readers = self.view_readers(view)
        return (self.schema_of(view.ref) in self.reporting
                or any(r.role.lower() in self.reporting_roles for r in readers)
                or any(r.via != "owner" or r.anonymous for r in readers))

    def alive_view(self, view: View) -> bool:
        """Trace ``view`` (once; a located note when its lineage is
        incomplete) and say whether every relation it reads still exists."""
        traced = trace_view(view, self.schema.files)
        if traced.problems:
            self._note(view, traced.problems)
        return all(self._alive(s.relation) for c in traced.columns for s in c.sources)

    def _may_expose(self, obj, depth: int = 0) -> bool:
        """Does a view's (or function's) text name a table with high-risk
        columns, or a view that does?  Only those are traced: the others
        cannot hand out high-risk data."""
        if self._risky_names is None:
            self._risky_names = {t.ref.name.lower() for t in self.schema.tables.values() if self.high_risk(t)}
        text = obj.query if hasattr(obj, "query") else (obj.body or "") + " " + (obj.returns or "")
        words = {w.lower() for w in _WORD.findall(text)}
        if words & self._risky_names:
            return True
        if depth < 10:
            return any(v is not obj and v.ref.name.lower() in words and self._may_expose(v, depth + 1)
                       for v in self.state.views.values())
        return False

    def _note(self, obj, problems: List[str]) -> None:
        """A located note for a view or function whose lineage is
        incomplete (once per object and run)."""
        from ..model import Skipped

        if id(obj) in self._noted:
            return
        self._noted.add(id(obj))
        kind = "view" if hasattr(obj, "query") else "function"
        name = obj.ref.qualified
        self.schema.notes.append(Skipped(
            f"{kind} {name}: {'; '.join(dict.fromkeys(problems))}; who reads what through it is not fully "
            f"traced", obj.location))

    def _alive(self, rel) -> bool:
        if hasattr(rel, "query"):
            return rel in self.state.views.values()
        return id(rel) in self._alive_tables

    def view_exposed(self, view: View) -> List[Exposed]:
        """The view's output columns that copy an unprotected high-risk base
        column and are not declared masked."""
        traced = trace_view(view, self.schema.files)
        out = []
        table_masked = _declared(view, "masked")
        for tc in traced.columns:
            decl = view.columns.get(tc.name.lower())
            if table_masked or (decl is not None and _declared(decl, "masked")):
                continue
            for src in base_sources(view, tc, self.schema.files):
                got = self._exposed(src, tc.name, tc.location)
                if got is not None:
                    out.append(got)
        return out

    def _exposed(self, src: Source, name: str, location: Location) -> Optional[Exposed]:
        table = src.relation
        if src.exposure != "copy" or isinstance(table, View):
            return None
        column = table.columns.get(src.column.lower())
        if column is None:
            return None
        if not any(c is column for c, _ in self.high_risk(table)):
            return None  # not high-risk, or protected
        return Exposed(name, location, table, column, self.ctx.category(table, column))

    def view_readers(self, view: View, column: Optional[str] = None) -> List[Reader]:
        out: List[Reader] = []
        for p in view.acl.readers(column):
            out.append(Reader(p.grantee, p.via, p.location, "all", view.qualified, (),
                              self.anonymous(p.grantee, p.via)))
        if view.owner:
            out.append(Reader(view.owner, "owner", None, "all", view.qualified, (), self.anonymous(view.owner)))
        for sg in self.state.scoped:
            if sg.privilege.reads(column) and self._covers(sg, view.ref):
                out.append(Reader(sg.privilege.grantee, sg.scope, sg.privilege.location, "all", view.qualified,
                                  (), self.anonymous(sg.privilege.grantee, sg.scope)))
        out = self._with_members(out, lambda role: ("all", ""))
        if self.platform.kind == "supabase" and self.in_exposed(view.ref):
            for r in SUPABASE_ROLES:
                if not view.acl.revoked_read(r) and not any(x.role == r for x in out):
                    out.append(Reader(r, "platform", None, "all", view.qualified, (), self.anonymous(r)))
        return out

    # -- functions ---------------------------------------------------------------
    def function_exposed(self, f) -> List[Exposed]:
        """High-risk columns a function returns (or reads, when its body
        cannot be traced precisely); [] when it returns none."""
        if not self._may_expose(f):
            return []
        traced = trace_function(f, self.schema.files)
        if traced.problems:
            self._note(f, traced.problems)
        out = []
        for tc in traced.columns:
            for src in tc.sources:
                if hasattr(src.relation, "query"):
                    inner = trace_view(src.relation, self.schema.files)
                    for c in inner.columns:
                        if c.name.lower() == src.column.lower():
                            for b in base_sources(src.relation, c, self.schema.files):
                                got = self._exposed(b if src.exposure == "copy" else Source(
                                    b.relation, b.column, src.exposure, src.detail), tc.name, tc.location)
                                if got is not None:
                                    out.append(got)
                    continue
                got = self._exposed(src, tc.name, tc.location)
                if got is not None:
                    out.append(got)
        if not out and traced.problems and f.body:
            out = self._named_in(f)
        return out

    def _named_in(self, f) -> List[Exposed]:
        """High-risk columns of tables a body names, for a body that could
        not be traced: it may return them."""
        words = {w.lower() for w in re.findall(r"[A-Za-z_][\w$]*", f.body)}
        out = []
        for table in self.schema.tables.values():
            if table.ref.name.lower() not in words:
                continue
            for column, cat in self.high_risk(table):
                if column.name.lower() in words:
                    out.append(Exposed(column.name, f.body_location or f.location, table, column, cat))
        return out

    def function_callers(self, f) -> List[Reader]:
        out = []
        for p in f.acl.entries:
            if p.privilege in ("EXECUTE", "ALL"):
                out.append(Reader(p.grantee, p.via, p.location if p.location.path != "<database default>"
                                  else None, "all", f.ref.qualified, (), self.anonymous(p.grantee)))
        return self._with_members(out, lambda role: ("all", ""))

    # -- the audit's question ----------------------------------------------------
    def column_readers(self, table, column) -> List[Reader]:
        """Everyone who reads ``table.column``: directly, through a view
        that copies it, or through a SECURITY DEFINER function that returns
        it."""
        out = list(self.table_readers(table, column.name))
        for v in self.views():
            for e in self.view_exposed(v):
                if e.table is table and e.column is column:
                    for r in self.view_readers(v, e.name):
                        if v.security_invoker:
                            continue  # the reader's own rights on the base table decide
                        out.append(Reader(r.role, "view", r.location, "all", v.qualified,
                                          r.chain + (v.location,), r.anonymous))
                    break
        for f in self.state.functions.values():
            if not f.security_definer:
                continue
            if any(e.table is table and e.column is column for e in self.function_exposed(f)):
                for r in self.function_callers(f):
                    out.append(Reader(r.role, "function", r.location, "all", f.ref.qualified,
                                      r.chain + (f.location,), r.anonymous))
        return out


_WORD = lazyre.compile(r"[A-Za-z_][\w$]*")


def shown_role(role: str) -> str:
    """A role as messages show it: ``PUBLIC``, ``anon``, ``'x'@'%'``."""
    if role == PUBLIC:
        return "PUBLIC"
    if "@" in role:
        user, host = role.rsplit("@", 1)
        return f"'{user}'@'{host}'"
    return role


def is_high_risk(cat) -> bool:
    """Is a ruleset category one of :data:`HIGH_RISK_GROUPS`?"""
    return (getattr(cat, "group", None) or cat.id.split(".", 1)[0]) in HIGH_RISK_GROUPS


def _declared(obj, key: str) -> Optional[str]:
    """The value of annotation ``key`` on a view, view column or role."""
    value = None
    for src in obj.annotation_sources():
        if key in src.annotation.values:
            value = src.annotation.values[key]
    if value is not None and value.strip().lower() in ("", "none", "no", "false"):
        return None
    return value


def trace_function(f, files: List[str]):
    """The columns a function returns: a table's row type (``RETURNS SETOF
    t``), else the SELECTs of its body (SQL or PL/pgSQL); when the body
    cannot be traced, the high-risk-looking columns it names (a function
    that may return personal data is not given the benefit of the doubt)."""
    from . import _find
    from .lineage import Traced, TracedColumn, _TableLookup

    if f.traced is not None:
        return f.traced
    out = Traced()
    f.traced = out
    returns = re.sub(r"\s+", " ", f.returns or "").strip()
    m = re.match(r"^(?:SETOF\s+)?([\w\"$.]+)$", returns, re.I)
    if m:
        parts = [p.strip('"') for p in m.group(1).split(".")]
        from ..model import TableRef

        ref = TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)
        rel = _find(f.views, ref) if f.views else None
        rel = rel or _TableLookup(f.tables).find(ref)
        if rel is not None:
            if hasattr(rel, "query"):
                names = [c.name for c in trace_view(rel, files).columns]
            else:
                names = [c.name for c in rel.columns.values()]
            out.columns.extend(TracedColumn(n, f.location, [Source(rel, n, "copy")]) for n in names)
            return out
    if f.body is None:
        out.problems.append("its body is not SQL text")
        return out
    lang = (f.language or "sql").lower()
    if lang not in ("sql", "plpgsql", ""):
        out.problems.append(f"its body is {lang}, which schemalint does not read")
        return out
    at = f.body_location or f.location
    for start, chunk in _queries(f.body):
        got = trace_query(chunk, f.dialect, _shift(at, f.body, start), f.tables, f.views, files, f.location)
        out.columns.extend(got.columns)
        out.problems.extend(got.problems)
        out.unknown.extend(u for u in got.unknown if u not in out.unknown)
    return out


_QUERY_START = lazyre.compile(r"\b(?:RETURN\s+QUERY\s+)?(SELECT|WITH)\b", re.I)


def _queries(body: str):
    """(offset, text) of each SELECT in a function body, split at ``;``."""
    pos = 0
    for part in re.split(r"(;)", body):
        if part != ";":
            m = _QUERY_START.search(part)
            if m is not None:
                text = part[m.start(1):]
                text = re.sub(r"\bEND\s*(?:IF|LOOP)?\s*$", "", text, flags=re.I).rstrip()
                if text:
                    yield pos + m.start(1), text
        pos += len(part)


def _shift(at: Location, text: str, offset: int) -> Location:
    from .lineage import _locate

    return _locate(at, text, offset)


__all__ = ["Access", "Reader", "Exposed", "HIGH_RISK_GROUPS", "is_high_risk", "shown_role", "DEFAULT_ANONYMOUS",
           "AUDIENCES", "trace_function", "READ", "Privilege"]
