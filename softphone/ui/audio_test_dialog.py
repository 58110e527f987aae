"""The audio test: a tone on the headset or the microphone played back, with level meters."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from softphone.core.events import AudioTestLevels
from softphone.core.ports import SipControl
from softphone.ui.engine_text import engine_text
from softphone.ui.text import safe_text, strip_mnemonic

MODES = ("tone", "loopback")


class LevelMeter(QProgressBar):
    """0-100 %; screen readers get the value through QProgressBar's own accessibility."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setValue(0)
        self.setFormat("%p%")
        self.setAccessibleName(name)
        self.setMinimumWidth(220)

    def set_level(self, level: float) -> None:
        # Engines may report a little over 1.0 (clipping) or NaN: keep the bar sane.
        level = level if math.isfinite(level) else 0.0
        self.setValue(round(min(max(level, 0.0), 1.0) * 100))


class AudioTestDialog(QDialog):
    """Starts/stops SipControl's audio test; `show_levels` is fed AudioTestLevels events.

    The buttons follow the engine: every level event says which test runs, and the final
    event (mode "") unchecks both. Closing the dialog stops the test.
    """

    def __init__(self, sip: SipControl, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audioTestDialog")
        self.setWindowTitle(self.tr("Test audio"))
        self._sip = sip
        self._running = ""  # the mode we asked for or the engine last reported
        self._blocked = ""  # why the test cannot run now ("" = it can)
        self._stopping = False  # asked to stop: levels still queued must not restart it

        intro = QLabel(
            self.tr(
                "Put your headset on. The tone plays in the headset; the microphone test"
                " plays back what you say so you can hear yourself."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label = QLabel(note)
        self.note_label.setObjectName("audioTestNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setVisible(bool(note))

        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "tone": self.tr("Play test &tone"),
            "loopback": self.tr("Test &microphone (hear yourself)"),
        }
        row = QHBoxLayout()
        for mode in MODES:
            button = QPushButton(texts[mode])
            button.setObjectName(f"{mode}Button")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(strip_mnemonic(texts[mode]))
            button.clicked.connect(lambda checked, m=mode: self._clicked(m, checked))
            row.addWidget(button)
            self.buttons[mode] = button
        self.buttons["tone"].setToolTip(self.tr("A steady tone in the headset"))
        self.buttons["loopback"].setToolTip(
            self.tr("What the microphone hears is played back in the headset")
        )

        self.mic_meter = LevelMeter(self.tr("Microphone level"))
        self.mic_meter.setObjectName("micLevel")
        self.speaker_meter = LevelMeter(self.tr("Headset level"))
        self.speaker_meter.setObjectName("speakerLevel")
        meters = QFormLayout()
        for text, meter in (
            (self.tr("Microphone:"), self.mic_meter),
            (self.tr("Headset:"), self.speaker_meter),
        ):
            label = QLabel(text)
            label.setBuddy(meter)
            meters.addRow(label, meter)

        self.status_label = QLabel()
        self.status_label.setObjectName("audioTestStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Audio test status"))
        self.status_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        for box_button in box.buttons():
            box_button.setAccessibleName(strip_mnemonic(box_button.text()))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addLayout(meters)
        layout.addWidget(self.status_label)
        layout.addWidget(box)
        self.setMinimumWidth(460)
        self._set_status(self.tr("Choose a test."))

    # -- fed by the window ---------------------------------------------------------------
    def show_levels(self, event: AudioTestLevels) -> None:
        if not event.mode:
            self._running, self._stopping = "", False
            self._sync_buttons()
            self.mic_meter.set_level(0.0)
            self.speaker_meter.set_level(0.0)
            message = safe_text(engine_text(event.message), 300)
            self._set_status(message or self._blocked or self.tr("Test stopped."))
            return
        if event.mode not in MODES or self._stopping or self._blocked:
            return
        if self._running != event.mode:
            self._running = event.mode
            self._sync_buttons()
            self._set_status(self._running_text(event.mode))
        self.mic_meter.set_level(event.mic)
        self.speaker_meter.set_level(event.speaker)

    def set_blocked(self, reason: str) -> None:
        """A call is active or there is no sound device: `reason` says so ("" = allowed)."""
        self._blocked = reason
        for button in self.buttons.values():
            button.setEnabled(not reason)
        if reason:
            self._stop()
            self._set_status(reason)
        elif not self._running:
            self._set_status(self.tr("Choose a test."))

    def running(self) -> str:
        return self._running

    def blocked(self) -> str:
        return self._blocked

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)

    # -- internals -----------------------------------------------------------------------
    def _clicked(self, mode: str, checked: bool) -> None:
        if checked:
            # Starting the other test switches over: no stop in between, whose final
            # event would arrive after the switch and uncheck the new test's button.
            self._running, self._stopping = mode, False
            self._sync_buttons()
            self._set_status(self._running_text(mode))
            self._sip.start_audio_test(mode)
        else:
            self._stop()
            self._set_status(self.tr("Stopping…"))

    def _stop(self) -> None:
        if self._running:
            self._running, self._stopping = "", True
            self._sync_buttons()
            self._sip.stop_audio_test()

    def _sync_buttons(self) -> None:
        for mode, button in self.buttons.items():
            button.setChecked(mode == self._running)

    def _running_text(self, mode: str) -> str:
        if mode == "tone":
            return self.tr("Playing a test tone. Click the button again to stop.")
        return self.tr("Speak: you should hear yourself. Click the button again to stop.")

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
