"""Where the app keeps its files: the OS's per-user dirs, or everything under $SOFTPHONE_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from softphone import APP_ID

ENV_HOME = "SOFTPHONE_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def detect(cls) -> AppPaths:
        """$SOFTPHONE_HOME (tests, portable installs) or the platform's user directories."""
        home = os.environ.get(ENV_HOME)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root / "config", root / "data", root / "log")
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "softphone.log"

    def create(self) -> None:
        """Make the directories (owner-only where the OS honours it: logs name customers)."""
        for directory in (self.config_dir, self.data_dir, self.log_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
