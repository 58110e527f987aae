"""Installer figures (prints them): .deb size and installed size, MSI size and payload, and
the frozen app's start to its main window shown (offscreen) against running from the venv.

    pytest -m benchmark tests/benchmarks/test_bench_installer.py -s

Builds the release .deb (xz, ~3 min) around the frozen app in build/pyinstaller/dist (made
first if missing). "Window shown" is the first paint of the main window: Qt's
qt.widgets.painting log line "Painting and flushing dirty top level", read as it comes.
"Cold" drops the page cache first (needs root; otherwise every run is warm).
"""

from __future__ import annotations

import os
import selectors
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.requirements import require_binary

pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "build" / "pyinstaller" / "dist" / "softphone"
SHOWN = "Painting and flushing dirty top level"
RUNS = 5


def human(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(args: list[str], env: dict[str, str]) -> tuple[Path, float]:
    started = time.monotonic()
    result = subprocess.run(
        args, env={**os.environ, **env}, capture_output=True, text=True, check=False, timeout=1500
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return Path(result.stdout.strip().splitlines()[-1]), time.monotonic() - started


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def time_to_window(command: list[str], home: Path, *, cold: bool) -> float:
    """Seconds from exec to the main window's first paint (offscreen)."""
    dropped = drop_caches() if cold else False
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.widgets.painting=true",
        "SOFTPHONE_HOME": str(home),
    }
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    started = time.monotonic()
    process = subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    shown = None
    try:
        while shown is None and time.monotonic() - started < 60:
            if not selector.select(timeout=1):
                if process.poll() is not None:
                    break
                continue
            line = process.stderr.readline()
            if not line:
                break
            if SHOWN in line:
                shown = time.monotonic() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert shown is not None, f"{command[0]}: no main window painted within 60 s"
    if cold and not dropped:
        pytest.skip("cannot drop the page cache (not root): no cold start figure")
    return shown


@pytest.fixture(scope="module", autouse=True)
def only_when_asked(request: pytest.FixtureRequest) -> None:
    """Minutes of building and a dropped page cache: never part of a plain `pytest` run."""
    if "benchmark" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("installer benchmark: run with -m benchmark")


@pytest.fixture(scope="module")
def frozen() -> Path:
    if not (FROZEN / "softphone").exists():
        require_binary("dpkg-shlibdeps", "dpkg-dev")
        build([str(ROOT / "installer/linux/build-deb.sh")], {"LINTIAN": "0", "OUT_DIR": "/tmp"})
    return FROZEN


def test_bench_deb_size(frozen: Path, tmp_path: Path) -> None:
    require_binary("dpkg-deb", "dpkg")
    deb, seconds = build(
        [str(ROOT / "installer/linux/build-deb.sh")],
        {"SOFTPHONE_FROZEN_DIR": str(frozen), "OUT_DIR": str(tmp_path), "LINTIAN": "0"},
    )
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True, check=True
    ).stdout
    installed_kib = int(fields.strip())
    print(
        f"\n.deb (xz -6, release)   {human(deb.stat().st_size)}"
        f"\nInstalled-Size          {human(installed_kib * 1024)}"
        f"\nfrozen app (one-dir)    {human(tree_size(frozen))},"
        f" {sum(1 for p in frozen.rglob('*') if p.is_file())} files"
        f"\nbuild-deb.sh (no freeze) {seconds:.1f} s"
    )


def test_bench_msi_size(frozen: Path, tmp_path: Path) -> None:
    require_binary("wixl", "wixl")
    standin, standin_seconds = build(
        [str(ROOT / "installer/windows/build-msi.sh")], {"OUT_DIR": str(tmp_path / "a")}
    )
    # Proxy for the real payload (no Windows build here): the Linux one-dir bundle, whose
    # Qt/Python/pjsua2 content is of the same kind and size as the Windows one. Symlinks
    # stay links (the harvest takes regular files only): a Windows bundle has no duplicates.
    proxy_dir = tmp_path / "proxy"
    shutil.copytree(frozen, proxy_dir, symlinks=True)
    (proxy_dir / "softphone").rename(proxy_dir / "softphone.exe")
    version = "0.0.1"
    proxy, proxy_seconds = build(
        [str(ROOT / "installer/windows/build-msi.sh"), version, str(proxy_dir)],
        {"OUT_DIR": str(tmp_path / "b")},
    )
    standin_payload = ROOT / "build" / "msi" / standin.stem.split("-")[1] / "payload"
    print(
        f"\nMSI, stand-in payload   {human(standin.stat().st_size)}"
        f" (payload {human(tree_size(standin_payload))},"
        f" build {standin_seconds:.1f} s)"
        f"\nMSI, Linux bundle as payload proxy {human(proxy.stat().st_size)}"
        f" (payload {human(tree_size(proxy_dir))}, build {proxy_seconds:.1f} s)"
    )


def test_bench_start_to_window(frozen: Path, tmp_path: Path) -> None:
    commands = {
        "frozen": [str(frozen / "softphone")],
        "venv": [sys.executable, "-m", "softphone"],
    }
    figures = {}
    for name, command in commands.items():
        cold = time_to_window(command, tmp_path / f"{name}-cold", cold=True)
        warm = [time_to_window(command, tmp_path / f"{name}-{i}", cold=False) for i in range(RUNS)]
        figures[name] = (cold, statistics.median(warm), min(warm), max(warm))
    print("\nstart to main window shown (offscreen)   cold     warm median (min-max)")
    for name, (cold, median, low, high) in figures.items():
        print(f"  {name:<38} {cold:6.2f} s  {median:6.2f} s ({low:.2f}-{high:.2f})")
