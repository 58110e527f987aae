"""The self-test's headset line: hidapi loads, telephony headsets listed, failures named."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from softphone.app.selftest import SelfTest, check_headset
from softphone.config.provisioning import Provisioning
from softphone.config.settings import Settings
from softphone.headset import hid_backend


def desk(**values: Any) -> SelfTest:
    settings = Settings(None, Provisioning(source="test"))
    settings.update(values)
    return cast(SelfTest, SimpleNamespace(settings=settings))


class FakeHid:
    __name__ = "hidraw"

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.entries = entries

    def enumerate(self) -> list[dict[str, Any]]:
        return self.entries


JABRA = {
    "path": b"/dev/hidraw3",
    "vendor_id": 0x0B0E,
    "product_id": 0x2465,
    "product_string": "Jabra Evolve2 65",
    "manufacturer_string": "GN Audio A/S",
    "usage_page": 0x0B,
    "usage": 0x05,
}
MOUSE = {**JABRA, "path": b"/dev/hidraw0", "usage_page": 0x01, "product_string": "Mouse"}


def test_lists_telephony_headsets_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hid_backend, "load_hid", lambda: FakeHid([MOUSE, JABRA]))
    result = check_headset(desk())
    assert result.ok
    assert result.detail == "hidapi (hidraw): 1 with call buttons: Jabra Evolve2 65"


def test_none_found_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hid_backend, "load_hid", lambda: FakeHid([MOUSE]))
    result = check_headset(desk())
    assert result.ok and "no headset with call buttons found" in result.detail


def test_missing_hidapi_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Any:
        raise ImportError("No module named 'hid'")

    monkeypatch.setattr(hid_backend, "load_hid", missing)
    result = check_headset(desk())
    assert not result.ok and "hidapi cannot be loaded" in result.detail


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hid_backend, "load_hid", lambda: pytest.fail("not loaded when off"))
    result = check_headset(desk(**{"headset.hid_enabled": False}))
    assert result.ok and "off" in result.detail
