"""Propagation along references: what a column is because of what it points at.

The engine scores a column from its name, type and table context.  Some
columns say nothing by their name and everything by the row they point at or
the record they sit in; each rule below is a small function that returns an
:class:`Adjustment` (a category, a confidence, and the sentence that explains
it) or None, and is tested alone (tests/classify/test_propagation.py):

* :func:`sensitive_lookup`: a reference from a person's table (or a record
  about a person) to a lookup of a sensitive kind is that kind: ``agama_id``
  -> ``agama`` is the person's religion, ``kelurahan_id`` -> ``kelurahans``
  part of their address, ``diagnosis_id`` -> an ICD list a diagnosis.
* :func:`bookkeeping`: a clinical record's value inferred from the table
  alone is dropped when the column's name is one that many tables of the
  schema share (a status number such as ``activity`` or ``authorized`` in
  every OpenEMR form) and is no clinical word: bookkeeping, not the record's content.
* :func:`clinical_word`: in a clinical record, a column named by a clinical
  word is health data whatever its type (``tonsillectomy DATETIME``,
  ``consciousness_level INT``), and so is such a flag in a patient's own
  record (``is_vaccinated``); keys, audit and bookkeeping columns never are.
* :func:`sensitive_key`: in a person's master record, a key named after a
  list of a sensitive kind is that kind even when the list is not in the
  schema (``province_id``, ``village_id`` point at a region package's
  tables; ``jk_id`` at a gender list kept elsewhere).
* :func:`message_party`: in a correspondence record (an email, a letter, a
  notification about a person), a text column named only by a party of the
  message (``from``, ``cc``, ``reply_to``, ``penerima``) holds that party's
  address.  It replaces what the engine read into the bare word (``cc`` is
  no credit card in an ``emails`` table).

Only a column the engine left unclassified is adjusted (a message party
excepted): a vocabulary hit or
an annotation always wins.  Confidences are below a vocabulary hit's.
"""

from __future__ import annotations

from typing import FrozenSet, Optional, Tuple

from ..record import NamedTuple
from .references import Reference
from .roles import Role

#: confidence of a reference to a sensitive lookup (below a vocabulary term's 0.75)
LOOKUP_CONFIDENCE = 0.7
#: confidence of a clinical word's column (the engine's inferred clinical value is 0.6)
CLINICAL_WORD_CONFIDENCE = 0.6
_DATE_FAMILIES = frozenset(("date", "datetime", "time"))
_NEVER_CLINICAL = frozenset(("uuid", "network", "search"))
#: qualifiers that make a column a key, an audit column or bookkeeping
_NOT_CONTENT = frozenset(("identifier", "reference", "patient_link", "person_link", "audit", "admin"))
#: confidence of a message party's address (a structural inference, below a vocabulary term)
PARTY_CONFIDENCE = 0.6
#: type families that can hold an address (a list of them as JSON or an array)
_ADDRESS_FAMILIES = frozenset(("text", "json"))
#: types of a bookkeeping column shared by many tables (a status or flag number)
_BOOKKEEPING_FAMILIES = frozenset(("integer", "boolean", "enum"))


class Adjustment(NamedTuple):
    category: Optional[str]  # None: not personal data
    confidence: float
    evidence: Tuple[str, ...]


def sensitive_lookup(column, table_role: Role, ref: Optional[Reference], target_role: Optional[Role],
                     target_name: str) -> Optional[Adjustment]:
    """A person's reference to a lookup of a sensitive kind carries its category."""
    if ref is None or target_role is None or target_role.kind != "lookup" or not target_role.lookup_of:
        return None
    if not table_role.about_people or getattr(column, "primary_key", False):
        return None
    cat = target_role.lookup_of
    whose = "a person's table" if table_role.kind == "person" else table_role.label
    return Adjustment(cat, LOOKUP_CONFIDENCE, (
        f"{ref.why}; '{target_name}' is {target_role.label}",
        f"in {whose}, a reference to that list is the person's {cat} "
        f"(propagated along the reference, {LOOKUP_CONFIDENCE:.2f})",
    ))


