"""The RDF projection: rdflib over the Oxigraph store, persisted on disk, answering SPARQL.

Vocabularies (``data/ontology.ttl``, loaded with the data): SEM for events
(sem:Event, sem:hasActor, sem:hasTimeStamp), schema.org for parties and
articles, PROV-O for provenance (prov:wasDerivedFrom from every event to its
articles), SKOS for the action scheme, owl:sameAs to Wikidata. Triples are a
set, so writing twice changes nothing; :meth:`RdfStore.replace` makes the
store hold exactly one graph (removing what is gone, adding what is new).

The whole-graph counts that the property-graph stores keep (schema 5) are
kept here too (:func:`kept_triples`): each party's statistics of
:func:`.rows.entity_stats` (``scr:targetedEvents``, ``scr:targetedRank``,
``scr:firstSeen``, ...) and one ``scr:FineTotal`` per country and currency
(:func:`.rows.fine_totals`), so that ``most_targeted``, ``new_this_week`` and
``fines_by_country`` read a few triples instead of aggregating every event.

All data lives in one named graph (``GRAPH_ID``); the Oxigraph store is
context-aware, so the rdflib Graph is opened with that identifier. Queries
on Oxigraph go to it as ``oxrdflib`` sends them, and the answer is turned into
plain values straight from Oxigraph's terms (:func:`_plain_ox`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDFS, SKOS

from ...data import path as data_path
from ..ids import source_id
from ..model import KnowledgeGraph
from . import rows

BASE = "https://w3id.org/scrutiny/"
SCR = Namespace(BASE + "ns#")
ENTITY = Namespace(BASE + "entity/")
EVENT = Namespace(BASE + "event/")
ACTION = Namespace(BASE + "action/")
SOURCE = Namespace(BASE + "source/")
FINE_TOTAL = Namespace(BASE + "fine-total/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
GRAPH_ID = URIRef(BASE + "graph")
PREFIXES = {"scr": str(SCR), "sem": str(SEM), "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS),
            "owl": str(OWL), "rdfs": str(RDFS), "xsd": str(XSD), "wd": str(WD), "action": str(ACTION)}

KIND_CLASS = {"person": SCHEMA.Person, "government": SCHEMA.GovernmentOrganization,
              "regulator": SCHEMA.GovernmentOrganization, "police": SCHEMA.GovernmentOrganization,
              "court": SCHEMA.GovernmentOrganization, "product": SCHEMA.Product}

# The whole-graph counts kept with the graph (graph/stores/rows.py: entity_stats, fine_totals), as in the
# property-graph stores, so that whole-graph rankings read them instead of aggregating every event:
# the statistic of rows.STATS -> (property, datatype).
STAT_TERMS = {"first_seen": (SCR.firstSeen, XSD.date), "dated_events": (SCR.datedEvents, XSD.integer),
              "targeted": (SCR.targetedEvents, XSD.integer), "targeted_by": (SCR.targetingActors, XSD.integer),
              "first_targeted": (SCR.firstTargeted, XSD.date), "last_targeted": (SCR.lastTargeted, XSD.date),
              "targeted_rank": (SCR.targetedRank, XSD.integer)}
FINE_TOTAL_TERMS = (SCR.totalCountry, SCR.totalCurrency, SCR.fineCount, SCR.fineSum)


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


def fine_total_uri(country: str, currency: str) -> URIRef:
    return FINE_TOTAL[quote(country, safe="-_.") + "/" + quote(currency, safe="-_.")]


def kept_triples(graph: KnowledgeGraph):
    """The whole-graph counts of ``graph``: each party's statistics (:func:`.rows.entity_stats`; a
    statistic without a value, such as the rank of a party nobody targets, has no triple) and one
    ``scr:FineTotal`` per country and currency (:func:`.rows.fine_totals`)."""
    for entity_id, stats in rows.entity_stats(graph).items():
        node = entity_uri(entity_id)
        for key, (prop, datatype) in STAT_TERMS.items():
            if stats[key] is not None:
                yield node, prop, Literal(stats[key], datatype=datatype)
    for t in rows.fine_totals(graph):
        node = fine_total_uri(t["country"], t["currency"])
        yield node, RDF.type, SCR.FineTotal
        yield node, SCR.totalCountry, Literal(t["country"])
        yield node, SCR.totalCurrency, Literal(t["currency"])
        yield node, SCR.fineCount, Literal(t["fines"], datatype=XSD.integer)
        yield node, SCR.fineSum, Literal(float(t["total"]), datatype=XSD.double)


def triples(graph: KnowledgeGraph, with_ontology: bool = True):
    """Every triple of the projection of ``graph`` (and of the ontology), the kept counts included."""
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
    yield from kept_triples(graph)


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


_XSD_STRING, _XSD_INTEGER, _XSD_DOUBLE, _XSD_DATE = (str(XSD[t]) for t in ("string", "integer", "double", "date"))
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DOUBLE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _plain_ox(term):
    """:func:`_plain` of a pyoxigraph term, without building an rdflib term for the datatypes that the
    graph holds (string, integer, double, date, language-tagged text); any other term goes the rdflib
    way (``oxrdflib``'s conversion, then :func:`_plain`), so the values are the same either way."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        if term.language:
            return term.value
        datatype, value = term.datatype.value, term.value
        if datatype == _XSD_STRING:
            return value
        if datatype == _XSD_INTEGER and _INTEGER.fullmatch(value):
            return int(value)
        if datatype == _XSD_DOUBLE and _DOUBLE.fullmatch(value):
            return float(value)
        if datatype == _XSD_DATE and _DAY.fullmatch(value):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
    from oxrdflib._converter import from_ox
    return _plain(from_ox(term))


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
        """Add the projection of ``graph``. The kept counts are a whole-graph aggregate: those of an
        earlier write are replaced, not merged (each party keeps one value per statistic)."""
        self.drop_kept()
        self.graph.addN((s, p, o, self.graph) for s, p, o in triples(graph))

    def drop_kept(self) -> None:
        """Remove the kept counts (:func:`kept_triples`)."""
        for prop, _ in STAT_TERMS.values():
            self.graph.remove((None, prop, None))
        for node in set(self.graph.subjects(RDF.type, SCR.FineTotal)):
            self.graph.remove((node, None, None))

    def replace(self, graph: KnowledgeGraph) -> None:
        """Hold exactly the projection of ``graph``: remove stale triples, add new ones."""
        if self.kind != "Oxigraph":
            self.clear()
            self.write(graph)
            return
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
        fmt = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}[format]
        self.oxigraph.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(str(GRAPH_ID)))

    def clear(self) -> None:
        if self.kind == "Oxigraph":
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
        if self.kind == "Oxigraph":
            return self._query_oxigraph(text, bindings)
        return self._query_rdflib(text, bindings)

    def _query_rdflib(self, text: str, bindings: dict) -> tuple[list[str], list[list]]:
        """The query through rdflib's ``Graph.query`` (rdflib terms, then plain values)."""
        result = self.graph.query(text, initNs=PREFIXES)
        if result.type == "ASK":
            return ["ask"], [[bool(result.askAnswer)]]
        if result.type != "SELECT":
            raise ValueError("only SELECT and ASK queries return rows")
        columns = [str(v) for v in result.vars if str(v) not in bindings]
        rows = [[_plain(row[c]) for c in columns] for row in result]
        return columns, rows

    def _query_oxigraph(self, text: str, bindings: dict) -> tuple[list[str], list[list]]:
        """The query as ``oxrdflib`` hands it to Oxigraph (the graph's identifier as the default graph,
        the same prefixes), with the answer turned into plain values straight from Oxigraph's terms:
        building an rdflib term per cell first cost about a third of a party's timeline (5 of 14 ms
        at 20k events)."""
        store = self.graph.store
        prefixes = dict(getattr(store, "_namespace_for_prefix", {}), **PREFIXES)
        result = store._inner.query(text, default_graph=ox.NamedNode(str(GRAPH_ID)), prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [[bool(result)]]
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("only SELECT and ASK queries return rows")
        names = [v.value for v in result.variables]
        keep = [i for i, name in enumerate(names) if name not in bindings]
        rows = [[_plain_ox(solution[i]) for i in keep] for solution in result]
        return [names[i] for i in keep], rows


def _literal(value):
    if isinstance(value, (Literal, URIRef)):
        return value
    if isinstance(value, dt.date):
        return Literal(value, datatype=XSD.date)
    return Literal(value)
