"""Table roles: what kind of thing a table's rows are, with evidence.

Every table of a replayed schema gets a :class:`Role`:

=================  =============================================================
``person``         a person's master record (``pasien``, ``patient_data``, ``users``)
``record``         a record *about* a person: ``about`` says clinical, financial,
                   educational, correspondence or other
``organisation``   organisations and places (facilities, suppliers, locations)
``lookup``         a list of kinds or a catalogue; ``lookup_of`` names the category
                   its rows list when the name says so (religions, ICD codes, districts)
``configuration``  settings, permissions and feature matrices
``system``         framework tables (migrations, jobs, cache, sessions)
``unknown``        none of the above
=================  =============================================================

A role comes from three sources, each recorded as an evidence sentence:

* the table's **name**, matched against the ruleset's ``roles.names`` words
  (and the person and clinical words of ``context:``) after the schema's
  namespace prefix (``mlite_``, Django's ``facility_``) is left out (a record's
  kind is read with the prefix when the rest does not say it: ``student_medical_``);
* its **shape**: the share of flag columns (a permission matrix of
  ``enum('true','false')``), a code+name pair with few other values (a list),
  the share of content columns whose names are clinical words (a clinical form);
* its place in the **reference graph** (:mod:`.references`): a table that
  refers to a person's table, or to a record about one, is a record about a
  person, and a record that refers to a clinical record is clinical too.

Roles are computed once per schema, in passes linear in tables and references.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from ..record import NamedTuple
from .references import ReferenceGraph, TableNames, build_graph, schema_table_names
from .tokens import DIGIT

ROLE_KINDS = ("person", "record", "organisation", "lookup", "configuration", "system", "unknown")
RECORD_KINDS = ("clinical", "financial", "educational", "correspondence", "other")
#: roles whose rows describe no person: personal categories do not fire there
NOT_ABOUT_PEOPLE = frozenset(("organisation", "lookup", "configuration", "system"))

_LABELS = {
    "person": "a person's master record",
    "record": "a record about a person",
    "organisation": "an organisation or a place",
    "lookup": "a lookup or master list",
    "configuration": "configuration or permissions",
    "system": "a system table",
    "unknown": "unknown",
}
_PERSON_KINDS = frozenset(("person", "employee", "family"))
_CLINICAL_KINDS = frozenset(("clinical", "clinical_concept"))
_PATIENT_WORDS = frozenset("pasien patient bayi baby newborn neonatus".split())
_QUOTED = re.compile(r"'([^']*)'")
_FLAG_VALUES = frozenset("true false y n yes no ya tidak t f 0 1 on off".split())
_CODE_WORDS = frozenset(("kode", "code", "kd", "singkatan", "abbreviation", "slug"))
_NAME_WORDS = frozenset(("nama", "name", "title", "judul", "label", "deskripsi", "description",
                         "keterangan", "text"))
#: qualifiers of a column name that make it a key or bookkeeping, not content
_NOT_CONTENT = frozenset(("identifier", "reference", "patient_link", "person_link", "audit"))
_SHAPE_DEFAULTS = {"flag_share": 0.6, "min_flags": 6, "lookup_max_values": 4, "clinical_hits": 3,
                   "clinical_share": 0.3}


class Role(NamedTuple):
    """A table's role and the sentences that explain it."""

    kind: str  # one of ROLE_KINDS
    about: str = ""  # record: one of RECORD_KINDS; person: 'patient' for a patient's record
    lookup_of: Optional[str] = None  # lookup: the category its rows list
    evidence: Tuple[str, ...] = ()
    via: Optional[str] = None  # record: the column that ties it to a person
    #: record: what only the schema's namespace prefix of its name names ('org' for
    #: Django's 'events_registrant': the app is about events, the rows are registrants)
    prefix_kinds: FrozenSet[str] = frozenset()

    @property
    def label(self) -> str:
        text = _LABELS[self.kind]
        if self.kind == "record" and self.about:
            text += f" ({self.about})"
        if self.kind == "lookup" and self.lookup_of:
            text += f" of {self.lookup_of}"
        return text

    @property
    def clinical(self) -> bool:
        return self.kind == "record" and self.about == "clinical"

    @property
    def about_people(self) -> bool:
        return self.kind in ("person", "record")

    def to_dict(self) -> Dict[str, object]:
        return {"role": self.kind, "about": self.about or None, "lookup_of": self.lookup_of,
                "label": self.label, "evidence": list(self.evidence)}


