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
``preConditions``, ``rollback``, ``validCheckSum`` and ``modifySql`` are
ignored; anything else is a located ``Skipped``.

Changesets keep their order within a file.  ``dbms`` restrictions are
honoured for one database: the run's ``--dialect`` if given, else the
database the file names most often in ``dbms=`` (a changelog with
vendor-specific changesets mostly targets that one; OpenMRS's are 253
``mysql`` to 16 ``postgresql``).  Changesets for other databases are not
applied, with one located note that says how many and why.  ``${property}`` references are
substituted from the changelog's ``<property>`` elements.

``include``/``includeAll`` are listed in ``FileResult.meta["includes"]``
(with the index of the change they precede); :func:`order` places each
included file of the same history where its master includes it.
"""

from __future__ import annotations

import io
import posixpath
import re
from bisect import bisect_right
from typing import Dict, List, Optional, Tuple

from ..model import (
    UNSET, AddColumn, AddConstraint, AlterColumn, ColumnDef, ColumnType, Constraint, CreateTable,
    DropColumn, DropConstraint, DropTable, FileResult, ForeignKeyRef, Location, ParseFailure,
    RenameColumn, RenameTable, SetComment, Skipped, TableRef,
)
from ..record import dataclass, field, replace
from ..types import parse_type
from .embedded import Embedded
from ..yamlsafe import expansion_budget

FORMAT = "liquibase"

# --------------------------------------------------------------------------
# The normalised tree
# --------------------------------------------------------------------------


@dataclass
class N:
    tag: str
    attrs: Dict[str, str] = field(default_factory=dict)
    children: List["N"] = field(default_factory=list)
    text: str = ""
    line: int = 1
    col: int = 1
    #: where the text starts (XML character data, a YAML/JSON scalar)
    text_line: int = 0
    text_col: int = 0

    def kids(self, tag: str) -> List["N"]:
        return [c for c in self.children if c.tag == tag]


class ChangelogError(Exception):
    def __init__(self, message: str, line: int = 1, col: int = 1):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


# -- XML ---------------------------------------------------------------------

def _read_xml(text: str) -> N:
    from xml.sax import SAXParseException
    from xml.sax.handler import ContentHandler
    from xml.sax.xmlreader import InputSource

    import defusedxml
    from defusedxml import expatreader

    class Handler(ContentHandler):
        def __init__(self):
            super().__init__()
            self.loc = None
            self.root: Optional[N] = None
            self.stack: List[N] = []
            self.parts: List[List[str]] = []

        def setDocumentLocator(self, locator):
            self.loc = locator

        def _pos(self) -> Tuple[int, int]:
            if self.loc is None:
                return 1, 1
            return self.loc.getLineNumber() or 1, (self.loc.getColumnNumber() or 0) + 1

        def startElement(self, name, attrs):
            line, col = self._pos()
            node = N(_local(name), {_local(k): v for k, v in attrs.items()}, line=line, col=col)
            if self.stack:
                self.stack[-1].children.append(node)
            else:
                self.root = node
            self.stack.append(node)
            self.parts.append([])

        def endElement(self, name):
            node = self.stack.pop()
            node.text = "".join(self.parts.pop())

        def characters(self, content):
            if not self.stack:
                return
            node = self.stack[-1]
            if not self.parts[-1] and not node.text_line:
                node.text_line, node.text_col = self._pos()
            self.parts[-1].append(content)

    parser = expatreader.create_parser(forbid_dtd=False, forbid_entities=True, forbid_external=True)
    handler = Handler()
    parser.setContentHandler(handler)
    src = InputSource()
    src.setByteStream(io.BytesIO(text.encode("utf-8")))
    src.setEncoding("utf-8")  # the text is already decoded: override the declaration
    try:
        parser.parse(src)
    except SAXParseException as exc:
        raise ChangelogError(f"XML syntax error: {exc.getMessage()}", exc.getLineNumber() or 1,
                             (exc.getColumnNumber() or 0) + 1)
    except defusedxml.DefusedXmlException as exc:
        line, col = 1, 1
        try:
            line, col = parser.getLineNumber() or 1, (parser.getColumnNumber() or 0) + 1
        except Exception:
            pass
        kind = {"EntitiesForbidden": "an entity declaration (entity expansion and external entities "
                                     "are refused)",
                "ExternalReferenceForbidden": "a reference to an external DTD or entity (refused)",
                "DTDForbidden": "a DTD (refused)"}.get(type(exc).__name__, type(exc).__name__)
        raise ChangelogError(f"unsafe XML: the file contains {kind}: {exc}", line, col)
    if handler.root is None:
        raise ChangelogError("empty XML document")
    return handler.root


# -- YAML ----------------------------------------------------------------------

class PDict(dict):
    line = 1
    col = 1
    key_pos: Dict[str, Tuple[int, int]] = {}


class PList(list):
    line = 1
    col = 1


class PStr(str):
    """A string scalar with the position where its text starts
    (``source_text``: a block scalar's lines as written)."""

    line = 1
    col = 1
    source_text = None


def _read_yaml(text: str):
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    loader = yaml.SafeLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise ChangelogError(f"YAML syntax error: {exc.problem or exc}",
                                 (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1)
        except yaml.YAMLError as exc:
            raise ChangelogError(f"YAML error: {exc}")
        if root is None:
            raise ChangelogError("empty YAML document")
        allowed = loader.yaml_constructors
        budget = [expansion_budget(len(text))]  # the one YAML budget (schemalint.yamlsafe)

        def conv(node, depth=0):
            budget[0] -= 1
            if budget[0] < 0:
                raise ChangelogError("YAML aliases expand to too many values (an alias bomb?); refused",
                                     node.start_mark.line + 1, node.start_mark.column + 1)
            if depth > 200:
                raise ChangelogError("YAML nesting too deep", node.start_mark.line + 1, node.start_mark.column + 1)
            if node.tag not in allowed or node.tag is None:
                raise ChangelogError(
                    f"YAML tag {node.tag!r} is not plain data and is refused (only safe YAML is read)",
                    node.start_mark.line + 1, node.start_mark.column + 1)
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
            if isinstance(node, MappingNode):
                loader.flatten_mapping(node)
                out = PDict()
                out.line, out.col = line, col
                out.key_pos = {}
                for k, v in node.value:
                    key = conv(k, depth + 1)
                    if isinstance(key, (dict, list)):
                        raise ChangelogError("a mapping key that is not a scalar", k.start_mark.line + 1,
                                             k.start_mark.column + 1)
                    out[str(key)] = conv(v, depth + 1)
                    out.key_pos[str(key)] = (k.start_mark.line + 1, k.start_mark.column + 1)
                return out
            if isinstance(node, SequenceNode):
                out = PList(conv(v, depth + 1) for v in node.value)
                out.line, out.col = line, col
                return out
            assert isinstance(node, ScalarNode)
            try:
                value = loader.construct_object(node, deep=True)
            except yaml.YAMLError as exc:
                raise ChangelogError(f"YAML value error: {exc}", line, col)
            if isinstance(value, str):
                s = PStr(value)
                if node.style in ("|", ">"):
                    # a block scalar: its source lines (indentation kept) are the same
                    # text up to whitespace, so SQL in it keeps exact columns
                    s.line, s.col = line + 1, 1
                    raw = text[node.start_mark.index:node.end_mark.index]
                    s.source_text = raw.split("\n", 1)[1] if "\n" in raw else ""
                else:
                    s.line, s.col = line, col + (1 if node.style in ("'", '"') else 0)
                return s
            return value

        return conv(root)
    finally:
        loader.dispose()


# -- JSON ------------------------------------------------------------------------

def _read_json(text: str):
    import json.decoder
    import json.scanner

    decoder = json.JSONDecoder()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(i: int) -> Tuple[int, int]:
        k = bisect_right(line_starts, i) - 1
        return k + 1, i - line_starts[k] + 1

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None):
        s, end = s_and_end
        pairs, new_end = json.decoder.JSONObject(s_and_end, strict, scan_once, None, list, memo)
        out = PDict()
        out.line, out.col = pos(end - 1)
        out.key_pos = {}
        for k, v in pairs:
            out[k] = v
        return out, new_end

    def parse_array(s_and_end, scan_once, _w=None):
        s, end = s_and_end
        values, new_end = json.decoder.JSONArray(s_and_end, scan_once)
        out = PList(values)
        out.line, out.col = pos(end - 1)
        return out, new_end

    def parse_string(s, end, strict):
        value, new_end = json.decoder.scanstring(s, end, strict)
        out = PStr(value)
        out.line, out.col = pos(end)
        return out, new_end

    decoder.parse_object = parse_object
    decoder.parse_array = parse_array
    decoder.parse_string = parse_string
    decoder.memo = {}
    scan_once = json.scanner.py_make_scanner(decoder)
    idx = len(text) - len(text.lstrip())
    try:
        value, end = scan_once(text, idx)
    except StopIteration as exc:
        line, col = pos(exc.value if isinstance(exc.value, int) else idx)
        raise ChangelogError("JSON syntax error: expecting a value", line, col)
    except json.JSONDecodeError as exc:
        raise ChangelogError(f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno)
    except RecursionError:
        raise ChangelogError("JSON nesting too deep")
    if text[end:].strip():
        line, col = pos(end + (len(text[end:]) - len(text[end:].lstrip())))
        raise ChangelogError("JSON syntax error: extra data after the document", line, col)
    return value


# -- YAML/JSON structure -> N ----------------------------------------------------

def _scalar_text(v) -> Optional[str]:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, str)):
        return str(v)
    return None


