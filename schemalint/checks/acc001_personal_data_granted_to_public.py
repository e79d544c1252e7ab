"""ACC001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.acc001`."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

from ..i18n import _
from ..rules.acc001 import CODE
from .access_common import columns_text, completed_at, earliest, nothing_to_read, related

if TYPE_CHECKING:
    from ..access.exposure import Reader


def check(ctx):
    if nothing_to_read(ctx):
        return  # no role but a table's owner reads anything (access_common.nothing_to_read)
    acc = ctx.access()
    for table in ctx.schema.tables.values():
        risky = acc.high_risk(table)
        if not risky:
            continue
        ta = acc.state.table_access(table)
        hits = []
        for column, cat in risky:
            for r in acc.table_readers(table, column.name):
                if not r.anonymous or r.rows != "all":
                    continue
                if r.via == "platform" and not (ta is not None and ta.rls):
                    continue  # a Supabase table without RLS in an exposed schema: ACC002 says so
                hits.append((column.name, column.location, cat, r))
        if hits:
            yield _finding(ctx, acc, table, table.ref.qualified, table.location, hits, view=False, ta=ta)
    for view in acc.view_candidates():
        if view.security_invoker:
            continue  # its readers read the base table with their own rights: the table's finding covers it
        if not any(r.anonymous for r in acc.view_readers(view)) or not acc.alive_view(view):
            continue  # nobody anonymous reads any of its columns (asked before its lineage is traced)
        exposed = acc.view_exposed(view)
        hits = []
        for e in exposed:
            for r in acc.view_readers(view, e.name):
                if r.anonymous:
                    hits.append((e.name, e.location, e.category, r))
        if hits:
            yield _finding(ctx, acc, view, view.qualified, view.location, hits, view=True, ta=None)


def _finding(ctx, acc, rel, name, created, hits, *, view: bool, ta):
    # the exposure began when the first role could first read the first column
    paths = []
    for _col_name, col_loc, _cat, r in hits:
        paths.append(completed_at(ctx, [*r.locations, col_loc if not view else created]))
    where = earliest(ctx, paths) or created
    roles: List[Reader] = []
    for *_hit, r in hits:
        if r.role not in [x.role for x in roles]:
            roles.append(r)
    cols = columns_text(ctx, [(c, cat) for c, _, cat, _ in hits])
    who = "; ".join(r.describe() for r in roles[:4]) + (
        _(" and {count} more").format(count=len(roles) - 4) if len(roles) > 4 else "")
    message = (_("view {name} exposes {columns} to anyone: readable by {who}") if view
               else _("table {name} exposes {columns} to anyone: readable by {who}")).format(
        name=name, columns=cols, who=who)
    from ..access.exposure import shown_role

    why_roles = "; ".join(f"{shown_role(r.role)} counts as anonymous: {r.anonymous}" for r in roles[:4])
    if any(r.via == "platform" for r in roles):
        why_roles += f"; Supabase project: {acc.platform.evidence}"
    if view:
        why_roles += "; the view reads its base tables with its owner's rights, so their row-level security " \
                     "does not apply"
    first = hits[0]
    explain = ""
    if not view:
        col = rel.columns.get(first[0].lower())
        if col is not None:
            explain = "; " + ctx.explain(rel, col, first[2])
    mysql = acc.mysql
    grantees = ", ".join(shown_role(r.role) for r in roles if r.via not in ("platform", "member", "owner"))
    opened = [r.policy for r in roles if r.policy]
    if opened:
        fix = _('make policy "{policy}" on {name} restrict the rows (USING a condition on the caller, e.g. '
                "auth.uid() = user_id) or drop it").format(policy=opened[0], name=name)
    elif grantees:
        fix = f"REVOKE SELECT ON {name} FROM {grantees}"
        if mysql and any(r.via in ("database", "global") for r in roles):
            fix = _("REVOKE the database-wide grant from {grantees} and grant only the tables the account needs, "
                    "from the hosts it connects from").format(grantees=grantees)
    else:
        fix = _("revoke the privileges that reach {name}").format(name=name)
    fix += (_("; give anonymous roles a view that masks {columns} instead").format(
        columns=", ".join(dict.fromkeys(c for c, _l, _c, _r in hits)))
            + ("" if mysql or view or (ta is not None and ta.rls)
               else _(", or enable row-level security with policies that restrict the rows"))
            + _("; or suppress with a reason: 'schemalint: ignore[{code}] -- <why anyone may read it>'").format(
                code=CODE))
    locations = [created] + [loc for r in roles for loc in r.locations] + [loc for _, loc, _, _ in hits]
    column = None
    if not view:
        cols_hit = {c.lower() for c, _, _, _ in hits}
        column = rel.columns.get(next(iter(cols_hit))) if len(cols_hit) == 1 else None
    return ctx.finding(CODE, where, message, table=rel, column=column, category=first[2].id,
                       why=why_roles + explain, fix=fix, related=related(where, locations))
