"""sqlglot expressions -> changes.

One :class:`Converter` per file; it keeps the sqlglot dialect and parser
and turns each DDL statement into ``CreateTable``, ``AddColumn``,
``AlterColumn``, ``AddConstraint``... with a location for every column.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple, overload

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, ParseError, TokenError

from ... import lazyre
from ...model import (
    UNSET,
    AddColumn,
    AddConstraint,
    AlterColumn,
    Annotate,
    ColumnDef,
    ColumnsFrom,
    ColumnType,
    Constraint,
    CreateTable,
    DefineType,
    DropColumn,
    DropConstraint,
    DropTable,
    ForeignKeyRef,
    Location,
    ParseFailure,
    RenameColumn,
    RenameTable,
    SetComment,
    Skipped,
    TableRef,
)
from ...types import family_of
from . import access
from .split import MYSQL_LIKE, Statement

_T = exp.DataType.Type

#: sqlglot type names that are not the SQL base name the type layer knows
#: (:mod:`schemalint.types`); every other type goes by its sqlglot name,
#: lower-cased (``VARCHAR`` -> ``varchar``, ``TIMESTAMPTZ`` -> ``timestamptz``).
_BASE_ALIASES = {
    "UTINYINT": "tinyint", "USMALLINT": "smallint", "UMEDIUMINT": "mediumint", "UINT": "int",
    "UBIGINT": "bigint", "INT128": "hugeint", "INT256": "hugeint", "UINT128": "hugeint",
    "UINT256": "hugeint", "BIGNUM": "hugeint", "UDECIMAL": "decimal", "DECIMAL32": "decimal",
    "DECIMAL64": "decimal", "DECIMAL128": "decimal", "DECIMAL256": "decimal", "UDOUBLE": "double",
    "DATE32": "date", "DATETIME64": "datetime", "TIMESTAMP_S": "timestamp", "TIMESTAMP_MS": "timestamp",
    "TIMESTAMP_NS": "timestamp", "TIME_NS": "time", "FIXEDSTRING": "char", "IPADDRESS": "inet",
    "IPV4": "inet", "IPV6": "inet", "IPPREFIX": "cidr", "GEOGRAPHYPOINT": "geography", "RING": "polygon",
    "ENUM8": "enum", "ENUM16": "enum", "ROWVERSION": "binary",
}


def _base(t) -> str:
    """The base name the type layer knows a sqlglot type by."""
    return _BASE_ALIASES.get(t.name) or t.name.lower()


_TYPE_CACHE: dict = {}

#: what ``LIKE ... INCLUDING ALL`` copies that replay keeps
_LIKE_ALL = ("comments", "defaults", "indexes")
_IDENT = r'(?:"[^"]+"|\w+)'
#: a lone ``ALTER TABLE t ADD CONSTRAINT c UNIQUE|PRIMARY KEY USING INDEX i`` (PostgreSQL), which
#: sqlglot keeps opaque: a key made of an existing index, no column change
_KEY_FROM_INDEX_RE = lazyre.compile(
    rf"^\s*(?:ALTER\s+)?TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?{_IDENT}(?:\.{_IDENT})?\s+ADD\s+CONSTRAINT\s+"
    rf"{_IDENT}\s+(?:UNIQUE|PRIMARY\s+KEY)\s+USING\s+INDEX\s+{_IDENT}"
    r"(?:\s+(?:NOT\s+)?DEFERRABLE|\s+INITIALLY\s+(?:DEFERRED|IMMEDIATE))*\s*;?\s*$", re.I)


def _type_key(dtype: exp.DataType):
    """A cheap key for simple types (name + literal params), or None."""
    params = []
    for e in dtype.expressions:
        inner = e.this if isinstance(e, exp.DataTypeParam) else e
        if not isinstance(inner, exp.Literal) or e.args.get("expression") is not None:
            return None
        params.append(inner.this)
    if dtype.args.get("kind") is not None or dtype.args.get("values") or dtype.args.get("nested"):
        return None
    return (dtype.this, tuple(params))


def column_type(dtype: Optional[exp.Expression], dialect: str) -> Optional[ColumnType]:
    """Normalise a sqlglot type; printing a type is the costly part, so
    simple types are cached per dialect."""
    if dtype is None:
        return None
    key = _type_key(dtype) if isinstance(dtype, exp.DataType) else None
    if key is not None:
        hit = _TYPE_CACHE.get((dialect, key))
        if hit is None:
            hit = _TYPE_CACHE[(dialect, key)] = _column_type(dtype, dialect)
        return hit
    return _column_type(dtype, dialect)


def _column_type(dtype: exp.Expression, dialect: str) -> ColumnType:
    if not isinstance(dtype, exp.DataType):
        raw = dtype.sql(dialect=dialect)
        base = raw.split("(")[0].strip().lower() or "unknown"
        return ColumnType(base, family_of(base), (), raw)
    try:
        raw = dtype.sql(dialect=dialect)
    except Exception:  # a type sqlglot can parse but not print
        raw = str(dtype.this)
    base = raw.split("(", 1)[0].strip().lower()
    params: Tuple[str, ...] = ()
    if dtype.expressions and dtype.this not in (_T.ENUM, _T.SET, _T.STRUCT, _T.ENUM8, _T.ENUM16):
        params = tuple(e.sql(dialect=dialect) for e in dtype.expressions)
    known = _base(dtype.this)
    if dtype.this == _T.USERDEFINED:
        kind = dtype.args.get("kind")
        text = kind.sql(dialect=dialect) if isinstance(kind, exp.Expression) else (kind or raw)
        known = base = str(text).split("(")[0].strip().lower()
    if raw.endswith("[]"):
        known = "array"
    return ColumnType(base or "unknown", family_of(known, params), params, raw)


@overload
def table_ref(t: exp.Expression) -> TableRef: ...
@overload
def table_ref(t: Optional[exp.Expression]) -> Optional[TableRef]: ...


def table_ref(t: Optional[exp.Expression]) -> Optional[TableRef]:
    """The table an expression names (None only for None)."""
    if t is None:
        return None
    if isinstance(t, exp.Schema):
        t = t.this
    if isinstance(t, exp.Table):
        db = t.args.get("db")
        return TableRef(t.name, db.name if db else None)
    if isinstance(t, (exp.Identifier, exp.Column)):
        return TableRef(t.name)
    return TableRef(t.sql())


def _names(nodes) -> Tuple[str, ...]:
    out = []
    for n in nodes or ():
        if isinstance(n, exp.Ordered):
            n = n.this
        if isinstance(n, (exp.Identifier, exp.Column)):
            out.append(n.name)
        elif isinstance(n, exp.Schema):
            out.extend(_names(n.expressions))
    return tuple(out)


def _default_text(node, dialect: str) -> Optional[str]:
    """A column default as SQL text; plain literals without the generator
    (a dump has a default on most columns), the same text it prints."""
    if node is None:
        return None
    if type(node) is exp.Literal:
        text = node.this
        if not node.args.get("is_string"):
            return text
        if "\\" not in text:
            return "'" + text.replace("'", "''") + "'"
    elif type(node) is exp.Null:
        return "NULL"
    return node.sql(dialect=dialect)


def _literal(node) -> Optional[str]:
    if node is None or isinstance(node, exp.Null):
        return None
    if isinstance(node, str):
        return node
    if isinstance(node, exp.Literal):
        return node.this
    return node.sql()


def _select_source(query) -> Optional[ColumnsFrom]:
    """The table and columns a simple query copies (``SELECT * FROM s``,
    ``SELECT a, b AS c FROM s``: one table, no join, grouping or set
    operation), or None for anything else."""
    if not isinstance(query, exp.Select) or query.args.get("joins") or query.args.get("group") \
            or query.args.get("laterals"):
        return None
    frm = query.args.get("from_") or query.args.get("from")  # (sqlglot 30 calls it from_)
    src = frm.this if frm is not None else None
    if not isinstance(src, exp.Table):
        return None
    picks: List[Tuple[str, str]] = []
    for e in query.expressions:
        if isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star)):
            if len(query.expressions) != 1:
                return None
            return ColumnsFrom(table_ref(src))
        inner = e.this if isinstance(e, exp.Alias) else e
        if not isinstance(inner, exp.Column):
            return None
        picks.append((inner.name, e.alias_or_name))
    return ColumnsFrom(table_ref(src), select=tuple(picks)) if picks else None


def _select_sources(query) -> Optional[Tuple[ColumnsFrom, ...]]:
    """The tables and columns a query copies: :func:`_select_source`, or a
    join whose every selected column names its table (``SELECT a.x, b.y AS
    z FROM a JOIN b ON ...``), one copy per table in the order selected."""
    one = _select_source(query)
    if one is not None:
        return (one,)
    if not isinstance(query, exp.Select) or not query.args.get("joins") or query.args.get("group") \
            or query.args.get("laterals"):
        return None
    frm = query.args.get("from_") or query.args.get("from")
    found = [frm.this if frm is not None else None] + [j.this for j in query.args["joins"]]
    tables = [t for t in found if isinstance(t, exp.Table)]
    if len(tables) != len(found):
        return None
    named: Dict[str, exp.Table] = {}
    for t in tables:
        named.setdefault(t.alias_or_name.lower(), t)
        named.setdefault(t.name.lower(), t)
    picks: Dict[TableRef, List[Tuple[str, str]]] = {}
    for e in query.expressions:
        inner = e.this if isinstance(e, exp.Alias) else e
        if not isinstance(inner, exp.Column) or isinstance(inner.this, exp.Star) or not inner.table \
                or inner.table.lower() not in named:
            return None
        ref = table_ref(named[inner.table.lower()])
        picks.setdefault(ref, []).append((inner.name, e.alias_or_name))
    return tuple(ColumnsFrom(ref, select=tuple(p)) for ref, p in picks.items()) or None


# --------------------------------------------------------------------------
# Valid MySQL that sqlglot refuses, and the rewrite it reads instead
# --------------------------------------------------------------------------
# Each rewrite keeps the table's columns, types, keys and comments as they are
# (so no note is due), and never touches quoted text or comments: the pattern
# matches those first (group 1) and puts them back unchanged.

_QUOTED = r"('(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|`[^`]*`|--[^\n]*|#[^\n]*|/\*.*?\*/)"


def _outside_quotes(pattern: str, repl):
    """A rewrite of ``pattern`` (its groups numbered from 2) outside quoted text."""
    rx = lazyre.compile(_QUOTED + "|" + pattern, re.I | re.S)

    def rewrite(text: str) -> str:
        return rx.sub(lambda m: m.group(1) if m.group(1) is not None else repl(m), text)

    return rewrite


#: ``PRIMARY KEY USING BTREE (id)``, ``KEY k USING HASH (c)``: the index type before
#: the columns (sqlglot reads it only after them); the type says nothing of the columns
_drop_index_type = _outside_quotes(r"\bUSING\s+(?:BTREE|HASH)\s*(?=\()", lambda m: "")
#: a key's name sqlglot reads as a keyword (Koha: ``UNIQUE KEY title ( title )``,
#: ``UNIQUE KEY comment (...)``): quoted
_quote_key_names = _outside_quotes(r"(\b(?:KEY|INDEX)[ \t]+)([A-Za-z_][A-Za-z0-9_$]{0,63})([ \t]*\()",
                                   lambda m: f"{m.group(2)}`{m.group(3)}`{m.group(4)}")
#: MySQL's FLOAT/REAL [(p[,s])] UNSIGNED (deprecated, still valid; pH7): "Cannot
#: convert FLOAT to unsigned"; the column is a float either way
_drop_float_unsigned = _outside_quotes(r"\b((?:FLOAT|REAL)\s*(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?)\s+UNSIGNED\b",
                                       lambda m: m.group(2))
_TABLE_COMMENT = lazyre.compile(r"\bCOMMENT\s*=?\s*('(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\")", re.I | re.S)
_NOT_OPTIONS = lazyre.compile(r"\b(?:SELECT|AS|LIKE|IGNORE|REPLACE|WITH)\b", re.I)


def _drop_table_options(text: str) -> str:
    """``) ENGINE=MyISAM CHECKSUM=1 DELAY_KEY_WRITE=1``: table options sqlglot
    does not know make it give up on the whole table (Sentrifugo's HRMS: 20
    tables).  They tune storage; the table's comment is kept.  Not when a
    query or another table follows the column list (``AS SELECT``, ``LIKE``)."""
    end = _column_list_end(text)
    if end is None:
        return text
    options = text[end + 1:]
    if _NOT_OPTIONS.search(re.sub(_QUOTED, "''", options, flags=re.S)):
        return text
    comment = _TABLE_COMMENT.search(options)
    tail = options.rstrip().endswith(";")
    return text[:end + 1] + (f" COMMENT={comment.group(1)}" if comment else "") + (";" if tail else "")


def _column_list_end(text: str):
    """Offset of the parenthesis that closes a CREATE TABLE's column list, or None."""
    from .split import code_chars

    return next((i for i, ch, depth in code_chars(text, mysql=True) if ch == ")" and depth == 0), None)


