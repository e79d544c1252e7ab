"""Identifier splitting and abbreviation normalisation.

``split_identifier`` turns a column or table name into lower-case word
pieces: snake_case, kebab-case, camelCase, PascalCase, ``dotted.names``,
letters next to digits (``address1`` -> ``address``, ``1``).  A
:class:`Tokenizer` adds what needs a vocabulary:

* glued dictionary words are split (``tempatlahir`` -> ``tempat lahir``,
  ``nohp`` -> ``no hp``, ``noktp`` -> ``no ktp``, ``namakeluarga`` ->
  ``nama keluarga``) when every piece is a known word and the whole is not;
* abbreviations are normalised (``tgl`` -> ``tanggal``, ``nm`` -> ``nama``,
  ``nmr``/``nomor``/``number`` -> ``no``, ``jk`` -> ``jenis kelamin``);
* English plurals of known words are reduced (``emails`` -> ``email``).

The same tokenizer normalises the ruleset's vocabulary, so a ruleset author
writes ``tgl lahir`` or ``tanggal_lahir`` and both match ``tgllahir``.
Digit pieces are kept as ``"#"`` so positions stay meaningful but they never
match vocabulary.  Results are memoised per tokenizer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple, Union

# A camelCase / PascalCase / acronym boundary, and letter/digit boundaries.
_PIECE_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SEP_RE = re.compile(r"[^A-Za-z0-9]+")

#: the digit placeholder token
DIGIT = "#"


def split_identifier(name: str) -> List[str]:
    """Split an identifier into lower-case pieces, without any vocabulary.

    >>> split_identifier("tglLahirPasien")
    ['tgl', 'lahir', 'pasien']
    >>> split_identifier("HTTPServer_addr2")
    ['http', 'server', 'addr', '2']
    """
    out: List[str] = []
    for chunk in _SEP_RE.split(name):
        if not chunk:
            continue
        if chunk.islower() or chunk.isupper():
            # no camel case inside: only letter/digit boundaries
            if chunk.isalpha() or chunk.isdigit():
                out.append(chunk.lower())
                continue
        for piece in _PIECE_RE.findall(chunk):
            out.append(piece.lower())
    return out


class PreparedWords:
    """Common words as a ruleset snapshot stores them for a
    :class:`Tokenizer`: none of them is in its dictionary, and the longest
    has ``longest`` letters (what the tokenizer would otherwise compute
    over every word)."""

    __slots__ = ("words", "longest", "shared")

    def __init__(self, words: FrozenSet[str], longest: int, shared: FrozenSet[str] = frozenset()):
        self.words = words
        self.longest = longest
        #: the words of the lexicon that are dictionary words too (``name``, ``date``)
        self.shared = shared


class Tokenizer:
    """Vocabulary-aware tokenizer.

    ``dictionary``: known words (the ruleset's vocabulary, qualifiers and
    glue words).  ``abbreviations``: word -> replacement words
    (``{"tgl": ("tanggal",), "jk": ("jenis", "kelamin")}``).  ``short_words``:
    pieces shorter than ``min_piece`` that glued splitting may still use
    (``no``, ``hp``, ``nm``).  ``keep``: tokens that contain digits but are
    words (``spo2``, ``icd10``).  ``trailing``: abbreviations read only as
    a name's last word (``num`` -> ``no``: ``emp_ssn_num`` is a number,
    ``num_children`` a count).  ``segment_words``: common words (the
    ruleset's ``segment`` lexicon) that glued splitting may use besides the
    dictionary (``dateofbirth`` -> ``date of birth``) when they are longer
    than ``min_piece`` (three-letter common words such as ``tor`` would split
    ``signator``), and that are never split themselves (``population``).
    """

    def __init__(
        self,
        dictionary: Iterable[str],
        abbreviations: Mapping[str, Tuple[str, ...]],
        short_words: Iterable[str] = (),
        keep: Iterable[str] = (),
        min_piece: int = 3,
        trailing: Optional[Mapping[str, Tuple[str, ...]]] = None,
        segment_words: Union[Iterable[str], Callable[[], Union[Iterable[str], PreparedWords]]] = (),
        common_text: str = "",
    ):
        self.trailing: Dict[str, Tuple[str, ...]] = {
            k.lower(): tuple(v) for k, v in (trailing or {}).items()}
        self.abbreviations: Dict[str, Tuple[str, ...]] = {
            k.lower(): tuple(v) for k, v in abbreviations.items()
        }
        self.keep: FrozenSet[str] = frozenset(k.lower() for k in keep)
        self.short_words: FrozenSet[str] = frozenset(w.lower() for w in short_words)
        words = {w.lower() for w in dictionary if w}
        words.update(self.abbreviations)
        words.update(self.keep)
        self.dictionary: FrozenSet[str] = frozenset(words)
        #: common words that only split glued names (the ``segment`` lexicon):
        #: a name that is one of them stays whole, and glued names split into
        #: them and dictionary words
        # the common words are read on first need (a callable: most runs split no
        # glued name the snapshot's memo does not already know)
        self._segment_source = segment_words
        self._segment_cache: Optional[Tuple[FrozenSet[str], FrozenSet[str], int]] = None
        #: the same common words as one space-separated string, when the
        #: ruleset snapshot has it: a name that is one common word is found in
        #: it without building the sets (a small run meets a few such names)
        self._common_text = " " + common_text + " " if common_text else ""
        self._english_cache: Optional[FrozenSet[str]] = None
        self.min_piece = min_piece
        #: name -> tokens: seeded from the ruleset snapshot (:meth:`seed`) and
        #: written back into it (``Engine.compiled``), so a plain dict, bounded
        self._memo: Dict[str, Tuple[str, ...]] = {}
        self._seed: Mapping[str, str] = {}
        self.words = lru_cache(maxsize=500_000)(self._words)
        self.segment = lru_cache(maxsize=200_000)(self._segment)

    def _segment_sets(self) -> Tuple[FrozenSet[str], FrozenSet[str], int]:
        """(common words, all splitting words, longest word), built once."""
        if self._segment_cache is None:
            src = self._segment_source
            got = src() if callable(src) else src
            if isinstance(got, PreparedWords):  # none in the dictionary, longest known
                common, longest = got.words, max(got.longest, max(map(len, self.dictionary), default=0))
                self._english_cache = got.shared & self.dictionary
            else:
                common = frozenset(got) - self.dictionary
                longest = max(map(len, common | self.dictionary), default=0)
            self._segment_cache = (common, self.dictionary | common, longest)
        return self._segment_cache

    @property
    def segment_words(self) -> FrozenSet[str]:
        return self._segment_sets()[0]

    def is_english(self, word: str) -> bool:
        """Whether ``word`` is in the segment lexicon (the common English
        words), the ruleset's own words included."""
        if word in self._segment_sets()[0]:  # (prepared words also fill the cache below)
            return True
        if self._english_cache is None:
            src = self._segment_source
            got = src() if callable(src) else src
            words = got.shared if isinstance(got, PreparedWords) else frozenset(got)
            self._english_cache = words & self.dictionary
        return word in self._english_cache

    def seed(self, tokens: Mapping[str, str]) -> None:
        """Precomputed tokens (the ruleset snapshot's: a name's tokens joined
        by spaces), read into the memo when a name is first asked about."""
        self._seed = tokens

    # -- public ---------------------------------------------------------------
    def tokens(self, name: str) -> Tuple[str, ...]:
        """Normalised tokens of ``name`` (memoised)."""
        hit = self._memo.get(name)
        if hit is not None:
            return hit
        seeded = self._seed.get(name)
        if seeded is not None:
            res = tuple(seeded.split(" ")) if seeded else ()
            self._memo[name] = res
            return res
        out: List[str] = []
        words = self.words(name)
        last = len(words) - 1
        for i, w in enumerate(words):
            if i == last and i > 0 and w in self.trailing:
                out.extend(self.trailing[w])
                continue
            if w == DIGIT:
                out.append(DIGIT)
                continue
            rep = self.abbreviations.get(w)
            if rep is not None:
                out.extend(rep)
            else:
                out.append(w)
        res = tuple(out)
        if len(self._memo) < 500_000:
            self._memo[name] = res
        return res

    def _words(self, name: str) -> Tuple[str, ...]:
        """Pieces of ``name`` after glued-word splitting and plural
        reduction, before abbreviations are expanded (cached as ``words``)."""
        out: List[str] = []
        keep = self.keep
        for chunk in _SEP_RE.split(name):
            if not chunk:
                continue
            if chunk.isalpha() and (chunk.islower() or chunk.isupper()):
                out.extend(self._word(chunk.lower()))  # the common case: one plain word
                continue
            low = chunk.lower()
            if low in keep:
                out.append(low)
                continue
            for piece in split_identifier(chunk):
                if piece.isdigit():
                    # "spo" + "2": rejoin when the glued form is a word
                    if out and (out[-1] + piece) in keep:
                        out[-1] = out[-1] + piece
                    else:
                        out.append(DIGIT)
                    continue
                out.extend(self._word(piece))
        return tuple(out)

    def text_tokens(self, text: str, limit: int = 240) -> Tuple[str, ...]:
        """Tokens of free text (a comment, a verbose name)."""
        return self.tokens(text[:limit])

    # -- internals -------------------------------------------------------------
    def _word(self, piece: str) -> Tuple[str, ...]:
        d = self.dictionary
        if piece in d:
            return (piece,)
        # English plurals of known words
        if len(piece) > 3 and piece.endswith("s"):
            if piece.endswith("ies") and piece[:-3] + "y" in d:
                return (piece[:-3] + "y",)
            if piece.endswith("es") and piece[:-2] in d:
                return (piece[:-2],)
            if piece[:-1] in d:
                return (piece[:-1],)
        if self._segment_cache is None and self._common_text and f" {piece} " in self._common_text:
            return (piece,)  # a common word is no glued name ('population')
        common = self._segment_sets()[0]
        if piece in common:
            return (piece,)
        seg = self.segment(piece)
        return seg if seg is not None else (piece,)

    def _segment(self, word: str) -> Optional[Tuple[str, ...]]:
        """Split a glued word into dictionary words, or None.

        Every piece must be a dictionary word of at least ``min_piece``
        letters (or a listed short word such as ``no``/``hp``), or such a
        word with an ``s`` (a plural or possessive: ``mothersname`` ->
        ``mother name``); among the splits, the one with the fewest pieces
        wins, then the one with the fewest letters in common words that are
        not the ruleset's own (``date of birth``, not ``dat eof birth``),
        then the one whose shortest piece is longest.  Linear in the word's
        length times the longest word; memoised per word.
        """
        n = len(word)
        res: Optional[Tuple[str, ...]] = None
        if 4 <= n <= 40 and word.isalpha():
            common, d, mw = self._segment_sets()
            short, mp = self.short_words, self.min_piece
            # best[i] = (pieces, letters in common words, -shortest, split) for word[:i]
            best: List[Optional[Tuple[int, int, int, Tuple[str, ...]]]] = [None] * (n + 1)
            best[0] = (0, 0, -100, ())
            for i in range(n):
                b = best[i]
                if b is None:
                    continue
                for j in range(i + 2, min(n, i + mw + 1) + 1):
                    p = word[i:j]
                    if p[-1] == "s" and len(p) > mp and p[:-1] in d:
                        p = p[:-1]  # a plural or possessive piece: mothersname, guardiansname
                    elif p not in d:
                        continue
                    if len(p) < mp and p not in short:
                        continue
                    if len(p) <= mp + 1 and p in common and p not in short:  # 'tor', 'tran': too short to trust
                        continue
                    cand = (b[0] + 1, b[1] + (len(p) if p in common else 0), max(b[2], -len(p)),
                            b[3] + (p,))
                    cur = best[j]
                    if cur is None or cand[:3] < cur[:3]:
                        best[j] = cand
            b = best[n]
            if b is not None and b[0] >= 2:
                res = b[3]
        return res
