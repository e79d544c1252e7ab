"""Live databases as inputs: ``schemalint check|classify|audit
postgresql://user@host:port/db`` (also ``postgres://``, ``mysql://``,
``mariadb://``).

A URL named on the command line is an input like a path
(:func:`schemalint.sources.discover` sets it aside as a
:class:`~.url.DatabaseURL`); :func:`read` connects through the engine's
driver -- an optional extra: ``schemalint[postgres]`` (psycopg 3),
``schemalint[mysql]`` (PyMySQL) -- and turns the catalog into one
:class:`~schemalint.model.FileResult` of the changes the SQL frontend
makes of DDL, located at ``URL#schema.table.column`` (the URL without
its password).  Replay, classification, the rules and the reporters then
treat it as any other input; nothing of a live run is cached.

Safety: a connect timeout, a read-only transaction, a statement timeout,
catalog queries only (never a row of data), and the password -- from the
URL, ``PGPASSWORD``/``.pgpass`` or ``MYSQL_PWD`` -- never shown: every
message a driver gives is scrubbed of it (:func:`.url.scrub`).
"""

from __future__ import annotations

import os
from typing import Optional

from ...model import FileResult
from .url import FORMS, SCHEMES, DatabaseURL, URLError, is_url, parse, scrub

#: seconds to wait for a connection; milliseconds a catalog query may run
CONNECT_TIMEOUT = 10
STATEMENT_TIMEOUT_MS = 60_000

#: engine -> (driver module, pip extra, what to install)
DRIVERS = {"postgres": ("psycopg", "postgres", "psycopg[binary]"), "mysql": ("pymysql", "mysql", "PyMySQL")}


class LiveError(Exception):
    """The database cannot be read (no driver, no connection, a catalog
    query failed): a usage error (exit 2).  The message names the host,
    port and database, never the password."""


def _driver(db: DatabaseURL):
    module, extra, package = DRIVERS[db.engine]
    try:
        return __import__(module)
    except ImportError:
        raise LiveError(f"reading a {'PostgreSQL' if db.engine == 'postgres' else 'MySQL/MariaDB'} "
                        f"database needs its driver: pip install 'schemalint[{extra}]' (installs {package})") from None


def connect(db: DatabaseURL, connect_timeout: Optional[int] = None, statement_timeout_ms: Optional[int] = None):
    """An open connection in a read-only transaction (the caller closes
    it); :class:`LiveError` when it cannot be had.  The timeouts default
    to :data:`CONNECT_TIMEOUT` and :data:`STATEMENT_TIMEOUT_MS`."""
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    statement_timeout_ms = STATEMENT_TIMEOUT_MS if statement_timeout_ms is None else statement_timeout_ms
    driver = _driver(db)
    try:
        if db.engine == "postgres":
            from . import postgres

            return postgres.connect(db, connect_timeout, statement_timeout_ms)
        from . import mysql

        password = db.password if db.password is not None else os.environ.get("MYSQL_PWD")
        return mysql.connect(db, connect_timeout, statement_timeout_ms, password)
    except driver.Error as exc:
        raise LiveError(f"cannot connect ({db.where}): {_reason(exc, db)}") from None
    except OSError as exc:  # a socket error outside the driver's own classes
        raise LiveError(f"cannot connect ({db.where}): {_reason(exc, db)}") from None


def read(db: DatabaseURL) -> FileResult:
    """The catalog of ``db`` as one FileResult (path: ``db.display``);
    :class:`LiveError` when it cannot be read."""
    conn = connect(db)
    driver = _driver(db)
    try:
        if db.engine == "postgres":
            from .postgres import read as read_catalog
        else:
            from .mysql import read as read_catalog
        try:
            changes, meta = read_catalog(conn, db.display)
        except driver.Error as exc:
            raise LiveError(f"cannot read the catalog ({db.where}): {_reason(exc, db)}") from None
        except Exception as exc:  # a reader bug: name the database, never the password
            raise LiveError(f"internal error while reading the catalog ({db.where}): {type(exc).__name__}: "
                            f"{_reason(exc, db)} (please report it)") from None
    finally:
        try:
            conn.rollback()  # nothing was written; end the read-only transaction
        except Exception:  # noqa: BLE001 - the connection may already be gone
            pass
        conn.close()
    dialect = ("postgres" if db.engine == "postgres"
               else "mariadb" if "MariaDB" in str(meta.get("server")) else "mysql")
    return FileResult(db.display, "sql", tuple(changes), {"database": True, **meta}, dialect,
                      {"statements": 0, "noop": 0})


def _reason(exc: BaseException, db: DatabaseURL) -> str:
    """The driver's reason on one line, without any password."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return scrub(text, db.secrets())


def evidence(result: FileResult) -> str:
    """Why this input is what it is, for the file list (``-v``)."""
    meta = result.meta
    def n(k, word):
        return f"{k} {word}{'' if k == 1 else 's'}"

    parts = [f"live database catalog ({meta.get('server', 'unknown server')})", n(meta.get("tables", 0), "table")]
    if meta.get("views"):
        parts.append(n(meta["views"], "view"))
    return ", ".join(parts)


__all__ = ["DatabaseURL", "URLError", "LiveError", "FORMS", "SCHEMES", "is_url", "parse", "read", "connect",
           "scrub", "evidence"]
