"""A plain pjsua2 peer for the real-audio tests and benchmarks (no softphone code).

Run as a separate process with the interpreter that has the pjsua2 build under test:

    python tests/audio/pjpeer.py --sip-port 5070 --dev pulse            # agent: answers
    python tests/audio/pjpeer.py --dev null --call sip:agent@127.0.0.1:5070 --play a.wav

One JSON object per line on stdout (``{"ev": ..., "t": CLOCK_MONOTONIC seconds, ...}``):
ready, incoming, state, media (call audio connected), play_started, play_eof,
record_started, cpu (process CPU seconds and wall time while media was up), stats
(the call's RTP/jitter dump), done. The peer exits after its call ends, or when stdin
closes / reads "quit", or after --timeout.

Single-threaded pjsua2 (threadCnt=0, mainThreadOnly, events pumped here), the way the
softphone engine runs it; onEof2 (pjmedia's own thread) only sets a flag.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import select
import sys
import time
from typing import Any

import pjsua2 as pj


def emit(ev: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"ev": ev, "t": time.monotonic(), **fields}) + "\n")
    sys.stdout.flush()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class StderrLog(pj.LogWriter):
    """pjsua's log to stderr: stdout carries only the JSON events."""

    def write(self, entry: pj.LogEntry) -> None:
        sys.stderr.write(entry.msg if entry.msg.endswith("\n") else entry.msg + "\n")


class Player(pj.AudioMediaPlayer):
    def __init__(self) -> None:
        super().__init__()
        self.eof = False

    def onEof2(self) -> None:  # pjmedia's thread: flag only
        self.eof = True


