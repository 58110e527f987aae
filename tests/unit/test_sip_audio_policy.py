"""Pure audio policy of the SIP engine: hot-plug roles, echo canceller, codec order, levels."""

from __future__ import annotations

import pytest

from softphone.core.models import AudioDevice, AudioPrefs
from softphone.sip.audio_test import level
from softphone.sip.devices import choose_devices
from softphone.sip.echo import EC_TAIL_MS, ECHO_USE_NOISE_SUPPRESSOR, echo_settings, is_headset
from softphone.sip.hotplug import (
    RoleState,
    chosen,
    effective_prefs,
    initial_state,
    present,
    track,
)
from softphone.sip.tuning import codec_priorities

HEADSET = "Jabra Evolve 40"
PREFS = AudioPrefs(HEADSET, HEADSET, "Desk Speakers")
ALL = ("default", "pulse", HEADSET, "Desk Speakers")
NO_HEADSET = ("default", "pulse", "Desk Speakers")


def test_chosen_and_present() -> None:
    assert chosen(PREFS) == {"input": HEADSET, "output": HEADSET, "ringer": "Desk Speakers"}
    assert chosen(AudioPrefs()) == {}
    assert chosen(AudioPrefs(HEADSET, null_device=True)) == {}
    assert present("jabra evolve 40", ALL)
    assert not present("Jabra", ALL)


def test_headset_unplugged_then_back_is_offered_once() -> None:
    state = initial_state(PREFS, ALL)
    assert state == RoleState()
    step = track(PREFS, state, NO_HEADSET)
    assert step.vanished == (("input", HEADSET), ("output", HEADSET))
    assert step.returned == ()
    assert dict(step.state.lost) == {"input": HEADSET, "output": HEADSET}
    # still gone: nothing new
    again = track(PREFS, step.state, NO_HEADSET)
    assert (again.vanished, again.returned) == ((), ())
    # back: offered once, not switched (still lost until set_audio)
    back = track(PREFS, again.state, ALL)
    assert back.returned == (("input", HEADSET), ("output", HEADSET))
    assert back.vanished == ()
    assert set(back.state.lost) == {"input", "output"}
    assert track(PREFS, back.state, ALL).returned == ()
    # gone again before the agent switched: silent, then offered anew
    gone = track(PREFS, back.state, NO_HEADSET)
    assert (gone.vanished, gone.returned) == ((), ())
    assert track(PREFS, gone.state, ALL).returned == (("input", HEADSET), ("output", HEADSET))


def test_effective_prefs_blank_lost_roles_only() -> None:
    lost = {"output": HEADSET, "ringer": "Desk Speakers"}
    wanted = effective_prefs(PREFS, lost)
    assert (wanted.input_name, wanted.output_name, wanted.ringer_name) == (HEADSET, "", "")
    assert effective_prefs(PREFS, {}) is PREFS


def test_device_absent_at_start_counts_as_lost_quietly() -> None:
    state = initial_state(PREFS, NO_HEADSET)
    assert dict(state.lost) == {"input": HEADSET, "output": HEADSET}
    step = track(PREFS, state, ALL)
    assert step.vanished == ()
    assert step.returned == (("input", HEADSET), ("output", HEADSET))


def test_a_new_choice_resets_the_role() -> None:
    state = track(PREFS, RoleState(), NO_HEADSET).state
    other = AudioPrefs("Desk Mic", "Desk Speakers", "Desk Speakers")
    step = track(other, state, (*NO_HEADSET, "Desk Mic"))
    assert step.state == RoleState()
    assert (step.vanished, step.returned) == ((), ())


def test_ringer_lost_falls_back_to_the_speaker() -> None:
    devices = (
        AudioDevice(0, "default", "ALSA", 1, 1),
        AudioDevice(1, HEADSET, "ALSA", 1, 1),
    )
    step = track(PREFS, RoleState(), (d.name for d in devices))
    assert step.vanished == (("ringer", "Desk Speakers"),)
    choice = choose_devices(devices, effective_prefs(PREFS, step.state.lost))
    assert (choice.capture, choice.playback, choice.ringer, choice.warnings) == (1, 1, None, ())


def test_indexes_shift_but_names_resolve() -> None:
    before = (AudioDevice(0, "default", "ALSA", 1, 1), AudioDevice(1, HEADSET, "ALSA", 1, 1))
    after = (
        AudioDevice(0, "default", "ALSA", 1, 1),
        AudioDevice(1, "HDMI", "ALSA", 0, 1),
        AudioDevice(2, HEADSET, "ALSA", 1, 1),
    )
    prefs = AudioPrefs(HEADSET, HEADSET)
    assert choose_devices(before, prefs).playback == 1
    assert choose_devices(after, prefs).playback == 2


@pytest.mark.parametrize(
    ("name", "headset"),
    [
        ("Jabra EVOLVE 20 MS", True),
        ("sysdefault:CARD=USB", True),
        ("front:CARD=Headset,DEV=0", True),
        ("Plantronics Blackwire 3220", True),
        ("Poly Voyager Focus 2", True),
        ("Logitech USB Headset H390", True),
        ("EPOS IMPACT SC 660", True),
        ("Sennheiser SC 165", True),
        ("Headphones (Realtek Audio)", True),
        ("default", False),
        ("pulse", False),
        ("Speakers (Realtek High Definition Audio)", False),
        ("Built-in Audio Analog Stereo", False),
        ("hw:CARD=PCH,DEV=0", False),
        ("Polyphonic speaker", False),
    ],
)
def test_is_headset(name: str, headset: bool) -> None:
    assert is_headset(name) is headset


def test_echo_settings_auto_by_device_class() -> None:
    speakers = echo_settings("auto", True, "Speakers", "Built-in Microphone")
    assert speakers.enabled and speakers.tail_ms == EC_TAIL_MS
    assert speakers.noise_suppression
    assert speakers.options & ECHO_USE_NOISE_SUPPRESSOR
    assert not echo_settings("auto", True, "Jabra Evolve 40", "Jabra Evolve 40").enabled
    # either side being a headset is enough: the boom mic barely hears desk speakers
    assert not echo_settings("auto", True, "Speakers", "USB Headset").enabled


def test_echo_settings_forced_and_noise_suppression() -> None:
    forced = echo_settings("on", False, "Jabra Evolve 40", "Jabra Evolve 40")
    assert forced.enabled and not forced.noise_suppression
    assert forced.options & ECHO_USE_NOISE_SUPPRESSOR == 0
    off = echo_settings("off", True, "Speakers", "Speakers")
    assert (off.tail_ms, off.enabled, off.noise_suppression) == (0, False, False)


def test_codec_priorities_prefer_opus_then_g722_then_g711() -> None:
    ids = ["speex/16000/1", "PCMU/8000/1", "PCMA/8000/1", "G722/16000/1", "opus/48000/2"]
    prio = codec_priorities(ids)
    assert sorted(prio, key=prio.__getitem__, reverse=True) == [
        "opus/48000/2",
        "G722/16000/1",
        "PCMA/8000/1",
        "PCMU/8000/1",
    ]
    assert min(prio.values()) > 130  # above speex/16000's default
    assert codec_priorities(["speex/8000/1", "PCMU/8000/1"]) == {"PCMU/8000/1": 247}


def test_level_scale() -> None:
    assert (level(0), level(45), level(127)) == (0.0, 1.0, 1.0)
    assert 0.8 < level(37) < 0.85  # pjmedia's default tone (measured)
