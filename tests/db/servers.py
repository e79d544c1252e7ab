"""Throw-away PostgreSQL and MariaDB servers for tests.

Each server is a fresh cluster in its own temporary directory, listening
on a free loopback port and on a unix socket in that directory, with
settings that trade durability for speed (nothing in it outlives the
test session).  Tests talk to it through the ``psql`` and ``mariadb``
command-line clients, so no Python database driver is needed; a later
test that wants a driver connects to :attr:`Server.url`.

Binaries come from the Debian packages ``postgresql`` (under
``/usr/lib/postgresql/<version>/bin``) and ``mariadb-server``
(``/usr/sbin/mariadbd``, ``/usr/bin/mariadb-install-db``).  A missing
binary raises :class:`Missing`, whose message names the package to
install; the fixtures turn it into a skip.

PostgreSQL refuses to run as root, and MariaDB only runs as root when told
to: when the tests run as root (CI does), the server processes run as the
packages' own unprivileged users (``postgres``, ``mysql``; else
``nobody``), which own the temporary directory.  As a normal user
everything runs as that user.

Both servers run as direct children of the test process (``postgres`` is
started itself, not through ``pg_ctl``), and on Linux they are told to
stop when it dies: a test run that is killed leaves no server behind.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

#: How long a server may take to start (a cold MariaDB install takes a few
#: seconds on a busy 2-core machine; this is a failure limit, not a
#: measurement).
START_TIMEOUT = 120


class Missing(Exception):
    """A server binary is not installed; the message names the package."""


class ServerError(Exception):
    """A server would not start or a client command failed."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _which(name: str, dirs: Sequence[str] = ()) -> Optional[str]:
    for d in dirs:
        p = os.path.join(d, name)
        if os.access(p, os.X_OK):
            return p
    return shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None)


def _run_as(preferred: str) -> Optional[pwd.struct_passwd]:
    """The unprivileged account a server runs as when we are root."""
    if os.geteuid() != 0:
        return None
    for name in (preferred, "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ServerError("running as root and neither a '%s' nor a 'nobody' account exists" % preferred)


def _traversable(path: Path) -> bool:
    """Every directory above ``path`` lets other users pass (an unprivileged
    server must reach its data directory)."""
    for parent in path.resolve().parents:
        if not os.stat(parent).st_mode & 0o001:
            return False
    return True


def _make_dir(prefix: str, owner: Optional[pwd.struct_passwd]) -> Path:
    base = Path(tempfile.gettempdir())
    if owner is not None and not _traversable(base / "x"):
        base = Path("/tmp")
    d = Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    if owner is not None:
        os.chown(d, owner.pw_uid, owner.pw_gid)
    return d


def _demoted(owner: Optional[pwd.struct_passwd]) -> dict:
    """subprocess arguments that run a command as ``owner``."""
    if owner is None:
        return {}
    return {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": [],
            "env": {**_clean_env(), "HOME": str(tempfile.gettempdir()), "USER": owner.pw_name,
                    "LOGNAME": owner.pw_name}}


def _parent_death_signal():
    """A function for the server's process to call before exec: it asks
    Linux to send the server SIGTERM when the test process dies
    (PR_SET_PDEATHSIG), so a killed run leaves no server behind.  Made in
    the parent: after the switch to the server's user the child may not
    read this interpreter's modules.  None where it cannot be done."""
    if os.uname().sysname != "Linux":
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError, ImportError):
        return None
    return lambda: prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG


def _clean_env() -> dict:
    """The environment without client settings that would redirect a
    command to another server."""
    drop = ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE", "PGSERVICEFILE",
            "PGPASSFILE", "PGOPTIONS", "MYSQL_HOST", "MYSQL_TCP_PORT", "MYSQL_UNIX_PORT", "MYSQL_PWD")
    return {k: v for k, v in os.environ.items() if k not in drop}


class Applied:
    """What a client run reported: the errors, each with the line of the
    input it names (None when the client gave none)."""

    def __init__(self, errors: List[Tuple[Optional[int], str]], stderr: str):
        self.errors = errors
        self.stderr = stderr

    def __repr__(self) -> str:
        return f"Applied({len(self.errors)} errors)"


