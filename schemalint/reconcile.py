"""One schema, one history: a snapshot of a schema and the migrations that
built it are replayed as one.

A *snapshot* is a declarative end state of a schema: a Rails
``db/schema.rb``, a ``structure.sql`` or ``pg_dump``/``mysqldump`` file, a
Prisma schema (each format's spec says which of its histories are
snapshots).  When a snapshot sits beside the migrations that produced it,
both describe one schema: reporting both would print every finding twice,
``--diff-base`` would report a new column twice, and a commit that stages
the regenerated snapshot would be blocked on old findings.

So each snapshot is *paired* with the migration history it describes (the
snapshot's directory holds the migrations' directory, and most of the
smaller side's tables are in both), and two snapshots of one schema in
one directory pair likewise.  The migrations are replayed as usual; the
snapshot is replayed alone and then *reconciled* into that schema:

* a table or column the migrations create keeps the migrations' location,
  so findings point at the migration that introduced them (a column whose
  type the replay does not know takes the snapshot's);
* a table or column only the snapshot has (its migrations were squashed
  away, or are not among the inputs) is taken from the snapshot, located
  there, with a note;
* a column the migrations create but the snapshot lacks is a note (a stale
  snapshot, or a migration that never ran): the migrations' replay wins.

A snapshot can also be where migrations *start*: Liquibase changelogs or
Flyway scripts run on a database first loaded from a dump alter tables
only the dump creates.  Such a dump is the history's *base*
(:func:`bases`): it is replayed first, in the same replay, and the
migrations continue from it (a column a changelog drops stays dropped).

Nothing here changes how a single history replays (:mod:`schemalint.replay`).
"""

from __future__ import annotations

import posixpath
from typing import Dict, List, Set, Tuple

from . import formats
from .model import TABLE_ALTERATIONS, CreateTable, FileResult, Location, RenameTable, Skipped
from .replay import Schema

#: share of the smaller side's tables that both must have to be one schema
MIGRATIONS_OVERLAP = 0.5
SNAPSHOTS_OVERLAP = 0.8


#: a migration history is replayed on a snapshot when it alters at least
#: BASE_TABLES tables it never creates and BASE_SHARE of them are the
#: snapshot's: a column added to one table is not evidence enough
BASE_TABLES = 3
BASE_SHARE = 0.8


def _altered_tables(results: List[FileResult]) -> Set[str]:
    out: Set[str] = set()
    for r in results:
        for ch in r.changes:
            if isinstance(ch, TABLE_ALTERATIONS) and ch.table is not None:
                out.add(ch.table.name.lower())
    return out


def _created_tables(results: List[FileResult]) -> Set[str]:
    out: Set[str] = set()
    for r in results:
        for ch in r.changes:
            if isinstance(ch, CreateTable):
                out.add(ch.table.name.lower())
            elif isinstance(ch, RenameTable):
                out.add(ch.new.name.lower())
    return out


def _directory(key: str) -> str:
    """The directory a history lives in: its root, or a file's directory."""
    root = key.split(":", 1)[1]
    return posixpath.dirname(root) if posixpath.splitext(root)[1] else root


def _holds(outer: str, inner: str) -> bool:
    return outer in ("", ".") or inner == outer or inner.startswith(outer.rstrip("/") + "/")


