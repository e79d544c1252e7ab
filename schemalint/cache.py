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

import hashlib
import json
import os
import sqlite3
from dataclasses import fields, is_dataclass
from typing import Callable, Iterator, List, Optional, Tuple

from . import __version__, model

_TYPES = {
    cls.__name__: cls
    for cls in (
        model.Location, model.ColumnType, model.TableRef, model.ForeignKeyRef, model.ColumnDef,
        model.CreateTable, model.Constraint, model.AddColumn, model.DropColumn, model.RenameColumn,
        model.AlterColumn, model.RenameTable, model.DropTable, model.SetComment, model.Annotate,
        model.AddConstraint, model.DropConstraint, model.Skipped, model.ParseFailure, model.FileResult,
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


class Cache:
    def __init__(self, directory: str, salt: str):
        self.salt = salt
        os.makedirs(directory, exist_ok=True)
        ignore = os.path.join(directory, ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as fh:
                fh.write("# created by schemalint\n*\n")
        self.db = sqlite3.connect(os.path.join(directory, "results-v1.sqlite"), timeout=5)
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self.pending: List[Tuple[str, str]] = []

    def key(self, sf) -> str:
        h = hashlib.blake2b(digest_size=20)
        hint = getattr(sf, "dialect_hint", None)
        for part in (self.salt, sf.path, sf.format or "", sf.sha, hint[0] if hint else ""):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, sf) -> Optional[model.FileResult]:
        if not sf.sha or sf.problems:
            return None
        row = self.db.execute("SELECT value FROM results WHERE key = ?", (self.key(sf),)).fetchone()
        if row is None:
            return None
        try:
            value = decode(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None
        return value if isinstance(value, model.FileResult) else None

    def put(self, sf, result: model.FileResult) -> None:
        if not sf.sha or sf.problems:
            return
        self.pending.append((self.key(sf), json.dumps(encode(result), separators=(",", ":"))))

    def close(self) -> None:
        try:
            if self.pending:
                with self.db:
                    self.db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                                        self.pending)
        except sqlite3.Error:
            pass  # a cache that cannot be written is only slower
        finally:
            self.db.close()


def open_cache(config, options) -> Optional[Cache]:
    directory = config.cache_dir
    if not os.path.isabs(directory):
        directory = os.path.join(config.root if config.path else os.getcwd(), directory)
    salt = json.dumps([__version__, options.dialect, sorted(options.dialect_globs.items()),
                       list(options.encrypted_types)])
    try:
        return Cache(directory, salt)
    except (OSError, sqlite3.Error):
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
