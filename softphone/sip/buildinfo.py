"""Describe the loaded pjsua2 build (version, sound devices, codecs, TLS/SRTP) without Qt."""

from __future__ import annotations

import ctypes
import importlib.metadata
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pjsua2 as pj

from softphone.sip import endpoint
from softphone.sip.endpoint import quiet_stdout


@dataclass(frozen=True)
class BuildInfo:
    version: str  # pjproject version, e.g. "2.15.1"
    package_version: str  # the wheel's version, e.g. "2.15.1.post1"
    module_path: str
    sound_devices: int  # 0 for the PyPI Linux wheel (built --disable-sound)
    device_names: tuple[str, ...]
    codecs: tuple[str, ...]
    tls: bool  # a TLS transport can be created
    tls_ciphers: int
    srtp: tuple[str, ...]  # SDES-SRTP crypto suites
    extra_audio_device: bool  # a separate ringer device is possible


class EndpointInUse(RuntimeError):
    """pjsua2 allows one Endpoint per process; the engine's is running."""


def endpoint_exists() -> bool:
    """Whether a PjLib Endpoint is alive in this process.

    Not pj.Endpoint.instance(): when there is none it logs an error through pjlib, which
    asserts (aborts) on a thread pjlib does not know once an engine thread has used it.
    """
    return endpoint.live_endpoints() > 0


def describe_build() -> BuildInfo:
    """Start a throw-away Endpoint (no transports but a TLS probe), inspect it, destroy it.

    Call only when no SipEngine runs in this process (use EngineStarted there instead);
    raises EndpointInUse otherwise, rather than aborting the process.
    """
    if endpoint_exists():
        raise EndpointInUse("a pjsua2 Endpoint is already running in this process")
    ep: Any = pj.Endpoint()
    with quiet_stdout():
        ep.libCreate()
    try:
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.level = 0
        cfg.logConfig.consoleLevel = 0
        ep.libInit(cfg)
        adm = ep.audDevManager()
        names = tuple(str(d.name) for d in adm.enumDev2())
        codecs = tuple(str(c.codecId) for c in ep.codecEnum2() if int(c.priority) > 0)
        tls, ciphers = _tls(ep)
        try:
            srtp = tuple(str(s) for s in ep.srtpCryptoEnum())
        except pj.Error:
            srtp = ()
        return BuildInfo(
            version=str(ep.libVersion().full),
            package_version=str(getattr(pj, "__version__", "") or _package_version()),
            module_path=str(getattr(pj, "__file__", "")),
            sound_devices=int(adm.getDevCount()),
            device_names=names,
            codecs=codecs,
            tls=tls,
            tls_ciphers=ciphers,
            srtp=srtp,
            extra_audio_device=hasattr(pj, "ExtraAudioDevice"),
        )
    finally:
        ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        del ep


def _tls(ep: Any) -> tuple[bool, int]:
    try:
        ciphers = len(ep.utilSslGetAvailableCiphers())
    except pj.Error:
        return False, 0
    try:
        tc = pj.TransportConfig()
        tc.boundAddress = "127.0.0.1"
        ep.transportCreate(pj.PJSIP_TRANSPORT_TLS, tc)
    except pj.Error:
        return False, ciphers
    return True, ciphers


_DISTRIBUTIONS = ("pjsua2-softphone", "pjsua2-python", "pjsua2-wheel", "pjsua2-pybind11")


def build_summary() -> str:
    """Which pjsua2 build is loaded, in one line, without starting an Endpoint.

    E.g. "pjsua2-softphone 2.12.1+sp1 (our build: pjproject 2.12.1, sound alsa,
    TLS OpenSSL 3.0.15)" or "pjsua2-python 2.15.1.post1 (PyPI wheel, TLS OpenSSL 1.0.2k)".
    """
    ours: dict[str, Any] | None = getattr(pj, "SOFTPHONE_BUILD", None)
    if ours:
        tls = _runtime_openssl() or f"OpenSSL {ours.get('openssl_build', '?')} (build)"
        return (
            f"{ours.get('dist', 'pjsua2-softphone')} {ours.get('version', '?')} (our build: "
            f"pjproject {ours.get('pjproject', '?')}, sound {ours.get('sound_backend', '?')}, "
            f"TLS {tls})"
        )
    for dist in _DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
        bundled = _bundled_openssl()
        return f"{dist} {version} (PyPI wheel" + (f", TLS {bundled})" if bundled else ")")
    return f"pjsua2 {getattr(pj, '__version__', '?')} (unknown build)"


def _libcrypto_name() -> str:
    """The libcrypto our builds link: the system's on Linux; on Windows the vcpkg copy the
    wheel bundles (installer/pjsua2/windows: delvewheel keeps its name unmangled), which
    this name then resolves to, as it is already loaded once pjsua2 is imported."""
    return "libcrypto-3-x64.dll" if sys.platform == "win32" else "libcrypto.so.3"


def _runtime_openssl() -> str:
    """The OpenSSL the process runs with ("" when it cannot be asked)."""
    try:
        lib = ctypes.CDLL(_libcrypto_name())
        lib.OpenSSL_version.restype = ctypes.c_char_p
        lib.OpenSSL_version.argtypes = [ctypes.c_int]
        text = lib.OpenSSL_version(0)
    except (OSError, AttributeError):
        return ""
    return " ".join(text.decode("ascii", "replace").split()[:2]) if text else ""


def _bundled_openssl() -> str:
    """The OpenSSL a manylinux wheel vendors, from its libs folder's file names."""
    package = Path(str(getattr(pj, "__file__", ""))).parent
    for libs in package.parent.glob("pjsua2*.libs"):
        for lib in sorted(libs.glob("libssl*")):
            version = lib.name.split(".so.", 1)[-1]
            return f"OpenSSL {version} (bundled)"
    return ""


def _package_version() -> str:
    try:
        from pjsua2 import _version

        return str(getattr(_version, "__version__", ""))
    except ImportError:
        return ""


if __name__ == "__main__":  # python -m softphone.sip.buildinfo
    json.dump(asdict(describe_build()), sys.stdout, indent=2)
    sys.stdout.write("\n")