UNKNOWN = Role("unknown", evidence=("no name, shape or reference says what the rows are",))


class RoleVocabulary(NamedTuple):
    """The ruleset's ``roles:`` section, normalised by its tokenizer."""

    names: Dict[str, FrozenSet[Tuple[str, ...]]]
    sensitive: Tuple[Tuple[str, FrozenSet[Tuple[str, ...]]], ...]
    shape: Dict[str, float]
    max_words: int
    #: a table's last word that says "the record of" what the words before it name
    heads: FrozenSet[str] = frozenset()
    #: an English table's last word that names kinds or settings of what the words
    #: before it name (``member_roles``, ``lead_pipeline_stages``)
    kind_heads: FrozenSet[str] = frozenset()


@functools.lru_cache(maxsize=16)
def vocabulary(ruleset) -> RoleVocabulary:
    tokens = ruleset.engine.tokenizer.tokens
    roles = ruleset.data.get("roles") or {}

    def phrases(words: Iterable[str]) -> FrozenSet[Tuple[str, ...]]:
        out = set()
        for w in words:
            toks = tuple(t for t in tokens(w) if t != DIGIT)
            if toks:
                out.add(toks)
        return frozenset(out)

    names = {k: phrases(v) for k, v in (roles.get("names") or {}).items()}
    # a table named after a person's role (ketua, cashier) lists people
    names["person_role"] = phrases(((ruleset.data.get("context") or {}).get("qualifiers") or {})
                                   .get("role") or ())
    sensitive = tuple((cat, phrases(v)) for cat, v in (roles.get("sensitive_lookups") or {}).items()
                      if cat in ruleset.categories)
    allp = [p for s in names.values() for p in s] + [p for _, s in sensitive for p in s]
    return RoleVocabulary(names, sensitive, dict(_SHAPE_DEFAULTS, **(roles.get("shape") or {})),
                          max((len(p) for p in allp), default=1),
                          frozenset(w.lower() for w in roles.get("generic_heads") or ()),
                          frozenset(w.lower() for w in roles.get("kind_heads") or ()))


@functools.lru_cache(maxsize=16)
def message_parties(ruleset) -> Tuple[Tuple[str, FrozenSet[Tuple[str, ...]]], ...]:
    """Category -> whole column names that, in a correspondence record, are
    a party of the message (``from``, ``cc``, ``penerima``), as written
    (``cc`` is no abbreviation here).  Apart from :func:`vocabulary`: only a
    correspondence record asks, and splitting these words as written may
    need the common-word set, which most runs never build."""
    words = ruleset.engine.tokenizer.words
    parties = (ruleset.data.get("roles") or {}).get("message_parties") or {}
    return tuple((cat, frozenset(words(w) for w in v)) for cat, v in parties.items() if cat in ruleset.categories)


@functools.lru_cache(maxsize=256)
def _words_of(phrases: FrozenSet[Tuple[str, ...]]) -> FrozenSet[str]:
    return frozenset(w for p in phrases for w in p)


@functools.lru_cache(maxsize=100_000)
def _matches(words: Tuple[str, ...], phrases: FrozenSet[Tuple[str, ...]], max_words: int) -> Optional[str]:
    """The first phrase of ``phrases`` found in ``words`` (or their singular forms);
    cached: every table's name is asked about every role's phrases, and
    tables, their copies and their lists share name words."""
    forms = (words, tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words),
             tuple(w[:-2] if len(w) > 4 and w.endswith("es") else w for w in words))  # mailboxes
    known = _words_of(phrases)
    if all(known.isdisjoint(form) for form in forms):
        return None  # (most tables and most roles: no word in common)
    for form in forms:
        n = len(form)
        for i in range(n):
            for k in range(min(max_words, n - i), 0, -1):
                if form[i:i + k] in phrases:
                    return " ".join(form[i:i + k])
    return None


