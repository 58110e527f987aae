"""The outbox pusher: pending rows → POST /events in batches, synced only on acknowledgement.

Rows of one record (its revisions) are collapsed: the newest is sent, and all of them are
marked synced when the server acknowledges it (accepted / updated / duplicate). A
rejected item is parked with the server's reason; an item missing from the answer stays
pending. A batch the server refuses whole (413, 422) is split until the culprit is alone,
then parked. Network failures propagate (SyncError): the thread backs off and the rows
stay on disk, so nothing is lost; UUIDs and revisions make every resend harmless.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from softphone.core.backoff import Backoff
from softphone.protocol import limits
from softphone.protocol.events import (
    BatchResult,
    CallEvent,
    EventBatch,
    ItemResult,
    ItemStatus,
    NoteEvent,
    RevealEvent,
)
from softphone.store import LocalStore
from softphone.store.outbox import OutboxItem
from softphone.sync.credentials import ClientHolder
from softphone.sync.errors import (
    MappingError,
    RequestRejected,
    RequestTooLarge,
    ServerIncompatible,
)
from softphone.sync.mapping import Event, to_event
from softphone.sync.status import StatusTracker
from softphone.sync.worker import StoreFactory, StoreThread

log = logging.getLogger("softphone.sync")

ACKNOWLEDGED = (ItemStatus.ACCEPTED, ItemStatus.UPDATED, ItemStatus.DUPLICATE)
KEEP_SYNCED = timedelta(days=7)  # synced outbox rows kept for support, then purged
PURGE_INTERVAL = 3600.0
SPLIT_STATUSES = (413, 422)  # the body as a whole was refused: find the item at fault
_ENVELOPE_BYTES = 64  # {"calls":[],"notes":[],"reveals":[]}


class EventTransport(Protocol):
    def post_events(self, batch: EventBatch) -> BatchResult: ...


@dataclass
class _Item:
    kind: str
    item_id: str
    event: Event
    row_ids: list[str]
    size: int


@dataclass
class PushReport:
    rows: int = 0  # pending rows read
    sent: int = 0  # items posted (after collapsing revisions), resends included
    synced: int = 0  # rows marked synced
    parked: int = 0  # rows parked
    requests: int = 0
    unanswered: list[str] = field(default_factory=list)  # items missing from the answer

    @property
    def progress(self) -> bool:
        return self.synced + self.parked > 0


class OutboxPusher:
    """Sends one page of the outbox per push_once(); no threads, no clock of its own."""

    def __init__(
        self,
        batch_size: int = limits.MAX_BATCH_ITEMS,
        max_body_bytes: int = limits.MAX_BODY_BYTES,
    ) -> None:
        self.batch_size = max(1, min(batch_size, limits.MAX_BATCH_ITEMS))
        self.max_body_bytes = max(1024, int(max_body_bytes * 0.9))  # margin for escaping

    def push_once(self, store: LocalStore, transport: EventTransport) -> PushReport:
        """Send the oldest due rows (up to batch_size); raise SyncError on a network failure."""
        report = PushReport()
        rows = store.pending(self.batch_size)
        report.rows = len(rows)
        items: list[_Item] = []
        for group in _collapse(rows):
            newest = group[-1]
            try:
                event = to_event(newest.kind, _payload(newest))
            except MappingError as exc:
                self._park(store, [r.id for r in group], str(exc), report)
                continue
            size = len(event.model_dump_json()) + 1
            items.append(_Item(newest.kind, newest.item_id, event, [r.id for r in group], size))
        for chunk in self._chunks(items):
            self._send(store, transport, chunk, report)
        return report

    def _chunks(self, items: list[_Item]) -> list[list[_Item]]:
        chunks: list[list[_Item]] = []
        current: list[_Item] = []
        size = _ENVELOPE_BYTES
        for item in items:
            if current and size + item.size > self.max_body_bytes:
                chunks.append(current)
                current, size = [], _ENVELOPE_BYTES
            current.append(item)
            size += item.size
        if current:
            chunks.append(current)
        return chunks

    def _send(
        self, store: LocalStore, transport: EventTransport, chunk: list[_Item], report: PushReport
    ) -> None:
        batch = EventBatch(
            calls=[i.event for i in chunk if isinstance(i.event, CallEvent)],
            notes=[i.event for i in chunk if isinstance(i.event, NoteEvent)],
            reveals=[i.event for i in chunk if isinstance(i.event, RevealEvent)],
        )
        report.requests += 1
        report.sent += len(chunk)
        try:
            result = transport.post_events(batch)
        except (RequestTooLarge, RequestRejected) as exc:
            status = 413 if isinstance(exc, RequestTooLarge) else exc.status
            if status not in SPLIT_STATUSES:
                raise
            if len(chunk) > 1:
                half = len(chunk) // 2
                self._send(store, transport, chunk[:half], report)
                self._send(store, transport, chunk[half:], report)
                return
            details = getattr(exc, "details", "")
            self._park(store, chunk[0].row_ids, f"{exc} {details}".strip(), report)
            return
        self._apply(store, chunk, result, report)

    def _apply(
        self, store: LocalStore, chunk: Sequence[_Item], result: BatchResult, report: PushReport
    ) -> None:
        answers: dict[tuple[str, str], ItemResult] = {
            (r.kind, str(r.id)): r for r in result.results
        }
        synced: list[str] = []
        for item in chunk:
            answer = answers.get((item.kind, item.item_id))
            if answer is None:
                report.unanswered.append(item.item_id)
                log.warning("sync: no answer for %s %s; it stays queued", item.kind, item.item_id)
            elif answer.status in ACKNOWLEDGED:
                synced += item.row_ids
            else:
                why = f"refused by the server ({answer.code}): {answer.reason or answer.status}"
                self._park(store, item.row_ids, why, report)
        if synced:
            report.synced += store.mark_synced(synced)

    @staticmethod
    def _park(store: LocalStore, row_ids: list[str], reason: str, report: PushReport) -> None:
        parked = store.park(row_ids, reason)
        report.parked += parked
        log.warning("sync: outbox rows %s parked: %s", ", ".join(row_ids[:3]), reason)


def _payload(row: OutboxItem) -> dict[str, object]:
    try:
        return row.data()
    except json.JSONDecodeError as exc:
        raise MappingError(f"the outbox row is not valid JSON ({exc})") from None


def _collapse(rows: Sequence[OutboxItem]) -> list[list[OutboxItem]]:
    """Rows grouped by record, groups in order of their first row, rows oldest first."""
    groups: dict[tuple[str, str], list[OutboxItem]] = {}
    for row in rows:
        groups.setdefault((row.kind, row.item_id), []).append(row)
    return list(groups.values())


class PusherThread(StoreThread):
    """The pusher on its own thread: pushes while rows are due, then idles until poked."""

    def __init__(
        self,
        store_factory: StoreFactory,
        tracker: StatusTracker,
        clients: ClientHolder,
        *,
        pusher: OutboxPusher | None = None,
        idle_poll: float = 2.0,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__("sync-pusher", store_factory, tracker, backoff)
        self._clients = clients
        self._pusher = pusher or OutboxPusher()
        self._idle_poll = idle_poll
        self._next_purge = 0.0

    def step(self, store: LocalStore) -> float:
        self._housekeeping(store)
        self._report_counts(store)  # before sending: a failed send still shows the queue
        if not store.pending(1):
            return self._idle_poll
        report = self._pusher.push_once(store, self._clients.get())
        self.tracker.contact_ok()
        if report.parked:
            self.tracker.problem(f"{report.parked} queued item(s) refused by the server (kept).")
        self._report_counts(store)
        if report.unanswered and not report.progress:
            raise ServerIncompatible(
                "The sync server did not acknowledge the items sent; retrying later."
            )
        return 0.0 if report.rows >= self._pusher.batch_size else self._idle_poll

    def _housekeeping(self, store: LocalStore) -> None:
        """Once an hour: forget outbox rows synced more than KEEP_SYNCED ago."""
        now = time.monotonic()
        if now < self._next_purge:
            return
        self._next_purge = now + PURGE_INTERVAL
        purged = store.purge_synced(store.clock() - KEEP_SYNCED)
        if purged:
            log.info("sync: forgot %d outbox rows synced over %s ago", purged, KEEP_SYNCED)

    def on_poke_while_waiting(self, store: LocalStore) -> None:
        self._report_counts(store)

    def _report_counts(self, store: LocalStore) -> None:
        counts = store.outbox_counts()
        self.tracker.counts(counts.due + counts.waiting, counts.parked)

    def close(self) -> None:
        self._clients.close()
