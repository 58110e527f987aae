"""What an agent may type as a call or transfer target, and the SIP URI it becomes."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# While typing: digits, + at the start, * #, and the separators people paste from
# e-mails (spaces, dashes, dots, brackets); or a sip:/sips: URI.
TYPING_PATTERN = r"(\+?[0-9*#(][0-9*#()\-. ]{0,39}|sips?:[^\s<>\"]{0,200}|s|si|sip|sips)"

_NUMBER = re.compile(r"^\+?[0-9*#]{1,32}$")
_URI = re.compile(r"^sips?:[^\s<>\"@]+@[^\s<>\"@]+$|^sips?:[^\s<>\"@]+$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s().\-]")


def normalise(text: str) -> str:
    """The number without separators, or the URI as typed (trimmed)."""
    text = text.strip()
    if text.lower().startswith(("sip:", "sips:")):
        return text
    return _SEPARATORS.sub("", text)


def is_valid(text: str) -> bool:
    target = normalise(text)
    return bool(_NUMBER.match(target) or _URI.match(target))


def to_sip_uri(text: str, domain: str) -> str:
    """'1002' -> 'sip:1002@pbx.example.com'; a sip: URI is kept as it is.

    Raises ValueError with an agent-facing reason when it cannot become a URI.
    """
    target = normalise(text)
    if _URI.match(target):
        return target
    if not _NUMBER.match(target):
        raise ValueError(
            QCoreApplication.translate("DialTarget", "Use digits, + * # or a sip: address.")
        )
    if not domain:
        raise ValueError(
            QCoreApplication.translate(
                "DialTarget", "No SIP domain is set: open Settings › Account."
            )
        )
    return f"sip:{target}@{domain}"
