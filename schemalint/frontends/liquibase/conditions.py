"""Changes that may not run: a drop is applied only when it surely runs.

A changeSet runs or not by conditions Liquibase decides at run time:
``context``/``contexts`` and ``labels`` (the run's ``--contexts`` and
``--label-filter``), ``dbms`` (the database it runs on), and
``<preConditions>`` with ``onFail``/``onError`` ``MARK_RAN`` or
``CONTINUE`` (the changeSet is skipped when they fail; ``HALT``, the
default, stops the whole update instead, and ``WARN`` runs it anyway).

Replay is the schema the database may have, for a data-minimization
check: a column that may exist is reported.  So in a changeSet that may not
run, what adds (tables, columns, keys, comments) is applied as before, and
what removes a column or a table (``DropColumn``, ``DropTable``, also from
``<sql>`` or ``mergeColumns``) is *not* applied: a located note says so and
why, and the column stays in the replay (the CI gate still sees
``pasien.nik`` behind ``context="test"``; an audit lists a column that a
deployment may have dropped, with the note to tell).

The same holds for what may hide a column without removing it: a
``renameColumn``/``renameTable`` that may not run is applied with the old
name kept beside the new one (``keep_old``: the database has one or the
other, both are checked), and a type change (``modifyDataType``...) is
applied with the old type kept as possible (``Column.maybe_types``;
PARSE001 where the two types classify the column apart, ``nik`` as text or
as a boolean flag).  Existence preconditions make them wait for replay as
drops do (``requires``).  A changeSet or change restricted by ``dbms`` to
another database than the *guessed* one still adds its tables and columns
where absent (:func:`additions_only`).

Two conditions are exact and keep the drop:

* a precondition that only asks whether the dropped object exists
  (``columnExists`` of the dropped column, ``tableExists`` of its table,
  in ``and``/``or``): where it fails the drop would do nothing either, so
  it is the drop's ``IF EXISTS`` (OpenMRS and OpenELIS write their drops
  so);
* a ``dbms`` when the database is set (``--dialect``, a ``dialects``
  glob).  The database a changelog names most in ``dbms=`` (the guess of
  :meth:`~.reader._Reader.choose_dbms`) still picks its SQL dialect and
  its variant changeSets, but it is the changelog's own word, which a pull
  request writes: ``dbms="h2"`` on a drop makes h2 the guess.  So a drop
  restricted by ``dbms`` (``dbms="mysql"``, ``dbms="!postgresql"``) is
  applied only for a set database.

Preconditions on existence (``columnExists``, ``tableExists``, ``not``,
``and``) about other objects become conditions on the replayed schema
(:class:`~schemalint.model.Conditions`, ``DropColumn.requires``), which
replay decides where the changeSet begins; any other precondition
(``sqlCheck``, ``changeSetExecuted``, ``rowCount``...) is decided when
the update runs, so the drop is not applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from ...model import (
    AddColumn,
    AlterColumn,
    Change,
    CreateTable,
    DropColumn,
    DropTable,
    Exists,
    RenameColumn,
    RenameTable,
    Skipped,
    TableRef,
)
from ...record import replace
from .changes import _split_names
from .tree import N

if TYPE_CHECKING:
    from .reader import _Reader

#: onFail/onError values that skip the changeSet instead of stopping the update
SKIPPING = frozenset({"CONTINUE", "MARK_RAN"})


def unsure_filters(r: _Reader, n: N) -> List[str]:
    """Why the changeSet, change or include ``n`` may not run by its own
    attributes (``context``, ``labels``, an undecided ``dbms``)."""
    why: List[str] = []
    for attr in ("context", "contexts"):
        v = (n.attrs.get(attr) or "").strip()
        if v:
            why.append(f'it runs only in context "{v}"')
    v = (n.attrs.get("labels") or "").strip()
    if v:
        why.append(f'it runs only for labels "{v}"')
    spec = (n.attrs.get("dbms") or "").strip()
    if spec and not r.dbms_known and spec.lower() not in ("all",):
        why.append(f'it runs only on dbms "{spec}", and which database this changelog runs on is not known '
                   f"(set --dialect)")
    return why


def skipping(pc: N) -> bool:
    """Do these preconditions skip the changeSet when they fail?"""
    return any((pc.attrs.get(k) or "").strip().upper() in SKIPPING for k in ("onFail", "onError"))


def _target(ch: Change):
    """The object whose absence makes ``ch`` do nothing (its precondition
    on it is its own ``IF EXISTS``), for the changes that may hide a column
    when applied although they may not run: drops, renames, type changes."""
    if isinstance(ch, DropColumn):
        return ch.table.name.lower(), ch.column.lower()
    if isinstance(ch, DropTable):
        return ch.table.name.lower(), None
    if isinstance(ch, RenameColumn) and not ch.keep_old:
        return ch.table.name.lower(), ch.old.lower()
    if isinstance(ch, RenameTable) and not ch.keep_old:
        return ch.old.name.lower(), None
    if isinstance(ch, AlterColumn) and ch.type is not None:
        return ch.table.name.lower(), ch.column.lower()
    return None


def _truth(r: _Reader, n: N) -> Optional[bool]:
    """A precondition's value where it is known before the run (``dbms``
    for a known target; ``not``/``and``/``or`` of known values), else None."""
    tag = n.tag
    if tag == "dbms":
        if not r.dbms_known or r.dbms is None:
            return None
        return r.dbms in [t.lower() for t in _split_names(n.attrs.get("type"))]
    if tag == "not":
        vals = [_truth(r, c) for c in n.children]
        if any(v is True for v in vals):
            return False
        return True if vals and all(v is False for v in vals) else None
    if tag in ("and", "preConditions"):
        vals = [_truth(r, c) for c in n.children]
        if any(v is False for v in vals):
            return False
        return True if all(v is True for v in vals) else None
    if tag == "or":
        vals = [_truth(r, c) for c in n.children]
        if any(v is True for v in vals):
            return True
        return False if vals and all(v is False for v in vals) else None
    return None


def _guards(r: _Reader, n: N, target) -> bool:
    """Where ``n`` is false, is the drop's target surely absent (so the drop
    would change nothing)?  Or is ``n`` surely true?"""
    if _truth(r, n) is True:
        return True
    table, column = target
    tag = n.tag
    if tag == "columnExists":
        return (column is not None and (r.a(n, "tableName") or "").lower() == table
                and (r.a(n, "columnName") or "").lower() == column)
    if tag == "tableExists":
        return (r.a(n, "tableName") or "").lower() == table
    if tag in ("and", "preConditions"):
        return bool(n.children) and all(_guards(r, c, target) for c in n.children)
    if tag == "or":
        return any(_guards(r, c, target) for c in n.children)
    return False


def _literals(r: _Reader, n: N) -> Optional[List[Exists]]:
    """``n`` as conditions on the replayed schema that must all hold
    (``columnExists``, ``tableExists``, their ``not``, in ``and``; each
    located at the preconditions ``where``); None when ``n`` is not such a
    conjunction (``sqlCheck``, ``changeSetExecuted``, ``or``...)."""
    if _truth(r, n) is True:
        return []
    tag = n.tag
    if tag in ("and", "preConditions"):
        out: List[Exists] = []
        for c in n.children:
            got = _literals(r, c)
            if got is None:
                return None
            out.extend(got)
        return out
    if tag in ("columnExists", "tableExists"):
        table = r.a(n, "tableName")
        column = r.a(n, "columnName") if tag == "columnExists" else None
        if not table or (tag == "columnExists" and not column):
            return None
        return [Exists(TableRef(table, r.a(n, "schemaName") or None), column, True, r.loc(n))]
    if tag == "not" and len(n.children) == 1 and n.children[0].tag in ("columnExists", "tableExists"):
        inner = _literals(r, n.children[0])
        return None if inner is None else [replace(e, present=not e.present) for e in inner]
    return None


def keep_unsure_drops(r: _Reader, start: int, why: List[str], pcs: List[N]) -> List[tuple]:
    """Decide the drops among ``r.changes[start:]`` that may not run
    (``why``: the changeSet's filters; ``pcs``: its skipping
    preconditions): a located note instead of a drop that may not run, a
    drop that waits for its conditions on the replayed schema
    (``requires``) where the preconditions are such conditions.  Returns
    those conditions, for a :class:`~schemalint.model.Conditions` where the
    changeSet begins."""
    used: List[tuple] = []
    for i in range(start, len(r.changes)):
        ch = r.changes[i]
        target = _target(ch)
        if target is None:
            continue
        reasons = list(why)
        requires: List[Exists] = []
        for pc in pcs:
            if _guards(r, pc, target):  # the drop's own IF EXISTS
                continue
            lits = _literals(r, pc)
            if lits is None:
                reasons.append("its preConditions may fail and then skip it (onFail/onError MARK_RAN or "
                               "CONTINUE), and replay cannot tell")
                break
            requires.extend(lits)
        if reasons:
            r.changes[i] = unsure_note(ch, "; ".join(reasons))
        elif requires:
            assert isinstance(ch, (DropColumn, DropTable, RenameColumn, RenameTable, AlterColumn))
            waiting = replace(ch, requires=tuple(ch.requires) + tuple(requires))
            r.changes[i] = waiting
            used.append(waiting.requires)
    return used


def unsure_note(ch: Change, why: str) -> Change:
    """What stands for a change that may not run: a note for a drop (the
    column stays), the rename applied with the old name kept (the database
    has one or the other: both are checked), an ``unfollowed`` note for a
    type change (either type may be there, and the type decides what a
    column holds: replay decides, :meth:`~schemalint.replay.Replayer._unsure_type`)."""
    if isinstance(ch, (RenameColumn, RenameTable)):
        return replace(ch, keep_old=True)
    if isinstance(ch, AlterColumn):
        return replace(ch, unsure=why)
    if isinstance(ch, DropColumn):
        what = f"column {ch.table}.{ch.column} is kept: its drop"
    else:
        assert isinstance(ch, DropTable)
        what = f"table {ch.table} is kept: its drop"
    return Skipped(f"{what} may not run ({why}), so it is not applied", ch.location)


def unsure_changes(changes, why: str) -> tuple:
    """``changes`` with their drops replaced by notes, renames keeping the
    old name, type changes unfollowed (an included file whose ``include``
    may not run)."""
    return tuple(c if _target(c) is None else unsure_note(c, why) for c in changes)


def additions_only(r: _Reader, start: int, why: str) -> None:
    """Keep, of ``r.changes[start:]`` (a changeSet or change restricted by
    ``dbms`` to another database than the guessed one), only what adds
    tables and columns: the guess is the changelog's own word, which a pull
    request writes, so an addition limited by ``dbms`` may exist.  A table
    is created if absent and each of its columns added if absent; comments
    are left out (an annotation there would speak for another database);
    everything else is not applied.  One located note says so."""
    kept: List[Change] = []
    where = None
    for ch in r.changes[start:]:
        if isinstance(ch, CreateTable):
            cols = tuple(replace(c, comment=None) for c in ch.columns)
            kept.append(replace(ch, columns=cols, comment=None, if_not_exists=True))
            kept.extend(AddColumn(ch.table, c, c.location, True) for c in cols)
        elif isinstance(ch, AddColumn):
            kept.append(replace(ch, column=replace(ch.column, comment=None), if_not_exists=True))
        elif isinstance(ch, Skipped) and ch.kind == "unfollowed":
            kept.append(ch)  # a rewrite (modifySql) not followed still fails closed
            continue
        else:
            continue
        where = where or ch.location
    if where is not None:
        kept.insert(0, Skipped(f"its tables and columns are added where absent although {why}; nothing else "
                               f"of it is applied", where, "note"))
    r.changes[start:] = kept
