"""Flag badges: what each flag means for the agent, in words, with its handling instruction."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from softphone.core.records import Flag, FlagKind
from softphone.ui.card.formatting import format_date, numerus
from softphone.ui.card.plain import WrappedText, one_line, wrapped


@dataclass(frozen=True)
class FlagLook:
    accent: str  # border and title colour (≥ 4.5:1 on the tint)
    tint: str  # background
    glyph: str  # the shape carries the meaning for colour-blind agents


LOOKS: dict[FlagKind, FlagLook] = {
    FlagKind.BANNED: FlagLook("#8c1a13", "#fbe4e2", "✖"),
    FlagKind.ABUSIVE: FlagLook("#a1261d", "#fdeceb", "⚠"),
    FlagKind.AT_RISK: FlagLook("#7a4a00", "#fff1db", "◆"),
    FlagKind.ACCESSIBILITY: FlagLook("#5b3a8c", "#f1ebf8", "♿"),
    FlagKind.NEEDS_INTERPRETER: FlagLook("#1f4e99", "#e6eefb", "⇄"),
    FlagKind.VIP: FlagLook("#6b4e00", "#fff6d6", "★"),
}

# Most urgent first: what the agent must know before saying "hello".
ORDER = (
    FlagKind.BANNED,
    FlagKind.ABUSIVE,
    FlagKind.AT_RISK,
    FlagKind.ACCESSIBILITY,
    FlagKind.NEEDS_INTERPRETER,
    FlagKind.VIP,
)


def title(kind: FlagKind) -> str:
    return {
        FlagKind.BANNED: QCoreApplication.translate("FlagBadge", "BANNED"),
        FlagKind.ABUSIVE: QCoreApplication.translate("FlagBadge", "ABUSIVE BEFORE"),
        FlagKind.AT_RISK: QCoreApplication.translate("FlagBadge", "AT RISK"),
        FlagKind.ACCESSIBILITY: QCoreApplication.translate("FlagBadge", "ACCESSIBILITY NEEDS"),
        FlagKind.NEEDS_INTERPRETER: QCoreApplication.translate("FlagBadge", "NEEDS INTERPRETER"),
        FlagKind.VIP: QCoreApplication.translate("FlagBadge", "VIP / PRIVACY"),
    }[kind]


def default_instruction(kind: FlagKind) -> str:
    return {
        FlagKind.BANNED: QCoreApplication.translate(
            "FlagBadge", "Banned by a supervisor: do not serve by phone."
        ),
        FlagKind.ABUSIVE: QCoreApplication.translate(
            "FlagBadge",
            "Abuse is not acceptable. Warn once; if it goes on, use Critical situation.",
        ),
        FlagKind.AT_RISK: QCoreApplication.translate(
            "FlagBadge", "May leave us: take extra care, offer a callback."
        ),
        FlagKind.ACCESSIBILITY: QCoreApplication.translate(
            "FlagBadge", "Ask how you can help; speak slowly and clearly."
        ),
        FlagKind.NEEDS_INTERPRETER: QCoreApplication.translate(
            "FlagBadge", "Offer the interpreter line before going on."
        ),
        FlagKind.VIP: QCoreApplication.translate(
            "FlagBadge", "Personal data is masked. Reveal only with a reason: it is audited."
        ),
    }[kind]


def details(flag: Flag, endings: str) -> str:
    """The facts next to the title: counts, dates, expiry, who set it.

    `endings` is the translated "%n critical ending(s)" for flag.count: FlagBadge makes it
    with self.tr(), the one form in which lupdate sees the plural forms.
    """
    parts: list[str] = []
    if flag.kind is FlagKind.ABUSIVE:
        if flag.count:
            parts.append(numerus(endings, flag.count))
        if flag.last_at:
            parts.append(
                QCoreApplication.translate("FlagBadge", "last on {0}").format(
                    format_date(flag.last_at)
                )
            )
    elif flag.kind is FlagKind.BANNED:
        if flag.expires_at:
            parts.append(
                QCoreApplication.translate("FlagBadge", "until {0}").format(
                    format_date(flag.expires_at)
                )
            )
        else:
            parts.append(QCoreApplication.translate("FlagBadge", "no end date"))
        if flag.set_by:
            parts.append(
                QCoreApplication.translate("FlagBadge", "set by {0}").format(
                    one_line(flag.set_by, 60)
                )
            )
    elif flag.last_at:
        parts.append(
            QCoreApplication.translate("FlagBadge", "since {0}").format(format_date(flag.last_at))
        )
    return " · ".join(parts)


def sorted_flags(flags: tuple[Flag, ...]) -> list[Flag]:
    return sorted(flags, key=lambda flag: ORDER.index(flag.kind))


def summary(flags: tuple[Flag, ...]) -> str:
    """'⚠ ABUSIVE BEFORE, ★ VIP / PRIVACY' for one line of a chooser list."""
    return ", ".join(f"{LOOKS[f.kind].glyph} {title(f.kind)}" for f in sorted_flags(flags))


class FlagBadge(QFrame):
    """One flag: a coloured bar, glyph and title in words, facts, and the instruction."""

    def __init__(self, flag: Flag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        look = LOOKS[flag.kind]
        self.setObjectName(f"flag_{flag.kind.value}")
        self.setStyleSheet(
            f"#flag_{flag.kind.value} {{ background: {look.tint};"
            f" border-left: 6px solid {look.accent}; border-radius: 3px; }}"
        )
        head = f"{look.glyph} {title(flag.kind)}"
        facts = details(flag, self.tr("%n critical ending(s)", "", flag.count))
        self.title = wrapped(f"{head} · {facts}" if facts else head, object_name="flagTitle")
        self.title.setStyleSheet(
            f"color: {look.accent}; font-weight: 700; font-size: 11pt; background: transparent;"
        )
        instruction = flag.instruction.strip() or default_instruction(flag.kind)
        self.instruction = WrappedText(instruction, limit=400)
        self.instruction.setObjectName("flagInstruction")
        urgent = flag.kind in (FlagKind.BANNED, FlagKind.ABUSIVE)
        weight = "font-weight: 600;" if urgent else ""
        self.instruction.setStyleSheet(f"color: #1a1a1a; background: transparent; {weight}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 8, 6)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        spoken = f"{title(flag.kind)}. {facts}. {self.instruction.full_text()}"
        self.setAccessibleName(spoken)
        self.title.setAccessibleName(spoken)

    def text(self) -> str:
        return f"{self.title.text()}\n{self.instruction.full_text()}"