#: confidence of a key named after a sensitive list that is not in the schema
KEY_NOUN_CONFIDENCE = 0.6


def place_reference(column, table_role: Role, ref: Optional[Reference], target_role: Optional[Role],
                    target_name: str, noun: Tuple[str, ...], places: FrozenSet[Tuple[str, ...]],
                    category: Optional[str], target_noun: Tuple[str, ...] = ()) -> Optional[Adjustment]:
    """A person's key named after a place of an address (``desa_id``,
    ``village_id``: ``places``, the address words of the sensitive lists)
    that refers to a table of places holding more than a list (a village's
    profile, an organisation's role) is the person's address all the same.
    A target whose own name names a place (``target_noun``: ``das_data_desa``
    -> ``desa``) is one whatever role the graph gave it."""
    if (ref is None or category is None or table_role.kind != "person" or not noun or noun not in places
            or getattr(column, "primary_key", False)):
        return None
    if target_role is not None and (target_role.kind in ("system", "configuration")
                                    or (target_role.kind == "lookup" and target_role.lookup_of)):
        return None  # a sensitive lookup has its own rule
    if target_role is not None and target_role.about_people and target_noun not in places:
        return None  # a person's or a record's table
    return Adjustment(category, KEY_NOUN_CONFIDENCE, (
        f"{ref.why}: '{' '.join(noun)}' names a place of an address",
        f"in a person's master record, the place the person is registered at is the person's "
        f"{category} (propagated along the reference, {KEY_NOUN_CONFIDENCE:.2f})",))


def sensitive_key(column, table_role: Role, noun: Tuple[str, ...], sensitive) -> Optional[Adjustment]:
    """A person's key column whose noun names a list of a sensitive kind
    (``sensitive``: the roles vocabulary's (category, phrases)) carries that
    kind, when no table of the schema is the list it points at."""
    if table_role.kind != "person" or not noun or getattr(column, "primary_key", False):
        return None
    fam = column.type.family if column.type is not None else None
    if fam not in (None, "integer", "text", "uuid", "other"):
        return None
    for cat, phrases in sensitive:
        if noun in phrases:
            return Adjustment(cat, KEY_NOUN_CONFIDENCE, (
                f"'{column.name}' is a key to a list of {cat.split('.', 1)[1].replace('_', ' ')} "
                f"values ('{' '.join(noun)}') that this schema does not hold",
                f"in a person's master record that is the person's {cat} "
                f"(inferred from the name, {KEY_NOUN_CONFIDENCE:.2f})",))
    return None


#: confidence of a generic value column in a table named after a category
LISTED_VALUE_CONFIDENCE = 0.6


def listed_value(column, table_role: Role, table_says: Optional[str], generic: bool) -> Optional[Adjustment]:
    """A column named only by a generic value word (``number``, ``value``:
    ``generic``) in a table about people whose name's head names a category
    (``patient_phone_numbers``: ``table_says`` = contact.phone) holds that
    category's value."""
    if not generic or not table_says or not table_role.about_people or table_says.startswith("health."):
        return None
    if getattr(column, "primary_key", False) or column.references is not None:
        return None
    return Adjustment(table_says, LISTED_VALUE_CONFIDENCE, (
        f"'{column.name}' is the value column of a table named after "
        f"{table_says.split('.', 1)[1].replace('_', ' ')} values (inferred, {LISTED_VALUE_CONFIDENCE:.2f})",))


def clinical_catalogue(column, table_role: Role, ref: Optional[Reference], target_role: Optional[Role],
                       target_name: str, target_says: Optional[str]) -> Optional[Adjustment]:
    """In a clinical record, a reference to a catalogue whose name says what
    it lists (``target_says``: a health category its name matches, such as
    ``health.medication`` for ``databarang``, ``health.procedure`` for
    ``tindakan``) is what was given, done or found for the patient."""
    if ref is None or target_role is None or not table_role.clinical or not target_says:
        return None
    if target_role.kind not in ("lookup", "unknown") or getattr(column, "primary_key", False):
        return None
    return Adjustment(target_says, CATALOGUE_CONFIDENCE, (
        f"{ref.why}; '{target_name}' lists {target_says.split('.', 1)[1].replace('_', ' ')} entries",
        f"in {table_role.label}, an entry of that list is what was given, done or found for the "
        f"patient (inferred, {CATALOGUE_CONFIDENCE:.2f})",))


