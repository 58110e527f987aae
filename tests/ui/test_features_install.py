"""features.install: a failure half-way leaves nothing running (sync threads, store)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from softphone.app import features
from softphone.config.settings import Settings
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow
from tests.helpers.memory_secrets import MemorySecrets


class Stoppable:
    credentials = None  # as a service with no server: the card stays local

    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


def test_a_failure_after_the_sync_started_stops_it(
    window: MainWindow,
    fake_sip: FakeSip,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, ui = Stoppable(), Stoppable()
    monkeypatch.setattr(features, "start_sync", lambda *_args: (service, ui))
    closed: list[bool] = []
    real_close = features.LocalStore.close

    def close(store: Any) -> None:
        closed.append(True)
        real_close(store)

    monkeypatch.setattr(features.LocalStore, "close", close)
    shut_down: list[bool] = []
    real_shutdown = features.ScreenPop.shutdown

    def shutdown(pop: Any) -> None:
        shut_down.append(True)
        real_shutdown(pop)

    monkeypatch.setattr(features.ScreenPop, "shutdown", shutdown)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a broken built-in scenario")

    monkeypatch.setattr(features, "CriticalFlow", broken)
    with pytest.raises(RuntimeError, match="broken built-in scenario"):
        features.install(window, fake_sip, settings, tmp_path, MemorySecrets())
    assert service.stopped and ui.stopped
    assert closed == [True]
    assert shut_down == [True], "the card's lookup thread is stopped"
