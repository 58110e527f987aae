"""Click-to-dial links from browsers and CRMs (tel:, sip:, callto:)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.core.dial_link import DialLinkError, is_dial_link, parse


@pytest.mark.parametrize(
    ("link", "dial"),
    [
        ("tel:+39-06-1234-5678", "+390612345678"),
        ("tel:+1(201)555.0123;ext=12;phone-context=example.com", "+12015550123"),
        ("TEL:0612345678", "0612345678"),
        ("tel:%2B49%2030%20123456", "+4930123456"),
        ("callto://+4930123456", "+4930123456"),
        ("callto:1002", "1002"),
        ("sip:1002@pbx.example.com", "sip:1002@pbx.example.com"),
        ("sips:agent.7@pbx.example.com;transport=tls", "sips:agent.7@pbx.example.com"),
        ("sip:1002@pbx.example.com?Call-Info=%3Canswer-after%3D0%3E", "sip:1002@pbx.example.com"),
        ("sip:1002", "1002"),
    ],
)
def test_links_become_dial_text(link: str, dial: str) -> None:
    assert parse(link) == dial


@pytest.mark.parametrize(
    "link",
    [
        "tel:",
        "tel:call-me-maybe",
        "callto:skype.user",
        "sip:",
        "sip:@pbx",
        "sip:a b@pbx",
        "tel:+39%0A06",
        "tel:+39\x0006",
        "http://example.com",
        "tel:" + "1" * 600,
    ],
)
def test_bad_links_say_why(link: str) -> None:
    with pytest.raises(DialLinkError) as info:
        parse(link)
    assert str(info.value)


def test_is_dial_link_tells_links_from_commands() -> None:
    assert is_dial_link("tel:+39")
    assert is_dial_link("SIP:1002@pbx")
    assert not is_dial_link("demo")
    assert not is_dial_link("--provisioning")
    assert not is_dial_link("C:\\file.toml")


@given(st.text(max_size=300))
def test_parse_never_fails_otherwise(text: str) -> None:
    for link in (text, "tel:" + text, "sip:" + text):
        try:
            result = parse(link)
        except DialLinkError:
            continue
        assert result and "\n" not in result and len(result) <= 512
