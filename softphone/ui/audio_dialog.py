"""Audio devices: microphone, speaker/headset and ringer, chosen by name; or no device."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from softphone.config.settings import Settings
from softphone.core.errors import ConfigError, KnownError
from softphone.core.events import AudioDevicesChanged
from softphone.ui import style
from softphone.ui.option_fields import OptionField
from softphone.ui.text import safe_text, strip_mnemonic

ROLES = ("audio.input", "audio.output", "audio.ringer")


class AudioDialog(QDialog):
    """Lists what the engine last reported; `update_devices` refreshes it while open."""

    refresh_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        devices: AudioDevicesChanged | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audioDialog")
        self.setWindowTitle(self.tr("Audio devices"))
        self._settings = settings
        self.warnings: list[str] = []
        self.changed: set[str] = set()
        labels = {
            "audio.input": self.tr("&Microphone:"),
            "audio.output": self.tr("&Headset / speaker:"),
            "audio.ringer": self.tr("&Ringer:"),
        }
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key in ROLES:
            combo = QComboBox()
            combo.setObjectName(key.replace(".", "_"))
            combo.setAccessibleName(strip_mnemonic(labels[key]).rstrip(":："))
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            label = QLabel(labels[key])
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[key] = combo
        self.null_field = OptionField(
            settings, "audio.null_device", self.tr("&No sound device (silent, for testing)")
        )
        form.addRow(QLabel(""), self.null_field.editor)
        null_box = self.null_field.editor
        assert isinstance(null_box, QCheckBox)
        null_box.toggled.connect(self._null_toggled)

        self.warning_label = QLabel()
        self.warning_label.setObjectName("audioWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            f"#audioWarning {{ background: #fff4e5; color: #1f1f1f; padding: 8px;"
            f" border: 1px solid {style.WARNING.background}; border-radius: 5px; }}"
        )
        self.warning_label.hide()
        self.refresh_button = QPushButton(self.tr("Re&fresh devices"))
        self.refresh_button.setAccessibleName(self.tr("Refresh devices"))
        self.refresh_button.setToolTip(self.tr("Look again for plugged-in headsets"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_requested)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(strip_mnemonic(button.text()))
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        refresh_row = QHBoxLayout()
        refresh_row.addStretch(1)
        refresh_row.addWidget(self.refresh_button)
        layout.addLayout(refresh_row)
        layout.addWidget(buttons)
        self.update_devices(devices)
        self._null_toggled(null_box.isChecked())

    def update_devices(self, event: AudioDevicesChanged | None) -> None:
        devices = event.devices if event is not None else ()
        for key, combo in self.combos.items():
            wanted = combo.currentData() if combo.count() else self._settings.get(key)
            combo.clear()
            combo.addItem(self.tr("System default"), "")
            capture = key == "audio.input"
            for device in devices:
                if (device.can_capture if capture else device.can_play) and device.name:
                    name = safe_text(device.name, 120)
                    combo.addItem(name, device.name)
            if wanted and combo.findData(wanted) < 0:
                combo.addItem(
                    self.tr("{0} (not connected)").format(safe_text(str(wanted), 120)), wanted
                )
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
        warning = event.warning if event is not None else ""
        if event is None:
            warning = self.tr("The phone engine has not reported any devices yet.")
        elif not devices and not warning:
            warning = self.tr("No sound devices were found.")
        self.warning_label.setText(f"ℹ {safe_text(warning, 400)}" if warning else "")
        self.warning_label.setVisible(bool(warning))

    def accept(self) -> None:
        values: dict[str, object] = {
            key: combo.currentData() or "" for key, combo in self.combos.items()
        }
        if not self.null_field.locked:
            values["audio.null_device"] = self.null_field.value()
        changed = {k for k, v in values.items() if v != self._settings.get(k)}
        try:
            for key in sorted(changed):
                self._settings.set(key, values[key])
        except ConfigError as exc:
            self.warnings.append(self.tr("Not saved: {0}").format(exc.reason))
        try:
            self._settings.save()
        except KnownError as exc:
            self.warnings.append(
                self.tr("Settings can't be saved: {0}. They apply until you quit.").format(exc)
            )
        self.changed = changed
        super().accept()

    def _null_toggled(self, null: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not null)
