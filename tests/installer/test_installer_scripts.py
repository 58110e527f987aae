"""Fast checks of the installer sources (no build): the debconf TOML editing of the
maintainer scripts, the provisioning template, and that the .deb questions, the MSI
properties and the app's options agree. Not marked `installer`: they run every time."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from softphone.config import provisioning
from softphone.config.options import OPTIONS

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
WINDOWS = ROOT / "installer" / "windows"
TOML_EDIT = LINUX / "debian" / "toml-edit.sh"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
UPGRADE_CODE = "B7F39CCC-6421-5CCE-93C4-85482A6BD275"


def template() -> str:
    return subprocess.run(
        [sys.executable, str(ROOT / "installer" / "provisioning-template.py"), "toml"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def sh(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with toml-edit.sh sourced, in POSIX sh (dash on Debian)."""
    return subprocess.run(
        ["sh", "-c", f'. "{TOML_EDIT}"; {script}', "sh", *args],
        capture_output=True,
        text=True,
        check=False,
    )


# -- the provisioning template ------------------------------------------------------------------


def test_template_is_valid_toml_that_sets_nothing() -> None:
    parsed = provisioning.parse(template(), source="template")
    assert parsed.problems == []
    assert parsed.values == {}, "the shipped template must not lock any setting"


def test_template_documents_every_provisionable_key_with_a_valid_example() -> None:
    text = template()
    uncommented = "\n".join(
        line[2:]
        if line.startswith("# ") and " = " in line and ":" not in line.split("=")[0]
        else line
        for line in text.splitlines()
    )
    parsed = provisioning.parse(uncommented, source="template")
    assert parsed.problems == [], "every example value must be valid for its option"
    provisionable = {key for key, option in OPTIONS.items() if option.provisionable}
    assert set(parsed.values) == provisionable
    assert parsed.extra == {"scenarios.critical": "/etc/softphone/scenarios/critical.toml"}


# -- toml-edit.sh (config and postinst) ---------------------------------------------------------


@pytest.fixture
def conf(tmp_path: Path) -> Path:
    path = tmp_path / "provisioning.toml"
    path.write_text(
        template() + "\n[custom]\n# IT's own notes\ndomain = 'not the sip one'\n", encoding="utf-8"
    )
    return path


def test_set_inserts_under_the_commented_example_and_keeps_everything_else(conf: Path) -> None:
    before = conf.read_text(encoding="utf-8").splitlines()
    assert sh('toml_set "$1" sip domain pbx.example.com', str(conf)).returncode == 0
    after = conf.read_text(encoding="utf-8").splitlines()
    example = before.index('# domain = "pbx.example.com"')
    assert after[example + 1] == 'domain = "pbx.example.com"'
    assert after[: example + 1] + after[example + 2 :] == before
    assert provisioning.parse("\n".join(after)).values == {"sip.domain": "pbx.example.com"}


def test_set_replaces_unsets_and_round_trips_quotes_and_backslashes(conf: Path) -> None:
    tricky = 'sip:a"b\\c@pbx.example.com'
    for value in ("first.example.com", tricky):
        assert sh('toml_set "$1" sip domain "$2"', str(conf), value).returncode == 0
        got = sh('toml_get "$1" sip domain', str(conf))
        assert (got.returncode, got.stdout) == (0, value + "\n")
    text = conf.read_text(encoding="utf-8")
    assert provisioning.parse(text).values["sip.domain"] == tricky
    assert text.count('\ndomain = "') == 1, "replaced in place, not added twice"
    assert sh('toml_set "$1" sip domain ""', str(conf)).returncode == 0
    assert sh('toml_get "$1" sip domain', str(conf)).returncode == 1
    assert "domain = 'not the sip one'" in conf.read_text(encoding="utf-8")


def test_get_reads_literal_and_bare_values_and_ignores_other_sections(conf: Path) -> None:
    conf.write_text(
        "[general]\nserver_url = 'https://lit.example.com' # note\n"
        "[calls]\nsupervisor_uri = bare # note\n[sip]\n",
        encoding="utf-8",
    )
    assert sh('toml_get "$1" general server_url', str(conf)).stdout == "https://lit.example.com\n"
    assert sh('toml_get "$1" calls supervisor_uri', str(conf)).stdout == "bare\n"
    assert sh('toml_get "$1" sip server_url', str(conf)).returncode == 1
    assert sh('toml_get "$1/missing" sip domain', str(conf)).returncode == 1


def test_set_appends_a_missing_section(tmp_path: Path) -> None:
    conf = tmp_path / "p.toml"
    conf.write_text('# hand-written by IT\n[sip]\ndomain = "x.example.com"\n', encoding="utf-8")
    assert sh('toml_set "$1" general language de', str(conf)).returncode == 0
    assert provisioning.parse(conf.read_text(encoding="utf-8")).values == {
        "sip.domain": "x.example.com",
        "general.language": "de",
    }


# -- the .deb questions, the MSI properties and the app's options agree ------------------------


