"""Store ↔ wire mapping: outbox payloads become valid events; server records become cache rows."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from softphone.core.records import (
    CallRecord,
    Flag,
    FlagKind,
    Note,
    NoteKind,
    NoteState,
    Reason,
)
from softphone.protocol.customers import CustomerCard, FlagOut, HistoryItem
from softphone.protocol.events import CallEvent, NoteEvent, RevealEvent
from softphone.protocol.logs import NoteOut
from softphone.store.audit import Reveal
from softphone.store.outbox import payload_json
from softphone.sync.errors import MappingError
from softphone.sync.mapping import (
    customer_from_card,
    flag_from_wire,
    history_records,
    iso,
    note_from_wire,
    to_event,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _payload(record: object, kind: str, revision: int = 1) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(payload_json(record, kind, revision))  # type: ignore[arg-type]
    return loaded


def _note(**changes: object) -> Note:
    base = Note(
        id=str(uuid.uuid4()),
        kind=NoteKind.CRITICAL,
        agent="Mario Rossi",  # a display name: not sent (the token names the agent)
        created_at=iso(T0),
        customer_id=str(uuid.uuid4()),
        call_id=str(uuid.uuid4()),
        text="Вы оскорбляете — 你好 <b>&amp;</b> '; DROP TABLE notes;--",
        reason=Reason.THREATS,
        state=NoteState.COMPLETED,
        steps=(f"warning1@{iso(T0)}", f"farewell@{iso(T0 + timedelta(seconds=40))}"),
        medical_possible=False,
        details={"played_ms": "5120", "hung_up_by": "local", "monotonic": "123.5"},
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _as_server_copy(event: NoteEvent, agent: str) -> NoteOut:
    """What the server stores and hands back for an event (GET /notes, /changes)."""
    return NoteOut(
        id=event.id,
        kind=event.kind,
        state=event.state,
        revision=event.revision,
        agent=agent,
        created_at=event.created_at,
        received_at=T0,
        updated_at=T0,
        customer_id=event.customer_id,
        call_id=event.call_id,
        text=event.text,
        reason=event.reason,
        steps=event.steps,
        medical_possible=event.medical_possible,
        details=event.details,
    )


@pytest.mark.parametrize(
    "note",
    [
        _note(),
        _note(kind=NoteKind.WRAPUP, reason=None, steps=(), medical_possible=None, details={}),
        _note(kind=NoteKind.MANUAL, customer_id="", call_id="", state=NoteState.STARTED),
        _note(state=NoteState.INTERRUPTED, text=""),
    ],
)
def test_note_round_trip(note: Note) -> None:
    event = to_event("note", _payload(note, "note", revision=7))
    assert isinstance(event, NoteEvent)
    assert event.agent is None and event.revision == 7
    back = note_from_wire(_as_server_copy(event, agent="alice"))
    assert back == dataclasses.replace(note, agent="alice")


def test_call_round_trip_and_fitting() -> None:
    record = CallRecord(
        id=str(uuid.uuid4()),
        direction="inbound",
        agent="Mario",
        started_at=iso(T0),
        sip_call_id="abc@10.0.0.1",
        remote_uri='"Anna" <sip:+390612345678@pbx>',
        number="+390612345678",
        customer_id=str(uuid.uuid4()),
        answered_at=iso(T0 + timedelta(seconds=3)),
        ended_at=iso(T0 + timedelta(seconds=63)),
        end_reason="200 BYE",
        ended_by="remote",
        disposition="resolved",
    )
    event = to_event("call", _payload(record, "call", revision=3))
    assert isinstance(event, CallEvent)
    assert (event.number, event.ended_by, event.disposition) == (
        "+390612345678",
        "remote",
        "resolved",
    )
    assert event.ended_at == T0 + timedelta(seconds=63) and event.agent is None
    # An extension is no E.164 number, an interrupted leg has no end time, a local-only
    # customer id is no UUID: the call is still sent, with what the protocol can carry.
    odd = dataclasses.replace(
        record, number="1001", ended_at="", customer_id="local-7", ended_by="?"
    )
    event = to_event("call", _payload(odd, "call"))
    assert isinstance(event, CallEvent)
    assert (event.number, event.ended_at, event.customer_id, event.ended_by) == ("", None, None, "")


def test_reveal_maps() -> None:
    reveal = Reveal(
        str(uuid.uuid4()), str(uuid.uuid4()), "mario", ("phones", "email"), "callback", iso(T0)
    )
    event = to_event("reveal", _payload(reveal, "reveal"))
    assert isinstance(event, RevealEvent)
    assert event.fields == ["phones", "email"] and event.at == T0


def test_oversized_values_are_fitted_not_refused() -> None:
    note = _note(
        text="x" * 12_000,
        steps=tuple(f"step{i}@{'9' * 100}" for i in range(40)),
        details={f"key {i}/ü": "v" * 2000 for i in range(40)},
        call_id="not a local id!",
    )
    event = to_event("note", _payload(note, "note"))
    assert isinstance(event, NoteEvent)
    assert len(event.text) == 10_000 and len(event.steps) == 32
    assert all(len(s) <= 80 for s in event.steps)
    assert len(event.details) == 32 and all(len(v) == 1000 for v in event.details.values())
    assert "key_0__" in event.details and event.call_id == ""


@pytest.mark.parametrize(
    ("kind", "payload", "message"),
    [
        (
            "note",
            {"id": "not-a-uuid", "kind": "manual", "created_at": "2026-03-01T09:00:00Z"},
            "UUID",
        ),
        ("note", {"id": str(uuid.uuid4()), "kind": "gossip", "created_at": "2026-03-01"}, "kind"),
        ("note", {"id": str(uuid.uuid4()), "kind": "manual", "created_at": ""}, "created_at"),
        (
            "call",
            {"id": str(uuid.uuid4()), "direction": "sideways", "started_at": "2026-03-01"},
            "direction",
        ),
        (
            "reveal",
            {
                "id": str(uuid.uuid4()),
                "customer_id": str(uuid.uuid4()),
                "at": "2026-03-01",
                "fields": [],
                "reason": "x",
            },
            "fields",
        ),
        ("letter", {}, "unknown outbox kind"),
    ],
)
def test_unsendable_payloads_raise_mapping_error(
    kind: str, payload: dict[str, object], message: str
) -> None:
    with pytest.raises(MappingError, match=message):
        to_event(kind, payload)


def test_card_to_customer_flags_and_history() -> None:
    cid = uuid.uuid4()
    flag = FlagOut(
        kind="banned",
        instruction="written contact only",
        expires_at=T0 + timedelta(days=30),
        set_by="sup.anna",
        updated_at=T0,
    )
    note_id, call_id = uuid.uuid4(), uuid.uuid4()
    card = CustomerCard(
        id=cid,
        number="C-1",
        name="Zoë Ω",
        language="it",
        phones=["+390612345678", "0612345678"],
        flags=[flag],
        updated_at=T0,
        history=[
            HistoryItem(
                id=note_id,
                when=T0,
                agent="bob",
                kind="critical",
                outcome="insults",
                text="t",
                critical=True,
            ),
            HistoryItem(
                id=call_id,
                when=T0,
                agent="bob",
                kind="call",
                direction="inbound",
                duration=60.0,
                outcome="remote",
                text="resolved",
            ),
        ],
    )
    customer = customer_from_card(card)
    assert customer.id == str(cid) and customer.phones == ("+390612345678",)  # not E.164: left out
    assert customer.flags == (
        Flag(
            FlagKind.BANNED, "written contact only", 0, "", iso(T0 + timedelta(days=30)), "sup.anna"
        ),
    )
    assert flag_from_wire(flag) == customer.flags[0]
    kept = (Flag(FlagKind.VIP),)
    assert customer_from_card(card, keep_flags=kept).flags == kept
    calls, notes = history_records(card)
    assert [n.id for n in notes] == [str(note_id)] and notes[0].reason is Reason.INSULTS
    assert calls[0].answered_at == iso(T0) and calls[0].ended_at == iso(T0 + timedelta(seconds=60))
    assert calls[0].disposition == "resolved" and calls[0].customer_id == str(cid)


def test_unknown_note_kind_from_a_newer_server_is_skipped() -> None:
    out = NoteOut(
        id=uuid.uuid4(),
        kind="video",
        state="completed",
        revision=1,
        agent="bob",
        created_at=T0,
        received_at=T0,
        updated_at=T0,
    )
    assert note_from_wire(out) is None
