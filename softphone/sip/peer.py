"""`python -m softphone.sip.peer`: a scriptable pjsua2 user agent driven by JSON lines.

Commands arrive on stdin, one JSON object per line; every event leaves on stdout the same
way with "event" and "t" (time.monotonic() of the peer). Nothing else ever reaches stdout:
pjsip and Python logging go to stderr. A command may carry "req": it is echoed in the
{"event": "ok"|"error", "cmd", "req"[, "message"]} that follows its execution. Calls are
named by the peer ("c1", "in2", "xfer3") unless "call" is given to `call`.

Commands ("call" selects a call; it may be left out when there is exactly one):
  register   registrar, user, password[, transport udp|tcp|tls, domain, expires, display,
             proxy]                       -> reg_state{code, reason, status, expires,
                                             registered}
  unregister
  call       uri[, headers{name: value}, call, play, loop, record, account]
                                          -> call_started{call, uri}, call_state...
  answer     [call, code=200, play, loop, record]
  reject     [call, code=486]     hangup [call, code | all=true]
  hold / unhold [call]            dtmf   digits[, call]      transfer uri[, call]
  play       wav[, loop, call]  (into the call)   -> player_eof{call, wav}
  stop_play  [call]
  record     wav[, call]  (what the peer hears)   stop_record -> recorded{call, wav, complete}
  auto_answer mode off|answer|reject[, code, delay, play, loop, record ("{call}" = id)]
  stats      [call]                       -> stats{rx_packets, tx_packets, rx_lost, media}
  ping                                    -> pong{calls}
  quit                                    -> quit (also on stdin EOF)
Other events: ready{sip_port, host, uri, version, pid} (first), incoming{call, remote_uri,
sip_call_id, headers{lower-case name: first value}}, call_state{call, state CALLING|
INCOMING|EARLY|CONNECTING|CONFIRMED|DISCONNECTED, code, reason, sip_call_id},
media_state{call, status active|local_hold|remote_hold|none|error, codec}, dtmf{call,
digit}, dtmf_event{call, digit, flags, duration}, transfer_request{call, uri, new_call},
transfer_status{call, code, reason, final}, error{message[, cmd, req, where]}.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any, TextIO

import pjsua2 as pj

from softphone.sip.endpoint import LibSettings, PjLib
from softphone.sip.logbridge import LogBridge
from softphone.sip.peer_agent import PeerAgent, PeerError
from softphone.sip.peer_pj import PeerAccount

log = logging.getLogger("softphone.sip.peer")


class JsonOut:
    """Serialises events to the real stdout; one line each, flushed."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def emit(self, event: str, **fields: Any) -> None:
        line = json.dumps({"event": event, "t": round(time.monotonic(), 6), **fields})
        with self._lock:
            self._stream.write(line + "\n")
            self._stream.flush()


def read_commands(stream: TextIO, out: queue.Queue[dict[str, Any]], emit: JsonOut) -> None:
    """Stdin reader thread: never touches pjsua2. EOF (parent gone) means quit."""
    for line in stream:
        text = line.strip()
        if not text:
            continue
        try:
            cmd = json.loads(text)
            if not isinstance(cmd, dict):
                raise ValueError("a command is a JSON object")
        except ValueError as exc:
            emit.emit("error", message=f"bad command line: {exc}", line=text[:200])
            continue
        out.put(cmd)
    out.put({"cmd": "quit"})


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m softphone.sip.peer", description=__doc__)
    parser.add_argument("--bind", default="127.0.0.1", help="address for SIP and RTP")
    parser.add_argument("--sip-port", type=int, default=0, help="UDP+TCP SIP port (0: any)")
    parser.add_argument("--rtp-port", type=int, default=0, help="first RTP port (0: 4000)")
    parser.add_argument("--rtp-range", type=int, default=200)
    parser.add_argument("--name", default="peer", help="user part of the direct-call URI")
    parser.add_argument("--log-level", default="WARNING", help="Python log level on stderr")
    parser.add_argument("--trace-dir", default="", help="write a pjsip SIP trace here")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, out: JsonOut) -> int:
    bridge = LogBridge()
    if args.trace_dir:
        bridge.set_trace(True, args.trace_dir)
    settings = LibSettings(
        user_agent=f"softphone-peer/{args.name}",
        bind_address=args.bind,
        rtp_port=args.rtp_port,
        rtp_range=args.rtp_range,
        max_calls=32,
        trace=bool(args.trace_dir),
    )
    lib = PjLib(settings, bridge)
    lib.start()
    lib.ep.audDevManager().setNullDev()
    udp, _tcp = lib.transport_pair(args.sip_port)
    address = lib.local_name(udp)
    agent = PeerAgent(lib, out.emit, args.name)
    local = PeerAccount(agent, "local")
    cfg = pj.AccountConfig()
    cfg.idUri = f"sip:{args.name}@{address}"
    cfg.sipConfig.transportId = udp
    lib.media_transport(cfg.mediaConfig)
    agent.accounts["local"] = local
    local.create(cfg, True)
    commands: queue.Queue[dict[str, Any]] = queue.Queue()
    reader = threading.Thread(
        target=read_commands, args=(sys.stdin, commands, out), name="stdin", daemon=True
    )
    reader.start()
    host, port = address.rsplit(":", 1)
    out.emit(
        "ready",
        sip_port=int(port),
        host=host,
        uri=f"sip:{args.name}@{address}",
        version=lib.version(),
        pid=os.getpid(),
    )
    try:
        while not agent.quit:
            lib.handle_events(5)
            while not agent.quit:
                try:
                    cmd = commands.get_nowait()
                except queue.Empty:
                    break
                execute(agent, cmd, out)
            agent.poll()
    finally:
        agent.close()
        del local, agent
        lib.destroy(no_network=True)
        bridge.close()
    out.emit("quit")
    return 0


def execute(agent: PeerAgent, cmd: dict[str, Any], out: JsonOut) -> None:
    req = cmd.get("req")
    try:
        agent.handle(cmd)
    except (PeerError, KeyError, ValueError, TypeError) as exc:
        out.emit("error", cmd=cmd.get("cmd"), req=req, message=str(exc))
        return
    except pj.Error as exc:
        out.emit("error", cmd=cmd.get("cmd"), req=req, message=str(exc.info()))
        return
    out.emit("ok", cmd=cmd.get("cmd"), req=req)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Keep the JSON channel clean: events get a private copy of stdout, and anything else
    # that writes to fd 1 (pjsip's banner, stray prints) lands on stderr.
    json_stream = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, str(args.log_level).upper(), logging.WARNING),
        format=f"%(asctime)s {args.name} %(name)s %(levelname)s %(message)s",
    )
    return run(args, JsonOut(json_stream))


if __name__ == "__main__":
    sys.exit(main())
