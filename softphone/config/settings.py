"""Effective settings: declared defaults < the agent's own settings < IT's provisioning (locked)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from softphone.config.options import OPTIONS, OptionValue, option
from softphone.config.provisioning import Provisioning
from softphone.core.errors import ConfigError, KnownError
from softphone.core.models import AccountConfig, AudioPrefs, EngineOptions, Transport

log = logging.getLogger("softphone.config")

SETTINGS_VERSION = 1

# Upgrades of the user settings file: version n -> n+1, applied in order at load.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    """One object answers 'what is the value of X, and may the agent change it?'."""

    def __init__(self, path: Path | None, provisioning: Provisioning | None = None) -> None:
        self.path = path
        self.provisioning = provisioning or Provisioning()
        self.problems: list[ConfigError] = list(self.provisioning.problems)
        self._user: dict[str, OptionValue] = {}
        self._listeners: list[Callable[[str], None]] = []
        if path is not None:
            self._load(path)

    # -- reading -------------------------------------------------------------
    def get(self, key: str) -> Any:
        declared = option(key)
        if key in self.provisioning.values:
            return self.provisioning.values[key]
        return self._user.get(key, declared.default)

    def is_locked(self, key: str) -> bool:
        return key in self.provisioning.values

    def account(self) -> AccountConfig:
        return AccountConfig(
            domain=self.get("sip.domain"),
            username=self.get("sip.username"),
            display_name=self.get("sip.display_name"),
            transport=Transport(self.get("sip.transport")),
            registrar=self.get("sip.registrar"),
            proxy=self.get("sip.proxy"),
            auth_username=self.get("sip.auth_username"),
            register=self.get("sip.register"),
            expires=self.get("sip.expires"),
            local_port=self.get("sip.local_port"),
        )

    def audio(self) -> AudioPrefs:
        return AudioPrefs(
            input_name=self.get("audio.input"),
            output_name=self.get("audio.output"),
            ringer_name=self.get("audio.ringer"),
            null_device=self.get("audio.null_device"),
        )

    def engine_options(self, log_dir: str = "", **overrides: Any) -> EngineOptions:
        values: dict[str, Any] = {
            "auto_answer": self.get("calls.auto_answer"),
            "auto_answer_delay": self.get("calls.auto_answer_delay"),
            "sip_trace": self.get("sip.trace"),
            "log_dir": log_dir,
            "bind_address": self.get("sip.bind_address"),
        }
        values.update(overrides)
        return EngineOptions(**values)

    # -- writing -------------------------------------------------------------
    def set(self, key: str, value: Any) -> None:
        """Change a user setting; raises ConfigError if IT locked it or it is invalid."""
        declared = option(key)
        if self.is_locked(key):
            raise ConfigError(
                "set by your IT department and cannot be changed here",
                source=self.provisioning.source,
                key=key,
            )
        try:
            coerced = declared.coerce(value)
        except ValueError as exc:
            raise ConfigError(str(exc), key=key) from None
        if self.get(key) == coerced and key in self._user:
            return
        self._user[key] = coerced
        for listener in list(self._listeners):
            listener(key)

    def update(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self.set(key, value)

    def on_change(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def save(self) -> None:
        """Write the agent's settings atomically; a full disk keeps the old file intact."""
        if self.path is None:
            return
        payload = {"version": SETTINGS_VERSION, "settings": dict(sorted(self._user.items()))}
        data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise KnownError(
                f"Could not save settings to {self.path}: {exc.strerror or exc}"
            ) from exc

    # -- internals -----------------------------------------------------------
    def _load(self, path: Path) -> None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self.problems.append(
                ConfigError(f"unreadable settings file ({exc}); using defaults", source=str(path))
            )
            return
        if not isinstance(raw, dict) or not isinstance(raw.get("settings"), dict):
            self.problems.append(
                ConfigError("settings file has an unknown layout; using defaults", source=str(path))
            )
            return
        version = raw.get("version", 1)
        settings: dict[str, Any] = raw["settings"]
        while isinstance(version, int) and version < SETTINGS_VERSION:
            settings = _UPGRADES[version](settings)
            version += 1
        for key, value in settings.items():
            declared = OPTIONS.get(key)
            if declared is None:
                log.info("dropping unknown setting %s from %s", key, path)
                continue
            try:
                self._user[key] = declared.coerce(value)
            except ValueError as exc:
                self.problems.append(ConfigError(str(exc), source=str(path), key=key))
