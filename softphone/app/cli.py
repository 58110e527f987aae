"""The `softphone` command: the GUI, `demo`, `--self-test` and `--version`.

Imports stay lazy so `softphone --version` and `softphone --help` answer without loading
Qt or pjsua2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from softphone import __version__
from softphone.core.dial_link import is_dial_link

LOG_LEVELS = ("debug", "info", "warning", "error")
DEFAULT_SELF_TEST_TIMEOUT = 10.0


@dataclass(frozen=True)
class Options:
    """What the command line asked for, in the form the app modules take."""

    provisioning: Path | None = None
    log_level: str = "info"
    sip_trace: bool = False
    timeout: float = DEFAULT_SELF_TEST_TIMEOUT
    dial_link: str | None = None  # tel:/sip:/callto: link clicked in a browser or CRM


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="softphone",
        description="Desktop softphone for call-centre agents.",
        epilog=(
            "Commands: `softphone demo [--help]` starts the self-contained demo. "
            "Without a command the softphone itself starts."
        ),
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this desk (Qt, pjsua2, audio, keychain, provisioning, SIP registration), "
        "print one OK/FAIL line per check and exit 0 only if all pass",
    )
    parser.add_argument(
        "--provisioning",
        type=Path,
        metavar="PATH",
        help="provisioning file to use instead of the machine-wide one "
        "(also $SOFTPHONE_PROVISIONING)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_SELF_TEST_TIMEOUT,
        metavar="S",
        help="--self-test: seconds to wait for SIP registration "
        f"(default {DEFAULT_SELF_TEST_TIMEOUT:g})",
    )
    parser.add_argument(
        "--log-level", choices=LOG_LEVELS, default="info", help="log detail (default info)"
    )
    parser.add_argument(
        "--sip-trace",
        action="store_true",
        help="write every SIP message to a trace file in the log directory",
    )
    parser.add_argument(
        "link",
        nargs="?",
        metavar="tel:|sip:LINK",
        help="a link to call (a clicked tel:/sip:/callto: link): it goes into the dial field "
        "of the running softphone, which starts if needed",
    )
    # Shown in --help only: main() hands everything after `demo` to the demo's own parser.
    commands = parser.add_subparsers(dest="command", metavar="{demo,customers}")
    commands.add_parser("demo", help="run the demo: a simulated customer calls this softphone")
    commands.add_parser(
        "customers", help="`customers import FILE.csv`: import customers into the local store"
    )
    return parser


_TAKES_VALUE = ("--provisioning", "--timeout", "--log-level")


def split_command(argv: Sequence[str]) -> tuple[list[str], list[str] | None]:
    """(top-level arguments, the demo's arguments or None when no `demo` command).

    Done by hand because argparse cannot hand a sub-command's unknown options through
    (`softphone demo --help` must reach the demo's own parser).
    """
    expect_value = False
    for index, token in enumerate(argv):
        if expect_value:
            expect_value = False
        elif token == "--":
            break
        elif token in _TAKES_VALUE:
            expect_value = True
        elif token == "demo":
            return list(argv[:index]), list(argv[index + 1 :])
    return list(argv), None


def split_link(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """(the other arguments, the dial link) - a link is the one positional argument."""
    rest: list[str] = []
    link: str | None = None
    expect_value = False
    for token in argv:
        if not expect_value and link is None and is_dial_link(token):
            link = token
            continue
        expect_value = not expect_value and token in _TAKES_VALUE
        rest.append(token)
    return rest, link


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw[:1] == ["sip-peer"]:
        # Internal: the demo's customer (a second pjsua2 process). A frozen app has no
        # `python -m`, so it starts itself with this hidden command.
        from softphone.sip.peer import main as peer_main

        return peer_main(raw[1:])
    if raw[:2] == ["customers", "import"]:
        from softphone.app.customers_cli import main as import_main

        return import_main(raw[2:])
    if raw[:1] == ["qt-probe"]:
        # Internal: the self-test loads Qt in a child process (a broken plugin aborts).
        from softphone.app.selftest import qt_probe

        return qt_probe()
    head, demo_args = split_command(raw)
    head, link = split_link(head)
    parser = build_parser()
    args = parser.parse_args(head)
    if args.link is not None:  # positional, but not a link: argparse took it for one
        parser.error(f"not a tel:, sip: or callto: link: {args.link!r}")
    if args.version:
        print(f"softphone {__version__}")
        return 0
    if args.timeout <= 0:
        parser.error("--timeout must be more than 0 seconds")
    options = Options(
        provisioning=args.provisioning,
        log_level=args.log_level,
        sip_trace=args.sip_trace,
        timeout=args.timeout,
        dial_link=link,
    )
    if demo_args is not None:
        if args.self_test:
            parser.error("--self-test cannot be combined with demo")
        from softphone import demo as demo_package

        return int(demo_package.run(demo_args))
    if args.self_test:
        from softphone.app import selftest

        return selftest.run(options)
    from softphone.app import gui

    return gui.run(options)


if __name__ == "__main__":
    sys.exit(main())
