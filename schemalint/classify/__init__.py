"""Classification: is this column personal data, and of what kind?

Public API::

    from schemalint.classify import classify_schema, classify_column, load_ruleset
    rs = load_ruleset()                      # the packaged default
    result = classify_schema(schema, rs)     # {(table.key, column.key): Classification}
    classify_column("tgl_lahir", "date", table="pasien").category  # 'demographic.birth_date'

Annotations override the classifier: ``category=<id>`` or ``category=none``
in a column's comment (or a directive / manifest annotation) wins with
confidence 1.0; a table-level ``category=`` applies to all its columns.
See docs/classification.md.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple

from ..record import dataclass
from .ruleset import (
    GROUPS,
    Category,
    EncryptionConventions,
    Purpose,
    Ruleset,
    RulesetError,
    default_ruleset,
    load_ruleset,
)
from .tokens import split_identifier

if TYPE_CHECKING:  # the column facts (and the engine) are imported by a run that classifies a column
    from .facts import ColumnFacts

__all__ = [
    "Classification", "classify_schema", "classify_column", "classify_table", "load_ruleset",
    "default_ruleset", "Ruleset", "RulesetError", "Category", "Purpose", "EncryptionConventions",
    "GROUPS", "split_identifier", "tokens", "SchemaClassification", "table_roles",
]


@dataclass(frozen=True)
class Classification:
    category: Optional[str]  # category id; None = not personal data
    confidence: float  # 0..1
    evidence: Tuple[str, ...]
    matched: Optional[str]  # the token or phrase that decided it

    @property
    def group(self) -> Optional[str]:
        return self.category.split(".", 1)[0] if self.category else None

    @property
    def personal(self) -> bool:
        return self.category is not None

    def to_dict(self) -> Dict[str, Any]:
        return {"category": self.category, "group": self.group,
                "confidence": self.confidence, "evidence": list(self.evidence),
                "matched": self.matched}


def tokens(name: str, ruleset: Optional[Ruleset] = None) -> Tuple[str, ...]:
    """Normalised tokens of an identifier as the classifier sees them."""
    return (ruleset or default_ruleset()).engine.tokenizer.tokens(name)


# --------------------------------------------------------------------------
# Annotations
# --------------------------------------------------------------------------


def _annotation_value(sources) -> Optional[Tuple[str, Any, str]]:
    """The latest ``category=`` among annotation sources (given oldest first)."""
    for src in reversed(list(sources)):
        a = src.annotation
        v = a.values.get("category") if a is not None else None
        if v:
            return v.strip(), src.location, src.source
    return None


def _override(ruleset: Ruleset, found, level: str) -> Tuple[Optional[Classification], Optional[str]]:
    value, loc, source = found
    where = f"{level} annotation category={value} ({source} at {loc})"
    low = value.lower()
    if low in ("none", "null", "not-personal", "no"):
        return Classification(None, 1.0, (f"{where} overrides the classifier: not personal data",),
                              None), None
    if value in ruleset.categories:
        return Classification(value, 1.0, (f"{where} overrides the classifier",), value), None
    if low in GROUPS:
        cid = ruleset.engine.group_default.get(low)
        if cid:
            return Classification(cid, 1.0, (f"{where} names a group: its first category "
                                              f"{cid} (override)",), value), None
    return None, f"{where} names no category of ruleset '{ruleset.name}': ignored"


def _hints(column) -> Tuple[Tuple[str, str], ...]:
    h = getattr(column, "hints", None)
    return tuple(sorted((str(k), str(v)) for k, v in h.items())) if h else ()


def _facts_for(column, ruleset: Optional[Ruleset] = None) -> ColumnFacts:
    from .facts import ColumnFacts, type_info

    refs = getattr(column, "references", None)
    fk_person = bool(refs is not None and refs.table is not None
                     and _is_person_table(refs.table.name, ruleset))
    return ColumnFacts(column.name, type_info(column.type), refs is not None, fk_person,
                       bool(getattr(column, "primary_key", False)),
                       getattr(column, "comment", None) or None, _hints(column))


_PERSON_TABLE_MEMO: Dict[Tuple[str, str], bool] = {}


def _is_person_table(name: str, ruleset: Optional[Ruleset] = None) -> bool:
    rs = ruleset or default_ruleset()
    key = (rs.fingerprint, name)
    hit = _PERSON_TABLE_MEMO.get(key)
    if hit is None:
        kinds, _, _ = rs.engine.table_kinds(name)
        hit = _PERSON_TABLE_MEMO[key] = bool(kinds & {"person", "employee", "family"})
    return hit


def _has_annotations(obj) -> bool:
    """Cheap pre-check before parsing annotations."""
    if getattr(obj, "notes", None):
        return True
    c = getattr(obj, "comment", None)
    return isinstance(c, str) and "schemalint" in c.lower()


# --------------------------------------------------------------------------
# Classifying
# --------------------------------------------------------------------------

_CLS_MEMO: Dict[Tuple, Classification] = {}


def _classification(cat, conf, ev, matched) -> Classification:
    key = (cat, conf, ev, matched)
    hit = _CLS_MEMO.get(key)
    if hit is None:
        hit = Classification(cat, conf, ev, matched)
        if len(_CLS_MEMO) < 200_000:
            _CLS_MEMO[key] = hit
    return hit


def classify_table(table, ruleset: Optional[Ruleset] = None, role=None,
                   inferred: Optional[Mapping[str, bool]] = None) -> Dict[str, Classification]:
    """Classify every column of a :class:`schemalint.replay.Table`.  When the
    schema was read as a whole: ``role`` (a :class:`~schemalint.classify.roles.Role`)
    and ``inferred``, the columns that refer to another row by their name
    only (``{column key: the row is a person's}``, references.py)."""
    from .facts import _TYPE_ID_MEMO, ColumnFacts, type_info

    rs = ruleset or default_ruleset()
    eng = rs.engine
    cols = list(table.columns.values())
    facts: List[ColumnFacts] = []
    fk_tables = []
    append = facts.append
    id_memo = _TYPE_ID_MEMO
    for ckey, c in table.columns.items():
        refs = c.references
        ct = c.type
        ent = id_memo.get(id(ct))
        ti = ent[1] if ent is not None and ent[0] is ct else type_info(ct)
        if refs is None:
            if inferred and ckey in inferred:  # a reference by its name: a key, like a declared one
                append(ColumnFacts(c.name, ti, True, inferred[ckey], c.primary_key, c.comment or None,
                        _hints(c) if c.hints else ()))
                continue
            append(ColumnFacts(c.name, ti, False, False, c.primary_key, c.comment or None,
                    _hints(c) if c.hints else ()))
            continue
        fk_person = False
        if refs.table is not None:
            fk_tables.append(refs.table.name)
            fk_person = _is_person_table(refs.table.name, rs)
        append(ColumnFacts(c.name, ti, True, fk_person, c.primary_key, c.comment or None,
                _hints(c) if c.hints else ()))
    if role is None:
        ctx, results = eng.classify_table(table.name, facts, fk_tables, Classification)
    else:
        ctx, results = _classify_in_role(eng, table.name, facts, fk_tables, role, Classification)
    table_override, table_note = (None, None)
    if _has_annotations(table):
        table_found = _annotation_value(table.annotation_sources())
        if table_found:
            table_override, table_note = _override(rs, table_found, "table")
    out: Dict[str, Classification] = {}
    plain = table_override is None and not table_note
    for key, c, res in zip(table.columns, cols, results):
        if plain and not c.notes and not (c.comment and "schemalint" in c.comment.lower()):
            out[key] = res  # the common case: no annotations
            continue
        note = None
        if _has_annotations(c):
            found = _annotation_value(c.annotation_sources())
            if found:
                over, note = _override(rs, found, "column")
                if over is not None:
                    out[c.key] = over
                    continue
        if table_override is not None:
            out[c.key] = table_override
            continue
        notes = tuple(n for n in (note, table_note) if n)
        out[c.key] = Classification(res.category, res.confidence, notes + res.evidence,
                                    res.matched) if notes else res
    return out


class SchemaClassification(dict):
    """``{(table.key, column.key): Classification}``, and ``roles``: every
    table's :class:`~schemalint.classify.roles.Role` (``{table.key: Role}``)."""

    roles: Dict[str, Any]

    def __init__(self, *args, roles: Optional[Dict[str, Any]] = None, **kw):
        super().__init__(*args, **kw)
        self.roles = roles or {}


def table_roles(schema, ruleset: Optional[Ruleset] = None) -> Dict[str, Any]:
    """Every table's role in a replayed schema (``{table.key: Role}``)."""
    from .roles import assign_roles
    return assign_roles(schema, ruleset or default_ruleset()).roles


def _classify_in_role(engine, name: str, columns, fk_tables, role, make=None):
    """:meth:`Engine.classify_table` with the table's role (roles.Role) known."""
    return engine.classify_table(name, columns, fk_tables, make=make, role=role)


def classify_schema(schema, ruleset: Optional[Ruleset] = None) -> SchemaClassification:
    """Classify every column of a replayed :class:`schemalint.replay.Schema`.

    Returns ``{(table.key, column.key): Classification}`` for every column,
    with ``category=None`` for columns that are not personal data; its
    ``roles`` attribute holds every table's role.  Tables are read as a
    whole schema: each table's role (roles.py) sets its context, and
    references (references.py) carry categories along (propagation.py).
    """
    if not schema.tables:  # nothing to classify (a merge migration): roles and the engine are not built
        return SchemaClassification(roles={})
    from .roles import assign_roles
    rs = ruleset or default_ruleset()
    sr = assign_roles(schema, rs)
    out = SchemaClassification(roles=sr.roles)
    for tkey, table in schema.tables.items():
        role = sr.roles[tkey]
        inferred = {r.column: sr.roles[r.target].kind == "person"
                    for r in sr.graph.out.get(tkey, ()) if r.how == "inferred"}
        res = classify_table(table, rs, role, inferred)
        _propagate(schema, table, tkey, role, res, sr, rs)
        for ckey, cls in res.items():
            out[(tkey, ckey)] = cls
    return out


def _propagate(schema, table, tkey: str, role, res: Dict[str, Classification], sr, rs: Ruleset) -> None:
    """Adjust columns from the table's role and what they refer to
    (propagation.py): only a column the engine left unclassified gains a
    category, only an inferred clinical value is dropped as bookkeeping;
    annotated columns are left alone."""
    if sr.common:
        from .propagation import audit_actor

        for ckey, c in res.items():
            if c.category is not None and ckey in sr.common and c.confidence < 1.0:
                col = table.columns[ckey]
                adj = audit_actor(col, c, sr.common, rs.engine.lex(col.name), rs.engine)
                if adj is not None:
                    _adjusted(res, ckey, c, adj, table.name)
    if not role.about_people:
        return
    from .propagation import (
        bookkeeping,
        clinical_catalogue,
        clinical_word,
        listed_value,
        message_party,
        place_reference,
        sensitive_key,
        sensitive_lookup,
    )
    from .references import key_noun
    from .roles import message_parties, vocabulary
    lexicon = rs.lexicon("clinical") if role.clinical or role.about == "patient" else None
    lex = rs.engine.lex

    def open_(ckey: str, want_none: bool):
        c = res[ckey]
        if c.confidence >= 1.0 or (c.category is None) != want_none:
            return None
        col = table.columns[ckey]
        if col.notes or (col.comment and "schemalint" in col.comment.lower()):
            return None
        return c, col

    places = _address_places(rs)
    for ref in sr.graph.out.get(tkey, ()):
        hit = open_(ref.column, True)
        if hit is not None:
            adj = sensitive_lookup(hit[1], role, ref, sr.roles.get(ref.target),
                                   schema.tables[ref.target].name) or \
                clinical_catalogue(hit[1], role, ref, sr.roles.get(ref.target), schema.tables[ref.target].name,
                                   _head_category(rs, schema.tables[ref.target].name, health=True)) or \
                place_reference(hit[1], role, ref, sr.roles.get(ref.target), schema.tables[ref.target].name,
                                key_noun(rs, hit[1].name), places[1], places[0],
                                _table_noun(rs, sr, ref.target, schema.tables[ref.target].name))
            if adj is not None:
                _adjusted(res, ref.column, hit[0], adj, table.name)
    tn = sr.names.get(tkey)
    table_says = _head_category(rs, "_".join(tn.core) if tn is not None and tn.core else table.name)
    if table_says:
        generic = rs.engine.generic_value_columns
        for ckey, c in res.items():
            if c.category is None:
                hit = open_(ckey, True)
                if hit is not None:
                    words = " ".join(rs.engine.tokenizer.tokens(hit[1].name))
                    adj = listed_value(hit[1], role, table_says, words in generic)
                    if adj is not None:
                        _adjusted(res, ckey, c, adj, table.name)
    if role.kind == "person":
        sensitive = vocabulary(rs).sensitive
        for ckey, c in res.items():
            if c.category is None and sr.graph.of(tkey, ckey) is None:
                hit = open_(ckey, True)
                if hit is not None:
                    adj = sensitive_key(hit[1], role, key_noun(rs, hit[1].name), sensitive)
                    if adj is not None:
                        _adjusted(res, ckey, c, adj, table.name)
    if role.about == "correspondence":
        parties = message_parties(rs)
        for ckey, c in res.items():
            hit = open_(ckey, c.category is None)
            if hit is not None:
                adj = message_party(hit[1], role, parties, _party_words(rs, hit[1].name))
                if adj is not None and adj.category != c.category:
                    _adjusted(res, ckey, c, adj, table.name)
    if lexicon is None:
        return
    common = sr.common
    for ckey, c in res.items():
        if c.category is None:
            hit = open_(ckey, True)
            if hit is not None:
                adj = clinical_word(hit[1], role, lexicon, lex(hit[1].name))
                if adj is not None:
                    _adjusted(res, ckey, c, adj, table.name)
        elif role.clinical and ckey in common:
            hit = open_(ckey, False)
            if hit is not None:
                adj = bookkeeping(hit[1], c, common, lexicon, lex(hit[1].name))
                if adj is not None:
                    _adjusted(res, ckey, c, adj, table.name)


def _table_noun(rs: Ruleset, sr, tkey: str, name: str) -> Tuple[str, ...]:
    """A table's name less its namespace prefix and generic words (``das_data_desa`` -> ``desa``)."""
    tn = sr.names.get(tkey)
    core = tuple(tn.core) if tn is not None and tn.core else tuple(rs.engine.tokenizer.tokens(name))
    generic = rs.engine.generic_table_words
    return tuple(t for t in core if t not in generic) or core


@functools.lru_cache(maxsize=16)
def _address_places(rs: Ruleset):
    """(the address category, the place words of its sensitive list) of a
    ruleset: ``roles.sensitive_lookups`` under the address rule target."""
    from .roles import vocabulary
    target = rs.engine.T.get("address")
    return target, next((phrases for cat, phrases in vocabulary(rs).sensitive if cat == target), frozenset())


@functools.lru_cache(maxsize=4096)
def _head_category(rs: Ruleset, name: str, health: bool = False) -> Optional[str]:
    """The category a table name's head noun names: the phrase that ends the
    name (``patient_phone_numbers`` -> ``contact.phone``; ``procedure_providers``
    lists providers, not procedures), or None.  ``health``: the first health
    category (``databarang`` -> ``health.medication``), for a clinical record's
    references; otherwise any category but one named by a generic value word
    (``entitlement_values`` names none)."""
    lex = rs.engine.lex(name)
    generic = rs.engine.generic_value_columns
    return next((cat for cat, _level, text, _start, end in lex.cats
                 if end == len(lex.tokens) and (cat.startswith("health.") if health else text not in generic)),
                None)


def _party_words(rs: Ruleset, name: str) -> Tuple[str, ...]:
    """A column name's words as written (no abbreviation expanded)."""
    return rs.engine.tokenizer.words(name)


def _adjusted(res: Dict[str, Classification], ckey: str, c: Classification, adj, table_name: str) -> None:
    ev = tuple(e.replace("{table}", table_name) for e in adj.evidence)
    res[ckey] = Classification(adj.category, adj.confidence, ev + c.evidence, None)


def classify_column(name: str, type: Any = None, table: Any = None, comment: Optional[str] = None,
                    hints: Optional[Mapping[str, str]] = None, ruleset: Optional[Ruleset] = None,
                    beside: Sequence[Any] = (), references: Optional[str] = None,
                    primary_key: bool = False) -> Classification:
    """Classify one column.

    ``type``: a :class:`~schemalint.model.ColumnType` or a string such as
    ``"varchar(16)"``.  ``table``: a table name or a replay ``Table`` (its
    other columns give context).  ``beside``: with a table *name*, the other
    columns of the table, as names or ``(name, type)`` pairs.  ``references``:
    the table a foreign key points at.  Annotations in ``comment``
    (``schemalint: category=...``) override the classifier.
    """
    from .facts import ColumnFacts, type_info

    rs = ruleset or default_ruleset()
    eng = rs.engine
    if comment:
        from ..annotations import parse
        a = parse(comment)
        if a is not None and a.values.get("category"):
            res, note = _override(rs, (a.values["category"].strip(), "comment", "comment"), "column")
            if res is not None:
                return res
    fk_person = _is_person_table(references, rs) if references else False
    facts = ColumnFacts(name=name, type=type_info(type), fk=bool(references), fk_person=fk_person,
                        primary_key=primary_key, comment=comment or None,
                        hints=tuple(sorted((str(k), str(v)) for k, v in (hints or {}).items())))
    if table is None:
        from .engine import NO_TABLE

        ctx = NO_TABLE
    elif isinstance(table, str):
        others = [facts]
        for b in beside:
            if isinstance(b, str):
                others.append(ColumnFacts(b))
            else:
                bn, bt = b[0], b[1] if len(b) > 1 else None
                others.append(ColumnFacts(bn, type_info(bt)))
        ctx = eng.table_context(table, others, [references] if references else [])
    else:
        hit = classify_table(table, rs).get(name.lower())
        if hit is not None:
            return hit
        ctx = eng.table_context(table.name, [facts] + [_facts_for(c, rs) for c in table.columns.values()])
    cat, conf, ev, matched = eng.classify(facts, ctx)
    return Classification(cat, conf, ev, matched)
