"""A real PostgreSQL server for the tests: ``initdb`` and ``pg_ctl`` in a temporary folder on a free port.

One server per test session (the ``pg_server`` fixture), stopped at the end. As root, the server runs as the
``postgres`` user (Debian's package creates it) or ``nobody``, since PostgreSQL refuses to run as root. When the
server is installed the tests always run it: a server (or psycopg) that fails there fails the tests, it never skips
them. Only when no ``initdb`` is installed (the Debian package ``postgresql`` is missing) are the tests that need
one skipped, with the reason, and on CI (``CI=true``) even that fails the run. ``make test`` installs the package.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "sb"
FAST = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")


def find_bin_dir() -> Path | None:
    """The newest installed server's bin folder (Debian: /usr/lib/postgresql/N/bin), or one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The user to run the server as when we are root (PostgreSQL will not run as root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


@dataclass
class PgServer:
    """A throwaway cluster. ``durable=False`` turns fsync off (tests); the benchmark keeps it on."""

    durable: bool = False
    port: int = field(default_factory=free_port)
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="sb-pg-")))
    bin_dir: Path | None = field(default_factory=find_bin_dir)
    user: str | None = field(default_factory=_run_as)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _cmd(self, tool: str, *args: str) -> list[str]:
        assert self.bin_dir is not None
        cmd = [str(self.bin_dir / tool), *args]
        return ["runuser", "-u", self.user, "--", *cmd] if self.user else cmd

    def _check(self, cmd: list[str], timeout: float = 60) -> None:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False,
                              cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> PgServer:
        """initdb (trust on loopback only) and pg_ctl start; raises RuntimeError with the server's words."""
        if self.bin_dir is None:
            raise RuntimeError("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")
        if self.user:
            uid, gid = pwd.getpwnam(self.user).pw_uid, pwd.getpwnam(self.user).pw_gid
            os.chown(self.folder, uid, gid)
        self._check(self._cmd("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                              "--locale=C", "--no-sync"))
        options = " ".join([f"-p {self.port}", "-c listen_addresses=127.0.0.1",
                            f"-c unix_socket_directories={self.folder}", "-c max_connections=200",
                            *([] if self.durable else [" ".join(FAST)])])
        self._check(self._cmd("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                              "-t", "60", "-o", options, "start"), timeout=90)
        return self

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        return ""

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.bin_dir is not None and (self.data / "postmaster.pid").exists():
            subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                           capture_output=True, timeout=60, check=False, cwd=self.folder)
        shutil.rmtree(self.folder, ignore_errors=True)


def _on_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _missing(reason: str) -> None:
    """No server to test against: a failure on CI, a skip elsewhere."""
    if _on_ci():
        pytest.fail(f"CI needs PostgreSQL: {reason}")
    pytest.skip(f"{reason} (make test installs it)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole session. Skipped only when no server is installed (a failure on CI); an
    installed server that cannot start fails, with its own words."""
    if find_bin_dir() is None:
        _missing("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("psycopg is not installed: pip install -e '.[postgres]' (make test does)")
    server = PgServer()
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        log = server.log_tail()
        server.stop()
        pytest.fail(f"PostgreSQL is installed but cannot start: {exc}\n{log}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server: PgServer) -> str:
    """The URL of a database made for this session."""
    return pg_server.create_database("sb_test")


@pytest.fixture
def pg_tenant() -> str:
    """A tenant name no other test uses: tests share the tables, as the businesses of an agency do."""
    return f"t_{uuid.uuid4().hex[:10]}"
