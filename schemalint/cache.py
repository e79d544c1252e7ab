"""The cache: what it holds, where it lives, and why a checkout cannot
forge it.  It can make a run faster, never different.

What is cached, in one SQLite file per repository (three tables):

* ``files``, the file index: a file's path and stat data (size, mtime,
  ctime, inode, device) -> its content hash, format, detection evidence
  and reading problems, so a warm run stats files instead of reading
  them.  ctime changes with every content edit, even one that keeps size
  and mtime (``touch -r``); a file changed less than :data:`SETTLE_NS`
  ago is not indexed (its next edit could share its timestamps).
* ``results``: a frontend's result (the located changes) for one file,
  keyed on its path, content hash, format, dialect hint and the salt.
* ``runs``: a whole ``check``'s outcome (file states, findings,
  suppressed findings, notes, counts), keyed on every input's content
  hash and role, the options, the configuration, the ruleset's
  fingerprint and the salt (``pipeline._run_key``).  Checks are cached
  this way, as whole runs: an unchanged tree is answered without
  replaying anything.

Every key includes the *salt*: the cache format, a fingerprint of the
installed code (:func:`code_fingerprint`: the ``RECORD`` of the installed
schemalint distribution, or the size and mtime of every source file of a
source tree or editable install, plus the version and ``RECORD`` of every
plugin distribution) and the frontend options.  Editing a rule's message
or upgrading a plugin changes it: older code never answers a run.

Where: outside the repository by default, in the user's cache directory
(:func:`user_cache_root`: ``$SCHEMALINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/schemalint``, else ``~/.cache/schemalint``) under
``repos/<hash of the repository's real path>/``.  The ``cache-dir``
setting may put it inside the repository, never outside
(:mod:`schemalint.config` checks); ``--no-cache`` turns it off.

Why a checkout cannot forge it: every stored value carries a MAC (keyed
BLAKE2b over the table, the row's key and the value) under a random key
in ``<user cache>/key``, created mode 0600 and never in the tree.  A row
whose MAC does not verify (a cache committed to the repository, a
corrupted row, one written under another key) is a miss, and so is a
value of the wrong shape; values are JSON decoded into the model's own
types only, so no entry can make schemalint run code.  The database, its
journals and the files created beside it are never opened through a
symbolic link.  A file that is not a database is replaced.  Rows unused
for :data:`PRUNE_DAYS` days are deleted (checked once a day), the
newest :data:`MAX_RUNS` runs are kept, and so are the caches of
repositories used in that time.  An internal error is never cached.
"""

from __future__ import annotations

import json
import os
import stat
import time
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, TypeVar

from . import model
from .hashing import blake2b
from .record import fields, is_dataclass
from .sources import FileIndex, SourceFile

#: the cache's format: part of the salt and of the file's name
FORMAT = 3
DB_NAME = f"cache-v{FORMAT}.sqlite"
#: files changed less than this long ago are not indexed (see the module doc)
SETTLE_NS = 2_000_000_000
#: rows and repository caches unused this long are deleted
PRUNE_DAYS = 30
#: whole-run entries kept per repository
MAX_RUNS = 64
_DAY = 86400
_MAC_HEX = 32  # BLAKE2b-128, as hex
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _sqlite():
    """sqlite3, imported when a cache is opened (--no-cache runs never load it)."""
    import sqlite3

    return sqlite3


_TYPES = {
    cls.__name__: cls
    for cls in (
        model.Location, model.ColumnType, model.TableRef, model.ForeignKeyRef, model.ColumnDef,
        model.CreateTable, model.Constraint, model.AddColumn, model.Exists, model.Conditions, model.DropColumn,
        model.RenameColumn,
        model.AlterColumn, model.RenameTable, model.DropTable, model.SetComment, model.Annotate,
        model.AddConstraint, model.DropConstraint, model.ColumnsFrom, model.DefineType, model.Block, model.Skipped,
        model.ParseFailure, model.FileResult, model.Finding, model.FileStatus, model.Edit, *model.ACCESS_CHANGES,
    )
}


