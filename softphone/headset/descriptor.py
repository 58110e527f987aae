"""A pure HID report-descriptor parser: where the telephony buttons and LEDs sit in reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from softphone.headset.usages import BUTTONS, LEDS, PAGE_LED, PAGE_TELEPHONY, PAGE_VENDOR_FIRST

# Item prefix: bits 0-1 size code, 2-3 type, 4-7 tag (HID 1.11, section 6.2.2.2).
_SIZES = (0, 1, 2, 4)
_LONG_ITEM = 0xFE
_TYPE_MAIN, _TYPE_GLOBAL, _TYPE_LOCAL = 0, 1, 2

# Main item tags.
_INPUT, _OUTPUT, _COLLECTION, _FEATURE, _END_COLLECTION = 0x8, 0x9, 0xA, 0xB, 0xC
# Global item tags.
_USAGE_PAGE, _LOGICAL_MIN, _LOGICAL_MAX = 0x0, 0x1, 0x2
_REPORT_SIZE, _REPORT_ID, _REPORT_COUNT, _PUSH, _POP = 0x7, 0x8, 0x9, 0xA, 0xB
# Local item tags.
_USAGE, _USAGE_MIN, _USAGE_MAX = 0x0, 0x1, 0x2

# Main item data bits.
_FLAG_VARIABLE = 0x02
_FLAG_RELATIVE = 0x04

_COLLECTION_APPLICATION = 0x01
_MAX_ARRAY_USAGES = 1024  # a hostile Usage Minimum/Maximum must not allocate millions


class DescriptorError(ValueError):
    """The bytes are not a report descriptor we can walk (truncated, unbalanced...)."""


class Kind(enum.StrEnum):
    INPUT = "input"
    OUTPUT = "output"
    FEATURE = "feature"


_KINDS = {_INPUT: Kind.INPUT, _OUTPUT: Kind.OUTPUT, _FEATURE: Kind.FEATURE}


@dataclass(frozen=True)
class Item:
    """One short item as it appears in the descriptor (for debugging and tests)."""

    offset: int
    type: int
    tag: int
    data: bytes

    @property
    def unsigned(self) -> int:
        return int.from_bytes(self.data, "little") if self.data else 0

    @property
    def signed(self) -> int:
        return int.from_bytes(self.data, "little", signed=True) if self.data else 0


@dataclass(frozen=True)
class Field:
    """One usage's bits in a report: `bit_offset` counts from the first byte after the id."""

    page: int
    usage: int
    kind: Kind
    report_id: int  # 0: the device does not number its reports
    bit_offset: int
    bit_size: int
    relative: bool  # a one-shot press (1 then 0) rather than a state
    array: bool  # an array slot: the value is an index into `array_usages`
    logical_min: int
    logical_max: int
    application: tuple[int, int]  # (page, usage) of the top-level collection holding it
    array_usages: tuple[tuple[int, int], ...] = ()  # (usage, page) per index

    @property
    def absolute(self) -> bool:
        return not self.relative

    def describe(self) -> str:
        mode = "relative" if self.relative else "absolute"
        return (
            f"{self.kind} page 0x{self.page:02X} usage 0x{self.usage:02X}: report "
            f"{self.report_id}, bit {self.bit_offset}, {self.bit_size} bit(s), {mode}"
        )


@dataclass(frozen=True)
class TelephonyLayout:
    """Where a device's telephony buttons (inputs) and LEDs (outputs) are."""

    buttons: dict[int, Field]  # Telephony usage -> input field
    leds: dict[int, Field]  # LED usage -> output field
    numbered: bool  # reports start with a report id byte
    input_bits: dict[int, int]  # report id -> payload bits of that input report
    output_bits: dict[int, int]  # report id -> payload bits of that output report
    applications: tuple[tuple[int, int], ...] = ()

    @property
    def usable(self) -> bool:
        return bool(self.buttons or self.leds)

    def output_length(self, report_id: int) -> int:
        """Bytes of the output report's payload (the id byte not included)."""
        return (self.output_bits.get(report_id, 0) + 7) // 8

    def describe(self) -> str:
        fields = [*self.buttons.values(), *self.leds.values()]
        return "; ".join(f.describe() for f in fields) or "no telephony controls"


@dataclass
class _Globals:
    page: int = 0
    logical_min: int = 0
    logical_max: int = 0
    report_size: int = 0
    report_id: int = 0
    report_count: int = 0


