"""Prisma schema frontend (``schema.prisma``).

Why a hand-written parser: there is no maintained tree-sitter grammar for
Prisma on PyPI (no ``tree-sitter-prisma`` distribution exists; the only
wheels that carry one are multi-hundred-language bundles), and the Prisma
Schema Language is small and regular.  This module is a tokenizer plus a
recursive-descent parser for the whole language as Prisma documents it:

    schema      := (block | comment | NEWLINE)*
    block       := ("model" | "view" | "type" | "enum") NAME "{" member* "}"
                 | ("datasource" | "generator") NAME "{" (NAME "=" expr NEWLINE)* "}"
    member      := field | block_attr | enum_value
    field       := NAME type attribute* NEWLINE
    type        := NAME ("." NAME)? ("?" | "[]" | "[]?")?  |  "Unsupported" "(" STRING ")" ("?"|"[]")?
    attribute   := "@" NAME ("." NAME)* ("(" args? ")")?
    block_attr  := "@@" NAME ("." NAME)* ("(" args? ")")?
    args        := arg ("," arg)* ","?      arg := (NAME ":")? expr
    expr        := STRING | NUMBER | "true" | "false" | "[" (expr ("," expr)*)? "]"
                 | NAME ("." NAME)* ("(" args? ")")?

``//`` comments are dropped; ``///`` doc comments attach to the next model,
field or enum (or, written after a field on its line, to that field, as
prisma-field-encryption's ``name String? /// @encrypted`` does).

What becomes of a model: a :class:`CreateTable` named by ``@@map`` (else
the model name) in ``@@schema`` if any; each scalar, enum or composite
field a column named by ``@map``; relation fields (their type is another
model) are not columns, their ``@relation(fields: [...], references:
[...])`` makes a foreign key; implicit many-to-many relations make Prisma's
``_AToB`` join table.  ``@db.*`` native types give the column type, else
the provider's default mapping.  The doc comment is the column comment, so
``/// schemalint: ...`` annotations work; ``@encrypted`` in it
(prisma-field-encryption) sets ``ColumnDef.encryption``, and
``@encryption:hash(field)`` marks a keyed-hash lookup column.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from ..model import (
    Change,
    ColumnDef,
    ColumnType,
    Constraint,
    CreateTable,
    FileResult,
    ForeignKeyRef,
    Location,
    ParseFailure,
    Skipped,
    TableRef,
)
from ..record import dataclass, field, replace
from ..types import column_type, family_of, parse_type

FORMAT = "prisma"

# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

# kinds: NAME STRING NUMBER PUNCT NEWLINE DOC EOF
_PUNCT = set("{}()[],:=?.@")


@dataclass(frozen=True)
class Tok:
    kind: str
    value: str
    line: int
    col: int


class PrismaSyntaxError(Exception):
    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


def tokenize(text: str) -> List[Tok]:
    """Split Prisma schema text into tokens.  ``//`` comments are dropped,
    ``///`` doc comments kept as DOC tokens; newlines are tokens (fields
    end at the end of their line)."""
    toks: List[Tok] = []
    i, n = 0, len(text)
    line, line_start = 1, 0
    while i < n:
        c = text[i]
        col = i - line_start + 1
        if c == "\n":
            toks.append(Tok("NEWLINE", "\n", line, col))
            i += 1
            line += 1
            line_start = i
            continue
        if c in " \t\r\f\v\ufeff":
            i += 1
            continue
        if c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            if text.startswith("///", i):
                toks.append(Tok("DOC", text[i + 3:end].strip(), line, col))
            i = end
            continue
        if c == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == "\n":
                    raise PrismaSyntaxError("unterminated string", line, col)
                if text[j] == "\\" and j + 1 < n:
                    esc = text[j + 1]
                    buf.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}.get(esc, "\\" + esc))
                    j += 2
                    continue
                buf.append(text[j])
                j += 1
            if j >= n:
                raise PrismaSyntaxError("unterminated string", line, col)
            toks.append(Tok("STRING", "".join(buf), line, col))
            i = j + 1
            continue
        if c.isdigit() or (c == "-" and i + 1 < n and text[i + 1].isdigit()):
            j = i + 1
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            toks.append(Tok("NUMBER", text[i:j], line, col))
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            toks.append(Tok("NAME", text[i:j], line, col))
            i = j
            continue
        if c == "@" and text.startswith("@@", i):
            toks.append(Tok("PUNCT", "@@", line, col))
            i += 2
            continue
        if c == "[" and text.startswith("[]", i):
            toks.append(Tok("PUNCT", "[]", line, col))
            i += 2
            continue
        if c in _PUNCT:
            toks.append(Tok("PUNCT", c, line, col))
            i += 1
            continue
        raise PrismaSyntaxError(f"unexpected character {c!r}", line, col)
    toks.append(Tok("EOF", "", line, i - line_start + 1))
    return toks


# --------------------------------------------------------------------------
# Syntax tree
# --------------------------------------------------------------------------


@dataclass
class Expr:
    kind: str  # str | num | bool | array | call | ident
    value: object = None  # str/num text; list for array
    args: List[Tuple[Optional[str], "Expr"]] = field(default_factory=list)  # for call
    called: bool = False

    @property
    def items(self) -> List["Expr"]:
        """An array's elements (none for anything else)."""
        return self.value if isinstance(self.value, list) else []

    def text(self) -> str:
        if self.kind == "str":
            return '"' + str(self.value).replace('"', '\\"') + '"'
        if self.kind == "array":
            return "[" + ", ".join(e.text() for e in self.items) + "]"
        if self.kind == "call" or (self.kind == "ident" and self.called):
            inner = ", ".join((f"{k}: " if k else "") + v.text() for k, v in self.args)
            return f"{self.value}({inner})"
        return str(self.value)


