"""Check an installed softphone pjsua2 build: run by verify-wheel.sh in a fresh venv with
a private PulseAudio daemon (PULSE_SERVER etc. set), or by hand in any venv.

Checks: the build marker and version; ALSA sound devices (getDevCount() > 0, a
'pulse'/'default' device with input and output); Opus and G.722 among the codecs and the
Opus config API; a TLS transport (TLS 1.2 + 1.3) on the system OpenSSL; an account with
SRTP mandatory; ExtraAudioDevice opens on the pulse device and raises pjsua2.Error (not
an abort) on a bad device id. Exits non-zero on the first failure.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def check(label: str, ok: bool, detail: object = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {label}{': ' if detail != '' else ''}{detail}")
    if not ok:
        raise SystemExit(1)


def main() -> int:
    import pjsua2 as pj

    build = getattr(pj, "SOFTPHONE_BUILD", None)
    check("softphone build", build is not None, pj.__file__)
    check("version", pj.__version__.startswith(build["pjproject"]), pj.__version__)
    print(json.dumps(build, indent=1, sort_keys=True))

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

    mgr = ep.audDevManager()
    devs = mgr.enumDev2()
    listing = [f"{d.name} [{d.driver}] in={d.inputCount} out={d.outputCount}" for d in devs]
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

    with tempfile.TemporaryDirectory() as tmp:
        cert, key = Path(tmp) / "cert.pem", Path(tmp) / "key.pem"
        subprocess.run(
            [
                "openssl",
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
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tcfg.boundAddress = "127.0.0.1"
        tcfg.tlsConfig.certFile = str(cert)
        tcfg.tlsConfig.privKeyFile = str(key)
        tcfg.tlsConfig.method = pj.PJSIP_TLSV1_2_METHOD
        tcfg.tlsConfig.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3
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

    extra = pj.ExtraAudioDevice(pulse, pulse)
    extra.open()
    check("ExtraAudioDevice(pulse).open()", extra.isOpened())
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