#: (does it apply to this statement, the rewrite), in the order they are tried
_MYSQL_REWRITES = (
    (lambda kind, text: "using" in text.lower(), _drop_index_type),
    (lambda kind, text: kind == "create_table", _quote_key_names),
    (lambda kind, text: "unsigned" in text.lower(), _drop_float_unsigned),
    (lambda kind, text: kind == "create_table", _drop_table_options),
)


class Converter:
    def __init__(self, path: str, dialect: str, locate):
        self.path = path
        self.dialect = dialect
        self.locate = locate
        self.d = Dialect.get_or_raise(dialect)
        self.stmt: Optional[Statement] = None

    # -- locations ---------------------------------------------------------
    def loc_of(self, node, fallback: Location) -> Location:
        ident = node if isinstance(node, exp.Identifier) else (
            node.find(exp.Identifier) if isinstance(node, exp.Expression) else None)
        meta = getattr(ident, "_meta", None) if ident is not None else None
        if meta and "start" in meta and self.stmt is not None:
            line, col = self.locate(self.stmt.start + meta["start"])
            return Location(self.path, line, col)
        return fallback

    def location_at(self, offset: int) -> Location:
        """The location of ``offset`` in the current statement's text."""
        assert self.stmt is not None, "location_at() is called while a statement is converted"
        line, col = self.locate(self.stmt.start + offset)
        return Location(self.path, line, col)

    # -- entry -------------------------------------------------------------
    # One tokenizer and one parser per file: sqlglot's Dialect.tokenize and
    # Dialect.parse build new ones for every call, which costs more than
    # tokenizing a key statement.  Both reset themselves on each use.
    _tok = None
    _parser = None

    def _tokenize(self, sql: str):
        if self._tok is None:
            self._tok = self.d.tokenizer()
        return self._tok.tokenize(sql)

    def parse(self, sql: str):
        if self._parser is None:
            self._parser = self.d.parser(error_level=ErrorLevel.RAISE)
        return self._parser.parse(self._tokenize(sql), sql)

    def convert(self, kind: str, stmt: Statement, sql: str, loc: Location, out: list) -> None:
        self.stmt = stmt
        if kind in access.KINDS:
            return access.convert(kind, sql, loc, out, dialect=self.dialect, tokenize=self._tokenize,
                                  locate_offset=self.location_at)
        if kind == "rename_table":
            return self._rename_tables(sql, loc, out)
        if kind == "security_label":
            return self._security_label(sql, loc, out)
        if kind in ("create_type", "drop_type"):
            return self._named_type(kind, sql, loc, out)
        if kind in ("create_index", "alter_table", "drop_index", "drop_table"):
            from . import keys

            toks = self._tokens(sql)
            if toks:
                readers = {"create_index": (keys.create_index,), "alter_table": (keys.add_key, keys.drop_key),
                           "drop_index": (keys.drop_index,), "drop_table": (keys.drop_table,)}[kind]
                for reader in readers:
                    got = reader(toks, loc)
                    if got is not None:
                        out.extend(got)
                        return
            if kind == "drop_index":
                out.append(Skipped("DROP INDEX form not understood; the index is kept", loc))
                return
        if kind == "alter_table" and self.dialect in MYSQL_LIKE and " AS" in sql.upper():
            sql = self._rename_as(sql)
        try:
            trees = self.parse(sql)
        except (ParseError, TokenError) as exc:
            if kind == "comment" and self._comment_is_null(sql, loc, out):
                return
            trees = self._reparse_mysql(kind, sql)
            if trees is None:
                out.append(self._failure(exc, stmt, loc))
                return
        except RecursionError:
            out.append(ParseFailure("statement nests too deeply to parse", loc))
            return
        if kind == "create_table" and any(isinstance(t, exp.Command) for t in trees):
            # sqlglot gave up on the table quietly (a Command): MySQL table options it
            # does not know (CHECKSUM=1) lose every column otherwise
            trees = self._reparse_mysql(kind, sql) or trees
        for tree in trees:
            if tree is None:
                continue
            if isinstance(tree, exp.Command):
                self._command(kind, tree, loc, out)
            elif isinstance(tree, exp.Create):
                self._create(tree, loc, out)
            elif isinstance(tree, exp.Alter):
                self._alter(tree, loc, out)
            elif isinstance(tree, exp.Drop):
                if (tree.args.get("kind") or "").upper() == "TABLE":
                    for t in tree.args.get("tables") or [tree.this]:
                        if t is not None:
                            out.append(DropTable(table_ref(t), loc))
            elif isinstance(tree, exp.Comment):
                self._comment(tree, loc, out)
            elif isinstance(tree, exp.Execute):
                self._execute(tree, loc, out)
            elif isinstance(tree, exp.Select) and isinstance(tree.args.get("into"), exp.Into) \
                    and isinstance(tree.args["into"].this, exp.Table):
                self._select_into(tree, loc, out)
            else:
                out.append(Skipped(f"{type(tree).__name__} statement has no schema effect here", loc))

    def _reparse_mysql(self, kind: str, sql: str):
        """Valid MySQL that sqlglot refuses, rewritten into what it reads and
        parsed once more; None when no rewrite applies or the result still
        fails (the caller reports the first error).  Each rewrite leaves the
        columns as they are (``_MYSQL_REWRITES`` says what each changes), and
        quoted text and comments are never rewritten."""
        if kind not in ("create_table", "alter_table") or self.dialect not in MYSQL_LIKE:
            return None
        text = sql
        for applies, rewrite in _MYSQL_REWRITES:
            if applies(kind, text):
                text = rewrite(text)
        if text == sql:
            return None
        try:
            trees = self.parse(text)
        except (ParseError, TokenError, RecursionError):
            return None
        return None if any(isinstance(t, exp.Command) for t in trees) else trees

    def _failure(self, exc: Exception, stmt: Statement, loc: Location) -> ParseFailure:
        errors = getattr(exc, "errors", None) or []
        desc = str(exc).split("\n", 1)[0]
        where = loc
        if errors:
            e = errors[0]
            desc = e.get("description") or desc
            if e.get("line"):
                # sqlglot counts lines within the statement text
                line, col = self.locate(stmt.start)
                eline = line + int(e["line"]) - 1
                ecol = int(e.get("col") or 1) if int(e["line"]) > 1 else col + int(e.get("col") or 1) - 1
                where = Location(self.path, eline, max(1, ecol))
        from .statements import _describe

        return ParseFailure(
            f"cannot parse {_describe(stmt)} as {self.dialect} SQL: {desc}. If the file is another "
            f"dialect, set it with --dialect or a [tool.schemalint] dialects glob", where)

    # -- CREATE --------------------------------------------------------------
    def _create(self, tree: exp.Create, loc: Location, out: list) -> None:
        kind = (tree.args.get("kind") or "").upper()
        if kind == "INDEX":
            return self._create_index(tree, loc, out)
        if kind != "TABLE":
            out.append(Skipped(f"CREATE {kind} has no table columns", loc))
            return
        target = tree.this
        ref = table_ref(target)
        comment = None
        copies: List[ColumnsFrom] = []
        props = tree.args.get("properties")
        for prop in (props.expressions if props else []):
            if isinstance(prop, exp.SchemaCommentProperty):
                comment = _literal(prop.this)
            elif isinstance(prop, exp.LikeProperty):  # MySQL CREATE TABLE t LIKE s
                copies.append(self._like(prop))
        if not isinstance(target, exp.Schema) and copies and tree.args.get("expression") is None:
            out.append(CreateTable(ref, (), loc, comment=comment, if_not_exists=bool(tree.args.get("exists")),
                                   columns_from=tuple(copies)))
            return
        if not isinstance(target, exp.Schema):
            sources = _select_sources(tree.args.get("expression"))
            if sources is not None:  # CREATE TABLE t AS SELECT a, b FROM s: a copy of s's columns
                out.append(CreateTable(ref, (), loc, comment=comment, if_not_exists=bool(tree.args.get("exists")),
                                       columns_from=sources))
                return
            out.append(CreateTable(ref, (), loc, comment=comment, if_not_exists=bool(tree.args.get("exists"))))
            out.append(Skipped(
                f"CREATE TABLE {ref} takes its columns from a query or another table; "
                f"they are not known", loc))
            return
        columns: List[ColumnDef] = []
        constraints: List[Constraint] = []
        for item in target.expressions:
            if isinstance(item, exp.ColumnDef):
                columns.append(self._column(item, loc))
            elif isinstance(item, exp.Identifier):  # an untyped column (SQLite allows them)
                columns.append(ColumnDef(item.name, None, self.loc_of(item, loc)))
            elif isinstance(item, exp.LikeProperty):
                copies.append(self._like(item))
            else:
                got = self._constraints(item, loc)
                if not got and not isinstance(item, (exp.Constraint, exp.PrimaryKey, exp.ForeignKey,
                                                     exp.UniqueColumnConstraint, exp.IndexColumnConstraint,
                                                     exp.ColumnConstraint, exp.CheckColumnConstraint)):
                    out.append(Skipped(f"element {item.sql(dialect=self.dialect)[:60]!r} of CREATE TABLE "
                                       f"{ref} not understood", self.loc_of(item, loc)))
                constraints.extend(got)
        out.append(CreateTable(ref, tuple(columns), loc, comment=comment,
                               constraints=tuple(constraints),
                               if_not_exists=bool(tree.args.get("exists")), columns_from=tuple(copies)))

    def _like(self, like: exp.LikeProperty) -> ColumnsFrom:
        """``LIKE s [INCLUDING x | EXCLUDING x]...``: PostgreSQL copies
        names, types and NOT NULL, and what INCLUDING names; MySQL's LIKE
        copies the whole definition but foreign keys."""
        if self.dialect in MYSQL_LIKE:
            return ColumnsFrom(table_ref(like.this), _LIKE_ALL)
        included: List[str] = []
        for opt in like.expressions:
            if not isinstance(opt, exp.Property):
                continue
            what = opt.args.get("value")
            word = (what.name if isinstance(what, exp.Expression) else str(what or "")).lower()
            names = _LIKE_ALL if word == "all" else (word,)
            if str(opt.this).upper() == "INCLUDING":
                included.extend(n for n in names if n not in included)
            else:
                included = [n for n in included if n not in names]
        return ColumnsFrom(table_ref(like.this), tuple(included))

    def _column(self, cd: exp.ColumnDef, fallback: Location) -> ColumnDef:
        loc = self.loc_of(cd.this, fallback)
        nullable, pk, unique = True, False, False
        default = comment = None
        refs = None
        for c in cd.args.get("constraints") or []:
            k = c.args.get("kind") if isinstance(c, exp.ColumnConstraint) else c
            if isinstance(k, exp.NotNullColumnConstraint):
                nullable = bool(k.args.get("allow_null"))
            elif isinstance(k, exp.PrimaryKeyColumnConstraint):
                pk, nullable = True, False
            elif isinstance(k, exp.UniqueColumnConstraint):
                unique = True
            elif isinstance(k, exp.CommentColumnConstraint):
                comment = _literal(k.this)
            elif isinstance(k, exp.DefaultColumnConstraint):
                default = _default_text(k.this, self.dialect)
            elif isinstance(k, (exp.Reference, exp.ForeignKey)):
                ref = k.args.get("reference") if isinstance(k, exp.ForeignKey) else k
                schema = ref.this if ref is not None else None
                if schema is not None:
                    refs = ForeignKeyRef(table_ref(schema), _names(getattr(schema, "expressions", [])))
            elif isinstance(k, exp.Properties):  # BigQuery OPTIONS(description='...')
                for p in k.expressions:
                    if isinstance(p, exp.Property) and p.name.lower() == "description":
                        comment = _literal(p.args.get("value"))
        return ColumnDef(cd.name, column_type(cd.args.get("kind"), self.dialect), loc,
                         nullable=nullable, primary_key=pk, unique=unique, default=default,
                         comment=comment, references=refs)

    def _constraints(self, item, loc: Location, name: Optional[str] = None) -> List[Constraint]:
        where = self.loc_of(item, loc)
        if isinstance(item, exp.Constraint):
            out: List[Constraint] = []
            for sub in item.expressions:
                out.extend(self._constraints(sub, loc, item.name or None))
            return out
        if isinstance(item, exp.PrimaryKey):
            return [Constraint("primary", _names(item.expressions), where, name)]
        if isinstance(item, exp.ForeignKey):
            ref = item.args.get("reference")
            fk = None
            if ref is not None and isinstance(ref.this, exp.Schema):
                fk = ForeignKeyRef(table_ref(ref.this), _names(ref.this.expressions))
            elif ref is not None:
                fk = ForeignKeyRef(table_ref(ref.this))
            return [Constraint("foreign", _names(item.expressions), where, name, fk)]
        if isinstance(item, exp.UniqueColumnConstraint):
            cols = _names(item.this.expressions) if isinstance(item.this, exp.Schema) else _names([item.this])
            return [Constraint("unique", cols, where, name or (item.this.name if isinstance(
                item.this, exp.Schema) and item.this.this else None))]
        if isinstance(item, exp.IndexColumnConstraint):
            kind = "unique" if (item.args.get("index_type") or "") == "UNIQUE" else "index"
            return [Constraint(kind, _names(item.expressions), where, item.name or name)]
        if isinstance(item, exp.ColumnConstraint):
            return self._constraints(item.args.get("kind"), loc, item.name or name)
        if isinstance(item, exp.PrimaryKeyColumnConstraint) and item.expressions:
            return [Constraint("primary", _names(item.expressions), where, name)]
        return []

    def _create_index(self, tree: exp.Create, loc: Location, out: list) -> None:
        index = tree.this
        if not isinstance(index, exp.Index):
            out.append(Skipped("CREATE INDEX without a table", loc))
            return
        ref = table_ref(index.args.get("table"))
        params = index.args.get("params")
        cols = _names(params.args.get("columns") if params is not None else [])
        kind = "unique" if tree.args.get("unique") else "index"
        if ref is not None:
            out.append(AddConstraint(ref, Constraint(kind, cols, loc, index.name or None)))

    # -- ALTER ---------------------------------------------------------------
    def _alter(self, tree: exp.Alter, loc: Location, out: list) -> None:
        if (tree.args.get("kind") or "TABLE").upper() != "TABLE":
            return
        ref = table_ref(tree.this)
        options = tree.args.get("options") or []
        for opt in options:
            if isinstance(opt, exp.SchemaCommentProperty):
                out.append(SetComment(ref, None, _literal(opt.this), loc))
        rename_to = [o.this for o in options if isinstance(o, exp.ToTableProperty)]
        actions = tree.args.get("actions") or []
        for action in actions:
            if not isinstance(action, exp.AlterRename):
                self._action(ref, action, loc, out)
        # MySQL/MariaDB apply the other actions of one ALTER to the table and
        # rename it last, whatever the clause order ("RENAME TO b, MODIFY c"
        # modifies a.c); PostgreSQL, Oracle and SQLite allow a RENAME only
        # alone, so last is right for every dialect; MySQL's second RENAME TO
        # renames the renamed table
        for action in actions:
            if isinstance(action, exp.AlterRename):
                self._rename(ref, action, rename_to, loc, out)
                if out and isinstance(out[-1], RenameTable):
                    ref = out[-1].new

    def _rename(self, ref: TableRef, a: exp.AlterRename, rename_to: list, loc: Location, out: list) -> None:
        """``RENAME TO x`` renames the table; PostgreSQL's ``RENAME a TO b``
        (``COLUMN`` left out) renames a column.  sqlglot reads both as
        :class:`exp.AlterRename` (the second with ``b`` as a ``TO`` option),
        so the word before the name decides: a table rename needs ``TO``
        (``AS`` or nothing in MySQL) right after ``RENAME``."""
        target = a.this
        mysql = self.dialect in MYSQL_LIKE
        word = self._word_before(target)
        if word in ("TO", "AS") or (mysql and word == "RENAME" and not rename_to):
            out.append(RenameTable(ref, table_ref(target), loc))
            return
        if word == "RENAME" and len(rename_to) == 1 and not mysql and isinstance(target, exp.Table) \
                and not target.args.get("db"):
            out.append(RenameColumn(ref, target.name, rename_to[0].name, self.loc_of(target, loc)))
            return
        out.append(Skipped(
            f"ALTER TABLE {ref} RENAME form not understood as {self.dialect} (neither 'RENAME TO new' "
            f"nor 'RENAME old TO new'); neither the table nor a column is renamed here", loc))

    def _rename_as(self, sql: str) -> str:
        """MySQL's ``RENAME AS x`` is ``RENAME TO x`` (sqlglot knows only
        the second); both words are two letters, so offsets stay."""
        toks = self._tokens(sql) or []
        for a, b in zip(toks, toks[1:]):
            if a.text.upper() == "RENAME" and b.text.upper() == "AS":
                sql = sql[:b.start] + "TO" + sql[b.end + 1:]
        return sql

    def _word_before(self, node) -> str:
        """The keyword right before ``node`` in the statement (comments
        skipped), upper case; "" when unknown."""
        ident = node if isinstance(node, exp.Identifier) else node.find(exp.Identifier)
        meta = getattr(ident, "_meta", None) or {}
        start = meta.get("start")
        if start is None or self.stmt is None:
            return ""
        toks = self._tokens(self.stmt.text) or []
        for i, t in enumerate(toks):
            if t.start <= start <= t.end:
                return toks[i - 1].text.upper() if i else ""
        return ""

    def _action(self, ref: TableRef, a, loc: Location, out: list) -> None:
        if isinstance(a, exp.ColumnDef):
            cd = self._column(a, loc)
            out.append(AddColumn(ref, cd, cd.location, bool(a.args.get("exists"))))
        elif isinstance(a, exp.Drop):
            kind = (a.args.get("kind") or "").upper()
            if kind == "COLUMN":
                for c in a.args.get("tables") or [a.this]:
                    if c is not None:
                        out.append(DropColumn(ref, c.name, loc, bool(a.args.get("exists"))))
            elif kind in ("CONSTRAINT", "INDEX", "KEY", "FOREIGN KEY"):
                for c in a.args.get("tables") or [a.this]:
                    if c is not None:
                        out.append(DropConstraint(ref, loc, c.name, "foreign" if kind == "FOREIGN KEY" else None,
                                                  (), bool(a.args.get("exists"))))
        elif isinstance(a, exp.RenameColumn):
            out.append(RenameColumn(ref, a.this.name, a.args["to"].name, self.loc_of(a, loc)))
        elif isinstance(a, exp.AlterColumn):
            ctype = column_type(a.args.get("dtype"), self.dialect) if a.args.get("dtype") else None
            allow = a.args.get("allow_null")
            comment: Optional[str] = UNSET
            if a.args.get("comment") is not None:
                comment = _literal(a.args["comment"])
            if ctype is not None or allow is not None or comment != UNSET:
                out.append(AlterColumn(ref, a.this.name, self.loc_of(a, loc), type=ctype,
                                       nullable=None if allow is None else bool(allow), comment=comment))
        elif isinstance(a, exp.ModifyColumn):
            cd = self._column(a.this, loc)
            old = a.args.get("rename_from")
            name = cd.name
            if old is not None and old.name.lower() != cd.name.lower():
                out.append(RenameColumn(ref, old.name, cd.name, cd.location))
            # MySQL MODIFY/CHANGE restate the whole column: an absent COMMENT removes it
            out.append(AlterColumn(ref, name, cd.location, type=cd.type, nullable=cd.nullable,
                                   comment=cd.comment))
            if cd.primary_key or cd.unique:
                out.append(AddConstraint(ref, Constraint("primary" if cd.primary_key else "unique",
                                                         (name,), cd.location)))
        elif isinstance(a, exp.AddConstraint):
            for item in a.expressions:
                for con in self._constraints(item, loc):
                    out.append(AddConstraint(ref, con))
        elif isinstance(a, (exp.Constraint, exp.PrimaryKey, exp.ForeignKey, exp.UniqueColumnConstraint,
                            exp.IndexColumnConstraint)):
            for con in self._constraints(a, loc):
                out.append(AddConstraint(ref, con))
        elif isinstance(a, exp.Schema) and a.expressions and all(
                isinstance(e, (exp.ColumnDef, exp.Constraint, exp.PrimaryKey, exp.ForeignKey)) for e in a.expressions):
            # Oracle's ADD (nik CHAR(16), nama VARCHAR2(100)): several columns in parentheses
            for e in a.expressions:
                self._action(ref, e, loc, out)
        elif a.find(exp.ColumnDef) is not None:
            # an action that defines a column in a form not read here: fail closed
            out.append(ParseFailure(f"ALTER TABLE {ref} defines a column in a form that is not read "
                                    f"({type(a).__name__}); the change it makes is unknown", loc))
        # other actions (SET options, defaults, partitions...) change no column

    def _select_into(self, tree: exp.Select, loc: Location, out: list) -> None:
        """``SELECT a, b INTO t FROM s`` (PostgreSQL, T-SQL): a new table t
        holding a copy of those columns of s."""
        into = tree.args["into"]
        ref = table_ref(into.this)
        source = _select_source(tree)
        if source is None:
            out.append(CreateTable(ref, (), loc))
            out.append(Skipped(f"SELECT ... INTO {ref} takes its columns from a query; they are not known", loc))
            return
        out.append(CreateTable(ref, (), loc, columns_from=(source,)))

    # -- COMMENT ON ----------------------------------------------------------
    def _comment(self, tree: exp.Comment, loc: Location, out: list) -> None:
        kind = (tree.args.get("kind") or "").upper()
        text = _literal(tree.args.get("expression"))
        target = tree.this
        if kind == "TABLE":
            out.append(SetComment(table_ref(target), None, text, loc))
        elif kind == "COLUMN" and isinstance(target, exp.Column):
            tbl = target.args.get("table")
            db = target.args.get("db")
            if tbl is None:
                out.append(Skipped("COMMENT ON COLUMN without a table name", loc))
                return
            out.append(SetComment(TableRef(tbl.name, db.name if db is not None else None),
                                  target.name, text, loc))

    # -- commands sqlglot keeps opaque ----------------------------------------
    def _command(self, kind: str, tree: exp.Command, loc: Location, out: list) -> None:
        text = f"{tree.this} {_literal(tree.expression) or ''}"
        if kind in ("create_table",):
            out.append(ParseFailure(
                f"CREATE TABLE uses syntax sqlglot cannot read as {self.dialect}; its columns are "
                f"unknown. Set the dialect if it is not {self.dialect}", loc))
        elif kind == "alter_table":
            from .statements import _ALTER_MAY_CHANGE_RE

            if _KEY_FROM_INDEX_RE.match(text or ""):
                # PostgreSQL ``ADD CONSTRAINT c UNIQUE USING INDEX i``: a key made of an index
                out.append(Skipped("ALTER TABLE ... USING INDEX makes a key of an existing index: "
                                   "no column change", loc, "noop"))
            elif _ALTER_MAY_CHANGE_RE.search(text.split(None, 3)[-1] if text else ""):
                out.append(ParseFailure(
                    f"ALTER TABLE uses syntax sqlglot cannot read as {self.dialect}; "
                    f"the change it makes is unknown", loc))
            else:
                out.append(Skipped("ALTER TABLE form with no column effect", loc, "noop"))
        elif kind == "create_index":
            out.append(Skipped("CREATE INDEX form sqlglot cannot read; index not recorded", loc))
        else:
            out.append(Skipped(f"statement not understood: {text[:60]}", loc))

    def _execute(self, tree: exp.Execute, loc: Location, out: list) -> None:
        name = tree.this.name.lower() if tree.this is not None else ""
        args = [_literal(a) for a in tree.expressions]
        old, new = (args[0], args[1]) if len(args) >= 2 else (None, None)
        if name.endswith("sp_rename") and old and new:
            objtype = (args[2] or "").upper() if len(args) > 2 else ""
            parts = [p.strip("[]") for p in old.split(".")]
            if objtype == "COLUMN" and len(parts) >= 2:
                out.append(RenameColumn(TableRef(parts[-2], parts[-3] if len(parts) > 2 else None),
                                        parts[-1], new.strip("[]"), loc))
            elif objtype in ("", "OBJECT"):
                out.append(RenameTable(TableRef(parts[-1], parts[-2] if len(parts) > 1 else None),
                                       TableRef(new.strip("[]")), loc))
            else:
                out.append(Skipped(f"sp_rename of a {objtype.lower()} has no column effect", loc, "noop"))
            return
        out.append(Skipped(f"EXEC {name}: procedure calls are not followed", loc))

    def _tokens(self, sql: str):
        try:
            return self._tokenize(sql)
        except (TokenError, ParseError):
            return None

    def _comment_is_null(self, sql: str, loc: Location, out: list) -> bool:
        """``COMMENT ON COLUMN t.c IS NULL`` removes a comment (sqlglot 30
        rejects the NULL)."""
        toks = self._tokens(sql) or []
        words = [t.text.upper() for t in toks]
        if len(words) < 6 or words[-2:] != ["IS", "NULL"] or words[1] != "ON":
            return False
        parts = [t.text for t in toks[3:-2] if t.token_type.name != "DOT"]
        if words[2] == "TABLE" and parts:
            out.append(SetComment(_ref_from_parts(parts), None, None, loc))
            return True
        if words[2] == "COLUMN" and len(parts) >= 2:
            out.append(SetComment(_ref_from_parts(parts[:-1]), parts[-1], None, loc))
            return True
        return False

    def _rename_tables(self, sql: str, loc: Location, out: list) -> None:
        """MySQL ``RENAME TABLE a TO b, c TO d`` (sqlglot keeps it opaque)."""
        tokens = self._tokens(sql)
        if tokens is None:
            out.append(ParseFailure("cannot tokenize RENAME TABLE", loc))
            return
        if len(tokens) == 2 and tokens[1].token_type.name == "STRING":
            # MySQL's tokenizer keeps RENAME's arguments as one command string
            tokens = [tokens[0]] + (self._tokens(tokens[1].text) or [])
        words = [t for t in tokens][2:]  # after RENAME TABLE
        pairs: List[Tuple[TableRef, TableRef]] = []
        cur: List[str] = []
        old = None
        for t in words + [None]:
            if t is None or t.token_type.name == "COMMA":
                if old is not None and cur:
                    pairs.append((old, _ref_from_parts(cur)))
                old, cur = None, []
            elif t.text.upper() == "TO" and old is None:
                old, cur = _ref_from_parts(cur), []
            elif t.token_type.name != "DOT":
                cur.append(t.text)
        if not pairs:
            out.append(ParseFailure("cannot read RENAME TABLE: expected 'old TO new'", loc))
        for a, b in pairs:
            out.append(RenameTable(a, b, loc))

    _DOMAIN_END = frozenset(("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK"))

    def _named_type(self, kind: str, sql: str, loc: Location, out: list) -> None:
        """``CREATE TYPE t AS ENUM (...)``, ``CREATE DOMAIN t [AS] type``
        (and T-SQL ``CREATE TYPE t FROM type``) name a type whose family
        later columns take; ``DROP TYPE|DOMAIN`` forgets the name."""
        from .keys import _Cursor, _ref

        toks = self._tokens(sql) or []
        c = _Cursor(toks)
        c.take("CREATE", "DROP")
        c.take("TYPE", "DOMAIN")
        if kind == "drop_type":
            if c.peek() == "IF":
                c.take("IF")
                c.take("EXISTS")
            while True:
                name = c.name()
                if name is None:
                    break
                out.append(DefineType(_ref(name), None, loc))
                if c.type() != "COMMA":
                    break
                c.i += 1
            if c.peek() == "CASCADE":
                out.append(Skipped("DROP ... CASCADE also drops the columns of this type; "
                                   "replay does not drop them", loc))
            return
        name = c.name()
        if name is None:
            out.append(Skipped("CREATE TYPE/DOMAIN not understood", loc))
            return
        ref = _ref(name)
        if c.take("AS") and c.peek() == "ENUM":
            out.append(DefineType(ref, ColumnType(ref.name.lower(), "enum", (), ref.name), loc))
            return
        if toks and toks[0].text.upper() == "CREATE" and toks[1].text.upper() == "TYPE" and not c.take("FROM"):
            out.append(Skipped("CREATE TYPE of a composite or range type: no column family", loc, "noop"))
            return
        # the base type: up to the first constraint word outside parentheses
        start, depth, end = c.i, 0, len(toks)
        for j in range(c.i, len(toks)):
            t = toks[j]
            depth += t.token_type.name == "L_PAREN"
            depth -= t.token_type.name == "R_PAREN"
            if depth == 0 and t.text.upper() in self._DOMAIN_END:
                end = j
                break
        if start >= end:
            out.append(Skipped(f"type {ref}: base type not understood", loc))
            return
        base_text = sql[toks[start].start:toks[end - 1].end + 1]
        try:
            tree = self.parse(f"CREATE TABLE _t (_c {base_text})")[0]
            ctype = column_type(tree.this.expressions[0].args.get("kind"), self.dialect)
        except (ParseError, TokenError, AttributeError, IndexError):
            ctype = None
        if ctype is None:
            out.append(Skipped(f"type {ref}: base type {base_text[:40]!r} not understood", loc))
            return
        out.append(DefineType(ref, ctype, loc))

    def _security_label(self, sql: str, loc: Location, out: list) -> None:
        """``SECURITY LABEL FOR pgsodium ON COLUMN t.c IS 'ENCRYPT WITH KEY ...'``:
        pgsodium transparent column encryption."""
        tokens = self._tokens(sql)
        if not tokens:
            out.append(Skipped("SECURITY LABEL not understood", loc))
            return
        texts = [t.text for t in tokens]
        upper = [x.upper() for x in texts]
        try:
            provider = texts[upper.index("FOR") + 1].lower() if "FOR" in upper else ""
            on = upper.index("ON")
            objkind = upper[on + 1]
            is_at = upper.index("IS")
        except (ValueError, IndexError):
            out.append(Skipped("SECURITY LABEL not understood", loc))
            return
        name_parts = [x for x in texts[on + 2:is_at] if x != "."]
        label = texts[is_at + 1] if is_at + 1 < len(texts) else ""
        if objkind == "COLUMN" and len(name_parts) >= 2 and label.upper().startswith("ENCRYPT WITH KEY"):
            table = _ref_from_parts(name_parts[:-1])
            out.append(Annotate(table, name_parts[-1], f"schemalint: encrypted={provider or 'label'}",
                                loc, source="label"))
        else:
            out.append(Skipped("SECURITY LABEL has no encryption effect on a column", loc, "noop"))


def _ref_from_parts(parts: List[str]) -> TableRef:
    parts = [p.strip('`"[]') for p in parts]
    if len(parts) >= 2:
        return TableRef(parts[-1], parts[-2])
    return TableRef(parts[0] if parts else "")