def _edge_match(words: Tuple[str, ...], phrases: FrozenSet[Tuple[str, ...]], max_words: int) -> Optional[str]:
    """A phrase that starts or ends ``words`` and leaves at most one other word:
    'ref_agama', 'icd10_codes', 'district', not 'program_workflow_state'."""
    w = _matches(words, phrases, max_words)
    if w is None:
        return None
    n = w.count(" ") + 1
    if len(words) > n + 1:
        return None
    forms = (words, tuple(x[:-1] if len(x) > 3 and x.endswith("s") else x for x in words))
    if any(" ".join(f[:n]) == w or " ".join(f[-n:]) == w for f in forms):
        return w
    return None


class Shape(NamedTuple):
    """What a table's columns say about its role (computed once per table)."""

    values: int  # columns that are neither keys nor timestamps
    flags: int  # boolean or two-valued enum columns
    code_name: Optional[str]  # 'kode_agama + nama_agama', 'code + name'
    person_link: Optional[str]  # a column naming a person or patient key
    refers: bool = False  # it refers to another table (declared or inferred)
    person_id: Optional[str] = None  # a column holding an identifier only a person has
    patient_link: Optional[str] = None  # a column naming a patient's or a visit's key
    #: a text column strongly named as a person's e-mail or phone (an application form's)
    person_contact: Optional[str] = None


def _is_flag(ctype) -> bool:
    if ctype is None:
        return False
    if ctype.family == "boolean":
        return True
    if ctype.family == "enum":
        values = ctype.params or tuple(_QUOTED.findall(ctype.raw or ""))
        return len(values) == 2 and all(v.strip("'\" ").lower() in _FLAG_VALUES for v in values)
    return False


class _ColumnName(NamedTuple):
    """What a column's name says for its table's shape (cached per name)."""

    link: bool  # names a person or a patient (with a key word)
    key_word: bool  # a reference or an audit column by its words
    link_needs_key: bool  # names a person/patient without a key word
    timestamp: bool
    code_rest: Optional[Tuple[str, ...]]  # kode_<rest>
    name_rest: Optional[Tuple[str, ...]]  # nama_<rest>
    content: bool  # neither a key, a link nor an audit column by its words
    audit: bool  # who created or changed the row (created_by, retired_by)
    person_id: bool = False  # strongly named as an identifier only a person has (nik, nip)
    patient: bool = False  # names a patient or a visit with a key word (pid, no_rawat)
    contact: bool = False  # strongly named as contact data (email, phone_number)


@functools.lru_cache(maxsize=200_000)
def _column_name(ruleset, name: str) -> _ColumnName:
    lex = ruleset.engine.lex(name)
    q = lex.quals
    toks = lex.tokens
    names_person = "patient_link" in q or "person_link" in q
    # 'no_rawat', 'no_rekam_medis': the link phrase holds its own key word
    keyed = "reference" in q or "identifier" in q or any(
        text.split(" ", 1)[0] in ("no", "nomor", "id", "kode") for text, _, _ in q.get("patient_link", ()))
    return _ColumnName(
        names_person and keyed, "reference" in q or "audit" in q,
        names_person, "timestamp" in q,
        toks[1:] if toks and toks[0] in _CODE_WORDS else None,
        toks[1:] if toks and toks[0] in _NAME_WORDS else None,
        not (q.keys() & _NOT_CONTENT), "audit" in q,
        not (q.keys() & {"reference", "org", "thing", "meta", "timestamp"}) and any(
            level == "strong" and cid in ruleset.engine.person_identifiers and not lex.negs.get(cid)
            for cid, level, _t, _s, _e in lex.cats),
        "patient_link" in q and keyed,
        not (q.keys() & {"reference", "org", "thing", "meta", "flag", "timestamp", "counter"}) and any(
            level == "strong" and cid.split(".", 1)[0] == "contact" and not lex.negs.get(cid)
            for cid, level, _t, _s, _e in lex.cats))


def clinical_hits(table, ruleset) -> Tuple[Tuple[str, str], ...]:
    """(column, clinical word) for the content columns of ``table`` whose
    names are clinical words (only
    asked of the tables that may be records: the lexicon is not consulted for
    every column of a schema)."""
    return tuple((col.name, w) for col in table.columns.values()
                 if not col.primary_key and col.references is None
                 for w in (_clinical_name(ruleset, col.name),) if w)


