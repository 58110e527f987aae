"""Every call action as a QAction with its shortcut (shown in the tooltip) and its button."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from softphone.ui.text import strip_mnemonic as plain

# Chosen so that no text field swallows them (Ctrl+E/Ctrl+U/Ctrl+K/Ctrl+D edit text in
# X11 line edits) and so that Ctrl+Shift+X, Ctrl+Shift+1 and Ctrl+Shift+2 stay free for
# the critical-situation controls.
SHORTCUTS: dict[str, str] = {
    "answer": "Ctrl+Return",
    "reject": "Ctrl+Shift+R",
    "hangup": "Ctrl+H",
    "hold": "Ctrl+P",
    "mute": "Ctrl+M",
    "keypad": "Ctrl+Shift+K",
    "transfer": "Ctrl+T",
    "escalate": "Ctrl+Shift+S",
    "new_call": "Ctrl+N",
}
RESERVED = ("Ctrl+Shift+X", "Ctrl+Shift+1", "Ctrl+Shift+2")


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def describe(action: QAction, tip: str = "") -> None:
    """Tooltip = what it does + its shortcut, e.g. 'Answer the ringing call (Ctrl+Return)'."""
    keys = shortcut_text(action)
    text = tip or plain(action.text())
    action.setToolTip(f"{text} ({keys})" if keys else text)
    action.setStatusTip(text)


def make_action(
    parent: QObject,
    text: str,
    shortcut: str,
    tip: str = "",
    *,
    checkable: bool = False,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.setCheckable(checkable)
    describe(action, tip)
    return action


class CallActions(QObject):
    """The call actions; CallController decides when each is enabled and what it does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Application-wide: the agent can still answer or hang up while a dialog is open.
        app = Qt.ShortcutContext.ApplicationShortcut
        self.answer = make_action(
            self, self.tr("&Answer"), SHORTCUTS["answer"], self.tr("Answer the ringing call"),
            context=app,
        )  # fmt: skip
        self.reject = make_action(
            self, self.tr("&Reject (busy)"), SHORTCUTS["reject"],
            self.tr("Reject the ringing call: the caller hears busy"), context=app,
        )  # fmt: skip
        self.hangup = make_action(
            self, self.tr("&Hang up"), SHORTCUTS["hangup"], self.tr("End the current call"),
            context=app,
        )  # fmt: skip
        self.hold = make_action(
            self, self.tr("H&old"), SHORTCUTS["hold"], self.tr("Put the current call on hold"),
            checkable=True, context=app,
        )  # fmt: skip
        self.mute = make_action(
            self, self.tr("&Mute"), SHORTCUTS["mute"],
            self.tr("Mute your microphone in the current call"), checkable=True, context=app,
        )  # fmt: skip
        self.keypad = make_action(
            self, self.tr("&Keypad"), SHORTCUTS["keypad"],
            self.tr("Show the keypad to send tones (DTMF)"), checkable=True,
        )  # fmt: skip
        self.transfer = make_action(
            self, self.tr("&Transfer…"), SHORTCUTS["transfer"],
            self.tr("Transfer the current call to another number"),
        )  # fmt: skip
        self.escalate = make_action(
            self, self.tr("&Escalate to supervisor"), SHORTCUTS["escalate"],
            self.tr("Transfer the caller to your supervisor now"), context=app,
        )  # fmt: skip
        self.new_call = make_action(
            self, self.tr("&New call…"), SHORTCUTS["new_call"],
            self.tr("Go to the number field to place a call"),
        )  # fmt: skip

    def all(self) -> list[QAction]:
        return [
            self.answer,
            self.reject,
            self.hangup,
            self.hold,
            self.mute,
            self.keypad,
            self.transfer,
            self.escalate,
            self.new_call,
        ]


class ActionButton(QPushButton):
    """A push button that mirrors an action: text, tooltip, enabled, checked.

    QPushButton rather than QToolButton so it takes keyboard focus, shows a focus frame
    and can be styled big; the shortcut lives on the action, not on the button.
    """

    def __init__(self, action: QAction, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.clicked.connect(self._clicked)
        action.changed.connect(self._sync)
        self._sync()

    def _clicked(self) -> None:
        if self.action.isCheckable():
            self.setChecked(self.action.isChecked())  # the action decides, not the click
        self.action.trigger()

    def _sync(self) -> None:
        text = plain(self.action.text())
        self.setText(text)
        self.setToolTip(self.action.toolTip())
        self.setAccessibleName(text)
        self.setAccessibleDescription(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())
        self.setCheckable(self.action.isCheckable())
        self.setChecked(self.action.isChecked())
        self.setVisible(self.action.isVisible())