@dataclass
class Attribute:
    name: str  # "id", "db.VarChar", "relation", "@map" for block attributes: "@@map" -> "map"
    args: List[Tuple[Optional[str], Expr]]
    line: int
    col: int

    def arg(self, name: Optional[str] = None, index: int = 0) -> Optional[Expr]:
        """Named argument, else the ``index``-th positional one."""
        if name is not None:
            for k, v in self.args:
                if k == name:
                    return v
        pos = [v for k, v in self.args if k is None]
        return pos[index] if index < len(pos) else None


@dataclass
class Field:
    name: str
    type_name: str
    optional: bool
    is_list: bool
    attrs: List[Attribute]
    doc: List[str]
    line: int
    col: int
    unsupported: Optional[str] = None

    def attr(self, name: str) -> Optional[Attribute]:
        return next((a for a in self.attrs if a.name == name), None)


@dataclass
class Block:
    kind: str  # model view type enum datasource generator
    name: str
    line: int
    col: int
    fields: List[Field] = field(default_factory=list)
    block_attrs: List[Attribute] = field(default_factory=list)
    assignments: Dict[str, Expr] = field(default_factory=dict)
    values: List[Tuple[str, Optional[str]]] = field(default_factory=list)  # enum values (name, @map)
    doc: List[str] = field(default_factory=list)

    def battr(self, name: str) -> Optional[Attribute]:
        return next((a for a in self.block_attrs if a.name == name), None)


# --------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------

BLOCK_KINDS = ("model", "view", "type", "enum", "datasource", "generator")


