"""A real sync server on loopback for sync tests: uvicorn in a thread or in a subprocess.

ThreadedServer is quick to start and stop (stop = graceful shutdown); ProcessServer is
the real `softphone-server serve` command, which a test can kill -9 mid-request and start
again on the same port and database. Every server a test starts, the test stops.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.helpers.ports import free_port

START_TIMEOUT = 60.0


def wait_healthy(url: str, timeout: float = START_TIMEOUT, process: Any = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server at {url} did not start in {timeout:.0f} s")
        time.sleep(0.05)


def add_agent(db_url: str, name: str, role: str = "agent") -> str:
    """A new agent (or integration) token, straight in the server's database."""
    from softphone.server import accounts
    from softphone.server.db import Database

    db = Database(db_url, pool_size=1)
    try:
        with db.writing() as session:
            return accounts.add_agent(session, name, role=role)
    finally:
        db.dispose()


class ThreadedServer:
    """The FastAPI app under uvicorn in a daemon thread of this process."""

    def __init__(
        self,
        db_url: str,
        data_dir: Path,
        port: int | None = None,
        *,
        tls: tuple[Path, Path] | None = None,  # (certificate, key) PEM files: serve HTTPS
        **settings: Any,
    ):
        self.db_url = db_url
        self.data_dir = data_dir
        self.port = port or free_port()
        self.tls = tls
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.settings = settings
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> ThreadedServer:
        import uvicorn

        from softphone.server.app import create_app
        from softphone.server.settings import ServerSettings

        settings = ServerSettings(
            data_dir=self.data_dir,
            db=self.db_url,
            argon2_time_cost=1,
            argon2_memory_kib=8192,
            **self.settings,
        )
        config = uvicorn.Config(
            create_app(settings),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            ssl_certfile=str(self.tls[0]) if self.tls else None,
            ssl_keyfile=str(self.tls[1]) if self.tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="uvicorn", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(30)
        self._server = self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


class ProcessServer:
    """`python -m softphone.server.cli serve` as a subprocess (kill -9 capable)."""

    def __init__(self, db_url: str, data_dir: Path, port: int | None = None) -> None:
        self.db_url = db_url
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"

    def start(self) -> ProcessServer:
        env = {
            **os.environ,
            "SOFTPHONE_SERVER_DB": self.db_url,
            "SOFTPHONE_SERVER_DATA_DIR": str(self.data_dir),
        }
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "softphone.server.cli",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--no-migrate",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        wait_healthy(self.url, process=self.process)
        return self

    def kill(self) -> None:
        """kill -9: whatever request is in flight dies with it."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(15)
        self.process = None
