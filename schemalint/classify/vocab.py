"""The vocabulary: the ruleset's phrases compiled into a tokenizer and a
phrase index, and the lexical analysis of a name against them.

A mixin of :class:`schemalint.classify.engine.Engine` (``self`` is the
engine): compiling (:meth:`Vocabulary._compile`, or the snapshot's
compiled form through :class:`_SeedIndex`), lexing a column name
(:meth:`Vocabulary.lex`: phrases longest first, each span with its senses),
lexing free text (comments, verbose names) and the lexicons that are
evidence for a category.  Every word list comes from the ruleset.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Tuple, Union

from .facts import Lex, _Span, _span_start
from .tokens import DIGIT, Tokenizer, split_identifier

_LEVEL_RANK = {"strong": 3, "terms": 2, "weak": 1}
#: table kinds from context lists
_TABLE_LISTS = {
    "person_tables": "person", "employee_tables": "employee", "family_tables": "family",
    "org_tables": "org", "lookup_tables": "lookup", "clinical_tables": "clinical",
    "encounter_tables": "encounter", "clinical_concepts": "clinical_concept",
    "address_tables": "address",
    "payroll_tables": "payroll", "credential_tables": "credential", "card_tables": "card",
}

_MISS = object()



def _segment_words(ruleset):
    """The single words of the ruleset's lexicons (the ``segment`` lexicon,
    words-en.txt, and the clinical words): they split glued names and stay
    whole themselves (``hematemesis`` is no ``hem ate mes is``); the
    ``segment`` words (:data:`~.lexicon.SEGMENT_LEXICON`) are never category evidence."""
    files = [f for fs in getattr(ruleset, "lexicon_files", {}).values() for f in fs]
    return frozenset().union(*(f.single_words() for f in files))


def _entry_text(entry) -> str:
    """A phrase index entry as the snapshot stores it: JSON with its double
    quotes written as single ones (an apostrophe of the data as the escape
    ``\\u0027``), so that the snapshot's JSON holds it as a string with no
    escape in it: such strings parse several times faster, and the snapshot
    holds 2,000 of them (:meth:`_SeedIndex.get` reverses it)."""
    text = json.dumps([[list(x) for x in entry[0]], list(entry[1]), entry[2], entry[3]], ensure_ascii=False,
                      separators=(",", ":"))
    return text.replace("'", "\\u0027").replace('"', "'")


class _SeedIndex:
    """The phrase index as the snapshot stores it (JSON, keyed by the
    phrase's words joined with spaces), converted one entry at a time on
    first lookup: a run looks up a few hundred of its 2,000 phrases, and
    converting them all cost more than the lookups."""

    __slots__ = ("raw", "_done")

    def __init__(self, raw: Dict[str, str]):
        #: phrase -> its entry as a JSON text (decoding 2,000 texts of lists
        #: at load cost more than decoding the few a run needs)
        self.raw = raw
        self._done: Dict[Tuple[str, ...], Optional[Tuple]] = {}

    def get(self, key: Tuple[str, ...], default=None):
        hit = self._done.get(key, _MISS)
        if hit is _MISS:
            text = self.raw.get(" ".join(key))
            v = None if text is None else json.loads(text.replace("'", '"'))
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




class Vocabulary:
    """Compiling the vocabulary and lexing names (mixed into the engine)."""

    # set by the engine (or by :meth:`_compile`); declared here for the type checker
    ruleset: Any
    tokenizer: Tokenizer
    index: Union[Dict[Tuple[str, ...], Tuple], _SeedIndex]
    table_index: Dict[Tuple[str, ...], FrozenSet[str]]
    affix_words: Any
    phrase_starts: Dict[str, int]
    lexicon_evidence: Dict[str, str]
    _lexicons: Optional[Dict[str, Any]]
    _text_matches: Callable[[str], Tuple[Tuple[str, str, str], ...]]

    def _caches(self) -> None:
        """Per-engine caches of the lexical analysis (functools, bounded)."""
        self.lex = lru_cache(maxsize=300_000)(self._lex_name)
        self._text_matches = lru_cache(maxsize=100_000)(self._text_matches_of)

    def _phrases(self, d: Dict[str, Any], active: Mapping[str, Any]
                 ) -> Tuple[List[Tuple[str, Tuple]], List[Tuple[str, str]]]:
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
        for p in ctx.get("address_columns") or ():
            phrases.append((p, ("q", "address_part")))
        for w in self.affix_words:
            phrases.append((w, ("q", "affix")))
        table_phrases: List[Tuple[str, str]] = []
        for key, kind in _TABLE_LISTS.items():
            for p in ctx.get(key) or ():
                table_phrases.append((p, kind))
        return phrases, table_phrases

    def _compile(self, phrases, table_phrases, abbrev, words, d, trailing=None) -> None:
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
                                   trailing=trailing,
                                   keep=words.get("keep") or (),
                                   segment_words=lambda: _segment_words(self.ruleset))
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
            # a name's tokens joined by spaces (no token holds one); read on first use
            "tokens": {k: " ".join(v) for k, v in sorted(self.tokenizer._memo.items())},
            "index": {" ".join(k): _entry_text(v) for k, v in sorted(self.index.items())},
            "phrase_starts": dict(sorted(self.phrase_starts.items())),
            "table_index": {" ".join(k): sorted(v) for k, v in sorted(self.table_index.items())},
        }

    def _phrase_key(self, text: str) -> Tuple[str, ...]:
        toks = self.tokenizer.tokens(text)
        # digits stay ("last4" is not "last"), but a phrase is never only digits
        return toks if any(t != DIGIT for t in toks) else ()

    def _lex_name(self, name: str) -> Lex:
        """What a column name says (cached per engine as ``self.lex``)."""
        return self._lex_tokens(self.tokenizer.tokens(name))

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
        for _negl, _negr, s0, e0, text, pos in found:
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

    def _norm(self, text: str) -> str:
        return " ".join(self._phrase_key(text))

    def _text_matches_of(self, text: str) -> Tuple[Tuple[str, str, str], ...]:
        """Vocabulary a comment or a label names (cached as ``self._text_matches``)."""
        from ..annotations import find_marker
        pos = find_marker(text)
        body = text[:pos] if pos >= 0 else text
        lex = self._lex_tokens(self.tokenizer.text_tokens(body))
        out = []
        for cid, level, phrase, _s, _e in lex.cats:
            if level == "weak":
                continue
            if lex.negs.get(cid):
                continue
            out.append((cid, level, phrase))
        return tuple(out)

    def lexicons(self) -> Dict[str, Any]:
        """lexicon name -> its entries (less any a benchmark disabled), for
        the lexicons that are evidence for a category."""
        if self._lexicons is None:
            off: FrozenSet[str] = getattr(self.ruleset, "lexicon_disabled", frozenset())
            lexicons: Dict[str, Any] = {}
            for name in self.lexicon_evidence:
                lx = self.ruleset.lexicon(name)
                lexicons[name] = lx.__class__(name, lx - off, lx.left_out, lx.suffixes) if off else lx
            self._lexicons = lexicons
        return self._lexicons

    def lexicon_terms(self, name: str) -> Tuple[str, ...]:
        """The lexicon entries a column name hits (every evidence lexicon)."""
        toks = self.tokenizer.tokens(name)
        return tuple(e for lx in self.lexicons().values() for e in lx.hits(toks))
