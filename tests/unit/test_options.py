"""Every option declared once and sanely; coerce() accepts what it should and nothing else."""

from __future__ import annotations

import re

import pytest

from softphone.config.options import OPTIONS, Option, option
from softphone.config.provisioning import SECRET_WORDS


@pytest.mark.parametrize("declared", OPTIONS.values(), ids=list(OPTIONS))
def test_declarations_are_complete(declared: Option) -> None:
    assert re.fullmatch(r"[a-z]+\.[a-z_]+", declared.key)
    assert declared.help and not declared.help.endswith(".")
    assert declared.type in (str, int, float, bool)
    assert declared.coerce(declared.default) == declared.default
    assert not any(word in declared.key for word in SECRET_WORDS)
    if declared.choices:
        assert declared.default in declared.choices


def test_the_agents_own_settings_are_not_provisionable() -> None:
    own = {key for key, declared in OPTIONS.items() if not declared.provisionable}
    assert own == {
        "sip.username",
        "sip.display_name",
        "audio.input",
        "audio.output",
        "audio.ringer",
        "general.agent_name",
        "headset.device",  # which headset is on this agent's desk
    }


def test_unknown_option_is_a_key_error() -> None:
    with pytest.raises(KeyError, match=r"unknown option 'sip\.nope'"):
        option("sip.nope")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("sip.register", False, False),
        ("sip.expires", 3600, 3600),
        ("calls.auto_answer_delay", 2, 2.0),
        ("calls.auto_answer_delay", 0.5, 0.5),
        ("sip.domain", "  pbx.example.com ", "pbx.example.com"),
        ("sip.transport", "TLS", "tls"),
        ("general.language", "RU", "ru"),
    ],
)
def test_coerce_accepts(key: str, value: object, expected: object) -> None:
    result = option(key).coerce(value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("sip.register", "yes", "expected true or false"),
        ("sip.register", 1, "expected true or false"),
        ("sip.expires", True, "whole number"),
        ("sip.expires", 60.0, "whole number"),
        ("sip.expires", 29, "at least 30"),
        ("sip.expires", 86401, "at most 86400"),
        ("sip.local_port", 70000, "at most 65535"),
        ("calls.auto_answer_delay", "2", "expected a number"),
        ("calls.auto_answer_delay", float("inf"), "finite"),
        ("calls.auto_answer_delay", float("nan"), "finite"),
        ("calls.auto_answer_delay", -1, "at least 0"),
        ("sip.domain", 5, "expected a string"),
        ("sip.domain", "pbx\x00evil", "NUL"),
        ("sip.transport", "sctp", "expected one of udp, tcp, tls"),
    ],
)
def test_coerce_refuses(key: str, value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        option(key).coerce(value)


def test_sections_and_names() -> None:
    declared = option("calls.auto_answer_delay")
    assert (declared.section, declared.name) == ("calls", "auto_answer_delay")
