"""The ``scrutiny`` command line: thin commands over :mod:`scrutiny.app`.

Exit codes: 0 success, 1 partial failure (some items failed, the rest
stored), 2 usage error (unknown name, bad argument).
"""
from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .app import UnknownEntity, Workspace, default_feeds
from .ingest.extract import Extractor
from .queries import runner, timeline as timelines
from .render import emit

app = typer.Typer(help="scrutiny: who did what to whom in AI surveillance disputes, and says who.",
                  no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_show_locals=False,
                  add_completion=True)
ingest_app = typer.Typer(help="Bring articles into the document store.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")
from .cli_feeds import feeds_app  # noqa: E402
app.add_typer(feeds_app, name="feeds")
from .cli_graph import register as _register_graph_commands  # noqa: E402
_register_graph_commands(app)
from .cli_research import register as _register_research_commands  # noqa: E402
_register_research_commands(app)

console = Console()
err = Console(stderr=True)

HomeOption = typer.Option(None, "--home", help="Data directory (default: $SCRUTINY_HOME, else the user data dir).")
FormatOption = typer.Option("table", "--format", "-f", help="table, json or csv.")


def _workspace(home: Optional[Path]) -> Workspace:
    return Workspace(home)


def _usage_error(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _finish_ingest(summary, fmt: str) -> None:
    if fmt == "json":
        console.out(json.dumps(summary.as_dict(), indent=2), highlight=False)
    else:
        for failure in summary.failures[:20]:
            err.print(f"[yellow]failed[/yellow] {failure['item']}: {failure['error']}")
        console.print(summary.line(), soft_wrap=True)
    raise typer.Exit(1 if summary.failed else 0)


def _version(value: bool) -> None:
    if value:
        from . import __version__
        console.print(f"scrutiny {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    """scrutiny turns news into a sourced knowledge graph of disputes over AI surveillance."""


# -- demo ----------------------------------------------------------------------------
@app.command()
def demo() -> None:
    """Run the whole pipeline offline on the bundled sample corpus and print answers.

    Example: scrutiny demo
    """
    from .demo import DEMO_PARTY, DEMO_WEEK, run_demo

    result = run_demo()
    console.print(f"[bold]Ingest:[/bold] {result.summary.line()}")
    console.print(f"[bold]Who has acted against {DEMO_PARTY}[/bold]")
    for ev in timelines.group_events(result.against):
        _print_event(ev)
    since, until = timelines.week_range(DEMO_WEEK)
    console.print(f"[bold]Timeline of {DEMO_WEEK}[/bold] ({since} to {until})")
    for ev in result.week:
        _print_event(ev)
    c = result.counts
    console.print(f"articles={c['articles']} entities={c['entities']} events={c['events']}")


def _print_event(ev: timelines.TimelineEvent) -> None:
    outlets = ", ".join(sorted({s["outlet"] or "?" for s in ev.sources}))
    money = f" {ev.currency} {ev.amount:,.0f}" if ev.amount is not None and ev.currency else ""
    console.print(f"  {ev.date}  {ev.actor or '?'} -> {ev.action} -> {ev.target or '-'}{money}  "
                  f"[dim]({outlets})[/dim]", highlight=False, soft_wrap=True)


# -- ingest --------------------------------------------------------------------------
WorkersOption = typer.Option(None, "--workers", min=1, help="Extraction processes (default: the number of cores).")
IngestFormat = typer.Option("text", "--format", help="text or json (the summary).")
NoGraphOption = typer.Option(False, "--no-graph", help="Store articles only; events and graph catch up on the next "
                                                       "ingest or `scrutiny rebuild`.")
ContactOption = typer.Option(None, "--contact", help="Contact URL sent in the User-Agent "
                                                     "(default: $SCRUTINY_CONTACT, else the project page).")
DelayOption = typer.Option(None, "--delay", min=0.0, help="Minimum seconds between two requests to one host "
                                                          "(default 1).")
TimeoutOption = typer.Option(None, "--timeout", min=0.1, help="Connect and read timeout in seconds "
                                                              "(default 10 and 20).")


def _fetch_config(contact: Optional[str], delay: Optional[float], timeout: Optional[float]):
    from dataclasses import replace
    from .ingest.fetch import FetchConfig

    config = FetchConfig()
    if contact:
        config = replace(config, contact_url=contact)
    if delay is not None:
        config = replace(config, min_host_delay=delay)
    if timeout is not None:
        config = replace(config, connect_timeout=timeout, read_timeout=timeout)
    return config


def _run_ingest(call, fmt: str) -> None:
    """Run an ingest with a progress bar on a terminal, then print the summary."""
    from .app import HomeBusy
    from .ingest.progress import progress_reporter

    if fmt not in ("text", "json"):
        _usage_error(f"unknown format {fmt!r}; choose text or json")
    try:
        with progress_reporter(err) as reporter:
            summary = call(reporter)
    except HomeBusy as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    except KeyboardInterrupt:
        err.print("interrupted: every article stored so far is kept; run again to continue")
        raise typer.Exit(130)
    _finish_ingest(summary, fmt)


@ingest_app.command("feeds")
def ingest_feeds(sources: list[str] = typer.Argument(None, help="OPML files or feed URLs (default: the home's "
                                                               "feeds, else data/feeds.opml)."),
                 home: Optional[Path] = HomeOption, workers: Optional[int] = WorkersOption,
                 force: bool = typer.Option(False, "--force", help="Poll feeds that are backing off after "
                                                                   "failures, and retry failed entries now."),
                 fmt: str = IngestFormat, no_graph: bool = NoGraphOption, contact: Optional[str] = ContactOption,
                 delay: Optional[float] = DelayOption, timeout: Optional[float] = TimeoutOption) -> None:
    """Poll feeds and fetch, store and extract every new article.

    Exit codes: 0 done, 1 some feeds or pages failed (the rest is stored), 2 usage error or another
    ingest is running on the same home.

    Example: scrutiny ingest feeds https://example.org/feed.xml
    """
    config = _fetch_config(contact, delay, timeout)
    _run_ingest(lambda r: _workspace(home).ingest_feeds(list(sources or []), config, workers, force=force,
                                                        graph=not no_graph, reporter=r), fmt)


@ingest_app.command("urls")
def ingest_urls(source: str = typer.Argument(..., help="A file with one URL per line, or - for stdin."),
                home: Optional[Path] = HomeOption, workers: Optional[int] = WorkersOption,
                fmt: str = IngestFormat, no_graph: bool = NoGraphOption, contact: Optional[str] = ContactOption,
                delay: Optional[float] = DelayOption, timeout: Optional[float] = TimeoutOption) -> None:
    """Fetch and process article URLs (blank lines and # comments are ignored).

    Example: scrutiny ingest urls urls.txt
    """
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        _usage_error(f"cannot read {source}: {exc}")
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    config = _fetch_config(contact, delay, timeout)
    _run_ingest(lambda r: _workspace(home).ingest_urls(urls, config, workers, graph=not no_graph, reporter=r), fmt)


@ingest_app.command("html")
def ingest_html(paths: list[Path] = typer.Argument(..., help="HTML files or folders (.html, .htm, .html.gz)."),
                home: Optional[Path] = HomeOption, workers: Optional[int] = WorkersOption,
                fmt: str = IngestFormat, no_graph: bool = NoGraphOption) -> None:
    """Process saved HTML pages.

    Example: scrutiny ingest html saved-pages/
    """
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _usage_error(f"no such file or folder: {', '.join(missing)}")
    _run_ingest(lambda r: _workspace(home).ingest_html(list(paths), workers, graph=not no_graph, reporter=r), fmt)


# -- extract -------------------------------------------------------------------------
@app.command()
def extract(source: str = typer.Argument("-", help="A text file, or - for stdin."),
            jsonl: bool = typer.Option(False, "--jsonl", help='Input is JSON lines {"id", "text", "published"}.')) -> None:
    """Print the parties and events found in a text (the JSON of EXTRACTION.md).

    Example: echo "YouTube sent Clearview AI a cease-and-desist letter." | scrutiny extract
    """
    extractor = Extractor()
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    with stream:
        if not jsonl:
            print(json.dumps(extractor.extract(stream.read()), ensure_ascii=False, indent=2))
            return
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                _usage_error(f"line {number}: not JSON: {exc}")
            out = extractor.extract(doc.get("text") or "", doc.get("published"), doc.get("id"))
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


# -- graph -------------------------------------------------------------------------
@app.command()
def rebuild(home: Optional[Path] = HomeOption) -> None:
    """Re-extract every stored article and regenerate every graph store.

    Example: scrutiny rebuild
    """
    counts = _workspace(home).rebuild()
    console.print(" ".join(f"{k}={v}" for k, v in counts.items()))


# -- questions ----------------------------------------------------------------------
@app.command()
def who(against: str = typer.Option(..., "--against", help="The targeted party (name, alias or id)."),
        home: Optional[Path] = HomeOption, fmt: str = FormatOption,
        engine: str = typer.Option("cypher", "--engine", help="cypher or sparql.")) -> None:
    """Who has acted against a party, with action, date and source.

    Example: scrutiny who --against "Clearview AI"
    """
    try:
        entity, result = _workspace(home).who_acted_against(against, engine)
    except UnknownEntity as exc:
        _usage_error(str(exc))
    emit(console, result.columns, result.rows, fmt, title=f"Who has acted against {entity.name}")


def _parse_params(params: list[str]) -> dict:
    out = {}
    for item in params or []:
        if "=" not in item:
            _usage_error(f"--param takes k=v, got {item!r}")
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


@app.command()
def query(name: Optional[str] = typer.Argument(None, help="A named query (see queries/)."),
          cypher: Optional[str] = typer.Option(None, "--cypher", help="A Cypher query to run."),
          sparql: Optional[str] = typer.Option(None, "--sparql", help="A SPARQL query to run."),
          param: list[str] = typer.Option(None, "--param", help="k=v, passed as a query parameter."),
          engine: str = typer.Option("cypher", "--engine", help="cypher, sparql or neo4j (for named queries)."),
          sparql_endpoint: Optional[str] = typer.Option(
              None, "--sparql-endpoint", help="Answer SPARQL from this SPARQL 1.1 endpoint (see `scrutiny sync sparql`)."),
          home: Optional[Path] = HomeOption, fmt: str = FormatOption) -> None:
    """Run a named query, or Cypher, or SPARQL, with parameters.

    Example: scrutiny query who_acted_against --param entity=clearview-ai --engine sparql
    """
    chosen = [x for x in (name, cypher, sparql) if x]
    if len(chosen) != 1:
        _usage_error("give exactly one of NAME, --cypher or --sparql")
    if sparql_endpoint and cypher:
        _usage_error("--sparql-endpoint answers SPARQL, not --cypher")
    params = _parse_params(param)
    workspace = _workspace(home)
    try:
        if name:
            result = workspace.named_query(name, "sparql" if sparql_endpoint else engine, params,
                                           endpoint=sparql_endpoint)
        else:
            result = workspace.query("cypher" if cypher else "sparql", cypher or sparql, params,
                                     endpoint=sparql_endpoint)
    except (KeyError, ValueError) as exc:
        _usage_error(str(exc))
    except RuntimeError as exc:
        _usage_error(f"query failed: {exc}")
    emit(console, result.columns, result.rows, fmt)


@app.command()
def articles(home: Optional[Path] = HomeOption,
             fmt: str = typer.Option("jsonl", "--format", help="jsonl or table.")) -> None:
    """Stored articles with their text.

    Example: scrutiny articles --format jsonl > articles.jsonl
    """
    workspace = _workspace(home)
    if fmt == "jsonl":
        for a in workspace.articles():
            sys.stdout.write(json.dumps({"url": a.canonical_url, "urls": a.urls, "title": a.title,
                                         "outlet": a.outlet, "outlets": a.outlets, "author": a.author,
                                         "published": a.published, "language": a.language,
                                         "text": a.text}, ensure_ascii=False) + "\n")
    elif fmt == "table":
        rows = [[a.published, a.outlet, a.title, a.canonical_url] for a in workspace.articles()]
        emit(console, ["published", "outlet", "title", "url"], rows)
    else:
        _usage_error(f"unknown format {fmt!r}; choose jsonl or table")


def main() -> None:
    try:
        app()
    finally:
        # The command is done (every store is closed). On the way out Python clears every module and
        # its garbage collector walks all the objects still alive (the extractor's patterns and
        # lexicon, the gazetteer, the pages' results...), again and again: 0.1 to 0.5 s of exit
        # after an ingest. Frozen objects are left out of those walks: they are freed as their
        # modules are cleared, except those only reference cycles hold, which the exit releases.
        gc.freeze()


if __name__ == "__main__":
    main()
