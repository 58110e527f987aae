"""Runs the sync with the server for the app: status in the window, the token dialog."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

from softphone.config.settings import Settings
from softphone.core.errors import KnownError
from softphone.core.ports import SecretStore
from softphone.store.localstore import DATABASE_NAME
from softphone.sync import Enrolment, SyncService, SyncStatus, describe
from softphone.sync import enrolment as enrolment_module
from softphone.ui.main_window import MainWindow
from softphone.ui.message_bar import Level

log = logging.getLogger("softphone.sync")


class _StatusRelay(QObject):
    """Sync threads report here; the queued signal brings the status to the GUI thread."""

    status_changed = Signal(object)


class SyncUi:
    """The sync status label in the status bar and Settings › Sync server token…."""

    def __init__(self, service: SyncService, window: MainWindow) -> None:
        self.service = service
        self.window = window
        self._enrolment_shown = ""
        self.label = QLabel(describe(service.status()))
        self.label.setObjectName("syncStatus")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(QCoreApplication.translate("Sync", "Sync status"))
        window.statusBar().addPermanentWidget(self.label)
        self._relay = _StatusRelay(window)
        self._relay.status_changed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = service.add_observer(self._relay.status_changed.emit)
        self.token_action = QAction(
            QCoreApplication.translate("Sync", "Sync server &token…"), window
        )
        self.token_action.triggered.connect(self.ask_token)
        window.menus.settings_menu.addAction(self.token_action)

    def _show(self, status: SyncStatus) -> None:
        self.label.setText(describe(status))
        self.label.setToolTip(status.last_error or self.service.server_url)
        failure = self.service.enrolment_failure
        if failure and failure != self._enrolment_shown:
            self._enrolment_shown = failure
            self.window.show_message(
                QCoreApplication.translate(
                    "Sync", "This desk could not enrol with the sync server: {0}"
                ).format(failure),
                Level.WARNING,
            )

    def ask_token(self) -> None:
        token, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("Sync", "Sync server token"),
            QCoreApplication.translate(
                "Sync", "Agent token for {0} (from your supervisor or IT):"
            ).format(self.service.server_url),
            QLineEdit.EchoMode.Password,
        )
        token = token.strip()
        if not ok or not token:
            return

        def save() -> None:  # the keychain may block: not on the GUI thread
            try:
                problem = self.service.set_token(token)
            except KnownError as exc:
                problem = str(exc)
            if problem:
                log.warning("sync token: %s", problem)

        threading.Thread(target=save, name="sync-token", daemon=True).start()
        self.window.show_message(
            QCoreApplication.translate("Sync", "Sync token saved; connecting to the server."),
            Level.INFO,
        )

    def stop(self) -> None:
        self._unsubscribe()


def provisioned_enrolment(settings: Settings) -> Enrolment | None:
    """IT's enrolment code ([enrolment] code, MSI ENROLMENT_CODE) with this desk's agent
    name (general.agent_name, else the OS user) and host name; None without a code."""
    code = enrolment_module.provisioned_code(settings.provisioning.extra)
    if not code:
        return None
    return Enrolment(
        code=code,
        agent_name=enrolment_module.agent_name(str(settings.get("general.agent_name") or "")),
        desk=enrolment_module.desk_name(),
    )


def start_sync(
    window: MainWindow, settings: Settings, secrets: SecretStore, data_dir: Path
) -> tuple[SyncService, SyncUi] | None:
    """Start the sync when a server is configured; None (and nothing running) otherwise."""
    server_url = str(settings.get("general.server_url") or "").strip()
    if not server_url:
        return None
    ca_file = str(settings.get("general.server_ca_file") or "").strip()
    service = SyncService(
        data_dir / DATABASE_NAME,
        server_url,
        secrets=secrets,
        ca_file=ca_file,
        enrolment=provisioned_enrolment(settings),
    )
    ui = SyncUi(service, window)
    service.start()
    log.info("sync with %s started", server_url)
    return service, ui