class Parser:
    def __init__(self, toks: List[Tok]):
        self.toks = toks
        self.i = 0
        self.errors: List[PrismaSyntaxError] = []

    # -- helpers
    @property
    def tok(self) -> Tok:
        return self.toks[self.i]

    def peek(self, k: int = 1) -> Tok:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def advance(self) -> Tok:
        t = self.toks[self.i]
        if t.kind != "EOF":
            self.i += 1
        return t

    def at(self, kind: str, value: Optional[str] = None) -> bool:
        t = self.tok
        return t.kind == kind and (value is None or t.value == value)

    def expect(self, kind: str, value: Optional[str] = None, what: str = "") -> Tok:
        if not self.at(kind, value):
            t = self.tok
            got = {"NEWLINE": "end of line", "EOF": "end of file"}.get(t.kind, repr(t.value))
            raise PrismaSyntaxError(f"expected {what or value or kind.lower()}, found {got}", t.line, t.col)
        return self.advance()

    def skip_newlines(self) -> None:
        while self.at("NEWLINE"):
            self.advance()

    def error(self, msg: str, tok: Optional[Tok] = None) -> PrismaSyntaxError:
        t = tok or self.tok
        return PrismaSyntaxError(msg, t.line, t.col)

    # -- schema
    def parse(self) -> List[Block]:
        blocks: List[Block] = []
        doc: List[str] = []
        while not self.at("EOF"):
            t = self.tok
            if t.kind == "NEWLINE":
                if self.peek().kind == "NEWLINE":
                    doc = []  # a blank line detaches doc comments
                self.advance()
                continue
            if t.kind == "DOC":
                doc.append(t.value)
                self.advance()
                continue
            try:
                if t.kind != "NAME" or t.value not in BLOCK_KINDS:
                    got = {"EOF": "end of file"}.get(t.kind, repr(t.value))
                    raise self.error(
                        f"expected a block (model, enum, view, type, datasource, generator), found {got}")
                blocks.append(self.block(doc))
            except PrismaSyntaxError as exc:
                self.errors.append(exc)
                self.recover()
            doc = []
        return blocks

    def recover(self) -> None:
        """Skip to the end of the current block: the next ``}`` at depth 0
        or the next line that starts a block."""
        depth = 0
        while not self.at("EOF"):
            t = self.advance()
            if t.kind == "PUNCT" and t.value == "{":
                depth += 1
            elif t.kind == "PUNCT" and t.value == "}":
                depth -= 1
                if depth <= 0:
                    return
            elif t.kind == "NEWLINE" and depth <= 0 and self.at("NAME") and self.tok.value in BLOCK_KINDS \
                    and self.tok.col == 1:
                return

    def block(self, doc: List[str]) -> Block:
        kw = self.advance()
        name = self.expect("NAME", what=f"a name after {kw.value!r}")
        b = Block(kw.value, name.value, kw.line, kw.col, doc=list(doc))
        self.expect("PUNCT", "{", what="'{'")
        member_doc: List[str] = []
        while True:
            t = self.tok
            if t.kind == "EOF":
                raise self.error(f"{kw.value} {name.value} is not closed: missing '}}'", kw)
            if t.kind == "PUNCT" and t.value == "}":
                self.advance()
                break
            if t.kind == "NEWLINE":
                if self.peek().kind == "NEWLINE":
                    member_doc = []
                self.advance()
                continue
            if t.kind == "DOC":
                member_doc.append(t.value)
                self.advance()
                continue
            if t.kind == "PUNCT" and t.value == "@@":
                b.block_attrs.append(self.attribute(block=True))
                self.end_of_member()
                member_doc = []
                continue
            if b.kind in ("datasource", "generator"):
                key = self.expect("NAME", what="a setting name")
                self.expect("PUNCT", "=", what="'='")
                b.assignments[key.value] = self.expr()
                self.end_of_member()
            elif b.kind == "enum":
                value = self.expect("NAME", what="an enum value")
                mapped = None
                while self.at("PUNCT", "@"):
                    a = self.attribute(block=False)
                    if a.name == "map":
                        mapped = _mapped(a) or mapped
                b.values.append((value.value, mapped))
                self.end_of_member()
            else:
                f = self.field_decl(member_doc)
                b.fields.append(f)
                trailing = self.end_of_member()
                if trailing:
                    f.doc.extend(trailing)
            member_doc = []
        return b

    def end_of_member(self) -> List[str]:
        """A member ends at a newline (or before '}'); a ``///`` comment on
        the same line belongs to it."""
        trailing: List[str] = []
        while self.at("DOC"):
            trailing.append(self.advance().value)
        if self.at("NEWLINE"):
            self.advance()
        elif not (self.at("PUNCT", "}") or self.at("EOF")):
            t = self.tok
            raise self.error(f"unexpected {t.value!r}: one declaration per line", t)
        return trailing

    def field_decl(self, doc: List[str]) -> Field:
        name = self.expect("NAME", what="a field name")
        tname = self.expect("NAME", what=f"a type for field {name.value!r}")
        type_name = tname.value
        unsupported = None
        if type_name == "Unsupported" and self.at("PUNCT", "("):
            self.advance()
            s = self.expect("STRING", what="a quoted type in Unsupported(...)")
            self.expect("PUNCT", ")", what="')'")
            unsupported = s.value
        while self.at("PUNCT", ".") and self.peek().kind == "NAME":  # qualified type name
            self.advance()
            type_name += "." + self.advance().value
        optional = is_list = False
        if self.at("PUNCT", "[]"):
            self.advance()
            is_list = True
        if self.at("PUNCT", "?"):
            self.advance()
            optional = True
        attrs: List[Attribute] = []
        while self.at("PUNCT", "@"):
            attrs.append(self.attribute(block=False))
        return Field(name.value, type_name, optional, is_list, attrs, list(doc), name.line, name.col,
                     unsupported)

    def attribute(self, block: bool) -> Attribute:
        at = self.advance()  # '@' or '@@'
        name = self.expect("NAME", what="an attribute name").value
        while self.at("PUNCT", ".") and self.peek().kind == "NAME":
            self.advance()
            name += "." + self.advance().value
        args: List[Tuple[Optional[str], Expr]] = []
        if self.at("PUNCT", "("):
            args = self.arguments()
        return Attribute(name, args, at.line, at.col)

    def arguments(self) -> List[Tuple[Optional[str], Expr]]:
        self.expect("PUNCT", "(")
        args: List[Tuple[Optional[str], Expr]] = []
        self.skip_newlines()
        while not self.at("PUNCT", ")"):
            key = None
            if self.at("NAME") and self.peek().kind == "PUNCT" and self.peek().value == ":":
                key = self.advance().value
                self.advance()
            args.append((key, self.expr()))
            self.skip_newlines()
            if self.at("PUNCT", ","):
                self.advance()
                self.skip_newlines()
            elif not self.at("PUNCT", ")"):
                raise self.error(f"expected ',' or ')' in arguments, found {self.tok.value!r}")
        self.advance()
        return args

    def expr(self) -> Expr:
        t = self.tok
        if t.kind == "STRING":
            self.advance()
            return Expr("str", t.value)
        if t.kind == "NUMBER":
            self.advance()
            return Expr("num", t.value)
        if t.kind == "NAME":
            self.advance()
            if t.value in ("true", "false"):
                return Expr("bool", t.value)
            name = t.value
            while self.at("PUNCT", ".") and self.peek().kind == "NAME":
                self.advance()
                name += "." + self.advance().value
            if self.at("PUNCT", "("):
                return Expr("call", name, self.arguments(), called=True)
            return Expr("ident", name)
        if t.kind == "PUNCT" and t.value in ("[", "[]"):
            self.advance()
            items: List[Expr] = []
            if t.value == "[]":
                return Expr("array", items)
            self.skip_newlines()
            while not self.at("PUNCT", "]"):
                items.append(self.expr())
                self.skip_newlines()
                if self.at("PUNCT", ","):
                    self.advance()
                    self.skip_newlines()
                elif not self.at("PUNCT", "]"):
                    raise self.error(f"expected ',' or ']' in a list, found {self.tok.value!r}")
            self.advance()
            return Expr("array", items)
        got = {"NEWLINE": "end of line", "EOF": "end of file"}.get(t.kind, repr(t.value))
        raise self.error(f"expected a value, found {got}")


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

