"""Headset I/O through hidapi (the only module importing it): find, open, read, write LEDs."""

from __future__ import annotations

import enum
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from softphone.headset.descriptor import (
    DescriptorError,
    TelephonyLayout,
    from_hex,
    hex_dump,
    telephony_layout,
)
from softphone.headset.reports import LEDS_OFF, Button, InputDecoder, LedState, encode_leds
from softphone.headset.usages import PAGE_TELEPHONY

log = logging.getLogger("softphone.headset")

RESCAN_SECONDS = 2.0
READ_TIMEOUT_MS = 50  # how long a read waits: the bound on LED latency and on stop()
MAX_REPORT = 64
MAX_DESCRIPTOR = 4096

# Devices whose descriptor we know, for an hidapi without get_report_descriptor (< 0.14):
# (vendor id, product id) -> descriptor. Sources: tests/unit/headset/fixtures/README.md.
KNOWN_DESCRIPTORS: dict[tuple[int, int], bytes] = {
    # CMedia HS-100B, as fixed by Linux drivers/hid/hid-cmedia.c (hs100b_rdesc_fixed).
    (0x0D8C, 0x0014): from_hex(
        "05 0C 09 01 A1 01 15 00 25 01 09 E9 09 EA 75 01 95 02 81 02 09 E2 95 01 81 06"
        " 05 0B 09 2F 81 02 09 20 81 06 05 0C 09 00 95 03 81 02 26 FF 00 09 00 75 08"
        " 95 03 81 02 09 00 95 04 91 02 C0"
    ),
}


class State(enum.StrEnum):
    OFF = "off"  # not started, or stopped
    SEARCHING = "searching"  # no telephony headset plugged in (yet)
    CONNECTED = "connected"
    UNAVAILABLE = "unavailable"  # hidapi missing, device claimed, no permission...


class Problem(enum.StrEnum):
    """Why the buttons are unavailable; the app turns it into a translated sentence."""

    HIDAPI_MISSING = "hidapi-missing"
    LIST_FAILED = "list-failed"
    OPEN_FAILED = "open-failed"  # claimed by another program, or no permission (udev)
    NO_DESCRIPTOR = "no-descriptor"
    BAD_DESCRIPTOR = "bad-descriptor"
    NO_BUTTONS = "no-buttons"
    INTERNAL = "internal"


@dataclass(frozen=True)
class Status:
    """The backend's state; `detail` is the technical reason (English, for the log)."""

    state: State
    device: str = ""
    problem: Problem | None = None
    detail: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    """One telephony top-level collection hidapi enumerated."""

    path: bytes
    vendor_id: int
    product_id: int
    product: str
    manufacturer: str

    @property
    def name(self) -> str:
        return self.product or f"{self.vendor_id:04x}:{self.product_id:04x}"


def load_hid() -> Any:
    """hidapi's module: on Linux the hidraw backend (no kernel driver detached; works with
    the udev uaccess rule), elsewhere `hid`. Raises ImportError when hidapi is missing."""
    if sys.platform.startswith("linux"):
        try:
            import hidraw

            return hidraw
        except ImportError:
            pass
    import hid

    return hid


def telephony_devices(hid: Any) -> list[DeviceInfo]:
    """Every enumerated device with a top-level Telephony collection, or a known one."""
    found: dict[bytes, DeviceInfo] = {}
    for entry in hid.enumerate():
        ids = (int(entry.get("vendor_id") or 0), int(entry.get("product_id") or 0))
        # Known devices too: the HS-100B's telephony controls sit in a Consumer collection.
        if entry.get("usage_page") != PAGE_TELEPHONY and ids not in KNOWN_DESCRIPTORS:
            continue
        path = entry.get("path") or b""
        path = path.encode() if isinstance(path, str) else bytes(path)
        if path in found:
            continue
        found[path] = DeviceInfo(
            path=path,
            vendor_id=int(entry.get("vendor_id") or 0),
            product_id=int(entry.get("product_id") or 0),
            product=str(entry.get("product_string") or "").strip(),
            manufacturer=str(entry.get("manufacturer_string") or "").strip(),
        )
    return list(found.values())


