"""Colours and the window style sheet: high contrast, state colour always paired with text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tone:
    """A badge look: background, foreground (contrast ≥ 4.5:1) and a shape glyph."""

    background: str
    foreground: str
    glyph: str


# The glyph carries the meaning for agents who cannot tell the colours apart.
RINGING = Tone("#8a5300", "#ffffff", "☎")
PROGRESS = Tone("#1f4e99", "#ffffff", "➜")
CONNECTED = Tone("#1b6e35", "#ffffff", "●")
HELD = Tone("#5b3a8c", "#ffffff", "‖")
ENDED = Tone("#4d4d4d", "#ffffff", "■")
ERROR = Tone("#a1261d", "#ffffff", "✖")
WARNING = Tone("#8a5300", "#ffffff", "⚠")
OK = Tone("#1b6e35", "#ffffff", "✔")
NEUTRAL = Tone("#4d4d4d", "#ffffff", "○")
INFO = Tone("#1f4e99", "#ffffff", "ℹ")

FOCUS = "#0b57d0"


def badge_css(tone: Tone) -> str:
    return (
        f"background: {tone.background}; color: {tone.foreground};"
        " border-radius: 4px; padding: 3px 8px; font-weight: 600;"
    )


WINDOW_CSS = f"""
#callPanel {{ background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }}
#callerName {{ font-size: 24pt; font-weight: 700; }}
#callerNumber {{ font-size: 15pt; }}
#callTimer {{ font-size: 20pt; font-weight: 600; }}
#callDetails {{ color: palette(text); }}
#idleHint {{ font-size: 13pt; color: palette(text); }}
QPushButton {{ min-height: 34px; padding: 4px 10px; border-radius: 5px;
    border: 1px solid #5f6368; background: palette(button); }}
QPushButton:focus {{ border: 3px solid {FOCUS}; }}
QPushButton:disabled {{ color: #6b6b6b; border-color: #b5b5b5; background: #ececec; }}
QPushButton:checked {{ background: #5b3a8c; color: white; }}
QPushButton#answerButton {{ background: #1b6e35; color: white; font-weight: 700;
    font-size: 13pt; min-height: 46px; border: none; }}
QPushButton#rejectButton, QPushButton#hangupButton {{ background: #a1261d; color: white;
    font-weight: 700; font-size: 13pt; min-height: 46px; border: none; }}
QPushButton#escalateButton {{ background: #8a5300; color: white; font-weight: 700;
    font-size: 12pt; min-height: 40px; border: none; }}
QPushButton#answerButton:disabled, QPushButton#rejectButton:disabled,
QPushButton#hangupButton:disabled, QPushButton#escalateButton:disabled {{
    background: #e3e3e3; color: #6b6b6b; border: 1px solid #b5b5b5; }}
QPushButton#answerButton:focus, QPushButton#rejectButton:focus,
QPushButton#hangupButton:focus, QPushButton#escalateButton:focus {{
    border: 3px solid {FOCUS}; }}
QPushButton#callButton {{ background: #1b6e35; color: white; font-weight: 700; border: none; }}
QPushButton#callButton:disabled {{ background: #e3e3e3; color: #6b6b6b; }}
QPushButton#callButton:focus {{ border: 3px solid {FOCUS}; }}
QLineEdit {{ min-height: 30px; font-size: 13pt; padding: 2px 6px; }}
QLineEdit:focus {{ border: 2px solid {FOCUS}; }}
#sidePlaceholder {{ border: 2px dashed palette(mid); border-radius: 8px; }}
"""
