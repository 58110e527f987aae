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
    tr = QCoreApplication.translate
    return {
        Reason.INSULTS.value: tr("Disposition", "Insults"),
        Reason.SHOUTING.value: tr("Disposition", "Shouting"),
        Reason.REFUSES_TO_COOPERATE.value: tr("Disposition", "Refused to cooperate"),
        Reason.THREATS.value: tr("Disposition", "Threats"),
        NoteState.STARTED.value: tr("Disposition", "Not completed"),
        NoteState.INTERRUPTED.value: tr("Disposition", "Interrupted"),
        "missed": tr("Disposition", "Missed"),
    }


def outcome_text(value: str) -> str:
    """'callback' -> 'Callback needed', 'insults' -> 'Insults'; others unchanged."""
    try:
        return name(Disposition(value))
    except ValueError:
        return _outcomes().get(value, value)
