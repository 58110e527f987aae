"""UI language: installs Qt's and our translator (resources/i18n/softphone_<lang>.qm)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("softphone.ui")

LANGUAGES = ("en", "it", "de", "ru", "zh")  # en is the source language: no .qm


def i18n_dirs() -> list[Path]:
    """Where .qm files may be: a frozen bundle, the source tree, an installed share dir."""
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources" / "i18n")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "i18n")
    candidates.append(Path(sys.prefix) / "share" / "softphone" / "i18n")
    return candidates


def find_qm(language: str, directory: Path | None = None) -> Path | None:
    dirs = [directory] if directory is not None else i18n_dirs()
    for folder in dirs:
        path = folder / f"softphone_{language}.qm"
        if path.is_file():
            return path
    return None


def install_translator(
    language: str, directory: Path | None = None, app: QCoreApplication | None = None
) -> list[QTranslator]:
    """Install translators for `language` ("" = the system's); returns them (keep them).

    A missing translation is not an error: the UI stays in English and we log it.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    language = (language or QLocale.system().name()).split("_")[0].lower()
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):  # OK/Cancel buttons and friends
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    path = find_qm(language, directory)
    if path is None:
        log.info("no UI translation for %r; the interface stays in English", language)
        return installed
    ours = QTranslator(app)
    if ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
        log.info("UI language %s from %s", language, path)
    else:
        log.warning("could not load the UI translation %s", path)
    return installed
