"""A real Kamailio registrar/proxy with digest auth (static users, no DB) on loopback.

`kamailio` (function scope) writes a minimal kamailio.cfg into the test's tmp dir, starts
`kamailio -DD -E` in the foreground on a free UDP+TCP port of 127.0.0.1, waits until it
answers OPTIONS, and kills it at teardown. `stop()`/`start()` restart it on the same port.
Missing kamailio skips the test, or fails it under SOFTPHONE_REQUIRE_ALL=1.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.ports import free_port
from tests.helpers.requirements import require_binary

HOST = "127.0.0.1"
START_TIMEOUT = 10.0
# Static credentials (htable): every SIP user the tests and the benchmarks use.
USERS: dict[str, str] = {
    "agent": "agent-pw",
    "agent2": "agent2-pw",
    "customer": "customer-pw",
    "customer2": "customer2-pw",
    "supervisor": "supervisor-pw",
    "bench": "bench-pw",
}

_MODULES = [
    "tm",
    "sl",
    "rr",
    "pv",
    "maxfwd",
    "textops",
    "siputils",
    "xlog",
    "sanity",
    "auth",
    "htable",
    "usrloc",
    "registrar",
]

_CFG = """#!KAMAILIO
# Written by tests/helpers/kamailio.py: registrar + proxy, digest auth from an htable.
debug=2
log_stderror=yes
fork=yes
children=2
tcp_children=2
auto_aliases=no
dns=no
rev_dns=no
rundir="{rundir}"
mpath="{mpath}"
listen=udp:{host}:{port}
listen=tcp:{host}:{port}
alias="{host}:{port}"

{loadmodules}

modparam("htable", "htable", "users=>size=6;")
modparam("usrloc", "db_mode", 0)
modparam("registrar", "min_expires", 2)
modparam("registrar", "default_expires", 60)
modparam("registrar", "max_expires", 3600)
modparam("auth", "nonce_expire", 300)

event_route[htable:mod-init] {{
{users}
}}

