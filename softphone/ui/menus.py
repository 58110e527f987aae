"""The menu bar: Phone (the call actions), Settings and Help, each item with a shortcut."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from softphone.ui.call_actions import CallActions, make_action


class WindowMenus(QObject):
    """The window's own actions (not call actions); MainWindow connects what they do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quit = make_action(self, self.tr("&Quit"), "Ctrl+Q", self.tr("Quit Softphone"))
        self.account = make_action(
            self, self.tr("&Account…"), "Ctrl+Shift+A", self.tr("SIP account and password")
        )
        self.audio = make_action(
            self, self.tr("A&udio devices…"), "Ctrl+Shift+D", self.tr("Headset, speaker, ringer")
        )
        self.preferences = make_action(
            self, self.tr("&Preferences…"), "Ctrl+,", self.tr("Auto-answer, supervisor, language")
        )
        self.shortcuts = make_action(
            self, self.tr("&Keyboard shortcuts"), "F1", self.tr("List every keyboard shortcut")
        )
        self.about = make_action(
            self, self.tr("&About Softphone"), "Shift+F1", self.tr("Version and purpose")
        )

    def all(self) -> list[QAction]:
        return [self.quit, self.account, self.audio, self.preferences, self.shortcuts, self.about]

    def populate(self, bar: QMenuBar, calls: CallActions) -> None:
        phone = bar.addMenu(self.tr("&Phone"))
        phone.addAction(calls.new_call)
        phone.addSeparator()
        for action in (calls.answer, calls.reject, calls.hangup):
            phone.addAction(action)
        phone.addSeparator()
        for action in (calls.hold, calls.mute, calls.keypad, calls.transfer, calls.escalate):
            phone.addAction(action)
        phone.addSeparator()
        phone.addAction(self.quit)
        settings = bar.addMenu(self.tr("&Settings"))
        for action in (self.account, self.audio, self.preferences):
            settings.addAction(action)
        self.settings_menu = settings  # features add their own entries (e.g. the sync token)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)
