"""CSV export of filtered lists, safe to open in a spreadsheet (no formula injection)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

# OWASP "CSV injection": a cell starting with one of these is run as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, datetime):
        text = value.astimezone(UTC).isoformat()
    elif isinstance(value, float):
        text = f"{value:.1f}"
    elif isinstance(value, (list, tuple)):
        text = " | ".join(str(v) for v in value)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def rows_to_csv(
    header: Sequence[str], rows: Iterable[Sequence[Any]], chunk: int = 500
) -> Iterator[str]:
    """CSV text in chunks, with a BOM so spreadsheet programs read it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(header)
    for n, row in enumerate(rows, start=1):
        writer.writerow([cell(v) for v in row])
        if n % chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


NOTE_COLUMNS = (
    "id",
    "created_at",
    "agent",
    "kind",
    "state",
    "reason",
    "review_state",
    "reviewed_by",
    "review_comment",
    "customer_id",
    "customer_name",
    "call_id",
    "steps",
    "hung_up_by",
    "sip_status",
    "farewell_played_ms",
    "text",
)
CALL_COLUMNS = (
    "id",
    "started_at",
    "answered_at",
    "ended_at",
    "duration_s",
    "agent",
    "direction",
    "number",
    "customer_id",
    "ended_by",
    "end_reason",
    "disposition",
    "remote_uri",
    "sip_call_id",
)
