"""A clicked tel:/sip: link lands in the dial field of the window (and is dialled if set)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt

from softphone.config.settings import Settings
from softphone.core.dial_link import DialLinkError, parse
from softphone.ui.main_window import MainWindow
from softphone.ui.message_bar import Level

OPTION = "calls.dial_links_at_once"
log = logging.getLogger("softphone.app")


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def open_dial_link(window: MainWindow, settings: Settings, link: str) -> bool:
    """Raise the window and put the link's number in the dial field; True when usable.

    The agent presses Enter to call, unless calls.dial_links_at_once is set: a stray click
    in a CRM must not ring a customer by default.
    """
    bring_to_front(window)
    try:
        target = parse(link)
    except DialLinkError as exc:
        log.warning("dial link refused: %s", exc)
        window.show_message(
            QCoreApplication.translate("DialLinks", "Cannot call this link: {reason}").format(
                reason=exc
            ),
            Level.WARNING,
        )
        return False
    log.info("dial link opened: %s in the dial field", target)
    window.dial_bar.set_text(target)
    window.dial_bar.focus_field()
    if settings.get(OPTION):
        window.dial_bar.submit()
    return True
