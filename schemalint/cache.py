"""A content-hash cache of frontend results, and parallel reading.

What is cached is what a frontend made of one file (its changes), keyed
on the file's path and content hash, the frontend options (dialect
settings) and the schemalint version.  Classification and checks are not
cached: they are cheap and depend on the whole history and the ruleset,
so a ruleset change can never serve stale findings.

The cache is a SQLite file in ``.schemalint_cache/`` (config
``cache-dir``; ``--no-cache`` turns it off).  Entries are JSON decoded
into the known change types only: a cache directory committed by an
attacker cannot make schemalint run code.
"""

from __future__ import annotations

import json
import os
from typing import Callable, Iterator, List, Optional, Tuple

from . import __version__, model
from .hashing import blake2b
from .record import fields, is_dataclass
from .sources import FileIndex


def _sqlite():
    """sqlite3, imported when a cache is opened (--no-cache runs never load it)."""
    import sqlite3

    return sqlite3


_TYPES = {
    cls.__name__: cls
    for cls in (
        model.Location, model.ColumnType, model.TableRef, model.ForeignKeyRef, model.ColumnDef,
        model.CreateTable, model.Constraint, model.AddColumn, model.DropColumn, model.RenameColumn,
        model.AlterColumn, model.RenameTable, model.DropTable, model.SetComment, model.Annotate,
        model.AddConstraint, model.DropConstraint, model.Skipped, model.ParseFailure, model.FileResult,
        model.Finding, model.FileStatus,
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


class Cache(FileIndex):
    """Three tables in one SQLite file:

    * ``files``: the file index (path + size + mtime -> content hash,
      format, evidence, problems), so a warm run never reopens unchanged
      files;
    * ``results``: a frontend's result for one file, keyed on its content;
    * ``runs``: a whole ``check`` run's outcome, keyed on the content of
      every input, the configuration, the ruleset and the options.  An
      unchanged tree is answered from here without replaying anything.
    """

    def __init__(self, directory: str, salt: str):
        self.salt = salt
        os.makedirs(directory, exist_ok=True)
        ignore = os.path.join(directory, ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as fh:
                fh.write("# created by schemalint\n*\n")
        self.db = _sqlite().connect(os.path.join(directory, "cache-v2.sqlite"), timeout=5)
        with self.db:
            for table, cols in (("results", "key TEXT PRIMARY KEY, value TEXT NOT NULL"),
                                ("runs", "key TEXT PRIMARY KEY, value TEXT NOT NULL"),
                                ("files", "path TEXT PRIMARY KEY, stamp TEXT NOT NULL, value TEXT NOT NULL")):
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        self.pending: List[Tuple[str, str]] = []
        self.pending_files: List[Tuple[str, str, str]] = []
        self._stamps: Optional[dict] = None

    # -- the file index ------------------------------------------------------
    # Paths are stored as JSON strings (ASCII): a file name that is not
    # UTF-8 holds surrogates that SQLite's UTF-8 text cannot carry.
    def _stamp(self, shown: str, size: int, mtime_ns: int, forced) -> str:
        return json.dumps([self.salt, shown, size, mtime_ns, forced or ""])

    def lookup(self, abspath, shown, size, mtime_ns, forced):
        if self._stamps is None:  # one query for the whole index
            self._stamps = {p: (st, v) for p, st, v in self.db.execute("SELECT path, stamp, value FROM files")}
        got = self._stamps.get(json.dumps(abspath))
        if got is None or got[0] != self._stamp(shown, size, mtime_ns, forced):
            return None
        try:
            sha, fmt, evidence, problems = json.loads(got[1])
        except (ValueError, TypeError):
            return None
        return sha, fmt, evidence, problems

    def record(self, abspath, shown, size, mtime_ns, forced, sf) -> None:
        value = json.dumps([sf.sha, sf.format, sf.evidence, [list(p) for p in sf.problems]])
        self.pending_files.append((json.dumps(abspath), self._stamp(shown, size, mtime_ns, forced), value))

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
        self.pending.append((self.key(sf), json.dumps(encode(result), separators=(",", ":"))))

    # -- whole runs ----------------------------------------------------------
    def get_run(self, key: str) -> Optional[dict]:
        value = self._get("runs", key)
        return value if isinstance(value, dict) else None

    def put_run(self, key: str, value: dict) -> None:
        try:
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO runs (key, value) VALUES (?, ?)",
                                (key, json.dumps(encode(value), separators=(",", ":"))))
        except _sqlite().Error:
            pass

    def _get(self, table: str, key: str):
        try:
            row = self.db.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        except _sqlite().Error:
            return None
        if row is None:
            return None
        try:
            return decode(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None  # written by another version, or not ours: a miss

    def close(self) -> None:
        try:
            with self.db:
                if self.pending:
                    self.db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                                        self.pending)
                if self.pending_files:
                    self.db.executemany("INSERT OR REPLACE INTO files (path, stamp, value) VALUES (?, ?, ?)",
                                        self.pending_files)
        except _sqlite().Error:
            pass  # a cache that cannot be written is only slower
        finally:
            self.pending, self.pending_files = [], []
            self.db.close()


def open_cache(config, options) -> Optional[Cache]:
    directory = config.cache_dir
    if not os.path.isabs(directory):
        directory = os.path.join(config.root if config.path else os.getcwd(), directory)
    from . import plugins

    salt = json.dumps([__version__, options.dialect, sorted(options.dialect_globs.items()),
                       list(options.encrypted_types), sorted(plugins.entry_points("schemalint.frontends").items())])
    try:
        return Cache(directory, salt)
    except (OSError, _sqlite().Error):
        return None  # read-only checkout: run without a cache


#: Below this many files a process pool costs more than it saves.
POOL_THRESHOLD = 48


def _read_batch(read_one: Callable, batch: List, options) -> List[model.FileResult]:
    return [read_one(sf, options) for sf in batch]


def parse_many(files: List, options, jobs: int, read_one: Callable) -> Iterator[Tuple[object, model.FileResult]]:
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
