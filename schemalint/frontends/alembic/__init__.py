"""Alembic frontend: revision files read with :mod:`ast`, never imported.

A revision file is untrusted code: it is parsed, never imported, executed
or evaluated (see :mod:`.pyast`).  Only the body of the module-level
``upgrade()`` is applied; ``downgrade()`` is ignored.

Operations followed (``op.*`` and, inside ``with op.batch_alter_table(t)
as batch_op:``, the same methods on ``batch_op`` without the table name):

* ``create_table`` with ``sa.Column(name, type, *ForeignKey, nullable=,
  primary_key=, unique=, index=, comment=, info=, server_default=, doc=)``
  and table items ``PrimaryKeyConstraint``, ``UniqueConstraint``,
  ``ForeignKeyConstraint``, ``Index`` (``CheckConstraint`` is a no-op);
  ``schema=``, ``comment=`` and ``info=`` of the table;
* ``add_column``, ``drop_column``, ``alter_column`` (``new_column_name`` ->
  :class:`RenameColumn` applied last, as Alembic does; ``type_``,
  ``nullable`` and ``comment`` -> :class:`AlterColumn`; ``existing_*`` only
  describe the old state and are ignored), ``rename_table``, ``drop_table``;
* ``create_index``, ``create_unique_constraint``, ``create_primary_key``,
  ``create_foreign_key`` -> :class:`AddConstraint`; ``drop_constraint``
  and ``drop_index`` (by name) -> :class:`DropConstraint` (check
  constraints are not tracked);
* ``if_not_exists=True`` (``create_table``, ``add_column``) and
  ``if_exists=True`` (``drop_column``, ``drop_index``, ``drop_constraint``)
  as the database reads them: what is there already, or gone, is no note;
* ``create_table_comment`` / ``drop_table_comment`` -> :class:`SetComment`
  (column comments are set by ``alter_column(comment=...)``);
* ``execute("...")`` / ``execute(sa.text("..."))`` (and ``.execute`` on a
  connection from ``op.get_bind()``) with literal SQL: DDL is handed to the
  SQL frontend located at the string's place in this file; data SQL
  (UPDATE, INSERT...) is counted as a no-op without importing sqlglot.

Python around the operations: names bound to literals (module or function
level) are resolved; ``for x in <literal list>`` loops are unrolled;
module-level helper functions that call ``op`` are inlined; ``if`` bodies
are applied as if the condition held (with a note), ``else`` branches and
``except`` handlers are not (noted when they hold operations); ``try``
bodies, ``with`` blocks and ``finally`` are followed.  Data-migration code
(sessions, queries, prints) is ignored, but a bare call that hands a
database connection to a function this file does not define is noted, as
is every ``op`` call that cannot be followed: nothing that may change the
schema is dropped silently.

Types become :class:`~schemalint.model.ColumnType` (``sa.String(16)`` ->
``varchar(16)``, whose family :mod:`schemalint.types` gives); ORM types keep their class in
``hints["orm_type"]``; sqlalchemy-utils ``StringEncryptedType`` /
``EncryptedType`` (and types named in the ``encrypted-types`` option) set
``ColumnDef.encryption = "type:<Class>"``; unknown and project-specific
types are kept by name with family ``other``.

:func:`order` orders one versions directory by its ``down_revision`` /
``depends_on`` graph.

Modules: :mod:`.context` (the revision reader: statements, helpers,
loops, batches), :mod:`.ops` (a handler per ``op.*`` operation, ``_OPS``),
:mod:`.columns` (SQLAlchemy types and columns).
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set

from ...model import FileResult, Location, Skipped
from ...record import replace
from .. import pyast
from ..pyast import Source, evaluate
from .columns import _ORM_TYPES, _SQL_TYPES, column_def, column_type, looks_like_type
from .context import _Ctx

FORMAT = "alembic"

__all__ = ["FORMAT", "_ORM_TYPES", "_SQL_TYPES", "column_def", "column_type", "looks_like_type", "order",
           "parse"]


# --------------------------------------------------------------------------
# Parse
# --------------------------------------------------------------------------


def parse(source, options=None) -> FileResult:
    """Read one revision file: changes of ``upgrade()`` and the revision
    identifiers in ``meta``.  Never raises, never executes the file."""
    src = Source(source.path, source.text)
    tree = pyast.parse_module(src)
    if not isinstance(tree, ast.Module):
        return FileResult(source.path, FORMAT, (tree,), stats={"statements": 0, "noop": 0})
    try:
        return _analyse(src, tree, options)
    except RecursionError:  # pathological nesting the parser accepted
        return FileResult(source.path, FORMAT, (pyast.too_deep(src),),
                          stats={"statements": 0, "noop": 0})


def _analyse(src: Source, tree: ast.Module, options) -> FileResult:
    ctx = _Ctx(src, options, tree)
    meta = _revision_meta(ctx)
    upgrade = ctx.functions.get("upgrade")
    rebound = _rebinding(tree, "upgrade")
    if rebound is not None:
        # upgrade = _go, upgrade = lambda: ..., a decorator, a swap: which code Alembic
        # runs is decided when the module runs
        ctx.note("`upgrade` is bound at run time (an assignment or a decorator): the operations Alembic runs "
                 "for it are not followed", rebound, "unfollowed")
        upgrade = None if not isinstance(rebound, ast.FunctionDef) else upgrade
    if upgrade is None:
        if meta.get("revision") is not None:
            ctx.note("revision file has no module-level upgrade() function: nothing applied",
                     tree.body[0] if tree.body else None)
        else:
            ctx.noop += 1  # env.py and other Alembic helpers: not a revision
    else:
        ctx.run_function(upgrade, ())
    return FileResult(
        src.path, FORMAT, tuple(ctx.changes), meta=meta, dialect=ctx.sql.dialect,
        stats={"statements": ctx.statements, "noop": ctx.noop},
    )


def _rebinding(tree: ast.Module, name: str) -> Optional[ast.AST]:
    """The module-level statement that binds ``name`` other than a plain
    ``def`` (an assignment, a tuple swap, a decorated def), or None."""
    for s in tree.body:
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == name and s.decorator_list:
            return s
        targets = s.targets if isinstance(s, ast.Assign) else [s.target] if isinstance(
            s, (ast.AnnAssign, ast.AugAssign)) else []
        for t in targets:
            if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(t)):
                return s
    return None


def _revision_meta(ctx: "_Ctx") -> Dict[str, object]:
    """``revision``, ``down_revision``, ``branch_labels``, ``depends_on``
    as JSON values (None, a string, or a list of strings)."""
    meta: Dict[str, object] = {}
    for key in ("revision", "down_revision", "branch_labels", "depends_on"):
        node = ctx.module_env.lookup(key)
        if node is None:
            meta[key] = None
            continue
        value = evaluate(node, ctx.module_env)
        if value is None or isinstance(value, str):
            meta[key] = value
        elif isinstance(value, (list, tuple, set)) and all(isinstance(v, str) for v in value):
            meta[key] = list(value) if key != "revision" else None
        else:
            meta[key] = None
            ctx.note(f"`{key}` is not a literal ({pyast.describe(value)}): it is not used "
                     f"to order this revision", node)
    if isinstance(meta.get("branch_labels"), str):
        meta["branch_labels"] = [meta["branch_labels"]]
    if isinstance(meta.get("depends_on"), str):
        meta["depends_on"] = [meta["depends_on"]]
    return meta


# --------------------------------------------------------------------------
# Order: the revision graph
# --------------------------------------------------------------------------


def _as_list(value) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


def order(results: List[FileResult]) -> List[FileResult]:
    """Order one versions directory by its revision graph.

    A revision comes after every ``down_revision`` (a tuple for a merge)
    and every ``depends_on`` entry (a revision id or a branch label).
    Revisions with no order between them (branches) are ordered by path, so
    the result is deterministic.  Files that declare no revision come
    last, by path.  A missing parent, a duplicate revision id or a cycle
    still yields an order, with a note at the file concerned.
    """
    notes: Dict[str, List[Skipped]] = {}

    def note(r: FileResult, text: str) -> None:
        notes.setdefault(r.path, []).append(Skipped(text, Location(r.path, 1, 1)))

    by_rev: Dict[str, FileResult] = {}
    others: List[FileResult] = []
    for r in sorted(results, key=lambda r: r.path):
        rev = r.meta.get("revision")
        if not isinstance(rev, str):
            others.append(r)
        elif rev in by_rev:
            note(r, f"revision {rev} is also declared by {by_rev[rev].path}: this file is "
                    f"ordered after the other files")
            others.append(r)
        else:
            by_rev[rev] = r
    labels: Dict[str, List[str]] = {}
    for rev, r in by_rev.items():
        for label in _as_list(r.meta.get("branch_labels")):
            labels.setdefault(label, []).append(rev)

    parents: Dict[str, Set[str]] = {rev: set() for rev in by_rev}
    for rev, r in by_rev.items():
        for parent in _as_list(r.meta.get("down_revision")):
            if parent in by_rev:
                parents[rev].add(parent)
            else:
                note(r, f"down_revision {parent} is not among the revisions here: "
                        f"ordered as if it were a root")
        for dep in _as_list(r.meta.get("depends_on")):
            if dep in by_rev:
                parents[rev].add(dep)
            elif dep in labels:
                parents[rev].update(x for x in labels[dep] if x != rev)
            else:
                note(r, f"depends_on {dep} is not a revision or branch label here: ignored")

    ordered_revs = pyast.toposort(parents, key=lambda rev: by_rev[rev].path,
                             on_cycle=lambda rev: note(by_rev[rev], (
                                 f"revision {rev} is part of a dependency cycle: it was ordered "
                                 f"before some of its parents")))
    out = [by_rev[rev] for rev in ordered_revs] + others
    return [replace(r, changes=tuple(r.changes) + tuple(notes[r.path])) if r.path in notes else r
            for r in out]
