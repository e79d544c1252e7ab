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

from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

from ..record import NamedTuple
from .facts import (  # noqa: F401  (re-exported: the engine's public records)
    _TYPE_ID_MEMO,
    NO_TYPE,
    ColumnFacts,
    Lex,
    TypeInfo,
    _Cand,
    _CatInfo,
    _other,
    _result,
    type_info,
)
from .prefix import strip_prefix, table_prefix
from .scoring import Scoring
from .tokens import DIGIT, PreparedWords, Tokenizer, split_identifier
from .vocab import Vocabulary, _SeedIndex, _segment_words

# --------------------------------------------------------------------------
# Compiled ruleset
# --------------------------------------------------------------------------

_EMPTY: FrozenSet[str] = frozenset()
#: table-name kinds scoring reads from the name itself (part of the memo key, see _kid)
_SCORED_KINDS = frozenset(("card",))
#: qualifier kinds that say a column is not a clinical value (whose, which thing, a link)
_NOT_CONTENT = frozenset(("admin", "role", "person", "thing", "org", "person_link", "patient_link",
                          "audit", "identifier", "family", "guarantor"))
#: qualifier kinds that make an actor's column (checked_by) something else than a name
_NOT_ACTOR = frozenset(("meta", "reference", "identifier", "thing", "org", "flag", "timestamp",
                        "counter", "money"))
#: the widths of a text key: a UUID (36), a UUID or MD5 digest in hex (32)
_KEY_WIDTHS = frozenset((32, 36))
#: qualifier kinds that make an address word something else (last_ip_address, address_type)
_NOT_ADDRESS = frozenset(("admin", "thing", "org", "meta", "reference", "identifier"))
#: qualifier kinds that make an image column something else than the person's photo
_NOT_PHOTO = frozenset(("thing", "org", "meta", "flag", "timestamp", "counter", "money",
                        "reference", "identifier", "admin", "container"))
#: qualifier kinds that give a word a meaning of its own: never a table-name prefix
_MEANINGFUL = frozenset(("reference", "identifier", "flag", "timestamp", "counter", "money",
                         "meta", "audit", "measure"))
_NONVALUE_FAMILIES = frozenset(("boolean", "date", "datetime", "time", "search"))

#: the rules of the engine that lead to a category (``settings.rule_targets``)
RULE_TARGETS = ("person_name", "family_name", "family_id", "clinical", "address", "payroll",
                "credential_store", "card", "photo")

_ADJUST_DEFAULTS = {
    "person_table": 0.2, "linked_table": 0.1, "person_qualifier": 0.25, "org_table": -0.5,
    "lookup_table": -0.5, "thing_qualifier": -0.6, "implausible_type": -0.35, "too_short": -0.3,
    "cannot_hold": -1.0,
    "type_fit": 0.1, "patient_context": 0.2, "health_outside_patient": -0.3,
    "comment_agrees": 0.1, "comment_factor": 0.9,
}
_INFERRED_DEFAULTS = {"photo": 0.7, "clinical": 0.6, "payroll": 0.6, "credential_store": 0.75, "role_name": 0.6,
                      "address": 0.6, "lexicon": 0.65, "card": 0.6}
_WEIGHT_DEFAULTS = {"strong": 0.9, "terms": 0.75, "weak": 0.45}
MAX_CONFIDENCE = 0.99


def _measured(lex: Lex) -> bool:
    """The name measures something about the patient (``left_pupil_size``,
    ``glasgow_total``, ``urination_frequency``): every counter or meta word in
    it is a measurement word (``non_values.measure``), and a word no
    qualifier claims names what is measured."""
    q = lex.quals
    measure = q.get("measure")
    if not measure or not lex.unknown:
        return False
    words = {text for text, _s, _e in measure}
    return all(text in words for kind in ("counter", "meta") for text, _s, _e in q.get(kind, ()))


class NameFacts(NamedTuple):
    """What one column's name tells about its table."""

    audit: bool           # created_by, changed_by: who edited the row
    identifier: bool      # a reference or identifier word (id, no, kode)
    patient_no: bool      # a patient link that is a number (no_rawat)
    patient_link: bool
    person_link: bool
    vehicle: bool
    address_part: bool    # an address column's word (street, city, zip)
    nonvalue: bool        # a timestamp or a flag
    descriptive: bool     # only words that describe a kind (nama, kode, urutan)
    person_signal: bool   # a category that marks a person's row (nik, tgl_lahir)


