"""One declaration per input format: :class:`FrontendSpec`.

Everything the rest of schemalint needs to know about a format, apart from
reading a file (the frontend module's ``parse``), is declared in its spec:
which file endings it reads and how its content is recognised, which
*history* (the files replayed together, in order, into one schema) a file
belongs to and where the rest of that history lies, how histories of
several files join, which other histories its files are evidence for
(model files), and how a history is ordered.  :mod:`schemalint.sources` and
:mod:`schemalint.pipeline` ask the registry and never name a format.

Built-in formats register exactly like plugins: through the
``schemalint.frontends`` entry-point group of schemalint's own package
metadata (``pyproject.toml``), each entry naming a spec object in
:mod:`schemalint.formats.builtin`.  A plugin's entry may name a spec too,
or (the older contract) a frontend module with ``FORMAT``, ``SUFFIXES``,
``detect(path, head)`` and ``parse``; such a module is wrapped in a spec
with the defaults below.  Built-ins come first: a plugin cannot replace a
built-in format.

This module is on the start-up path of every run: it imports no frontend,
and a spec names its frontend module as a string, imported on first use.
"""

from __future__ import annotations

import os
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..record import dataclass

#: (directory, recursive): where the rest of a named file's history lies
HistoryDirs = List[Tuple[str, bool]]


def parent_history(fmt: str) -> Callable[[str], str]:
    """The default history: the files of one format in one directory."""

    def history(path: str) -> str:
        return f"{fmt}:{path.rsplit('/', 1)[0] if '/' in path else '.'}"

    return history


def same_directory(abspath: str, key: str) -> HistoryDirs:
    """The default place of a history's other files: the named file's
    directory, or the directory above it when the history is rooted
    higher (a history key names its root after the colon)."""
    d = os.path.dirname(abspath)
    key_dir = key.split(":", 1)[1]
    if os.path.normpath(key_dir) != os.path.normpath(_display(d)):
        return [(os.path.dirname(d), True)]
    return [(d, False)]


def _display(abspath: str) -> str:
    from ..paths import display_path

    return display_path(abspath)


def _no_dirs(abspath: str, key: str) -> HistoryDirs:
    return []