#: provider -> Prisma scalar -> (SQL name, params)
_SCALARS: Dict[str, Dict[str, Tuple[str, Tuple[str, ...]]]] = {
    "postgresql": {"String": ("text", ()), "Boolean": ("boolean", ()), "Int": ("integer", ()),
                   "BigInt": ("bigint", ()), "Float": ("double precision", ()),
                   "Decimal": ("decimal", ("65", "30")), "DateTime": ("timestamp", ("3",)),
                   "Json": ("jsonb", ()), "Bytes": ("bytea", ())},
    "mysql": {"String": ("varchar", ("191",)), "Boolean": ("boolean", ()), "Int": ("int", ()),
              "BigInt": ("bigint", ()), "Float": ("double", ()), "Decimal": ("decimal", ("65", "30")),
              "DateTime": ("datetime", ("3",)), "Json": ("json", ()), "Bytes": ("longblob", ())},
    "sqlite": {"String": ("text", ()), "Boolean": ("boolean", ()), "Int": ("integer", ()),
               "BigInt": ("bigint", ()), "Float": ("real", ()), "Decimal": ("decimal", ()),
               "DateTime": ("datetime", ()), "Json": ("jsonb", ()), "Bytes": ("blob", ())},
    "sqlserver": {"String": ("nvarchar", ("1000",)), "Boolean": ("bit", ()), "Int": ("int", ()),
                  "BigInt": ("bigint", ()), "Float": ("float", ("53",)), "Decimal": ("decimal", ("32", "16")),
                  "DateTime": ("datetime2", ()), "Json": ("nvarchar", ("max",)), "Bytes": ("varbinary", ("max",))},
    "mongodb": {"String": ("string", ()), "Boolean": ("bool", ()), "Int": ("int", ()),
                "BigInt": ("long", ()), "Float": ("double", ()), "Decimal": ("decimal", ()),
                "DateTime": ("date", ()), "Json": ("object", ()), "Bytes": ("bindata", ())},
}
_SCALARS["cockroachdb"] = _SCALARS["postgresql"]
SCALARS = frozenset(_SCALARS["postgresql"])

#: @db.X native types (lower-cased) -> SQL base name; the family comes from
#: :func:`schemalint.types.family_of`.  A native type not listed takes the
#: family of the Prisma scalar it annotates.
_NATIVE = {n: n for n in (
    "text varchar char citext xml tinytext mediumtext longtext nvarchar nchar ntext string smallint "
    "integer int bigint oid tinyint mediumint year real float double decimal money smallmoney numeric "
    "timestamp timestamptz datetime datetime2 datetimeoffset smalldatetime date time timetz boolean bit "
    "varbit json jsonb bytea binary varbinary tinyblob blob mediumblob longblob image bindata uuid "
    "uniqueidentifier inet objectid").split()}
_NATIVE.update({
    "unsignedtinyint": "tinyint unsigned", "unsignedsmallint": "smallint unsigned",
    "unsignedmediumint": "mediumint unsigned", "unsignedint": "int unsigned",
    "unsignedbigint": "bigint unsigned", "int2": "smallint", "int4": "integer", "int8": "bigint",
    "long": "bigint", "doubleprecision": "double precision", "float4": "real",
    "float8": "double precision", "bool": "boolean",
})


