"""Build resources/icons/softphone.ico from the SVG: PNG-compressed entries, 16 to 256 px.

    python installer/windows/make-ico.py   # needs rsvg-convert (Debian: librsvg2-bin)

The .ico is committed (the Windows build has no rsvg): PyInstaller puts it into
softphone.exe and the MSI uses that for the Start-menu shortcut and sip:/tel: handlers.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "softphone.svg"
ICO = ROOT / "resources" / "icons" / "softphone.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    return subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
        check=True,
        capture_output=True,
    ).stdout


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    ICO.write_bytes(ico({size: render(size) for size in SIZES}))
    print(f"{ICO.relative_to(ROOT)}: {ICO.stat().st_size} bytes, sizes {SIZES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