@dataclass(frozen=True)
class FrontendSpec:
    """What schemalint knows about one input format.

    ``sniff(path, text)`` returns the evidence that a file with one of the
    ``suffixes`` is in this format (a sentence such as "imports alembic"),
    or None; formats sharing a suffix are asked in ``rank`` order, and
    ``sniff=None`` claims every file with the suffix.  ``history(path)`` is
    the key of the history a file belongs to (``"<kind>:<root>"``; files
    with equal keys are replayed together) and ``history_dirs(abspath,
    key)`` where the rest of a named file's history lies, read by a
    pre-commit run that names one file.  ``evidence_for``: this format's
    files are not replayed alone but add evidence (encryption casts of
    model files) to the histories of that format under the same root.
    ``joins`` merge histories after grouping (``join(groups)`` mutates
    ``{key: [FileResult]}``); ``prepare(files, options)`` sees one
    history's source files before they are read (the SQL spec sniffs one
    dialect per migration directory there); ``order(key, results)``
    returns a history's results in replay order (default: the frontend
    module's ``order``, else natural path order).
    """

    format: str
    #: returns the frontend module (``parse``, optionally ``order``): the
    #: module is imported on first use, by an explicit import statement
    load: Callable[[], object]
    suffixes: Tuple[str, ...]
    sniff: Optional[Callable[[str, str], Optional[str]]] = None
    rank: int = 100
    #: what its content is called, in "not an input" reasons ("Alembic",
    #: "Django migration"), and the kind of file ("Python file")
    label: str = ""
    kind: str = ""
    #: history-key kinds besides the format name (SQL: "sql-file" for a
    #: standalone schema file)
    extra_kinds: Tuple[str, ...] = ()
    history: Optional[Callable[[str], str]] = None
    history_dirs: Callable[[str, str], HistoryDirs] = same_directory
    evidence_for: Optional[str] = None
    joins: Tuple[Callable[[Dict[str, list]], None], ...] = ()
    prepare: Optional[Callable[[list, object], None]] = None
    order: Optional[Callable[[str, list], list]] = None
    #: ``resolve(results)``: a history's results, once its files are
    #: together, with what one file refers to in another resolved (the
    #: models and enums of a multi-file Prisma schema); default: as they are
    resolve: Optional[Callable[[list], list]] = None
    #: ``snapshot(key)``: is this history a declarative end state of a
    #: schema (a dump, ``schema.rb``, a Prisma schema)?  A snapshot beside
    #: the migrations that built it is one schema with them
    #: (:mod:`schemalint.reconcile`)
    snapshot: Optional[Callable[[str], bool]] = None
    #: ``may_join(named_key, sibling_key)``: a file beside a named file, in
    #: another history, may still join the named file's history (standalone
    #: SQL files of one directory); read it in named-file runs
    may_join: Optional[Callable[[str, str], bool]] = None
    #: ``evidence_dirs(abspath)``: where the model files that are evidence
    #: for a file of this format lie (a Laravel migration's ``app/Models``),
    #: read in every run, named-file runs included
    evidence_dirs: Callable[[str], HistoryDirs] = lambda abspath: []
    #: ``references(path, text)``: files a file of this format makes part of
    #: its history by name (a Liquibase ``include``, ``sqlFile``), as
    #: ``(name, relative, format)``: ``relative`` names are below the file's
    #: directory, the others below the search path; read even where a walk
    #: does not go and whatever their suffix
    references: Optional[Callable[[str, str], List[Tuple[str, bool, str]]]] = None
    #: how this format writes an annotation and a suppression
    #: (:class:`schemalint.formats.syntax.Syntax`); None: source-comment
    #: directives with ``#`` only
    syntax: Optional[object] = None

    def history_key(self, path: str) -> str:
        return (self.history or parent_history(self.format))(path)

    def owns(self, key: str) -> bool:
        """Is ``key`` a history of this format?"""
        return key.split(":", 1)[0] in self.kinds

    @property
    def kinds(self) -> Tuple[str, ...]:
        """History-key kinds this spec produces (the part before the colon)."""
        return (self.format,) + self.extra_kinds

    def frontend(self):
        """The frontend module."""
        return self.load()

    def writer(self):
        """This format's :class:`~schemalint.formats.syntax.Syntax`."""
        if self.syntax is not None:
            return self.syntax
        from .syntax import DEFAULT

        return DEFAULT

    def ordered(self, key: str, results: list) -> list:
        if self.order is not None:
            out = self.order(key, results)
        elif getattr(self.frontend(), "order", None) is not None:
            out = self.frontend().order(results)
        else:
            from ..paths import natural_key

            out = sorted(results, key=lambda r: natural_key(r.path))
        return self.resolve(out) if self.resolve is not None else out




# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------

_registry: Optional[Dict[str, FrontendSpec]] = None


BUILTIN_MODULE = "schemalint.formats.builtin"


def _own_specs(entries: Dict[str, str]) -> List[FrontendSpec]:
    """The built-in specs that schemalint's own entry points name (all of
    :mod:`schemalint.formats.builtin`'s when it runs without its package
    metadata, from a source checkout on ``PYTHONPATH``).  Read from that
    module by an explicit import, never imported by name."""
    from . import builtin

    if not entries:
        return [v for v in vars(builtin).values() if isinstance(v, FrontendSpec)]
    out = []
    for name, value in entries.items():
        module, _, attr = value.partition(":")
        obj = getattr(builtin, attr.strip(), None) if module.strip() == BUILTIN_MODULE else None
        if not isinstance(obj, FrontendSpec):
            raise RuntimeError(f"schemalint's entry point {name} = {value!r} names no spec in {BUILTIN_MODULE}")
        out.append(obj)
    return out


def _from_plugin(name: str, obj) -> FrontendSpec:
    if isinstance(obj, FrontendSpec):
        return obj
    # the older plugin contract: a frontend module
    fmt = getattr(obj, "FORMAT", name)
    suffixes = tuple(s.lower() for s in (getattr(obj, "SUFFIXES", ()) or ()))
    detect = getattr(obj, "detect", None)

    def sniff(path: str, head: str) -> Optional[str]:
        try:
            claimed = detect is None or detect(path, head)
        except Exception:  # a broken plugin must not break discovery
            return None
        return f"claimed by plugin frontend {fmt!r}" if claimed else None

    return FrontendSpec(format=fmt, load=lambda: obj, suffixes=suffixes, sniff=sniff, rank=1000)


