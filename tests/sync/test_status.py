"""Status for the window: describe() texts and the tracker's observer notifications."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from softphone.sync.status import StatusTracker, SyncState, SyncStatus, describe

NOW = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)


def test_describe() -> None:
    since = NOW - timedelta(minutes=20)
    local = since.astimezone().strftime("%H:%M")
    assert describe(SyncStatus(SyncState.SYNCED)) == "Synced"
    assert describe(SyncStatus(SyncState.PENDING, pending_count=3)) == "3 pending"
    assert describe(SyncStatus(SyncState.PENDING)) == "Syncing…"
    assert (
        describe(SyncStatus(SyncState.OFFLINE, 2, since), now=NOW)
        == f"Offline since {local} · 2 pending"
    )
    assert describe(SyncStatus(SyncState.OFFLINE, 0, since), now=NOW) == f"Offline since {local}"
    yesterday = describe(SyncStatus(SyncState.OFFLINE, 0, NOW - timedelta(days=1)), now=NOW)
    assert yesterday.startswith("Offline since ") and "Mar" in yesterday
    assert describe(SyncStatus(SyncState.DISABLED)) == "Sync off"
    assert describe(SyncStatus(SyncState.AUTH_FAILED)) == "Sync stopped: enter a new server token"
    assert describe(SyncStatus(SyncState.SYNCED, parked_count=2)) == "Synced · 2 refused"


def test_tracker_transitions_and_observers() -> None:
    clock = [NOW]
    tracker = StatusTracker(lambda: clock[0])
    seen: list[SyncStatus] = []
    tracker.add_observer(seen.append)
    remove_broken = tracker.add_observer(lambda status: 1 / 0)  # logged, never propagated
    tracker.running(True)
    assert tracker.status().state is SyncState.PENDING  # not yet in step with the server
    tracker.counts(0, 0)
    tracker.contact_ok()
    assert tracker.status().state is SyncState.SYNCED and tracker.online
    tracker.counts(4, 0)
    tracker.contact_failed("down")
    clock[0] = NOW + timedelta(minutes=5)
    tracker.contact_failed("still down")  # the outage started at the first failure
    status = tracker.status()
    assert (status.state, status.offline_since, status.last_error) == (
        SyncState.OFFLINE,
        NOW,
        "still down",
    )
    assert not tracker.online
    tracker.auth_failed("token revoked or wrong: enter a new one")
    assert tracker.status().state is SyncState.AUTH_FAILED
    tracker.token_changed()
    tracker.contact_ok()
    tracker.counts(0, 0)
    assert tracker.status().state is SyncState.SYNCED
    remove_broken()
    tracker.running(False, "stopped")
    assert tracker.status() == SyncStatus(
        SyncState.DISABLED, last_error="stopped", last_sync_at=clock[0]
    )
    states = [s.state for s in seen]
    assert states[0] is SyncState.PENDING and states[-1] is SyncState.DISABLED
    assert all(a != b for a, b in itertools.pairwise(seen))  # only changes are told
