"""The values of the PHP abstract interpreter, literal decoding and class
collection (:mod:`schemalint.frontends.php`).

Values are what an expression is known to be: Python ``str``/``int``/
``float``/``bool``/``None`` for literals, :class:`Array` for array
literals, the records below for classes, closures and ``$this``, and
:data:`UNKNOWN` for everything the interpreter cannot know without running
PHP.
"""

from __future__ import annotations

from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from ...model import TableRef
from ...record import dataclass, field
from .. import treesitter as ts


class _Unknown:
    __slots__ = ()

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


@dataclass(frozen=True)
class ClassName:
    """``Foo::class`` (or a class named in a string)."""

    name: str

    @property
    def basename(self) -> str:
        return self.name.rsplit("\\", 1)[-1]


@dataclass(frozen=True)
class Raw:
    """``DB::raw('...')``."""

    sql: Any


@dataclass
class Array:
    """A PHP array literal: items are ``(key, value, key_node, value_node)``."""

    items: List[Tuple[Any, Any, Any, Any]] = field(default_factory=list)

    def values(self) -> list:
        return [v for _, v, _, _ in self.items]

    def get(self, key, default=None):
        for k, v, _, _ in self.items:
            if k == key:
                return v
        return default


@dataclass(eq=False)
class This:
    cls: "ClassInfo"


@dataclass(eq=False)
class Prop:
    """``$this->load``, ``$this->cache`` ...: services of the host framework."""

    name: str


@dataclass(eq=False)


@dataclass(eq=False)
class BoundMethod:
    """``$obj->method(...)`` / ``Foo::method(...)``: a method as a callable
    (PHP 8.1's first-class callable syntax), not yet called."""

    target: Any
    method: str


@dataclass(eq=False)
class Closure:
    node: Any
    env: Dict[str, Any]
    cls: Optional["ClassInfo"]


@dataclass(eq=False)
class ClassInfo:
    node: Any
    name: str
    base: str
    methods: Dict[str, Any] = field(default_factory=dict)
    props: Dict[str, Any] = field(default_factory=dict)
    prop_nodes: Dict[str, Any] = field(default_factory=dict)
    consts: Dict[str, Any] = field(default_factory=dict)
    abstract: bool = False
    kind: str = "class"  # class | trait | anonymous


# --------------------------------------------------------------------------
# Literals as SQL text
# --------------------------------------------------------------------------

