"""Check an installed softphone pjsua2 build: run by verify-wheel.sh in a fresh venv with
a private PulseAudio daemon (PULSE_SERVER etc. set), by the Windows CI job (`pjsua2-wheel`
in .github/workflows/windows.yml) in a fresh venv, or by hand in any venv.

Checks: the build marker and version; the sound backend the build record names
(`sound_backend`): ALSA (Linux: getDevCount() > 0, a 'pulse'/'default' device with input
and output) or WMME/WASAPI (Windows: every device listed comes from that driver; a CI
runner may have no sound device at all, then the build record is what says it); Opus and
G.722 among the codecs and the Opus config API; a TLS transport (TLS 1.2 + 1.3) and the
OpenSSL the process runs with; an account with SRTP mandatory; ExtraAudioDevice opens on a
device (when there is one) and raises pjsua2.Error (not an abort) on a bad device id.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# The driver name pjmedia gives the devices of each backend (AudioDevInfo.driver).
DRIVERS = {"alsa": "ALSA", "wmme": "WMME", "wasapi": "WASAPI"}
# Git for Windows ships an openssl.exe that is not always on PATH.
GIT_OPENSSL = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Git/usr/bin/openssl.exe"


def check(label: str, ok: bool, detail: object = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {label}{': ' if detail != '' else ''}{detail}")
    if not ok:
        raise SystemExit(1)


def openssl_cli() -> str | None:
    found = shutil.which("openssl")
    if found:
        return found
    return str(GIT_OPENSSL) if GIT_OPENSSL.is_file() else None


def runtime_openssl(libcrypto: str) -> str:
    """OpenSSL_version() of an already-loaded libcrypto ("" when it cannot be asked)."""
    try:
        lib = ctypes.CDLL(libcrypto)
        lib.OpenSSL_version.restype = ctypes.c_char_p
        lib.OpenSSL_version.argtypes = [ctypes.c_int]
        text = lib.OpenSSL_version(0)
    except (OSError, AttributeError):
        return ""
    return text.decode("ascii", "replace") if text else ""


def check_sound(pj: Any, mgr: Any, backend: str) -> int | None:
    """Check the sound devices; return the device ExtraAudioDevice should open (or None)."""
    devs = mgr.enumDev2()
    listing = [f"{d.name} [{d.driver}] in={d.inputCount} out={d.outputCount}" for d in devs]
    if backend == "alsa":
        check("getDevCount() > 0", mgr.getDevCount() > 0, f"{mgr.getDevCount()}: {listing}")
        pulse = next(
            (
                i
                for i, d in enumerate(devs)
                if d.name in ("pulse", "default") and d.inputCount and d.outputCount
            ),
            None,
        )
        check("ALSA pulse/default device with capture and playback", pulse is not None)
        return pulse
    driver = DRIVERS.get(backend)
    check("sound backend of the build record", driver is not None, backend)
    if mgr.getDevCount() == 0:
        # A CI runner without audio hardware: pjmedia lists nothing, whichever backend.
        print(f"note no sound device on this machine; backend {driver} per the build record")
        return None
    drivers = sorted({str(d.driver) for d in devs})
    check(f"{driver} sound devices", drivers == [driver], f"{mgr.getDevCount()}: {listing}")
    return next((i for i, d in enumerate(devs) if d.inputCount and d.outputCount), None)


def check_tls(pj: Any, ep: Any, build: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tcfg.boundAddress = "127.0.0.1"
        tcfg.tlsConfig.method = pj.PJSIP_TLSV1_2_METHOD
        tcfg.tlsConfig.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3
        cli = openssl_cli()
        if cli:
            cert, key = Path(tmp) / "cert.pem", Path(tmp) / "key.pem"
            subprocess.run(
                [
                    cli,
                    "req",
                    "-x509",
                    "-newkey",
                    "ec",
                    "-pkeyopt",
                    "ec_paramgen_curve:prime256v1",
                    "-nodes",
                    "-keyout",
                    str(key),
                    "-out",
                    str(cert),
                    "-days",
                    "1",
                    "-subj",
                    "/CN=127.0.0.1",
                ],
                check=True,
                capture_output=True,
            )
            tcfg.tlsConfig.certFile = str(cert)
            tcfg.tlsConfig.privKeyFile = str(key)
        else:
            # No openssl CLI to make a certificate: a TLS transport without one still
            # proves TLS is compiled in and OpenSSL initialises (outgoing TLS needs none).
            print("note no openssl command: TLS transport without a certificate")
        tid = ep.transportCreate(pj.PJSIP_TRANSPORT_TLS, tcfg)
        info = ep.transportGetInfo(tid)
        check(
            "TLS transport",
            info.typeName.upper().startswith("TLS"),
            f"{info.typeName} {info.localName}",
        )
    ciphers = list(ep.utilSslGetAvailableCiphers())
    tls13 = {0x1301, 0x1302, 0x1303} & set(ciphers)  # TLS_AES_128_GCM_SHA256, ...
    check("TLS 1.3 cipher suites available", bool(tls13), f"{len(ciphers)} ciphers")
    if sys.platform == "win32":
        # The wheel bundles vcpkg's libcrypto-3-x64.dll (unmangled by delvewheel): once
        # pjsua2 is loaded, that name resolves to the loaded copy.
        version = runtime_openssl("libcrypto-3-x64.dll")
        expected = f"OpenSSL {build.get('openssl_build', '?')}"
        check("runtime OpenSSL = the build's", version.startswith(expected), version or "?")


def main() -> int:
    import pjsua2 as pj

    build = getattr(pj, "SOFTPHONE_BUILD", None)
    check("softphone build", build is not None, pj.__file__)
    assert build is not None
    check("version", pj.__version__.startswith(build["pjproject"]), pj.__version__)
    print(json.dumps(build, indent=1, sort_keys=True))
    backend = str(build.get("sound_backend", "alsa"))

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.level = 1
    cfg.logConfig.consoleLevel = 1
    cfg.medConfig.ecTailLen = 0
    ep.libInit(cfg)
    check("libVersion", ep.libVersion().full == build["pjproject"], ep.libVersion().full)

    device = check_sound(pj, ep.audDevManager(), backend)

    codecs = [c.codecId for c in ep.codecEnum2()]
    check(
        "codecs",
        any(c.startswith("opus/") for c in codecs) and any(c.startswith("G722/") for c in codecs),
        codecs,
    )
    opus = ep.getCodecOpusConfig()
    check(
        "Opus config API",
        opus.sample_rate > 0,
        f"sample_rate={opus.sample_rate} "
        f"bit_rate={opus.bit_rate} complexity={opus.complexity} cbr={opus.cbr}",
    )

    check_tls(pj, ep, build)
    udp = pj.TransportConfig()
    udp.port = 0
    udp.boundAddress = "127.0.0.1"
    ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, udp)
    ep.libStart()

    acfg = pj.AccountConfig()
    acfg.idUri = "sip:verify@127.0.0.1"
    acfg.mediaConfig.srtpUse = pj.PJMEDIA_SRTP_MANDATORY
    acfg.mediaConfig.srtpSecureSignaling = 1
    acc = pj.Account()
    acc.create(acfg)
    got = acc.getInfo()
    check("account with SRTP mandatory", got.id >= 0, got.uri)
    cfg.medConfig.jbDiscardAlgo = pj.PJMEDIA_JB_DISCARD_PROGRESSIVE
    check("MediaConfig.jbDiscardAlgo settable", True)

    extra = None
    if device is not None:
        extra = pj.ExtraAudioDevice(device, device)
        extra.open()
        check(f"ExtraAudioDevice({device}).open()", extra.isOpened())
        extra.close()
    bad = pj.ExtraAudioDevice(999, 999)
    try:
        bad.open()
    except pj.Error as exc:
        check("ExtraAudioDevice(999).open() raises pjsua2.Error", True, exc.info().strip())
    else:
        check("ExtraAudioDevice(999).open() raises pjsua2.Error", False, "no exception")

    del acc, extra, bad
    gc.collect()
    ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
    print("verify: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
