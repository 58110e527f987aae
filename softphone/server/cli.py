"""`softphone-server`: init, serve, agents, enrolment codes, supervisors, import-customers."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from softphone import __version__
from softphone.core.errors import KnownError
from softphone.server import accounts, enrolment, migrate
from softphone.server.csv_import import import_file
from softphone.server.db import Database
from softphone.server.security import Passwords
from softphone.server.settings import ServerSettings

log = logging.getLogger("softphone.server")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="softphone-server",
        description="Softphone sync server and supervisor dashboard.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        help="database URL (default: SQLite file in the data dir; "
        "production: postgresql://user:pass@host/dbname); env SOFTPHONE_SERVER_DB",
    )
    parser.add_argument("--data-dir", type=Path, help="env SOFTPHONE_SERVER_DATA_DIR")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("init", help="create the data dir and the schema (alembic upgrade head)")
    serve = sub.add_parser("serve", help="run the HTTP server (API + dashboard)")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8080)")
    serve.add_argument("--workers", type=int, help="worker processes (default 1)")
    serve.add_argument("--db", dest="serve_db", help="database URL (same as the global --db)")
    serve.add_argument(
        "--no-migrate", action="store_true", help="do not run `upgrade head` before serving"
    )
    serve.add_argument(
        "--proxy-headers",
        action="store_true",
        help="trust X-Forwarded-For/Proto from --forwarded-allow-ips (behind a load balancer)",
    )
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1")

    add_agent = sub.add_parser("add-agent", help="create an agent; prints its token once")
    add_agent.add_argument("name")
    add_agent.add_argument(
        "--role",
        choices=accounts.ROLES,
        default="agent",
        help="agent (sync) or integration (reads /notes and /calls)",
    )
    revoke = sub.add_parser("revoke-agent", help="revoke an agent's token at once")
    revoke.add_argument("name")
    sub.add_parser("list-agents", help="agents, roles and whether revoked")

    add_enrol = sub.add_parser(
        "add-enrolment",
        help="create an enrolment code for desks (IT provisions it); prints the code once",
    )
    add_enrol.add_argument(
        "--uses", type=int, default=1, help="how many desks may enrol with it (default 1)"
    )
    add_enrol.add_argument(
        "--expires-in",
        type=float,
        default=enrolment.DEFAULT_DAYS,
        metavar="DAYS",
        help=f"days until it expires (default {enrolment.DEFAULT_DAYS:g})",
    )
    add_enrol.add_argument(
        "--role", choices=accounts.ROLES, default="agent", help="role of the tokens it issues"
    )
    add_enrol.add_argument("--label", default="", help="a note for list-enrolments")
    sub.add_parser("list-enrolments", help="enrolment codes: uses left, expiry, state")
    revoke_enrol = sub.add_parser("revoke-enrolment", help="stop an enrolment code at once")
    revoke_enrol.add_argument("id", type=int, help="the code's number from list-enrolments")

    add_sup = sub.add_parser("add-supervisor", help="create a dashboard login")
    add_sup.add_argument("name")
    add_sup.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    imp = sub.add_parser("import-customers", help="import customers from a CSV file")
    imp.add_argument("file", type=Path)
    return parser


def _settings(args: argparse.Namespace) -> ServerSettings:
    db = getattr(args, "serve_db", None) or args.db
    return ServerSettings.from_env(
        db=db,
        data_dir=args.data_dir,
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        workers=getattr(args, "workers", None),
    )


def _open(settings: ServerSettings, *, migrate_first: bool = True) -> Database:
    if settings.db_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.db_url, pool_size=2)
    if migrate_first:
        migrate.upgrade(db)
    return db


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise KnownError("the passwords differ")
    return first


def _serve(settings: ServerSettings, args: argparse.Namespace) -> int:
    import uvicorn

    if settings.auto_migrate and not args.no_migrate:
        _open(settings).dispose()
    os.environ.update(settings.to_env())  # worker processes rebuild the settings from here
    print(f"softphone-server {__version__}: http://{settings.host}:{settings.port}/dashboard")
    uvicorn.run(
        "softphone.server.app:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level="info",
        access_log=False,  # access lines would carry query strings; our loggers say enough
    )
    return 0


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.command == "serve":
        return _serve(settings, args)
    db = _open(settings)
    try:
        if args.command == "init":
            print(f"database ready at revision {migrate.current_revision(db)}: {_safe_url(db.url)}")
        elif args.command == "add-agent":
            with db.writing() as session:
                token = accounts.add_agent(session, args.name, role=args.role)
            print(f"Agent {args.name!r} ({args.role}) created. Its token (shown only once):")
            print(token)
        elif args.command == "revoke-agent":
            with db.writing() as session:
                if not accounts.revoke_agent(session, args.name):
                    raise KnownError(f"no active agent named {args.name!r}")
            print(f"Agent {args.name!r} revoked.")
        elif args.command == "list-agents":
            with db.reading() as session:
                for agent in accounts.list_agents(session):
                    state = f"revoked {agent.revoked_at:%Y-%m-%d}" if agent.revoked_at else "active"
                    print(f"{agent.name}\t{agent.role}\t{state}")
        elif args.command == "add-enrolment":
            with db.writing() as session:
                code, row = enrolment.add_enrolment(
                    session,
                    uses=args.uses,
                    expires_in_days=args.expires_in,
                    role=args.role,
                    label=args.label,
                )
                number, expires = row.id, row.expires_at
            print(
                f"Enrolment code #{number} ({args.role}, {args.uses} use(s), expires "
                f"{expires:%Y-%m-%d %H:%M} UTC). The code (shown only once):"
            )
            print(code)
        elif args.command == "list-enrolments":
            with db.reading() as session:
                for row in enrolment.list_enrolments(session):
                    used = row.uses_total - row.uses_left
                    print(
                        f"#{row.id}\t{row.role}\t{used}/{row.uses_total} used\t"
                        f"expires {row.expires_at:%Y-%m-%d %H:%M}\t{enrolment.state(row)}\t"
                        f"{row.label}"
                    )
        elif args.command == "revoke-enrolment":
            with db.writing() as session:
                if not enrolment.revoke_enrolment(session, args.id):
                    raise KnownError(f"no active enrolment code #{args.id}")
            print(f"Enrolment code #{args.id} revoked.")
        elif args.command == "add-supervisor":
            password = _read_password(args.password_stdin)
            passwords = Passwords(
                time_cost=settings.argon2_time_cost, memory_kib=settings.argon2_memory_kib
            )
            with db.writing() as session:
                accounts.add_supervisor(session, args.name, password, passwords)
            print(f"Supervisor {args.name!r} created.")
        elif args.command == "import-customers":
            return _import(db, args.file)
    finally:
        db.dispose()
    return 0


def _import(db: Database, path: Path) -> int:
    try:
        report = import_file(db, path)
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(f"cannot read {path}: {exc}") from exc
    for problem in report.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    print(
        f"{report.created} customers created, {report.updated} updated, "
        f"{len(report.problems)} problems"
    )
    return 1 if report.problems else 0


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return run(args)
    except KnownError as exc:
        print(f"softphone-server: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # settings from the environment
        print(f"softphone-server: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
