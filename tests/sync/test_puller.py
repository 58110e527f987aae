"""The change puller against a real server: customers, flags and notes reach the local cache."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from softphone.core.records import FlagKind
from softphone.server import changefeed, directory
from softphone.server.csv_import import import_text
from softphone.server.db import Database
from softphone.server.models import Customer as ServerCustomer
from softphone.store import LocalStore
from softphone.sync.client import SyncClient
from softphone.sync.puller import ChangePuller, cursor_key
from softphone.sync.pusher import OutboxPusher
from tests.helpers.sync_server import ThreadedServer, add_agent

CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
C-1,Mario Rossi,it,retail,+390612345678,m@example.com,,,vip
C-2,Li Wei,zh,business,+8613800138000,,,,
"""


@pytest.fixture
def server_db(server_db_url: str) -> Iterator[Database]:
    db = Database(server_db_url, pool_size=2)
    yield db
    db.dispose()


@pytest.fixture
def client(server: ThreadedServer, token: str) -> Iterator[SyncClient]:
    with SyncClient(server.url, token) as sync_client:
        yield sync_client


def _customer_id(db: Database, number: str) -> uuid.UUID:
    with db.reading() as session:
        return session.query(ServerCustomer).filter_by(number=number).one().id


def test_flags_set_by_a_supervisor_reach_the_cache(
    server: ThreadedServer, server_db: Database, client: SyncClient, desk: LocalStore
) -> None:
    import_text(server_db, CSV, source="test")
    puller = ChangePuller(server.url)
    report = puller.pull_once(desk, client)
    assert report.customers == 2 and report.flags == 1
    (mario,) = desk.directory.lookup_phone("+390612345678")
    assert mario.name == "Mario Rossi" and mario.flag(FlagKind.VIP) is not None
    mario_id = _customer_id(server_db, "C-1")
    assert mario.id == str(mario_id)

    expires = datetime.now(UTC) + timedelta(days=30)
    with server_db.writing() as session:
        directory.set_flag(
            session,
            mario_id,
            "banned",
            instruction="Written contact only",
            expires_at=expires,
            actor="sup.anna",
        )
    assert puller.pull_once(desk, client).flags == 1
    banned = desk.directory.get(str(mario_id)).flag(FlagKind.BANNED)  # type: ignore[union-attr]
    assert banned is not None and banned.instruction == "Written contact only"
    assert banned.set_by == "sup.anna" and banned.expires_at.startswith(expires.date().isoformat())

    # The customer's card changes on the server: the card is updated, the flags stay.
    with server_db.writing() as session:
        row = session.get(ServerCustomer, mario_id)
        assert row is not None
        row.name, row.change_seq = "Mario Rossi Jr", changefeed.allocate(session, 1)[0]
    puller.pull_once(desk, client)
    mario = desk.directory.get(str(mario_id))  # type: ignore[assignment]
    assert mario is not None and mario.name == "Mario Rossi Jr"
    assert {f.kind for f in mario.flags} == {FlagKind.BANNED, FlagKind.VIP}

    with server_db.writing() as session:
        assert directory.clear_flag(session, mario_id, "banned", actor="sup.anna")
    puller.pull_once(desk, client)
    mario = desk.directory.get(str(mario_id))  # type: ignore[assignment]
    assert mario is not None and {f.kind for f in mario.flags} == {FlagKind.VIP}


def test_cursor_survives_restarts(
    server: ThreadedServer, server_db: Database, token: str, store_path: Path
) -> None:
    import_text(server_db, CSV, source="test")
    with LocalStore.open(store_path) as desk, SyncClient(server.url, token) as client:
        first = ChangePuller(server.url, page_size=1).pull_once(desk, client)
        assert first.pages == 3 and first.customers == 2  # 2 customers + 1 flag, 1 per page
    with LocalStore.open(store_path) as desk, SyncClient(server.url, token) as client:
        puller = ChangePuller(server.url)
        assert puller.cursor(desk) == first.cursor != ""
        again = puller.pull_once(desk, client)
        assert (again.pages, again.customers, again.flags, again.cursor) == (1, 0, 0, first.cursor)
        # Another server's numbers mean nothing here: its cursor is kept apart.
        assert desk.sync_value(cursor_key("http://other.example:8080")) is None


def test_a_flag_on_an_uncached_customer_fetches_the_card(
    server: ThreadedServer, server_db: Database, client: SyncClient, desk: LocalStore
) -> None:
    import_text(server_db, CSV, source="test")
    puller = ChangePuller(server.url)
    with server_db.reading() as session:
        desk.set_sync_value(puller.key, changefeed.encode_cursor(changefeed.current(session)))
    li = _customer_id(server_db, "C-2")
    with server_db.writing() as session:
        directory.set_flag(
            session, li, "at_risk", instruction="", expires_at=None, actor="sup.anna"
        )
        directory.set_flag(  # a customer only some desktop knows: nothing to fetch
            session, uuid.uuid4(), "abusive", instruction="", expires_at=None, actor="system"
        )
    report = puller.pull_once(desk, client)
    assert report.flags == 1
    cached = desk.directory.lookup_phone("+8613800138000")
    assert [c.name for c in cached] == ["Li Wei"] and cached[0].flag(FlagKind.AT_RISK)


def test_own_notes_are_not_replaced_and_others_notes_arrive(
    server: ThreadedServer,
    server_db_url: str,
    server_db: Database,
    client: SyncClient,
    desk: LocalStore,
) -> None:
    import_text(server_db, CSV, source="test")
    mario = str(_customer_id(server_db, "C-1"))
    mine = desk.add_note(customer_id=mario, agent="alice", text="first words").id
    OutboxPusher().push_once(desk, client)
    desk.annotate(mine, reason="", text="edited offline, not sent yet", medical_possible=None)
    # Bob, at another desk, writes about the same customer.
    bob_desk = LocalStore.open(":memory:")
    try:
        theirs = bob_desk.add_note(customer_id=mario, agent="bob", text="bob's note").id
        with SyncClient(server.url, add_agent(server_db_url, "bob")) as bob:
            OutboxPusher().push_once(bob_desk, bob)
    finally:
        bob_desk.close()
    ChangePuller(server.url).pull_once(desk, client)
    own = desk.note(mine)
    assert own is not None and own.text == "edited offline, not sent yet"
    other = desk.note(theirs)
    assert other is not None and (other.agent, other.text) == ("bob", "bob's note")
    assert {e.id for e in desk.directory.history(mario)} == {mine, theirs}
    # The edit still goes out with a higher revision than the server's copy.
    assert OutboxPusher().push_once(desk, client).synced == 1