@functools.lru_cache(maxsize=200_000)
def _clinical_name(ruleset, name: str) -> str:
    """The clinical word a content column's name holds ('' for none)."""
    cn = _column_name(ruleset, name)
    lexicon = ruleset.lexicon("clinical")
    if not lexicon or not cn.content or cn.key_word:
        return ""
    hits = lexicon.hits(ruleset.engine.lex(name).tokens)
    return hits[0] if hits else ""


def table_shape(table, ruleset) -> Shape:
    values = flags = 0
    codes, names = set(), set()
    person_link = person_id = patient_link = person_contact = None
    composite = sum(1 for col in table.columns.values() if col.primary_key) > 1
    for col in table.columns.values():
        cn = _column_name(ruleset, col.name)
        ref = col.references is not None
        if person_id is None and cn.person_id and not ref:
            person_id = col.name
        if patient_link is None and cn.patient:
            patient_link = col.name
        if person_contact is None and cn.contact and not ref and col.type is not None \
                and col.type.family == "text":
            person_contact = col.name
        if col.primary_key:  # a list's code is often its key; a table's own key links nothing
            if cn.code_rest is not None:
                codes.add(cn.code_rest)
            if composite and person_link is None and cn.link:  # part of a key: (no_rawat, ...)
                person_link = col.name
            continue
        if person_link is None and not cn.audit and (cn.link or (cn.link_needs_key and ref)):
            person_link = col.name
        if ref or cn.key_word:
            continue
        ct = col.type
        fam = ct.family if ct is not None else None
        if fam == "boolean" or (fam == "enum" and _is_flag(ct)):
            flags += 1
        elif cn.timestamp and fam in ("date", "datetime", "time", None):
            continue
        values += 1
        if cn.code_rest is not None:
            codes.add(cn.code_rest)
        if cn.name_rest is not None:
            names.add(cn.name_rest)
    pair = codes & names
    code_name = None
    if pair:
        rest = sorted(pair)[0]
        code_name = " + ".join("_".join((w,) + rest) for w in ("kode", "nama"))
    return Shape(values, flags, code_name, person_link, person_id=person_id, patient_link=patient_link,
                 person_contact=person_contact)


@functools.lru_cache(maxsize=16)
def _person_words(ruleset) -> FrozenSet[Tuple[str, ...]]:
    """The ruleset's person-table words (``context.person_tables``) as phrases."""
    tokens = ruleset.engine.tokenizer.tokens
    words = (ruleset.data.get("context") or {}).get("person_tables") or ()
    return frozenset(t for t in (tuple(x for x in tokens(w) if x != DIGIT) for w in words) if t)


