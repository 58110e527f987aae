"""A private PostgreSQL cluster for tests: initdb in a temp dir, pg_ctl on a loopback port."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.ports import free_port
from tests.helpers.requirements import missing

PG_BINDIRS = (
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/17/bin",
)
PG_USER = "postgres"  # initdb refuses to run as root; the cluster runs as this OS user


def find_bindir() -> Path | None:
    env = os.environ.get("SOFTPHONE_PG_BINDIR")
    for candidate in ([env] if env else []) + list(PG_BINDIRS):
        if candidate and (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class PgCluster:
    """One throwaway cluster; `fast` trades durability for speed (tests, not benchmarks)."""

    def __init__(self, bindir: Path, *, fast: bool = True) -> None:
        self.bindir = bindir
        self.fast = fast
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="softphone-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam(PG_USER)
            except KeyError:
                missing(f"running as root and there is no {PG_USER!r} user for initdb")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            os.chmod(self.root, 0o700)
            self._as_user = ["runuser", "-u", PG_USER, "--"]

    def _run(self, *args: str) -> None:
        cmd = [*self._as_user, str(self.bindir / args[0]), *args[1:]]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(args[:2])} failed: {result.stderr}{result.stdout}\n{log}"
            )

    def start(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = [f"-p {self.port}", "-h 127.0.0.1", f"-k {self.root}", "-c max_connections=200"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        else:
            options += ["-c shared_buffers=512MB", "-c max_wal_size=4GB"]
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join(options),
            "start",
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE DATABASE and the like)."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}", autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]


def start_cluster(*, fast: bool = True) -> PgCluster:
    bindir = find_bindir()
    if bindir is None:
        missing("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = PgCluster(bindir, fast=fast)
    cluster.start()
    return cluster


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PgCluster]:
    """A PostgreSQL cluster shared by the session's tests; each test makes its own database."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
