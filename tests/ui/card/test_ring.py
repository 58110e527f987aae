"""Ring → the caller's card and first history page, before the call is answered."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from softphone.core.events import CallStateChanged, IncomingCall, OutgoingCallStarted
from softphone.core.models import CallState, Direction
from softphone.core.records import FlagKind
from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import MARIO, ROME, FakeDirectory


def ring(qtbot: QtBot, pop: ScreenPop, call_id: str, number: str, name: str = "") -> list:
    with (
        qtbot.waitSignal(pop.card_painted, timeout=5000) as painted,
        qtbot.waitSignal(pop.customer_identified, timeout=5000) as identified,
    ):
        pop.call_ringing(call_id, number, name, False)
    assert painted.args is not None and painted.args[0] == call_id
    return list(identified.args or [])


def test_ring_shows_card_and_first_page_before_answer(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    args = ring(qtbot, pop, "call-1", "+39 06 1234 5678", "MARIO R")
    assert args == ["call-1", MARIO.id, "it"]
    assert pop.area.current() is pop.card
    assert pop.card.name.full_text() == "Mario Rossi"
    assert "Customer no. 100234" in pop.card.meta.full_text()
    assert pop.card.language.text() == "Speaks: Italian — Italiano (it)"
    assert pop.card.flag_kinds() == [FlagKind.ABUSIVE, FlagKind.AT_RISK]
    abusive = pop.card.badges[0].text()
    assert "2 critical endings" in abusive and "2026-04-02" in abusive
    assert pop.history.isVisible()
    assert pop.history.model.rowCount() == 50  # one page, not 120
    assert pop.history.count.text() == "120 entries"
    # nothing touched the directory on the GUI thread
    assert threading.get_ident() not in directory.threads
    assert pop.customer_for_call("call-1") == MARIO
    assert not pop.wrapup.isVisible()


@pytest.mark.parametrize("raw", ["+39 06 1234 5678", "0039 06 1234 5678", "06 1234 5678"])
def test_notations_find_the_same_customer(qtbot: QtBot, pop: ScreenPop, raw: str) -> None:
    assert ring(qtbot, pop, "c", raw)[1] == MARIO.id


def test_card_painted_reports_elapsed_ms(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000) as painted:
        pop.call_ringing("call-7", ROME, "", False)
    assert painted.args is not None
    call_id, elapsed = painted.args
    assert call_id == "call-7" and 0 < elapsed < 5000


def test_sip_events_drive_the_panel(qtbot: QtBot, pop: ScreenPop) -> None:
    incoming = IncomingCall("call-9", f"sip:{ROME}@pbx", "", ROME, False, "sipid")
    with qtbot.waitSignal(pop.customer_identified, timeout=5000):
        pop.on_sip_event(incoming)
    pop.on_sip_event(CallStateChanged("call-9", CallState.CONNECTED, Direction.INBOUND))
    pop.on_sip_event(
        CallStateChanged("call-9", CallState.DISCONNECTED, Direction.INBOUND, duration=42.0)
    )
    assert pop.wrapup.isVisible() and pop.wrapup.call_id == "call-9"
    assert pop.area.current() is pop.card  # the card stays through the wrap-up


def test_outgoing_call_shows_the_dialled_customer(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        pop.on_sip_event(OutgoingCallStarted("out-1", f"sip:{ROME}@pbx.example.com"))
    assert blocker.args == ["out-1", MARIO.id, "it"]


def test_second_ring_drops_the_first_lookup(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    """Call 1's answer is held back until call 2 rang: it must never reach the card."""
    gate = threading.Event()
    directory.gate = gate
    directory.gated_numbers = {ROME}
    seen: list[str] = []
    pop.customer_identified.connect(lambda call_id, _cid, _lang: seen.append(call_id))
    pop.call_ringing("first", ROME, "", False)
    qtbot.waitUntil(lambda: directory.count("lookup_phone") == 1)
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        pop.call_ringing("second", "+4930123456", "", False)
        gate.set()
    assert blocker.args is not None and blocker.args[0] == "second"
    # let call 1's late answer arrive (the worker is a FIFO: a probe request after it)
    with qtbot.waitSignal(pop.client.customer_loaded, timeout=5000):
        pop.client.get(MARIO.id)
    assert seen == ["second"]
    assert pop.card.name.full_text() == "Dieter Hoffmann"


def test_lookup_failure_is_shown_and_retry_works(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    directory.fail = {"lookup_phone"}
    with qtbot.waitSignal(pop.client.failed, timeout=5000):
        pop.call_ringing("call-x", ROME, "", False)
    assert pop.area.current() is pop.status
    assert "Could not look up" in pop.status.title.text()
    assert "answer the call" in pop.status.detail.full_text()
    directory.fail = set()
    with qtbot.waitSignal(pop.customer_identified, timeout=5000):
        pop.status.retry_button.click()
    assert pop.area.current() is pop.card