@functools.lru_cache(maxsize=100_000)
def _name_role(names: TableNames, shape: Shape, ruleset) -> Optional[Role]:
    """The role a table's name and shape say, before the reference graph
    (cached: copies of a table under new names share it)."""
    vocab = vocabulary(ruleset)
    core = names.core
    core_text = "_".join(core)
    kinds = ruleset.engine.table_kinds(core_text)[0] if core else frozenset()
    person = kinds & _PERSON_KINDS
    mw = vocab.max_words
    shown = "{table}"
    pre = (f" (after the namespace prefix '{'_'.join(names.prefix)}_' shared by other tables)"
           if names.prefix else "")
    S = vocab.shape

    def says(kind: str) -> Optional[str]:
        return _matches(core, vocab.names.get(kind, frozenset()), mw)

    heads = vocab.heads
    head = core[-1][:-1] if core and core[-1].endswith("s") and core[-1][:-1] in heads else \
        (core[-1] if core else "")
    if person and len(core) > 1 and head in heads \
            and not ruleset.engine.table_kinds("_".join(core[:-1]))[0] & _PERSON_KINDS:
        # the head alone says 'person'; the rest names an organisation and no person
        w = _matches(core[:-1], vocab.names.get("organisation", frozenset()), mw)
        if w:
            return Role("organisation", evidence=(f"table '{shown}' is the {head} of '{w}'{pre}: "
                                                  f"its rows are organisations, not people",))

    if not person:
        w = says("system")
        if w:
            return Role("system", evidence=(f"table '{shown}' is named '{w}'{pre}: a system table, "
                                            f"not about people",))
        # settings hold no NIK: 'akses (nama, nik, email, password)' is the staff's accounts,
        # whatever its name says
        w = says("configuration") if not shape.person_id else None
        if w:
            return Role("configuration", evidence=(f"table '{shown}' is named '{w}'{pre}: "
                                                   f"configuration or permissions",))
    if (shape.flags >= S["min_flags"] and shape.values and shape.flags / shape.values >= S["flag_share"]
            and not shape.person_link and not shape.refers and not shape.person_id
            and not shape.person_contact):
        # flags about the row a table refers to (a pregnancy check of a mother) are no settings;
        # nor are the yes/no questions of a form that also asks for the person's NIK, e-mail
        # or phone (a benefits application: anyone_pregnant, citizen, ..., email)
        return Role("configuration", evidence=(
            f"{shape.flags} of its {shape.values} value columns are flags: a permissions or "
            f"settings matrix, not about people",))
    if not person and shape.person_link and not shape.person_id:
        # 'locations (..., user_id)', 'crm_company (..., owner_id)': a user key on an
        # organisation's or a place's row says who keeps it, not whom the row is about;
        # only when the organisation word is the name's head (its last word, as in
        # English): 'bank_accounts (user_id)' are a person's accounts at a bank
        w = _matches(core[-1:], vocab.names.get("organisation", frozenset()), 1) if core else None
        if w:
            return Role("organisation", evidence=(
                f"table '{shown}' is named '{w}'{pre}: its rows are organisations or places "
                f"('{shape.person_link}' names who keeps the row, not whom it is about)",))
    if not person and not shape.person_link and not shape.person_id:
        # (a table that holds an identifier only a person has, a NIK or a NIP, is about
        # people whatever its name says: 'pns_rw_golongan', 'list_pensiun_instansi')
        for cat, phrases in vocab.sensitive:
            w = _edge_match(core, phrases, mw)
            if w and shape.values <= 2 * S["lookup_max_values"]:
                return Role("lookup", lookup_of=cat, evidence=(
                    f"table '{shown}' is named '{w}'{pre} and has {shape.values} value "
                    f"column(s): a list of {cat.split('.', 1)[1].replace('_', ' ')} values, "
                    f"master data",))
        w = says("lookup")
        if w or "lookup" in kinds:
            w = w or next(iter(ruleset.engine.table_kinds(core_text)[1]), core_text)
            # a catalogue named by a sensitive word (an ICD list with many columns)
            listed = next((c for c, phrases in vocab.sensitive if _edge_match(core, phrases, mw)), None)
            return Role("lookup", lookup_of=listed, evidence=(f"table '{shown}' is named '{w}'{pre}: a list "
                                                           f"of kinds or a catalogue, master data",))
        w = says("organisation")
        if w:
            return Role("organisation", evidence=(f"table '{shown}' is named '{w}'{pre}: its rows "
                                                  f"are organisations or places",))
        if shape.code_name and shape.values <= S["lookup_max_values"]:
            return Role("lookup", evidence=(f"table '{shown}' pairs a code and a name "
                                            f"({shape.code_name}) with {shape.values} value "
                                            f"column(s): a list of kinds",))
    if person and not shape.person_link and len(core) > 1 and shape.values <= S["lookup_max_values"] \
            and not shape.refers:
        # 'tweb_penduduk_agama (id, nama)': the list of a person table's religions, named
        # after the person table it serves
        for cat, phrases in vocab.sensitive:
            w = _matches(core[-1:], phrases, mw) or _matches(core[-2:], phrases, mw)
            if w and _matches(core[:1], vocab.names.get("person_role", frozenset()) | _person_words(ruleset), 1):
                return Role("lookup", lookup_of=cat, evidence=(
                    f"table '{shown}' is named '{w}' after a person table's name ('{core[0]}'){pre} "
                    f"and has {shape.values} value column(s): the list of its "
                    f"{cat.split('.', 1)[1].replace('_', ' ')} values, master data",))
    if person and not shape.person_link and not shape.person_id and core \
            and shape.values <= 2 * S["lookup_max_values"]:
        # 'contact_types', 'status_aktif_pegawai': a list of kinds of people
        edge = [w for w in (core[0], core[-1])
                if _matches((w,), vocab.names.get("lookup", frozenset()), 1)]
        if edge:
            return Role("lookup", evidence=(f"table '{shown}' is named '{edge[0]}'{pre} at the edge "
                                            f"of its name, with {shape.values} value column(s): "
                                            f"a list of kinds, master data",))
    if not person and core and not shape.person_link:
        w = _matches(core[:1], vocab.names.get("person_role", frozenset()), mw) or \
            _matches(core[-1:], vocab.names.get("person_role", frozenset()), mw)
        if w:
            return Role("person", evidence=(f"table '{shown}' is named after a person's role "
                                            f"('{w}'){pre}: a person's master record",))
    if "address" in kinds and "org" not in kinds and not says("organisation"):
        return Role("record", about="other", evidence=(
            f"table '{shown}' is named '{next(iter(ruleset.engine.table_kinds(core_text)[1]), core_text)}'"
            f"{pre}: its rows are people's addresses",))
    words = tuple(t for t in ruleset.engine.tokenizer.tokens("_".join(core)) if t != DIGIT) if person else ()
    if person and len(words) > 1:
        # English puts the head last: 'member_roles' (and 'contactgroup', glued) lists
        # roles or groups of members, not members
        last = words[-1]
        kind = last[:-1] if last.endswith("s") and last[:-1] in vocab.kind_heads else last
        if kind in vocab.kind_heads and not ruleset.engine.table_kinds(last)[0] & _PERSON_KINDS:
            return Role("lookup", evidence=(
                f"table '{shown}' ends in '{last}'{pre}: in English the last word is the head, "
                f"so its rows are {kind}s of '{' '.join(words[:-1])}', a list of kinds, not people",))
    if person and not (kinds & _CLINICAL_KINDS or says("clinical")):
        word = next((w for w in ruleset.engine.table_kinds(core_text)[1]), core_text)
        patient = any(t in _PATIENT_WORDS for t in core)
        return Role("person", about="patient" if patient else "", evidence=(
            f"table '{shown}' is named '{word}'{pre}: a person's master record",))
    return None