#: confidence of a clinical record's reference to a catalogue (below an inferred value's 0.60)
CATALOGUE_CONFIDENCE = 0.55


def clinical_word(column, table_role: Role, lexicon, lex) -> Optional[Adjustment]:
    """A column named by a clinical word (the clinical lexicon) that the engine
    left unclassified is health data in a clinical record, whatever its type
    (``tonsillectomy DATETIME``, ``consciousness_level INT``), and as a flag in
    a patient's own record (``is_vaccinated``).  Keys, audit and bookkeeping
    columns never are."""
    ctype = column.type
    fam = ctype.family if ctype is not None else None
    flag = fam == "boolean"
    if not (table_role.clinical or (flag and table_role.kind == "person"
                                    and table_role.about == "patient")):
        return None
    if fam in _NEVER_CLINICAL or column.primary_key or column.references is not None:
        return None
    q = lex.quals
    if q.keys() & _NOT_CONTENT:
        return None
    hits = lexicon.hits(lex.tokens) if lexicon else ()
    if not hits:
        return None
    what = "flag" if flag else "date" if fam in _DATE_FAMILIES else "value"
    return Adjustment("health.clinical_record", CLINICAL_WORD_CONFIDENCE, (
        f"'{hits[0]}' is a clinical word (clinical lexicon) and the column is a {what} in "
        f"{table_role.label}: it records a condition, a finding or an event of care "
        f"(inferred, {CLINICAL_WORD_CONFIDENCE:.2f})",))


def bookkeeping(column, result, common, lexicon, lex) -> Optional[Adjustment]:
    """Undo a clinical value inferred from the table alone for a small-number
    column that many tables share (Adjustment with category None)."""
    if result.category != "health.clinical_record" or result.matched is not None:
        return None
    column_name = column.name
    if column.type is None or column.type.family not in _BOOKKEEPING_FAMILIES:
        return None
    n = common.get(column_name.lower())
    if not n or (lexicon and lexicon.hits(lex.tokens)):
        return None
    return Adjustment(None, 0.0, (
        f"'{column_name}' is a {column.type.family} column of {n} tables of this schema and "
        f"no clinical word: "
        f"bookkeeping, not the record's content (the inferred health value is dropped)",))


def audit_actor(column, result, common, lex, engine) -> Optional[Adjustment]:
    """Undo an actor's name inferred for an audit column (``updated_by``,
    ``created_by`` as text) that many tables of this schema share: who last
    changed a row is bookkeeping (a login or a user id kept as text), not a
    name the row is about.  An actor column of one table (``verified_by``
    of a consultation, ``diperiksa_oleh``) keeps its inferred name."""
    if result.category != engine.T.get("person_name") or result.matched not in engine.actor_words:
        return None
    if "audit" not in lex.quals or len(lex.tokens) > 3:
        return None
    n = common.get(column.name.lower())
    if not n:
        return None
    return Adjustment(None, 0.0, (
        f"'{column.name}' names who changed the row and is a column of {n} tables of this schema: "
        f"bookkeeping (a login or a user id), not a name the row is about (the inferred name is "
        f"dropped)",))


def message_party(column, table_role: Role, parties, words: Tuple[str, ...]) -> Optional[Adjustment]:
    """A correspondence record's column named only by a message party (its
    whole name, ``words``, is one of ``parties``: category -> phrases) holds
    that party's address, when its type can hold one."""
    if table_role.kind != "record" or table_role.about != "correspondence":
        return None
    ctype = column.type
    if ctype is None or ctype.family not in _ADDRESS_FAMILIES or column.primary_key \
            or column.references is not None:
        return None
    for cat, phrases in parties:
        if words in phrases:
            return Adjustment(cat, PARTY_CONFIDENCE, (
                f"'{column.name}' names a party of the message in {table_role.label}: "
                f"it holds that party's address (inferred, {PARTY_CONFIDENCE:.2f})",))
    return None
