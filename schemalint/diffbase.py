"""``--diff-base REF``: which findings does the change introduce?

The schema at REF is built exactly like the working tree's: REF's input
files are read from git (``git ls-tree`` and ``git cat-file``, the
plumbing behind ``git show REF:path``; nothing is checked out and the
working tree and index are never touched), written into a temporary
directory that mirrors the repository's layout, and the same pipeline
(discovery, history grouping, replay, classification, checks,
suppressions) runs there from the directory that mirrors the current
one, so every path, history key and configuration glob is the same as in
the working tree's run.  The configuration, ruleset and rule selection of
the working tree apply to both runs, so only the schema change can change
the result.

A finding of the working tree is *new* unless a finding with the same
fingerprint existed at REF.  Fingerprints are rule code, normalised
table.column by the names replay traced back to their creation, and
category; never a path or a line.  Moving or reformatting code therefore
creates nothing new, and a column renamed by a migration keeps its
identity.  One exception keeps the run fail-closed: an input-family
finding (PARSE*, an unparsable file) counts as new when the change
modified that file, because the change may hide anything inside it.

With named files (``check --diff-base REF a.sql b.sql``), REF replays
the files of every history the working tree's run replayed, as far as
they exist at REF, and its findings are collected for whole histories,
not only for the named files: a definition that moved from one file to
another is still recognised, and a file the change added is compared
with the rest of its history.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .record import dataclass, field, replace


class DiffBaseError(Exception):
    """--diff-base cannot be used (not a git repository, unknown REF...)."""


@dataclass
class Base:
    ref: str
    commit: str
    fingerprints: FrozenSet[str] = frozenset()
    #: path as shown in findings -> git blob id at REF
    blobs: Dict[str, str] = field(default_factory=dict)
    #: how many findings the replay of REF produced
    findings: int = 0
    files: int = 0

    def has(self, f) -> bool:
        from .baseline import finding_fingerprint

        if finding_fingerprint(f) not in self.fingerprints:
            return False
        if f.code.startswith("PARSE") and self.changed(f.location.path):
            return False
        return True

    def changed(self, path: str) -> bool:
        """Does the working tree's file differ from REF's (or not exist there)?"""
        oid = self.blobs.get(path)
        if oid is None:
            return True
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            return True
        return blob_id(data, len(oid)) != oid


def blob_id(data: bytes, hexlen: int = 40) -> str:
    """Git's object id of a blob (SHA-1, or SHA-256 in sha256 repositories)."""
    h = hashlib.sha256() if hexlen == 64 else hashlib.sha1()
    h.update(b"blob %d\0" % len(data))
    h.update(data)
    return h.hexdigest()


# --------------------------------------------------------------------------
# git
# --------------------------------------------------------------------------


class _GitFailed(Exception):
    pass


def _git(args: Sequence[str], cwd: str, input: Optional[bytes] = None) -> bytes:
    env = dict(os.environ)
    env.setdefault("GIT_OPTIONAL_LOCKS", "0")  # read-only: never take the index lock
    try:
        p = subprocess.run(["git", *args], cwd=cwd, input=input, capture_output=True, env=env)
    except FileNotFoundError:
        raise DiffBaseError("--diff-base needs git, and git was not found on PATH") from None
    if p.returncode != 0:
        raise _GitFailed(p.stderr.decode("utf-8", "replace").strip())
    return p.stdout


def resolve(ref: str, cwd: str) -> Tuple[str, str, str]:
    """(repository top level, prefix of ``cwd`` in it, commit id of ``ref``)."""
    if not ref or ref.startswith("-"):
        raise DiffBaseError(f"--diff-base: {ref!r} is not a git revision")
    try:
        top = _git(["rev-parse", "--show-toplevel"], cwd).decode("utf-8", "surrogateescape").strip()
        prefix = _git(["rev-parse", "--show-prefix"], cwd).decode("utf-8", "surrogateescape").strip()
    except _GitFailed:
        raise DiffBaseError(f"--diff-base {ref}: {cwd} is not inside a git repository") from None
    if not top:
        raise DiffBaseError(f"--diff-base {ref}: {cwd} is not inside a git work tree")
    try:
        commit = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd).decode().strip()
    except _GitFailed:
        commit = ""
    if not commit:
        raise DiffBaseError(
            f"--diff-base: unknown git revision {ref!r} (in CI, fetch it first: a shallow clone has no "
            f"history; e.g. actions/checkout with 'fetch-depth: 0', or 'git fetch origin <branch>')")
    return top, prefix, commit


def _tree(commit: str, top: str) -> List[Tuple[str, str, int, str]]:
    """(mode, object id, size, path) of every blob at ``commit``."""
    out = _git(["ls-tree", "-r", "-l", "-z", "--full-tree", commit], top)
    entries = []
    for rec in out.split(b"\0"):
        if not rec:
            continue
        meta, _, path = rec.partition(b"\t")
        parts = meta.split()
        if len(parts) < 4 or parts[1] != b"blob":
            continue  # submodules (commit entries)
        mode, oid, size = parts[0].decode(), parts[2].decode(), parts[3].decode()
        if mode == "120000":  # symbolic links: not followed at REF
            continue
        entries.append((mode, oid, int(size) if size.isdigit() else 0,
                        path.decode("utf-8", "surrogateescape")))
    return entries