def _to_n(tag: str, value, line: int, col: int) -> N:
    """A YAML/JSON change or element (``{"createTable": {...}}`` body) as N."""
    node = N(tag, line=getattr(value, "line", line), col=getattr(value, "col", col))
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, dict) and len(item) == 1:
                        (ck, cv), = item.items()
                        node.children.append(_to_n(ck, cv, getattr(item, "line", node.line),
                                                   getattr(item, "col", node.col)))
                    elif isinstance(item, dict):
                        node.children.append(_to_n(_singular(k), item, node.line, node.col))
            elif isinstance(v, dict):
                node.children.append(_to_n(k, v, node.line, node.col))
            else:
                s = _scalar_text(v)
                if s is not None:
                    node.attrs[k] = s
                    if k in ("sql", "comment", "where") and isinstance(v, str):
                        node.text = getattr(v, "source_text", None) or s
                        node.text_line = getattr(v, "line", node.line)
                        node.text_col = getattr(v, "col", node.col)
    elif isinstance(value, str):
        node.text = getattr(value, "source_text", None) or str(value)
        node.text_line, node.text_col = getattr(value, "line", line), getattr(value, "col", col)
    return node


def _singular(key: str) -> str:
    return {"columns": "column", "changes": "change"}.get(key, key)


def _structured_root(data) -> N:
    if not isinstance(data, dict) or "databaseChangeLog" not in data:
        raise ChangelogError("not a Liquibase changelog: no top-level databaseChangeLog",
                             getattr(data, "line", 1), getattr(data, "col", 1))
    log = data["databaseChangeLog"]
    root = N("databaseChangeLog", line=getattr(data, "line", 1), col=getattr(data, "col", 1))
    if log is None:
        return root
    if not isinstance(log, list):
        raise ChangelogError("databaseChangeLog must be a list", getattr(log, "line", 1), getattr(log, "col", 1))
    for item in log:
        if not isinstance(item, dict) or len(item) != 1:
            root.children.append(N("?", line=getattr(item, "line", 1), col=getattr(item, "col", 1)))
            continue
        (k, v), = item.items()
        line, col = getattr(item, "line", 1), getattr(item, "col", 1)
        if k == "changeSet" and isinstance(v, dict):
            cs = N("changeSet", line=line, col=col)
            for ck, cv in v.items():
                if ck == "changes" and isinstance(cv, list):
                    for ch in cv:
                        if isinstance(ch, dict) and len(ch) == 1:
                            (tk, tv), = ch.items()
                            cs.children.append(_to_n(tk, tv, getattr(ch, "line", line), getattr(ch, "col", col)))
                            cs.children[-1].line = getattr(ch, "line", cs.children[-1].line)
                            cs.children[-1].col = getattr(ch, "col", cs.children[-1].col)
                        else:
                            cs.children.append(N("?", line=getattr(ch, "line", line), col=getattr(ch, "col", col)))
                elif isinstance(cv, (dict, list)):
                    cs.children.append(N(ck, line=getattr(cv, "line", line), col=getattr(cv, "col", col)))
                else:
                    s = _scalar_text(cv)
                    if s is not None:
                        cs.attrs[ck] = s
            root.children.append(cs)
        else:
            n = _to_n(k, v, line, col)
            n.line, n.col = line, col
            root.children.append(n)
    return root


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

