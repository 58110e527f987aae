"""Customer-directory access on its own thread: queued, tagged requests in, results out."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from softphone.core.errors import KnownError
from softphone.core.ports import CustomerDirectory
from softphone.core.records import Customer, HistoryEntry

log = logging.getLogger("softphone.ui")

DirectoryFactory = Callable[[], CustomerDirectory]
PAGE_SIZE = 50

# Read-only channels where only the newest request matters: an answer to an older one
# (the previous call's lookup, a search the agent has since retyped) is dropped.
LATEST_ONLY = ("lookup", "customer", "history", "search")


@dataclass(frozen=True)
class HistoryPage:
    customer_id: str
    search: str
    offset: int
    entries: tuple[HistoryEntry, ...]
    total: int | None  # counted with the first page only


class RequestLedger:
    """The newest request id per channel, read by both threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._newest: dict[str, int] = {}

    def issue(self, channel: str, request_id: int) -> None:
        with self._lock:
            self._newest[channel] = request_id

    def is_stale(self, channel: str, request_id: int) -> bool:
        if channel not in LATEST_ONLY:
            return False
        with self._lock:
            return request_id < self._newest.get(channel, 0)


def _agent_message(exc: Exception) -> str:
    if isinstance(exc, KnownError):
        return str(exc)
    return QCoreApplication.translate("LookupWorker", "unexpected error (details in the log)")