class Peer:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.ep = pj.Endpoint()
        self.account: Account | None = None
        self.call: Call | None = None
        self.player: Player | None = None
        self.recorder: pj.AudioMediaRecorder | None = None
        self.media_since: float | None = None
        self.cpu_at_media: float = 0.0
        self.finished = False
        self.eof_reported = False
        self.hangup_at: float | None = None
        self.steady: tuple[float, float] | None = None  # (time, cpu) 1 s after media
        self.farewell: Player | None = None
        self.farewell_eof_reported = False

    # ------------------------------------------------------------------ setup
    def start(self) -> None:
        a = self.args
        ep = self.ep
        ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.userAgent = f"pjpeer/{a.name}"
        cfg.logConfig.level = a.log_level
        cfg.logConfig.consoleLevel = a.log_level
        self.log_writer = StderrLog()
        cfg.logConfig.writer = self.log_writer
        med = cfg.medConfig
        med.ecTailLen = a.ec_tail
        med.clockRate = a.clock_rate
        med.sndClockRate = a.snd_clock_rate
        med.audioFramePtime = a.frame_ptime
        med.ptime = a.ptime
        med.quality = a.quality
        if a.snd_rec_latency:
            med.sndRecLatency = a.snd_rec_latency
        if a.snd_play_latency:
            med.sndPlayLatency = a.snd_play_latency
        med.jbInit, med.jbMinPre, med.jbMaxPre, med.jbMax = a.jb
        med.noVad = True
        # settable since our patch 0004 (an opaque SWIG type before)
        med.jbDiscardAlgo = {
            "none": pj.PJMEDIA_JB_DISCARD_NONE,
            "static": pj.PJMEDIA_JB_DISCARD_STATIC,
            "progressive": pj.PJMEDIA_JB_DISCARD_PROGRESSIVE,
        }[a.jb_discard]
        ep.libInit(cfg)

        tcfg = pj.TransportConfig()
        tcfg.port = a.sip_port
        tcfg.boundAddress = "127.0.0.1"
        if a.transport == "tls":
            tls = tcfg.tlsConfig
            tls.certFile = a.tls_cert
            tls.privKeyFile = a.tls_key
            tls.CaListFile = a.tls_ca
            tls.method = pj.PJSIP_TLSV1_2_METHOD
            tls.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3
            tls.verifyServer = False
            tls.verifyClient = False
            ttype = pj.PJSIP_TRANSPORT_TLS
        else:
            ttype = pj.PJSIP_TRANSPORT_UDP
        ep.transportCreate(ttype, tcfg)
        ep.libStart()

        if a.codec:
            for codec in ep.codecEnum2():
                wanted = codec.codecId.lower().startswith(a.codec.lower())
                ep.codecSetPriority(codec.codecId, 255 if wanted else 0)
        if a.opus_rate or a.opus_complexity >= 0:
            opus = ep.getCodecOpusConfig()
            if a.opus_rate:
                opus.sample_rate = a.opus_rate
            if a.opus_complexity >= 0:
                opus.complexity = a.opus_complexity
            ep.setCodecOpusConfig(opus)
        mgr = ep.audDevManager()
        if a.dev == "null":
            mgr.setNullDev()
        else:
            names = [d.name for d in mgr.enumDev2()]
            if a.dev not in names:
                emit("error", message=f"no sound device {a.dev!r} in {names}")
                raise SystemExit(3)
            index = names.index(a.dev)
            mgr.setCaptureDev(index)
            mgr.setPlaybackDev(index)

        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:{a.name}@127.0.0.1"
        acfg.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
        acfg.mediaConfig.transportConfig.publicAddress = "127.0.0.1"
        acfg.mediaConfig.transportConfig.port = a.rtp_port
        acfg.mediaConfig.transportConfig.portRange = 40
        acfg.mediaConfig.srtpUse = {
            "off": pj.PJMEDIA_SRTP_DISABLED,
            "optional": pj.PJMEDIA_SRTP_OPTIONAL,
            "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
        }[a.srtp]
        acfg.mediaConfig.srtpSecureSignaling = a.srtp_secure
        if a.srtp_crypto:
            crypto = pj.SrtpCrypto()
            crypto.name = a.srtp_crypto
            acfg.mediaConfig.srtpOpt.cryptos.append(crypto)
        self.account = Account(self)
        self.account.create(acfg)
        devs = [f"{d.name}({d.inputCount}/{d.outputCount})" for d in mgr.enumDev2()]
        emit(
            "ready",
            version=ep.libVersion().full,
            devices=devs,
            codecs=[c.codecId for c in ep.codecEnum2() if c.priority > 0],
        )
        if a.call:
            call = Call(self, self.account)
            self.call = call
            prm = pj.CallOpParam(True)
            call.makeCall(a.call, prm)

    # ------------------------------------------------------------------ media
    def on_media(self, call: Call) -> None:
        info = call.getInfo()
        mgr = self.ep.audDevManager()
        for mi in info.media:
            if mi.type != pj.PJMEDIA_TYPE_AUDIO or mi.status != pj.PJSUA_CALL_MEDIA_ACTIVE:
                continue
            audio = call.getAudioMedia(mi.index)
            if self.args.dev != "null":
                if self.farewell is None:  # during the farewell the agent stays muted
                    mgr.getCaptureDevMedia().startTransmit(audio)
                audio.startTransmit(mgr.getPlaybackDevMedia())
            if self.farewell is not None:  # re-link after a re-INVITE
                self.farewell.startTransmit(audio)
            if self.args.echo:
                audio.startTransmit(audio)
            first = self.media_since is None
            if first:
                self.media_since = time.monotonic()
                self.cpu_at_media = cpu_seconds()
                emit(
                    "media",
                    codec=self.codec_name(call),
                    local_contact=info.localContact,
                    remote_contact=info.remoteContact,
                )
            if self.args.record:
                if self.recorder is None:
                    self.recorder = pj.AudioMediaRecorder()
                    self.recorder.createRecorder(self.args.record)
                audio.startTransmit(self.recorder)
                if first:
                    emit("record_started")
            if self.args.play:
                if self.player is None:
                    self.player = Player()
                    self.player.createPlayer(self.args.play, pj.PJMEDIA_FILE_NO_LOOP)
                    self.player.startTransmit(audio)
                    emit("play_started")
                else:
                    self.player.startTransmit(audio)
            if first and self.args.duration:
                self.hangup_at = time.monotonic() + self.args.duration

    def codec_name(self, call: Call) -> str:
        try:
            stream = call.getStreamInfo(0)
            return f"{stream.codecName}/{stream.codecClockRate}"
        except pj.Error:
            return "?"

    def on_disconnected(self, call: Call) -> None:
        if self.media_since is not None:
            wall = time.monotonic() - self.media_since
            steady = {}
            if self.steady is not None:
                steady = {
                    "steady_cpu": cpu_seconds() - self.steady[1],
                    "steady_wall": time.monotonic() - self.steady[0],
                }
            emit("cpu", cpu=cpu_seconds() - self.cpu_at_media, wall=wall, **steady)
        self.finished = True

    # ------------------------------------------------------------------ loop
    def run(self) -> None:
        deadline = time.monotonic() + self.args.timeout
        stdin_open = True
        while not self.finished and time.monotonic() < deadline:
            self.ep.libHandleEvents(10)
            if (
                self.steady is None
                and self.media_since is not None
                and time.monotonic() >= self.media_since + 1.0
            ):
                self.steady = (time.monotonic(), cpu_seconds())
            self.farewell_step()
            if self.player is not None and self.player.eof and not self.eof_reported:
                self.eof_reported = True
                emit("play_eof")
                if self.args.hangup_after_eof is not None:
                    self.hangup_at = time.monotonic() + self.args.hangup_after_eof
            if self.hangup_at is not None and time.monotonic() >= self.hangup_at:
                self.hangup_at = None
                self.hangup()
            if stdin_open:
                ready, _, _ = select.select([sys.stdin], [], [], 0)
                if ready:
                    line = sys.stdin.readline()
                    if not line or line.strip() == "quit":
                        stdin_open = bool(line)
                        self.hangup()
                        if self.call is None:
                            break
                    elif line.strip() == "hangup":
                        self.hangup()
        if not self.finished:
            emit("timeout")

    def farewell_step(self) -> None:
        """The critical-situation ending, as the softphone does it: the prompt goes to the
        caller and to the agent's headset, the agent's mic is cut from the call; BYE after
        the prompt's end + --hangup-after-eof."""
        a = self.args
        if not a.farewell or self.media_since is None or self.call is None:
            return
        if self.farewell is None and time.monotonic() >= self.media_since + a.farewell_after:
            audio = self.call.getAudioMedia(-1)
            mgr = self.ep.audDevManager()
            self.farewell = Player()
            self.farewell.createPlayer(a.farewell, pj.PJMEDIA_FILE_NO_LOOP)
            self.farewell.startTransmit(audio)
            if a.dev != "null":
                self.farewell.startTransmit(mgr.getPlaybackDevMedia())
                mgr.getCaptureDevMedia().stopTransmit(audio)
            emit("farewell_started")
        elif self.farewell is not None and self.farewell.eof and not self.farewell_eof_reported:
            self.farewell_eof_reported = True
            emit("farewell_eof")
            self.hangup_at = time.monotonic() + (a.hangup_after_eof or 0.0)

    def hangup(self) -> None:
        call = self.call
        if call is None:
            return
        try:
            if call.isActive():
                if self.args.stats:
                    emit("stats", dump=call.dump(True, "  "))
                call.hangup(pj.CallOpParam(True))
        except pj.Error as exc:
            emit("error", message=str(exc.info()))

    def stop(self) -> None:
        # Drop every pjsua2 object before libDestroy (FIELD-NOTES: else SIGABRT at exit).
        self.player = self.recorder = self.farewell = None
        self.call = None
        self.account = None
        sys.last_traceback = sys.last_value = sys.last_type = None
        gc.collect()
        self.ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        emit("done")


