"""The built-in formats' specs (registered as entry points in
``pyproject.toml``, like any plugin's).

Each spec declares how its files are recognised, which history a file
belongs to and how histories join; the frontend module that reads the
files is named, not imported.  Everything here is cheap: regular
expressions compile on first use, and the joins import the model only
when they run.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Dict, List, Optional, Tuple

from .. import lazyre
from ..i18n import _
from ..paths import MIGRATION_DIR_NAMES, natural_key
from . import FrontendSpec, HistoryDirs, join_dependents, same_directory
from . import syntax as _sx

# --------------------------------------------------------------------------
# The frontend modules, imported when a file of their format is read
# --------------------------------------------------------------------------


def _sql():
    from ..frontends import sql
    return sql


def _alembic():
    from ..frontends import alembic
    return alembic


def _django():
    from ..frontends import django
    return django


def _laravel():
    from ..frontends import laravel
    return laravel


def _rails():
    from ..frontends import rails
    return rails


def _prisma():
    from ..frontends import prisma
    return prisma


def _liquibase():
    from ..frontends import liquibase
    return liquibase



# --------------------------------------------------------------------------
# How each format writes annotations and suppressions (fix hints)
# --------------------------------------------------------------------------
# Each syntax writes a database comment in the format's own words where the
# format has one, exactly placed when the lines show where; otherwise (or
# when a comment is already there and would be overwritten) the caller
# falls back to a source-comment directive above the definition.

_PLAIN_SQL_IDENT = lazyre.compile(r"^[a-z_][a-z0-9_]*$")
_PLAIN_MYSQL_IDENT = lazyre.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: SQL dialects that write comments with COMMENT ON, and MySQL's family
_COMMENT_ON_DIALECTS = ("postgres", "postgresql", "oracle", "snowflake", "redshift", "duckdb", "db2", "h2")
_MYSQL_DIALECTS = ("mysql", "mariadb", "singlestore", "tidb", "doris", "starrocks")


def _sql_name(name: str, mysql: bool) -> str:
    parts = name.split(".")
    if mysql:
        return ".".join(p if _PLAIN_MYSQL_IDENT.match(p) else "`" + p.replace("`", "``") + "`" for p in parts)
    return ".".join(p if _PLAIN_SQL_IDENT.match(p) else '"' + p.replace('"', '""') + '"' for p in parts)


def _after_statement(place: _sx.Place, comments: Tuple[str, ...] = ("--",)) -> int:
    """The line after the statement at ``place`` ends (its ``;``), or one
    past the last line."""
    end = _sx.scan(place.lines, place.line, place.col, lambda ch, d: ch == ";" and d <= 0, comments)
    return end[0] + 1 if end is not None else len(place.lines) + 1


class SqlSyntax(_sx.Syntax):
    """``COMMENT ON TABLE/COLUMN`` (PostgreSQL, Oracle, Snowflake...);
    MySQL's ``ALTER TABLE t COMMENT = '...'`` and a column's ``COMMENT
    '...'`` clause; a ``-- schemalint:`` directive in dialects without
    comments (SQLite, T-SQL)."""

    line_comment = "--"

    @staticmethod
    def _family(place: _sx.Place) -> str:
        d = (place.dialect or "").lower()
        return "mysql" if d in _MYSQL_DIALECTS else "comment-on" if d in _COMMENT_ON_DIALECTS else ""

    #: where a statement for a live database goes (there is no file to edit)
    LIVE = "by running it"

    def directive(self, items, place):
        if place.live:
            return _sx.Hint("", None)  # a live catalog has no source comments: the manifest says it
        return super().directive(items, place)

    def suppression(self, codes, place):
        if place.live:
            return _sx.Hint("", None)
        return super().suppression(codes, place)

    def table_comment(self, table, items, place, existing):
        fam = self._family(place)
        if place.live and fam:  # a statement to run on the database, keeping the comment it has
            text = _sx.compose(existing, items)
            if fam == "mysql":
                return _sx.Hint(f"ALTER TABLE {_sql_name(table, True)} COMMENT = {_sx.sql_string(text)};", None,
                                self.LIVE)
            return _sx.Hint(f"COMMENT ON TABLE {_sql_name(table, False)} IS {_sx.sql_string(text)};", None,
                            self.LIVE)
        if not fam or not place.lines or not _sx.single_line(existing):
            return None
        text = _sx.compose(existing, items)  # the statement replaces the whole comment
        if fam == "mysql":
            code = f"ALTER TABLE {_sql_name(table, True)} COMMENT = {_sx.sql_string(text)};"
        else:
            code = f"COMMENT ON TABLE {_sql_name(table, False)} IS {_sx.sql_string(text)};"
        line = _after_statement(place)
        return _sx.Hint(code, _sx.Edit(place.path, line, 0, code), _("after the statement that defines it"))

    def column_comment(self, table, column, items, place, existing):
        fam = self._family(place)
        if place.live and fam == "comment-on":
            text = _sx.compose(existing, items)
            return _sx.Hint(f"COMMENT ON COLUMN {_sql_name(table, False)}.{_sql_name(column, False)} IS "
                            f"{_sx.sql_string(text)};", None, self.LIVE)
        if place.live:
            return None  # MySQL restates the whole column to comment it: the manifest says it instead
        if not fam or not place.lines or not _sx.single_line(existing):
            return None
        if fam == "comment-on":
            text = _sx.compose(existing, items)
            code = f"COMMENT ON COLUMN {_sql_name(table, False)}.{_sql_name(column, False)} IS {_sx.sql_string(text)};"
            return _sx.Hint(code, _sx.Edit(place.path, _after_statement(place), 0, code),
                            _("after the statement that defines it"))
        if existing:
            return None  # a second COMMENT clause is an error: the directive says it
        end = _sx.scan(place.lines, place.line, place.col,
                       lambda ch, d: (d <= 0 and ch in ",;") or d < 0, ("--",))
        if end is None:
            return None
        row = place.text(end[0])
        col = len(row[: end[1] - 1].rstrip()) + 1
        code = f" COMMENT {_sx.sql_string(_sx.compose(None, items))}"
        return _sx.Hint(code.strip(), _sx.Edit(place.path, end[0], col, code),
                        _("at the end of the column's definition"))


_SCHEMA_CALL_RE = lazyre.compile(r"Schema::(?:create|table)\s*\(")
_BLUEPRINT_VAR_RE = lazyre.compile(r"function\s*\([^)]*?(\$\w+)\s*\)|fn\s*\([^)]*?(\$\w+)\s*\)")


class LaravelSyntax(_sx.Syntax):
    """``$table->comment('...')`` in the ``Schema::create``/``Schema::table``
    block, ``->comment('...')`` on a column; ``//`` directives."""

    line_comment = "//"

    def table_comment(self, table, items, place, existing):
        if existing or not place.lines:
            return None  # a later $table->comment() would replace it: use a directive
        quoted = (f"'{table.split('.')[-1]}'", f'"{table.split(".")[-1]}"')
        start = None
        for ln in range(place.line, max(place.line - 300, 0), -1):
            row = place.text(ln)
            if _SCHEMA_CALL_RE.search(row) and any(q in row for q in quoted):
                start = ln
                break
        if start is None:
            return None
        for ln in range(start, min(start + 6, len(place.lines) + 1)):
            head = "\n".join(place.lines[start - 1: ln])
            if "{" in place.text(ln):
                m = _BLUEPRINT_VAR_RE.search(head)
                var = (m.group(1) or m.group(2)) if m else "$table"
                code = f"{var}->comment({_sx.single_quoted(_sx.compose(None, items))});"
                return _sx.Hint(code, _sx.Edit(place.path, ln + 1, 0, code),
                                _("as the first line of the Schema block for {table}").format(table=table))
        return None

    def column_comment(self, table, column, items, place, existing):
        if existing or not place.lines:
            return None
        end = _sx.scan(place.lines, place.line, place.col, lambda ch, d: ch == ";" and d <= 0, ("//", "#"))
        if end is None:
            return None
        code = f"->comment({_sx.single_quoted(_sx.compose(None, items))})"
        return _sx.Hint(code, _sx.Edit(place.path, end[0], end[1], code),
                        _("before the ';' of the column's definition"))


