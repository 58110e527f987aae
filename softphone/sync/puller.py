"""The change puller: GET /changes?since=cursor, page by page, into the local cache.

Each page is applied in one local transaction together with its cursor, so a crash
re-applies at most one page (every write is an idempotent upsert). Customer cards in
the feed carry no flags (flags come as changes of their own), so a customer's local
flags are kept when its card is updated; a flag for a customer not cached yet fetches
that customer's card first. Notes written on this desktop are never replaced by copies.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Protocol

from softphone.core.backoff import Backoff
from softphone.core.records import Customer, FlagKind
from softphone.protocol import limits
from softphone.protocol.changes import ChangesPage
from softphone.protocol.customers import CustomerCard
from softphone.store import LocalStore
from softphone.store.sync_state import CHANGES_CURSOR
from softphone.sync.credentials import ClientHolder
from softphone.sync.errors import RequestRejected
from softphone.sync.mapping import customer_from_card, flag_from_wire, note_from_wire
from softphone.sync.status import StatusTracker
from softphone.sync.worker import StoreFactory, StoreThread

log = logging.getLogger("softphone.sync")

MAX_FETCH_PER_PAGE = 100  # unknown customers fetched for flag changes, per page
MAX_PAGES_PER_PULL = 1000  # then the next step goes on (lets stop() in between)


class ChangesSource(Protocol):
    def changes(self, since: str, limit: int = ...) -> ChangesPage: ...

    def customer(self, customer_id: str, history: int = ...) -> CustomerCard | None: ...


@dataclass
class PullReport:
    pages: int = 0
    customers: int = 0
    flags: int = 0
    notes: int = 0
    cursor: str = ""
    more: bool = False  # stopped at MAX_PAGES_PER_PULL with more to come


def cursor_key(server_url: str) -> str:
    """Cursors are per server: another server's numbers mean nothing here."""
    return f"{CHANGES_CURSOR}:{server_url}"


class ChangePuller:
    """Applies the changes feed to a LocalStore; no threads of its own."""

    def __init__(self, server_url: str, page_size: int = limits.MAX_PAGE) -> None:
        self.key = cursor_key(server_url)
        self.page_size = max(1, min(page_size, limits.MAX_PAGE))

    def cursor(self, store: LocalStore) -> str:
        return store.sync_value(self.key) or ""

    def pull_once(self, store: LocalStore, source: ChangesSource) -> PullReport:
        """Fetch and apply pages until the feed is exhausted; SyncError on failure."""
        report = PullReport(cursor=self.cursor(store))
        while report.pages < MAX_PAGES_PER_PULL:
            try:
                page = source.changes(report.cursor, self.page_size)
            except RequestRejected as exc:
                if exc.status != 400 or exc.code != "bad_cursor" or not report.cursor:
                    raise
                log.warning("sync: the server does not know cursor %r; reading all", report.cursor)
                report.cursor = ""
                continue
            self.apply(store, page, source, report)
            report.pages += 1
            report.cursor = page.cursor
            if not page.has_more:
                return report
        report.more = True
        return report

    def apply(
        self,
        store: LocalStore,
        page: ChangesPage,
        source: ChangesSource | None = None,
        report: PullReport | None = None,
    ) -> None:
        """Apply one page and store its cursor, all or nothing."""
        report = report or PullReport()
        in_page = {str(card.id) for card in page.customers}
        fetched = self._fetch_unknown(store, page, in_page, source)
        with store.transaction():
            updated: list[Customer] = []
            for card in page.customers:
                cached = store.directory.get(str(card.id))
                updated.append(customer_from_card(card, cached.flags if cached else ()))
            updated += [customer_from_card(card) for card in fetched]
            if updated:
                store.put_customers(updated)
            known = in_page | {str(card.id) for card in fetched}
            for change in page.flags:
                customer_id = str(change.customer_id)
                if customer_id not in known and store.directory.get(customer_id) is None:
                    continue  # neither here nor on the server: nothing to flag
                try:
                    kind = FlagKind(change.flag.kind)
                except ValueError:
                    continue
                if change.active:
                    store.set_flag(customer_id, flag_from_wire(change.flag))
                else:
                    store.clear_flag(customer_id, kind)
                report.flags += 1
            notes = [n for n in map(note_from_wire, page.notes) if n is not None]
            if notes:
                store.put_history(note_records=notes)
            store.set_sync_value(self.key, page.cursor)
        report.customers += len(updated)
        report.notes += len(notes)

    def _fetch_unknown(
        self,
        store: LocalStore,
        page: ChangesPage,
        in_page: set[str],
        source: ChangesSource | None,
    ) -> list[CustomerCard]:
        """Cards (with live flags) of customers flagged in this page but not cached yet."""
        if source is None:
            return []
        wanted: list[str] = []
        for change in page.flags:
            customer_id = str(change.customer_id)
            if customer_id in in_page or customer_id in wanted:
                continue
            if store.directory.get(customer_id) is None:
                wanted.append(customer_id)
        if len(wanted) > MAX_FETCH_PER_PAGE:
            log.warning(
                "sync: %d flagged customers not cached; fetching %d now",
                len(wanted),
                MAX_FETCH_PER_PAGE,
            )
            wanted = wanted[:MAX_FETCH_PER_PAGE]
        cards = []
        for customer_id in wanted:
            card = source.customer(str(uuid.UUID(customer_id)), 0)
            if card is not None:
                cards.append(card)
        return cards


class PullerThread(StoreThread):
    """The puller on its own thread: every `interval` seconds, and at once when poked."""

    def __init__(
        self,
        store_factory: StoreFactory,
        tracker: StatusTracker,
        clients: ClientHolder,
        puller: ChangePuller,
        *,
        interval: float = 30.0,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__("sync-puller", store_factory, tracker, backoff)
        self._clients = clients
        self._puller = puller
        self.interval = interval
        self.last_report: PullReport | None = None

    def step(self, store: LocalStore) -> float:
        report = self._puller.pull_once(store, self._clients.get())
        self.tracker.contact_ok()
        self.last_report = report
        if report.customers or report.flags or report.notes:
            log.info(
                "sync: pulled %d customers, %d flags, %d notes (cursor %s)",
                report.customers,
                report.flags,
                report.notes,
                report.cursor,
            )
        return 0.0 if report.more else self.interval

    def close(self) -> None:
        self._clients.close()
