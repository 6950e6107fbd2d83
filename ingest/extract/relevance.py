"""Relevance: how much an article is about AI surveillance disputes, as a score in [0, 1].

Counts the weighted terms of ``data/topics.toml`` (facial recognition,
biometrics, scraping, surveillance, data-protection enforcement), the named
parties of the field (surveillance vendors, data protection authorities) and
the reported events. Off-topic articles stay in the document store; only
articles at or above the threshold feed the graph.

An article with no term of the core topics and no party of the field scores
at most :attr:`RelevanceScorer.off_topic_ceiling`, whatever else it holds:
the bound that lets ingest skip extracting it (``screen.py``).
"""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from ...data import path as data_path


@dataclass(frozen=True)
class Relevance:
    score: float
    topics: dict[str, float]

    def relevant(self, threshold: float) -> bool:
        return self.score >= threshold


def _term_regex(term: str) -> str:
    stem = term.rstrip("*")
    body = re.escape(stem).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    return body + (r"\w*" if term.endswith("*") else "")


class RelevanceScorer:
    """Scores texts with a topic vocabulary."""

    # The highest score of an article with no core-topic term and no party of the field (its score is
    # halved, and kept under 0.5 even where rounding would reach it).
    off_topic_ceiling = 0.499

    def __init__(self, config: dict):
        settings = config.get("settings", {})
        self.scale = float(settings.get("scale", 12.0))
        self.party_points = float(settings.get("party_points", 1.5))
        self.event_points = float(settings.get("event_points", 3.0))
        self.party_tags = frozenset(settings.get("party_tags", []))
        self.threshold = float(settings.get("threshold", 0.5))
        self.core_topics = tuple(settings.get("core_topics", []))
        self.topics: dict[str, tuple[float, re.Pattern]] = {}
        for name, spec in config.items():
            if name == "settings":
                continue
            alternation = "|".join(_term_regex(t) for t in sorted(spec["terms"], key=len, reverse=True))
            flags = 0 if all(t.isupper() for t in spec["terms"]) else re.IGNORECASE
            self.topics[name] = (float(spec.get("weight", 1.0)), re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", flags))

    def terms(self, text: str) -> dict[str, float]:
        """The weighted density of each topic's terms in ``text`` (per 500 words, so that long
        articles are not favoured)."""
        norm = 500.0 / max(len(text.split()), 250)
        return {name: round(len(regex.findall(text)) * weight * norm, 2)
                for name, (weight, regex) in self.topics.items()}

    def has_core_term(self, topics: dict[str, float]) -> bool:
        """Whether the densities of :meth:`terms` include a term of a core topic (or no topic is core)."""
        return not self.core_topics or any(topics.get(t) for t in self.core_topics)

    def score(self, text: str, parties: list[dict] | None = None, events: list[dict] | None = None,
              party_tags: dict[str, frozenset[str]] | None = None,
              topics: dict[str, float] | None = None) -> Relevance:
        """Score ``text``; ``parties`` are extracted entities, ``events`` extracted events, ``topics``
        the text's :meth:`terms` when already counted."""
        topics = self.terms(text) if topics is None else topics
        tags = party_tags or {}
        field_parties = sum(1 for p in parties or [] if tags.get(p.get("id"), frozenset()) & self.party_tags)
        points = sum(topics.values()) + self.party_points * field_parties
        points += self.event_points * sum(1 for e in events or [] if e.get("status", "reported") == "reported")
        score = 1 - math.exp(-points / self.scale)
        if not field_parties and not self.has_core_term(topics):
            score = min(score / 2, self.off_topic_ceiling)
        return Relevance(round(score, 3), topics)


@lru_cache(maxsize=1)
def load_scorer() -> RelevanceScorer:
    with data_path("topics.toml").open("rb") as handle:
        return RelevanceScorer(tomllib.load(handle))
