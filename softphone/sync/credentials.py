"""The agent token: kept only in the OS keychain (SecretStore port), read lazily, swappable."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import httpx

from softphone.core.errors import SecretStoreUnavailable
from softphone.core.ports import SecretStore
from softphone.sync.client import DEFAULT_TIMEOUT, SyncClient, normalise_url
from softphone.sync.errors import NoToken
from softphone.sync.tls import trust

log = logging.getLogger("softphone.sync")

TOKEN_KEY_PREFIX = "server-token:"


def token_key(server_url: str) -> str:
    """The keychain key of the token for this server."""
    return TOKEN_KEY_PREFIX + normalise_url(server_url)


def load_token(secrets: SecretStore, server_url: str) -> str | None:
    return secrets.get(token_key(server_url))


def save_token(secrets: SecretStore, server_url: str, token: str) -> None:
    """Store the token (entered once by the agent); SecretStoreUnavailable if impossible."""
    secrets.set(token_key(server_url), token.strip())


def forget_token(secrets: SecretStore, server_url: str) -> None:
    secrets.delete(token_key(server_url))


class Credentials:
    """Server URL and token shared by the sync threads; `version` changes with the token.

    The token comes from the keychain on first use (in a sync thread, never the GUI's)
    or from set_token(); when the keychain cannot be used, a token given with set_token()
    is kept in memory for this session only.
    """

    def __init__(
        self, server_url: str, secrets: SecretStore | None = None, token: str | None = None
    ) -> None:
        self.server_url = normalise_url(server_url)
        self._secrets = secrets
        self._lock = threading.Lock()
        self._token = token.strip() if token else None
        self._loaded = token is not None
        self.version = 0
        # Why there is no token, when known better than "none stored" (a failed enrolment).
        self.no_token_reason = ""

    def token(self) -> str:
        """The token; NoToken when none is stored (or the keychain cannot be read)."""
        with self._lock:
            if not self._loaded and self._secrets is not None:
                try:
                    self._token = load_token(self._secrets, self.server_url)
                except SecretStoreUnavailable as exc:
                    raise NoToken(f"The agent token cannot be read: {exc}") from None
                self._loaded = True
            if not self._token:
                raise NoToken(
                    self.no_token_reason
                    or f"No agent token is stored for {self.server_url}: enter the token "
                    "your administrator gave you."
                )
            return self._token

    def set_token(self, token: str, *, save: bool = True) -> str:
        """Use `token` from now on; with `save`, store it in the keychain too.

        Returns "" or, when the keychain could not store it, the sentence saying so
        (the token is then used for this session only).
        """
        token = token.strip()
        problem = ""
        if save and self._secrets is not None:
            try:
                save_token(self._secrets, self.server_url, token)
            except SecretStoreUnavailable as exc:
                problem = str(exc)
                log.warning("sync: the token is kept for this session only: %s", exc)
        with self._lock:
            self._token, self._loaded = token, True
            self.version += 1
        return problem

    def has_token(self) -> bool:
        """A token is known (given, or stored in the keychain); SecretStoreUnavailable when
        the keychain cannot be read. Reads the keychain: not on the GUI thread."""
        with self._lock:
            if not self._loaded and self._secrets is not None:
                self._token = load_token(self._secrets, self.server_url)
                self._loaded = True
            return bool(self._token)

    def forget(self) -> None:
        if self._secrets is not None:
            forget_token(self._secrets, self.server_url)
        with self._lock:
            self._token, self._loaded = None, True
            self.version += 1


ClientFactory = Callable[[str, str], SyncClient]


def default_client_factory(
    transport: httpx.BaseTransport | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ca_file: str = "",
) -> ClientFactory:
    """Clients trusting the OS store plus `ca_file`; KnownError now if that file is bad."""
    verify = trust(ca_file)

    def make(server_url: str, token: str) -> SyncClient:
        return SyncClient(server_url, token, timeout=timeout, transport=transport, verify=verify)

    return make


class ClientHolder:
    """One thread's SyncClient, rebuilt when the token changes. Not shared across threads."""

    def __init__(self, credentials: Credentials, factory: ClientFactory) -> None:
        self._credentials = credentials
        self._factory = factory
        self._client: SyncClient | None = None
        self._version = -1

    def get(self) -> SyncClient:
        """The client for the current token; NoToken/TokenRejected when there is none."""
        version = self._credentials.version
        if self._client is None or version != self._version:
            self.close()
            token = self._credentials.token()
            self._client = self._factory(self._credentials.server_url, token)
            self._version = version
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
