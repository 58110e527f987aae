"""The critical-situation flow: warnings, then farewell and hang-up, journaled write-ahead.

Pure logic: it talks to the SIP engine, the note journal and a scheduler through ports,
so it runs the same under the real engine, FakeSip and plain unit tests. It never lets
the agent down: whatever fails (no prompt file, the player, the hold), the call ends.
"""

from __future__ import annotations

import enum
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    CommandFailed,
    PromptFinished,
    SipEvent,
)
from softphone.core.models import CallState, EndedBy
from softphone.core.ports import Cancellable, NoteJournal, Scheduler, SipControl
from softphone.core.scenario import Scenario, Step, choose_prompt

log = logging.getLogger("softphone.critical")

HOLD_RESUME_TIMEOUT = 2.0  # seconds to wait for media after resuming a held call
HANGUP_WATCHDOG = 5.0  # seconds after our BYE before we give up waiting for DISCONNECTED


class Phase(enum.StrEnum):
    IDLE = "idle"
    WARNING = "warning"  # a warning prompt is playing
    RESUMING = "resuming"  # call was on hold: waiting for media before the farewell
    FAREWELL = "farewell"  # the farewell prompt is playing
    HANGING_UP = "hanging_up"
    ENDED = "ended"


@dataclass
class CallContext:
    """What the flow knows about one call."""

    call_id: str
    customer_id: str = ""
    language: str = ""
    state: CallState = CallState.CONNECTED
    on_hold: bool = False
    phase: Phase = Phase.IDLE
    note_id: str = ""
    steps: list[str] = field(default_factory=list)
    token: str = ""
    prompt_started: float = 0.0
    played_ms: int = 0
    prompt_language: str = ""
    farewell_missing: bool = False
    timers: list[Cancellable] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)

    def cancel_timers(self) -> None:
        for timer in self.timers:
            timer.cancel()
        self.timers.clear()


@dataclass(frozen=True)
class EndingFinished:
    """Told to observers when a critical ending is complete (the note is final)."""

    call_id: str
    note_id: str
    customer_id: str
    hung_up_by: str
    played_ms: int
    farewell_missing: bool


