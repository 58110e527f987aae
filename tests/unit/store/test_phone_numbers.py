"""Phone number normalisation (lookups) and dial targets (what the agent typed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.numbers import dial_target, is_e164, normalise

ROME = "+390612345678"


@pytest.mark.parametrize(
    "raw",
    [
        "+39 06 1234 5678",
        "0039 06 1234 5678",
        "06 1234 5678",
        "06-1234-5678",
        "(06) 1234.5678",
        "+39\u00a006\u00a012345678",
        "  +390612345678  ",
        "sip:+390612345678@pbx.example.com",
        "sip:+390612345678@pbx.example.com;user=phone",
        "sips:0612345678@pbx.example.com:5061;transport=tls",
        "sip:%2B390612345678@pbx.example.com",
        "tel:+39-06-1234-5678",
        '"Mario Rossi" <sip:+390612345678@10.0.0.1>;tag=abc',
        "<sip:0039061234567 8@pbx>".replace(" ", ""),
    ],
)
def test_the_same_rome_number_in_every_notation(raw: str) -> None:
    assert normalise(raw, "IT") == ROME


def test_national_format_follows_the_default_region() -> None:
    assert normalise("030 1234567", "DE") == "+49301234567"
    assert normalise("8 495 123-45-67", "RU") == "+74951234567"
    assert normalise("0612345678", "it") == ROME  # region code in any case
    assert normalise("+39 06 1234 5678", "US") == ROME  # international needs no region


@pytest.mark.parametrize(
    "raw",
    [
        "1001",  # extension
        "112",  # emergency (short number)
        "*97",  # feature code
        "#31#0612345678",
        "sip:1001@pbx.example.com",
        "sip:alice@example.com",
        "sip:pbx.example.com",
        "anonymous",
        "sip:anonymous@anonymous.invalid",
        "",
        "   ",
        "+39",
        "+3912",  # too short for Italy
        "0612345678 ext 12",
    ],
)
def test_not_a_public_number(raw: str) -> None:
    assert normalise(raw, "IT") is None


def test_national_number_needs_a_region() -> None:
    assert normalise("06 1234 5678", "") is None
    assert normalise("06 1234 5678", "ZZ") is None
    assert normalise("+39 06 1234 5678", "") == ROME


@pytest.mark.parametrize(
    "raw",
    [
        "06\x0012345678",
        "+39 06 1234 5678\x00",
        "\x00" * 50,
        "0" * 10_000,
        "+39" + "1" * 10_000,
        "sip:" + "a" * 10_000 + "@x",
        "\u202e87654321 60 93+",
        "<img src=x onerror=alert(1)>",
        "😀📞",
        "%%%%",
        "sip:%zz@x",
        "<<<>>>",
    ],
)
def test_hostile_input_never_raises(raw: str) -> None:
    assert normalise(raw, "IT") is None
    result = dial_target(raw, "IT")
    assert result is None or len(result) <= 256


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+39 06 1234 5678", ROME),
        ("06 1234 5678", ROME),
        ("1001", "1001"),
        ("10-01", "1001"),
        ("*97", "*97"),
        ("#31#0612345678", "#31#0612345678"),
        ("112", "112"),
        ("+3912", "+3912"),  # not a valid number: kept for the PBX to judge
        ("sip:alice@example.com", "sip:alice@example.com"),
        ("sip:+390612345678@pbx.example.com", "sip:+390612345678@pbx.example.com"),
        ("sip:1001@pbx", "sip:1001@pbx"),
        ("tel:+39-06-1234-5678", ROME),
        ("tel:1001", "1001"),
        ("hello", None),
        ("sip:", None),
        ("sip:@host", None),
        ("12ab", None),
        ("", None),
        ("1" * 40, None),
    ],
)
def test_dial_target(raw: str, expected: str | None) -> None:
    assert dial_target(raw, "IT") == expected


def test_is_e164() -> None:
    assert is_e164(ROME)
    assert not is_e164("0612345678")
    assert not is_e164("+0612345678")
    assert not is_e164("+" + "1" * 16)


@given(st.text(max_size=300), st.sampled_from(["IT", "DE", "RU", "CN", "GB", "", "ZZ"]))
def test_normalise_is_total_and_idempotent(raw: str, region: str) -> None:
    result = normalise(raw, region)
    if result is not None:
        assert is_e164(result)
        assert normalise(result, region) == result
        assert normalise(result, "") == result
    target = dial_target(raw, region)
    assert target is None or isinstance(target, str)