def encode(obj):
    if is_dataclass(obj):
        d = {"_t": type(obj).__name__}
        for f in fields(obj):
            d[f.name] = encode(getattr(obj, f.name))
        return d
    if isinstance(obj, (list, tuple)):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


def decode(obj):
    if isinstance(obj, dict):
        t = obj.get("_t")
        if t is None:
            return {k: decode(v) for k, v in obj.items()}
        cls = _TYPES[t]  # KeyError: not one of ours -> treated as a miss
        kwargs = {k: decode(v) for k, v in obj.items() if k != "_t"}
        return cls(**kwargs)
    if isinstance(obj, list):
        return tuple(decode(x) for x in obj)
    return obj


# --------------------------------------------------------------------------
# Where, and under which key
# --------------------------------------------------------------------------


def user_cache_root() -> str:
    """The user's cache directory for schemalint (never in a checkout):
    ``$SCHEMALINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/schemalint``, else
    ``~/.cache/schemalint`` (``%LOCALAPPDATA%\\schemalint\\Cache`` on Windows)."""
    env = os.environ.get("SCHEMALINT_CACHE_DIR")
    if env:
        return os.path.abspath(os.path.expanduser(env))
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(os.path.join("~", "AppData", "Local"))
        return os.path.join(base, "schemalint", "Cache")
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "schemalint")


def directory_for(config) -> str:
    """The cache directory of this run: the configured ``cache-dir``
    (absolute, inside the repository: :mod:`schemalint.config`), else the
    user's cache keyed by the repository's real path (the configuration
    file's directory, or the current one)."""
    if config.cache_dir:
        return config.cache_dir
    root = os.path.realpath(config.root if config.path else os.getcwd())
    tag = blake2b(os.fsencode(root), digest_size=10).hexdigest()
    return os.path.join(user_cache_root(), "repos", tag)


def _secret(root: str) -> bytes:
    """The MAC key: ``<root>/key``, 32 random bytes created on first use
    with mode 0600 (OSError when it cannot be had: no cache then)."""
    os.makedirs(root, mode=0o700, exist_ok=True)
    path = os.path.join(root, "key")
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
        except FileNotFoundError:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            except FileExistsError:
                continue  # another process made it: read that one
            with os.fdopen(fd, "wb") as fh:
                key = os.urandom(32)
                fh.write(key)
            return key
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise OSError(f"{path} is not a regular file")
            key = fh.read(64)
        if len(key) >= 32:
            return key
        raise OSError(f"{path} is too short to be a key")
    raise OSError(f"cannot create {path}")


def code_fingerprint(package: str, plugins: Sequence[str]) -> str:
    """What the installed code is: the ``RECORD`` of the schemalint
    distribution installed beside ``package`` (a wheel: it lists every
    file's hash), else the relative path, size and mtime of every file
    under ``package`` (a source tree or an editable install, whose
    ``RECORD`` lists only a path hook); then, for every plugin
    distribution (``*.dist-info`` directories), its ``METADATA`` (name and
    version) and ``RECORD``."""
    h = blake2b(digest_size=16)
    record = _own_record(package)
    if record is not None:
        h.update(b"record\0" + record)
    else:
        for dirpath, dirnames, filenames in os.walk(package):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".pyc", ".pyo")):
                    continue
                full = os.path.join(dirpath, name)
                try:
                    st = os.stat(full)
                except OSError:
                    continue
                rel = os.path.relpath(full, package)
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    for dist in sorted(plugins):
        h.update(b"plugin\0" + os.fsencode(os.path.basename(dist)))
        for name in ("METADATA", "RECORD"):
            try:
                with open(os.path.join(dist, name), "rb") as fh:
                    h.update(b"\0" + blake2b(fh.read(), digest_size=16).digest())
            except OSError:
                h.update(b"\0-")
    return h.hexdigest()