_DJANGO_OP_RE = lazyre.compile(r"^\s*migrations\.(\w+)\s*\(")
_DJANGO_NAME_RE = lazyre.compile(r"""\b(model_name|name)\s*=\s*['"]([\w]+)['"]""")
# starts at a name's first character only: a scan is linear, not quadratic
_CALL_OPEN_RE = lazyre.compile(r"(?<![\w.])[A-Za-z_][\w.]*\s*\(")


def _python_call_argument(place: _sx.Place, argument: str) -> Optional[Tuple[int, int, str]]:
    """Where ``argument`` (``comment="..."``) goes in the first call at
    ``place``: before its closing parenthesis."""
    whole = _sx.joined(place.lines)
    text = whole.text
    start = whole.offset(place.line, place.col)
    m = _CALL_OPEN_RE.search(text, start)
    if m is None:
        return None
    line = text.count("\n", 0, m.start()) + 1
    col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    end = _sx.call_end(place.lines, line, col, ("#",))
    if end is None:
        return None
    before = text[m.end(): whole.offset(end[0], end[1])]
    stripped = before.rstrip()
    if not stripped:
        return end[0], end[1], argument
    if stripped.endswith(","):
        # a trailing comma: put the argument right after it
        back = len(before) - len(stripped)
        if back <= end[1] - 1:
            return end[0], end[1] - back, " " + argument
        return end[0], end[1], argument + ","
    return end[0], end[1], ", " + argument


def _keyword_hint(place: _sx.Place, keyword: str, items, existing, where: str) -> Optional[_sx.Hint]:
    """``keyword="schemalint: ..."`` added to the Python call that defines
    a column (a Django field, an ``sa.Column``); None when the column has
    a comment already (a second keyword would be an error)."""
    if existing or not place.lines:
        return None
    got = _python_call_argument(place, f"{keyword}={_sx.double_quoted(_sx.compose(None, items))}")
    if got is None:
        return None
    line, col, code = got
    return _sx.Hint(code.strip(" ,"), _sx.Edit(place.path, line, col, code), where)


