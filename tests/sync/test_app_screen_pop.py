"""The app's screen pop with a sync server configured (the real wiring: gui.start with
FakeSip, the real SyncService and a real server on loopback).

A number the local cache does not know is looked up on the server from the card's lookup
thread; the card and recent history appear and are cached, so the next ring is local even
with the server gone. An unreachable, silent or token-refusing server gives the unknown
caller card as before, and the GUI keeps running while the lookup waits.
"""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from softphone.app import gui
from softphone.core.records import Customer
from softphone.protocol.events import EventBatch, NoteEvent
from softphone.server import accounts
from softphone.server.csv_import import import_text
from softphone.server.db import Database
from softphone.server.models import Customer as ServerCustomer
from softphone.sip.fake import FakeSip
from softphone.store.localstore import LocalStore
from softphone.sync.client import SyncClient, normalise_url
from softphone.sync.puller import cursor_key
from softphone.ui.card.screen_pop import ScreenPop
from tests.helpers.desk_app import DeskApp, start_desk
from tests.helpers.memory_secrets import MemorySecrets
from tests.helpers.sync_server import ThreadedServer, add_agent

LOCAL = "+390612345678"  # Mario, in the desk's cache
SERVER_ONLY = "+5511912345678"  # Ana, known only to the server
NOBODY = "+390699999999"
CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
C-9,Ana Souza,pt,retail,+5511912345678,,,,vip
"""
BOB_SAYS = "Asked for a callback about the invoice"


class BlackHole:
    """A TCP listener that takes requests and never answers (a hung server or proxy).
    Records each request line; close() drops every connection."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self.requests: list[str] = []
        self._thread = threading.Thread(target=self._accept, name="black-hole", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        data = b""
        try:
            while b"\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
        except OSError:
            return
        with self._lock:
            self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))

    def lookups(self) -> list[str]:
        with self._lock:
            return [r for r in self.requests if "/customers/lookup" in r]

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for conn in self._connections:
                conn.close()
        self._thread.join(5)


@dataclass
class Desk:
    running: gui.Running
    sip: FakeSip
    store_path: Path
    pop: ScreenPop


StartApp = Callable[[str, str], Desk]


@pytest.fixture
def start_app(qtbot: QtBot, tmp_path: Path) -> Iterator[StartApp]:
    """start_app(server_url, token) → the app, with Mario cached locally, on FakeSip."""
    started: list[DeskApp] = []

    def start(server_url: str, token: str) -> Desk:
        desk = start_desk(
            qtbot,
            tmp_path,
            settings={
                "sip.domain": "pbx.example.com",
                "sip.username": "alice",
                "general.agent_name": "alice",
                "general.server_url": server_url,
                "calls.default_region": "IT",
                "critical.recovery_seconds": 0,
            },
            secrets=MemorySecrets(
                {
                    f"server-token:{normalise_url(server_url)}": token,
                    "sip:alice@pbx.example.com": "pw",
                }
            ),
            customers=[Customer(id="", name="Mario", language="it", phones=(LOCAL,))],
        )
        started.append(desk)
        assert desk.running.features is not None
        return Desk(desk.running, desk.sip, desk.store_path, desk.running.features.screen_pop)

    yield start
    for desk in started:
        desk.stop()


def _history_texts(pop: ScreenPop) -> list[str]:
    model = pop.history.model
    return [entry.text for row in range(model.rowCount()) if (entry := model.entry(row))]


def _card_of(pop: ScreenPop, call_id: str, name: str) -> Callable[[], bool]:
    def shown() -> bool:
        return (
            pop.current_call_id() == call_id
            and pop.area.current() is pop.card
            and pop.card.name.full_text() == name
        )

    return shown


def _unknown_for(pop: ScreenPop, call_id: str) -> Callable[[], bool]:
    def shown() -> bool:
        return pop.current_call_id() == call_id and pop.area.current() is pop.unknown

    return shown


def _seed_server(db_url: str, server_url: str) -> str:
    """Ana (VIP) on the server only, with a note another agent wrote about her."""
    db = Database(db_url, pool_size=1)
    try:
        import_text(db, CSV, source="test")
        with db.reading() as session:
            ana = str(session.query(ServerCustomer).filter_by(number="C-9").one().id)
    finally:
        db.dispose()
    bob = add_agent(db_url, "bob")
    note = NoteEvent(
        id=str(uuid.uuid4()),
        kind="manual",
        created_at=datetime.now(UTC),
        customer_id=ana,
        text=BOB_SAYS,
    )
    with SyncClient(server_url, bob) as client:
        result = client.post_events(EventBatch(notes=[note]))
    assert result.accepted == 1, result
    return ana


