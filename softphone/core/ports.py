"""Ports: the interfaces the UI and the flows use, implemented by sip/, store/, secrets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from softphone.core.events import SipEvent
from softphone.core.models import AccountConfig, AudioPrefs, EngineOptions
from softphone.core.records import Customer, HistoryEntry

EventHandler = Callable[[SipEvent], None]


class SipControl(Protocol):
    """Commands to the SIP engine. Every method returns at once; results come as events.

    Events are delivered to subscribers on the thread that subscribed (the GUI thread),
    in the order the engine produced them.
    """

    def subscribe(self, handler: EventHandler) -> None: ...

    def start(self, options: EngineOptions, audio: AudioPrefs) -> None: ...

    def set_options(self, options: EngineOptions) -> None: ...

    def configure_account(self, account: AccountConfig, password: str) -> None:
        """Register with these details (replaces the current account)."""

    def unregister(self) -> None: ...

    def make_call(self, uri: str) -> None: ...

    def answer(self, call_id: str) -> None: ...

    def reject(self, call_id: str, code: int = 486) -> None: ...

    def hangup(self, call_id: str) -> None: ...

    def set_hold(self, call_id: str, on_hold: bool) -> None: ...

    def set_mute(self, call_id: str, muted: bool) -> None: ...

    def send_dtmf(self, call_id: str, digits: str) -> None: ...

    def transfer(self, call_id: str, uri: str) -> None: ...

    def set_audio(self, audio: AudioPrefs) -> None: ...

    def play_prompt(
        self, call_id: str, path: str, token: str, *, mute_microphone: bool = True
    ) -> None:
        """Play a WAV into the call and the agent's ear; PromptFinished(token) when done.

        With mute_microphone the agent's capture is cut from the call while it plays and
        restored afterwards (unless the agent had muted it themselves).
        """

    def stop_prompt(self, call_id: str, token: str) -> None: ...

    def refresh_devices(self) -> None: ...

    def start_audio_test(self, mode: str) -> None:
        """ "tone": a tone on the headset; "loopback": the microphone back into the headset.

        AudioTestLevels events follow until stop_audio_test(), a call, or a failure.
        """

    def stop_audio_test(self) -> None: ...

    def shutdown(self) -> None:
        """Stop the engine; blocks until pjsua2 is destroyed."""


class SecretStore(Protocol):
    """The OS keychain. Raises SecretStoreUnavailable when it cannot be used."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...

    def available(self) -> tuple[bool, str]:
        """(usable, human-readable backend name or reason it is not)."""


class CustomerDirectory(Protocol):
    """Where the card gets customers and history: the local cache now, the server later.

    Calls may block for a few milliseconds; callers keep them off the GUI thread when
    they can be slow (big history pages, searches).
    """

    def lookup_phone(self, e164: str) -> list[Customer]: ...

    def get(self, customer_id: str) -> Customer | None: ...

    def search(self, text: str, limit: int = 50) -> list[Customer]: ...

    def history(
        self, customer_id: str, *, offset: int = 0, limit: int = 50, search: str = ""
    ) -> list[HistoryEntry]: ...

    def history_count(self, customer_id: str, *, search: str = "") -> int: ...

    def create_customer(self, name: str, phone_e164: str, language: str = "") -> Customer: ...

    def link_phone(self, customer_id: str, phone_e164: str) -> None: ...

    def record_reveal(
        self, customer_id: str, agent: str, fields: tuple[str, ...], reason: str
    ) -> None:
        """Audit that `agent` unmasked a VIP's `fields` and why."""


class Cancellable(Protocol):
    def cancel(self) -> None: ...


Scheduler = Callable[[float, Callable[[], None]], Cancellable]
"""schedule(delay_seconds, callback): run callback later on the same thread."""


class NoteJournal(Protocol):
    """The write-ahead journal of critical situations (implemented by the local store)."""

    def begin_critical(
        self,
        *,
        call_id: str,
        customer_id: str,
        agent: str,
        step: str,
        wall: str,
        monotonic: float,
    ) -> str:
        """Insert the note (state started) and its outbox row durably; returns the note id."""

    def record_step(self, note_id: str, step: str, wall: str) -> None: ...

    def complete_critical(
        self,
        note_id: str,
        *,
        played_ms: int,
        hung_up_by: str,
        sip_status: int,
        farewell_missing: bool,
        details: dict[str, str],
    ) -> None: ...

    def annotate(
        self, note_id: str, *, reason: str, text: str, medical_possible: bool | None
    ) -> None:
        """The agent's own words after the call (the post-call editor); synced like the rest."""
