"""The history beside the card: a lazily paged table, a debounced search, the selected note."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from softphone.core.records import HistoryEntry
from softphone.ui.card.formatting import format_duration, format_when, numerus
from softphone.ui.card.history_model import (
    AGENT,
    DURATION,
    NOTE,
    WHAT,
    WHEN,
    HistoryModel,
    what_text,
)
from softphone.ui.card.lookup_worker import DirectoryClient
from softphone.ui.card.plain import clean_block, one_line, plain_label, wrapped

SEARCH_DEBOUNCE_MS = 300
NARROW = 600  # px: below this the agent and duration columns make way for the note
MAX_DETAIL = 10_000

# Style sheets only on the labels: a style sheet on the table (or an ancestor of it)
# routes every cell through QStyleSheetStyle, which made painting 50 rows several times
# slower; the table gets its colours from a palette instead.
TITLE_CSS = "font-size: 12pt; font-weight: 700; color: #1a1a1a;"
COUNT_CSS = "color: #3c4043;"
ERROR_CSS = "color: #a1261d; font-weight: 600;"


def table_palette(table: QTableView) -> QPalette:
    palette = QPalette(table.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#f3f5f8"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#0b57d0"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


class HistoryTable(QTableView):
    """Reports its paints (for the screen-pop measurement); Enter opens the full note."""

    painted = Signal()
    open_requested = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class HistoryView(QWidget):
    first_page_shown = Signal()
    painted = Signal()  # the table viewport was painted (after data arrived or not)

    def __init__(self, client: DirectoryClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(client, self)
        self.title = plain_label(
            self.tr("History — all agents, newest first"), object_name="historyTitle"
        )
        self.title.setStyleSheet(TITLE_CSS)
        self.count = plain_label("", object_name="historyCount")
        self.count.setStyleSheet(COUNT_CSS)
        self.error = wrapped("", object_name="historyError")
        self.error.setStyleSheet(ERROR_CSS)
        self.error.hide()

        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setAccessibleName(self.tr("Search this customer's history"))
        self.search.setPlaceholderText(self.tr("Words in notes, agent, outcome"))
        self.search.setClearButtonEnabled(True)
        search_label = plain_label(self.tr("&Find in history:"))
        search_label.setBuddy(self.search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._apply_search)

        self.table = HistoryTable()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Customer history"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setPalette(table_palette(self.table))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self._size_columns()
        self.table.painted.connect(self.painted)
        self.table.open_requested.connect(self._open_detail)
        self.table.doubleClicked.connect(lambda _index: self._open_detail())
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Selected history entry, full text"))
        self.detail.setTabChangesFocus(True)
        self.detail.setMaximumHeight(84)
        self.detail.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.detail.hide()  # until an entry is selected: the rows need the room
        self.detail.setPlaceholderText(self.tr("Select an entry to read its whole note"))

        self.model.first_page_loaded.connect(self._first_page)
        self.model.modelReset.connect(self._reset)
        self.model.rowsInserted.connect(lambda *_args: self._update_count())
        self.model.failed.connect(self._failed)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 2, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(search_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(6 * 24 + 30)  # a few rows stay visible beside a tall card
        layout.addWidget(self.detail)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.detail)

    def _size_columns(self) -> None:
        """Fixed columns fit their header and typical content; the note takes the rest."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # critical rows are bold
        samples = {
            WHEN: "2026-12-31 23:59",
            WHAT: what_text(HistoryEntry("", "", "", "call", outcome="callback")),
            AGENT: "Marta K.",
            DURATION: "0:00:00",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 18)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow side panel keeps the note readable; agent and duration stay in the
        # detail pane and the row tooltip.
        width = event.size().width()
        self.table.setColumnHidden(AGENT, width < NARROW)
        self.table.setColumnHidden(DURATION, width < NARROW + 100)

    # -- driving -----------------------------------------------------------------
    def show_customer(self, customer_id: str) -> None:
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.load(customer_id)

    def reload(self) -> None:
        self.model.load(self.model.customer_id, self.model.search)

    def clear(self) -> None:
        self.model.clear()

    def add_local(self, entry: HistoryEntry) -> None:
        self.model.prepend_local(entry)
        self._update_count()

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text().strip())

    # -- reacting ----------------------------------------------------------------
    def _reset(self) -> None:
        self.detail.clear()
        self.detail.hide()
        self.error.hide()
        loading = self.tr("Loading history…") if self.model.customer_id else ""
        self.count.setText(loading)

    def _first_page(self, _total: int) -> None:
        self._update_count()
        # Qt only repaints when rows changed; an empty first page must be painted too.
        self.table.viewport().update()
        self.first_page_shown.emit()

    def _update_count(self) -> None:
        if self.model.loading() and self.model.total is None:
            return
        total = self.model.total_shown()
        if self.model.search:
            text = numerus(self.tr("%n match(es) for “{0}”", "", total), total).format(
                one_line(self.model.search, 40)
            )
        elif total:
            text = numerus(self.tr("%n entr(y|ies)", "", total), total)
        else:
            text = self.tr("No history yet")
        self.count.setText(text)

    def _failed(self, message: str) -> None:
        self.error.setText(self.tr("History could not be loaded: {0}").format(message))
        self.error.show()
        self.table.viewport().update()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_detail(indexes[0] if indexes else QModelIndex())

    def _show_detail(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None:
            self.detail.clear()
            self.detail.hide()
            return
        head = " · ".join(
            part
            for part in (
                format_when(entry.when),
                what_text(entry),
                one_line(entry.agent, 60),
                format_duration(entry.duration),
            )
            if part
        )
        self.detail.setPlainText(f"{head}\n{clean_block(entry.text, MAX_DETAIL)}")
        self.detail.show()

    def _open_detail(self) -> None:
        self._show_detail(self.table.currentIndex())
        self.detail.setFocus()
