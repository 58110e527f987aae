"""Phone numbers: caller IDs and typed targets to E.164 (lookups) or to a dial string."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import shortnumberinfo

# Longer input is not a phone number or a URI anyone types; refuse it before parsing.
MAX_INPUT = 256
# The longest dial string we pass on (E.164 is 15 digits; PBX prefixes and codes add some).
MAX_DIAL = 32

# What people paste between digits: spaces (incl. no-break and thin), dashes, dots,
# brackets, slashes.
_SEPARATORS = re.compile(r"[\s\u00a0\u2009\u202f().\-/\u2010-\u2015]")
_DIGITS = re.compile(r"^\+?[0-9]+$")
_DIALABLE = re.compile(r"^\+?[0-9*#]+$")
_URI = re.compile(r"^(?P<scheme>sips?|tel):(?P<rest>[^\s<>\"]+)$", re.IGNORECASE)
_NAME_ADDR = re.compile(r"<(?P<uri>[^<>]*)>")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")


_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def _uri_user(uri: str) -> str | None:
    """The user part of a sip:/sips:/tel: URI, unescaped; None if `uri` is not one."""
    match = _URI.match(uri)
    if match is None:
        return None
    rest = match.group("rest")
    if match.group("scheme").lower() == "tel":
        user = rest
    elif "@" in rest:
        user = rest.split("@", 1)[0]
    else:
        return ""  # sip:host - no user part
    user = user.split(";", 1)[0].split("?", 1)[0]
    # RFC 3261 lets the user part escape characters; '+' often arrives as %2B.
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), user)


def _strip_wrapping(raw: str) -> str | None:
    """Trimmed text, the URI out of a name-addr; None for hostile or oversized input."""
    if not isinstance(raw, str) or len(raw) > MAX_INPUT:
        return None
    text = raw.strip()
    match = _NAME_ADDR.search(text)
    if match:
        text = match.group("uri").strip()
    if not text or _CONTROLS.search(text):
        return None
    return text


def _number_part(text: str) -> str | None:
    """The digits (with + * #) of a number or of a URI's user part; None if it has none."""
    user = _uri_user(text)
    if user is not None:
        text = user
    cleaned = _SEPARATORS.sub("", text)
    return cleaned if _DIALABLE.match(cleaned) and len(cleaned) <= MAX_DIAL else None


def _e164(digits: str, default_region: str) -> str | None:
    if not _DIGITS.match(digits):
        return None  # * and # are feature codes, never a public number
    region = default_region.upper() if default_region else None
    try:
        number = phonenumbers.parse(digits, region, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None
    source = number.country_code_source
    international = source in (
        phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
        phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_IDD,
    )
    if international:
        # Written with its country code: trust it if its length fits the country, so
        # new ranges and test numbers still match.
        if not phonenumbers.is_possible_number(number):
            return None
    else:
        # National format: only a number the region's plan knows, so that extensions
        # ("1001") and short codes ("112") are never mistaken for public numbers.
        if not phonenumbers.is_valid_number(number):
            return None
        if region and shortnumberinfo.is_valid_short_number_for_region(number, region):
            return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise(raw: str, default_region: str) -> str | None:
    """E.164 ("+390612345678") for a public phone number, else None.

    Accepts what callers and agents write: "+39 06 1234 5678", "0039 06 1234 5678",
    "06 1234 5678" (national, in `default_region`, an ISO 3166 code such as "IT"),
    a sip:/sips:/tel: URI or a name-addr ('"Anna" <sip:+39...@pbx>') whose user part is
    a number. Extensions, short and emergency numbers, feature codes ("*97"), anonymous
    callers and anything hostile (control characters, oversized input) give None.
    Never raises.
    """
    text = _strip_wrapping(raw)
    if text is None:
        return None
    digits = _number_part(text)
    if digits is None:
        return None
    return _e164(digits, default_region)


def dial_target(raw: str, default_region: str) -> str | None:
    """What to dial for what the agent typed, or None when it cannot be dialled.

    - a public number in any notation -> its E.164 form ("+390612345678");
    - extensions, short numbers, feature codes ("1001", "112", "*97") -> the digits as
      typed, separators removed: the PBX's dial plan decides;
    - a sip:/sips: URI with a non-numeric user or host only -> the URI unchanged;
      with a number as its user -> still the URI (the agent chose the host);
    - a tel: URI -> its number, as for typed digits;
    - anything else (letters, control characters, over 256 characters) -> None.
    Never raises.
    """
    text = _strip_wrapping(raw)
    if text is None:
        return None
    match = _URI.match(text)
    if match is not None and match.group("scheme").lower() != "tel":
        rest = match.group("rest")
        return text if rest and not rest.startswith(("@", ";")) else None
    digits = _number_part(text)
    if digits is None:
        return None
    return _e164(digits, default_region) or digits


def is_e164(text: str) -> bool:
    """True for a string already in E.164 form (+, then 2 to 15 digits, no leading 0)."""
    return bool(_E164.fullmatch(text))
