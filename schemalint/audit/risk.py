"""The per-table risk score of an audit, and its explanation.

The score ranks tables for a reader ("where do we start?"); it is not a
probability.  It is a sum of points, each contribution listed with its
reason, so a reader can check every table's score by hand
(docs/audit.md, "Risk score")::

    Every factor counts the table's distinct categories: several columns
    of one category (alamat, kelurahan, kecamatan...) count once.

    weight(category) = tier points (high 5, medium 3, low 1)
                       + 3 when UU PDP calls the category "specific"

    sensitivity   = sum of the weights of the table's categories
    unencrypted   = sum of the weights of categories that require encryption
                    and have a column without encryption or keyed-hash evidence
    no-retention  = 2 per category that requires a retention and has a column
                    with none declared (or one that does not parse)
    over-retention= 1 per category with a column whose declared retention
                    exceeds the category's maximum (``indefinite`` exceeds any)
    linkage       = 3 per identity attribute beyond the first: distinct
                    categories marked ``identity_attribute`` (government IDs
                    included) in the table, protected or not
    identity-kit  = 20 when the table is an identity kit (below)

    score = the sum; band: critical >= 80, high >= 40, medium >= 15, else low

An *identity kit* is the MIN003 shape: a government ID (a ``gov_id``
category) readable in plaintext beside at least ``identity_kit_threshold``
other distinct identity-attribute categories readable in plaintext.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Tuple

from ..record import dataclass

if TYPE_CHECKING:  # inventory builds its entries from this module's scores
    from .inventory import ColumnEntry

TIER_POINTS = {"high": 5, "medium": 3, "low": 1}
SPECIFIC_POINTS = 3
NO_RETENTION_POINTS = 2
OVER_RETENTION_POINTS = 1
LINKAGE_POINTS = 3
IDENTITY_KIT_POINTS = 20
#: (band, lowest score), highest first
BAND_FLOORS = (("critical", 80), ("high", 40), ("medium", 15), ("low", 0))
BANDS = tuple(b for b, _ in BAND_FLOORS)
ANCHOR_GROUPS = ("gov_id",)
DEFAULT_KIT_THRESHOLD = 3


@dataclass(frozen=True)
class Contribution:
    factor: str  # sensitivity | unencrypted | no-retention | over-retention | linkage | identity-kit
    points: int
    detail: str


@dataclass(frozen=True)
class Risk:
    score: int
    band: str
    contributions: Tuple[Contribution, ...]

    def explain(self) -> str:
        """One line: ``42 = sensitivity 16 + unencrypted 10 + ...``."""
        parts = " + ".join(f"{c.factor} {c.points}" for c in self.contributions)
        return f"{self.score} = {parts}" if parts else "0"


#: a table's risk until :func:`score` has scored it (build_inventory scores
#: every table once its columns are known)
UNSCORED = Risk(0, "low", ())


def weight(column) -> int:
    return TIER_POINTS.get(column.tier, TIER_POINTS["medium"]) + (SPECIFIC_POINTS if column.pdp == "specific" else 0)


def band(score: int) -> str:
    for name, floor in BAND_FLOORS:
        if score >= floor:
            return name
    return "low"


def identity_kit_threshold(ruleset) -> int:
    try:
        return int(getattr(ruleset, "identity_kit_threshold", DEFAULT_KIT_THRESHOLD) or DEFAULT_KIT_THRESHOLD)
    except (TypeError, ValueError):
        return DEFAULT_KIT_THRESHOLD


def identity_kit(table, threshold: int) -> Tuple[bool, Tuple[str, ...]]:
    """(is the table an identity kit, its identity-attribute categories).

    The categories listed are every distinct identity-attribute or
    government-ID category of the table, protected or not (the linkage
    factor counts them); the kit test counts plaintext ones only.
    """
    attrs, plain, anchors = [], set(), set()
    for c in table.columns:
        anchor = c.group in ANCHOR_GROUPS
        if not (anchor or c.identity_attribute):
            continue
        if c.category not in attrs:
            attrs.append(c.category)
        if c.encryption.protected:
            continue
        plain.add(c.category)
        if anchor:
            anchors.add(c.category)
    kit = bool(anchors) and len(plain) - 1 >= threshold
    return kit, tuple(attrs)


def _by_category(cols: List[ColumnEntry]) -> Dict[str, List[ColumnEntry]]:
    """{category id: [columns]} in first-column order."""
    out: Dict[str, List[ColumnEntry]] = {}
    for c in cols:
        out.setdefault(c.category, []).append(c)
    return out


def _cats(groups, limit: int = 8) -> str:
    shown = [f"{cat} ({', '.join(c.name for c in cols[:3])}{', ...' if len(cols) > 3 else ''})"
             for cat, cols in list(groups.items())[:limit]]
    if len(groups) > limit:
        shown.append(f"{len(groups) - limit} more")
    return "; ".join(shown)


def score(table) -> Risk:
    """Score one inventory table (:class:`~.inventory.TableEntry`): every
    factor counts distinct categories, so a wide table of one kind of data
    does not outrank a narrow table holding many kinds."""
    cats = _by_category(table.columns)
    first = {cat: cols[0] for cat, cols in cats.items()}
    out = []
    sens = sum(weight(c) for c in first.values())
    tiers = {t: sum(1 for c in first.values() if c.tier == t) for t in TIER_POINTS}
    spec = sum(1 for c in first.values() if c.pdp == "specific")
    detail = ", ".join(f"{n} {t}-tier" for t, n in tiers.items() if n)
    if spec:
        detail += f"; {spec} UU PDP specific (+{SPECIFIC_POINTS} each)"
    out.append(Contribution("sensitivity", sens,
                            f"{len(cats)} categories in {len(table.columns)} columns: {detail}"))

    plain = {cat: [c for c in cols if c.encryption.required and not c.encryption.protected]
             for cat, cols in cats.items()}
    plain = {cat: cols for cat, cols in plain.items() if cols}
    if plain:
        out.append(Contribution("unencrypted", sum(weight(first[cat]) for cat in plain),
                                f"{len(plain)} categories that must be encrypted stored without encryption "
                                f"evidence: {_cats(plain)}"))
    missing = {cat: [c for c in cols if c.retention.required and c.retention.status in ("missing", "invalid")]
               for cat, cols in cats.items()}
    missing = {cat: cols for cat, cols in missing.items() if cols}
    if missing:
        out.append(Contribution("no-retention", NO_RETENTION_POINTS * len(missing),
                                f"{len(missing)} categories without a valid declared retention "
                                f"({NO_RETENTION_POINTS} each): {_cats(missing)}"))
    over = {cat: [c for c in cols if c.retention.exceeds_max] for cat, cols in cats.items()}
    over = {cat: cols for cat, cols in over.items() if cols}
    if over:
        out.append(Contribution("over-retention", OVER_RETENTION_POINTS * len(over),
                                f"{len(over)} categories kept longer than the ruleset allows "
                                f"({OVER_RETENTION_POINTS} each): {_cats(over)}"))
    n = len(table.identity_attributes)
    if n >= 2:
        out.append(Contribution("linkage", LINKAGE_POINTS * (n - 1),
                                f"{n} identity attributes together ({LINKAGE_POINTS} per attribute beyond the "
                                f"first): {', '.join(table.identity_attributes)}"))
    if table.identity_kit:
        out.append(Contribution("identity-kit", IDENTITY_KIT_POINTS,
                                "a government ID readable in plaintext beside enough other identity attributes "
                                "to impersonate the person (the shape of the leaked BPJS record; MIN003)"))
    total = sum(c.points for c in out)
    return Risk(total, band(total), tuple(out))