request_route {{
    if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
    if (!sanity_check("1511", "7")) {{ xlog("L_WARN", "malformed $rm from $si\\n"); exit; }}
    if (is_method("OPTIONS") && uri==myself && $rU==$null) {{
        sl_send_reply("200", "Keepalive"); exit;
    }}
    if (has_totag()) {{
        if (loose_route()) {{ t_relay(); exit; }}
        if (is_method("ACK")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
        sl_send_reply("404", "Not here"); exit;
    }}
    if (is_method("CANCEL")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
    t_check_trans();
    if (is_method("REGISTER")) {{
        xlog("L_NOTICE", "REGISTER user=$tU auth=$(hdr(Authorization){{s.len}})\\n");
        if (!pv_auth_check("$fd", "$sht(users=>$tU)", "0", "1")) {{
            auth_challenge("$fd", "0"); exit;
        }}
        consume_credentials();
        if (!save("location")) {{ sl_reply_error(); }}
        exit;
    }}
    # pjsip puts no port in From: compare the From domain, not from_uri==myself
    # (FIELD-NOTES), or INVITEs from local users pass unauthenticated.
    if ($fd == "{host}") {{
        if (!pv_auth_check("$fd", "$sht(users=>$fU)", "0", "1")) {{
            auth_challenge("$fd", "0"); exit;
        }}
        consume_credentials();
    }}
    xlog("L_NOTICE", "$rm from=$fU to=$rU\\n");
    if (is_method("INVITE|SUBSCRIBE|REFER")) {{ record_route(); }}
    if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}
    t_relay();
}}
"""


def _module_dir() -> str:
    for candidate in (
        "/usr/lib/x86_64-linux-gnu/kamailio/modules",
        "/usr/lib/aarch64-linux-gnu/kamailio/modules",
        "/usr/lib64/kamailio/modules",
        "/usr/lib/kamailio/modules",
        "/usr/local/lib64/kamailio/modules",
    ):
        if os.path.isfile(os.path.join(candidate, "registrar.so")):
            return candidate
    return "/usr/lib/x86_64-linux-gnu/kamailio/modules"


class Kamailio:
    """One Kamailio process; restartable on the same port."""

    def __init__(self, binary: str, workdir: Path, users: dict[str, str] | None = None) -> None:
        self.binary = binary
        self.workdir = workdir
        self.users = dict(users or USERS)
        self.host = HOST
        self.port = free_port(HOST)
        self.cfg_path = workdir / "kamailio.cfg"
        self.log_path = workdir / "kamailio.log"
        self._proc: subprocess.Popen[bytes] | None = None
        workdir.mkdir(parents=True, exist_ok=True)
        self.cfg_path.write_text(self._config(), encoding="utf-8")

    @property
    def domain(self) -> str:
        """What accounts use as their SIP domain (host:port)."""
        return f"{self.host}:{self.port}"

    def registrar_uri(self, transport: str = "udp") -> str:
        uri = f"sip:{self.domain}"
        return uri if transport == "udp" else f"{uri};transport={transport}"

    def uri(self, user: str) -> str:
        return f"sip:{user}@{self.domain}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = START_TIMEOUT) -> None:
        if self.running:
            return
        command = [self.binary, "-DD", "-E", "-m", "32", "-M", "8", "-f", str(self.cfg_path)]
        setpriv = shutil.which("setpriv")
        if setpriv:  # SIGTERM to Kamailio if this test process dies without a teardown
            command = [setpriv, "--pdeathsig", "TERM", "--", *command]
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                cwd=self.workdir,
                start_new_session=True,  # its own process group: stop() ends every child
            )
        self._wait_ready(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the main process (it stops its children), then make sure none is left.

        Orphaned Kamailio children ignore SIGTERM, so whatever remains of the process
        group this fixture created gets SIGKILL.
        """
        proc, self._proc = self._proc, None
        if proc is None:
            return
        group = proc.pid  # start_new_session: the group id is the main process id
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        deadline = time.monotonic() + timeout
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
            while time.monotonic() < deadline:
                os.killpg(group, 0)  # raises ProcessLookupError once the group is empty
                time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def register_count(self, user: str) -> int:
        """REGISTER requests from `user` that reached Kamailio (challenges included)."""
        return len(re.findall(rf"REGISTER user={re.escape(user)} ", self.log_text()))

    def requests(self, method: str, *, to: str | None = None) -> int:
        target = re.escape(to) if to else r"\S*"
        pattern = rf"<script>: {method} from=\S* to={target}\b"
        return len(re.findall(pattern, self.log_text()))

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def _config(self) -> str:
        users = "\n".join(
            f'    $sht(users=>{name}) = "{password}";' for name, password in self.users.items()
        )
        return _CFG.format(
            rundir=self.workdir,
            mpath=_module_dir(),
            host=self.host,
            port=self.port,
            loadmodules="\n".join(f'loadmodule "{m}.so"' for m in _MODULES),
            users=users,
        )

    def _wait_ready(self, timeout: float) -> None:
        """Send OPTIONS over UDP until Kamailio answers 200 (each wait is a socket recv)."""
        deadline = time.monotonic() + timeout
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind((self.host, 0))
            local_port = sock.getsockname()[1]
            while time.monotonic() < deadline:
                if self._proc is None or self._proc.poll() is not None:
                    raise RuntimeError(f"kamailio exited at start:\n{self.log_text()[-3000:]}")
                sock.sendto(self._options(local_port), (self.host, self.port))
                sock.settimeout(0.2)
                try:
                    data, _ = sock.recvfrom(4096)
                except (TimeoutError, ConnectionRefusedError):
                    continue
                if data.startswith(b"SIP/2.0 200"):
                    return
        self.stop()
        raise RuntimeError(f"kamailio did not answer within {timeout}s:\n{self.log_text()[-3000:]}")

    def _options(self, local_port: int) -> bytes:
        tag = uuid.uuid4().hex[:8]
        return (
            f"OPTIONS sip:{self.domain} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {self.host}:{local_port};branch=z9hG4bK{uuid.uuid4().hex}\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <sip:probe@{self.host}>;tag={tag}\r\n"
            f"To: <sip:{self.domain}>\r\n"
            f"Call-ID: {uuid.uuid4().hex}@{self.host}\r\n"
            "CSeq: 1 OPTIONS\r\n"
            "Content-Length: 0\r\n\r\n"
        ).encode()


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[Kamailio]:
    """A running Kamailio for this test (users: tests.helpers.kamailio.USERS)."""
    binary = require_binary("kamailio", "kamailio")
    server = Kamailio(binary, tmp_path / "kamailio")
    try:
        server.start()
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()
