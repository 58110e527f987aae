"""The report-descriptor parser on real (and one synthetic) headset descriptors."""

from __future__ import annotations

import pytest

from softphone.headset.descriptor import (
    DescriptorError,
    Kind,
    from_hex,
    hex_dump,
    items,
    parse,
    telephony_layout,
)
from softphone.headset.usages import PAGE_TELEPHONY, Led, Telephony
from tests.unit.headset.conftest import FIXTURES, descriptor, layout


def test_every_fixture_names_its_source() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for path in FIXTURES.glob("*.hex"):
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("#"), f"{path.name} has no source comment"
        assert path.name in readme
        if path.stem.startswith("synthetic"):
            assert "SYNTHETIC" in path.read_text(encoding="utf-8")


def test_every_fixture_parses_to_telephony_controls(fixture_names: list[str]) -> None:
    for name in fixture_names:
        found = layout(name)
        assert found.usable, name
        assert Telephony.HOOK_SWITCH in found.buttons, name


def test_cmedia_hs100b_unnumbered_hook_is_relative_and_mute_absolute() -> None:
    found = layout("cmedia_hs100b")
    assert not found.numbered
    hook = found.buttons[Telephony.HOOK_SWITCH]
    mute = found.buttons[Telephony.PHONE_MUTE]
    assert (hook.report_id, hook.bit_offset, hook.bit_size, hook.relative) == (0, 4, 1, True)
    assert (mute.report_id, mute.bit_offset, mute.bit_size, mute.relative) == (0, 3, 1, False)
    # The Telephony usages sit in a Consumer Control collection: still found.
    assert hook.application == (0x0C, 0x01)
    assert found.leds == {}  # its only output is an unnamed vendor usage
    assert found.input_bits == {0: 32}


def test_plantronics_leds_each_in_their_own_report() -> None:
    found = layout("plantronics_blackwire_3220_telephony_partial")
    assert found.numbered
    mute = found.buttons[Telephony.PHONE_MUTE]
    hook = found.buttons[Telephony.HOOK_SWITCH]
    flash = found.buttons[Telephony.FLASH]
    assert (mute.report_id, mute.bit_offset, mute.relative) == (8, 0, True)
    assert (hook.report_id, hook.bit_offset, hook.relative) == (8, 1, False)
    assert (flash.report_id, flash.bit_offset, flash.relative) == (8, 2, False)
    assert found.leds[Led.MUTE].report_id == 0x09
    assert found.leds[Led.OFF_HOOK].report_id == 0x17
    # The public text ends inside the Ring report: no Ring output was declared in it.
    assert Led.RING not in found.leds
    assert found.applications == ((PAGE_TELEPHONY, Telephony.HEADSET),)


def test_anker_powerconf_constant_flagged_hook_is_still_a_control() -> None:
    found = layout("anker_powerconf_partly_reconstructed")
    hook = found.buttons[Telephony.HOOK_SWITCH]
    assert (hook.report_id, hook.bit_offset, hook.relative) == (2, 0, False)
    assert found.buttons[Telephony.PHONE_MUTE].relative
    assert found.buttons[Telephony.FLASH].bit_offset == 3
    bits = {usage: f.bit_offset for usage, f in found.leds.items()}
    assert bits == {Led.OFF_HOOK: 0, Led.MUTE: 1, Led.RING: 2, Led.HOLD: 3, Led.MICROPHONE: 4}
    assert found.output_length(2) == 1


def test_gadget_descriptor_keypad_array_and_ringer_do_not_disturb_offsets() -> None:
    found = layout("vendor_gadget_conference_device")
    assert found.buttons[Telephony.HOOK_SWITCH].bit_offset == 0
    assert found.buttons[Telephony.PHONE_MUTE].bit_offset == 2
    assert Telephony.REDIAL not in found.buttons
    assert found.leds[Led.HOLD].bit_offset == 3
    assert found.output_length(2) == 2  # 5 LEDs + Ringer + 10 bits of padding
    keypad = [f for f in parse(descriptor("vendor_gadget_conference_device")) if f.array]
    assert len(keypad) == 1
    assert (keypad[0].bit_offset, keypad[0].bit_size, len(keypad[0].array_usages)) == (6, 4, 12)


def test_synthetic_push_pop_usage_range_extended_usage_and_vendor_page() -> None:
    found = layout("synthetic_push_pop_vendor")
    # The vendor collection (report 5) has Hook/Mute usages too: ignored.
    assert {f.report_id for f in found.buttons.values()} == {3}
    assert found.buttons[Telephony.HOOK_SWITCH].relative
    assert found.buttons[Telephony.REDIAL].bit_offset == 1
    assert not found.buttons[Telephony.PHONE_MUTE].relative
    assert found.buttons[Telephony.FLASH].bit_offset == 8
    # Usage Minimum/Maximum inside Push, then Pop back to the Telephony page.
    assert (found.leds[Led.OFF_HOOK].bit_offset, found.leds[Led.RING].bit_offset) == (0, 1)
    # A 4-byte usage names its own page (LED) while the global page is Telephony.
    assert found.leds[Led.MUTE].bit_offset == 2
    features = [f for f in parse(descriptor("synthetic_push_pop_vendor")) if f.kind is Kind.FEATURE]
    assert len(features) == 2


def test_items_walks_sizes_and_skips_long_items() -> None:
    data = bytes.fromhex("05 0B FE 02 10 AA BB 27 FF FF 00 00 C0")
    found = items(data)
    assert [(i.type, i.tag, i.data.hex()) for i in found] == [
        (1, 0, "0b"),
        (1, 2, "ffff0000"),
        (0, 0xC, ""),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("05", "runs past the end"),
        ("C0", "End Collection without Collection"),
        ("B4", "Pop without Push"),
        ("85 00", "Report ID 0"),
    ],
)
def test_broken_descriptors_raise_a_descriptor_error(text: str, problem: str) -> None:
    with pytest.raises(DescriptorError, match=problem):
        parse(bytes.fromhex(text))


def test_a_hostile_usage_range_is_bounded() -> None:
    data = bytes.fromhex("05 0B 09 05 A1 01 1A 00 00 2A FF FF 75 01 95 02 81 00 C0")
    (first, _second) = parse(data)
    assert len(first.array_usages) == 1024


def test_empty_descriptor_has_no_controls() -> None:
    found = telephony_layout(b"")
    assert not found.usable
    assert found.describe() == "no telephony controls"


def test_hex_round_trip() -> None:
    data = descriptor("cmedia_hs100b")
    assert from_hex(hex_dump(data)) == data
    assert from_hex("0x05, 0x0B, // page\n0x09 0x05  # usage") == bytes.fromhex("050B0905")