def _own_record(package: str) -> Optional[bytes]:
    site = os.path.dirname(os.path.abspath(package))
    top = os.path.basename(os.path.abspath(package))
    try:
        names = os.listdir(site)
    except OSError:
        return None
    for name in sorted(names):
        if name.startswith(top + "-") and name.endswith(".dist-info"):
            try:
                with open(os.path.join(site, name, "RECORD"), "rb") as fh:
                    record = fh.read()
            except OSError:
                continue
            if f"{top}/__init__.py,".encode() in record:
                return record
    return None


def _installed_code() -> str:
    from . import plugins

    return code_fingerprint(os.path.dirname(os.path.abspath(__file__)), plugins.distributions())


# --------------------------------------------------------------------------
# The cache
# --------------------------------------------------------------------------


class Cache(FileIndex):
    """The three tables (see the module docstring), each value sealed with
    a MAC under ``secret``."""

    def __init__(self, directory: str, salt: str, secret: bytes, *, in_repository: bool = False):
        self.salt = salt
        self._secret = secret
        self.now = int(time.time())
        os.makedirs(directory, exist_ok=True)
        if in_repository:
            _create_new(os.path.join(directory, ".gitignore"), b"# created by schemalint\n*\n")
        self.path = os.path.join(directory, DB_NAME)
        self.db = _connect(self.path)
        self.pending: List[Tuple[str, str]] = []
        self.pending_files: List[Tuple[str, str, str]] = []
        self._stamps: Optional[dict] = None
        self._touched: Dict[str, List[str]] = {"results": [], "runs": [], "files": []}

    # -- sealing ---------------------------------------------------------------
    def _mac(self, table: str, key: str, value: str) -> str:
        h = blake2b(key=self._secret, digest_size=_MAC_HEX // 2)
        for part in (table, key, value):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def _seal(self, table: str, key: str, value: str) -> str:
        return self._mac(table, key, value) + value

    def _unseal(self, table: str, key: str, stored) -> Optional[str]:
        if not isinstance(stored, str) or len(stored) < _MAC_HEX:
            return None
        value = stored[_MAC_HEX:]
        import hmac

        return value if hmac.compare_digest(stored[:_MAC_HEX], self._mac(table, key, value)) else None

    # -- the file index ------------------------------------------------------
    # Paths are stored as JSON strings (ASCII): a file name that is not
    # UTF-8 holds surrogates that SQLite's UTF-8 text cannot carry.
    def _stamp(self, shown: str, st: os.stat_result, forced) -> str:
        return json.dumps([self.salt, shown, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev,
                           forced or ""])

    def lookup(self, abspath, shown, st, forced):
        if self._stamps is None:  # one query for the whole index
            try:
                rows = self.db.execute("SELECT path, stamp, value, used FROM files").fetchall()
            except _sqlite().Error:
                rows = []
            self._stamps = {p: (s, v, u) for p, s, v, u in rows}
        key = json.dumps(abspath)
        got = self._stamps.get(key)
        if got is None or got[0] != self._stamp(shown, st, forced):
            return None
        value = self._unseal("files", key + got[0], got[1])
        if value is None:
            return None
        try:
            sha, fmt, evidence, problems = json.loads(value)
            problems = [(str(m), bool(f)) for m, f in problems]
        except (ValueError, TypeError):
            return None
        if not (isinstance(sha, str) and isinstance(evidence, str) and (fmt is None or isinstance(fmt, str))):
            return None
        self._touch("files", key, got[2])
        return sha, fmt, evidence, problems

    def record(self, abspath, shown, st, forced, sf) -> None:
        if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLE_NS:
            return  # changed just now: the next edit could keep every stamp
        key, stamp = json.dumps(abspath), self._stamp(shown, st, forced)
        value = json.dumps([sf.sha, sf.format, sf.evidence, [list(p) for p in sf.problems]])
        self.pending_files.append((key, stamp, self._seal("files", key + stamp, value)))

    # -- per-file frontend results -------------------------------------------
    def key(self, sf) -> str:
        h = blake2b(digest_size=20)
        hint = getattr(sf, "dialect_hint", None)
        for part in (self.salt, sf.path, sf.format or "", sf.sha, hint[0] if hint else ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, sf) -> Optional[model.FileResult]:
        if not sf.sha or sf.problems:
            return None
        value = self._get("results", self.key(sf))
        return value if isinstance(value, model.FileResult) else None

    def put(self, sf, result: model.FileResult) -> None:
        if not sf.sha or sf.problems:
            return
        key = self.key(sf)
        self.pending.append((key, self._seal("results", key, json.dumps(encode(result), separators=(",", ":")))))

    # -- whole runs ----------------------------------------------------------
    def get_run(self, key: str) -> Optional[dict]:
        value = self._get("runs", key)
        return value if isinstance(value, dict) else None

    def put_run(self, key: str, value: dict) -> None:
        try:
            text = json.dumps(encode(value), separators=(",", ":"))
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO runs (key, value, used) VALUES (?, ?, ?)",
                                (key, self._seal("runs", key, text), self.now))
        except (_sqlite().Error, ValueError, TypeError):
            pass

    def _get(self, table: str, key: str):
        try:
            row = self.db.execute(f"SELECT value, used FROM {table} WHERE key = ?", (key,)).fetchone()
        except _sqlite().Error:
            return None
        if row is None:
            return None
        value = self._unseal(table, key, row[0])
        if value is None:
            return None  # not written under this user's key: not ours
        try:
            got = decode(json.loads(value))
        except (ValueError, KeyError, TypeError, RecursionError):
            return None  # written by another version of the model: a miss
        self._touch(table, key, row[1])
        return got

    def _touch(self, table: str, key: str, used) -> None:
        if not isinstance(used, int) or used < self.now - _DAY:  # at most one write per row and day
            self._touched[table].append(key)

    def close(self) -> None:
        sqlite3 = _sqlite()
        try:
            with self.db:
                if self.pending:
                    self.db.executemany("INSERT OR REPLACE INTO results (key, value, used) VALUES (?, ?, ?)",
                                        [(k, v, self.now) for k, v in self.pending])
                if self.pending_files:
                    self.db.executemany(
                        "INSERT OR REPLACE INTO files (path, stamp, value, used) VALUES (?, ?, ?, ?)",
                        [(k, s, v, self.now) for k, s, v in self.pending_files])
                for table, keys in self._touched.items():
                    col = "path" if table == "files" else "key"
                    self.db.executemany(f"UPDATE {table} SET used = ? WHERE {col} = ?",
                                        [(self.now, k) for k in keys])
                self._prune()
        except sqlite3.Error:
            pass  # a cache that cannot be written is only slower
        finally:
            self.pending, self.pending_files = [], []
            self.db.close()

    def _prune(self) -> None:
        """Once a day: delete rows unused for PRUNE_DAYS days, keep the
        newest MAX_RUNS runs, and drop other repositories' caches unused as
        long (only under the user's cache root)."""
        today = str(self.now // _DAY)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'pruned'").fetchone()
        if row is not None and row[0] == today:
            return
        old = self.now - PRUNE_DAYS * _DAY
        for table in ("results", "runs", "files"):
            self.db.execute(f"DELETE FROM {table} WHERE used < ?", (old,))
        self.db.execute("DELETE FROM runs WHERE key NOT IN (SELECT key FROM runs ORDER BY used DESC LIMIT ?)",
                        (MAX_RUNS,))
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('pruned', ?)", (today,))
        _prune_repositories(os.path.join(user_cache_root(), "repos"), keep=os.path.dirname(self.path),
                            older_than=old)


_TABLES = (
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, used INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, value TEXT NOT NULL, used INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, value TEXT NOT NULL, "
    "used INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
)


def _connect(path: str):
    """Open (or create) the database at ``path``; a file there that is
    not a database of this format is replaced.  Never through a symbolic
    link: not the database, not its journals."""
    sqlite3 = _sqlite()
    for attempt in range(2):
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                st = os.lstat(path + suffix)
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(st.st_mode):
                raise OSError(f"{path + suffix} is not a regular file")
        db = sqlite3.connect(path, timeout=5)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:  # new, or not ours
                with db:
                    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                        db.execute(f'DROP TABLE IF EXISTS "{name}"')
                    for ddl in _TABLES:
                        db.execute(ddl)
                    db.execute(f"PRAGMA user_version = {FORMAT}")
            return db
        except sqlite3.DatabaseError:
            db.close()
            if attempt:
                raise
            os.unlink(path)  # not a database (corrupted, or something else under our name)
    raise OSError(path)


def _create_new(path: str, data: bytes) -> None:
    """Create ``path`` with ``data`` unless something (even a dangling
    symbolic link) is there already."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    except OSError:
        return
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _prune_repositories(repos: str, keep: str, older_than: int) -> None:
    import shutil

    try:
        names = os.listdir(repos)
    except OSError:
        return
    for name in names:
        d = os.path.join(repos, name)
        if os.path.realpath(d) == os.path.realpath(keep):
            continue
        try:
            used = os.stat(os.path.join(d, DB_NAME)).st_mtime
        except OSError:
            used = 0
        if used < older_than:
            shutil.rmtree(d, ignore_errors=True)


def open_cache(config, options) -> Optional[Cache]:
    """The run's cache, or None when it cannot be had (no writable cache
    directory, a symbolic link where the database would be...): the run is
    only slower."""
    try:
        secret = _secret(user_cache_root())
        salt = json.dumps([FORMAT, _installed_code(), options.dialect, sorted(options.dialect_globs.items()),
                           list(options.encrypted_types)])
        cache = Cache(directory_for(config), salt, secret, in_repository=bool(config.cache_dir))
    except (OSError, _sqlite().Error):
        return None
    try:
        os.utime(cache.path)  # the repository's cache is in use (see _prune_repositories)
    except OSError:
        pass
    return cache


#: Below this many files a process pool costs more than it saves.
POOL_THRESHOLD = 48


_Source = TypeVar("_Source", bound=SourceFile)


def _read_batch(read_one: Callable[[_Source, Any], model.FileResult], batch: List[_Source],
                options: Any) -> List[model.FileResult]:
    return [read_one(sf, options) for sf in batch]


def parse_many(files: List[_Source], options: Any, jobs: int,
               read_one: Callable[[_Source, Any], model.FileResult]) -> Iterator[Tuple[_Source, model.FileResult]]:
    """Yield ``(source, result)`` for every file, using a process pool when
    there are many files and more than one core.

    Files go to the workers in a few batches of similar total size (one
    task per file would spend more time pickling than parsing); the order
    of the yielded pairs is not the input order."""
    if not files:
        return
    workers = jobs or (os.cpu_count() or 1)
    if workers <= 1 or len(files) < POOL_THRESHOLD:
        for sf in files:
            yield sf, read_one(sf, options)
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    try:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    except (OSError, ValueError):
        for sf in files:
            yield sf, read_one(sf, options)
        return
    # biggest first, dealt round-robin: batches of similar weight
    ordered = sorted(files, key=lambda sf: -len(sf.text))
    n = min(len(files), workers * 4)
    batches = [ordered[i::n] for i in range(n)]
    with pool:
        futures = {pool.submit(_read_batch, read_one, b, options): b for b in batches}
        for fut in cf.as_completed(futures):
            batch = futures[fut]
            try:
                results = fut.result()
            except Exception:  # a worker died: read this batch here instead
                results = [read_one(sf, options) for sf in batch]
            yield from zip(batch, results)
