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
* :func:`clinical_flag_or_date`: in a clinical record (or a patient's own
  record, for flags) a flag or a date named by a clinical word is health data
  (``is_vaccinated``, ``tonsillectomy DATETIME``); keys, audit timestamps and
  bookkeeping columns never are.

Only a column the engine left unclassified is adjusted: a vocabulary hit or
an annotation always wins.  Confidences are below a vocabulary hit's.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

from .references import Reference
from .roles import Role

#: confidence of a reference to a sensitive lookup (below a vocabulary term's 0.75)
LOOKUP_CONFIDENCE = 0.7
#: confidence of a clinical flag or date (the engine's inferred clinical value is 0.6)
CLINICAL_FLAG_CONFIDENCE = 0.6
_DATE_FAMILIES = frozenset(("date", "datetime", "time"))


class Adjustment(NamedTuple):
    category: str
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


def clinical_flag_or_date(column, table_role: Role, lexicon, lex) -> Optional[Adjustment]:
    """A flag or a date named by a clinical word, in a clinical record (or a
    flag in a patient's own record), is health data."""
    ctype = column.type
    fam = ctype.family if ctype is not None else None
    flag = fam == "boolean"
    if not flag and fam not in _DATE_FAMILIES:
        return None
    if not (table_role.clinical or (flag and table_role.kind == "person"
                                    and table_role.about == "patient")):
        return None
    q = lex.quals
    if column.primary_key or column.references is not None or "audit" in q or "reference" in q \
            or "admin" in q or "identifier" in q or "person_link" in q or "patient_link" in q:
        return None
    hits = lexicon.hits(lex.tokens) if lexicon else ()
    if not hits:
        return None
    what = "flag" if flag else "date"
    where = table_role.label
    return Adjustment("health.clinical_record", CLINICAL_FLAG_CONFIDENCE, (
        f"'{hits[0]}' is a clinical word (clinical lexicon) and the column is a {what} in "
        f"{where}: it records that condition or event (inferred, {CLINICAL_FLAG_CONFIDENCE:.2f})",
    ))