def _scalar_family(scalar: str) -> str:
    """A Prisma scalar's family: that of its PostgreSQL type, whatever the
    provider (``Json`` is ``nvarchar`` on SQL Server and ``DateTime`` a
    BSON ``date`` on MongoDB, yet they hold a document and a timestamp)."""
    sql, params = _SCALARS["postgresql"].get(scalar, ("", ()))
    return family_of(sql, params) if sql else "other"


def _params(attr: Attribute) -> Tuple[str, ...]:
    return tuple(str(v.value) if v.kind in ("num", "str", "ident") else v.text() for _k, v in attr.args)


def _column_type(f: Field, provider: str, enums: Dict[str, str], composites: set) -> ColumnType:
    name, fam, params, raw = _base_type(f, provider, enums, composites)
    if f.is_list:  # a scalar list is an array of the type
        return column_type(name + "[]", params, raw)
    return ColumnType(name, fam, params, raw)


def _base_type(f: Field, provider: str, enums: Dict[str, str],
               composites: set) -> Tuple[str, str, Tuple[str, ...], str]:
    """``(SQL base name, family, params, raw)`` of a field's type (``raw``
    as written, ``[]`` included)."""
    suffix = "[]" if f.is_list else ""
    native = next((a for a in f.attrs if a.name.startswith("db.")), None)
    if f.unsupported is not None:
        parsed = parse_type(f.unsupported)
        name = f.unsupported.strip().lower().split("(", 1)[0].strip()
        return name, parsed.family, (), f'Unsupported("{f.unsupported}")' + suffix
    if native is not None:
        nname = native.name.split(".", 1)[1]
        params = _params(native)
        sql = _NATIVE.get(nname.lower())
        fam = family_of(sql, params) if sql is not None else _scalar_family(f.type_name)
        raw = f"{f.type_name}{suffix} @{native.name}" + (f"({', '.join(params)})" if params else "")
        return sql or nname.lower(), fam, params, raw
    if f.type_name in enums:  # the database type is named after the enum
        return enums[f.type_name].lower(), family_of("enum"), (), f.type_name + suffix
    if f.type_name in composites:  # a MongoDB composite type is an embedded document
        return "json", family_of("json"), (), f.type_name + suffix
    sql, params = _SCALARS.get(provider, _SCALARS["postgresql"]).get(f.type_name, (f.type_name.lower(), ()))
    return sql, _scalar_family(f.type_name), params, f.type_name + suffix


def _mapped(attr: Optional[Attribute]) -> Optional[str]:
    """The database name of ``@map``/``@@map``: ``@map("created_at")`` or its
    named form ``@map(name: "created_at")``."""
    return _str_arg(attr, "name")


def _str_arg(attr: Optional[Attribute], name: Optional[str] = None) -> Optional[str]:
    if attr is None:
        return None
    e = attr.arg(name) if name else attr.arg()
    if e is None and name:
        e = attr.arg()
    return str(e.value) if e is not None and e.kind == "str" else None


def _field_list(e: Optional[Expr]) -> List[str]:
    """``[a, b(sort: Desc)]`` -> ["a", "b"]."""
    if e is None or e.kind != "array":
        return []
    out = []
    for item in e.items:
        if item.kind in ("ident", "call"):
            out.append(str(item.value))
        elif item.kind == "str":
            out.append(str(item.value))
    return out


_ENC_MARKER = "@encrypted"
_HASH_MARKER = "@encryption:hash"


def _encryption(doc: str) -> Optional[str]:
    """prisma-field-encryption annotations in a field's doc comment."""
    low = doc.lower()
    if _HASH_MARKER in low:
        return "prisma-field-encryption:hash"
    i = low.find(_ENC_MARKER)
    while i >= 0:
        end = i + len(_ENC_MARKER)
        if end >= len(low) or not (low[end].isalnum() or low[end] == "_"):
            return "prisma-field-encryption"
        i = low.find(_ENC_MARKER, end)
    return None


# --------------------------------------------------------------------------
# Schema -> changes
# --------------------------------------------------------------------------