class CriticalFlow:
    """Runs the critical-situation script for the calls it is told about."""

    def __init__(
        self,
        sip: SipControl,
        journal: NoteJournal,
        scenario: Scenario,
        schedule: Scheduler,
        *,
        agent: str,
        default_language: str,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._sip = sip
        self._journal = journal
        self.scenario = scenario
        self._schedule = schedule
        self.agent = agent
        self.default_language = default_language
        self._monotonic = monotonic
        self._wall = wall
        self._calls: dict[str, CallContext] = {}
        self._observers: list[Callable[[EndingFinished], None]] = []
        self._step_observers: list[Callable[[str, str], None]] = []
        self._error_observers: list[Callable[[str, str], None]] = []

    # -- wiring ----------------------------------------------------------------
    def on_finished(self, observer: Callable[[EndingFinished], None]) -> None:
        self._observers.append(observer)

    def on_step(self, observer: Callable[[str, str], None]) -> None:
        """observer(call_id, step_id) after a step was journaled and its prompt started."""
        self._step_observers.append(observer)

    def on_error(self, observer: Callable[[str, str], None]) -> None:
        """observer(call_id, message) when the note could not be written (the call still ends)."""
        self._error_observers.append(observer)

    def track(self, call_id: str, *, customer_id: str = "", language: str = "") -> None:
        """Tell the flow who is on a call (from the customer card)."""
        ctx = self._calls.setdefault(call_id, CallContext(call_id))
        ctx.customer_id = customer_id or ctx.customer_id
        ctx.language = language or ctx.language

    def phase(self, call_id: str) -> Phase:
        ctx = self._calls.get(call_id)
        return ctx.phase if ctx else Phase.IDLE

    def is_ending(self, call_id: str) -> bool:
        return self.phase(call_id) in (Phase.RESUMING, Phase.FAREWELL, Phase.HANGING_UP)

    # -- agent's actions -----------------------------------------------------
    def warn(self, call_id: str, step_id: str) -> bool:
        """Play a warning step into the call; returns False if it was not possible."""
        ctx = self._calls.get(call_id)
        if ctx is None or ctx.state is not CallState.CONNECTED or self.is_ending(call_id):
            return False
        step = self.scenario.step(step_id)
        self._journal_step(ctx, step.id)
        if ctx.phase is Phase.WARNING:
            self._sip.stop_prompt(call_id, ctx.token)
        ctx.phase = Phase.WARNING
        if not self._play(ctx, step):
            ctx.phase = Phase.IDLE
            return False
        return True

    def end_call(self, call_id: str) -> bool:
        """The Critical situation button: farewell, hang up, note. Ignored if already ending."""
        ctx = self._calls.get(call_id)
        if ctx is None or ctx.state is CallState.DISCONNECTED or self.is_ending(call_id):
            return False
        if ctx.phase is Phase.WARNING:
            self._sip.stop_prompt(call_id, ctx.token)
        self._journal_step(ctx, self.scenario.farewell.id)  # durable before any audio
        if ctx.state is not CallState.CONNECTED:
            # Ringing or not yet confirmed: nothing can be heard; end it now.
            ctx.details["farewell"] = "not played: call not connected"
            self._hang_up(ctx)
            return True
        if ctx.on_hold:
            ctx.phase = Phase.RESUMING
            self._sip.set_hold(call_id, False)
            ctx.timers.append(
                self._schedule(HOLD_RESUME_TIMEOUT, lambda: self._resume_timed_out(call_id))
            )
            return True
        self._start_farewell(ctx)
        return True

    # -- engine events -------------------------------------------------------
    def handle(self, event: SipEvent) -> None:
        if isinstance(event, CallStateChanged):
            self._on_call_state(event)
        elif isinstance(event, CallMediaChanged):
            self._on_media(event)
        elif isinstance(event, PromptFinished):
            self._on_prompt_finished(event)
        elif isinstance(event, CommandFailed) and event.command == "play_prompt":
            self._on_prompt_failed(event)

    def _on_call_state(self, event: CallStateChanged) -> None:
        ctx = self._calls.get(event.call_id)
        if ctx is None:
            if event.state is CallState.DISCONNECTED:
                return
            ctx = self._calls[event.call_id] = CallContext(event.call_id)
        ctx.state = event.state
        if event.state is not CallState.DISCONNECTED:
            return
        ctx.cancel_timers()
        if ctx.phase in (Phase.WARNING, Phase.FAREWELL):
            ctx.played_ms = self._elapsed_ms(ctx)
            ctx.details["prompt_interrupted"] = "caller hung up during the prompt"
        if ctx.note_id or ctx.steps:
            hung_up_by = (
                "agent"
                if ctx.phase is Phase.HANGING_UP or event.ended_by is EndedBy.LOCAL
                else "caller"
                if event.ended_by is EndedBy.REMOTE
                else "error"
            )
            self._complete(ctx, hung_up_by, event.code)
        ctx.phase = Phase.ENDED
        self._calls.pop(event.call_id, None)

    def _on_media(self, event: CallMediaChanged) -> None:
        ctx = self._calls.get(event.call_id)
        if ctx is None:
            return
        ctx.on_hold = event.local_hold
        if ctx.phase is Phase.RESUMING and event.active and not event.local_hold:
            ctx.cancel_timers()
            self._start_farewell(ctx)

    def _on_prompt_finished(self, event: PromptFinished) -> None:
        ctx = self._calls.get(event.call_id)
        if ctx is None or event.token != ctx.token:
            return
        ctx.played_ms = event.played_ms or self._elapsed_ms(ctx)
        if ctx.phase is Phase.WARNING:
            ctx.phase = Phase.IDLE
        elif ctx.phase is Phase.FAREWELL:
            ctx.cancel_timers()
            # Pad before the BYE: the caller's jitter buffer still holds the last words.
            ctx.timers.append(
                self._schedule(self.scenario.pad_after_ms / 1000, lambda: self._hang_up(ctx))
            )

    def _on_prompt_failed(self, event: CommandFailed) -> None:
        ctx = self._calls.get(event.call_id)
        if ctx is None:
            return
        log.warning("prompt failed on call %s: %s", event.call_id, event.message)
        ctx.details["prompt_error"] = event.message
        if ctx.phase is Phase.FAREWELL:
            ctx.cancel_timers()
            self._hang_up(ctx)
        elif ctx.phase is Phase.WARNING:
            ctx.phase = Phase.IDLE

    # -- internals -------------------------------------------------------------
    def _start_farewell(self, ctx: CallContext) -> None:
        ctx.phase = Phase.FAREWELL
        if not self._play(ctx, self.scenario.farewell):
            ctx.farewell_missing = True
            self._hang_up(ctx)
            return
        limit = self.scenario.max_prompt_seconds
        ctx.timers.append(self._schedule(limit, lambda: self._prompt_timed_out(ctx)))

    def _play(self, ctx: CallContext, step: Step) -> bool:
        choice = choose_prompt(step, ctx.language, self.default_language)
        if choice is None:
            log.error("no prompt file for step %s in any language", step.id)
            ctx.details[f"{step.id}_prompt"] = "missing"
            return False
        ctx.token = uuid.uuid4().hex
        ctx.prompt_started = self._monotonic()
        ctx.prompt_language = choice.language
        ctx.details[f"{step.id}_language"] = choice.language
        self._sip.play_prompt(ctx.call_id, str(choice.path), ctx.token, mute_microphone=True)
        for observer in list(self._step_observers):
            observer(ctx.call_id, step.id)
        return True

    def _prompt_timed_out(self, ctx: CallContext) -> None:
        if ctx.phase is Phase.FAREWELL:
            ctx.details["farewell"] = "cut at the maximum duration"
            ctx.played_ms = self._elapsed_ms(ctx)
            self._sip.stop_prompt(ctx.call_id, ctx.token)
            self._hang_up(ctx)

    def _resume_timed_out(self, call_id: str) -> None:
        ctx = self._calls.get(call_id)
        if ctx is not None and ctx.phase is Phase.RESUMING:
            ctx.details["farewell"] = "not played: the call could not be taken off hold"
            self._hang_up(ctx)

    def _hang_up(self, ctx: CallContext) -> None:
        if ctx.phase in (Phase.HANGING_UP, Phase.ENDED):
            return
        ctx.cancel_timers()
        ctx.phase = Phase.HANGING_UP
        self._sip.hangup(ctx.call_id)
        ctx.timers.append(self._schedule(HANGUP_WATCHDOG, lambda: self._hangup_stuck(ctx)))

    def _hangup_stuck(self, ctx: CallContext) -> None:
        if ctx.phase is Phase.HANGING_UP and ctx.call_id in self._calls:
            log.error("no DISCONNECTED %.0f s after hangup of %s", HANGUP_WATCHDOG, ctx.call_id)
            ctx.details["hangup"] = "no confirmation from the network"
            self._complete(ctx, "agent", 0)
            ctx.phase = Phase.ENDED
            self._calls.pop(ctx.call_id, None)

    def _journal_step(self, ctx: CallContext, step_id: str) -> None:
        """Write the step ahead of its audio. A failing journal never stops the ending."""
        wall = self._wall().isoformat()
        ctx.steps.append(f"{step_id}@{wall}")
        try:
            if not ctx.note_id:
                ctx.note_id = self._journal.begin_critical(
                    call_id=ctx.call_id,
                    customer_id=ctx.customer_id,
                    agent=self.agent,
                    step=step_id,
                    wall=wall,
                    monotonic=self._monotonic(),
                )
            else:
                self._journal.record_step(ctx.note_id, step_id, wall)
        except Exception as exc:  # full disk, locked DB...: end the call anyway
            log.exception("could not journal step %s of call %s", step_id, ctx.call_id)
            ctx.details["journal_error"] = str(exc)
            self._report_error(ctx.call_id, str(exc))

    def _report_error(self, call_id: str, message: str) -> None:
        for observer in list(self._error_observers):
            observer(call_id, message)

    def _complete(self, ctx: CallContext, hung_up_by: str, sip_status: int) -> None:
        if not ctx.note_id:
            # The write-ahead failed earlier (e.g. full disk): one more try now the
            # call is over, so the note exists if space was freed meanwhile.
            try:
                ctx.note_id = self._journal.begin_critical(
                    call_id=ctx.call_id,
                    customer_id=ctx.customer_id,
                    agent=self.agent,
                    step=ctx.steps[0].partition("@")[0] if ctx.steps else "farewell",
                    wall=self._wall().isoformat(),
                    monotonic=self._monotonic(),
                )
            except Exception as exc:
                log.exception("the critical note of call %s is lost", ctx.call_id)
                self._report_error(ctx.call_id, str(exc))
                return
        if ctx.prompt_language:
            ctx.details["prompt_language"] = ctx.prompt_language
        ended_with_farewell = any(s.startswith(self.scenario.farewell.id + "@") for s in ctx.steps)
        ctx.details["outcome"] = "critical_ending" if ended_with_farewell else "warnings_only"
        ctx.details["steps"] = " ".join(ctx.steps)
        try:
            self._journal.complete_critical(
                ctx.note_id,
                played_ms=ctx.played_ms,
                hung_up_by=hung_up_by,
                sip_status=sip_status,
                farewell_missing=ctx.farewell_missing,
                details=dict(ctx.details),
            )
        except Exception as exc:  # the started note stays; recovery marks it
            log.exception("could not complete note %s", ctx.note_id)
            self._report_error(ctx.call_id, str(exc))
        if ended_with_farewell:
            finished = EndingFinished(
                ctx.call_id,
                ctx.note_id,
                ctx.customer_id,
                hung_up_by,
                ctx.played_ms,
                ctx.farewell_missing,
            )
            for observer in list(self._observers):
                observer(finished)

    def _elapsed_ms(self, ctx: CallContext) -> int:
        if not ctx.prompt_started:
            return 0
        return int((self._monotonic() - ctx.prompt_started) * 1000)
