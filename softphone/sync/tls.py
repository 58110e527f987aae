"""Which certificates the sync client trusts: the OS trust store, plus IT's own CA bundle."""

from __future__ import annotations

import functools
import logging
import ssl

import certifi

from softphone.core.errors import KnownError

log = logging.getLogger("softphone.sync")


@functools.lru_cache(maxsize=4)
def trust(ca_file: str = "") -> ssl.SSLContext:
    """An SSL context for the sync server (shared: contexts are safe across threads).

    The OS trust store, not certifi's bundle, so a company CA that IT deployed to the
    desks is trusted as browsers trust it (Linux: OpenSSL's system paths; Windows: the
    certificate store). certifi only when the system has no CA certificates at all.
    `ca_file` (general.server_ca_file) adds IT's own PEM bundle, e.g. a private CA.
    """
    context = ssl.create_default_context()
    if not context.cert_store_stats().get("x509_ca"):
        log.info("sync: no CA certificates in the system store; using certifi's bundle")
        context.load_verify_locations(cafile=certifi.where())
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or exc
            raise KnownError(
                f"The CA file {ca_file} (general.server_ca_file) cannot be used: {reason}"
            ) from None
    return context
