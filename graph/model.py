"""The knowledge graph's model: entities, events, articles and the sources tying them together.

An :class:`Event` is reified: it has an actor and a target entity (either may
be missing), a date, a status, money and laws, and one :class:`Source` per
article sentence that reports it. Events of one dispute are linked by
:class:`Follows` edges (the later event follows the earlier one); the first
event of a dispute carries the dispute's derived ``current_status``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Derived status of the original event of a dispute (see graph.lifecycle).
CURRENT_STATUSES = ("pending", "upheld", "overturned", "settled")


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
    """One sentence of one article that reports an event.

    ``mention`` is the stable key of the extracted event mention behind this
    source (see :func:`graph.ids.mention_key`); human judgements refer to it.
    """

    article_url: str
    sentence: str
    start: int
    end: int
    extractor: str
    mention: str = ""


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
    dispute: str | None = None          # id of the dispute's original event (set on every member)
    current_status: str | None = None   # on original events only: pending, upheld, overturned, settled


@dataclass(frozen=True)
class Follows:
    """``later`` follows ``earlier`` in one dispute (an appeal follows the fine it challenges)."""

    later: str
    earlier: str


@dataclass
class KnowledgeGraph:
    """Everything a store needs to write: entities, events and articles by id, and FOLLOWS edges."""

    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    follows: list[Follows] = field(default_factory=list)
    mentions: dict[str, str] = field(default_factory=dict)  # mention key -> event id (every mention)
    mention_articles: dict[str, str] = field(default_factory=dict)  # mention key -> article url

    def counts(self) -> dict[str, int]:
        return {"articles": len(self.articles), "entities": len(self.entities), "events": len(self.events)}

    def event_of_mention(self) -> dict[str, str]:
        """Mention key -> id of the event it was consolidated into."""
        out = {s.mention: e.id for e in self.events.values() for s in e.sources if s.mention}
        out.update(self.mentions)
        return out

    def mentions_of(self, event_id: str) -> list[str]:
        """Every mention key consolidated into an event."""
        return sorted(k for k, v in self.event_of_mention().items() if v == event_id)
