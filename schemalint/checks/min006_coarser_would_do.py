"""MIN006's logic.  Its metadata and documentation page: :mod:`schemalint.rules.min006`.

One finding per table and category whose ruleset entry names a coarser
alternative, covering the columns that hold the exact value; a column
that already holds a part at least as coarse as the alternative (country,
province, city, postcode, a district code; a birth year, an age band) is
not reported.  How coarse a column is comes from the words of its name,
compared with the levels below and with the ruleset's ``coarser`` text.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..i18n import _, tr
from ..replay import Column, Table
from ..rules.min006 import CODE

#: Places, from the finest part of an address to the coarsest area; a
#: word counts when a name word equals it, ends with it (``kdkab``,
#: ``nmprop``) or, for words of five letters or more, starts with it
#: (``kecamatanpj``).  Address lines after the second
#: (``line3``, ``line4``) hold the locality in most address schemas.
PLACE_LEVELS: Sequence[Sequence[str]] = (
    ("rt", "rw", "dusun", "dukuh", "banjar", "lingkungan", "kampung", "hamlet"),
    ("desa", "kelurahan", "kel", "village", "ward", "suburb", "nagari", "gampong"),
    ("kecamatan", "kec", "district", "distrik", "subdistrict", "postal", "postcode", "zip", "zipcode",
     "kodepos", "pos", "area"),
    ("kota", "kabupaten", "kab", "city", "regency", "town", "county", "municipality", "ibukota"),
    ("provinsi", "propinsi", "prov", "prop", "province", "state", "region", "wilayah"),
    ("negara", "country", "nation", "nationality"),
)
#: words that name a coarse value of a date or a number
COARSE_TIME = ("tahun", "year", "yr", "thn", "band", "kelompok", "group", "range", "rentang", "golongan")
#: type families that hold no full date (a birth "date" stored as a year)
YEAR_TYPES = ("integer",)



def _level(word: str) -> Optional[int]:
    for i, words in enumerate(PLACE_LEVELS):
        for w in words:
            if word == w or (len(word) > len(w) + 1 and (
                    (len(w) >= 3 and word.endswith(w)) or (len(w) >= 5 and word.startswith(w)))):
                return i
    return None


def _alternative_words(coarser: str) -> List[str]:
    """The words of the coarse alternative: the ruleset's ``coarser`` text
    before "instead" (``the district or city (kecamatan/kabupaten)``)."""
    from ..classify.tokens import split_identifier

    wanted = re.split(r"\binstead\b", coarser.lower(), maxsplit=1)[0]
    out: List[str] = []
    for chunk in re.split(r"[^a-z0-9_]+", wanted):
        out.extend(split_identifier(chunk) if chunk else [])
    return out


def coarse_level(coarser: str) -> Optional[int]:
    """The finest place level the alternative names, or None when it
    names no place (a birth year, an age band)."""
    levels = [lv for w in _alternative_words(coarser) if (lv := _level(w)) is not None]
    return min(levels) if levels else None


def already_coarse(name: str, coarser: str, column_type=None) -> bool:
    """Does the column already hold the coarse alternative or a value at
    least as coarse?  A place part at or above the alternative's level
    (``kode_kecamatan``, ``kd_kab``, ``country``, ``postal_code``, an
    address line after the second), an identifier the ``coarser`` text
    names in parentheses (``tahun_lahir``), a year or a band; ``alamat``
    and ``tanggal_lahir`` are exact."""
    from ..classify.tokens import split_identifier

    tokens = split_identifier(name)
    wanted = re.split(r"\binstead\b", coarser.lower(), maxsplit=1)[0]
    named = [n for group in re.findall(r"\(([^()]*)\)", wanted) for n in re.split(r"[/,\s]+", group) if n]
    for n in named:
        want = split_identifier(n)
        if want and any(tokens[i:i + len(want)] == want for i in range(len(tokens) - len(want) + 1)):
            return True
    level = coarse_level(coarser)
    if level is not None:
        if any((lv := _level(t)) is not None and lv >= level for t in tokens):
            return True
        for i, t in enumerate(tokens[:-1]):
            if t == "line" and tokens[i + 1].isdigit() and int(tokens[i + 1]) >= 3:
                return True
        if re.search(r"line([3-9])$", name.lower()):
            return True
        return False
    if any(t in COARSE_TIME or any(t.startswith(w) and len(w) >= 4 for w in COARSE_TIME) for t in tokens):
        return True
    family = getattr(column_type, "family", None)
    return family in YEAR_TYPES and "date" in coarser.lower() or False


def check(ctx):
    categories = getattr(ctx.ruleset, "categories", {}) or {}
    #: (table key, category id[, column key when alone]) -> (table, category, [columns])
    groups: Dict[Tuple[str, ...], Tuple[Table, Any, List[Column]]] = {}
    for table, column, _cls, cat in ctx.personal_data():
        coarser = getattr(cat, "coarser", None)
        if not coarser or already_coarse(column.name, coarser, column.type):
            continue
        # a column whose own annotation suppresses MIN006 is a group of its
        # own, located where that suppression applies
        alone = (column.key,) if ctx.suppresses(table, column, CODE) else ()
        groups.setdefault((table.key, cat.id) + alone, (table, cat, []))[2].append(column)
    for key, (table, cat, cols) in groups.items():
        alone_column = cols[0] if len(key) > 2 else None
        cols.sort(key=lambda c: ctx.order(c.location))
        coarser = cat.coarser
        alt = categories.get(coarser)
        # the coarser value: a category of the ruleset (its label), or the ruleset's own words
        coarse = f"{ctx.label(alt)} ({coarser})" if alt is not None else tr(coarser)
        label = ctx.phrase(cat)
        names = [c.name for c in cols]
        if alt is not None:
            message = _("{table} stores the exact {label} ({columns}); if the purpose allows, store {alternative} "
                        "instead")
        else:
            message = _("{table} stores the exact {label} ({columns}); if the purpose allows, store {alternative}")
        message = message.format(table=table.ref, label=label, columns=", ".join(names), alternative=coarse)
        why = ("; ".join(f"{c.name}: {ctx.explain(table, c, cat)}" for c in cols)
               + f"; the ruleset names a coarser alternative for {cat.id}: {coarser}")
        where = cols[0].location
        related = tuple(dict.fromkeys(c.location for c in cols[1:] if c.location != where))
        yield ctx.finding(
            CODE, where, message, table=table, column=alone_column, category=cat.id, why=why, related=related,
            fix=_("store {alternative}, or keep the exact value and say why").format(
                alternative=coarse.removesuffix(" instead")),
            columns=tuple(names),
            aliases=tuple(ctx.column_fingerprint(CODE, table, c, cat.id) for c in cols))
