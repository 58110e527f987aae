"""The engine's sound-device and audio-test messages reach the agent translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from softphone.core import audio_texts
from softphone.ui import i18n
from softphone.ui.engine_text import TRANSLATED, engine_text

SAMPLES = {"name": "Jabra <b>Evolve</b> 'x'", "reason": "Device or resource busy"}


def formatted(template: str) -> str:
    return template.format(**{k: v for k, v in SAMPLES.items() if "{" + k + "}" in template})


def test_every_template_has_a_translation_entry_with_the_same_text() -> None:
    assert set(TRANSLATED) == set(audio_texts.TEMPLATES)
    for template, translate in TRANSLATED.items():
        assert translate() == template  # no translator installed: the literal is the template


@pytest.mark.parametrize("template", audio_texts.TEMPLATES)
def test_templates_round_trip_through_match(template: str) -> None:
    text = formatted(template)
    found = audio_texts.match(text)
    assert found is not None and found[0] == template
    assert engine_text(text) == text  # English UI: unchanged


def test_unknown_text_is_shown_as_it_is() -> None:
    assert engine_text("SIP/2.0 503 Service Unavailable") == "SIP/2.0 503 Service Unavailable"
    assert engine_text("") == ""


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    installed = i18n.install_translator("de", app=qapp)
    assert installed, "the German .qm ships with the app"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("template", audio_texts.TEMPLATES)
def test_german_agents_read_german(template: str) -> None:
    text = formatted(template)
    shown = engine_text(text)
    assert shown != text
    for value in SAMPLES.values():
        if value in text:
            assert value in shown  # names and reasons are kept, as data
