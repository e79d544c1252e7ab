"""Session-wide throw-away database servers (see :mod:`tests.db.servers`).

``postgres`` and ``mariadb`` start one server each, the first time a test
asks for it, and stop it when the session ends; where the server is not
installed the test skips with a reason that names the Debian package.
``pg_database`` / ``mariadb_database`` give each test a database of its
own on them (``<server>, <name>``).
"""

from __future__ import annotations

import atexit
import itertools
import re

import pytest

from . import servers

_counter = itertools.count(1)


def _start(kind: str, request):
    try:
        server = servers.start_postgres() if kind == "postgres" else servers.start_mariadb()
    except servers.Missing as exc:
        pytest.skip(str(exc))
    atexit.register(server.stop)  # also when the session is interrupted
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def postgres(request) -> servers.PostgresServer:
    return _start("postgres", request)


@pytest.fixture(scope="session")
def mariadb(request) -> servers.MariaDBServer:
    return _start("mariadb", request)


def new_database(server: servers.Server, hint: str) -> str:
    """A fresh, empty database on ``server``, named after ``hint``."""
    name = f"t{next(_counter)}_" + re.sub(r"[^a-z0-9_]+", "_", hint.lower())[:40]
    server.create_database(name)
    return name


@pytest.fixture
def pg_database(postgres, request):
    return postgres, new_database(postgres, request.node.name)


@pytest.fixture
def mariadb_database(mariadb, request):
    return mariadb, new_database(mariadb, request.node.name)