def _record_kind(names: TableNames, shape: Shape, hits: Tuple[Tuple[str, str], ...], vocab: RoleVocabulary,
                 ruleset, patient: bool = False) -> Tuple[str, str]:
    """(kind, evidence) of a record about a person, from its name and content;
    ``patient``: the record is tied to a patient or a visit (by a column or
    along its references)."""
    # the name without the prefix its family of tables shares, then with it: the prefix
    # is an application's namespace ('mlite_') or the family's subject, which says the
    # kind of record ('student_medical_' visits, notes and alerts)
    readings = [names.core]
    if names.prefix:
        readings.append(names.prefix + names.core)
    for core in readings:
        kind, why = _kind_by_name(core, vocab, ruleset, patient)
        if kind:
            return kind, why
    S = vocab.shape
    n = len(hits)
    words = len({w for _, w in hits})  # one word in every column ('tanggal_rujuk', 'jam_rujuk') is no form
    if n >= S["clinical_hits"] and words >= S["clinical_hits"] and shape.values \
            and n / shape.values >= S["clinical_share"]:
        shown = ", ".join(c for c, _ in hits[:3])
        return "clinical", (f"{n} of its {shape.values} content columns are named by {words} "
                            f"different clinical words "
                            f"({shown}{', ...' if n > 3 else ''})")
    return "other", ""


def _prefix_kinds(names: TableNames, ruleset) -> FrozenSet[str]:
    """The kinds a table's name names only through its namespace prefix."""
    if not names.prefix:
        return frozenset()
    kinds = ruleset.engine.table_kinds
    return kinds("_".join(names.tokens))[0] - kinds("_".join(names.core))[0]


def _modifier_kinds(names: TableNames, ruleset) -> FrozenSet[str]:
    """The organisation or thing kind a table's name names only through a
    word before its head (its last word, as English puts it): a person's
    'program_application' is an application, not a program."""
    core = names.core
    if len(core) < 2:
        return frozenset()
    kinds = ruleset.engine.table_kinds
    if "org" in kinds(core[-1])[0]:
        return frozenset()
    return kinds("_".join(core))[0] & {"org"}


