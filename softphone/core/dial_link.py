"""Click-to-dial links (tel:, sip:, sips:, callto:) turned into what the dial field takes."""

from __future__ import annotations

import re
from urllib.parse import unquote

SCHEMES = ("tel", "sip", "sips", "callto")
MAX_LINK = 512  # a browser or CRM may hand anything over; nobody dials more than this

_NUMBER = re.compile(r"^\+?[0-9*#]{1,32}$")
_VISUAL_SEPARATORS = re.compile(r"[\s().\-]")  # RFC 3966 visual-separator, plus spaces
_SIP_TARGET = re.compile(r"^[^\s<>\"@?;]+(@[^\s<>\"@?;]+)?$")


class DialLinkError(ValueError):
    """The link cannot become a call; the message says why (shown to the agent)."""


def is_dial_link(text: str) -> bool:
    """Whether a command-line argument looks like a link (not an option or a command)."""
    scheme, sep, _ = text.partition(":")
    return bool(sep) and scheme.lower() in SCHEMES


def parse(link: str) -> str:
    """'tel:+39-06-1234-5678;phone-context=x' -> '+390612345678'; 'sip:1002@pbx' kept.

    Raises DialLinkError for anything that is not a dialable number or SIP address.
    """
    if len(link) > MAX_LINK:
        raise DialLinkError(f"the link is too long ({len(link)} characters)")
    scheme, sep, rest = link.strip().partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in SCHEMES:
        raise DialLinkError("not a tel:, sip: or callto: link")
    rest = unquote(rest.removeprefix("//"))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rest):
        raise DialLinkError("the link contains control characters")
    if scheme in ("sip", "sips"):
        return _sip(scheme, rest)
    number = _VISUAL_SEPARATORS.sub("", rest.split(";", 1)[0].split("?", 1)[0])
    if not _NUMBER.match(number):
        raise DialLinkError(f"'{number[:40]}' is not a phone number")
    return number


def _sip(scheme: str, rest: str) -> str:
    # URI parameters and headers are dropped: a web page must not choose our transport or
    # put headers into our INVITE.
    target = rest.split("?", 1)[0].split(";", 1)[0]
    user = target.split("@", 1)[0]
    if not target or not user or not _SIP_TARGET.match(target):
        raise DialLinkError(f"'{target[:40]}' is not a SIP address")
    if "@" not in target and _NUMBER.match(_VISUAL_SEPARATORS.sub("", target)):
        return _VISUAL_SEPARATORS.sub("", target)  # sip:1002 - an extension on our PBX
    return f"{scheme}:{target}"
