"""The HID usages this package reads and drives (HID Usage Tables 1.5, pages 0x08 and 0x0B)."""

from __future__ import annotations

import enum

PAGE_LED = 0x08
PAGE_TELEPHONY = 0x0B
PAGE_VENDOR_FIRST = 0xFF00  # 0xFF00-0xFFFF: vendor-defined, never interpreted


class Telephony(enum.IntEnum):
    """Telephony page (0x0B) input controls."""

    HEADSET = 0x05  # application collection of most headsets
    HOOK_SWITCH = 0x20
    FLASH = 0x21
    REDIAL = 0x24
    PHONE_MUTE = 0x2F


class Led(enum.IntEnum):
    """LED page (0x08) outputs that mirror the call state."""

    MUTE = 0x09
    OFF_HOOK = 0x17
    RING = 0x18
    HOLD = 0x20
    MICROPHONE = 0x21


BUTTONS: frozenset[int] = frozenset(
    (Telephony.HOOK_SWITCH, Telephony.FLASH, Telephony.REDIAL, Telephony.PHONE_MUTE)
)
LEDS: frozenset[int] = frozenset(Led)
