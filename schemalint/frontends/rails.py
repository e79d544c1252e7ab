"""Rails (ActiveRecord) frontend: migrations, ``db/schema.rb`` and models.

Ruby is read with tree-sitter (``tree-sitter-ruby``), never executed and
never matched with regular expressions: every construct is recognised from
the syntax tree.  Three kinds of file arrive here:

``rails`` (``db/migrate/*.rb``)
    A migration class (``class X < ActiveRecord::Migration[7.1]``).  Only
    ``change``, ``up`` and ``self.up`` are applied; ``down`` is ignored.
    Inside them: ``create_table`` (with its ``t.*`` block), ``change_table``,
    ``create_join_table``, ``add_column``, ``remove_column(s)``,
    ``rename_column``, ``change_column``, ``change_column_null``,
    ``change_column_comment``, ``change_table_comment``, ``rename_table``,
    ``drop_table``, ``add_index``, ``remove_index``,
    ``add_reference``/``add_belongs_to``, ``remove_reference``,
    ``add_foreign_key``, ``remove_foreign_key``, ``add_timestamps``,
    ``remove_timestamps`` and ``execute`` with literal SQL (handed to the
    SQL frontend, located in this file).

    Keys carry the names Rails gives them, so a later drop finds them:
    ``name:`` when given, else ``index_<table>_on_<a>_and_<b>`` for an
    index (from 7.1, ``idx_on_<a>_<b>_<hash>`` when that is longer than 62
    bytes; a polymorphic reference's index is ``index_<table>_on_<ref>``
    from 6.1) and ``fk_rails_<hash>`` for a foreign key (SHA-256 of
    ``<table>_<column>_fk``).  ``remove_index`` (also ``t.remove_index``
    in ``change_table``) drops by ``name:`` or by the default name of its
    columns -- an index added under a custom name and removed by column,
    or one Rails renamed with its table or column (``rename_table``,
    ``rename_column``, ``rename_index``: names are not followed through
    renames), is reported by replay as an unknown key.
    ``remove_foreign_key`` (and ``t.remove_foreign_key``) drops by
    ``name:``, else by kind and column (``column:``, or the referenced
    table singularized + ``_id``), which is how Rails looks the key up.
    ``if_exists: true`` is honoured.

    Static evaluation only: literals (symbols, strings, heredocs without
    interpolation, ``%w[]``, arrays, hashes), local variables and class
    constants assigned a literal, ``LITERAL.each do |x|`` loops over a
    literal array (unrolled), and helper methods of the same class called
    without dynamic arguments (inlined).  Wrappers whose block runs once
    (``safety_assured``, ``up_only``, ``with_lock_retries``,
    ``transaction``, ``say_with_time``, ``reversible``'s ``dir.up``) are
    followed.  ``if``/``unless`` bodies are followed as if the condition
    held, with a note.  Everything else becomes a located ``Skipped``.

``rails`` (``db/schema.rb``)
    The body of ``ActiveRecord::Schema.define`` / ``Schema[7.1].define``
    is read with the same statement handlers; it is its own history.

``rails-model`` (``app/models/*.rb``)
    Encryption evidence: Active Record Encryption ``encrypts :a, :b``,
    Lockbox ``has_encrypted :a`` (column ``a_ciphertext``) and
    ``blind_index :a`` (``a_bidx``), attr_encrypted ``attr_encrypted :a``
    (``encrypted_a`` and ``encrypted_a_iv``).  Each becomes an
    :class:`~schemalint.model.Annotate` (``source="model"``) on the model's
    table: ``self.table_name = "..."`` or Rails' default, the class name
    demodulized, underscored and pluralized with ActiveSupport's default
    English inflections (see :func:`pluralize`).  A model that inherits
    from another model (not ``ApplicationRecord``/``ActiveRecord::Base``)
    uses its parent's table (single-table inheritance).
"""

from __future__ import annotations

import os
import re
from typing import Dict, List, Optional, Sequence, Tuple

from ..hashing import sha256
from ..model import (
    AddColumn, AddConstraint, AlterColumn, Annotate, ColumnDef, ColumnType, Constraint,
    CreateTable, DropColumn, DropConstraint, DropTable, FileResult, ForeignKeyRef, Location,
    ParseFailure, RenameColumn, RenameTable, SetComment, Skipped, TableRef,
)
from ..record import dataclass, field, replace
from ..types import column_type, family_of
from . import treesitter
from .embedded import Embedded

FORMAT = "rails"
FORMATS = ("rails", "rails-model")

# --------------------------------------------------------------------------
# Inflections (ActiveSupport's default English rules, applied the same way)
# --------------------------------------------------------------------------

_PLURALS = [  # (pattern, replacement); later rules win, as in ActiveSupport
    (r"$", "s"), (r"s$", "s"), (r"^(ax|test)is$", r"\1es"), (r"(octop|vir)us$", r"\1i"),
    (r"(octop|vir)i$", r"\1i"), (r"(alias|status)$", r"\1es"), (r"(bu)s$", r"\1ses"),
    (r"(buffal|tomat)o$", r"\1oes"), (r"([ti])um$", r"\1a"), (r"([ti])a$", r"\1a"),
    (r"sis$", "ses"), (r"(?:([^f])fe|([lr])f)$", r"\1\2ves"), (r"(hive)$", r"\1s"),
    (r"([^aeiouy]|qu)y$", r"\1ies"), (r"(x|ch|ss|sh)$", r"\1es"),
    (r"(matr|vert|ind)(?:ix|ex)$", r"\1ices"), (r"^(m|l)ouse$", r"\1ice"),
    (r"^(m|l)ice$", r"\1ice"), (r"^(ox)$", r"\1en"), (r"^(oxen)$", r"\1"), (r"(quiz)$", r"\1zes"),
]
_SINGULARS = [
    (r"s$", ""), (r"(ss)$", r"\1"), (r"(n)ews$", r"\1ews"), (r"([ti])a$", r"\1um"),
    (r"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", r"\1sis"),
    (r"(^analy)(sis|ses)$", r"\1sis"), (r"([^f])ves$", r"\1fe"), (r"(hive)s$", r"\1"),
    (r"(tive)s$", r"\1"), (r"([lr])ves$", r"\1f"), (r"([^aeiouy]|qu)ies$", r"\1y"),
    (r"(s)eries$", r"\1eries"), (r"(m)ovies$", r"\1ovie"), (r"(x|ch|ss|sh)es$", r"\1"),
    (r"^(m|l)ice$", r"\1ouse"), (r"(bus)(es)?$", r"\1"), (r"(o)es$", r"\1"), (r"(shoe)s$", r"\1"),
    (r"(cris|test)(is|es)$", r"\1is"), (r"^(a)x[ie]s$", r"\1xis"), (r"(octop|vir)(us|i)$", r"\1us"),
    (r"(alias|status)(es)?$", r"\1"), (r"^(ox)en", r"\1"), (r"(vert|ind)ices$", r"\1ex"),
    (r"(matr)ices$", r"\1ix"), (r"(quiz)zes$", r"\1"), (r"(database)s$", r"\1"),
]
_IRREGULARS = [("person", "people"), ("man", "men"), ("child", "children"), ("sex", "sexes"),
               ("move", "moves"), ("zombie", "zombies")]
_UNCOUNTABLE = ("equipment", "information", "rice", "money", "species", "series", "fish",
                "sheep", "jeans", "police")


def _irregular_rules(plural: bool):
    """ActiveSupport's ``irregular(singular, plural)``: two rules each way,
    matching the end of the word and keeping the case of its first letter."""
    rules = []
    for singular, plur in _IRREGULARS:
        target = plur[1:] if plural else singular[1:]
        rules.append((f"({singular[0]}){singular[1:]}$", "\\1" + target))
        rules.append((f"({plur[0]}){plur[1:]}$", "\\1" + target))
    return rules


_PLURAL_RULES = [(re.compile(p, re.I), r) for p, r in reversed(_PLURALS + _irregular_rules(True))]
_SINGULAR_RULES = [(re.compile(p, re.I), r) for p, r in reversed(_SINGULARS + _irregular_rules(False))]
_UNCOUNTABLE_RE = re.compile(r"(?<![A-Za-z0-9_])(?:" + "|".join(_UNCOUNTABLE) + r")$", re.I)


def _inflect(word: str, rules) -> str:
    if not word or _UNCOUNTABLE_RE.search(word):
        return word
    for rx, repl in rules:
        if rx.search(word):
            return rx.sub(repl, word, count=1)
    return word


def pluralize(word: str) -> str:
    """ActiveSupport's ``String#pluralize`` with its default English rules
    (regular rules, irregulars such as person/people, uncountables such as
    information).  Projects' custom inflections are not known."""
    return _inflect(word, _PLURAL_RULES)


def singularize(word: str) -> str:
    return _inflect(word, _SINGULAR_RULES)