class Server:
    """A running server; :meth:`stop` removes it and its directory."""

    kind = ""

    def __init__(self, root: Path, port: int, owner: Optional[pwd.struct_passwd]):
        self.root = root
        self.port = port
        self.owner = owner
        self.socket_dir = root / "run"
        self.log = root / "server.log"
        self.proc: Optional[subprocess.Popen] = None
        self._stopped = False

    # -- what subclasses provide ---------------------------------------------
    def client(self, database: Optional[str], *extra: str) -> List[str]:
        raise NotImplementedError

    def _parse_errors(self, stderr: str) -> List[Tuple[Optional[int], str]]:
        raise NotImplementedError

    #: the signal that shuts the server down quickly and cleanly
    stop_signal = signal.SIGTERM

    @property
    def url(self) -> str:
        raise NotImplementedError

    # -- shared --------------------------------------------------------------
    def query(self, sql: str, database: Optional[str] = None) -> str:
        """Run ``sql`` and return its unaligned output; an error raises."""
        proc = subprocess.run(self.client(database, *self._query_flags()), input=sql, text=True,
                              capture_output=True, env=_clean_env(), timeout=600)
        if proc.returncode != 0 or self._parse_errors(proc.stderr):
            raise ServerError(f"{self.kind} query failed: {proc.stderr.strip()[:2000]}")
        return proc.stdout

    def _query_flags(self) -> Tuple[str, ...]:
        return ()

    def apply(self, text: str, database: str) -> Applied:
        """Run a script as a client would, going on past errors; return them."""
        proc = subprocess.run(self.client(database, *self._apply_flags()), input=text, text=True,
                              capture_output=True, env=_clean_env(), timeout=1200)
        return Applied(self._parse_errors(proc.stderr), proc.stderr)

    def _apply_flags(self) -> Tuple[str, ...]:
        return ()

    def create_database(self, name: str) -> None:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise ValueError(f"database name {name!r}: use lower-case letters, digits and _")
        self.query(f"CREATE DATABASE {name}")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:
            self._terminate()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _terminate(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(self.stop_signal)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def _spawn(self, cmd: List[str]) -> bool:
        """Start the server process; True once it answers a query."""
        with open(self.log, "ab") as fh:
            self.proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         cwd=self.root, preexec_fn=_parent_death_signal(),
                                         **_demoted(self.owner))
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            ping = subprocess.run(self.client(None, *self._query_flags()), input="SELECT 1", text=True,
                                  capture_output=True, env=_clean_env(), timeout=30)
            if ping.returncode == 0:
                return True
            time.sleep(0.2)
        return False

    def _start(self, cmd) -> None:
        """Spawn ``cmd(port)``, on another free port when the first is
        taken meanwhile."""
        for _attempt in range(3):
            if self._spawn(cmd(self.port)):
                return
            self._terminate()
            text = self.log.read_text(errors="replace") if self.log.exists() else ""
            if not re.search(r"could not bind|Address already in use|Bind on TCP/IP port", text):
                raise ServerError(f"{self.kind} did not start: {text[-2000:]}")
            self.port = _free_port()
        raise ServerError(f"{self.kind} did not start: no free port")

    def _launch(self, init: List[str], serve) -> "Server":
        """Make the data directory with ``init`` and start ``serve(port)``
        on it, as the server's user; a failure stops and removes all."""
        try:
            self.socket_dir.mkdir()
            if self.owner is not None:
                os.chown(self.socket_dir, self.owner.pw_uid, self.owner.pw_gid)
            done = subprocess.run(init, capture_output=True, text=True, timeout=START_TIMEOUT * 2, cwd=self.root,
                                  **_demoted(self.owner))
            if done.returncode != 0:
                raise ServerError(f"{os.path.basename(init[0])} failed: {(done.stdout + done.stderr).strip()[-2000:]}")
            self._start(serve)
            return self
        except BaseException:
            self.stop()
            raise


# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------


def postgres_bindir() -> Path:
    """The newest installed PostgreSQL server's bin directory."""
    found = []
    for d in glob.glob("/usr/lib/postgresql/*/bin"):
        m = re.search(r"/postgresql/(\d+)/bin$", d)
        if m and os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(os.path.join(d, "postgres"), os.X_OK):
            found.append((int(m.group(1)), d))
    if found:
        return Path(max(found)[1])
    initdb = shutil.which("initdb")
    if initdb and shutil.which("postgres"):
        return Path(os.path.realpath(initdb)).parent
    raise Missing("PostgreSQL server not found (no /usr/lib/postgresql/*/bin/initdb): "
                  "install the Debian package 'postgresql'")


class PostgresServer(Server):
    kind = "postgresql"
    user = "schemalint"
    stop_signal = signal.SIGINT  # PostgreSQL's fast shutdown

    def __init__(self, root: Path, port: int, owner, bindir: Path, psql: str):
        super().__init__(root, port, owner)
        self.bindir = bindir
        self.psql = psql
        self.data = root / "data"

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def client(self, database: Optional[str], *extra: str) -> List[str]:
        return [self.psql, "-X", "-q", "-h", str(self.socket_dir), "-p", str(self.port), "-U", self.user,
                "-d", database or "postgres", *extra]

    def _query_flags(self) -> Tuple[str, ...]:
        return ("-v", "ON_ERROR_STOP=1", "-A", "-t")

    def _apply_flags(self) -> Tuple[str, ...]:
        # -f - names the input "psql:<stdin>:LINE" in every error
        return ("-v", "ON_ERROR_STOP=0", "-f", "-")

    _ERROR_RE = re.compile(r"^psql:[^:\n]*:(\d+): ERROR:\s*(.*)$", re.M)

    def _parse_errors(self, stderr: str) -> List[Tuple[Optional[int], str]]:
        out: List[Tuple[Optional[int], str]] = [(int(m.group(1)), m.group(2)) for m in self._ERROR_RE.finditer(stderr)]
        if not out:
            out = [(None, line[len("ERROR:"):].strip()) for line in stderr.splitlines()
                   if line.startswith("ERROR:")]
        return out


