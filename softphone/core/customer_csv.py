"""The customer CSV format both importers read (desktop and server): columns and flags."""

from __future__ import annotations

import re
from dataclasses import dataclass

from softphone.core.records import FlagKind

COLUMNS = (
    "customer_number",
    "name",
    "language",
    "segment",
    "phones",
    "email",
    "address",
    "notes",
    "flags",
)
FLAG_ITEM = re.compile(
    r"^(?P<kind>[a-z_]+)(?::(?P<count>\d{1,6}))?(?:=(?P<instruction>.*))?$", re.S
)


@dataclass(frozen=True)
class FlagItem:
    kind: FlagKind
    count: int | None  # None: not given (each importer applies its own default)
    instruction: str


def parse_flags(text: str) -> tuple[list[FlagItem], str]:
    """`kind[:count][=instruction]` items separated by ';' → items, or [] and a problem."""
    items: list[FlagItem] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = FLAG_ITEM.match(part)
        if match is None:
            return [], f"{part[:40]!r} is not kind[:count][=instruction]"
        try:
            kind = FlagKind(match.group("kind"))
        except ValueError:
            kinds = ", ".join(k.value for k in FlagKind)
            return [], f"unknown flag {match.group('kind')[:40]!r} (one of: {kinds})"
        count = int(match.group("count")) if match.group("count") else None
        items.append(FlagItem(kind, count, (match.group("instruction") or "").strip()))
    return items, ""
