"""Input reports to button events, and LED states to output reports, on the fixtures."""

from __future__ import annotations

from softphone.headset.descriptor import telephony_layout
from softphone.headset.reports import Button, InputDecoder, LedState, encode_leds, field_value
from softphone.headset.usages import Telephony
from tests.unit.headset.conftest import layout


def test_absolute_hook_fires_both_edges_and_repeats_nothing() -> None:
    decoder = InputDecoder(layout("anker_powerconf_partly_reconstructed"))
    assert decoder.feed(bytes([2, 0b0000_0001])) == [Button.HOOK_OFF]
    assert decoder.feed(bytes([2, 0b0000_0001])) == []  # same state again (e.g. a re-send)
    assert decoder.feed(bytes([2, 0b0000_0000])) == [Button.HOOK_ON]
    assert decoder.hook_state() is False


def test_first_report_on_hook_is_the_resting_state_not_a_hang_up() -> None:
    decoder = InputDecoder(layout("anker_powerconf_partly_reconstructed"))
    assert decoder.feed(bytes([2, 0])) == []
    assert decoder.hook_state() is False


def test_relative_mute_fires_on_press_only() -> None:
    """WebHID issue 72: headsets send Phone Mute 1 then 0 for one press."""
    decoder = InputDecoder(layout("plantronics_blackwire_3220_telephony_partial"))
    assert decoder.feed(bytes([8, 0b001])) == [Button.MUTE_TOGGLE]
    assert decoder.feed(bytes([8, 0b000])) == []
    assert decoder.feed(bytes([8, 0b001])) == [Button.MUTE_TOGGLE]


def test_hook_and_flash_in_one_report() -> None:
    decoder = InputDecoder(layout("plantronics_blackwire_3220_telephony_partial"))
    assert decoder.feed(bytes([8, 0b110])) == [Button.HOOK_OFF, Button.FLASH]
    assert decoder.feed(bytes([8, 0b010])) == []


def test_reports_with_other_ids_are_ignored() -> None:
    decoder = InputDecoder(layout("plantronics_blackwire_3220_telephony_partial"))
    assert decoder.feed(bytes([1, 0xFF])) == []  # the consumer volume report
    assert decoder.feed(b"") == []


def test_relative_hook_switch_is_a_toggle_unnumbered() -> None:
    """CMedia HS-100B: no report ids; bit 4 is the (relative) hook switch."""
    decoder = InputDecoder(layout("cmedia_hs100b"))
    assert decoder.feed(bytes([0x10, 0, 0, 0])) == [Button.HOOK_TOGGLE]
    assert decoder.feed(bytes([0x00, 0, 0, 0])) == []
    assert decoder.feed(bytes([0x08, 0, 0, 0])) == [Button.MUTE_TOGGLE]


def test_short_report_reads_as_zero() -> None:
    decoder = InputDecoder(layout("synthetic_push_pop_vendor"))
    assert decoder.feed(bytes([3, 0b0000_0010])) == [Button.REDIAL]  # Flash byte missing


def test_array_usages_decode_by_index() -> None:
    # Telephony Headset: one 8-bit array slot holding Hook (1) or Mute (2).
    data = bytes.fromhex("05 0B 09 05 A1 01 15 01 25 02 75 08 95 01 09 20 09 2F 81 00 C0")
    decoder = InputDecoder(telephony_layout(data))
    assert decoder.feed(bytes([1])) == [Button.HOOK_OFF]
    assert decoder.feed(bytes([2])) == [Button.HOOK_ON, Button.MUTE_TOGGLE]
    assert decoder.feed(bytes([0])) == []


def test_field_value_signed_and_multi_byte() -> None:
    found = telephony_layout(
        bytes.fromhex("05 0B 09 05 A1 01 15 FF 25 01 75 02 95 01 09 20 81 02 C0")
    )
    hook = found.buttons[Telephony.HOOK_SWITCH]
    assert field_value(bytes([0b11]), hook) == -1
    assert field_value(b"", hook) == 0


def test_powerconf_leds_one_report() -> None:
    found = layout("anker_powerconf_partly_reconstructed")
    assert encode_leds(found, LedState()) == [bytes([2, 0])]
    assert encode_leds(found, LedState(off_hook=True)) == [bytes([2, 0b0000_0001])]
    # Mute lights Mute (bit 1) and Microphone (bit 4).
    assert encode_leds(found, LedState(off_hook=True, mute=True)) == [bytes([2, 0b0001_0011])]
    assert encode_leds(found, LedState(ring=True, hold=True)) == [bytes([2, 0b0000_1100])]


def test_plantronics_leds_one_report_per_led() -> None:
    found = layout("plantronics_blackwire_3220_telephony_partial")
    assert encode_leds(found, LedState(off_hook=True, mute=True)) == [
        bytes([0x09, 1]),
        bytes([0x17, 1]),
    ]


def test_gadget_report_is_written_whole_with_padding() -> None:
    found = layout("vendor_gadget_conference_device")
    assert encode_leds(found, LedState(ring=True)) == [bytes([2, 0b100, 0])]


def test_device_without_leds_gets_no_reports() -> None:
    assert encode_leds(layout("cmedia_hs100b"), LedState(off_hook=True)) == []


def test_unnumbered_output_report_starts_with_zero() -> None:
    data = bytes.fromhex("05 0B 09 05 A1 01 05 08 15 00 25 00 75 01 95 01 09 17 91 02 C0")
    assert encode_leds(telephony_layout(data), LedState(off_hook=True)) == [bytes([0, 1])]
