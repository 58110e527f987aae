"""The customer card: who is calling, their language, their flags, and (masked) personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from softphone.core.records import Customer, FlagKind
from softphone.ui.card.badges import FlagBadge, sorted_flags
from softphone.ui.card.formatting import language_text, mask_email, mask_phone, mask_text
from softphone.ui.card.plain import WrappedText, one_line, plain_label, wrapped
from softphone.ui.card.reveal import RevealPrompt
from softphone.ui.text import ElidedLabel

PERSONAL_FIELDS = ("phones", "email", "address", "notes")

CARD_CSS = """
#customerCard { background: #ffffff; border: 1px solid #c4c7cc; border-radius: 8px; }
#customerCard:focus { border: 2px solid #0b57d0; }
#customerCard QLabel { color: #1a1a1a; }
#customerName { font-size: 19pt; font-weight: 700; }
#customerMeta { font-size: 10.5pt; color: #3c4043; }
#fieldName { color: #4d5156; font-weight: 600; }
#maskedHint { color: #6b4e00; font-weight: 600; }
"""

LANGUAGE_FOREIGN = (
    "background: #1f4e99; color: #ffffff; font-size: 13pt; font-weight: 700;"
    " border-radius: 5px; padding: 4px 10px;"
)
LANGUAGE_OWN = (
    "background: #eef1f5; color: #1a1a1a; font-size: 12pt; font-weight: 600;"
    " border: 1px solid #c4c7cc; border-radius: 5px; padding: 3px 10px;"
)


class CustomerCardView(QFrame):
    """Shows one Customer; VIP personal fields stay masked until an audited reveal."""

    reveal_requested = Signal(str, object, str)  # customer id, tuple of field names, reason
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setStyleSheet(CARD_CSS)
        # A tab stop of its own: a screen reader reads the whole card (name, language,
        # flags) in one go when the agent tabs to it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.customer: Customer | None = None
        self._revealed = False

        self.name = ElidedLabel()
        self.name.setObjectName("customerName")
        self.meta = ElidedLabel()
        self.meta.setObjectName("customerMeta")
        self.language = plain_label(object_name="languageChip")
        self.language.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(4)
        self.badges: list[FlagBadge] = []

        self.values: dict[str, WrappedText] = {}
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(3)
        names = {
            "phones": self.tr("Phones"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "notes": self.tr("Card notes"),
        }
        for key in PERSONAL_FIELDS:
            value = WrappedText(limit=600 if key == "notes" else 300)
            value.setObjectName(f"field_{key}")
            self.values[key] = value
            label = plain_label(names[key], object_name="fieldName")
            self.form.addRow(label, value)

        self.masked_hint = wrapped(object_name="maskedHint")
        self.reveal_button = QPushButton(self.tr("Reveal &data…"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setAccessibleName(self.tr("Reveal the masked personal data"))
        self.reveal_button.setToolTip(self.tr("Asks for a reason; the reveal is audited"))
        self.reveal_button.clicked.connect(self._ask_reveal)
        self.prompt = RevealPrompt()
        self.prompt.confirmed.connect(self._reveal_confirmed)
        self.prompt.cancelled.connect(self.reveal_button.setFocus)

        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.masked_hint, 1)
        reveal_row.addWidget(self.reveal_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.meta)
        layout.addWidget(self.language)
        layout.addLayout(self.flags_box)
        layout.addLayout(self.form)
        layout.addLayout(reveal_row)
        layout.addWidget(self.prompt)
        layout.addStretch(1)

    def forget(self) -> None:
        """A new call: whatever was revealed for the last one is masked again."""
        self.customer = None
        self._revealed = False
        self.prompt.hide()

    # -- showing -----------------------------------------------------------------
    def set_customer(self, customer: Customer, *, agent_language: str = "") -> None:
        same = self.customer is not None and self.customer.id == customer.id
        self.customer = customer
        if not same:
            self._revealed = False
            self.prompt.hide()
        self.name.set_full_text(customer.name or self.tr("(no name on file)"))
        meta = [self.tr("Customer no. {0}").format(one_line(customer.number or "—", 40))]
        if customer.segment:
            meta.append(self.tr("Segment: {0}").format(one_line(customer.segment, 40)))
        self.meta.set_full_text(" · ".join(meta))
        self.meta.setAccessibleName(" · ".join(meta))
        self._show_language(customer.language, agent_language)
        self._show_flags(customer)
        self._show_fields()
        spoken = [self.name.full_text(), self.language.text()]
        spoken += [badge.accessibleName() for badge in self.badges]
        self.setAccessibleName(". ".join(spoken))

    def _show_language(self, code: str, agent_language: str) -> None:
        code = one_line(code, 16)
        text = self.tr("Speaks: {0}").format(language_text(code))
        foreign = bool(code) and code.lower() != agent_language.lower()
        self.language.setText(text)
        self.language.setStyleSheet(LANGUAGE_FOREIGN if foreign else LANGUAGE_OWN)
        self.language.setAccessibleName(text)

    def _show_flags(self, customer: Customer) -> None:
        for badge in self.badges:
            self.flags_box.removeWidget(badge)
            badge.deleteLater()
        self.badges = [FlagBadge(flag) for flag in sorted_flags(customer.flags)]
        for badge in self.badges:
            self.flags_box.addWidget(badge)

    def masked(self) -> bool:
        return self.customer is not None and self.customer.is_vip and not self._revealed

    def maskable_fields(self) -> tuple[str, ...]:
        customer = self.customer
        if customer is None:
            return ()
        present = {
            "phones": bool(customer.phones),
            "email": bool(customer.email),
            "address": bool(customer.address),
            "notes": bool(customer.notes),
        }
        return tuple(key for key in PERSONAL_FIELDS if present[key])

    def _show_fields(self) -> None:
        customer = self.customer
        if customer is None:
            return
        masked = self.masked()
        phones = [one_line(p, 40) for p in customer.phones]
        values = {
            "phones": ", ".join(mask_phone(p) for p in phones) if masked else ", ".join(phones),
            "email": mask_email(customer.email) if masked else customer.email,
            "address": mask_text(customer.address) if masked else customer.address,
            "notes": mask_text(customer.notes) if masked else customer.notes,
        }
        for key, value in values.items():
            self.values[key].set_full_text(value or "—")
        hidden = masked and bool(self.maskable_fields())
        self.reveal_button.setVisible(hidden)
        self.masked_hint.setVisible(customer.is_vip)
        if hidden:
            self.masked_hint.setText(self.tr("★ Personal data masked (VIP / privacy)"))
        elif customer.is_vip:
            self.masked_hint.setText(self.tr("★ Revealed for this call — the reveal was recorded"))

    # -- audited reveal ----------------------------------------------------------
    def fields_text(self, fields: tuple[str, ...]) -> str:
        words = {
            "phones": self.tr("phone numbers"),
            "email": self.tr("email"),
            "address": self.tr("address"),
            "notes": self.tr("card notes"),
        }
        return ", ".join(words[f] for f in fields)

    def _ask_reveal(self) -> None:
        fields = self.maskable_fields()
        if fields:
            self.prompt.ask(self.fields_text(fields))

    def _reveal_confirmed(self, reason: str) -> None:
        if self.customer is None:
            return
        self.prompt.waiting()
        self.reveal_requested.emit(self.customer.id, self.maskable_fields(), reason)

    def reveal_recorded(self, customer_id: str) -> None:
        """The audit row is written: only now are the fields shown."""
        if self.customer is None or self.customer.id != customer_id:
            return
        self._revealed = True
        self.setFocus()  # off the prompt before it hides, so nothing scrolls away
        self.prompt.hide()
        self._show_fields()

    def reveal_failed(self, message: str) -> None:
        self.prompt.failed(message)

    def flag_kinds(self) -> list[FlagKind]:
        return [badge.flag.kind for badge in self.badges]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
