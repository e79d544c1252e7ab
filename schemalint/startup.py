"""Start-up memory policy of the command line: no garbage collection while
long-lived objects are being made.

A run first builds what lives until the process ends: modules, the
argument parser, the ruleset and its compiled vocabulary, and (for SQL)
sqlglot's classes and dialect tables.  CPython's cyclic collector keeps
re-scanning that growing heap: one full collection alone took 17 ms of a
300 ms pre-commit run, and all of them about 30 ms.  None of those objects
is garbage.  So the command line turns the collector off at start
(:func:`begin`) and, once a stage of long-lived objects is in place
(:func:`settled`), moves everything alive into the permanent generation
(``gc.freeze``) and turns it back on: the per-file work that follows, whose
sqlglot trees do form cycles, is collected as usual, and each collection
skips the frozen start-up heap.

Classification (the engine it compiles on first use, and the caches it
fills) makes no cycles and many long-lived objects: it runs
:class:`paused`, with the collector off, and what it made is frozen
before the collector is on again (else the first collections after it
scan every classification: 100 ms on a schema of 140 tables).

Only the command line calls :func:`begin`; imported as a library
(tests, plugins), schemalint leaves the collector alone.
"""

from __future__ import annotations

import gc

_active = False


def begin() -> None:
    """Called first thing by the command line."""
    global _active
    _active = True
    gc.disable()


def settled() -> None:
    """A stage of long-lived objects is built: freeze it, collect the rest."""
    if _active:
        gc.freeze()
        gc.enable()


class building:
    """``with startup.building(): import sqlglot``: a later stage of
    long-lived objects (a parser library imported when the first file
    needs it), built with the collector paused and frozen after."""

    def __enter__(self) -> None:
        if _active:
            gc.disable()

    def __exit__(self, *exc) -> None:
        settled()


class paused:
    """``with startup.paused(): classify...``: no collection while a stage
    that makes no cycles fills the heap; the collector is on again after
    (if it was), nothing frozen."""

    def __enter__(self) -> None:
        self._was = gc.isenabled()
        if _active:
            gc.disable()

    def __exit__(self, *exc) -> None:
        if _active and self._was:
            # what the stage made lives on (the classifications, the engine's
            # caches): frozen, the next collections do not scan it again
            gc.freeze()
            gc.enable()
