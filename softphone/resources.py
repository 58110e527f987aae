"""Where the app's resources (prompts, scenarios, sounds, translations) are on this install."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV = "SOFTPHONE_RESOURCES"


@cache
def resources_dir() -> Path:
    """The resources/ folder: $SOFTPHONE_RESOURCES, the frozen bundle, the checkout, or share/."""
    candidates: list[Path] = []
    if env := os.environ.get(ENV):
        candidates.append(Path(env))
    if frozen := getattr(sys, "_MEIPASS", None):  # PyInstaller one-dir bundle
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")  # checkout / editable
    candidates.append(Path(sys.prefix) / "share" / "softphone" / "resources")  # wheel data files
    for candidate in candidates:
        if (candidate / "scenarios").is_dir():
            return candidate
    return candidates[0]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
