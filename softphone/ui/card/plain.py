"""Customer data as inert text: cleaned, bounded, breakable, always in PlainText labels."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from softphone.ui.text import isolate, safe_text

MAX_BLOCK = 2_000  # characters of a multi-line text (card notes, instructions) on the card
MAX_CELL = 200  # characters of a history cell
_BREAK_EVERY = 24  # a run without spaces longer than this gets break opportunities
_ZWSP = "\u200b"
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
_LONG_RUN = re.compile(rf"\S{{{_BREAK_EVERY + 1},}}")


def one_line(text: str, limit: int = MAX_CELL) -> str:
    """A single line for a table cell or a label: no controls, no bidi tricks, bounded."""
    return safe_text(text, limit)


def clean_block(text: str, limit: int = MAX_BLOCK) -> str:
    """Multi-line text kept as paragraphs: controls and bidi overrides removed, bounded."""
    kept: list[str] = []
    for ch in text[: limit * 2]:
        if ch in _BIDI_CONTROLS:
            continue
        if ch in "\n\r":
            kept.append("\n")
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category not in ("Cs", "Co", "Cn"):
            kept.append(ch)
    lines = [" ".join(line.split()) for line in "".join(kept).split("\n")]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(cleaned) > limit or len(text) > limit * 2:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def breakable(text: str) -> str:
    """Let word wrap break long runs (URLs, 'AAAA…' spam) so they cannot widen the window."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZWSP.join(run[i : i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY))

    return _LONG_RUN.sub(split, text)


def plain_label(text: str = "", parent: QWidget | None = None, *, object_name: str = "") -> QLabel:
    """A QLabel that can never interpret markup (Qt's AutoText would render `<img …>`)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    label.setText(text)
    return label


class WrappedText(QLabel):
    """Untrusted multi-line text: plain, wrapped to the width it is given, bounded.

    The size policy ignores the text's natural width, so a 10 KB note or a 500-character
    word wraps inside the side panel instead of stretching the main window.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, limit: int = MAX_BLOCK
    ) -> None:
        super().__init__(parent)
        self._limit = limit
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = clean_block(text, self._limit)
        shown = breakable(self._full)
        super().setText(isolate(shown) if shown else "")
        self.setAccessibleDescription(self._full[:500])

    def setText(self, text: str) -> None:
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        # QLabel reports the height of its text wrapped at a tiny width, which made a
        # scroll area think the card needs twice its real height; heightForWidth rules.
        return QSize(self.minimumWidth(), self.fontMetrics().height())


def wrapped(text: str = "", *, object_name: str = "", limit: int = MAX_BLOCK) -> WrappedText:
    label = WrappedText(text, limit=limit)
    if object_name:
        label.setObjectName(object_name)
    return label
