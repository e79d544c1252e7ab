"""Regular expressions compiled on first use.

A module-level ``re.compile`` runs on every start, whether or not the run
needs the pattern: compiling schemalint's patterns cost ~11 ms of a
pre-commit run on one migration, most of them for inputs that were not
there (Laravel detection, retention formats, ALTER forms...).
``lazyre.compile`` returns a stand-in with the same methods; the first
call compiles.  Patterns on a hot path are compiled once and then looked
up directly, so the stand-in costs one attribute lookup more per call.
"""

from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled = None

    @property
    def compiled(self) -> "re.Pattern[str]":
        c = self._compiled
        if c is None:
            c = self._compiled = re.compile(*self._args)
        return c

    @property
    def pattern(self) -> str:
        return self._args[0]

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def match(self, *a, **k):
        return self.compiled.match(*a, **k)

    def fullmatch(self, *a, **k):
        return self.compiled.fullmatch(*a, **k)

    def search(self, *a, **k):
        return self.compiled.search(*a, **k)

    def finditer(self, *a, **k):
        return self.compiled.finditer(*a, **k)

    def findall(self, *a, **k):
        return self.compiled.findall(*a, **k)

    def sub(self, *a, **k):
        return self.compiled.sub(*a, **k)

    def subn(self, *a, **k):
        return self.compiled.subn(*a, **k)

    def split(self, *a, **k):
        return self.compiled.split(*a, **k)

    def __repr__(self) -> str:
        return f"lazyre.compile({self._args[0]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)
