"""Server settings: one frozen dataclass, filled from the environment and the CLI."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from softphone.protocol import limits

ENV_PREFIX = "SOFTPHONE_SERVER_"
DB_FILE = "softphone-server.db"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("softphone-server", appauthor=False))


@dataclass(frozen=True)
class ServerSettings:
    """Every server option, with its default; environment: SOFTPHONE_SERVER_<NAME>."""

    data_dir: Path = Path()  # "" → the platform's user data dir
    db: str = ""  # SQLAlchemy URL; "" → SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    db_pool_size: int = 10
    session_hours: float = 12.0  # supervisor sessions expire after this much idle time
    cookie_secure: bool = False  # set true when the dashboard is served over HTTPS
    login_max_failures: int = 5  # per supervisor name within login_window_s
    login_max_failures_ip: int = 20  # per client address within login_window_s
    login_window_s: int = 900
    enrol_max_failures_ip: int = 10  # refused enrolment codes per client address per window
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    max_body_bytes: int = limits.MAX_BODY_BYTES
    short_call_seconds: int = 10  # dashboard default for "short / dropped within N s"
    auto_migrate: bool = True  # serve runs `upgrade head` first (safe with many instances)

    def __post_init__(self) -> None:
        if self.data_dir == Path():
            object.__setattr__(self, "data_dir", default_data_dir())

    @property
    def db_url(self) -> str:
        """The database URL; a bare postgresql:// URL gets the psycopg (v3) driver."""
        url = self.db or f"sqlite:///{self.data_dir / DB_FILE}"
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    def with_changes(self, **changes: Any) -> ServerSettings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_env(self) -> dict[str, str]:
        """The environment that recreates these settings (for uvicorn worker processes)."""
        return {f"{ENV_PREFIX}{f.name.upper()}": str(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> ServerSettings:
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"{ENV_PREFIX}{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _convert(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _convert(name: str, type_name: object, raw: str) -> Any:
    kind = str(type_name)
    try:
        if kind == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Path":
            return Path(raw)
    except ValueError:
        raise ValueError(f"{ENV_PREFIX}{name.upper()}: {raw!r} is not a valid {kind}") from None
    return raw
