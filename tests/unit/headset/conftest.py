"""Headset test helpers: fixtures' descriptors by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.headset.descriptor import TelephonyLayout, from_hex, telephony_layout

FIXTURES = Path(__file__).parent / "fixtures"


def descriptor(name: str) -> bytes:
    return from_hex((FIXTURES / f"{name}.hex").read_text(encoding="utf-8"))


def layout(name: str) -> TelephonyLayout:
    return telephony_layout(descriptor(name))


@pytest.fixture
def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.hex"))
