"""Write the provisioning documentation from softphone.config.options.OPTIONS.

    python installer/provisioning-template.py toml      # /etc/softphone/provisioning.toml
    python installer/provisioning-template.py markdown  # the key table of the README
    python installer/provisioning-template.py registry  # the same keys as Windows .reg

The .deb ships the `toml` output (every provisionable key, commented out, with its help,
type, default and allowed values), so the template never disagrees with the app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from softphone.config.options import OPTIONS, Option  # noqa: E402

# Realistic examples for the keys IT sets most; other keys show their default.
EXAMPLES: dict[str, object] = {
    "sip.domain": "pbx.example.com",
    "sip.registrar": "sip:pbx.example.com:5060",
    "sip.proxy": "sip:sbc.example.com:5060;lr",
    "sip.auth_username": "",
    "sip.bind_address": "10.0.0.15",
    "calls.supervisor_uri": "sip:supervisor@pbx.example.com",
    "general.server_url": "https://softphone.example.com",
    "general.language": "it",
}
# Keys the installers set from debconf answers / MSI properties.
INSTALLER_KEYS = {
    "general.server_url": ("softphone/server_url", "SERVER_URL"),
    "sip.domain": ("softphone/sip_domain", "SIP_DOMAIN"),
    "sip.proxy": ("softphone/sip_proxy", "SIP_PROXY"),
    "sip.transport": ("softphone/sip_transport", "SIP_TRANSPORT"),
    "calls.supervisor_uri": ("softphone/supervisor_uri", "SUPERVISOR_URI"),
    "general.language": ("softphone/default_language", "DEFAULT_LANGUAGE"),
}
SECTION_TITLES = {
    "sip": "SIP account and transport (the password is never here: it is in the agent's keychain)",
    "calls": "Calls",
    "audio": "Audio",
    "critical": "Critical situation",
    "general": "General",
}


def provisionable() -> list[Option]:
    return [option for option in OPTIONS.values() if option.provisionable]


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def describe(option: Option) -> str:
    kind = {bool: "true/false", int: "whole number", float: "number", str: "text"}[option.type]
    parts = [kind]
    if option.choices:
        parts.append("one of " + ", ".join(option.choices))
    if option.minimum is not None or option.maximum is not None:
        low = "" if option.minimum is None else f"{option.minimum:g}"
        high = "" if option.maximum is None else f"{option.maximum:g}"
        parts.append(f"{low}..{high}")
    default = toml_value(option.default) if option.default != "" else "(empty)"
    parts.append(f"default {default}")
    return "; ".join(parts)


def toml() -> Iterator[str]:
    yield "# Softphone machine-wide provisioning: settings IT sets for every agent on this desk."
    yield "#"
    yield "# Every key set here LOCKS its setting (agents see it greyed out). Remove or comment a"
    yield "# key to give the choice back to the agents. Problems (typos, wrong types, unknown keys)"
    yield "# never stop the app: `softphone --self-test` lists each one with its line number."
    yield "#"
    yield "# The package manages this file, not dpkg: your edits survive upgrades, the debconf"
    yield "# answers (dpkg-reconfigure softphone, or preseeded with debconf-set-selections) only"
    yield "# change the keys they own, and only while you have not edited those by hand:"
    for key, (question, _) in INSTALLER_KEYS.items():
        yield f"#   {key:<22} <- {question}"
    yield "# `apt-get purge softphone` deletes this file. Never put passwords or tokens here."
    yield '# Windows: the same keys are registry values named "section.name" under'
    yield "# HKLM\\SOFTWARE\\Policies\\Softphone (set by the MSI properties or a GPO)."
    by_section: dict[str, list[Option]] = {}
    for option in provisionable():
        by_section.setdefault(option.section, []).append(option)
    for section, options in by_section.items():
        yield ""
        yield f"# == {SECTION_TITLES.get(section, section)} =="
        yield f"[{section}]"
        for option in options:
            yield f"# {option.key}: {option.help}."
            yield f"#   ({describe(option)})"
            example = EXAMPLES.get(option.key, option.default)
            yield f"# {option.name} = {toml_value(example)}"
    yield ""
    yield "# == Call scripts =="
    yield "[scenarios]"
    yield "# Replace the built-in critical-situation script with your own (TOML, same format as"
    yield "# /opt/softphone/_internal/resources/scenarios/critical.toml)."
    yield '# critical = "/etc/softphone/scenarios/critical.toml"'


def markdown() -> Iterator[str]:
    yield (
        "| Key (`[section]` name) | Windows MSI property | Debian debconf question "
        "| Meaning | Type / default |"
    )
    yield "|---|---|---|---|---|"
    for option in provisionable():
        question, prop = INSTALLER_KEYS.get(option.key, ("", ""))
        prop_cell = f"`{prop}`" if prop else ""
        question_cell = f"`{question}`" if question else ""
        yield (
            f"| `{option.key}` | {prop_cell} | {question_cell} | {option.help} "
            f"| {describe(option)} |"
        )
    yield (
        "| `scenarios.critical` |  |  | Path of a replacement critical-situation script "
        "(TOML) | text; default the built-in script |"
    )


def registry() -> Iterator[str]:
    yield "Windows Registry Editor Version 5.00"
    yield ""
    yield '; Example GPO/registry provisioning: one value per key, named "section.name".'
    yield "; Strings as REG_SZ; true/false and whole numbers as REG_DWORD (1/0) or REG_SZ."
    yield "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Softphone]"
    for option in provisionable():
        example = EXAMPLES.get(option.key)
        if example is None or example == "":
            continue
        text = str(example).replace("\\", "\\\\").replace('"', '\\"')
        yield f'"{option.key}"="{text}"'


def main(argv: list[str]) -> int:
    modes = {"toml": toml, "markdown": markdown, "registry": registry}
    if len(argv) != 2 or argv[1] not in modes:
        print(f"usage: {argv[0]} {{{'|'.join(modes)}}}", file=sys.stderr)
        return 2
    sys.stdout.write("\n".join(modes[argv[1]]()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
