"""The networkx projection: the knowledge graph in memory, for paths, centrality and Gephi.

Two views:

* :func:`to_networkx` - the whole property graph as a ``MultiDiGraph``: Entity,
  Event and Article nodes (attribute ``label``) and ACTOR, TARGET,
  REPORTED_IN, PART_OF, FOLLOWS and typed direct edges (attribute ``relationship``;
  GEXF reserves ``type``).
  GraphML and GEXF exports write this view.
* :func:`entity_network` - parties only: one edge per event from actor to
  target (``action``, ``date``, ``event``), the network to analyse ("who is
  central", "how are YouTube and the ICO connected").

Attribute values are kept GraphML-safe: no ``None`` (left out), lists joined
with ``"; "``.
"""
from __future__ import annotations

import networkx as nx

from .. import vocab
from ..model import KnowledgeGraph
from . import rows as R


def _clean(attrs: dict) -> dict:
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        out[key] = value
    return out


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="scrutiny")
    for row in R.entities(kg):
        g.add_node(row["id"], **_clean({"label": "Entity", **row}))
    for row in R.events(kg):
        g.add_node(row["id"], **_clean({"label": "Event", **row}))
    for row in R.articles(kg):
        g.add_node(row["url"], **_clean({"label": "Article", "id": row["url"], **row}))
    for row in R.actors(kg):
        g.add_edge(row["actor"], row["id"], key="ACTOR", relationship="ACTOR")
    for row in R.targets(kg):
        g.add_edge(row["id"], row["target"], key="TARGET", relationship="TARGET")
    for row in R.part_of(kg):
        g.add_edge(row["child"], row["parent"], key="PART_OF", relationship="PART_OF")
    for row in R.follows(kg):
        g.add_edge(row["later"], row["earlier"], key="FOLLOWS", relationship="FOLLOWS")
    for row in R.sources(kg):
        g.add_edge(row["id"], row["url"], key=f"REPORTED_IN:{row['start']}",
                   **_clean({"relationship": "REPORTED_IN", "sentence": row["sentence"], "start": row["start"],
                             "end": row["stop"], "extractor": row["extractor"]}))
    for label, rows in R.typed_edges(kg).items():
        for row in rows:
            g.add_edge(row["actor"], row["target"], key=f"{label}:{row['id']}",
                       **_clean({"relationship": label, "event": row["id"], "date": row["date"]}))
    return g


def entity_network(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """Parties and, per event with both parties, an edge actor -> target."""
    g = nx.MultiDiGraph(name="scrutiny parties")
    for row in R.entities(kg):
        g.add_node(row["id"], **_clean(row))
    for e in kg.events.values():
        if e.actor and e.target:
            g.add_edge(e.actor, e.target, key=e.id, **_clean({"action": e.action, "date": R.iso(e.date),
                                                             "event": e.id, "label": vocab.edge_label(e.action)}))
    return g


def connection(kg: KnowledgeGraph, a: str, b: str) -> list[dict]:
    """How two parties are connected, event by event (shortest path, direction ignored):
    a list of ``{"from", "to", "event", "action", "date"}``; empty when they are not connected."""
    g = entity_network(kg)
    if a not in g or b not in g:
        return []
    try:
        path = nx.shortest_path(g.to_undirected(as_view=True), a, b)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for x, y in zip(path, path[1:]):
        edges = [(x, y, d) for d in (g.get_edge_data(x, y) or {}).values()] + \
                [(y, x, d) for d in (g.get_edge_data(y, x) or {}).values()]
        src, dst, data = min(edges, key=lambda e: (e[2].get("date") or "", e[2]["event"]))
        steps.append({"from": src, "to": dst, "event": data["event"], "action": data["action"],
                      "date": data.get("date")})
    return steps


def centrality(kg: KnowledgeGraph, top: int = 10) -> list[tuple[str, float]]:
    """The parties most often in between others (betweenness on the party network)."""
    g = nx.Graph(entity_network(kg))
    scores = nx.betweenness_centrality(g)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


class NetworkxStore:
    """The in-memory projection behind the store interface (write, replace, clear, counts)."""

    name = "networkx"

    def __init__(self):
        self.graph = nx.MultiDiGraph()

    def write(self, kg: KnowledgeGraph) -> None:
        self.graph = nx.compose(self.graph, to_networkx(kg))

    def replace(self, kg: KnowledgeGraph) -> None:
        self.graph = to_networkx(kg)

    def clear(self) -> None:
        self.graph = nx.MultiDiGraph()

    def counts(self) -> dict[str, int]:
        labels = [d.get("label") for _, d in self.graph.nodes(data=True)]
        return {"articles": labels.count("Article"), "entities": labels.count("Entity"),
                "events": labels.count("Event")}

    def close(self) -> None:
        pass
