"""The normalised changelog tree (:class:`N`): XML (defusedxml), YAML
(``schemalint.yamlsafe``) and JSON changelogs read into one shape, with
the line and column of every element.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from typing import Any, Callable, Dict, List, Optional, Tuple

from ...record import dataclass, field
from ...yamlsafe import expansion_budget

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
                             (exc.getColumnNumber() or 0) + 1) from exc
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
        raise ChangelogError(f"unsafe XML: the file contains {kind}: {exc}", line, col) from exc
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
    source_text: Optional[str] = None


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
                                 (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1) from exc
        except yaml.YAMLError as exc:
            raise ChangelogError(f"YAML error: {exc}") from exc
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
                seq = PList(conv(v, depth + 1) for v in node.value)
                seq.line, seq.col = line, col
                return seq
            assert isinstance(node, ScalarNode)
            try:
                value = loader.construct_object(node, deep=True)
            except yaml.YAMLError as exc:
                raise ChangelogError(f"YAML value error: {exc}", line, col) from exc
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

    class _HookedDecoder(json.JSONDecoder):
        """A decoder carrying the hooks ``json.scanner.py_make_scanner`` reads
        (``parse_object``, ``parse_array``, ``parse_string``, ``memo``), which
        ``JSONDecoder.__init__`` sets and typeshed does not declare."""

        parse_object: Callable[..., Any]
        parse_array: Callable[..., Any]
        parse_string: Callable[..., Any]
        memo: Dict[str, Any]

    # json.decoder's pure-Python parsers, which the hooks below wrap: CPython
    # has them since 2.6, typeshed declares only JSONDecoder and JSONDecodeError
    json_object: Callable[..., Tuple[List[Tuple[str, Any]], int]]
    json_object = json.decoder.JSONObject  # type: ignore[attr-defined]
    json_array: Callable[..., Tuple[List[Any], int]]
    json_array = json.decoder.JSONArray  # type: ignore[attr-defined]
    scanstring: Callable[[str, int, bool], Tuple[str, int]]
    scanstring = json.decoder.scanstring  # type: ignore[attr-defined]

    decoder = _HookedDecoder()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(i: int) -> Tuple[int, int]:
        k = bisect_right(line_starts, i) - 1
        return k + 1, i - line_starts[k] + 1

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, _w=None):
        s, end = s_and_end
        pairs, new_end = json_object(s_and_end, strict, scan_once, None, list, memo)
        out = PDict()
        out.line, out.col = pos(end - 1)
        out.key_pos = {}
        for k, v in pairs:
            out[k] = v
        return out, new_end

    def parse_array(s_and_end, scan_once, _w=None):
        s, end = s_and_end
        values, new_end = json_array(s_and_end, scan_once)
        out = PList(values)
        out.line, out.col = pos(end - 1)
        return out, new_end

    def parse_string(s, end, strict):
        value, new_end = scanstring(s, end, strict)
        out = PStr(value)
        out.line, out.col = pos(end)
        return out, new_end

    decoder.parse_object = parse_object
    decoder.parse_array = parse_array
    decoder.parse_string = parse_string
    decoder.memo = {}
    # the pure-Python scanner (it reads the hooks above; typeshed does not declare it)
    scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    idx = len(text) - len(text.lstrip())
    try:
        value, end = scan_once(text, idx)
    except StopIteration as exc:
        line, col = pos(exc.value if isinstance(exc.value, int) else idx)
        raise ChangelogError("JSON syntax error: expecting a value", line, col) from None  # the scanner's end signal
    except json.JSONDecodeError as exc:
        raise ChangelogError(f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno) from exc
    except RecursionError:
        raise ChangelogError("JSON nesting too deep") from None  # not the thousand frames that hit the limit
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


def _element_n(tag: str, value, line: int, col: int) -> N:
    """A YAML/JSON ``preConditions`` or ``modifySql`` as the XML reads: its
    scalars (``onFail: MARK_RAN``, ``tableName: t``) are attributes, in a
    mapping or a list of one-key mappings; the rest are child elements
    (``not: [columnExists: {...}]``, ``replace: {replace: a, with: b}``)."""
    node = N(tag, line=getattr(value, "line", line), col=getattr(value, "col", col))
    items = value.items() if isinstance(value, dict) else [
        next(iter(i.items())) + (i,) for i in value if isinstance(i, dict) and len(i) == 1
    ] if isinstance(value, list) else []
    for item in items:
        k, v = item[0], item[1]
        where = item[2] if len(item) > 2 else v
        if isinstance(v, (dict, list)):
            node.children.append(_element_n(k, v, getattr(where, "line", node.line), getattr(where, "col", node.col)))
        else:
            s = _scalar_text(v)
            if s is not None:
                node.attrs[k] = s
    if isinstance(value, list):
        for i in value:
            if not (isinstance(i, dict) and len(i) == 1):
                node.children.append(N("?", line=getattr(i, "line", node.line), col=getattr(i, "col", node.col)))
    return node


_ELEMENTS = frozenset({"preConditions", "modifySql"})


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
                elif ck in _ELEMENTS and isinstance(cv, (dict, list)):
                    cs.children.append(_element_n(ck, cv, line, col))
                elif isinstance(cv, (dict, list)):
                    cs.children.append(N(ck, line=getattr(cv, "line", line), col=getattr(cv, "col", col)))
                else:
                    s = _scalar_text(cv)
                    if s is not None:
                        cs.attrs[ck] = s
            root.children.append(cs)
        else:
            elem = k in _ELEMENTS and isinstance(v, (dict, list))
            n = _element_n(k, v, line, col) if elem else _to_n(k, v, line, col)
            n.line, n.col = line, col
            root.children.append(n)
    return root
