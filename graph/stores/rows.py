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


STATS = ("first_seen", "dated_events", "targeted", "targeted_by", "first_targeted", "last_targeted", "targeted_rank")


def entity_stats(kg: KnowledgeGraph) -> dict[str, dict]:
    """Per party, counted over the whole graph (so that whole-graph rankings read one row per party
    instead of aggregating every event): ``first_seen`` (its earliest dated event, as actor or target)
    and ``dated_events`` (how many dated events it takes part in); ``targeted`` (events with an actor
    that target it), ``targeted_by`` (their different actors), ``first_targeted`` and
    ``last_targeted`` (their first and last dates), and ``targeted_rank``, its place (1, 2, ...) among
    the targeted parties by ``targeted`` (most first), then name and id. Only parties of the graph count, as in the
    stores, where an event's ACTOR or TARGET edge exists only if that party does."""
    dated: dict[str, set] = defaultdict(set)
    first: dict[str, str] = {}
    targeted: dict[str, set] = defaultdict(set)
    actors_of: dict[str, set] = defaultdict(set)
    tdates: dict[str, list] = defaultdict(list)
    for e in kg.events.values():
        date = iso(e.date)
        actor = e.actor if e.actor in kg.entities else None
        target = e.target if e.target in kg.entities else None
        if date:
            for x in {actor, target} - {None}:
                dated[x].add(e.id)
                if x not in first or date < first[x]:
                    first[x] = date
        if actor and target:
            targeted[target].add(e.id)
            actors_of[target].add(actor)
            if date:
                tdates[target].append(date)
    ranked = sorted(targeted, key=lambda x: (-len(targeted[x]), kg.entities[x].name, x))
    rank = {x: n for n, x in enumerate(ranked, 1)}
    return {x: {"first_seen": first.get(x), "dated_events": len(dated.get(x, ())),
                "targeted": len(targeted.get(x, ())), "targeted_by": len(actors_of.get(x, ())),
                "first_targeted": min(tdates[x]) if tdates.get(x) else None,
                "last_targeted": max(tdates[x]) if tdates.get(x) else None, "targeted_rank": rank.get(x)}
            for x in kg.entities}


def entities(kg: KnowledgeGraph) -> list[dict]:
    """Entity properties, with the whole-graph counts of :func:`entity_stats`."""
    stats = entity_stats(kg)
    return [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
             "aliases": list(e.aliases), **stats[e.id]} for e in kg.entities.values()]


def fine_totals(kg: KnowledgeGraph) -> list[dict]:
    """Fines with an amount and a currency, by the country of the fining party (a party of the graph
    with a country) and currency: how many and their total. The whole-graph aggregate of the
    ``fines_by_country`` question, kept as a table so that it is read, not recomputed per question."""
    totals: dict[tuple, list] = {}
    for e in sorted(kg.events.values(), key=lambda e: e.id):
        actor = kg.entities.get(e.actor) if e.actor else None
        if e.action != "fine" or e.amount is None or not e.currency or actor is None or not actor.country:
            continue
        t = totals.setdefault((actor.country, e.currency), [0, 0.0])
        t[0] += 1
        t[1] += float(e.amount)
    return [{"key": f"{country}|{currency}", "country": country, "currency": currency, "fines": n, "total": total}
            for (country, currency), (n, total) in sorted(totals.items())]


def articles(kg: KnowledgeGraph) -> list[dict]:
    return [{"url": a.url, "title": a.title, "outlet": a.outlet, "published": iso(a.published),
             "language": a.language} for a in kg.articles.values()]


def _name(kg: KnowledgeGraph, entity_id: str | None) -> str | None:
    entity = kg.entities.get(entity_id) if entity_id else None
    return entity.name if entity else None


def _id(kg: KnowledgeGraph, entity_id: str | None) -> str | None:
    return entity_id if entity_id and entity_id in kg.entities else None


def _dispute_status(kg: KnowledgeGraph, dispute: str | None) -> str | None:
    root = kg.events.get(dispute) if dispute else None
    return root.current_status if root else None


def events(kg: KnowledgeGraph) -> list[dict]:
    """Event properties; ``actor_name``, ``actor_id``, ``target_name`` and ``target_id`` repeat the parties'
    names and ids on the event, and ``dispute_status`` the current status of the dispute it belongs to,
    so that listings of many events (timelines, weeks) need no optional match per row."""
    return [{"id": e.id, "action": e.action, "date": iso(e.date), "date_precision": e.date_precision,
             "status": e.status, "amount": None if e.amount is None else float(e.amount), "currency": e.currency,
             "law": list(e.law), "summary": e.summary, "confidence": float(e.confidence), "dispute": e.dispute,
             "current_status": e.current_status, "actor_name": _name(kg, e.actor),
             "target_name": _name(kg, e.target), "actor_id": _id(kg, e.actor), "target_id": _id(kg, e.target),
             "dispute_status": _dispute_status(kg, e.dispute)} for e in kg.events.values()]


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
