"""From extraction results to a knowledge graph: resolved entities, one Event per real-world event.

The input is per article: its metadata and what the extractor found (the
JSON of EXTRACTION.md). Only events with status ``reported`` enter the graph.
The steps:

1. **resolve** every actor and target reference to an entity (:mod:`.resolve`);
2. **consolidate** the mentions of the same real-world event across articles
   into one Event with one source per article sentence (:mod:`.consolidate`);
3. apply the human **judgements** (:mod:`.judgements`): merged and renamed
   entities, merged, split and rejected events;
4. link the events of each **dispute** and derive its status (:mod:`.lifecycle`).

Event ids are stable hashes of actor, action, target and the event's date at
the precision it is known (2022-05-23, 2020-W06, 2022-05): the same input
gives the same ids, whatever the order of the articles.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import vocab
from .consolidate import Cluster, Consolidator, Mention, amount, parties, representative, window
from .ids import event_id, mention_key
from .judgements import Corrections
from .lifecycle import link_disputes
from .model import Article, Entity, Event, KnowledgeGraph, Source
from .resolve import Resolver, ancestors, normalize


@dataclass
class ArticleRecord:
    """One article and what the extractor found in it."""

    article: Article
    events: list[dict] = field(default_factory=list)
    extractor: str = ""
    entities: list[dict] = field(default_factory=list)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _raw_id(ref: dict | None) -> str | None:
    if not ref:
        return None
    return str(ref.get("id") or ref.get("name") or "") or None


def _is_headline(evidence: str, title: str | None) -> bool:
    if not title:
        return False
    e, t = normalize(evidence), normalize(title)
    return bool(e and t) and (e == t or (len(t) > 20 and t in e) or (len(e) > 20 and e in t))


class GraphBuilder:
    """Builds knowledge graphs against one set of known entities (the gazetteer)."""

    def __init__(self, known: dict[str, Entity] | None = None):
        self.known = dict(known or {})
        self.resolver = Resolver(self.known)

    def build(self, records: Iterable[ArticleRecord], corrections: Corrections | None = None) -> KnowledgeGraph:
        corrections = corrections or Corrections()
        records = list(records)
        kg = KnowledgeGraph()

        # 1. reported mentions and entity resolution
        reported: list[tuple[ArticleRecord, dict]] = []
        for record in records:
            seen: set[str] = set()
            for raw in record.events:
                if raw.get("status", "reported") != "reported" or raw.get("action") not in vocab.actions():
                    continue
                key = mention_key(record.article.url, raw["action"], _raw_id(raw.get("actor")),
                                  _raw_id(raw.get("target")), raw.get("evidence", ""))
                if key in seen:
                    continue
                seen.add(key)
                reported.append((record, raw | {"_key": key}))
        refs = [ref for _, raw in reported for ref in (raw.get("actor"), raw.get("target")) if ref]
        groups = [g for record in records for g in record.entities]
        resolution = self.resolver.resolve(refs, groups, corrections.entities)
        lookup = {**self.known, **resolution.entities}

        # 2. mentions -> clusters
        mentions: list[Mention] = []
        by_article: dict[str, list[tuple[ArticleRecord, dict]]] = {}
        for record, raw in reported:
            by_article.setdefault(record.article.url, []).append((record, raw))
        for url, items in by_article.items():
            record = items[0][0]
            published = _day(record.article.published)
            starts = [(raw.get("span") or [0, 0])[0] for _, raw in items
                      if not _is_headline(raw.get("evidence", ""), record.article.title)]
            first_body = min(starts) if starts else None
            article_parties = frozenset(x for _, raw in items
                                        for x in (resolution.id_of(raw.get("actor")), resolution.id_of(raw.get("target")))
                                        if x)

            def is_lead(raw: dict) -> bool:
                start = (raw.get("span") or [0, 0])[0]
                return _is_headline(raw.get("evidence", ""), record.article.title) or (
                    first_body is not None and start <= first_body)
            lead_parties = frozenset(x for _, raw in items if is_lead(raw)
                                     for x in (resolution.id_of(raw.get("actor")), resolution.id_of(raw.get("target")))
                                     if x)
            for _, raw in items:
                if raw["_key"] in corrections.reject_mentions:
                    continue
                lead = is_lead(raw)
                date = _day(raw.get("date"))
                mentions.append(Mention(
                    key=raw["_key"], article=url, action=raw["action"],
                    actor=resolution.id_of(raw.get("actor")), target=resolution.id_of(raw.get("target")),
                    date=date or published, precision=raw.get("date_precision") if date else None,
                    published=published, lead=lead, amount=_float(raw.get("amount")), currency=raw.get("currency"),
                    parties=article_parties, lead_parties=lead_parties, payload=(record, raw)))
        consolidator = Consolidator(block_party=lambda x: self._block_party(x, lookup),
                                    lineage=lambda a, b: self._lineage(a, b, lookup))
        clusters = consolidator.cluster(mentions)
        clusters = _apply_event_judgements(clusters, corrections)

        # 3. events
        def depth(x: str) -> int:
            return len(ancestors(x, lookup))

        made: list[tuple[Cluster, Event]] = []
        for c in clusters:
            made.append((c, self._event(c, depth, lookup)))
        made.sort(key=lambda ce: (ce[1].id, ce[1].amount or 0.0, min(m.key for m in ce[0].mentions)))
        for c, event in made:
            if event.id in kg.events:  # two events of the same parties, action and date window
                base, n = event.id, 2
                salt = f"{event.amount or ''}|{min(m.key for m in c.mentions)}"
                event.id = event_id(event.actor, event.action, event.target, f"{event.date}|{salt}")
                while event.id in kg.events:
                    event.id, n = f"{base}-{n}", n + 1
            if event.id in corrections.reject_events:
                continue
            kg.events[event.id] = event
            for m in c.mentions:
                kg.mentions[m.key] = event.id
                kg.mention_articles[m.key] = m.article
                record = m.payload[0]
                kg.articles.setdefault(record.article.url, record.article)

        # 4. entities of the events and their parents
        for event in kg.events.values():
            for x in (event.actor, event.target):
                if x and x not in kg.entities:
                    kg.entities[x] = lookup[x]
        for x in list(kg.entities):
            for parent in ancestors(x, lookup):
                kg.entities.setdefault(parent, lookup[parent])

        # 5. disputes
        kg.follows = link_disputes(kg.events, kg.entities, lambda a, b: self._lineage(a, b, lookup),
                                   lambda x: self._block_party(x, lookup))
        return kg

    # -- parties -------------------------------------------------------------------------
    @staticmethod
    def _block_party(x: str, lookup: dict[str, Entity]) -> str:
        """A government office counts as the government it belongs to (top-most government ancestor)."""
        entity = lookup.get(x)
        if entity is None or entity.kind != "government":
            return x
        top = x
        for parent in ancestors(x, lookup):
            if lookup.get(parent) is None or lookup[parent].kind != "government":
                break
            top = parent
        return top

    @staticmethod
    def _lineage(a: str, b: str, lookup: dict[str, Entity]) -> bool:
        """Same party, or a government and one of its own offices."""
        if a == b:
            return True
        ea, eb = lookup.get(a), lookup.get(b)
        if ea is None or eb is None or ea.kind != "government" or eb.kind != "government":
            return False
        return a in ancestors(b, lookup) or b in ancestors(a, lookup)

    # -- one event -------------------------------------------------------------------------
    def _event(self, c: Cluster, depth, lookup: dict[str, Entity]) -> Event:
        defining = Cluster(mentions=c.primary) if c.primary else c
        rep = representative(defining)
        actor, target = parties(defining, depth)
        action = rep.action
        money, currency = amount(c)
        laws: list[str] = []
        confidence = 0.0
        sources: list[Source] = []
        seen: set[tuple[str, int]] = set()
        for m in sorted(c.mentions, key=lambda m: (m.article, (m.payload[1].get("span") or [0])[0], m.key)):
            record, raw = m.payload
            laws.extend(raw.get("law") or ())
            confidence = max(confidence, float(raw.get("confidence") or 0.0))
            span = raw.get("span") or [0, 0]
            if (record.article.url, span[0]) in seen:
                continue
            seen.add((record.article.url, span[0]))
            sources.append(Source(record.article.url, raw.get("evidence", ""), span[0], span[1], record.extractor,
                                  m.key))
        names = [lookup[x].name if x else None for x in (actor, target)]
        date = rep.date.isoformat() if rep.date else None
        precision = "day" if rep.implicit else (rep.precision or "day")
        return Event(
            id=event_id(actor, action, target, window(rep)), action=action, actor=actor, target=target,
            date=date, date_precision=precision if date else None, status="reported", amount=money,
            currency=currency, law=tuple(dict.fromkeys(laws)),
            summary=vocab.summary(action, *names, money, currency), confidence=confidence, sources=sources)


def _float(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _apply_event_judgements(clusters: list[Cluster], corrections: Corrections) -> list[Cluster]:
    """Merges and splits of events, in the order they were made, by mention keys."""
    for op, first, second in corrections.event_ops:
        first_keys, second_keys = set(first), set(second)
        if op == "merge":
            keep = next((c for c in clusters if any(m.key in first_keys for m in c.mentions)), None)
            other = next((c for c in clusters if c is not keep and any(m.key in second_keys for m in c.mentions)),
                         None)
            if keep is not None and other is not None:
                if keep.primary is None:
                    keep.primary = list(keep.mentions)
                for m in other.mentions:
                    keep.mentions.append(m)
                clusters = [c for c in clusters if c is not other]
        elif op == "split":
            out: list[Cluster] = []
            for c in clusters:
                moved = [m for m in c.mentions if m.key in first_keys]
                if moved and len(moved) < len(c.mentions):
                    rest = Cluster(mentions=[m for m in c.mentions if m.key not in first_keys], lo=c.lo, hi=c.hi,
                                   seq=c.seq)
                    part = Cluster(seq=c.seq)
                    part.mentions = moved
                    out.extend([rest, part])
                else:
                    out.append(c)
            clusters = out
    return clusters


def build_graph(records: Iterable[ArticleRecord], known: dict[str, Entity] | None = None,
                corrections: Corrections | None = None) -> KnowledgeGraph:
    """Project articles and their extracted events into a :class:`KnowledgeGraph`.

    ``known`` supplies full entity records (aliases, country, parent) by id
    (the gazetteer); ``corrections`` are the active human judgements.
    """
    return GraphBuilder(known).build(records, corrections)
