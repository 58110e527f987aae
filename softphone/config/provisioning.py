"""IT provisioning: a TOML file (and Windows registry policies) that pre-fills and locks settings.

Precedence, highest first: Windows registry policy (HKLM\\SOFTWARE\\Policies\\Softphone,
values named "section.name") > the provisioning file > the agent's own settings > the
declared defaults. Every value IT sets locks its setting. Reading never raises for bad
content: each problem is collected with the file (or registry key), line and key that
caused it, and every other valid value still applies.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from softphone.config.options import OPTIONS, Option, OptionValue
from softphone.core.errors import ConfigError

ENV_PATH = "SOFTPHONE_PROVISIONING"
REGISTRY_KEY = r"SOFTWARE\Policies\Softphone"
REGISTRY_SOURCE = "HKLM\\" + REGISTRY_KEY
SECRET_WORDS = ("password", "secret", "token", "passwd")

# winreg value types (winreg.REG_*), repeated here so the mapping is testable off Windows.
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_DWORD = 4
REG_QWORD = 11

RegistryValue = tuple[str, object, int]  # (value name, data, winreg type)
RegistryReader = Callable[[], list[RegistryValue]]


# Sections whose string keys are not settings but are read by a feature: the scenario
# files ([scenarios] critical = "/path.toml") and the MSI's one-time enrolment code.
EXTRA_SECTIONS = ("scenarios", "enrolment")


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
    origins: dict[str, str] = field(default_factory=dict)  # key -> file or registry key

    @property
    def locked(self) -> frozenset[str]:
        return frozenset(self.values)

    def origin(self, key: str) -> str:
        """Where IT set `key` (the file path or the registry key)."""
        return self.origins.get(key, self.source)


def load(
    path: Path | None = None,
    *,
    explicit: bool = False,
    registry: RegistryReader | None = None,
) -> Provisioning:
    """Read the provisioning file, then (on Windows) the registry policies over it.

    `explicit`: the path came from --provisioning, so a missing file is a problem too.
    `registry`: reads the policy values; defaults to the real registry on Windows only.
    """
    if path is None:
        env = os.environ.get(ENV_PATH)
        if env:
            path, explicit = Path(env), True
        else:
            path = default_path()
    result = _load_file(path, explicit=explicit)
    if registry is None and sys.platform == "win32":
        registry = read_registry_policies
    if registry is not None:
        try:
            policy = parse_registry(registry())
        except OSError as exc:
            policy = Provisioning(source=REGISTRY_SOURCE)
            policy.problems.append(
                ConfigError(f"cannot read the registry policies ({exc})", source=REGISTRY_SOURCE)
            )
        result = merge(result, policy)
    return result


def _load_file(path: Path, *, explicit: bool) -> Provisioning:
    result = Provisioning(source=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            result.problems.append(ConfigError("file not found", source=str(path)))
        return result
    except UnicodeDecodeError as exc:
        result.problems.append(
            ConfigError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source=str(path))
        )
        return result
    except OSError as exc:
        result.problems.append(
            ConfigError(f"cannot read the file ({exc.strerror or exc})", source=str(path))
        )
        return result
    return parse(text, source=str(path))


def merge(base: Provisioning, over: Provisioning) -> Provisioning:
    """`over`'s values win; problems of both are kept."""
    merged = Provisioning(
        source=base.source,
        values={**base.values, **over.values},
        problems=[*base.problems, *over.problems],
        extra={**base.extra, **over.extra},
        origins={
            **{key: base.origins.get(key, base.source) for key in base.values},
            **{key: over.origins.get(key, over.source) for key in over.values},
        },
    )
    return merged


# -- the TOML file -----------------------------------------------------------


def parse(text: str, *, source: str = "<provisioning>") -> Provisioning:
    result = Provisioning(source=source)
    locator = _KeyLocator(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _line_of_decode_error(str(exc))
        result.problems.append(
            ConfigError(
                f"not valid TOML ({_strip_position(str(exc))}); the other lines still apply",
                source=source,
                line=line,
            )
        )
        # Salvage: keep each line that still makes sense on its own, so one typo does
        # not throw away the whole machine's configuration.
        data, bad_lines = _salvage(text)
        for number in bad_lines:
            if number != line:
                result.problems.append(ConfigError("not valid TOML", source=source, line=number))
    for parts, raw in _leaves(data):
        key = ".".join(parts)
        line = locator.line(parts)
        problem = _check(parts, raw, result)
        if problem:
            result.problems.append(ConfigError(problem, source=source, line=line, key=key))
        elif key in result.values:
            result.origins[key] = source
    return result


def _check(parts: tuple[str, ...], raw: object, result: Provisioning) -> str:
    """Apply one value to `result`; returns the problem, or "" when it was applied."""
    key = ".".join(parts)
    if any(word in part.lower() for part in parts for word in SECRET_WORDS):
        return (
            "passwords and tokens must not be put in provisioning (they live in the OS "
            "keychain); the value was ignored"
        )
    if len(parts) == 1:
        return "settings belong in a [section], e.g. [sip]; ignored"
    if parts[0] in EXTRA_SECTIONS and len(parts) == 2 and isinstance(raw, str):
        result.extra[key] = raw
        return ""
    declared = OPTIONS.get(key)
    if declared is None:
        return "unknown setting (ignored)"
    if not declared.provisionable:
        return "this setting is the agent's own and cannot be provisioned (ignored)"
    try:
        result.values[key] = declared.coerce(raw)
    except ValueError as exc:
        return f"{exc} (ignored)"
    return ""


def _leaves(
    data: dict[str, object], prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], object]]:
    """(key path, value) of every non-table value; tables deeper than [section] included."""
    for name, value in data.items():
        parts = (*prefix, name)
        if isinstance(value, dict):
            if value:
                yield from _leaves(value, parts)
            elif len(parts) != 1:
                yield parts, value  # an empty sub-table: report it as unknown
        else:
            yield parts, value