class Account(pj.Account):
    def __init__(self, peer: Peer) -> None:
        super().__init__()
        self.peer = peer

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        peer = self.peer
        call = Call(peer, self, prm.callId)
        emit("incoming")
        if peer.call is not None:
            call.hangup(pj.CallOpParam(True))  # busy: one call at a time
            return
        peer.call = call
        answer = pj.CallOpParam(True)
        answer.statusCode = 200
        call.answer(answer)


class Call(pj.Call):
    def __init__(self, peer: Peer, account: Account, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(account, call_id)
        self.peer = peer

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        info = self.getInfo()
        emit("state", state=info.stateText, code=info.lastStatusCode)
        if info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.peer.on_disconnected(self)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self.peer.on_media(self)


def parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name", default="agent")
    ap.add_argument("--sip-port", type=int, default=0)
    ap.add_argument("--rtp-port", type=int, default=40000)
    ap.add_argument("--transport", choices=("udp", "tls"), default="udp")
    ap.add_argument("--tls-cert", default="")
    ap.add_argument("--tls-key", default="")
    ap.add_argument("--tls-ca", default="")
    ap.add_argument("--srtp", choices=("off", "optional", "mandatory"), default="off")
    ap.add_argument(
        "--srtp-crypto", default="", help="only this suite, e.g. AES_CM_128_HMAC_SHA1_80"
    )
    ap.add_argument("--srtp-secure", type=int, default=0, help="0: any, 1: TLS, 2: sips")
    ap.add_argument("--dev", default="null", help="'null' or an ALSA device name (pulse)")
    ap.add_argument("--call", default="", help="URI to call; otherwise answer")
    ap.add_argument("--codec", default="", help="only this codec, e.g. PCMU, G722, opus")
    ap.add_argument("--opus-rate", type=int, default=0, help="Opus internal rate (Hz)")
    ap.add_argument("--opus-complexity", type=int, default=-1)
    ap.add_argument("--play", default="", help="WAV played into the call once")
    ap.add_argument("--farewell", default="", help="WAV: the critical-situation ending")
    ap.add_argument("--farewell-after", type=float, default=1.0, help="s after media")
    ap.add_argument("--record", default="", help="WAV recording of the call audio")
    ap.add_argument("--echo", action="store_true", help="loop the call audio back")
    ap.add_argument("--duration", type=float, default=0.0, help="hang up after N s of media")
    ap.add_argument("--hangup-after-eof", type=float, default=None)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--ec-tail", type=int, default=0)
    ap.add_argument("--clock-rate", type=int, default=16000)
    ap.add_argument("--snd-clock-rate", type=int, default=0)
    ap.add_argument("--frame-ptime", type=int, default=20)
    ap.add_argument("--ptime", type=int, default=0)
    ap.add_argument("--quality", type=int, default=8)
    ap.add_argument("--snd-rec-latency", type=int, default=0)
    ap.add_argument("--snd-play-latency", type=int, default=0)
    ap.add_argument(
        "--jb",
        type=int,
        nargs=4,
        default=(-1, -1, -1, -1),
        metavar=("INIT", "MINPRE", "MAXPRE", "MAX"),
        help="jitter buffer, ms (-1: pjmedia default)",
    )
    ap.add_argument(
        "--jb-discard", choices=("none", "static", "progressive"), default="progressive"
    )
    ap.add_argument("--log-level", type=int, default=1)
    return ap.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    peer = Peer(args)
    try:
        peer.start()
        peer.run()
    except pj.Error as exc:
        emit("error", message=str(exc.info()))
        return 2
    finally:
        peer.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main(sys.argv[1:]))
