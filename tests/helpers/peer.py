"""Drive a `python -m softphone.sip.peer` process from a test: commands in, events out."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.helpers.ports import rtp_base

REPO = Path(__file__).resolve().parents[2]
Event = dict[str, Any]


class PeerError(AssertionError):
    """The peer answered a command with an error, died, or an event did not come."""


class PeerProcess:
    """One scripted pjsua2 user agent in its own process. Always call stop() (fixtures do)."""

    def __init__(
        self,
        name: str,
        log_dir: Path,
        *,
        bind: str = "127.0.0.1",
        rtp_port: int | None = None,
        trace: bool = False,
        log_level: str = "INFO",
    ) -> None:
        self.name = name
        self.bind = bind
        self.log_path = log_dir / f"peer-{name}.log"
        self._args = [
            sys.executable,
            "-m",
            "softphone.sip.peer",
            "--bind",
            bind,
            "--name",
            name,
            "--rtp-port",
            str(rtp_port if rtp_port is not None else rtp_base(bind)),
            "--log-level",
            log_level,
        ]
        if trace:
            self._args += ["--trace-dir", str(log_dir / f"trace-{name}")]
        self.events: list[Event] = []
        self._cond = threading.Condition()
        self._req = itertools.count(1)
        self._proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.sip_port = 0
        self.uri = ""

    # -- lifecycle -----------------------------------------------------------------------

    def start(self, timeout: float = 15.0) -> PeerProcess:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        env["PYTHONUNBUFFERED"] = "1"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        command = list(self._args)
        setpriv = shutil.which("setpriv")
        if setpriv:  # the peer also quits on stdin EOF; this covers a wedged peer too
            command = [setpriv, "--pdeathsig", "KILL", "--", *command]
        with self.log_path.open("a", encoding="utf-8") as log:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=REPO,
                env=env,
            )
        self._reader = threading.Thread(target=self._read, name=f"peer-{self.name}", daemon=True)
        self._reader.start()
        ready = self.wait_for("ready", timeout=timeout)
        self.sip_port = int(ready["sip_port"])
        self.uri = str(ready["uri"])
        return self

    def stop(self, timeout: float = 5.0) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.poll() is None:
            try:
                assert proc.stdin is not None
                proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                proc.stdin.flush()
                proc.stdin.close()
            except (BrokenPipeError, OSError):
                pass
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._reader is not None:
            self._reader.join(timeout)
        if proc.stdout is not None:
            proc.stdout.close()

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int:
        return self._proc.pid if self._proc is not None else 0

    # -- commands ------------------------------------------------------------------------

    def send(self, cmd: str, **fields: Any) -> int:
        """Send a command without waiting; returns its request number."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.poll() is not None:
            raise PeerError(f"peer {self.name} is not running; log: {self.log_tail()}")
        req = next(self._req)
        proc.stdin.write(json.dumps({"cmd": cmd, "req": req, **fields}) + "\n")
        proc.stdin.flush()
        return req

    def command(self, cmd: str, timeout: float = 10.0, **fields: Any) -> Event:
        """Send a command and wait until the peer executed it; raise on an error event."""
        req = self.send(cmd, **fields)
        reply = self.wait_for(
            pred=lambda e: e.get("req") == req and e["event"] in ("ok", "error"), timeout=timeout
        )
        if reply["event"] == "error":
            raise PeerError(f"peer {self.name}: {cmd} failed: {reply.get('message')}")
        return reply

    def register(
        self, registrar: str, user: str, password: str, *, transport: str = "udp", **kw: Any
    ) -> Event:
        """Register and wait for the registrar's 200 OK."""
        mark = self.mark()
        self.command(
            "register",
            registrar=registrar,
            user=user,
            password=password,
            transport=transport,
            **kw,
        )
        return self.wait_for("reg_state", after=mark, registered=True, timeout=10)

    # -- events --------------------------------------------------------------------------

    def mark(self) -> int:
        """Index of the next event: pass as `after=` to wait only for newer events."""
        with self._cond:
            return len(self.events)

    def find(
        self,
        event: str | None = None,
        pred: Callable[[Event], bool] | None = None,
        *,
        after: int = 0,
        **match: Any,
    ) -> list[Event]:
        with self._cond:
            return [e for e in self.events[after:] if _matches(e, event, pred, match)]

    def wait_for(
        self,
        event: str | None = None,
        pred: Callable[[Event], bool] | None = None,
        *,
        timeout: float = 10.0,
        after: int = 0,
        **match: Any,
    ) -> Event:
        """The first event (at index >= after) of this type whose fields equal `match`."""
        deadline = time.monotonic() + timeout
        index = after
        with self._cond:
            while True:
                while index < len(self.events):
                    candidate = self.events[index]
                    index += 1
                    if _matches(candidate, event, pred, match):
                        return candidate
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self._proc is None or self._proc.poll() is not None):
                    if index < len(self.events):
                        continue
                    break
                self._cond.wait(remaining)
        recent = "\n  ".join(json.dumps(e) for e in self.events[-15:])
        raise PeerError(
            f"peer {self.name}: no {event or 'matching'} event {match or ''} within {timeout}s;"
            f" recent events:\n  {recent}\nlog tail:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def _read(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        for line in proc.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                event = {"event": "garbage", "line": line.rstrip()}
            with self._cond:
                self.events.append(event)
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()


def _matches(
    event: Event, kind: str | None, pred: Callable[[Event], bool] | None, match: dict[str, Any]
) -> bool:
    if kind is not None and event.get("event") != kind:
        return False
    if any(event.get(k) != v for k, v in match.items()):
        return False
    return pred is None or bool(pred(event))
