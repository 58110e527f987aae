"""Logging: named loggers, a rotating file, an in-memory ring buffer, and secret redaction."""

from __future__ import annotations

import collections
import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT_LOGGER = "softphone"
# One logger per subsystem (ARCHITECTURE.md); modules use logging.getLogger("softphone.<x>").
SUBSYSTEMS = (
    "app",
    "config",
    "secrets",
    "sip",
    "media",
    "store",
    "sync",
    "ui",
    "server",
    "headset",
    "selftest",
)
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
FILE_BYTES = 2 * 1024 * 1024
FILE_BACKUPS = 5
RING_CAPACITY = 5000
REDACTED = "<redacted>"
MIN_SECRET_LENGTH = 3  # shorter literal secrets would scrub ordinary text ("1", "ok")


class Redactor:
    """Scrubs credentials from text: header values, key=value pairs, URLs, known secrets."""

    _PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
        # SIP/HTTP credentials headers: the whole value, to the end of the line.
        (re.compile(r"(?i)\b((?:proxy-)?authorization)\s*:[^\r\n]*"), r"\1: " + REDACTED),
        (re.compile(r"(?i)\b(bearer|basic|digest)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 " + REDACTED),
        # password=..., "token": "...", secret: ..., api_key=...
        (
            re.compile(
                r"""(?ix)
                (["']?\b(?:[a-z_]*password|passwd|pwd|[a-z_]*secret|[a-z_]*token|api[_-]?key
                |enrol(?:ment)?[_.-]?code)
                ["']?\s*[:=]\s*)
                ("[^"]*"|'[^']*'|[^\s,;&)}\]]+)
                """
            ),
            r"\1" + REDACTED,
        ),
        # Sync server credentials by their shape: agent tokens (spa_...) and enrolment
        # codes (SPE-XXXXX-XXXXX-XXXXX-XXXXX, any case, dashes or spaces).
        (re.compile(r"\bspa_[A-Za-z0-9_-]{16,}"), REDACTED),
        (re.compile(r"(?i)\bSPE(?:[- ]?[A-HJ-NP-Z2-9]{5}){4}\b"), REDACTED),
        # Credentials in a URL: scheme://user:password@host, sip:user:password@host
        (
            re.compile(
                r"(?i)\b((?:sips?|https?|wss?|ftp|postgres(?:ql)?|mysql|redis|amqp):(?://)?"
                r"[^:@\s/]+):([^@\s/]+)@"
            ),
            r"\1:" + REDACTED + "@",
        ),
    )

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str) -> None:
        """Scrub this exact value wherever it appears (e.g. the SIP password once read)."""
        if len(value) >= MIN_SECRET_LENGTH:
            with self._lock:
                self._secrets.add(value)

    def redact(self, text: str) -> str:
        if not text:
            return text
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, REDACTED)
        for pattern, replacement in self._PATTERNS:
            text = pattern.sub(replacement, text)
        return text


class RedactionFilter(logging.Filter):
    """Rewrites each record's message, exception and stack text with secrets scrubbed.

    Installed on every handler (a logger's filters would miss records from child loggers).
    """

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        # Every filter redacts, even a record another handler's filter already saw:
        # their redactors may know different secrets, and redacting twice is harmless.
        try:
            message = record.getMessage()
        except Exception as exc:  # a bad %-format must not lose the record
            message = f"{record.msg!r} (unformattable: {exc})"
        record.msg = self.redactor.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor.redact(record.stack_info)
        return True


class RingBufferHandler(logging.Handler):
    """Keeps the last N formatted lines for the in-app log viewer (agents send it to IT)."""

    def __init__(self, capacity: int = RING_CAPACITY) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._listeners: list[Callable[[str], None]] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        with self._buffer_lock:
            self._lines.append(line)
            listeners = list(self._listeners)
        for listener in listeners:
            # Called on the logging thread: a Qt viewer must marshal to the GUI thread.
            listener(line)

    @property
    def _buffer_lock(self) -> threading.RLock:
        assert self.lock is not None
        return self.lock

    def lines(self) -> list[str]:
        with self._buffer_lock:
            return list(self._lines)

    def add_listener(self, listener: Callable[[str], None]) -> None:
        with self._buffer_lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[str], None]) -> None:
        with self._buffer_lock:
            if listener in self._listeners:
                self._listeners.remove(listener)


@dataclass
class LogSetup:
    """What setup() installed, so the app can reach the ring buffer and the redactor."""

    redactor: Redactor
    ring: RingBufferHandler
    file: Path | None
    handlers: list[logging.Handler]
    # (logger, its level and propagate flag before setup) to put back on close()
    previous: list[tuple[logging.Logger, int, bool]] = field(default_factory=list)

    def close(self) -> None:
        for logger, level, propagate in self.previous:
            for handler in self.handlers:
                logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate
        for handler in self.handlers:
            handler.close()


def setup(
    log_dir: Path | None,
    level: int | str = logging.INFO,
    *,
    console: bool = True,
    console_level: int | str = logging.WARNING,
    ring_capacity: int = RING_CAPACITY,
    extra_loggers: Iterable[str] = (),
) -> LogSetup:
    """Install the handlers on the "softphone" logger (and `extra_loggers`, e.g. "keyring").

    A log directory that cannot be written is reported on stderr and the app goes on
    with the ring buffer and console only.
    """
    redactor = Redactor()
    redaction = RedactionFilter(redactor)
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = []

    ring = RingBufferHandler(ring_capacity)
    handlers.append(ring)
    log_file: Path | None = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            log_file = log_dir / "softphone.log"
            handlers.append(
                logging.handlers.RotatingFileHandler(
                    log_file, maxBytes=FILE_BYTES, backupCount=FILE_BACKUPS, encoding="utf-8"
                )
            )
        except OSError as exc:
            log_file = None
            print(f"softphone: cannot write logs to {log_dir}: {exc}", file=sys.stderr)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(console_level)
        handlers.append(stream)

    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redaction)
    previous: list[tuple[logging.Logger, int, bool]] = []
    for name in (ROOT_LOGGER, *extra_loggers):
        logger = logging.getLogger(name)
        previous.append((logger, logger.level, logger.propagate))
        logger.setLevel(level)
        logger.propagate = False
        for handler in handlers:
            logger.addHandler(handler)
    for subsystem in SUBSYSTEMS:
        logging.getLogger(f"{ROOT_LOGGER}.{subsystem}")
    return LogSetup(
        redactor=redactor, ring=ring, file=log_file, handlers=handlers, previous=previous
    )
