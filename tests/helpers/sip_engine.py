"""Fixtures for the real SipEngine: a started engine with an event log, and peer processes.

`sip_engine` (function scope) gives an EngineHarness around a SipEngine living in this
test's QApplication (pytest-qt); it is shut down at teardown. `peers` starts
`python -m softphone.sip.peer` processes on demand and stops all of them at teardown.
`desk` combines them with `kamailio`: the engine registered as "agent" and a peer
registered as "customer".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from softphone.core.backoff import Backoff
from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    EngineStarted,
    IncomingCall,
    RegistrationChanged,
    SipEvent,
)
from softphone.core.models import (
    AccountConfig,
    AudioPrefs,
    CallState,
    EngineOptions,
    RegState,
    Transport,
)
from tests.helpers.kamailio import USERS, Kamailio
from tests.helpers.peer import PeerProcess
from tests.helpers.ports import rtp_base

E = TypeVar("E", bound=SipEvent)


class EngineEvents:
    """Every event the engine delivered (on the GUI thread), and waits on them."""

    def __init__(self, qtbot: Any) -> None:
        self._qtbot = qtbot
        self.events: list[SipEvent] = []

    def __call__(self, event: SipEvent) -> None:
        self.events.append(event)

    def mark(self) -> int:
        return len(self.events)

    def find(
        self,
        kind: type[E],
        pred: Callable[[E], bool] | None = None,
        *,
        after: int = 0,
        **match: Any,
    ) -> list[E]:
        out: list[E] = []
        for event in self.events[after:]:
            if not isinstance(event, kind):
                continue
            if any(getattr(event, k) != v for k, v in match.items()):
                continue
            if pred is None or pred(event):
                out.append(event)
        return out

    def wait_for(
        self,
        kind: type[E],
        pred: Callable[[E], bool] | None = None,
        *,
        timeout: float = 10.0,
        after: int = 0,
        **match: Any,
    ) -> E:
        """The first event of `kind` (index >= after) with fields equal to `match`."""
        found: list[E] = []

        def check() -> None:
            found[:] = self.find(kind, pred, after=after, **match)
            assert found, f"no {kind.__name__} {match} yet; last events:\n{self.tail()}"

        self._qtbot.waitUntil(check, timeout=int(timeout * 1000))
        return found[0]

    def tail(self, count: int = 12) -> str:
        return "\n".join(f"  {e!r}"[:400] for e in self.events[-count:])


class EngineHarness:
    """A SipEngine plus what tests keep needing: options, account set-up, events."""

    def __init__(self, engine: Any, events: EngineEvents, log_dir: Path) -> None:
        self.engine = engine
        self.events = events
        self.log_dir = log_dir
        self.options = EngineOptions()

    def start(self, **overrides: Any) -> EngineStarted:
        values: dict[str, Any] = {
            "bind_address": "127.0.0.1",
            "rtp_port": rtp_base(),
            "no_network_shutdown": True,
            "log_dir": str(self.log_dir),
            "user_agent": "softphone-test",
        }
        values.update(overrides)
        self.options = EngineOptions(**values)
        self.engine.start(self.options, AudioPrefs())
        return self.events.wait_for(EngineStarted)

    def set_options(self, **changes: Any) -> None:
        values = {**self.options.__dict__, **changes}
        self.options = EngineOptions(**values)
        self.engine.set_options(self.options)

    def account(
        self, kamailio: Kamailio, user: str = "agent", *, transport: str = "udp", **kw: Any
    ) -> AccountConfig:
        return AccountConfig(
            domain=kamailio.domain,
            username=user,
            display_name=kw.pop("display_name", "Agent Smith"),
            transport=Transport(transport),
            expires=kw.pop("expires", 60),
            **kw,
        )

    def register(
        self,
        kamailio: Kamailio,
        user: str = "agent",
        *,
        password: str | None = None,
        transport: str = "udp",
        **kw: Any,
    ) -> RegistrationChanged:
        mark = self.events.mark()
        account = self.account(kamailio, user, transport=transport, **kw)
        self.engine.configure_account(account, USERS[user] if password is None else password)
        return self.events.wait_for(
            RegistrationChanged, after=mark, state=RegState.REGISTERED, timeout=10
        )


@pytest.fixture(scope="session")
def ringtone_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from softphone.sip.tones import ensure_ringtone

    return ensure_ringtone(tmp_path_factory.mktemp("sounds"))


@pytest.fixture
def sip_engine(qtbot: Any, tmp_path: Path, ringtone_wav: Path) -> Iterator[EngineHarness]:
    """A real SipEngine (not started: call .start()), shut down at teardown."""
    from softphone.sip.engine import SipEngine

    engine = SipEngine(ringtone=ringtone_wav, retry_backoff=Backoff(base=0.5, factor=2, cap=2))
    events = EngineEvents(qtbot)
    engine.subscribe(events)
    harness = EngineHarness(engine, events, tmp_path)
    try:
        yield harness
    finally:
        engine.shutdown()


class Peers:
    """Starts peer processes for a test; all stopped at teardown."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.started: list[PeerProcess] = []

    def start(self, name: str, **kw: Any) -> PeerProcess:
        peer = PeerProcess(name, self.log_dir, **kw)
        self.started.append(peer)
        return peer.start()

    def registered(
        self, name: str, kamailio: Kamailio, *, transport: str = "udp", **kw: Any
    ) -> PeerProcess:
        """A peer registered at Kamailio as user `name` (a key of USERS)."""
        peer = self.start(name, **kw)
        peer.register(kamailio.registrar_uri(transport), name, USERS[name], transport=transport)
        return peer

    def stop_all(self) -> None:
        for peer in self.started:
            with contextlib.suppress(Exception):
                peer.stop()


@pytest.fixture
def peers(tmp_path: Path) -> Iterator[Peers]:
    group = Peers(tmp_path)
    try:
        yield group
    finally:
        group.stop_all()


CALLER_NUMBER = "+390612345678"


@dataclass
class Desk:
    """An agent's engine registered at Kamailio, and a customer peer registered too."""

    engine: EngineHarness
    kamailio: Kamailio
    customer: PeerProcess

    def incoming_from_customer(
        self, headers: dict[str, str] | None = None, *, pai: str | None = None
    ) -> IncomingCall:
        """The customer calls the agent through Kamailio; returns the engine's IncomingCall."""
        mark = self.engine.events.mark()
        identity = pai if pai is not None else f'"Mario Rossi" <sip:{CALLER_NUMBER}@127.0.0.1>'
        all_headers = {"P-Asserted-Identity": identity} if identity else {}
        all_headers.update(headers or {})
        self.customer.command("call", uri=self.kamailio.uri("agent"), headers=all_headers)
        return self.engine.events.wait_for(IncomingCall, after=mark)

    def connected_call(self) -> str:
        """An incoming call answered by the agent, media up on both sides."""
        peer_mark = self.customer.mark()
        call = self.incoming_from_customer()
        self.engine.engine.answer(call.call_id)
        events = self.engine.events
        events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)
        events.wait_for(CallMediaChanged, call_id=call.call_id, active=True)
        self.customer.wait_for("call_state", after=peer_mark, state="CONFIRMED")
        return call.call_id


@pytest.fixture
def desk(sip_engine: EngineHarness, kamailio: Kamailio, peers: Peers) -> Iterator[Desk]:
    sip_engine.start()
    sip_engine.register(kamailio)
    customer = peers.registered("customer", kamailio)
    yield Desk(sip_engine, kamailio, customer)
