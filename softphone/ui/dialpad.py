"""The DTMF keypad: twelve keys that send tones into the connected call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

KEYS = (("1", ""), ("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"), ("6", "MNO"),
        ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"), ("*", ""), ("0", "+"), ("#", ""))  # fmt: skip


class Dialpad(QWidget):
    """Clicking a key or typing a digit while the pad has focus emits digit_pressed."""

    digit_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialpad")
        self.setAccessibleName(self.tr("Keypad"))
        self.setAccessibleDescription(
            self.tr("Sends tones into the call. Digits typed on the keyboard work too.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        names = {"*": self.tr("Star"), "#": self.tr("Hash")}
        for index, (digit, letters) in enumerate(KEYS):
            button = QPushButton(f"{digit}\n{letters}" if letters else digit)
            button.setObjectName(
                f"dtmf_{'star' if digit == '*' else 'hash' if digit == '#' else digit}"
            )
            button.setMinimumSize(56, 44)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Tone {0}").format(names.get(digit, digit)))
            button.setToolTip(self.tr("Send tone {0}").format(digit))
            button.clicked.connect(lambda _=False, d=digit: self.digit_pressed.emit(d))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[digit] = button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            text
            and text in self.buttons
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            self.buttons[text].animateClick()
            return
        super().keyPressEvent(event)
