"""SQL written inside ORM migrations, handed to the SQL frontend.

Alembic ``op.execute``, Django ``RunSQL``, Laravel ``DB::statement`` /
``DB::unprepared`` (and CodeIgniter ``$this->db->query``), Rails
``execute`` and Liquibase ``<sql>`` hold raw SQL.  The host frontend finds
the literal text and where it starts in the host file; one
:class:`Embedded` per host file turns it into changes located in that
file (:func:`schemalint.frontends.sql.parse_sql`), with one dialect policy
for every host.

**The dialect**, the first of these that applies:

1. *configured*: ``--dialect``, else a ``[tool.schemalint] dialects`` glob
   matching the host file -- the user's word, as for ``.sql`` files;
2. *declared* by the host file: what the framework states about its
   database -- the ``sqlalchemy.dialects.<db>`` module an Alembic
   migration imports, the ``dbms`` a Liquibase changelog is read for, a
   Django migration's ``django.contrib.postgres`` import, a Rails
   migration's ``enable_extension`` (PostgreSQL only);
3. *shown by the SQL*: the SQL frontend's sniffer finds dialect markers
   in the text itself (backticks and ``ENGINE=``, ``::`` casts,
   ``[dbo]``...);
4. *shown earlier in the file*: the dialect an earlier SQL text of the
   same host file showed (a migration is written for one database, and a
   short statement often carries no marker);
5. the framework's *default* database: MySQL for Laravel (its default
   connection, and the grammar its column types follow in this frontend),
   otherwise PostgreSQL, the SQL frontend's own default.

Text without a DDL keyword (``CREATE``, ``ALTER``, ``DROP``, ``COMMENT``,
``RENAME``, ``LABEL``, ``EXEC``) cannot change a table: :meth:`Embedded.parse`
returns None for the host to count as a no-op, and neither the SQL frontend
nor sqlglot is imported -- a pre-commit run over a data migration stays
cheap.  The SQL frontend never raises; if it did, or could not be imported,
the result is a located ``ParseFailure`` / note, never silence.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ..model import Change, Location, ParseFailure, Skipped

#: A keyword without which SQL text cannot change a table or column.
#: a keyword without which SQL changes neither a table nor who may read it (GRANT/REVOKE: access)
DDL_RE = re.compile(r"\b(?:CREATE|ALTER|DROP|COMMENT|RENAME|LABEL|SP_RENAME|EXEC|GRANT|REVOKE)\b", re.I)


class Embedded:
    """The hand-off of one host file's embedded SQL.

    ``declared`` is the dialect the host file states (policy step 2),
    ``default`` the framework's default database (step 5; None:
    PostgreSQL).  ``dialect`` is the dialect of the first SQL analysed,
    for the host's ``FileResult.dialect``."""

    def __init__(self, path: str, options=None, *, declared: Optional[str] = None,
                 default: Optional[str] = None):
        self.path = path
        self.options = options
        self.declared = declared
        self.default = default
        self.dialect: Optional[str] = None
        self._shown: Optional[str] = None  # the first dialect a text of this file showed

    def dialect_for(self, sql: str) -> Tuple[str, str]:
        """``(dialect, why)`` for one SQL text, by the policy above."""
        from .sql import configured_dialect
        from .sql.sniff import DEFAULT_DIALECT, normalise, sniff

        got = configured_dialect(self.path, self.options)
        if got is not None:
            return got
        if self.declared:
            return normalise(self.declared), "declared by the host file"
        guess, evidence = sniff(sql)
        if not evidence.startswith("no dialect markers"):
            self._shown = self._shown or guess
            return guess, evidence
        if self._shown:
            return self._shown, "shown by earlier SQL in this file"
        if self.default:
            return normalise(self.default), "the framework's default database"
        return DEFAULT_DIALECT, "no dialect markers: the SQL frontend's default"

    def parse(self, sql: str, line: int, col: int, where: Location, what: str) -> Optional[List[Change]]:
        """Changes for SQL text that starts at ``line``:``col`` of the host
        file (``where`` locates failures, ``what`` names the construct in
        messages: ``"op.execute"``, ``"<sql>"``).  None when the text holds
        no DDL keyword: the caller counts a no-op."""
        if not DDL_RE.search(sql):
            return None
        try:
            from .sql import parse_sql  # lazy: only when a migration runs DDL
        except Exception:  # pragma: no cover - SQL frontend missing or broken
            return [Skipped(f"{what}: the SQL frontend is not available; the embedded SQL was not "
                            f"analysed", where)]
        try:
            dialect, _why = self.dialect_for(sql)
            changes, used = parse_sql(sql, self.path, dialect=dialect, line=line, col=col)
        except Exception as exc:  # the SQL frontend must not raise; fail closed if it does
            return [ParseFailure(f"{what}: the embedded SQL could not be analysed "
                                 f"({type(exc).__name__}: {exc})", where)]
        self.dialect = self.dialect or used
        return list(changes)
