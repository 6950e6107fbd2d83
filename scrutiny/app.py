"""The composition root: one data directory, its document store and its graph stores.

The CLI is a thin layer over these functions; tests call them directly.
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from .config import Home
from .ingest.docstore import DocStore
from .ingest.extract import Extractor
from .ingest.extract.gazetteer import load_gazetteer
from .ingest.extract.relevance import load_scorer
from .ingest.extract.screen import prescreen_for
from .ingest.feeds import Outline
from .ingest.fetch import FetchConfig, Fetcher
from .ingest.lock import HomeBusy, IngestLock
from .ingest.work import PagePool
from .ingest import pipeline
from .graph.judgements import JudgementStore, load_corrections
from .graph.model import KnowledgeGraph
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

    def __init__(self, home: Home | str | os.PathLike | None = None, min_relevance: float | None = None):
        self.home = home if isinstance(home, Home) else Home.open(home)
        # Articles under this topic score stay stored but do not feed the graph (default: the
        # threshold of data/topics.toml; $SCRUTINY_MIN_RELEVANCE overrides it; 0 feeds everything).
        env = os.environ.get("SCRUTINY_MIN_RELEVANCE")
        self.min_relevance = min_relevance if min_relevance is not None else (float(env) if env else None)

    @property
    def threshold(self) -> float:
        """The topic score an article needs to feed the graph."""
        return load_scorer().threshold if self.min_relevance is None else self.min_relevance

    # -- stores --------------------------------------------------------
    def docstore(self) -> DocStore:
        return DocStore(self.home.docstore)

    @contextmanager
    def cypher(self, read_only: bool = False):
        # the graph stores are imported where used: LadybugDB and rdflib cost every command's start-up
        from .graph.stores.cypher import SCHEMA_VERSION as CYPHER_SCHEMA, CypherStore
        if read_only and not self.home.cypher_store.exists():
            read_only = False  # first use: create the schema
        store = CypherStore(self.home.cypher_store, read_only=read_only)
        if read_only and store.schema_version() != CYPHER_SCHEMA:
            store.close()  # written by an older scrutiny: regenerate it from the document store
            self.sync_graph(clear=True)
            store = CypherStore(self.home.cypher_store, read_only=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def rdf(self):
        from .graph.stores.rdf import RdfStore  # imported here, see cypher()
        store = RdfStore(self.home.rdf_store)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def engine(self, name: str, endpoint: str | None = None):
        """A query engine by name: ``cypher`` (LadybugDB), ``sparql`` (RDF on Oxigraph, or the SPARQL
        1.1 endpoint at ``endpoint``) or ``neo4j`` (the server of $NEO4J_URI)."""
        if endpoint is not None:
            if name != "sparql":
                raise ValueError("--sparql-endpoint answers SPARQL only (use --engine sparql)")
            from .graph.stores.sparql import SparqlEndpoint
            with SparqlEndpoint(endpoint) as store:
                yield store
        elif name == "cypher":
            with self.cypher(read_only=True) as store:
                yield store
        elif name == "sparql":
            with self.rdf() as store:
                yield store
        elif name == "neo4j":
            from .graph.stores.neo4j import Neo4jStore
            with Neo4jStore.from_env() as store:
                yield store
        else:
            raise ValueError(f"unknown engine {name!r}; choose cypher, sparql or neo4j")

    @property
    def judgements_path(self) -> Path:
        return self.home.root / "judgements.sqlite"

    def judgements(self) -> JudgementStore:
        return JudgementStore(self.judgements_path)

    # -- ingest --------------------------------------------------------
    # Every ingest forks its worker processes first, then takes the home's writer
    # lock (HomeBusy: "another scrutiny ingest is running on HOME"), then opens
    # the stores and the fetcher. ``workers`` is the number of extraction
    # processes (default: the number of cores); ``graph=False`` stores articles
    # only: their events and the graph stores wait for the next ingest or rebuild.
    @contextmanager
    def _ingesting(self, workers: int | None, fetch_config: FetchConfig | None = None, fetch: bool = True,
                   graph: bool = True):
        extractor = Extractor() if graph else None  # without the graph, events wait for the next sync too
        screen = graph and prescreen_for(extractor).at(self.threshold) is not None
        with PagePool(workers, extract=graph, extractor=extractor, screen=screen) as pool, IngestLock(self.home.root):
            if graph and pool.workers > 1:
                # While the workers process pages this process mostly waits: meanwhile, load what the
                # graph sync at the end needs (on a thread, after the fork: no thread may run while
                # forking; and once the workers have their first pages, see PagePool.when_busy).
                pool.when_busy(_warm_graph)
            with self.docstore() as store:
                if fetch:
                    with Fetcher(fetch_config) as fetcher:
                        yield store, fetcher, pool, extractor
                else:
                    yield store, None, pool, extractor

    def ingest_feeds(self, sources: list[str] | None = None, fetch_config: FetchConfig | None = None,
                     workers: int | None = None, *, force: bool = False, graph: bool = True,
                     reporter: pipeline.Reporter | None = None) -> pipeline.IngestSummary:
        """Poll feeds: ``sources`` (OPML files, OPML URLs, feed URLs), else the home's feeds, else
        the default list (data/feeds.opml)."""
        with self._ingesting(workers, fetch_config, graph=graph) as (store, fetcher, pool, extractor):
            if sources:
                outlines = pipeline.expand_feed_sources(fetcher, sources)
            else:
                outlines = [Outline(f.url, f.title, f.category) for f in store.feeds()]
                outlines = outlines or pipeline.expand_feed_sources(fetcher, default_feeds())
            summary = pipeline.ingest_feeds(store, fetcher, outlines, extractor, pool=pool, force=force,
                                            reporter=reporter)
            if graph:
                self.sync_graph(extractor=extractor, relevance=summary.relevance)
        return summary

    def ingest_urls(self, urls: list[str], fetch_config: FetchConfig | None = None,
                    workers: int | None = None, *, graph: bool = True,
                    reporter: pipeline.Reporter | None = None) -> pipeline.IngestSummary:
        with self._ingesting(workers, fetch_config, graph=graph) as (store, fetcher, pool, extractor):
            summary = pipeline.ingest_urls(store, fetcher, urls, extractor, pool=pool, reporter=reporter)
            if graph:
                self.sync_graph(extractor=extractor, relevance=summary.relevance)
        return summary

    def ingest_html(self, paths: list[str | Path], workers: int | None = None, *, graph: bool = True,
                    reporter: pipeline.Reporter | None = None) -> pipeline.IngestSummary:
        with self._ingesting(workers, fetch=False, graph=graph) as (store, _, pool, extractor):
            summary = pipeline.ingest_html(store, paths, extractor, pool=pool, reporter=reporter)
            if graph:
                self.sync_graph(extractor=extractor, relevance=summary.relevance)
        return summary

    # -- feeds ---------------------------------------------------------
    def feeds(self) -> list[dict]:
        """The home's feeds with their state and entry counts."""
        with self.docstore() as store:
            counts = store.feed_counts()
            return [{**asdict(f), "entries": counts.get(f.url, {})} for f in store.feeds()]

    def add_feeds(self, urls: list[str], title: str | None = None, category: str | None = None) -> list[str]:
        """Subscribe to feed URLs; returns those that were new."""
        added = []
        with self.docstore() as store, store.transaction():
            for url in urls:
                if store.add_feed(url.strip(), title, category):
                    added.append(url.strip())
        return added

    def remove_feeds(self, urls: list[str]) -> list[str]:
        """Unsubscribe (stored articles stay); returns the URLs that were known."""
        with self.docstore() as store:
            return [u for u in urls if store.remove_feed(u.strip())]

    def import_opml(self, source: str | Path) -> tuple[int, int]:
        """Subscribe to every feed of an OPML file (or OPML URL); returns (added, already known)."""
        from .ingest.feeds import read_opml, read_opml_file
        if "://" in str(source):
            with Fetcher() as fetcher:
                result = fetcher.get(str(source))
            if not result.ok or result.body is None:
                raise ValueError(f"cannot fetch {source}: {result.error or result.status}")
            outlines = read_opml(result.body, base=result.final_url)
        else:
            outlines = read_opml_file(source)
        added = 0
        with self.docstore() as store, store.transaction():
            for o in outlines:
                added += store.add_feed(o.url, o.title, o.category)
        return added, len(outlines) - added

    def export_opml(self) -> str:
        from .ingest.feeds import write_opml
        with self.docstore() as store:
            return write_opml([Outline(f.url, f.title, f.category) for f in store.feeds()])

    # -- graph ---------------------------------------------------------
    def project(self, extract: bool = True, *, extractor: Extractor | None = None,
                relevance: dict | None = None) -> KnowledgeGraph:
        """The knowledge graph of the document store (extracting pending articles first, with
        ``extractor`` when given), with the human judgements applied. ``relevance``: topic scores
        an ingest run already computed (:attr:`pipeline.IngestSummary.relevance`)."""
        corrections = load_corrections(self.judgements_path)
        with self.docstore() as store:
            if extract:
                pipeline.extract_pending(store, extractor or Extractor(), self.threshold)
            return pipeline.project_graph(store, load_gazetteer(), corrections, self.min_relevance, relevance)

    def sync_graph(self, clear: bool = False, *, extractor: Extractor | None = None,
                   relevance: dict | None = None) -> dict[str, int]:
        """Make every graph store of the home hold the projection of the document store: MERGE on
        stable ids, then remove what the projection no longer has (``clear`` empties them first).
        ``extractor`` and ``relevance``: what the ingest run that calls it already has."""
        graph = self.project(extractor=extractor, relevance=relevance)
        with self.cypher() as cypher:
            if clear:
                cypher.clear()
                cypher.write(graph)
            else:
                cypher.replace(graph)
        with self.rdf() as rdf:
            if clear:
                rdf.clear()
                rdf.write(graph)
            else:
                rdf.replace(graph)
        return graph.counts()

    def rebuild(self) -> dict[str, int]:
        """Re-extract every article and regenerate every graph store from the document store."""
        with self.docstore() as store:
            extractor = Extractor()
            screen = prescreen_for(extractor).at(self.threshold)
            for article_id in [a.id for a in store.articles()]:
                pipeline.extract_article(store, extractor, article_id, screen)
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

    def query(self, engine: str, text: str, params: dict | None = None,
              endpoint: str | None = None) -> runner.QueryResult:
        with self.engine(engine, endpoint) as store:
            columns, rows = store.query(text, params or {})
        return runner.QueryResult(columns, rows)

    def named_query(self, name: str, engine: str, params: dict | None = None,
                    endpoint: str | None = None) -> runner.QueryResult:
        with self.engine(engine, endpoint) as store:
            return runner.run(runner.load(name), engine, store, params)

    def entity_events(self, name: str, include_subsidiaries: bool = False,
                      engine: str = "cypher") -> tuple[EntityRef, runner.QueryResult]:
        """Events by or against a party; with ``include_subsidiaries`` also those of everything that
        is part of it (Google: Google's and YouTube's letters). Columns: member, role, actor, action,
        target, date, amount, currency, event."""
        entity = self.find_entity(name)
        query = "group_events" if include_subsidiaries else "entity_events"
        return entity, self.named_query(query, engine, {"entity": entity.id})

    def who_acted_against(self, name: str, engine: str = "cypher") -> tuple[EntityRef, runner.QueryResult]:
        entity = self.find_entity(name)
        return entity, self.named_query("who_acted_against", engine, {"entity": entity.id})

    def timeline(self, since: dt.date, until: dt.date, engine: str = "cypher") -> list[timelines.TimelineEvent]:
        with self.engine(engine) as store:
            return timelines.timeline(engine, store, since, until)

    def articles(self):
        with self.docstore() as store:
            yield from store.articles()

    # -- graph: exports, servers, human corrections --------------------------------------
    def export(self, fmt: str, out: str | os.PathLike) -> list[Path]:
        """Write the graph as ttl, jsonld, graphml, gexf or csv (neo4j-admin import layout)."""
        from .graph.export import export
        return export(self.project(), fmt, out)

    def sync_neo4j(self, uri: str | None = None, user: str | None = None, password: str | None = None,
                   database: str | None = None) -> dict[str, int]:
        """Make a Neo4j server hold the graph (arguments default to $NEO4J_URI, ...)."""
        from .graph.stores.neo4j import Neo4jStore
        graph = self.project()
        with Neo4jStore.from_env(uri, user, password, database) as store:
            store.replace(graph)
            return store.counts()

    def sync_sparql(self, url: str, update_url: str | None = None, store_url: str | None = None,
                    method: str = "gsp", graph: str | None = None,
                    auth: tuple[str, str] | None = None) -> dict[str, int]:
        """Replace the scrutiny graph of a SPARQL 1.1 endpoint (Graph Store Protocol or Update)."""
        from .graph.stores.sparql import SparqlEndpoint
        kwargs = {"graph": graph} if graph else {}
        with SparqlEndpoint(url, update_url, store_url, auth=auth, **kwargs) as endpoint:
            endpoint.load(self.project(), method)
            return endpoint.counts()

    def _entity_id(self, name: str, graph: KnowledgeGraph) -> str:
        if name in graph.entities:
            return name
        return self.find_entity(name).id

    def curate(self, op: str, first: str, second: str | None = None, *, kind: str | None = None,
               by: str | None = None, note: str | None = None):
        """Record a human judgement and apply it to every store; returns the judgement.

        ``merge A B``   A and B are one party (or, for event ids, one event); A is kept.
        ``split X Y``   entity X: the name Y is another party; event X: the sources of article Y
                        report another event.
        ``reject E``    event E is not a real event.
        ``rename X N``  entity X is called N (``kind`` changes its kind).
        """
        from .graph.judgements import JudgementError
        by = by or os.environ.get("SCRUTINY_USER") or _user()
        graph = self.project()
        with self.judgements() as store:
            if op == "merge":
                if first in graph.events or second in graph.events:
                    for x in (first, second):
                        if x not in graph.events:
                            raise JudgementError(f"no event {x!r}")
                    if first == second:
                        raise JudgementError("an event cannot be merged with itself")
                    judgement = store.add("merge_events", {
                        "keep": first, "merged": second, "keep_mentions": graph.mentions_of(first),
                        "merged_mentions": graph.mentions_of(second)}, by, note)
                else:
                    keep, merged = self._entity_id(first, graph), self._entity_id(second, graph)
                    if keep == merged:
                        raise JudgementError(f"{first!r} and {second!r} are already one party ({keep})")
                    judgement = store.add("merge_entities", {"keep": keep, "merged": merged}, by, note)
            elif op == "split":
                if first in graph.events:
                    moved = [k for k in graph.mentions_of(first) if graph.mention_articles.get(k) == second]
                    if not moved:
                        raise JudgementError(f"event {first} has no source in {second!r}")
                    rest = [k for k in graph.mentions_of(first) if k not in moved]
                    if not rest:
                        raise JudgementError(f"every source of event {first} is in {second!r}: nothing to split")
                    judgement = store.add("split_event", {"event": first, "article": second, "moved": moved,
                                                          "rest": rest}, by, note)
                else:
                    entity = self._entity_id(first, graph)
                    judgement = store.add("split_entity", {"entity": entity, "name": second}, by, note)
            elif op == "reject":
                if first not in graph.events:
                    raise JudgementError(f"no event {first!r}")
                judgement = store.add("reject_event", {"event": first, "mentions": graph.mentions_of(first)}, by, note)
            elif op == "rename":
                entity = self._entity_id(first, graph)
                if not second and not kind:
                    raise JudgementError("rename needs a new name or --kind")
                judgement = store.add("rename_entity", {"entity": entity, "name": second, "kind": kind}, by, note)
            else:
                raise JudgementError(f"unknown correction {op!r}")
        self.sync_graph()
        return judgement

    def curate_undo(self, judgement_id: int, by: str | None = None):
        by = by or os.environ.get("SCRUTINY_USER") or _user()
        with self.judgements() as store:
            judgement = store.undo(judgement_id, by)
        self.sync_graph()
        return judgement

    def curate_log(self) -> list:
        with self.judgements() as store:
            return store.log()


def _warm_graph() -> None:
    """Import the graph stores (LadybugDB, rdflib and its Oxigraph plugin) and index the gazetteer
    for entity resolution (both cached)."""
    try:
        from .graph.stores import cypher, rdf  # noqa: F401  (imported where used, not with this module)
        import oxrdflib  # noqa: F401  (rdflib loads it on the first Graph(store="Oxigraph"))
        from .graph.resolve import Resolver
        Resolver(pipeline.known_entities(load_gazetteer()))
    except Exception:  # only a head start: the sync does all of this itself
        pass


def _user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers)
        return "unknown"


def default_feeds() -> list[str]:
    from .data import path as data_path
    return [str(data_path("feeds.opml"))]


__all__ = ["Workspace", "UnknownEntity", "EntityRef", "Outline", "default_feeds", "HomeBusy"]
