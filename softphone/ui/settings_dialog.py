"""Preferences: calls (auto-answer, supervisor), language and region, diagnostics."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from softphone.config.settings import Settings
from softphone.core.errors import ConfigError, KnownError
from softphone.ui.option_fields import OptionField, form_row
from softphone.ui.text import strip_mnemonic

# The engine picks these up live through SipControl.set_options.
ENGINE_KEYS = frozenset({"calls.auto_answer", "calls.auto_answer_delay", "sip.trace"})


class SettingsDialog(QDialog):
    """On OK the changed settings are saved; `changed` lists their keys for the window."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.changed: set[str] = set()
        self.warnings: list[str] = []
        languages = {
            "en": "English",
            "it": "Italiano",
            "de": "Deutsch",
            "ru": "Русский",
            "zh": "中文",
        }
        groups: list[tuple[str, list[OptionField]]] = [
            (
                self.tr("Calls"),
                [
                    OptionField(
                        settings, "calls.auto_answer", self.tr("&Answer calls automatically")
                    ),
                    OptionField(
                        settings, "calls.auto_answer_delay", self.tr("Auto-answer &delay (s):")
                    ),
                    OptionField(
                        settings,
                        "calls.supervisor_uri",
                        self.tr("&Supervisor number:"),
                        placeholder=self.tr("Extension, number or sip: address"),
                    ),
                    OptionField(
                        settings,
                        "calls.default_region",
                        self.tr("Default &region:"),
                        placeholder="IT",
                    ),
                ],
            ),
            (
                self.tr("General"),
                [
                    OptionField(
                        settings, "general.language", self.tr("&Language:"), choices=languages
                    ),
                    OptionField(settings, "general.agent_name", self.tr("Your &name in notes:")),
                    OptionField(settings, "general.server_url", self.tr("S&ync server:")),
                ],
            ),
            (
                self.tr("Diagnostics"),
                [OptionField(settings, "sip.trace", self.tr("Write a SIP &trace for IT"))],
            ),
        ]
        self.fields: dict[str, OptionField] = {}
        layout = QVBoxLayout(self)
        for title, fields in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for field in fields:
                form.addRow(*form_row(field))
                self.fields[field.key] = field
            layout.addWidget(box)
        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1261d; font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(strip_mnemonic(button.text()))
        layout.addWidget(buttons)
        self.buttons = buttons
        self.setMinimumWidth(480)

        auto = self.fields["calls.auto_answer"].editor
        assert isinstance(auto, QCheckBox)
        auto.toggled.connect(self.fields["calls.auto_answer_delay"].set_enabled)
        self.fields["calls.auto_answer_delay"].set_enabled(auto.isChecked())

    def accept(self) -> None:
        changed = {key for key, field in self.fields.items() if field.changed(self._settings)}
        try:  # check every value before changing any, so a bad one changes nothing
            for key in sorted(changed):
                self.fields[key].option.coerce(self.fields[key].value())
            for key in sorted(changed):
                self._settings.set(key, self.fields[key].value())
        except (ValueError, ConfigError) as exc:
            reason = exc.reason if isinstance(exc, ConfigError) else str(exc)
            self.error_label.setText(self.tr("Not saved: {0}").format(reason))
            self.error_label.show()
            return
        try:
            self._settings.save()
        except KnownError as exc:
            self.warnings.append(
                self.tr("Settings can't be saved: {0}. They apply until you quit.").format(exc)
            )
        self.changed = changed
        super().accept()