def lit_text(v: Any) -> str:
    """A PHP literal as text (for params and defaults)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "NULL"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def sql_default(v: Any, node) -> str:
    if isinstance(v, Raw):
        return v.sql if isinstance(v.sql, str) else ts.text(node)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, (bool, int, float)) or v is None:
        return lit_text(v)
    return ts.text(node)


# --------------------------------------------------------------------------
# Literal decoding
# --------------------------------------------------------------------------

_DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f",
               "\\": "\\", "$": "$", '"': '"'}


def unescape_single(body: str) -> str:
    out = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and i + 1 < n and body[i + 1] in ("'", "\\"):
            out.append(body[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def unescape_double(body: str) -> str:
    out = []
    i, n = 0, len(body)
    hexdigits = "0123456789abcdefABCDEF"
    while i < n:
        ch = body[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _DQ_ESCAPES:
            out.append(_DQ_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8) & 0xFF))
            i = j
        elif nxt == "x" and i + 2 < n and body[i + 2] in hexdigits:
            j = i + 2
            while j < n and j < i + 4 and body[j] in hexdigits:
                j += 1
            out.append(chr(int(body[i + 2:j], 16)))
            i = j
        elif nxt == "u" and i + 2 < n and body[i + 2] == "{":
            end = body.find("}", i + 3)
            try:
                out.append(chr(int(body[i + 3:end], 16)))
                i = end + 1
            except (ValueError, OverflowError):
                out.append(ch)
                i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def heredoc_text(node, dedent: bool = True) -> Optional[str]:
    """The value of a heredoc/nowdoc without interpolation, else None.
    ``dedent=False`` keeps the closing marker's indentation on every line
    (for embedded SQL: same statements, exact host-file columns)."""
    body = node.child_by_field_name("value")
    end = node.child_by_field_name("end_tag")
    if body is None:
        return ""
    if node.type == "heredoc":
        for c in body.named_children:
            if c.type not in ("string_content", "escape_sequence", "string_value"):
                return None
    raw = ts.text(body)
    indent = 0
    if end is not None:
        indent = end.start_point[1]
    lines = raw.split("\n")
    if lines and lines[0].strip() == "":
        lines = lines[1:]
    if indent and dedent:
        lines = [ln[indent:] if ln[:indent].strip() == "" else ln.lstrip() for ln in lines]
    while lines and lines[-1].strip() == "":
        lines.pop()
    value = "\n".join(lines)
    return unescape_double(value) if node.type == "heredoc" else value


def named_children(node) -> list:
    """Named children without comments."""
    return [c for c in node.named_children if c.type != "comment"]


def mentions(node, tokens: FrozenSet[str], variables: FrozenSet[str]) -> bool:
    """True when the subtree holds one of ``tokens`` (a leaf's text) or a
    variable named in ``variables`` (without ``$``): how a frontend decides
    whether a syntax error or an unreached method may hide a call it reads."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.child_count == 0:
            if ts.text(n) in tokens:
                return True
            continue
        if n.type == "variable_name":
            if ts.text(n).lstrip("$") in variables:
                return True
            continue
        stack.extend(n.children)
    return False


# --------------------------------------------------------------------------
# Class collection (shared by migrations and models)
# --------------------------------------------------------------------------

CLASS_NODES = ("class_declaration", "anonymous_class", "trait_declaration")


def collect_classes(root, evaluator) -> List[ClassInfo]:
    out: List[ClassInfo] = []
    stack = [root]
    found = []
    while stack:
        n = stack.pop()
        if n.type in CLASS_NODES:
            found.append(n)
        if n.type in ("method_declaration", "function_definition"):
            continue
        stack.extend(reversed(n.children))
    found.sort(key=lambda n: n.start_byte)
    for n in found:
        name_node = n.child_by_field_name("name")
        name = ts.text(name_node) if name_node is not None else "class@anonymous"
        base = ""
        abstract = False
        for c in n.children:
            if c.type == "base_clause":
                names = [x for x in c.named_children if x.type in ("name", "qualified_name")]
                if names:
                    base = ts.text(names[0]).rsplit("\\", 1)[-1]
            elif c.type == "abstract_modifier":
                abstract = True
        info = ClassInfo(n, name, base, abstract=abstract,
                          kind="trait" if n.type == "trait_declaration" else
                          ("anonymous" if n.type == "anonymous_class" else "class"))
        body = n.child_by_field_name("body")
        if body is None:
            body = next((c for c in n.children if c.type == "declaration_list"), None)
        if body is not None:
            for member in body.named_children:
                if member.type == "method_declaration":
                    mn = member.child_by_field_name("name")
                    if mn is not None:
                        info.methods.setdefault(ts.text(mn).lower(), member)
                elif member.type == "property_declaration":
                    for el in member.named_children:
                        if el.type != "property_element":
                            continue
                        vn = el.child_by_field_name("name")
                        dv = el.child_by_field_name("default_value")
                        if vn is None:
                            continue
                        pname = ts.text(vn).lstrip("$")
                        info.props[pname] = evaluator(dv) if dv is not None else None
                        info.prop_nodes[pname] = dv if dv is not None else el
                elif member.type == "const_declaration":
                    for el in member.named_children:
                        if el.type != "const_element":
                            continue
                        kids = named_children(el)
                        if len(kids) >= 2:
                            info.consts[ts.text(kids[0])] = evaluator(kids[-1])
        out.append(info)
    return out


# --------------------------------------------------------------------------
# Names and lists in PHP values
# --------------------------------------------------------------------------

def table_ref(name: str) -> TableRef:
    """A table named in a PHP string (``schema.table``, quotes stripped)."""
    name = name.strip().strip("`\"")
    if "." in name:
        schema, _, table = name.rpartition(".")
        return TableRef(table.strip("`\""), schema.strip("`\"") or None)
    return TableRef(name)


def str_list(v) -> Optional[List[str]]:
    """A column list: a string or an array of strings; None if not literal."""
    if isinstance(v, str):
        return [v]
    if isinstance(v, Array):
        out = []
        for x in v.values():
            if not isinstance(x, str):
                return None
            out.append(x)
        return out
    return None
