"""Logging: secrets never reach a handler; the ring buffer and the rotating file get records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.app.logging_setup import REDACTED, LogSetup, Redactor, setup


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[LogSetup]:
    installed = setup(tmp_path / "log", logging.DEBUG, console=False, ring_capacity=50)
    yield installed
    installed.close()


REGISTER_WITH_AUTH = (
    "REGISTER sip:pbx.example.com SIP/2.0\r\n"
    'Authorization: Digest username="1001", realm="pbx", nonce="abc", '
    'response="6629fae49393a05397450978507c4ef1"\r\n'
    'Proxy-Authorization: Digest username="1001", response="deadbeef"\r\n'
    "Contact: <sip:1001@10.0.0.5:5060>\r\n"
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (REGISTER_WITH_AUTH, ["6629fae4", "deadbeef", 'username="1001"'], ["Contact: <sip:1001@"]),
        ("login password=hunter2&user=alice", ["hunter2"], ["user=alice"]),
        ('{"password": "hunter2", "user": "alice"}', ["hunter2"], ['"user": "alice"']),
        ("sip_password: 'hunter2' next", ["hunter2"], ["next"]),
        ("token=abc.def.ghi", ["abc.def.ghi"], ["token="]),
        ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload", ["eyJhbGci"], []),
        ("got header bearer abcdefghijklmnop", ["abcdefghijklmnop"], ["bearer"]),
        ("dial sip:1001:hunter2@pbx.example.com", ["hunter2"], ["sip:1001:", "@pbx.example.com"]),
        ("GET https://agent:hunter2@sync.example/api", ["hunter2"], ["sync.example"]),
        ("api_key=XYZ123, other", ["XYZ123"], [", other"]),
        ("call from sip:1001@pbx:5060 to sip:2002@pbx", [], ["sip:1001@pbx:5060"]),
    ],
)
def test_redactor_scrubs_credentials(text: str, gone: list[str], kept: list[str]) -> None:
    result = Redactor().redact(text)
    for secret in gone:
        assert secret not in result
    for piece in kept:
        assert piece in result
    if gone:
        assert REDACTED in result


def test_known_secret_values_are_scrubbed_anywhere() -> None:
    redactor = Redactor()
    redactor.add_secret("Tr0ub4dor&3")
    redactor.add_secret("x")  # too short to scrub without mangling the log
    assert redactor.redact("pjsip said Tr0ub4dor&3 twice: Tr0ub4dor&3") == (
        f"pjsip said {REDACTED} twice: {REDACTED}"
    )
    assert redactor.redact("x marks") == "x marks"


def test_every_handler_gets_redacted_records(logs: LogSetup) -> None:
    log = logging.getLogger("softphone.sip")
    logs.redactor.add_secret("my-sip-password")
    log.info("sent:\n%s", REGISTER_WITH_AUTH)
    log.warning("password=%s for %s", "hunter2", "1001")
    log.debug("configured with my-sip-password")
    for handler in logs.handlers:
        handler.flush()
    assert logs.file is not None
    written = logs.file.read_text(encoding="utf-8")
    ring = "\n".join(logs.ring.lines())
    for text in (written, ring):
        assert "6629fae4" not in text
        assert "hunter2" not in text
        assert "my-sip-password" not in text
        assert "for 1001" in text
        assert "softphone.sip" in text


def test_exceptions_and_stacks_are_redacted(logs: LogSetup) -> None:
    try:
        raise RuntimeError("login failed with password=hunter2")
    except RuntimeError:
        logging.getLogger("softphone.app").exception("it broke")
    logging.getLogger("softphone.app").info("where", stack_info=True)
    text = "\n".join(logs.ring.lines())
    assert "RuntimeError" in text
    assert "hunter2" not in text


def test_ring_buffer_keeps_the_last_lines_and_tells_listeners(logs: LogSetup) -> None:
    heard: list[str] = []
    logs.ring.add_listener(heard.append)
    log = logging.getLogger("softphone.ui")
    for number in range(60):
        log.info("line %d", number)
    lines = logs.ring.lines()
    assert len(lines) == 50
    assert lines[0].endswith("line 10")
    assert lines[-1].endswith("line 59")
    assert len(heard) == 60
    logs.ring.remove_listener(heard.append)
    log.info("after")
    assert len(heard) == 60


def test_a_broken_format_string_does_not_lose_the_record(logs: LogSetup) -> None:
    logging.getLogger("softphone.app").info("%d calls", "many")
    assert "unformattable" in logs.ring.lines()[-1]


def test_an_unwritable_log_dir_still_logs_to_the_ring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    installed = setup(blocker / "log", console=False)
    try:
        assert installed.file is None
        logging.getLogger("softphone.app").warning("still here")
        assert installed.ring.lines()[-1].endswith("still here")
        assert "cannot write logs" in capsys.readouterr().err
    finally:
        installed.close()


def test_the_log_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from softphone.app import logging_setup

    monkeypatch.setattr(logging_setup, "FILE_BYTES", 2000)
    installed = setup(tmp_path, console=False)
    try:
        for number in range(200):
            logging.getLogger("softphone.app").info("filler line %04d %s", number, "x" * 40)
    finally:
        installed.close()
    assert (tmp_path / "softphone.log.1").exists()
    assert len(list(tmp_path.glob("softphone.log*"))) <= 1 + logging_setup.FILE_BACKUPS


def test_a_second_handler_with_another_redactor_still_redacts(logs: LogSetup) -> None:
    # A record seen by one redaction filter must still be redacted by the next one: the
    # second redactor may know a secret the first does not.
    import io

    from softphone.app.logging_setup import RedactionFilter, Redactor

    other = Redactor()
    stale = logging.StreamHandler(io.StringIO())
    stale.addFilter(RedactionFilter(other))
    logging.getLogger().handlers.insert(0, stale)  # it sees each record first
    try:
        logs.redactor.add_secret("only-the-app-knows")
        logging.getLogger("softphone.sip").warning("leak only-the-app-knows?")
        for handler in logs.handlers:
            handler.flush()
        assert logs.file is not None
        assert "only-the-app-knows" not in logs.file.read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(stale)
