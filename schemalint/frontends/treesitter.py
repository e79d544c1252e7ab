"""Shared helpers for frontends built on tree-sitter grammars.

Only frontends that read a language through tree-sitter import this
module, so ``tree_sitter`` and the grammar wheels are loaded only when a
file of that language is read.  Parsers are cached per language at module
level (building a ``Language`` and a ``Parser`` is the expensive part).

Grammars come from their PyPI wheels (``tree-sitter-ruby``,
``tree-sitter-php``); nothing is compiled or downloaded at run time.
"""

from __future__ import annotations

from typing import Callable, Dict, Iterator, Optional

import tree_sitter

from ..model import Location


def _ruby():
    import tree_sitter_ruby

    return tree_sitter_ruby.language()


def _php():
    import tree_sitter_php

    return tree_sitter_php.language_php()


def _php_only():
    import tree_sitter_php

    return tree_sitter_php.language_php_only()


#: grammar name -> function returning the grammar's language pointer
GRAMMARS: Dict[str, Callable[[], object]] = {
    "ruby": _ruby,
    "php": _php,
    "php_only": _php_only,
}

_languages: Dict[str, tree_sitter.Language] = {}
_parsers: Dict[str, tree_sitter.Parser] = {}


def language(name: str) -> tree_sitter.Language:
    lang = _languages.get(name)
    if lang is None:
        lang = tree_sitter.Language(GRAMMARS[name]())
        _languages[name] = lang
    return lang


def parser(name: str) -> tree_sitter.Parser:
    """The cached parser for grammar ``name`` ("ruby", "php", ...)."""
    p = _parsers.get(name)
    if p is None:
        p = tree_sitter.Parser(language(name))
        _parsers[name] = p
    return p


class TooCostly(ValueError):
    """The grammar's parser needed far more work than the file's size
    warrants (its error recovery is superlinear on some inputs: 20 KB of
    ``/*!`` took tree-sitter-php two minutes); the file is not analysed."""


#: parser progress reports allowed: this many, plus one per 4 bytes.  Real
#: migrations need about one per 100 bytes (the corpus' largest PHP files:
#: 171-320 for 16-32 KB), so the budget leaves ~25x headroom and stops a
#: pathological file in well under a second.
BUDGET_BASE = 2000
BUDGET_PER_BYTES = 4


def parse(name: str, text: str):
    """Parse ``text`` with grammar ``name``; return ``(tree, source_bytes)``.

    Locations are computed from the UTF-8 bytes given to tree-sitter, so
    keep ``source_bytes`` to turn nodes into :class:`Location` values.
    The parser's work is bounded (:data:`BUDGET_BASE`): :class:`TooCostly`
    when it runs over.
    """
    data = text.encode("utf-8", errors="surrogatepass")
    budget = BUDGET_BASE + len(data) // BUDGET_PER_BYTES
    steps = [0]

    def read(offset: int, _point) -> bytes:
        return data[offset:offset + 65536]

    def progress(*_state) -> bool:  # True cancels the parse
        steps[0] += 1
        return steps[0] > budget

    try:
        tree = parser(name).parse(read, progress_callback=progress)
    except ValueError:
        tree = None
    if tree is None or steps[0] > budget:
        parser(name).reset()
        raise TooCostly(f"tree-sitter's {name} parser gave up after {budget:,} steps on {len(data):,} bytes: "
                        f"the file's syntax is pathological (a real migration needs a few hundred); "
                        f"it was not analysed")
    return tree, data


def text(node, default: str = "") -> str:
    """A node's source text (decoded)."""
    if node is None:
        return default
    raw = node.text
    return raw.decode("utf-8", errors="replace") if raw is not None else default


def _char_col(src: bytes, byte_offset: int, byte_col: int) -> int:
    """1-based character column of ``byte_offset`` whose tree-sitter
    (byte) column is ``byte_col``: tree-sitter counts bytes, editors count
    characters."""
    if byte_col == 0:
        return 1
    start = byte_offset - byte_col
    prefix = src[start:byte_offset]
    if prefix.isascii():
        return byte_col + 1
    return len(prefix.decode("utf-8", errors="replace")) + 1


def location(node, path: str, src: bytes) -> Location:
    """The 1-based :class:`Location` where ``node`` starts (with its end
    line)."""
    row, bcol = node.start_point
    return Location(path, row + 1, _char_col(src, node.start_byte, bcol), node.end_point[0] + 1)


def iter_errors(node) -> Iterator[tree_sitter.Node]:
    """Yield ERROR and MISSING nodes in document order (not descending
    into an ERROR node)."""
    if not node.has_error:
        return
    stack = [node]
    while stack:
        n = stack.pop()
        if n.is_error or n.is_missing:
            yield n
            continue
        if n.has_error:
            stack.extend(reversed(n.children))


def first_error(node) -> Optional[tree_sitter.Node]:
    return next(iter_errors(node), None)


def describe_error(node, src: bytes) -> str:
    """A short message for an ERROR or MISSING node."""
    if node.is_missing:
        return f"syntax error: missing {node.type!r}"
    snippet = text(node).strip().split("\n", 1)[0]
    if len(snippet) > 40:
        snippet = snippet[:37] + "..."
    return f"syntax error near {snippet!r}" if snippet else "syntax error"
