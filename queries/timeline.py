"""Timelines: ISO weeks and date ranges -> events grouped by day. Rendered by :mod:`.weekly`."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import runner

_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.I)


def week_range(week: str) -> tuple[dt.date, dt.date]:
    """"2020-W06" -> (Monday 2020-02-03, Sunday 2020-02-09)."""
    m = _WEEK.match(week.strip())
    if not m:
        raise ValueError(f"not an ISO week: {week!r} (expected YYYY-Www, e.g. 2020-W06)")
    monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    return monday, monday + dt.timedelta(days=6)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class TimelineEvent:
    """One event with all the articles that report it."""

    event: str
    date: str | None
    actor: str | None
    action: str
    target: str | None
    amount: float | None
    currency: str | None
    summary: str | None
    sources: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def group_events(result: runner.QueryResult) -> list[TimelineEvent]:
    """Rows (one per event and article) -> one :class:`TimelineEvent` per event, in date order."""
    events: dict[str, TimelineEvent] = {}
    for r in result.records():
        ev = events.get(r["event"])
        if ev is None:
            ev = events[r["event"]] = TimelineEvent(
                r["event"], r["date"], r.get("actor"), r["action"], r.get("target"), r.get("amount"),
                r.get("currency"), r.get("summary"))
        source = {"outlet": r["outlet"], "url": r["url"]}
        if source not in ev.sources:
            ev.sources.append(source)
    return sorted(events.values(), key=lambda e: (e.date or "", e.actor or "", e.action, e.target or ""))


def timeline(engine_name: str, engine: runner.QueryEngine, since: dt.date, until: dt.date) -> list[TimelineEvent]:
    query = runner.load("timeline")
    return group_events(runner.run(query, engine_name, engine, {"since": since, "until": until}))
