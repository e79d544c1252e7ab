"""Liquibase frontend: changelogs in XML, YAML and JSON.

Untrusted input is read with safe parsers only:

* XML with ``defusedxml``'s expat reader: DTD entity declarations (the
  "billion laughs" expansion bomb, external entities that read local files
  or URLs) and external DTDs are refused, and the file becomes a
  ``ParseFailure``;
* YAML with PyYAML's ``SafeLoader`` (composed to nodes, so every change
  keeps its line); a tag that is not plain YAML data (``!!python/object``)
  is refused, never constructed, and alias expansion is bounded;
* JSON with the standard library's decoder (positions recorded through its
  pure-Python scanner hooks).

All three are normalised to one small tree (:class:`N`: tag, attributes,
children, text, position), so one set of handlers reads them.

Read: ``createTable`` (``type``, ``remarks``, ``constraints`` primaryKey /
primaryKeyName / nullable / unique / uniqueConstraintName / references /
referencedTableName / foreignKeyName), ``addColumn``, ``dropColumn``,
``renameColumn``, ``modifyDataType``, ``dropTable``, ``renameTable``,
``setColumnRemarks``, ``setTableRemarks``, ``createIndex``,
``addPrimaryKey``, ``addUniqueConstraint``, ``addForeignKeyConstraint``,
``dropPrimaryKey``, ``dropUniqueConstraint``, ``dropForeignKeyConstraint``,
``dropIndex``, ``addNotNullConstraint``, ``dropNotNullConstraint``,
``mergeColumns``, ``addLookupTable``, the ``modifyColumn`` extension,
``sql`` (literal DDL handed to the SQL frontend, located in this file) and
``sqlFile`` (a note).

Keys keep their names (``indexName``, ``constraintName``, and a column's
``uniqueConstraintName``/``foreignKeyName``; a named unique key and every
foreign key declared on a column are constraints, not flags of the column)
so the drops find them: ``dropUniqueConstraint`` and
``dropForeignKeyConstraint`` by ``constraintName``, ``dropIndex`` by
``indexName`` (in ``tableName``, or any table), ``dropPrimaryKey`` the
table's primary key whatever its name.  A name replay never saw (a key
Liquibase or the database named) is a replay note.  Data changes
(``insert``, ``update``, ``loadData``...) are counted as no-ops;
``rollback`` and ``validCheckSum`` are ignored; anything else is a
located ``Skipped``.  A drop whose changeSet may not run (``context``,
``labels``, a ``dbms`` for a database not set, ``preConditions`` that
skip it) is not applied, a rename keeps the old name too, a type change
keeps the old type as possible; or they wait for conditions replay decides
(:mod:`.conditions`, docs/replay.md); an ``ignore="true"`` changeSet is
not read.  ``modifySql`` is followed where its rewrite of the generated
SQL is certain, else it is an ``unfollowed`` note (:mod:`.modifysql`).

Changesets keep their order within a file.  ``dbms`` restrictions are
honoured for one database: the run's ``--dialect`` if given, else the
database the file names most often in ``dbms=`` (a changelog with
vendor-specific changesets mostly targets that one; OpenMRS's are 253
``mysql`` to 16 ``postgresql``).  Changesets for other databases are not
applied (but for what they add, where the database is a guess), with
one located note that says how many and why.  Only a set
database (``--dialect``, a ``dialects`` glob) decides a drop restricted
by ``dbms``: the guess is the changelog's own word.  ``${property}`` references are
substituted from the changelog's ``<property>`` elements.

``include``/``includeAll`` are listed in ``FileResult.meta["includes"]``
(with the index of the change they precede); :func:`order` places each
included file of the same history where its master includes it.

Modules: :mod:`.tree` (XML, YAML and JSON changelogs to one tree),
:mod:`.reader` (changeSets, includes, filters), :mod:`.changes` (a handler
per change type, ``_HANDLERS``), :mod:`.conditions` (drops that may not
run), :mod:`.modifysql` (rewrites of the generated SQL).
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from ...model import FileResult, Location, ParseFailure, Skipped
from ...record import replace
from ...yamlsafe import expansion_budget
from .. import meta_of
from .changes import _truthy, column_type
from .conditions import unsure_changes
from .reader import _Reader
from .tree import ChangelogError, N, _read_json, _read_xml, _read_yaml, _structured_root

FORMAT = "liquibase"

__all__ = ["FORMAT", "ChangelogError", "N", "column_type", "expansion_budget", "order", "parse", "references"]


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------


def _kind(path: str, text: str) -> str:
    low = path.lower()
    if low.endswith(".xml"):
        return "xml"
    if low.endswith((".yaml", ".yml")):
        return "yaml"
    if low.endswith(".json"):
        return "json"
    stripped = text.lstrip()
    return "xml" if stripped.startswith("<") else "json" if stripped.startswith("{") else "yaml"


def parse(source, options=None) -> FileResult:
    """Read one changelog (never runs anything it names)."""
    path = source.path
    try:
        return _parse(source, options)
    except ChangelogError as exc:
        return FileResult(path, FORMAT, (ParseFailure(exc.message, Location(path, exc.line, exc.col)),))
    except Exception as exc:  # parse must never raise: fail closed, naming the file
        return FileResult(path, FORMAT, (ParseFailure(
            f"internal error in the Liquibase frontend ({type(exc).__name__}: {exc}); the file was not analysed",
            Location(path, 1, 1)),))


def _parse(source, options) -> FileResult:
    kind = _kind(source.path, source.text)
    if kind == "xml":
        root = _read_xml(source.text)
    elif kind == "yaml":
        root = _structured_root(_read_yaml(source.text))
    else:
        root = _structured_root(_read_json(source.text))
    r = _Reader(source.path, options)
    r.changelog(root)
    meta = {"includes": r.includes, "syntax": kind, "changesets": len(r.changesets)}
    if r.dbms:
        meta["dbms"] = r.dbms
    return FileResult(source.path, FORMAT, tuple(r.changes), meta=meta, dialect=r.dialect or r.embedded.dialect,
                      stats={"statements": r.statements, "noop": r.noop})


def references(path: str, text: str) -> List[Tuple[str, bool, str]]:
    """The files this changelog runs by name: each ``include`` (a changelog;
    a ``.sql`` one is SQL) and ``sqlFile`` (SQL, whatever its suffix), as
    ``(name, relativeToChangelogFile, format)``, for the walk to read them
    even where it does not go (``node_modules/``, ``add.txt``).  A file
    that cannot be read names nothing."""
    if "include" not in text and "sqlFile" not in text:  # most changelogs: no second parse
        return []
    try:
        kind = _kind(path, text)
        root = _read_xml(text) if kind == "xml" else _structured_root(
            _read_yaml(text) if kind == "yaml" else _read_json(text))
    except Exception:  # parse reports it
        return []
    out: List[Tuple[str, bool, str]] = []

    def add(n: N, attr: str, fmt: str) -> None:
        raw = (n.attrs.get(attr) or "").strip()
        if not raw or "${" in raw:
            return
        name = raw[len("classpath:"):].lstrip("/") if raw.startswith("classpath:") else raw
        if fmt == "liquibase" and name.lower().endswith(".sql"):
            fmt = "sql"
        out.append((name, _truthy(n.attrs.get("relativeToChangelogFile")), fmt))

    for n in root.children:
        if n.tag == "include":
            add(n, "file", "liquibase")
        elif n.tag == "changeSet":
            for ch in n.children:
                if ch.tag == "sqlFile":
                    add(ch, "path", "sql")
    return out


def order(results: List[FileResult]) -> List[FileResult]:
    """Order one history's changelogs as Liquibase runs them.

    A changelog that no other file of the history includes is a root
    (roots run in natural path order).  Each root runs its own changes and,
    at the place of each ``include``/``includeAll``, the included files of
    this history (``includeAll``: the files below that directory, sorted by
    path, as Liquibase does).  A master whose changes come after an include
    is split into consecutive results so the included changes land in
    between.  An include that names no file of this history gets a located
    note.  Include cycles are broken at the first repeat.
    """
    from ...sources import natural_key

    if not results:
        return []
    by_path = {r.path: r for r in results}
    paths = sorted(by_path, key=natural_key)

    def targets(inc: Dict[str, object]) -> List[str]:
        if inc.get("kind") == "dir":
            d = str(inc.get("resolved") or inc.get("file") or "").rstrip("/")
            if inc.get("resolved"):
                found = [p for p in paths if p.startswith(d + "/")]
            else:
                found = [p for p in paths if ("/" + d + "/") in ("/" + p)]
            return sorted(found)
        resolved = inc.get("resolved")
        if resolved and resolved in by_path:
            return [str(resolved)]
        name = str(inc.get("file") or "")
        if not name:
            return []
        found = [p for p in paths if p == name or p.endswith("/" + name.lstrip("./"))]
        return sorted(found, key=len)[:1]

    included = set()
    for r in results:
        for inc in meta_of(r).get("includes", ()) or ():
            included.update(targets(inc))
    roots = [p for p in paths if p not in included] or paths[:1]
    out: List[FileResult] = []
    done = set()

    def emit(path: str, unsure: str = "") -> None:
        if path in done:
            return
        done.add(path)
        r = by_path[path]
        if unsure:  # included by an include that may not run: its drops are not applied
            r = replace(r, changes=unsure_changes(r.changes, f"it is included by an include where {unsure}"))
        incs = sorted(meta_of(r).get("includes", ()) or (), key=lambda i: int(i.get("at", 0)))
        if not incs:
            out.append(r)
            return
        changes = list(r.changes)
        start = 0
        first = True
        for inc in incs:
            at = int(inc.get("at", 0))
            tg = targets(inc)
            segment = changes[start:at]
            if not tg:
                segment.append(Skipped(
                    f"included changelog {inc.get('file')} is not among the files of this history; "
                    f"its changes are not replayed here",
                    Location(r.path, int(inc.get("line", 1)), int(inc.get("col", 1)))))
            if segment or first:
                out.append(replace(r, changes=tuple(segment), stats=r.stats if first else {}))
                first = False
            start = at
            for t in tg:
                emit(t, "; ".join(x for x in (unsure, str(inc.get("unsure") or "")) if x))
        rest = changes[start:]
        if rest:
            out.append(replace(r, changes=tuple(rest), stats=r.stats if first else {}))

    for p in roots:
        emit(p)
    for p in paths:  # files only reachable through a cycle
        emit(p)
    return out
