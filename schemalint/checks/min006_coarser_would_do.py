"""MIN006's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min006`."""

from __future__ import annotations

import re

from ..rules.min006 import CODE


def already_coarse(name: str, coarser: str) -> bool:
    """Does the column's name already name the coarse alternative?  The
    identifiers in parentheses in the ruleset's ``coarser`` text, before
    "instead" (``the district or city (kecamatan/kabupaten) instead of the
    street address``), are looked up in the column's name words:
    ``kode_kecamatan`` is already coarse, ``alamat`` is not."""
    from ..classify.tokens import split_identifier

    wanted = re.split(r"\binstead\b", coarser.lower(), maxsplit=1)[0]
    names = [n for group in re.findall(r"\(([^)]*)\)", wanted) for n in re.split(r"[/,\s]+", group) if n]
    tokens = split_identifier(name)
    for n in names:
        want = split_identifier(n)
        if want and any(tokens[i:i + len(want)] == want for i in range(len(tokens) - len(want) + 1)):
            return True
    return False


def check(ctx):
    categories = getattr(ctx.ruleset, "categories", {}) or {}
    for table, column, cls, cat in ctx.personal_columns():
        coarser = getattr(cat, "coarser", None)
        if not coarser:
            continue
        if already_coarse(column.name, coarser):
            continue
        alt = categories.get(coarser)
        alt_text = f"{ctx.label(alt)} ({coarser})" if alt is not None else coarser
        label = ctx.label(cat)
        if len(label) > 1 and label[1].islower():
            label = label[0].lower() + label[1:]
        message = (f"{table.ref}.{column.name} stores the exact {label}; if the purpose allows, store "
                   f"{alt_text}" + (" instead" if alt is not None else ""))
        why = f"{ctx.explain(table, column, cat)}; the ruleset names a coarser alternative for {cat.id}: {coarser}"
        fix = (f"store {alt_text}, or keep the exact value and suppress with the reason: "
               f"'schemalint: ignore[MIN006] -- <why the exact value is needed>'")
        yield ctx.finding(CODE, column.location, message, table=table, column=column, category=cat.id,
                          why=why, fix=fix)
