"""Pack a staged ``pjsua2/`` package directory into a reproducible wheel.

Used by build-wheel.sh and windows/build-wheel.ps1 instead of setuptools/distutils: no
build-time downloads, sorted entries, every timestamp = SOURCE_DATE_EPOCH, fixed
permissions, so the same inputs give a byte-identical wheel.

    python mkwheel.py --stage DIR --name pjsua2-softphone --version 2.12.1+sp1 \
        --tag cp311-cp311-linux_x86_64 --summary "..." --requires-apt "..." --out OUTDIR
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import sys
import time
import zipfile
from pathlib import Path


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage", required=True, type=Path)
    ap.add_argument("--name", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--summary", default="")
    ap.add_argument("--description", default="")
    ap.add_argument("--requires-apt", default="")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    # zip cannot store dates before 1980
    date_time = time.gmtime(max(epoch, 315532800))[:6]

    dist = re.sub(r"[-_.]+", "_", args.name).lower()
    distinfo = f"{dist}-{args.version}.dist-info"
    wheel_name = f"{dist}-{args.version}-{args.tag}.whl"

    files: list[tuple[str, bytes, int]] = []
    for path in sorted(args.stage.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        rel = path.relative_to(args.stage).as_posix()
        mode = 0o755 if os.access(path, os.X_OK) and path.suffix == ".so" else 0o644
        files.append((rel, path.read_bytes(), mode))

    py, abi, plat = args.tag.split("-")
    metadata = [
        "Metadata-Version: 2.1",
        f"Name: {args.name}",
        f"Version: {args.version}",
        f"Summary: {args.summary}",
        "Home-page: https://www.pjsip.org",
        "License: GPL-2.0-or-later",
        "Requires-Python: >=3.11,<3.12",
        f"Platform: {'win32' if plat.startswith('win') else 'linux'}",
    ]
    body = args.description
    if args.requires_apt:
        body += f"\n\nRuntime packages (Debian 12): {args.requires_apt}\n"
    meta_bytes = ("\n".join(metadata) + "\n\n" + body.strip() + "\n").encode()
    wheel_bytes = (
        "Wheel-Version: 1.0\n"
        "Generator: softphone installer/pjsua2/mkwheel.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {py}-{abi}-{plat}\n"
    ).encode()
    files.append((f"{distinfo}/METADATA", meta_bytes, 0o644))
    files.append((f"{distinfo}/WHEEL", wheel_bytes, 0o644))
    files.append((f"{distinfo}/top_level.txt", b"pjsua2\n", 0o644))

    record = "".join(f"{rel},{_record_hash(data)},{len(data)}\n" for rel, data, _ in files)
    record += f"{distinfo}/RECORD,,\n"
    files.append((f"{distinfo}/RECORD", record.encode(), 0o644))

    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / wheel_name
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for rel, data, mode in files:
            info = zipfile.ZipInfo(rel, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | mode) << 16
            info.create_system = 3
            zf.writestr(info, data)
    tmp.replace(target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
