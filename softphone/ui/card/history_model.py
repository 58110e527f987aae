"""A customer's history as a lazily paged table model fed by the lookup thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from softphone.core.records import HistoryEntry
from softphone.ui.card.dispositions import outcome_text
from softphone.ui.card.formatting import format_duration, format_when
from softphone.ui.card.lookup_worker import PAGE_SIZE, DirectoryClient, HistoryPage
from softphone.ui.card.plain import clean_block, one_line
from softphone.ui.text import tooltip_text

WHEN, WHAT, NOTE, AGENT, DURATION = range(5)  # the note gets the room; agent and duration
# go last so a narrow panel can hide them (the detail pane still shows them)
Index = QModelIndex | QPersistentModelIndex

CRITICAL_BACKGROUND = QBrush(QColor("#fde2e0"))
CRITICAL_FOREGROUND = QBrush(QColor("#6e130c"))


def is_critical(entry: HistoryEntry) -> bool:
    return entry.critical or entry.kind == "critical"


def type_text(entry: HistoryEntry) -> str:
    """What the row is, in words (the colour of critical rows only repeats it)."""
    if is_critical(entry):
        return QCoreApplication.translate("HistoryModel", "⚠ CRITICAL")
    if entry.kind == "call":
        if entry.direction == "outbound":
            return QCoreApplication.translate("HistoryModel", "↗ Call out")
        return QCoreApplication.translate("HistoryModel", "↙ Call in")
    if entry.kind == "wrapup":
        return QCoreApplication.translate("HistoryModel", "✎ Wrap-up")
    if entry.kind == "manual":
        return QCoreApplication.translate("HistoryModel", "✎ Note")
    return one_line(entry.kind, 30)


def what_text(entry: HistoryEntry) -> str:
    """Kind, direction and outcome in one cell: '↙ Call in · Resolved'."""
    outcome = one_line(outcome_text(entry.outcome), 60)
    kind = type_text(entry)
    return f"{kind} · {outcome}" if outcome else kind


def cells(entry: HistoryEntry) -> tuple[str, ...]:
    return (
        format_when(entry.when),
        what_text(entry),
        one_line(entry.text),
        one_line(entry.agent, 60),
        format_duration(entry.duration),
    )


def _arrived(local: HistoryEntry, entries: tuple[HistoryEntry, ...]) -> bool:
    """Whether the directory now returns the note this panel added locally."""
    return any(
        entry.id == local.id
        or (
            entry.kind == local.kind and entry.text == local.text and entry.outcome == local.outcome
        )
        for entry in entries
    )


class HistoryModel(QAbstractTableModel):
    """Newest first; the first page comes with the count, further pages on fetchMore."""

    first_page_loaded = Signal(int)  # total entries (for the current search)
    page_loaded = Signal(int)  # rows now loaded
    failed = Signal(str)

    def __init__(self, client: DirectoryClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._entries: list[HistoryEntry] = []
        self._cells: list[tuple[str, ...]] = []
        self._ids: set[str] = set()
        self._local: list[HistoryEntry] = []  # added here, not yet seen from the directory
        self.customer_id = ""
        self.search = ""
        self.total: int | None = None
        self._offset = 0  # rows received from the directory (local ones excluded)
        self._pending = 0  # request id we wait for (0: none)
        self._headers = (
            QCoreApplication.translate("HistoryModel", "When"),
            QCoreApplication.translate("HistoryModel", "What"),
            QCoreApplication.translate("HistoryModel", "Note"),
            QCoreApplication.translate("HistoryModel", "Agent"),
            QCoreApplication.translate("HistoryModel", "Duration"),
        )
        client.history_loaded.connect(self._on_page)
        client.failed.connect(self._on_failed)

    # -- loading -----------------------------------------------------------------
    def load(self, customer_id: str, search: str = "") -> None:
        """Forget what is shown and ask for the first page (nothing for customer '')."""
        if customer_id != self.customer_id:
            self._local = []
        self.beginResetModel()
        self.customer_id = customer_id
        self.search = search
        self._entries, self._cells, self._ids = [], [], set()
        self.total = None
        self._offset = 0
        self._pending = 0
        for entry in self._local:
            if self._matches(entry):
                self._add(entry)
        self.endResetModel()
        if customer_id:
            self._pending = self._client.history(customer_id, 0, PAGE_SIZE, search)

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.load(self.customer_id, text)

    def clear(self) -> None:
        self._local = []
        self.load("")

    def loading(self) -> bool:
        return self._pending != 0

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._pending or self.total is None:
            return False
        return self._offset < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._pending = self._client.history(
                self.customer_id, self._offset, PAGE_SIZE, self.search
            )

    def _on_page(self, request_id: int, page: HistoryPage) -> None:
        if request_id != self._pending:
            return  # a page for another customer, search or an older reset
        self._pending = 0
        if page.total is not None:
            self.total = page.total
        self._offset += len(page.entries)
        if len(page.entries) < PAGE_SIZE:
            self.total = self._offset  # the directory has no more
        arrived = [local for local in self._local if _arrived(local, page.entries)]
        fresh = [entry for entry in page.entries if entry.id not in self._ids]
        if arrived:
            # The store saved our local note (maybe under its own id): show its copy only.
            self._remove(arrived)
            fresh = [entry for entry in page.entries if entry.id not in self._ids]
        if fresh:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for entry in fresh:
                self._add(entry)
            self.endInsertRows()
        if page.offset == 0:
            self.first_page_loaded.emit(self.total_shown())
        self.page_loaded.emit(len(self._entries))

    def _on_failed(self, request_id: int, channel: str, message: str) -> None:
        if channel == "history" and request_id == self._pending:
            self._pending = 0
            self.total = self._offset
            self.failed.emit(message)

    def _remove(self, arrived: list[HistoryEntry]) -> None:
        for local in arrived:
            self._local.remove(local)
            if local.id in self._ids:
                row = next(i for i, shown in enumerate(self._entries) if shown.id == local.id)
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row], self._cells[row]
                self._ids.discard(local.id)
                self.endRemoveRows()

    def _add(self, entry: HistoryEntry) -> None:
        self._entries.append(entry)
        self._cells.append(cells(entry))
        self._ids.add(entry.id)

    def _matches(self, entry: HistoryEntry) -> bool:
        needle = self.search.casefold()
        haystack = f"{entry.text}\n{entry.agent}\n{entry.outcome}\n{outcome_text(entry.outcome)}"
        return needle in haystack.casefold()

    def prepend_local(self, entry: HistoryEntry) -> None:
        """A note written here a moment ago: shown at once, before the store returns it."""
        if entry.id in self._ids:
            return
        self._local.insert(0, entry)
        if not self._matches(entry):
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._entries.insert(0, entry)
        self._cells.insert(0, cells(entry))
        self._ids.add(entry.id)
        self.endInsertRows()

    def total_shown(self) -> int:
        """Entries available for the current search (loaded or not), local ones included."""
        shown_local = sum(1 for entry in self._local if entry.id in self._ids)
        return (self.total if self.total is not None else self._offset) + shown_local

    # -- table -------------------------------------------------------------------
    def entry(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry = self._entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            facts = " · ".join(c for c in self._cells[row][:NOTE] + self._cells[row][AGENT:] if c)
            note = clean_block(entry.text, 1000)
            return tooltip_text(f"{facts}\n\n{note}" if note else facts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[column]}: {self._cells[row][column]}"
        if is_critical(entry):
            if role == Qt.ItemDataRole.BackgroundRole:
                return CRITICAL_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return CRITICAL_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None
