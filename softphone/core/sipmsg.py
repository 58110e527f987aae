"""Read headers out of a raw SIP message and work out who is calling (PAI > RPID > From)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# RFC 3261 compact header forms we may meet in an INVITE.
_COMPACT = {"f": "from", "t": "to", "i": "call-id", "m": "contact", "v": "via"}

_NAME_ADDR = re.compile(r'^\s*(?:"(?P<q>(?:[^"\\]|\\.)*)"|(?P<t>[^<"]*?))\s*<(?P<uri>[^>]*)>')
_BARE_URI = re.compile(r"^\s*(?P<uri>[^;,\s]+)")
_ANONYMOUS = ("anonymous", "restricted", "unavailable", "unknown", "withheld", "private")

MAX_DISPLAY = 200  # characters of a display name we keep: hostile peers send 10 KB


def parse_headers(message: str) -> list[tuple[str, str]]:
    """(lower-case name, value) for every header line, unfolded, in order."""
    head = message.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    lines = head.replace("\r\n", "\n").split("\n")[1:]  # skip the request line
    out: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and out:
            name, value = out[-1]
            out[-1] = (name, f"{value} {line.strip()}")
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        key = name.strip().lower()
        out.append((_COMPACT.get(key, key), value.strip()))
    return out


def header(headers: list[tuple[str, str]], name: str) -> str | None:
    name = name.lower()
    for key, value in headers:
        if key == name:
            return value
    return None


def clean_display(name: str) -> str:
    """Make a display name from the network safe to show: no control chars, bounded."""
    cleaned = "".join(ch for ch in name if ch.isprintable() or ch == " ")
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > MAX_DISPLAY:
        cleaned = cleaned[: MAX_DISPLAY - 1] + "…"
    return cleaned


@dataclass(frozen=True)
class NameAddr:
    display: str
    uri: str

    @property
    def user(self) -> str:
        """The user part of a sip:/sips:/tel: URI ('' if none)."""
        uri = self.uri
        for scheme in ("sips:", "sip:", "tel:"):
            if uri.lower().startswith(scheme):
                uri = uri[len(scheme) :]
                break
        user = (
            uri.split("@", 1)[0]
            if "@" in uri
            else (uri if self.uri.lower().startswith("tel:") else "")
        )
        return user.split(";", 1)[0]


def parse_name_addr(value: str) -> NameAddr:
    match = _NAME_ADDR.match(value)
    if match:
        display = match.group("q")
        if display is not None:
            display = re.sub(r"\\(.)", r"\1", display)
        else:
            display = match.group("t") or ""
        return NameAddr(clean_display(display), match.group("uri").strip())
    bare = _BARE_URI.match(value)
    return NameAddr("", bare.group("uri") if bare else "")


@dataclass(frozen=True)
class CallerIdentity:
    display_name: str
    number: str
    uri: str
    source: str  # "p-asserted-identity", "remote-party-id" or "from"
    anonymous: bool


def caller_identity(headers: list[tuple[str, str]]) -> CallerIdentity:
    """Who is calling: P-Asserted-Identity, then Remote-Party-ID, then From."""
    from_value = header(headers, "from") or ""
    from_addr = parse_name_addr(from_value)
    for source in ("p-asserted-identity", "remote-party-id", "from"):
        value = header(headers, source)
        if not value:
            continue
        # PAI may carry a sip: and a tel: identity separated by a comma; prefer tel:
        candidates = [parse_name_addr(part) for part in _split_top_level(value)]
        candidates.sort(key=lambda a: not a.uri.lower().startswith("tel:"))
        for addr in candidates:
            number = addr.user
            if not number:
                continue
            display = addr.display or from_addr.display
            anonymous = _is_anonymous(number) or _is_anonymous(display)
            if source == "remote-party-id" and "privacy=full" in value.replace(" ", "").lower():
                anonymous = True
            return CallerIdentity(display, "" if anonymous else number, addr.uri, source, anonymous)
    # No header carried a usable number: the caller withheld it.
    return CallerIdentity(from_addr.display, "", from_addr.uri, "from", True)


def _is_anonymous(text: str) -> bool:
    return text.strip().lower() in _ANONYMOUS


def _split_top_level(value: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth, quoted = 0, False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "<":
            depth += 1
        elif not quoted and ch == ">":
            depth -= 1
        if ch == "," and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]