def _build(path: str, blocks: List[Block]) -> Tuple[List[Change], Dict[str, object]]:
    changes: List[Change] = []
    provider = "postgresql"
    for b in blocks:
        if b.kind == "datasource":
            p = b.assignments.get("provider")
            if p is not None and p.kind == "str":
                provider = str(p.value)
    models = {b.name: b for b in blocks if b.kind in ("model", "view")}
    enums = {b.name: (_mapped(b.battr("map")) or b.name) for b in blocks if b.kind == "enum"}
    composites = {b.name for b in blocks if b.kind == "type"}

    def table_of(m: Block) -> TableRef:
        return TableRef(_mapped(m.battr("map")) or m.name, _str_arg(m.battr("schema")))

    def column_of(m: Block, fname: str) -> str:
        f = next((x for x in m.fields if x.name == fname), None)
        if f is None:
            return fname
        return _mapped(f.attr("map")) or f.name

    def loc(line: int, col: int) -> Location:
        return Location(path, line, col)

    rels: Dict[str, List[Tuple[Block, Field, bool]]] = {}
    elsewhere: List[list] = []  # [table, schema, column, type]: a provisional column
    relations: List[list] = []  # a foreign key to a model of another file
    lists: List[list] = []  # a list field whose type is in another file (implicit many-to-many)
    for m in blocks:
        if m.kind == "view":
            changes.append(Skipped(f"view {m.name}: views are not analysed", loc(m.line, m.col)))
            continue
        if m.kind != "model":
            continue
        table = table_of(m)
        cols: List[ColumnDef] = []
        cons: List[Constraint] = []
        for f in m.fields:
            pending = False
            if f.type_name in models and f.unsupported is None:
                rel = f.attr("relation")
                fields = _field_list(rel.arg("fields")) if rel else []
                refs = _field_list(rel.arg("references")) if rel else []
                if fields:
                    target = models[f.type_name]
                    fk = ForeignKeyRef(table_of(target), tuple(column_of(target, r) for r in refs))
                    cons.append(Constraint("foreign", tuple(column_of(m, x) for x in fields),
                                           loc(f.line, f.col), _str_arg(rel, "map"), fk))
                rname = _str_arg(rel, "name") if rel else None
                key = rname or "To".join(sorted([m.name, f.type_name]))
                rels.setdefault(key, []).append((m, f, bool(fields)))
                continue
            if (f.type_name not in SCALARS and f.type_name not in enums and f.type_name not in composites
                    and f.unsupported is None):
                # declared in another file of a multi-file schema: a model
                # (a relation), an enum or a composite type; :func:`resolve`
                # decides once the history's files are together
                rel = f.attr("relation")
                fields = _field_list(rel.arg("fields")) if rel else []
                if f.is_list:
                    lists.append([m.name, f.name, f.type_name, _str_arg(rel, "name") if rel else None,
                                  table.name, table.schema, f.line, f.col])
                if fields and rel is not None:
                    relations.append([table.name, table.schema, f.type_name, [column_of(m, x) for x in fields],
                                      _field_list(rel.arg("references")), _str_arg(rel, "map"), f.line, f.col])
                    continue
                if rel is not None:  # a relation field (the other side holds the key)
                    continue
                # an enum's or a composite's column, unless the type is a model
                elsewhere.append([table.name, table.schema, _mapped(f.attr("map")) or f.name, f.type_name])
                pending = True
            doc = "\n".join(f.doc) if f.doc else None
            default = f.attr("default")
            default_value = default.arg() if default is not None else None
            hints = {"orm_type": f.type_name + ("[]" if f.is_list else "") + ("?" if f.optional else "")}
            known = enums
            if pending:  # provisional: read as an enum until resolved
                hints["prisma_elsewhere"] = f.type_name
                known = {**enums, f.type_name: f.type_name}
            if _mapped(f.attr("map")):
                hints["prisma_field"] = f.name
            if f.attr("updatedAt") is not None:
                hints["updated_at"] = "true"
            cols.append(ColumnDef(
                name=_mapped(f.attr("map")) or f.name,
                type=_column_type(f, provider, known, composites),
                location=loc(f.line, f.col),
                nullable=f.optional or f.is_list,
                primary_key=f.attr("id") is not None,
                unique=f.attr("unique") is not None,
                default=default_value.text() if default_value is not None else None,
                comment=doc,
                encryption=_encryption(doc) if doc else None,
                hints=hints,
            ))
        for a in m.block_attrs:
            kind = {"id": "primary", "unique": "unique", "index": "index", "fulltext": "index"}.get(a.name)
            if kind is None:
                continue
            names = _field_list(a.arg("fields"))
            cname = next((str(v.value) for k, v in a.args if k in ("map", "name") and v.kind == "str"), None)
            cons.append(Constraint(kind, tuple(column_of(m, x) for x in names), loc(a.line, a.col), cname))
        comment = "\n".join(m.doc) if m.doc else None
        changes.append(CreateTable(table, tuple(cols), loc(m.line, m.col), comment=comment,
                                   constraints=tuple(cons), hints={"orm": "prisma", "model": m.name}))
    # implicit many-to-many relations: Prisma's join table _<relation> with columns A and B
    for rel_name, sides in rels.items():
        # many-to-many: both ends are lists and neither holds the foreign key
        if len(sides) != 2 or not all(f.is_list and not has_fields for _m, f, has_fields in sides):
            continue
        ms = sorted([sides[0][0].name, sides[1][0].name])
        first, second = models[ms[0]], models[ms[1]]
        m, f, _ = sides[0]
        cols = []
        cons = []
        for letter, target in (("A", first), ("B", second)):
            idf = next((x for x in target.fields if x.attr("id") is not None), None)
            ctype = _column_type(idf, provider, enums, composites) if idf else None
            fk = ForeignKeyRef(table_of(target), (column_of(target, idf.name),) if idf else ())
            cols.append(ColumnDef(letter, ctype, loc(f.line, f.col), nullable=False, references=fk,
                                  hints={"prisma_implicit_relation": rel_name}))
            cons.append(Constraint("foreign", (letter,), loc(f.line, f.col), None, fk))
        cons.append(Constraint("unique", ("A", "B"), loc(f.line, f.col)))
        cons.append(Constraint("index", ("B",), loc(f.line, f.col)))
        changes.append(CreateTable(TableRef(f"_{rel_name}", table_of(first).schema), tuple(cols),
                                   loc(f.line, f.col), constraints=tuple(cons),
                                   hints={"orm": "prisma", "implicit_relation": rel_name}))
    meta: Dict[str, object] = {"provider": provider}
    if any(b.kind == "datasource" for b in blocks):
        meta["datasource"] = True
    if elsewhere or relations or lists or models or enums or composites:
        meta["declares"] = _declarations(blocks, provider, enums, composites, table_of)
    if elsewhere or relations or lists:
        meta["elsewhere"], meta["relations"], meta["lists"] = elsewhere, relations, lists
    return changes, meta


