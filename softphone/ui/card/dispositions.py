"""Wrap-up dispositions: stable values for the store, translated names for people."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from softphone.core.records import NoteState, Reason


class Disposition(enum.StrEnum):
    RESOLVED = "resolved"
    CALLBACK = "callback"
    ESCALATED = "escalated"
    COMPLAINT = "complaint"
    OTHER = "other"


def name(disposition: Disposition) -> str:
    return {
        Disposition.RESOLVED: QCoreApplication.translate("Disposition", "Resolved"),
        Disposition.CALLBACK: QCoreApplication.translate("Disposition", "Callback needed"),
        Disposition.ESCALATED: QCoreApplication.translate("Disposition", "Escalated"),
        Disposition.COMPLAINT: QCoreApplication.translate("Disposition", "Complaint"),
        Disposition.OTHER: QCoreApplication.translate("Disposition", "Other"),
    }[disposition]


def _outcomes() -> dict[str, str]:
    """Other outcomes the store reports: critical reasons, note states, missed calls."""
    translate = QCoreApplication.translate  # lupdate reads translate(context, text)
    return {
        Reason.INSULTS.value: translate("Disposition", "Insults"),
        Reason.SHOUTING.value: translate("Disposition", "Shouting"),
        Reason.REFUSES_TO_COOPERATE.value: translate("Disposition", "Refused to cooperate"),
        Reason.THREATS.value: translate("Disposition", "Threats"),
        NoteState.STARTED.value: translate("Disposition", "Not completed"),
        NoteState.INTERRUPTED.value: translate("Disposition", "Interrupted"),
        "missed": translate("Disposition", "Missed"),
    }


def outcome_text(value: str) -> str:
    """'callback' -> 'Callback needed', 'insults' -> 'Insults'; others unchanged."""
    try:
        return name(Disposition(value))
    except ValueError:
        return _outcomes().get(value, value)