def _cat(oids: List[str], top: str) -> Dict[str, bytes]:
    if not oids:
        return {}
    out = _git(["cat-file", "--batch"], top, input="".join(o + "\n" for o in oids).encode())
    blobs: Dict[str, bytes] = {}
    pos = 0
    while pos < len(out):
        nl = out.index(b"\n", pos)
        header = out[pos:nl].split()
        pos = nl + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        blobs[header[0].decode()] = out[pos:pos + size]
        pos += size + 1
    return blobs


# --------------------------------------------------------------------------
# Building the schema at REF
# --------------------------------------------------------------------------


def _safe_parts(path: str) -> Optional[List[str]]:
    parts = path.split("/")
    if any(p in ("", ".", "..", ".git") for p in parts) or os.path.isabs(path):
        return None
    return parts


def _under(path: str, roots: Sequence[str]) -> bool:
    return any(r == "" or path == r or path.startswith(r + "/") for r in roots)


def _wanted(path: str, roots: Optional[List[str]], named: Sequence[str], formats: Sequence[str],
            shown: str) -> bool:
    """Is this file of REF's tree worth writing out?  Candidate inputs under
    the named directories; with named files (whose histories reach beyond
    them) anywhere a directory walk would look, and the named files."""
    from .sources import SKIP_DIRS, _match_glob
    from .sources.detect import candidate_suffixes

    if path in named:
        return True
    if not (path.lower().endswith(candidate_suffixes()) or (formats and _match_glob(shown, formats))):
        return False
    if roots is None:
        dirs = path.split("/")[:-1]
        return _under(path, named) or not any(d in SKIP_DIRS or d.startswith(".") for d in dirs)
    return _under(path, roots)


def load_base(ref: str, options, config, ruleset=None, run=None, cwd: Optional[str] = None) -> Base:
    """Replay the inputs at ``ref`` and collect the fingerprints of its
    findings.  ``options`` are the working tree's run options; ``run`` its
    result: with named files, REF replays the files of the histories the
    working tree's run replayed (those that exist at REF, their histories
    expanded at REF), so both runs look at the same histories."""
    from .pipeline import RunOptions, build

    cwd = os.path.realpath(cwd or os.getcwd())
    top, prefix, commit = resolve(ref, cwd)
    top = os.path.realpath(top)

    def rel_of(p: str) -> str:
        ab = os.path.realpath(os.path.join(cwd, p))
        rel = os.path.relpath(ab, top).replace(os.sep, "/")
        if rel == ".." or rel.startswith("../"):
            raise DiffBaseError(f"--diff-base: {p} is outside the git repository {top}")
        return "" if rel == "." else rel

    args = [(p, rel_of(p)) for p in options.paths]
    named_files = [p for p in options.paths if os.path.exists(os.path.join(cwd, p))
                   and not os.path.isdir(os.path.join(cwd, p))]
    wanted_args = list(args)
    if named_files and run is not None:
        # the histories the working tree's run replayed, file by file
        seen = {p for p, _ in args}
        if config.path:  # the manifest's "file": configuration is not an input
            seen.add(os.path.relpath(os.path.abspath(config.path), cwd).replace(os.sep, "/"))
            seen.add(config.path)
        for _history, files in run.histories:
            for path in files:
                if path not in seen and os.path.isfile(os.path.join(cwd, path)):
                    seen.add(path)
                    wanted_args.append((path, rel_of(path)))
    # which parts of the tree can matter: under the named directories, or
    # (with named files, whose histories reach beyond them) the whole tree
    roots = None if named_files else [r for _, r in args]

    formats = list(config.formats)
    named_rel = [rel for _, rel in wanted_args if rel]
    chosen: List[Tuple[str, str, int]] = []
    for _mode, oid, size, path in _tree(commit, top):
        if _safe_parts(path) is None:
            continue
        shown = os.path.relpath(os.path.join(top, path), cwd).replace(os.sep, "/")
        if _wanted(path, roots, named_rel, formats, shown):
            chosen.append((path, oid, size))

    tmp = tempfile.mkdtemp(prefix="schemalint-base-")
    mirror = os.path.join(os.path.realpath(tmp), "tree")
    base = Base(ref, commit)
    try:
        small = [oid for _, oid, size in chosen if size <= config.max_file_size]
        contents = _cat(sorted(set(small)), top)
        for path, oid, size in chosen:
            dest = os.path.join(mirror, *path.split("/"))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if size > config.max_file_size:
                # not read either way: a sparse file of the same size gives the same finding
                with open(dest, "wb") as fh:
                    fh.truncate(size)
            else:
                data = contents.get(oid)
                if data is None:
                    continue
                with open(dest, "wb") as fh:
                    fh.write(data)
            shown = os.path.relpath(os.path.join(top, path), cwd).replace(os.sep, "/")
            base.blobs[shown] = oid
        here = os.path.join(mirror, *[x for x in prefix.split("/") if x])
        os.makedirs(here, exist_ok=True)

        # the same arguments, as far as REF has them (a file the change
        # added has nothing at REF to compare with: all its findings are new)
        ref_paths: List[str] = []
        for arg, rel in wanted_args:
            target = os.path.join(mirror, *[x for x in rel.split("/") if x])
            if os.path.exists(target):
                ref_paths.append(target if os.path.isabs(arg) else arg)
        ref_paths = list(dict.fromkeys(ref_paths))
        if not ref_paths:
            return base

        ref_config = config
        if options.use_cache:  # share the working tree's cache: unchanged files hit it
            from .cache import directory_for

            ref_config = replace(config, cache_dir=directory_for(config))
        ref_options = RunOptions(
            paths=ref_paths, select=options.select, ignore=options.ignore, dialect=options.dialect,
            expand_history=options.expand_history, checks=True, use_cache=options.use_cache,
            jobs=options.jobs, scope=False)
        # The pipeline shows paths relative to the current directory; running
        # it from the mirror of the current directory makes REF's paths the
        # working tree's.  (The CLI is single-threaded; the directory is
        # restored before returning.)
        old = os.getcwd()
        os.chdir(here)
        try:
            ref_run = build(ref_options, ref_config, ruleset)
        finally:
            os.chdir(old)
        base.fingerprints = frozenset(_fingerprints(ref_run.findings))
        base.findings = len(ref_run.findings)
        base.files = sum(1 for st in ref_run.files if st.state != "not-input")
        return base
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fingerprints(findings) -> List[str]:
    from .baseline import finding_fingerprint

    return [finding_fingerprint(f) for f in findings]


