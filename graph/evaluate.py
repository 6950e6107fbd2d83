"""Scoring consolidation against the hand-written gold set (``data/consolidation_gold.toml``).

The gold set lists event mentions of the sample corpus, each labelled with the
real-world event it reports. :func:`score` builds a knowledge graph from those
mentions exactly as the pipeline does (resolution, consolidation, ids) and
compares, for every pair of mentions, "same event?" in the graph with the
gold: pairwise precision, recall and F1, and the pairs it got wrong.
"""
from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..data import path as data_path
from .build import ArticleRecord, GraphBuilder
from .ids import mention_key
from .model import Article, Entity, KnowledgeGraph

GOLD = data_path("consolidation_gold.toml")
URL_PREFIX = "https://sample.scrutiny.example/articles/"


@dataclass
class GoldMention:
    id: str
    article: str
    key: str
    event: str
    action: str
    actor: str | None
    target: str | None
    text: str


@dataclass
class Gold:
    records: list[ArticleRecord]
    mentions: list[GoldMention]


def _ref(entity_id: str | None, known: dict[str, Entity]) -> dict | None:
    if not entity_id:
        return None
    entity = known.get(entity_id)
    if entity is None:
        raise KeyError(f"gold set names {entity_id!r}, which is not in the gazetteer")
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "mention": entity.name}


def load_gold(known: dict[str, Entity], path: Path = GOLD) -> Gold:
    """Gold mentions as extraction records (the JSON of EXTRACTION.md), one record per article."""
    with Path(path).open("rb") as handle:
        doc = tomllib.load(handle)
    records: list[ArticleRecord] = []
    mentions: list[GoldMention] = []
    for a in doc["article"]:
        url = URL_PREFIX + a["file"] + ".html"
        published = a["published"]
        events = []
        for i, m in enumerate(a["mentions"]):
            start = 1000 * int(m["s"])
            date = m.get("date") or published
            precision = m.get("precision") or "day"
            raw = {"actor": _ref(m.get("actor"), known), "action": m["action"], "target": _ref(m.get("target"), known),
                   "status": "reported", "date": date, "date_precision": precision,
                   "amount": m.get("amount"), "currency": m.get("currency"), "law": [],
                   "evidence": m["text"], "span": [start, start + len(m["text"])], "confidence": 0.9}
            events.append(raw)
            key = mention_key(url, m["action"], m.get("actor"), m.get("target"), m["text"])
            mentions.append(GoldMention(f"{a['file']}#{i}", a["file"], key, m["event"], m["action"],
                                        m.get("actor"), m.get("target"), m["text"]))
        records.append(ArticleRecord(
            article=Article(url=url, title=a.get("title"), outlet=a.get("outlet"), published=published,
                            language="en"),
            events=events, extractor="gold"))
    return Gold(records, mentions)


@dataclass
class Score:
    mentions: int
    events_gold: int
    events_built: int
    true_positives: int
    false_positives: int
    false_negatives: int
    wrong_merges: list[tuple[GoldMention, GoldMention]] = field(default_factory=list)
    missed_merges: list[tuple[GoldMention, GoldMention]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> str:
        lines = [f"mentions {self.mentions}, gold events {self.events_gold}, built events {self.events_built}",
                 f"pairs: same in both {self.true_positives}, wrongly merged {self.false_positives}, "
                 f"wrongly apart {self.false_negatives}",
                 f"pairwise precision {self.precision:.3f} recall {self.recall:.3f} F1 {self.f1:.3f}"]
        for title, pairs in (("wrongly merged", self.wrong_merges), ("wrongly apart", self.missed_merges)):
            for a, b in pairs:
                lines.append(f"  {title}: {a.id} [{a.event}] ~ {b.id} [{b.event}]  ({a.actor} {a.action} {a.target})")
        return "\n".join(lines)


def score(gold: Gold, kg: KnowledgeGraph) -> Score:
    """Pairwise precision and recall of the events of ``kg`` against the gold labels."""
    event_of = kg.event_of_mention()
    built = {m.id: event_of.get(m.key, "missing:" + m.id) for m in gold.mentions}
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in itertools.combinations(gold.mentions, 2):
        same_gold = a.event == b.event
        same_built = built[a.id] == built[b.id]
        if same_gold and same_built:
            tp += 1
        elif same_built:
            fp += 1
            wrong.append((a, b))
        elif same_gold:
            fn += 1
            missed.append((a, b))
    return Score(len(gold.mentions), len({m.event for m in gold.mentions}), len(set(built.values())),
                 tp, fp, fn, wrong, missed)


def evaluate(known: dict[str, Entity], path: Path = GOLD) -> tuple[Score, KnowledgeGraph, Gold]:
    gold = load_gold(known, path)
    kg = GraphBuilder(known).build(gold.records)
    return score(gold, kg), kg, gold
