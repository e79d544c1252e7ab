"""The classification engine: one compiled :class:`Engine` per ruleset.

How a column is classified (docs/classification.md has the long form):

1. **Lexical analysis** of the name (memoised per name): split into tokens,
   normalise abbreviations, then match the ruleset's phrases, longest first,
   so ``nama_ibu_kandung`` is one phrase before ``nama`` is a word.  Every
   matched span carries its senses: category vocabulary (strong / terms /
   weak), negatives, qualifiers (``pasien`` says whose value, ``instansi``
   says it is an organisation's, ``ibu`` a family member's) and non-value
   markers (flags, timestamps, counters, money, references, meta words).
2. **Table context** (once per table): who the rows describe (a person, an
   organisation or thing, a list of kinds), whether the table is tied to a
   person or a patient visit, whether it records clinical encounters or
   payroll, whether it stores credentials, which columns stand beside.
3. **Scoring** (memoised per name, type and context): each vocabulary match
   is a candidate with a base weight; type, qualifiers and context raise or
   lower it, structural rules drop it (a BOOLEAN is a flag, a timestamp is
   not the value, an ``*_id`` is a reference, an INT cannot hold a 16-digit
   NIK).  Comments and ORM hints add evidence.  Table inference fills in
   value columns of clinical and payroll tables, with lower confidence.
4. The best candidate at or above the ruleset's threshold wins; every step
   is recorded as evidence.
"""

from __future__ import annotations

from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from ..record import dataclass
from ..types import INT32, base_of, parse_type
from .tokens import DIGIT, Tokenizer, split_identifier

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
_TYPE_MEMO: Dict[Any, TypeInfo] = {}
_TYPE_ID_MEMO: Dict[int, Tuple[Any, TypeInfo]] = {}  # id -> (the object, kept alive; info)


def type_info(ctype: Any) -> TypeInfo:
    """TypeInfo for a :class:`schemalint.model.ColumnType`, type text
    (``"varchar(16)"``, read by :func:`schemalint.types.parse_type`) or None."""
    if ctype is None:
        return NO_TYPE
    ent = _TYPE_ID_MEMO.get(id(ctype))
    if ent is not None and ent[0] is ctype:  # the same object: frontends reuse type objects
        return ent[1]
    try:
        hit = _TYPE_MEMO.get(ctype)  # ColumnType is frozen: hashable
    except TypeError:
        hit = None
    if hit is not None:
        if len(_TYPE_ID_MEMO) < 100_000:
            _TYPE_ID_MEMO[id(ctype)] = (ctype, hit)
        return hit
    if isinstance(ctype, str):
        text = ctype.strip()
        # CHAR(16), as types are usually written in messages
        shown = text if "." in text or "->" in text else text.upper()
        parsed = parse_type(text)
    else:
        shown, parsed = str(ctype), ctype
    params = parsed.params or ()
    first = str(params[0]).strip() if params else ""
    info = TypeInfo(parsed.family or "other", int(first) if first.isdigit() else None,
                    base_of(parsed.name or "")[0] in INT32, shown)
    if len(_TYPE_MEMO) < 100_000:
        try:
            _TYPE_MEMO[ctype] = info
        except TypeError:
            pass
        if not isinstance(ctype, str):
            _TYPE_ID_MEMO[id(ctype)] = (ctype, info)
    return info


# --------------------------------------------------------------------------
# Compiled ruleset
# --------------------------------------------------------------------------

_LEVEL_RANK = {"strong": 3, "terms": 2, "weak": 1}
#: table kinds from context lists
_TABLE_LISTS = {
    "person_tables": "person", "employee_tables": "employee", "family_tables": "family",
    "org_tables": "org", "lookup_tables": "lookup", "clinical_tables": "clinical",
    "encounter_tables": "encounter", "clinical_concepts": "clinical_concept",
    "address_tables": "address",
    "payroll_tables": "payroll", "credential_tables": "credential",
}
_EMPTY: FrozenSet[str] = frozenset()
_NONVALUE_FAMILIES = frozenset(("boolean", "date", "datetime", "time", "search"))
_STRONG_LOOKUP = frozenset("ref referensi master mst lookup kamus dictionary".split())
_PATIENT_WORDS = frozenset("pasien patient patients bayi baby newborn neonatus".split())
_GENERIC_TABLE_WORDS = frozenset(
    "tbl tb t m ms data app apps auth sik tweb tabel table public core main db dt "
    "trx tr tx log history riwayat list daftar account".split())
_DESCRIPTIVE = frozenset(
    "nama name label title judul keterangan deskripsi description kode singkatan warna color "
    "icon urut urutan slug simbol status aktif active nilai value sort order".split())

_ADJUST_DEFAULTS = {
    "person_table": 0.2, "linked_table": 0.1, "person_qualifier": 0.25, "org_table": -0.5,
    "lookup_table": -0.5, "thing_qualifier": -0.6, "implausible_type": -0.35, "too_short": -0.3,
    "type_fit": 0.1, "patient_context": 0.2, "health_outside_patient": -0.3,
    "comment_agrees": 0.1, "comment_factor": 0.9,
}
_INFERRED_DEFAULTS = {"clinical": 0.6, "payroll": 0.6, "credential_store": 0.75, "role_name": 0.6,
                      "address": 0.6}
_WEIGHT_DEFAULTS = {"strong": 0.9, "terms": 0.75, "weak": 0.45}
MAX_CONFIDENCE = 0.99


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


class TableContext:
    """What a table says about its columns; ``key`` is what scoring sees.

    ``subject``: person | org | lookup | unknown | none (no table known).
    ``patient``: health terms count (patient, visit or clinical table);
    ``clinical``: value columns are inferred health data; ``address``: a
    table of people's addresses.  ``role``: the table's role kind from
    :mod:`schemalint.classify.roles` when the schema was read as a whole
    ('' otherwise); a role not about people drops personal categories.
    """

    __slots__ = ("name", "subject", "subject_why", "family", "employee", "patient", "clinical",
                 "clinical_why", "address", "payroll", "credential", "linked", "beside", "key",
                 "kid", "role")

    def __init__(self, name: str, subject: str, subject_why: str, family: bool = False,
                 employee: bool = False, patient: bool = False, clinical: bool = False,
                 clinical_why: str = "", address: bool = False, payroll: bool = False,
                 credential: bool = False, linked: bool = False,
                 beside: FrozenSet[str] = frozenset(), role: str = ""):
        self.name, self.subject, self.subject_why = name, subject, subject_why
        self.family, self.employee, self.patient, self.clinical = family, employee, patient, clinical
        self.clinical_why, self.address, self.payroll = clinical_why, address, payroll
        self.credential, self.linked, self.beside = credential, linked, beside
        self.role = role
        # the evidence texts depend on the subject_why/clinical_why: part of the key
        self.key = (subject, family, employee, patient, clinical, address, payroll, credential,
                    linked, beside, subject_why, clinical_why, role)
        self.kid = -1  # interned by the engine

    def __repr__(self) -> str:
        return f"TableContext({self.name!r}, {self.subject!r}, key={self.key!r})"


