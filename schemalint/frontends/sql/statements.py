"""Sort statements by their leading keywords and convert the ones that can
change tables.

Only statements that may create, alter, comment, key or drop a table are
parsed by sqlglot; the rest are counted (no schema effect) or noted
(effect unknown: dynamic SQL, unknown commands).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Callable, Dict, Optional

from ... import lazyre
from ...model import Block, Location, ParseFailure, Skipped
from . import access
from .split import POSTGRES_LIKE, SplitResult, Statement, code_chars, leading_keywords

if TYPE_CHECKING:  # imported on the first DDL statement (it loads sqlglot)
    from .convert import Converter

#: First words of statements that never change a table's columns.
NOOP_FIRST = frozenset("""
INSERT REPLACE UPDATE DELETE MERGE UPSERT SELECT WITH VALUES TABLE SET RESET SHOW USE
LOCK UNLOCK BEGIN START COMMIT ROLLBACK SAVEPOINT RELEASE END ABORT DENY
ANALYZE ANALYSE VACUUM COPY EXPLAIN CALL DECLARE PRAGMA TRUNCATE REFRESH CLUSTER
REINDEX NOTIFY LISTEN UNLISTEN DISCARD CHECKPOINT LOAD PREPARE DEALLOCATE FLUSH OPTIMIZE
REPAIR CHECK CHECKSUM HANDLER PERFORM RAISE PRINT FETCH CLOSE OPEN MOVE IMPORT
KILL PURGE REASSIGN
""".split())

#: First words the splitter may count without keeping the statement (COPY
#: stays: its data block needs the splitter's attention; SET, DECLARE and
#: PREPARE may carry DDL in a string that a later EXECUTE runs; SELECT ...
#: INTO t creates a table; a transaction's ROLLBACK undoes what it holds).
SKIP_FIRST = NOOP_FIRST - {"COPY", "SET", "DECLARE", "PREPARE", "SELECT", "BEGIN", "START", "COMMIT", "END",
                           "ROLLBACK", "ABORT", "SAVEPOINT"}

#: Object kinds after CREATE / ALTER / DROP that do not hold table data.
_OBJECT_WORDS = frozenset("""
TABLE INDEX VIEW FUNCTION PROCEDURE TRIGGER SEQUENCE EXTENSION SCHEMA DATABASE TYPE
DOMAIN ROLE USER POLICY AGGREGATE OPERATOR COLLATION RULE EVENT PUBLICATION
SUBSCRIPTION SERVER WRAPPER SEARCH CAST STATISTICS LANGUAGE ACCESS CONVERSION TABLESPACE
PACKAGE SYNONYM STAGE PIPE STREAM TASK WAREHOUSE FORMAT TAG MASKING ALERT LOGIN
DEFAULT PRIVILEGES OWNED GROUP TRANSFORM MAPPING SNAPSHOT MODEL DICTIONARY
""".split())

_DDL_INSIDE_RE = lazyre.compile(r"\b(?:CREATE|ALTER|DROP)\s+(?:\w+\s+){0,3}TABLE\b|\bADD\s+COLUMN\b", re.I)
#: string concatenation between two literals ('ALTER ' || 'TABLE t ...', T-SQL's +): glued before
#: looking for DDL in dynamic SQL, which may be built from pieces
_GLUE_RE = lazyre.compile(r"'\s*(?:\|\||\+)\s*(?:N)?'")


def ddl_inside(text: str) -> bool:
    """Does dynamic SQL (a DO block, a function body, an EXECUTE) hold table
    DDL, even split across concatenated literals?"""
    return _DDL_INSIDE_RE.search(text) is not None or (
        "'" in text and _DDL_INSIDE_RE.search(_GLUE_RE.sub("", text)) is not None)


_ON_ONLY_RE = lazyre.compile(r"\bON\s+ONLY\b", re.I)
#: SELECT ... INTO a table (not MySQL's INTO @variable, OUTFILE or DUMPFILE)
_SELECT_INTO_RE = lazyre.compile(r"\bINTO\s+(?!@|OUTFILE\b|DUMPFILE\b|TEMP\b|TEMPORARY\b)", re.I)
_ALTER_NOOP_RE = lazyre.compile(
    r"""^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?[\w."`\[\]$]+\s+(?:
        OWNER\s+TO\b
      | (?:ATTACH|DETACH)\s+PARTITION\b
      | (?:ENABLE|DISABLE)\s+(?:ALWAYS\s+|REPLICA\s+)?(?:TRIGGER|RULE|KEYS|ROW\s+LEVEL\s+SECURITY)\b
      | FORCE\s+ROW\s+LEVEL\s+SECURITY\b
      | CLUSTER\s+ON\b | SET\s+WITHOUT\s+(?:CLUSTER|OIDS)\b
      | REPLICA\s+IDENTITY\b | SET\s+(?:LOGGED|UNLOGGED|TABLESPACE|ACCESS\s+METHOD|SCHEMA)\b
      | (?:NO\s+)?INHERIT\b | VALIDATE\s+CONSTRAINT\b | RESET\s*\( | SET\s*\(
      | ALTER\s+(?:COLUMN\s+)?[\w"`]+\s+(?:SET|DROP)\s+(?:DEFAULT|STATISTICS|STORAGE)\b[^,]*$
      | ALTER\s+(?:COLUMN\s+)?[\w"`]+\s+(?:ADD\s+GENERATED|SET\s+GENERATED|RESTART|DROP\s+IDENTITY)\b[^,]*$
      | AUTO_INCREMENT\s*=\s*\d+\s*$
      | RENAME\s+(?:CONSTRAINT|INDEX|KEY)\b
    )""",
    re.I | re.S | re.X,
)
_ALTER_MAY_CHANGE_RE = lazyre.compile(r"\b(?:ADD|CHANGE|MODIFY|RENAME|ALTER|DROP)\b", re.I)

_log_silenced = False

#: the first words of transaction control (:meth:`_Run.transaction`)
_TX_WORDS = frozenset(("BEGIN", "START", "SAVEPOINT", "COMMIT", "END", "ROLLBACK", "ABORT"))


def _several_actions(text: str) -> bool:
    """Does an ALTER TABLE list more than one action (a comma outside
    parentheses, quotes and comments)?  Only a lone action is known to be a
    no-op by its first words: ``SET (fillfactor = 70), ADD nik ...`` adds a column."""
    return any(ch == "," and depth <= 0 for _i, ch, depth in code_chars(text))


def _silence_sqlglot() -> None:
    global _log_silenced
    if not _log_silenced:
        logging.getLogger("sqlglot").setLevel(logging.ERROR)
        _log_silenced = True


def sort(stmt: Statement) -> str:
    """One of: create_table, alter_table, drop_table, drop_index,
    rename_table, comment, create_index, create_type, drop_type,
    security_label, sp_rename, temp_table, select_into, noop, dynamic, unknown, or an
    access kind (:data:`.access.KINDS`)."""
    words = stmt.keywords.split()
    if not words:
        return "unknown"
    first = words[0]
    kind = access.sort(words, stmt.text)  # grants, policies, views, functions, roles: frontends/sql/access.py
    if kind is not None:
        return kind
    if first == "CREATE":
        obj = next((w for w in words[1:] if w in _OBJECT_WORDS), None)
        if obj == "TABLE":
            before = words[1:words.index("TABLE")]
            if any(w in ("TEMP", "TEMPORARY", "VOLATILE") for w in before):
                return "temp_table"
            return "create_table"
        if obj == "INDEX":
            return "create_index"
        if obj in ("TYPE", "DOMAIN") and words[1] == obj:
            return "create_type"
        if obj in ("FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "PACKAGE") and ddl_inside(stmt.text[len("CREATE"):]):
            return "dynamic"
        return "noop" if obj else "unknown"
    if first == "ALTER":
        return "alter_table" if len(words) > 1 and words[1] == "TABLE" else "noop"
    if first == "DROP":
        if len(words) > 1 and words[1] == "TABLE":
            return "drop_table"
        if len(words) > 1 and words[1] == "INDEX":
            return "drop_index"
        if len(words) > 1 and words[1] in ("TYPE", "DOMAIN"):
            return "drop_type"
        if len(words) > 2 and words[1] in ("TEMPORARY", "TEMP") and words[2] == "TABLE":
            return "noop"
        return "noop"
    if first == "RENAME":
        return "rename_table" if len(words) > 1 and words[1] in ("TABLE", "TABLES") else "unknown"
    if first == "COMMENT":
        if len(words) > 2 and words[1] == "ON" and words[2] in ("TABLE", "COLUMN"):
            return "comment"
        return "noop"
    if first == "SECURITY" and len(words) > 1 and words[1] == "LABEL":
        return "security_label"
    if first in ("EXEC", "EXECUTE") and len(words) > 1 and words[1].endswith("SP_RENAME"):
        return "sp_rename"
    if first == "DO":
        return "dynamic" if ddl_inside(stmt.text) else "noop"
    if first in ("EXEC", "EXECUTE"):
        return "dynamic" if ddl_inside(stmt.text) else "noop"
    if first == "SELECT" and _SELECT_INTO_RE.search(stmt.text):
        return "select_into"  # SELECT ... INTO t FROM s: a new table, a copy of s's columns
    if first in ("SET", "DECLARE", "PREPARE") and ddl_inside(stmt.text):
        return "dynamic"  # SET @s = 'ALTER TABLE ...'; PREPARE st FROM @s; EXECUTE st
    if first in NOOP_FIRST:
        return "noop"
    return "unknown"


class _Run:
    """Converts the statements of one text; the sqlglot converter is made
    on the first statement that needs it."""

    def __init__(self, result: SplitResult, path: str, dialect: str, locate: Callable, changes: list):
        self.result, self.path, self.dialect, self.locate, self.changes = result, path, dialect, locate, changes
        #: the open transaction: where its changes start in ``changes`` (None: none open),
        #: and its savepoints' starts
        self.tx: Optional[int] = None
        self.savepoints: Dict[str, int] = {}
        self.noop = 0
        self.ddl = 0
        self.converter: Optional[Converter] = None

    def statement(self, stmt: Statement, out: list) -> None:
        """Sort one statement and append its changes (or note) to ``out``."""
        if out is self.changes and stmt.keywords.split(" ", 1)[0] in _TX_WORDS and self.transaction(stmt):
            return
        kind = sort(stmt)
        if kind == "noop" and not stmt.unterminated:
            self.noop += 1
            return
        line, col = self.locate(stmt.start)
        loc = Location(self.path, line, col)
        if stmt.conflict_lines:
            base = self.locate(0)[0] - 1  # conflict lines are counted in the snippet
            lines = ", ".join(str(base + n) for n in stmt.conflict_lines)
            out.append(ParseFailure(
                f"{_describe(stmt)} not read: it contains merge-conflict markers (line {lines})", loc))
            return
        if stmt.unterminated:
            out.append(ParseFailure(
                f"unterminated {stmt.unterminated} starting in {_describe(stmt)}: "
                f"the rest of the file cannot be read", loc))
            return
        if kind == "temp_table":
            self.noop += 1
            return
        if kind == "unknown":
            block = next((b for b in self.result.conflicts
                          if b[0] <= line - self.locate(0)[0] + 1 <= b[1]), None)
            if block is not None:
                out.append(Skipped(
                    f"{_describe(stmt)} is a fragment of the merge-conflict block at line "
                    f"{block[0] + self.locate(0)[0] - 1} (reported as PARSE001)", loc))
            else:
                out.append(Skipped(f"statement not understood: {_describe(stmt)}", loc))
            return
        if kind == "dynamic":
            if stmt.keywords.startswith("DO") and self.dialect in POSTGRES_LIKE:
                return self.do_block(stmt, loc, out)
            out.append(Skipped(
                f"{_describe(stmt)} holds table DDL that runs only when executed "
                f"(dynamic SQL); it is not replayed", loc, "unfollowed"))
            return
        if kind == "alter_table" and _ALTER_NOOP_RE.match(stmt.text) and not _several_actions(stmt.text):
            self.noop += 1
            return
        if self.converter is None:
            from ... import startup

            with startup.building():  # sqlglot's classes and dialect live as long as the process
                from .convert import Converter

                _silence_sqlglot()
                self.converter = Converter(self.path, self.dialect, self.locate)
        self.ddl += 1
        sql = stmt.text
        if kind == "create_index" and "ONLY" in sql.upper():
            # sqlglot 30 does not know CREATE INDEX ... ON ONLY (partitioned
            # tables); ONLY changes nothing for us, so blank it.
            sql = _ON_ONLY_RE.sub(lambda m: "ON" + " " * (len(m.group(0)) - 2), sql)
        self.converter.convert(kind, stmt, sql, loc, out)

    def transaction(self, stmt: Statement) -> bool:
        """BEGIN / START TRANSACTION, SAVEPOINT, COMMIT / END, ROLLBACK [TO
        SAVEPOINT]: a rolled-back transaction's changes never happened, so
        they are taken back out (a DROP between BEGIN and ROLLBACK removes
        nothing).  False: not a transaction statement."""
        words = stmt.text.upper().replace(";", " ").split()
        first = words[0] if words else ""
        rest = words[1:]
        if first == "START" and rest[:1] != ["TRANSACTION"]:
            return False
        if first in ("BEGIN", "START") and (not rest or rest[0] in ("TRANSACTION", "TRAN", "WORK", "ISOLATION",
                                                                   "READ", "DEFERRABLE", "NOT")):
            self.tx, self.savepoints = len(self.changes), {}
        elif first == "SAVEPOINT" and len(rest) == 1:
            self.savepoints[rest[0].strip('"`')] = len(self.changes)
        elif first in ("COMMIT", "END") and (not rest or rest[0] in ("TRANSACTION", "TRAN", "WORK")):
            self.tx, self.savepoints = None, {}
        elif first in ("ROLLBACK", "ABORT"):
            loc = Location(self.path, *self.locate(stmt.start))
            to = rest.index("TO") if "TO" in rest else None
            if to is not None:
                name = rest[-1].strip('"`') if len(rest) > to + 1 else ""
                start = self.savepoints.get(name)
                if start is None:
                    return False
                del self.changes[start:]
                self.changes.append(Skipped(f"ROLLBACK TO SAVEPOINT {name}: the changes since the savepoint are "
                                            f"undone", loc, "note"))
            elif self.tx is not None:
                del self.changes[self.tx:]
                self.changes.append(Skipped("ROLLBACK: the transaction's changes are undone", loc, "note"))
                self.tx, self.savepoints = None, {}
        else:
            return False
        self.noop += 1
        return True

    def do_block(self, stmt: Statement, loc: Location, out: list) -> None:
        """``DO $$ ... $$``: replay the statements its body runs for
        certain, each located where it is in the file (:mod:`.plpgsql`);
        note the rest."""
        from . import plpgsql

        got = plpgsql.read(stmt.text)
        if got is None or got[0] != "plpgsql":
            why = (f"is written in {got[0]}" if got is not None
                   else "has a block structure this reader cannot follow")
            out.append(Skipped(f"{_describe(stmt)} holds table DDL but {why}; it is not replayed", loc))
            return
        at_line = loc.line
        inner: list = []
        for what, offset, data in got[1]:
            where = Location(self.path, *self.locate(stmt.start + offset))
            if what != "stmt":
                inner.append(Block(where, what, data))
                continue
            text, context = data
            kind = plpgsql.kind_of(text)
            if kind == "plpgsql":
                continue
            sub = Statement(stmt.start + offset, stmt.start + offset + len(text), text,
                            leading_keywords(text) if text[:1].isalpha() else "")
            if kind == "execute":
                if ddl_inside(text):
                    inner.append(Skipped(
                        f"EXECUTE in the DO block at line {at_line} runs SQL built at run time "
                        f"(dynamic SQL); what it does to tables is not replayed", where, "unfollowed"))
                continue
            if context:
                if sort(sub) not in ("noop", "temp_table"):
                    inner.append(Skipped(
                        f"{_describe(sub)} in the DO block at line {at_line} runs only {context}, "
                        f"which replay cannot decide; it is not replayed", where))
                continue
            self.statement(sub, inner)
        if any(not isinstance(c, (Block, Skipped, ParseFailure)) for c in inner):
            out.extend(inner)
        else:  # nothing to roll back: leave the block markers out
            out.extend(c for c in inner if not isinstance(c, Block))


def convert_all(result: SplitResult, text: str, path: str, dialect: str,
                locate: Callable, changes: list) -> dict:
    """Convert every statement; append changes; return statement counts."""
    run = _Run(result, path, dialect, locate, changes)
    for stmt in result.statements:
        run.statement(stmt, changes)
    return {"statements": len(result.statements) + result.skipped, "noop": run.noop + result.skipped,
            "ddl": run.ddl, "data_blocks": result.data_blocks}


def _describe(stmt: Statement) -> str:
    """The statement's first words as written, for messages."""
    words = stmt.text[:200].split()
    return "'" + " ".join(words[:4])[:80] + (" ..." if len(words) > 4 else "") + "'"
