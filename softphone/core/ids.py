"""Ids both sides derive the same way: a customer's id from its customer number (CSV imports)."""

from __future__ import annotations

import uuid

# Customers imported from a CSV with a customer number get an id derived from it, the same
# on the server and on every desktop: one file imported in both places (and the changes
# feed) then names one customer, not two with the same phone.
CUSTOMER_NUMBER_NAMESPACE = uuid.UUID("6f1b2c4e-8d0a-4c55-9a39-2f0e5b7d9c11")


def customer_id_for_number(number: str) -> uuid.UUID:
    """The id of the customer with this customer number."""
    return uuid.uuid5(CUSTOMER_NUMBER_NAMESPACE, f"customer-number:{number}")
