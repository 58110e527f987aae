"""An app-like process for the kill -9 test: opens the desk store and runs the sync service.

Usage: python tests/sync/desk_app.py STORE_PATH SERVER_URL BATCH_SIZE [--until-synced]
The token comes from SOFTPHONE_TEST_TOKEN (never on the command line). Prints "started",
then "synced" and exits 0 once nothing is pending (with --until-synced); otherwise runs
until killed.
"""

from __future__ import annotations

import os
import sys
import time

from softphone.core.backoff import Backoff
from softphone.store import LocalStore
from softphone.sync import SyncService, SyncState


def main(argv: list[str]) -> int:
    store_path, server_url, batch_size = argv[0], argv[1], int(argv[2])
    until_synced = "--until-synced" in argv
    service = SyncService(
        store_path,
        server_url,
        token=os.environ["SOFTPHONE_TEST_TOKEN"],
        batch_size=batch_size,
        idle_poll=0.05,
        backoff=lambda: Backoff(base=0.05, factor=2.0, cap=0.5),
    )
    with LocalStore.open(store_path) as store:
        store.recover_interrupted()  # what the app does at start-up
    service.start()
    print("started", flush=True)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            status = service.status()
            if until_synced and status.state is SyncState.SYNCED:
                print("synced", flush=True)
                return 0
            time.sleep(0.05)
    finally:
        service.stop(10)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
