"""In-window messages for the agent: never modal, never steal focus, dismissable."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from softphone.ui import style
from softphone.ui.text import safe_text, strip_mnemonic


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_TONES = {Level.INFO: style.INFO, Level.WARNING: style.WARNING, Level.ERROR: style.ERROR}
_BACKGROUNDS = {Level.INFO: "#e8f0fe", Level.WARNING: "#fff4e5", Level.ERROR: "#fdecea"}
MAX_MESSAGES = 4
MAX_TEXT = 2000


class Message(QFrame):
    """One message: a symbol, the text (plain, wrapped) and a Dismiss button."""

    dismissed = Signal()

    def __init__(self, text: str, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"message_{level.value}")
        tone = _TONES[level]
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {_BACKGROUNDS[level]};"
            f" border: 1px solid {tone.background}; border-radius: 5px; }}"
            f" QLabel {{ color: #1f1f1f; }}"
        )
        self.symbol = QLabel(tone.glyph)
        self.symbol.setStyleSheet(style.badge_css(tone))
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = 1
        self.text = text
        self._show_text()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._row = layout
        kind = {
            Level.INFO: self.tr("Information"),
            Level.WARNING: self.tr("Warning"),
            Level.ERROR: self.tr("Problem"),
        }[level]
        self.setAccessibleName(kind)

    def add_action(self, text: str) -> QPushButton:
        """A button between the text and Dismiss (e.g. "Switch back"); never takes focus
        by itself, so a message arriving mid-call cannot catch the agent's typing."""
        button = QPushButton(text)
        button.setAccessibleName(strip_mnemonic(text))
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._row.insertWidget(self._row.count() - 1, button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def repeat(self) -> None:
        self.count += 1
        self._show_text()

    def _show_text(self) -> None:
        shown = self.text if self.count == 1 else f"{self.text} (×{self.count})"
        self.label.setText(shown)
        self.label.setAccessibleName(shown)


class MessageBar(QWidget):
    """A short stack of messages above the call area; the newest at the bottom."""

    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    def show_message(
        self, text: str, level: Level = Level.INFO, timeout_ms: int | None = None
    ) -> Message:
        """Show `text` (plain, may span lines); an identical message counts up instead."""
        lines = [safe_text(line, MAX_TEXT) for line in text.splitlines()]
        text = "\n".join(line for line in lines if line)[:MAX_TEXT]
        for existing in self.messages():
            if existing.text == text and existing.level is level:
                existing.repeat()
                return existing
        message = Message(text, level, self)
        message.dismissed.connect(lambda m=message: self._remove(m))
        self._layout.addWidget(message)
        while len(self.messages()) > MAX_MESSAGES:
            self._remove(self.messages()[0])
        if timeout_ms:
            QTimer.singleShot(timeout_ms, message, lambda m=message: self._remove(m))
        self.show()
        self.message_shown.emit(text)
        return message

    def messages(self) -> list[Message]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        found = (item.widget() for item in items if item is not None)
        return [w for w in found if isinstance(w, Message)]

    def texts(self) -> list[str]:
        return [m.text for m in self.messages()]

    def clear(self) -> None:
        for message in self.messages():
            self._remove(message)

    def dismiss(self, message: Message) -> None:
        """Take `message` away if it is still shown (it may have been dismissed already)."""
        if any(shown is message for shown in self.messages()):
            self._remove(message)

    def _remove(self, message: Message) -> None:
        self._layout.removeWidget(message)
        message.hide()
        message.deleteLater()
        if not self.messages():
            self.hide()
