"""Free loopback ports for SIP servers and non-overlapping RTP ranges per process."""

from __future__ import annotations

import itertools
import random
import socket

_RTP_SLOTS = itertools.count(random.randrange(0, 150))
RTP_SPAN = 200  # ports each process may use for RTP (pjsua steps by 2 per call)


def free_port(host: str = "127.0.0.1") -> int:
    """A port free for both UDP and TCP on `host` right now."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((host, 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind((host, port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free UDP+TCP port")


def _udp_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def rtp_base(host: str = "127.0.0.1") -> int:
    """First port of an RTP range no other helper in this test run hands out."""
    for _ in range(200):
        slot = next(_RTP_SLOTS) % 190
        base = 21000 + slot * RTP_SPAN
        if _udp_free(host, base) and _udp_free(host, base + 1):
            return base
    raise RuntimeError("no free RTP range")
