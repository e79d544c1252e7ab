"""Sort statements by their leading keywords and convert the ones that can
change tables.

Only statements that may create, alter, comment, key or drop a table are
parsed by sqlglot; the rest are counted (no schema effect) or noted
(effect unknown: dynamic SQL, unknown commands).
"""

from __future__ import annotations

import logging
import re
from typing import Callable

from ... import lazyre
from ...model import Location, ParseFailure, Skipped
from . import access
from .split import SplitResult, Statement

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
#: stays: its data block needs the splitter's attention).
SKIP_FIRST = NOOP_FIRST - {"COPY"}

#: Object kinds after CREATE / ALTER / DROP that do not hold table data.
_OBJECT_WORDS = frozenset("""
TABLE INDEX VIEW FUNCTION PROCEDURE TRIGGER SEQUENCE EXTENSION SCHEMA DATABASE TYPE
DOMAIN ROLE USER POLICY AGGREGATE OPERATOR COLLATION RULE EVENT PUBLICATION
SUBSCRIPTION SERVER WRAPPER SEARCH CAST STATISTICS LANGUAGE ACCESS CONVERSION TABLESPACE
PACKAGE SYNONYM STAGE PIPE STREAM TASK WAREHOUSE FORMAT TAG MASKING ALERT LOGIN
DEFAULT PRIVILEGES OWNED GROUP TRANSFORM MAPPING SNAPSHOT MODEL DICTIONARY
""".split())

_DDL_INSIDE_RE = lazyre.compile(r"\b(?:CREATE|ALTER|DROP)\s+(?:\w+\s+){0,3}TABLE\b|\bADD\s+COLUMN\b", re.I)
_ON_ONLY_RE = lazyre.compile(r"\bON\s+ONLY\b", re.I)
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


def _silence_sqlglot() -> None:
    global _log_silenced
    if not _log_silenced:
        logging.getLogger("sqlglot").setLevel(logging.ERROR)
        _log_silenced = True


def sort(stmt: Statement) -> str:
    """One of: create_table, alter_table, drop_table, drop_index,
    rename_table, comment, create_index, security_label, sp_rename,
    temp_table, noop, dynamic, unknown, or an access kind
    (:data:`.access.KINDS`)."""
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
        if obj in ("FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "PACKAGE") and _DDL_INSIDE_RE.search(
                stmt.text, len("CREATE")):
            return "dynamic"
        return "noop" if obj else "unknown"
    if first == "ALTER":
        return "alter_table" if len(words) > 1 and words[1] == "TABLE" else "noop"
    if first == "DROP":
        if len(words) > 1 and words[1] == "TABLE":
            return "drop_table"
        if len(words) > 1 and words[1] == "INDEX":
            return "drop_index"
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
        return "dynamic" if _DDL_INSIDE_RE.search(stmt.text) else "noop"
    if first in ("EXEC", "EXECUTE"):
        return "dynamic" if _DDL_INSIDE_RE.search(stmt.text) else "noop"
    if first in NOOP_FIRST:
        return "noop"
    return "unknown"


def convert_all(result: SplitResult, text: str, path: str, dialect: str,
                locate: Callable, changes: list) -> dict:
    """Convert every statement; append changes; return statement counts."""
    noop = 0
    ddl = 0
    converter = None
    for stmt in result.statements:
        kind = sort(stmt)
        if kind == "noop" and not stmt.unterminated:
            noop += 1
            continue
        line, col = locate(stmt.start)
        loc = Location(path, line, col)
        if stmt.conflict_lines:
            base = locate(0)[0] - 1  # conflict lines are counted in the snippet
            lines = ", ".join(str(base + n) for n in stmt.conflict_lines)
            changes.append(ParseFailure(
                f"{_describe(stmt)} not read: it contains merge-conflict markers (line {lines})", loc))
            continue
        if stmt.unterminated:
            changes.append(ParseFailure(
                f"unterminated {stmt.unterminated} starting in {_describe(stmt)}: "
                f"the rest of the file cannot be read", loc))
            continue
        if kind == "temp_table":
            noop += 1
            continue
        if kind == "unknown":
            block = next((b for b in result.conflicts if b[0] <= line - locate(0)[0] + 1 <= b[1]), None)
            if block is not None:
                changes.append(Skipped(
                    f"{_describe(stmt)} is a fragment of the merge-conflict block at line "
                    f"{block[0] + locate(0)[0] - 1} (reported as PARSE001)", loc))
            else:
                changes.append(Skipped(f"statement not understood: {_describe(stmt)}", loc))
            continue
        if kind == "dynamic":
            changes.append(Skipped(
                f"{_describe(stmt)} holds table DDL that runs only when executed "
                f"(dynamic SQL); it is not replayed", loc))
            continue
        if kind == "alter_table" and _ALTER_NOOP_RE.match(stmt.text):
            noop += 1
            continue
        if converter is None:
            from ... import startup

            with startup.building():  # sqlglot's classes and dialect live as long as the process
                from .convert import Converter

                _silence_sqlglot()
                converter = Converter(path, dialect, locate)
        ddl += 1
        sql = stmt.text
        if kind == "create_index" and "ONLY" in sql.upper():
            # sqlglot 30 does not know CREATE INDEX ... ON ONLY (partitioned
            # tables); ONLY changes nothing for us, so blank it.
            sql = _ON_ONLY_RE.sub(lambda m: "ON" + " " * (len(m.group(0)) - 2), sql)
        converter.convert(kind, stmt, sql, loc, changes)
    return {"statements": len(result.statements) + result.skipped, "noop": noop + result.skipped, "ddl": ddl,
            "data_blocks": result.data_blocks}


def _describe(stmt: Statement) -> str:
    """The statement's first words as written, for messages."""
    words = stmt.text[:200].split()
    return "'" + " ".join(words[:4])[:80] + (" ..." if len(words) > 4 else "") + "'"