def start_postgres() -> PostgresServer:
    """initdb a fresh cluster and start ``postgres`` on it; raises
    :class:`Missing`."""
    bindir = postgres_bindir()
    psql = _which("psql", [str(bindir)])
    if psql is None:
        raise Missing("psql not found: install the Debian package 'postgresql-client'")
    owner = _run_as("postgres")
    server = PostgresServer(_make_dir("schemalint-pg-", owner), _free_port(), owner, bindir, psql)
    settings = [
        "listen_addresses=127.0.0.1", f"unix_socket_directories={server.socket_dir}",
        "fsync=off", "synchronous_commit=off", "full_page_writes=off", "shared_buffers=32MB",
        "max_connections=20", "autovacuum=off", "logging_collector=off",
    ]
    return server._launch(
        [str(bindir / "initdb"), "-D", str(server.data), "-U", PostgresServer.user, "--auth=trust",
         "--encoding=UTF8", "--locale=C", "--no-sync"],
        lambda port: [str(bindir / "postgres"), "-D", str(server.data), "-p", str(port),
                      *(a for kv in settings for a in ("-c", kv))])


# --------------------------------------------------------------------------
# MariaDB
# --------------------------------------------------------------------------


def mariadb_binaries() -> Tuple[str, str, str]:
    """(mariadbd, mariadb-install-db, mariadb client)."""
    server = _which("mariadbd") or _which("mysqld")
    install = _which("mariadb-install-db") or _which("mysql_install_db")
    if server is None or install is None:
        raise Missing("MariaDB server not found (no mariadbd / mariadb-install-db): "
                      "install the Debian package 'mariadb-server'")
    client = _which("mariadb") or _which("mysql")
    if client is None:
        raise Missing("mariadb client not found: install the Debian package 'mariadb-client'")
    return server, install, client


class MariaDBServer(Server):
    kind = "mariadb"
    user = "root"

    def __init__(self, root: Path, port: int, owner, client: str, mariadbd: str):
        super().__init__(root, port, owner)
        self.client_bin = client
        self.mariadbd = mariadbd
        self.data = root / "data"
        self.socket = self.socket_dir / "mariadb.sock"

    @property
    def url(self) -> str:
        return f"mariadb://{self.user}@127.0.0.1:{self.port}/"

    def client(self, database: Optional[str], *extra: str) -> List[str]:
        cmd = [self.client_bin, "--no-defaults", f"--socket={self.socket}", "-u", self.user,
               "--default-character-set=utf8mb4", *extra]
        if database:
            cmd.append(database)
        return cmd

    def _query_flags(self) -> Tuple[str, ...]:
        return ("--batch", "--skip-column-names", "--raw")

    def _apply_flags(self) -> Tuple[str, ...]:
        return ("--force", "--batch")

    _ERROR_RE = re.compile(r"^ERROR (\d+) \([0-9A-Z]+\)(?: at line (\d+))?: (.*)$", re.M)

    def _parse_errors(self, stderr: str) -> List[Tuple[Optional[int], str]]:
        return [(int(m.group(2)) if m.group(2) else None, f"{m.group(1)}: {m.group(3)}")
                for m in self._ERROR_RE.finditer(stderr)]


def start_mariadb() -> MariaDBServer:
    """mariadb-install-db a fresh data directory and start mariadbd on it."""
    mariadbd, install, client = mariadb_binaries()
    owner = _run_as("mysql")
    root = _make_dir("schemalint-maria-", owner)
    server = MariaDBServer(root, _free_port(), owner, client, mariadbd)
    return server._launch(
        [install, "--no-defaults", f"--datadir={server.data}", "--auth-root-authentication-method=normal",
         "--skip-test-db", "--skip-name-resolve", "--innodb-buffer-pool-size=32M"],
        lambda port: [
            mariadbd, "--no-defaults", f"--datadir={server.data}", f"--socket={server.socket}",
            f"--port={port}", "--bind-address=127.0.0.1", f"--pid-file={root / 'mariadb.pid'}",
            f"--log-error={server.log}", "--skip-name-resolve", "--skip-log-bin",
            "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=48M",
            "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
            "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
            "--max-connections=20", "--performance-schema=0"])
