"""Route pjsip's log to Python logging and, when SIP trace is on, to softphone-sip.log."""

from __future__ import annotations

import ctypes
import logging
import re
import threading
from pathlib import Path
from typing import Any, TextIO

import pjsua2 as pj

pjsip_log = logging.getLogger("softphone.sip.pjsip")
log = logging.getLogger("softphone.sip")

TRACE_FILE = "softphone-sip.log"
QUIET_LEVEL = 3  # pjsip level when not tracing: errors, warnings, state changes
TRACE_LEVEL = 5  # pjsip level with SIP message trace
_PY_LEVEL = {0: logging.CRITICAL, 1: logging.WARNING, 2: logging.WARNING, 3: logging.DEBUG}
# Digest credentials must not reach a file or log, even hashed (STYLE.md).
_SECRET_LINE = re.compile(r"^((?:Proxy-)?Authorization:)[^\r\n]*", re.IGNORECASE | re.MULTILINE)


def redact(text: str) -> str:
    return _SECRET_LINE.sub(r"\1 <redacted>", text)


class TraceSink:
    """The SIP trace file, shared by successive log writers; safe from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._file: TextIO | None = None

    def write(self, text: str) -> None:
        with self._lock:
            if self._file is not None:
                self._file.write(redact(text) + "\n")
                self._file.flush()

    def open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a", encoding="utf-8")
        with self._lock:
            old, self._file = self._file, handle
        if old is not None:
            old.close()

    def close(self) -> None:
        with self._lock:
            old, self._file = self._file, None
        if old is not None:
            old.close()

    @property
    def active(self) -> bool:
        return self._file is not None


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    """pjsua2 log sink. May be called from any pjsip thread: only formats and writes.

    libDestroy() deletes the C++ side of the writer it was given (using it with a second
    Endpoint segfaults), so LogBridge makes a new one for every Endpoint.
    """

    def __init__(self, sink: TraceSink) -> None:
        super().__init__()
        self._sink = sink

    def write(self, entry: Any) -> None:
        try:
            level = int(entry.level)
            text = str(entry.msg).rstrip()
            self._sink.write(text)
            if level <= QUIET_LEVEL:
                pjsip_log.log(_PY_LEVEL.get(level, logging.DEBUG), "%s", redact(text))
        except Exception:  # never propagate into C++
            pass


class LogLevelControl:
    """Change pjsip's log level after libInit (pjsua2 has no API for it).

    Uses the exported C function pj_log_set_level of the loaded _pjsua2 module. Where the
    symbol is not exported (Windows builds), pjsip stays at TRACE_LEVEL and PjLogWriter
    simply drops what is not wanted: slower, same behaviour.
    """

    def __init__(self) -> None:
        self._set_level: Any = None
        try:
            lib = ctypes.CDLL(pj._pjsua2.__file__)
            func = lib.pj_log_set_level
            func.argtypes = [ctypes.c_int]
            func.restype = None
            self._set_level = func
        except (OSError, AttributeError):
            log.info("pj_log_set_level not reachable; pjsip log level stays at %d", TRACE_LEVEL)

    @property
    def live(self) -> bool:
        return self._set_level is not None

    def initial_level(self, trace: bool) -> int:
        return TRACE_LEVEL if trace or not self.live else QUIET_LEVEL

    def apply(self, trace: bool) -> None:
        if self._set_level is not None:
            self._set_level(TRACE_LEVEL if trace else QUIET_LEVEL)


class LogBridge:
    """Owns the trace sink and the level; `set_trace` switches the SIP trace file live."""

    def __init__(self) -> None:
        self.sink = TraceSink()
        self.levels = LogLevelControl()
        self.trace_path: Path | None = None
        self._writer: PjLogWriter | None = None

    def configure(self, log_config: Any, trace: bool) -> None:
        """Fill an EpConfig.logConfig: everything to a new writer, nothing to stdout.

        pjsua hands the writer only lines up to consoleLevel (a consoleLevel of 0 would
        silence the writer too), so consoleLevel is the highest level we may ever want and
        `level` (changed live by LogLevelControl) decides; with a writer set, nothing is
        printed to the console.
        """
        level = self.levels.initial_level(trace)
        self._writer = PjLogWriter(self.sink)  # kept alive until release()
        log_config.writer = self._writer
        log_config.level = level
        log_config.consoleLevel = TRACE_LEVEL
        log_config.msgLogging = True  # messages are formatted only when the level reaches 4

    def release(self) -> None:
        """Forget the writer after libDestroy() (which deleted its C++ side)."""
        self._writer = None

    def set_trace(self, enabled: bool, log_dir: str) -> None:
        if enabled and log_dir:
            path = Path(log_dir) / TRACE_FILE
            if self.trace_path != path or not self.sink.active:
                self.sink.open(path)
                self.trace_path = path
                log.info("SIP trace on: %s", path)
        else:
            if enabled:
                log.warning("SIP trace requested but no log directory is set")
            if self.sink.active:
                log.info("SIP trace off")
            self.sink.close()
            self.trace_path = None
        self.levels.apply(enabled and bool(log_dir))

    def close(self) -> None:
        self.sink.close()
