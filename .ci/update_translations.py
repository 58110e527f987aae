"""Re-extract the UI strings into resources/i18n/softphone_<lang>.ts and rebuild the .qm files.

    .venv/bin/python .ci/update_translations.py            update the .ts, then lrelease
    .venv/bin/python .ci/update_translations.py --no-qm    only the .ts

pyside6-lupdate reads every .py file under softphone/ (self.tr("..."),
QCoreApplication.translate("Context", "...") and QT_TRANSLATE_NOOP with literal text:
a wrapper such as _tr(text) hides its strings from it). Existing translations are kept,
strings no longer in the sources are dropped (-no-obsolete); new ones come in as
type="unfinished" for a translator. pyside6-lrelease then compiles the .qm files the app
loads (softphone/ui/i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("it", "de", "ru", "zh")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install pyside6 in the venv)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The package's .py files, relative to root, in a stable order."""
    return sorted(str(p.relative_to(root)) for p in (root / "softphone").rglob("*.py"))


def ts_files(root: Path = ROOT) -> list[str]:
    return [f"resources/i18n/softphone_{lang}.ts" for lang in LANGUAGES]


def lupdate(root: Path = ROOT, quiet: bool = False) -> None:
    """Merge the strings of root/softphone into root/resources/i18n/*.ts (in place)."""
    command = [tool("pyside6-lupdate"), *sources(root), "-no-obsolete", "-locations", "absolute"]
    if quiet:
        command.append("-silent")
    subprocess.run([*command, "-ts", *ts_files(root)], cwd=root, check=True)


def lrelease(root: Path = ROOT) -> None:
    for ts in ts_files(root):
        qm = ts.removesuffix(".ts") + ".qm"
        subprocess.run([tool("pyside6-lrelease"), ts, "-qm", qm], cwd=root, check=True)


def main(argv: list[str]) -> int:
    lupdate()
    if "--no-qm" not in argv:
        lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
