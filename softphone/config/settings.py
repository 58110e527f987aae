"""Effective settings: declared defaults < the agent's own settings < IT's provisioning (locked)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from softphone.config.options import OPTIONS, OptionValue, option
from softphone.config.provisioning import SECRET_WORDS, Provisioning
from softphone.core.errors import BugError, ConfigError, KnownError
from softphone.core.models import AccountConfig, AudioPrefs, EngineOptions, Transport

log = logging.getLogger("softphone.config")

SETTINGS_VERSION = 1

# Upgrades of the user settings file: version n -> n+1, applied in order at load and
# written back at the next save. Add one whenever a key is renamed or its meaning changes,
# e.g. `_UPGRADES[1] = rename_key("calls.autoanswer", "calls.auto_answer")`.
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
_UPGRADES: dict[int, Upgrade] = {}


def rename_key(old: str, new: str) -> Upgrade:
    """An upgrade step that moves a value to its new key (unless the new key is set)."""

    def upgrade(settings: dict[str, Any]) -> dict[str, Any]:
        if old in settings:
            value = settings.pop(old)
            settings.setdefault(new, value)
        return settings

    return upgrade


class Settings:
    """One object answers 'what is the value of X, and may the agent change it?'."""

    def __init__(self, path: Path | None, provisioning: Provisioning | None = None) -> None:
        self.path = path
        self.provisioning = provisioning or Provisioning()
        self.problems: list[ConfigError] = list(self.provisioning.problems)
        self._user: dict[str, OptionValue] = {}
        self._listeners: list[Callable[[str], None]] = []
        self._unknown: dict[str, Any] = {}  # keys from a newer version, kept on save
        self._file_version = SETTINGS_VERSION
        self._broken = False  # the file on disk is unreadable: set it aside before saving
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
            ring_on_headset_too=self.get("audio.ring_on_headset_too"),
            echo_cancellation=self.get("audio.echo_cancellation"),
            noise_suppression=self.get("audio.noise_suppression"),
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
        coerced = self._validate(key, value)
        if key in self._user and self._user[key] == coerced:
            return
        self._user[key] = coerced
        self._notify(key)

    def update(self, values: dict[str, Any]) -> None:
        """Change several settings: all of them, or (on a ConfigError) none of them."""
        coerced = {key: self._validate(key, value) for key, value in values.items()}
        changed = [key for key, value in coerced.items() if self._user.get(key) != value]
        self._user.update(coerced)
        for key in changed:
            self._notify(key)

    def on_change(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def save(self) -> None:
        """Write the agent's settings atomically; a full disk keeps the old file intact."""
        if self.path is None:
            return
        settings: dict[str, Any] = {**self._unknown, **self._user}
        payload = {"version": max(SETTINGS_VERSION, self._file_version), "settings": settings}
        data = json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._broken and self.path.exists():
                # Keep the unreadable file for IT rather than overwrite it with defaults.
                stamp = time.strftime("%Y%m%d-%H%M%S")
                aside = self.path.with_name(f"{self.path.name}.broken-{stamp}")
                os.replace(self.path, aside)
                log.warning("kept the unreadable settings file as %s", aside)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._broken = False
            _fsync_directory(self.path.parent)
        except OSError as exc:
            raise KnownError(
                f"Could not save settings to {self.path}: {exc.strerror or exc}"
            ) from exc

    # -- internals -----------------------------------------------------------
    def _validate(self, key: str, value: Any) -> OptionValue:
        declared = option(key)
        if self.is_locked(key):
            raise ConfigError(
                "set by your IT department and cannot be changed here",
                source=self.provisioning.origin(key),
                key=key,
            )
        try:
            return declared.coerce(value)
        except ValueError as exc:
            raise ConfigError(str(exc), key=key) from None

    def _notify(self, key: str) -> None:
        for listener in list(self._listeners):
            listener(key)

    def _load(self, path: Path) -> None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self._broken = True
            self.problems.append(
                ConfigError(f"unreadable settings file ({exc}); using defaults", source=str(path))
            )
            return
        version = raw.get("version", 1) if isinstance(raw, dict) else None
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("settings"), dict)
            or not isinstance(version, int)
            or isinstance(version, bool)
            or version < 1
        ):
            self._broken = True
            self.problems.append(
                ConfigError("settings file has an unknown layout; using defaults", source=str(path))
            )
            return
        settings: dict[str, Any] = raw["settings"]
        if version > SETTINGS_VERSION:
            # A newer softphone wrote it (then was rolled back): read what we know, keep
            # the rest untouched on save, and never write an older version number.
            log.warning("%s was written by a newer softphone (version %d)", path, version)
        while version < SETTINGS_VERSION:
            upgrade = _UPGRADES.get(version)
            if upgrade is None:
                raise BugError(f"no settings upgrade from version {version}")
            settings = upgrade(dict(settings))
            log.info("upgraded %s from settings version %d to %d", path, version, version + 1)
            version += 1
        self._file_version = version
        for key, value in settings.items():
            declared = OPTIONS.get(key)
            if declared is None:
                if any(word in key.lower() for word in SECRET_WORDS):
                    # Never carry a password found in a file forward: it belongs in the
                    # keychain. The value is not logged.
                    log.warning("dropping %s from %s: secrets are not kept in files", key, path)
                else:
                    log.info("keeping unknown setting %s from %s untouched", key, path)
                    self._unknown[key] = value
                continue
            try:
                self._user[key] = declared.coerce(value)
            except ValueError as exc:
                self.problems.append(
                    ConfigError(f"{exc}; using the default", source=str(path), key=key)
                )


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a directory for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