_BARE_OR_QUOTED = r"""(?:"[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)"""
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_SECTION = re.compile(rf"^\s*\[\s*({_DOTTED})\s*\]\s*(?:#.*)?$")
_HEADER_LIKE = re.compile(r"^\s*\[")
_KEY = re.compile(rf"^\s*({_DOTTED})\s*=")
_PART = re.compile(r""""([^"\n]*)"|'([^'\n]*)'|([A-Za-z0-9_-]+)""")


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(a or b or c for a, b, c in _PART.findall(dotted))


class _KeyLocator:
    """Finds the line where each key (or its table) is written, so errors point at it."""

    def __init__(self, text: str) -> None:
        self._where: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        for number, line in enumerate(text.splitlines(), start=1):
            if m := _SECTION.match(line):
                table = _split_key(m.group(1))
                self._where.setdefault(table, number)
            elif m := _KEY.match(line):
                self._where.setdefault((*table, *_split_key(m.group(1))), number)

    def line(self, parts: tuple[str, ...]) -> int | None:
        # Fall back to the enclosing table (inline tables, `sip = { domain = "x" }`).
        for end in range(len(parts), 0, -1):
            if (found := self._where.get(parts[:end])) is not None:
                return found
        return None


_POSITION = re.compile(r"\(at line (\d+), column \d+\)|\(at end of document\)")


def _line_of_decode_error(message: str) -> int | None:
    m = _POSITION.search(message)
    return int(m.group(1)) if m and m.group(1) else None


def _strip_position(message: str) -> str:
    return _POSITION.sub("", message).strip()


def _salvage(text: str) -> tuple[dict[str, object], list[int]]:
    """Best effort after a syntax error: keep every line that parses on its own.

    Returns the data and the numbers of the lines that did not parse. Keys under a broken
    [section] header are dropped rather than guessed into the previous section.
    """
    data: dict[str, object] = {}
    bad: list[int] = []
    table: tuple[str, ...] | None = ()
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if _HEADER_LIKE.match(line):
            m = _SECTION.match(line)
            table = _split_key(m.group(1)) if m else None
            if m is None:
                bad.append(number)
            continue
        try:
            parsed = tomllib.loads(line)
        except tomllib.TOMLDecodeError:
            bad.append(number)
            continue
        if table is None:
            continue  # under a broken header: we cannot know which section this is
        node = data
        for part in table:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            _deep_merge(node, parsed)
    return data, bad


def _deep_merge(into: dict[str, object], new: dict[str, object]) -> None:
    for name, value in new.items():
        current = into.get(name)
        if isinstance(current, dict) and isinstance(value, dict):
            _deep_merge(current, value)
        else:
            into[name] = value


# -- Windows registry policies -------------------------------------------------


def read_registry_policies() -> list[RegistryValue]:
    """Every value under HKLM\\SOFTWARE\\Policies\\Softphone (Windows only; [] elsewhere)."""
    if sys.platform != "win32":
        return []
    import winreg

    try:
        handle = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE,
            REGISTRY_KEY,
            0,
            winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
        )
    except FileNotFoundError:
        return []
    values: list[RegistryValue] = []
    with handle:
        index = 0
        while True:
            try:
                name, data, kind = winreg.EnumValue(handle, index)
            except OSError:  # ERROR_NO_MORE_ITEMS
                break
            values.append((name, data, kind))
            index += 1
    return values


def parse_registry(
    values: Iterable[RegistryValue], *, source: str = REGISTRY_SOURCE
) -> Provisioning:
    """Map registry policy values named "section.name" onto options, like the TOML file."""
    result = Provisioning(source=source)
    for name, data, kind in values:
        key = name.strip()
        if not key:
            continue  # the key's unnamed "(Default)" value carries no setting
        parts = tuple(key.split("."))
        declared = OPTIONS.get(key)
        try:
            raw = _from_registry(declared, data, kind) if declared else data
        except ValueError as exc:
            result.problems.append(ConfigError(f"{exc} (ignored)", source=source, key=key))
            continue
        problem = _check(parts, raw, result)
        if problem:
            result.problems.append(ConfigError(problem, source=source, key=key))
        elif key in result.values:
            result.origins[key] = source
    return result


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _from_registry(declared: Option, data: object, kind: int) -> object:
    """Turn a registry value into what the option's coerce() expects (as TOML would give)."""
    number = data if kind in (REG_DWORD, REG_QWORD) and isinstance(data, int) else None
    text = data.strip() if kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str) else None
    if number is None and text is None:
        raise ValueError("expected a REG_SZ or REG_DWORD value")
    if declared.type is bool:
        if number in (0, 1):
            return bool(number)
        if text is not None and text.lower() in _TRUE + _FALSE:
            return text.lower() in _TRUE
        raise ValueError(f"expected 1 or 0 (true or false), got {data!r}")
    if declared.type is int:
        if number is not None:
            return number
        try:
            return int(text or "")
        except ValueError:
            raise ValueError(f"expected a whole number, got {data!r}") from None
    if declared.type is float:
        if number is not None:
            return float(number)
        try:
            return float(text or "")
        except ValueError:
            raise ValueError(f"expected a number, got {data!r}") from None
    if text is None:
        raise ValueError(f"expected a text value (REG_SZ), got the number {data!r}")
    return text
