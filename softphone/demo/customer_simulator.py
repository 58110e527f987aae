"""The demo's customers: a real pjsua2 user agent in its own process, calling the agent."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from softphone.resources import resource

log = logging.getLogger("softphone.demo")

VOICES = ("en", "it", "de", "ru", "zh")


@dataclass(frozen=True)
class DemoCaller:
    number: str  # E.164, sent as P-Asserted-Identity
    display_name: str
    language: str


def peer_command() -> list[str]:
    """How to start the peer: `python -m softphone.sip.peer`, or the frozen app's own hook."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sip-peer"]
    return [sys.executable, "-m", "softphone.sip.peer"]


class CustomerSimulator(QObject):
    """Calls the agent from one demo customer after another, speaking in their language.

    The next customer calls `pause` seconds after the previous call ended; a call nobody
    answers is given up after `ring_timeout`; a customer never talks longer than
    `max_talk` (then they hang up themselves).
    """

    event_received = Signal(dict)  # every JSON event of the peer (tests wait on these)
    status_changed = Signal(str)  # one line for the demo banner
    peer_ready = Signal(str)  # "host:port" of the customer's user agent

    def __init__(
        self,
        callers: list[DemoCaller],
        *,
        first_delay: float = 3.0,
        pause: float = 8.0,
        ring_timeout: float = 45.0,
        max_talk: float = 180.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._callers = callers
        self._next = 0
        self._first_delay = first_delay
        self._pause = pause
        self._ring_timeout = ring_timeout
        self._max_talk = max_talk
        self._target = ""
        self._ready = False
        self._in_call = ""
        self._buffer = b""
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.readyReadStandardError.connect(self._drain_stderr)
        self._process.errorOccurred.connect(self._process_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._timer_action: Callable[[], None] = lambda: None

    # -- lifecycle -----------------------------------------------------------------
    def start(self, target_uri: str) -> None:
        """Start the peer process; it calls `target_uri` (the agent) once it is ready."""
        self._target = target_uri
        program, *args = peer_command()
        args += ["--bind", "127.0.0.1", "--name", "customer", "--rtp-port", "0"]
        log.info("starting the demo customer: %s %s", program, " ".join(args))
        self._process.start(program, args)

    def stop(self) -> None:
        self._timer.stop()
        if self._process.state() is QProcess.ProcessState.NotRunning:
            return
        self._send({"cmd": "quit"})
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(3000):
            self._process.kill()
            self._process.waitForFinished(2000)

    @property
    def current_caller(self) -> DemoCaller | None:
        if not self._in_call or not self._callers:
            return None
        return self._callers[(self._next - 1) % len(self._callers)]

    # -- peer protocol -------------------------------------------------------------------
    def _send(self, command: dict[str, Any]) -> None:
        if self._process.state() is QProcess.ProcessState.Running:
            self._process.write((json.dumps(command) + "\n").encode())

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                log.warning("demo customer said something odd: %r", line[:200])
                continue
            self._handle(event)
            self.event_received.emit(event)

    def _drain_stderr(self) -> None:
        for line in bytes(self._process.readAllStandardError().data()).splitlines():
            log.debug("customer: %s", line.decode(errors="replace"))

    def _process_error(self, error: QProcess.ProcessError) -> None:
        log.error("demo customer process: %s", error)
        self.status_changed.emit(self.tr("The demo customer could not start ({0}).").format(error))

    def _handle(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "ready":
            self._ready = True
            # Calls *to* the peer (e.g. the agent escalating to the supervisor line, which
            # the demo points at this peer) are answered by the "supervisor".
            self._send({"cmd": "auto_answer", "mode": "answer", "delay": 1})
            self.peer_ready.emit(f"{event.get('host')}:{event.get('sip_port')}")
            self._schedule(self._first_delay, self._call_next)
        elif kind == "call_state":
            state = event.get("state")
            if state == "CONFIRMED":
                self._schedule(self._max_talk, self._hang_up)
                self.status_changed.emit(self.tr("Customer connected."))
            elif state == "DISCONNECTED":
                self._in_call = ""
                self.status_changed.emit(
                    self.tr("The next customer calls in {0} s.").format(int(self._pause))
                )
                self._schedule(self._pause, self._call_next)
        elif kind == "error":
            log.warning("demo customer error: %s", event.get("message"))

    def _call_next(self) -> None:
        if not self._ready or self._in_call or not self._callers:
            return
        caller = self._callers[self._next % len(self._callers)]
        self._next += 1
        voice = resource("sounds", "demo", f"caller-{caller.language}.wav")
        if not voice.is_file():
            voice = resource("sounds", "demo", "caller-en.wav")
        self._in_call = f"demo{self._next}"
        identity = f'"{caller.display_name}" <sip:{caller.number}@127.0.0.1>'
        self._send(
            {
                "cmd": "call",
                "call": self._in_call,
                "uri": self._target,
                "headers": {"P-Asserted-Identity": identity},
                "play": str(Path(voice)),
                "loop": True,
            }
        )
        self.status_changed.emit(
            self.tr("{0} is calling ({1}).").format(caller.display_name, caller.number)
        )
        self._schedule(self._ring_timeout, self._give_up_ringing)

    def _give_up_ringing(self) -> None:
        if self._in_call:
            self._send({"cmd": "hangup", "call": self._in_call})

    def _hang_up(self) -> None:
        if self._in_call:
            self._send({"cmd": "hangup", "call": self._in_call})

    def _schedule(self, seconds: float, action: Callable[[], None]) -> None:
        self._timer_action = action
        self._timer.start(int(seconds * 1000))

    def _on_timer(self) -> None:
        self._timer_action()
