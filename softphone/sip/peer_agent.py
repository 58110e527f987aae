"""The scriptable test/demo user agent behind `python -m softphone.sip.peer` (no Qt)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pjsua2 as pj

from softphone.core.models import Transport
from softphone.core.sipmsg import parse_headers
from softphone.sip.endpoint import PjLib
from softphone.sip.headers import header_vector
from softphone.sip.peer_pj import (
    MEDIA_NAMES,
    STATE_NAMES,
    PeerAccount,
    PeerCall,
    PeerPlayer,
    guard,
    op,
    wav_complete,
)

log = logging.getLogger("softphone.sip.peer")

Emit = Callable[..., None]


class PeerError(Exception):
    """A command that cannot be executed; reported as an `error` event."""


@dataclass
class Leg:
    """A call and what the script attached to it."""

    call: PeerCall
    player: PeerPlayer | None = None
    recorder: Any = None
    record_path: str = ""
    media: str = ""
    state: str = ""


@dataclass
class AutoAnswer:
    mode: str = "off"  # off (ring only) | answer | reject
    code: int = 200
    delay: float = 0.0
    play: str = ""
    loop: bool = False
    record: str = ""  # may contain {call}


@dataclass
class PeerAgent:
    """Executes JSON commands against pjsua2; all methods run on the loop thread."""

    lib: PjLib
    emit: Emit
    name: str = "peer"
    accounts: dict[str, PeerAccount] = field(default_factory=dict)
    legs: dict[str, Leg] = field(default_factory=dict)
    auto: AutoAnswer = field(default_factory=AutoAnswer)
    counter: int = 0
    quit: bool = False
    _timers: list[tuple[float, Callable[[], None]]] = field(default_factory=list)
    _graveyard: list[Any] = field(default_factory=list)
    _finalising: list[tuple[float, str, str]] = field(default_factory=list)

    def new_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # -- pjsua2 callbacks ----------------------------------------------------------------

    def on_incoming(self, acc: PeerAccount, prm: Any) -> None:
        cid = self.new_id("in")
        call = PeerCall(self, acc, cid, prm.callId)
        self.legs[cid] = Leg(call)
        info = call.getInfo()
        headers: dict[str, str] = {}
        for name, value in parse_headers(str(prm.rdata.wholeMsg)):
            headers.setdefault(name, value)
        self.emit(
            "incoming",
            call=cid,
            remote_uri=str(info.remoteUri),
            sip_call_id=str(info.callIdString),
            headers=headers,
        )
        auto = self.auto
        if auto.mode == "reject":
            call.answer(op(auto.code or 486))
            return
        if auto.mode == "answer" and auto.delay <= 0:
            self._prepare_media(cid, auto.play, auto.loop, auto.record)
            call.answer(op(auto.code or 200))
            return
        call.answer(op(180))
        if auto.mode == "answer":
            self._prepare_media(cid, auto.play, auto.loop, auto.record)
            self.later(auto.delay, lambda: self._answer_if_ringing(cid, auto.code or 200))

    def on_call_state(self, call: PeerCall) -> None:
        info = call.getInfo()
        state = STATE_NAMES.get(int(info.state), str(info.state))
        leg = self.legs.get(call.cid)
        if leg is not None:
            leg.state = state
        self.emit(
            "call_state",
            call=call.cid,
            state=state,
            code=int(info.lastStatusCode),
            reason=str(info.lastReason),
            sip_call_id=str(info.callIdString),
        )
        if state == "DISCONNECTED" and leg is not None:
            self._stop_record(call.cid)
            self.legs.pop(call.cid, None)
            self._graveyard.extend([leg.player, call])

    def on_media(self, call: PeerCall) -> None:
        leg = self.legs.get(call.cid)
        if leg is None:
            return
        info = call.getInfo()
        status = "none"
        for media in info.media:
            if media.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            status = MEDIA_NAMES.get(int(media.status), "none")
            if media.status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
                self._link(leg, call.getAudioMedia(int(media.index)))
        codec = ""
        with contextlib.suppress(pj.Error):
            codec = str(call.getStreamInfo(0).codecName)
        if status != leg.media:
            leg.media = status
            self.emit("media_state", call=call.cid, status=status, codec=codec)

    def on_transfer(self, call: PeerCall, prm: Any) -> None:
        new_cid = self.new_id("xfer")
        new_call = PeerCall(self, call.acc, new_cid)
        self.legs[new_cid] = Leg(new_call)
        prm.newCall = new_call
        prm.statusCode = 202
        self.emit("transfer_request", call=call.cid, uri=str(prm.dstUri), new_call=new_cid)

    # -- commands ------------------------------------------------------------------------

    def handle(self, cmd: dict[str, Any]) -> None:
        name = str(cmd.get("cmd", ""))
        func = getattr(self, f"cmd_{name}", None)
        if func is None:
            raise PeerError(f"unknown command {name!r}")
        func(cmd)

    def cmd_ping(self, cmd: dict[str, Any]) -> None:
        self.emit("pong", calls=sorted(self.legs))

    def cmd_quit(self, cmd: dict[str, Any]) -> None:
        self.quit = True

    def cmd_register(self, cmd: dict[str, Any]) -> None:
        registrar = str(cmd["registrar"])
        user = str(cmd["user"])
        domain = str(cmd.get("domain") or registrar.split(":", 1)[1].split(";", 1)[0])
        transport = str(cmd.get("transport", "udp")).lower()
        cfg = pj.AccountConfig()
        display = str(cmd.get("display", ""))
        uri = f"sip:{user}@{domain}"
        cfg.idUri = f'"{display}" <{uri}>' if display else uri
        if transport != "udp" and "transport=" not in registrar:
            registrar += f";transport={transport}"
        cfg.regConfig.registrarUri = registrar
        cfg.regConfig.timeoutSec = int(cmd.get("expires", 60))
        cfg.regConfig.retryIntervalSec = 0
        password = str(cmd.get("password", ""))
        cfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", user, 0, password))
        cfg.sipConfig.transportId = self.lib.transport(Transport(transport))
        if cmd.get("proxy"):
            cfg.sipConfig.proxies.append(str(cmd["proxy"]))
        self.lib.media_transport(cfg.mediaConfig)
        old = self.accounts.pop("reg", None)
        if old is not None:
            old.shutdown()
            self._graveyard.append(old)
        acc = PeerAccount(self, "reg")
        self.accounts["reg"] = acc
        acc.create(cfg, True)

    def cmd_unregister(self, cmd: dict[str, Any]) -> None:
        acc = self.accounts.get("reg")
        if acc is None:
            raise PeerError("not registered")
        acc.setRegistration(False)

    def cmd_call(self, cmd: dict[str, Any]) -> None:
        acc = self.accounts.get(str(cmd.get("account", ""))) or self.accounts.get("reg")
        acc = acc or self.accounts["local"]
        cid = str(cmd.get("call") or self.new_id("c"))
        if cid in self.legs:
            raise PeerError(f"call id {cid} in use")
        call = PeerCall(self, acc, cid)
        self.legs[cid] = Leg(call)
        self._prepare_media(cid, str(cmd.get("play", "")), bool(cmd.get("loop")), "")
        if cmd.get("record"):
            self._prepare_media(cid, "", False, str(cmd["record"]))
        prm = op()
        headers = cmd.get("headers") or {}
        if headers:
            prm.txOption.headers = header_vector({str(k): str(v) for k, v in headers.items()})
        self.emit("call_started", call=cid, uri=str(cmd["uri"]))
        try:
            call.makeCall(str(cmd["uri"]), prm)
        except pj.Error:
            self.legs.pop(cid, None)
            raise

    def cmd_answer(self, cmd: dict[str, Any]) -> None:
        leg = self._leg(cmd)
        self._prepare_media(
            leg.call.cid,
            str(cmd.get("play", "")),
            bool(cmd.get("loop")),
            str(cmd.get("record", "")),
        )
        leg.call.answer(op(int(cmd.get("code", 200))))

    def cmd_reject(self, cmd: dict[str, Any]) -> None:
        self._leg(cmd).call.hangup(op(int(cmd.get("code", 486))))

    def cmd_hangup(self, cmd: dict[str, Any]) -> None:
        if not cmd.get("call") and cmd.get("all"):
            for leg in list(self.legs.values()):
                leg.call.hangup(op())
            return
        self._leg(cmd).call.hangup(op(int(cmd.get("code", 0))))

    def cmd_hold(self, cmd: dict[str, Any]) -> None:
        self._leg(cmd).call.setHold(op())

    def cmd_unhold(self, cmd: dict[str, Any]) -> None:
        prm = op()
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        self._leg(cmd).call.reinvite(prm)

    def cmd_dtmf(self, cmd: dict[str, Any]) -> None:
        prm = pj.CallSendDtmfParam()
        prm.method = pj.PJSUA_DTMF_METHOD_RFC2833
        prm.digits = str(cmd["digits"])
        self._leg(cmd).call.sendDtmf(prm)

    def cmd_transfer(self, cmd: dict[str, Any]) -> None:
        self._leg(cmd).call.xfer(str(cmd["uri"]), op())

    def cmd_play(self, cmd: dict[str, Any]) -> None:
        leg = self._leg(cmd)
        self._prepare_media(leg.call.cid, str(cmd["wav"]), bool(cmd.get("loop")), "")
        self._relink(leg)

    def cmd_stop_play(self, cmd: dict[str, Any]) -> None:
        leg = self._leg(cmd)
        self._graveyard.append(leg.player)
        leg.player = None

    def cmd_record(self, cmd: dict[str, Any]) -> None:
        leg = self._leg(cmd)
        self._prepare_media(leg.call.cid, "", False, str(cmd["wav"]))
        self._relink(leg)

    def cmd_stop_record(self, cmd: dict[str, Any]) -> None:
        self._stop_record(self._leg(cmd).call.cid)

    def cmd_stats(self, cmd: dict[str, Any]) -> None:
        leg = self._leg(cmd)
        rtcp = leg.call.getStreamStat(0).rtcp
        self.emit(
            "stats",
            call=leg.call.cid,
            rx_packets=int(rtcp.rxStat.pkt),
            tx_packets=int(rtcp.txStat.pkt),
            rx_lost=int(rtcp.rxStat.loss),
            media=leg.media,
        )

    def cmd_auto_answer(self, cmd: dict[str, Any]) -> None:
        mode = str(cmd.get("mode", "answer"))
        if mode not in ("off", "answer", "reject"):
            raise PeerError(f"unknown auto-answer mode {mode!r}")
        self.auto = AutoAnswer(
            mode=mode,
            code=int(cmd.get("code", 486 if mode == "reject" else 200)),
            delay=float(cmd.get("delay", 0.0)),
            play=str(cmd.get("play", "")),
            loop=bool(cmd.get("loop")),
            record=str(cmd.get("record", "")),
        )

    # -- loop helpers --------------------------------------------------------------------

    def later(self, delay: float, func: Callable[[], None]) -> None:
        self._timers.append((time.monotonic() + delay, func))

    def poll(self) -> None:
        """Run due timers, report player EOFs, drop dead pjsua2 objects (loop thread)."""
        now = time.monotonic()
        due = [t for t in self._timers if t[0] <= now]
        if due:
            self._timers = [t for t in self._timers if t[0] > now]
            for _, func in due:
                guard(self, "timer", func)
        for leg in list(self.legs.values()):
            player = leg.player
            if player is not None and player.eof and not player.eof_reported:
                player.eof_reported = True
                self.emit("player_eof", call=leg.call.cid, wav=player.wav)
        if self._graveyard:
            self._graveyard.clear()
        for item in list(self._finalising):
            deadline, cid, path = item
            if wav_complete(path) or now > deadline:
                self._finalising.remove(item)
                self.emit("recorded", call=cid, wav=path, complete=wav_complete(path))

    def close(self) -> None:
        """Hang up and drop everything before libDestroy."""
        for leg in list(self.legs.values()):
            with contextlib.suppress(pj.Error):
                leg.call.hangup(op())
            self._stop_record(leg.call.cid)
        self.legs.clear()
        for acc in self.accounts.values():
            with contextlib.suppress(pj.Error):
                acc.shutdown()
        self.accounts.clear()
        self._graveyard.clear()
        self._timers.clear()

    # -- internals -----------------------------------------------------------------------

    def _leg(self, cmd: dict[str, Any]) -> Leg:
        cid = cmd.get("call")
        if not cid:
            if len(self.legs) != 1:
                raise PeerError(f"say which call: {sorted(self.legs)}")
            return next(iter(self.legs.values()))
        leg = self.legs.get(str(cid))
        if leg is None:
            raise PeerError(f"no call {cid}")
        return leg

    def _answer_if_ringing(self, cid: str, code: int) -> None:
        leg = self.legs.get(cid)
        if leg is not None and leg.state in ("INCOMING", "EARLY"):
            leg.call.answer(op(code))

    def _prepare_media(self, cid: str, play: str, loop: bool, record: str) -> None:
        leg = self.legs[cid]
        if play:
            player = PeerPlayer(play)
            player.createPlayer(play, 0 if loop else pj.PJMEDIA_FILE_NO_LOOP)
            self._graveyard.append(leg.player)
            leg.player = player
        if record:
            self._stop_record(cid)
            path = record.replace("{call}", cid)
            recorder = pj.AudioMediaRecorder()
            recorder.createRecorder(path)
            leg.recorder, leg.record_path = recorder, path

    def _relink(self, leg: Leg) -> None:
        if leg.media in ("active", "remote_hold"):
            self.on_media(leg.call)

    def _link(self, leg: Leg, audio: Any) -> None:
        if leg.player is not None:
            leg.player.startTransmit(audio)
        if leg.recorder is not None:
            audio.startTransmit(leg.recorder)

    def _stop_record(self, cid: str) -> None:
        leg = self.legs.get(cid)
        if leg is None or leg.recorder is None:
            return
        leg.recorder = None
        # pjsua 2.15 removes conference ports asynchronously: the WAV header is written
        # about one bridge tick (~20 ms) after the recorder is dropped. Report it then.
        path = leg.record_path
        self._finalising.append((time.monotonic() + 2.0, cid, path))
