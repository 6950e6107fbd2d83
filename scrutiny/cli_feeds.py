"""``scrutiny feeds``: the home's feed subscriptions (add, list, remove, import OPML, export OPML)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .app import Workspace
from .render import emit

feeds_app = typer.Typer(help="Manage the feeds that `scrutiny ingest feeds` polls.", no_args_is_help=True)
console = Console()
err = Console(stderr=True)

HomeOption = typer.Option(None, "--home", help="Data directory (default: $SCRUTINY_HOME, else the user data dir).")


def _url_ok(url: str) -> bool:
    return url.lower().startswith(("http://", "https://")) and len(url) > 8


@feeds_app.command("add")
def add(urls: list[str] = typer.Argument(..., help="Feed URLs (RSS or Atom)."),
        title: Optional[str] = typer.Option(None, "--title", help="A title for the feed(s)."),
        category: Optional[str] = typer.Option(None, "--category", help="A category, e.g. regulator."),
        home: Optional[Path] = HomeOption) -> None:
    """Subscribe to feeds.

    Example: scrutiny feeds add https://www.edpb.europa.eu/feed/news_en
    """
    bad = [u for u in urls if not _url_ok(u)]
    if bad:
        err.print(f"[red]error:[/red] not an http(s) URL: {', '.join(bad)}")
        raise typer.Exit(2)
    added = Workspace(home).add_feeds(urls, title, category)
    for url in urls:
        console.print(("added " if url in added else "already subscribed ") + url, highlight=False)


@feeds_app.command("remove")
def remove(urls: list[str] = typer.Argument(..., help="Feed URLs to unsubscribe from."),
           home: Optional[Path] = HomeOption) -> None:
    """Unsubscribe from feeds (their stored articles stay).

    Example: scrutiny feeds remove https://example.org/feed.xml
    """
    removed = Workspace(home).remove_feeds(urls)
    for url in urls:
        console.print(("removed " if url in removed else "not subscribed ") + url, highlight=False)
    if len(removed) != len(urls):
        raise typer.Exit(1)


@feeds_app.command("list")
def list_feeds(home: Optional[Path] = HomeOption,
               fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv.")) -> None:
    """The subscribed feeds with their last status, failures and next poll.

    Example: scrutiny feeds list --format json
    """
    feeds = Workspace(home).feeds()
    if fmt == "json":
        console.out(json.dumps(feeds, indent=2, ensure_ascii=False), highlight=False)
        return
    if not feeds and fmt == "table":
        err.print("no feeds yet: `scrutiny ingest feeds` uses the default list (data/feeds.opml) "
                  "and subscribes to it; `scrutiny feeds add URL` or `scrutiny feeds import FILE` adds more.")
        return
    rows = [[f["url"], f["title"], f["category"], f["last_status"], f["consecutive_failures"], f["last_polled"],
             f["next_poll"] if f["consecutive_failures"] else "", f["entries"].get("done", 0),
             f["entries"].get("pending", 0) + f["entries"].get("failed", 0), f["last_error"]] for f in feeds]
    emit(console, ["url", "title", "category", "status", "failures", "last polled", "next poll", "stored",
                   "open", "last error"], rows, fmt)


@feeds_app.command("import")
def import_opml(source: str = typer.Argument(..., help="An OPML file (or an OPML URL)."),
                home: Optional[Path] = HomeOption) -> None:
    """Subscribe to every feed of an OPML file.

    Example: scrutiny feeds import subscriptions.opml
    """
    if "://" not in source and not Path(source).exists():
        err.print(f"[red]error:[/red] no such file: {source}")
        raise typer.Exit(2)
    try:
        added, known = Workspace(home).import_opml(source)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    console.print(f"added {added} feeds ({known} already subscribed)")


@feeds_app.command("export")
def export_opml(out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (default: stdout)."),
                home: Optional[Path] = HomeOption) -> None:
    """Write the subscribed feeds as OPML.

    Example: scrutiny feeds export --out feeds.opml
    """
    text = Workspace(home).export_opml()
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        console.out(text, highlight=False, end="")