# --------------------------------------------------------------------------
# The configuration of REF (--base-config)
# --------------------------------------------------------------------------

_CONFIG_NAMES = (".schemalint.yaml", ".schemalint.yml", "pyproject.toml")


def base_configuration(ref: str, cwd: Optional[str] = None) -> Optional[str]:
    """The configuration file ``check`` would find at ``ref`` (from the
    current directory upwards), written with the ruleset it names (and the
    rulesets that one extends) and the baseline it names into a temporary
    directory that mirrors the repository; None when ``ref`` has no
    configuration.  ``check --diff-base REF --base-config`` uses it, so a
    pull request's own configuration, ruleset and baseline (which could
    exclude, ignore, disable or accept its findings) decide nothing.  The
    directory is removed when the process exits."""
    import atexit

    from .config import ConfigError, find_config, load_config
    from .yamlsafe import YAMLBudgetError
    from .yamlsafe import load as load_yaml

    cwd = os.path.realpath(cwd or os.getcwd())
    top, prefix, commit = resolve(ref, cwd)
    listing = {path: oid for _mode, oid, _size, path in _tree(commit, top) if _safe_parts(path) is not None}
    tmp = tempfile.mkdtemp(prefix="schemalint-base-config-")
    atexit.register(shutil.rmtree, tmp, True)
    mirror = os.path.join(os.path.realpath(tmp), "tree")

    def fetch(abspath: str) -> bool:
        rel = os.path.relpath(abspath, mirror).replace(os.sep, "/")
        oid = listing.get(rel)
        if oid is None or rel.startswith("../"):
            return False
        data = _cat([oid], top).get(oid)
        if data is None:
            return False
        os.makedirs(os.path.dirname(abspath), exist_ok=True)
        with open(abspath, "wb") as fh:
            fh.write(data)
        return True

    here = os.path.join(mirror, *[x for x in prefix.split("/") if x])
    d = here
    while True:
        for name in _CONFIG_NAMES:
            fetch(os.path.join(d, name))
        if d == mirror:
            break
        d = os.path.dirname(d)
    os.makedirs(here, exist_ok=True)
    path = find_config(here)
    if path is None or not path.startswith(mirror + os.sep):
        return None
    try:
        config = load_config(path)
    except ConfigError:
        return path  # the error is REF's, and check reports it
    if config.baseline:
        fetch(os.path.join(config.root, config.baseline))
    ruleset = config.ruleset if config.ruleset and os.path.isabs(config.ruleset) else None
    for _ in range(32):  # the extends chain
        if ruleset is None or not fetch(ruleset):
            break
        try:
            with open(ruleset, encoding="utf-8") as fh:
                doc = load_yaml(fh.read(), ruleset)
        except (OSError, ValueError, YAMLBudgetError, Exception):  # noqa: BLE001 - the loader reports it
            break
        ext = doc.get("extends") if isinstance(doc, dict) else None
        if not isinstance(ext, str) or not ext.strip() or ext.strip() == "default":
            break
        ruleset = os.path.join(os.path.dirname(ruleset), ext.strip())
    return path