def _kind_by_name(core: Tuple[str, ...], vocab: RoleVocabulary, ruleset, patient: bool) -> Tuple[str, str]:
    """(kind, evidence) of a record whose name's words ``core`` say its kind, or ("", "")."""
    mw = vocab.max_words
    engine = ruleset.engine
    kinds, named, _tokens = engine.table_kinds("_".join(core)) if core else (frozenset(), (), ())
    w = _matches(core, vocab.names.get("clinical", frozenset()), mw)
    # a concept word (problem, result, diagnosis) is clinical only in a record tied to a
    # patient or a visit: an IT service desk's 'problems' are not
    if w or "clinical" in kinds or ("clinical_concept" in kinds and patient):
        w = w or next((x for x in named if engine.table_index.get(tuple(x.split()), frozenset()) & _CLINICAL_KINDS),
                      "")
        return "clinical", f"its name says it is clinical ('{w}')"
    for kind in ("financial", "educational", "correspondence"):
        w = _matches(core, vocab.names.get(kind, frozenset()), mw)
        if w:
            return kind, f"its name says it is {kind} ('{w}')"
    return "", ""


class SchemaRoles(NamedTuple):
    roles: Dict[str, Role]
    graph: ReferenceGraph
    #: column name -> how many tables have a column so named, for the names
    #: common enough to be bookkeeping (``activity``, ``authorized`` in every form)
    common: Dict[str, int]
    #: table key -> its names (prefix, core words), as the roles read them
    names: Dict[str, TableNames] = {}


def common_columns(schema, min_tables: int = 5, min_share: float = 0.03) -> Dict[str, int]:
    """Column names found in at least ``min_tables`` tables and ``min_share``
    of them: the schema's bookkeeping columns, not any one record's content."""
    counts: Counter = Counter()
    for table in schema.tables.values():
        counts.update(table.columns.keys())
    floor = max(min_tables, min_share * len(schema.tables))
    return {k: n for k, n in counts.items() if n >= floor}


def assign_roles(schema, ruleset) -> SchemaRoles:
    """Every table's :class:`Role` (keyed by table key) and the reference graph."""
    vocab = vocabulary(ruleset)
    names = schema_table_names(schema, ruleset)
    graph = build_graph(schema, ruleset, names)
    out = graph.out
    shapes = {tkey: table_shape(t, ruleset) for tkey, t in schema.tables.items()}
    for tkey, refs in out.items():
        if any(r.target != tkey for r in refs):
            shapes[tkey] = shapes[tkey]._replace(refers=True)
    roles: Dict[str, Role] = {}
    pending: List[str] = []
    lists: Dict[str, Role] = {}  # lists by their name that refer to other tables
    for tkey in schema.tables:
        tn = names[tkey]
        r = _name_role(TableNames((), tn.core, tn.prefix), shapes[tkey], ruleset)
        if r is not None and r.kind == "lookup" and shapes[tkey].refers:
            lists[tkey] = r  # a list, unless it refers to a person's row (a patient's diagnoses)
            pending.append(tkey)
        elif r is not None:
            roles[tkey] = r
        else:
            pending.append(tkey)
    # records: tied to a person by a link column, or by a reference to a person's
    # table or to a record about one (a few passes: chains are short)
    # tables tied to a patient or a visit: a patient's master record, a clinical record,
    # and a record tied to one of these (pendaftaran -> pasien; pendaftaran_tindakan ->
    # pendaftaran): there a concept word (tindakan, problem) names clinical content
    tied = {k for k, r in roles.items() if (r.kind == "person" and r.about == "patient") or r.clinical}
    for _ in range(4):
        changed = False
        for tkey in pending:
            if tkey in roles:
                continue
            via = None
            for ref in graph.out.get(tkey, ()):
                tr = roles.get(ref.target)
                if tr is None or not tr.about_people or ref.target == tkey \
                        or _column_name(ruleset, ref.column_name or ref.column).audit:
                    continue  # who created or retired a row does not make it theirs
                if via is None or ref.target in tied and via[0].target not in tied:
                    via = (ref, tr)
                if tr.clinical:
                    via = (ref, tr)
                    break
            shape = shapes[tkey]
            if via is None and (not shape.person_link or tkey in lists):
                continue
            patient = bool(shape.patient_link) or (via is not None and via[0].target in tied)
            kind, why = _record_kind(names[tkey], shape, clinical_hits(schema.tables[tkey], ruleset),
                                     vocab, ruleset, patient)
            if patient or kind == "clinical":
                tied.add(tkey)
            ev: List[str] = []
            column: Optional[str]
            if via is not None:
                ref, tr = via
                link = f"{ref.why}, {tr.label}: its rows are about that person"
                if kind == "other" and tr.clinical:
                    kind, why = "clinical", f"it details the clinical record '{schema.tables[ref.target].name}'"
                column = ref.column
            else:
                link = f"column '{shape.person_link}' ties its rows to a person or a visit"
                column = shape.person_link
            if why:  # first: the reason the engine's evidence quotes
                ev.append(f"a{'n' if kind[0] in 'aeiou' else ''} {kind} record: {why}")
            ev.append(link)
            modifier = _modifier_kinds(names[tkey], ruleset) if via is not None and via[0].how == "declared" \
                else frozenset()
            roles[tkey] = Role("record", about=kind, evidence=tuple(ev), via=column,
                               prefix_kinds=_prefix_kinds(names[tkey], ruleset) | modifier)
            changed = True
        if not changed:
            break
    for tkey in pending:
        if tkey not in roles and tkey not in lists:
            role = _self_identified_record(schema.tables[tkey], shapes[tkey], vocab, ruleset)
            if role is not None:
                roles[tkey] = role
        roles.setdefault(tkey, lists.get(tkey, UNKNOWN))
    return SchemaRoles(roles, graph, common_columns(schema), names)


