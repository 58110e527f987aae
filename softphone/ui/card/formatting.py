"""How the card words things: language names, local dates, durations, masked values."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

MASK = "•••••"


_CHOICE = re.compile(r"\((\w*)\|(\w*)\)|\((\w+)\)")


def numerus(translated: str, count: int) -> str:
    """Finish a Qt numerus string: tr("%n match(es)", "", n) -> "1 match" / "3 matches".

    Translations carry their own plural forms (and no markers); for the English source
    text, shown when no translation is loaded, the "(es)" / "(y|ies)" markers are
    resolved here instead of being shown.
    """

    def choose(match: re.Match[str]) -> str:
        if match.group(3) is not None:
            return match.group(3) if count != 1 else ""
        return match.group(1) if count == 1 else match.group(2)

    return _CHOICE.sub(choose, translated)


# The seeds' languages, with the name the caller uses (endonym) for agents who share it.
_ENDONYMS = {
    "it": "Italiano",
    "de": "Deutsch",
    "ru": "Русский",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "es": "Español",
}


def language_names(code: str) -> tuple[str, str]:
    """(name in the agent's language, the language's own name) for an ISO 639-1 code."""
    code = code.strip().lower()
    names = {
        "it": QCoreApplication.translate("CustomerCard", "Italian"),
        "de": QCoreApplication.translate("CustomerCard", "German"),
        "ru": QCoreApplication.translate("CustomerCard", "Russian"),
        "zh": QCoreApplication.translate("CustomerCard", "Chinese"),
        "en": QCoreApplication.translate("CustomerCard", "English"),
        "fr": QCoreApplication.translate("CustomerCard", "French"),
        "es": QCoreApplication.translate("CustomerCard", "Spanish"),
    }
    if code in names:
        return names[code], _ENDONYMS[code]
    locale = QLocale(code)
    if not code or locale.language() == QLocale.Language.C:
        return code, code
    native = locale.nativeLanguageName()
    return QLocale.languageToString(locale.language()), native[:1].upper() + native[1:]


def language_text(code: str) -> str:
    """'Italian — Italiano (it)'; just the code when we do not know the language."""
    if not code.strip():
        return QCoreApplication.translate("CustomerCard", "Language not known")
    english, native = language_names(code)
    code = code.strip().lower()[:16]
    if english == code:
        return code  # not a language we can name
    if english == native:
        return f"{english} ({code})"
    return f"{english} — {native} ({code})"


def _parse(iso: str) -> QDateTime | None:
    when = QDateTime.fromString(iso.strip(), Qt.DateFormat.ISODateWithMs)
    return when.toLocalTime() if when.isValid() else None


def format_when(iso: str) -> str:
    """Local date and time, sortable at a glance: '2026-04-02 10:22'."""
    when = _parse(iso)
    return when.toString("yyyy-MM-dd HH:mm") if when else iso[:16]


def format_date(iso: str) -> str:
    when = _parse(iso)
    return when.toString("yyyy-MM-dd") if when else iso[:10]


def format_duration(seconds: float) -> str:
    if seconds <= 0:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def mask_phone(e164: str) -> str:
    """'+390612345678' -> '••••• 78': enough to confirm with the caller, not to dial."""
    digits = re.sub(r"\D", "", e164)
    return f"{MASK} {digits[-2:]}" if len(digits) >= 6 else MASK


def mask_email(email: str) -> str:
    """'mario.rossi@example.com' -> 'm•••••@•••••': the domain can identify a person too."""
    local = email.partition("@")[0]
    return f"{local[:1]}{MASK}@{MASK}" if local else MASK


def mask_text(text: str) -> str:
    return MASK if text else ""
