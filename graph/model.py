"""The knowledge graph's model: entities, events, articles and the sources tying them together.

An :class:`Event` is reified: it has an actor and a target entity (either may
be missing), a date, a status, money and laws, and one :class:`Source` per
article sentence that reports it.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """A party: company, platform, regulator, court, government, police, advocacy group, person or product."""

    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class Article:
    """A news article that reports events."""

    url: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Source:
    """One sentence of one article that reports an event."""

    article_url: str
    sentence: str
    start: int
    end: int
    extractor: str


@dataclass
class Event:
    """Something one party did to another, on a date, reported by one or more sources."""

    id: str
    action: str
    actor: str | None
    target: str | None
    date: str | None
    date_precision: str | None = None
    status: str = "reported"
    amount: float | None = None
    currency: str | None = None
    law: tuple[str, ...] = ()
    summary: str = ""
    confidence: float = 0.0
    sources: list[Source] = field(default_factory=list)


@dataclass
class KnowledgeGraph:
    """Everything a store needs to write: entities, events and articles by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"articles": len(self.articles), "entities": len(self.entities), "events": len(self.events)}