def test_a_customer_known_only_to_the_server_pops_then_is_cached(
    qtbot: QtBot,
    start_app: StartApp,
    server: ThreadedServer,
    server_db_url: str,
    token: str,
) -> None:
    app = start_app(server.url, token)
    sip, pop, desk = app.sip, app.pop, app.store_path

    # The puller's first pull is done (its next one is 30 s away): Ana, added to the
    # server now, reaches this desk only through the card's lookup.
    def pulled_once() -> bool:
        with LocalStore.open(desk) as store:
            return store.sync_value(cursor_key(normalise_url(server.url))) is not None

    qtbot.waitUntil(pulled_once, timeout=15_000)
    ana = _seed_server(server_db_url, server.url)
    with LocalStore.open(desk) as store:
        assert store.directory.lookup_phone(SERVER_ONLY) == []

    call = sip.simulate_incoming(SERVER_ONLY, "Ana")
    qtbot.waitUntil(_card_of(pop, call, "Ana Souza"), timeout=10_000)
    qtbot.waitUntil(lambda: BOB_SAYS in _history_texts(pop), timeout=5000)
    assert pop.customer_for_call(call) is not None
    assert pop.card.customer is not None and pop.card.customer.id == ana
    sip.reject(call)

    # Cached: card, flags and the other agent's note are on this desk now.
    with LocalStore.open(desk) as store:
        (cached,) = store.directory.lookup_phone(SERVER_ONLY)
        assert cached.id == ana and cached.name == "Ana Souza"
        assert any(e.text == BOB_SAYS for e in store.directory.history(ana))

    # A number nobody knows: the unknown-caller card (the server was asked, said no).
    call = sip.simulate_incoming(NOBODY)
    qtbot.waitUntil(_unknown_for(pop, call), timeout=10_000)
    sip.reject(call)

    # The server goes away: the next ring is answered from the local cache.
    server.stop()
    call = sip.simulate_incoming(SERVER_ONLY, "Ana")
    qtbot.waitUntil(_card_of(pop, call, "Ana Souza"), timeout=5000)
    qtbot.waitUntil(lambda: BOB_SAYS in _history_texts(pop), timeout=5000)
    sip.reject(call)


def test_a_silent_server_never_stalls_the_ring_and_local_hits_skip_it(
    qtbot: QtBot, start_app: StartApp
) -> None:
    hole = BlackHole()
    try:
        app = start_app(hole.url, "spa_token")
        sip, pop = app.sip, app.pop

        # A local hit: the card at once, and the server is not asked.
        call = sip.simulate_incoming(LOCAL, "Mario")
        qtbot.waitUntil(_card_of(pop, call, "Mario"), timeout=5000)
        assert hole.lookups() == []
        sip.reject(call)

        # A local miss: the lookup thread waits on the silent server while the GUI shows
        # "Looking up…" and keeps running (a GUI-thread timer keeps ticking).
        ticks: list[int] = []
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        call = sip.simulate_incoming(SERVER_ONLY, "Ana")
        qtbot.waitUntil(lambda: len(hole.lookups()) == 1, timeout=5000)
        ticked = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= ticked + 5, timeout=5000)
        if pop.area.current() is not pop.unknown:  # not yet timed out: still looking up
            assert pop.area.current() is pop.status
            assert SERVER_ONLY in pop.status.title.text()
        # The client's lookup timeout ends the wait: the unknown-caller card, as offline.
        qtbot.waitUntil(_unknown_for(pop, call), timeout=10_000)
        timer.stop()
        sip.reject(call)
    finally:
        hole.close()


def test_nobody_listening_gives_the_unknown_caller_card(qtbot: QtBot, start_app: StartApp) -> None:
    hole = BlackHole()
    url = hole.url
    hole.close()  # the port is closed now: connections are refused
    app = start_app(url, "spa_token")
    sip, pop = app.sip, app.pop
    call = sip.simulate_incoming(SERVER_ONLY, "Ana")
    qtbot.waitUntil(_unknown_for(pop, call), timeout=10_000)
    sip.reject(call)
    call = sip.simulate_incoming(LOCAL, "Mario")
    qtbot.waitUntil(_card_of(pop, call, "Mario"), timeout=5000)


def test_a_revoked_token_gives_the_unknown_caller_card(
    qtbot: QtBot,
    start_app: StartApp,
    server: ThreadedServer,
    server_db_url: str,
    token: str,
) -> None:
    _seed_server(server_db_url, server.url)
    db = Database(server_db_url, pool_size=1)
    try:
        with db.writing() as session:
            assert accounts.revoke_agent(session, "alice")
    finally:
        db.dispose()
    app = start_app(server.url, token)
    sip, pop = app.sip, app.pop
    call = sip.simulate_incoming(SERVER_ONLY, "Ana")
    qtbot.waitUntil(_unknown_for(pop, call), timeout=10_000)
    with LocalStore.open(app.store_path) as store:
        assert store.directory.lookup_phone(SERVER_ONLY) == []
