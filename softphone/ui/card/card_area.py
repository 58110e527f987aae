"""The top of the side panel: one page at a time (card, unknown, chooser, status), sized to fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

MIN_HEIGHT = 120


class CardArea(QScrollArea):
    """Asks for exactly the height of the page it shows (up to `max_fraction` of the
    panel), so a short card leaves the room to the history and a long one scrolls.

    Not a QStackedWidget: its height-for-width is the tallest page's (hidden ones
    included), which stretched a short card to the height of the chooser's list. Here
    the pages share a layout and only the current one is visible.
    """

    def __init__(self, parent: QWidget | None = None, *, max_fraction: float = 0.62) -> None:
        super().__init__(parent)
        self.max_fraction = max_fraction
        self.stack = QWidget()
        self.stack.setObjectName("cardPages")
        self._pages = QVBoxLayout(self.stack)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None
        self.setWidget(self.stack)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._limit = 10_000
        self.stack.installEventFilter(self)

    def add_page(self, page: QWidget) -> None:
        self._pages.addWidget(page)
        page.setVisible(False)

    def show_page(self, page: QWidget) -> None:
        if self._current is not page:
            if self._current is not None:
                self._current.setVisible(False)
            page.setVisible(True)
            self._current = page
        self.verticalScrollBar().setValue(0)
        self.refit()

    def current(self) -> QWidget | None:
        return self._current

    def set_height_limit(self, panel_height: int) -> None:
        self._limit = max(MIN_HEIGHT, int(panel_height * self.max_fraction))
        self.updateGeometry()

    def refit(self) -> None:
        """The page's content changed: ask the layout for its new height."""
        self.updateGeometry()

    def page_height(self) -> int:
        if self._current is None:
            return MIN_HEIGHT
        # The full width: if the page fits, no scroll bar will take a slice of it.
        width = max(self.width() - 2 * self.frameWidth(), 100)
        if self.stack.hasHeightForWidth():
            return self.stack.heightForWidth(width)
        return self.stack.sizeHint().height()

    def sizeHint(self) -> QSize:
        height = min(self.page_height() + 2 * self.frameWidth(), self._limit)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(MIN_HEIGHT, self.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stack and event.type() == QEvent.Type.LayoutRequest:
            # A badge, a prompt or a form appeared in the page: resize now, before the
            # next paint shows it squeezed into the old height.
            self.updateGeometry()
            parent = self.parentWidget()
            layout = parent.layout() if parent is not None else None
            if layout is not None:
                layout.activate()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text is taller when the panel narrows
