"""Showing text from the network safely: plain text only, bounded, isolated, elided."""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MAX_SHOWN = 256  # characters kept of any remote-supplied string (names, reasons)

# Bidi embedding/override/isolate controls: a caller could use them to reverse the
# text around their name ("Trojan Source"); we strip them and add our own isolate.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_FSI, _PDI = "\u2068", "\u2069"


def safe_text(text: str, limit: int = MAX_SHOWN) -> str:
    """One line of printable text: control, format and bidi characters removed, bounded."""
    kept: list[str] = []
    for ch in text[: limit * 4]:
        if ch in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):  # NUL, newlines, tabs: a space at most
            kept.append(" ")
        elif category in ("Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    cleaned = " ".join("".join(kept).split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def isolate(text: str) -> str:
    """Wrap in FSI…PDI so a right-to-left name cannot reorder the words around it."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"{_FSI}{text}{_PDI}"
    return text


_CJK_MNEMONIC = re.compile(r"\s*[(（]&\w[)）]")  # "接听(&A)": Chinese puts the key apart


def strip_mnemonic(text: str) -> str:
    """Label text without its mnemonic: '&Answer' -> 'Answer', '接听(&A)' -> '接听'."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def tooltip_text(text: str) -> str:
    """A tooltip that shows `text` literally (Qt guesses rich text for tooltips)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class ElidedLabel(QLabel):
    """A plain-text label that elides to its width and never asks for more room.

    Whatever arrives (10 KB of HTML, NUL bytes, RTL overrides) is shown as text, on one
    line, cut with "…" to the space the layout gives it; the full text is the tooltip.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._isolate = True
        self.set_full_text(text)

    def set_full_text(self, text: str, *, sanitize: bool = True) -> None:
        """Show `text`; sanitize=False only for text built from already-safe parts."""
        self._full = safe_text(text) if sanitize else text
        self._isolate = sanitize  # composed text isolates its own untrusted parts
        self.setToolTip(tooltip_text(self._full) if self._full else "")
        self._elide()

    def setText(self, text: str) -> None:
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 240), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 1)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        shown = isolate(shown) if shown and self._isolate else shown
        if shown != self.text():
            super().setText(shown)
