"""Editors generated from config.options: one field per setting, IT-locked ones read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from softphone.config.options import Option, option
from softphone.config.settings import Settings
from softphone.ui.text import strip_mnemonic

Editor = QLineEdit | QCheckBox | QComboBox | QSpinBox | QDoubleSpinBox


def locked_tip() -> str:
    return QCoreApplication.translate("OptionField", "Set by your IT department")


class OptionField:
    """A label + editor pair bound to one settings key."""

    def __init__(
        self,
        settings: Settings,
        key: str,
        label: str,
        *,
        choices: dict[str, str] | None = None,
        placeholder: str = "",
    ) -> None:
        self.key = key
        self.option: Option = option(key)
        self.locked = settings.is_locked(key)
        self.editor: Editor = self._make_editor(choices or {}, label)
        self.label = QLabel(label)
        self.label.setBuddy(self.editor)
        if isinstance(self.editor, QLineEdit) and placeholder:
            self.editor.setPlaceholderText(placeholder)
        self.editor.setObjectName(key.replace(".", "_"))
        self.editor.setAccessibleName(strip_mnemonic(label).rstrip(":："))
        help_text = self.option.help
        if self.locked:
            tip = locked_tip()
            self.editor.setToolTip(f"{tip}. {help_text}")
            self.label.setToolTip(tip)
            self.editor.setAccessibleDescription(tip)
            locked_label = QCoreApplication.translate("OptionField", "{0} (locked)").format(
                label.rstrip(":：")
            )
            self.label.setText(locked_label)
            if isinstance(self.editor, QCheckBox):
                self.editor.setText(locked_label)
                self.editor.setToolTip(tip)
            self._lock()
        else:
            self.editor.setToolTip(help_text)
            self.editor.setAccessibleDescription(help_text)
        self.set_value(settings.get(key))

    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        return editor.text().strip()

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
        else:
            editor.setText(str(value))
            editor.setCursorPosition(0)

    def set_enabled(self, enabled: bool) -> None:
        if not self.locked:
            self.editor.setEnabled(enabled)

    def changed(self, settings: Settings) -> bool:
        return not self.locked and self.value() != settings.get(self.key)

    def _make_editor(self, labels: dict[str, str], text: str) -> Editor:
        opt = self.option
        editor: Editor
        if opt.type is bool:
            editor = QCheckBox(text.rstrip(":："))
        elif opt.choices:
            editor = QComboBox()
            for choice in opt.choices:
                editor.addItem(labels.get(choice, choice), choice)
        elif opt.type is int:
            editor = QSpinBox()
            editor.setRange(int(opt.minimum or 0), int(opt.maximum or 2_000_000_000))
        elif opt.type is float:
            editor = QDoubleSpinBox()
            editor.setDecimals(1)
            editor.setRange(opt.minimum or 0.0, opt.maximum or 1e9)
        else:
            editor = QLineEdit()
            editor.setMaxLength(500)
        return editor

    def _lock(self) -> None:
        editor = self.editor
        if isinstance(editor, QLineEdit | QSpinBox | QDoubleSpinBox):
            editor.setReadOnly(True)  # stays focusable and readable by screen readers
            editor.setStyleSheet("background: palette(window);")
        else:
            editor.setEnabled(False)


def form_row(field: OptionField) -> tuple[QWidget, QWidget]:
    """(label, editor) for QFormLayout.addRow; a checkbox carries its own text."""
    if isinstance(field.editor, QCheckBox):
        return QLabel(""), field.editor
    return field.label, field.editor