@dataclass
class _Locals:
    usages: list[tuple[int, int | None]] = field(default_factory=list)  # (usage, page or None)
    minimum: tuple[int, int | None] | None = None


def items(data: bytes) -> list[Item]:
    """Every short item of `data`, in order; long items are skipped (none are standard)."""
    found: list[Item] = []
    pos = 0
    while pos < len(data):
        prefix = data[pos]
        if prefix == _LONG_ITEM:
            if pos + 2 >= len(data):
                raise DescriptorError(f"truncated long item at byte {pos}")
            pos += 3 + data[pos + 1]
            continue
        size = _SIZES[prefix & 0x3]
        if pos + 1 + size > len(data):
            raise DescriptorError(f"item at byte {pos} runs past the end ({len(data)} bytes)")
        found.append(
            Item(pos, (prefix >> 2) & 0x3, prefix >> 4, bytes(data[pos + 1 : pos + 1 + size]))
        )
        pos += 1 + size
    return found


def _usage(item: Item) -> tuple[int, int | None]:
    """A Usage's id and, for a 4-byte (extended) usage, its own page."""
    if len(item.data) == 4:
        value = item.unsigned
        return value & 0xFFFF, value >> 16
    return item.unsigned, None


def parse(data: bytes) -> list[Field]:
    """Every data field of the descriptor, one per usage (variable) or per array slot."""
    globals_ = _Globals()
    stack: list[_Globals] = []
    local = _Locals()
    collections: list[tuple[int, int, int]] = []  # (kind, page, usage)
    application = (0, 0)
    bits: dict[tuple[Kind, int], int] = {}
    fields: list[Field] = []

    for item in items(data):
        if item.type == _TYPE_GLOBAL:
            _apply_global(item, globals_, stack)
            continue
        if item.type == _TYPE_LOCAL:
            if item.tag == _USAGE:
                local.usages.append(_usage(item))
            elif item.tag == _USAGE_MIN:
                local.minimum = _usage(item)
            elif item.tag == _USAGE_MAX and local.minimum is not None:
                low, page = local.minimum
                high, _ = _usage(item)
                span = range(low, min(high, low + _MAX_ARRAY_USAGES - 1) + 1)
                local.usages.extend((u, page) for u in span)
                local.minimum = None
            continue
        if item.type != _TYPE_MAIN:
            continue  # reserved type: skip rather than fail on a vendor oddity
        if item.tag == _COLLECTION:
            usage, page = local.usages[0] if local.usages else (0, None)
            page = globals_.page if page is None else page
            collections.append((item.unsigned, page, usage))
            if len(collections) == 1 or (
                item.unsigned == _COLLECTION_APPLICATION and application == (0, 0)
            ):
                application = (page, usage)
        elif item.tag == _END_COLLECTION:
            if not collections:
                raise DescriptorError(f"End Collection without Collection at byte {item.offset}")
            collections.pop()
            if not collections:
                application = (0, 0)
        elif item.tag in _KINDS:
            kind = _KINDS[item.tag]
            key = (kind, globals_.report_id)
            start = bits.get(key, 0)
            total = globals_.report_size * globals_.report_count
            bits[key] = start + total
            # Linux (hid-core.c, hid_add_field) ignores only fields without usages: some
            # real headsets flag their hook switch Constant (e.g. Anker PowerConf, 0x81 0x23).
            if local.usages and total:
                fields.extend(
                    _fields(
                        item.unsigned,
                        kind,
                        start=start,
                        globals_=globals_,
                        local=local,
                        application=application,
                    )
                )
        local = _Locals()
    # A descriptor cut short (unbalanced collections) still says what it says: keep it.
    return fields


def _apply_global(item: Item, globals_: _Globals, stack: list[_Globals]) -> None:
    tag = item.tag
    if tag == _USAGE_PAGE:
        globals_.page = item.unsigned
    elif tag == _LOGICAL_MIN:
        globals_.logical_min = item.signed
    elif tag == _LOGICAL_MAX:
        # Logical Maximum is signed only when the minimum is negative (HID 1.11 6.2.2.7);
        # "25 FF" after "15 00" means 255, as hid-core.c reads it.
        globals_.logical_max = item.signed if globals_.logical_min < 0 else item.unsigned
    elif tag == _REPORT_SIZE:
        globals_.report_size = item.unsigned
    elif tag == _REPORT_ID:
        if item.unsigned == 0:
            raise DescriptorError(f"Report ID 0 at byte {item.offset} is reserved")
        globals_.report_id = item.unsigned
    elif tag == _REPORT_COUNT:
        globals_.report_count = item.unsigned
    elif tag == _PUSH:
        stack.append(replace(globals_))
    elif tag == _POP:
        if not stack:
            raise DescriptorError(f"Pop without Push at byte {item.offset}")
        restored = stack.pop()
        for name in ("page", "logical_min", "logical_max", "report_size", "report_count"):
            setattr(globals_, name, getattr(restored, name))
        globals_.report_id = restored.report_id


