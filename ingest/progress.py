"""A rich progress bar for ingest runs (fetched, stored, duplicates, failed), on a terminal only."""
from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .pipeline import IngestSummary, Reporter


class RichReporter(Reporter):
    """Advances one bar per finished feed or page and shows the running counts."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.task = progress.add_task("ingest", total=0, counts="")
        self.total = 0

    def add_total(self, n: int) -> None:
        self.total += n
        self.progress.update(self.task, total=self.total)

    def update(self, s: IngestSummary, advance: int = 0) -> None:
        counts = (f"fetched {s.pages_fetched} · stored {s.articles_stored} · duplicates {s.duplicates} · "
                  f"failed {s.failed}")
        self.progress.update(self.task, advance=advance, counts=counts)


@contextmanager
def progress_reporter(console: Console):
    """A :class:`RichReporter` when ``console`` is a terminal, else a silent :class:`Reporter`."""
    if not console.is_terminal:
        yield Reporter()
        return
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[counts]}"))
    with Progress(*columns, console=console, transient=True) as progress:
        yield RichReporter(progress)
