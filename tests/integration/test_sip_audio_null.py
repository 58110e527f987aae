"""The engine's headset-audio features on a build or host without sound devices (CI's
PyPI wheel): the audio test answers at once, hot-plug stays quiet, codec order holds."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from softphone.core.events import AudioDeviceLost, AudioDevicesChanged, AudioTestLevels
from softphone.core.models import AudioPrefs
from tests.helpers.sip_engine import EngineHarness

pytestmark = pytest.mark.integration


def test_audio_test_without_a_sound_device_answers_at_once(sip_engine: EngineHarness) -> None:
    sip_engine.start()
    events = sip_engine.events
    mark = events.mark()
    sip_engine.engine.set_audio(AudioPrefs(null_device=True))
    events.wait_for(AudioDevicesChanged, after=mark)
    for mode in ("tone", "loopback"):
        mark = events.mark()
        sip_engine.engine.start_audio_test(mode)
        final = events.wait_for(AudioTestLevels, after=mark)
        assert final == AudioTestLevels("", 0.0, 0.0, "No sound device to test")
    mark = events.mark()
    sip_engine.engine.stop_audio_test()  # nothing running: nothing said
    sip_engine.engine.refresh_devices()
    events.wait_for(AudioDevicesChanged, after=mark)
    assert not events.find(AudioTestLevels, after=mark)


def test_absent_devices_are_never_reported_lost(sip_engine: EngineHarness) -> None:
    started = sip_engine.start()
    events = sip_engine.events
    mark = events.mark()
    prefs = AudioPrefs("Jabra Evolve", "Jabra Evolve", "USB Ringer", ring_on_headset_too=True)
    sip_engine.engine.set_audio(prefs)
    events.wait_for(AudioDevicesChanged, after=mark)
    sip_engine.engine.refresh_devices()
    events.wait_for(AudioDevicesChanged, after=mark + 1)
    assert not events.find(AudioDeviceLost)
    if started.sound_devices == 0:
        sip_engine.engine.start_audio_test("tone")
        final = events.wait_for(AudioTestLevels, after=mark)
        assert final.message == "No sound device to test"


def test_the_hot_plug_poll_does_not_repeat_warnings(
    sip_engine: EngineHarness, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """The poll re-applies the devices every 2 s: a standing warning is logged once."""
    caplog.set_level(logging.INFO, logger="softphone.sip.media")
    sip_engine.start()
    sip_engine.engine.set_audio(AudioPrefs(input_name="Jabra Evolve"))
    qtbot.wait(5000)  # two polls and more
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(said) == len(set(said)), said


def test_codec_order_prefers_wideband_over_speex(sip_engine: EngineHarness) -> None:
    codecs = list(sip_engine.start().codecs)
    order = [c.split("/")[0].casefold() for c in codecs]
    if "opus" in order:
        assert order[0] == "opus"
    assert order.index("g722") < order.index("pcma") < order.index("pcmu")
    if "speex" in order:
        assert order.index("pcmu") < order.index("speex")
