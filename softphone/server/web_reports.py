"""Dashboard charts (inline SVG), CSV exports of any filtered list, and the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlalchemy import select

from softphone.server import audit, charts, export, logs
from softphone.server.audit import client_ip
from softphone.server.db import Database
from softphone.server.deps import DbDep, SettingsDep
from softphone.server.errors import ApiError
from softphone.server.models import Customer
from softphone.server.timeline import HUNG_UP_KEYS, PLAYED_KEYS, STATUS_KEYS, first_detail
from softphone.server.web import SupervisorDep, day_range, page
from softphone.server.web_filters import CallQueryDep, NoteQueryDep, Text
from softphone.server.web_notes import pending_count

router = APIRouter(prefix="/dashboard", include_in_schema=False)
MAX_CHART_DAYS = 366


@router.get("/charts", response_class=HTMLResponse)
def charts_page(
    *,
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    settings: SettingsDep,
    start: Text = "",
    end: Text = "",
    n: Annotated[float | None, Query(ge=1, le=600)] = None,
) -> Response:
    short = n or float(settings.short_call_seconds)
    try:
        since, until = day_range(start, end, default_days=30)
    except ValueError:
        raise ApiError(400, "bad_request", "dates must be YYYY-MM-DD") from None
    assert since is not None
    tomorrow = datetime.combine(datetime.now(UTC).date(), datetime.min.time(), UTC) + timedelta(1)
    until = max(until or tomorrow, since)
    if (until - since).days > MAX_CHART_DAYS:
        raise ApiError(400, "bad_request", f"charts cover at most {MAX_CHART_DAYS} days")
    with db.reading() as session:
        per_day = charts.critical_per_day(session, since, until)
        per_reason = charts.critical_per_reason(session, since, until)
        rates = charts.agent_rates(session, since, until, short)
        pending = pending_count(session)
    flagged_critical = charts.unusual(rates, "critical_rate", "critical")
    flagged_dropped = charts.unusual(rates, "dropped_rate", "dropped")
    return page(
        request,
        "charts.html",
        supervisor,
        per_day=per_day,
        per_reason=per_reason,
        per_agent=charts.per_agent_chart(rates, flagged_critical),
        dropped=charts.dropped_chart(rates, flagged_dropped, short),
        rates=rates,
        flagged_critical=flagged_critical,
        flagged_dropped=flagged_dropped,
        short=short,
        filters={"start": since.date().isoformat(), "end": end, "n": f"{short:g}"},
        factor=charts.UNUSUAL_FACTOR,
        min_count=charts.UNUSUAL_MIN_COUNT,
        pending=pending,
        active="charts",
    )


def _csv_response(rows: Iterator[str], name: str) -> StreamingResponse:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return StreamingResponse(
        rows,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}-{stamp}.csv"'},
    )


def _note_rows(db: Database, f: logs.NoteFilter) -> Iterator[list[Any]]:
    with db.reading() as session:
        names: dict[Any, str] = {}
        for note in logs.iter_notes(session, f):
            if note.customer_id and note.customer_id not in names:
                names[note.customer_id] = (
                    session.scalar(select(Customer.name).where(Customer.id == note.customer_id))
                    or ""
                )
            details = dict(note.details or {})
            yield [
                note.id,
                note.created_at,
                note.agent,
                note.kind,
                note.state,
                note.reason,
                note.review_state,
                note.reviewed_by,
                note.review_comment,
                note.customer_id,
                names.get(note.customer_id, ""),
                note.call_id,
                list(note.steps or []),
                first_detail(details, HUNG_UP_KEYS),
                first_detail(details, STATUS_KEYS),
                first_detail(details, PLAYED_KEYS),
                note.text,
            ]


@router.get("/export/notes.csv")
def export_notes(
    *,
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    query: NoteQueryDep,
) -> StreamingResponse:
    """Exactly the rows of the filtered list (all pages); the export itself is audited."""
    f = query.filter()
    with db.writing() as session:
        audit.record(
            session,
            supervisor.name,
            "export.notes",
            detail=str(request.query_params),
            ip=client_ip(request),
        )
    return _csv_response(export.rows_to_csv(export.NOTE_COLUMNS, _note_rows(db, f)), "notes")


def _call_rows(db: Database, f: logs.CallFilter) -> Iterator[list[Any]]:
    with db.reading() as session:
        for c in logs.iter_calls(session, f):
            yield [
                c.id,
                c.started_at,
                c.answered_at,
                c.ended_at,
                c.duration_s,
                c.agent,
                c.direction,
                c.number,
                c.customer_id,
                c.ended_by,
                c.end_reason,
                c.disposition,
                c.remote_uri,
                c.sip_call_id,
            ]


@router.get("/export/calls.csv")
def export_calls(
    *,
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    query: CallQueryDep,
) -> StreamingResponse:
    f = query.filter()
    with db.writing() as session:
        audit.record(
            session,
            supervisor.name,
            "export.calls",
            detail=str(request.query_params),
            ip=client_ip(request),
        )
    return _csv_response(export.rows_to_csv(export.CALL_COLUMNS, _call_rows(db, f)), "calls")


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request, supervisor: SupervisorDep, db: DbDep, actor: Text = "", action: Text = ""
) -> Response:
    with db.reading() as session:
        entries = audit.recent(session, limit=300, actor=actor, action=action)
        pending = pending_count(session)
    return page(
        request,
        "audit.html",
        supervisor,
        entries=entries,
        filters={"actor": actor, "action": action},
        pending=pending,
        active="audit",
    )
