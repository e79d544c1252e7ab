"""Stage 1: find input files, decide their format, group them into
migration histories and order each history the way its framework does.

Nothing here imports a frontend: detection is by path and a content sniff
(:mod:`schemalint.sources.detect`), so a pre-commit run on one Alembic file
never imports sqlglot.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Sequence, Tuple

from .. import formats
from ..hashing import blake2b
from ..paths import MIGRATION_DIR_NAMES, display_path, natural_key  # noqa: F401 - natural_key re-exported
from ..record import dataclass, field
from .detect import candidate_suffixes, detect, expected_input

if TYPE_CHECKING:
    from .live import url as live_url


def _url():
    """:mod:`.live.url`, imported when an argument may be a URL (a run on
    files does not load the live-database readers)."""
    from .live import url

    return url


#: Directories never walked into (a named path is always read).
SKIP_DIRS = {
    ".git", ".hg", ".svn", "node_modules", "vendor", ".venv", "venv", "env", "__pycache__",
    ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".schemalint_cache",
    "site-packages", "dist", "build",
}

#: Never walked into, even in a migration directory: version control data.
_VCS_DIRS = {".git", ".hg", ".svn"}

#: Default largest file read (bytes); larger files are reported, not read.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024


class SourceFile:
    """One input file.

    Its text is read and decoded on first use: a warm run whose file
    index (see :class:`FileIndex`) already knows every file's content hash
    and format never opens the files at all.
    """

    __slots__ = ("path", "abspath", "format", "evidence", "_text", "problems", "explicit", "expanded",
                 "history", "sha", "dialect_hint")

    def __init__(self, path: str, abspath: str, format: Optional[str], evidence: str,
                 text: Optional[str] = None, problems: Optional[List[Tuple[str, bool]]] = None,
                 explicit: bool = False, expanded: bool = False, history: str = "", sha: str = "",
                 dialect_hint: Optional[Tuple[str, str]] = None):
        self.path = path  # as shown in findings: relative to the working directory when inside it
        self.abspath = abspath
        self.format = format
        self.evidence = evidence  # why this format, or why the file is not an input
        self._text = text
        #: a problem reading the file: (message, is_failure).  Failures fail
        #: closed (PARSE001); others are notes.
        self.problems: List[Tuple[str, bool]] = list(problems or ())
        self.explicit = explicit  # named on the command line (not found by a walk)
        self.expanded = expanded  # read only because a named file's history may need it
        self.history = history  # the key of the migration history this file belongs to
        self.sha = sha  # content hash (for the cache)
        #: SQL only: (dialect, evidence) sniffed over the whole history
        self.dialect_hint = dialect_hint

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _load_text(self.abspath)
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    def __getstate__(self):
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)

    def __repr__(self) -> str:
        return f"SourceFile({self.path!r}, format={self.format!r})"


#: the end of the evidence of a file whose content no frontend recognised
_NOT_RECOGNISED = ("in it", "model casts", "encrypted attributes", "not a Liquibase changelog")


def _size(abspath: str) -> int:
    try:
        return os.stat(abspath).st_size
    except OSError:
        return 0


def unreadable(abspath: str, shown: str, message: str, evidence: str) -> SourceFile:
    """A path that must fail closed (a directory that cannot be read, a
    file no frontend recognises where migrations live): a PARSE001 at its
    first line, replayed as a history of its own."""
    fmt = formats.by_suffix(shown) or "unknown"
    sf = SourceFile(shown, abspath, fmt, evidence, text="", problems=[(message, True)])
    sf.history = history_key(shown, fmt)
    return sf


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return name
    return "special file"


def read_regular(abspath: str) -> bytes:
    """A regular file's bytes.  Opened without blocking and checked after
    opening (``fstat``), so a FIFO or device put in its place between a
    ``stat`` and the ``open`` is never read: OSError instead."""
    fd = os.open(abspath, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"not a regular file ({_kind(mode)})")
        return fh.read()


def _load_text(abspath: str) -> str:
    """The decoded text of a file whose problems were recorded when it was
    first read (a file that cannot be read has no text)."""
    try:
        data = read_regular(abspath)
    except OSError:
        return ""
    text, _ = decode(data)
    return text or ""


class FileIndex:
    """What reading a file taught us, by path and stat: content hash,
    format, evidence, problems.  :mod:`schemalint.cache` implements it.

    ``lookup`` returns ``(sha, format, evidence, problems)`` when the file's
    stat data (``st``: size, modification and change times, inode) are
    unchanged, else None."""

    def lookup(self, abspath: str, shown: str, st: os.stat_result, forced: Optional[str]):
        return None

    def record(self, abspath: str, shown: str, st: os.stat_result, forced: Optional[str],
               sf: "SourceFile") -> None:
        return None


@dataclass
class Discovery:
    files: List[SourceFile]
    #: files found but not inputs: (path, reason)
    not_inputs: List[Tuple[str, str]]
    #: paths named on the command line
    explicit: List[str]
    #: problems with the arguments themselves: (path, message)
    missing: List[Tuple[str, str]]
    #: live databases named by URL (:mod:`schemalint.sources.live`), read by the pipeline
    databases: List[live_url.DatabaseURL] = field(default_factory=list)


def _match_glob(path: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(path, p) or fnmatch.fnmatch("/" + path, "*/" + p) for p in patterns)


def inside(real: str, root: str) -> bool:
    """Is the resolved path ``real`` the resolved directory ``root`` or below it?"""
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


class WalkProblems:
    """What a walk could not enter: ``outside`` (symbolic links leading out
    of the root: path, reason) and ``unreadable`` (directories: path,
    error message)."""

    def __init__(self):
        self.outside: List[Tuple[str, str]] = []
        self.unreadable: List[Tuple[str, str]] = []


OUTSIDE = "a symbolic link leading outside the repository: not read (the checkout is untrusted)"


def walk(root: str, exclude: Sequence[str] = (), follow_links: bool = False,
         problems: Optional[WalkProblems] = None) -> Iterable[str]:
    """Yield candidate files below ``root`` in a stable order (a directory's
    files, then its subdirectories, each sorted by name).

    Every symbolic link is resolved and checked against ``root``: a link
    leading outside it is never read nor walked (``problems.outside``).
    Links to directories inside it are walked only with
    ``follow_links``, each real directory once, so a link loop
    (``db/up -> ..``) ends.  A directory that cannot be read goes to
    ``problems.unreadable``: its files are unknown, which the caller
    reports (fail closed).  Files of every type are yielded: reading
    decides (a FIFO or a device is never opened).
    """
    problems = problems if problems is not None else WalkProblems()
    real_root = os.path.realpath(root)
    try:
        seen = {(os.stat(root).st_dev, os.stat(root).st_ino)}
    except OSError:
        seen = set()
    stack = [root]
    while stack:
        path = stack.pop()
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.unreadable.append((path, exc.strerror or str(exc)))
            continue
        subdirs = []
        # a directory of migrations: a migration tool (Flyway) runs what any of its
        # subdirectories holds, so none is skipped by its name (build/, env/, .hotfix/),
        # version control data excepted
        migrations_here = os.path.basename(path).lower() in MIGRATION_DIR_NAMES
        for e in entries:
            full = os.path.join(path, e.name)
            try:
                is_link = e.is_symlink()
                is_dir = e.is_dir()  # follows a link
            except OSError:
                is_link, is_dir = False, False
            if is_link and not inside(os.path.realpath(full), real_root):
                if is_dir or e.name.lower().endswith(candidate_suffixes()):
                    problems.outside.append((full, OUTSIDE))
                continue
            if not is_dir:
                yield full
            elif (not (is_link and not follow_links)
                  and (e.name not in _VCS_DIRS if migrations_here
                       else e.name not in SKIP_DIRS and not e.name.startswith("."))
                  and not _match_glob(display_path(full), exclude)):
                subdirs.append(full)
        for full in reversed(subdirs):  # popped in name order
            try:
                st = os.stat(full)
            except OSError as exc:
                problems.unreadable.append((full, exc.strerror or str(exc)))
                continue
            if (st.st_dev, st.st_ino) not in seen:  # a loop, or a second link to a walked directory
                seen.add((st.st_dev, st.st_ino))
                stack.append(full)


def _named_root(abspath: str, cwd_real: str) -> Optional[str]:
    """The root a named path's links are checked against: the working
    directory (the repository, for the pre-commit hook and CI) when the
    path is written below it; None for a path elsewhere (the user's own
    choice on the command line)."""
    cwd = os.getcwd()
    if inside(abspath, cwd) or inside(abspath, cwd_real):
        return cwd_real
    return None


def discover(
    paths: Sequence[str],
    *,
    exclude: Sequence[str] = (),
    format_overrides: Optional[Dict[str, str]] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
    expand_history: bool = True,
    index: Optional[FileIndex] = None,
) -> Discovery:
    """Find and read the inputs under ``paths``.

    A named file is always an input (reported with a reason when it cannot
    be read).  With ``expand_history``, the other migrations of a named
    file's history are read too, so replay sees the whole history (see
    docs/pre-commit.md); they are marked ``explicit=False``.  Symbolic
    links are checked against the root on every path (:func:`walk`, the
    named files, their histories): one leading outside is not read.
    """
    format_overrides = format_overrides or {}
    files: Dict[str, SourceFile] = {}
    not_inputs: List[Tuple[str, str]] = []
    missing: List[Tuple[str, str]] = []
    explicit: List[str] = []
    cwd_real = os.path.realpath(os.getcwd())
    problems = WalkProblems()

    def consider(full: str, is_explicit: bool, root: Optional[str], own_link_only: bool = False,
                 named_as: Optional[str] = None) -> Optional[SourceFile]:
        """``root``: the directory the file must resolve into (None: no
        check, e.g. a walk, which checks its own links); ``own_link_only``:
        its directory was checked already, only the file may be a link."""
        ab = os.path.abspath(full)
        if ab in files:
            if is_explicit:
                files[ab].explicit = True
            return files[ab]
        shown = display_path(ab)
        if _match_glob(shown, exclude) and not is_explicit:
            return None
        forced = next((fmt for pat, fmt in format_overrides.items() if _match_glob(shown, [pat])), named_as)
        lower = shown.lower()
        if forced is None and not lower.endswith(formats.suffixes()):
            if is_explicit:
                not_inputs.append((shown, "file type schemalint does not read"))
            return None
        if root is not None and (not own_link_only or os.path.islink(ab)) and not inside(
                os.path.realpath(ab), root):
            not_inputs.append((shown, OUTSIDE))
            return None
        sf = read_source(ab, shown, max_bytes=max_bytes, forced_format=forced, index=index)
        sf.explicit = is_explicit
        if sf.format is None and sf.evidence.endswith(_NOT_RECOGNISED) and expected_input(
                shown, _size(ab), is_explicit):
            why = "was named" if is_explicit else "sits in a migrations directory"
            sf = unreadable(ab, shown, f"{sf.evidence}, but it {why}: no frontend recognises it, and it may "
                                       f"change the schema; exclude it in configuration (with the reason) if it "
                                       f"does not", "not recognised")
            sf.explicit = is_explicit
            files[ab] = sf
            return sf
        if sf.format is None:
            not_inputs.append((shown, sf.evidence))
            return None
        files[ab] = sf
        return sf

    databases: List[live_url.DatabaseURL] = []
    for p in paths:
        if "://" in str(p) and _url().is_url(p):  # a database: read by the pipeline, never walked
            url = _url()
            try:
                db = url.parse(p)
            except url.URLError as exc:
                missing.append(("database URL", str(exc)))
                continue
            if db.display not in [d.display for d in databases]:
                databases.append(db)
            continue
        if not os.path.exists(p):
            missing.append((p, "no such file or directory"))
            continue
        if os.path.isdir(p):
            for full in walk(p, exclude, follow_links, problems):  # walk checks its links
                consider(full, False, None)
        else:
            explicit.append(display_path(os.path.abspath(p)))
            consider(p, True, _named_root(os.path.abspath(p), cwd_real))

    result = list(files.values())
    for sf in result:
        sf.history = history_key(sf.path, sf.format)
    if expand_history:
        named = [sf for sf in result if sf.explicit]
        for sf in named:
            dirs = history_dirs(sf)
            root = _named_root(sf.abspath, cwd_real)
            if root is None:  # named outside the working directory: its history's directories bound it
                root = os.path.realpath(os.path.commonpath([os.path.dirname(sf.abspath)] + [d for d, _ in dirs]))
            for sibling_dir, recursive in dirs:
                if not os.path.isdir(sibling_dir) or not inside(os.path.realpath(sibling_dir), root):
                    continue
                it = walk(sibling_dir, exclude, follow_links, WalkProblems()) if recursive else (
                    os.path.join(sibling_dir, n) for n in sorted(os.listdir(sibling_dir))
                )
                for full in it:
                    if os.path.isfile(full) and os.path.abspath(full) not in files:
                        before = len(not_inputs)
                        other = consider(full, False, root, own_link_only=True)
                        # siblings that are not inputs are not news, unless they are links out
                        del not_inputs[before:]
                        if other is None and os.path.islink(full) and not inside(os.path.realpath(full), root):
                            not_inputs.append((display_path(os.path.abspath(full)), OUTSIDE))
                        if other is not None:
                            other.expanded = True
                            other.history = history_key(other.path, other.format)
                            named_spec = formats.registry().get(sf.format or "")
                            joinable = (named_spec is not None and named_spec.may_join is not None
                                        and named_spec.may_join(sf.history, other.history))
                            if other.history != sf.history and not joinable:
                                files.pop(os.path.abspath(full), None)
        result = list(files.values())
    _read_evidence(result, files, consider, exclude, follow_links, not_inputs)
    roots = [cwd_real] + sorted((os.path.realpath(p) for p in paths if os.path.isdir(p)), key=len)
    _read_references(files, consider, roots, not_inputs)
    result = list(files.values())
    for path, _reason in problems.outside:
        not_inputs.append((display_path(os.path.abspath(path)), OUTSIDE))
    for path, error in problems.unreadable:
        ab = os.path.abspath(path)
        result.append(unreadable(ab, display_path(ab), f"cannot read directory: {error}; the files in it "
                                                       f"were not analysed", "unreadable directory"))
    result.sort(key=lambda s: s.path)
    return Discovery(result, sorted(set(not_inputs)), explicit, missing, databases)


def _read_evidence(result: List[SourceFile], files: Dict[str, SourceFile], consider, exclude: Sequence[str],
                   follow_links: bool, not_inputs: List[Tuple[str, str]]) -> None:
    """Read the model files that are evidence for the histories found
    (a Laravel migration's ``app/Models``, a Rails one's ``app/models``),
    in every run: a pre-commit run on one migration, or a run on the
    migrations directory alone, must see the project's ``$casts`` and
    ``encrypts`` as a whole-project run does.  Where they lie is each
    format's spec (``evidence_dirs``); a file found there is kept only when
    it is a model file that feeds one of the histories read."""
    targets: Dict[Tuple[str, bool], List[SourceFile]] = {}
    for sf in result:
        if sf.format is None:
            continue
        for d in formats.evidence_dirs(sf.abspath, sf.format):
            targets.setdefault((os.path.abspath(d[0]), d[1]), []).append(sf)
    for (directory, recursive), owners in sorted(targets.items()):
        if not os.path.isdir(directory):
            continue
        it = walk(directory, exclude, follow_links) if recursive else (
            os.path.join(directory, n) for n in sorted(os.listdir(directory)))
        for full in it:
            ab = os.path.abspath(full)
            if ab in files or not os.path.isfile(full):
                continue
            before = len(not_inputs)
            other = consider(full, False, None)
            del not_inputs[before:]  # files beside the models that are not inputs are not news
            if other is None:
                continue
            other.history = history_key(other.path, other.format)
            if not any(formats.evidence_owner(other.history, o.history) for o in owners):
                files.pop(ab, None)
                continue
            other.expanded = True


def _read_references(files: Dict[str, SourceFile], consider, roots: List[str],
                     not_inputs: List[Tuple[str, str]]) -> None:
    """Read the files an input runs by name (``formats.references``: a
    Liquibase ``include`` or ``sqlFile``), in every run, even where a walk
    does not go (``node_modules/``, a hidden directory) and whatever their
    suffix (``sqlFile path="add.txt"`` is SQL): Liquibase runs them.  A
    name is looked up below the file's directory when it is relative to
    it, else below each directory from the file's up to the repository
    (the search path); one that resolves outside the repository (the
    working directory, else the directory walked) is never read (its
    ``include``/``sqlFile`` keeps its located note)."""
    todo = [sf for sf in files.values() if sf.format is not None]
    while todo:
        sf = todo.pop(0)
        if sf.problems and any(f for _, f in sf.problems):
            continue
        try:
            refs = formats.references(sf.path, sf.text, sf.format)
        except Exception:  # the frontend reports the file when it parses it
            refs = []
        if not refs:
            continue
        here = os.path.dirname(sf.abspath)
        real = os.path.realpath(sf.abspath)
        root = next((r for r in roots if inside(real, r)), os.path.realpath(here))
        for name, relative, fmt in refs:
            if os.path.isabs(name) or "\0" in name:
                continue
            bases = [here]
            if not relative:
                d = here
                while inside(os.path.realpath(d), root) and os.path.dirname(d) != d:
                    bases.append(d)
                    d = os.path.dirname(d)
            for base in bases:
                full = os.path.normpath(os.path.join(base, name))
                if not os.path.isfile(full):
                    continue
                ab = os.path.abspath(full)
                if ab in files:
                    break
                if not inside(os.path.realpath(full), root):
                    not_inputs.append((display_path(ab), OUTSIDE))
                    break
                other = consider(full, False, root, named_as=fmt)
                if other is not None:
                    other.history = history_key(other.path, other.format)
                    todo.append(other)
                break


# --------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------


def read_source(abspath: str, shown: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                forced_format: Optional[str] = None, index: Optional[FileIndex] = None) -> SourceFile:
    """Read, hash, decode and detect one file (or learn it all from the
    index when the file has not changed since)."""
    sf = SourceFile(shown, abspath, None, "")
    try:
        st = os.stat(abspath)
    except OSError as exc:
        sf.format = forced_format or formats.by_suffix(shown) or "unknown"
        sf.evidence = "unreadable"
        sf.problems.append((f"cannot read file: {exc.strerror or exc}", True))
        return sf
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block the run, a device never end
        sf.evidence = f"not a regular file ({_kind(st.st_mode)}): never opened"
        return sf
    if index is not None:
        hit = index.lookup(abspath, shown, st, forced_format)
        if hit is not None:
            sf.sha, sf.format, sf.evidence, problems = hit
            sf.problems = [tuple(p) for p in problems]
            if any(f for _, f in sf.problems) or sf.format is None:
                sf.text = ""  # nothing to read: unreadable, binary or not an input
            return sf
    _read_into(sf, st.st_size, max_bytes, forced_format)
    if index is not None and sf.sha:
        index.record(abspath, shown, st, forced_format, sf)
    return sf


def _read_into(sf: SourceFile, size: int, max_bytes: int, forced_format: Optional[str]) -> None:
    shown = sf.path
    if size > max_bytes:
        sf.format = forced_format or formats.by_suffix(shown) or "unknown"
        sf.evidence = "too large to read"
        sf.problems.append((
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
            f"(max-file-size); it was not analysed", True))
        sf.text = ""
        return
    try:
        data = read_regular(sf.abspath)
    except OSError as exc:
        sf.format = forced_format or formats.by_suffix(shown) or "unknown"
        sf.evidence = "unreadable"
        sf.problems.append((f"cannot read file: {exc.strerror or exc}", True))
        sf.text = ""
        return
    sf.sha = blake2b(data, digest_size=16).hexdigest()
    text, problem = decode(data)
    if text is not None and text.startswith("version https://git-lfs.github.com/spec/"):
        # the checkout holds a Git LFS pointer, not the file: what it stands for is unknown
        sf.format = forced_format or formats.by_suffix(shown) or "unknown"
        sf.evidence = "Git LFS pointer"
        sf.problems.append(("file is a Git LFS pointer: its content is not in this checkout (fetch it with "
                            "'git lfs pull', or 'lfs: true' in actions/checkout)", True))
        sf.text = ""
        return
    if text is not None and shown.endswith(".py"):
        text, problem, fatal = python_source(data, text, problem)
        if fatal:
            sf.format = forced_format or formats.by_suffix(shown) or "unknown"
            sf.evidence = "unreadable Python"
            sf.problems.append((problem or "unreadable Python source", True))
            sf.text = ""
            return
    if text is None:
        sf.text = ""
        sf.format = forced_format or formats.by_suffix(shown)
        if sf.format is None:
            sf.evidence = "binary file"
            return
        sf.evidence = "binary content"
        sf.problems.append((problem or "binary content", True))
        return
    if problem:
        sf.problems.append((problem, False))
    sf.text = text
    if forced_format:
        sf.format, sf.evidence = forced_format, "format set by configuration"
    else:
        sf.format, sf.evidence = detect(shown, text)


def python_source(data: bytes, text: str, note: Optional[str]) -> Tuple[str, Optional[str], bool]:
    """A Python file as Python reads it: in the encoding a PEP 263 coding
    cookie on its first or second line declares (``# -*- coding: utf-7 -*-``
    makes ``+AAo-`` a line break, so a "comment" holds code the migration
    runs).  ``(text, note, fatal)``; fatal when Python could not read it
    either (an unknown encoding, bytes the declared one cannot decode): the
    file is then reported, not analysed."""
    head = data[:400].split(b"\n", 2)[:2]
    if not any(b"coding" in line for line in head):
        return text, note, False
    import codecs
    import io
    import tokenize

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        codec = codecs.lookup(encoding).name
    except (SyntaxError, LookupError) as exc:
        return text, f"Python cannot read the file: {exc}", True
    if codec in ("utf-8", "utf-8-sig"):
        return text, note, False
    try:
        decoded = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        return text, f"the file declares the {encoding} encoding, which cannot decode it: {exc}", True
    if "\r" in decoded:
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    return decoded, f"the file declares the {encoding} encoding (PEP 263); read in it, as Python does", False


def decode(data: bytes) -> Tuple[Optional[str], Optional[str]]:
    """Decode file bytes: ``(text, note)``; text None for binary content.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such;
    other bytes that are not UTF-8 are read as Latin-1 with a note that
    names the first bad byte's line.  Line endings are normalised to \\n so
    locations agree with editors.
    """
    note = None
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32", errors="replace")
        note = "file is UTF-32 encoded; read as such"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        note = "file is UTF-16 encoded; read as such"
    else:
        if b"\x00" in data[:8192]:
            return None, "binary content (NUL bytes): not a text file"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            text = data.decode("latin-1")
            note = (f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}); "
                    f"read as Latin-1")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", " ")
        note = (note + "; " if note else "") + "NUL characters replaced by spaces"
    return text, note


# --------------------------------------------------------------------------
# Histories (each format's spec decides: schemalint.formats)
# --------------------------------------------------------------------------


def history_key(path: str, fmt: Optional[str]) -> str:
    """The migration history a file belongs to: files with the same key
    are replayed together, in order, into one schema."""
    return formats.history_key(path, fmt)


def history_dirs(sf: SourceFile) -> List[Tuple[str, bool]]:
    """Directories that hold the rest of a named file's history:
    ``(dir, recursive)``."""
    return formats.history_dirs(sf.abspath, sf.format, sf.history)
