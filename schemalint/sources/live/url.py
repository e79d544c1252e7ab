"""Database URLs as inputs: ``postgresql://user@host:port/db`` (also
``postgres://``), ``mysql://user@host:port/db`` and ``mariadb://...``.

A URL is parsed once, here, into a :class:`DatabaseURL` whose
:attr:`~DatabaseURL.display` never holds the password: that is the text
every finding, note, error and report shows.  The password comes from
the URL or from the standard environment (``PGPASSWORD`` and ``.pgpass``
through libpq, ``MYSQL_PWD``); :func:`scrub` removes every one of them
from a driver's message before it is shown.  Nothing here imports a
driver.
"""

from __future__ import annotations

import os
import re
from typing import Optional, Tuple

from ...record import dataclass, field

#: scheme -> engine
SCHEMES = {"postgresql": "postgres", "postgres": "postgres", "mysql": "mysql", "mariadb": "mysql"}
#: the URL forms, for --help and messages
FORMS = ("postgresql://USER@HOST:PORT/DB", "postgres://...", "mysql://USER@HOST:PORT/DB", "mariadb://...")
#: query parameters a URL may carry (TLS settings); anything else is refused
#: rather than passed to the driver unread
ALLOWED_PARAMS = {
    "postgres": ("sslmode", "sslrootcert", "sslcert", "sslkey", "application_name"),
    "mysql": ("ssl_ca", "ssl_cert", "ssl_key", "charset"),
}
DEFAULT_PORTS = {"postgres": 5432, "mysql": 3306}

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class URLError(ValueError):
    """A database URL that cannot be used: a usage error (exit 2).  The
    message never holds the password."""


@dataclass(frozen=True)
class DatabaseURL:
    engine: str  # postgres | mysql
    scheme: str
    user: Optional[str]
    host: Optional[str]
    port: Optional[int]
    database: Optional[str]
    password: Optional[str] = field(default=None, repr=False)
    params: Tuple[Tuple[str, str], ...] = ()

    @property
    def display(self) -> str:
        """The URL without password or parameters: where findings point."""
        user = f"{self.user}@" if self.user else ""
        host = self.host or ""
        if host and ":" in host:
            host = f"[{host}]"
        port = f":{self.port}" if self.port else ""
        return f"{self.scheme}://{user}{host}{port}/{self.database or ''}"

    @property
    def where(self) -> str:
        """Host, port and database in words, for connection errors."""
        host = self.host or ("the local socket" if self.engine == "postgres" else "localhost")
        port = self.port or DEFAULT_PORTS[self.engine]
        return f"host {host}, port {port}, database {self.database or '(the default)'}"

    def secrets(self) -> Tuple[str, ...]:
        """Every password this connection may use: the URL's and the
        environment's (never shown)."""
        out = [self.password] if self.password else []
        for var in ("PGPASSWORD", "MYSQL_PWD"):
            value = os.environ.get(var)
            if value:
                out.append(value)
        return tuple(out)

    def __str__(self) -> str:
        return self.display


def is_url(arg: str) -> bool:
    """Is a command-line input a database URL (of a scheme schemalint
    reads or not: an unknown ``xyz://`` is a usage error, not a path)?"""
    return bool(_SCHEME_RE.match(arg or ""))


def parse(arg: str) -> DatabaseURL:
    """A :class:`DatabaseURL`; :class:`URLError` with a password-free
    message when the URL cannot be used."""
    m = _SCHEME_RE.match(arg)
    scheme = m.group(1).lower() if m else ""
    if scheme not in SCHEMES:
        raise URLError(f"{scheme or 'this'}:// is not a database schemalint reads; use "
                       f"{', '.join(FORMS)}")
    from urllib.parse import parse_qsl, unquote, urlsplit

    engine = SCHEMES[scheme]
    try:
        parts = urlsplit(arg)
        port = parts.port
    except ValueError as exc:
        raise URLError(f"{scheme}:// URL cannot be read: {_no_password(str(exc), arg)}") from None
    if parts.fragment:
        raise URLError(f"{scheme}:// URL: a '#' fragment means nothing here (a '#' in a password must be "
                       f"written %23)")
    database = unquote(parts.path[1:]) if parts.path.startswith("/") else unquote(parts.path)
    if "/" in database:
        raise URLError(f"{scheme}:// URL: the path must be one database name, not {database!r}")
    params = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in ALLOWED_PARAMS[engine]:
            raise URLError(f"{scheme}:// URL: parameter {key!r} is not read (allowed: "
                           f"{', '.join(ALLOWED_PARAMS[engine])})")
        params.append((key, value))
    if engine == "mysql" and not database:
        raise URLError(f"{scheme}:// URL: name the database to read, e.g. {scheme}://user@host:3306/shop")
    return DatabaseURL(engine, scheme, unquote(parts.username) if parts.username else None,
                       parts.hostname, port, database or None,
                       unquote(parts.password) if parts.password is not None else None, tuple(params))


def _no_password(text: str, arg: str) -> str:
    from urllib.parse import urlsplit

    try:
        pw = urlsplit(arg).password
    except ValueError:
        pw = None
    if not pw:
        # the password sits between the second ':' and the last '@' of the netloc
        netloc = arg.split("://", 1)[-1].split("/", 1)[0]
        if "@" in netloc and ":" in netloc.rsplit("@", 1)[0]:
            pw = netloc.rsplit("@", 1)[0].split(":", 1)[1]
    return scrub(text, (pw,) if pw else ())


def scrub(text: str, secrets) -> str:
    """``text`` with every secret (and its URL-encoded form) replaced."""
    from urllib.parse import quote

    for s in sorted({x for x in secrets if x}, key=len, reverse=True):
        for form in {s, quote(s, safe=""), quote(s)}:
            text = text.replace(form, "********")
    return text


__all__ = ["DatabaseURL", "URLError", "SCHEMES", "FORMS", "is_url", "parse", "scrub"]