def debconf_keys() -> dict[str, str]:
    """debconf question -> option key, from toml-edit.sh's SOFTPHONE_KEYS."""
    out = sh('printf "%s\\n" "$SOFTPHONE_KEYS"').stdout.split()
    return {q: f"{section}.{name}" for q, section, name in (line.split(":") for line in out)}


def test_debconf_questions_are_templates_and_provisionable_options() -> None:
    keys = debconf_keys()
    templates = (LINUX / "debian" / "templates").read_text(encoding="utf-8")
    for question, key in keys.items():
        assert f"Template: softphone/{question}\n" in templates
        assert OPTIONS[key].provisionable, key
    for select, key in (
        ("default_language", "general.language"),
        ("sip_transport", "sip.transport"),
    ):
        block = templates.split(f"Template: softphone/{select}\n")[1].split("\n\n")[0]
        choices = block.split("Choices: ")[1].splitlines()[0].split(", ")
        assert choices == ["none", *OPTIONS[key].choices]
    config = (LINUX / "debian" / "config").read_text(encoding="utf-8")
    for question in keys:
        assert f"db_input medium softphone/{question} " in config


def wxs() -> ET.Element:
    return ET.parse(WINDOWS / "softphone.wxs").getroot()


def test_msi_policy_values_are_provisionable_options() -> None:
    names = {
        value.get("Name")
        for value in wxs().iter(f"{WIX}RegistryValue")
        if value.get("Key") == r"SOFTWARE\Policies\Softphone"
    }
    assert names >= {
        "general.server_url",
        "sip.domain",
        "sip.proxy",
        "sip.transport",
        "calls.supervisor_uri",
        "general.language",
    }
    for name in names - {"enrolment.code"}:
        assert name in OPTIONS and OPTIONS[name].provisionable, name


def test_enrolment_code_is_read_by_the_app() -> None:
    parsed = provisioning.parse_registry([("enrolment.code", "ABCD-1234", provisioning.REG_SZ)])
    assert parsed.problems == []


def test_msi_properties_match_the_debconf_questions() -> None:
    root = wxs()
    remembered = {
        node.get("Property"): node.get("Value")
        for node in root.iter(f"{WIX}CustomAction")
        if node.get("Id", "").startswith("Restore")
    }
    written = {
        value.get("Value", "").strip("[]"): value.get("Name")
        for value in root.iter(f"{WIX}RegistryValue")
        if value.get("Key") == r"SOFTWARE\Policies\Softphone"
    }
    assert set(written) - set(remembered) == {"ENROLMENT_CODE"}, "one-time: not remembered"
    assert sorted(written[p] for p in remembered) == sorted(debconf_keys().values())
    searched = {
        prop.get("Id"): prop.find(f"{WIX}RegistrySearch").get("Name")  # type: ignore[union-attr]
        for prop in root.iter(f"{WIX}Property")
        if prop.get("Id", "").startswith("SAVED_")
    }
    for prop, saved in remembered.items():
        assert saved == f"[SAVED_{prop}]"
        assert searched[f"SAVED_{prop}"] == written[prop], "restored from its own value"


def test_upgrade_code_is_the_documented_one() -> None:
    product = wxs().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert (
        str(
            uuid.uuid5(uuid.NAMESPACE_URL, "https://softphone.example.com/msi/upgrade-code")
        ).upper()
        == UPGRADE_CODE
    )


def test_linux_desktop_metadata() -> None:
    desktop = (ROOT / "resources" / "linux" / "softphone.desktop").read_text(encoding="utf-8")
    assert "Exec=softphone %u\n" in desktop
    assert "MimeType=x-scheme-handler/sip;x-scheme-handler/tel;\n" in desktop
    meta = ET.parse(ROOT / "resources" / "linux" / "softphone.metainfo.xml").getroot()
    assert meta.findtext("launchable") == "softphone.desktop"
    svg = ET.parse(ROOT / "resources" / "icons" / "softphone.svg").getroot()
    assert svg.get("viewBox") == "0 0 128 128"


def test_requirements_are_resolved_per_platform_with_hashes() -> None:
    windows = (WINDOWS / "requirements-windows.txt").read_text(encoding="utf-8")
    linux = (LINUX / "requirements-linux.txt").read_text(encoding="utf-8")
    assert "pywin32-ctypes==" in windows, "keyring needs it on Windows"
    assert "pjsua2-wheel==" in windows and "pjsua2-python==" not in windows
    assert "secretstorage==" in linux and "pywin32-ctypes" not in linux
    for text in (windows, linux):
        assert "--hash=sha256:" in text
        assert "pyside6-essentials==6.11.3" in text
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for dependency in pyproject["project"]["dependencies"]:
        name = dependency.split("==")[0].split(">=")[0].split(";")[0].strip().lower()
        if name.startswith("pjsua2"):
            continue
        assert f"\n{name}==" in "\n" + linux.lower(), name


# -- the Windows pjsua2 wheel: build script, pins and CI wiring (no Windows here) ---------------

