"""The OS keychain behind the SecretStore port: the only module that imports keyring."""

from __future__ import annotations

import logging
import sys

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from softphone.core.errors import SecretStoreUnavailable

log = logging.getLogger("softphone.secrets")

SERVICE = "softphone"

SESSION_ONLY = "The password will be used for this session only."
NO_KEYCHAIN = f"No OS keychain is available (no desktop session). {SESSION_ONLY}"
LOCKED = f"The OS keychain is locked and was not unlocked. {SESSION_ONLY}"
DISABLED = f"Saving passwords is turned off for this user (keyring's null backend). {SESSION_ONLY}"


def _trusted_classes() -> tuple[type[KeyringBackend], ...]:
    """The backends that keep secrets in the operating system's own encrypted keychain.

    An allowlist rather than a blocklist: keyrings.alt and similar plug-ins store
    passwords in plain (or home-made encrypted) files, and a new plug-in of that kind must
    be refused without anyone remembering to add it here.
    """
    classes: list[type[KeyringBackend]] = []
    if sys.platform == "win32":
        from keyring.backends import Windows

        classes.append(Windows.WinVaultKeyring)
    elif sys.platform == "darwin":
        from keyring.backends import macOS

        classes.append(macOS.Keyring)
    else:
        from keyring.backends import SecretService, kwallet, libsecret

        classes.extend([SecretService.Keyring, libsecret.Keyring, kwallet.DBusKeyring])
    return tuple(classes)


def _name(backend: KeyringBackend | type[KeyringBackend]) -> str:
    cls = backend if isinstance(backend, type) else type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: KeyringBackend) -> float | None:
    """The backend's priority now, or None when it cannot work in this session."""
    try:
        return float(type(backend).priority)
    except Exception as exc:
        log.debug("keychain backend %s not usable: %s", _name(backend), exc)
        return None


class KeyringSecretStore:
    """SecretStore on the OS keychain (Secret Service, KWallet, Windows Credential Manager...).

    Refuses every backend that is not the OS's own keychain (keyring's fail/null
    backends, keyrings.alt's plaintext files, an empty chainer) with a clear sentence in
    SecretStoreUnavailable, so the app keeps the password in memory for the session
    instead of silently writing it to disk.
    """

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._injected = backend
        self._backend: KeyringBackend | None = None

    # -- SecretStore ---------------------------------------------------------
    def available(self) -> tuple[bool, str]:
        try:
            backend = self._resolve()
        except SecretStoreUnavailable as exc:
            return False, str(exc)
        return True, _name(backend)

    def get(self, key: str) -> str | None:
        backend = self._resolve()
        try:
            return backend.get_password(self._service, key)
        except Exception as exc:
            raise self._failure("read", key, exc) from None

    def set(self, key: str, value: str) -> None:
        backend = self._resolve()
        try:
            backend.set_password(self._service, key, value)
        except Exception as exc:
            raise self._failure("store", key, exc, value) from None
        log.info("stored the secret for %s in %s", key, _name(backend))

    def delete(self, key: str) -> None:
        backend = self._resolve()
        try:
            backend.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: deleting is already done
        except Exception as exc:
            raise self._failure("delete", key, exc) from None
        log.info("deleted the secret for %s from %s", key, _name(backend))

    # -- internals -----------------------------------------------------------
    def _resolve(self) -> KeyringBackend:
        """Pick the backend now: the session may have gained or lost its keychain since."""
        if self._backend is not None:
            return self._backend
        candidate = self._injected if self._injected is not None else self._configured()
        if candidate is None:
            candidate = self._best_os_keychain()
        if candidate is None:
            raise SecretStoreUnavailable(NO_KEYCHAIN)
        backend = self._vet(candidate)
        self._backend = backend
        log.info("OS keychain: %s", _name(backend))
        return backend

    @staticmethod
    def _configured() -> KeyringBackend | None:
        """A backend chosen in PYTHON_KEYRING_BACKEND or keyringrc.cfg, vetted like any."""
        try:
            return keyring.core.load_env() or keyring.core.load_config()
        except Exception as exc:
            # The configured backend exists but cannot run here (e.g. no D-Bus).
            log.warning("the keyring backend configured for this user cannot be used: %s", exc)
            raise SecretStoreUnavailable(NO_KEYCHAIN) from None

    @staticmethod
    def _best_os_keychain() -> KeyringBackend | None:
        # Not keyring.get_keyring(): it caches its choice for the life of the process
        # (and get_all_keyring() caches viability), so a keychain that appears later
        # (or a test's private D-Bus session) would never be seen.
        usable: list[tuple[float, KeyringBackend]] = []
        for cls in _trusted_classes():
            try:
                instance = cls()
            except Exception as exc:
                log.debug("keychain backend %s cannot be created: %s", _name(cls), exc)
                continue
            priority = _priority(instance)
            if priority is not None and priority > 0:
                usable.append((priority, instance))
        if not usable:
            log.info("no OS keychain backend is usable in this session")
            return None
        return max(usable, key=lambda pair: pair[0])[1]

    def _vet(self, backend: KeyringBackend) -> KeyringBackend:
        trusted = _trusted_classes()
        if isinstance(backend, chainer.ChainerBackend):
            members = list(backend.backends)
            for member in members:
                if isinstance(member, trusted) and (_priority(member) or 0) > 0:
                    return member
            names = ", ".join(_name(m) for m in members) or "none"
            log.warning("no OS keychain among the chained keyring backends (%s)", names)
            untrusted = [m for m in members if not isinstance(m, (*trusted, fail.Keyring))]
            if untrusted:
                raise SecretStoreUnavailable(self._plaintext_sentence(untrusted[0]))
            raise SecretStoreUnavailable(NO_KEYCHAIN)
        if isinstance(backend, fail.Keyring):
            raise SecretStoreUnavailable(NO_KEYCHAIN)
        if isinstance(backend, null.Keyring):
            raise SecretStoreUnavailable(DISABLED)
        if not isinstance(backend, trusted):
            log.warning("refusing keyring backend %s: not an OS keychain", _name(backend))
            raise SecretStoreUnavailable(self._plaintext_sentence(backend))
        priority = _priority(backend)
        if priority is None or priority <= 0:
            raise SecretStoreUnavailable(NO_KEYCHAIN)
        return backend

    @staticmethod
    def _plaintext_sentence(backend: KeyringBackend) -> str:
        return (
            f"The configured password store ({_name(backend)}) is not the OS keychain and "
            f"may keep passwords in plain text, so it is not used. {SESSION_ONLY}"
        )

    def _failure(
        self, action: str, key: str, exc: Exception, secret: str = ""
    ) -> SecretStoreUnavailable:
        # The backend stays resolved for a locked keychain (the agent may unlock it);
        # other failures re-detect the backend on the next call.
        if isinstance(exc, keyring.errors.KeyringLocked):
            log.warning("could not %s the secret for %s: keychain locked", action, key)
            return SecretStoreUnavailable(LOCKED)
        self._backend = None
        detail = f"{type(exc).__name__}: {exc}"
        if secret:
            detail = detail.replace(secret, "***")
        log.warning("could not %s the secret for %s: %s", action, key, detail)
        return SecretStoreUnavailable(f"The OS keychain failed ({detail}). {SESSION_ONLY}")
