"""Hostile caller identities (HTML, huge, bidi overrides) arrive cleaned and bounded."""

from __future__ import annotations

import socket
import uuid

import pytest

from softphone.core.events import CallStateChanged, EngineStarted, IncomingCall
from softphone.core.models import CallState
from softphone.core.sipmsg import MAX_DISPLAY
from tests.helpers.sip_engine import Desk

pytestmark = pytest.mark.integration


def pai(display: str, number: str = "+390699999") -> str:
    escaped = display.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <sip:{number}@127.0.0.1>'


def test_html_is_kept_as_plain_text(desk: Desk) -> None:
    html = "<img src=x onerror=alert(1)><b>Boss</b>"
    call = desk.incoming_from_customer(pai=pai(html))
    assert call.display_name == html  # literal text: the UI shows it as text, never as HTML
    assert call.number == "+390699999"


def test_bidi_overrides_and_controls_are_removed(desk: Desk) -> None:
    call = desk.incoming_from_customer(pai=pai("\u202eevil\u202c \u200bname\u2066x\u2069"))
    assert call.display_name == "evil namex"
    assert all(ch.isprintable() for ch in call.display_name)


def test_long_display_name_is_bounded(desk: Desk) -> None:
    """2 KB still fits pjsip's 4000-byte receive buffer (PJSIP_MAX_PKT_LEN) with the SDP."""
    call = desk.incoming_from_customer(pai=pai("A" * 2048))
    assert len(call.display_name) == MAX_DISPLAY
    assert call.display_name.endswith("…")


def raw_invite(target: str, display: str) -> bytes:
    """An INVITE with a huge From display name, as no pjsip peer can send (EMSGTOOLONG)."""
    host, port = target.rsplit(":", 1)
    branch, tag, call_id = (uuid.uuid4().hex for _ in range(3))
    sdp = (
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
        "m=audio 9 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n"
    )
    head = (
        f"INVITE sip:agent@{target} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK{branch}\r\n"
        "Max-Forwards: 70\r\n"
        f'From: "{display}" <sip:+390611111@127.0.0.1>;tag={tag}\r\n'
        f"To: <sip:agent@{host}:{port}>\r\n"
        f"Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\n"
        "Contact: <sip:x@127.0.0.1:9>\r\nContent-Type: application/sdp\r\n"
        f"Content-Length: {len(sdp)}\r\n\r\n"
    )
    return (head + sdp).encode()


def test_10kb_display_name_never_rings_and_breaks_nothing(desk: Desk) -> None:
    """A 10 KB INVITE exceeds pjsip's receive buffer (PJSIP_MAX_PKT_LEN, 4000 bytes): it is
    dropped before any callback. The engine stays healthy; the next call rings normally."""
    events = desk.engine.events
    address = events.wait_for(EngineStarted).local_address
    mark = events.mark()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(raw_invite(address, "B" * 10240), tuple_address(address))
    call = desk.incoming_from_customer()
    assert events.find(IncomingCall, after=mark) == [call]
    desk.engine.engine.answer(call.call_id)
    events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)


def tuple_address(address: str) -> tuple[str, int]:
    host, port = address.rsplit(":", 1)
    return host, int(port)
