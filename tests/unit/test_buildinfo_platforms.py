"""build_summary() for our pjsua2 wheels on both platforms, without either wheel: the
loaded module's SOFTPHONE_BUILD record and the libcrypto lookup are stood in for. The
Windows wheel (installer/pjsua2/windows/build-wheel.ps1) bundles vcpkg's
libcrypto-3-x64.dll; the Linux one links the system's libcrypto.so.3."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import pytest

from softphone.sip import buildinfo

WINDOWS_BUILD = {
    "dist": "pjsua2-softphone",
    "version": "2.15.1+sp1",
    "pjproject": "2.15.1",
    "platform": "win_amd64",
    "sound_backend": "wmme",
    "openssl_build": "3.5.3",
    "opus_build": "1.5.2",
}
LINUX_BUILD = {
    "dist": "pjsua2-softphone",
    "version": "2.12.1+sp1",
    "pjproject": "2.12.1",
    "sound_backend": "alsa",
    "openssl_build": "3.0.15",
}


class FakeFunction:
    """A ctypes foreign function: restype/argtypes are set on it, then it is called."""

    restype: Any = None
    argtypes: Any = None

    def __init__(self, result: bytes) -> None:
        self._result = result

    def __call__(self, which: int) -> bytes:
        assert which == 0 and self.restype is ctypes.c_char_p
        return self._result


class FakeLibcrypto:
    def __init__(self, version: bytes) -> None:
        self.OpenSSL_version = FakeFunction(version)


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ctypes.CDLL as the build's libcrypto, already loaded by pjsua2; records the names."""
    asked: list[str] = []

    def cdll(name: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(name)
        if name in ("libcrypto-3-x64.dll", "libcrypto.so.3"):
            return FakeLibcrypto(b"OpenSSL 3.5.3 16 Sep 2025")
        raise OSError(f"cannot load {name}")

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    return asked


def use_build(monkeypatch: pytest.MonkeyPatch, platform: str, record: dict[str, Any]) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(buildinfo.pj, "SOFTPHONE_BUILD", record, raising=False)


def test_windows_wheel_reports_wmme_and_the_bundled_openssl(
    monkeypatch: pytest.MonkeyPatch, loaded: list[str]
) -> None:
    use_build(monkeypatch, "win32", WINDOWS_BUILD)
    assert buildinfo.build_summary() == (
        "pjsua2-softphone 2.15.1+sp1 (our build: pjproject 2.15.1, sound wmme, TLS OpenSSL 3.5.3)"
    )
    assert loaded == ["libcrypto-3-x64.dll"], "never the Linux soname on Windows"


def test_linux_wheel_still_asks_the_system_libcrypto(
    monkeypatch: pytest.MonkeyPatch, loaded: list[str]
) -> None:
    use_build(monkeypatch, "linux", LINUX_BUILD)
    assert "sound alsa, TLS OpenSSL 3.5.3)" in buildinfo.build_summary()
    assert loaded == ["libcrypto.so.3"]


def test_without_a_loadable_libcrypto_the_build_record_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str, *args: Any, **kwargs: Any) -> Any:
        raise OSError(f"[WinError 126] {name} not found")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    use_build(monkeypatch, "win32", WINDOWS_BUILD)
    assert buildinfo.build_summary().endswith("sound wmme, TLS OpenSSL 3.5.3 (build))")


def test_a_libcrypto_without_openssl_version_does_not_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ctypes, "CDLL", lambda name, *a, **k: object())
    use_build(monkeypatch, "win32", WINDOWS_BUILD)
    assert buildinfo.build_summary().endswith("TLS OpenSSL 3.5.3 (build))")
