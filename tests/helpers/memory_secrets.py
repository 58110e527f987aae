"""A SecretStore in memory for tests; `reason` makes it behave like a missing keychain."""

from __future__ import annotations

from softphone.core.errors import SecretStoreUnavailable


class MemorySecrets:
    """core.ports.SecretStore in a dict. With `reason`, every read/write raises it."""

    def __init__(self, items: dict[str, str] | None = None, reason: str = "") -> None:
        self.items = dict(items or {})
        self.reason = reason

    def get(self, key: str) -> str | None:
        if self.reason:
            raise SecretStoreUnavailable(self.reason)
        return self.items.get(key)

    def set(self, key: str, value: str) -> None:
        if self.reason:
            raise SecretStoreUnavailable(self.reason)
        self.items[key] = value

    def delete(self, key: str) -> None:
        self.items.pop(key, None)

    def available(self) -> tuple[bool, str]:
        return (False, self.reason) if self.reason else (True, "memory keychain")
