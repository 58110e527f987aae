"""Entry script of the frozen softphone (PyInstaller): the same as the `softphone` command.

One frozen-only shim: `softphone --self-test` checks Qt in a child process started as
`[sys.executable, "-c", <probe>]`. In a frozen app sys.executable is this program, not a
Python interpreter, so the exact probe of softphone.app.selftest is run here. Nothing else
given with -c is executed: a signed softphone binary must not become a general-purpose
Python runner. (Remove this once the self-test starts its probe with a dedicated option.)
"""

from __future__ import annotations

import sys


def _run_qt_probe(argv: list[str]) -> int | None:
    if len(argv) != 3 or argv[1] != "-c":
        return None
    try:
        from softphone.app import selftest
    except ImportError:
        return None
    probe = getattr(selftest, "_QT_PROBE", None)
    if not probe or argv[2] != probe:
        print("softphone: -c is only accepted for the self-test's Qt probe", file=sys.stderr)
        return 2
    exec(compile(probe, "<softphone-qt-probe>", "exec"), {"__name__": "__main__"})
    return 0


def main() -> int:
    code = _run_qt_probe(sys.argv)
    if code is not None:
        return code
    from softphone.app.cli import main as cli_main

    return int(cli_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