class DjangoSyntax(_sx.Syntax):
    """``db_comment="..."`` on a field, ``migrations.AlterModelTableComment``
    after the operation (Django 4.2+; in the model, ``db_comment`` and
    ``Meta.db_table_comment``); ``#`` directives."""

    line_comment = "#"

    def column_comment(self, table, column, items, place, existing):
        return _keyword_hint(place, "db_comment", items, existing,
                             _("in the field's arguments (and in the model's field)"))

    def table_comment(self, table, items, place, existing):
        if not place.lines or not _sx.single_line(existing):
            return None
        start = None
        for ln in range(place.line, max(place.line - 200, 0), -1):
            if _DJANGO_OP_RE.match(place.text(ln)):
                start = ln
                break
        if start is None:
            return None
        col = len(_sx.indentation(place.text(start))) + 1
        end = _sx.call_end(place.lines, start, col, ("#",))
        if end is None:
            return None
        op_text = "\n".join(place.lines[start - 1: end[0]])
        names = dict((k, v) for k, v in reversed(_DJANGO_NAME_RE.findall(op_text)))
        model = names.get("model_name") or names.get("name")
        if not model:
            return None
        text = _sx.compose(existing, items)  # the operation replaces the whole comment
        code = (f"migrations.AlterModelTableComment(name={_sx.double_quoted(model.lower())}, "
                f"table_comment={_sx.double_quoted(text)}),")
        return _sx.Hint(code, _sx.Edit(place.path, end[0] + 1, 0, code),
                        _("as the next operation (and Meta.db_table_comment in the model)"))


class AlembicSyntax(_sx.Syntax):
    """``comment="..."`` on ``sa.Column``, ``op.create_table_comment`` after
    the operation; ``#`` directives."""

    line_comment = "#"

    def column_comment(self, table, column, items, place, existing):
        return _keyword_hint(place, "comment", items, existing, _("in the column's arguments"))

    def table_comment(self, table, items, place, existing):
        if not place.lines or not _sx.single_line(existing):
            return None
        end = _sx.call_end(place.lines, place.line, place.col, ("#",))
        if end is None:
            return None
        schema, _dot, name = table.rpartition(".")
        text = _sx.compose(existing, items)  # the operation replaces the whole comment
        extra = f", schema={_sx.double_quoted(schema)}" if schema else ""
        code = f"op.create_table_comment({_sx.double_quoted(name)}, {_sx.double_quoted(text)}{extra})"
        return _sx.Hint(code, _sx.Edit(place.path, end[0] + 1, 0, code), _("after the operation"))


# each alternative starts where a run of spaces starts: a search is linear
_RAILS_DO_RE = lazyre.compile(r"(?<!\s)(?:\s+do(\s*\|[^|]*\|)?\s*(#.*)?$|\s*\{\s*\|[^|]*\|)")
_RAILS_CREATE_RE = lazyre.compile(r"^\s*create_table\b")


