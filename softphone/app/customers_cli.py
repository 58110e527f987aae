"""`softphone customers import FILE.csv`: load customers into the local store (standalone use)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from softphone.app.paths import AppPaths
from softphone.config import provisioning
from softphone.config.settings import Settings
from softphone.core.errors import KnownError

COLUMNS = "customer_number,name,language,segment,phones,email,address,notes,flags"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="softphone customers import",
        description=f"Import customers from a CSV file (columns: {COLUMNS}; only name is "
        "required; phones separated by ';'; flags as kind[:count][=instruction] separated "
        "by ';'). Bad rows are reported by line and column; the good rows are imported.",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--region", help="region for national numbers (default: the setting)")
    parser.add_argument("--provisioning", type=Path, help="provisioning file to use")
    args = parser.parse_args(list(argv))

    from softphone.store.localstore import DATABASE_NAME, LocalStore

    paths = AppPaths.detect()
    paths.create()
    prov = provisioning.load(args.provisioning, explicit=args.provisioning is not None)
    settings = Settings(paths.settings_file, prov)
    region = args.region or str(settings.get("calls.default_region"))
    try:
        store = LocalStore.open(paths.data_dir / DATABASE_NAME, default_region=region)
        try:
            report = store.import_customers_csv(args.file, region)
        finally:
            store.close()
    except KnownError as exc:
        print(f"softphone customers import: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.problem_count > len(report.problems):
        print(f"... {report.problem_count - len(report.problems)} more problems", file=sys.stderr)
    print(report.summary())
    return 1 if report.problem_count else 0
