"""Offline-first sync with the server: outbox pusher and change puller on their own threads."""

from __future__ import annotations

from softphone.sync.check import check_server
from softphone.sync.client import SyncClient
from softphone.sync.credentials import forget_token, load_token, save_token, token_key
from softphone.sync.directory import FallbackDirectory
from softphone.sync.enrolment import Enrolment
from softphone.sync.errors import (
    EnrolmentRefused,
    NoToken,
    ServerFailed,
    ServerUnreachable,
    SyncError,
    TokenRejected,
)
from softphone.sync.service import SyncService
from softphone.sync.status import SyncState, SyncStatus, describe

__all__ = [
    "Enrolment",
    "EnrolmentRefused",
    "FallbackDirectory",
    "NoToken",
    "ServerFailed",
    "ServerUnreachable",
    "SyncClient",
    "SyncError",
    "SyncService",
    "SyncState",
    "SyncStatus",
    "TokenRejected",
    "check_server",
    "describe",
    "forget_token",
    "load_token",
    "save_token",
    "token_key",
]