def underscore(name: str) -> str:
    """``ActiveSupport::Inflector.underscore`` of a demodulized name."""
    # one character before the boundary, not the run: the same result, and
    # no retry of a long capital run from each of its letters (quadratic)
    name = re.sub(r"([A-Z\d])([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()


def table_name_for_class(class_name: str) -> str:
    """Rails' default table name for a model class: ``Admin::UserProfile``
    -> ``user_profiles``, ``Person`` -> ``people``."""
    return pluralize(underscore(class_name.split("::")[-1]))


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

#: Rails abstract / adapter type -> SQL base name (the family comes from
#: :mod:`schemalint.types`; PostGIS ``st_*`` types and other unknown names
#: are mapped in :func:`rails_type`)
_TYPES: Dict[str, str] = {
    "string": "varchar", "text": "text", "citext": "citext",
    "char": "char", "xml": "xml",
    "integer": "integer", "bigint": "bigint",
    "smallint": "smallint", "serial": "serial",
    "bigserial": "bigserial", "primary_key": "bigint", "oid": "oid",
    "float": "float", "real": "real",
    "decimal": "decimal", "numeric": "numeric", "money": "money",
    "datetime": "timestamp", "timestamp": "timestamp",
    "timestamptz": "timestamptz", "time": "time", "date": "date",
    "interval": "interval",
    "binary": "binary", "blob": "blob", "bytea": "bytea",
    "boolean": "boolean",
    "json": "json", "jsonb": "jsonb", "hstore": "hstore",
    "uuid": "uuid", "enum": "enum",
    "inet": "inet", "cidr": "cidr", "macaddr": "macaddr",
    "tsvector": "tsvector", "bit": "bit", "bit_varying": "varbit",
    "point": "point", "line": "line", "lseg": "lseg", "box": "box",
    "path": "path", "polygon": "polygon", "circle": "circle",
    "geometry": "geometry", "geography": "geography",
    "virtual": "virtual",
}

#: methods of a table block that declare a column of their own name's type
COLUMN_METHODS = frozenset(_TYPES) - {"primary_key"}


def rails_type(tname: str, opts: Dict[str, object], *, integer_pk: bool = False) -> ColumnType:
    """Map a Rails column type and its options to a :class:`ColumnType`."""
    t = str(tname)
    base = _TYPES.get(t)
    if base is None:  # activerecord-postgis-adapter: st_point, multi_polygon, line_string...
        spatial = t.startswith(("st_", "multi_")) or t in ("line_string", "spatial")
        base = ("geography" if opts.get("geographic") is True else "geometry") if spatial else t.lower()
    if t in ("primary_key",) and integer_pk:
        base = "integer"
    family = family_of(base)
    params: Tuple[str, ...] = ()
    limit = opts.get("limit")
    if family == "integer" and isinstance(limit, int) and t in ("integer", "bigint", "smallint"):
        base = "smallint" if limit <= 2 else "integer" if limit <= 4 else "bigint"
    elif family == "float" and isinstance(limit, int) and limit > 24:
        base = "double precision"
    elif family == "decimal":
        prec, scale = opts.get("precision"), opts.get("scale")
        if isinstance(prec, int):
            params = (str(prec),) + ((str(scale),) if isinstance(scale, int) else ())
    elif family in ("datetime", "time") and isinstance(opts.get("precision"), int):
        params = (str(opts["precision"]),)
    elif isinstance(limit, int):
        params = (str(limit),)
    if t == "enum":
        et = opts.get("enum_type")
        if isinstance(et, str):
            params = (et,)
    raw = t + (f"({', '.join(params)})" if params else "")
    if opts.get("array") is True:
        return column_type(base + "[]", params, raw + "[]")
    return column_type(base, params, raw)


# --------------------------------------------------------------------------
# Static values
# --------------------------------------------------------------------------


class Dyn:
    """A value that is not a literal (computed at run time)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"Dyn({self.text!r})"


class Sym(str):
    """A Ruby symbol (a str, so names compare equal to strings)."""


@dataclass
class Lambda:
    text: str


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "s": " ", "e": "\x1b", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v"}

_WRAPPER_BLOCKS = frozenset({
    "safety_assured", "up_only", "with_lock_retries", "transaction", "say_with_time",
    "suppress_messages", "with_connection",
})
_NOOP_CALLS = frozenset({
    "disable_ddl_transaction!", "say", "puts", "print", "p", "pp", "sleep", "raise", "fail",
    "add_check_constraint", "remove_check_constraint", "validate_check_constraint",
    "validate_foreign_key", "validate_constraint", "enable_extension", "disable_extension",
    "create_enum", "drop_enum", "rename_enum", "add_enum_value", "rename_enum_value",
    "change_column_default", "create_schema", "drop_schema", "require", "require_relative",
    "reset_column_information", "execute_block", "commit_db_transaction", "begin_db_transaction",
    "add_exclusion_constraint", "remove_exclusion_constraint", "add_unique_constraint_check",
    "create_virtual_table", "drop_virtual_table",
})
_VIEW_CALLS = frozenset({"create_view", "update_view", "replace_view", "drop_view",
                         "create_materialized_view", "drop_materialized_view"})
_QUERY_CALLS = frozenset({"select_value", "select_values", "select_all", "select_rows",
                          "select_one", "exec_query", "table_exists?", "column_exists?",
                          "index_exists?", "foreign_key_exists?", "connection", "reverting?",
                          "index_name_exists?", "check_constraint_exists?", "quote",
                          "quote_table_name", "quote_column_name"})


def _loc(ctx: "_Ctx", node) -> Location:
    return treesitter.location(node, ctx.path, ctx.src)


def _text(node) -> str:
    raw = node.text
    return raw.decode("utf-8", errors="replace") if raw is not None else ""


def _unescape_double(s: str) -> str:
    if len(s) < 2:
        return s
    esc = s[1:]
    if esc[0] in _ESCAPES:
        return _ESCAPES[esc[0]]
    if esc[0] == "u":
        hexs = esc[1:].strip("{}")
        try:
            return "".join(chr(int(h, 16)) for h in hexs.split())
        except ValueError:
            return s
    if esc[0] == "x":
        try:
            return chr(int(esc[1:], 16))
        except ValueError:
            return s
    if esc[0] in "01234567":
        try:
            return chr(int(esc, 8))
        except ValueError:
            return s
    if esc[0] == "\n":  # line continuation
        return ""
    return esc


def _single_quoted(node) -> bool:
    first = node.child(0) if node.child_count else None
    if first is None or first.is_named:
        return False
    opener = _text(first)
    return opener == "'" or opener.startswith("%q") or opener.startswith("%w")


def _string_value(node, ctx: "Optional[_Ctx]" = None, env: "Optional[_Env]" = None) -> object:
    """The value of a ``string``/``heredoc_body``/``bare_string`` node: a
    str, or Dyn when it interpolates something not known statically (an
    interpolated local variable, loop variable or constant bound to a
    literal is substituted)."""
    single = node.type == "string" and _single_quoted(node)
    parts: List[str] = []
    for ch in node.children:
        if ch.type == "string_content" or ch.type == "heredoc_content":
            txt = _text(ch)
            if single:
                txt = txt.replace("\\\\", "\0").replace("\\'", "'").replace("\0", "\\")
            parts.append(txt)
        elif ch.type == "escape_sequence":
            parts.append(_unescape_double(_text(ch)))
        elif ch.type == "interpolation":
            inner = [c for c in ch.named_children if c.type != "comment"]
            v = _lit(ctx, inner[0], env) if ctx is not None and env is not None and len(inner) == 1 else None
            if isinstance(v, (str, int)) and not isinstance(v, bool):
                parts.append(str(v))
                continue
            return Dyn(_text(node))
        elif ch.type == "heredoc_end":
            break
    return "".join(parts)


@dataclass
class _TableBlock:
    param: str
    table: TableRef
    mode: str  # "create" | "change"
    columns: List[ColumnDef] = field(default_factory=list)
    constraints: List[Constraint] = field(default_factory=list)


@dataclass
class _Env:
    vars: Dict[str, object] = field(default_factory=dict)  # name -> node or value
    tblock: Optional[_TableBlock] = None
    reversible: Optional[str] = None  # the block parameter of `reversible do |dir|`
    depth: int = 0


class _Ctx:
    def __init__(self, path: str, src: bytes, options, fmt: str):
        self.path = path
        self.src = src
        self.options = options
        self.fmt = fmt
        self.changes: List[object] = []
        self.statements = 0
        self.noop = 0
        self.version: float = 99.0  # Rails version from Migration[x.y]
        self.heredocs: Dict[int, object] = {}  # heredoc_beginning start byte -> heredoc_body
        self.constants: Dict[str, object] = {}
        self.methods: Dict[str, object] = {}
        #: ``execute`` SQL; ``enable_extension`` exists only on PostgreSQL
        self.sql = Embedded(path, options, declared="postgres" if _EXTENSION_RE.search(src) else None)
        self.inlining: List[str] = []

    # rails defaults that changed over versions
    @property
    def integer_pk(self) -> bool:
        return self.version < 5.1

    @property
    def timestamps_null_default(self) -> bool:
        return self.version < 5.0

    @property
    def references_index_default(self) -> bool:
        return self.version >= 5.0

    def skip(self, reason: str, node, kind: str = "unsupported") -> None:
        if kind == "noop":
            self.noop += 1
            return
        self.changes.append(Skipped(reason, _loc(self, node), kind))

    def emit(self, change) -> None:
        self.changes.append(change)


def _index_heredocs(ctx: _Ctx, root) -> None:
    """Pair each heredoc opener with its body (bodies follow their line in
    the order the openers appear)."""
    begins: List[object] = []
    bodies: List[object] = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "heredoc_beginning":
            begins.append(n)
        elif n.type == "heredoc_body":
            bodies.append(n)
        stack.extend(reversed(n.children))
    begins.sort(key=lambda n: n.start_byte)
    bodies.sort(key=lambda n: n.start_byte)
    for b, body in zip(begins, bodies):
        ctx.heredocs[b.start_byte] = body


def _lit(ctx: _Ctx, node, env: _Env, depth: int = 0):
    """Evaluate a literal node statically; Dyn for anything else."""
    if node is None:
        return None
    if depth > 20:
        return Dyn(_text(node))
    t = node.type
    if t == "simple_symbol":
        return Sym(_text(node)[1:])
    if t == "hash_key_symbol":
        return Sym(_text(node))
    if t in ("delimited_symbol", "bare_symbol"):
        v = _string_value(node, ctx, env)
        return Sym(v) if isinstance(v, str) else v
    if t in ("string", "bare_string"):
        return _string_value(node, ctx, env)
    if t == "chained_string":
        parts = [_lit(ctx, c, env, depth + 1) for c in node.named_children]
        if all(isinstance(p, str) for p in parts):
            return "".join(parts)
        return Dyn(_text(node))
    if t == "heredoc_beginning":
        body = ctx.heredocs.get(node.start_byte)
        return _string_value(body, ctx, env) if body is not None else Dyn(_text(node))
    if t == "integer":
        txt = _text(node).replace("_", "")
        try:
            return int(txt, 0) if not re.match(r"^0\d", txt) else int(txt, 8)
        except ValueError:
            return Dyn(txt)
    if t == "float":
        try:
            return float(_text(node).replace("_", ""))
        except ValueError:
            return Dyn(_text(node))
    if t == "true":
        return True
    if t == "false":
        return False
    if t == "nil":
        return None
    if t in ("array", "string_array", "symbol_array"):
        return [_lit(ctx, c, env, depth + 1) for c in node.named_children]
    if t == "hash":
        out = {}
        for c in node.named_children:
            if c.type == "pair":
                k = _lit(ctx, c.child_by_field_name("key"), env, depth + 1)
                if isinstance(k, str):
                    out[str(k)] = _lit(ctx, c.child_by_field_name("value"), env, depth + 1)
            else:
                return Dyn(_text(node))
        return out
    if t == "parenthesized_statements" and node.named_child_count == 1:
        return _lit(ctx, node.named_children[0], env, depth + 1)
    if t in ("identifier", "instance_variable"):
        name = _text(node)
        if name not in env.vars and name in ctx.constants:
            return _lit(ctx, ctx.constants[name], env, depth + 1)
        if name in env.vars:
            v = env.vars[name]
            return _lit(ctx, v, env, depth + 1) if hasattr(v, "type") else v
        return Dyn(name)
    if t == "constant":
        name = _text(node)
        if name in ctx.constants:
            return _lit(ctx, ctx.constants[name], env, depth + 1)
        return Dyn(name)
    if t == "lambda":
        return Lambda(_text(node))
    if t == "call":
        recv = node.child_by_field_name("receiver")
        meth = node.child_by_field_name("method")
        mname = _text(meth) if meth is not None else ""
        if recv is not None and mname in ("squish", "strip", "freeze", "chomp", "dedent",
                                           "strip_heredoc", "to_s", "lstrip", "rstrip"):
            v = _lit(ctx, recv, env, depth + 1)
            if isinstance(v, str):
                return " ".join(v.split()) if mname == "squish" else v
            return v
        if recv is not None and mname in ("to_sym",):
            v = _lit(ctx, recv, env, depth + 1)
            return Sym(v) if isinstance(v, str) else v
    return Dyn(_text(node))


def _args(ctx: _Ctx, call, env: _Env):
    """Positional literal values (with nodes) and keyword options."""
    pos: List[Tuple[object, object]] = []
    opts: Dict[str, object] = {}
    args = call.child_by_field_name("arguments")
    if args is None:
        return pos, opts
    for a in args.named_children:
        if a.type == "pair":
            k = _lit(ctx, a.child_by_field_name("key"), env)
            if isinstance(k, str):
                opts[str(k)] = _lit(ctx, a.child_by_field_name("value"), env)
            else:
                pos.append((Dyn(_text(a)), a))
        elif a.type in ("block_argument",):
            continue
        elif a.type in ("splat_argument", "hash_splat_argument"):
            pos.append((Dyn(_text(a)), a))
        elif a.type == "comment":
            continue
        else:
            pos.append((_lit(ctx, a, env), a))
    return pos, opts


def _name(v) -> Optional[str]:
    """A static identifier name (symbol or string), else None."""
    if isinstance(v, str) and v:
        return str(v)
    return None


def _names(v) -> Optional[List[str]]:
    if isinstance(v, list):
        out = [_name(x) for x in v]
        return out if all(out) else None
    n = _name(v)
    return [n] if n else None


def _table_ref(name: str) -> TableRef:
    if "." in name:
        schema, _, tbl = name.rpartition(".")
        return TableRef(tbl, schema)
    return TableRef(name)


def _call_name(call) -> str:
    m = call.child_by_field_name("method")
    return _text(m) if m is not None else ""


def _block_of(call):
    return call.child_by_field_name("block")


def _block_params(block) -> List[str]:
    params = block.child_by_field_name("parameters")
    if params is None:
        return []
    out = []
    for p in params.named_children:
        if p.type == "identifier":
            out.append(_text(p))
        elif p.type == "destructured_parameter":
            out.extend(_text(c) for c in p.named_children if c.type == "identifier")
    return out


def _block_body(block):
    return block.child_by_field_name("body")


def _default_text(v) -> Optional[str]:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Lambda):
        return v.text
    if isinstance(v, Dyn):
        return v.text
    if isinstance(v, (list, dict)):
        return repr(v)
    return str(v)


def _comment_value(ctx: _Ctx, v, node, what: str):
    """A ``comment:`` value: the literal text (``to:`` of a from/to hash), or
    None for nil; a computed comment is noted and read as None."""
    if isinstance(v, dict) and "to" in v:  # change_*_comment from: x, to: y
        v = v.get("to")
    if v is None or isinstance(v, str):
        return v
    ctx.skip(f"comment of {what} is computed at run time; it was not read", node)
    return None


# --------------------------------------------------------------------------
# Column definitions
# --------------------------------------------------------------------------


def _column_def(ctx: _Ctx, name: str, tname: str, opts: Dict[str, object], node,
                tname_is_static: bool = True) -> ColumnDef:
    ctype = rails_type(tname, opts, integer_pk=ctx.integer_pk) if tname_is_static else None
    nullable = opts.get("null") is not False
    pk = opts.get("primary_key") is True or tname in ("primary_key", "serial_primary_key")
    if pk:
        nullable = False
    comment = _comment_value(ctx, opts.get("comment"), node, f"column {name}") if "comment" in opts else None
    hints = {"orm_type": str(tname)} if tname_is_static else {}
    return ColumnDef(
        name=name, type=ctype, location=_loc(ctx, node), nullable=nullable, primary_key=pk,
        unique=False, default=_default_text(opts.get("default")), comment=comment, hints=hints,
    )


# --------------------------------------------------------------------------
# Key names (what Rails calls a key it is not given a name for)
# --------------------------------------------------------------------------

#: ``max_index_name_size`` of ActiveRecord 7.1+
_MAX_INDEX_NAME = 62


def index_name(ctx: "_Ctx", table: str, cols: Sequence[str]) -> str:
    """Rails' default index name: ``index_<table>_on_<a>_and_<b>``; an
    expression (``"lower(email)"``) keeps its words (``lower_email``).
    From migration version 7.1 a name longer than 62 bytes becomes
    ``idx_on_<a>_<b>_<hash>`` (``generate_index_name``)."""
    cols = [str(c) for c in cols]
    if len(cols) == 1 and re.search(r"\W", cols[0]):
        cols = ["_".join(re.findall(r"\w+", cols[0]))]
    name = f"index_{table}_on_{'_and_'.join(cols)}"
    if ctx.version < 7.1 or len(name.encode()) <= _MAX_INDEX_NAME:
        return name
    hashed = "_" + sha256(name.encode()).hexdigest()[:10]
    short = f"idx_on_{'_'.join(cols)}".encode()[:_MAX_INDEX_NAME - len(hashed)].decode(errors="ignore")
    return short + hashed


def foreign_key_name(table: str, column: str) -> str:
    """Rails' default foreign key name (``foreign_key_name``):
    ``fk_rails_`` and the first 10 hex digits of SHA-256 of
    ``<table>_<column>_fk``."""
    return "fk_rails_" + sha256(f"{table}_{column}_fk".encode()).hexdigest()[:10]


def _index_constraints(ctx: _Ctx, table: str, cols: Sequence[str], opt, node,
                       name: Optional[str] = None) -> List[Constraint]:
    """Constraints for an ``index:`` column option (true or a hash), named
    as Rails names them (``name:`` or the default)."""
    if opt is None or opt is False:
        return []
    unique = isinstance(opt, dict) and opt.get("unique") is True
    if isinstance(opt, dict) and isinstance(opt.get("name"), str):
        name = opt["name"]
    return [Constraint("unique" if unique else "index", tuple(cols), _loc(ctx, node),
                       name or index_name(ctx, table, cols))]


def _reference_defs(ctx: _Ctx, table: str, ref: str, opts: Dict[str, object], node):
    """Columns and constraints of ``t.references :user`` / ``add_reference``
    on ``table``."""
    cols: List[ColumnDef] = []
    cons: List[Constraint] = []
    loc = _loc(ctx, node)
    rtype = opts.get("type", "integer" if ctx.integer_pk else "bigint")
    rtype = rtype if isinstance(rtype, str) else "bigint"
    col_opts = {k: v for k, v in opts.items() if k in ("null", "comment", "default", "limit", "array")}
    idcol = _column_def(ctx, f"{ref}_id", rtype, col_opts, node)
    polymorphic = opts.get("polymorphic")
    fk = opts.get("foreign_key")
    ref_table: Optional[TableRef] = None
    if fk is True or isinstance(fk, dict):
        to = fk.get("to_table") if isinstance(fk, dict) else None
        ref_table = _table_ref(str(to)) if isinstance(to, str) else TableRef(pluralize(ref))
        pkcol = fk.get("primary_key") if isinstance(fk, dict) and isinstance(fk.get("primary_key"), str) else "id"
        fkref = ForeignKeyRef(ref_table, (pkcol,))
        idcol = replace(idcol, references=fkref)
        fk_name = fk.get("name") if isinstance(fk, dict) and isinstance(fk.get("name"), str) else None
        cons.append(Constraint("foreign", (idcol.name,), loc, fk_name or foreign_key_name(table, idcol.name),
                               fkref))
    cols.append(idcol)
    idx_cols = [idcol.name]
    idx_name = None
    if polymorphic:
        tcol = _column_def(ctx, f"{ref}_type", "string", {k: v for k, v in col_opts.items() if k == "null"}, node)
        cols.append(tcol)
        idx_cols = [tcol.name, idcol.name]
        if ctx.version >= 6.1:  # ReferenceDefinition#polymorphic_index_name; 6.0 and earlier: the columns
            idx_name = f"index_{table}_on_{ref}"
    index = opts.get("index", ctx.references_index_default)
    cons.extend(_index_constraints(ctx, table, idx_cols, index, node, idx_name))
    return cols, cons


def _timestamp_defs(ctx: _Ctx, opts: Dict[str, object], node) -> List[ColumnDef]:
    o = dict(opts)
    if "null" not in o:
        o["null"] = ctx.timestamps_null_default
    if "precision" not in o and ctx.version >= 7.0:
        o["precision"] = 6
    return [_column_def(ctx, n, "datetime", o, node) for n in ("created_at", "updated_at")]


# --------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------

_SKIP_NODE_TYPES = frozenset({"comment", "heredoc_body", "rescue", "ensure", "empty_statement",
                              "else"})


def _statements(ctx: _Ctx, body, env: _Env) -> None:
    if body is None:
        return
    for st in body.named_children:
        if st.type in _SKIP_NODE_TYPES:
            continue
        _stmt(ctx, st, env)


def _stmt(ctx: _Ctx, node, env: _Env) -> None:
    t = node.type
    if t == "call":
        _call(ctx, node, env)
    elif t == "identifier":
        _call(ctx, node, env, bare=True)
    elif t == "assignment":
        _assignment(ctx, node, env)
    elif t in ("if", "unless", "if_modifier", "unless_modifier"):
        _conditional(ctx, node, env)
    elif t in ("begin", "parenthesized_statements", "then", "block_body", "body_statement"):
        _statements(ctx, node, env)
    elif t in ("while_modifier", "until_modifier") and _is_data_stmt(node.child_by_field_name("body")):
        ctx.noop += 1
    elif t in ("while", "until", "for", "while_modifier", "until_modifier"):
        ctx.skip("loop: the statements inside are not followed (they run a computed number of times)",
                 node)
    elif t == "case":
        ctx.skip("case statement: its branches are not followed", node)
    elif t in ("return", "next", "break", "redo", "retry"):
        ctx.noop += 1
    elif t in ("method", "singleton_method"):
        ctx.noop += 1  # a definition inside a body: not called here
    elif t in ("string", "integer", "simple_symbol", "nil", "true", "false", "constant",
               "scope_resolution", "operator_assignment"):
        ctx.noop += 1
    else:
        ctx.skip(f"Ruby construct `{t}` is not understood; it was not followed", node)


def _is_data_stmt(node) -> bool:
    if node is None or node.type != "call":
        return False
    recv = node.child_by_field_name("receiver")
    return recv is not None and _is_data_code(recv, _call_name(node))


def _assignment(ctx: _Ctx, node, env: _Env) -> None:
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is not None and left.type in ("identifier", "instance_variable") and right is not None:
        env.vars[_text(left)] = right
    elif left is not None and left.type == "constant" and right is not None:
        ctx.constants[_text(left)] = right
    if right is not None and right.type == "call" and _call_name(right) in ("execute", "exec_query"):
        _call(ctx, right, env)  # x = execute("...") still runs the SQL
        return
    ctx.noop += 1


def _conditional(ctx: _Ctx, node, env: _Env) -> None:
    kind = node.type.split("_")[0]
    cond = node.child_by_field_name("condition")
    cond_text = _text(cond).strip() if cond is not None else "?"
    if len(cond_text) > 60:
        cond_text = cond_text[:57] + "..."
    if node.type.endswith("_modifier"):
        body = node.child_by_field_name("body")
    else:
        body = node.child_by_field_name("consequence")
    if body is None:
        ctx.noop += 1
        return
    before = len(ctx.changes)
    if node.type.endswith("_modifier"):
        _stmt(ctx, body, env)
    else:
        _statements(ctx, body, env)
    alt = node.child_by_field_name("alternative")
    effective = any(not isinstance(c, Skipped) for c in ctx.changes[before:])
    if effective or alt is not None:
        extra = "; the else branch was not followed" if alt is not None else ""
        ctx.changes.insert(before, Skipped(
            f"`{kind} {cond_text}`: the statements inside were applied as if the condition "
            f"held{extra}", _loc(ctx, node)))


def _receiver_is_connection(recv) -> bool:
    txt = _text(recv)
    return txt == "connection" or txt.endswith(".connection") or txt.endswith("connection()")


def _call(ctx: _Ctx, node, env: _Env, bare: bool = False) -> None:
    if bare:
        name = _text(node)
        recv = None
        if name in ctx.methods:
            _inline(ctx, name, node, env, [])
            return
        if name in _NOOP_CALLS or name in _QUERY_CALLS:
            ctx.noop += 1
            return
        ctx.skip(f"`{name}` is not a migration method schemalint knows; it was not followed", node)
        return
    ctx.statements += 1 if env.depth == 0 and env.tblock is None else 0
    name = _call_name(node)
    recv = node.child_by_field_name("receiver")
    block = _block_of(node)

    if recv is not None:
        rtext = _text(recv)
        if env.tblock is not None and rtext == env.tblock.param:
            _table_op(ctx, name, node, env)
            return
        if env.reversible is not None and rtext == env.reversible:
            if name == "up" and block is not None:
                _statements(ctx, _block_body(block), _child_env(env))
            else:
                ctx.noop += 1
            return
        if name in ("execute", "exec_update", "exec_insert", "exec_delete") and _receiver_is_connection(recv):
            _h_execute(ctx, node, env)
            return
        if name in ("each", "each_with_index", "each_pair") and block is not None:
            _loop(ctx, node, recv, block, env, with_index=name == "each_with_index")
            return
        if name == "transaction" and block is not None:
            _statements(ctx, _block_body(block), _child_env(env))
            return
        if _is_data_code(recv, name):
            ctx.noop += 1  # data migration code: no schema change
            return
        if name in _QUERY_CALLS or name in ("puts", "say"):
            ctx.noop += 1
            return
        ctx.skip(f"call `{rtext}.{name}` is not a migration method; it was not followed", node)
        return

    if name in ctx.methods and name not in _HANDLERS:
        pos, _ = _args(ctx, node, env)
        _inline(ctx, name, node, env, pos)
        return
    if block is not None and name in _WRAPPER_BLOCKS:
        _statements(ctx, _block_body(block), _child_env(env))
        return
    if name == "reversible" and block is not None:
        params = _block_params(block)
        sub = _child_env(env)
        sub.reversible = params[0] if params else "dir"
        _statements(ctx, _block_body(block), sub)
        return
    if name == "revert":
        ctx.skip("`revert`: reverting another migration is not followed", node)
        return
    handler = _HANDLERS.get(name)
    if handler is not None:
        handler(ctx, node, env)
        return
    if name in _NOOP_CALLS or name in _QUERY_CALLS:
        ctx.noop += 1
        return
    if name in _VIEW_CALLS:
        ctx.skip(f"`{name}`: views are not analysed", node)
        return
    ctx.skip(f"`{name}` is not a migration method schemalint knows; it was not followed", node)


#: ActiveRecord query and persistence methods: a call chain that uses them
#: reads or writes rows, not the schema.
_DATA_METHODS = frozenset({
    "where", "all", "find", "find_by", "find_each", "find_in_batches", "in_batches", "each",
    "pluck", "update_all", "delete_all", "destroy_all", "update", "update!", "update_column",
    "update_columns", "save", "save!", "create", "create!", "insert_all", "upsert_all", "insert",
    "upsert", "destroy", "delete", "includes", "joins", "group", "order", "limit", "select",
    "not", "unscoped", "reset_column_information", "reset_counters", "update_counters", "touch",
    "each_batch", "find_or_create_by", "find_or_create_by!", "first", "last", "count", "exists?",
    "any?", "none?", "classify", "constantize", "lock", "reload", "map", "sum",
})


def _chain_root(node):
    while node is not None and node.type == "call" and node.child_by_field_name("receiver") is not None:
        node = node.child_by_field_name("receiver")
    return node


def _chain_methods(node):
    out = []
    while node is not None and node.type == "call":
        out.append(_call_name(node))
        node = node.child_by_field_name("receiver")
    return out


#: methods that only exist on relations / models: a call to one is data code
#: whatever its receiver
_ROW_METHODS = frozenset({
    "find_each", "find_in_batches", "in_batches", "update_all", "delete_all", "destroy_all",
    "insert_all", "upsert_all", "update_columns", "update_column", "pluck", "each_batch",
    "reset_column_information", "update_counters", "reset_counters",
})


def _is_data_code(recv, name: str) -> bool:
    """A call on a model class or on a query chain (``User.where(...)``,
    ``Model.find_each``, ``tbl.classify.constantize.update_all``)."""
    root = _chain_root(recv)
    if root is not None and root.type in ("constant", "scope_resolution"):
        return True
    if name in _ROW_METHODS:
        return True
    return name in _DATA_METHODS and any(m in _DATA_METHODS for m in _chain_methods(recv))


def _child_env(env: _Env) -> _Env:
    return _Env(dict(env.vars), env.tblock, env.reversible, env.depth + 1)


def _inline(ctx: _Ctx, name: str, node, env: _Env, pos) -> None:
    """Follow a helper method of the migration class called from a
    direction method (its parameters bound to the literal arguments)."""
    if name in ctx.inlining or len(ctx.inlining) > 8:
        ctx.skip(f"recursive call to `{name}` is not followed", node)
        return
    meth = ctx.methods[name]
    sub = _child_env(env)
    params = meth.child_by_field_name("parameters")
    pnames = [_text(p) for p in params.named_children if p.type == "identifier"] if params else []
    for i, pname in enumerate(pnames):
        if i < len(pos):
            sub.vars[pname] = pos[i][0]
    ctx.inlining.append(name)
    try:
        _statements(ctx, meth.child_by_field_name("body"), sub)
    finally:
        ctx.inlining.pop()


def _loop(ctx: _Ctx, node, recv, block, env: _Env, with_index: bool) -> None:
    items = _lit(ctx, recv, env)
    if not isinstance(items, list) and isinstance(items, dict):
        items = [[k, v] for k, v in items.items()]
    if not isinstance(items, list) or len(items) > 500:
        if _is_data_code(recv, "each"):
            ctx.noop += 1  # iterating over rows: data migration code
            return
        ctx.skip("loop over a value computed at run time: the statements inside are not followed", node)
        return
    params = _block_params(block)
    for i, item in enumerate(items):
        sub = _child_env(env)
        if with_index and len(params) >= 2:
            values = [item, i]
        elif len(params) > 1 and isinstance(item, list):
            values = item
        else:
            values = [item]
        for p, v in zip(params, values):
            sub.vars[p] = v
        _statements(ctx, _block_body(block), sub)


# -- migration methods -------------------------------------------------------

def _pos_names(pos, i: int) -> Optional[str]:
    return _name(pos[i][0]) if len(pos) > i else None


def _need(ctx: _Ctx, node, what: str, *vals) -> bool:
    if all(v is not None for v in vals):
        return True
    ctx.skip(f"`{what}` with a table or column name computed at run time; it was not followed", node)
    return False


def _h_create_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if not _need(ctx, node, "create_table", tname):
        return
    if "as" in opts:
        ctx.skip(f"`create_table {tname}, as: ...`: the columns come from a query and are not known", node)
        return
    table = _table_ref(tname)
    tb = _TableBlock("t", table, "create")
    loc = _loc(ctx, node)
    id_opt = opts.get("id", True)
    pk_opt = opts.get("primary_key")
    if id_opt is not False and not isinstance(pk_opt, list):
        pk_name = _name(pk_opt) or "id"
        pk_type = "primary_key" if id_opt is True else (_name(id_opt) or "primary_key")
        cd = _column_def(ctx, pk_name, pk_type, {"null": False, "primary_key": True,
                                                  **({"default": opts["default"]} if "default" in opts else {})}, node)
        tb.columns.append(cd)
    block = _block_of(node)
    if block is not None:
        _run_table_block(ctx, block, env, tb)
    if isinstance(pk_opt, list):
        cols = _names(pk_opt)
        if cols:
            tb.constraints.append(Constraint("primary", tuple(cols), loc))
            tb.columns = [replace(c, primary_key=True, nullable=False)
                          if c.name in cols and len(cols) == 1 else c for c in tb.columns]
    comment = _comment_value(ctx, opts.get("comment"), node, f"table {tname}") if "comment" in opts else None
    ctx.emit(CreateTable(table, tuple(tb.columns), loc, comment=comment,
                         constraints=tuple(tb.constraints),
                         if_not_exists=opts.get("if_not_exists") is True,
                         hints={"orm": "rails"}))


def _run_table_block(ctx: _Ctx, block, env: _Env, tb: "_TableBlock") -> None:
    """The statements of a ``do |t| ... end`` block, with ``t`` (its own
    parameter name) standing for the table ``tb`` describes."""
    params = _block_params(block)
    tb.param = params[0] if params else "t"
    sub = _child_env(env)
    sub.tblock = tb
    _statements(ctx, _block_body(block), sub)


def _join_table_name(a: str, b: str) -> str:
    first, second = sorted([a, b])
    # ActiveRecord::Migration#find_join_table_name: a shared prefix (ending
    # in "_") is kept once.  The longest such prefix, found without the
    # backreference regex /^(.*_)(.+)\0\1(.+)$/, which backtracks
    # quadratically on long names full of "_".
    if "\n" not in first and "\n" not in second:
        common = len(os.path.commonprefix([first, second]))
        cut = first.rfind("_", 0, min(common, len(first) - 1, len(second) - 1)) + 1
        if cut:
            return f"{first[:cut]}{first[cut:]}_{second[cut:]}"
    return f"{first}_{second}"


def _h_create_join_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "create_join_table", a, b):
        return
    tname = _name(opts.get("table_name")) or _join_table_name(a, b)
    table = _table_ref(tname)
    col_opts = opts.get("column_options") if isinstance(opts.get("column_options"), dict) else {}
    tb = _TableBlock("t", table, "create")
    for ref in (a, b):
        o = {"null": False, **col_opts}
        tb.columns.append(_column_def(ctx, f"{singularize(ref)}_id", "integer" if ctx.integer_pk else "bigint", o, node))
    block = _block_of(node)
    if block is not None:
        _run_table_block(ctx, block, env, tb)
    ctx.emit(CreateTable(table, tuple(tb.columns), _loc(ctx, node), constraints=tuple(tb.constraints),
                         hints={"orm": "rails"}))


def _h_change_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if not _need(ctx, node, "change_table", tname):
        return
    block = _block_of(node)
    if block is None:
        ctx.noop += 1
        return
    _run_table_block(ctx, block, env, _TableBlock("t", _table_ref(tname), "change"))


def _h_drop_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    names = [_name(v) for v, _n in pos]
    if not pos or not all(names):
        _need(ctx, node, "drop_table", None)
        return
    for n in names:
        ctx.emit(DropTable(_table_ref(n), _loc(ctx, node)))


def _h_drop_join_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "drop_join_table", a, b):
        return
    ctx.emit(DropTable(_table_ref(_name(opts.get("table_name")) or _join_table_name(a, b)), _loc(ctx, node)))


def _h_rename_table(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    old, new = _pos_names(pos, 0), _pos_names(pos, 1)
    if _need(ctx, node, "rename_table", old, new):
        ctx.emit(RenameTable(_table_ref(old), _table_ref(new), _loc(ctx, node)))


def _h_add_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "add_column", tname, cname):
        return
    ctype = _pos_names(pos, 2)
    cd = _column_def(ctx, cname, ctype or "", opts, node, tname_is_static=ctype is not None)
    ctx.emit(AddColumn(_table_ref(tname), cd, _loc(ctx, node)))
    for con in _index_constraints(ctx, tname, [cname], opts.get("index"), node):
        ctx.emit(AddConstraint(_table_ref(tname), con))


def _h_remove_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if _need(ctx, node, "remove_column", tname, cname):
        ctx.emit(DropColumn(_table_ref(tname), cname, _loc(ctx, node)))


def _h_remove_columns(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    cols = [_name(v) for v, _n in pos[1:]]
    if not _need(ctx, node, "remove_columns", tname, *(cols or [None])):
        return
    for c in cols:
        ctx.emit(DropColumn(_table_ref(tname), c, _loc(ctx, node)))


def _h_rename_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname, old, new = _pos_names(pos, 0), _pos_names(pos, 1), _pos_names(pos, 2)
    if _need(ctx, node, "rename_column", tname, old, new):
        ctx.emit(RenameColumn(_table_ref(tname), old, new, _loc(ctx, node)))


def _alter(ctx: _Ctx, table: TableRef, cname: str, ctype: Optional[str], opts, node) -> None:
    kwargs: Dict[str, object] = {}
    if ctype is not None:
        kwargs["type"] = rails_type(ctype, opts, integer_pk=ctx.integer_pk)
        kwargs["hints"] = {"orm_type": ctype}
    if "null" in opts and isinstance(opts["null"], bool):
        kwargs["nullable"] = opts["null"]
    if "comment" in opts:
        kwargs["comment"] = _comment_value(ctx, opts["comment"], node, f"column {cname}")
    ctx.emit(AlterColumn(table, cname, _loc(ctx, node), **kwargs))


def _h_change_column(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1), _pos_names(pos, 2)
    if _need(ctx, node, "change_column", tname, cname, ctype):
        _alter(ctx, _table_ref(tname), cname, ctype, opts, node)


def _h_change_column_null(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    null = pos[2][0] if len(pos) > 2 else None
    if not _need(ctx, node, "change_column_null", tname, cname):
        return
    if not isinstance(null, bool):
        ctx.skip("`change_column_null` with a computed value; not followed", node)
        return
    ctx.emit(AlterColumn(_table_ref(tname), cname, _loc(ctx, node), nullable=null))


def _h_change_column_comment(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, cname = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "change_column_comment", tname, cname):
        return
    value = pos[2][0] if len(pos) > 2 else (opts if "to" in opts else None)
    comment = _comment_value(ctx, value, node, f"column {cname}")
    ctx.emit(SetComment(_table_ref(tname), cname, comment, _loc(ctx, node)))


def _h_change_table_comment(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if not _need(ctx, node, "change_table_comment", tname):
        return
    value = pos[1][0] if len(pos) > 1 else (opts if "to" in opts else None)
    comment = _comment_value(ctx, value, node, f"table {tname}")
    ctx.emit(SetComment(_table_ref(tname), None, comment, _loc(ctx, node)))


def _index_columns(v) -> Optional[List[str]]:
    if isinstance(v, str):
        return [str(v)]
    return _names(v)


def _h_add_index(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    cols = _index_columns(pos[1][0]) if len(pos) > 1 else None
    if not _need(ctx, node, "add_index", tname, cols):
        return
    kind = "unique" if opts.get("unique") is True else "index"
    name = opts.get("name") if isinstance(opts.get("name"), str) else None
    ctx.emit(AddConstraint(_table_ref(tname), Constraint(kind, tuple(cols), _loc(ctx, node),
                                                         name or index_name(ctx, tname, cols))))


def _remove_index(ctx: _Ctx, what: str, tname: Optional[str], pos, opts, node) -> None:
    """``remove_index t, :col`` / ``column: [:a, :b]`` / ``name: "ix"``:
    dropped by name, the one given or Rails' default for the columns (the
    index ``add_index`` gave that name)."""
    if not _need(ctx, node, what, tname):
        return
    name = opts.get("name")
    cols = _index_columns(pos[0][0]) if pos else None
    if cols is None and "column" in opts:
        cols = _index_columns(opts["column"])
    if "name" in opts and not isinstance(name, str):
        cols, name = None, None  # a computed name: which index is unknown
    if not isinstance(name, str):
        if not cols:
            ctx.skip(f"`{what}` without a static index name or columns; it was not followed", node)
            return
        name = index_name(ctx, tname, cols)
    ctx.emit(DropConstraint(_table_ref(tname), _loc(ctx, node), name, None, tuple(cols or ()),
                            opts.get("if_exists") is True))


def _h_remove_index(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    _remove_index(ctx, "remove_index", _pos_names(pos, 0), pos[1:], opts, node)


def _remove_foreign_key(ctx: _Ctx, what: str, from_table: Optional[str], pos, opts, node) -> None:
    """``remove_foreign_key t, :others`` / ``column: :x`` / ``name: "fk"``:
    by name when given; else by kind and column (``column:``, or the
    singular of the referenced table + ``_id``), as Rails finds the key --
    a default ``fk_rails_<hash>`` name may not be the one the key has."""
    if not _need(ctx, node, what, from_table):
        return
    table, loc, if_exists = _table_ref(from_table), _loc(ctx, node), opts.get("if_exists") is True
    name = opts.get("name")
    if isinstance(name, str):
        ctx.emit(DropConstraint(table, loc, name, "foreign", (), if_exists))
        return
    column = _name(opts.get("column"))
    to_table = _pos_names(pos, 0) or _name(opts.get("to_table"))
    if column is None and to_table is not None and "column" not in opts:
        column = f"{singularize(to_table.split('.')[-1])}_id"
    if column is None or "name" in opts:
        ctx.skip(f"`{what}` without a static name, column or table; it was not followed", node)
        return
    ctx.emit(DropConstraint(table, loc, None, "foreign", (column,), if_exists))


def _h_remove_foreign_key(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    _remove_foreign_key(ctx, "remove_foreign_key", _pos_names(pos, 0), pos[1:], opts, node)


def _h_rename_index(ctx: _Ctx, node, env: _Env) -> None:
    ctx.noop += 1


def _h_add_reference(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, ref = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "add_reference", tname, ref):
        return
    table = _table_ref(tname)
    cols, cons = _reference_defs(ctx, tname, ref, opts, node)
    for cd in cols:
        ctx.emit(AddColumn(table, cd, _loc(ctx, node)))
    for con in cons:
        ctx.emit(AddConstraint(table, con))


def _h_remove_reference(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname, ref = _pos_names(pos, 0), _pos_names(pos, 1)
    if not _need(ctx, node, "remove_reference", tname, ref):
        return
    ctx.emit(DropColumn(_table_ref(tname), f"{ref}_id", _loc(ctx, node)))
    if opts.get("polymorphic"):
        ctx.emit(DropColumn(_table_ref(tname), f"{ref}_type", _loc(ctx, node)))


def _fk_constraint(ctx: _Ctx, from_table: str, to_table: str, opts, node) -> Constraint:
    col = _name(opts.get("column")) or f"{singularize(to_table.split('.')[-1])}_id"
    pk = _name(opts.get("primary_key")) or "id"
    name = opts.get("name") if isinstance(opts.get("name"), str) else foreign_key_name(from_table, col)
    return Constraint("foreign", (col,), _loc(ctx, node), name, ForeignKeyRef(_table_ref(to_table), (pk,)))


def _h_add_foreign_key(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    a, b = _pos_names(pos, 0), _pos_names(pos, 1)
    if _need(ctx, node, "add_foreign_key", a, b):
        ctx.emit(AddConstraint(_table_ref(a), _fk_constraint(ctx, a, b, opts, node)))


def _h_add_timestamps(ctx: _Ctx, node, env: _Env) -> None:
    pos, opts = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if _need(ctx, node, "add_timestamps", tname):
        for cd in _timestamp_defs(ctx, opts, node):
            ctx.emit(AddColumn(_table_ref(tname), cd, _loc(ctx, node)))


def _h_remove_timestamps(ctx: _Ctx, node, env: _Env) -> None:
    pos, _ = _args(ctx, node, env)
    tname = _pos_names(pos, 0)
    if _need(ctx, node, "remove_timestamps", tname):
        for n in ("created_at", "updated_at"):
            ctx.emit(DropColumn(_table_ref(tname), n, _loc(ctx, node)))


def _sql_text(ctx: _Ctx, node, env: _Env, depth: int = 0):
    """``(text, line, col)`` of a literal SQL argument, or a reason str."""
    if node is None or depth > 10:
        return "no SQL argument"
    t = node.type
    if t == "string":
        v = _string_value(node, ctx, env)
        if isinstance(v, Dyn):
            return "SQL built at run time (string interpolation)"
        content = next((c for c in node.children if c.type == "string_content"), None)
        anchor = content if content is not None else node
        loc = _loc(ctx, anchor)
        return v, loc.line, loc.col
    if t == "heredoc_beginning":
        body = ctx.heredocs.get(node.start_byte)
        if body is None:
            return "heredoc body not found"
        v = _string_value(body, ctx, env)
        if isinstance(v, Dyn):
            return "SQL built at run time (heredoc with interpolation)"
        loc = _loc(ctx, body)
        return v, loc.line, loc.col
    if t in ("identifier", "instance_variable"):
        name = _text(node)
        v = env.vars.get(name, ctx.constants.get(name))
        if v is not None and hasattr(v, "type"):
            return _sql_text(ctx, v, env, depth + 1)
        return f"SQL held in `{name}`, which is not a literal"
    if t == "constant":
        v = ctx.constants.get(_text(node))
        if v is not None:
            return _sql_text(ctx, v, env, depth + 1)
        return f"SQL held in constant `{_text(node)}`, which is not a literal here"
    if t == "parenthesized_statements" and node.named_child_count == 1:
        return _sql_text(ctx, node.named_children[0], env, depth + 1)
    if t == "call":
        recv = node.child_by_field_name("receiver")
        if recv is not None and _call_name(node) in ("squish", "strip", "freeze", "chomp", "strip_heredoc",
                                                      "dedent", "to_s"):
            return _sql_text(ctx, recv, env, depth + 1)
    v = _lit(ctx, node, env)
    if isinstance(v, str):
        loc = _loc(ctx, node)
        return v, loc.line, loc.col
    return "SQL built at run time"


_EXTENSION_RE = re.compile(rb"^[ \t]*enable_extension\b", re.M)


def _h_execute(ctx: _Ctx, node, env: _Env) -> None:
    args = node.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    got = _sql_text(ctx, first, env)
    if isinstance(got, str):
        ctx.skip(f"`execute`: {got}; it was not analysed", node)
        return
    sql, line, col = got
    changes = ctx.sql.parse(sql, line, col, _loc(ctx, node), "`execute`")
    if changes is None:
        ctx.noop += 1
        return
    ctx.changes.extend(changes)


_HANDLERS = {
    "create_table": _h_create_table,
    "create_join_table": _h_create_join_table,
    "change_table": _h_change_table,
    "drop_table": _h_drop_table,
    "drop_join_table": _h_drop_join_table,
    "rename_table": _h_rename_table,
    "add_column": _h_add_column,
    "remove_column": _h_remove_column,
    "remove_columns": _h_remove_columns,
    "rename_column": _h_rename_column,
    "change_column": _h_change_column,
    "change_column_null": _h_change_column_null,
    "change_column_comment": _h_change_column_comment,
    "change_table_comment": _h_change_table_comment,
    "add_index": _h_add_index,
    "remove_index": _h_remove_index,
    "rename_index": _h_rename_index,
    "add_reference": _h_add_reference,
    "add_belongs_to": _h_add_reference,
    "remove_reference": _h_remove_reference,
    "remove_belongs_to": _h_remove_reference,
    "add_foreign_key": _h_add_foreign_key,
    "remove_foreign_key": _h_remove_foreign_key,
    "add_timestamps": _h_add_timestamps,
    "remove_timestamps": _h_remove_timestamps,
    "execute": _h_execute,
}


# -- table blocks --------------------------------------------------------------

def _table_op(ctx: _Ctx, name: str, node, env: _Env) -> None:
    tb = env.tblock
    assert tb is not None
    pos, opts = _args(ctx, node, env)
    loc = _loc(ctx, node)
    create = tb.mode == "create"

    def add_cols(cols: List[ColumnDef], cons: List[Constraint]) -> None:
        if create:
            tb.columns.extend(cols)
            tb.constraints.extend(cons)
        else:
            for cd in cols:
                ctx.emit(AddColumn(tb.table, cd, loc))
            for con in cons:
                ctx.emit(AddConstraint(tb.table, con))

    if name == "column":
        cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1)
        if not _need(ctx, node, f"{tb.param}.column", cname):
            return
        cd = _column_def(ctx, cname, ctype or "", opts, node, tname_is_static=ctype is not None)
        add_cols([cd], _index_constraints(ctx, tb.table.qualified, [cname], opts.get("index"), node))
        return
    if name in ("references", "belongs_to"):
        refs = [_name(v) for v, _n in pos]
        if not refs or not all(refs):
            _need(ctx, node, f"{tb.param}.{name}", None)
            return
        for ref in refs:
            cols, cons = _reference_defs(ctx, tb.table.qualified, ref, opts, node)
            add_cols(cols, cons)
        return
    if name == "timestamps":
        add_cols(_timestamp_defs(ctx, opts, node), [])
        return
    if name == "primary_key":
        cname = _pos_names(pos, 0)
        if not _need(ctx, node, f"{tb.param}.primary_key", cname):
            return
        ctype = _pos_names(pos, 1) or "primary_key"
        add_cols([_column_def(ctx, cname, ctype, {**opts, "primary_key": True}, node)], [])
        return
    if name == "index":
        cols = _index_columns(pos[0][0]) if pos else None
        if not _need(ctx, node, f"{tb.param}.index", cols):
            return
        kind = "unique" if opts.get("unique") is True else "index"
        iname = opts.get("name") if isinstance(opts.get("name"), str) else None
        add_cols([], [Constraint(kind, tuple(cols), loc, iname or index_name(ctx, tb.table.qualified, cols))])
        return
    if name == "foreign_key":
        to = _pos_names(pos, 0)
        if _need(ctx, node, f"{tb.param}.foreign_key", to):
            add_cols([], [_fk_constraint(ctx, tb.table.qualified, to, opts, node)])
        return
    if name in ("check_constraint", "remove_check_constraint", "change_default", "rename_index",
                "exclusion_constraint", "unique_constraint"):
        ctx.noop += 1
        return
    if not create:
        if name == "remove_index":  # change_table: t.remove_index(*columns, **options)
            _remove_index(ctx, f"{tb.param}.remove_index", tb.table.qualified, pos, opts, node)
            return
        if name == "remove_foreign_key":  # t.remove_foreign_key(*args, **options)
            _remove_foreign_key(ctx, f"{tb.param}.remove_foreign_key", tb.table.qualified, pos, opts, node)
            return
        if name == "remove":
            cols = [_name(v) for v, _n in pos]
            if not cols or not all(cols):
                _need(ctx, node, f"{tb.param}.remove", None)
                return
            for c in cols:
                ctx.emit(DropColumn(tb.table, c, loc))
            return
        if name in ("remove_references", "remove_belongs_to"):
            for v, _n in pos:
                ref = _name(v)
                if not _need(ctx, node, f"{tb.param}.{name}", ref):
                    return
                ctx.emit(DropColumn(tb.table, f"{ref}_id", loc))
                if opts.get("polymorphic"):
                    ctx.emit(DropColumn(tb.table, f"{ref}_type", loc))
            return
        if name == "remove_timestamps":
            for n in ("created_at", "updated_at"):
                ctx.emit(DropColumn(tb.table, n, loc))
            return
        if name == "rename":
            old, new = _pos_names(pos, 0), _pos_names(pos, 1)
            if _need(ctx, node, f"{tb.param}.rename", old, new):
                ctx.emit(RenameColumn(tb.table, old, new, loc))
            return
        if name == "change":
            cname, ctype = _pos_names(pos, 0), _pos_names(pos, 1)
            if _need(ctx, node, f"{tb.param}.change", cname, ctype):
                _alter(ctx, tb.table, cname, ctype, opts, node)
            return
        if name == "change_null":
            cname = _pos_names(pos, 0)
            null = pos[1][0] if len(pos) > 1 else None
            if _need(ctx, node, f"{tb.param}.change_null", cname) and isinstance(null, bool):
                ctx.emit(AlterColumn(tb.table, cname, loc, nullable=null))
            return
    if name.startswith(("remove", "rename", "change")) or name.endswith(("?", "!")):
        ctx.skip(f"`{tb.param}.{name}` is not understood in a {'create_table' if create else 'change_table'} "
                 f"block; it was not followed", node)
        return
    # t.string :a, :b / t.st_point :location ...: a column of that type
    names = [_name(v) for v, _n in pos]
    if not names or not all(names):
        _need(ctx, node, f"{tb.param}.{name}", None)
        return
    cols, cons = [], []
    for cname in names:
        cols.append(_column_def(ctx, cname, name, opts, node))
        cons.extend(_index_constraints(ctx, tb.table.qualified, [cname], opts.get("index"), node))
    if name not in COLUMN_METHODS:
        cols = [replace(c, hints={**c.hints, "custom_type_method": name}) for c in cols]
    add_cols(cols, cons)


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


def _superclass_text(cls) -> str:
    sc = cls.child_by_field_name("superclass")
    if sc is None:
        return ""
    return _text(sc).lstrip("<").strip()


def _class_name(cls) -> str:
    n = cls.child_by_field_name("name")
    return _text(n) if n is not None else ""


def _iter_classes(root):
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "class":
            yield n
        if n.type in ("program", "module", "class", "body_statement"):
            stack.extend(reversed(n.named_children))


def _migration_version(superclass: str) -> Optional[float]:
    m = re.search(r"\[\s*(\d+(?:\.\d+)?)\s*\]", superclass)
    if m:
        try:
            return float(m.group(1))
        except ValueError:
            return None
    return None


def _parse_migration(ctx: _Ctx, root) -> None:
    classes = [c for c in _iter_classes(root) if "Migration" in _superclass_text(c)]
    if not classes:
        schema_call = _find_schema_define(root)
        if schema_call is not None:
            _parse_schema(ctx, schema_call)
            return
        ctx.changes.append(Skipped("no ActiveRecord migration class or schema definition found in this file",
                                   Location(ctx.path, 1, 1)))
        return
    for cls in classes:
        version = _migration_version(_superclass_text(cls))
        ctx.version = version if version is not None else 4.2  # unversioned: Rails < 5
        body = cls.child_by_field_name("body")
        if body is None:
            continue
        directions = []
        for st in body.named_children:
            if st.type == "method":
                mname = _text(st.child_by_field_name("name"))
                if mname in ("change", "up"):
                    directions.append(st)
                elif mname == "down":
                    ctx.noop += 1
                else:
                    ctx.methods[mname] = st
            elif st.type == "singleton_method":
                mname = _text(st.child_by_field_name("name"))
                if mname == "up":
                    directions.append(st)
                elif mname == "down":
                    ctx.noop += 1
                else:
                    ctx.methods[mname] = st
            elif st.type == "assignment":
                left = st.child_by_field_name("left")
                if left is not None and left.type in ("constant", "instance_variable"):
                    ctx.constants[_text(left)] = st.child_by_field_name("right")
            elif st.type in ("identifier", "call"):
                name = _text(st) if st.type == "identifier" else _call_name(st)
                if name in _NOOP_CALLS:
                    ctx.noop += 1
                elif name in ("include", "extend", "require", "private", "protected", "public"):
                    ctx.noop += 1
                else:
                    ctx.skip(f"class-level `{name}` in a migration is not understood", st)
            elif st.type == "comment":
                continue
        if not directions:
            ctx.changes.append(Skipped(f"migration {_class_name(cls)} has no change/up method",
                                       _loc(ctx, cls), "noop"))
            ctx.noop += 1
            continue
        for meth in directions:
            _statements(ctx, meth.child_by_field_name("body"), _Env())


def _find_schema_define(root):
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "call" and _call_name(n) == "define":
            recv = n.child_by_field_name("receiver")
            if recv is not None and "Schema" in _text(recv) and _block_of(n) is not None:
                return n
        if n.type in ("program", "body_statement", "module", "class"):
            stack.extend(reversed(n.named_children))
    return None


def _parse_schema(ctx: _Ctx, call) -> None:
    recv = call.child_by_field_name("receiver")
    version = _migration_version(_text(recv)) if recv is not None else None
    ctx.version = version if version is not None else 5.2
    ctx.statements += 1
    _statements(ctx, _block_body(_block_of(call)), _Env())


# -- models --------------------------------------------------------------------

_BASE_CLASSES = ("ApplicationRecord", "ActiveRecord::Base", "::ActiveRecord::Base", "")


#: class-level calls that are evidence of encryption or hashing
_MODEL_EVIDENCE = ("encrypts", "has_encrypted", "lockbox_encrypts", "blind_index", "attr_encrypted",
                   "attr_encrypted_options", "encrypts_attribute", "has_secure_password")
#: statements whose bodies hold class-level declarations too: a declaration
#: inside a conditional (``encrypts :nik if ...``, ``if ... encrypts ...
#: end``) or a ``with_options`` / ``included do`` block still applies
_MODEL_NESTING = ("if", "unless", "then", "else", "elsif", "if_modifier", "unless_modifier", "begin",
                  "case", "when", "do_block", "block", "body_statement", "parenthesized_statements")


def _model_statements(body):
    """A model class body's statements, conditionals and blocks included
    (their conditions are not evaluated: every branch counts, the way a
    reviewer reads it); method definitions and nested classes are not
    entered."""
    stack = list(reversed(body.named_children))
    while stack:
        st = stack.pop()
        if st.type in ("method", "singleton_method", "class", "module"):
            continue
        yield st
        if st.type == "call":
            block = next((c for c in st.named_children if c.type in ("do_block", "block")), None)
            if block is not None and _call_name(st) in ("with_options", "included", "class_eval", "concerning"):
                stack.extend(reversed(block.named_children))
            continue
        if st.type in _MODEL_NESTING:
            kids = st.named_children
            if st.type in ("if_modifier", "unless_modifier") and kids:
                kids = kids[:1]  # the statement, not the condition
            stack.extend(reversed(kids))


def _parse_model(ctx: _Ctx, root) -> None:
    found = False
    for cls in _iter_classes(root):
        body = cls.child_by_field_name("body")
        if body is None:
            continue
        cname = _class_name(cls)
        superclass = _superclass_text(cls)
        table: Optional[str] = None
        abstract = False
        evidence = []
        for st in body.named_children:
            if st.type == "assignment":
                left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
                if left is not None and left.type == "call" and _text(left.child_by_field_name("receiver") or left) == "self":
                    attr = _call_name(left)
                    val = _lit(ctx, right, _Env())
                    if attr == "table_name":
                        if isinstance(val, str):
                            table = str(val)
                        else:
                            ctx.skip(f"table name of {cname} is computed at run time", st)
                            table = ""
                    elif attr == "abstract_class" and val is True:
                        abstract = True
        for st in _model_statements(body):
            if st.type == "identifier" and _text(st) == "has_secure_password":
                evidence.append(("has_secure_password", st))
            elif st.type == "call" and st.child_by_field_name("receiver") is None:
                name = _call_name(st)
                if name in _MODEL_EVIDENCE:
                    evidence.append((name, st))
        if not evidence:
            continue
        found = True
        if table == "":
            continue
        if abstract and table is None:
            for _name_, st in evidence:
                ctx.skip(f"`{_name_}` in abstract class {cname}: its table is not known", st)
            continue
        if table is None:
            base = superclass.split("::")[-1] if superclass not in _BASE_CLASSES else ""
            if base and not base.endswith("Record") and superclass not in _BASE_CLASSES:
                table = table_name_for_class(superclass)  # single-table inheritance
            else:
                table = table_name_for_class(cname)
        ref = _table_ref(table)
        for kind, st in evidence:
            _model_evidence(ctx, ref, kind, st)
    if not found:
        ctx.changes.append(Skipped("no encrypted attribute declared in a model class in this file",
                                   Location(ctx.path, 1, 1)))


def _model_evidence(ctx: _Ctx, table: TableRef, kind: str, st) -> None:
    env = _Env()
    pos, opts = _args(ctx, st, env) if st.type == "call" else ([], {})
    ctx.statements += 1
    if kind == "has_secure_password" and not pos:
        pos = [("password", st)]  # the default attribute
    for v, n in pos:
        attr = _name(v)
        if attr is None:
            ctx.skip(f"`{kind}` of an attribute named at run time; not read", n)
            continue
        loc = _loc(ctx, n)
        if kind == "encrypts":
            how = "rails-encrypts-deterministic" if opts.get("deterministic") is True else "rails-encrypts"
            targets = [(attr, how)]
        elif kind in ("has_encrypted", "lockbox_encrypts"):
            col = _name(opts.get("encrypted_attribute")) if len(pos) == 1 else None
            targets = [(col or f"{attr}_ciphertext", "lockbox")]
        elif kind == "blind_index":
            col = _name(opts.get("bidx_attribute")) if len(pos) == 1 else None
            targets = [(col or f"{attr}_bidx", "lockbox-blind-index")]
        elif kind == "has_secure_password":
            # bcrypt digest in <attr>_digest (ActiveModel::SecurePassword)
            targets = [(f"{attr}_digest", "bcrypt-has-secure-password")]
        elif kind == "attr_encrypted":
            prefix = opts.get("prefix", "encrypted_")
            suffix = opts.get("suffix", "")
            prefix = prefix if isinstance(prefix, str) else "encrypted_"
            suffix = suffix if isinstance(suffix, str) else ""
            col = _name(opts.get("attribute")) if len(pos) == 1 else None
            col = col or f"{prefix}{attr}{suffix}"
            targets = [(col, "attr-encrypted"), (f"{col}_iv", "attr-encrypted")]
        else:
            ctx.noop += 1
            return
        for col, how in targets:
            ctx.emit(Annotate(table, col, f"schemalint: encrypted={how}", loc, source="model"))


# -- entry points ----------------------------------------------------------------


def parse(source, options=None) -> FileResult:
    """Read one Ruby file (never executes it)."""
    path = source.path
    fmt = getattr(source, "format", None) or FORMAT
    if fmt not in FORMATS:
        fmt = FORMAT
    try:
        return _parse(source, options, fmt)
    except Exception as exc:  # parse must never raise: fail closed, naming the file
        return FileResult(path, fmt, (ParseFailure(
            f"internal error in the Rails frontend ({type(exc).__name__}: {exc}); "
            f"the file was not analysed", Location(path, 1, 1)),))


def _parse(source, options, fmt: str) -> FileResult:
    tree, src = treesitter.parse("ruby", source.text)
    ctx = _Ctx(source.path, src, options, fmt)
    root = tree.root_node
    for err in treesitter.iter_errors(root):
        ctx.changes.append(ParseFailure(
            f"Ruby {treesitter.describe_error(err, src)}; the rest of the file was read",
            treesitter.location(err, source.path, src)))
        break
    _index_heredocs(ctx, root)
    if fmt == "rails-model":
        _parse_model(ctx, root)
    else:
        _parse_migration(ctx, root)
    return FileResult(
        path=source.path, format=fmt, changes=tuple(ctx.changes),
        meta={"version": _version_of(source.path)} if fmt == "rails" else {},
        dialect=ctx.sql.dialect,
        stats={"statements": ctx.statements, "noop": ctx.noop},
    )


_VERSION_RE = re.compile(r"^(\d+)_")


def _version_of(path: str) -> Optional[str]:
    m = _VERSION_RE.match(path.rsplit("/", 1)[-1])
    return m.group(1) if m else None


def order(results: List[FileResult]) -> List[FileResult]:
    """Rails runs migrations by their numeric version prefix
    (``20240101120000_x.rb``, or ``001_x.rb`` in old projects); files
    without one (``schema.rb``) come after, in natural path order."""
    from ..sources import natural_key

    def key(r: FileResult):
        v = _version_of(r.path)
        return (0, int(v), natural_key(r.path)) if v else (1, 0, natural_key(r.path))

    return sorted(results, key=key)