def _declarations(blocks: List[Block], provider: str, enums: Dict[str, str], composites: set,
                  table_of) -> Dict[str, object]:
    """What this file declares, for :func:`resolve` in the files that refer
    to it: each model's table, its fields' column names and its id column
    (name and type), each enum's database name, the composite types."""
    models: Dict[str, list] = {}
    for b in blocks:
        if b.kind != "model":
            continue
        t = table_of(b)
        cols = {f.name: _mapped(f.attr("map")) or f.name for f in b.fields}
        idf = next((f for f in b.fields if f.attr("id") is not None), None)
        ident = None
        if idf is not None:
            ct = _column_type(idf, provider, enums, composites)
            ident = [cols[idf.name], ct.name, ct.family, list(ct.params), ct.raw]
        models[b.name] = [t.name, t.schema, cols, ident]
    return {"model": models, "enum": dict(enums), "type": sorted(composites)}


def resolve(results: List[FileResult]) -> List[FileResult]:
    """A multi-file Prisma schema (``prismaSchemaFolder``): what a file
    refers to in another file of its history, resolved.  A field typed by a
    model of another file is a relation, not a column (its ``@relation(fields:
    ...)`` a foreign key); typed by an enum it stays an enum column, by a
    composite type a document; declared in no file, it is a located note.
    Two list fields of models in different files make Prisma's implicit
    ``_AToB`` join table."""
    if not any(_listed(r, "elsewhere") or _listed(r, "relations") or _listed(r, "lists") for r in results):
        return results
    models: Dict[str, list] = {}
    enums: Dict[str, str] = {}
    types: set = set()
    for r in results:
        d = r.meta.get("declares")
        if isinstance(d, dict):
            models.update(d.get("model") or {})
            enums.update(d.get("enum") or {})
            types.update(d.get("type") or ())
    joins = _join_tables(results, models)
    out = []
    for r in results:
        if not (_listed(r, "elsewhere") or _listed(r, "relations") or r.path in joins):
            out.append(r)
            continue
        fks: Dict[Tuple[str, Optional[str]], List[Constraint]] = {}
        notes: List[Change] = []
        for table, schema, target, cols, refs, name, line, col in _listed(r, "relations"):
            where = Location(r.path, line, col)
            if target not in models:
                notes.append(Skipped(f"a relation of {table} to {target}, a model declared in no file of this "
                                     f"schema: its foreign key is not known", where))
                continue
            tname, tschema, tcols, _ident = models[target]
            fk = ForeignKeyRef(TableRef(tname, tschema), tuple(tcols.get(x, x) for x in refs))
            fks.setdefault((table, schema), []).append(Constraint("foreign", tuple(cols), where, name, fk))
        changes: List[Change] = []
        for ch in r.changes:
            if isinstance(ch, CreateTable):
                cols_out = []
                for c in ch.columns:
                    t = c.hints.get("prisma_elsewhere")
                    if t is None:
                        cols_out.append(c)
                        continue
                    hints = {k: v for k, v in c.hints.items() if k != "prisma_elsewhere"}
                    if t in enums:
                        sql = enums[t].lower() + ("[]" if c.type is not None and c.type.name.endswith("[]") else "")
                        ctype = column_type(sql, (), c.type.raw if c.type is not None else t) \
                            if sql.endswith("[]") else ColumnType(sql, family_of("enum"), (), t)
                        cols_out.append(replace(c, type=ctype, hints=hints))
                    elif t in types:
                        cols_out.append(replace(c, type=ColumnType("json", family_of("json"), (),
                                                               c.type.raw if c.type else t), hints=hints))
                    elif t not in models:
                        notes.append(Skipped(f"field {ch.table.name}.{c.name} has type {t}, which no file of this "
                                             f"schema declares; it is not read as a column", c.location))
                    # a model: a relation field, not a column
                extra = tuple(fks.pop((ch.table.name, ch.table.schema), ()))
                ch = replace(ch, columns=tuple(cols_out), constraints=ch.constraints + extra)
            changes.append(ch)
        # a key whose table this file does not create (relations are read only from its models,
        # so this is not expected): said, never dropped silently
        for (table, _schema), cons in fks.items():
            notes.extend(Skipped(f"a foreign key of {table}, a table this file does not create, "
                                 f"is not applied", c.location) for c in cons)
        changes.extend(joins.get(r.path, ()))
        out.append(replace(r, changes=tuple(changes + notes)))
    return out


