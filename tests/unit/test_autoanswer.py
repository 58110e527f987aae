"""Auto-answer: the setting is the gate, headers choose the delay."""

from __future__ import annotations

import pytest

from softphone.core.autoanswer import auto_answer_delay, requested_delay


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ([("answer-mode", "Auto")], 0.0),
        ([("answer-mode", "Manual")], None),
        ([("call-info", "<sip:pbx>;answer-after=3")], 3.0),
        ([("call-info", "<http://x/photo.png>;purpose=icon")], None),
        ([("alert-info", "<http://www.notused.com>;info=alert-autoanswer")], 0.0),
        ([("alert-info", "Ring Answer; auto answer")], 0.0),
        ([("alert-info", "<http://x/ring1.wav>")], None),
        ([], None),
    ],
)
def test_requested_delay(headers: list[tuple[str, str]], expected: float | None) -> None:
    assert requested_delay(headers) == expected


def test_setting_off_ignores_headers() -> None:
    assert auto_answer_delay([("answer-mode", "Auto")], enabled=False, configured_delay=0) is None


def test_setting_on_uses_header_delay_else_configured() -> None:
    headers = [("call-info", "<sip:pbx>;answer-after=2")]
    assert auto_answer_delay(headers, enabled=True, configured_delay=5) == 2.0
    assert auto_answer_delay([], enabled=True, configured_delay=5) == 5.0