def _ruby_code_end(row: str) -> int:
    """Length of ``row`` without a trailing ``# comment`` and spaces."""
    i, quote = 0, None
    while i < len(row):
        ch = row[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            break
        i += 1
    return len(row[:i].rstrip())


class RailsSyntax(_sx.Syntax):
    """``comment: "..."`` on a column and on ``create_table``;
    ``change_table_comment`` after a later change; ``#`` directives."""

    line_comment = "#"

    def column_comment(self, table, column, items, place, existing):
        if existing or not place.lines:
            return None
        row = place.text(place.line)
        end = _ruby_code_end(row)
        if not row[:end].strip() or row[:end].rstrip().endswith((",", "(", "\\", "do", "{", "|")):
            return None  # a definition that goes on: not a single line
        code = f", comment: {_sx.single_quoted(_sx.compose(None, items))}"
        return _sx.Hint(code.lstrip(", "), _sx.Edit(place.path, place.line, end + 1, code),
                        _("at the end of the column's definition"))

    def table_comment(self, table, items, place, existing):
        if not place.lines or not _sx.single_line(existing):
            return None
        row = place.text(place.line)
        name = table.split(".")[-1]
        if _RAILS_CREATE_RE.match(row) and not existing and "comment:" not in row:
            m = _RAILS_DO_RE.search(row)
            if m is None:
                return None
            code = f", comment: {_sx.single_quoted(_sx.compose(None, items))}"
            return _sx.Hint(code.lstrip(", "), _sx.Edit(place.path, place.line, m.start() + 1, code),
                            _("in the create_table call"))
        if _RAILS_CREATE_RE.match(row) or row.rstrip().endswith((",", "(", "\\", "do", "{", "|")):
            return None
        text = _sx.compose(existing, items)
        code = f"change_table_comment :{name}, from: nil, to: {_sx.single_quoted(text)}"
        if not re.fullmatch(r"\w+", name):
            code = f"change_table_comment {_sx.single_quoted(name)}, from: nil, to: {_sx.single_quoted(text)}"
        return _sx.Hint(code, _sx.Edit(place.path, place.line + 1, 0, code), _("after the change"))


class PrismaSyntax(_sx.Syntax):
    """A ``///`` doc comment above the model or field (the column or table
    comment); ``//`` directives and suppressions."""

    line_comment = "//"

    def _doc(self, items, place, existing) -> Optional[_sx.Hint]:
        if existing or not place.lines:
            return None
        code = "/// " + _sx.compose(None, items)
        return _sx.Hint(code, _sx.Edit(place.path, place.line, 0, code), _("on the line above"))

    def table_comment(self, table, items, place, existing):
        if not place.text(place.line).lstrip().startswith(("model ", "view ")):
            return None
        return self._doc(items, place, existing)

    def column_comment(self, table, column, items, place, existing):
        return self._doc(items, place, existing)


class LiquibaseSyntax(_sx.Syntax):
    """``remarks`` on ``createTable``/``column``, in XML and YAML
    changelogs; ``<!-- -->`` or ``#`` directives (JSON has no comments)."""

    def _kind(self, place: _sx.Place) -> str:
        p = place.path.lower()
        return "xml" if p.endswith(".xml") else "yaml" if p.endswith((".yaml", ".yml")) else "json"

    def _remarks(self, items, place, existing, tag: str) -> Optional[_sx.Hint]:
        if existing or not place.lines:
            return None
        text = _sx.compose(None, items)
        kind = self._kind(place)
        row = place.text(place.line)
        if kind == "xml":
            at = row.find(f"<{tag}", place.col - 1)
            if at < 0:
                return None
            code = f" remarks={_sx.xml_attribute(text)}"
            return _sx.Hint(code.strip(), _sx.Edit(place.path, place.line, at + len(tag) + 2, code),
                            _("in the <{tag}> element").format(tag=tag))
        if kind == "yaml":
            code = f"remarks: {_sx.double_quoted(text)}"
            if tag == "column":  # the place is the column's first key: put it beside
                return _sx.Hint(code, _sx.Edit(place.path, place.line, 0, code), _("among the column's keys"))
            nxt = place.text(place.line + 1)
            if not nxt.strip():
                return None
            return _sx.Hint(code, _sx.Edit(place.path, place.line + 1, 0, code), _("among createTable's keys"))
        return None

    def table_comment(self, table, items, place, existing):
        return self._remarks(items, place, existing, "createTable")

    def column_comment(self, table, column, items, place, existing):
        return self._remarks(items, place, existing, "column")

    def comment_line(self, body: str) -> str:
        return body  # not used: directive and suppression are per file kind below

    def directive(self, items, place):
        body = "schemalint: " + " ".join(f"{k}={_sx._value(v)}" for k, v in items.items())
        return self._line(body, place)

    def suppression(self, codes, place):
        # "--" may not appear inside an XML comment: the reason goes in reason="..."
        sep = f' reason="{self.reason_placeholder}"' if self._kind(place) == "xml" else f" -- {self.reason_placeholder}"
        return self._line(f"schemalint: ignore[{','.join(codes)}]{sep}", place)

    def _line(self, body: str, place: _sx.Place) -> _sx.Hint:
        kind = self._kind(place)
        if kind == "json":
            return _sx.Hint("", None)
        code = f"<!-- {body} -->" if kind == "xml" else f"# {body}"
        return _sx.Hint(code, _sx.Edit(place.path, place.line, 0, code) if place.lines else None)


# --------------------------------------------------------------------------
# SQL: migration file names and histories
# --------------------------------------------------------------------------

_VERSION_DIR_RE = lazyre.compile(r"^(?:v?\d[\d_.]*\w*|\d{8,}.*)$", re.I)
_FLYWAY_RE = lazyre.compile(r"^(?P<kind>[VUR])(?P<ver>[\d._]*)__", re.I)
_VERSIONED_RE = lazyre.compile(r"^(?:[VUR]\d[\d._]*__|\d+[._\-]|\d{4,})", re.I)


def sql_order_key(path: str) -> Tuple:
    """Order SQL migrations as their tools do: Flyway ``V1_2__x.sql`` by
    version (repeatable ``R__`` after all versioned), golang-migrate and
    numbered prefixes by number, per-migration directories by directory
    name; otherwise natural path order."""
    parts = path.split("/")
    name = parts[-1]
    if name.lower() in ("migration.sql", "up.sql") and len(parts) >= 2:
        name = parts[-2]
    m = _FLYWAY_RE.match(name)
    if m:
        ver = tuple(int(x) for x in re.split(r"[._]", m.group("ver")) if x.isdigit())
        rank = 2 if m.group("kind").upper() == "R" else 1
        return (rank, ver, natural_key(name))
    return (0, (), natural_key("/".join(parts[:-1]) + "/" + name))


def is_versioned_sql(name: str) -> bool:
    """Does a SQL file name carry a migration order (Flyway ``V2__``,
    golang-migrate ``0002_``, a timestamp)?  Such files form one history
    per directory; unversioned files are standalone schemas."""
    return bool(_VERSIONED_RE.match(name))


def is_down_migration(path: str) -> bool:
    name = path.rsplit("/", 1)[-1].lower()
    return name.endswith((".down.sql", "_down.sql")) or name == "down.sql" or name.startswith("u") and bool(
        re.match(r"^u\d[\d._]*__", name))


#: a file name that is a word and a number, perhaps after a letter (``step_01_patients.sql``,
#: ``step_a110_x.sql``, ``patch-v12.sql``)
_WORD_NUMBERED_RE = lazyre.compile(r"^([A-Za-z]+)[_-][A-Za-z]?\d+(?:[._-])", re.I)
#: how many files of a directory must be numbered after one word to be a sequence
NUMBERED_FAMILY = 3


def _numbered_family(parent: str, name: str) -> bool:
    """Is ``name`` one of at least :data:`NUMBERED_FAMILY` SQL files of its
    directory named by one word and a number (OpenHospital's ``step_01_...``
    to ``step_99_...``)?  Such files are applied in that order, like a
    versioned history; two alone (``dump_1.sql``, ``dump_2.sql``) are not."""
    m = _WORD_NUMBERED_RE.match(name)
    if m is None:
        return False
    try:
        changed = os.stat(parent).st_mtime_ns
    except OSError:
        return False
    return m.group(1).lower() in _numbered_words(os.path.abspath(parent), changed)


@functools.lru_cache(maxsize=1024)
def _numbered_words(parent: str, changed: int) -> frozenset:
    """The words at least :data:`NUMBERED_FAMILY` SQL files of ``parent`` are
    numbered after (listed once per directory and modification time)."""
    try:
        names = os.listdir(parent)
    except OSError:
        return frozenset()
    counts: Dict[str, int] = {}
    for n in names:
        m = _WORD_NUMBERED_RE.match(n) if n.lower().endswith((".sql", ".ddl")) else None
        if m is not None:
            counts[m.group(1).lower()] = counts.get(m.group(1).lower(), 0) + 1
    return frozenset(w for w, c in counts.items() if c >= NUMBERED_FAMILY)


def _sql_history(path: str) -> str:
    parts = path.split("/")
    parent = "/".join(parts[:-1]) or "."
    # Prisma / per-migration directories: migrations/<timestamp>_name/migration.sql
    if len(parts) >= 3 and _VERSION_DIR_RE.match(parts[-2]):
        return f"sql:{'/'.join(parts[:-2]) or '.'}"
    if is_versioned_sql(parts[-1]) or _numbered_family(parent, parts[-1]):
        return f"sql:{parent}"
    # a standalone schema file (schema.sql, a dump) is its own history; a
    # file that only alters its tables joins it (_join_alter_only)
    return f"sql-file:{path}"


#: where migrations live beside a snapshot (``db/schema.rb`` and ``db/migrate``)
_MIGRATION_DIRS = MIGRATION_DIR_NAMES | {"db"}


def _snapshot_dirs(abspath: str, key: str) -> HistoryDirs:
    """A named snapshot's history: the files beside it (which may alter
    it) and the migration directories below its directory (which it may be
    a snapshot of), not the whole tree: a pre-commit run on a staged dump
    stays quick."""
    d = os.path.dirname(abspath)
    out: HistoryDirs = [(d, False)]
    try:
        subs = sorted(os.listdir(d))
    except OSError:
        return out
    return out + [(os.path.join(d, sub), True) for sub in subs
                  if sub.lower() in _MIGRATION_DIRS and os.path.isdir(os.path.join(d, sub))]


def _any_sibling(named: str, other: str) -> bool:
    return True


def _sql_history_dirs(abspath: str, key: str) -> HistoryDirs:
    if key.startswith("sql-file:"):
        return _snapshot_dirs(abspath, key)
    return same_directory(abspath, key)


def _sql_order(key: str, results: list) -> list:
    if key.startswith("sql-file:"):  # a standalone file, then what joined it, in join order
        return results
    return sorted(results, key=lambda r: sql_order_key(r.path))


def _sql_prepare(files: list, options) -> None:
    """One dialect per SQL migration directory, sniffed over all its files
    (a short migration alone often carries no marker); ``--dialect`` and
    configuration globs still win, in the frontend."""
    if getattr(options, "dialect", None) or len(files) < 2 or not files[0].history.startswith("sql:"):
        return
    texts = [sf.text for sf in files if sf.text]
    if not texts:
        return
    from ..frontends.sql import history_dialect

    hint = history_dialect(texts)
    for sf in files:
        sf.dialect_hint = hint


def _join_alter_only(groups: Dict[str, list]) -> None:
    """A standalone SQL file that creates no table but keys, comments or
    alters tables another standalone file of its directory creates (a
    ``keys.sql`` beside a ``tables.sql``) is replayed after that file."""
    from ..model import AddColumn, AddConstraint, AlterColumn, CreateTable, SetComment

    by_dir: Dict[str, List[str]] = {}
    for key in groups:
        if key.startswith("sql-file:"):
            by_dir.setdefault(key.rsplit("/", 1)[0], []).append(key)
    for keys in by_dir.values():
        if len(keys) < 2:
            continue
        creators: Dict[str, str] = {}
        for k in sorted(keys):
            for r in groups[k]:
                for ch in r.changes:
                    if isinstance(ch, CreateTable):
                        creators.setdefault(ch.table.name.lower(), k)
        for k in sorted(keys):
            changes = [ch for r in groups[k] for ch in r.changes]
            if any(isinstance(ch, CreateTable) for ch in changes):
                continue
            refs = {ch.table.name.lower() for ch in changes
                    if isinstance(ch, (AddConstraint, AddColumn, AlterColumn, SetComment))}
            targets = sorted({creators[t] for t in refs if t in creators})
            if targets:
                groups[targets[0]].extend(groups.pop(k))


def _sql_siblings(named: str, other: str) -> bool:
    """A standalone SQL file (a snapshot) may join files that alter it, and
    pair with the migrations it is a snapshot of."""
    return named.startswith("sql-file:")


SQL = FrontendSpec(
    format="sql", load=_sql, suffixes=(".sql", ".ddl"), label="SQL",
    history=_sql_history, history_dirs=_sql_history_dirs, extra_kinds=("sql-file",),
    joins=(_join_alter_only,), prepare=_sql_prepare, order=_sql_order, may_join=_sql_siblings,
    snapshot=lambda key: key.startswith("sql-file:"), syntax=SqlSyntax(),
)

# --------------------------------------------------------------------------
# Python: Alembic and Django
# --------------------------------------------------------------------------

# Line starts are followed by [ \t\f]*, not \s*: \s* would run over every
# following blank line from each line start (quadratic on a file of
# newlines).  Sniffs read the whole file (bounded by max-file-size, like
# every read): a migration padded with 70 KB of docstring is still one.
_ALEMBIC_RE = lazyre.compile(
    r"^[ \t\f]*(?:from\s+alembic\b|import\s+alembic\b)|^[ \t\f]*down_revision\s*[:=]"
    # dynamic imports: importlib.import_module("alembic.op"), __import__("alembic")
    r"|\b(?:import_module|__import__)\s*\(\s*[rbuRBU]?['\"]alembic\b",
    re.M,
)
_DJANGO_RE = lazyre.compile(r"class\s+\w+\s*\(\s*(?:migrations\.)?Migration\s*\)")
_DJANGO_IMPORT_RE = lazyre.compile(
    r"^[ \t\f]*(?:from\s+django\.db\s+import\b[^\n]*\bmigrations\b"
    # aliased: from django.db.migrations import Migration as Base; import django.db.migrations
    r"|from\s+django\.db\.migrations\b|import\s+django\.db\.migrations\b)"
    r"|\b(?:import_module|__import__)\s*\(\s*[rbuRBU]?['\"]django\.db\.migrations\b",
    re.M,
)


def _alembic_sniff(path: str, head: str) -> Optional[str]:
    if _ALEMBIC_RE.search(head):
        return "imports alembic / declares down_revision"
    return None


def _django_sniff(path: str, head: str) -> Optional[str]:
    if _DJANGO_RE.search(head) or (_DJANGO_IMPORT_RE.search(head) and "/migrations/" in "/" + path.lower()):
        return "declares class Migration(migrations.Migration)"
    return None


def _django_history(path: str) -> str:
    # <project>/<app>/migrations/0001_x.py: one history per project
    parts = path.split("/")
    if len(parts) >= 3 and parts[-2] == "migrations":
        return f"django:{'/'.join(parts[:-3]) or '.'}"
    return f"django:{'/'.join(parts[:-1]) or '.'}"


def _django_history_dirs(abspath: str, key: str) -> HistoryDirs:
    return [(os.path.dirname(os.path.dirname(os.path.dirname(abspath))), True)]


ALEMBIC = FrontendSpec(
    format="alembic", load=_alembic, suffixes=(".py",), sniff=_alembic_sniff,
    rank=10, label="Alembic", kind="Python file", syntax=AlembicSyntax(),
)

DJANGO = FrontendSpec(
    format="django", load=_django, suffixes=(".py",), sniff=_django_sniff,
    rank=20, label="Django migration", kind="Python file",
    history=_django_history, history_dirs=_django_history_dirs, syntax=DjangoSyntax(),
)

# --------------------------------------------------------------------------
# PHP: Laravel migrations (and OpenSID's CodeIgniter ones), Eloquent models
# --------------------------------------------------------------------------

_LARAVEL_RE = lazyre.compile(
    r"\bSchema::|\bBlueprint\b|\$table->|DB::statement|DB::unprepared"
    # CodeIgniter migrations that embed Laravel-style builders (OpenSID)
    r"|\$this->dbforge->|\$this->db->query\s*\(|->tambah(?:ForeignKey|Indeks)\s*\("
    # a migration class that changes data only is still a migration (the
    # frontend reads it and says what it did not follow)
    r"|\bextends\s+(?:\\?Illuminate\\Database\\Migrations\\)?(?:Migration|CI_Migration|MY_model)\b"
)
_LARAVEL_MODEL_RE = lazyre.compile(
    r"\$casts\b|function\s+casts\s*\(|\$encryptable\b"
    # mutators that may store a password hash (Hash::make, bcrypt())
    r"|function\s+set\w+Attribute\s*\(|Attribute::make\s*\(|new\s+Attribute\s*\("
)


def _laravel_sniff(path: str, head: str) -> Optional[str]:
    return "uses Laravel's Schema builder" if _LARAVEL_RE.search(head) else None


def _laravel_model_sniff(path: str, head: str) -> Optional[str]:
    return "Eloquent model with $casts (encryption evidence)" if _LARAVEL_MODEL_RE.search(head) else None


def _laravel_history(path: str) -> str:
    parts = path.split("/")
    if len(parts) >= 3 and parts[-2] == "struktur_tabel":
        # OpenSID: base structure in migrations/struktur_tabel/, later
        # CodeIgniter migrations beside it: one history
        return f"laravel:{'/'.join(parts[:-2])}"
    return f"laravel:{'/'.join(parts[:-1]) or '.'}"


def _project_root(path: str) -> str:
    """A model file's project: the directory above its ``app``/``src``."""
    parts = path.split("/")
    for marker in ("app", "src"):
        if marker in parts[:-1]:
            i = len(parts) - 2 - parts[:-1][::-1].index(marker)
            return "/".join(parts[:i]) or "."
    return "/".join(parts[:-1]) or "."


def _no_dirs(abspath: str, key: str) -> HistoryDirs:
    return []


def _project_of(abspath: str, marker: Tuple[str, ...]) -> Optional[str]:
    """The directory above ``marker`` (``("database", "migrations")``) in
    ``abspath``, or None."""
    parts = abspath.replace(os.sep, "/").split("/")
    for i in range(len(parts) - len(marker), -1, -1):
        if tuple(parts[i:i + len(marker)]) == marker:
            return "/".join(parts[:i]) or "/"
    return None


def _laravel_evidence_dirs(abspath: str) -> HistoryDirs:
    """A Laravel migration's models: ``app/Models`` (Laravel 8+, nested
    directories too) and ``app`` itself (Laravel 7 and older)."""
    root = _project_of(abspath, ("database", "migrations"))
    if root is None:
        return []
    return [(os.path.join(root, "app", "Models"), True), (os.path.join(root, "app"), False)]


LARAVEL = FrontendSpec(
    format="laravel", load=_laravel, suffixes=(".php",), sniff=_laravel_sniff,
    rank=10, label="Laravel schema builder call", kind="PHP file", history=_laravel_history,
    # Laravel runs the migrations of every registered path (packages
    # included) as one sequence, ordered by file name
    joins=(join_dependents("laravel"),),
    evidence_dirs=_laravel_evidence_dirs, syntax=LaravelSyntax(),
)

LARAVEL_MODEL = FrontendSpec(
    format="laravel-model", load=_laravel, suffixes=(".php",),
    sniff=_laravel_model_sniff, rank=20, label="model casts", kind="PHP file",
    history=lambda path: f"laravel-model:{_project_root(path)}", history_dirs=_no_dirs,
    evidence_for="laravel",
)

# --------------------------------------------------------------------------
# Ruby: Rails migrations and schema.rb, ActiveRecord models
# --------------------------------------------------------------------------

_RAILS_MIGRATION_RE = lazyre.compile(r"ActiveRecord::(?:Migration|Schema)\b")
_RAILS_MODEL_RE = lazyre.compile(
    r"^[ \t\f]*(?:encrypts|has_encrypted|attr_encrypted|blind_index|lockbox_encrypts|has_secure_password)\b", re.M)


def _rails_sniff(path: str, head: str) -> Optional[str]:
    return "ActiveRecord migration or schema" if _RAILS_MIGRATION_RE.search(head) else None


def _rails_model_sniff(path: str, head: str) -> Optional[str]:
    return "ActiveRecord model declaring encrypted or hashed attributes" if _RAILS_MODEL_RE.search(head) else None


def _rails_evidence_dirs(abspath: str) -> HistoryDirs:
    """A Rails migration's or schema's models: ``app/models``."""
    root = _project_of(abspath, ("db",))
    return [(os.path.join(root, "app", "models"), True)] if root is not None else []


_RAILS_VERSION_RE = lazyre.compile(r"\d+_")


def _rails_history(path: str) -> str:
    base = path.rsplit("/", 1)[-1]
    # db/schema.rb, db/<name>_schema.rb: a snapshot; a migration starts with its version,
    # whatever its name says (db/migrate/0000_create_schema.rb is a squashed first migration)
    if base.endswith("schema.rb") and not _RAILS_VERSION_RE.match(base):
        return f"rails-schema:{path}"
    return f"rails:{path.rsplit('/', 1)[0] if '/' in path else '.'}"


def _rails_history_dirs(abspath: str, key: str) -> HistoryDirs:
    if key.startswith("rails-schema:"):
        return _snapshot_dirs(abspath, key)
    return same_directory(abspath, key)


RAILS = FrontendSpec(
    format="rails", load=_rails, suffixes=(".rb",), sniff=_rails_sniff, rank=10,
    label="ActiveRecord migration", kind="Ruby file", history=_rails_history,
    history_dirs=_rails_history_dirs, extra_kinds=("rails-schema",),
    snapshot=lambda key: key.startswith("rails-schema:"),
    may_join=lambda named, other: named.startswith("rails-schema:"),
    # engines' migrations are installed into the host app and run as one
    # sequence, by version
    joins=(join_dependents("rails"),),
    evidence_dirs=_rails_evidence_dirs, syntax=RailsSyntax(),
)

RAILS_MODEL = FrontendSpec(
    format="rails-model", load=_rails, suffixes=(".rb",), sniff=_rails_model_sniff,
    rank=20, label="encrypted attributes", kind="Ruby file",
    history=lambda path: f"rails-model:{_project_root(path)}", history_dirs=_no_dirs, evidence_for="rails",
)

# --------------------------------------------------------------------------
# Prisma
# --------------------------------------------------------------------------

def _join_prisma_folders(groups: Dict[str, list]) -> None:
    """A multi-file Prisma schema (``prismaSchemaFolder``): the ``.prisma``
    files of one directory, and of the directories below it, are one schema
    when at most one of them declares a ``datasource`` (files that each
    declare their own are separate schemas).  The history keeps the key of
    the file with the datasource (else of the first file)."""
    keys = sorted(k for k in groups if k.startswith("prisma:"))
    if len(keys) < 2:
        return
    dirs: Dict[str, List[str]] = {}
    for k in keys:
        dirs.setdefault(os.path.dirname(k[len("prisma:"):]), []).append(k)

    def has_source(k: str) -> bool:
        return any(r.meta.get("datasource") for r in groups[k])

    # a directory below one whose files hold the datasource joins it
    roots = sorted((d for d, ks in dirs.items() if sum(map(has_source, ks)) == 1), key=len)
    for d in sorted(dirs, key=len):
        if d not in dirs:
            continue
        owner = next((r for r in roots if r != d and d.startswith(r + "/")), None)
        if owner is not None and not any(map(has_source, dirs[d])):
            dirs[owner].extend(dirs.pop(d))
    for ks in dirs.values():
        if len(ks) < 2 or sum(map(has_source, ks)) > 1:
            continue
        main = next((k for k in sorted(ks) if has_source(k)), sorted(ks)[0])
        for k in ks:
            if k != main:
                groups[main].extend(groups.pop(k))


def _prisma_resolve(results: list) -> list:
    return _prisma().resolve(results)


PRISMA = FrontendSpec(
    format="prisma", load=_prisma, suffixes=(".prisma",), label="Prisma",
    history=lambda path: f"prisma:{path}", history_dirs=_snapshot_dirs, snapshot=lambda key: True,
    may_join=_any_sibling, syntax=PrismaSyntax(), joins=(_join_prisma_folders,), resolve=_prisma_resolve,
)

# --------------------------------------------------------------------------
# Liquibase changelogs
# --------------------------------------------------------------------------

_LIQUIBASE_RE = lazyre.compile(r"databaseChangeLog")


def _liquibase_sniff(path: str, head: str) -> Optional[str]:
    return "Liquibase databaseChangeLog" if _LIQUIBASE_RE.search(head) else None


def _join_liquibase_includes(groups: Dict[str, list]) -> None:
    """Changelogs included by a master in another directory replay in the
    master's history (the frontend's ``order`` places them)."""
    keys = [k for k in groups if k.startswith("liquibase:")]
    if len(keys) < 2:
        return
    owner = {r.path: k for k in keys for r in groups[k]}
    changed = True
    while changed:
        changed = False
        for k in list(groups):
            if not k.startswith("liquibase:") or k not in groups:
                continue
            for r in groups[k]:
                for inc in r.meta.get("includes", ()) or ():
                    resolved = str(inc.get("resolved") or "").rstrip("/")
                    name = str(inc.get("file") or "").lstrip("./").rstrip("/")
                    for path, other in list(owner.items()):
                        if other == k or other not in groups:
                            continue
                        hit = (path == resolved or (resolved and path.startswith(resolved + "/"))
                               or (name and (path == name or path.endswith("/" + name)
                                             or ("/" + name + "/") in "/" + path)))
                        if hit:
                            for moved in groups.pop(other):
                                owner[moved.path] = k
                                groups[k].append(moved)
                            changed = True


def _liquibase_references(path: str, text: str) -> list:
    return _liquibase().references(path, text)


LIQUIBASE = FrontendSpec(
    format="liquibase", load=_liquibase, suffixes=(".xml", ".yaml", ".yml", ".json"),
    sniff=_liquibase_sniff, label="Liquibase changelog", joins=(_join_liquibase_includes,),
    syntax=LiquibaseSyntax(), references=_liquibase_references,
)

