"""Keeps one local call record per call leg from the engine's events (synced as 'call')."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from softphone.core.events import CallStateChanged, IncomingCall, OutgoingCallStarted, SipEvent
from softphone.core.models import CallState, Direction
from softphone.core.records import CallRecord
from softphone.numbers import normalise
from softphone.store.localstore import LocalStore

log = logging.getLogger("softphone.app")


def _now() -> str:
    return datetime.now(UTC).isoformat()


class CallLog:
    """The engine's call ids are UUIDs, so they are the call records' ids too."""

    def __init__(self, store: LocalStore, agent: str, region: str) -> None:
        self._store = store
        self._agent = agent
        self._region = region
        self._customers: dict[str, str] = {}  # call id -> customer id, once identified
        self._open: set[str] = set()

    def record_id(self, call_id: str) -> str:
        return call_id

    def customer_identified(self, call_id: str, customer_id: str, _language: str = "") -> None:
        self._customers[call_id] = customer_id

    def handle(self, event: SipEvent) -> None:
        if isinstance(event, IncomingCall):
            self._start(
                event.call_id, Direction.INBOUND, event.remote_uri, event.number, event.sip_call_id
            )
        elif isinstance(event, OutgoingCallStarted):
            number = event.remote_uri.removeprefix("sip:").removeprefix("sips:").split("@")[0]
            self._start(
                event.call_id, Direction.OUTBOUND, event.remote_uri, number, event.sip_call_id
            )
        elif isinstance(event, CallStateChanged) and event.call_id in self._open:
            if event.state is CallState.CONNECTED:
                self._store.call_answered(event.call_id, _now())
            elif event.state is CallState.DISCONNECTED:
                self._open.discard(event.call_id)
                reason = f"{event.code} {event.reason}".strip()
                self._store.call_ended(
                    event.call_id,
                    ended_at=_now(),
                    end_reason=reason,
                    ended_by=event.ended_by.value if event.ended_by else "",
                    customer_id=self._customers.pop(event.call_id, ""),
                )

    def _start(
        self, call_id: str, direction: Direction, uri: str, raw_number: str, sip_call_id: str
    ) -> None:
        record = CallRecord(
            id=call_id,
            direction=direction.value,
            agent=self._agent,
            started_at=_now(),
            sip_call_id=sip_call_id,
            remote_uri=uri,
            number=normalise(raw_number, self._region) or raw_number,
        )
        self._store.call_started(record)
        self._open.add(call_id)