def _overlap(a: Set[str], b: Set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def pair(groups: Dict[str, List[FileResult]]) -> Dict[str, List[str]]:
    """``{history: [snapshot histories reconciled into it]}``.

    Each snapshot goes to the migration history (not a snapshot) under its
    directory that shares the most tables with it, when they share at least
    :data:`MIGRATIONS_OVERLAP` of the smaller side; else to another
    snapshot of the same directory sharing :data:`SNAPSHOTS_OVERLAP` (the
    one with more tables is kept as the primary).  Deterministic: keys are
    visited in sorted order."""
    snaps = sorted(k for k in groups if formats.is_snapshot(k))
    if not snaps:
        return {}
    tables = {k: _created_tables(groups[k]) for k in groups if not formats.is_evidence(k)}
    migrations = sorted(k for k in tables if k not in snaps)
    out: Dict[str, List[str]] = {}
    left: List[str] = []
    for s in snaps:
        sdir = _directory(s)
        best: Tuple[float, int, str] = (0.0, 0, "")
        for m in migrations:
            if not _holds(sdir, _directory(m)):
                continue
            share = _overlap(tables[s], tables[m])
            cand = (share, len(tables[s] & tables[m]), m)
            if share >= MIGRATIONS_OVERLAP and cand[:2] > best[:2]:
                best = cand
        if best[2]:
            out.setdefault(best[2], []).append(s)
        else:
            left.append(s)
    # snapshots of one schema in one directory: the largest is the primary
    by_dir: Dict[str, List[str]] = {}
    for s in left:
        by_dir.setdefault(_directory(s), []).append(s)
    for keys in by_dir.values():
        keys.sort(key=lambda k: (-len(tables[k]), k))
        while keys:
            primary = keys.pop(0)
            same = [k for k in keys if _overlap(tables[primary], tables[k]) >= SNAPSHOTS_OVERLAP]
            if same:
                out.setdefault(primary, []).extend(same)
                keys = [k for k in keys if k not in same]
    return out


def bases(groups: Dict[str, List[FileResult]], taken: Set[str]) -> Dict[str, Tuple[str, List[str]]]:
    """``{migration history: (the snapshot it starts from, the tables that
    say so)}`` for snapshots not in ``taken`` (paired already).

    A history starts from a snapshot when it alters :data:`BASE_TABLES` or
    more tables it never creates and :data:`BASE_SHARE` of those are tables
    the snapshot creates; when several snapshots qualify, the one creating
    the most of them, and a tie is no base (the evidence does not choose).
    A snapshot is the base of one history at most: the one it explains
    most of.  Deterministic: keys are visited in sorted order."""
    snaps = sorted(k for k in groups if k not in taken and formats.is_snapshot(k))
    if not snaps:
        return {}
    created = {k: _created_tables(groups[k]) for k in snaps}
    claims: Dict[str, List[Tuple[int, str, List[str]]]] = {}
    for m in sorted(groups):
        if m in taken or formats.is_snapshot(m) or formats.is_evidence(m):
            continue
        only_altered = _altered_tables(groups[m]) - _created_tables(groups[m])
        if len(only_altered) < BASE_TABLES:
            continue
        cands = sorted(((len(only_altered & created[s]), s) for s in snaps), reverse=True)
        best, s = cands[0]
        if best < BASE_TABLES or best < BASE_SHARE * len(only_altered):
            continue
        if len(cands) > 1 and cands[1][0] == best:
            continue
        claims.setdefault(s, []).append((best, m, sorted(only_altered & created[s])))
    out: Dict[str, Tuple[str, List[str]]] = {}
    for s, cs in claims.items():
        cs.sort(key=lambda c: (-c[0], c[1]))
        if len(cs) > 1 and cs[1][0] == cs[0][0]:
            continue
        _, m, tables = cs[0]
        out[m] = (s, tables)
    return out


def base_note(base_files: List[str], tables: List[str], at: Location) -> Skipped:
    """The located note that says a history was replayed on its base."""
    return Skipped(
        f"these migrations alter {_names(tables)}, which they never create and "
        f"{base_files[0] if base_files else 'a snapshot'} does: replayed on top of it", at, "note")


def reconcile(schema: Schema, snapshot: Schema) -> None:
    """Fold a snapshot's replay into the schema of the history it describes
    (see the module docstring).  Notes are located in the snapshot."""
    only_snapshot: List[str] = []
    for key, st in snapshot.tables.items():
        mt = schema.find_table(st.ref)
        if mt is None:
            schema.tables[key] = st
            only_snapshot.append(st.ref.qualified)
            continue
        if not mt.created:  # the migrations only altered it: the snapshot knows the rest
            mt.created = True
            mt.location = st.location
            if mt.comment is None and st.comment:
                mt.comment, mt.comment_location = st.comment, st.comment_location
        extra = [c for k, c in st.columns.items() if k not in mt.columns]
        for col in extra:
            col.table = mt
            mt.columns[col.key] = col
        missing = [c.name for k, c in mt.columns.items() if k not in st.columns]
        for k, col in mt.columns.items():
            sc = st.columns.get(k)
            if sc is not None and col.comment is None and sc.comment:
                col.comment, col.comment_location = sc.comment, sc.comment_location
            if sc is not None and col.type is None and sc.type is not None:
                col.type = sc.type  # the replay does not know it (a type computed at run time): the snapshot does
        if extra and mt.created and mt.location.path not in snapshot.files:
            schema.notes.append(Skipped(
                f"{snapshot.files[0] if snapshot.files else 'the snapshot'} has "
                f"{_names([c.name for c in extra])} of {mt.ref} that the replayed migrations do not create; "
                f"read from the snapshot", extra[0].location, "note"))
        if missing:
            schema.notes.append(Skipped(
                f"the replayed migrations create {_names(missing)} of {mt.ref}, which "
                f"{snapshot.files[0] if snapshot.files else 'the snapshot'} lacks (a stale snapshot, or a "
                f"migration that never ran?)", st.location, "note"))
    if only_snapshot and schema.files:
        where = Location(snapshot.files[0] if snapshot.files else snapshot.history, 1, 1)
        schema.notes.append(Skipped(
            f"{len(only_snapshot)} table(s) of this snapshot are not created by the replayed migrations "
            f"(squashed, or not among the inputs) and are read from the snapshot: {_names(only_snapshot)}",
            where, "note"))
    for path in snapshot.files:
        if path not in schema.files:
            schema.files.append(path)
    schema.dialects.update(snapshot.dialects)
    from .access import snapshot as access_snapshot  # only a run that pairs a snapshot needs it

    access_snapshot.reconcile(schema, snapshot)  # its grants, RLS, views, functions, roles
    schema.notes.extend(snapshot.notes)
    schema.failures.extend(snapshot.failures)
    schema.orphan_annotations.extend(snapshot.orphan_annotations)
    schema.statements += snapshot.statements
    schema.noop_statements += snapshot.noop_statements


def _names(names: List[str], most: int = 8) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


__all__ = ["pair", "reconcile"]
