"""The supervisor dashboard in a real Chromium against a real uvicorn: login, filter, review,
ban, export; screenshots of the main pages (resources/screenshots/dashboard-*.png with
SOFTPHONE_UPDATE_SCREENSHOTS=1)."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.helpers.ports import free_port
from tests.helpers.requirements import missing, require_module
from tests.server import seed

ROOT = Path(__file__).resolve().parents[2]
# Screenshots go to a temporary folder; SOFTPHONE_UPDATE_SCREENSHOTS=1 refreshes the
# README's copies in resources/screenshots (a test run must not dirty the checkout).
SHOTS = (
    ROOT / "resources" / "screenshots"
    if os.environ.get("SOFTPHONE_UPDATE_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "softphone-screenshots"
)
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "correct horse battery staple"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class LiveServer:
    url: str
    tokens: dict[str, str]
    customers: dict[str, str]  # customer_number -> id


def _cli(env: dict[str, str], *args: str, stdin: str = "") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "softphone.server.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("live")
    port = free_port()
    env = {
        **os.environ,
        "SOFTPHONE_SERVER_DATA_DIR": str(data),
        "SOFTPHONE_SERVER_ARGON2_TIME_COST": "1",
        "SOFTPHONE_SERVER_ARGON2_MEMORY_KIB": "8192",
    }
    _cli(env, "init")
    _cli(env, "add-supervisor", "sup.anna", "--password-stdin", stdin=PASSWORD + "\n")
    tokens = {a: _cli(env, "add-agent", a).strip().splitlines()[-1] for a in seed.AGENTS}
    csv_path = data / "customers.csv"
    csv_path.write_text(seed.CUSTOMERS_CSV, encoding="utf-8")
    _cli(env, "import-customers", str(csv_path))
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "softphone.server.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-migrate",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        with httpx.Client(base_url=url, timeout=30) as client:
            token = tokens["alice"]
            lookup = {}
            for number, phone in (
                ("C-1001", "+390612345678"),
                ("C-1002", "+4930123456789"),
                ("C-1003", "+74951234567"),
                ("C-1004", "+8613800138000"),
                ("C-1005", "+441632960001"),
                ("C-1006", "+390287654321"),
                ("C-1007", "+441632960999"),
            ):
                r = client.get(
                    "/api/v1/customers/lookup",
                    params={"phone": phone},
                    headers={"Authorization": f"Bearer {token}"},
                )
                lookup[number] = r.json()["customers"][0]["id"]
            for agent, batch in seed.build(lookup, seed.utc_now()).items():
                r = client.post(
                    "/api/v1/events",
                    json=batch,
                    headers={"Authorization": f"Bearer {tokens[agent]}"},
                )
                assert r.status_code == 200 and r.json()["rejected"] == 0, r.text
        yield LiveServer(url, tokens, lookup)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_module("playwright")
    if not os.access(CHROMIUM, os.X_OK):
        missing("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"dashboard-{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_supervisor_workflow(live_server: LiveServer, browser: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/dashboard")
    expect(page).to_have_url(f"{live_server.url}/login?next=%2Fdashboard")
    page.fill("input[name=name]", "sup.anna")
    page.fill("input[name=password]", "wrong password")
    page.click("button[type=submit]")
    expect(page.locator(".error")).to_contain_text("Wrong name or password")
    shot(page, "login")
    page.fill("input[name=name]", "sup.anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Critical situations")
    rows = page.locator("#rows tr")
    assert rows.count() > 10
    shot(page, "situations")

    # Filter: one agent, one reason.
    page.select_option("#f-agent", "carla")
    page.select_option("#f-reason", "insults")
    page.click(".filters button[type=submit]")
    expect(page).to_have_url(re.compile(r"agent=carla.*reason=insults"))
    texts = page.locator("#rows tr td:nth-child(2)").all_inner_texts()
    assert texts and set(texts) == {"carla"}
    assert set(page.locator("#rows tr td:nth-child(5)").all_inner_texts()) == {"insults"}

    # Export exactly that filtered list.
    with page.expect_download() as download_info:
        page.click("text=Export CSV")
    download = download_info.value
    target = tmp_path / "notes.csv"
    download.save_as(target)
    exported = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(exported) == len(texts)
    assert {(r["agent"], r["reason"]) for r in exported} == {("carla", "insults")}

    # Review queue → detail → confirm with a comment.
    page.click("nav >> text=Review queue")
    expect(page.locator("h1")).to_contain_text("Review queue")
    shot(page, "review-queue")
    waiting = int(page.locator("nav .count").inner_text())
    page.locator("a:has-text('Review →')").first.click()
    expect(page.locator("h2", has_text="Timeline")).to_be_visible()
    expect(page.locator(".timeline")).to_contain_text("Warning 1 played")
    expect(page.locator(".timeline")).to_contain_text("Hang-up")
    shot(page, "note-detail")
    page.check("input[value=coach]")
    page.fill("textarea[name=comment]", "Good use of the script; warn earlier next time.")
    page.click("text=Save review")
    expect(page.locator(".flash")).to_have_text("Review saved.")
    assert int(page.locator("nav .count").inner_text()) == waiting - 1

    # Ban a caller for 30 days with an instruction; agents get it in /changes.
    customer = live_server.customers["C-1003"]
    page.goto(f"{live_server.url}/dashboard/customers/{customer}")
    page.select_option("select[name=kind]", "banned")
    page.fill("input[name=instruction]", "Written contact only")
    page.select_option("select[name=expires_days]", "30")
    page.click("text=Save flag")
    expect(page.locator(".flash")).to_contain_text("Flag saved")
    expect(page.locator(".page-head .flag-banned")).to_be_visible()
    shot(page, "customer")
    changes = httpx.get(
        f"{live_server.url}/api/v1/changes",
        params={"limit": 1000},
        headers={"Authorization": f"Bearer {live_server.tokens['bob']}"},
    ).json()
    while changes["has_more"]:
        changes = httpx.get(
            f"{live_server.url}/api/v1/changes",
            params={"since": changes["cursor"], "limit": 1000},
            headers={"Authorization": f"Bearer {live_server.tokens['bob']}"},
        ).json()
    banned = [f for f in changes["flags"] if f["flag"]["kind"] == "banned"]
    assert banned and banned[-1]["flag"]["instruction"] == "Written contact only"

    # The caller whose name is an injection attempt is shown as text.
    page.goto(f"{live_server.url}/dashboard/customers?q=script")
    expect(page.locator("table.list")).to_contain_text("<script>alert('x')</script>")

    page.goto(f"{live_server.url}/dashboard/calls?agent=dmitri&ended_by=local&short=10")
    assert page.locator("#rows tr").count() > 3
    shot(page, "calls")
    page.goto(f"{live_server.url}/dashboard/charts")
    expect(page.locator(".warning")).to_contain_text("dmitri")
    expect(page.locator("svg.svg-chart")).to_have_count(4)
    shot(page, "charts")
    page.goto(f"{live_server.url}/dashboard/audit")
    expect(page.locator("table.list")).to_contain_text("flag.set")
    shot(page, "audit")
    # The one expected failure: the wrong password answered 401 above.
    assert [e for e in errors if "401" not in e] == [], errors
    context.close()
