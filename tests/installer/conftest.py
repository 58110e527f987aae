"""Installer tests: build the .deb and the MSI once per session, in a temporary folder.

They are slow (the .deb freezes the real app with PyInstaller: about 1-2 min, 4 min the
first time while the pinned build venv is made), so they run only when asked for:

    pytest -m installer tests/installer                # builds, tables, lintian, wine
    SOFTPHONE_TEST_SYSTEM_INSTALL=1 pytest -m installer tests/installer
                                                       # + apt-get install/upgrade/purge

The apt-get tests change the machine (they install, upgrade, remove and purge the package
as root): they need that explicit opt-in and refuse to run where softphone is already
installed. Environment passed through to the build scripts: PYTHON (a Python with the
project and PyInstaller, instead of the pinned build venv), SOFTPHONE_FROZEN_DIR (reuse a
frozen app).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.requirements import missing, require_binary

ROOT = Path(__file__).resolve().parents[2]
BUILD_DEB = ROOT / "installer" / "linux" / "build-deb.sh"
BUILD_MSI = ROOT / "installer" / "windows" / "build-msi.sh"
ENV_SYSTEM_INSTALL = "SOFTPHONE_TEST_SYSTEM_INSTALL"
# gzip: lintian accepts it and dpkg-deb takes ~10 s instead of ~3 min for xz -6 (the
# release default). The benchmark measures the xz size.
TEST_COMPRESSION = "-Zgzip -z6"
BUILD_TIMEOUT = 1500


def pytest_configure(config: pytest.Config) -> None:
    # Also to be declared in pyproject.toml's [tool.pytest.ini_options] markers.
    config.addinivalue_line(
        "markers",
        "installer: builds and installs the .deb/.msi (slow, changes the system with "
        f"{ENV_SYSTEM_INSTALL}=1); run with -m installer",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Installer tests run only when the -m expression names them."""
    if "installer" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow installer test: run with -m installer")
    for item in items:
        if item.get_closest_marker("installer"):
            item.add_marker(skip)


def app_version() -> str:
    text = (ROOT / "softphone" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found, "no __version__ in softphone/__init__.py"
    return found.group(1)


def next_patch(version: str) -> str:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    return f"{major}.{minor}.{patch + 1}"


def run(
    args: list[str] | str,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    check: bool = True,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a command (stdin closed: nothing may prompt) and return its output."""
    result = subprocess.run(
        args,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        shell=isinstance(args, str),
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args!r} exited {result.returncode}\n--- stdout\n{result.stdout[-4000:]}"
            f"\n--- stderr\n{result.stderr[-6000:]}"
        )
    return result


@dataclass(frozen=True)
class Build:
    path: Path
    version: str
    seconds: float
    log: str


@dataclass(frozen=True)
class DebBuilds:
    first: Build
    upgrade: Build  # same frozen app, higher Debian version
    frozen_dir: Path


@dataclass(frozen=True)
class MsiBuilds:
    first: Build
    upgrade: Build
    third: Build  # a second upgrade


def _built_path(result: subprocess.CompletedProcess[str]) -> Path:
    return Path(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def deb_builds(tmp_path_factory: pytest.TempPathFactory) -> DebBuilds:
    """softphone_<v>_amd64.deb and softphone_<v>+1_amd64.deb (the same frozen app)."""
    for tool, package in (("dpkg-deb", "dpkg"), ("dpkg-shlibdeps", "dpkg-dev")):
        require_binary(tool, package)
    out = tmp_path_factory.mktemp("deb")
    version = app_version()
    env = {"OUT_DIR": str(out), "DEB_COMPRESS": TEST_COMPRESSION, "LINTIAN": "0"}
    started = time.monotonic()
    first = run([str(BUILD_DEB), version], env=env, timeout=BUILD_TIMEOUT)
    first_build = Build(_built_path(first), version, time.monotonic() - started, first.stderr)
    frozen = Path(
        os.environ.get("SOFTPHONE_FROZEN_DIR") or ROOT / "build/pyinstaller/dist/softphone"
    )
    started = time.monotonic()
    upgrade_version = f"{version}+1"
    second = run(
        [str(BUILD_DEB), upgrade_version],
        env={**env, "SOFTPHONE_FROZEN_DIR": str(frozen)},
        timeout=BUILD_TIMEOUT,
    )
    upgrade = Build(_built_path(second), upgrade_version, time.monotonic() - started, second.stderr)
    return DebBuilds(first_build, upgrade, frozen)


@pytest.fixture(scope="session")
def msi_builds(tmp_path_factory: pytest.TempPathFactory) -> MsiBuilds:
    """Stand-in-payload MSIs of the app's version and the next two patch versions."""
    for tool in ("wixl", "wixl-heat", "msiinfo", "msibuild"):
        require_binary(tool, "wixl msitools")
    out = tmp_path_factory.mktemp("msi")
    builds = []
    for version in (
        app_version(),
        next_patch(app_version()),
        next_patch(next_patch(app_version())),
    ):
        started = time.monotonic()
        result = run([str(BUILD_MSI), version], env={"OUT_DIR": str(out)}, timeout=300)
        builds.append(
            Build(_built_path(result), version, time.monotonic() - started, result.stderr)
        )
    return MsiBuilds(*builds)


def system_install_allowed() -> None:
    """Skip unless the machine may be changed (opt-in, root, apt, not installed already)."""
    if os.environ.get(ENV_SYSTEM_INSTALL, "") in ("", "0", "false", "no"):
        pytest.skip(
            f"installs the .deb system-wide: set {ENV_SYSTEM_INSTALL}=1 (throwaway machine)"
        )
    if os.geteuid() != 0:
        missing("apt-get install needs root")
    require_binary("apt-get", "apt")
    require_binary("debconf-set-selections", "debconf")
    state = run(["dpkg-query", "-W", "-f=${Status}", "softphone"], check=False).stdout
    if "installed" in state or "config-files" in state:
        pytest.skip("softphone is already installed here: not touching it")


@pytest.fixture
def apt_env() -> Iterator[dict[str, str]]:
    yield {"DEBIAN_FRONTEND": "noninteractive", "DEBCONF_NONINTERACTIVE_SEEN": "true"}
