"""Critical situation end to end: what the caller actually heard, the BYE, the note.

The app is the real one (gui.start: real SipEngine, store, card, critical flow) in this
process; the caller is a second pjsua2 process that records what it hears.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.resources import resource
from tests.audio.analysis import read_wav, similarity
from tests.helpers.app_harness import (
    App,
    critical_notes,
    outbox_rows,
    ring_and_answer,
    wait_peer,
    wav_seconds,
)
from tests.helpers.sip_engine import Peers


@pytest.fixture
def app(app_under_test: App) -> App:
    return app_under_test


@pytest.mark.parametrize("lang", ["en", "it", "de", "ru", "zh"])
def test_caller_hears_the_farewell_in_their_language_then_bye(
    qtbot: QtBot, app: App, peers: Peers, lang: str, tmp_path: Path
) -> None:
    caller, recording = ring_and_answer(qtbot, app, peers, lang, tmp_path)
    features = app.running.features
    assert features is not None
    features.presenter.bar.critical_action.trigger()
    note = critical_notes(app.paths)
    assert len(note) == 1  # written ahead, before the audio
    bye = wait_peer(qtbot, caller, "call_state", 30, state="DISCONNECTED")
    wait_peer(qtbot, caller, "recorded", 10)

    prompt = resource("prompts", lang, "farewell.wav")
    heard, rate = read_wav(recording)
    reference, ref_rate = read_wav(prompt)
    score = similarity(reference, ref_rate, heard, rate)
    assert score.score >= 0.8, f"{lang}: {score}"
    # The BYE came after the whole prompt: the recording is at least as long as it.
    assert wav_seconds(recording) >= wav_seconds(prompt)
    assert bye["code"] in (200, 0) or bye["reason"]

    qtbot.waitUntil(lambda: critical_notes(app.paths)[0]["state"] == "completed", timeout=5000)
    done = critical_notes(app.paths)[0]
    details = json.loads(done["details"]) if isinstance(done["details"], str) else done["details"]
    assert details["prompt_language"] == lang
    assert details["hung_up_by"] == "agent"
    assert int(details["played_ms"]) >= int(wav_seconds(prompt) * 1000) - 50
    assert done["customer_id"] == f"cust-{lang}"
    assert len(outbox_rows(app.paths, done["id"])) >= 2  # started, then completed


def test_caller_hangs_up_during_the_prompt(
    qtbot: QtBot, app: App, peers: Peers, tmp_path: Path
) -> None:
    caller, _ = ring_and_answer(qtbot, app, peers, "zh", tmp_path)
    features = app.running.features
    assert features is not None
    features.presenter.bar.critical_action.trigger()
    qtbot.wait(1000)
    caller.send("hangup")
    wait_peer(qtbot, caller, "call_state", 10, state="DISCONNECTED")
    qtbot.waitUntil(lambda: critical_notes(app.paths)[0]["state"] == "completed", timeout=5000)
    details = critical_notes(app.paths)[0]["details"]
    details = json.loads(details) if isinstance(details, str) else details
    assert details["hung_up_by"] == "caller"
    assert 500 <= int(details["played_ms"]) < 5000
