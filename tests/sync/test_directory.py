"""FallbackDirectory: the screen pop asks the local cache first and the server second."""

from __future__ import annotations

import time
import uuid

from softphone.core.records import Customer, FlagKind
from softphone.server import directory
from softphone.server.csv_import import import_text
from softphone.server.db import Database
from softphone.server.models import Customer as ServerCustomer
from softphone.store import LocalStore
from softphone.sync.client import SyncClient
from softphone.sync.directory import FallbackDirectory
from tests.helpers.ports import free_port
from tests.helpers.sync_server import ThreadedServer

CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
C-9,Ana Souza,pt,retail,+5511912345678,,,,vip
"""


def test_local_first_then_server_then_cached(
    server: ThreadedServer, server_db_url: str, token: str, desk: LocalStore
) -> None:
    db = Database(server_db_url, pool_size=1)
    try:
        import_text(db, CSV, source="test")
        with db.writing() as session:
            ana = session.query(ServerCustomer).filter_by(number="C-9").one().id
            directory.set_flag(
                session, ana, "banned", instruction="No calls", expires_at=None, actor="sup"
            )
    finally:
        db.dispose()
    desk.put_customers(
        [Customer(id=str(uuid.uuid4()), name="Local Luigi", phones=("+390611111111",))]
    )
    client = SyncClient(server.url, token)
    fallback = FallbackDirectory(desk, lambda: client, on_close=client.close)
    try:
        assert [c.name for c in fallback.lookup_phone("+390611111111")] == ["Local Luigi"]
        assert fallback.remote_lookups == 0  # found locally: the server is not asked
        (found,) = fallback.lookup_phone("+5511912345678")
        assert found.name == "Ana Souza" and fallback.remote_lookups == 1
        assert {f.kind for f in found.flags} == {FlagKind.BANNED, FlagKind.VIP}
        # Cached: the next ring is answered locally, also by the plain local directory.
        assert fallback.lookup_phone("+55 11 91234-5678") == [found]
        assert fallback.remote_lookups == 1
        assert desk.directory.lookup_phone("+5511912345678") == [found]
        assert fallback.lookup_phone("+390699999999") == [] and fallback.remote_lookups == 2
        assert fallback.get(str(ana)) == found
    finally:
        fallback.close()


def test_offline_the_screen_pop_stays_local_and_fast(desk: LocalStore) -> None:
    dead = SyncClient(f"http://127.0.0.1:{free_port()}", "spa_x", timeout=2)
    online = {"value": True}
    fallback = FallbackDirectory(desk, lambda: dead, online=lambda: online["value"])
    try:
        started = time.monotonic()
        assert fallback.lookup_phone("+390612345678") == []  # refused: local answer
        assert fallback.remote_lookups == 1
        online["value"] = False  # the sync knows the server is down: do not even try
        assert fallback.lookup_phone("+390612345678") == []
        assert fallback.get(str(uuid.uuid4())) is None
        assert fallback.remote_lookups == 1
        assert time.monotonic() - started < 2.0
    finally:
        dead.close()
