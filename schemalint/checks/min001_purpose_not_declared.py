"""MIN001's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min001`."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from ..i18n import _
from ..replay import Column, Table
from ..rules.min001 import CODE


def _allows(purpose, cat) -> bool:
    try:
        return bool(purpose.allows(cat))
    except (AttributeError, TypeError):
        return bool(purpose.allows(cat.id))


def check(ctx):
    #: table key -> (table, [(column, category)])
    by_table: Dict[str, Tuple[Table, List[Tuple[Column, Any]]]] = {}
    for table, column, _cls, cat in ctx.personal_data():
        if getattr(cat, "tier", None) != "high":
            continue
        declared = ctx.annotations(table, column).get("purpose")
        if declared is not None and declared.value.strip():
            continue
        by_table.setdefault(table.key, (table, []))[1].append((column, cat))
    purposes = getattr(ctx.ruleset, "purposes", {}) or {}
    for table, cols in by_table.values():
        cols.sort(key=lambda cc: ctx.order(cc[0].location))
        where, related = ctx.introduced_at(table, [cols[0][0]])
        related = tuple(dict.fromkeys(related + tuple(c.location for c, _ in cols if c.location != where)))
        names = [f"{c.name}: {ctx.label(cat)}" for c, cat in cols]
        shown = "; ".join(names[:4]) + (_("; and {count} more").format(count=len(names) - 4) if len(names) > 4
                                        else "")
        purpose, choices = suggest(purposes, [cat for _, _, _, cat in _personal(ctx, table)])
        message = _("table {table} holds high-risk personal data ({columns}) but declares no purpose; declare why "
                    "it is collected: 'schemalint: purpose={purpose}' ({choices})").format(
            table=table.ref, columns=shown, purpose=purpose, choices=choices)
        why = ("high-tier categories without a purpose: "
               + "; ".join(f"{c.name}: {cat.id} (tier high)" for c, cat in cols)
               + f"; no 'purpose=' annotation on table {table.ref} or on those columns")
        yield ctx.finding(CODE, where, message, table=table, category=cols[0][1].id, why=why, related=related,
                          fix=_("declare the purpose of table {table} with a name from the ruleset").format(
                              table=table.ref),
                          columns=tuple(c.name for c, _ in cols),
                          annotate=(None, {"purpose": purpose}))


def suggest(purposes, cats):
    """The purpose to suggest for a table holding ``cats`` and the sentence
    that explains the choice: one that allows every category when the
    ruleset has one, else the one that allows the most."""
    if not purposes:
        return "<name>", _("the ruleset declares no purposes: add one to a project ruleset")
    score = {n: sum(1 for c in cats if _allows(p, c)) for n, p in purposes.items()}
    fitting = sorted(n for n, k in score.items() if k == len(cats))
    if fitting:
        return fitting[0], _("purposes that allow all its categories: {names}").format(
            names=", ".join(fitting[:5]) + (", ..." if len(fitting) > 5 else ""))
    best = sorted(score, key=lambda n: (-score[n], n))[0]
    known = sorted(purposes)
    return best, _("no purpose of the ruleset allows all its categories; {best} allows the most; known: "
                   "{names}").format(best=best, names=", ".join(known[:8]) + (", ..." if len(known) > 8 else ""))


def _personal(ctx, table):
    for column in table.columns.values():
        cat = ctx.data_category(table, column)
        if cat is not None:
            yield table, column, None, cat
