"""Regular expressions compiled on first use.

A module-level ``re.compile`` runs on every start, whether or not the run
needs the pattern: compiling schemalint's patterns cost ~11 ms of a
pre-commit run on one migration, most of them for inputs that were not
there (Laravel detection, retention formats, ALTER forms...).
``lazyre.compile`` returns a stand-in that hands every attribute but
``pattern`` to the compiled pattern, compiling it on first use.  It costs
one Python call more per use: patterns on a hot path stay ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Optional


class LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: "Optional[re.Pattern[str]]" = None

    @property
    def compiled(self) -> "re.Pattern[str]":
        c = self._compiled
        if c is None:
            c = self._compiled = re.compile(*self._args)
        return c

    @property
    def pattern(self) -> str:
        return self._args[0]

    def __getattr__(self, name: str):
        # match, search, finditer, sub, groupindex...: the compiled pattern's
        if name.startswith("_"):  # never for our own slots (no recursion)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self._args[0]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)
