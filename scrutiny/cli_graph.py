"""Graph commands: ``scrutiny sync``, ``scrutiny export``, ``scrutiny curate``.

Registered on the main app by :func:`register`. Exit codes as everywhere: 0
success, 1 a server or file could not be written, 2 usage error.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .app import UnknownEntity, Workspace
from .graph.export import FORMATS
from .graph.judgements import JudgementError
from .render import emit

console = Console()
err = Console(stderr=True)

sync_app = typer.Typer(help="Write the graph to a server: Neo4j or a SPARQL 1.1 endpoint.", no_args_is_help=True)
curate_app = typer.Typer(help="Human corrections: merge, split, reject, rename; undo; log.", no_args_is_help=True)

HomeOption = typer.Option(None, "--home", help="Data directory (default: $SCRUTINY_HOME, else the user data dir).")
ByOption = typer.Option(None, "--by", help="Who makes the correction (default: $SCRUTINY_USER, else the login name).")
NoteOption = typer.Option(None, "--note", help="Why (kept in the log).")


def _fail(message: str, code: int) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _counts(counts: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in counts.items())


# -- sync ------------------------------------------------------------------------------------
@sync_app.command("neo4j")
def sync_neo4j(uri: Optional[str] = typer.Option(None, "--uri", help="bolt:// or neo4j:// URI (default: $NEO4J_URI)."),
               user: Optional[str] = typer.Option(None, "--user", help="Default: $NEO4J_USER."),
               password: Optional[str] = typer.Option(None, "--password", help="Default: $NEO4J_PASSWORD."),
               database: Optional[str] = typer.Option(None, "--database", help="Default: the server's default."),
               home: Optional[Path] = HomeOption) -> None:
    """Make a Neo4j server hold the graph (MERGE on ids, then remove what is gone).

    Example: scrutiny sync neo4j --uri bolt://localhost:7687 --user neo4j --password secret
    """
    if not (uri or os.environ.get("NEO4J_URI")):
        _fail("no Neo4j server: give --uri or set NEO4J_URI", 2)
    try:
        counts = Workspace(home).sync_neo4j(uri, user, password, database)
    except Exception as exc:  # the driver's errors: unreachable, unauthorised, ...
        _fail(f"Neo4j: {exc}", 1)
    console.print(f"neo4j: {_counts(counts)}")


@sync_app.command("sparql")
def sync_sparql(url: str = typer.Argument(..., help="The query endpoint, e.g. http://localhost:7878/query."),
                update_url: Optional[str] = typer.Option(None, "--update-url", help="SPARQL Update endpoint "
                                                         "(default: derived from URL)."),
                store_url: Optional[str] = typer.Option(None, "--store-url", help="Graph Store Protocol endpoint "
                                                        "(default: derived from URL)."),
                method: str = typer.Option("gsp", "--method", help="gsp (one PUT) or update (INSERT DATA chunks)."),
                graph: Optional[str] = typer.Option(None, "--graph", help="Named graph to replace "
                                                    "(default: https://w3id.org/scrutiny/graph)."),
                user: Optional[str] = typer.Option(None, "--user"),
                password: Optional[str] = typer.Option(None, "--password"),
                home: Optional[Path] = HomeOption) -> None:
    """Load the graph into a SPARQL 1.1 endpoint; then `scrutiny query --sparql-endpoint URL` asks it.

    Example: scrutiny sync sparql http://localhost:7878/query
    """
    from .graph.stores.sparql import EndpointError
    if method not in ("gsp", "update"):
        _fail(f"unknown method {method!r}; choose gsp or update", 2)
    auth = (user, password or "") if user else None
    try:
        counts = Workspace(home).sync_sparql(url, update_url, store_url, method, graph, auth)
    except EndpointError as exc:
        _fail(str(exc), 1)
    console.print(f"sparql: {_counts(counts)}")


# -- export -----------------------------------------------------------------------------------
def export(fmt: str = typer.Argument(..., help="ttl, jsonld, graphml, gexf or csv."),
           out: Path = typer.Option(..., "--out", "-o", help="Output file (a folder for csv)."),
           home: Optional[Path] = HomeOption) -> None:
    """Export the graph: RDF (ttl, jsonld), GraphML or GEXF for Gephi, or CSV for neo4j-admin import.

    Example: scrutiny export csv --out graph-csv/
    """
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    try:
        files = Workspace(home).export(fmt, out)
    except OSError as exc:
        _fail(f"cannot write {out}: {exc}", 1)
    for f in files:
        console.print(str(f), highlight=False)


# -- curate -----------------------------------------------------------------------------------
def _curate(home: Optional[Path], op: str, first: str, second: Optional[str] = None, **kwargs) -> None:
    try:
        judgement = Workspace(home).curate(op, first, second, **kwargs)
    except (JudgementError, UnknownEntity) as exc:
        _fail(str(exc), 2)
    console.print(f"#{judgement.id} {judgement.describe()} (by {judgement.made_by})", highlight=False)


@curate_app.command("merge")
def curate_merge(first: str = typer.Argument(..., help="The party (name or id) or event id to keep."),
                 second: str = typer.Argument(..., help="The party or event that is the same."),
                 home: Optional[Path] = HomeOption, by: Optional[str] = ByOption,
                 note: Optional[str] = NoteOption) -> None:
    """Two parties, or two events, are one.

    Example: scrutiny curate merge "Clearview AI" "Clearview Labs"
    """
    _curate(home, "merge", first, second, by=by, note=note)


@curate_app.command("split")
def curate_split(first: str = typer.Argument(..., help="A party (name or id) or an event id."),
                 second: str = typer.Argument(..., help="For a party: the name that is another party. "
                                                        "For an event: the URL of the article that reports "
                                                        "another event."),
                 home: Optional[Path] = HomeOption, by: Optional[str] = ByOption,
                 note: Optional[str] = NoteOption) -> None:
    """Undo a wrong merge: a name is not that party, or an article reports another event.

    Example: scrutiny curate split ico "Information Commission"
    """
    _curate(home, "split", first, second, by=by, note=note)


@curate_app.command("reject")
def curate_reject(event: str = typer.Argument(..., help="The event id."),
                  home: Optional[Path] = HomeOption, by: Optional[str] = ByOption,
                  note: Optional[str] = NoteOption) -> None:
    """An event is not real (an extraction error): drop it and its mentions.

    Example: scrutiny curate reject ev-0123456789abcdef --note "hypothetical fine"
    """
    _curate(home, "reject", event, by=by, note=note)


@curate_app.command("rename")
def curate_rename(entity: str = typer.Argument(..., help="The party (name or id)."),
                  name: Optional[str] = typer.Argument(None, help="Its name (the old one stays an alias)."),
                  kind: Optional[str] = typer.Option(None, "--kind", help="Correct its kind (company, regulator, ...)."),
                  home: Optional[Path] = HomeOption, by: Optional[str] = ByOption,
                  note: Optional[str] = NoteOption) -> None:
    """Give a party its proper name or kind.

    Example: scrutiny curate rename acme-vision "Acme Vision Ltd" --kind company
    """
    _curate(home, "rename", entity, name, kind=kind, by=by, note=note)


@curate_app.command("undo")
def curate_undo(judgement: int = typer.Argument(..., help="The number shown by `scrutiny curate log`."),
                home: Optional[Path] = HomeOption, by: Optional[str] = ByOption) -> None:
    """Undo a correction (it stays in the log, marked undone).

    Example: scrutiny curate undo 3
    """
    try:
        j = Workspace(home).curate_undo(judgement, by)
    except JudgementError as exc:
        _fail(str(exc), 2)
    console.print(f"#{j.id} undone: {j.describe()} (by {j.undone_by})", highlight=False)


@curate_app.command("log")
def curate_log(home: Optional[Path] = HomeOption,
               fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv.")) -> None:
    """Every correction: what, who, when, and whether it was undone.

    Example: scrutiny curate log --format json
    """
    log = Workspace(home).curate_log()
    if fmt == "json":
        console.out(json.dumps([j.as_dict() for j in log], indent=2, ensure_ascii=False), highlight=False)
        return
    rows = [[j.id, j.made_at, j.made_by, j.describe(), j.note or "",
             f"undone {j.undone_at} by {j.undone_by}" if j.undone_at else "active"] for j in log]
    try:
        emit(console, ["id", "when", "who", "what", "note", "state"], rows, fmt)
    except ValueError as exc:
        _fail(str(exc), 2)


def register(app: typer.Typer) -> None:
    """Add the graph commands to the main ``scrutiny`` app."""
    app.add_typer(sync_app, name="sync")
    app.add_typer(curate_app, name="curate")
    app.command("export")(export)