def choose(devices: list[DeviceInfo], wanted: str) -> DeviceInfo | None:
    """The device the agent named (exact, then substring, case-insensitive), else the first."""
    if not devices:
        return None
    name = wanted.strip().casefold()
    if name:
        for match in (
            lambda d: d.product.casefold() == name,
            lambda d: name in d.product.casefold(),
        ):
            for device in devices:
                if match(device):
                    return device
    return devices[0]


ButtonsHandler = Callable[[list[Button]], None]
StatusHandler = Callable[[Status], None]


class HidBackend:
    """A worker thread that keeps one telephony headset open and talks to it.

    Callbacks run on the worker thread: the app posts them into Qt through a queued
    signal. It re-enumerates every `rescan_seconds` while no device is open, so unplug,
    replug and "in use by another program" all resolve themselves; nothing here raises.
    """

    def __init__(
        self,
        on_buttons: ButtonsHandler,
        on_status: StatusHandler,
        *,
        device_name: str = "",
        hid_module: Any | None = None,
        rescan_seconds: float = RESCAN_SECONDS,
    ) -> None:
        self._on_buttons = on_buttons
        self._on_status = on_status
        self._device_name = device_name
        self._hid = hid_module
        self._rescan = rescan_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._leds = LEDS_OFF
        self._leds_dirty = False
        self._thread: threading.Thread | None = None
        self._status = Status(State.OFF)
        self._last_problem = ""

    # -- called from the GUI thread ---------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        if self._hid is None:
            try:
                self._hid = load_hid()
            except ImportError as exc:
                log.warning("headset buttons: hidapi is not installed (%s)", exc)
                self._report(
                    Status(State.UNAVAILABLE, problem=Problem.HIDAPI_MISSING, detail=str(exc))
                )
                return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="headset-hid", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Turn the LEDs off, close the device and end the thread."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        self._wake.set()
        thread.join(timeout)
        if thread.is_alive():
            log.warning("headset thread did not stop within %.1f s", timeout)
        self._report(Status(State.OFF))

    def set_leds(self, leds: LedState) -> None:
        """Show `leds` on the device (now, or as soon as one is connected)."""
        with self._lock:
            self._leds = leds
            self._leds_dirty = True
        self._wake.set()

    def set_device_name(self, name: str) -> None:
        """Prefer this product from now on (reconnects if another device is open)."""
        with self._lock:
            self._device_name = name
        self._wake.set()

    @property
    def status(self) -> Status:
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None

    # -- the worker thread ----------------------------------------------------------------
    def _report(self, status: Status) -> None:
        if status == self._status:
            return
        self._status = status
        try:
            self._on_status(status)
        except Exception:
            log.exception("headset status handler failed")

    def _problem(self, status: Status) -> None:
        """Log a problem once (it repeats every rescan while it lasts), then report it."""
        text = f"{status.device}: {status.problem}: {status.detail}"
        if text != self._last_problem:
            log.warning("headset buttons unavailable: %s", text)
            self._last_problem = text
        self._report(status)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                device = self._find()
                if device is None:
                    self._wake.wait(self._rescan)
                    self._wake.clear()
                    continue
                self._serve(*device)
        except Exception as exc:  # a bug here must not take the app down
            log.exception("headset thread failed")
            self._report(Status(State.UNAVAILABLE, problem=Problem.INTERNAL, detail=str(exc)))

    def _find(self) -> tuple[Any, DeviceInfo, TelephonyLayout] | None:
        hid: Any = self._hid
        try:
            devices = telephony_devices(hid)
        except Exception as exc:  # hidapi raises bare OSError/IOError or worse
            self._problem(Status(State.UNAVAILABLE, problem=Problem.LIST_FAILED, detail=str(exc)))
            return None
        with self._lock:
            wanted = self._device_name
        chosen = choose(devices, wanted)
        if chosen is None:
            self._last_problem = ""
            self._report(Status(State.SEARCHING))
            return None
        if wanted and wanted.casefold() not in chosen.product.casefold():
            log.info("headset %r not found; using %s", wanted, chosen.name)
        handle = hid.device()
        try:
            handle.open_path(chosen.path)
        except Exception as exc:
            self._problem(
                Status(State.UNAVAILABLE, chosen.name, Problem.OPEN_FAILED, str(exc) or "open")
            )
            return None
        layout = self._layout(handle, chosen)
        if layout is None:
            _close(handle)
            return None
        return handle, chosen, layout

    def _layout(self, handle: Any, device: DeviceInfo) -> TelephonyLayout | None:
        descriptor = b""
        try:
            descriptor = bytes(handle.get_report_descriptor(MAX_DESCRIPTOR))
        except AttributeError:
            log.info("this hidapi cannot read report descriptors (needs 0.14+)")
        except Exception as exc:
            log.info("reading the report descriptor of %s failed: %s", device.name, exc)
        if descriptor:
            log.debug(
                "headset %s (%04x:%04x) report descriptor: %s",
                device.name,
                device.vendor_id,
                device.product_id,
                hex_dump(descriptor),
            )
        else:
            descriptor = KNOWN_DESCRIPTORS.get((device.vendor_id, device.product_id), b"")
        if not descriptor:
            self._problem(Status(State.UNAVAILABLE, device.name, Problem.NO_DESCRIPTOR))
            return None
        try:
            layout = telephony_layout(descriptor)
        except DescriptorError as exc:
            self._problem(Status(State.UNAVAILABLE, device.name, Problem.BAD_DESCRIPTOR, str(exc)))
            return None
        log.info("headset %s: %s", device.name, layout.describe())
        if not layout.usable:
            self._problem(Status(State.UNAVAILABLE, device.name, Problem.NO_BUTTONS))
            return None
        return layout

    def _serve(self, handle: Any, device: DeviceInfo, layout: TelephonyLayout) -> None:
        """Read and write until unplugged, stopped, or another device is preferred."""
        decoder = InputDecoder(layout)
        self._last_problem = ""
        with self._lock:
            self._leds_dirty = True  # show the current call state on the new device
            wanted = self._device_name
        try:
            handle.set_nonblocking(0)  # reads wait at most READ_TIMEOUT_MS
        except Exception:
            log.debug("set_nonblocking is not supported; reads use a timeout anyway")
        self._report(Status(State.CONNECTED, device.name))
        try:
            while not self._stop.is_set():
                self._write_leds(handle, layout)
                data = handle.read(MAX_REPORT, READ_TIMEOUT_MS)
                if data:
                    events = decoder.feed(bytes(data))
                    if events:
                        log.debug("headset report %s: %s", bytes(data).hex(" "), events)
                        self._deliver(events)
                with self._lock:
                    if self._device_name != wanted:
                        log.info("headset preference changed; looking again")
                        return
            self._write(handle, layout, LEDS_OFF)  # leave the headset dark and on-hook
        except Exception as exc:
            # Unplugged (hidraw: read/write error), or the device went away under us.
            log.info("headset %s disconnected: %s", device.name, exc)
            self._report(Status(State.SEARCHING, device.name, detail=f"disconnected: {exc}"))
        finally:
            _close(handle)

    def _deliver(self, events: list[Button]) -> None:
        try:
            self._on_buttons(events)
        except Exception:
            log.exception("headset button handler failed")

    def _write_leds(self, handle: Any, layout: TelephonyLayout) -> None:
        with self._lock:
            if not self._leds_dirty:
                return
            leds, self._leds_dirty = self._leds, False
        self._wake.clear()
        self._write(handle, layout, leds)

    @staticmethod
    def _write(handle: Any, layout: TelephonyLayout, leds: LedState) -> None:
        for report in encode_leds(layout, leds):
            written = handle.write(report)
            if written is not None and written < 0:
                raise OSError(f"write of LED report {report.hex(' ')} failed")


def _close(handle: Any) -> None:
    try:
        handle.close()
    except Exception:
        log.debug("closing the headset failed", exc_info=True)