def registry() -> Dict[str, FrontendSpec]:
    """Every format's spec by name: built-ins (from schemalint's entry
    points, or its built-in module), then installed plugins."""
    global _registry
    if _registry is None:
        from .. import plugins

        specs: Dict[str, FrontendSpec] = {}
        for spec in _own_specs(plugins.own_entry_points("schemalint.frontends")):
            specs[spec.format] = spec
        for name, value in sorted(plugins.entry_points("schemalint.frontends").items()):
            if name in specs:
                continue
            try:
                obj = plugins.load("schemalint.frontends", name, value)  # an installed plugin package
            except Exception:  # a broken plugin must not break discovery of the rest
                continue
            spec = _from_plugin(name, obj)
            specs.setdefault(spec.format, spec)
        _registry = specs
    return _registry


def reset() -> None:
    """Forget the registry (tests that install or remove a plugin)."""
    global _registry, _by_suffix
    _registry = None
    _by_suffix = None


def spec(fmt: str) -> FrontendSpec:
    """The spec of format ``fmt`` (KeyError when no frontend reads it)."""
    return registry()[fmt]


def spec_of_history(key: str) -> FrontendSpec:
    kind = key.split(":", 1)[0]
    for s in registry().values():
        if kind in s.kinds:
            return s
    raise KeyError(key)


def specs() -> List[FrontendSpec]:
    return list(registry().values())


_by_suffix: Optional[List[Tuple[str, List[FrontendSpec]]]] = None


def _suffix_table() -> List[Tuple[str, List[FrontendSpec]]]:
    global _by_suffix
    if _by_suffix is None:
        table: Dict[str, List[FrontendSpec]] = {}
        for s in registry().values():
            for suf in s.suffixes:
                table.setdefault(suf.lower(), []).append(s)
        # longer endings first (".up.sql" before ".sql"), formats by rank
        _by_suffix = sorted(((suf, sorted(lst, key=lambda s: (s.rank, s.format))) for suf, lst in table.items()),
                            key=lambda kv: (-len(kv[0]), kv[0]))
    return _by_suffix


def suffixes() -> Tuple[str, ...]:
    """Every file ending some frontend reads (lower case)."""
    return tuple(suf for suf, _ in _suffix_table())


def candidates(path: str) -> List[FrontendSpec]:
    """The specs that may read ``path``, by its ending, in rank order."""
    lower = path.lower()
    for suf, lst in _suffix_table():
        if lower.endswith(suf):
            return lst
    return []


def by_suffix(path: str) -> Optional[str]:
    """The format a file's ending alone decides (a spec with no sniff), or
    None: used for a file that cannot be read, to report it in the right
    format."""
    for s in candidates(path):
        if s.sniff is None:
            return s.format
    return None


def detect(path: str, head: str) -> Tuple[Optional[str], str]:
    """``(format, evidence)``, or ``(None, reason)`` when no frontend reads
    the file."""
    cands = candidates(path)
    if not cands:
        return None, "file type schemalint does not read"
    for s in cands:
        if s.sniff is None:
            return s.format, f"file ending {_ending(path, s)}"
        evidence = s.sniff(path, head)
        if evidence:
            return s.format, evidence
    kind = next((s.kind for s in cands if s.kind), "") or f"{path.rsplit('.', 1)[-1].upper()} file"
    names = " or ".join(dict.fromkeys(_plain_name(s) for s in cands))
    return None, f"{kind} with no {names} in it"


def _ending(path: str, s: FrontendSpec) -> str:
    lower = path.lower()
    return next((suf for suf in sorted(s.suffixes, key=len, reverse=True) if lower.endswith(suf)), "")


def _plain_name(s: FrontendSpec) -> str:
    return s.label or s.format


def history_key(path: str, fmt: Optional[str]) -> str:
    """The history a file of format ``fmt`` belongs to."""
    if fmt is None:
        return f"unknown:{path}"
    try:
        return spec(fmt).history_key(path)
    except KeyError:
        return parent_history(fmt)(path)


def history_dirs(abspath: str, fmt: Optional[str], key: str) -> HistoryDirs:
    if fmt is None:
        return []
    try:
        return spec(fmt).history_dirs(abspath, key)
    except KeyError:
        return same_directory(abspath, key)


def order(key: str, results: list) -> list:
    """A history's results in replay order."""
    try:
        return spec_of_history(key).ordered(key, results)
    except KeyError:
        from ..paths import natural_key

        return sorted(results, key=lambda r: natural_key(r.path))


def join_histories(groups: Dict[str, list]) -> None:
    """Run every spec's joins over the grouped histories."""
    for s in specs():
        for join in s.joins:
            join(groups)


