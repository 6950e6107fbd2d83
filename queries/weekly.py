"""Weekly exports and timelines: one file per ISO week and format (md, html, csv, json, ics).

Each week lists its events grouped by day (actor -> action -> target, amount,
status, a one-line summary, links to the sources) under a header with counts,
the parties new that week and the disputes that moved. The same renderers
serve any :class:`Period`: a date range or one party's history
(:func:`period`, behind ``scrutiny timeline``).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import ClassVar

from . import charts, runner
from .timeline import iso_week, week_range

FORMATS = ("md", "html", "csv", "json", "ics")
EARLIEST = dt.date(1900, 1, 1)


@dataclass
class WeekEvent:
    event: str
    date: str
    actor: str | None
    actor_id: str | None
    action: str
    target: str | None
    target_id: str | None
    amount: float | None
    currency: str | None
    status: str | None
    summary: str | None
    dispute: str | None = None
    dispute_status: str | None = None
    sources: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def money(self) -> str:
        if self.amount is None or not self.currency:
            return ""
        return f"{self.currency} {self.amount:,.0f}"

    def line(self) -> str:
        return f"{self.actor or '?'} -> {self.action} -> {self.target or '-'}"


@dataclass
class Period:
    """Events between two days (either may be open when there are no events), as the renderers take
    them: any date range, one party's history (``entity``), or an ISO week (:class:`Week`)."""

    name: str
    since: dt.date | None
    until: dt.date | None
    events: list[WeekEvent] = field(default_factory=list)
    new_parties: list[dict] = field(default_factory=list)
    entity: dict | None = None
    key: ClassVar[str] = "period"
    new_label: ClassVar[str] = "New in this period"

    @property
    def title(self) -> str:
        return f"AI surveillance disputes, {self.name}"

    @property
    def days(self) -> list[tuple[str | None, list[WeekEvent]]]:
        out: dict[str | None, list[WeekEvent]] = {}
        for ev in self.events:
            out.setdefault(ev.date, []).append(ev)
        return list(out.items())

    @property
    def moved(self) -> list[dict]:
        """Disputes with an event this week: the dispute (its first event), where it stands, this week's steps."""
        out: dict[str, dict] = {}
        for ev in self.events:
            if ev.dispute:
                d = out.setdefault(ev.dispute, {"dispute": ev.dispute, "status": ev.dispute_status, "events": []})
                d["status"] = d["status"] or ev.dispute_status
                d["events"].append(ev.line() + f" ({ev.date})")
        return list(out.values())

    def counts(self) -> dict:
        parties = {p for ev in self.events for p in (ev.actor_id, ev.target_id) if p}
        sources = {s["url"] for ev in self.events for s in ev.sources}
        return {"events": len(self.events), "parties": len(parties), "sources": len(sources),
                "new_parties": len(self.new_parties), "disputes_moved": len(self.moved),
                "actions": dict(sorted(Counter(ev.action for ev in self.events).items()))}


@dataclass
class Week(Period):
    """One ISO week, ``name`` like 2020-W06."""

    key: ClassVar[str] = "week"
    new_label: ClassVar[str] = "New this week"

    @property
    def week(self) -> str:
        return self.name

    @property
    def title(self) -> str:
        return f"AI surveillance disputes, week {self.name}"


def _events(result: runner.QueryResult) -> list[WeekEvent]:
    events: dict[str, WeekEvent] = {}
    for r in result.records():
        ev = events.get(r["event"])
        if ev is None:
            ev = events[r["event"]] = WeekEvent(
                r["event"], r["date"], r["actor"], r["actor_id"], r["action"], r["target"], r["target_id"],
                r["amount"], r["currency"], r["status"], r["summary"], r["dispute"], r["dispute_status"])
        source = {"outlet": r["outlet"], "url": r["url"]}
        if source not in ev.sources:
            ev.sources.append(source)
    return sorted(events.values(),
                  key=lambda e: (e.date is None, e.date or "", e.actor or "", e.action, e.target or "", e.event))


