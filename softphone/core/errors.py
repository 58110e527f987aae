"""Errors sorted by blame: the environment's (KnownError) versus ours (BugError)."""

from __future__ import annotations


class KnownError(Exception):
    """Something outside our code went wrong in a way we expect and can explain.

    The message is shown to the agent or IT as is, so it must be a clear sentence
    (wrong password, registrar unreachable, malformed provisioning file, ...).
    """


class BugError(Exception):
    """A state our code should never reach; logged with a traceback and reported."""


class ConfigError(KnownError):
    """A configuration source (provisioning file, settings) holds an invalid value."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None, key: str = ""):
        where = source
        if line is not None:
            where = f"{where}, line {line}" if where else f"line {line}"
        if key:
            where = f"{where}, key '{key}'" if where else f"key '{key}'"
        super().__init__(f"{where}: {message}" if where else message)
        self.source = source
        self.line = line
        self.key = key
        self.reason = message


class SecretStoreUnavailable(KnownError):
    """The OS keychain cannot be used (no desktop session, locked, no backend)."""
