"""Build softphone.wxs (plain WiX v3) with Debian's wixl 0.101 and patch the MSI so it ends
up as WiX's candle/light would build it.

    python3 installer/windows/wixl-adapt.py adapt softphone.wxs OUT.wxs PLAN.json
    wixl ... OUT.wxs ...
    python3 installer/windows/wixl-adapt.py patch softphone.msi PLAN.json

wixl gaps bridged here (each seen with msitools 0.101):
- Component/Condition is "unhandled" (wixl aborts): removed, then written into the
  Component table's Condition column;
- Component/RemoveRegistryValue is "unhandled" too: removed, then the RemoveRegistry table
  is created and filled (RemoveRegistryValues is already sequenced);
- Property/@Secure is ignored: the ids are added to SecureCustomProperties; a bare
  `<Property Id="X" Secure="yes"/>` (no value, no search) is removed before wixl;
- Custom/@After is not honoured: wixl sequences custom actions after the standard actions
  (the remember-property restores landed after CostFinalize, in the UI sequence even after
  ExecuteAction), so each one is renumbered right after its After= action;
- MajorUpgrade/@AllowDowngrades and @Schedule, Media/@CompressionLevel and
  Package/@Platform are unknown: dropped (wixl forbids downgrades with a LaunchCondition,
  schedules RemoveExistingProducts after InstallValidate, always compresses, and takes the
  platform from --arch).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "http://schemas.microsoft.com/wix/2006/wi"
W = f"{{{NS}}}"
UNSUPPORTED = {
    "MajorUpgrade": ("AllowDowngrades", "Schedule"),
    "Media": ("CompressionLevel",),
    "Package": ("Platform",),
}
SEQUENCE_TABLES = ("InstallUISequence", "InstallExecuteSequence")
ROOTS = {"HKCR": "0", "HKCU": "1", "HKLM": "2", "HKU": "3"}
REMOVE_REGISTRY_TABLE = (
    "CREATE TABLE `RemoveRegistry` (`RemoveRegistry` CHAR(72) NOT NULL, "
    "`Root` SHORT NOT NULL, `Key` CHAR(255) NOT NULL LOCALIZABLE, "
    "`Name` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL "
    "PRIMARY KEY `RemoveRegistry`)"
)


def adapt(source: Path, target: Path) -> dict[str, object]:
    ET.register_namespace("", NS)
    tree = ET.parse(source)
    root = tree.getroot()
    conditions: dict[str, str] = {}
    removals: list[dict[str, str]] = []
    secure: list[str] = []
    sequences: list[dict[str, str]] = []
    for component in root.iter(f"{W}Component"):
        for condition in component.findall(f"{W}Condition"):
            conditions[component.get("Id", "")] = (condition.text or "").strip()
            component.remove(condition)
        for removal in component.findall(f"{W}RemoveRegistryValue"):
            removals.append(
                {
                    "id": f"rrg{len(removals) + 1:03d}{component.get('Id', '')}"[:72],
                    "root": ROOTS[removal.get("Root", "")],
                    "key": removal.get("Key", ""),
                    "name": removal.get("Name", ""),
                    "component": component.get("Id", ""),
                }
            )
            component.remove(removal)
    for parent in list(root.iter()):
        for prop in parent.findall(f"{W}Property"):
            if prop.attrib.pop("Secure", "no") == "yes":
                secure.append(prop.get("Id", ""))
            if prop.get("Value") is None and len(prop) == 0:
                parent.remove(prop)
    for table in SEQUENCE_TABLES:
        for node in root.iter(f"{W}{table}"):
            for custom in node.findall(f"{W}Custom"):
                if custom.get("After"):
                    sequences.append(
                        {
                            "table": table,
                            "action": custom.get("Action", ""),
                            "after": custom.get("After", ""),
                        }
                    )
    for element, attributes in UNSUPPORTED.items():
        for node in root.iter(f"{W}{element}"):
            for attribute in attributes:
                node.attrib.pop(attribute, None)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return {
        "conditions": conditions,
        "removals": removals,
        "secure": secure,
        "sequences": sequences,
    }


def sql(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), table], check=True, capture_output=True, text=True
    ).stdout
    return [line.rstrip("\r").split("\t") for line in out.splitlines()[3:]]


def query(msi: Path, statement: str) -> None:
    subprocess.run(["msibuild", str(msi), "-q", statement], check=True)


def patch(msi: Path, plan: dict[str, object]) -> None:
    conditions = plan["conditions"]
    assert isinstance(conditions, dict)
    for component, condition in conditions.items():
        query(
            msi,
            f"UPDATE `Component` SET `Condition` = {sql(condition)} "
            f"WHERE `Component` = {sql(component)}",
        )

    removals = plan.get("removals") or []
    assert isinstance(removals, list)
    if removals:
        query(msi, REMOVE_REGISTRY_TABLE)
    for removal in removals:
        query(
            msi,
            "INSERT INTO `RemoveRegistry` (`RemoveRegistry`, `Root`, `Key`, `Name`, `Component_`) "
            f"VALUES ({sql(removal['id'])}, {removal['root']}, {sql(removal['key'])}, "
            f"{sql(removal['name'])}, {sql(removal['component'])})",
        )

    properties = {row[0]: row[1] for row in export(msi, "Property")}
    secure = [p for p in properties.get("SecureCustomProperties", "").split(";") if p]
    secure += [p for p in plan["secure"] if p not in secure]  # type: ignore[union-attr]
    value = ";".join(secure)
    if "SecureCustomProperties" in properties:
        query(
            msi,
            f"UPDATE `Property` SET `Value` = {sql(value)} "
            "WHERE `Property` = 'SecureCustomProperties'",
        )
    else:
        query(
            msi,
            "INSERT INTO `Property` (`Property`, `Value`) "
            f"VALUES ('SecureCustomProperties', {sql(value)})",
        )

    for step in plan["sequences"]:  # type: ignore[union-attr]
        table, action, after = step["table"], step["action"], step["after"]
        rows = {row[0]: int(row[2]) for row in export(msi, table)}
        if after not in rows:
            raise SystemExit(f"{table}: {action} is to follow {after}, which is not sequenced")
        wanted = rows[after] + 1
        taken = {seq: name for name, seq in rows.items() if name != action}
        if wanted in taken:
            raise SystemExit(f"{table}: sequence {wanted} for {action} is taken by {taken[wanted]}")
        query(
            msi,
            f"UPDATE `{table}` SET `Sequence` = {wanted} WHERE `Action` = {sql(action)}",
        )


def main(argv: list[str]) -> int:
    if len(argv) == 5 and argv[1] == "adapt":
        plan = adapt(Path(argv[2]), Path(argv[3]))
        Path(argv[4]).write_text(json.dumps(plan, indent=2) + "\n", encoding="utf-8")
        return 0
    if len(argv) == 4 and argv[1] == "patch":
        patch(Path(argv[2]), json.loads(Path(argv[3]).read_text(encoding="utf-8")))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
