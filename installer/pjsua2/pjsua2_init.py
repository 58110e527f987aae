"""pjsua2, built for the softphone by installer/pjsua2/build-wheel.sh.

Same import surface as the PyPI ``pjsua2-python`` wheel (a ``pjsua2`` package whose
SWIG module is ``pjsua2.pjsua2``), so ``import pjsua2 as pj`` works with either; this
build adds ALSA sound devices, Opus, G.722, TLS on the system OpenSSL 3 and SRTP.

``SOFTPHONE_BUILD`` tells which build is loaded (``None``/absent on the PyPI wheel)::

    getattr(pjsua2, "SOFTPHONE_BUILD", None)
    # {'dist': 'pjsua2-softphone', 'version': '2.12.1+sp1', 'pjproject': '2.12.1', ...}
"""

from __future__ import annotations

import json as _json
from importlib import resources as _resources
from typing import Any

from . import pjsua2 as _swig
from .pjsua2 import *  # noqa: F403  (the SWIG API, as the PyPI wheel re-exports it)

SOFTPHONE_BUILD: dict[str, Any] = _json.loads(
    _resources.files(__package__).joinpath("_softphone_build.json").read_text("utf-8")
)
__version__: str = SOFTPHONE_BUILD["version"]


def __getattr__(name: str) -> Any:
    # Names `import *` skipped (leading underscore) are still reachable, as with the
    # PyPI wheel's lazy forwarding.
    try:
        return getattr(_swig, name)
    except AttributeError:
        raise AttributeError(f"module 'pjsua2' has no attribute {name!r}") from None
