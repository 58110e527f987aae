"""Click-to-dial: a tel:/sip: link from a browser or CRM reaches the (single) running window."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import uuid

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from softphone.app.cli import split_link
from softphone.app.dial_links import OPTION, open_dial_link
from softphone.app.single_instance import InstanceServer
from softphone.config.settings import Settings
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow


def test_a_link_waits_in_the_dial_field(
    qtbot: QtBot, window: MainWindow, settings: Settings, fake_sip: FakeSip
) -> None:
    window.showMinimized()
    assert open_dial_link(window, settings, "tel:+39-06-1234-5678")
    assert window.dial_bar.text() == "+390612345678"
    assert not window.isMinimized()
    assert fake_sip.commands_named("make_call") == [], "the agent presses Enter to call"


def test_dial_links_at_once_calls(
    qtbot: QtBot, window: MainWindow, settings: Settings, fake_sip: FakeSip
) -> None:
    settings.set(OPTION, True)
    assert open_dial_link(window, settings, "sip:1002@pbx.example.com;transport=udp")
    assert fake_sip.last_command("make_call") == ("make_call", "sip:1002@pbx.example.com")


@pytest.mark.parametrize("link", ["tel:<b>help</b>", "tel:+39\x0006", "callto:skype.name"])
def test_a_bad_link_is_a_plain_warning(
    qtbot: QtBot, window: MainWindow, settings: Settings, fake_sip: FakeSip, link: str
) -> None:
    settings.set(OPTION, True)
    assert not open_dial_link(window, settings, link)
    assert any("Cannot call this link" in text for text in window.message_bar.texts())
    assert fake_sip.commands_named("make_call") == []
    assert window.dial_bar.text() == ""


def test_split_link_takes_the_link_out_of_the_arguments() -> None:
    assert split_link(["--log-level", "debug", "tel:+39"]) == (["--log-level", "debug"], "tel:+39")
    assert split_link(["--provisioning", "sip:odd-file-name"]) == (
        ["--provisioning", "sip:odd-file-name"],
        None,
    )
    assert split_link([]) == ([], None)


def forward_in_a_new_process(name: str, link: str) -> QProcess:
    """A second `softphone` start, reduced to its hand-over (a real separate process)."""
    code = textwrap.dedent(
        f"""
        import sys
        from softphone.app.single_instance import forward
        sys.exit(0 if forward({{"link": {link!r}}}, {name!r}) else 3)
        """
    )
    process = QProcess()
    process.start(sys.executable, ["-c", code])
    return process


def test_a_second_start_hands_its_link_to_the_first(qtbot: QtBot) -> None:
    name = f"softphone-test-{uuid.uuid4().hex[:8]}"
    received: list[dict[str, str]] = []
    server = InstanceServer(name, received.append, None)
    try:
        assert server.listening
        process = forward_in_a_new_process(name, "tel:+4930123456")
        qtbot.waitUntil(lambda: process.state() == QProcess.ProcessState.NotRunning, timeout=20000)
        assert process.exitCode() == 0, bytes(process.readAllStandardError().data())
        assert received == [{"link": "tel:+4930123456"}]
    finally:
        server.close()


def test_nobody_running_means_we_are_first() -> None:
    name = f"softphone-test-{uuid.uuid4().hex[:8]}"
    code = f"from softphone.app.single_instance import forward; print(forward({{}}, {name!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_stale_socket_of_a_crashed_instance_is_taken_over(qtbot: QtBot) -> None:
    name = f"softphone-test-{uuid.uuid4().hex[:8]}"
    first = InstanceServer(name, lambda _: None, None)
    path = first.full_name
    first.close()
    # What a crash leaves: the socket file, with nobody accepting on it.
    with socket.socket(socket.AF_UNIX) as stale:
        stale.bind(path)
        second = InstanceServer(name, lambda _: None, None)
        try:
            assert second.listening
        finally:
            second.close()
