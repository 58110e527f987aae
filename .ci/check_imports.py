"""Import-boundary check: the layering rules of ARCHITECTURE.md, enforced mechanically.

Run as `python .ci/check_imports.py`; exits 1 and names each offending import.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "softphone"

# (package the rule applies to, forbidden import prefixes)
FORBIDDEN: list[tuple[str, tuple[str, ...]]] = [
    (
        "softphone.core",
        (
            "softphone.",
            "PySide6",
            "pjsua2",
            "keyring",
            "sqlite_utils",
            "httpx",
            "fastapi",
        ),
    ),
    ("softphone.config", ("softphone.sip", "softphone.ui", "softphone.app", "PySide6", "pjsua2")),
    (
        "softphone.ui",
        (
            "softphone.sip",
            "softphone.store",
            "softphone.sync",
            "softphone.server",
            "softphone.secrets",
            "softphone.app",
            "softphone.demo",
            "pjsua2",
            "keyring",
            "sqlite_utils",
        ),
    ),
    (
        "softphone.server",
        (
            "softphone.ui",
            "softphone.sip",
            "softphone.app",
            "softphone.headset",
            "PySide6",
            "pjsua2",
        ),
    ),
    ("softphone.store", ("softphone.ui", "softphone.sip", "PySide6", "pjsua2")),
    ("softphone.sync", ("softphone.ui", "softphone.sip", "PySide6", "pjsua2")),
    ("softphone.protocol", ("softphone.ui", "softphone.sip", "PySide6", "pjsua2")),
    # Pure logic plus one hidapi module: testable without Qt, a device or an engine.
    (
        "softphone.headset",
        (
            "softphone.ui",
            "softphone.sip",
            "softphone.app",
            "softphone.store",
            "softphone.sync",
            "PySide6",
            "pjsua2",
        ),
    ),
]

# (imported prefix, the only packages/modules allowed to import it)
EXCLUSIVE: list[tuple[str, tuple[str, ...]]] = [
    ("pjsua2", ("softphone.sip",)),
    ("keyring", ("softphone.secrets",)),
    ("sqlite_utils", ("softphone.store",)),
    # hidapi ships two modules: `hid` (libusb backend on Linux) and `hidraw`.
    ("hid", ("softphone.headset.hid_backend",)),
    ("hidraw", ("softphone.headset.hid_backend",)),
]

# core may import itself
SELF_ALLOWED = {"softphone.core": "softphone.core"}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, modname: str) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    package = modname if path.name == "__init__.py" else modname.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return found


def within(name: str, prefix: str) -> bool:
    prefix = prefix.rstrip(".")
    return name == prefix or name.startswith(prefix + ".")


def check() -> list[str]:
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        mod = module_name(path)
        for lineno, target in imports_of(path, mod):
            where = f"{path.relative_to(ROOT)}:{lineno}"
            for owner, banned in FORBIDDEN:
                if not within(mod, owner):
                    continue
                for prefix in banned:
                    own = SELF_ALLOWED.get(owner)
                    if own and within(target, own):
                        continue
                    if within(target, prefix) or (
                        prefix.endswith(".") and target.startswith(prefix)
                    ):
                        problems.append(f"{where}: {owner} must not import {target}")
            for prefix, allowed in EXCLUSIVE:
                if within(target, prefix) and not any(within(mod, a) for a in allowed):
                    problems.append(f"{where}: only {', '.join(allowed)} may import {prefix}")
    return problems


def main() -> int:
    problems = check()
    for line in problems:
        print(line)
    print(f"import boundaries: {'FAILED' if problems else 'ok'} ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
