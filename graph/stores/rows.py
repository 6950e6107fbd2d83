"""The knowledge graph as flat rows, the same for every property-graph target.

LadybugDB and Neo4j write these rows with UNWIND batches; the neo4j-admin CSV
export and the benchmark bulk loader write them as files. Dates are ISO
strings (``None`` when unknown); lists stay lists.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .. import vocab
from ..model import KnowledgeGraph


def iso(value: str | None) -> str | None:
    """The ISO date part of a date or timestamp string, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def entities(kg: KnowledgeGraph) -> list[dict]:
    return [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
             "aliases": list(e.aliases)} for e in kg.entities.values()]


def articles(kg: KnowledgeGraph) -> list[dict]:
    return [{"url": a.url, "title": a.title, "outlet": a.outlet, "published": iso(a.published),
             "language": a.language} for a in kg.articles.values()]


def _name(kg: KnowledgeGraph, entity_id: str | None) -> str | None:
    entity = kg.entities.get(entity_id) if entity_id else None
    return entity.name if entity else None


def events(kg: KnowledgeGraph) -> list[dict]:
    """Event properties; ``actor_name`` and ``target_name`` repeat the parties' names on the event so that
    listings of many events (timelines) need no optional match per row."""
    return [{"id": e.id, "action": e.action, "date": iso(e.date), "date_precision": e.date_precision,
             "status": e.status, "amount": None if e.amount is None else float(e.amount), "currency": e.currency,
             "law": list(e.law), "summary": e.summary, "confidence": float(e.confidence), "dispute": e.dispute,
             "current_status": e.current_status, "actor_name": _name(kg, e.actor),
             "target_name": _name(kg, e.target)} for e in kg.events.values()]


def part_of(kg: KnowledgeGraph) -> list[dict]:
    return [{"child": e.id, "parent": e.parent} for e in kg.entities.values() if e.parent and e.parent in kg.entities]


def actors(kg: KnowledgeGraph) -> list[dict]:
    return [{"actor": e.actor, "id": e.id} for e in kg.events.values() if e.actor]


def targets(kg: KnowledgeGraph) -> list[dict]:
    return [{"id": e.id, "target": e.target} for e in kg.events.values() if e.target]


def sources(kg: KnowledgeGraph) -> list[dict]:
    return [{"id": e.id, "url": s.article_url, "sentence": s.sentence, "start": s.start, "stop": s.end,
             "extractor": s.extractor} for e in kg.events.values() for s in e.sources]


def follows(kg: KnowledgeGraph) -> list[dict]:
    return [{"later": f.later, "earlier": f.earlier} for f in kg.follows
            if f.later in kg.events and f.earlier in kg.events]


def typed_edges(kg: KnowledgeGraph) -> dict[str, list[dict]]:
    """Direct ``(actor)-[:ACTION {event, date}]->(target)`` edges by relationship type."""
    out: dict[str, list[dict]] = defaultdict(list)
    for e in kg.events.values():
        if e.actor and e.target:
            out[vocab.edge_label(e.action)].append({"actor": e.actor, "target": e.target, "id": e.id,
                                                    "date": iso(e.date)})
    return dict(out)


def days(kg: KnowledgeGraph) -> list[dict]:
    """One ``Day`` per date that has events: the index that date-range questions start from."""
    return [{"date": d} for d in sorted({iso(e.date) for e in kg.events.values()} - {None})]


def on_day(kg: KnowledgeGraph) -> list[dict]:
    return [{"id": e.id, "date": iso(e.date)} for e in kg.events.values() if iso(e.date)]
