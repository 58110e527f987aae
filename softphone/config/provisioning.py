"""The IT provisioning file (TOML): pre-fills and locks settings; errors name file, line, key."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from softphone.config.options import OPTIONS, OptionValue
from softphone.core.errors import ConfigError

ENV_PATH = "SOFTPHONE_PROVISIONING"
_SECRET_WORDS = ("password", "secret", "token", "passwd")


def default_path() -> Path:
    """The machine-wide provisioning file for this OS."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "Softphone" / "provisioning.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Softphone/provisioning.toml")
    return Path("/etc/softphone/provisioning.toml")


@dataclass
class Provisioning:
    """Values IT set (each one locks its setting) and the problems found reading them."""

    source: str = ""
    values: dict[str, OptionValue] = field(default_factory=dict)
    problems: list[ConfigError] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # non-option keys (e.g. scenario paths)

    @property
    def locked(self) -> frozenset[str]:
        return frozenset(self.values)


def load(path: Path | None = None, *, explicit: bool = False) -> Provisioning:
    """Read the provisioning file; never raises for bad content, collects problems instead.

    `explicit`: the path came from --provisioning, so a missing file is a problem too.
    """
    if path is None:
        env = os.environ.get(ENV_PATH)
        if env:
            path, explicit = Path(env), True
        else:
            path = default_path()
    result = Provisioning(source=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            result.problems.append(ConfigError("file not found", source=str(path)))
        return result
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(ConfigError(f"cannot read the file ({exc})", source=str(path)))
        return result
    return parse(text, source=str(path))


def parse(text: str, *, source: str = "<provisioning>") -> Provisioning:
    result = Provisioning(source=source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _line_of_decode_error(str(exc))
        result.problems.append(
            ConfigError(f"not valid TOML ({_strip_position(str(exc))})", source=source, line=line)
        )
        # Salvage: parse each line that still makes sense on its own, so one typo does
        # not throw away the whole machine's configuration.
        data = _salvage(text)
    locator = _KeyLocator(text)
    for section, table in data.items():
        if not isinstance(table, dict):
            key = section
            result.problems.append(
                ConfigError(
                    "settings belong in a [section], e.g. [sip]",
                    source=source,
                    line=locator.line(None, key),
                    key=key,
                )
            )
            continue
        for name, raw in table.items():
            key = f"{section}.{name}"
            line = locator.line(section, name)
            if any(word in name.lower() for word in _SECRET_WORDS):
                result.problems.append(
                    ConfigError(
                        "passwords and tokens must not be put in the provisioning file "
                        "(they live in the OS keychain); the value was ignored",
                        source=source,
                        line=line,
                        key=key,
                    )
                )
                continue
            if section == "scenarios" and isinstance(raw, str):
                result.extra[key] = raw
                continue
            declared = OPTIONS.get(key)
            if declared is None:
                result.problems.append(
                    ConfigError("unknown setting (ignored)", source=source, line=line, key=key)
                )
                continue
            if not declared.provisionable:
                result.problems.append(
                    ConfigError(
                        "this setting is the agent's own and cannot be provisioned (ignored)",
                        source=source,
                        line=line,
                        key=key,
                    )
                )
                continue
            try:
                result.values[key] = declared.coerce(raw)
            except ValueError as exc:
                result.problems.append(ConfigError(str(exc), source=source, line=line, key=key))
    return result


class _KeyLocator:
    """Finds the line of `name = ...` inside `[section]` so errors can point at it."""

    _SECTION = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
    _KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_.-]+)["']?\s*=""")

    def __init__(self, text: str) -> None:
        self._where: dict[tuple[str | None, str], int] = {}
        section: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if m := self._SECTION.match(line):
                section = m.group(1)
                continue
            if m := self._KEY.match(line):
                self._where.setdefault((section, m.group(1)), number)

    def line(self, section: str | None, name: str) -> int | None:
        return self._where.get((section, name))


_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


def _line_of_decode_error(message: str) -> int | None:
    m = _POSITION.search(message)
    return int(m.group(1)) if m else None


def _strip_position(message: str) -> str:
    return _POSITION.sub("", message).strip()


def _salvage(text: str) -> dict[str, object]:
    """Best effort after a syntax error: keep every line that parses on its own."""
    data: dict[str, dict[str, object]] = {}
    section: str | None = None
    for line in text.splitlines():
        if m := _KeyLocator._SECTION.match(line):
            section = m.group(1)
            continue
        if section is None or not _KeyLocator._KEY.match(line):
            continue
        try:
            parsed = tomllib.loads(line)
        except tomllib.TOMLDecodeError:
            continue
        data.setdefault(section, {}).update(parsed)
    return dict(data)
