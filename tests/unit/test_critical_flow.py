"""The critical-situation flow against recording fakes: order of effects and every edge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from softphone.core.critical import CriticalFlow, EndingFinished, Phase
from softphone.core.events import CallMediaChanged, CallStateChanged, CommandFailed, PromptFinished
from softphone.core.models import CallState, Direction, EndedBy
from softphone.core.scenario import Scenario, Step, choose_prompt, load_scenario

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


class Timer:
    def __init__(self, clock: Clock, at: float, callback: Callable[[], None]) -> None:
        self.at, self.callback, self.cancelled = at, callback, False
        clock.timers.append(self)

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class Clock:
    now: float = 100.0
    timers: list[Timer] = field(default_factory=list)

    def schedule(self, delay: float, callback: Callable[[], None]) -> Timer:
        return Timer(self, self.now + delay, callback)

    def advance(self, seconds: float) -> None:
        target = self.now + seconds
        while True:
            due = sorted(
                (t for t in self.timers if not t.cancelled and t.at <= target), key=lambda t: t.at
            )
            if not due:
                break
            timer = due[0]
            self.timers.remove(timer)
            self.now = timer.at
            timer.callback()
        self.now = target


@dataclass
class Effects:
    """Records, in one list, what the flow asked of the engine and of the journal."""

    log: list[tuple[object, ...]] = field(default_factory=list)

    # SipControl (the parts the flow uses)
    def play_prompt(
        self, call_id: str, path: str, token: str, *, mute_microphone: bool = True
    ) -> None:
        self.log.append(("play", call_id, Path(path).parent.name, Path(path).name, token))

    def stop_prompt(self, call_id: str, token: str) -> None:
        self.log.append(("stop", call_id, token))

    def hangup(self, call_id: str) -> None:
        self.log.append(("hangup", call_id))

    def set_hold(self, call_id: str, on_hold: bool) -> None:
        self.log.append(("hold", call_id, on_hold))

    # NoteJournal
    def begin_critical(self, **kw: object) -> str:
        self.log.append(("begin", kw["call_id"], kw["step"], kw["customer_id"]))
        return "note-1"

    def record_step(self, note_id: str, step: str, wall: str) -> None:
        self.log.append(("step", note_id, step))

    def complete_critical(self, note_id: str, **kw: object) -> None:
        self.log.append(("complete", note_id, kw))

    def kinds(self) -> list[object]:
        return [entry[0] for entry in self.log]

    def last_token(self) -> str:
        return str(next(e for e in reversed(self.log) if e[0] == "play")[4])


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(RESOURCES / "scenarios" / "critical.toml")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def effects() -> Effects:
    return Effects()


@pytest.fixture
def flow(scenario: Scenario, clock: Clock, effects: Effects) -> CriticalFlow:
    flow = CriticalFlow(
        effects,  # type: ignore[arg-type]
        effects,
        scenario,
        clock.schedule,
        agent="anna",
        default_language="en",
        monotonic=lambda: clock.now,
    )
    flow.handle(CallStateChanged("c1", CallState.CONNECTED, Direction.INBOUND))
    flow.track("c1", customer_id="cust-9", language="it")
    return flow


def disconnected(by: EndedBy, code: int = 200) -> CallStateChanged:
    return CallStateChanged("c1", CallState.DISCONNECTED, Direction.INBOUND, code=code, ended_by=by)


def test_scenario_has_all_seed_languages(scenario: Scenario) -> None:
    for step in scenario.steps:
        assert set(step.prompts) >= {"en", "it", "de", "ru", "zh"}
        assert all(path.is_file() for path in step.prompts.values())
    assert [s.id for s in scenario.warnings] == ["warning1", "warning2"]


def test_note_is_written_before_any_audio_then_hangup_after_pad(
    flow: CriticalFlow, effects: Effects, clock: Clock
) -> None:
    finished: list[EndingFinished] = []
    flow.on_finished(finished.append)
    assert flow.end_call("c1")
    assert effects.kinds() == ["begin", "play"]
    assert effects.log[1][2:4] == ("it", "farewell.wav")  # caller's language
    flow.handle(PromptFinished("c1", effects.last_token(), played_ms=4200, completed=True))
    clock.advance(0.499)
    assert "hangup" not in effects.kinds()  # the pad protects the last words
    clock.advance(0.002)
    assert effects.kinds()[-1] == "hangup"
    flow.handle(disconnected(EndedBy.LOCAL))
    kind, note, details = effects.log[-1]
    assert (kind, note) == ("complete", "note-1")
    assert details["hung_up_by"] == "agent" and details["played_ms"] == 4200  # type: ignore[index]
    assert finished and finished[0].customer_id == "cust-9"


def test_second_click_is_ignored(flow: CriticalFlow, effects: Effects) -> None:
    assert flow.end_call("c1")
    assert not flow.end_call("c1")
    assert effects.kinds().count("play") == 1


def test_caller_hangs_up_during_prompt(flow: CriticalFlow, effects: Effects, clock: Clock) -> None:
    flow.end_call("c1")
    clock.advance(1.5)
    flow.handle(disconnected(EndedBy.REMOTE))
    _, _, details = effects.log[-1]
    assert details["hung_up_by"] == "caller"  # type: ignore[index]
    assert details["played_ms"] == 1500  # type: ignore[index]
    assert "hangup" not in effects.kinds()
    clock.advance(60)  # no timer fires after the call is gone
    assert effects.kinds()[-1] == "complete"


def test_missing_prompt_hangs_up_at_once(
    scenario: Scenario, clock: Clock, effects: Effects, tmp_path: Path
) -> None:
    farewell = Step("farewell", "farewell", "Farewell", prompts={"en": tmp_path / "gone.wav"})
    broken = Scenario("x", "x", (farewell,))
    flow = CriticalFlow(effects, effects, broken, clock.schedule, agent="a", default_language="en")  # type: ignore[arg-type]
    flow.handle(CallStateChanged("c1", CallState.CONNECTED, Direction.INBOUND))
    assert flow.end_call("c1")
    assert effects.kinds() == ["begin", "hangup"]
    flow.handle(disconnected(EndedBy.LOCAL))
    assert effects.log[-1][2]["farewell_missing"] is True  # type: ignore[index]


def test_prompt_failure_still_hangs_up(flow: CriticalFlow, effects: Effects) -> None:
    flow.end_call("c1")
    flow.handle(CommandFailed("play_prompt", "player broke", call_id="c1"))
    assert effects.kinds()[-1] == "hangup"


def test_max_duration_cuts_the_prompt(
    flow: CriticalFlow, effects: Effects, clock: Clock, scenario: Scenario
) -> None:
    flow.end_call("c1")
    clock.advance(scenario.max_prompt_seconds + 0.01)
    assert effects.kinds()[-2:] == ["stop", "hangup"]


def test_click_during_hold_resumes_first(
    flow: CriticalFlow, effects: Effects, clock: Clock
) -> None:
    flow.handle(CallMediaChanged("c1", active=False, local_hold=True))
    flow.end_call("c1")
    assert effects.kinds() == ["begin", "hold"] and effects.log[1][2] is False
    assert flow.phase("c1") is Phase.RESUMING
    flow.handle(CallMediaChanged("c1", active=True, local_hold=False))
    assert effects.kinds()[-1] == "play"


def test_hold_that_never_resumes_still_ends(
    flow: CriticalFlow, effects: Effects, clock: Clock
) -> None:
    flow.handle(CallMediaChanged("c1", active=False, local_hold=True))
    flow.end_call("c1")
    clock.advance(2.1)
    assert effects.kinds()[-1] == "hangup"


def test_warnings_are_steps_of_the_same_note(
    flow: CriticalFlow, effects: Effects, clock: Clock
) -> None:
    assert flow.warn("c1", "warning1")
    flow.handle(PromptFinished("c1", effects.last_token(), played_ms=3000, completed=True))
    assert flow.phase("c1") is Phase.IDLE
    assert flow.warn("c1", "warning2")
    flow.end_call("c1")  # interrupts warning 2
    assert effects.kinds() == ["begin", "play", "step", "play", "stop", "step", "play"]
    assert [e[2] for e in effects.log if e[0] in ("begin", "step")] == [
        "warning1",
        "warning2",
        "farewell",
    ]


def test_warning_only_call_is_completed_as_warnings_only(
    flow: CriticalFlow, effects: Effects
) -> None:
    finished: list[EndingFinished] = []
    flow.on_finished(finished.append)
    flow.warn("c1", "warning1")
    flow.handle(disconnected(EndedBy.LOCAL))
    assert effects.log[-1][2]["details"]["outcome"] == "warnings_only"  # type: ignore[index]
    assert not finished


def test_hangup_without_disconnect_is_completed_by_watchdog(
    flow: CriticalFlow, effects: Effects, clock: Clock
) -> None:
    flow.end_call("c1")
    flow.handle(PromptFinished("c1", effects.last_token(), played_ms=10, completed=True))
    clock.advance(10)
    assert effects.kinds()[-1] == "complete"


def test_prompt_choice_falls_back(tmp_path: Path) -> None:
    en = tmp_path / "en.wav"
    en.write_bytes(b"RIFF")
    step = Step("s", "farewell", "s", prompts={"en": en, "it": tmp_path / "missing.wav"})
    choice = choose_prompt(step, "it", "de")
    assert choice is not None and choice.language == "en" and choice.fallback
    assert choose_prompt(Step("s", "farewell", "s"), "it", "en") is None


class FullDiskJournal(Effects):
    def begin_critical(self, **kw: object) -> str:
        self.log.append(("begin-failed", kw["call_id"]))
        raise OSError(28, "No space left on device")


def test_full_disk_still_plays_and_hangs_up(scenario: Scenario, clock: Clock) -> None:
    effects = FullDiskJournal()
    errors: list[tuple[str, str]] = []
    flow = CriticalFlow(
        effects, effects, scenario, clock.schedule, agent="a", default_language="en"
    )  # type: ignore[arg-type]
    flow.on_error(lambda call_id, message: errors.append((call_id, message)))
    flow.handle(CallStateChanged("c1", CallState.CONNECTED, Direction.INBOUND))
    assert flow.end_call("c1")
    assert effects.kinds() == ["begin-failed", "play"]
    assert errors and "No space" in errors[0][1]
    flow.handle(PromptFinished("c1", effects.last_token(), played_ms=100, completed=True))
    clock.advance(1)
    assert effects.kinds()[-1] == "hangup"
    flow.handle(disconnected(EndedBy.LOCAL))
    assert effects.kinds()[-1] == "begin-failed"  # retried once after the call, reported
    assert len(errors) == 2
