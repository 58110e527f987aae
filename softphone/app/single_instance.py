"""One softphone per desktop user: a second start hands its dial link to the first and exits.

Two instances would register the same SIP account twice and fight over the headset; a
click on a tel: link while the softphone runs must reach the running window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("softphone.app")

TIMEOUT_MS = 1000
MAX_MESSAGE = 4096


def server_name(profile: Path) -> str:
    """Per user and profile (data directory): on Linux a socket in XDG_RUNTIME_DIR (or
    Qt's temp dir), on Windows a named pipe. Profiles (SOFTPHONE_HOME) never collide."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        user = "user"
    safe = "".join(ch if ch.isalnum() else "_" for ch in user)[:32]
    digest = hashlib.sha256(str(profile).encode("utf-8")).hexdigest()[:12]
    name = f"softphone-{safe}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


def forward(message: dict[str, str], name: str) -> bool:
    """Send to a running instance; False when none answers (then we are the first)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    # (waitForBytesWritten answers False when flush() already wrote everything.)
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later starts; `on_message` gets each one's message on the GUI thread."""

    def __init__(
        self, name: str, on_message: Callable[[dict[str, str]], None], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._on_message = on_message
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # A crashed instance leaves its socket file behind; nobody answered on it
            # (forward() failed), so it is stale.
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                log.warning(
                    "single instance: cannot listen on %s: %s", name, self._server.errorString()
                )

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @property
    def full_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        raw = bytes(socket.readLine(MAX_MESSAGE).data())
        try:
            message = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("single instance: ignored a malformed message")
            socket.abort()
            return
        if not isinstance(message, dict):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self._on_message({str(k): str(v) for k, v in message.items()})
