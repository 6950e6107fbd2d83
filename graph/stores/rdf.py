"""The RDF projection: rdflib over the Oxigraph store, persisted on disk, answering SPARQL.

Vocabularies (``data/ontology.ttl``, loaded with the data): SEM for events
(sem:Event, sem:hasActor, sem:hasTimeStamp), schema.org for parties and
articles, PROV-O for provenance (prov:wasDerivedFrom from every event to its
articles), SKOS for the action scheme, owl:sameAs to Wikidata. Triples are a
set, so writing twice changes nothing; :meth:`RdfStore.replace` makes the
store hold exactly one graph (removing what is gone, adding what is new).

All data lives in one named graph (``GRAPH_ID``); the Oxigraph store is
context-aware, so the rdflib Graph is opened with that identifier.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDFS, SKOS

from ...data import path as data_path
from ..ids import source_id
from ..model import KnowledgeGraph

BASE = "https://w3id.org/scrutiny/"
SCR = Namespace(BASE + "ns#")
ENTITY = Namespace(BASE + "entity/")
EVENT = Namespace(BASE + "event/")
ACTION = Namespace(BASE + "action/")
SOURCE = Namespace(BASE + "source/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
GRAPH_ID = URIRef(BASE + "graph")
PREFIXES = {"scr": str(SCR), "sem": str(SEM), "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS),
            "owl": str(OWL), "rdfs": str(RDFS), "xsd": str(XSD), "wd": str(WD), "action": str(ACTION)}

KIND_CLASS = {"person": SCHEMA.Person, "government": SCHEMA.GovernmentOrganization,
              "regulator": SCHEMA.GovernmentOrganization, "police": SCHEMA.GovernmentOrganization,
              "court": SCHEMA.GovernmentOrganization, "product": SCHEMA.Product}


def entity_uri(entity_id: str) -> URIRef:
    return ENTITY[quote(entity_id, safe="-_.")]


def event_uri(event_id: str) -> URIRef:
    return EVENT[quote(event_id, safe="-_.")]


def article_uri(url: str) -> URIRef:
    return URIRef(quote(url, safe=":/?#[]@!$&'()*+,;=%-._~"))


def _date(value: str | None) -> Literal | None:
    if not value:
        return None
    try:
        return Literal(dt.date.fromisoformat(value[:10]), datatype=XSD.date)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def ontology() -> tuple:
    """The triples of ``data/ontology.ttl``."""
    g = Graph()
    g.parse(data_path("ontology.ttl"), format="turtle")
    return tuple(g)


def triples(graph: KnowledgeGraph, with_ontology: bool = True):
    """Every triple of the projection of ``graph`` (and of the ontology)."""
    if with_ontology:
        yield from ontology()
    for e in graph.entities.values():
        node = entity_uri(e.id)
        yield node, RDF.type, KIND_CLASS.get(e.kind, SCHEMA.Organization)
        yield node, SCR.id, Literal(e.id)
        yield node, SCHEMA.name, Literal(e.name)
        yield node, SCR.kind, Literal(e.kind)
        for alias in e.aliases:
            yield node, SCHEMA.alternateName, Literal(alias)
        if e.country:
            yield node, SCR.country, Literal(e.country)
        if e.wikidata:
            yield node, OWL.sameAs, WD[e.wikidata]
            yield node, SCR.wikidata, Literal(e.wikidata)
        if e.parent and e.parent in graph.entities:
            yield node, SCR.partOf, entity_uri(e.parent)
    for a in graph.articles.values():
        node = article_uri(a.url)
        yield node, RDF.type, SCHEMA.NewsArticle
        yield node, SCHEMA.url, Literal(a.url)
        if a.title:
            yield node, SCHEMA.headline, Literal(a.title)
        if a.outlet:
            yield node, SCR.outlet, Literal(a.outlet)
        if _date(a.published) is not None:
            yield node, SCHEMA.datePublished, _date(a.published)
        if a.language:
            yield node, SCHEMA.inLanguage, Literal(a.language)
    for ev in graph.events.values():
        node = event_uri(ev.id)
        yield node, RDF.type, SEM.Event
        yield node, SCR.id, Literal(ev.id)
        yield node, SCR.action, ACTION[ev.action]
        yield node, SEM.eventType, ACTION[ev.action]
        yield node, SCR.status, Literal(ev.status)
        if ev.actor:
            yield node, SEM.hasActor, entity_uri(ev.actor)
            yield node, SCR.actor, entity_uri(ev.actor)
        if ev.target:
            yield node, SEM.hasActor, entity_uri(ev.target)
            yield node, SCR.target, entity_uri(ev.target)
        if _date(ev.date) is not None:
            yield node, SEM.hasTimeStamp, _date(ev.date)
        if ev.date_precision:
            yield node, SCR.datePrecision, Literal(ev.date_precision)
        if ev.amount is not None:
            yield node, SCR.amount, Literal(float(ev.amount), datatype=XSD.double)
        if ev.currency:
            yield node, SCR.currency, Literal(ev.currency)
        for law in ev.law:
            yield node, SCR.law, Literal(law)
        if ev.summary:
            yield node, SCHEMA.description, Literal(ev.summary)
        yield node, SCR.confidence, Literal(float(ev.confidence), datatype=XSD.double)
        if ev.dispute:
            yield node, SCR.dispute, event_uri(ev.dispute)
        if ev.current_status:
            yield node, SCR.currentStatus, Literal(ev.current_status)
        for s in ev.sources:
            src = SOURCE[source_id(ev.id, s.article_url, s.start)]
            yield node, PROV.wasDerivedFrom, article_uri(s.article_url)
            yield node, SCR.source, src
            yield src, RDF.type, SCR.Source
            yield src, SCR.article, article_uri(s.article_url)
            yield src, SCR.sentence, Literal(s.sentence)
            yield src, SCR.start, Literal(s.start)
            yield src, SCR.end, Literal(s.end)
            yield src, SCR.extractor, Literal(s.extractor)
    for f in graph.follows:
        if f.later in graph.events and f.earlier in graph.events:
            yield event_uri(f.later), SCR.follows, event_uri(f.earlier)


def _plain(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, Literal):  # a datatype rdflib does not map
            return str(value)
        return value
    return str(term)


class RdfStore:
    """An rdflib graph on the Oxigraph store at ``path`` (or in memory with ``store="Memory"``)."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None, store: str = "Oxigraph"):
        self.kind = store
        self.graph = Graph(store=store, identifier=GRAPH_ID)
        if store == "Oxigraph" and path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.graph.open(str(path))
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns)

    def close(self) -> None:
        self.graph.close()

    def __enter__(self) -> "RdfStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def oxigraph(self):
        """The underlying ``pyoxigraph.Store`` (Oxigraph stores only)."""
        if self.kind != "Oxigraph":
            raise TypeError("not an Oxigraph store")
        return self.graph.store._inner

    def write(self, graph: KnowledgeGraph) -> None:
        self.graph.addN((s, p, o, self.graph) for s, p, o in triples(graph))

    def replace(self, graph: KnowledgeGraph) -> None:
        """Hold exactly the projection of ``graph``: remove stale triples, add new ones."""
        if self.kind != "Oxigraph":
            self.clear()
            self.write(graph)
            return
        import pyoxigraph as ox
        from oxrdflib._converter import to_ox

        name = ox.NamedNode(str(GRAPH_ID))
        store = self.oxigraph
        wanted = {to_ox((s, p, o), self.graph) for s, p, o in triples(graph)}
        existing = set(store.quads_for_pattern(None, None, None, name))
        for quad in existing - wanted:
            store.remove(quad)
        store.extend([q for q in wanted if q not in existing])

    def bulk_load(self, path: str | Path, format: str = "nt") -> None:
        """Load an N-Triples (or Turtle) file into the graph with Oxigraph's bulk loader."""
        import pyoxigraph as ox

        fmt = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}[format]
        self.oxigraph.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(str(GRAPH_ID)))

    def clear(self) -> None:
        if self.kind == "Oxigraph":
            import pyoxigraph as ox
            self.oxigraph.clear_graph(ox.NamedNode(str(GRAPH_ID)))
        else:
            self.graph.remove((None, None, None))

    def __len__(self) -> int:
        return len(self.graph)

    def counts(self) -> dict[str, int]:
        out = {}
        for cls, key in ((SCHEMA.NewsArticle, "articles"), (SEM.Event, "events")):
            out[key] = len(set(self.graph.subjects(RDF.type, cls)))
        out["entities"] = sum(1 for s, _, _ in self.graph.triples((None, SCR.id, None))
                              if str(s).startswith(str(ENTITY)))
        return {k: out[k] for k in ("articles", "entities", "events")}

    def query(self, sparql: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run SPARQL with parameters bound by a ``VALUES`` block in every WHERE group.

        The terms are serialised by rdflib (quoted, escaped), exactly as for a
        remote endpoint (:func:`.sparql.bind_values`). Oxigraph plans a query
        with its VALUES (index-nested-loop "lateral" joins from the bound
        party or event); with rdflib's ``initBindings`` (Oxigraph's
        substitutions) it plans as if nothing were bound and scans, 10 to 100
        times slower. Named queries project their parameters (so that
        substitution also works); those columns are dropped here.
        """
        from .sparql import bind_values

        bindings = {k: _literal(v) for k, v in (params or {}).items()}
        text = bind_values(sparql, bindings) if bindings else sparql
        result = self.graph.query(text, initNs=PREFIXES)
        if result.type == "ASK":
            return ["ask"], [[bool(result.askAnswer)]]
        if result.type != "SELECT":
            raise ValueError("only SELECT and ASK queries return rows")
        columns = [str(v) for v in result.vars if str(v) not in bindings]
        rows = [[_plain(row[c]) for c in columns] for row in result]
        return columns, rows


def _literal(value):
    if isinstance(value, (Literal, URIRef)):
        return value
    if isinstance(value, dt.date):
        return Literal(value, datatype=XSD.date)
    return Literal(value)