def evidence_dirs(abspath: str, fmt: Optional[str]) -> HistoryDirs:
    """Directories holding model files that are evidence for a file of
    format ``fmt`` at ``abspath``."""
    try:
        return spec(fmt).evidence_dirs(abspath) if fmt else []
    except KeyError:
        return []


def references(path: str, text: str, fmt: Optional[str]) -> List[Tuple[str, bool, str]]:
    """The files a file of format ``fmt`` names as part of its history
    (:attr:`FrontendSpec.references`)."""
    try:
        hook = spec(fmt).references if fmt else None
    except KeyError:
        return []
    return list(hook(path, text)) if hook is not None else []


def evidence_formats(fmt: Optional[str]) -> Tuple[str, ...]:
    """The formats whose files are evidence for histories of ``fmt``."""
    return tuple(s.format for s in specs() if s.evidence_for is not None and s.evidence_for == fmt)


def syntax_of(fmt: Optional[str]):
    """The annotation and suppression syntax of format ``fmt``."""
    try:
        return spec(fmt or "").writer()
    except KeyError:
        from .syntax import DEFAULT

        return DEFAULT


def evidence_owner(evidence_key: str, history: str) -> bool:
    """Does an evidence history (model files under a root) feed
    ``history``?"""
    try:
        ev = spec_of_history(evidence_key)
    except KeyError:
        return False
    if ev.evidence_for is None:
        return False
    target = spec(ev.evidence_for) if ev.evidence_for in registry() else None
    if target is None or not target.owns(history):
        return False
    root = os.path.abspath(evidence_key.split(":", 1)[1] or ".")
    hist_dir = os.path.abspath(history.split(":", 1)[1] or ".")
    return hist_dir == root or hist_dir.startswith(root.rstrip(os.sep) + os.sep)


def is_evidence(key: str) -> bool:
    try:
        return spec_of_history(key).evidence_for is not None
    except KeyError:
        return False


def is_snapshot(key: str) -> bool:
    try:
        s = spec_of_history(key)
    except KeyError:
        return False
    return s.snapshot is not None and s.snapshot(key)


def join_dependents(*kinds: str) -> Callable[[Dict[str, list]], None]:
    """A join for formats whose tool runs the migrations of several
    directories as one sequence (Laravel packages, Rails engines): a
    history that alters a table only another history of these kinds
    creates is replayed with it, in the format's order.  Histories that
    depend on each other this way become one."""

    def join(groups: Dict[str, list]) -> None:
        from ..model import TABLE_ALTERATIONS, CreateTable

        keys = sorted(k for k in groups if k.split(":", 1)[0] in kinds)
        if len(keys) < 2:
            return
        creators: Dict[str, List[str]] = {}
        altered: Dict[str, set] = {}
        for k in keys:
            made: set = set()
            for r in groups[k]:
                for ch in r.changes:
                    if isinstance(ch, CreateTable):
                        made.add(ch.table.name.lower())
            for t in made:
                creators.setdefault(t, []).append(k)
            altered[k] = {ch.table.name.lower() for r in groups[k] for ch in r.changes
                          if isinstance(ch, TABLE_ALTERATIONS) and ch.table is not None} - made
        parent = {k: k for k in keys}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for k in keys:
            for t in sorted(altered[k]):
                owners = creators.get(t, [])
                if len(owners) == 1 and owners[0] != k:
                    a, b = find(k), find(owners[0])
                    if a != b:
                        parent[max(a, b)] = min(a, b)
        for k in keys:
            root = find(k)
            if root != k:
                groups[root].extend(groups.pop(k))

    return join


def prepare(files: Sequence, options) -> None:
    """Let each format see its histories' files before they are read."""
    by_key: Dict[str, list] = {}
    for sf in files:
        if sf.format is not None:
            by_key.setdefault(sf.history, []).append(sf)
    for key, group in by_key.items():
        try:
            s = spec_of_history(key)
        except KeyError:
            continue
        if s.prepare is not None:
            s.prepare(sorted(group, key=lambda f: f.path), options)


__all__ = [
    "FrontendSpec", "registry", "spec", "specs", "spec_of_history", "suffixes", "candidates", "by_suffix",
    "detect", "history_key", "history_dirs", "order", "join_histories", "evidence_owner", "is_evidence",
    "prepare", "parent_history", "same_directory", "reset", "is_snapshot", "join_dependents", "evidence_dirs",
    "references",
    "evidence_formats", "syntax_of",
]
