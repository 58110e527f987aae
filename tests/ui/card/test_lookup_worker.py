"""The lookup thread: builds and uses the directory there, drops stale answers, shuts down."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from softphone.ui.card.lookup_worker import DirectoryClient, HistoryPage
from tests.ui.card.conftest import BANNED, MARIO, ROME, FakeDirectory


@pytest.fixture
def client(directory: FakeDirectory) -> Iterator[DirectoryClient]:
    built_in: list[int] = []

    def factory() -> FakeDirectory:
        built_in.append(threading.get_ident())
        return directory

    made = DirectoryClient(factory)
    made.built_in = built_in  # type: ignore[attr-defined]
    yield made
    made.shutdown()


def test_factory_and_queries_run_in_the_lookup_thread(
    qtbot: QtBot, client: DirectoryClient, directory: FakeDirectory
) -> None:
    with qtbot.waitSignal(client.looked_up, timeout=5000) as blocker:
        request = client.lookup(ROME)
    assert blocker.args == [request, ROME, [MARIO]]
    gui = threading.get_ident()
    assert client.built_in != [gui] and len(client.built_in) == 1  # type: ignore[attr-defined]
    assert directory.threads == set(client.built_in)  # type: ignore[attr-defined]
    assert gui not in directory.threads


def test_history_first_page_carries_the_count(
    qtbot: QtBot, client: DirectoryClient, directory: FakeDirectory
) -> None:
    with qtbot.waitSignal(client.history_loaded, timeout=5000) as first:
        client.history(MARIO.id, 0, 50)
    page = first.args[1]  # type: ignore[index]
    assert isinstance(page, HistoryPage)
    assert (page.offset, len(page.entries), page.total) == (0, 50, 120)
    with qtbot.waitSignal(client.history_loaded, timeout=5000) as second:
        client.history(MARIO.id, 100, 50)
    page = second.args[1]  # type: ignore[index]
    assert (page.offset, len(page.entries), page.total) == (100, 20, None)
    assert directory.count("history_count") == 1  # only with the first page


def test_stale_lookups_are_dropped(
    qtbot: QtBot, client: DirectoryClient, directory: FakeDirectory
) -> None:
    gate = threading.Event()
    directory.gate = gate
    directory.gated_numbers = {ROME}
    answers: list[tuple[int, str]] = []
    client.looked_up.connect(lambda rid, e164, _found: answers.append((rid, e164)))
    first = client.lookup(ROME)
    qtbot.waitUntil(lambda: directory.count("lookup_phone") == 1)  # in progress, held
    skipped = client.lookup(ROME)  # queued behind it, superseded before it runs
    newest = client.lookup(BANNED.phones[0])
    gate.set()
    qtbot.waitUntil(lambda: len(answers) == 1)
    with qtbot.waitSignal(client.customer_loaded, timeout=5000):  # FIFO: all done after this
        client.get(MARIO.id)
    assert answers == [(newest, BANNED.phones[0])]
    assert first < skipped < newest
    assert directory.count("lookup_phone") == 2  # the superseded one never ran


def test_failures_are_reported_not_raised(
    qtbot: QtBot, client: DirectoryClient, directory: FakeDirectory
) -> None:
    directory.fail = {"search"}
    with qtbot.waitSignal(client.failed, timeout=5000) as blocker:
        request = client.search("mario")
    assert blocker.args == [request, "search", "unexpected error (details in the log)"]
    directory.fail = set()
    with qtbot.waitSignal(client.searched, timeout=5000):  # the thread lives on
        client.search("mario")


def test_factory_failure_is_reported(qtbot: QtBot) -> None:
    def broken() -> FakeDirectory:
        raise OSError("disk on fire")

    client = DirectoryClient(broken)
    try:
        with qtbot.waitSignal(client.failed, timeout=5000) as blocker:
            client.lookup(ROME)
        assert blocker.args is not None and blocker.args[1] == "lookup"
    finally:
        client.shutdown()


@pytest.mark.qt_log_level_fail("WARNING")
def test_shutdown_closes_in_the_lookup_thread(qtbot: QtBot, directory: FakeDirectory) -> None:
    client = DirectoryClient(lambda: directory)
    with qtbot.waitSignal(client.looked_up, timeout=5000):
        client.lookup(ROME)
    worker_thread = next(iter(directory.threads))
    client.shutdown()
    assert directory.closed_in == worker_thread
    assert client._thread.isFinished()
    client.shutdown()  # twice is harmless
    del client
