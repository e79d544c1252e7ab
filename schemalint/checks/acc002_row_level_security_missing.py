"""ACC002's logic.  Its metadata and documentation page: :mod:`schemalint.rules.acc002`."""

from __future__ import annotations

from ..i18n import _
from ..rules.acc002 import CODE
from .access_common import columns_text, nothing_to_read, related


def check(ctx):
    if nothing_to_read(ctx):
        return  # no role but a table's owner reads anything (access_common.nothing_to_read)
    acc = ctx.access()
    if not acc.postgres:
        return  # row-level security is PostgreSQL's
    from ..access.exposure import is_high_risk

    for table in ctx.schema.tables.values():
        personal = acc.personal(table)
        if not personal:
            continue
        ta = acc.state.table_access(table)
        exposed = acc.in_exposed(table.ref)
        # the high-risk columns first (they name the finding's category), then in replay order
        personal.sort(key=lambda cc: (not is_high_risk(cc[1]), ctx.order(cc[0].location)))
        cols = columns_text(ctx, [(c.name, cat) for c, cat in personal], limit=4)
        if exposed and (ta is None or not ta.rls) and _reachable(acc, ta):
            yield _missing(ctx, acc, table, ta, personal, cols)
        elif exposed and ta is not None and ta.rls and not ta.policies:
            yield ctx.finding(
                CODE, ta.rls_location or table.location,
                _("table {table} has row-level security enabled but no policy: every role except its owner "
                  "reads no row of {columns}; safe, but the API cannot use the table").format(
                    table=table.ref, columns=cols),
                table=table, category=personal[0][1].id, severity="hint",
                why=(f"schema {acc.schema_of(table.ref)} is exposed ({_exposed_why(acc)}); PostgreSQL denies "
                     f"every row to roles no policy names, except the owner and BYPASSRLS roles"),
                fix=_("add the policies the application needs (CREATE POLICY ... ON {table} FOR SELECT TO "
                      "authenticated USING (...)), or move the table out of the exposed schema; or suppress: "
                      "'schemalint: ignore[{code}] -- <why>'").format(table=table.ref, code=CODE),
                related=related(ta.rls_location or table.location, [table.location]))
        if ta is not None and ta.rls and ta.policies and not ta.forced:
            owner = (ta.owner or acc.migration_role or "").lower()
            if owner and owner in acc.app_roles:
                owned_by = ("ALTER TABLE ... OWNER TO at " + str(ta.owner_location) if ta.owner
                            else "the migration role, configured")
                yield ctx.finding(
                    CODE, ta.rls_location or table.location,
                    _("table {table} has row-level security, but its owner {owner} is the role the application "
                      "connects as and the table does not FORCE row-level security: the policies do not apply to "
                      "the application's own queries on {columns}").format(table=table.ref, owner=owner,
                                                                          columns=cols),
                    table=table, category=personal[0][1].id, severity="warning",
                    why=(f"owner: {owner} ({owned_by}); "
                         f"configured app-roles: {', '.join(sorted(acc.app_roles))}; PostgreSQL exempts a table's "
                         f"owner from its policies unless FORCE ROW LEVEL SECURITY is set"),
                    fix=_("ALTER TABLE {table} FORCE ROW LEVEL SECURITY, or let the application connect as a "
                          "role that does not own the table; or suppress: 'schemalint: ignore[{code}] -- "
                          "<why>'").format(table=table.ref, code=CODE),
                    related=related(ta.rls_location or table.location,
                                    [table.location, ta.owner_location]))


def _reachable(acc, ta) -> bool:
    """Can the exposed schema's API roles reach the table?  Not when a
    migration revoked SELECT from every one of them and granted it back to
    none."""
    if acc.platform.kind != "supabase" or ta is None:
        return True
    for role in ("anon", "authenticated"):
        if not ta.acl.revoked_read(role) or any(p.grantee == role for p in ta.acl.readers()):
            return True
    return False


def _exposed_why(acc) -> str:
    if acc.platform.kind is not None:
        return f"{acc.platform.kind} project: {acc.platform.evidence}"
    return "configured in access.exposed-schemas"


def _missing(ctx, acc, table, ta, personal, cols):
    first_col, first_cat = personal[0]
    earliest_col = min((c for c, _ in personal), key=lambda c: ctx.order(c.location))
    if ta is not None and ta.rls_location is not None:
        where = ta.rls_location  # enabled once, disabled here
        state = _("is disabled here")
        rel = [table.location, first_col.location]
    else:
        where, rel_locs = ctx.introduced_at(table, [earliest_col])
        state = _("is not enabled")
        rel = list(rel_locs)
    readers = [r for r in acc.table_readers(table) if r.anonymous]
    who = ", ".join(dict.fromkeys(r.role if r.role != "public" else "PUBLIC" for r in readers)) or \
        _("the API's roles, once granted")
    message = _("table {table} holds personal data ({columns}) in the exposed schema {schema} and row-level "
                "security {state}: {who} can read every row through the API").format(
        table=table.ref, columns=cols, schema=acc.schema_of(table.ref), state=state, who=who)
    why = (f"schema {acc.schema_of(table.ref)} is exposed ({_exposed_why(acc)}); "
           f"{ctx.explain(table, first_col, first_cat)}")
    if acc.platform.kind == "supabase":
        why += "; Supabase grants anon and authenticated every table of the exposed schemas unless revoked"
    fix = _("ALTER TABLE {table} ENABLE ROW LEVEL SECURITY and add policies for the rows each role may read "
            "(CREATE POLICY ... FOR SELECT TO authenticated USING (auth.uid() = <owner column>)); or move the "
            "table to a schema the API does not expose; or suppress: 'schemalint: ignore[{code}] -- "
            "<why>'").format(table=table.ref, code=CODE)
    return ctx.finding(CODE, where, message, table=table, category=first_cat.id, why=why, fix=fix,
                       related=related(where, rel + [r.location for r in readers]))
