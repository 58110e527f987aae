"""The local SQLite store (the only package importing sqlite_utils): cache, journal, outbox."""

from __future__ import annotations

from softphone.store.db import StoreError, StoreFullError
from softphone.store.localstore import DATABASE_NAME, LocalStore

__all__ = ["DATABASE_NAME", "LocalStore", "StoreError", "StoreFullError"]
