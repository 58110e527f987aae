"""The sync's small key-value state in the local database (e.g. the /changes cursor)."""

from __future__ import annotations

from datetime import datetime

from softphone.store.db import Db, clean, iso

CHANGES_CURSOR = "changes.cursor"


def get_value(db: Db, key: str) -> str | None:
    value = db.scalar("SELECT value FROM sync_state WHERE key = ?", [key])
    return None if value is None else str(value)


def set_value(db: Db, key: str, value: str, *, now: datetime) -> None:
    """Insert or replace (inside the caller's transaction, if any)."""
    with db.transaction():
        db.execute(
            "INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            [key, clean(value), iso(now)],
        )


def delete_value(db: Db, key: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM sync_state WHERE key = ?", [key])
