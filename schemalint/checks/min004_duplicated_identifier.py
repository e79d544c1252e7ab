"""MIN004's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min004`."""

from __future__ import annotations

from typing import Dict, List

from ..i18n import _
from ..replay import Column
from ..rules.min004 import CODE

#: category groups whose categories are identifiers that must live in one place
IDENTIFIER_GROUPS = ("gov_id",)


def _group(cat) -> str:
    return getattr(cat, "group", None) or cat.id.split(".", 1)[0]


#: how many other holders a finding names (the rest are counted): a
#: schema with thousands of copies must not make every finding list them
#: all (work and output quadratic in the number of holders)
SHOWN = 4


def check(ctx):
    holders: Dict[str, Dict[str, List[Column]]] = {}  # category id -> {table key: [columns]}
    describes = {}  # table key -> True when it holds identity attributes
    tables = {}
    cats = {}
    for table, column, _cls, cat in ctx.personal_data():
        tables[table.key] = table
        if getattr(cat, "identity_attribute", False) and _group(cat) not in IDENTIFIER_GROUPS:
            describes[table.key] = True
        if _group(cat) not in IDENTIFIER_GROUPS or column.references is not None:
            continue
        cats[cat.id] = cat
        holders.setdefault(cat.id, {}).setdefault(table.key, []).append(column)
    for cid, by_table in holders.items():
        if len(by_table) < 2:
            continue
        cat = cats[cid]
        ordered = sorted(by_table, key=lambda k: ctx.order(tables[k].location))
        homes = [k for k in ordered if describes.get(k)]
        if not homes:
            homes = ordered[:1]
        home_set = set(homes)
        copies = [k for k in ordered if k not in home_set]
        total = sum(len(cols) for cols in by_table.values())
        # the first holders in replay order, enough to name SHOWN of them
        # beside any one table: a finding reads from this prefix only
        head = [(k, c) for k in ordered[:SHOWN + 1] for c in by_table[k]]
        label = ctx.label(cat)
        home_t, home_c = tables[homes[0]], by_table[homes[0]][0]
        for k in copies:
            table = tables[k]
            cols = sorted(by_table[k], key=lambda c: ctx.order(c.location))
            column = cols[0]
            others = [(tables[h], c) for h, c in head if h != k][:SHOWN]
            if not any(t is home_t and c is home_c for t, c in others):  # the home is always named
                others = [(home_t, home_c)] + others[:SHOWN - 1]
            more = total - len(by_table[k]) - len(others)
            shown = ", ".join(f"{t.ref}.{c.name}" for t, c in others) + (
                _(" and {count} more").format(count=more) if more else "")
            message = _("{table}.{column} stores {label} again, already held by {holders}; reference the {home} "
                        "row (e.g. {home}_id REFERENCES {home}) instead of copying the identifier").format(
                table=table.ref, column=column.name, label=label, holders=shown, home=home_t.ref)
            why = (f"{ctx.explain(table, column, cat)}; {cid} is also stored, not as a foreign key, in "
                   f"{shown}; {home_t.ref} describes the person (identity attributes beside "
                   f"{home_c.name})" if describes.get(homes[0]) else
                   f"{ctx.explain(table, column, cat)}; {cid} is also stored, not as a foreign key, in "
                   f"{shown}; {home_t.ref} is the earliest table holding it")
            fix = _("replace {table}.{column} with a foreign key to {home}'s surrogate id and read the "
                    "identifier from there; if the copy is a deliberate snapshot, suppress it with the "
                    "reason").format(table=table.ref, column=column.name, home=home_t.ref)
            related = tuple(dict.fromkeys([c.location for c in cols[1:]] + [c.location for _, c in others]))
            yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cid,
                              why=why, fix=fix, related=related)