class TableKinds(NamedTuple):
    """The kinds a table name names, the words that named them, its tokens."""

    kinds: FrozenSet[str]
    words: Tuple[str, ...]
    tokens: Tuple[str, ...]


class NameProfile(NamedTuple):
    """Everything a table's name says."""

    kinds: FrozenSet[str]
    bare_person: bool
    lookup_named: bool
    lookup_why: str
    named_subject: Optional[str]
    named_why: str
    clinical_name: bool
    master: bool
    patient_word: bool
    clinical_word: str


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


def _prepared(common: str, shared: str = "") -> PreparedWords:
    """The snapshot's common words (one string, by length then alphabet, none
    in the dictionary): the last is the longest; ``shared``: the lexicon's
    words that are dictionary words too."""
    words = common.split()
    return PreparedWords(frozenset(words), len(words[-1]) if words else 0, frozenset(shared.split()))


class Engine(Vocabulary, Scoring):
    """The compiled classifier of one ruleset: vocabulary (:mod:`.vocab`),
    scoring (:mod:`.scoring`), table context and inference (here)."""

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
        trailing = {k.lower(): tuple(split_identifier(v)) for k, v in
                    (words.get("trailing_abbreviations") or {}).items()}
        seed = getattr(ruleset, "token_seed", None)
        if seed and seed.get("fingerprint") == ruleset.fingerprint and "index" in seed and "phrase_starts" in seed:
            # compiled when the snapshot was written, for exactly this ruleset
            common = seed.get("segment_words")
            self.tokenizer = Tokenizer(seed["dictionary"], abbrev, short_words=words.get("short") or (),
                                       trailing=trailing,
                                       keep=words.get("keep") or (),
                                       segment_words=(lambda: _prepared(common, seed.get("segment_shared") or ""))
                                       if isinstance(common, str) else lambda: _segment_words(ruleset),
                                       common_text=common if isinstance(common, str) else "")
            self.tokenizer.seed(seed.get("tokens") or {})
            self.index = _SeedIndex(seed["index"])
            self.table_index = {tuple(k.split(" ")): frozenset(v) for k, v in seed["table_index"].items()}
            # first token -> longest phrase length, as compiled
            starts: Dict[str, int] = dict(seed["phrase_starts"])
        else:
            self._compile(*self._phrases(d, active), abbrev, words, d, trailing)
            starts = {}
            for first, n in ((k[0], len(k)) for k in self.index):
                if starts.get(first, 0) < n:
                    starts[first] = n
        self.phrase_starts = starts
        self.max_phrase = max(starts.values(), default=1)
        self.max_table_phrase = max((len(k) for k in self.table_index), default=1)
        self.search_types = frozenset(t.lower() for t in ctx.get("search_types") or ())
        self.catch_all = frozenset(w.lower() for w in (s.get("catch_all_names") or ()) if " " not in w)
        self.closed_families = frozenset(s.get("closed_families") or ())
        #: lexicon name -> the category its entries are evidence for (in a patient's table)
        self.lexicon_evidence = {k: v for k, v in (s.get("lexicon_evidence") or {}).items()
                                 if v in active}
        self._lexicons: Optional[Dict[str, Any]] = None
        # word lists and the categories the engine's own rules lead to: ruleset data
        words_of = lambda key: frozenset(w.lower() for w in ctx.get(key) or ())  # noqa: E731
        self.descriptive = words_of("descriptive_columns")
        self.lookup_markers = words_of("lookup_markers")
        self.patient_words = words_of("patient_table_words")
        self.generic_table_words = words_of("generic_table_words")
        self.secret_words = words_of("credential_value_words")
        self.identifier_heads = words_of("identifier_heads")
        self.card_words = words_of("card_value_words")
        self.card_detail_words = words_of("card_detail_words")  # card_type, expiry_date
        self.purpose_words = words_of("purpose_words")  # a site's shipping_address is the site's
        #: categories only a person has an identifier of (a table holding one is about people)
        self.person_identifiers = frozenset(
            c for c in (d.get("roles") or {}).get("person_identifiers") or () if c in active)
        self.code_name_words = frozenset(  # kode_prognosa: the code of a clinical value
            " ".join(self.tokenizer.tokens(w)) for w in ctx.get("code_name_words") or ())
        self.code_text_words = frozenset(  # codetext, code_display: the same value in words
            " ".join(self.tokenizer.tokens(w)) for w in ctx.get("code_text_words") or ())
        #: sms_confirmation_code: what a secret is for, then a word naming the secret
        self.secret_purposes = tuple(sorted(
            {tuple(self.tokenizer.tokens(w)) for w in ctx.get("secret_purposes") or ()} - {()}))
        self.secret_nouns = frozenset(
            " ".join(self.tokenizer.tokens(w)) for w in ctx.get("secret_nouns") or ())
        self.actor_words = words_of("actor_words")
        self.image_types = words_of("image_types")
        self.rate_words = words_of("rate_words")  # 'per bulan': a rate, not a date
        self.change_words = words_of("change_words")  # 'updated': when a value was written
        #: 'patient_info', 'customer_details': the record of what the words before name
        self.generic_heads = frozenset(
            " ".join(self.tokenizer.tokens(w)) for w in (d.get("roles") or {}).get("generic_heads") or ())
        #: a column named only by one of these holds what its table lists (tokens joined)
        self.generic_value_columns = frozenset(" ".join(self.tokenizer.tokens(w))
                                               for w in ctx.get("generic_value_columns") or ())
        #: name phrases only a natural person has: in an organisation's row they are still a person's
        self.person_only_names = frozenset(" ".join(self.tokenizer.tokens(w))
                                           for w in ctx.get("person_only_names") or ())
        affixes = words_of("actor_verb_affixes")
        self.actor_suffixes = tuple(sorted(a[1:] for a in affixes if a.startswith("-")))
        self.actor_prefixes = tuple(sorted(a[:-1] for a in affixes if a.endswith("-")))
        #: rule -> category (a rule whose category the ruleset lacks or disables is off)
        self.T: Dict[str, Optional[str]] = dict.fromkeys(RULE_TARGETS)
        self.T.update((k, v) for k, v in (s.get("rule_targets") or {}).items() if v in active)
        #: group -> the family category a family qualifier turns it into; ids it leaves alone
        self.family_groups = {g: self.T.get(k) for g, k in (s.get("family_groups") or {}).items()
                              if self.T.get(k)}
        self.family_keeps = frozenset(s.get("family_keeps") or ())
        #: the single-word negatives of the address rule target (mac, ip, wallet): a table
        #: named with one holds no one's address
        addr = (cats_doc.get(self.T["address"]) or {}) if self.T["address"] else {}
        self.address_negatives = frozenset(
            t[0] for t in (self.tokenizer.tokens(w) for w in (addr.get("vocabulary") or {}).get("negatives") or ())
            if len(t) == 1)
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
        self.group_default: Dict[str, str] = {}
        for cid in active:
            self.group_default.setdefault(cid.split(".", 1)[0], cid)
        #: column facts -> {table context id: scored result}: two levels, so a
        #: table's columns are looked up once and scored once per context
        self._score_memo: Dict[Tuple, Dict[int, list]] = {}
        self._ctx_ids: Dict[Tuple, int] = {NO_TABLE.key: 0}
        NO_TABLE.kid = 0
        self._caches()
        self._name_facts = lru_cache(maxsize=300_000)(self._name_facts_of)
        self.table_kinds = lru_cache(maxsize=100_000)(self._table_kinds_of)
        self._name_profile = lru_cache(maxsize=100_000)(self._name_profile_of)

    # ------------------------------------------------------------ table context
    def _name_facts_of(self, name: str) -> "NameFacts":
        """What a column name tells about its table (cached as ``self._name_facts``)."""
        lex = self.lex(name)
        q = lex.quals
        plink = "patient_link" in q
        return NameFacts("audit" in q, "reference" in q or "identifier" in q,
                         plink and q["patient_link"][0][0].split()[0] == "no", plink,
                         "person_link" in q, "vehicle" in q,
                         "address_part" in q and not q.keys() & _NOT_ADDRESS,
                         "timestamp" in q or "flag" in q,
                         set(t for t in lex.tokens if t != DIGIT) <= self.descriptive,
                         any(self.cats[c[0]].person_signal for c in lex.cats if c[0] in self.cats))

    def _table_kinds_of(self, name: str) -> "TableKinds":
        """Kinds named by a table name, the matched words, the tokens
        (cached as ``self.table_kinds``)."""
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
        if "address" in kinds and not self.address_negatives.isdisjoint(toks):
            kinds.discard("address")  # mac_address, ip_addresses, wallet_address: not a home's
        return TableKinds(frozenset(kinds), tuple(words), toks)

    def _name_profile_of(self, name: str) -> "NameProfile":
        """Everything a table's *name* says (cached as ``self._name_profile``)."""
        kinds, words, ttoks = self.table_kinds(name)
        tindex = self.table_index
        person_kinds = kinds & {"person", "employee", "family"}
        core = [t for t in ttoks if t not in self.generic_table_words] or list(ttoks)
        edge_lookup = any(
            "lookup" in tindex.get((t,), frozenset()) for t in (core[0], core[-1])
        ) if core else False
        strong_lookup = any(t in self.lookup_markers for t in ttoks)
        bare_person = bool(person_kinds) and all(
            t in self.generic_table_words or tindex.get((t,), frozenset()) & {
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
        patient_word = any(t in self.patient_words for t in ttoks)
        clinical_word = word_of({"clinical", "clinical_concept"})
        return NameProfile(kinds, bare_person, lookup_named, lookup_why, named_subject, named_why,
                           clinical_name, master, patient_word, clinical_word)

    def table_context(self, name: str, columns: Sequence[ColumnFacts],
                      fk_tables: Sequence[str] = (), subs=None, role=None) -> TableContext:
        (kinds, bare_person, lookup_named, lookup_why, named_subject, named_why, clinical_name,
         master, patient_word, clinical_word) = self._name_profile(name)
        signals: List[str] = []
        id_signal = ""  # a column holding an identifier only a person has (nik, nip)
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
            audit, has_ident, plink_no, plink, person_link, vehicle, address_part, nonvalue, descr, \
                signal_cand = name_facts(cname)
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
            if address_part and not ident:  # a bill_address_id is a reference, not an address
                beside.add("address")
            if signal_cand:  # only then is the context-free score needed
                res = sub.get(0) or self._scored(sub, col, NO_TABLE)
                if res[0] is not None and res[1] >= 0.7 and cats[res[0]].person_signal:
                    signals.append(cname)
                    if res[0] in self.person_identifiers and not id_signal:
                        id_signal = cname
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
        if id_signal and named_subject != "person" and (lookup_named or named_subject == "org"):
            # 'pns_rw_golongan (nipbaru, ...)': a NIK or a NIP outweighs the name
            subject = "person"
            why = f"table '{{table}}' describes people (column '{id_signal}' holds an identifier only a person has)"
        elif not linked and not bare_person and (
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
        """The interned id of a context: its key, plus the table-name kinds
        scoring reads beyond it (a table of payment cards), so the score
        memo never hands one table's result to another."""
        if ctx.kid < 0:
            key = (ctx.key, self.table_kinds(ctx.name).kinds & _SCORED_KINDS) if ctx.name else ctx.key
            kid = self._ctx_ids.get(key)
            if kid is None:
                kid = self._ctx_ids[key] = len(self._ctx_ids)
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
                       make=None, role=None) -> Tuple[TableContext, List[Any]]:
        """The context of a table and one result per column.  ``make(cat, conf,
        evidence, matched)`` builds the result objects (cached when the
        evidence does not name the table); default: tuples.  ``role``: the
        table's role (:class:`schemalint.classify.roles.Role`) when known."""
        memo = self._score_memo
        read = self._prefixed(name, columns)
        if read is not None:
            prefix, columns, originals = read
        subs = []
        for c in columns:
            sub = memo.get(c)
            if sub is None:
                sub = self._entry(c)
            subs.append(sub)
        ctx = self.table_context(name, columns, fk_tables, subs, role=role)
        kid = self._kid(ctx)
        out = []
        tname = ctx.name
        scored = self._scored
        for i, (sub, col) in enumerate(zip(subs, columns)):
            hit = sub.get(kid)
            if hit is None:
                hit = scored(sub, col, ctx)
            if read is not None and col[0] != originals[i][0]:
                out.append(self._unprefixed(hit, col, originals[i], prefix, ctx, make))
                continue
            if hit[4] and tname:
                ev = tuple(e.replace("{table}", tname) for e in hit[2])
                out.append(make(hit[0], hit[1], ev, hit[3]) if make else (hit[0], hit[1], ev, hit[3]))
            else:
                obj = hit[5]
                if obj is None:
                    obj = hit[5] = make(hit[0], hit[1], hit[2], hit[3]) if make else tuple(hit[:4])
                out.append(obj)
        return ctx, out

    def _prefixed(self, name: str, columns: Sequence[ColumnFacts]):
        """(prefix, the columns read without it, the original columns) when the
        columns share a prefix that abbreviates the table's name (prefix.py),
        else None.  The stripped name is the memo key: the cached result
        depends on the rest of the name only."""
        if not name or len(columns) < 3:
            return None
        prefix = table_prefix(name, (c[0] for c in columns), self._meaningful)
        if prefix is None:
            return None
        read = []
        for c in columns:
            rest = strip_prefix(c[0], prefix)
            read.append(ColumnFacts._make(c)._replace(name=rest) if rest else c)
        return prefix, read, list(columns)

    def _meaningful(self, word: str) -> bool:
        lex = self.lex(word)
        return bool(lex.cats) or bool(lex.quals.keys() & _MEANINGFUL)

    def _unprefixed(self, hit: list, col: ColumnFacts, orig: ColumnFacts, prefix: str,
                    ctx: TableContext, make):
        """The result of a column read without the table's prefix, the prefix
        named in its evidence; a column the rest of its name leaves
        unclassified keeps its full name's result."""
        tname = ctx.name
        lead: Tuple[str, ...] = (
            f"prefix '{prefix}' of most columns abbreviates the table name '{tname}': "
            f"'{orig[0]}' is read as '{col[0]}'",)
        if hit[0] is None:
            full = self._scored(self._entry(orig), orig, ctx)
            if full[0] is not None:
                hit, lead = full, ()
        ev = lead + tuple(e.replace("{table}", tname) for e in hit[2])
        return make(hit[0], hit[1], ev, hit[3]) if make else (hit[0], hit[1], ev, hit[3])

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
        for cid, level, text, start, _end in lex.cats:
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
        if ref_tok is not None and (col.fk or fam in ("integer", "uuid", None)):
            # a reference named as one ('user_id', declared or typed as a key): its comment
            # or help text describes the row it points to ("the user whom the HP action is
            # for"), not a value it holds ('national_id varchar' is a value: kept)
            for cid in [k for k, c in cands.items() if c.via == "comment"]:
                dropped.append(f"{cid} rejected: the text of '{col.name}', a reference to another "
                               f"row, describes that row, not a value this column holds")
                del cands[cid]
        is_ref = ref_tok is not None
        if col.fk and (col.fk_person or not cands) and fam in ("integer", "uuid", None):
            is_ref = True  # an FK to a code table with a telling name (cause_of_death) keeps it
        ts_tok = q["timestamp"][0][0] if "timestamp" in q else None
        if ts_tok is not None and all(s0 > 0 and lex.tokens[s0 - 1] in self.rate_words
                                      for _t, s0, _e in q["timestamp"]):
            ts_tok = None  # 'penghasilan_per_bulan': a monthly amount, not a date
        flag_tok = q["flag"][0][0] if "flag" in q else None
        count_tok = q["counter"][0][0] if "counter" in q else None
        money_tok = q["money"][0][0] if "money" in q else None
        meta_tok = q["meta"][0][0] if "meta" in q else None
        fam_tok = q["family"][0][0] if q.get("family") else None
        guar_tok = q["guarantor"][0][0] if q.get("guarantor") else None

        survivors: List[_Cand] = []
        for c in cands.values():
            info = self.cats[c.cat]
            reason = self._structural(c, info, lex, t, is_ref, ref_tok, ts_tok, flag_tok,
                                      count_tok, money_tok, meta_tok, col)
            if reason:
                dropped.append(f"{c.cat} rejected: {reason}")
                continue
            # bare name ('nama', 'name') that names something else
            if c.cat == self.T["person_name"] and c.level == "weak" and c.via == "name":
                other = self._name_of_other(lex, c)
                if other:
                    dropped.append(f"{c.cat} rejected: '{c.matched}' with '{other}' "
                                   f"names a thing, not a person")
                    continue
            # 'lokasi_arsip': a weak term about an unknown noun describes that thing
            if c.level == "weak" and c.via == "name" and c.cat != self.T["person_name"]:
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
            # the phrase itself may say whose it is ('contact name', 'nama dokter'): in an
            # organisation's row that is a person's value, not the organisation's
            whose = p_tok or (r_tok if not t_tok else None) or (
                None if t_tok or c.via != "name" else self._phrase_whose(c.matched))
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
                target = None
                if c.cat == self.T["person_name"]:
                    target = self.T["family_name"]
                elif fam_word and c.cat not in self.family_keeps:
                    target = self.family_groups.get(c.cat.split(".", 1)[0])
                if target and target != c.cat:
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

    # -- table context ---------------------------------------------------------
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

    def _phrase_whose(self, phrase: Optional[str]) -> Optional[str]:
        """The word of a matched phrase that names a person or a person's role
        (``contact`` in ``contact name``), or None."""
        if phrase in self.person_only_names:  # an organisation has no 'first name'
            return phrase
        words = (phrase or "").split()
        if len(words) < 2:
            return None
        return next((w for w in words if self.lex(w).quals.keys() & {"person", "role"}
                     and w not in self.purpose_words), None)

    # -- table inference ---------------------------------------------------------
    def _actor_name(self, lex: Lex, col: ColumnFacts, t: TypeInfo) -> Optional[_Cand]:
        """A text column named for who did something (``checked_by``,
        ``verified_by``, ``dibuat_oleh``) holds that person's name: a key to
        a user would be a number, a declared reference or a text of a key's
        width (``CHAR(32)``, ``CHAR(36)``: a UUID or a hex digest)."""
        toks = lex.tokens
        target = self.T["person_name"]
        if (not target or t.family != "text" or col.fk or col.primary_key or len(toks) < 2
                or toks[-1] not in self.actor_words or lex.quals.keys() & _NOT_ACTOR
                or t.length in _KEY_WIDTHS):
            return None
        verb = toks[-2]
        if not (verb.endswith(self.actor_suffixes) and len(verb) > 4
                or verb.startswith(self.actor_prefixes) and len(verb) > 4):
            return None  # order_by, group_by: a setting, not who did something
        conf = self.I["role_name"]
        return _Cand(target, conf, toks[-1],
                     [f"'{col.name}' names who did something ('{toks[-1]}') and the column holds "
                      f"text, not a key: that person's name (inferred, {conf:.2f})"],
                     "terms", 0, "inferred")

    def _image_kind(self, col: ColumnFacts) -> Optional[str]:
        """The image type or ORM field class of a column (``ImageField``), if any."""
        if not self.image_types:
            return None
        for k, v in col.hints:
            if k in ("field_class", "orm_type") and v.rsplit(".", 1)[-1].lower() in self.image_types:
                return v
        base = col.type.shown.split("(", 1)[0].strip().lower()
        return col.type.shown if base in self.image_types else None

    def _photo(self, lex: Lex, col: ColumnFacts, ctx: TableContext) -> Optional[_Cand]:
        """An image column in a person's master record is the person's photo
        (``employee.profile ImageField``): not in an organisation's, a list's,
        a product's or a document's table, and not a thing's image (a negative
        such as ``logo``, a qualifier such as ``produk``)."""
        target = self.T["photo"]
        if not target or col.fk or col.primary_key:
            return None
        person_record = ctx.role == "person" or (not ctx.role and ctx.subject == "person")
        if not person_record or ctx.family:
            return None
        kind = self._image_kind(col)
        if kind is None or lex.negs.get(target) or lex.quals.keys() & _NOT_PHOTO:
            return None
        conf = self.I["photo"]
        return _Cand(target, conf, kind,
                     [f"{kind} holds an image and table '{{table}}' is a person's master record: "
                      f"the person's photo (inferred, {conf:.2f})"], "terms", 0, "inferred")

    def _infer(self, lex, col, ctx, t, is_ref, ts_tok, flag_tok, count_tok, money_tok,
               meta_tok, cands, survived) -> Optional[_Cand]:
        fam = t.family
        q = lex.quals
        ref_tok = "reference" in q
        if not survived:
            actor = self._actor_name(lex, col, t)
            if actor is not None:
                return actor
            photo = self._photo(lex, col, ctx)
            if photo is not None:
                return photo
        if "audit" in q:  # created_by / changed_by: who edited the row
            return None
        if not (ref_tok or col.primary_key or flag_tok):
            card = self._card_candidate(lex, col, ctx, fam, count_tok, money_tok)
            if card is not None:
                return card
        measured = ctx.clinical and _measured(lex)
        if ref_tok or col.fk_person or col.primary_key or ts_tok or (meta_tok and not measured):
            return None
        if not (survived or cands or count_tok or money_tok or col.fk or q.keys() & _NOT_CONTENT):
            hit = self._lexicon_candidate(lex, t, ctx)
            if hit is not None:
                return hit
        if flag_tok or fam in ("boolean", "date", "datetime", "time", "interval", "uuid"):
            return None
        secret = self._purposed_secret(lex, col, fam, count_tok, meta_tok)
        if secret is not None:
            return secret
        first = lex.tokens[0] if lex.tokens else ""
        lead_ident = "identifier" in q and q["identifier"][0][1] == 0
        # a text column named after a person's role holds that person's name
        if ("role" in q and not cands and not lead_ident and not count_tok and not money_tok
                and "thing" not in q and "meta" not in q
                and fam in (None, "text", "other") and "admin" not in q
                and self.T["person_name"]):
            role, _s, role_end = q["role"][-1]
            # 'attorney_questions', 'manager_comments': an English word after the
            # role names what the column holds (Indonesian puts a role's own
            # qualifier there: 'dokter_jaga', 'petugas_input')
            after = [t for t in lex.tokens[role_end:] if t not in self.generic_heads]
            if any(map(self.tokenizer.is_english, after)):
                return None
            role = q["role"][0][0]
            conf = self.I["role_name"]
            cat = self.T["person_name"]
            ev = [f"'{role}' names a person's role and the column holds text: the person's "
                  f"name (inferred, {conf:.2f})"]
            if "family" in q and self.T["family_name"]:
                ev.append(f"'{role}' is a family member or guarantor: {cat} -> {self.T['family_name']}")
                cat = self.T["family_name"]
            return _Cand(cat, conf, role, ev, "terms", 0, "inferred")
        if survived:
            return None
        # 'kode_prognosa', 'nama_tacc', 'code': in a clinical record, the code or the
        # name of a clinical value (a prognosis, a referral reason) is that value
        coded = (ctx.clinical and "admin" in q and not col.fk and fam in (None, "text", "other")
                 and all(a[0] in self.code_name_words for a in q["admin"])
                 and self._clinically_named(lex.tokens))
        if (lead_ident or "identifier" in q and first in self.identifier_heads) and not coded:
            return None
        if ctx.clinical and self.T["clinical"]:
            if ((count_tok and not measured) or money_tok or ("admin" in q and not coded)
                    or "role" in q or "person" in q or "guarantor" in q):
                return None
            if "thing" in q or "org" in q or "person_link" in q or "patient_link" in q:
                return None
            conf = self.I["clinical"]
            return _Cand(self.T["clinical"], conf, None,
                         [ctx.clinical_why + f": its value columns are health data "
                                             f"(inferred from the table, lower confidence {conf:.2f})"],
                         "terms", 0, "inferred")
        if (ctx.address and self.T["address"] and fam in (None, "text", "other")
                and not count_tok and not money_tok and "admin" not in q and not col.fk
                and not any(t in self.catch_all for t in lex.tokens)):
            conf = self.I["address"]
            return _Cand(self.T["address"], conf, None,
                         [f"table '{{table}}' holds people's addresses: its text columns are "
                          f"address parts (inferred from the table, {conf:.2f})"],
                         "terms", 0, "inferred")
        if ctx.payroll and fam in ("integer", "decimal", "float") and self.T["payroll"]:
            # 'jumlah_hari' counts days; a bare 'jumlah' or 'total' is the amount
            if count_tok and not money_tok and any(t != count_tok and t != DIGIT for t in lex.tokens):
                return None
            conf = self.I["payroll"]
            return _Cand(self.T["payroll"], conf, None,
                         [f"table '{{table}}' is a payroll table: its amount columns are a "
                          f"person's income (inferred from the table, lower confidence {conf:.2f})"],
                         "terms", 0, "inferred")
        if ctx.credential and self.T["credential_store"] and fam in (None, "text", "binary", "other"):
            if any(tok in self.secret_words for tok in lex.tokens):
                conf = self.I["credential_store"]
                return _Cand(self.T["credential_store"], conf, None,
                             [f"table '{{table}}' stores credentials: its value column is a "
                              f"secret (inferred, {conf:.2f})"], "terms", 0, "inferred")
        return None


#: role kinds whose rows describe no person (roles.NOT_ABOUT_PEOPLE): personal
#: categories do not fire there (see _context_adjust; roles.role_context sets the subject)
_ROLES_NOT_ABOUT_PEOPLE = frozenset(("organisation", "lookup", "configuration", "system"))
