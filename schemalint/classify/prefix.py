"""Column prefixes that abbreviate the table's name (issue 13).

Legacy schemas prefix every column with the table's initials or a short form:
OrangeHRM's ``hs_hr_emp_emergency_contacts`` has ``eec_name``, ``eec_home_no``;
``hs_hr_employee`` has ``emp_nick_name``; elsewhere ``users.usr_name``,
``customers.cst_phone``, ``pegawai.pgw_alamat``.  Read with the prefix, such a
name is "the name of an unknown thing 'eec'"; without it, it is a name.

A prefix is left out when

* it is the first word of most of the table's columns (more than half, at
  least two), each with more words after it (``temp1`` has none);
* it abbreviates the table's name: the initials of two or more consecutive
  words of it (``eec``: *emp emergency contacts*), or a shorter form of one
  word that keeps its first letter and its order (``emp``: *employee*,
  ``usr``: *users*, ``pgw``: *pegawai*), shorter than its singular
  (``section_name`` in ``module_acl_sections`` keeps its word);
* it means nothing itself: no vocabulary, no key, flag, time, count, money or
  meta word (``id_``, ``no_``, ``is_`` are never prefixes).

This is structure, not vocabulary: no word list is involved.
"""

from __future__ import annotations

import functools
from typing import Callable, Iterable, Optional, Tuple

from .tokens import split_identifier


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> Tuple[str, ...]:
    """``split_identifier``, once per name (a schema repeats its column names)."""
    return tuple(split_identifier(name))


@functools.lru_cache(maxsize=65536)
def _lead(name: str) -> Optional[str]:
    """The first word of a name that could be a prefix: one with more words
    after it, a letter among them (``temp1`` has none)."""
    toks = _words(name)
    return toks[0] if len(toks) >= 2 and any(t.isalpha() for t in toks[1:]) else None


def _subsequence(short: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in short)


def abbreviates(prefix: str, table: str) -> bool:
    """True when ``prefix`` is the initials of 2+ consecutive words of the
    table's name, or a shorter form of one of its words (same first letter,
    letters in order)."""
    words = [w for w in split_identifier(table) if w.isalpha()]
    if len(prefix) < 2 or not prefix.isalpha():
        return False
    n = len(words)
    for i in range(n):
        for j in range(i + 2, n + 1):
            if "".join(w[0] for w in words[i:j]) == prefix:
                return True
    return any(len(prefix) < len(_singular(w)) and w[0] == prefix[0] and _subsequence(prefix, w)
               for w in words)


def _singular(word: str) -> str:
    """``sections`` -> ``section``: a plural's singular is the word, not a short form."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def table_prefix(table: str, columns: Iterable[str],
                 meaningful: Callable[[str], bool] = lambda w: False) -> Optional[str]:
    """The prefix most columns of ``table`` share that abbreviates its name, or
    None.  ``meaningful(word)``: the word means something itself (the
    ruleset's vocabulary knows it): then it is no prefix."""
    names = list(columns)
    counts: dict = {}
    for name in names:
        lead = _lead(name)
        if lead is not None:
            counts[lead] = counts.get(lead, 0) + 1
    if not counts:
        return None
    n = max(counts.values())
    if n < 2 or 2 * n <= len(names):
        return None
    best = min(w for w, c in counts.items() if c == n)  # (a tie: the first in order)
    if not abbreviates(best, table) or meaningful(best):
        return None
    return best


def strip_prefix(name: str, prefix: str) -> Optional[str]:
    """``name`` without its leading ``prefix`` word (``eec_name`` -> ``name``,
    ``eecHomeNo`` -> ``HomeNo``), or None when it does not start with it."""
    toks = _words(name)
    if (len(toks) < 2 or toks[0] != prefix or not name.lower().startswith(prefix)
            or not any(t.isalpha() for t in toks[1:])):
        return None
    rest = name[len(prefix):].lstrip("_-. ")
    return rest or None
