"""Keep Python exceptions out of pjsua2: every callback and timer body runs through here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ParamSpec, Protocol

log = logging.getLogger("softphone.sip")
P = ParamSpec("P")


class FailureSink(Protocol):
    def callback_failed(self, where: str, exc: BaseException) -> None:
        """Report a failure inside a callback as an event (EngineFailed/CommandFailed)."""


def run_guarded(
    sink: FailureSink | None, where: str, func: Callable[P, None], *args: P.args, **kwargs: P.kwargs
) -> None:
    """Call `func`; log and report any exception instead of letting it reach C++."""
    try:
        func(*args, **kwargs)
    except Exception as exc:
        log.exception("error in %s", where)
        if sink is not None:
            try:
                sink.callback_failed(where, exc)
            except Exception:
                log.exception("error while reporting a failure in %s", where)
