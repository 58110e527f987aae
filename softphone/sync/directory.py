"""FallbackDirectory: the screen pop's CustomerDirectory — local cache first, server second.

A number the cache does not know is looked up on the server (short timeouts); the cards
found, with their flags and recent history, are cached so the next ring is local. When
the server is known to be unreachable (or the lookup fails) the answer is the local one:
the screen pop stays fast offline and never fails because of the network.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Protocol

from softphone.core.errors import KnownError
from softphone.core.records import Customer, HistoryEntry
from softphone.numbers import is_e164, normalise
from softphone.protocol import limits
from softphone.protocol.customers import CustomerCard, LookupResult
from softphone.store import LocalStore
from softphone.sync.mapping import customer_from_card, history_records

log = logging.getLogger("softphone.sync")


class RemoteDirectory(Protocol):
    """What the fallback needs from the server (SyncClient has it)."""

    def lookup(self, phone: str, history: int = ...) -> LookupResult: ...

    def customer(self, customer_id: str, history: int = ...) -> CustomerCard | None: ...


RemoteProvider = Callable[[], RemoteDirectory | None]


class FallbackDirectory:
    """CustomerDirectory over a LocalStore (same thread) with the server as a fallback.

    `remote` returns the client to ask (None: sync not configured); `online` says whether
    asking is worth it now; `on_write` runs after a write that queued an outbox row (poke
    the pusher). With owns_store the store is closed by close().
    """

    def __init__(
        self,
        store: LocalStore,
        remote: RemoteProvider,
        *,
        online: Callable[[], bool] = lambda: True,
        history: int = limits.DEFAULT_HISTORY,
        owns_store: bool = False,
        on_write: Callable[[], None] | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self._local = store.directory
        self._remote = remote
        self._online = online
        self._history = history
        self._owns_store = owns_store
        self._on_write = on_write
        self._on_close = on_close
        self.remote_lookups = 0  # how often the server was asked (for tests and logs)

    # -- reads: local first ------------------------------------------------------------
    def lookup_phone(self, e164: str) -> list[Customer]:
        found = self._local.lookup_phone(e164)
        if found:
            return found
        number = e164 if is_e164(e164) else normalise(e164, self._local.default_region)
        remote = self._ask()
        if number is None or remote is None:
            return []
        self.remote_lookups += 1
        try:
            result = remote.lookup(number, self._history)
        except KnownError as exc:
            log.info("sync: server lookup failed, using the local cache only: %s", exc)
            return []
        if not result.customers:
            return []
        cached = self._cache(result.customers)
        return self._local.lookup_phone(number) if cached else self._uncached(result.customers)

    def get(self, customer_id: str) -> Customer | None:
        found = self._local.get(customer_id)
        if found is not None:
            return found
        remote = self._ask()
        if remote is None or not _is_uuid(customer_id):
            return None
        self.remote_lookups += 1
        try:
            card = remote.customer(customer_id, self._history)
        except KnownError as exc:
            log.info("sync: server lookup failed, using the local cache only: %s", exc)
            return None
        if card is None:
            return None
        if self._cache([card]):
            return self._local.get(customer_id)
        return self._uncached([card])[0]

    def search(self, text: str, limit: int = 50) -> list[Customer]:
        return self._local.search(text, limit)

    def history(
        self, customer_id: str, *, offset: int = 0, limit: int = 50, search: str = ""
    ) -> list[HistoryEntry]:
        return self._local.history(customer_id, offset=offset, limit=limit, search=search)

    def history_count(self, customer_id: str, *, search: str = "") -> int:
        return self._local.history_count(customer_id, search=search)

    # -- writes: always local (the outbox carries what the server must know) ----------
    def create_customer(self, name: str, phone_e164: str, language: str = "") -> Customer:
        return self._local.create_customer(name, phone_e164, language)

    def link_phone(self, customer_id: str, phone_e164: str) -> None:
        self._local.link_phone(customer_id, phone_e164)

    def record_reveal(
        self, customer_id: str, agent: str, fields: tuple[str, ...], reason: str
    ) -> None:
        self._local.record_reveal(customer_id, agent, fields, reason)
        if self._on_write is not None:
            self._on_write()  # the reveal's outbox row: push it now

    def close(self) -> None:
        if self._on_close is not None:
            self._on_close()
        if self._owns_store:
            self.store.close()

    # -- internals ---------------------------------------------------------------------
    def _ask(self) -> RemoteDirectory | None:
        if not self._online():
            return None
        try:
            return self._remote()
        except KnownError as exc:  # no token yet, a bad URL
            log.debug("sync: no server lookup: %s", exc)
            return None

    def _cache(self, cards: list[CustomerCard]) -> bool:
        """Store the cards (their live flags included) and their history; False if the
        local database refused (the answer is then shown without caching)."""
        try:
            with self.store.transaction():
                self.store.put_customers([customer_from_card(c) for c in cards])
                for card in cards:
                    calls, notes = history_records(card)
                    self.store.put_history(calls, notes)
        except KnownError as exc:
            log.warning("sync: could not cache the server's cards: %s", exc)
            return False
        return True

    @staticmethod
    def _uncached(cards: list[CustomerCard]) -> list[Customer]:
        return [customer_from_card(c) for c in cards]


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
