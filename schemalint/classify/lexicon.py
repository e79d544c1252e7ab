"""Lexicons: word lists a ruleset references, such as the clinical lexicon.

A ruleset names lexicon files under ``lexicons:`` (docs/rulesets.md)::

    lexicons:
      clinical: [lexicon/clinical-en.txt, lexicon/clinical-id.txt]

A lexicon file is UTF-8 text, one word or phrase a line (``fever``,
``tekanan darah``); a line starting with ``#`` is a comment.  It says
"this word belongs to the domain" at the scale of the domain (thousands of
clinical words), where a category's vocabulary says "this phrase names this
category".  The classifier consumes a lexicon as a :class:`Lexicon`: a
frozenset of entries normalised by the classifier's own tokenizer, so an
entry matches the tokens of a column name however the name is spelled
(``tekanan_darah``, ``tekananDarah``).

A project's ruleset, and so its lexicon files, come from the checked-out
tree being linted: untrusted.  So a lexicon path is relative to the ruleset
file that names it and must stay inside that file's directory (no absolute
path, no ``..`` or symbolic link that leaves it), the file must be a regular
file of at most :data:`MAX_FILE_BYTES`, and every entry is checked (ASCII
words, at most :data:`MAX_ENTRY_CHARS` characters and :data:`MAX_WORDS`
words).
"""

from __future__ import annotations

import os
import re
from typing import Container, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from .. import lazyre
from ..hashing import sha256
from .tokens import DIGIT, split_identifier

#: the lexicon whose words only split glued names (rulesets/lexicon/words-en.txt):
#: never evidence for a category, read raw by the tokenizer
SEGMENT_LEXICON = "segment"
#: a lexicon file larger than this is refused (the clinical ones are ~50 KB)
MAX_FILE_BYTES = 1 << 20
MAX_ENTRIES = 50_000
MAX_ENTRY_CHARS = 80
MAX_WORDS = 6

# A line is blank, a comment, or an entry: up to MAX_WORDS words of ASCII
# letters and digits (a letter among them) separated by one space, '-', '_'
# or '.'.  The whole text is matched at once, because checking line by line
# costs more than the rest of loading the default ruleset; only a file that
# fails is read again line by line, to say where.
_LINE = (r"[ \t]*(?:#[^\n]*|(?=[^\n]{1,%d}(?:\n|\Z))(?=[^\n]*[A-Za-z])"
         r"[A-Za-z0-9]+(?:[ ._-][A-Za-z0-9]+){0,%d}[ \t]*)?" % (MAX_ENTRY_CHARS, MAX_WORDS - 1))
# compiled on first use: a run on the packaged ruleset (its files trusted by the
# snapshot) never checks a lexicon line
_LINE_RE = lazyre.compile(_LINE)
_TEXT_RE = lazyre.compile(r"(?:%s\n)*(?:%s)?" % (_LINE, _LINE))
_NAME_RE = lazyre.compile(r"[a-z][a-z0-9_]*")


class LexiconError(Exception):
    """A lexicon path or file that cannot be used; the ruleset loader adds
    the ruleset file, line and key."""


class LexiconFile:
    """One lexicon file: where it is, its SHA-256, and its entries as
    written.  Entries are checked when the file is read, unless the caller
    knows this exact content was checked already (the default ruleset's
    snapshot records the files it was compiled from): then they are parsed
    only if asked for."""

    __slots__ = ("path", "shown", "sha256", "_text", "_entries", "_trusted")

    def __init__(self, path: str, shown: str, sha256: str, text: str, check: bool = True):
        self.path = path  # absolute, symbolic links resolved
        self.shown = shown  # as written in the ruleset
        self.sha256 = sha256
        self._text = text
        self._entries: Optional[Tuple[str, ...]] = parse(text, shown) if check else None
        self._trusted = not check

    @property
    def entries(self) -> Tuple[str, ...]:
        if self._entries is None:
            # content the snapshot was compiled from was checked then: split it only
            self._entries = _split(self._text) if self._trusted else parse(self._text, self.shown)
        return self._entries

    def single_words(self) -> FrozenSet[str]:
        """The entries that are one word of letters, in lower case (C-level
        passes over the text: the segment lexicon has tens of thousands)."""
        if not self._trusted:
            self.entries  # noqa: B018 - checked: an unchecked file raises here
        return frozenset(filter(str.isalpha, map(str.strip, self._text.lower().splitlines())))

    def __eq__(self, other) -> bool:
        return isinstance(other, LexiconFile) and (self.path, self.sha256) == (other.path, other.sha256)

    def __hash__(self) -> int:
        return hash((self.path, self.sha256))

    def __repr__(self) -> str:
        return f"LexiconFile({self.shown!r}, sha256={self.sha256[:12]})"


def valid_name(name: object) -> bool:
    return isinstance(name, str) and _NAME_RE.fullmatch(name) is not None


def resolve(base_dir: str, rel: str) -> str:
    """The real path of lexicon file ``rel`` named by a ruleset in
    ``base_dir``; LexiconError when it is absolute or leaves ``base_dir``."""
    if os.path.isabs(rel) or rel.startswith("~") or os.path.splitdrive(rel)[0] or "\0" in rel:
        raise LexiconError(f"{rel!r}: a lexicon path is relative to the ruleset file "
                           f"(absolute paths are refused)")
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, rel))
    if os.path.commonpath([base, target]) != base:
        raise LexiconError(f"{rel!r}: a lexicon path must stay inside the directory of the ruleset "
                           f"file that names it")
    return target


