"""kill -9 of the app while the farewell plays: after restart the note is 'interrupted'."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from softphone.core.records import Customer
from softphone.store.localstore import DATABASE_NAME, LocalStore
from tests.helpers.sip_engine import Peers

REPO = Path(__file__).resolve().parents[2]
NUMBER = "+390612345678"


def prepare(home: Path) -> None:
    (home / "config").mkdir(parents=True)
    (home / "data").mkdir()
    settings = {
        "sip.domain": "127.0.0.1",
        "sip.username": "agent",
        "sip.register": False,
        "sip.bind_address": "127.0.0.1",
        "calls.auto_answer": True,
        "general.agent_name": "anna",
    }
    (home / "config" / "settings.json").write_text(
        json.dumps({"version": 1, "settings": settings}), "utf-8"
    )
    (home / "provisioning.toml").write_text("", "utf-8")
    store = LocalStore.open(home / "data" / DATABASE_NAME, default_region="IT")
    store.put_customers([Customer(id="cust-it", name="Mario", language="it", phones=(NUMBER,))])
    store.close()


def read_event(proc: subprocess.Popen[str], name: str, timeout: float) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"app exited before {name!r} (code {proc.poll()})")
        event = json.loads(line)
        if event.get("event") == name:
            return dict(event)
    raise AssertionError(f"no {name!r} from the app within {timeout} s")


def test_kill_during_the_farewell_loses_nothing(tmp_path: Path, peers: Peers) -> None:
    home = tmp_path / "home"
    prepare(home)
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.end2end.app_process", str(home)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = read_event(proc, "address", 20)["address"]
        caller = peers.start("caller")
        caller.send(
            "call",
            uri=f"sip:agent@{address}",
            headers={"P-Asserted-Identity": f"<sip:{NUMBER}@127.0.0.1>"},
        )
        read_event(proc, "critical", 20)
        time.sleep(1.0)  # the farewell (about 4 s) is playing now
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)

    store = LocalStore.open(home / "data" / DATABASE_NAME, default_region="IT")
    try:
        recovered = store.recover_interrupted()
        assert len(recovered) == 1
        note = store.note(recovered[0])
        assert note is not None
        assert note.state.value == "interrupted"
        assert note.customer_id == "cust-it" and note.agent == "anna"
        assert note.steps and note.steps[0].startswith("farewell@")
        pending = [item for item in store.pending(limit=100) if item.item_id == note.id]
        assert pending, "the interrupted note is queued for the server"
    finally:
        store.close()