def column_type(raw: Optional[str]) -> Optional[ColumnType]:
    """Liquibase type text (``VARCHAR(255)``, ``java.sql.Types.VARCHAR(50)``,
    ``int(1)``, ``DECIMAL(10, 2)``, ``varchar(255) BINARY``) as a ColumnType:
    Liquibase's type names are SQL names, read by the type layer."""
    if raw is None:
        return None
    text = raw.strip()
    if not text:
        return None
    if text.lower().startswith("java.sql.types."):
        text = text[len("java.sql.types."):]
    parsed = parse_type(text)
    return ColumnType(parsed.name, parsed.family, parsed.params, raw)


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


def _truthy(v: Optional[str]) -> bool:
    return v is not None and v.strip().lower() in ("true", "1", "yes")


def _split_names(v: Optional[str]) -> Tuple[str, ...]:
    if not v:
        return ()
    return tuple(x.strip() for x in v.split(",") if x.strip())


class _Reader:
    def __init__(self, path: str, options):
        self.path = path
        self.options = options
        self.changes: List[object] = []
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

    def loc(self, n: N) -> Location:
        return Location(self.path, n.line, n.col)

    def skip(self, reason: str, n: N, kind: str = "unsupported") -> None:
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
        if forced:
            self.dbms = _DIALECT_DBMS.get(str(forced).lower(), str(forced).lower())
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
            elif n.tag in ("preConditions", "property", "comment", "changeLogPropertyDefined"):
                continue
            elif n.tag == "?":
                self.skip("databaseChangeLog entry that is not a single changeSet/include", n)
            else:
                self.skip(f"<{n.tag}> at changelog level is not understood", n)
        if self.other_dbms:
            how = ("the database it names most often in dbms=" if self.dbms_guessed
                   else "the dialect set for this run")
            self.changes.append(Skipped(
                f"{len(self.other_dbms)} changeSet(s) restricted to other databases were not applied: this "
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
        self.includes.append({
            "kind": "file" if n.tag == "include" else "dir",
            "file": clean,
            "resolved": resolved,
            "at": len(self.changes),
            "line": n.line,
            "col": n.col,
        })

    def changeset(self, cs: N) -> None:
        ident = f"{cs.attrs.get('id', '?')}::{cs.attrs.get('author', '?')}"
        self.changesets.append(ident)
        if not self.applies(cs):
            self.noop += 1
            self.other_dbms.append(cs)
            return
        for ch in cs.children:
            if ch.tag in _META_ELEMENTS:
                continue
            self.statements += 1
            if not self.applies(ch):
                self.noop += 1
                continue
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
        if not table and self.a(cons, "references"):
            text = self.a(cons, "references")
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
        return text, line, col


# -- change handlers ---------------------------------------------------------------

def _create_table(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    cols: List[ColumnDef] = []
    cons: List[Constraint] = []
    pk_cols: List[str] = []
    pk_name: Optional[str] = None
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        cols.append(cd)
        cons.extend(r.column_constraints(cd, c))
        if cd.primary_key:
            pk_cols.append(cd.name)
            for k in c.kids("constraints"):
                pk_name = pk_name or r.a(k, "primaryKeyName")
    if len(pk_cols) > 1:  # a composite key declared column by column
        cons.append(Constraint("primary", tuple(pk_cols), r.loc(n), pk_name))
    r.changes.append(CreateTable(table, tuple(cols), r.loc(n), comment=r.a(n, "remarks"),
                                 constraints=tuple(cons), if_not_exists=_truthy(n.attrs.get("ifNotExists")),
                                 hints={"orm": "liquibase"}))


def _add_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        r.changes.append(AddColumn(table, cd, r.loc(c)))
        for con in r.column_constraints(cd, c):
            r.changes.append(AddConstraint(table, con))


def _drop_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    names = [r.a(n, "columnName")] if n.attrs.get("columnName") else [r.a(c, "name") for c in n.kids("column")]
    if not names or not all(names):
        r.skip("dropColumn without a column name", n)
        return
    for name in names:
        r.changes.append(DropColumn(table, name, r.loc(n)))


def _rename_column(r: _Reader, n: N) -> None:
    table = r.table(n)
    old, new = r.a(n, "oldColumnName"), r.a(n, "newColumnName")
    if table is None:
        return
    if not old or not new:
        r.skip("renameColumn without oldColumnName/newColumnName", n)
        return
    r.changes.append(RenameColumn(table, old, new, r.loc(n)))
    if n.attrs.get("remarks") is not None:
        r.changes.append(SetComment(table, new, r.a(n, "remarks"), r.loc(n)))


def _drop_table(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is not None:
        r.changes.append(DropTable(table, r.loc(n)))


def _rename_table(r: _Reader, n: N) -> None:
    old, new = r.a(n, "oldTableName"), r.a(n, "newTableName")
    if not old or not new:
        r.skip("renameTable without oldTableName/newTableName", n)
        return
    schema = r.a(n, "schemaName") or None
    r.changes.append(RenameTable(TableRef(old, schema), TableRef(new, schema), r.loc(n)))


def _modify_data_type(r: _Reader, n: N) -> None:
    table = r.table(n)
    col, typ = r.a(n, "columnName"), r.a(n, "newDataType")
    if table is None:
        return
    if not col or not typ:
        r.skip("modifyDataType without columnName/newDataType", n)
        return
    r.changes.append(AlterColumn(table, col, r.loc(n), type=column_type(typ)))


def _modify_column(r: _Reader, n: N) -> None:
    """liquibase-modify-column extension: ``MODIFY`` each column (MySQL
    semantics: the definition is replaced)."""
    table = r.table(n)
    if table is None:
        return
    for c in n.kids("column"):
        cd = r.column_def(c)
        if cd is None:
            continue
        r.changes.append(AlterColumn(table, cd.name, r.loc(c), type=cd.type, nullable=cd.nullable,
                                     comment=cd.comment if "remarks" in c.attrs else UNSET))


def _set_column_remarks(r: _Reader, n: N) -> None:
    table = r.table(n)
    col = r.a(n, "columnName")
    if table is None:
        return
    if not col:
        r.skip("setColumnRemarks without columnName", n)
        return
    r.changes.append(SetComment(table, col, r.a(n, "remarks"), r.loc(n)))


def _set_table_remarks(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is not None:
        r.changes.append(SetComment(table, None, r.a(n, "remarks"), r.loc(n)))


def _create_index(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    cols = tuple(r.a(c, "name") or "" for c in n.kids("column"))
    if not cols or not all(cols):
        r.skip("createIndex without column names", n)
        return
    kind = "unique" if _truthy(n.attrs.get("unique")) else "index"
    r.changes.append(AddConstraint(table, Constraint(kind, cols, r.loc(n), r.a(n, "indexName"))))


def _add_key(kind: str):
    def handler(r: _Reader, n: N) -> None:
        table = r.table(n)
        cols = _split_names(r.a(n, "columnNames"))
        if table is None:
            return
        if not cols:
            r.skip(f"{n.tag} without columnNames", n)
            return
        r.changes.append(AddConstraint(table, Constraint(kind, cols, r.loc(n), r.a(n, "constraintName"))))
    return handler


def _add_foreign_key(r: _Reader, n: N) -> None:
    table = r.table(n, "baseTableName", "baseTableSchemaName")
    cols = _split_names(r.a(n, "baseColumnNames"))
    ref_table = r.a(n, "referencedTableName")
    if table is None:
        return
    if not cols or not ref_table:
        r.skip("addForeignKeyConstraint without baseColumnNames/referencedTableName", n)
        return
    ref = ForeignKeyRef(TableRef(ref_table, r.a(n, "referencedTableSchemaName") or None),
                        _split_names(r.a(n, "referencedColumnNames")))
    r.changes.append(AddConstraint(table, Constraint("foreign", cols, r.loc(n), r.a(n, "constraintName"), ref)))


def _drop_primary_key(r: _Reader, n: N) -> None:
    """``dropPrimaryKey``: the table's one primary key, whatever its
    ``constraintName`` (MySQL drops PRIMARY KEY by no name)."""
    table = r.table(n)
    if table is not None:
        r.changes.append(DropConstraint(table, r.loc(n), None, "primary", ("*",)))


def _drop_unique_constraint(r: _Reader, n: N) -> None:
    table = r.table(n)
    if table is None:
        return
    name, cols = r.a(n, "constraintName"), _split_names(r.a(n, "uniqueColumns"))
    if not name and not cols:
        r.skip("dropUniqueConstraint without constraintName", n)
        return
    r.changes.append(DropConstraint(table, r.loc(n), name or None, "unique", () if name else cols))


def _drop_foreign_key(r: _Reader, n: N) -> None:
    table = r.table(n, "baseTableName", "baseTableSchemaName")
    if table is None:
        return
    name = r.a(n, "constraintName")
    if not name:
        r.skip("dropForeignKeyConstraint without constraintName", n)
        return
    r.changes.append(DropConstraint(table, r.loc(n), name, "foreign"))


def _drop_index(r: _Reader, n: N) -> None:
    """``dropIndex indexName=... [tableName=...]``: by name; without a
    table, replay looks the name up in every table."""
    name = r.a(n, "indexName")
    if not name:
        r.skip("dropIndex without indexName", n)
        return
    tname = r.a(n, "tableName")
    table = TableRef(tname, r.a(n, "schemaName") or None) if tname else None
    r.changes.append(DropConstraint(table, r.loc(n), name, None))


def _not_null(nullable: bool):
    def handler(r: _Reader, n: N) -> None:
        table = r.table(n)
        col = r.a(n, "columnName")
        if table is None:
            return
        if not col:
            r.skip(f"{n.tag} without columnName", n)
            return
        r.changes.append(AlterColumn(table, col, r.loc(n), nullable=nullable))
    return handler


def _merge_columns(r: _Reader, n: N) -> None:
    table = r.table(n)
    c1, c2, final = r.a(n, "column1Name"), r.a(n, "column2Name"), r.a(n, "finalColumnName")
    if table is None:
        return
    if not (c1 and c2 and final):
        r.skip("mergeColumns without column1Name/column2Name/finalColumnName", n)
        return
    r.changes.append(AddColumn(table, ColumnDef(final, column_type(r.a(n, "finalColumnType")), r.loc(n)), r.loc(n)))
    r.changes.append(DropColumn(table, c1, r.loc(n)))
    r.changes.append(DropColumn(table, c2, r.loc(n)))


def _add_lookup_table(r: _Reader, n: N) -> None:
    existing = r.table(n, "existingTableName", "existingTableSchemaName")
    new = r.table(n, "newTableName", "newTableSchemaName")
    ecol, ncol = r.a(n, "existingColumnName"), r.a(n, "newColumnName")
    if existing is None or new is None:
        return
    if not ecol or not ncol:
        r.skip("addLookupTable without existingColumnName/newColumnName", n)
        return
    r.changes.append(CreateTable(new, (ColumnDef(ncol, column_type(r.a(n, "newColumnDataType")), r.loc(n),
                                                 nullable=False, primary_key=True),),
                                 r.loc(n), hints={"orm": "liquibase"}))
    r.changes.append(AddConstraint(existing, Constraint("foreign", (ecol,), r.loc(n), r.a(n, "constraintName"),
                                                        ForeignKeyRef(new, (ncol,)))))


def _sql(r: _Reader, n: N) -> None:
    text, line, col = r.sql_text(n)
    if not text.strip():
        r.noop += 1
        return
    changes = r.embedded.parse(text, line, col, r.loc(n), "<sql>")
    if changes is None:
        r.noop += 1
        return
    r.changes.extend(changes)


def _sql_file(r: _Reader, n: N) -> None:
    path = r.a(n, "path") or "?"
    r.skip(f"sqlFile {path}: the SQL file is not read from the changelog; name it as an input to have it "
           f"analysed as SQL", n)




_HANDLERS = {
    "createTable": _create_table,
    "addColumn": _add_column,
    "dropColumn": _drop_column,
    "renameColumn": _rename_column,
    "dropTable": _drop_table,
    "renameTable": _rename_table,
    "modifyDataType": _modify_data_type,
    "modifyColumn": _modify_column,
    "setColumnRemarks": _set_column_remarks,
    "setTableRemarks": _set_table_remarks,
    "createIndex": _create_index,
    "addPrimaryKey": _add_key("primary"),
    "addUniqueConstraint": _add_key("unique"),
    "addForeignKeyConstraint": _add_foreign_key,
    "dropPrimaryKey": _drop_primary_key,
    "dropUniqueConstraint": _drop_unique_constraint,
    "dropForeignKeyConstraint": _drop_foreign_key,
    "dropIndex": _drop_index,
    "addNotNullConstraint": _not_null(False),
    "dropNotNullConstraint": _not_null(True),
    "mergeColumns": _merge_columns,
    "addLookupTable": _add_lookup_table,
    "sql": _sql,
    "sqlFile": _sql_file,
}


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
    from ..sources import natural_key

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
        for inc in r.meta.get("includes", ()) or ():
            included.update(targets(inc))
    roots = [p for p in paths if p not in included] or paths[:1]
    out: List[FileResult] = []
    done = set()

    def emit(path: str) -> None:
        if path in done:
            return
        done.add(path)
        r = by_path[path]
        incs = sorted(r.meta.get("includes", ()) or (), key=lambda i: int(i.get("at", 0)))
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
                emit(t)
        rest = changes[start:]
        if rest:
            out.append(replace(r, changes=tuple(rest), stats=r.stats if first else {}))

    for p in roots:
        emit(p)
    for p in paths:  # files only reachable through a cycle
        emit(p)
    return out
