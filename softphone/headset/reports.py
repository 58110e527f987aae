"""Input reports to button events (edge detection) and wanted LEDs to output reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from softphone.headset.descriptor import Field, TelephonyLayout
from softphone.headset.usages import Led, Telephony


class Button(enum.StrEnum):
    HOOK_OFF = "hook-off"  # absolute hook switch went to 1: the agent picked up
    HOOK_ON = "hook-on"  # absolute hook switch went to 0: the agent hung up
    HOOK_TOGGLE = "hook-toggle"  # relative hook switch pressed: pick up or hang up
    MUTE_TOGGLE = "mute-toggle"
    FLASH = "flash"
    REDIAL = "redial"


@dataclass(frozen=True)
class LedState:
    """What the headset's LEDs should show; Microphone mirrors mute (see encode_leds)."""

    off_hook: bool = False
    ring: bool = False
    mute: bool = False
    hold: bool = False

    def values(self) -> dict[int, bool]:
        return {
            Led.OFF_HOOK: self.off_hook,
            Led.RING: self.ring,
            Led.MUTE: self.mute,
            # Jabra/Poly/EPOS expect LED Microphone as the host's answer to Phone Mute
            # (https://github.com/WICG/webhid/issues/72): drive it with the mute state.
            Led.MICROPHONE: self.mute,
            Led.HOLD: self.hold,
        }


LEDS_OFF = LedState()


def field_value(payload: bytes, field: Field) -> int:
    """The field's raw value from a report payload (bits are little-endian, LSB first)."""
    end = field.bit_offset + field.bit_size
    if field.bit_size <= 0 or end > len(payload) * 8:
        return 0
    whole = int.from_bytes(payload, "little")
    value = (whole >> field.bit_offset) & ((1 << field.bit_size) - 1)
    if field.logical_min < 0 and value & (1 << (field.bit_size - 1)):
        value -= 1 << field.bit_size
    return value


def _pressed(payload: bytes, field: Field, usage: int) -> bool:
    value = field_value(payload, field)
    if field.array:
        index = value - field.logical_min
        return 0 <= index < len(field.array_usages) and field.array_usages[index][0] == usage
    return value != 0


class InputDecoder:
    """Turns a device's input reports into button events, remembering the last state.

    Press-and-release devices send 1 then 0 (WebHID issue 72: Jabra, Poly, Sennheiser);
    events fire on the rising edge only, so a repeated report with the same state fires
    nothing. An absolute hook switch is a state: both edges count.
    """

    def __init__(self, layout: TelephonyLayout) -> None:
        self.layout = layout
        self._state: dict[int, bool] = {}

    def hook_state(self) -> bool | None:
        """The last hook switch state reported (None: not reported yet)."""
        return self._state.get(Telephony.HOOK_SWITCH)

    def feed(self, report: bytes) -> list[Button]:
        """Events in one input report as hidapi returns it (with the id byte if numbered)."""
        if not report:
            return []
        report_id, payload = (report[0], report[1:]) if self.layout.numbered else (0, report)
        events: list[Button] = []
        for usage, field in self.layout.buttons.items():
            if field.report_id != report_id:
                continue
            now = _pressed(payload, field, usage)
            before = self._state.get(usage)
            self._state[usage] = now
            if now == before:
                continue
            event = _edge(usage, field, now, first=before is None)
            if event is not None:
                events.append(event)
        return events


def _edge(usage: int, field: Field, now: bool, *, first: bool) -> Button | None:
    if usage == Telephony.HOOK_SWITCH and field.absolute:
        if first and not now:
            return None  # the first report tells the resting state, not a hang-up
        return Button.HOOK_OFF if now else Button.HOOK_ON
    if not now:
        return None  # release of a press
    return {
        Telephony.HOOK_SWITCH: Button.HOOK_TOGGLE,
        Telephony.PHONE_MUTE: Button.MUTE_TOGGLE,
        Telephony.FLASH: Button.FLASH,
        Telephony.REDIAL: Button.REDIAL,
    }.get(Telephony(usage))


def encode_leds(layout: TelephonyLayout, leds: LedState) -> list[bytes]:
    """The output reports (id byte first, 0 if unnumbered) that show `leds` on the device.

    Each report the LEDs live in is written whole: other outputs in it are left at 0.
    """
    wanted = leds.values()
    reports: dict[int, bytearray] = {}
    for usage, field in layout.leds.items():
        buffer = reports.setdefault(
            field.report_id, bytearray(layout.output_length(field.report_id))
        )
        on = wanted.get(usage, False)
        # Some descriptors leave Logical Maximum at 0 for LEDs; 1 is what "on" means there.
        high = field.logical_max if field.logical_max > field.logical_min else 1
        value = (high if on else max(field.logical_min, 0)) & ((1 << field.bit_size) - 1)
        whole = int.from_bytes(buffer, "little")
        mask = ((1 << field.bit_size) - 1) << field.bit_offset
        whole = (whole & ~mask) | (value << field.bit_offset)
        buffer[:] = whole.to_bytes(len(buffer), "little")
    return [bytes([report_id]) + bytes(buffer) for report_id, buffer in sorted(reports.items())]
