"""The SIP account dialog: server, user, transport, password (into the OS keychain)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from softphone.config.settings import Settings
from softphone.core.errors import ConfigError, KnownError
from softphone.core.ports import SecretStore
from softphone.ui.option_fields import OptionField, form_row
from softphone.ui.text import strip_mnemonic

ACCOUNT_KEYS = (
    "sip.domain",
    "sip.registrar",
    "sip.username",
    "sip.auth_username",
    "sip.display_name",
    "sip.transport",
    "sip.proxy",
    "sip.register",
)


def secret_key(username: str, domain: str) -> str:
    """Where the password of an account lives in the keychain."""
    return f"sip:{username}@{domain}"


class AccountDialog(QDialog):
    """On OK: settings saved, password stored; `password` and `warnings` tell the window.

    `password` is what the agent typed, or None when the field was left empty (keep the
    stored password). `warnings` holds agent-facing sentences for the window's message
    bar (the keychain was unavailable, the settings file could not be written).
    """

    def __init__(self, settings: Settings, secrets: SecretStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Account"))
        self.setAccessibleName(self.tr("SIP account settings"))
        self._settings = settings
        self._secrets = secrets
        self.password: str | None = None
        self.warnings: list[str] = []

        labels = {
            "sip.domain": self.tr("SIP &domain:"),
            "sip.registrar": self.tr("&Registrar:"),
            "sip.username": self.tr("&User / extension:"),
            "sip.auth_username": self.tr("&Authentication user:"),
            "sip.display_name": self.tr("Display &name:"),
            "sip.transport": self.tr("&Transport:"),
            "sip.proxy": self.tr("Outbound &proxy:"),
            "sip.register": self.tr("Re&gister with the registrar"),
        }
        placeholders = {
            "sip.domain": "pbx.example.com",
            "sip.registrar": self.tr("Optional, e.g. sip:pbx.example.com:5060"),
            "sip.username": "1001",
            "sip.auth_username": self.tr("Optional: when it differs from the user"),
            "sip.display_name": self.tr("Optional: the name people you call see"),
            "sip.proxy": self.tr("Optional, e.g. sip:proxy.example.com;lr"),
        }
        transports = {"udp": "UDP", "tcp": "TCP", "tls": self.tr("TLS (encrypted)")}
        self.fields = {
            key: OptionField(
                settings,
                key,
                labels[key],
                choices=transports if key == "sip.transport" else None,
                placeholder=placeholders.get(key, ""),
            )
            for key in ACCOUNT_KEYS
        }
        self.password_field = QLineEdit()
        self.password_field.setObjectName("sip_password")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("Password"))
        self.password_field.setMaxLength(500)
        stored, self._keychain_problem = self._stored_password_state()
        self.password_field.setPlaceholderText(
            self.tr("Leave empty to keep the saved password")
            if stored
            else self.tr("Your SIP password")
        )
        self.password_field.setAccessibleDescription(
            self.tr("Stored in the system keychain, never in a file")
        )
        self.password_field.setToolTip(self.tr("Stored in the system keychain, never in a file"))
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password_field)

        form = QFormLayout()
        for key in ACCOUNT_KEYS:
            form.addRow(*form_row(self.fields[key]))
            if key == "sip.display_name":
                form.addRow(password_label, self.password_field)
        self.error_label = QLabel()
        self.error_label.setObjectName("accountError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1261d; font-weight: 600;")
        self.error_label.hide()
        self.keychain_label = QLabel(self._keychain_problem)
        self.keychain_label.setWordWrap(True)
        self.keychain_label.setVisible(bool(self._keychain_problem))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(strip_mnemonic(button.text()))
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keychain_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        register_box = self.fields["sip.register"].editor
        assert isinstance(register_box, QCheckBox)
        register_box.toggled.connect(self._register_toggled)
        self._register_toggled(register_box.isChecked())

    # -- accept ---------------------------------------------------------------------
    def accept(self) -> None:
        values = {key: field.value() for key, field in self.fields.items() if not field.locked}
        register = bool(self.fields["sip.register"].value())
        domain = str(self.fields["sip.domain"].value())
        username = str(self.fields["sip.username"].value())
        if register and bool(domain) != bool(username):
            self._show_error(self.tr("Enter both the SIP domain and the user, or neither."))
            return
        changed = {k: v for k, v in values.items() if v != self._settings.get(k)}
        try:  # check every value before changing any, so a bad one changes nothing
            for key, value in changed.items():
                self.fields[key].option.coerce(value)
            for key, value in changed.items():
                self._settings.set(key, value)
        except (ValueError, ConfigError) as exc:
            reason = exc.reason if isinstance(exc, ConfigError) else str(exc)
            self._show_error(self.tr("Not saved: {0}").format(reason))
            return
        try:
            self._settings.save()
        except KnownError as exc:
            self.warnings.append(
                self.tr("Settings can't be saved: {0}. They apply until you quit.").format(exc)
            )
        typed = self.password_field.text()
        self.password = typed or None
        if typed and domain and username:
            try:
                self._secrets.set(secret_key(username, domain), typed)
            except KnownError as exc:  # SecretStoreUnavailable and friends
                self.warnings.append(
                    self.tr(
                        "Password can't be saved: {0}. It will be used for this session only."
                    ).format(exc)
                )
        super().accept()

    # -- internals --------------------------------------------------------------------
    def _stored_password_state(self) -> tuple[bool, str]:
        account = self._settings.account()
        if not account.is_complete:
            return False, ""
        try:
            return self._secrets.get(secret_key(account.username, account.domain)) is not None, ""
        except KnownError as exc:
            return False, self.tr("The system keychain is not available: {0}").format(exc)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _register_toggled(self, register: bool) -> None:
        self.fields["sip.registrar"].set_enabled(register)
