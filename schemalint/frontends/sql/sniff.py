"""Guess a SQL file's dialect from its text when neither ``--dialect`` nor
a config glob names one.

Each dialect has markers that are rare elsewhere (MySQL's ``ENGINE=`` and
backticks, Postgres's ``::`` casts and ``$$``, T-SQL's ``GO`` lines and
``[dbo]``...).  One pass over the start of the file counts words, word
pairs and a few symbols; the dialect with the highest weighted count wins
and the evidence is returned so ``-v`` can say why.  No sqlglot import.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, Tuple

DEFAULT_DIALECT = "postgres"

#: Dialects the product supports and tests; --dialect accepts any sqlglot
#: dialect name beside these.
SUPPORTED = ("postgres", "mysql", "mariadb", "sqlite", "tsql", "oracle", "bigquery", "snowflake")

# marker -> {dialect: weight}.  Markers are upper-case words, "WORD WORD"
# pairs, or the symbols the token pattern below yields.
_MARKERS: Dict[str, Dict[str, int]] = {}


def _add(dialect: str, weight: int, *markers: str) -> None:
    for m in markers:
        _MARKERS.setdefault(m, {})[dialect] = weight


_add("mysql", 5, "ENGINE", "DEFAULT CHARSET", "/*!", "LOCK TABLES")
_add("mysql", 4, "AUTO_INCREMENT")
_add("mysql", 2, "UNSIGNED", "TINYINT", "MEDIUMINT", "MEDIUMTEXT", "LONGTEXT", "TINYTEXT",
     "LONGBLOB", "MEDIUMBLOB", "INT(")
_add("mysql", 1, "`")
_add("postgres", 2, "::")
_add("postgres", 3, "$$", "SERIAL", "BIGSERIAL", "SMALLSERIAL", "JSONB", "BYTEA", "TIMESTAMPTZ",
     "AS ENUM")
_add("postgres", 4, "OWNER TO", "CHARACTER VARYING", "USING BTREE", "SET SEARCH_PATH",
     "PLPGSQL", "WITHOUT TIME", "WITH TIME")
_add("postgres", 5, "CREATE EXTENSION", "FROM STDIN")
_add("postgres", 1, "PUBLIC.")
_add("tsql", 5, "GO\n", "[DBO]", "ANSI_NULLS", "SP_RENAME")
_add("tsql", 4, "UNIQUEIDENTIFIER", "IDENTITY(", "NVARCHAR(MAX")
_add("tsql", 3, "CLUSTERED", "NONCLUSTERED", "DATETIME2")
_add("oracle", 5, "VARCHAR2", "NVARCHAR2")
_add("oracle", 3, "NUMBER(", "SYSDATE")
_add("oracle", 2, "CLOB")
_add("sqlite", 4, "PRAGMA", "WITHOUT ROWID")
_add("sqlite", 3, "AUTOINCREMENT")
_add("bigquery", 5, "INT64", "FLOAT64")
_add("bigquery", 3, "OPTIONS(", "STRUCT<", "ARRAY<")
_add("bigquery", 2, "STRING")
_add("snowflake", 5, "TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "COPY GRANTS")
_add("snowflake", 4, "VARIANT", "TRANSIENT")
_add("snowflake", 2, "NUMBER(38")
_MARKERS["AUTOINCREMENT"]["snowflake"] = 1

_TOKEN_RE = re.compile(
    r"[A-Za-z_][A-Za-z0-9_$]*(?:\(|<|\.)?|::|\$\$|/\*!|`|\[dbo\]|^[ \t]*GO[ \t]*$", re.M | re.I
)
_SAMPLE = 64 * 1024


def _strip_comments(text: str) -> str:
    """``text`` with its comments replaced by a space: comments say nothing
    about the dialect (and often quote names in backticks).  MySQL's
    executable comments ``/*!...*/`` are kept: they are SQL.  An unclosed
    ``/*`` comments out the rest, as in SQL.

    A scan with ``str.find``, not a regex: a comment pattern retried from
    every ``/*`` of 64 KB of unclosed ``/*x`` is quadratic (seconds per
    file); this is linear whatever the text."""
    out = []
    i, n = 0, len(text)
    line = text.find("--")
    block = text.find("/*")
    while True:
        if line != -1 and line < i:
            line = text.find("--", i)
        if block != -1 and block < i:
            block = text.find("/*", i)
        starts = [p for p in (line, block) if p != -1]
        if not starts:
            out.append(text[i:])
            return "".join(out)
        j = min(starts)
        out.append(text[i:j])
        if j == line:
            end = text.find("\n", j)
            i = n if end == -1 else end
            out.append(" ")
        elif text.startswith("/*!", j):  # executable comment: SQL, kept
            out.append("/*!")
            i = j + 3
        else:
            end = text.find("*/", j + 2)
            i = n if end == -1 else end + 2
            out.append(" ")


#: first words of the two-word markers
_PAIR_FIRST = frozenset(m.split(" ", 1)[0] for m in _MARKERS if " " in m)


def _normal(raw: str) -> Tuple[str, str]:
    """A token as the markers spell it, and as the second word of a pair.
    Tokens repeat (a 64 KB sample has some 11,000 and a few hundred
    distinct), so this runs once per distinct token."""
    tok = raw.upper()
    if tok.strip() == "GO":
        tok = "GO\n"
    elif tok.endswith("(") and tok[:-1] in ("INT", "NUMBER", "IDENTITY", "OPTIONS"):
        pass
    elif tok.startswith("NVARCHAR(") or tok.startswith("NUMBER("):
        pass
    elif tok.endswith(("(", "<")) and tok[:-1] not in ("STRUCT", "ARRAY"):
        tok = tok[:-1]
    return tok, tok.rstrip("(<.")


def sniff(text: str) -> Tuple[str, str]:
    """Return ``(dialect, evidence)``."""
    sample = _strip_comments(text[:_SAMPLE])
    counts: Counter = Counter()
    prev = ""
    seen: Dict[str, Tuple[str, str]] = {}  # token as written -> (marker form, pair form)
    for raw in _TOKEN_RE.findall(sample):
        got = seen.get(raw)
        if got is None:
            got = seen[raw] = _normal(raw)
        tok, bare = got
        if tok in _MARKERS:
            counts[tok] += 1
        if prev in _PAIR_FIRST:
            pair = f"{prev} {bare}"
            if pair in _MARKERS:
                counts[pair] += 1
        prev = bare
    if "NVARCHAR(MAX" in sample.upper():
        counts["NVARCHAR(MAX"] += 1
    if "NUMBER(38" in sample.upper().replace(" ", ""):
        counts["NUMBER(38"] += 1
    scores: Dict[str, int] = Counter()
    evidence: Dict[str, list] = {}
    for marker, n in counts.items():
        for dialect, weight in _MARKERS[marker].items():
            scores[dialect] += weight * min(n, 10)
            evidence.setdefault(dialect, []).append((weight * min(n, 10), marker.strip()))
    if not scores:
        return DEFAULT_DIALECT, f"no dialect markers found; using the default ({DEFAULT_DIALECT})"
    best = max(sorted(scores), key=lambda d: scores[d])
    shown = ", ".join(m for _, m in sorted(evidence[best], reverse=True)[:4])
    return best, f"sniffed {best} (score {scores[best]}: {shown})"


def normalise(dialect: str) -> str:
    """Map accepted aliases to sqlglot dialect names."""
    d = dialect.lower().strip()
    return {"mariadb": "mysql", "postgresql": "postgres", "pg": "postgres", "mssql": "tsql",
            "sqlserver": "tsql", "sql-server": "tsql"}.get(d, d)
