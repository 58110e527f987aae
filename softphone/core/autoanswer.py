"""Decide whether an incoming INVITE asks to be answered automatically, and after how long.

Honoured (only when the agent or IT enabled auto-answer): `Answer-Mode: Auto` (RFC 5373),
`Call-Info: <...>;answer-after=N` (Polycom/Broadsoft/Asterisk paging) and
`Alert-Info: <...>;info=alert-autoanswer` / `Alert-Info: ... auto answer` (Snom, Yealink).
"""

from __future__ import annotations

import re

from softphone.core.sipmsg import header

_ANSWER_AFTER = re.compile(r"answer-after\s*=\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
_ALERT_AUTO = re.compile(r"auto[-_ ]?answer|alert-autoanswer|intercom", re.IGNORECASE)


def requested_delay(headers: list[tuple[str, str]]) -> float | None:
    """Seconds after which the INVITE asks to be auto-answered; None if it does not ask."""
    for name, value in headers:
        if name == "call-info":
            match = _ANSWER_AFTER.search(value)
            if match:
                return float(match.group(1))
    answer_mode = header(headers, "answer-mode")
    if answer_mode and answer_mode.split(";", 1)[0].strip().lower() == "auto":
        return 0.0
    for name, value in headers:
        if name == "alert-info" and _ALERT_AUTO.search(value):
            return 0.0
    return None


def auto_answer_delay(
    headers: list[tuple[str, str]], *, enabled: bool, configured_delay: float
) -> float | None:
    """The delay to use for this call, or None to ring normally.

    The setting is the gate: a header never auto-answers an agent who turned it off.
    With the setting on, a header's own delay wins over the configured one.
    """
    if not enabled:
        return None
    requested = requested_delay(headers)
    if requested is not None:
        return max(0.0, requested)
    return max(0.0, configured_delay)