class LookupWorker(QObject):
    """Lives in the lookup thread and owns the directory it builds there.

    SQLite connections belong to the thread that opened them, so the factory runs here,
    on first use, never on the GUI thread.
    """

    looked_up = Signal(int, str, object)  # request id, E.164, list[Customer]
    customer_loaded = Signal(int, str, object)  # request id, customer id, Customer | None
    history_loaded = Signal(int, object)  # request id, HistoryPage
    searched = Signal(int, str, object)  # request id, text, list[Customer]
    customer_created = Signal(int, object)  # request id, Customer
    phone_linked = Signal(int, object)  # request id, Customer (read again after linking)
    reveal_recorded = Signal(int, str)  # request id, customer id
    failed = Signal(int, str, str)  # request id, channel, message for the agent

    def __init__(self, factory: DirectoryFactory, ledger: RequestLedger) -> None:
        super().__init__()
        self._factory = factory
        self._ledger = ledger
        self._directory: CustomerDirectory | None = None

    def _open(self) -> CustomerDirectory:
        if self._directory is None:
            self._directory = self._factory()
        return self._directory

    def _run(
        self, channel: str, request_id: int, work: Callable[[CustomerDirectory], None]
    ) -> None:
        if self._ledger.is_stale(channel, request_id):
            return  # a newer request of this kind is queued behind us: skip the work
        try:
            work(self._open())
        except Exception as exc:  # the GUI must hear about every failure, never hang
            log.exception("customer directory: %s request %d failed", channel, request_id)
            self.failed.emit(request_id, channel, _agent_message(exc))

    @Slot(int, str)
    def lookup(self, request_id: int, e164: str) -> None:
        def work(directory: CustomerDirectory) -> None:
            self.looked_up.emit(request_id, e164, directory.lookup_phone(e164))

        self._run("lookup", request_id, work)

    @Slot(int, str)
    def get(self, request_id: int, customer_id: str) -> None:
        def work(directory: CustomerDirectory) -> None:
            self.customer_loaded.emit(request_id, customer_id, directory.get(customer_id))

        self._run("customer", request_id, work)

    @Slot(int, str, int, int, str)
    def history(
        self, request_id: int, customer_id: str, offset: int, limit: int, search: str
    ) -> None:
        def work(directory: CustomerDirectory) -> None:
            entries = directory.history(customer_id, offset=offset, limit=limit, search=search)
            total = None
            if offset == 0:
                total = (
                    len(entries)
                    if len(entries) < limit
                    else directory.history_count(customer_id, search=search)
                )
            page = HistoryPage(customer_id, search, offset, tuple(entries), total)
            self.history_loaded.emit(request_id, page)

        self._run("history", request_id, work)

    @Slot(int, str, int)
    def search(self, request_id: int, text: str, limit: int) -> None:
        def work(directory: CustomerDirectory) -> None:
            self.searched.emit(request_id, text, directory.search(text, limit))

        self._run("search", request_id, work)

    @Slot(int, str, str, str)
    def create(self, request_id: int, name: str, e164: str, language: str) -> None:
        def work(directory: CustomerDirectory) -> None:
            self.customer_created.emit(request_id, directory.create_customer(name, e164, language))

        self._run("create", request_id, work)

    @Slot(int, str, str)
    def link(self, request_id: int, customer_id: str, e164: str) -> None:
        def work(directory: CustomerDirectory) -> None:
            directory.link_phone(customer_id, e164)
            customer = directory.get(customer_id)
            if customer is None:
                raise KnownError(
                    QCoreApplication.translate("LookupWorker", "That customer no longer exists.")
                )
            self.phone_linked.emit(request_id, customer)

        self._run("link", request_id, work)

    @Slot(int, str, str, object, str)
    def reveal(
        self, request_id: int, customer_id: str, agent: str, fields: object, reason: str
    ) -> None:
        def work(directory: CustomerDirectory) -> None:
            assert isinstance(fields, tuple)
            directory.record_reveal(customer_id, agent, fields, reason)
            self.reveal_recorded.emit(request_id, customer_id)

        self._run("reveal", request_id, work)

    @Slot()
    def close(self) -> None:
        """Close the directory in the thread that opened it, then end the thread."""
        directory, self._directory = self._directory, None
        closer = getattr(directory, "close", None)
        if callable(closer):
            try:
                closer()
            except Exception:
                log.exception("customer directory: close failed")
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class DirectoryClient(QObject):
    """The GUI-thread face of the lookup thread.

    Each method returns a request id at once; the answer arrives as a signal carrying that
    id, on the GUI thread. Answers to superseded read requests are dropped here.
    """

    looked_up = Signal(int, str, object)
    customer_loaded = Signal(int, str, object)
    history_loaded = Signal(int, object)
    searched = Signal(int, str, object)
    customer_created = Signal(int, object)
    phone_linked = Signal(int, object)
    reveal_recorded = Signal(int, str)
    failed = Signal(int, str, str)

    _lookup_requested = Signal(int, str)
    _get_requested = Signal(int, str)
    _history_requested = Signal(int, str, int, int, str)
    _search_requested = Signal(int, str, int)
    _create_requested = Signal(int, str, str, str)
    _link_requested = Signal(int, str, str)
    _reveal_requested = Signal(int, str, str, object, str)
    _close_requested = Signal()

    def __init__(self, factory: DirectoryFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._ledger = RequestLedger()
        self._thread = QThread()
        self._thread.setObjectName("customer-lookup")
        self._worker = LookupWorker(factory, self._ledger)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        worker = self._worker
        self._lookup_requested.connect(worker.lookup)
        self._get_requested.connect(worker.get)
        self._history_requested.connect(worker.history)
        self._search_requested.connect(worker.search)
        self._create_requested.connect(worker.create)
        self._link_requested.connect(worker.link)
        self._reveal_requested.connect(worker.reveal)
        self._close_requested.connect(worker.close)
        worker.looked_up.connect(self._on_looked_up)
        worker.customer_loaded.connect(self._on_customer_loaded)
        worker.history_loaded.connect(self._on_history_loaded)
        worker.searched.connect(self._on_searched)
        worker.customer_created.connect(self.customer_created)
        worker.phone_linked.connect(self.phone_linked)
        worker.reveal_recorded.connect(self.reveal_recorded)
        worker.failed.connect(self._on_failed)
        self._running = True
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            # A safety net: a QThread destroyed while running aborts the process.
            app.aboutToQuit.connect(self.shutdown)

    # -- requests ----------------------------------------------------------------
    def _issue(self, channel: str) -> int:
        request_id = next(self._ids)
        self._ledger.issue(channel, request_id)
        return request_id

    def lookup(self, e164: str) -> int:
        request_id = self._issue("lookup")
        self._lookup_requested.emit(request_id, e164)
        return request_id

    def get(self, customer_id: str) -> int:
        request_id = self._issue("customer")
        self._get_requested.emit(request_id, customer_id)
        return request_id

    def history(
        self, customer_id: str, offset: int = 0, limit: int = PAGE_SIZE, search: str = ""
    ) -> int:
        request_id = self._issue("history")
        self._history_requested.emit(request_id, customer_id, offset, limit, search)
        return request_id

    def search(self, text: str, limit: int = 50) -> int:
        request_id = self._issue("search")
        self._search_requested.emit(request_id, text, limit)
        return request_id

    def create_customer(self, name: str, e164: str, language: str = "") -> int:
        request_id = self._issue("create")
        self._create_requested.emit(request_id, name, e164, language)
        return request_id

    def link_phone(self, customer_id: str, e164: str) -> int:
        request_id = self._issue("link")
        self._link_requested.emit(request_id, customer_id, e164)
        return request_id

    def record_reveal(
        self, customer_id: str, agent: str, fields: tuple[str, ...], reason: str
    ) -> int:
        request_id = self._issue("reveal")
        self._reveal_requested.emit(request_id, customer_id, agent, tuple(fields), reason)
        return request_id

    def shutdown(self) -> None:
        """Close the directory in its thread and stop the thread; safe to call twice."""
        if not self._running:
            return
        self._running = False
        self._close_requested.emit()
        if not self._thread.wait(5000):
            log.warning("customer directory: still busy after 5 s, waiting for it to finish")
            self._thread.wait()

    # -- answers -----------------------------------------------------------------
    def _on_looked_up(self, request_id: int, e164: str, customers: list[Customer]) -> None:
        if not self._ledger.is_stale("lookup", request_id):
            self.looked_up.emit(request_id, e164, customers)

    def _on_customer_loaded(self, request_id: int, customer_id: str, customer: object) -> None:
        if not self._ledger.is_stale("customer", request_id):
            self.customer_loaded.emit(request_id, customer_id, customer)

    def _on_history_loaded(self, request_id: int, page: HistoryPage) -> None:
        if not self._ledger.is_stale("history", request_id):
            self.history_loaded.emit(request_id, page)

    def _on_searched(self, request_id: int, text: str, customers: list[Customer]) -> None:
        if not self._ledger.is_stale("search", request_id):
            self.searched.emit(request_id, text, customers)

    def _on_failed(self, request_id: int, channel: str, message: str) -> None:
        if not self._ledger.is_stale(channel, request_id):
            self.failed.emit(request_id, channel, message)
