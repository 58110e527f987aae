"""Pure parts of the SIP layer: dialling, headers, registration policy, devices, tones."""

from __future__ import annotations

import io
import json
import queue
import random
import wave
from pathlib import Path
from typing import Any

import pytest

from softphone.core.backoff import Backoff
from softphone.core.models import AccountConfig, AudioDevice, AudioPrefs, Transport
from softphone.sip.devices import NO_DEVICES_WARNING, choose_devices
from softphone.sip.headers import (
    DialError,
    dial_uri,
    public_headers,
    sanitize_header_value,
    with_transport,
)
from softphone.sip.logbridge import redact
from softphone.sip.pj_account import id_uri, loose_route, quote_display
from softphone.sip.registration import (
    PJSIP_EFAILEDCREDENTIAL,
    RegistrationTracker,
    RegOutcome,
    classify,
    credentials_key,
    reason_text,
)
from softphone.sip.tones import ensure_ringtone, tone_samples

ACCOUNT = AccountConfig(domain="pbx.example.com", username="agent")


@pytest.mark.parametrize(
    ("typed", "uri"),
    [
        ("101", "sip:101@pbx.example.com"),
        ("supervisor", "sip:supervisor@pbx.example.com"),
        ("+39 06-123.45 (6)", "sip:+3906123456@pbx.example.com"),
        ("tel:+390612345;phone-context=x", "sip:+390612345@pbx.example.com"),
        ("bob@other.org", "sip:bob@other.org"),
        ("sip:bob@other.org:5070", "sip:bob@other.org:5070"),
        ("  sips:bob@other.org  ", "sips:bob@other.org"),
    ],
)
def test_dial_uri(typed: str, uri: str) -> None:
    assert dial_uri(typed, ACCOUNT) == uri


def test_dial_uri_keeps_the_account_transport() -> None:
    tcp = AccountConfig(domain="pbx:5060", username="a", transport=Transport.TCP)
    assert dial_uri("101", tcp) == "sip:101@pbx:5060;transport=tcp"
    assert dial_uri("sip:x@y", tcp) == "sip:x@y;transport=tcp"
    assert dial_uri("sip:x@y;transport=udp", tcp) == "sip:x@y;transport=udp"
    assert with_transport("sip:x@y?Subject=hi", Transport.TLS) == "sip:x@y;transport=tls?Subject=hi"


@pytest.mark.parametrize("typed", ["", "   ", "sip:a b@c", "x\r\nVia: evil", "<sip:x@y>", "a!b c"])
def test_dial_uri_refuses_garbage(typed: str) -> None:
    with pytest.raises(DialError):
        dial_uri(typed, ACCOUNT)


def test_bare_number_needs_a_domain() -> None:
    with pytest.raises(DialError, match="domain"):
        dial_uri("101", None)


def test_headers_cannot_inject_and_secrets_are_dropped() -> None:
    assert sanitize_header_value("a\r\nVia: x\x00") == "a Via: x"
    headers = [("from", "x"), ("authorization", "Digest ..."), ("Proxy-Authorization", "y")]
    assert public_headers(headers) == (("from", "x"),)


def test_redact_authorization_lines() -> None:
    text = 'REGISTER sip:x SIP/2.0\r\nAuthorization: Digest username="a", response="f00"\r\n'
    assert "f00" not in redact(text)
    assert "Authorization: <redacted>" in redact(text)
    assert "Proxy-Authorization: <redacted>" in redact("proxy-authorization: Digest x\n".title())


def test_identity_uri_quotes_display_names() -> None:
    assert quote_display('Ann "A" \\ B\r\n') == '"Ann \\"A\\" \\\\ B"'
    account = AccountConfig(domain="d", username="u", display_name="Agent 7")
    assert id_uri(account) == '"Agent 7" <sip:u@d>'
    assert loose_route("sip:proxy") == "sip:proxy;lr"
    assert loose_route("sip:proxy;lr") == "sip:proxy;lr"


@pytest.mark.parametrize(
    ("code", "status", "expires", "wanted", "outcome"),
    [
        (200, 0, 300, True, RegOutcome.REGISTERED),
        (200, 0, 0, True, RegOutcome.UNREGISTERED),
        (200, 0, 300, False, RegOutcome.UNREGISTERED),
        (401, PJSIP_EFAILEDCREDENTIAL, 300, True, RegOutcome.AUTH_FAILED),
        (403, 0, 300, True, RegOutcome.AUTH_FAILED),  # 403 arrives with status 0
        (407, 0, 300, True, RegOutcome.AUTH_FAILED),
        (404, 0, 300, True, RegOutcome.FAILED),
        (408, 70001, 300, True, RegOutcome.RETRY),
        (503, 120111, 300, True, RegOutcome.RETRY),
        (0, 120111, 300, True, RegOutcome.RETRY),
        (503, 0, 300, False, RegOutcome.UNREGISTERED),
    ],
)
def test_classify(code: int, status: int, expires: int, wanted: bool, outcome: RegOutcome) -> None:
    assert classify(code, status, expires, wanted=wanted) is outcome