PJSUA2 = ROOT / "installer" / "pjsua2"
WIN_BUILD = PJSUA2 / "windows" / "build-wheel.ps1"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def windows_lock() -> dict[str, str]:
    pairs = re.findall(
        r"^([A-Z0-9_]+)='([^']*)'$",
        (PJSUA2 / "windows" / "pjproject-windows.lock").read_text(encoding="utf-8"),
        re.M,
    )
    return dict(pairs)


def workflow() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    parsed: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return parsed


def run_text(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_windows_lock_pins_source_vcpkg_and_tools() -> None:
    lock = windows_lock()
    script = WIN_BUILD.read_text(encoding="utf-8")
    used = set(re.findall(r"\$Lock\.([A-Z][A-Z0-9_]+)\b", script))
    assert used and used <= set(lock), f"the script reads keys the lock lacks: {used - set(lock)}"
    assert re.fullmatch(r"[0-9a-f]{64}", lock["PJPROJECT_SHA256"])
    assert lock["PJPROJECT_URL"].endswith(f"/{lock['PJPROJECT_VERSION']}.tar.gz")
    assert re.fullmatch(r"[0-9a-f]{40}", lock["VCPKG_COMMIT"])
    assert lock["SOUND_BACKEND"] == "wmme", "2.15.1 has no desktop WASAPI backend"
    assert re.fullmatch(r"sp\d+", lock["WIN_SP_REVISION"])
    assert lock["SOURCE_DATE_EPOCH"].isdigit()


def test_windows_build_script_checks_what_it_downloads_and_reuses_the_linux_pieces() -> None:
    script = WIN_BUILD.read_text(encoding="utf-8")
    assert "Assert-Sha256" in script and "-PjprojectSha256" in script
    assert "patches\\series.upstream" in script and "-Reverse" in script
    for reused in ("config_site.h", "config_site_windows.h", "mkwheel.py", "pjsua2_init.py"):
        assert reused in script, reused
    assert "'-threads'" in script and "-DPJMEDIA_HAS_OPUS_CODEC=1" in script
    assert "delvewheel.exe') @('repair'" in script
    for name in (PJSUA2 / "patches" / "series.upstream").read_text(encoding="utf-8").split():
        if not name.startswith("#") and name.endswith(".patch"):
            assert (PJSUA2 / "patches" / name).is_file(), name
    windows_h = (PJSUA2 / "windows" / "config_site_windows.h").read_text(encoding="utf-8")
    for define in ("ALSA          0", "WMME          1", "WASAPI        0"):
        assert f"#define PJMEDIA_AUDIO_DEV_HAS_{define}" in windows_h, define


def test_windows_build_script_avoids_powershell_pitfalls() -> None:
    """No pwsh here to parse it: catch what a reading review would, mechanically."""
    script = WIN_BUILD.read_text(encoding="utf-8")
    for opening, closing in ("{}", "()", "[]"):
        assert script.count(opening) == script.count(closing), opening + closing
    assert "Set-StrictMode -Version Latest" in script
    assert "$ErrorActionPreference = 'Stop'" in script
    for number, line in enumerate(script.splitlines(), 1):
        # "$name:" inside a double-quoted string is a drive-qualified variable: write ${name}:
        for quoted in re.findall(r'"[^"]*"', line):
            bad = re.findall(r"\$(?!env:|script:)[A-Za-z_]\w*:(?!:)", quoted)
            assert not bad, f"build-wheel.ps1:{number}: {bad} (use ${{name}}:)"


def test_windows_workflow_builds_verifies_and_ships_our_wheel() -> None:
    jobs = workflow()["jobs"]
    wheel, msi = jobs["pjsua2-wheel"], jobs["msi"]
    assert wheel["runs-on"] == msi["runs-on"] == "windows-2022"
    assert msi["needs"] == "pjsua2-wheel"
    cache = next(s for s in wheel["steps"] if str(s.get("uses", "")).startswith("actions/cache"))
    assert "hashFiles('installer/pjsua2/**')" in cache["with"]["key"]
    build = run_text(wheel)
    assert "installer/pjsua2/windows/build-wheel.ps1" in build
    assert "installer/pjsua2/verify_wheel.py" in build
    uploaded = {
        s["with"]["name"]
        for s in wheel["steps"]
        if str(s.get("uses", "")).startswith("actions/upload-artifact")
    }
    downloads = [
        i
        for i, s in enumerate(msi["steps"])
        if str(s.get("uses", "")).startswith("actions/download")
    ]
    assert downloads and msi["steps"][downloads[0]]["with"]["name"] in uploaded
    names = [str(s.get("name", "")) for s in msi["steps"]]
    swap = next(i for i, n in enumerate(names) if "in place of pjsua2-wheel" in n)
    freeze = next(i for i, n in enumerate(names) if n.startswith("Freeze"))
    assert downloads[0] < swap < freeze, "our wheel is installed before PyInstaller runs"
    swap_run = str(msi["steps"][swap]["run"])
    assert swap_run.index("pip uninstall --yes pjsua2-wheel") < swap_run.index("pip install")
    assert "pjsua2_softphone-*-cp311-cp311-win_amd64.whl" in swap_run
