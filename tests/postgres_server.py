"""A real PostgreSQL 15 server for the tests: started once per test session, a new database per test.

The server runs from ``/usr/lib/postgresql/15/bin`` (or ``BOT_TEST_POSTGRES_BIN``): ``initdb`` into a
temporary folder, then ``postgres`` listening on a free port of 127.0.0.1 only (no Unix socket), with
password authentication (scram-sha-256) so that the tests go through the same login as a real deployment.
PostgreSQL refuses to run as root; when the tests run as root (CI does), the server runs as the system
user ``botpg``, created here if missing, through ``setpriv``. ``fsync`` is off: the tests check outcomes,
not what survives a power cut, and it makes creating a database per test cheap.

Where the binaries are missing, the tests that use the ``postgres_server`` fixture are skipped, and say
what to install; with ``BOT_TEST_POSTGRES_REQUIRED=1`` (set by ``.ci/run``) they fail instead, so that CI
cannot go green without them.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest

DEFAULT_BIN = Path("/usr/lib/postgresql/15/bin")
SERVICE_USER = "botpg"
INSTALL_HINT = "PostgreSQL 15 is not installed (no initdb in {bin}): apt-get install postgresql-15"
READY_SECONDS = 30.0
_databases = count(1)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_service_user() -> list[str]:
    """The command prefix that runs a program as the unprivileged user: nothing unless we are root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=True, capture_output=True)
    return ["setpriv", f"--reuid={SERVICE_USER}", f"--regid={SERVICE_USER}", "--init-groups", "--"]


@dataclass
class PostgresServer:
    """One running server; `create_database` gives each test its own database."""

    bin_dir: Path
    folder: Path
    port: int = field(default_factory=_free_port)
    user: str = "bot"
    password: str = field(default_factory=lambda: "pw-" + secrets.token_hex(8), repr=False)
    host: str = "127.0.0.1"
    durable: bool = False  # fsync on, as in production (the benchmarks); off for the tests
    process: subprocess.Popen[bytes] | None = None

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{dbname}"

    def _client_env(self) -> dict[str, str]:
        return {**os.environ, "PGPASSWORD": self.password}

    def init(self) -> None:
        prefix = _as_service_user()
        self.folder.mkdir(parents=True, exist_ok=True)
        password_file = self.folder / "password"
        password_file.write_text(self.password, encoding="utf-8")
        if prefix:
            shutil.chown(self.folder, SERVICE_USER, SERVICE_USER)
            shutil.chown(password_file, SERVICE_USER, SERVICE_USER)
        password_file.chmod(0o600)
        subprocess.run(
            [*prefix, str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", self.user,
             f"--pwfile={password_file}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"],
            check=True, capture_output=True,
        )
        password_file.unlink()

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        log = self.log_file.open("ab")
        settings = {"listen_addresses": self.host, "port": str(self.port), "unix_socket_directories": "",
                    "max_connections": "200"}
        if not self.durable:
            settings.update(fsync="off", full_page_writes="off")
        arguments = [item for key, value in settings.items() for item in ("-c", f"{key}={value}")]
        self.process = subprocess.Popen(
            [*_as_service_user(), str(self.bin_dir / "postgres"), "-D", str(self.data_dir), *arguments],
            stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"PostgreSQL exited at start-up:\n{self.log_file.read_text(errors='replace')}")
            ready = subprocess.run(
                [str(self.bin_dir / "pg_isready"), "-h", self.host, "-p", str(self.port), "-U", self.user, "-q"],
                check=False, capture_output=True,
            )
            if ready.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL did not accept connections in time")

    def stop(self) -> None:
        """Fast shutdown (SIGINT): clients are disconnected, the data is kept for a restart."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, prefix: str = "test") -> str:
        """A new, empty database; its URL."""
        name = f"{prefix}_{os.getpid()}_{next(_databases)}"
        subprocess.run(
            [str(self.bin_dir / "createdb"), "-h", self.host, "-p", str(self.port), "-U", self.user, name],
            check=True, capture_output=True, env=self._client_env(),
        )
        return self.url(name)

    def psql(self, url: str, sql: str) -> list[list[str]]:
        """Run ``sql`` with psql as a second client (as an operator would); the rows, as text."""
        done = subprocess.run(
            [str(self.bin_dir / "psql"), url, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
             "-c", sql],
            check=True, capture_output=True, text=True, env=self._client_env(),
        )
        return [line.split("\t") for line in done.stdout.splitlines() if line]


def postgres_bin_dir() -> Path:
    return Path(os.environ.get("BOT_TEST_POSTGRES_BIN", DEFAULT_BIN))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server; the test is skipped where PostgreSQL is not installed."""
    bin_dir = postgres_bin_dir()
    if not (bin_dir / "initdb").exists():
        if os.environ.get("BOT_TEST_POSTGRES_REQUIRED") == "1":
            pytest.fail(INSTALL_HINT.format(bin=bin_dir) + " (BOT_TEST_POSTGRES_REQUIRED=1)")
        pytest.skip(INSTALL_HINT.format(bin=bin_dir))
    # Not under pytest's tmp_path: its folders are private to the user running the tests, and the
    # server's user must be able to reach its data folder.
    folder = Path(tempfile.mkdtemp(prefix="bot-postgres-"))
    server = PostgresServer(bin_dir=bin_dir, folder=folder)
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh database on the session's server, for this test alone."""
    return postgres_server.create_database()
