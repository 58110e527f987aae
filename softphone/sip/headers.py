"""SIP addressing and headers: dial strings to URIs, safe custom headers for pjsua2."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pjsua2 as pj

from softphone.core.models import AccountConfig, Transport

_TOKEN = re.compile(r"^[A-Za-z0-9!%'*+.`~_-]+$")  # RFC 3261 token: a header name
_DIAL_USER = re.compile(r"^\+?[A-Za-z0-9*#._~!$&'()+,;=-]+$")
_VISUAL_SEPARATORS = re.compile(r"[\s().-]+")
_URI_FORBIDDEN = re.compile(r"[\s<>\"\x00-\x1f\x7f]")
# Never hand these to the UI or a log: they carry digest material.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization"})


class DialError(ValueError):
    """The text typed or configured cannot be turned into a SIP URI."""


def sanitize_header_value(value: str) -> str:
    """A header value that cannot inject more headers: CR, LF and NUL become spaces."""
    return re.sub(r"[\r\n\x00]+", " ", value).strip()


def check_header_name(name: str) -> str:
    if not _TOKEN.match(name):
        raise ValueError(f"invalid SIP header name {name!r}")
    return name


def header_vector(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> Any:
    """A pj.SipHeaderVector from (name, value) pairs, validated and sanitised."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    vector = pj.SipHeaderVector()
    for name, value in items:
        hdr = pj.SipHeader()
        hdr.hName = check_header_name(name)
        hdr.hValue = sanitize_header_value(value)
        vector.append(hdr)
    return vector


def public_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Headers safe to show or log: digest credentials removed."""
    return tuple((k, v) for k, v in headers if k.lower() not in SECRET_HEADERS)


def transport_param(transport: Transport) -> str:
    return "" if transport is Transport.UDP else f";transport={transport.value}"


def with_transport(uri: str, transport: Transport) -> str:
    """Add `;transport=` to a sip: URI that has none, so requests leave on our transport."""
    if transport is Transport.UDP or "transport=" in uri.lower():
        return uri
    if not uri.lower().startswith(("sip:", "sips:")):
        return uri
    head, sep, headers_part = uri.partition("?")
    return f"{head}{transport_param(transport)}{sep}{headers_part}"


def dial_uri(target: str, account: AccountConfig | None) -> str:
    """Turn what the agent typed (URI, user@host, number, extension) into a SIP URI.

    Bare numbers and extensions go to the account's domain; visual separators in numbers
    ("+39 06-123.45") are dropped. Raises DialError with a sentence for the agent.
    """
    text = target.strip()
    if not text:
        raise DialError("Enter a number or a SIP address to call.")
    if _URI_FORBIDDEN.search(text.replace(" ", "")) or "\n" in text or "\r" in text:
        raise DialError(f"'{target[:60]}' contains characters a SIP address cannot have.")
    lower = text.lower()
    transport = account.transport if account else Transport.UDP
    if lower.startswith(("sip:", "sips:")):
        if " " in text:
            raise DialError(f"'{target[:60]}' contains spaces.")
        return with_transport(text, transport)
    if lower.startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    if "@" in text:
        if " " in text:
            raise DialError(f"'{target[:60]}' contains spaces.")
        return with_transport(f"sip:{text}", transport)
    user = text
    if re.fullmatch(r"[+\d\s().-]+", text):
        user = _VISUAL_SEPARATORS.sub("", text)
    if not _DIAL_USER.match(user):
        raise DialError(f"'{target[:60]}' is not a number, extension or SIP address.")
    if account is None or not account.domain:
        raise DialError("No SIP domain is configured to dial a bare number.")
    return f"sip:{user}@{account.domain}{transport_param(transport)}"
