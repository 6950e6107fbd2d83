"""From extraction results to a knowledge graph: one Event node per actor, action, target and date.

The input is per article: its metadata and the events the extractor found
(the JSON of EXTRACTION.md). Only events with status ``reported`` enter the
graph; the same event found in several articles becomes one node with one
source per article sentence.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import vocab
from .ids import event_id
from .model import Article, Entity, Event, KnowledgeGraph, Source


@dataclass
class ArticleRecord:
    """One article and what the extractor found in it."""

    article: Article
    events: list[dict] = field(default_factory=list)
    extractor: str = ""


def _entity_from_ref(ref: dict) -> Entity:
    return Entity(id=ref["id"], name=ref.get("name") or ref["id"], kind=ref.get("kind") or "company")


def build_graph(records: Iterable[ArticleRecord], known: dict[str, Entity] | None = None) -> KnowledgeGraph:
    """Project articles and their extracted events into a :class:`KnowledgeGraph`.

    ``known`` supplies full entity records (aliases, country, parent) by id;
    parties missing from it are built from the extractor's references.
    """
    known = known or {}
    kg = KnowledgeGraph()

    def add_entity(ref: dict | None) -> str | None:
        if not ref:
            return None
        entity = known.get(ref["id"]) or _entity_from_ref(ref)
        kg.entities.setdefault(entity.id, entity)
        parent = entity.parent
        while parent and parent in known and parent not in kg.entities:
            kg.entities[parent] = known[parent]
            parent = known[parent].parent
        return entity.id

    for record in records:
        reported = [e for e in record.events if e.get("status", "reported") == "reported"]
        if not reported:
            continue
        kg.articles[record.article.url] = record.article
        for raw in reported:
            actor, target = add_entity(raw.get("actor")), add_entity(raw.get("target"))
            date = raw.get("date") or record.article.published
            eid = event_id(actor, raw["action"], target, date)
            source = Source(record.article.url, raw.get("evidence", ""), raw["span"][0], raw["span"][1],
                            record.extractor)
            event = kg.events.get(eid)
            if event is None:
                names = [kg.entities[x].name if x else None for x in (actor, target)]
                event = kg.events[eid] = Event(
                    id=eid, action=raw["action"], actor=actor, target=target, date=date,
                    date_precision=raw.get("date_precision"), status="reported", amount=raw.get("amount"),
                    currency=raw.get("currency"), law=tuple(raw.get("law") or ()),
                    summary=vocab.summary(raw["action"], *names, raw.get("amount"), raw.get("currency")),
                    confidence=float(raw.get("confidence") or 0.0))
            else:
                event.confidence = max(event.confidence, float(raw.get("confidence") or 0.0))
                if event.amount is None and raw.get("amount") is not None:
                    event.amount, event.currency = raw["amount"], raw.get("currency")
                event.law = tuple(dict.fromkeys(event.law + tuple(raw.get("law") or ())))
            if source not in event.sources:
                event.sources.append(source)
    return kg
