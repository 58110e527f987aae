"""A stand-in for hidapi's `hid`/`hidraw` module: scripted devices, reports and failures."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class FakeDevice:
    """One plugged-in HID device as the fake module enumerates it."""

    path: bytes
    product: str
    descriptor: bytes
    vendor_id: int = 0x0B0E
    product_id: int = 0x0001
    usage_page: int = 0x0B
    claimed: bool = False  # another program holds it: open fails
    plugged: bool = True
    reports: queue.Queue[bytes] = field(default_factory=queue.Queue)
    writes: list[bytes] = field(default_factory=list)
    opened: int = 0
    closed: int = 0
    has_descriptor_call: bool = True

    def press(self, *reports: bytes) -> None:
        for report in reports:
            self.reports.put(report)

    def unplug(self) -> None:
        self.plugged = False


class FakeHandle:
    def __init__(self, module: FakeHidModule) -> None:
        self._module = module
        self._device: FakeDevice | None = None

    def open_path(self, path: bytes) -> None:
        device = self._module.by_path(path)
        if device is None or not device.plugged:
            raise OSError("open failed")
        if device.claimed:
            raise OSError("open failed")
        device.opened += 1
        self._device = device

    def _open(self) -> FakeDevice:
        if self._device is None:
            raise ValueError("not open")
        return self._device

    def __getattr__(self, name: str) -> Any:
        if name == "get_report_descriptor":
            device = self._open()
            if not device.has_descriptor_call:
                raise AttributeError(name)
            return lambda size=4096: list(device.descriptor[:size])
        raise AttributeError(name)

    def set_nonblocking(self, _flag: int) -> int:
        return 0

    def read(self, _max_length: int, timeout_ms: int = 0) -> list[int]:
        device = self._open()
        if not device.plugged:
            raise OSError("read error")
        try:
            return list(device.reports.get(timeout=timeout_ms / 1000))
        except queue.Empty:
            if not device.plugged:
                raise OSError("read error") from None
            return []

    def write(self, data: bytes) -> int:
        device = self._open()
        if not device.plugged:
            raise OSError("write error")
        with self._module.lock:
            device.writes.append(bytes(data))
            self._module.changed.notify_all()
        return len(data)

    def close(self) -> None:
        if self._device is not None:
            self._device.closed += 1
            self._device = None


class FakeHidModule:
    """Module-shaped: enumerate() and device(); `devices` is what is plugged in."""

    def __init__(self, *devices: FakeDevice) -> None:
        self.devices = list(devices)
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.enumerations = 0

    def by_path(self, path: bytes) -> FakeDevice | None:
        return next((d for d in self.devices if d.path == path), None)

    def enumerate(self, vendor_id: int = 0, product_id: int = 0) -> list[dict[str, Any]]:
        with self.changed:
            self.enumerations += 1
            self.changed.notify_all()
        return [
            {
                "path": d.path,
                "vendor_id": d.vendor_id,
                "product_id": d.product_id,
                "serial_number": "",
                "release_number": 0x100,
                "manufacturer_string": "Test",
                "product_string": d.product,
                "usage_page": d.usage_page,
                "usage": 5,
                "interface_number": 3,
            }
            for d in self.devices
            if d.plugged
        ]

    def device(self) -> FakeHandle:
        return FakeHandle(self)

    def wait_for_enumerations(self, count: int, timeout: float = 10) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.enumerations >= count, timeout)

    def wait_for_write(self, device: FakeDevice, report: bytes, timeout: float = 10) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: report in device.writes, timeout)
