"""The real CriticalFlow journaling into the real LocalStore: the note is on disk before audio."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from softphone.core.critical import CriticalFlow
from softphone.core.events import CallStateChanged, PromptFinished
from softphone.core.models import CallState, Direction, EndedBy
from softphone.core.records import Customer, FlagKind, NoteState
from softphone.core.scenario import load_scenario
from softphone.store import LocalStore, outbox

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


class Timer:
    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback, self.cancelled = callback, False

    def cancel(self) -> None:
        self.cancelled = True


class Sip:
    """The SIP calls the flow makes; play_prompt checks the note is already stored."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.played: list[str] = []
        self.hung_up: list[str] = []
        self.tokens: list[str] = []
        self.notes_on_disk_at_play: list[int] = []

    def play_prompt(self, call_id: str, path: str, token: str, *, mute_microphone: bool) -> None:
        # A second connection sees only committed data: the write-ahead note must be there.
        with LocalStore.open(self.db_path) as other:
            self.notes_on_disk_at_play.append(
                other.db.scalar("SELECT count(*) FROM notes WHERE call_id = ?", [call_id])
            )
        self.played.append(Path(path).name)
        self.tokens.append(token)

    def stop_prompt(self, call_id: str, token: str) -> None:
        pass

    def hangup(self, call_id: str) -> None:
        self.hung_up.append(call_id)

    def set_hold(self, call_id: str, on_hold: bool) -> None:
        pass


@pytest.mark.skipif(
    not (RESOURCES / "scenarios" / "critical.toml").exists(), reason="no scenario file"
)
def test_warning_then_ending_journaled_and_flagged(store: LocalStore, db_path: Path) -> None:
    store.put_customers([Customer(id="cust", name="Иван Петров", language="ru")])
    timers: list[Timer] = []

    def schedule(delay: float, callback: Callable[[], None]) -> Timer:
        timers.append(Timer(callback))
        return timers[-1]

    sip = Sip(db_path)
    flow = CriticalFlow(
        sip,  # type: ignore[arg-type]
        store,
        load_scenario(RESOURCES / "scenarios" / "critical.toml"),
        schedule,
        agent="anna",
        default_language="en",
    )
    flow.handle(CallStateChanged("call-1", CallState.CONNECTED, Direction.INBOUND))
    flow.track("call-1", customer_id="cust", language="ru")

    assert flow.warn("call-1", "warning1")
    flow.handle(PromptFinished("call-1", sip.tokens[-1], played_ms=2000, completed=True))
    assert flow.end_call("call-1")
    assert sip.notes_on_disk_at_play == [1, 1]  # durable before each prompt
    flow.handle(PromptFinished("call-1", sip.tokens[-1], played_ms=4100, completed=True))
    for timer in list(timers):
        if not timer.cancelled:
            timer.callback()  # the pad after the prompt: hang up
    assert sip.hung_up == ["call-1"]
    flow.handle(
        CallStateChanged(
            "call-1", CallState.DISCONNECTED, Direction.INBOUND, code=200, ended_by=EndedBy.LOCAL
        )
    )

    [row] = store.db.rows("SELECT id FROM notes")
    note = store.note(row["id"])
    assert note is not None and note.state is NoteState.COMPLETED
    assert [s.partition("@")[0] for s in note.steps] == ["warning1", "farewell"]
    assert note.details["hung_up_by"] == "agent" and note.details["played_ms"] == "4100"
    assert note.details["outcome"] == "critical_ending"
    abusive = store.directory.get("cust").flag(FlagKind.ABUSIVE)  # type: ignore[union-attr]
    assert abusive is not None and abusive.count == 1
    states = [i.data()["state"] for i in outbox.for_item(store.db, note.id)]
    assert states == ["started", "started", "completed"]

    store.annotate(note.id, reason="insults", text="Shouted insults", medical_possible=True)
    assert store.directory.get("cust").flag(FlagKind.ABUSIVE) is None  # type: ignore[union-attr]
