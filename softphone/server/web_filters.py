"""The dashboard's list filters as FastAPI dependencies: one definition serves the page,
its "older" pages and its CSV export, so the export is exactly the filtered list."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Query

from softphone.server import logs
from softphone.server.errors import ApiError
from softphone.server.web import day_range

Text = Annotated[str, Query(max_length=200)]
Seconds = Annotated[float | None, Query(ge=0, le=86400)]


def _days(start: str, end: str) -> tuple[datetime | None, datetime | None]:
    try:
        return day_range(start, end)
    except ValueError:
        raise ApiError(400, "bad_request", "dates must be YYYY-MM-DD") from None


class NoteQuery:
    """?agent=&start=&end=&reason=&customer=&review=&kind= of the notes lists."""

    def __init__(
        self,
        *,
        agent: Text = "",
        start: Text = "",
        end: Text = "",
        reason: Text = "",
        customer: Text = "",
        review: Text = "",
        kind: Text = "critical",
    ) -> None:
        self.agent, self.start, self.end = agent, start, end
        self.reason, self.customer, self.review, self.kind = reason, customer, review, kind

    def values(self) -> dict[str, str]:
        """For the template's filter form."""
        return dict(vars(self))

    def filter(self) -> logs.NoteFilter:
        since, until = _days(self.start, self.end)
        return logs.NoteFilter(
            agent=self.agent,
            since=since,
            until=until,
            kind="" if self.kind == "all" else self.kind,
            reason=self.reason,
            review_state=self.review,
            customer=self.customer,
        )


class CallQuery:
    """?agent=&start=&end=&customer=&ended_by=&short= of the calls list."""

    def __init__(
        self,
        *,
        agent: Text = "",
        start: Text = "",
        end: Text = "",
        customer: Text = "",
        ended_by: Text = "",
        short: Seconds = None,
    ) -> None:
        self.agent, self.start, self.end = agent, start, end
        self.customer, self.ended_by, self.short = customer, ended_by, short

    def values(self) -> dict[str, str]:
        values = {k: str(v) for k, v in vars(self).items() if k != "short"}
        values["short"] = "" if self.short is None else f"{self.short:g}"
        return values

    def filter(self) -> logs.CallFilter:
        since, until = _days(self.start, self.end)
        return logs.CallFilter(
            agent=self.agent,
            since=since,
            until=until,
            customer=self.customer,
            ended_by=self.ended_by,
            max_duration=self.short,
        )


NoteQueryDep = Annotated[NoteQuery, Depends()]
CallQueryDep = Annotated[CallQuery, Depends()]
