"""The records scoring works on: a column's type and facts, a category's
compiled facts, what a name says (:class:`Lex`), a candidate category
(:class:`_Cand`) and an adjustment of its score (:class:`Adjustment`).

Split from the engine (issue 13): the engine orchestrates, these are the
data it passes around; named tuples and records, not positional tuples.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Tuple

from ..record import NamedTuple, dataclass
from ..types import INT32, base_of, parse_type

# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

class TypeInfo(NamedTuple):
    """What scoring reads from a column type.  The family is the
    column type's own (:mod:`schemalint.types` decides it for every
    frontend); ``int32`` says a whole number of more than 9 digits may not
    fit; ``shown`` is the type as written, for evidence."""

    family: Optional[str]  # None: unknown type
    length: Optional[int]
    int32: bool
    shown: str  # as written, for evidence

    @property
    def key(self):
        return (self.family, self.length, self.int32)


NO_TYPE = TypeInfo(None, None, False, "")
#: id -> (the object, kept alive; info): frontends reuse type objects, and an
#: identity lookup is cheaper than hashing a ColumnType (read by
#: :func:`schemalint.classify.classify_table` too)
_TYPE_ID_MEMO: Dict[int, Tuple[Any, TypeInfo]] = {}


@lru_cache(maxsize=100_000)
def _type_info_of(ctype: Any) -> TypeInfo:
    """TypeInfo of a hashable type (text or a frozen ColumnType)."""
    if isinstance(ctype, str):
        text = ctype.strip()
        # CHAR(16), as types are usually written in messages
        shown = text if "." in text or "->" in text else text.upper()
        parsed = parse_type(text)
    else:
        shown, parsed = str(ctype), ctype
    params = parsed.params or ()
    first = str(params[0]).strip() if params else ""
    family = parsed.family or "other"
    if family == "decimal" and params and (len(params) == 1 or str(params[1]).strip() == "0"):
        # DECIMAL(16) or DECIMAL(16,0) holds whole numbers: an ID or a count, as an integer
        # does (a NIK, a card number); a fractional DECIMAL(3,2) holds no name or code
        family = "integer"
    return TypeInfo(family, int(first) if first.isdigit() else None,
                    base_of(parsed.name or "")[0] in INT32, shown)


def type_info(ctype: Any) -> TypeInfo:
    """TypeInfo for a :class:`schemalint.model.ColumnType`, type text
    (``"varchar(16)"``, read by :func:`schemalint.types.parse_type`) or None."""
    if ctype is None:
        return NO_TYPE
    ent = _TYPE_ID_MEMO.get(id(ctype))
    if ent is not None and ent[0] is ctype:  # the same object: frontends reuse type objects
        return ent[1]
    try:
        info = _type_info_of(ctype)  # ColumnType is frozen: hashable
    except TypeError:
        info = _type_info_of.__wrapped__(ctype)
    if not isinstance(ctype, str) and len(_TYPE_ID_MEMO) < 100_000:
        _TYPE_ID_MEMO[id(ctype)] = (ctype, info)
    return info





@dataclass(frozen=True)
class _CatInfo:
    id: str
    group: str
    subject: str
    accepts: FrozenSet[str]
    families: FrozenSet[str]
    fit_length: Optional[int]
    min_length: Optional[int]
    digits: Optional[int]
    adjust: Mapping[str, float]
    rules: Tuple[Mapping[str, Any], ...]
    person_signal: bool
    label: str


class _Span(NamedTuple):
    start: int
    end: int
    text: str
    senses: Tuple[Tuple, ...]


def _span_start(sp: "_Span") -> int:
    return sp.start


@dataclass
class Lex:
    """What the name of a column says, before any context."""

    tokens: Tuple[str, ...]
    spans: Tuple[_Span, ...]
    cats: Tuple[Tuple[str, str, str, int, int], ...]  # (cat, level, text, start, end)
    negs: Dict[str, List[Tuple[str, int, int]]]  # cat -> [(text, start, end)]
    quals: Dict[str, List[Tuple[str, int, int]]]  # kind -> [(text, start, end)]
    unknown: Tuple[str, ...]
    affixes: Tuple[str, ...]

    def has(self, kind: str) -> bool:
        return kind in self.quals

    def first(self, kind: str) -> str:
        return self.quals[kind][0][0]



class ColumnFacts(NamedTuple):
    """The parts of a column scoring needs besides its name (hashable: the memo key)."""

    name: str
    type: TypeInfo = NO_TYPE
    fk: bool = False
    fk_person: bool = False
    primary_key: bool = False
    comment: Optional[str] = None
    hints: Tuple[Tuple[str, str], ...] = ()


@dataclass
class _Cand:
    cat: str
    conf: float
    matched: Optional[str]
    ev: List[str]
    level: str = "terms"
    pos: int = 0
    via: str = "name"  # name | comment | hint | inferred | rule


def _other(spans, pos: int) -> Optional[str]:
    """The first qualifier whose span is not the candidate's own."""
    if spans:
        for text, s0, e0 in spans:
            if not (s0 <= pos < e0):
                return text
    return None


def _short(label: str) -> str:
    """'NIK (national ID number)' -> 'NIK'."""
    return label.split(" (", 1)[0]


def _result(cat, conf, ev, matched):
    """(category, confidence, evidence, matched, evidence-names-the-table)."""
    return (cat, conf, tuple(ev), matched, any("{table}" in e for e in ev))


class Adjustment(NamedTuple):
    """A change of a candidate's score and the evidence sentence saying why."""

    delta: float
    evidence: str


def apply(c: "_Cand", adj: Optional[Adjustment]) -> None:
    """Add an adjustment (None: nothing to add) to a candidate."""
    if adj is not None:
        c.conf += adj.delta
        c.ev.append(adj.evidence)
