"""MIN003's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min003`."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from ..i18n import _
from ..replay import Column, Table
from ..rules.min003 import CODE

#: category groups whose categories anchor a kit
ANCHOR_GROUPS = ("gov_id",)
#: the anchor named in the message when a table holds several government IDs
PREFERRED_ANCHOR = "gov_id.nik"


def _is_anchor(cat) -> bool:
    group = getattr(cat, "group", None) or cat.id.split(".", 1)[0]
    return group in ANCHOR_GROUPS


def check(ctx):
    threshold = int(getattr(ctx.ruleset, "identity_kit_threshold", 3) or 3)
    #: table key -> (table, [(column, category, is an anchor)])
    tables: Dict[str, Tuple[Table, List[Tuple[Column, Any, bool]]]] = {}
    for table, column, _cls, cat in ctx.personal_data():
        anchor = _is_anchor(cat)
        if not anchor and not getattr(cat, "identity_attribute", False):
            continue
        if ctx.protection(table, column).protected:
            continue
        tables.setdefault(table.key, (table, []))[1].append((column, cat, anchor))
    for table, cols in tables.values():
        if not any(anchor for _, _, anchor in cols):
            continue
        categories = {cat.id for _, cat, _ in cols}
        if len(categories) - 1 < threshold:
            continue
        cols.sort(key=lambda x: ctx.order(x[0].location))
        # the column that completed the kit: walk in replay order until an
        # anchor and `threshold` other categories are present
        seen, anchor_cat, done_at = [], None, None
        for column, cat, anchor in cols:
            if anchor and anchor_cat is None:
                anchor_cat = cat.id
            if cat.id not in seen:
                seen.append(cat.id)
            if anchor_cat is not None and len(seen) - 1 >= threshold:
                done_at = column
                break
        order = [c for c, _, _ in cols]
        kit = order[: order.index(done_at) + 1] if done_at is not None else order
        where, _related = ctx.introduced_at(table, kit)
        related = tuple(dict.fromkeys(
            [c.location for c in order if c.location != where]
            + ([table.location] if where != table.location else [])))
        anchors = [(c, cat) for c, cat, a in cols if a]
        # the national ID anchors first when present, then the earliest
        anchors.sort(key=lambda cc: (cc[1].id != PREFERRED_ANCHOR,))
        anchor_col, anchor_cat_obj = anchors[0]
        others: List[Tuple[Column, Any]] = []
        for c, cat, _anchor in cols:
            if c is anchor_col or cat.id == anchor_cat_obj.id:
                continue
            if all(cat.id != o[1].id for o in others):
                others.append((c, cat))
        ids = ", ".join(c.name for c, _ in anchors)
        shown = ", ".join(f"{c.name} ({ctx.label(cat)})" for c, cat in others[:6])
        if len(others) > 6:
            shown += _(" and {count} more").format(count=len(others) - 6)
        message = _("table {table} combines {anchor}, a {label}, with {count} other identity attributes in "
                    "plaintext: {columns}; one read of it is a complete identity, the shape of the leaked BPJS "
                    "record: encrypt {ids} (keyed hash for lookups) or move attributes the purpose does not need "
                    "to another table").format(table=table.ref, anchor=anchor_col.name,
                                               label=ctx.label(anchor_cat_obj), count=len(others), columns=shown,
                                               ids=ids)
        why = (f"government ID {anchor_col.name}: {anchor_cat_obj.id}; identity attributes: "
               + ", ".join(f"{c.name}: {cat.id}" for c, cat in others)
               + f"; {len(others)} distinct other categories >= identity_kit_threshold {threshold}; "
                 f"none of these columns has encryption evidence")
        fix = _("encrypt {ids} ('schemalint: encrypted=<method>', with a keyed hash column for lookups), or split "
                "contact and birth data into a table keyed by a surrogate id so fewer than {threshold} attributes "
                "sit beside the ID").format(ids=ids, threshold=threshold)
        yield ctx.finding(CODE, where, message, table=table, category=anchor_cat_obj.id, why=why, fix=fix,
                          related=related)