def test_reason_texts_are_sentences() -> None:
    assert "password" in reason_text(401, "Unauthorized", RegOutcome.AUTH_FAILED)
    assert "403" in reason_text(403, "Forbidden", RegOutcome.AUTH_FAILED)
    assert "unreachable" in reason_text(503, "Connection refused", RegOutcome.RETRY)


def test_tracker_stops_retrying_the_same_failed_details() -> None:
    tracker = RegistrationTracker(Backoff(base=1, cap=8, rng=random.Random(1)))
    key = credentials_key(ACCOUNT, "pw")
    assert "pw" not in key  # only a digest of the password is kept
    tracker.begin(key)
    delays = [tracker.next_retry() for _ in range(5)]
    assert delays[0] <= 1 and all(0.5 <= d <= 8 for d in delays)
    tracker.auth_failed()
    assert not tracker.should_try(key)
    assert tracker.should_try(credentials_key(ACCOUNT, "new"))
    tracker.begin(credentials_key(ACCOUNT, "new"))
    assert tracker.should_try(key)  # a change resets the failure
    assert tracker.next_retry() <= 1  # and the backoff


HEADSET = AudioDevice(0, "Jabra Evolve", "ALSA", inputs=1, outputs=2)
SPEAKERS = AudioDevice(1, "Speakers", "ALSA", inputs=0, outputs=2)
RINGER = AudioDevice(2, "USB Ringer", "ALSA", inputs=1, outputs=1)


def test_choose_devices_by_name_with_fallbacks() -> None:
    devices = (HEADSET, SPEAKERS, RINGER)
    choice = choose_devices(devices, AudioPrefs("jabra evolve", "Jabra Evolve", "USB Ringer"))
    assert (choice.capture, choice.playback, choice.ringer, choice.warnings) == (0, 0, 2, ())
    missing = choose_devices(devices, AudioPrefs("Gone", "Speakers", "Gone too"))
    assert (missing.capture, missing.playback, missing.ringer) == (None, 1, None)
    assert len(missing.warnings) == 2 and "Gone" in missing.warnings[0]
    assert choose_devices(devices, AudioPrefs(input_name="Speakers")).capture is None  # no mic
    same = choose_devices(devices, AudioPrefs(output_name="Speakers", ringer_name="Speakers"))
    assert same.ringer is None  # ringing on the playback device already


def test_choose_devices_without_any_device() -> None:
    choice = choose_devices((), AudioPrefs("Headset"))
    assert choice.null and choice.warnings == (NO_DEVICES_WARNING,)
    assert choose_devices((HEADSET,), AudioPrefs(null_device=True)).null
    assert choose_devices((SPEAKERS,), AudioPrefs()).null  # nothing can capture


def test_ringtone_is_generated_once(tmp_path: Path) -> None:
    path = ensure_ringtone(tmp_path)
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)  # what pjsua2 plays
        assert wav.getnframes() / wav.getframerate() > 2
    mtime = path.stat().st_mtime_ns
    assert ensure_ringtone(tmp_path).stat().st_mtime_ns == mtime
    samples = tone_samples((440.0,), 0.1)
    assert samples[0] == 0 and max(samples) <= 32767 * 0.3 + 1


def test_peer_reads_json_lines_and_quits_at_eof() -> None:
    from softphone.sip.peer import JsonOut, read_commands

    out = io.StringIO()
    commands: queue.Queue[dict[str, Any]] = queue.Queue()
    read_commands(io.StringIO('{"cmd": "ping"}\n\nnot json\n[1]\n'), commands, JsonOut(out))
    assert commands.get_nowait() == {"cmd": "ping"}
    assert commands.get_nowait() == {"cmd": "quit"}  # stdin closed: the parent is gone
    errors = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e["event"] for e in errors] == ["error", "error"]
    assert all("t" in e for e in errors)


def test_wav_complete(tmp_path: Path) -> None:
    from softphone.sip.peer_pj import wav_complete

    partial = tmp_path / "partial.wav"
    partial.write_bytes(b"RIFF\0\0\0\0WAVE")
    assert not wav_complete(str(partial))
    assert wav_complete(str(ensure_ringtone(tmp_path)))
    assert not wav_complete(str(tmp_path / "missing.wav"))


def test_registration_backoff_survives_a_long_outage() -> None:
    """Retries every 2 minutes for days must not overflow the exponent (core fix)."""
    backoff = Backoff(base=1, cap=120)
    backoff.attempts = 5000
    assert 60 <= backoff.next_delay() <= 120
