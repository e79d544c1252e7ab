"""A snapshot's access state folded into the history it describes
(called by :mod:`schemalint.reconcile` after the snapshot's tables were
merged): grants, row-level security, policies and owners per table, and
the views, functions, roles, memberships and default privileges the
migrations do not define."""

from __future__ import annotations

from . import AccessState, Privilege


def reconcile(schema, snapshot) -> None:
    """Add what the snapshot's access state knows to ``schema``'s: its
    grants, row-level security, policies and owners of each table (on the
    table object the schema keeps), and the views, functions, roles,
    memberships and default privileges the migrations do not define.
    Where both have a fact the migrations' wins; grants are united, so a
    grant written in either counts.  Called after the snapshot's tables
    were merged into ``schema``."""
    src = getattr(snapshot, "access", None)
    if src is None:
        return
    dst = schema.access
    if dst is None:
        dst = schema.access = AccessState(src.dialect)
    dst.catch_up(schema)

    def target(table):
        return schema.find_table(table.ref) or table

    for ta in src.tables():
        t = target(ta.table)
        into = dst.table(t)
        dst._seen.add(id(t))
        for p in ta.acl.entries:
            into.acl.grant(Privilege(p.grantee, p.privilege, p.location, p.columns, p.via, p.grant_option))
        for key, loc in ta.acl.revoked.items():
            into.acl.revoked.setdefault(key, loc)
        if into.owner is None and ta.owner is not None:
            into.owner, into.owner_location = ta.owner, ta.owner_location
        if into.rls_location is None and ta.rls_location is not None:
            into.rls, into.rls_location = ta.rls, ta.rls_location
        if into.forced_location is None and ta.forced_location is not None:
            into.forced, into.forced_location = ta.forced, ta.forced_location
        for name, policy in ta.policies.items():
            into.policies.setdefault(name, policy)
    for kind in ("views", "functions"):
        mine = getattr(dst, kind)
        for key, obj in getattr(src, kind).items():
            if key in mine:
                continue
            obj.tables = {k: target(t) for k, t in obj.tables.items()}
            obj.views = {k: mine.get(k, v) for k, v in obj.views.items()}
            obj.traced = None
            mine[key] = obj
    for name, role in src.roles.items():
        dst.roles.setdefault(name, role)
    for member, roles in src.memberships.items():
        for role, loc in roles.items():
            dst.memberships.setdefault(member, {}).setdefault(role, loc)
    for key, entry in src.defaults.items():
        dst.defaults.setdefault(key, entry)
    dst.scoped += src.scoped
    for k, n in src.counts.items():
        dst.counts[k] += n
