"""The .deb: built once per session around the real frozen app, inspected, linted, then
(with SOFTPHONE_TEST_SYSTEM_INSTALL=1, as root) installed with apt-get, self-tested,
upgraded, removed and purged on this machine, which must end as clean as it started.

The lifecycle tests run in file order and share one installation (module fixture); the
fixture purges whatever is left, whatever fails.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.requirements import require_binary
from tests.installer.conftest import DebBuilds, run, system_install_allowed

pytestmark = [pytest.mark.installer, pytest.mark.timeout(1800)]

CONF = Path("/etc/softphone/provisioning.toml")
# The installed command by its path: the test venv's own `softphone` is first on PATH.
INSTALLED = "/usr/bin/softphone"
STATE = Path("/var/lib/softphone/debconf-applied")
APT = {"DEBIAN_FRONTEND": "noninteractive"}
CHECK_LINE = re.compile(r"^(OK  |FAIL) ([a-z][a-z0-9-]*): (.*)$")
# What proves the bundle whole (Qt plugins, pjsua2 native library, Python packages, the
# provisioning file read): must be OK on any machine. keychain and sip may FAIL here.
BUNDLE_CHECKS = ("python", "qt", "provisioning", "pjsua2", "headset")
# Our pjsua2 build (installer/pjsua2/build-wheel.sh) is bundled when dist/pjsua2 has it:
# CI builds it first (installer/pjsua2/ci-audio-tests.sh), so CI ships the sound build.
OUR_PJSUA2 = sorted((Path(__file__).resolve().parents[2] / "dist/pjsua2").glob("*.whl"))
XCB_LIBS = ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1")


def control(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in run(["dpkg-deb", "-f", str(deb)]).stdout.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            fields[key] = value
    return fields


def contents(deb: Path) -> dict[str, str]:
    """path -> tar listing line (mode, owner, size, ..., target for symlinks)."""
    listing = {}
    for line in run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines():
        parts = line.split(None, 5)
        path = parts[5].split(" -> ")[0].removeprefix(".").rstrip("/") or "/"
        listing[path] = line
    return listing


# -- the package as built -------------------------------------------------------------------


def test_control_fields(deb_builds: DebBuilds) -> None:
    fields = control(deb_builds.first.path)
    assert fields["Package"] == "softphone"
    assert fields["Version"] == deb_builds.first.version
    assert fields["Architecture"] == "amd64"
    depends = fields["Depends"]
    for lib in XCB_LIBS:
        assert re.search(rf"(^|, ){re.escape(lib)}( \(|,|$)", depends), lib
    assert "debconf (>= 0.5) | debconf-2.0" in depends
    glibc = re.search(r"libc6 \(>= 2\.(\d+)\)", depends)
    assert glibc and int(glibc.group(1)) <= 35, "must install on Ubuntu 22.04 (glibc 2.35)"
    assert fields["Recommends"] == "gnome-keyring | keepassxc"
    assert int(fields["Installed-Size"]) > 50_000
    assert "conffiles" not in run(["dpkg-deb", "-I", str(deb_builds.first.path)]).stdout


def test_files(deb_builds: DebBuilds) -> None:
    files = contents(deb_builds.first.path)
    assert files["/usr/bin/softphone"].startswith("lrwxrwxrwx root/root")
    assert files["/usr/bin/softphone"].endswith("-> /opt/softphone/softphone")
    assert files["/opt/softphone/softphone"].startswith("-rwxr-xr-x root/root")
    for path in (
        "/usr/share/applications/softphone.desktop",
        "/usr/share/icons/hicolor/scalable/apps/softphone.svg",
        "/usr/share/metainfo/softphone.metainfo.xml",
        "/usr/share/man/man1/softphone.1.gz",
        "/usr/share/doc/softphone/copyright",
        "/usr/share/doc/softphone/changelog.gz",
        "/usr/share/softphone/provisioning.toml.example",
        "/usr/share/lintian/overrides/softphone",
        "/opt/softphone/_internal/resources/scenarios/critical.toml",
        "/opt/softphone/_internal/resources/prompts/en/farewell.wav",
    ):
        assert path in files, path
    assert not [p for p in files if p.startswith("/etc")], "/etc is managed by postinst"
    assert not [p for p in files if "softphone/server" in p], "no server in the desktop app"
    assert not [p for p in files if re.search(r"/(fastapi|uvicorn|sqlalchemy)/", p)]
    assert not [p for p in files if "qtquick" in p.lower() or "libQt6Pdf" in p]


def test_control_scripts(deb_builds: DebBuilds, tmp_path: Path) -> None:
    run(["dpkg-deb", "-e", str(deb_builds.first.path), str(tmp_path)])
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["config", "control", "md5sums", "postinst", "postrm", "templates"]
    for script in ("config", "postinst", "postrm"):
        run(["sh", "-n", str(tmp_path / script)])
        assert os.access(tmp_path / script, os.X_OK)
    assert "toml_set()" in (tmp_path / "postinst").read_text(encoding="utf-8")
    sums = (tmp_path / "md5sums").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith("  opt/softphone/softphone") for line in sums)


def test_lintian_clean_with_justified_overrides(deb_builds: DebBuilds) -> None:
    require_binary("lintian", "lintian")
    result = run(
        ["lintian", "--fail-on", "error,warning", str(deb_builds.first.path)],
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    overrides = Path(__file__).resolve().parents[2] / "installer/linux/lintian-overrides"
    for line in overrides.read_text(encoding="utf-8").splitlines():
        if line.startswith("softphone:"):
            assert line.split("#")[0].strip(), line


def test_desktop_entry_and_metainfo_validate() -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "linux"
    require_binary("desktop-file-validate", "desktop-file-utils")
    run(["desktop-file-validate", str(root / "softphone.desktop")])
    require_binary("appstreamcli", "appstream")
    result = run(
        ["appstreamcli", "validate", "--no-net", str(root / "softphone.metainfo.xml")], check=False
    )
    problems = [
        line
        for line in result.stdout.splitlines()
        if re.match(r"^[EW]: ", line) and "cid-desktopapp-is-not-rdns" not in line
    ]
    assert problems == [], result.stdout


def test_frozen_app_bundle(deb_builds: DebBuilds) -> None:
    frozen = deb_builds.frozen_dir
    assert run([str(frozen / "softphone"), "--version"]).stdout.startswith("softphone ")
    internal = frozen / "_internal"
    assert list(internal.glob("pjsua2/_pjsua2*.so")), "pjsua2's native module"
    assert list(internal.glob("PySide6/Qt/plugins/platforms/libqxcb.so"))
    assert list(internal.glob("PySide6/Qt/plugins/platforms/libqoffscreen.so"))
    assert not list(internal.glob("libgtk-3*")), "system libraries stay out of the bundle"
    ours = (internal / "pjsua2/_softphone_build.json").exists()
    assert ours == bool(OUR_PJSUA2 and "PJSUA2_WHEEL" not in os.environ), "which pjsua2"
    if ours:
        depends = control(deb_builds.first.path)["Depends"]
        assert "libasound2-plugins | pipewire-alsa" in depends, depends
        assert "libopus0" in depends and "libssl3" in depends, depends
    assert not list(internal.glob("libstdc++*"))


# -- installed on this machine --------------------------------------------------------------


def purge_if_installed() -> None:
    state = run(["dpkg-query", "-W", "-f=${Status}", "softphone"], check=False).stdout
    if state.strip():
        run(["apt-get", "purge", "-y", "softphone"], env=APT, check=False, timeout=300)


@pytest.fixture(scope="module")
def installed(deb_builds: DebBuilds) -> Iterator[DebBuilds]:
    """The first .deb installed with apt-get, preseeded like IT would; purged afterwards."""
    system_install_allowed()
    preseed = (
        "softphone softphone/server_url string https://softphone.example.com\n"
        "softphone softphone/sip_domain string pbx.example.com\n"
        "softphone softphone/default_language select de\n"
        "softphone softphone/sip_transport select none\n"
    )
    subprocess.run(["debconf-set-selections"], input=preseed, text=True, check=True)
    try:
        run(["apt-get", "install", "-y", str(deb_builds.first.path)], env=APT, timeout=900)
        yield deb_builds
    finally:
        purge_if_installed()


def test_version(installed: DebBuilds) -> None:
    assert run([INSTALLED, "--version"]).stdout.strip() == "softphone " + installed.first.version
    run(["dpkg", "--verify", "softphone"])  # md5sums of every installed file


def test_debconf_answers_written(installed: DebBuilds) -> None:
    from softphone.config import provisioning

    parsed = provisioning.parse(CONF.read_text(encoding="utf-8"))
    assert parsed.problems == []
    assert parsed.values == {
        "general.server_url": "https://softphone.example.com",
        "sip.domain": "pbx.example.com",
        "general.language": "de",
    }
    assert oct(CONF.stat().st_mode & 0o777) == "0o644"
    assert "# domain = " in CONF.read_text(encoding="utf-8"), "the commented template is kept"


def test_self_test_of_the_installed_app(installed: DebBuilds, tmp_path: Path) -> None:
    prov = tmp_path / "provisioning.toml"
    prov.write_text(
        '[sip]\ndomain = "pbx.invalid"\nregistrar = "sip:127.0.0.1:9"\n'
        '[general]\nserver_url = "https://softphone.example.com"\n',
        encoding="utf-8",
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "SOFTPHONE_HOME": str(tmp_path / "home")}
    result = run(
        [INSTALLED, "--self-test", "--provisioning", str(prov), "--timeout", "3"],
        env=env,
        check=False,
        timeout=300,
    )
    lines = [CHECK_LINE.match(line) for line in result.stdout.splitlines()]
    checks = {m.group(2): (m.group(1).strip(), m.group(3)) for m in lines if m}
    assert len(checks) >= 6, result.stdout + result.stderr
    for name in BUNDLE_CHECKS:
        assert checks.get(name, ("missing",))[0] == "OK", (name, result.stdout)
    assert (
        str(prov) in checks["provisioning"][1] and "3 settings locked" in checks["provisioning"][1]
    )
    build = "pjsua2-softphone" if OUR_PJSUA2 else "pjsua2-python"
    assert checks["pjsua2"][1].startswith(build + " "), checks["pjsua2"]
    failed = [name for name, (state, _) in checks.items() if state == "FAIL"]
    assert result.returncode == (1 if failed else 0), "exit 0 only when every check passed"
    assert re.search(rf"^self-test: .*{len(checks)} checks", result.stdout, re.M)


def test_upgrade_remove_purge(installed: DebBuilds) -> None:
    owned = run(["dpkg", "-L", "softphone"]).stdout.splitlines()
    # IT edits the file by hand (a debconf-owned key and a key of its own) ...
    text = CONF.read_text(encoding="utf-8")
    text = text.replace('domain = "pbx.example.com"', 'domain = "edited.example.com"')
    text = text.replace("[calls]\n", "[calls]\nauto_answer = true\n")
    CONF.write_text(text, encoding="utf-8")
    # ... and preseeds a new server URL for the rollout of the next version.
    subprocess.run(
        ["debconf-set-selections"],
        input="softphone softphone/server_url string https://new.example.com\n",
        text=True,
        check=True,
    )
    run(["apt-get", "install", "-y", str(installed.upgrade.path)], env=APT, timeout=900)
    version = run(["dpkg-query", "-W", "-f=${Version}", "softphone"]).stdout
    assert version == installed.upgrade.version

    from softphone.config import provisioning

    parsed = provisioning.parse(CONF.read_text(encoding="utf-8"))
    assert parsed.values == {
        "sip.domain": "edited.example.com",  # IT's hand edit wins over the stored answer
        "calls.auto_answer": True,  # IT's own key survives
        "general.server_url": "https://new.example.com",  # the new preseed applies
        "general.language": "de",
    }
    shown = run(["debconf-show", "softphone"]).stdout
    assert "softphone/sip_domain: edited.example.com" in shown, "debconf learns the edit"

    run(["apt-get", "remove", "-y", "softphone"], env=APT, timeout=300)
    assert CONF.exists() and "edited.example.com" in CONF.read_text(encoding="utf-8")
    assert not os.path.lexists(INSTALLED)
    leftovers = [p for p in owned if not Path(p).is_dir() and os.path.lexists(p)]
    assert leftovers == [], "remove leaves only the configuration"
    for own_dir in ("/opt/softphone", "/usr/share/softphone", "/usr/share/doc/softphone"):
        assert not os.path.exists(own_dir), own_dir

    run(["apt-get", "purge", "-y", "softphone"], env=APT, timeout=300)
    assert not Path("/etc/softphone").exists()
    assert not STATE.parent.exists()
    selections = run("debconf-get-selections 2>/dev/null || true").stdout
    assert not [line for line in selections.splitlines() if line.startswith("softphone\t")]
    state = run(["dpkg-query", "-W", "-f=${Status}", "softphone"], check=False)
    assert "installed" not in state.stdout and "config-files" not in state.stdout