def _listed(r: FileResult, key: str) -> List[list]:
    """A list :func:`_build` left in a result's meta for :func:`resolve`."""
    v = r.meta.get(key)
    return v if isinstance(v, list) else []


def _join_tables(results: List[FileResult], models: Dict[str, list]) -> Dict[str, List[Change]]:
    """Implicit many-to-many join tables whose two list fields are in
    different files: ``{path of the first model's file: [CreateTable]}``."""
    sides: Dict[str, List[Tuple[str, list]]] = {}
    for r in results:
        for m, _fname, target, relname, _table, _schema, line, col in _listed(r, "lists"):
            if target in models:
                sides.setdefault(relname or "To".join(sorted([m, target])), []).append((r.path, [m, target, line, col]))
    out: Dict[str, List[Change]] = {}
    for rel_name, ends in sorted(sides.items()):
        if len(ends) != 2 or {ends[0][1][0], ends[0][1][1]} != {ends[1][1][0], ends[1][1][1]}:
            continue
        path, (m, _t, line, col) = min(ends, key=lambda e: e[1][0])
        first, second = sorted([ends[0][1][0], ends[0][1][1]])
        where = Location(path, line, col)
        cols, cons = [], []
        for letter, target in (("A", first), ("B", second)):
            tname, tschema, _cols, ident = models[target]
            fk = ForeignKeyRef(TableRef(tname, tschema), (ident[0],) if ident else ())
            ctype = ColumnType(ident[1], ident[2], tuple(ident[3]), ident[4]) if ident else None
            cols.append(ColumnDef(letter, ctype, where, nullable=False, references=fk,
                                  hints={"prisma_implicit_relation": rel_name}))
            cons.append(Constraint("foreign", (letter,), where, None, fk))
        cons += [Constraint("unique", ("A", "B"), where), Constraint("index", ("B",), where)]
        out.setdefault(path, []).append(CreateTable(
            TableRef(f"_{rel_name}", models[first][1]), tuple(cols), where, constraints=tuple(cons),
            hints={"orm": "prisma", "implicit_relation": rel_name}))
    return out


_DIALECTS = {"postgresql": "postgres", "cockroachdb": "postgres", "mysql": "mysql", "sqlite": "sqlite",
             "sqlserver": "tsql", "mongodb": None}


def parse(source, options=None) -> FileResult:
    path = source.path
    try:
        try:
            toks = tokenize(source.text)
        except PrismaSyntaxError as exc:
            return FileResult(path, FORMAT, (ParseFailure(f"Prisma syntax error: {exc.message}",
                                                          Location(path, exc.line, exc.col)),))
        p = Parser(toks)
        blocks = p.parse()
        changes: List[Change] = [ParseFailure(f"Prisma syntax error: {e.message}", Location(path, e.line, e.col))
                                 for e in p.errors]
        built, meta = _build(path, blocks)
        changes.extend(built)
        n_models = sum(1 for b in blocks if b.kind == "model")
        return FileResult(path, FORMAT, tuple(changes), meta=meta,
                          dialect=_DIALECTS.get(str(meta.get("provider"))),
                          stats={"statements": len(blocks), "noop": len(blocks) - n_models})
    except Exception as exc:  # parse must never raise
        return FileResult(path, FORMAT, (ParseFailure(
            f"internal error in the Prisma frontend ({type(exc).__name__}: {exc}); the file was not analysed",
            Location(path, 1, 1)),))