def _fields(
    flags: int,
    kind: Kind,
    *,
    start: int,
    globals_: _Globals,
    local: _Locals,
    application: tuple[int, int],
) -> list[Field]:
    size, count = globals_.report_size, globals_.report_count
    usages = [(u, globals_.page if p is None else p) for u, p in local.usages]
    relative = bool(flags & _FLAG_RELATIVE)
    array = not flags & _FLAG_VARIABLE
    result = []
    for i in range(count):
        if array:
            # Each slot holds the index (from logical min) of one of the usages.
            usage, page = usages[0]
        else:
            # Fewer usages than fields: the last usage applies to the rest (HID 1.11 6.2.2.8).
            usage, page = usages[min(i, len(usages) - 1)]
        result.append(
            Field(
                page=page,
                usage=usage,
                kind=kind,
                report_id=globals_.report_id,
                bit_offset=start + i * size,
                bit_size=size,
                relative=relative,
                array=array,
                logical_min=globals_.logical_min,
                logical_max=globals_.logical_max,
                application=application,
                array_usages=tuple((u, p) for u, p in usages) if array else (),
            )
        )
    return result


def telephony_layout(data: bytes) -> TelephonyLayout:
    """The telephony buttons and LEDs of a descriptor; vendor pages are ignored."""
    fields = parse(data)
    numbered = _numbered(data)
    input_bits: dict[int, int] = {}
    output_bits: dict[int, int] = {}
    _sizes(data, input_bits, output_bits)
    buttons: dict[int, Field] = {}
    leds: dict[int, Field] = {}
    for f in sorted(fields, key=_preference):
        if f.application[0] >= PAGE_VENDOR_FIRST:
            continue
        if f.kind is Kind.INPUT:
            for usage, page in f.array_usages or ((f.usage, f.page),):
                if page == PAGE_TELEPHONY and usage in BUTTONS and usage not in buttons:
                    buttons[usage] = f if not f.array else replace(f, page=page, usage=usage)
        elif (
            f.kind is Kind.OUTPUT
            and not f.array
            and f.page == PAGE_LED
            and f.usage in LEDS
            and f.usage not in leds
        ):
            leds[f.usage] = f
    applications = tuple(dict.fromkeys(f.application for f in fields if f.application != (0, 0)))
    return TelephonyLayout(buttons, leds, numbered, input_bits, output_bits, applications)


def _preference(f: Field) -> tuple[int, int]:
    """Prefer a control inside a Telephony application collection, then descriptor order."""
    return (0 if f.application[0] == PAGE_TELEPHONY else 1, 0)


def _numbered(data: bytes) -> bool:
    return any(i.type == _TYPE_GLOBAL and i.tag == _REPORT_ID for i in items(data))


def _sizes(data: bytes, input_bits: dict[int, int], output_bits: dict[int, int]) -> None:
    """Total payload bits per report id for inputs and outputs (padding included)."""
    globals_ = _Globals()
    stack: list[_Globals] = []
    for item in items(data):
        if item.type == _TYPE_GLOBAL:
            _apply_global(item, globals_, stack)
        elif item.type == _TYPE_MAIN and item.tag in (_INPUT, _OUTPUT):
            target = input_bits if item.tag == _INPUT else output_bits
            rid = globals_.report_id
            target[rid] = target.get(rid, 0) + globals_.report_size * globals_.report_count


def hex_dump(data: bytes) -> str:
    """The descriptor as the hex line support asks for (`usbhid-dump` style)."""
    return data.hex(" ").upper()


def from_hex(text: str) -> bytes:
    """Bytes from a fixture/log: hex pairs, '0x' prefixes, commas and # comments allowed."""
    cleaned = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].split("//", 1)[0]
        cleaned.append(line.replace(",", " ").replace("0x", "").replace("0X", ""))
    return bytes.fromhex(" ".join(cleaned))
