"""The shipped udev rule tags telephony headsets' hidraw nodes, and only those."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.unit.headset.conftest import descriptor

RULE = Path(__file__).parents[3] / "installer" / "linux" / "70-softphone-headset.rules"
MOUSE = bytes.fromhex(
    "05 01 09 02 A1 01 09 01 A1 00 05 09 19 01 29 03 15 00 25 01 95 03 75 01 81 02 C0 C0"
)


def rule_script() -> str:
    lines = RULE.read_text().splitlines()
    rules = [line for line in lines if line and not line.startswith("#") and "PROGRAM" in line]
    assert len(rules) == 1
    assert 'SUBSYSTEM=="hidraw"' in rules[0] and 'TAG+="uaccess"' in rules[0]
    match = re.search(r"PROGRAM=\"/bin/sh -c '([^']*)'\"", rules[0])
    assert match is not None
    return match.group(1)


@pytest.mark.skipif(shutil.which("od") is None, reason="needs od (coreutils)")
@pytest.mark.parametrize(
    ("name", "tagged"),
    [
        ("plantronics_blackwire_3220_telephony_partial", True),
        ("anker_powerconf_partly_reconstructed", True),  # telephony after a consumer one
        ("vendor_gadget_conference_device", True),
        ("cmedia_hs100b", False),  # Consumer collection only: its own vendor/product line
        ("mouse", False),
    ],
)
def test_rule_matches_telephony_top_level_collections(
    tmp_path: Path, name: str, tagged: bool
) -> None:
    data = MOUSE if name == "mouse" else descriptor(name)
    node = tmp_path / "hidraw7" / "device"
    node.mkdir(parents=True)
    (node / "report_descriptor").write_bytes(data)
    script = rule_script().replace("/sys/class/hidraw/%k", str(tmp_path / "hidraw7"))
    result = subprocess.run(["/bin/sh", "-c", script], check=False)
    assert (result.returncode == 0) is tagged


def test_known_devices_have_their_own_line() -> None:
    assert 'ATTRS{idVendor}=="0d8c", ATTRS{idProduct}=="0014"' in RULE.read_text()
