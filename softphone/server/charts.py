"""Supervisor charts: aggregate queries and bar layouts rendered as inline SVG by Jinja."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from softphone.server.models import Call, Note

UNUSUAL_FACTOR = 2.0  # an agent at twice the team's rate or more...
UNUSUAL_MIN_COUNT = 3  # ...with at least this many occurrences is listed as unusual


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    note: str = ""
    highlight: bool = False


@dataclass
class Chart:
    title: str
    bars: list[Bar] = field(default_factory=list)
    width: int = 720
    height: int = 220
    horizontal: bool = False
    max_value: float = 0.0
    unit: str = ""

    @property
    def empty(self) -> bool:
        return not any(bar.value for bar in self.bars)


def _day(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    return type_coerce(func.substr(column, 1, 10), String)  # SQLite keeps UTC text


WIDE, HALF = 1360, 660  # viewBox widths close to the rendered size: text stays ~12 px


def vertical(title: str, rows: list[tuple[str, float]], width: int = WIDE) -> Chart:
    chart = Chart(title, width=width)
    top = max((v for _, v in rows), default=0.0) or 1.0
    plot_h, base_y, left = chart.height - 50, chart.height - 30, 40.0
    step = (width - left - 10) / max(len(rows), 1)
    for i, (label, value) in enumerate(rows):
        h = plot_h * value / top
        x = left + i * step + step * 0.15
        chart.bars.append(Bar(label, value, x, base_y - h, step * 0.7, h))
    chart.max_value = top
    return chart


def horizontal(
    title: str, rows: list[tuple[str, float, str, bool]], unit: str = "", width: int = HALF
) -> Chart:
    row_h = 26
    chart = Chart(title, width=width, height=max(60, 20 + row_h * len(rows)), horizontal=True)
    top = max((v for _, v, _, _ in rows), default=0.0) or 1.0
    left, right = 170.0, 250.0
    for i, (label, value, note, highlight) in enumerate(rows):
        w = (width - left - right) * value / top
        chart.bars.append(Bar(label, value, left, 10 + i * row_h, w, row_h - 8, note, highlight))
    chart.max_value, chart.unit = top, unit
    return chart


def critical_per_day(session: Session, since: datetime, until: datetime) -> Chart:
    day = _day(Note.created_at, session.get_bind().dialect.name).label("day")
    stmt = (
        select(day, func.count())
        .where(Note.kind == "critical", Note.created_at >= since, Note.created_at < until)
        .group_by(day)
    )
    counts = {str(d): int(n) for d, n in session.execute(stmt)}
    days, current = [], since
    while current < until:
        key = current.strftime("%Y-%m-%d")
        days.append((key[5:], float(counts.get(key, 0))))
        current += timedelta(days=1)
    return vertical("Critical endings per day", days)


def critical_per_reason(session: Session, since: datetime, until: datetime) -> Chart:
    stmt = (
        select(func.coalesce(Note.reason, "unspecified"), func.count())
        .where(Note.kind == "critical", Note.created_at >= since, Note.created_at < until)
        .group_by(Note.reason)
        .order_by(func.count().desc())
    )
    rows = [(str(r).replace("_", " "), float(n), "", False) for r, n in session.execute(stmt)]
    return horizontal("Critical endings per reason", rows)


@dataclass(frozen=True)
class AgentRate:
    agent: str
    calls: int
    critical: int
    short: int
    dropped: int

    @property
    def critical_rate(self) -> float:
        return 100.0 * self.critical / self.calls if self.calls else 0.0

    @property
    def dropped_rate(self) -> float:
        return 100.0 * self.dropped / self.calls if self.calls else 0.0


def agent_rates(
    session: Session, since: datetime, until: datetime, short_seconds: float
) -> list[AgentRate]:
    """Per agent: answered calls, critical endings, short calls, short calls the agent ended."""
    in_range = and_(Call.started_at >= since, Call.started_at < until)
    short = and_(Call.answered_at.is_not(None), Call.duration_s <= short_seconds)
    calls_stmt = (
        select(
            Call.agent,
            func.count(Call.answered_at),
            func.count().filter(short),
            func.count().filter(and_(short, Call.ended_by == "local")),
        )
        .where(in_range)
        .group_by(Call.agent)
    )
    notes_stmt = (
        select(Note.agent, func.count())
        .where(Note.kind == "critical", Note.created_at >= since, Note.created_at < until)
        .group_by(Note.agent)
    )
    per_agent: dict[str, list[int]] = {}
    for agent, answered, n_short, dropped in session.execute(calls_stmt):
        per_agent[agent] = [int(answered), 0, int(n_short), int(dropped)]
    for agent, critical in session.execute(notes_stmt):
        per_agent.setdefault(agent, [0, 0, 0, 0])[1] = int(critical)
    return [AgentRate(a, v[0], v[1], v[2], v[3]) for a, v in sorted(per_agent.items())]


def unusual(rates: list[AgentRate], attr: str, count_attr: str) -> set[str]:
    """Agents whose rate is at least UNUSUAL_FACTOR times the team's, with enough cases."""
    calls = sum(r.calls for r in rates)
    if not calls:
        return set()
    team = 100.0 * sum(getattr(r, count_attr) for r in rates) / calls
    return {
        r.agent
        for r in rates
        if getattr(r, count_attr) >= UNUSUAL_MIN_COUNT
        and getattr(r, attr) >= UNUSUAL_FACTOR * max(team, 0.1)
    }


def per_agent_chart(rates: list[AgentRate], flagged: set[str]) -> Chart:
    rows = [
        (r.agent, float(r.critical), f"{r.critical_rate:.1f} per 100 calls", r.agent in flagged)
        for r in sorted(rates, key=lambda r: r.critical, reverse=True)
    ]
    return horizontal("Critical endings per agent", rows)


def dropped_chart(rates: list[AgentRate], flagged: set[str], short_seconds: float) -> Chart:
    rows = [
        (
            r.agent,
            float(r.dropped),
            f"{r.short} short · {r.dropped_rate:.1f}% dropped",
            r.agent in flagged,
        )
        for r in sorted(rates, key=lambda r: r.dropped, reverse=True)
    ]
    title = f"Calls the agent ended within {short_seconds:g} s of answering"
    return horizontal(title, rows, width=WIDE)
