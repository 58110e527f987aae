"""The pjsua2 library instance: create, configure transports and media, destroy safely."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pjsua2 as pj

from softphone.core.models import Transport
from softphone.sip.logbridge import LogBridge
from softphone.sip.tuning import MediaTuning, configure_codecs, configure_media

log = logging.getLogger("softphone.sip")

_PJ_TRANSPORT = {
    Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
    Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
    Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
}


@dataclass(frozen=True)
class LibSettings:
    """What the library needs before libInit; one Endpoint per process."""

    user_agent: str = "softphone"
    bind_address: str = ""  # "" = all interfaces
    rtp_port: int = 0  # first RTP port; 0 = pjsua default (4000)
    rtp_range: int = 1000
    max_calls: int = 8
    # Off until AudioService applies the agent's choice (softphone.sip.echo): the speex
    # AEC slips 20 ms at times and headsets do not need it (FIELD-NOTES).
    ec_tail_ms: int = 0
    tuning: MediaTuning = field(default_factory=MediaTuning)
    trace: bool = False


TransportListener = Callable[[str, bool], None]  # (transport type, connected)
_LIVE: set[int] = set()  # PjLib objects holding an Endpoint (pjsua2 allows one)


def live_endpoints() -> int:
    return len(_LIVE)


class PjEndpoint(pj.Endpoint):  # type: ignore[misc]
    """The Endpoint, subclassed for its transport-state callback (guarded)."""

    def __init__(self) -> None:
        super().__init__()
        self.transport_listener: TransportListener | None = None

    def onTransportState(self, prm: Any) -> None:
        listener = self.transport_listener
        if listener is None:
            return
        try:
            state = int(prm.state)
            if state in (pj.PJSIP_TP_STATE_DISCONNECTED, pj.PJSIP_TP_STATE_CONNECTED):
                listener(str(prm.type), state == pj.PJSIP_TP_STATE_CONNECTED)
        except Exception:
            log.exception("error in onTransportState")


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """Silence fd 1 while libCreate() prints its banner (before any log config applies).

    Briefly process-wide: another thread printing in these ~1 ms loses its output.
    """
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


class PjLib:
    """Owns pj.Endpoint. Every method must run on the thread that called start()."""

    def __init__(
        self,
        settings: LibSettings,
        bridge: LogBridge,
        transport_listener: TransportListener | None = None,
    ) -> None:
        self.settings = settings
        self.bridge = bridge
        self.transport_listener = transport_listener
        self.ep: Any = None
        self._transports: dict[tuple[Transport, int], int] = {}

    def start(self) -> None:
        ep = PjEndpoint()
        with quiet_stdout():
            ep.libCreate()
        ep.transport_listener = self.transport_listener
        self.ep = ep
        _LIVE.add(id(self))
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0  # we pump libHandleEvents() ourselves (FIELD-NOTES)
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.maxCalls = self.settings.max_calls
        cfg.uaConfig.userAgent = self.settings.user_agent
        cfg.medConfig.ecTailLen = self.settings.ec_tail_ms
        configure_media(cfg.medConfig, self.settings.tuning)
        self.bridge.configure(cfg.logConfig, self.settings.trace)
        ep.libInit(cfg)
        configure_codecs(ep, self.settings.tuning)
        ep.libStart()

    @property
    def running(self) -> bool:
        return self.ep is not None

    def transport(self, kind: Transport, port: int = 0) -> int:
        """Id of a listening transport of this kind (created on first use, then kept)."""
        key = (kind, port)
        if key in self._transports:
            return self._transports[key]
        cfg = pj.TransportConfig()
        cfg.port = port
        if self.settings.bind_address:
            cfg.boundAddress = self.settings.bind_address
            cfg.publicAddress = self.settings.bind_address
        if kind is Transport.TLS:
            # This wheel's OpenSSL ignores the method and also offers TLS 1.0/1.1
            # (FIELD-NOTES); no CA bundle is configurable yet, so peers are not verified.
            cfg.tlsConfig.method = pj.PJSIP_TLSV1_2_METHOD
        tid = int(self.ep.transportCreate(_PJ_TRANSPORT[kind], cfg))
        self._transports[key] = tid
        log.info("SIP %s transport on %s", kind.value, self.local_name(tid))
        return tid

    def transport_pair(self, port: int = 0) -> tuple[int, int]:
        """UDP and TCP transports, on the same port number when it is free."""
        udp = self.transport(Transport.UDP, port)
        actual = int(self.local_name(udp).rsplit(":", 1)[1])
        try:
            tcp = self.transport(Transport.TCP, actual)
        except pj.Error:
            tcp = self.transport(Transport.TCP, 0)
        self._transports[(Transport.TCP, port)] = tcp
        return udp, tcp

    def local_name(self, tid: int) -> str:
        return str(self.ep.transportGetInfo(tid).localName)

    def media_transport(self, media_config: Any) -> None:
        """Fill an AccountMediaConfig: RTP bind address, public address and port range."""
        tc = media_config.transportConfig
        tc.port = self.settings.rtp_port
        tc.portRange = self.settings.rtp_range
        if self.settings.bind_address:
            tc.boundAddress = self.settings.bind_address
            tc.publicAddress = self.settings.bind_address

    def codecs(self) -> tuple[str, ...]:
        return tuple(str(c.codecId) for c in self.ep.codecEnum2() if int(c.priority) > 0)

    def version(self) -> str:
        return str(self.ep.libVersion().full)

    def handle_events(self, msec: int = 0) -> None:
        self.ep.libHandleEvents(msec)

    def destroy(self, *, no_network: bool) -> None:
        """libDestroy(); the caller has already dropped every Account/Call/player.

        Objects still alive after libDestroy abort the process at exit, and stale
        tracebacks keep frames (and so pjsua2 objects) alive: clear them first.
        """
        if self.ep is None:
            return
        for name in ("last_traceback", "last_value", "last_type", "last_exc"):
            if hasattr(sys, name):
                setattr(sys, name, None)
        gc.collect()
        flags = pj.PJSUA_DESTROY_NO_NETWORK if no_network else 0
        ep, self.ep = self.ep, None
        ep.transport_listener = None
        try:
            ep.libDestroy(flags)
        finally:
            self.bridge.release()
            self._transports.clear()
            gc.collect()
            # Only `ep` here and getrefcount's argument may remain: the C++ Endpoint must
            # be deleted now, on this thread, or the next Endpoint() aborts (singleton).
            extra = sys.getrefcount(ep) - 2
            if extra > 0:
                log.error("pj.Endpoint still referenced %d more time(s) after libDestroy", extra)
            del ep
            _LIVE.discard(id(self))
