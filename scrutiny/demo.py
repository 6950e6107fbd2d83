"""``scrutiny demo``: the whole pipeline, offline, on the bundled sample corpus.

Serves ``data/sample`` on 127.0.0.1, ingests its feed through the real fetch
path into a temporary home, and answers three questions.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass

from .app import Workspace
from .data import path as data_path
from .ingest.fetch import FetchConfig
from .ingest.pipeline import IngestSummary
from .queries import runner, timeline as timelines
from .serve import serve_directory

DEMO_PARTY = "Clearview AI"
DEMO_WEEK = "2020-W06"


@dataclass
class DemoResult:
    summary: IngestSummary
    against: runner.QueryResult
    week: list[timelines.TimelineEvent]
    counts: dict[str, int]


def run_demo(home: str | None = None) -> DemoResult:
    """Ingest the sample corpus over HTTP into ``home`` (a temporary one by default) and query it."""
    with tempfile.TemporaryDirectory(prefix="scrutiny-demo-") as tmp:
        workspace = Workspace(home or tmp)
        with serve_directory(data_path("sample")) as base:
            summary = workspace.ingest_feeds([base + "sample.opml"], FetchConfig(min_host_delay=0.0))
        _, against = workspace.who_acted_against(DEMO_PARTY)
        since, until = timelines.week_range(DEMO_WEEK)
        week = workspace.timeline(since, until)
        counts = workspace.counts()
    return DemoResult(summary, against, week, counts)