def _self_identified_record(table, shape: Shape, vocab: RoleVocabulary, ruleset) -> Optional[Role]:
    """A clinical record that names its person in the row itself, not by a
    key: a triage form with the person's phone or birth date beside symptom
    and condition columns (fever, cough, diabetes).  Its content, not its
    name, says it is clinical: a person-only identifier or a person's
    e-mail or phone, and content columns named by different clinical words."""
    who = shape.person_id or shape.person_contact
    if not who:
        return None
    hits = clinical_hits(table, ruleset)
    S = vocab.shape
    words = len({w for _, w in hits})
    if not (len(hits) >= S["clinical_hits"] and words >= S["clinical_hits"] and shape.values
            and len(hits) / shape.values >= S["clinical_share"]):
        return None
    shown = ", ".join(c for c, _ in hits[:3])
    return Role("record", about="clinical", via=who, evidence=(
        f"a clinical record: {len(hits)} of its {shape.values} content columns are named by {words} "
        f"different clinical words ({shown}{', ...' if len(hits) > 3 else ''})",
        f"column '{who}' identifies the person its rows are about"))


# how a role sets the engine's table context (engine.Engine.table_context)
_ROLE_SUBJECT = {"organisation": "org", "lookup": "lookup", "configuration": "org", "system": "org"}


def role_context(role, subject: str, why: str, patient: bool, clinical: bool, clinical_why: str,
                 linked: bool) -> Tuple[str, str, bool, bool, str, bool]:
    """A table context's (subject, why, patient, clinical, clinical_why,
    linked) once the table's role is known: a role not about people is the
    subject, a person's master record is a person, a record about a person
    is linked to one, a clinical record infers health data."""
    sentence = f"table '{{table}}' is {role.label}" + (f" ({role.evidence[0]})" if role.evidence else "")
    if role.kind in _ROLE_SUBJECT:
        return _ROLE_SUBJECT[role.kind], sentence, False, False, "", False
    if role.kind == "person":
        if subject == "unknown":  # the engine's own lookup or org reading of the columns stays
            subject, why = "person", sentence
        return subject, why, patient or role.about == "patient", clinical, clinical_why, linked
    if role.kind == "record":
        if subject == "lookup" or (subject == "org" and (role.about == "financial" or "org" in role.prefix_kinds)):
            # 'payment_transactionitem': a person's payment, not an item; 'events_registrant':
            # an organisation or thing word only in the namespace prefix (the app's name)
            subject, why = "unknown", ""
        if role.about == "clinical":
            return subject, why, True, True, sentence, True
        return subject, why, patient, clinical, clinical_why, True
    return subject, why, patient, clinical, clinical_why, linked
