"""Caller identity and header parsing from raw SIP messages."""

from __future__ import annotations

import pytest

from softphone.core.sipmsg import caller_identity, clean_display, parse_headers, parse_name_addr


def invite(*headers: str) -> str:
    lines = ["INVITE sip:1001@127.0.0.1 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:5080", *headers]
    return "\r\n".join(lines) + "\r\n\r\nv=0\r\n"


def test_pai_wins_over_rpid_and_from() -> None:
    msg = invite(
        'From: "Front desk" <sip:100@pbx>;tag=1',
        "Remote-Party-ID: <sip:+390611111111@pbx>;party=calling",
        'P-Asserted-Identity: "Mario Rossi" <sip:+390612345678@pbx>',
    )
    who = caller_identity(parse_headers(msg))
    assert (who.number, who.display_name, who.source) == (
        "+390612345678",
        "Mario Rossi",
        "p-asserted-identity",
    )
    assert not who.anonymous


def test_rpid_then_from() -> None:
    msg = invite('f: "X" <sip:200@pbx>;tag=1', "Remote-Party-ID: <sip:555@pbx>;party=calling")
    assert caller_identity(parse_headers(msg)).number == "555"
    assert caller_identity(parse_headers(invite("From: <sip:0612345678@pbx>;tag=2"))).number == (
        "0612345678"
    )


def test_pai_prefers_tel_uri() -> None:
    msg = invite("From: <sip:1@pbx>;tag=1", "P-Asserted-Identity: <sip:alice@pbx>, <tel:+4930123>")
    assert caller_identity(parse_headers(msg)).number == "+4930123"


@pytest.mark.parametrize(
    "from_header",
    ['"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1', "<sip:pbx>;tag=1"],
)
def test_withheld_caller(from_header: str) -> None:
    who = caller_identity(parse_headers(invite(f"From: {from_header}")))
    assert who.anonymous and who.number == ""


def test_folded_and_compact_headers() -> None:
    msg = invite("f: <sip:42@pbx>", "Call-Info: <sip:pbx>", " ;answer-after=3")
    headers = parse_headers(msg)
    assert ("from", "<sip:42@pbx>") in headers
    assert ("call-info", "<sip:pbx> ;answer-after=3") in headers


def test_hostile_display_names_are_cleaned() -> None:
    assert clean_display("Evil\x00\x07Name\n") == "EvilName"
    long = clean_display("A" * 10_000)
    assert len(long) == 200 and long.endswith("…")
    rtl = "\u202eevil\u202c"
    assert "\u202e" not in clean_display(rtl)
    html = parse_name_addr('"<img src=x onerror=alert(1)>" <sip:1@h>')
    assert html.display == "<img src=x onerror=alert(1)>"  # kept as text; the UI shows plain text


def test_escaped_quotes_in_display_name() -> None:
    assert parse_name_addr(r'"Say \"hi\"" <sip:1@h>').display == 'Say "hi"'