def _new_parties(engine_name: str, engine: runner.QueryEngine, since: dt.date) -> list[dict]:
    """Parties whose first dated event is on or after ``since``."""
    return runner.run(runner.load("new_this_week"), engine_name, engine, {"since": since}).records()


def weeks(engine_name: str, engine: runner.QueryEngine, since: dt.date | None = None,
          until: dt.date | None = None) -> list[Week]:
    """Every ISO week between ``since`` and ``until`` that has events (dated events only)."""
    since = since or EARLIEST
    until = until or dt.date.today()
    rows = runner.run(runner.load("week_events"), engine_name, engine, {"since": since, "until": until})
    out: dict[str, Week] = {}
    for ev in _events(rows):
        name = iso_week(dt.date.fromisoformat(ev.date))
        if name not in out:
            out[name] = Week(name, *week_range(name))
        out[name].events.append(ev)
    if out:
        first_monday = min(w.since for w in out.values())
        for p in _new_parties(engine_name, engine, first_monday):
            name = iso_week(dt.date.fromisoformat(p["first"]))
            if name in out:
                out[name].new_parties.append(p)
    return [out[k] for k in sorted(out)]


def _within(day: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    return (day is not None and (since is None or day >= since.isoformat())
            and (until is None or day <= until.isoformat()))


def period(engine_name: str, engine: runner.QueryEngine, since: dt.date | None = None,
           until: dt.date | None = None, entity: dict | None = None, week: str | None = None) -> Period:
    """The events of a date range, an ISO ``week`` or, with ``entity`` (``{"id", "name", ...}``), of one
    party as actor or target; open bounds: from the first event (to today without ``entity``, else to
    the last event). One party's whole history keeps its undated events (after the dated ones); any
    bound drops them. Parties new in the period are listed when it has a first day."""
    if week:
        since, until = week_range(week)
    if entity:
        rows = runner.run(runner.load("timeline_of"), engine_name, engine, {"entity": entity["id"]})
        events = [ev for ev in _events(rows) if (since is None and until is None) or _within(ev.date, since, until)]
    else:
        until = until or dt.date.today()
        rows = runner.run(runner.load("week_events"), engine_name, engine,
                          {"since": since or EARLIEST, "until": until})
        events = _events(rows)
    new: list[dict] = []
    if since is not None:
        parties = {p for ev in events for p in (ev.actor_id, ev.target_id) if p}
        new = [p for p in _new_parties(engine_name, engine, since)
               if _within(p["first"], since, until) and (not entity or p["id"] in parties)]
    dated = [ev.date for ev in events if ev.date]
    start = since or (dt.date.fromisoformat(min(dated)) if dated else None)
    end = until or (dt.date.fromisoformat(max(dated)) if dated else None)
    if week and not entity:
        return Week(week, start, end, events, new)
    if week:
        span = f"week {week}"
    elif since or until or not entity:
        span = f"{start or 'the first event'} to {end or 'the last event'}"
    else:
        span = ""  # one party's whole history: its name says it
    name = ", ".join(part for part in ((entity or {}).get("name"), span) if part)
    return Period(name, start, end, events, new, entity)


# -- formats -----------------------------------------------------------------------------------
def _md_escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def _span(week: Period) -> str:
    if week.since is None or week.until is None:
        return ""
    return f"{week.since:%a %d %b %Y} to {week.until:%a %d %b %Y}"


def _day_heading(day: str | None) -> str:
    return f"{dt.date.fromisoformat(day):%A %d %B %Y}" if day else "Undated"


def to_markdown(week: Period) -> str:
    c = week.counts()
    span = f"*{_span(week)}*: " if _span(week) else ""
    lines = [f"# {week.title}", "",
             f"{span}**{c['events']} events** between {c['parties']} parties, from {c['sources']} articles.", ""]
    if week.new_parties:
        lines.append(f"**{week.new_label}:** " + ", ".join(f"{p['party']} ({p['kind']})" for p in week.new_parties))
        lines.append("")
    if week.moved:
        lines.append("**Disputes that moved:**")
        lines.append("")
        for d in week.moved:
            lines.append(f"- {'; '.join(d['events'])}; the dispute stands *{d['status'] or 'open'}*")
        lines.append("")
    for day, events in week.days:
        lines += [f"## {_day_heading(day)}", ""]
        for ev in events:
            money = f" ({ev.money()})" if ev.money() else ""
            links = ", ".join(f"[{_md_escape(s['outlet'] or 'source')}]({s['url']})" for s in ev.sources)
            summary = f" {ev.summary.rstrip('.')}." if ev.summary else ""
            lines.append(f"- **{_md_escape(ev.actor or '?')}** → {ev.action.replace('_', ' ')} → "
                         f"**{_md_escape(ev.target or '-')}**{money}, {ev.status or 'reported'}.{summary} {links}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(week: Period) -> str:
    head = {week.key: week.name, **({"entity": week.entity} if week.entity else {})}
    return json.dumps({**head, "since": week.since and week.since.isoformat(),
                       "until": week.until and week.until.isoformat(),
                       "counts": week.counts(), "new_parties": week.new_parties, "disputes_moved": week.moved,
                       "events": [e.as_dict() for e in week.events]}, indent=2, ensure_ascii=False)


CSV_COLUMNS = ["week", "date", "actor", "action", "target", "amount", "currency", "status", "summary",
               "dispute", "dispute_status", "sources", "event"]


def to_csv(week: Period) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for ev in week.events:
        week_of = iso_week(dt.date.fromisoformat(ev.date)) if ev.date else ""
        writer.writerow([week_of, ev.date or "", ev.actor or "", ev.action, ev.target or "",
                         "" if ev.amount is None else ev.amount, ev.currency or "", ev.status or "",
                         ev.summary or "", ev.dispute or "", ev.dispute_status or "",
                         " ".join(s["url"] for s in ev.sources), ev.event])
    return out.getvalue()


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """RFC 5545: lines of at most 75 octets, continued with a leading space."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def to_ics(week: Period) -> str:
    """One all-day VEVENT per dated event (a calendar has no place for undated ones)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//scrutiny//weekly timeline//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_text('scrutiny ' + week.name)}"]
    for ev in week.events:
        if not ev.date:
            continue
        day = dt.date.fromisoformat(ev.date)
        money = f" ({ev.money()})" if ev.money() else ""
        description = "\n".join([f"{ev.line()}{money}, {ev.status or 'reported'}", ev.summary or "",
                                 *[f"{s['outlet'] or 'source'}: {s['url']}" for s in ev.sources]])
        lines += ["BEGIN:VEVENT", f"UID:{ev.event}@scrutiny", f"DTSTAMP:{day:%Y%m%d}T000000Z",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_ics_text(ev.line() + money)}", f"DESCRIPTION:{_ics_text(description)}",
                  f"CATEGORIES:{_ics_text(ev.action)}"]
        if ev.sources:
            lines.append(f"URL:{ev.sources[0]['url']}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f4f7;color:#1d1d24}
main{max-width:1000px;margin:0 auto;padding:24px;background:#fff;min-height:100vh}
h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid #ddd}
.meta{color:#555}.counts span{display:inline-block;margin:6px 12px 6px 0;padding:4px 10px;border-radius:12px;
background:#eef0f6}.ev{margin:6px 0;padding:6px 10px;border-left:4px solid #999;background:#fafafa}
.ev .act{font-weight:600}.ev .sum{color:#444}.ev .src a{margin-right:8px;font-size:13px}
.key{display:inline-block;margin-right:10px;font-size:12px}.key i{display:inline-block;width:10px;height:10px;
border-radius:50%;margin-right:4px}.chart{max-width:100%;height:auto}table{border-collapse:collapse}
td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
.filter button{margin:2px;border:1px solid #ccc;background:#fff;border-radius:10px;padding:2px 8px;cursor:pointer}
.filter button.on{background:#1d1d24;color:#fff}
"""

SCRIPT = """
(function () {
  var root = document.documentElement;
  var buttons = document.querySelectorAll('.filter button');
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var on = !b.classList.contains('on');
      buttons.forEach(function (x) { x.classList.remove('on'); });
      if (on) { b.classList.add('on'); }
      document.querySelectorAll('.ev').forEach(function (ev) {
        ev.style.display = (!on || ev.dataset.action === b.dataset.action) ? '' : 'none';
      });
    });
  });
  root.setAttribute('data-scrutiny-ready', String(document.querySelectorAll('svg.chart').length));
})();
"""


def html_page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body><main>\n{body}\n</main>"
            f"<script>{SCRIPT}</script></body></html>\n")


def event_html(ev) -> str:
    money = f" <b>{escape(ev.money())}</b>" if ev.money() else ""
    links = "".join(f'<a href="{escape(s["url"])}" rel="noopener">{escape(s["outlet"] or "source")}</a>'
                    for s in ev.sources)
    return (f'<div class="ev" data-action="{escape(ev.action)}" style="border-color:{charts.action_colour(ev.action)}">'
            f'<span class="act">{escape(ev.actor or "?")} → {escape(ev.action)} → {escape(ev.target or "-")}</span>'
            f'{money} <span class="meta">{escape(ev.status or "reported")}</span>'
            f'<div class="sum">{escape(ev.summary or "")}</div><div class="src">{links}</div></div>')


def to_html(week: Period) -> str:
    c = week.counts()
    parts = [f"<h1>{escape(week.title)}</h1>", f'<p class="meta">{_span(week)}</p>',
             '<p class="counts">' + "".join(f"<span>{escape(k.replace('_', ' '))}: {v}</span>"
                                            for k, v in c.items() if k != "actions") + "</p>"]
    items = [{"date": ev.date, "action": ev.action, "label": ev.line()} for ev in week.events]
    parts.append(charts.timeline_svg(items, week.since, week.until))
    parts.append('<p class="filter">' + "".join(
        f'<button data-action="{escape(a)}" style="border-color:{charts.action_colour(a)}">{escape(a)} ({n})</button>'
        for a, n in c["actions"].items()) + "</p>")
    if week.new_parties:
        parts.append(f"<h2>{week.new_label}</h2><p>" + ", ".join(
            f"{escape(p['party'])} <span class=\"meta\">({escape(p['kind'] or '?')})</span>"
            for p in week.new_parties) + "</p>")
    if week.moved:
        parts.append("<h2>Disputes that moved</h2><ul>" + "".join(
            f"<li>{escape('; '.join(d['events']))}: stands <b>{escape(d['status'] or 'open')}</b></li>"
            for d in week.moved) + "</ul>")
    for day, events in week.days:
        parts.append(f"<h2>{_day_heading(day)}</h2>")
        parts.extend(event_html(ev) for ev in events)
    return html_page(f"scrutiny {week.name}", "\n".join(parts))


RENDER = {"md": to_markdown, "html": to_html, "csv": to_csv, "json": to_json, "ics": to_ics}


def parse_formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(formats))


def write(all_weeks: list[Week], out_dir: str | Path, formats: list[str]) -> list[Path]:
    """Write DIR/YYYY-Www.FORMAT for every week and format; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for week in all_weeks:
        for fmt in formats:
            written.append(save(RENDER[fmt](week), out_dir / f"{week.week}.{fmt}"))
    return written


def save(text: str, path: str | Path) -> Path:
    """Write a rendering as UTF-8 bytes (ICS keeps its CRLF line ends on every platform)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path
