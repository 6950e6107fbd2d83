"""Research commands: ``entity``, ``path``, ``sources``, ``stats``, ``timeline``, ``weekly``, ``report``.

Registered on the main app by :func:`register`. Every value from the command
line reaches Cypher and SPARQL as a query parameter (named queries in
``queries/``), never as query text. Exit codes: 0 success, 2 usage error
(unknown party or event, bad argument).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .app import UnknownEntity, Workspace
from .queries import report as reports, runner, weekly as weeklies
from .queries.timeline import group_events, week_range
from .render import FORMATS, emit, rows_csv

console = Console()
err = Console(stderr=True)

HomeOption = typer.Option(None, "--home", help="Data directory (default: $SCRUTINY_HOME, else the user data dir).")
FormatOption = typer.Option("table", "--format", "-f", help="table, json or csv.")
EngineOption = typer.Option("cypher", "--engine", help="cypher or sparql.")


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _check(fmt: str, allowed=FORMATS) -> None:
    if fmt not in allowed:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(allowed)}")


def _check_engine(engine: str) -> None:
    if engine not in runner.ENGINES:
        _fail(f"unknown engine {engine!r}; choose one of {', '.join(runner.ENGINES)}")


def _find(workspace: Workspace, name: str):
    try:
        return workspace.find_entity(name)
    except UnknownEntity as exc:
        err.print(f"[red]error:[/red] {_esc(str(exc))}")
        raise typer.Exit(2)


def _esc(text: str) -> str:
    from rich.markup import escape
    return escape(text)


def _date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} takes a date YYYY-MM-DD, got {value!r}")


# -- entity ----------------------------------------------------------------------------------
def entity_data(workspace: Workspace, name: str, include_subsidiaries: bool = False, engine: str = "cypher") -> dict:
    ref = _find(workspace, name)
    with workspace.engine(engine) as store:
        profile = reports.profile(engine, store, ref.id)
        members = [ref.id]
        if include_subsidiaries:
            members = [r["id"] for r in runner.run(runner.load("members_of"), engine, store,
                                                   {"entity": ref.id}).records()] or [ref.id]
        timeline_of = runner.load("timeline_of")
        rows, columns = [], None
        for member in members:
            result = runner.run(timeline_of, engine, store, {"entity": member})
            columns = result.columns
            rows += result.rows
        counterparts = runner.run(runner.load("counterparts"), engine, store, {"entity": ref.id}).records()
        if include_subsidiaries:
            counterparts = _merge_counterparts(engine, store, members)
        member_names = {r["name"] for r in runner.run(runner.load("members_of"), engine, store,
                                                      {"entity": ref.id}).records()} if include_subsidiaries else set()
    member_names |= {profile["name"]}
    events = group_events(runner.QueryResult(columns or [], rows))
    by: dict[str, list] = defaultdict(list)
    against: dict[str, list] = defaultdict(list)
    for ev in events:
        item = {"date": ev.date, "actor": ev.actor, "target": ev.target, "amount": ev.amount,
                "currency": ev.currency, "summary": ev.summary,
                "outlets": sorted({s["outlet"] or "?" for s in ev.sources}),
                "sources": [s["url"] for s in ev.sources], "event": ev.event}
        (by if ev.actor in member_names else against)[ev.action].append(item)
    return {"profile": profile, "members": members, "by": dict(sorted(by.items())),
            "against": dict(sorted(against.items())), "counterparts": counterparts}


def _merge_counterparts(engine: str, store, members: list[str]) -> list[dict]:
    merged: dict[str, dict] = {}
    query = runner.load("counterparts")
    for member in members:
        for c in runner.run(query, engine, store, {"entity": member}).records():
            if c["id"] in members:
                continue
            m = merged.setdefault(c["id"], {**c, "events": 0})
            m["events"] += c["events"]
            m["first"] = min(x for x in (m["first"], c["first"]) if x) if (m["first"] or c["first"]) else None
            m["last"] = max(x for x in (m["last"], c["last"]) if x) if (m["last"] or c["last"]) else None
    return sorted(merged.values(), key=lambda c: (-c["events"], c["counterpart"], c["id"]))


def _entity_rows(data: dict) -> tuple[list[str], list[list]]:
    columns = ["role", "action", "date", "actor", "target", "amount", "currency", "outlets", "event"]
    rows = []
    for role in ("by", "against"):
        for action, items in data[role].items():
            for i in items:
                rows.append([role, action, i["date"], i["actor"], i["target"], i["amount"], i["currency"],
                             "; ".join(i["outlets"]), i["event"]])
    return columns, rows


def entity(name: str = typer.Argument(..., help="A party: name, alias or id (forgiving: case, close spellings)."),
           include_subsidiaries: bool = typer.Option(False, "--include-subsidiaries",
                                                     help="Also the events of everything that is part of it."),
           engine: str = EngineOption, home: Optional[Path] = HomeOption, fmt: str = FormatOption) -> None:
    """Profile of a party: kind, aliases, parent, Wikidata id; actions by and against it, grouped by
    action, with dates, amounts and outlets; counterparts ranked.

    Example: scrutiny entity "Clearview AI" --format json
    """
    _check(fmt)
    _check_engine(engine)
    data = entity_data(Workspace(home), name, include_subsidiaries, engine)
    if fmt == "json":
        console.out(json.dumps(data, indent=2, ensure_ascii=False, default=str), highlight=False)
        return
    if fmt == "csv":
        console.out(rows_csv(*_entity_rows(data)), highlight=False, end="")
        return
    p = data["profile"]
    info = Table.grid(padding=(0, 2))
    for key, value in (("kind", p.get("kind")), ("country", p.get("country")), ("aliases", ", ".join(p["aliases"])),
                       ("part of", p.get("parent")), ("Wikidata", p.get("wikidata")), ("id", p.get("id"))):
        info.add_row(f"[bold]{key}[/bold]", _esc(str(value or "-")))
    console.print(f"[bold underline]{_esc(p['name'])}[/bold underline]")
    console.print(info)
    for role, title in (("by", f"Actions by {p['name']}"), ("against", f"Actions against {p['name']}")):
        table = Table(title=title, header_style="bold", title_justify="left")
        many = len(data["members"]) > 1
        for column in ("action", "date", *(("member",) if many else ()), "counterpart", "amount", "outlets"):
            table.add_column(column, overflow="fold")
        for action, items in data[role].items():
            for n, i in enumerate(items):
                money = f"{i['currency']} {i['amount']:,.0f}" if i["amount"] is not None and i["currency"] else ""
                member, other = (i["actor"], i["target"]) if role == "by" else (i["target"], i["actor"])
                table.add_row(action if n == 0 else "", i["date"] or "", *((member or "-",) if many else ()),
                              other or "-", money, ", ".join(i["outlets"]))
        console.print(table)
    emit(console, ["counterpart", "events", "first", "last"],
         [[c["counterpart"], c["events"], c["first"], c["last"]] for c in data["counterparts"]], "table",
         title="Counterparts")


# -- path ------------------------------------------------------------------------------------
def path_data(workspace: Workspace, first: str, second: str, engine: str = "cypher", limit: int = 5) -> dict:
    import networkx as nx

    a, b = _find(workspace, first), _find(workspace, second)
    with workspace.engine(engine) as store:
        edges = runner.run(runner.load("event_edges"), engine, store).records()
        g = nx.Graph()
        g.add_nodes_from([a.id, b.id])
        between: dict[frozenset, list[dict]] = defaultdict(list)
        for e in edges:
            if e["actor_id"] == e["target_id"]:
                continue
            g.add_edge(e["actor_id"], e["target_id"])
            between[frozenset((e["actor_id"], e["target_id"]))].append(e)
        paths = []
        if a.id != b.id and nx.has_path(g, a.id, b.id):
            for number, nodes in enumerate(nx.all_shortest_paths(g, a.id, b.id), 1):
                if number > limit:
                    break
                paths.append(nodes)
        sources = runner.load("event_sources")
        out = []
        for number, nodes in enumerate(paths, 1):
            hops = []
            for step, (x, y) in enumerate(zip(nodes, nodes[1:]), 1):
                events = sorted(between[frozenset((x, y))], key=lambda e: (e["date"] or "9999", e["event"]))
                for e in events:
                    src = runner.run(sources, engine, store, {"event_id": e["event"]}).records()
                    first_src = src[0] if src else {}
                    hops.append({"path": number, "hop": step, "actor": e["actor"], "action": e["action"],
                                 "target": e["target"], "date": e["date"], "outlet": first_src.get("outlet"),
                                 "url": first_src.get("url"), "sentence": first_src.get("sentence"),
                                 "event": e["event"]})
            out.append(hops)
    return {"from": a.name, "to": b.name, "paths": out}


def path(first: str = typer.Argument(..., help="One party."), second: str = typer.Argument(..., help="The other party."),
         limit: int = typer.Option(5, "--limit", min=1, help="At most this many shortest chains."),
         engine: str = EngineOption, home: Optional[Path] = HomeOption, fmt: str = FormatOption) -> None:
    """How two parties are connected: the shortest chains of events between them, each hop with its
    date and a source.

    Example: scrutiny path YouTube "Information Commissioner's Office"
    """
    _check(fmt)
    _check_engine(engine)
    data = path_data(Workspace(home), first, second, engine, limit)
    columns = ["path", "hop", "date", "actor", "action", "target", "outlet", "url", "event"]
    rows = [[h[c] for c in columns] for hops in data["paths"] for h in hops]
    if fmt == "json":
        console.out(json.dumps(data, indent=2, ensure_ascii=False), highlight=False)
    elif not rows and fmt == "table":
        console.print(f"No chain of events connects {_esc(data['from'])} and {_esc(data['to'])}.")
    else:
        emit(console, columns, rows, fmt, title=f"{data['from']} ... {data['to']}")


# -- sources ---------------------------------------------------------------------------------
def sources(event: str = typer.Argument(..., help="An event id (see the `event` column of other commands)."),
            engine: str = EngineOption, home: Optional[Path] = HomeOption, fmt: str = FormatOption) -> None:
    """Every article and sentence behind an event.

    Example: scrutiny sources ev-4f9fa21d6b47cadb
    """
    _check(fmt)
    _check_engine(engine)
    result = Workspace(home).named_query("event_sources", engine, {"event_id": event})
    if not result.rows:
        _fail(f"no event {event!r} (event ids look like ev-4f9fa21d6b47cadb)")
    emit(console, result.columns, result.rows, fmt, title=f"Sources of {event}")


# -- stats -----------------------------------------------------------------------------------
def stats(engine: str = EngineOption, home: Optional[Path] = HomeOption, fmt: str = FormatOption,
          top: int = typer.Option(10, "--top", min=1, help="How many most-targeted parties to list.")) -> None:
    """What the graph holds: counts, events per action, the most targeted parties, fines per country.

    Example: scrutiny stats --format json
    """
    _check(fmt)
    _check_engine(engine)
    workspace = Workspace(home)
    counts = workspace.counts()
    actions = workspace.named_query("action_counts", engine, {"since": "0001-01-01", "until": "9999-12-31"})
    targeted = workspace.named_query("most_targeted", engine, {"limit": top})
    fines = workspace.named_query("fines_by_country", engine)
    if fmt == "json":
        console.out(json.dumps({"counts": counts, "actions": actions.records(),
                                "most_targeted": targeted.records()[:top], "fines_by_country": fines.records()},
                               indent=2, ensure_ascii=False), highlight=False)
    elif fmt == "csv":
        console.out(rows_csv(["measure", "key", "value"],
                             [["count", k, v] for k, v in counts.items()]
                             + [["action", r[0], r[1]] for r in actions.rows]
                             + [["targeted", r["target"], r["events"]] for r in targeted.records()[:top]]),
                    highlight=False, end="")
    else:
        emit(console, list(counts), [list(counts.values())], title="Graph")
        emit(console, actions.columns, actions.rows, title="Events per action")
        emit(console, targeted.columns, targeted.rows[:top], title="Most targeted")
        emit(console, fines.columns, fines.rows, title="Fines per country and currency")


# -- timeline --------------------------------------------------------------------------------
TIMELINE_FORMATS = ("table", *weeklies.FORMATS)


def timeline_data(workspace: Workspace, entity: Optional[str] = None, week: Optional[str] = None,
                  since: Optional[dt.date] = None, until: Optional[dt.date] = None,
                  engine: str = "cypher") -> weeklies.Period:
    """The events of a week or a date range, or of one party (name, alias or id, looked up forgivingly)
    as actor or target, optionally within those dates."""
    ref = _find(workspace, entity) if entity else None
    party = {"id": ref.id, "name": ref.name, "kind": ref.kind} if ref else None
    with workspace.engine(engine) as store:
        return weeklies.period(engine, store, since, until, party, week)


def timeline(entity: Optional[str] = typer.Option(None, "--entity", "-e",
                                                  help="Only events where this party (name, alias or id) is "
                                                       "actor or target; without dates, its whole history."),
             week: Optional[str] = typer.Option(None, "--week", help="An ISO week, e.g. 2020-W06."),
             since: Optional[str] = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
             until: Optional[str] = typer.Option(None, "--until", help="Last day (YYYY-MM-DD); default: today, "
                                                                      "or with --entity the last event."),
             fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                               help="table, md, html, csv, json or ics (default: the --out "
                                                    "suffix, else table)."),
             out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (default: stdout)."),
             engine: str = EngineOption, home: Optional[Path] = HomeOption) -> None:
    """Events of a week, a date range or one party, grouped by day, with status, disputes and sources.
    md, html (self-contained, with a timeline chart), csv, json and ics (one VEVENT per dated event) are
    the renderings of `scrutiny weekly`.

    Example: scrutiny timeline --entity "Clearview AI" --since 2020-01-01 --format html --out clearview.html
    """
    fmt = fmt or (out.suffix.lstrip(".").lower() if out and out.suffix.lstrip(".").lower() in weeklies.FORMATS
                  else "table")
    _check(fmt, TIMELINE_FORMATS)
    _check_engine(engine)
    if out and fmt == "table":
        _fail(f"--out takes a file format: {', '.join(weeklies.FORMATS)}")
    if week and (since or until):
        _fail("give --week or --since/--until, not both")
    start, end = _date(since, "--since"), _date(until, "--until")
    if start and end and start > end:
        _fail("--since is after --until")
    if week:
        try:
            week_range(week)
        except ValueError as exc:
            _fail(_esc(str(exc)))
    data = timeline_data(Workspace(home), entity, week, start, end, engine)
    if fmt == "table":
        rows = [[e.date, e.actor, e.action, e.target, e.amount, e.currency, e.status,
                 ", ".join(sorted({s["outlet"] or "?" for s in e.sources}))] for e in data.events]
        emit(console, ["date", "actor", "action", "target", "amount", "currency", "status", "outlets"], rows,
             title=data.title)
    elif out:
        weeklies.save(weeklies.RENDER[fmt](data), out)
        console.print(f"{len(data.events)} events: {_esc(str(out))}", highlight=False)
    else:
        typer.echo(weeklies.RENDER[fmt](data), nl=False)


# -- weekly ----------------------------------------------------------------------------------
def weekly(out: Path = typer.Option(..., "--out", help="Folder for the files (created if missing)."),
           since: Optional[str] = typer.Option(None, "--since", help="First day (YYYY-MM-DD); default: the first event."),
           until: Optional[str] = typer.Option(None, "--until", help="Last day (YYYY-MM-DD); default: today."),
           formats: str = typer.Option("md,html", "--format", "-f", help="Comma-separated: md, html, csv, json, ics."),
           engine: str = EngineOption, home: Optional[Path] = HomeOption) -> None:
    """Write one timeline file per ISO week and format (DIR/2020-W06.md, ...): events by day with
    actor -> action -> target, amount, status, summary and sources; counts, parties new that week,
    disputes that moved. Markdown for a newsletter; HTML self-contained with a timeline chart; ICS
    with one VEVENT per event.

    Example: scrutiny weekly --out weeks/ --since 2020-01-01 --until 2020-12-31 --format md,html,ics
    """
    _check_engine(engine)
    try:
        chosen = weeklies.parse_formats(formats)
    except ValueError as exc:
        _fail(str(exc))
    start, end = _date(since, "--since"), _date(until, "--until")
    if start and end and start > end:
        _fail("--since is after --until")
    workspace = Workspace(home)
    with workspace.engine(engine) as store:
        all_weeks = weeklies.weeks(engine, store, start, end)
    written = weeklies.write(all_weeks, out, chosen)
    console.print(f"{len(all_weeks)} weeks, {len(written)} files in {_esc(str(out))}", highlight=False)


# -- report ----------------------------------------------------------------------------------
def report(name: str = typer.Argument(..., help="A party: name, alias or id."),
           out: Path = typer.Option(..., "--out", help="The HTML file to write."),
           engine: str = EngineOption, home: Optional[Path] = HomeOption) -> None:
    """Write a self-contained HTML dossier on one party: profile, timeline chart, network picture
    (parties coloured by kind, events as edges labelled by action) and every source.

    Example: scrutiny report "Clearview AI" --out clearview.html
    """
    _check_engine(engine)
    workspace = Workspace(home)
    ref = _find(workspace, name)
    with workspace.engine(engine) as store:
        dossier = reports.collect(engine, store, ref.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(reports.to_html(dossier), encoding="utf-8")
    console.print(f"{len(dossier.events)} events, {len(dossier.nodes)} parties: {_esc(str(out))}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(entity)
    app.command()(path)
    app.command()(sources)
    app.command()(stats)
    app.command()(timeline)
    app.command()(weekly)
    app.command()(report)
