"""ACC003's logic.  Its metadata and documentation page: :mod:`schemalint.rules.acc003`."""

from __future__ import annotations

from typing import Dict

from ..i18n import _
from ..model import PUBLIC
from ..rules.acc003 import CODE
from .access_common import columns_text, nothing_to_read, related


def check(ctx):
    if nothing_to_read(ctx):
        return  # no role but a table's owner reads anything (access_common.nothing_to_read)
    acc = ctx.access()
    for view in acc.view_candidates():
        if not acc.read_beyond_owner(view) or not acc.alive_view(view):
            continue
        exposed = acc.view_exposed(view)
        if not exposed:
            continue
        reasons = []
        locations = [view.location]
        schema = acc.schema_of(view.ref)
        if schema in acc.reporting:
            reasons.append(_("it lives in {schema}, a reporting schema (access.reporting-schemas)").format(
                schema=schema))
        readers = acc.view_readers(view)
        reporting = [r for r in readers if r.role.lower() in acc.reporting_roles]
        if reporting:
            reasons.append(_("it is granted to {roles}, a role annotated audience=reporting").format(
                roles=", ".join(dict.fromkeys(r.role for r in reporting))))
            locations += [loc for r in reporting for loc in r.locations]
        if not view.security_invoker or view.materialized:
            broader, locs = _broader(acc, view, exposed)
            if broader:
                reasons.append(broader)
                locations += locs
        if not reasons:
            continue
        cols = columns_text(ctx, [(f"{e.name} <- {e.table.ref}.{e.column.name}", e.category) for e in exposed])
        message = (_("materialized view {view} copies {columns} unmasked, and {reasons}") if view.materialized
                   else _("view {view} copies {columns} unmasked, and {reasons}")).format(
            view=view.qualified, columns=cols, reasons=_("; and ").join(reasons))
        first = exposed[0]
        why = (f"lineage of {view.qualified}: " + "; ".join(
            f"{e.name} is {e.table.ref}.{e.column.name} unchanged" for e in exposed[:5])
            + f"; {ctx.explain(first.table, first.column, first.category)}")
        fix = _("mask the columns in the view (left(nik, 4) || '****', a keyed hash, date_trunc, an aggregate) or "
                "leave them out; then declare it: COMMENT ON COLUMN {view}.{column} IS "
                "'schemalint: masked=<how>'").format(view=view.qualified, column=first.name)
        if not view.security_invoker and not view.materialized and acc.postgres:
            fix += _("; or, PostgreSQL 15+, CREATE VIEW {view} WITH (security_invoker = true) so readers need "
                     "their own rights on the base table").format(view=view.qualified)
        fix += _("; or suppress with a reason: 'schemalint: ignore[{code}] -- <why>'").format(code=CODE)
        locations += [e.table.location for e in exposed] + [e.column.location for e in exposed]
        yield ctx.finding(CODE, view.location, message, table=view, category=first.category.id, why=why,
                          fix=fix, related=related(view.location, locations))


def _broader(acc, view, exposed):
    """Who reads the view's high-risk columns but not the base columns
    (or only some of their rows)."""
    wider = []
    locs = []
    for e in exposed:
        base: Dict[str, str] = {}  # role -> the rows it reads of the base column (all | some | none)
        for r in acc.table_readers(e.table, e.column.name):
            prev = base.get(r.role)
            if prev is None or (prev != "all" and r.rows == "all"):
                base[r.role] = r.rows
        everyone = base.get(PUBLIC)
        for r in acc.view_readers(view, e.name):
            if r.via == "owner":
                continue
            direct = base.get(r.role) or everyone
            if direct == "all":
                continue
            what = "cannot read" if direct is None else ("reads only some rows of" if direct == "some"
                                                        else "reads no row of")
            wider.append((r, what, e))
            locs += r.locations
    if not wider:
        return "", []
    parts = []
    for r, what, e in wider[:4]:
        text = {"cannot read": _("{reader} reads it but cannot read {column}"),
                "reads only some rows of": _("{reader} reads it but reads only some rows of {column}"),
                "reads no row of": _("{reader} reads it but reads no row of {column}")}[what].format(
            reader=r.describe(), column=f"{e.table.ref}.{e.column.name}")
        if text not in parts:
            parts.append(text)
    rls = any(w[1] != "cannot read" for w in wider)
    tail = _(" (the view runs with its owner's rights, so row-level security on the base table does not "
             "apply)") if rls else ""
    return _("it is granted more broadly than its base table: {readers}").format(
        readers="; ".join(parts)) + tail, locs
