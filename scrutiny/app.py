"""The composition root: one data directory, its document store and its graph stores.

The CLI is a thin layer over these functions; tests call them directly.
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .config import Home
from .ingest.docstore import DocStore
from .ingest.extract import Extractor
from .ingest.extract.gazetteer import load_gazetteer
from .ingest.feeds import Outline
from .ingest.fetch import FetchConfig, Fetcher
from .ingest import pipeline
from .graph.stores.cypher import CypherStore
from .graph.stores.rdf import RdfStore
from .queries import runner, timeline as timelines


class UnknownEntity(LookupError):
    """A name that matches no party; carries suggestions."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f" Did you mean {' or '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No party called {name!r}.{hint}")


@dataclass
class EntityRef:
    id: str
    name: str
    kind: str


class Workspace:
    """Everything under one scrutiny home."""

    def __init__(self, home: Home | str | os.PathLike | None = None):
        self.home = home if isinstance(home, Home) else Home.open(home)

    # -- stores --------------------------------------------------------
    def docstore(self) -> DocStore:
        return DocStore(self.home.docstore)

    @contextmanager
    def cypher(self, read_only: bool = False):
        if read_only and not self.home.cypher_store.exists():
            read_only = False  # first use: create the schema
        store = CypherStore(self.home.cypher_store, read_only=read_only)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def rdf(self):
        store = RdfStore(self.home.rdf_store)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def engine(self, name: str):
        """A query engine by name: ``cypher`` (LadybugDB) or ``sparql`` (RDF on Oxigraph)."""
        if name == "cypher":
            with self.cypher(read_only=True) as store:
                yield store
        elif name == "sparql":
            with self.rdf() as store:
                yield store
        else:
            raise ValueError(f"unknown engine {name!r}")

    # -- ingest --------------------------------------------------------
    def ingest_feeds(self, sources: list[str], fetch_config: FetchConfig | None = None,
                     workers: int = 4) -> pipeline.IngestSummary:
        with Fetcher(fetch_config) as fetcher, self.docstore() as store:
            outlines = pipeline.expand_feed_sources(fetcher, sources)
            summary = pipeline.ingest_feeds(store, fetcher, outlines, Extractor(), workers)
        self.sync_graph()
        return summary

    def ingest_urls(self, urls: list[str], fetch_config: FetchConfig | None = None,
                    workers: int = 4) -> pipeline.IngestSummary:
        with Fetcher(fetch_config) as fetcher, self.docstore() as store:
            summary = pipeline.ingest_urls(store, fetcher, urls, Extractor(), workers)
        self.sync_graph()
        return summary

    def ingest_html(self, paths: list[str | Path]) -> pipeline.IngestSummary:
        with self.docstore() as store:
            summary = pipeline.ingest_html(store, paths, Extractor())
        self.sync_graph()
        return summary

    # -- graph ---------------------------------------------------------
    def sync_graph(self, clear: bool = False) -> dict[str, int]:
        """Write the projection of the document store to every graph store (MERGE on stable ids)."""
        with self.docstore() as store:
            pipeline.extract_pending(store, Extractor())
            graph = pipeline.project_graph(store, load_gazetteer())
        with self.cypher() as cypher:
            if clear:
                cypher.clear()
            cypher.write(graph)
        with self.rdf() as rdf:
            if clear:
                rdf.clear()
            rdf.write(graph)
        return graph.counts()

    def rebuild(self) -> dict[str, int]:
        """Re-extract every article and regenerate every graph store from the document store."""
        with self.docstore() as store:
            extractor = Extractor()
            for article_id in [a.id for a in store.articles()]:
                pipeline.extract_article(store, extractor, article_id)
        return self.sync_graph(clear=True)

    def counts(self) -> dict[str, int]:
        """Stored articles, and the entities and events of the graph."""
        with self.cypher(read_only=True) as cypher:
            counts = cypher.counts()
        with self.docstore() as store:
            counts["articles"] = store.count_articles()
        return counts

    # -- questions -----------------------------------------------------
    def find_entity(self, name: str) -> EntityRef:
        """A party by id, name or alias (case-insensitive), else :class:`UnknownEntity` with suggestions."""
        party = load_gazetteer().lookup(name)
        with self.cypher(read_only=True) as cypher:
            _, rows = cypher.query("MATCH (e:Entity) RETURN e.id, e.name, e.kind, e.aliases")
        wanted = name.strip().lower()
        for entity_id, entity_name, kind, aliases in rows:
            if party is not None and entity_id == party.id:
                return EntityRef(entity_id, entity_name, kind)
            if wanted in {entity_id.lower(), entity_name.lower(), *(a.lower() for a in aliases or [])}:
                return EntityRef(entity_id, entity_name, kind)
        names = sorted({r[1] for r in rows})
        lowered = {n.lower(): n for n in names}
        close = difflib.get_close_matches(wanted, list(lowered), n=3, cutoff=0.6)
        close += [n.lower() for n in names if wanted and wanted in n.lower() and n.lower() not in close]
        raise UnknownEntity(name, [lowered[c] for c in close[:3]])

    def query(self, engine: str, text: str, params: dict | None = None) -> runner.QueryResult:
        with self.engine(engine) as store:
            columns, rows = store.query(text, params or {})
        return runner.QueryResult(columns, rows)

    def named_query(self, name: str, engine: str, params: dict | None = None) -> runner.QueryResult:
        with self.engine(engine) as store:
            return runner.run(runner.load(name), engine, store, params)

    def who_acted_against(self, name: str, engine: str = "cypher") -> tuple[EntityRef, runner.QueryResult]:
        entity = self.find_entity(name)
        return entity, self.named_query("who_acted_against", engine, {"entity": entity.id})

    def timeline(self, since: dt.date, until: dt.date, engine: str = "cypher") -> list[timelines.TimelineEvent]:
        with self.engine(engine) as store:
            return timelines.timeline(engine, store, since, until)

    def articles(self):
        with self.docstore() as store:
            yield from store.articles()


def default_feeds() -> list[str]:
    from .data import path as data_path
    return [str(data_path("feeds.opml"))]


__all__ = ["Workspace", "UnknownEntity", "EntityRef", "Outline", "default_feeds"]
