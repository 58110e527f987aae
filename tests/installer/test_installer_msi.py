"""The MSI (stand-in payload, built with wixl): its tables, then install, upgrade and
uninstall under Debian's wine in a throwaway WINEPREFIX.

What wine cannot show: Windows' own msiexec (elevation, managed installs, GPO/Intune),
the real frozen softphone.exe, Start-menu placement for all users (wine puts the per-machine
shortcut in the user's Start menu) and signing: .github/workflows/windows.yml does those on a
Windows runner.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.requirements import require_binary
from tests.installer.conftest import MsiBuilds, run

pytestmark = [pytest.mark.installer, pytest.mark.timeout(900)]

UPGRADE_CODE = "B7F39CCC-6421-5CCE-93C4-85482A6BD275"
POLICY_KEY = r"HKLM\SOFTWARE\Policies\Softphone"
PROPERTIES = {
    "SERVER_URL": "general.server_url",
    "SIP_DOMAIN": "sip.domain",
    "SIP_PROXY": "sip.proxy",
    "SIP_TRANSPORT": "sip.transport",
    "SUPERVISOR_URI": "calls.supervisor_uri",
    "DEFAULT_LANGUAGE": "general.language",
    "ENROLMENT_CODE": "enrolment.code",
}


def table(msi: Path, name: str) -> list[dict[str, str]]:
    lines = run(["msiinfo", "export", str(msi), name]).stdout.splitlines()
    header = lines[0].rstrip("\r").split("\t")
    return [dict(zip(header, line.rstrip("\r").split("\t"), strict=False)) for line in lines[3:]]


# -- (a) tables -----------------------------------------------------------------------------


def test_property_table(msi_builds: MsiBuilds) -> None:
    props = {row["Property"]: row["Value"] for row in table(msi_builds.first.path, "Property")}
    assert props["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    expected_code = uuid.uuid5(uuid.UUID(UPGRADE_CODE), msi_builds.first.version)
    assert props["ProductCode"] == "{" + str(expected_code).upper() + "}"
    assert props["ProductVersion"] == msi_builds.first.version
    assert props["ALLUSERS"] == "1", "per-machine"
    assert props["MsiHiddenProperties"] == "ENROLMENT_CODE"
    assert props["URL_HANDLERS"] == "1"
    secure = set(props["SecureCustomProperties"].split(";"))
    assert secure >= {*PROPERTIES, "RESET_PROVISIONING", "URL_HANDLERS"}
    assert secure >= {f"SAVED_{p}" for p in PROPERTIES if p != "ENROLMENT_CODE"}
    for name in PROPERTIES:
        assert name not in props, f"{name} must have no default (empty means: not provisioned)"


def test_upgrade_table_and_downgrade_guard(msi_builds: MsiBuilds) -> None:
    rows = table(msi_builds.first.path, "Upgrade")
    assert {row["UpgradeCode"] for row in rows} == {"{" + UPGRADE_CODE + "}"}
    detect = {row["ActionProperty"]: row for row in rows}
    assert detect["WIX_UPGRADE_DETECTED"]["VersionMax"] == msi_builds.first.version
    assert detect["WIX_DOWNGRADE_DETECTED"]["VersionMin"] == msi_builds.first.version
    assert int(detect["WIX_DOWNGRADE_DETECTED"]["Attributes"]) & 2, "only detect newer ones"
    conditions = [row["Condition"] for row in table(msi_builds.first.path, "LaunchCondition")]
    assert "NOT WIX_DOWNGRADE_DETECTED" in conditions
    sequence = {
        row["Action"]: int(row["Sequence"])
        for row in table(msi_builds.first.path, "InstallExecuteSequence")
    }
    assert (
        sequence["InstallValidate"]
        < sequence["RemoveExistingProducts"]
        < sequence["InstallInitialize"]
    )


def test_remember_property_sequence(msi_builds: MsiBuilds) -> None:
    actions = {row["Action"]: row for row in table(msi_builds.first.path, "CustomAction")}
    searches = {
        row["Property"]: row["Signature_"] for row in table(msi_builds.first.path, "AppSearch")
    }
    locators = {row["Signature_"]: row for row in table(msi_builds.first.path, "RegLocator")}
    for seq_table in ("InstallUISequence", "InstallExecuteSequence"):
        rows = {row["Action"]: row for row in table(msi_builds.first.path, seq_table)}
        app_search = int(rows["AppSearch"]["Sequence"])
        cost_finalize = int(rows["CostFinalize"]["Sequence"])
        restores = [name for name in rows if name.startswith("Restore")]
        assert len(restores) == 6, seq_table
        for name in restores:
            assert app_search < int(rows[name]["Sequence"]) < cost_finalize, (seq_table, name)
            prop = actions[name]["Source"]
            assert int(actions[name]["Type"]) & 0x3F == 51, "set-property action"
            assert actions[name]["Target"] == f"[SAVED_{prop}]"
            assert rows[name]["Condition"] == (
                f"SAVED_{prop} AND NOT {prop} AND NOT RESET_PROVISIONING"
            )
            locator = locators[searches[f"SAVED_{prop}"]]
            assert locator["Key"] == r"SOFTWARE\Policies\Softphone"
            assert locator["Name"] == PROPERTIES[prop]
            assert int(locator["Type"]) & 16, "64-bit registry view"
    assert "RestoreEnrolmentCode" not in actions, "a one-time code is never remembered"


def test_registry_and_component_tables(msi_builds: MsiBuilds) -> None:
    msi = msi_builds.first.path
    components = {row["Component"]: row for row in table(msi, "Component")}
    registry = table(msi, "Registry")
    policy = {row["Name"]: row for row in registry if row["Key"] == r"SOFTWARE\Policies\Softphone"}
    assert set(policy) == set(PROPERTIES.values())
    for prop, name in PROPERTIES.items():
        row = policy[name]
        assert (row["Root"], row["Value"]) == ("2", f"[{prop}]"), "HKLM, the property's value"
        component = components[row["Component_"]]
        assert component["Condition"] == prop, "written only when given"
        assert component["KeyPath"] == row["Registry"]
        assert int(component["Attributes"]) & 256, "64-bit component"
    handlers = {(row["Key"], row["Name"]): row["Value"] for row in registry}
    command = '"[INSTALLDIR]softphone.exe" "%1"'
    for scheme in ("sip", "tel"):
        assert handlers[(rf"SOFTWARE\Classes\{scheme}\shell\open\command", "")] == command
        assert (rf"SOFTWARE\Classes\{scheme}", "URL Protocol") in handlers
        key = r"SOFTWARE\Softphone\Capabilities\UrlAssociations"
        assert handlers[(key, scheme)] == "Softphone.Url"
    assert handlers[(r"SOFTWARE\Classes\Softphone.Url\shell\open\command", "")] == command
    assert handlers[(r"SOFTWARE\RegisteredApplications", "Softphone")] == (
        r"SOFTWARE\Softphone\Capabilities"
    )
    assert components["UrlSchemeSip"]["Condition"] == 'URL_HANDLERS = "1"'


def test_shortcut_files_and_directories(msi_builds: MsiBuilds) -> None:
    msi = msi_builds.first.path
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Target"] == "[INSTALLDIR]softphone.exe"
    assert shortcut["Icon_"] == "softphone.ico"
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    files = {row["FileName"].split("|")[-1] for row in table(msi, "File")}
    assert {"softphone.exe", "critical.toml"} <= files
    summary = run(["msiinfo", "suminfo", str(msi)]).stdout
    assert "Template: x64;1033" in summary


# -- (b) under wine -------------------------------------------------------------------------


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {"WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "WINEARCH": "win64"}

    def __call__(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = run(["wine", *args], env=self.env, check=check, timeout=180)
        # msiexec may hand work to other wine processes: wait until they are all done.
        run(["wineserver", "-w"], env=self.env, timeout=180)
        return result

    def msiexec(self, *args: str) -> None:
        result = self("msiexec", *args, check=False)
        assert result.returncode == 0, f"msiexec {args}: {result.returncode}\n{result.stderr}"

    def values(self, key: str = POLICY_KEY) -> dict[str, str] | None:
        """The REG_SZ values of a 64-bit key, or None when the key does not exist."""
        result = self("reg", "query", key, "/reg:64", check=False)
        if result.returncode != 0:
            return None
        found = {}
        for line in result.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) >= 2 and parts[1].startswith("REG_"):
                found[parts[0]] = parts[2] if len(parts) == 3 else ""
        return found

    @property
    def program_files(self) -> Path:
        return self.prefix / "drive_c" / "Program Files" / "Softphone"


@pytest.fixture
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    """A fresh WINEPREFIX per test (about 6 s to make), so one failure cannot leak on."""
    require_binary("wine", "wine")
    require_binary("wineserver", "wine")
    prefix = tmp_path_factory.mktemp("wineprefix")
    box = Wine(prefix)
    run(["wineboot", "--init"], env=box.env, timeout=300)
    run(["wineserver", "-w"], env=box.env, timeout=300)
    yield box
    run(["wineserver", "-k"], env=box.env, check=False)
    shutil.rmtree(prefix, ignore_errors=True)


def start_menu_links(prefix: Path) -> list[Path]:
    return [p for p in (prefix / "drive_c").rglob("Softphone.lnk") if "Start Menu" in str(p)]


def test_install_upgrade_uninstall_under_wine(msi_builds: MsiBuilds, wine: Wine) -> None:
    v1, v2 = str(msi_builds.first.path), str(msi_builds.upgrade.path)

    # 1. silent per-machine install with properties
    wine.msiexec(
        "/i", v1, "/qn",
        "SERVER_URL=https://softphone.example.com", "SIP_DOMAIN=pbx.example.com",
        "SIP_PROXY=sip:sbc.example.com;lr", "DEFAULT_LANGUAGE=it", "ENROLMENT_CODE=ABCD-1234",
    )  # fmt: skip
    assert wine.values() == {
        "general.server_url": "https://softphone.example.com",
        "sip.domain": "pbx.example.com",
        "sip.proxy": "sip:sbc.example.com;lr",
        "general.language": "it",
        "enrolment.code": "ABCD-1234",
    }, "given properties written; omitted ones (SIP_TRANSPORT, SUPERVISOR_URI) not at all"
    assert (wine.program_files / "softphone.exe").is_file()
    assert (
        wine.program_files / "_internal" / "resources" / "scenarios" / "critical.toml"
    ).is_file()
    command = wine.values(r"HKLM\Software\Classes\sip\shell\open\command")
    assert command == {"(Default)": r'"C:\Program Files\Softphone\softphone.exe" "%1"'}
    assert wine.values(r"HKLM\Software\RegisteredApplications") == {
        "Softphone": r"SOFTWARE\Softphone\Capabilities"
    }
    assert start_menu_links(wine.prefix), "Start-menu shortcut"

    # 2. upgrade giving only SERVER_URL: it changes, the others are remembered, the
    #    one-time enrolment code is not
    wine.msiexec("/i", v2, "/qn", "SERVER_URL=https://new.example.com")
    assert wine.values() == {
        "general.server_url": "https://new.example.com",
        "sip.domain": "pbx.example.com",
        "sip.proxy": "sip:sbc.example.com;lr",
        "general.language": "it",
    }
    version_file = wine.program_files / "_internal" / "VERSION.txt"
    assert msi_builds.upgrade.version in version_file.read_text(encoding="utf-8")
    uninstall = wine.values(r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall")
    assert uninstall is not None

    # 3. the next upgrade with no properties at all keeps everything
    v3 = str(msi_builds.third.path)
    wine.msiexec("/i", v3, "/qn")
    assert wine.values() == {
        "general.server_url": "https://new.example.com",
        "sip.domain": "pbx.example.com",
        "sip.proxy": "sip:sbc.example.com;lr",
        "general.language": "it",
    }

    # 4. uninstall: files, policy values, handlers, shortcut gone
    wine.msiexec("/x", v3, "/qn")
    assert wine.values() is None
    for key in (r"HKLM\Software\Classes\sip", r"HKLM\Software\Classes\tel",
                r"HKLM\Software\Softphone", r"HKLM\Software\Classes\Softphone.Url"):  # fmt: skip
        assert wine.values(key) is None, key
    registered = wine.values(r"HKLM\Software\RegisteredApplications") or {}
    assert "Softphone" not in registered
    assert not wine.program_files.exists()
    assert not start_menu_links(wine.prefix)


def test_reset_and_url_handlers_off_under_wine(msi_builds: MsiBuilds, wine: Wine) -> None:
    """Control: without the restore (RESET_PROVISIONING=1) an upgrade drops omitted values,
    so test 2 above really exercises the remember-property actions."""
    v1, v2 = str(msi_builds.first.path), str(msi_builds.upgrade.path)
    wine.msiexec("/i", v1, "/qn", "SIP_DOMAIN=pbx.example.com", "URL_HANDLERS=0")
    assert wine.values() == {"sip.domain": "pbx.example.com"}
    assert wine.values(r"HKLM\Software\Classes\sip") is None, "URL_HANDLERS=0: scheme untouched"
    assert wine.values(r"HKLM\Software\Softphone\Capabilities\UrlAssociations") == {
        "sip": "Softphone.Url",
        "tel": "Softphone.Url",
    }, "still offered in Default apps"
    wine.msiexec("/i", v2, "/qn", "SERVER_URL=https://x.example.com", "RESET_PROVISIONING=1")
    assert wine.values() == {"general.server_url": "https://x.example.com"}
    wine.msiexec("/x", v2, "/qn")
    assert wine.values() is None
    assert not wine.program_files.exists()


def test_downgrade_is_refused_under_wine(msi_builds: MsiBuilds, wine: Wine) -> None:
    v1, v2 = str(msi_builds.first.path), str(msi_builds.upgrade.path)
    wine.msiexec("/i", v2, "/qn", "SIP_DOMAIN=pbx.example.com")
    result = wine("msiexec", "/i", v1, "/qn", check=False)
    assert result.returncode != 0, "installing an older version over a newer one must fail"
    version_file = wine.program_files / "_internal" / "VERSION.txt"
    assert msi_builds.upgrade.version in version_file.read_text(encoding="utf-8")
    wine.msiexec("/x", v2, "/qn")
    assert not wine.program_files.exists()


def test_msi_payload_is_reported(msi_builds: MsiBuilds) -> None:
    assert "payload" in msi_builds.first.log and "MSI size" in msi_builds.first.log
    assert os.path.getsize(msi_builds.first.path) > 100_000
