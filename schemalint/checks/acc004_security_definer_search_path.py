"""ACC004's logic.  Its metadata and documentation page: :mod:`schemalint.rules.acc004`."""

from __future__ import annotations

from ..i18n import _
from ..rules.acc004 import CODE
from .access_common import columns_text, completed_at, nothing_to_read, related


def check(ctx):
    if nothing_to_read(ctx):
        return  # no role but a table's owner reads anything (access_common.nothing_to_read)
    acc = ctx.access()
    if not acc.postgres:
        return  # MySQL resolves a routine's names in its own database: there is no search_path to hijack
    from ..access.exposure import shown_role

    for f in acc.state.functions.values():
        if not f.security_definer or f.search_path is not None or f.dialect not in ("postgres", "redshift"):
            continue
        exposed = acc.function_exposed(f)
        if not exposed:
            continue
        callers = acc.function_callers(f)
        where = completed_at(ctx, [f.location, f.security_location, f.search_path_location]) or f.location
        cols = columns_text(ctx, [(f"{e.table.ref}.{e.column.name}", e.category) for e in exposed])
        who = ", ".join(dict.fromkeys(shown_role(r.role) + (_(" (PostgreSQL's default)") if r.location is None
                                                            else "")
                                      for r in callers)) or _("its owner and the roles granted EXECUTE later")
        sig = f"{f.ref.qualified}({f.arguments})"
        reset = f.search_path_location is not None and f.search_path_location == where
        message = _("{kind} {signature} runs with its owner's rights (SECURITY DEFINER), returns {columns}, and "
                    "{search_path}: a caller who can create a table, function or operator in a schema on their "
                    "search_path (pg_temp included) can make it run their code with the owner's rights; callable "
                    "by {who}").format(kind=f.kind, signature=sig, columns=cols, who=who,
                                       search_path=_("resets its search_path here") if reset
                                       else _("sets no search_path"))
        first = exposed[0]
        why = (f"{sig}: SECURITY DEFINER at {f.security_location or f.location}; no SET search_path clause"
               f"{' (reset at ' + str(f.search_path_location) + ')' if reset else ''}; it returns "
               + "; ".join(f"{e.table.ref}.{e.column.name} ({e.category.id})" for e in exposed[:5])
               + f"; {ctx.explain(first.table, first.column, first.category)}")
        fix = _("ALTER {kind} {signature} SET search_path = '' and schema-qualify every name in its body "
                "(or SET search_path = <schema>, pg_temp), or make it SECURITY INVOKER; and REVOKE EXECUTE ON "
                "{kind} {signature} FROM PUBLIC unless every role may call it; or suppress with a reason: "
                "'schemalint: ignore[{code}] -- <why>'").format(kind=f.kind.upper(), signature=sig, code=CODE)
        yield ctx.finding(CODE, where, message, table=f, category=first.category.id, why=why, fix=fix,
                          related=related(where, [f.location, *(e.table.location for e in exposed),
                                                  *(e.column.location for e in exposed)]))