NO_TABLE = TableContext("", "none", "")


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


_MISS = object()


class _SeedIndex:
    """The phrase index as the snapshot stores it (JSON, keyed by the
    phrase's words joined with spaces), converted one entry at a time on
    first lookup: a run looks up a few hundred of its 2,000 phrases, and
    converting them all cost more than the lookups."""

    __slots__ = ("raw", "_done")

    def __init__(self, raw: Dict[str, list]):
        self.raw = raw
        self._done: Dict[Tuple[str, ...], Optional[Tuple]] = {}

    def get(self, key: Tuple[str, ...], default=None):
        hit = self._done.get(key, _MISS)
        if hit is _MISS:
            v = self.raw.get(" ".join(key))
            hit = None if v is None else (tuple(tuple(x) for x in v[0]), tuple(v[1]), v[2], v[3])
            self._done[key] = hit
        return default if hit is None else hit

    def __iter__(self):
        return (tuple(k.split(" ")) for k in self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def items(self):
        return [(k, self.get(k)) for k in self]

    def __eq__(self, other) -> bool:
        return dict(self.items()) == (dict(other.items()) if hasattr(other, "items") else other)

    __hash__ = None  # type: ignore[assignment]


class Engine:
    def __init__(self, ruleset):
        self.ruleset = ruleset
        d = ruleset.data
        s = d.get("settings") or {}
        self.threshold = float(s.get("threshold", 0.5))
        self.W = dict(_WEIGHT_DEFAULTS, **(s.get("weights") or {}))
        self.A = dict(_ADJUST_DEFAULTS, **(s.get("adjust") or {}))
        self.I = dict(_INFERRED_DEFAULTS, **(s.get("inferred") or {}))
        ctx = d.get("context") or {}
        words = d.get("words") or {}
        cats_doc = d.get("categories") or {}
        active = ruleset.categories
        self.affix_words = ruleset.encryption.affix_words
        abbrev = {k.lower(): tuple(split_identifier(v)) for k, v in
                  (words.get("abbreviations") or {}).items()}
        seed = getattr(ruleset, "token_seed", None)
        if seed and seed.get("fingerprint") == ruleset.fingerprint and "index" in seed:
            # compiled when the snapshot was written, for exactly this ruleset
            self.tokenizer = Tokenizer(seed["dictionary"], abbrev, short_words=words.get("short") or (),
                                       keep=words.get("keep") or ())
            self.tokenizer.seed(seed.get("tokens") or {})
            self.index = _SeedIndex(seed["index"])
            self.table_index = {tuple(k.split(" ")): frozenset(v) for k, v in seed["table_index"].items()}
        else:
            self._compile(*self._phrases(d, active), abbrev, words, d)
        starts: Dict[str, int] = {}  # first token -> longest phrase length
        for first, n in (((k.split(" ", 1)[0], k.count(" ") + 1) for k in self.index.raw)
                         if isinstance(self.index, _SeedIndex) else ((k[0], len(k)) for k in self.index)):
            if starts.get(first, 0) < n:
                starts[first] = n
        self.phrase_starts = starts
        self.max_phrase = max(starts.values(), default=1)
        self.max_table_phrase = max((len(k) for k in self.table_index), default=1)
        self.search_types = frozenset(t.lower() for t in ctx.get("search_types") or ())
        self.catch_all = frozenset(w.lower() for w in (s.get("catch_all_names") or ()) if " " not in w)
        self.descriptive = _DESCRIPTIVE
        self.orm: Dict[str, str] = {}
        for cid, c in cats_doc.items():
            if cid in active:
                for o in c.get("orm") or ():
                    self.orm[o.lower()] = cid

        # -- per-category facts -------------------------------------------------
        self.cats: Dict[str, _CatInfo] = {}
        for cid, cat in active.items():
            c = cats_doc.get(cid) or {}
            ty = c.get("types") or {}
            self.cats[cid] = _CatInfo(
                id=cid, group=cat.group, subject=cat.subject,
                accepts=frozenset(cat.accepts),
                families=frozenset(ty.get("families") or ()),
                fit_length=ty.get("fit_length"), min_length=ty.get("min_length"),
                digits=ty.get("digits"), adjust=dict(c.get("adjust") or {}),
                rules=tuple(dict(r, _matched=frozenset(self._norm(m) for m in
                                                       (r.get("when") or {}).get("matched") or ()))
                            for r in (c.get("context") or ())),
                person_signal=cat.person_signal,
                label=cat.label,
            )
        self.group_default = {}
        for cid in active:
            self.group_default.setdefault(cid.split(".", 1)[0], cid)
        self._lex_memo: Dict[str, Lex] = {}
        self._score_memo: Dict[Tuple, Tuple] = {}
        self._comment_memo: Dict[str, Tuple] = {}
        self._facts_memo: Dict[str, Tuple] = {}
        self._ctx_ids: Dict[Tuple, int] = {NO_TABLE.key: 0}
        NO_TABLE.kid = 0
        self._kinds_memo: Dict[str, Tuple] = {}
        self._profile_memo: Dict[str, Tuple] = {}

    def _phrases(self, d, active):
        """Every vocabulary phrase with its sense, and the table-name phrases
        with their kinds: the input of :meth:`_compile`."""
        ctx = d.get("context") or {}
        cats_doc = d.get("categories") or {}
        phrases: List[Tuple[str, Tuple]] = []  # (phrase text, sense)
        for cid, c in cats_doc.items():
            if cid not in active:
                continue
            voc = c.get("vocabulary") or {}
            for level in ("strong", "terms", "weak"):
                for p in voc.get(level) or ():
                    phrases.append((p, ("c", cid, level)))
            for p in voc.get("negatives") or ():
                phrases.append((p, ("n", cid)))
        for kind, lst in (ctx.get("qualifiers") or {}).items():
            for p in lst:
                phrases.append((p, ("q", kind)))
        for kind, lst in (ctx.get("non_values") or {}).items():
            for p in lst:
                phrases.append((p, ("q", kind)))
        for p in ctx.get("person_links") or ():
            phrases.append((p, ("q", "person_link")))
        for p in ctx.get("patient_links") or ():
            phrases.append((p, ("q", "patient_link")))
        for p in ctx.get("vehicle_columns") or ():
            phrases.append((p, ("q", "vehicle")))
        for w in self.affix_words:
            phrases.append((w, ("q", "affix")))
        table_phrases: List[Tuple[str, str]] = []
        for key, kind in _TABLE_LISTS.items():
            for p in ctx.get(key) or ():
                table_phrases.append((p, kind))
        return phrases, table_phrases

    def _compile(self, phrases, table_phrases, abbrev, words, d) -> None:
        """Build the tokenizer and the phrase indexes from the vocabulary
        (the costly part of an engine; the default ruleset's snapshot keeps
        the result, see :meth:`compiled`)."""
        dictionary = set(w.lower() for w in words.get("dictionary") or ())
        for text, _ in phrases:
            dictionary.update(split_identifier(text))
        for text, _ in table_phrases:
            dictionary.update(split_identifier(text))
        for v in abbrev.values():
            dictionary.update(v)
        dictionary.update(w.lower() for w in d.get("settings", {}).get("catch_all_names") or ()
                          if " " not in w)
        self.tokenizer = Tokenizer(dictionary, abbrev, short_words=words.get("short") or (),
                                   keep=words.get("keep") or ())
        index: Dict[Tuple[str, ...], List[Tuple]] = {}
        for text, sense in phrases:
            key = self._phrase_key(text)
            if key and sense not in index.setdefault(key, []):
                index[key].append(sense)
        # phrase -> (positive senses, negative category ids, best vocabulary rank, text)
        self.index = {}
        for k, v in index.items():
            pos = tuple(x for x in v if x[0] != "n")
            neg = tuple(x[1] for x in v if x[0] == "n")
            rank = max((_LEVEL_RANK.get(x[2], 0) for x in pos if x[0] == "c"), default=0)
            self.index[k] = (pos, neg, rank, " ".join(k))
        tindex: Dict[Tuple[str, ...], set] = {}
        for text, kind in table_phrases:
            key = self._phrase_key(text)
            if key:
                tindex.setdefault(key, set()).add(kind)
        self.table_index = {k: frozenset(v) for k, v in tindex.items()}

    def compiled(self) -> Dict[str, object]:
        """The compiled vocabulary as JSON-able data, for the ruleset
        snapshot (valid for this ruleset's fingerprint only)."""
        return {
            "fingerprint": self.ruleset.fingerprint,
            "dictionary": sorted(self.tokenizer.dictionary),
            "tokens": {k: list(v) for k, v in sorted(self.tokenizer._memo.items())},
            "index": {" ".join(k): [[list(x) for x in v[0]], list(v[1]), v[2], v[3]]
                      for k, v in sorted(self.index.items())},
            "table_index": {" ".join(k): sorted(v) for k, v in sorted(self.table_index.items())},
        }

    # ------------------------------------------------------------------ lexing
    def _phrase_key(self, text: str) -> Tuple[str, ...]:
        toks = self.tokenizer.tokens(text)
        # digits stay ("last4" is not "last"), but a phrase is never only digits
        return toks if any(t != DIGIT for t in toks) else ()

    def lex(self, name: str) -> Lex:
        hit = self._lex_memo.get(name)
        if hit is not None:
            return hit
        toks = self.tokenizer.tokens(name)
        res = self._lex_tokens(toks)
        if len(self._lex_memo) < 300_000:
            self._lex_memo[name] = res
        return res

    def _lex_tokens(self, toks: Tuple[str, ...]) -> Lex:
        n = len(toks)
        index = self.index
        starts = self.phrase_starts
        found = []  # (start, end, text, positive senses, rank)
        negs: Dict[str, List[Tuple[str, int, int]]] = {}
        for i in range(n):
            maxl = starts.get(toks[i])
            if maxl is None:
                continue
            for L in range(min(maxl, n - i), 0, -1):
                ent = index.get(toks[i:i + L])
                if ent is None:
                    continue
                pos, neg_cats, rank, text = ent
                for cid in neg_cats:  # negatives never consume
                    negs.setdefault(cid, []).append((text, i, i + L))
                if pos:
                    found.append((-L, -rank, i, i + L, text, pos))
        found.sort()
        taken = [False] * n
        chosen = []
        for negl, negr, s0, e0, text, pos in found:
            if True in taken[s0:e0]:
                continue
            for k in range(s0, e0):
                taken[k] = True
            chosen.append(_Span(s0, e0, text, pos))
        chosen.sort(key=_span_start)
        cats: List[Tuple[str, str, str, int, int]] = []
        quals: Dict[str, List[Tuple[str, int, int]]] = {}
        for sp in chosen:
            for sense in sp.senses:
                if sense[0] == "c":
                    cats.append((sense[1], sense[2], sp.text, sp.start, sp.end))
                else:
                    quals.setdefault(sense[1], []).append((sp.text, sp.start, sp.end))
        unknown = tuple(toks[k] for k in range(n)
                        if not taken[k] and toks[k] != DIGIT and len(toks[k]) >= 3)
        affixes = tuple(a[0] for a in quals.get("affix", ()))
        return Lex(toks, tuple(chosen), tuple(cats), negs, quals, unknown, affixes)

    # ------------------------------------------------------------ table context
    def _name_facts(self, name: str) -> Tuple[bool, ...]:
        """What a column name tells about its table (memoised per name)."""
        hit = self._facts_memo.get(name)
        if hit is None:
            lex = self.lex(name)
            q = lex.quals
            plink = "patient_link" in q
            hit = ("audit" in q, "reference" in q or "identifier" in q,
                   plink and q["patient_link"][0][0].split()[0] == "no", plink,
                   "person_link" in q, "vehicle" in q, "timestamp" in q or "flag" in q,
                   set(t for t in lex.tokens if t != DIGIT) <= self.descriptive,
                   any(self.cats[c[0]].person_signal for c in lex.cats if c[0] in self.cats))
            if len(self._facts_memo) < 300_000:
                self._facts_memo[name] = hit
        return hit

    def table_kinds(self, name: str) -> Tuple[FrozenSet[str], Tuple[str, ...], Tuple[str, ...]]:
        """Kinds named by a table name, the matched words, the tokens."""
        hit = self._kinds_memo.get(name)
        if hit is not None:
            return hit
        tindex = self.table_index
        toks = tuple(
            t[:-1] if (t.endswith("s") and (t,) not in tindex and (t[:-1],) in tindex) else t
            for t in self.tokenizer.tokens(name) if t != DIGIT)
        kinds: set = set()
        words: List[str] = []
        n = len(toks)
        i = 0
        while i < n:
            for L in range(min(self.max_table_phrase, n - i), 0, -1):
                k = self.table_index.get(toks[i:i + L])
                if k is not None:
                    kinds |= k
                    words.append(" ".join(toks[i:i + L]))
                    i += L
                    break
            else:
                i += 1
        res = (frozenset(kinds), tuple(words), toks)
        if len(self._kinds_memo) < 100_000:
            self._kinds_memo[name] = res
        return res

    def _name_profile(self, name: str) -> Tuple:
        """Everything a table's *name* says (memoised per name)."""
        hit = self._profile_memo.get(name)
        if hit is not None:
            return hit
        kinds, words, ttoks = self.table_kinds(name)
        tindex = self.table_index
        person_kinds = kinds & {"person", "employee", "family"}
        core = [t for t in ttoks if t not in _GENERIC_TABLE_WORDS] or list(ttoks)
        edge_lookup = any(
            "lookup" in tindex.get((t,), frozenset()) for t in (core[0], core[-1])
        ) if core else False
        strong_lookup = any(t in _STRONG_LOOKUP for t in ttoks)
        bare_person = bool(person_kinds) and all(
            t in _GENERIC_TABLE_WORDS or tindex.get((t,), frozenset()) & {
                "person", "employee", "family"} for t in ttoks)

        def word_of(kset):
            return next((w for w in words if tindex.get(tuple(w.split()), frozenset()) & kset), name)

        lookup_named = "lookup" in kinds and (not person_kinds or edge_lookup or strong_lookup)
        lookup_why = (f"table '{{table}}' is a list of kinds ({', '.join(words) or 'id and name only'})"
                      if "lookup" in kinds else "table '{table}' holds only a name or code: a list of kinds")
        named_subject, named_why = None, ""
        if "address" in kinds and "org" not in kinds:
            named_subject, named_why = "person", "table '{table}' holds addresses (of people)"
        elif person_kinds:
            named_subject = "person"
            named_why = f"table '{{table}}' describes people ('{word_of(person_kinds)}')"
        elif "org" in kinds:
            named_subject = "org"
            named_why = (f"table '{{table}}' describes organisations, settings or things "
                         f"('{word_of({'org'})}')")
        clinical_name = "clinical" in kinds
        master = bool(kinds & {"lookup", "org"}) and not person_kinds
        patient_word = any(t in _PATIENT_WORDS for t in ttoks)
        clinical_word = word_of({"clinical", "clinical_concept"})
        hit = (kinds, bare_person, lookup_named, lookup_why, named_subject, named_why,
               clinical_name, master, patient_word, clinical_word)
        if len(self._profile_memo) < 100_000:
            self._profile_memo[name] = hit
        return hit

    def table_context(self, name: str, columns: Sequence[ColumnFacts],
                      fk_tables: Sequence[str] = (), subs=None, role=None) -> TableContext:
        (kinds, bare_person, lookup_named, lookup_why, named_subject, named_why, clinical_name,
         master, patient_word, clinical_word) = self._name_profile(name)
        signals: List[str] = []
        linked = patient_link = False
        beside: set = set()
        value_cols = 0
        descriptive_only = True
        link_why = ""
        if subs is None:
            subs = [self._entry(c) for c in columns]
        name_facts = self._name_facts
        cats = self.cats
        for col, sub in zip(columns, subs):
            # col: (name, type, fk, fk_person, primary_key, comment, hints)
            cname = col[0]
            audit, has_ident, plink_no, plink, person_link, vehicle, nonvalue, descr, signal_cand = \
                name_facts(cname)
            if audit:  # creator / changed_by: who edited the row, not whose it is
                continue
            fam = col[1][0]
            ident = has_ident or col[2] or fam == "uuid"
            if plink and (plink_no or ident):
                patient_link = linked = True
                link_why = link_why or cname
            if person_link and ident:
                linked = True
                link_why = link_why or cname
            if col[3]:
                linked = True
                link_why = link_why or cname
            if vehicle:
                beside.add("vehicle")
            if signal_cand:  # only then is the context-free score needed
                res = sub.get(0) or self._scored(sub, col, NO_TABLE)
                if res[0] is not None and res[1] >= 0.7 and cats[res[0]].person_signal:
                    signals.append(cname)
            # shape of a list of kinds
            if col[4] or ident or nonvalue or fam in _NONVALUE_FAMILIES:
                continue
            value_cols += 1
            if not descr:
                descriptive_only = False
        for t in fk_tables:
            tk = self.table_kinds(t)[0]
            if tk & {"person", "employee", "family"}:
                linked = True
                link_why = link_why or f"a key to {t}"
        subject, why = "unknown", ""
        # a list of kinds: named so (jenis_*, ref_*, *_kategori) or shaped so (id, nama),
        # unless the table is tied to people
        if not linked and not bare_person and (
                lookup_named or (not signals and 1 <= value_cols <= 3 and descriptive_only)):
            subject, why = "lookup", lookup_why
        elif named_subject:
            subject, why = named_subject, named_why
        elif signals:
            subject = "person"
            why = f"table '{{table}}' describes people (column '{signals[0]}')"
        # health terms count in a patient's table, a visit's or a clinical one
        # (not in a master list such as jenis_tindakan or tarif_tindakan)
        patient = (patient_link or patient_word or "encounter" in kinds
                   or (clinical_name and not master))
        # value columns are inferred health data only when the clinical table
        # is tied to a patient: a visit key or a patient in its name
        clinical = subject != "lookup" and not master and (
            (clinical_name and (patient_link or patient_word))
            or ("clinical_concept" in kinds and patient_link))
        clinical_why = ""
        if clinical:
            clinical_why = (f"table '{{table}}' records clinical encounters ('{clinical_word}')"
                            + (f" linked to a patient or visit ('{link_why}')" if patient_link else ""))
        role_kind = ""
        if role is not None:  # the table's role, read from the whole schema, decides
            role_kind = role.kind
            from .roles import role_context
            subject, why, patient, clinical, clinical_why, linked = role_context(
                role, subject, why, patient, clinical, clinical_why, linked)
        payroll = "payroll" in kinds and subject != "lookup" and (linked or subject == "person")
        return TableContext(
            name=name, subject=subject, subject_why=why, family="family" in kinds,
            address="address" in kinds and subject == "person" and "org" not in kinds,
            employee="employee" in kinds, patient=patient, clinical=clinical,
            clinical_why=clinical_why, payroll=payroll, credential="credential" in kinds,
            linked=linked, beside=frozenset(beside) if beside else _EMPTY, role=role_kind)

    # ------------------------------------------------------------------ scoring
    def _kid(self, ctx: TableContext) -> int:
        if ctx.kid < 0:
            kid = self._ctx_ids.get(ctx.key)
            if kid is None:
                kid = self._ctx_ids[ctx.key] = len(self._ctx_ids)
            ctx.kid = kid
        return ctx.kid

    def _entry(self, col: ColumnFacts) -> Dict[int, list]:
        sub = self._score_memo.get(col)
        if sub is None:
            sub = {}
            if len(self._score_memo) < 300_000:
                self._score_memo[col] = sub
        return sub

    def _scored(self, sub: Dict[int, list], col, ctx: TableContext) -> list:
        kid = ctx.kid if ctx.kid >= 0 else self._kid(ctx)
        hit = sub.get(kid)
        if hit is None:
            if type(col) is not ColumnFacts:  # a plain tuple from the fast path
                col = ColumnFacts._make(col)
            hit = sub[kid] = list(self._score_lex(self.lex(col.name), col, ctx)) + [None]
        return hit

    def classify(self, col: ColumnFacts, ctx: TableContext = NO_TABLE):
        """(category, confidence, evidence, matched) for one column."""
        hit = self._scored(self._entry(col), col, ctx)
        if hit[4] and ctx.name:  # evidence that names the table
            return hit[0], hit[1], tuple(e.replace("{table}", ctx.name) for e in hit[2]), hit[3]
        return hit[0], hit[1], hit[2], hit[3]

    def classify_table(self, name: str, columns: Sequence[ColumnFacts], fk_tables: Sequence[str] = (),
                       make=None) -> Tuple[TableContext, List[Any]]:
        """The context of a table and one result per column.  ``make(cat, conf,
        evidence, matched)`` builds the result objects (cached when the
        evidence does not name the table); default: tuples."""
        memo = self._score_memo
        subs = []
        for c in columns:
            sub = memo.get(c)
            if sub is None:
                sub = self._entry(c)
            subs.append(sub)
        ctx = self.table_context(name, columns, fk_tables, subs)
        kid = self._kid(ctx)
        out = []
        tname = ctx.name
        scored = self._scored
        for sub, col in zip(subs, columns):
            hit = sub.get(kid)
            if hit is None:
                hit = scored(sub, col, ctx)
            if hit[4] and tname:
                ev = tuple(e.replace("{table}", tname) for e in hit[2])
                out.append(make(hit[0], hit[1], ev, hit[3]) if make else (hit[0], hit[1], ev, hit[3]))
            else:
                obj = hit[5]
                if obj is None:
                    obj = hit[5] = make(hit[0], hit[1], hit[2], hit[3]) if make else tuple(hit[:4])
                out.append(obj)
        return ctx, out

    def _score_lex(self, lex: Lex, col: ColumnFacts, ctx: TableContext):
        W = self.W
        t = col.type
        fam = t.family
        q = lex.quals
        ev_common: List[str] = []
        dropped: List[str] = []
        if lex.affixes:
            ev_common.append(
                f"affix '{lex.affixes[0]}' is ciphertext or keyed-hash naming: classified by the "
                f"value underneath (encryption is judged by the checks)")
        if fam == "search" or (t.shown and t.shown.split("(")[0].strip().lower() in self.search_types):
            return _result(None, 0.0, [f"type {t.shown} is a search index, not a stored value"], None)

        # ---- candidates from the name
        cands: Dict[str, _Cand] = {}
        for cid, level, text, start, end in lex.cats:
            what = "phrase" if " " in text else "token"
            c = _Cand(cid, W[level], text,
                      [f"{what} '{text}' matched {cid} vocabulary ({level}, {W[level]:.2f})"],
                      level, start)
            old = cands.get(cid)
            if old is None or c.conf > old.conf or (c.conf == old.conf and c.pos > old.pos):
                cands[cid] = c

        # ---- candidates from the comment and ORM hints
        self._text_evidence(col, cands)

        # ---- reference / key markers that no category phrase consumed
        ref_tok = q["reference"][0][0] if "reference" in q else None
        is_ref = ref_tok is not None
        if col.fk and (col.fk_person or not cands) and fam in ("integer", "uuid", None):
            is_ref = True  # an FK to a code table with a telling name (cause_of_death) keeps it
        ts_tok = q["timestamp"][0][0] if "timestamp" in q else None
        flag_tok = q["flag"][0][0] if "flag" in q else None
        count_tok = q["counter"][0][0] if "counter" in q else None
        money_tok = q["money"][0][0] if "money" in q else None
        meta_tok = q["meta"][0][0] if "meta" in q else None
        fam_tok = (q.get("family") or [(None,)])[0][0]
        guar_tok = (q.get("guarantor") or [(None,)])[0][0]

        survivors: List[_Cand] = []
        for c in cands.values():
            info = self.cats[c.cat]
            reason = self._structural(c, info, lex, t, is_ref, ref_tok, ts_tok, flag_tok,
                                      count_tok, money_tok, meta_tok, col)
            if reason:
                dropped.append(f"{c.cat} rejected: {reason}")
                continue
            # bare name ('nama', 'name') that names something else
            if c.cat == "identity.name" and c.level == "weak" and c.via == "name":
                other = self._name_of_other(lex, c)
                if other:
                    dropped.append(f"identity.name rejected: '{c.matched}' with '{other}' "
                                   f"names a thing, not a person")
                    continue
            # 'lokasi_arsip': a weak term about an unknown noun describes that thing
            if c.level == "weak" and c.via == "name" and c.cat != "identity.name":
                other = self._unknown_noun(lex)
                if other:
                    dropped.append(f"{c.cat} rejected: weak term '{c.matched}' with '{other}' "
                                   f"likely describes something else")
                    continue
            # 'no_sk_jabatan': the number of something else (an unknown noun), not the value
            if c.level == "weak" and c.via == "name" and self._identifier_of_other(lex, c):
                dropped.append(f"{c.cat} rejected: '{lex.tokens[0]} {lex.tokens[1]}' is the "
                               f"number or code of something else")
                continue
            self._type_adjust(c, info, t)
            p_tok = _other(q.get("person"), c.pos)
            r_tok = _other(q.get("role"), c.pos)
            t_tok = _other(q.get("thing"), c.pos) or _other(q.get("org"), c.pos)
            self._qualifier_adjust(c, info, t_tok, p_tok or r_tok)
            whose = p_tok or (r_tok if not t_tok else None)
            if not self._context_adjust(c, info, ctx, whose, t_tok):
                dropped.append(f"{c.cat} rejected: {c.ev[-1]}")
                continue
            alt = self._rules(c, info, ctx)
            if alt is not None and self._context_adjust(alt, self.cats[alt.cat], ctx, whose, t_tok):
                survivors.append(alt)
            survivors.append(c)

        # ---- family qualifiers: a family member's name or ID
        fam_word = fam_tok or (guar_tok if (guar_tok and survivors) else None)
        if fam_word or ctx.family:
            for c in survivors:
                grp = c.cat.split(".", 1)[0]
                target = None
                if c.cat in ("identity.name",) or (grp == "identity" and fam_word):
                    target = "family.member_name"
                elif grp == "gov_id" and fam_word and c.cat != "gov_id.no_kk":
                    target = "family.member_id"
                if target and target in self.cats and target != c.cat:
                    why = (f"'{fam_word}' says it belongs to a family member or guarantor"
                           if fam_word else "table '{table}' lists family members or dependants")
                    c.ev.append(f"{why}: {c.cat} -> {target}")
                    c.cat = target

        best = self._best(survivors)
        if best is None or best.conf < self.threshold:
            inferred = self._infer(lex, col, ctx, t, is_ref, ts_tok, flag_tok, count_tok,
                                   money_tok, meta_tok, cands, bool(survivors))
            if inferred is not None and (best is None or inferred.conf > best.conf):
                best = inferred
        if best is not None and best.conf >= self.threshold:
            conf = round(min(MAX_CONFIDENCE, best.conf), 2)
            ev = ev_common + best.ev + [f"confidence {conf:.2f} >= threshold {self.threshold:.2f}"]
            return _result(best.cat, conf, ev, best.matched)
        ev = ev_common + dropped
        if best is not None:
            ev += best.ev + [f"{best.cat}: confidence {max(0.0, best.conf):.2f} is below the "
                             f"threshold {self.threshold:.2f}: not personal data"]
        if is_ref and not cands:
            ev.append(f"'{ref_tok or col.name}' marks a key or a reference to another row: "
                      f"a reference is not the value")
        if not ev:
            ev.append("no vocabulary matched: not personal data")
        return _result(None, round(max(0.0, best.conf), 2) if best else 0.0, ev, None)

    # -- helpers -------------------------------------------------------------
    def _structural(self, c, info, lex, t, is_ref, ref_tok, ts_tok, flag_tok, count_tok,
                    money_tok, meta_tok, col) -> Optional[str]:
        fam = t.family
        label = info.label.lower()
        if is_ref and c.via != "hint":
            if ref_tok:
                return f"'{ref_tok}' marks a key or a reference to another row, not the value"
            return f"a foreign key ({t.shown or 'reference'}): a reference is not the value"
        if fam == "boolean" or flag_tok:
            if "flag" not in info.accepts:
                what = f"type {t.shown}" if fam == "boolean" else f"'{flag_tok}'"
                return f"{what} marks a flag about {label}, not {label} itself"
        if (fam in ("date", "datetime", "time", "interval") or ts_tok) and "date" not in info.accepts:
            what = f"type {t.shown}" if fam in ("date", "datetime", "time", "interval") else f"'{ts_tok}'"
            return f"{what} marks when something happened, not {label}"
        if count_tok and "count" not in info.accepts:
            return f"'{count_tok}' marks a count, not {label}"
        if money_tok and info.group != "financial" and c.via == "name":
            return f"'{money_tok}' marks a money amount, not {label}"
        if meta_tok and c.via == "name":
            return f"'{meta_tok}' describes {label} (its kind or settings), it does not hold it"
        if fam == "network" and "network" not in info.families:
            return f"type {t.shown} holds a network address (IP, MAC), not {label}"
        if fam == "uuid" and "uuid" not in info.families:
            return f"type {t.shown} is a surrogate key, not {label}"
        if info.digits and t.int32 and info.digits > 9:
            return (f"type {t.shown} cannot hold a {info.digits}-digit {_short(info.label)}: "
                    f"a reference or a code")
        negs = lex.negs.get(c.cat)
        if negs and c.via == "name":
            for text, s, e in negs:
                # a negative inside the candidate's own phrase does not count
                if not (c.matched and text in c.matched):
                    return f"'{text}' is a negative for {c.cat}"
        return None

    def _name_of_other(self, lex: Lex, c: _Cand) -> Optional[str]:
        q = lex.quals
        if "person" in q or "family" in q or "guarantor" in q or "role" in q:
            return None
        for cid, level, text, s, e in lex.cats:
            if cid != c.cat:
                return text
        for kind in ("thing", "org"):
            if kind in q:
                return q[kind][0][0]
        for u in lex.unknown:
            return u
        return None

    def _type_adjust(self, c: _Cand, info: _CatInfo, t: TypeInfo) -> None:
        A = self.A
        fam = t.family
        if fam is None:
            return
        if info.families and fam not in info.families and fam not in ("other",):
            c.conf += A["implausible_type"]
            c.ev.append(f"type {t.shown} is unusual for {info.label} ({A['implausible_type']:+.2f})")
            return
        if t.length and fam in ("text", "decimal"):
            if info.fit_length and t.length == info.fit_length:
                c.conf += A["type_fit"]
                c.ev.append(f"type {t.shown} fits a {_short(info.label)} ({A['type_fit']:+.2f})")
            elif info.min_length and t.length < info.min_length:
                c.conf += A["too_short"]
                c.ev.append(f"type {t.shown} is too short for a {info.min_length}-character "
                            f"{_short(info.label)} ({A['too_short']:+.2f})")

    def _qualifier_adjust(self, c, info, thing_tok, person_tok) -> None:
        if info.subject == "any" or c.via != "name":
            return
        A = self.A
        if thing_tok:
            c.conf += A["thing_qualifier"]
            c.ev.append(f"'{thing_tok}' says it belongs to an organisation or a thing "
                        f"({A['thing_qualifier']:+.2f})")
        elif person_tok and c.level != "strong":
            adj = info.adjust.get("person_qualifier", A["person_qualifier"])
            c.conf += adj
            c.ev.append(f"'{person_tok}' says it is a person's ({adj:+.2f})")

    def _unknown_noun(self, lex: Lex) -> Optional[str]:
        q = lex.quals
        if "person" in q or "family" in q or "guarantor" in q or "role" in q:
            return None
        for u in lex.unknown:
            return u
        return None

    def _identifier_of_other(self, lex: Lex, c: _Cand) -> bool:
        toks = lex.tokens
        if len(toks) < 3 or "identifier" not in lex.quals:
            return False
        if not any(s == 0 and e == 1 for _, s, e in lex.quals["identifier"]):
            return False
        covered = any(s <= 1 < e for sp in lex.spans for s, e in ((sp.start, sp.end),))
        return not covered and toks[1] != DIGIT

    def _context_adjust(self, c: _Cand, info: _CatInfo, ctx: TableContext,
                        whose: Optional[str] = None, thing_tok: Optional[str] = None) -> bool:
        """Apply table context; False when the candidate is impossible here."""
        if ctx.subject == "none" or info.subject == "any":
            if info.subject == "any" and ctx.credential and c.level != "strong":
                c.conf += 0.3
                c.ev.append("table '{table}' stores credentials (+0.30)")
            elif info.subject == "any" and c.level == "weak" and ctx.subject == "person":
                c.conf += self.A["person_table"]
                c.ev.append(ctx.subject_why + f" ({self.A['person_table']:+.2f})")
            return True
        if ctx.role in _ROLES_NOT_ABOUT_PEOPLE and not whose:
            c.ev.append(ctx.subject_why)
            return False
        A = {**self.A, **info.adjust}
        if info.subject == "patient":
            if ctx.patient:
                c.conf += A["patient_context"]
                c.ev.append(f"table '{{table}}' is about a patient or a visit "
                            f"({A['patient_context']:+.2f})")
                return True
            if ctx.subject == "person" or ctx.linked:
                if c.level == "weak":
                    c.ev.append("a weak health term outside a clinical or patient table")
                    return False
                if c.level == "terms":
                    c.conf += A["health_outside_patient"]
                    c.ev.append(f"table '{{table}}' describes people but is not clinical "
                                f"({A['health_outside_patient']:+.2f})")
                return True
            c.ev.append("table '{table}' is not about a person or a patient: "
                        "a catalogue or reference list, not a person's health data")
            return False
        if ctx.subject == "person" and thing_tok and c.via == "name":
            c.ev.append(f"'{thing_tok}' says it is not the person's own: the person table "
                        f"adds nothing")
        elif ctx.subject == "person":
            c.conf += A["person_table"]
            c.ev.append(ctx.subject_why + f" ({A['person_table']:+.2f})")
        elif ctx.subject == "org" and whose:
            c.ev.append(f"'{whose}' says whose value it is: the table's subject does not matter")
        elif ctx.subject == "org":
            c.conf += A["org_table"]
            c.ev.append(ctx.subject_why + f" ({A['org_table']:+.2f})")
        elif ctx.subject == "lookup":
            c.conf += A["lookup_table"]
            c.ev.append(ctx.subject_why + f" ({A['lookup_table']:+.2f})")
        elif ctx.linked and A["linked_table"]:
            c.conf += A["linked_table"]
            c.ev.append(f"table '{{table}}' belongs to a person (it has a person key) "
                        f"({A['linked_table']:+.2f})")
        return True

    def _rules(self, c: _Cand, info: _CatInfo, ctx: TableContext) -> Optional[_Cand]:
        alt_out = None
        for r in info.rules:
            w = r["when"]
            if "matched" in w and c.matched not in r["_matched"]:
                continue
            if "table" in w and not self._ctx_is(ctx, w["table"]):
                continue
            if "beside" in w and w["beside"] not in ctx.beside:
                continue
            adj = float(r.get("adjust", 0.0))
            where = (f"table '{{table}}' describes {'employees' if w.get('table') == 'employee' else w.get('table')}: "
                     if "table" in w else "")
            c.conf += adj
            c.ev.append(f"{where}{r['because']} ({adj:+.2f})")
            alt = r.get("alternative")
            if alt:
                acat = alt["category"]
                aconf = float(alt.get("confidence", 0.55))
                alt_out = _Cand(acat, aconf, c.matched,
                                [f"{where}{r['because']}: {acat} ({aconf:.2f})"], c.level, c.pos,
                                "rule")
        return alt_out

    def _norm(self, text: str) -> str:
        return " ".join(self._phrase_key(text))

    @staticmethod
    def _ctx_is(ctx: TableContext, kind: str) -> bool:
        return {
            "person": ctx.subject == "person", "employee": ctx.employee, "family": ctx.family,
            "org": ctx.subject == "org", "lookup": ctx.subject == "lookup",
            "clinical": ctx.clinical, "payroll": ctx.payroll, "credential": ctx.credential,
            "linked": ctx.linked, "patient": ctx.patient,
        }.get(kind, False)

    def _best(self, cands: Iterable[_Cand]) -> Optional[_Cand]:
        best = None
        for c in cands:
            if best is None or c.conf > best.conf + 1e-9 or (
                    abs(c.conf - best.conf) <= 1e-9 and c.pos > best.pos):
                best = c
        return best

    # -- comments and hints ----------------------------------------------------
    def _text_matches(self, text: str) -> Tuple[Tuple[str, str, str], ...]:
        hit = self._comment_memo.get(text)
        if hit is not None:
            return hit
        from ..annotations import find_marker
        pos = find_marker(text)
        body = text[:pos] if pos >= 0 else text
        lex = self._lex_tokens(self.tokenizer.text_tokens(body))
        out = []
        for cid, level, phrase, s, e in lex.cats:
            if level == "weak":
                continue
            if lex.negs.get(cid):
                continue
            out.append((cid, level, phrase))
        res = tuple(out)
        if len(self._comment_memo) < 100_000:
            self._comment_memo[text] = res
        return res

    def _text_evidence(self, col: ColumnFacts, cands: Dict[str, _Cand]) -> None:
        A, W = self.A, self.W
        sources: List[Tuple[str, str]] = []
        if col.comment:
            sources.append(("comment", col.comment))
        hints = dict(col.hints)
        for k in ("verbose_name", "help_text"):
            if hints.get(k):
                sources.append((k.replace("_", " "), hints[k]))
        for what, text in sources:
            for cid, level, phrase in self._text_matches(text):
                if cid not in self.cats:
                    continue
                # free text is noisy: alone, a comment or help text needs a strong term;
                # a verbose name (a field's label) may use ordinary terms too
                if cid not in cands and level != "strong" and what != "verbose name":
                    continue
                if cid in cands:
                    c = cands[cid]
                    if not any(e.startswith(what) for e in c.ev):
                        c.conf += A["comment_agrees"]
                        c.ev.append(f"{what} {text[:60]!r} agrees ('{phrase}') "
                                    f"({A['comment_agrees']:+.2f})")
                else:
                    conf = W[level] * A["comment_factor"]
                    cands[cid] = _Cand(cid, conf, phrase,
                                       [f"{what} {text[:60]!r} matches {cid} ('{phrase}', "
                                        f"{conf:.2f})"], level, 100, "hint")
        for k in ("field_class", "orm_type"):
            v = hints.get(k)
            if not v:
                continue
            cid = self.orm.get(v.rsplit(".", 1)[-1].lower())
            if cid and cid in self.cats:
                # the field class says what the value is: it outranks name vocabulary
                if cid in cands:
                    cands[cid].conf = max(cands[cid].conf, W["strong"]) + 0.1
                    cands[cid].ev.append(f"{k.replace('_', ' ')} {v} agrees (+0.10)")
                else:
                    cands[cid] = _Cand(cid, W["strong"] + 0.05, v,
                                       [f"{k.replace('_', ' ')} {v} holds {cid} "
                                        f"({W['strong'] + 0.05:.2f})"],
                                       "strong", 100, "hint")

    # -- table inference ---------------------------------------------------------
    def _infer(self, lex, col, ctx, t, is_ref, ts_tok, flag_tok, count_tok, money_tok,
               meta_tok, cands, survived) -> Optional[_Cand]:
        fam = t.family
        q = lex.quals
        ref_tok = "reference" in q
        if "audit" in q:  # created_by / changed_by: who edited the row
            return None
        if ref_tok or col.fk_person or col.primary_key or ts_tok or flag_tok \
                or meta_tok:
            return None
        if fam in ("boolean", "date", "datetime", "time", "interval", "uuid"):
            return None
        first = lex.tokens[0] if lex.tokens else ""
        lead_ident = "identifier" in q and q["identifier"][0][1] == 0
        # a text column named after a person's role holds that person's name
        if ("role" in q and not cands and not lead_ident and not count_tok and not money_tok
                and fam in (None, "text", "other") and "admin" not in q
                and "identity.name" in self.cats):
            role = q["role"][0][0]
            conf = self.I["role_name"]
            cat = "identity.name"
            ev = [f"'{role}' names a person's role and the column holds text: the person's "
                  f"name (inferred, {conf:.2f})"]
            if "family" in q and "family.member_name" in self.cats:
                cat = "family.member_name"
                ev.append(f"'{role}' is a family member or guarantor: identity.name -> {cat}")
            return _Cand(cat, conf, role, ev, "terms", 0, "inferred")
        if survived:
            return None
        if lead_ident or "identifier" in q and first in ("no", "kode", "nip", "id"):
            return None
        if ctx.clinical and "health.clinical_record" in self.cats:
            if count_tok or money_tok or "admin" in q or "role" in q or "person" in q:
                return None
            if "thing" in q or "org" in q or "person_link" in q or "patient_link" in q:
                return None
            conf = self.I["clinical"]
            return _Cand("health.clinical_record", conf, None,
                         [ctx.clinical_why + f": its value columns are health data "
                                             f"(inferred from the table, lower confidence {conf:.2f})"],
                         "terms", 0, "inferred")
        if (ctx.address and "contact.address" in self.cats and fam in (None, "text", "other")
                and not count_tok and not money_tok and "admin" not in q and not col.fk
                and not any(t in self.catch_all for t in lex.tokens)):
            conf = self.I["address"]
            return _Cand("contact.address", conf, None,
                         [f"table '{{table}}' holds people's addresses: its text columns are "
                          f"address parts (inferred from the table, {conf:.2f})"],
                         "terms", 0, "inferred")
        if ctx.payroll and fam in ("integer", "decimal", "float") and "financial.salary" in self.cats:
            if count_tok and not money_tok:
                return None
            conf = self.I["payroll"]
            return _Cand("financial.salary", conf, None,
                         [f"table '{{table}}' is a payroll table: its amount columns are a "
                          f"person's income (inferred from the table, lower confidence {conf:.2f})"],
                         "terms", 0, "inferred")
        if ctx.credential and "credential.token" in self.cats and fam in (None, "text", "binary", "other"):
            if any(tok in ("value", "key", "token", "secret", "digest", "hash") for tok in lex.tokens):
                conf = self.I["credential_store"]
                return _Cand("credential.token", conf, None,
                             [f"table '{{table}}' stores credentials: its value column is a "
                              f"secret (inferred, {conf:.2f})"], "terms", 0, "inferred")
        return None


#: role kinds whose rows describe no person (roles.NOT_ABOUT_PEOPLE): personal
#: categories do not fire there (see _context_adjust; roles.role_context sets the subject)
_ROLES_NOT_ABOUT_PEOPLE = frozenset(("organisation", "lookup", "configuration", "system"))
