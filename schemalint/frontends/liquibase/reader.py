"""The changelog reader (:class:`_Reader`): changeSets, includes,
preconditions and ``dbms`` filters, each change handed to its handler in
:data:`~schemalint.frontends.liquibase.changes._HANDLERS`.

Names with a leading underscore are private to the
:mod:`schemalint.frontends.liquibase` package, shared by its modules.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from typing import Dict, List, Optional, Tuple

from ...kinds import SkipKind
from ...model import Change, ColumnDef, Conditions, Constraint, ForeignKeyRef, Location, Skipped, TableRef
from ..embedded import Embedded
from .changes import _HANDLERS, _split_names, _truthy, column_type
from .conditions import additions_only, keep_unsure_drops, skipping, unsure_filters
from .modifysql import modify_sql
from .tree import ChangelogError, N

# --------------------------------------------------------------------------
# Reading changes
# --------------------------------------------------------------------------

_DATA_CHANGES = frozenset({
    "insert", "update", "delete", "loadData", "loadUpdateData", "tagDatabase", "output", "empty",
    "addDefaultValue", "dropDefaultValue", "addAutoIncrement", "createSequence", "dropSequence",
    "alterSequence", "renameSequence", "createProcedure", "dropProcedure", "createFunction",
    "dropFunction", "createTrigger", "dropTrigger", "enableTrigger", "disableTrigger", "createPackage",
    "createPackageBody", "dropPackage", "dropPackageBody", "createSynonym", "dropSynonym",
    "addCheckConstraint", "dropCheckConstraint", "enableCheckConstraint", "disableCheckConstraint",
    "markUnused", "setColumnRemarksIfExists", "stop", "modifySql", "validCheckSum", "comment",
    "preConditions", "rollback", "property", "dropAllForeignKeyConstraints",
})
_META_ELEMENTS = frozenset({"comment", "preConditions", "rollback", "validCheckSum", "modifySql", "tagDatabase"})
_VIEW_CHANGES = frozenset({"createView", "dropView", "renameView"})

_DIALECT_DBMS = {"postgres": "postgresql", "postgresql": "postgresql", "mysql": "mysql", "mariadb": "mariadb",
                 "tsql": "mssql", "mssql": "mssql", "oracle": "oracle", "sqlite": "sqlite", "h2": "h2",
                 "db2": "db2", "hsqldb": "hsqldb", "snowflake": "snowflake", "redshift": "redshift",
                 "cockroachdb": "cockroachdb", "databricks": "databricks"}
_DBMS_DIALECT = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "mssql": "tsql",
                 "oracle": "oracle", "sqlite": "sqlite", "db2": None, "h2": None, "hsqldb": None,
                 "snowflake": "snowflake", "redshift": "redshift", "cockroachdb": "postgres"}


class _Reader:
    def __init__(self, path: str, options):
        self.path = path
        self.options = options
        self.changes: List[Change] = []
        self.props: Dict[str, str] = {}
        self.unknown_props: set = set()
        self.includes: List[Dict[str, object]] = []
        self.statements = 0
        self.noop = 0
        self.dbms: Optional[str] = None
        self.dialect: Optional[str] = None
        #: <sql> text; its dialect is declared by the dbms the changelog is read for
        self.embedded = Embedded(self.path, options)
        self.changesets: List[str] = []
        self.other_dbms: List[N] = []
        self.dbms_guessed = False
        #: the database the changelog runs on is set (--dialect, a dialects glob): a
        #: changeSet's dbms then decides exactly whether it runs.  A guess from the
        #: dbms= the changelog names is the pull request's word: it picks the dialect
        #: and the variant changeSets, but a drop restricted by dbms may not run
        self.dbms_known = False
        #: changelog-level preConditions that skip the changelog when they fail
        self.changelog_pcs: List[N] = []
        #: the current changeSet's modifySql replaces, applied to its <sql> text
        self.sql_rewrites: List[Tuple[str, str]] = []

    def loc(self, n: N) -> Location:
        return Location(self.path, n.line, n.col)

    def skip(self, reason: str, n: N, kind: SkipKind = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
        else:
            self.changes.append(Skipped(reason, self.loc(n), kind))

    # -- values
    def a(self, n: N, name: str) -> Optional[str]:
        v = n.attrs.get(name)
        if v is None:
            return None
        if "${" in v:
            v = self._subst(v, n)
        return v

    def _subst(self, v: str, n: N) -> str:
        def rep(m):
            key = m.group(1)
            if key in self.props:
                return self.props[key]
            if key not in self.unknown_props:
                self.unknown_props.add(key)
                self.changes.append(Skipped(
                    f"changelog property ${{{key}}} is not defined in this file; its text is kept as written",
                    self.loc(n)))
            return m.group(0)
        return re.sub(r"\$\{([^{}]+)\}", rep, v)  # no "{" inside: linear on "${${${..."

    def table(self, n: N, name_attr: str = "tableName", schema_attr: str = "schemaName") -> Optional[TableRef]:
        name = self.a(n, name_attr)
        if not name:
            self.skip(f"{n.tag} without {name_attr}", n)
            return None
        return TableRef(name, self.a(n, schema_attr) or None)

    # -- dbms
    def choose_dbms(self, root: N) -> None:
        forced = getattr(self.options, "dialect", None) if self.options is not None else None
        if not forced and self.options is not None:  # a [tool.schemalint] dialects glob for this file
            forced = next((d for pat, d in (getattr(self.options, "dialect_globs", None) or {}).items()
                           if fnmatch.fnmatch(self.path, pat) or fnmatch.fnmatch("/" + self.path, "*/" + pat)),
                          None)
        if forced:
            self.dbms = _DIALECT_DBMS.get(str(forced).lower(), str(forced).lower())
            self.dbms_known = True
        else:
            counts: Dict[str, int] = {}
            order: List[str] = []
            for cs in root.children:
                for d in _split_names(cs.attrs.get("dbms")):
                    d = d.lower()
                    if d.startswith("!") or d in ("all", "none"):
                        continue
                    if d not in counts:
                        order.append(d)
                    counts[d] = counts.get(d, 0) + 1
            if counts:
                self.dbms = max(order, key=lambda d: (counts[d], -order.index(d)))
                self.dbms_guessed = True
        self.dialect = _DBMS_DIALECT.get(self.dbms, None) if self.dbms else (forced or None)
        self.embedded.declared = self.dialect

    def applies(self, n: N) -> bool:
        spec = n.attrs.get("dbms")
        if not spec or self.dbms is None:
            return True
        toks = [t.lower() for t in _split_names(spec)]
        if "none" in toks:
            return False
        pos = [t for t in toks if not t.startswith("!")]
        neg = [t[1:] for t in toks if t.startswith("!")]
        if self.dbms in neg:
            return False
        return not pos or "all" in pos or self.dbms in pos

    # -- changelog
    def changelog(self, root: N) -> None:
        if root.tag != "databaseChangeLog":
            raise ChangelogError(f"not a Liquibase changelog: the root element is <{root.tag}>", root.line, root.col)
        for n in root.children:
            if n.tag == "property":
                name, value = n.attrs.get("name"), n.attrs.get("value")
                if name and value is not None and self.applies(n):
                    self.props.setdefault(name, value)
        self.choose_dbms(root)
        for n in root.children:
            if n.tag == "changeSet":
                self.changeset(n)
            elif n.tag in ("include", "includeAll"):
                self.include(n)
            elif n.tag == "preConditions":
                if skipping(n):
                    self.changelog_pcs.append(n)
            elif n.tag in ("property", "comment", "changeLogPropertyDefined"):
                continue
            elif n.tag == "?":
                self.skip("databaseChangeLog entry that is not a single changeSet/include", n)
            else:
                self.skip(f"<{n.tag}> at changelog level is not understood", n)
        if self.other_dbms:
            how = ("the database it names most often in dbms=" if self.dbms_guessed
                   else "the dialect set for this run")
            self.changes.append(Skipped(
                f"{len(self.other_dbms)} changeSet(s) restricted to other databases were not applied"
                f"{' (but for their additions of tables and columns)' if self.dbms_guessed else ''}: this "
                f"changelog was read for {self.dbms} ({how}); set --dialect to read it for another database",
                self.loc(self.other_dbms[0])))

    def include(self, n: N) -> None:
        raw = self.a(n, "file" if n.tag == "include" else "path")
        if not raw:
            self.skip(f"{n.tag} without a {'file' if n.tag == 'include' else 'path'}", n)
            return
        if not self.applies(n):
            self.noop += 1
            return
        clean = raw[len("classpath:"):] if raw.startswith("classpath:") else raw
        clean = clean.lstrip("/") if raw.startswith("classpath:") else clean
        relative = _truthy(n.attrs.get("relativeToChangelogFile"))
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(self.path), clean)) if relative else None
        inc: Dict[str, object] = {
            "kind": "file" if n.tag == "include" else "dir",
            "file": clean,
            "resolved": resolved,
            "at": len(self.changes),
            "line": n.line,
            "col": n.col,
        }
        why = unsure_filters(self, n)
        if self.changelog_pcs:
            why.append("this changelog's preConditions may fail and then skip it")
        if why:
            inc["unsure"] = "; ".join(why)
        self.includes.append(inc)

    def _other_dbms_why(self, n: N) -> str:
        return (f'it runs only on dbms "{n.attrs.get("dbms")}" and this changelog was read for {self.dbms}, the '
                f"database it names most often in dbms= (set --dialect)")

    def changeset(self, cs: N) -> None:
        ident = f"{cs.attrs.get('id', '?')}::{cs.attrs.get('author', '?')}"
        self.changesets.append(ident)
        if _truthy(cs.attrs.get("ignore")):  # Liquibase never runs an ignored changeSet
            self.noop += 1
            return
        if not self.applies(cs):
            self.noop += 1
            self.other_dbms.append(cs)
            if not self.dbms_known:  # a guess: what it adds may exist (conditions.additions_only)
                start = len(self.changes)
                body = [ch for ch in cs.children if ch.tag not in _META_ELEMENTS]
                if cs.kids("modifySql"):
                    self.sql_rewrites = modify_sql(self, cs, body, _DATA_CHANGES)
                for ch in body:
                    self.change(ch)
                self.sql_rewrites = []
                additions_only(self, start, self._other_dbms_why(cs))
            return
        why = unsure_filters(self, cs)
        pcs = [pc for pc in cs.kids("preConditions") if skipping(pc)] + self.changelog_pcs
        cs_start = len(self.changes)
        conditions: List[tuple] = []
        if cs.kids("modifySql"):
            body = [ch for ch in cs.children if ch.tag not in _META_ELEMENTS]
            self.sql_rewrites = modify_sql(self, cs, body, _DATA_CHANGES)
        for ch in cs.children:
            if ch.tag in _META_ELEMENTS:
                continue
            self.statements += 1
            start = len(self.changes)
            if not self.applies(ch):
                self.noop += 1
                if not self.dbms_known:
                    self.change(ch)
                    additions_only(self, start, self._other_dbms_why(ch))
                continue
            self.change(ch)
            change_why = why + unsure_filters(self, ch)
            if change_why or pcs:
                conditions.extend(keep_unsure_drops(self, start, change_why, pcs))
        self.sql_rewrites = []
        for requires in dict.fromkeys(reversed(conditions)):  # decided before the changeSet's first change
            self.changes.insert(cs_start, Conditions(requires, self.loc(cs)))

    def change(self, ch: N) -> None:
        handler = _HANDLERS.get(ch.tag)
        if handler is not None:
            handler(self, ch)
        elif ch.tag in _DATA_CHANGES:
            self.noop += 1
        elif ch.tag in _VIEW_CHANGES:
            self.skip(f"{ch.tag}: views are not analysed", ch)
        elif ch.tag == "customChange":
            self.skip(f"customChange {ch.attrs.get('class', '')}: a Java change class is not followed", ch)
        elif ch.tag == "executeCommand":
            self.skip(f"executeCommand {ch.attrs.get('executable', '')}: an external command is never run", ch)
        elif ch.tag == "?":
            self.skip("a change entry that is not a single change type", ch)
        else:
            self.skip(f"Liquibase change type {ch.tag} is not understood; it was not followed", ch)

    # -- columns
    def column_def(self, c: N) -> Optional[ColumnDef]:
        name = self.a(c, "name")
        if not name:
            self.skip("column without a name", c)
            return None
        cons = next(iter(c.kids("constraints")), None)
        nullable = True
        pk = unique = False
        if cons is not None:
            if cons.attrs.get("nullable") is not None:
                nullable = _truthy(self.a(cons, "nullable"))
            pk = _truthy(self.a(cons, "primaryKey"))
            # a named unique key (and every foreign key) is a constraint of its own
            # (column_constraints), so that a drop by its name finds it
            unique = _truthy(self.a(cons, "unique")) and not self.a(cons, "uniqueConstraintName")
        if pk:
            nullable = False
        default = None
        for key in ("defaultValue", "defaultValueNumeric", "defaultValueBoolean", "defaultValueDate",
                    "defaultValueComputed", "defaultValueSequenceNext"):
            if key in c.attrs:
                default = self.a(c, key)
                break
        hints = {}
        if _truthy(c.attrs.get("autoIncrement")):
            hints["auto_increment"] = "true"
        return ColumnDef(name=name, type=column_type(self.a(c, "type")), location=self.loc(c), nullable=nullable,
                         primary_key=pk, unique=unique, default=default, comment=self.a(c, "remarks"),
                         hints=hints)

    def reference(self, cons: N) -> Optional[ForeignKeyRef]:
        table = self.a(cons, "referencedTableName")
        cols = _split_names(self.a(cons, "referencedColumnNames"))
        text = self.a(cons, "references")
        if not table and text:
            head, _, rest = text.partition("(")
            table = head.strip()
            cols = _split_names(rest.rstrip(")"))
        if not table:
            return None
        schema = self.a(cons, "referencedTableSchemaName")
        if "." in table and not schema:
            schema, table = table.rsplit(".", 1)
        return ForeignKeyRef(TableRef(table, schema or None), cols)

    def column_constraints(self, cd: ColumnDef, c: N) -> List[Constraint]:
        """The keys of a column's ``<constraints>`` that carry a name a drop
        refers to: ``unique`` with ``uniqueConstraintName``, and the foreign
        key (``foreignKeyName``)."""
        cons = next(iter(c.kids("constraints")), None)
        out: List[Constraint] = []
        if cons is None:
            return out
        uq_name = self.a(cons, "uniqueConstraintName")
        if uq_name and _truthy(self.a(cons, "unique")):
            out.append(Constraint("unique", (cd.name,), self.loc(cons), uq_name))
        ref = self.reference(cons)
        if ref is not None:
            out.append(Constraint("foreign", (cd.name,), self.loc(cons), self.a(cons, "foreignKeyName"), ref))
        return out

    def sql_text(self, n: N) -> Tuple[str, int, int]:
        text = n.text
        line = n.text_line or n.line
        col = n.text_col or n.col
        for old, new in self.sql_rewrites:  # <modifySql><replace>: the SQL that runs
            text = text.replace(old, new)
        return text, line, col
