"""Audio devices: microphone, headset and ringer by name, sound processing, the audio test."""

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
from softphone.ui.engine_text import engine_text
from softphone.ui.option_fields import OptionField, form_row
from softphone.ui.text import safe_text, strip_mnemonic

ROLES = ("audio.input", "audio.output", "audio.ringer")
PROCESSING = ("audio.ring_on_headset_too", "audio.echo_cancellation", "audio.noise_suppression")


class AudioDialog(QDialog):
    """Lists what the engine last reported; `update_devices` refreshes it while open."""

    refresh_requested = Signal()
    test_requested = Signal()

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
        self.processing_fields = {
            "audio.ring_on_headset_too": OptionField(
                settings, "audio.ring_on_headset_too", self.tr("Also ring on the head&set")
            ),
            "audio.echo_cancellation": OptionField(
                settings,
                "audio.echo_cancellation",
                self.tr("&Echo cancellation:"),
                choices={
                    "auto": self.tr("Automatic (by device)"),
                    "on": self.tr("On"),
                    "off": self.tr("Off"),
                },
            ),
            "audio.noise_suppression": OptionField(
                settings, "audio.noise_suppression", self.tr("Noise s&uppression")
            ),
        }
        for field in self.processing_fields.values():
            form.addRow(*form_row(field))

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
        self.test_button = QPushButton(self.tr("&Test audio…"))
        self.test_button.setObjectName("testAudioButton")
        self.test_button.setAccessibleName(self.tr("Test audio"))
        self.test_button.setToolTip(
            self.tr("Play a tone or hear your own microphone through the devices in use")
        )
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_requested)

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
        refresh_row.addWidget(self.test_button)
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
        warning = engine_text(event.warning) if event is not None else ""
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
        for field in (self.null_field, *self.processing_fields.values()):
            if not field.locked:
                values[field.key] = field.value()
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

    def unsaved_device_changes(self) -> bool:
        """The agent picked other devices but has not pressed OK: the test won't use them."""
        chosen = {key: combo.currentData() or "" for key, combo in self.combos.items()}
        if any(value != self._settings.get(key) for key, value in chosen.items()):
            return True
        return self.null_field.changed(self._settings)

    def _null_toggled(self, null: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not null)
        for field in self.processing_fields.values():
            field.set_enabled(not null)
