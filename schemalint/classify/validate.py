"""Validating a ruleset document: every key, type and reference is checked
before anything is built, and an error names the file, line and key path
of the most derived file that spells the key (docs/rulesets.md).

Split from :mod:`schemalint.classify.ruleset` (issue 13); a project's
ruleset comes from the checked-out tree, so nothing in it is trusted.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, NoReturn, Optional, Sequence

from ..annotations import RetentionError, parse_retention
from ..types import FAMILIES
from .lexicon import valid_name
from .ruleset import (
    _ID_RE,
    _PURPOSE_RE,
    ACCEPTS,
    BESIDE_KINDS,
    FORMAT_VERSION,
    GROUPS,
    LEVELS,
    PDP_CLASSES,
    SUBJECTS,
    TABLE_KINDS,
    TIERS,
    RulesetError,
    _Doc,
)


class _Validator:
    def __init__(self, chain: List[_Doc]):
        self.chain = chain

    def fail(self, key_path: Sequence, message: str) -> NoReturn:
        kp = tuple(key_path)
        # blame the last file (the most derived) that spells this key
        doc = None
        probe = kp
        while probe and doc is None:
            for d in reversed(self.chain):
                if d.has(probe):
                    doc = d
                    break
            probe = probe[:-1]
        doc = doc or self.chain[-1]
        line = doc.line_of(kp) or 1
        shown = ".".join(str(k) for k in kp) if kp else "(top level)"
        raise RulesetError(f"{doc.path}:{line}: {shown}: {message}")

    # -- small type checks -------------------------------------------------
    def mapping(self, v, kp, keys: Optional[Sequence[str]] = None, required: Sequence[str] = ()):
        if not isinstance(v, dict):
            self.fail(kp, f"expected a mapping, got {_tname(v)}")
        for k in v:
            if not isinstance(k, str):
                self.fail(kp, f"keys must be strings, got {k!r}")
            if keys is not None and k not in keys:
                self.fail(tuple(kp) + (k,), f"unknown key (known keys: {', '.join(keys)})")
        for k in required:
            if k not in v:
                self.fail(kp, f"missing required key {k!r}")
        return v

    def strlist(self, v, kp, allow_empty=True) -> List[str]:
        if not isinstance(v, list):
            self.fail(kp, f"expected a list of strings, got {_tname(v)}")
        for i, x in enumerate(v):
            if not isinstance(x, str) or not x.strip():
                self.fail(tuple(kp) + (i,), f"expected a non-empty string, got {x!r}")
        if not allow_empty and not v:
            self.fail(kp, "must not be empty")
        return v

    def string(self, v, kp, optional=False):
        if v is None and optional:
            return None
        if not isinstance(v, str) or not v.strip():
            self.fail(kp, f"expected a non-empty string, got {v!r}")
        return v

    def boolean(self, v, kp):
        if not isinstance(v, bool):
            self.fail(kp, f"expected true or false, got {v!r}")
        return v

    def number(self, v, kp, lo=None, hi=None):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.fail(kp, f"expected a number, got {v!r}")
        if lo is not None and v < lo or hi is not None and v > hi:
            self.fail(kp, f"{v} is out of range [{lo}, {hi}]")
        return float(v)

    def integer(self, v, kp, lo=None):
        if isinstance(v, bool) or not isinstance(v, int):
            self.fail(kp, f"expected an integer, got {v!r}")
        if lo is not None and v < lo:
            self.fail(kp, f"must be at least {lo}, got {v}")
        return v

    def choice(self, v, kp, choices):
        if v not in choices:
            self.fail(kp, f"expected one of {', '.join(choices)}, got {v!r}")
        return v

    # -- sections ----------------------------------------------------------
    def document(self, d: Dict[str, Any]) -> None:
        self.mapping(d, (), ("schemalint-ruleset", "name", "description", "extends", "settings",
                             "encryption", "words", "context", "categories", "purposes",
                             "disable", "lexicons", "roles"))
        ver = d.get("schemalint-ruleset", FORMAT_VERSION)
        if ver != FORMAT_VERSION:
            self.fail(("schemalint-ruleset",), f"unsupported ruleset format {ver!r} "
                                              f"(this schemalint reads format {FORMAT_VERSION})")
        if "name" in d:
            self.string(d["name"], ("name",))
        if "description" in d:
            self.string(d["description"], ("description",), optional=True)
        self.settings(d.get("settings") or {})
        self.encryption(d.get("encryption") or {})
        self.words(d.get("words") or {})
        self.context(d.get("context") or {})
        cats = d.get("categories")
        if cats is None or not isinstance(cats, dict) or not cats:
            self.fail(("categories",), "a ruleset needs a non-empty mapping of categories")
        for cid, c in cats.items():
            self.category(cid, c, cats)
        st = d.get("settings") or {}
        for key in ("lexicon_evidence", "rule_targets"):
            for name, cid in (st.get(key) or {}).items():
                if cid not in cats:
                    self.fail(("settings", key, name), f"unknown category {cid!r}")
        self.disable(d.get("disable"), cats)
        self.roles(d.get("roles") or {}, cats)
        purposes = d.get("purposes") or {}
        self.mapping(purposes, ("purposes",))
        for name, p in purposes.items():
            self.purpose(name, p, cats)

    def settings(self, s):
        kp = ("settings",)
        self.mapping(s, kp, ("threshold", "identity_kit_threshold", "weights", "adjust",
                             "inferred", "catch_all_names", "closed_families", "lexicon_evidence",
                             "lexicon_suffixes", "rule_targets", "family_groups", "family_keeps"))
        if "threshold" in s:
            self.number(s["threshold"], kp + ("threshold",), 0.0, 1.0)
        if "identity_kit_threshold" in s:
            self.integer(s["identity_kit_threshold"], kp + ("identity_kit_threshold",), 1)
        if "weights" in s:
            self.mapping(s["weights"], kp + ("weights",), LEVELS)
            for k, v in s["weights"].items():
                self.number(v, kp + ("weights", k), 0.0, 1.0)
        if "adjust" in s:
            self.mapping(s["adjust"], kp + ("adjust",), ADJUST_KEYS)
            for k, v in s["adjust"].items():
                self.number(v, kp + ("adjust", k), -1.0, 1.0)
        if "inferred" in s:
            self.mapping(s["inferred"], kp + ("inferred",), INFERRED_KEYS)
            for k, v in s["inferred"].items():
                self.number(v, kp + ("inferred", k), 0.0, 1.0)
        if "catch_all_names" in s:
            self.strlist(s["catch_all_names"], kp + ("catch_all_names",))
        if "lexicon_evidence" in s:
            self.mapping(s["lexicon_evidence"], kp + ("lexicon_evidence",))
            for k, v in s["lexicon_evidence"].items():
                self.string(v, kp + ("lexicon_evidence", k))
        if "lexicon_suffixes" in s:
            self.mapping(s["lexicon_suffixes"], kp + ("lexicon_suffixes",))
            for k, v in s["lexicon_suffixes"].items():
                self.strlist(v, kp + ("lexicon_suffixes", k))
                for j, suffix in enumerate(v or ()):
                    if not (isinstance(suffix, str) and suffix.isalpha() and suffix.islower()
                            and len(suffix) >= 4):
                        self.fail(kp + ("lexicon_suffixes", k, j),
                                  "a lexicon suffix is at least 4 lower-case letters")
        if "rule_targets" in s:
            from .engine import RULE_TARGETS
            self.mapping(s["rule_targets"], kp + ("rule_targets",), RULE_TARGETS)
            for k, v in s["rule_targets"].items():
                self.string(v, kp + ("rule_targets", k))
        if "family_groups" in s:
            self.mapping(s["family_groups"], kp + ("family_groups",))
            for k, v in s["family_groups"].items():
                self.choice(v, kp + ("family_groups", k), ("family_name", "family_id"))
        if "family_keeps" in s:
            self.strlist(s["family_keeps"], kp + ("family_keeps",))
        if "closed_families" in s:
            for i, f in enumerate(self.strlist(s["closed_families"], kp + ("closed_families",))):
                self.choice(f, kp + ("closed_families", i), FAMILIES)

    def lexicons(self, lx) -> None:
        """The shape of one file's ``lexicons:`` (its paths are checked
        when they are resolved, see :func:`_lexicon_files`)."""
        kp = ("lexicons",)
        self.mapping(lx, kp)
        for name, paths in lx.items():
            if not valid_name(name):
                self.fail(kp + (name,), "a lexicon name is lower case: a letter, then letters, "
                                        "digits or '_' (e.g. clinical)")
            self.strlist(paths, kp + (name,), allow_empty=False)

    def encryption(self, e):
        kp = ("encryption",)
        self.mapping(e, kp, ("ciphertext_suffixes", "ciphertext_prefixes", "keyed_hash_suffixes",
                             "encrypted_types"))
        for k, v in e.items():
            self.strlist(v, kp + (k,))

    def words(self, w):
        kp = ("words",)
        self.mapping(w, kp, ("abbreviations", "trailing_abbreviations", "short", "keep", "dictionary"))
        for key in ("abbreviations", "trailing_abbreviations"):
            ab = w.get(key) or {}
            self.mapping(ab, kp + (key,))
            for k, v in ab.items():
                if not re.fullmatch(r"[a-z0-9]+", k):
                    self.fail(kp + (key, k), "an abbreviation is one lower-case word")
                self.string(v, kp + (key, k))
        for k in ("short", "keep", "dictionary"):
            if k in w:
                self.strlist(w[k], kp + (k,))

    def context(self, c):
        kp = ("context",)
        self.mapping(c, kp, CONTEXT_LIST_KEYS + ("qualifiers", "non_values", "search_types"))
        for k in CONTEXT_LIST_KEYS + ("search_types",):
            if k in c:
                self.strlist(c[k], kp + (k,))
        q = c.get("qualifiers") or {}
        self.mapping(q, kp + ("qualifiers",), QUALIFIER_KINDS)
        for k, v in q.items():
            self.strlist(v, kp + ("qualifiers", k))
        nv = c.get("non_values") or {}
        self.mapping(nv, kp + ("non_values",), NON_VALUE_KINDS)
        for k, v in nv.items():
            self.strlist(v, kp + ("non_values", k))

    def category(self, cid, c, cats):
        kp = ("categories", cid)
        if not isinstance(cid, str):
            self.fail(("categories",), f"category ids are strings, got {cid!r}")
        m = _ID_RE.match(cid)
        if not m:
            self.fail(kp, "a category id is '<group>.<name>' in lower case, e.g. gov_id.nik")
        if m.group(1) not in GROUPS:
            self.fail(kp, f"unknown group {m.group(1)!r}: a category id starts with one of "
                          f"{', '.join(GROUPS)}")
        self.mapping(c, kp, CATEGORY_KEYS, required=("label", "tier", "pdp"))
        self.string(c["label"], kp + ("label",))
        self.choice(c["tier"], kp + ("tier",), TIERS)
        self.choice(c["pdp"], kp + ("pdp",), PDP_CLASSES)
        for k in ("source", "coarser", "description"):
            if k in c:
                self.string(c[k], kp + (k,), optional=True)
        for k in ("identity_attribute", "person_signal", "replace_vocabulary"):
            if k in c:
                self.boolean(c[k], kp + (k,))
        if "subject" in c:
            self.choice(c["subject"], kp + ("subject",), SUBJECTS)
        if "accepts" in c:
            for i, a in enumerate(self.strlist(c["accepts"], kp + ("accepts",))):
                self.choice(a, kp + ("accepts", i), ACCEPTS)
        if "orm" in c:
            self.strlist(c["orm"], kp + ("orm",))
        req = c.get("requires", {})
        self.mapping(req, kp + ("requires",), ("encryption", "retention", "max_retention"))
        for k in ("encryption", "retention"):
            if k in req:
                self.boolean(req[k], kp + ("requires", k))
        mr = req.get("max_retention")
        if mr is not None:
            if not isinstance(mr, str):
                self.fail(kp + ("requires", "max_retention"),
                          f"expected an ISO 8601 duration such as P10Y, got {mr!r}")
            try:
                r = parse_retention(mr)
            except RetentionError as e:
                self.fail(kp + ("requires", "max_retention"), str(e))
            if r.event:
                self.fail(kp + ("requires", "max_retention"),
                          "a maximum retention is a plain duration (no 'after <event>')")
        voc = c.get("vocabulary", {})
        self.mapping(voc, kp + ("vocabulary",), LEVELS + ("negatives",))
        for k, v in voc.items():
            self.strlist(v, kp + ("vocabulary", k))
        ty = c.get("types", {})
        self.mapping(ty, kp + ("types",), ("families", "fit_length", "min_length", "digits"))
        if "families" in ty:
            for i, f in enumerate(self.strlist(ty["families"], kp + ("types", "families"))):
                self.choice(f, kp + ("types", "families", i), FAMILIES)
        for k in ("fit_length", "min_length", "digits"):
            if k in ty:
                self.integer(ty[k], kp + ("types", k), 1)
        adj = c.get("adjust", {})
        self.mapping(adj, kp + ("adjust",), ADJUST_KEYS)
        for k, v in adj.items():
            self.number(v, kp + ("adjust", k), -1.0, 1.0)
        rules = c.get("context", [])
        if not isinstance(rules, list):
            self.fail(kp + ("context",), f"expected a list of rules, got {_tname(rules)}")
        for i, r in enumerate(rules):
            rk = kp + ("context", i)
            self.mapping(r, rk, ("when", "adjust", "alternative", "because"),
                         required=("when", "because"))
            w = self.mapping(r["when"], rk + ("when",), ("table", "beside", "matched"))
            if not w:
                self.fail(rk + ("when",), "a rule needs a condition: table, beside or matched")
            if "table" in w:
                self.choice(w["table"], rk + ("when", "table"), TABLE_KINDS)
            if "beside" in w:
                self.choice(w["beside"], rk + ("when", "beside"), BESIDE_KINDS)
            if "matched" in w:
                self.strlist(w["matched"], rk + ("when", "matched"), allow_empty=False)
            if "adjust" in r:
                self.number(r["adjust"], rk + ("adjust",), -1.0, 1.0)
            if "alternative" in r:
                alt = self.mapping(r["alternative"], rk + ("alternative",),
                                   ("category", "confidence"), required=("category",))
                if alt["category"] not in cats:
                    self.fail(rk + ("alternative", "category"),
                              f"unknown category {alt['category']!r}")
                if "confidence" in alt:
                    self.number(alt["confidence"], rk + ("alternative", "confidence"), 0.0, 1.0)
            self.string(r["because"], rk + ("because",))
        ex = c.get("examples", {})
        self.mapping(ex, kp + ("examples",), ("match", "no_match"))
        for kind in ("match", "no_match"):
            lst = ex.get(kind, [])
            if not isinstance(lst, list):
                self.fail(kp + ("examples", kind), f"expected a list, got {_tname(lst)}")
            for i, example in enumerate(lst):
                ek = kp + ("examples", kind, i)
                if isinstance(example, str):
                    continue
                self.mapping(example, ek, ("column", "table", "type", "comment", "beside", "hints"),
                             required=("column",))
                self.string(example["column"], ek + ("column",))
                for k in ("table", "type", "comment"):
                    if k in example:
                        self.string(example[k], ek + (k,))
                if "beside" in example:
                    self.strlist(example["beside"], ek + ("beside",))
                if "hints" in example:
                    self.mapping(example["hints"], ek + ("hints",))

    def roles(self, r, cats) -> None:
        """``roles:``: table-role vocabularies (docs/rulesets.md, "Table roles")."""
        kp = ("roles",)
        self.mapping(r, kp, ("names", "generic_words", "key_aliases", "sensitive_lookups",
                             "message_parties", "generic_heads", "kind_heads", "person_identifiers",
                             "shape"))
        names = r.get("names") or {}
        self.mapping(names, kp + ("names",), ROLE_NAME_KINDS)
        for k, v in names.items():
            self.strlist(v, kp + ("names", k))
        self.strlist(r.get("generic_words") or [], kp + ("generic_words",))
        self.strlist(r.get("generic_heads") or [], kp + ("generic_heads",))
        self.strlist(r.get("kind_heads") or [], kp + ("kind_heads",))
        self.strlist(r.get("person_identifiers") or [], kp + ("person_identifiers",))
        for j, cid in enumerate(r.get("person_identifiers") or ()):
            if isinstance(cid, str) and cid not in cats:
                self.fail(kp + ("person_identifiers", j), f"{cid!r} is not a category of this ruleset")
        for key in ("key_aliases", "sensitive_lookups", "message_parties"):
            m = r.get(key) or {}
            self.mapping(m, kp + (key,))
            for k, v in m.items():
                self.strlist(v, kp + (key, k), allow_empty=False)
                if key != "key_aliases" and k not in cats:
                    self.fail(kp + (key, k), f"{k!r} is not a category of this ruleset")
        shape = r.get("shape") or {}
        self.mapping(shape, kp + ("shape",), ROLE_SHAPE_KEYS)
        for k, v in shape.items():
            if k.endswith("_share"):
                self.number(v, kp + ("shape", k), 0.0, 1.0)
            else:
                self.integer(v, kp + ("shape", k), 1)

    def disable(self, v, cats):
        if v is None:
            return
        self.strlist(v, ("disable",))
        for i, x in enumerate(v):
            if x not in cats and x not in GROUPS:
                self.fail(("disable", i), f"{x!r} is neither a category id nor a group")

    def purpose(self, name, p, cats):
        kp = ("purposes", name)
        if not isinstance(name, str) or not _PURPOSE_RE.match(name):
            self.fail(kp, "a purpose name is lower case: letters, digits, '-' and '_'")
        self.mapping(p, kp, ("label", "allows", "description"), required=("allows",))
        if "label" in p:
            self.string(p["label"], kp + ("label",))
        allows = self.strlist(p["allows"], kp + ("allows",))
        for i, a in enumerate(allows):
            a2 = a[:-2] if a.endswith(".*") else a
            if a2 not in GROUPS and a2 not in cats:
                self.fail(kp + ("allows", i), f"{a!r} is neither a category id nor a group")


CATEGORY_KEYS = ("label", "tier", "pdp", "requires", "source", "coarser", "identity_attribute",
                 "person_signal", "description", "subject", "accepts", "orm", "vocabulary",
                 "types", "context", "adjust", "examples", "replace_vocabulary")
ADJUST_KEYS = ("person_table", "linked_table", "person_qualifier", "org_table", "lookup_table",
               "thing_qualifier", "implausible_type", "too_short", "cannot_hold", "type_fit", "patient_context",
               "health_outside_patient", "comment_agrees", "comment_factor")
INFERRED_KEYS = ("clinical", "payroll", "credential_store", "role_name", "address", "lexicon",
                 "card", "photo")
ROLE_NAME_KINDS = ("system", "configuration", "organisation", "lookup", "clinical", "financial",
                   "educational", "correspondence")
ROLE_SHAPE_KEYS = ("flag_share", "min_flags", "lookup_max_values", "clinical_hits", "clinical_share")
CONTEXT_LIST_KEYS = ("person_tables", "employee_tables", "family_tables", "org_tables",
                     "lookup_tables", "clinical_tables", "clinical_concepts", "encounter_tables",
                     "address_tables", "payroll_tables", "credential_tables",
                     "person_links", "patient_links", "vehicle_columns", "address_columns",
                     "lookup_markers",
                     "patient_table_words", "generic_table_words", "descriptive_columns",
                     "credential_value_words", "identifier_heads", "card_tables",
                     "card_value_words", "card_detail_words", "purpose_words", "code_name_words",
                     "code_text_words",
                     "secret_purposes", "secret_nouns",
                     "actor_words", "actor_verb_affixes", "image_types",
                     "person_only_names", "generic_value_columns", "rate_words", "change_words")
QUALIFIER_KINDS = ("person", "family", "guarantor", "org", "thing", "role", "neutral", "container")
NON_VALUE_KINDS = ("flag", "timestamp", "counter", "money", "reference", "identifier", "admin",
                   "meta", "audit", "measure")


def _tname(v) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", int: "a number",
            float: "a number", bool: "a boolean", type(None): "nothing"}.get(type(v), type(v).__name__)
