"""Hostile data is stored and returned verbatim (NUL removed); a full disk loses nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.core.errors import KnownError
from softphone.core.records import Customer, Flag, FlagKind
from softphone.store import LocalStore, StoreFullError
from softphone.store.audit import reveals_for

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "'; DROP TABLE customers; --",
    "مريم الحسيني",
    "\u202eexe.txt",
    "😀🔥👨‍👩‍👧‍👦",
    "%s %d {0} {name} $(rm -rf /) `id`",
    "line1\nline2\r\nline3\ttab",
    "\\x00 not a real NUL",
    "A" * 10_240,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_stored_and_returned_verbatim(store: LocalStore, text: str) -> None:
    store.put_customers(
        [
            Customer(
                id="c1",
                name=text,
                address=text,
                notes=text,
                email=text,
                flags=(Flag(FlagKind.BANNED, text),),
            )
        ]
    )
    customer = store.directory.get("c1")
    assert customer is not None
    assert (customer.name, customer.address, customer.notes, customer.email) == (text,) * 4
    assert customer.flags[0].instruction == text
    note = store.add_note(customer_id="c1", agent=text, text=text)
    [entry] = store.directory.history("c1")
    assert entry.text == text and entry.agent == text
    assert store.note(note.id).text == text  # type: ignore[union-attr]
    assert store.pending()[0].data()["text"] == text
    assert store.directory.history("c1", search=text[:50])[0].id == note.id
    assert [c.id for c in store.directory.search(text[:50])] == ["c1"]


def test_nul_is_removed_everywhere(store: LocalStore) -> None:
    store.put_customers([Customer(id="c1", name="Ma\x00rio", notes="\x00\x00x")])
    customer = store.directory.get("c1")
    assert customer is not None
    assert (customer.name, customer.notes) == ("Mario", "x")
    note = store.add_note(customer_id="c1", agent="a\x00", text="he\x00llo")
    assert (note.text, note.agent) == ("hello", "a")
    assert store.note(note.id).text == "hello"  # type: ignore[union-attr]
    note_id = store.begin_critical(
        call_id="k\x00", customer_id="c1", agent="x", step="s\x00", wall="", monotonic=0.0
    )
    stored = store.note(note_id)
    assert stored is not None and stored.call_id == "k" and stored.steps[0].startswith("s@")
    store.annotate(note_id, reason="", text="\x00", medical_possible=None)
    assert store.note(note_id).text == ""  # type: ignore[union-attr]
    assert "\\u0000" not in store.pending(100)[-1].payload


def test_reveal_is_audited_and_queued(store: LocalStore) -> None:
    store.put_customers([Customer(id="vip", name="Serena", flags=(Flag(FlagKind.VIP),))])
    store.directory.record_reveal("vip", "anna", ("phones", "email"), "Customer asked to verify")
    [reveal] = reveals_for(store.db, "vip")
    assert (reveal.agent, reveal.fields, reveal.reason) == (
        "anna",
        ("phones", "email"),
        "Customer asked to verify",
    )
    [item] = store.pending()
    assert item.kind == "reveal"
    assert item.data() == {
        "type": "reveal",
        "revision": 1,
        "id": reveal.id,
        "customer_id": "vip",
        "agent": "anna",
        "fields": ["phones", "email"],
        "reason": "Customer asked to verify",
        "at": reveal.at,
    }
    with pytest.raises(ValueError, match="reason"):
        store.directory.record_reveal("vip", "anna", ("phones",), "  ")
    with pytest.raises(ValueError, match="fields"):
        store.directory.record_reveal("vip", "anna", ("password",), "why")


def _fill_until_full(store: LocalStore, size: int, written: list[str]) -> BaseException:
    for i in range(100_000):
        try:
            text = f"{i} " + "x" * size
            written.append(store.add_note(customer_id="c1", agent="a", text=text).id)
        except KnownError as exc:
            return exc
    raise AssertionError("the database never filled up")


def test_full_disk_is_a_known_error_and_loses_nothing(db_path: Path) -> None:
    store = LocalStore.open(db_path)
    store.put_customers([Customer(id="c1", name="x")])
    pages = store.db.scalar("PRAGMA page_count")
    store.db.execute(f"PRAGMA max_page_count={pages + 40}")  # ~160 KB more, then "full"
    written: list[str] = []
    error = _fill_until_full(store, 3000, written)
    assert isinstance(error, StoreFullError)
    _fill_until_full(store, 0, written)  # the last free bytes too
    assert "full" in str(error) and "safe" in str(error)
    assert len(written) > 10
    # The critical button's write-ahead fails cleanly too: no half note, no orphan row.
    with pytest.raises(StoreFullError):
        store.begin_critical(
            call_id="k", customer_id="c1", agent="a", step="farewell", wall="", monotonic=1.0
        )
    assert store.db.scalar("SELECT count(*) FROM notes") == len(written)
    assert store.db.scalar("SELECT count(*) FROM outbox") == len(written)
    # Reads still work while full.
    assert store.directory.history_count("c1") == len(written)
    store.close()

    # "Space freed" (a new connection has no page limit): everything is there, writes work.
    with LocalStore.open(db_path) as again:
        assert [e.id for e in again.directory.history("c1", limit=100_000)][::-1] == written
        assert len(again.pending(100_000)) == len(written)
        again.begin_critical(
            call_id="k", customer_id="c1", agent="a", step="farewell", wall="", monotonic=1.0
        )


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real 600 KB tmpfs (needs root and mount rights, else the test is skipped)."""
    mountpoint = tmp_path / "tiny"
    mountpoint.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mountpoint)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount tmpfs: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=False)


def test_real_full_filesystem(tiny_filesystem: Path) -> None:
    path = tiny_filesystem / "softphone.sqlite3"
    store = LocalStore.open(path)
    store.put_customers([Customer(id="c1", name="x")])
    written: list[str] = []
    error = _fill_until_full(store, 3000, written)
    assert isinstance(error, StoreFullError)
    _fill_until_full(store, 0, written)  # the last free bytes too (layout-dependent)
    with pytest.raises(StoreFullError):
        store.begin_critical(
            call_id="k", customer_id="c1", agent="a", step="farewell", wall="", monotonic=1.0
        )
    store.close()
    with LocalStore.open(path) as again:
        assert again.db.scalar("PRAGMA integrity_check") == "ok"
        assert again.db.scalar("SELECT count(*) FROM notes") == len(written)
        assert again.db.scalar("SELECT count(*) FROM outbox") == len(written)
