"""Screenshots of the audio dialogs and a hot-plug offer, rendered with QWidget.grab().

    QT_QPA_PLATFORM=offscreen .venv/bin/python .ci/audio_screenshots.py [OUT_DIR]

Runs the real widgets against FakeSip (no sound device needed): the audio devices dialog,
the audio test dialog during a microphone test, and the main window after a headset came
back. Writes audio-devices.png, audio-test.png and hotplug-offer.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from softphone.config.provisioning import Provisioning
from softphone.config.settings import Settings
from softphone.core.models import AudioDevice
from softphone.sip.fake import FakeSip
from softphone.ui.audio_test_dialog import AudioTestDialog
from softphone.ui.main_window import MainWindow

DEVICES = (
    AudioDevice(0, "Jabra Evolve2 65", "ALSA", inputs=1, outputs=2),
    AudioDevice(1, "Built-in Audio Analog Stereo", "ALSA", inputs=1, outputs=2),
    AudioDevice(2, "HDMI / DisplayPort 1", "ALSA", inputs=0, outputs=2),
)


class _Secrets:
    def get(self, key: str) -> str | None:
        return None

    def set(self, key: str, value: str) -> None:
        pass

    def delete(self, key: str) -> None:
        pass

    def available(self) -> tuple[bool, str]:
        return True, "none"


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    provisioning = Provisioning(source="/etc/softphone/provisioning.toml")
    provisioning.values["audio.noise_suppression"] = True  # shows an IT-locked setting
    settings = Settings(None, provisioning)
    settings.update({"sip.domain": "pbx.example.com", "sip.username": "1001"})
    settings.update({"audio.input": "Jabra Evolve2 65", "audio.output": "Jabra Evolve2 65"})
    settings.update({"audio.ringer": "Built-in Audio Analog Stereo"})
    sip = FakeSip()
    window = MainWindow(sip, settings, _Secrets())
    window.show()
    window.apply_account("secret")
    sip.simulate_audio_devices(DEVICES)
    settle(100)

    audio = window.open_audio_dialog()
    settle(100)
    save(audio, out / "audio-devices.png")

    audio.test_button.click()
    test = audio.findChild(AudioTestDialog)
    assert test is not None
    test.buttons["loopback"].click()
    settle(450)
    save(test, out / "audio-test.png")
    test.reject()
    audio.reject()

    sip.simulate_device_lost("output", "Jabra Evolve2 65")
    sip.simulate_device_returned("output", "Jabra Evolve2 65")
    sip.simulate_device_lost("ringer", "USB Speakerphone", "Built-in Audio Analog Stereo")
    settle(100)
    save(window, out / "hotplug-offer.png")
    window.hide()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