def read_file(real: str, shown: str, trusted: Container[str] = ()) -> LexiconFile:
    """Read a lexicon file (``shown`` names it in messages) and check it,
    unless its SHA-256 is in ``trusted``."""
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {shown} not found") from None
    except OSError as e:
        raise LexiconError(f"lexicon file {shown}: cannot read: {e.strerror or e}") from None
    if not os.path.isfile(real):
        raise LexiconError(f"lexicon file {shown} is not a regular file")
    if st.st_size > MAX_FILE_BYTES:
        raise LexiconError(f"lexicon file {shown} is {st.st_size} bytes, more than the limit of "
                           f"{MAX_FILE_BYTES}")
    try:
        with open(real, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise LexiconError(f"lexicon file {shown}: cannot read: {e.strerror or e}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise LexiconError(f"lexicon file {shown} is more than {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LexiconError(f"lexicon file {shown} is not UTF-8 text ({e.reason} at byte {e.start})") from None
    digest = sha256(raw).hexdigest()
    return LexiconFile(real, shown, digest, text, check=digest not in trusted)


def _split(text: str) -> Tuple[str, ...]:
    """The entries of a lexicon file's text already checked (see :func:`parse`)."""
    return tuple(e for e in (line.strip() for line in text.splitlines()) if e and e[0] != "#")


def parse(text: str, shown: str) -> Tuple[str, ...]:
    """The entries of a lexicon file's text, in file order, checked."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not _TEXT_RE.fullmatch(text):
        for lineno, line in enumerate(lines, 1):
            entry = line.strip()
            if len(line) > MAX_ENTRY_CHARS and not entry.startswith("#"):
                raise LexiconError(f"{shown}:{lineno}: an entry is at most {MAX_ENTRY_CHARS} characters")
            if not _LINE_RE.fullmatch(line):
                raise LexiconError(
                    f"{shown}:{lineno}: {entry[:40]!r} is not a lexicon entry: at most {MAX_WORDS} "
                    f"words of ASCII letters and digits (a letter among them), separated by one "
                    f"space, '-', '_' or '.'")
    out = tuple(e for e in (line.strip() for line in lines) if e and e[0] != "#")
    if len(out) > MAX_ENTRIES:
        raise LexiconError(f"{shown}: {len(out)} entries, more than the limit of {MAX_ENTRIES}")
    return out


class Lexicon(frozenset):
    """A named set of normalised entries: a word (``fever``) or the words
    of a phrase joined by one space (``tekanan darah``), as the tokenizer
    produces them for a column name.  ``left_out``: the entries as written
    that the tokenizer rewrites, so they are not in the set (see
    :func:`normalise`).  ``suffixes``: word endings that make a word an
    entry whatever its stem (medical word formation: ``-ectomy``, ``-itis``).
    A word the set holds is found as that entry."""

    name: str
    max_words: int
    left_out: Tuple[str, ...]
    suffixes: Tuple[str, ...]

    def __new__(cls, name: str, entries: Iterable[str] = (), left_out: Iterable[str] = (),
                suffixes: Iterable[str] = ()):
        self = super().__new__(cls, entries)
        self.name = name
        self.max_words = max((e.count(" ") + 1 for e in self), default=0)
        self.left_out = tuple(left_out)
        #: word endings that put a word in the lexicon (``-ectomy``: a surgical removal)
        self.suffixes = tuple(suffixes)
        return self

    def __reduce__(self):
        return (Lexicon, (self.name, frozenset(self), self.left_out, self.suffixes))

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self)} entries)"

    def hits(self, tokens: Sequence[str]) -> Tuple[str, ...]:
        """The entries found in ``tokens`` (a name's normalised tokens),
        longest first at each position, each once, in order."""
        out: List[str] = []
        n = len(tokens)
        suffixes = self.suffixes
        for i in range(n):
            for k in range(min(self.max_words, n - i), 0, -1):
                cand = tokens[i] if k == 1 else " ".join(tokens[i:i + k])
                if cand in self and cand not in out:
                    out.append(cand)
            tok = tokens[i]
            if suffixes and tok not in out and tok.endswith(suffixes) and tok.isalpha():
                # at least three letters of stem before the ending: 'appendectomy', 'colitis'
                if any(tok.endswith(x) and len(tok) >= len(x) + 3 for x in suffixes):
                    out.append(tok)
        return tuple(out)


_SEPARATORS_RE = re.compile(r"[ ._-]+")


def normalise(entries: Iterable[str], tokens) -> Tuple[FrozenSet[str], Tuple[str, ...]]:
    """(entries as the classifier sees them, entries left out).

    ``tokens`` is the classifier's ``Tokenizer.tokens``: an entry is kept as
    the tokens it gives, so ``tekanan_darah`` and ``Tekanan Darah`` are the
    same entry.  An entry the tokenizer *rewrites* is left out: a glued word
    it splits, a plural it reduces, an abbreviation it expands.  Its pieces
    are the ruleset's own words, so the rewritten form names something else
    and would match columns the entry does not (``toes`` becomes ``to``,
    ``childbirth`` becomes ``child birth`` and would hit
    ``child_birth_date``, ``wart`` becomes ``whatsapp rt``).  A word the
    tokenizer rewrites cannot be recognised in a column name either, so
    nothing that could match is lost."""
    kept = set()
    left_out = []
    for e in entries:
        toks = tokens(e)
        as_written = (tuple(_SEPARATORS_RE.split(e.lower())),
                      tuple(DIGIT if p.isdigit() else p for p in split_identifier(e)))
        if toks in as_written and any(t != DIGIT for t in toks):
            kept.add(" ".join(toks))
        else:
            left_out.append(e)
    return frozenset(kept), tuple(sorted(set(left_out)))
