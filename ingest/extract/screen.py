"""The relevance pre-screen: the articles that cannot reach the relevance threshold, told before the
extractor runs, so that ingest spends no extraction on general news.

An article with no term of the core topics and no party of the field scores at most
:attr:`~.relevance.RelevanceScorer.off_topic_ceiling`, whatever events it holds (relevance.py). The
pre-screen checks both conditions cheaply, and conservatively: the topic terms; the gazetteer's names
of the field's parties; and any description the extractor could resolve to a data protection
authority that the text does not name ("France's privacy regulator", "regulators in Luxembourg",
"Italy fined ..."). An article with none of them is *screened out*: it keeps its term-only score and
gets no extraction, which a graph built at a threshold at or under the ceiling makes up for.
"""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .references import ReferenceResolver
from .relevance import Relevance, RelevanceScorer, load_scorer


@dataclass(frozen=True)
class PreScreen:
    scorer: RelevanceScorer
    gazetteer: Gazetteer
    resolver: ReferenceResolver

    def applies(self, threshold: float) -> bool:
        """Whether screened-out articles are below ``threshold`` (the pre-screen is exact there)."""
        return threshold > self.scorer.off_topic_ceiling

    def at(self, threshold: float | None) -> "PreScreen | None":
        """This pre-screen for a graph built at ``threshold`` (default: the data file's), or None where
        it cannot vouch for the articles it would screen out."""
        return self if self.applies(self.scorer.threshold if threshold is None else threshold) else None

    def off_topic(self, text: str, topics: dict[str, float] | None = None) -> Relevance | None:
        """The score of ``text`` without extraction when it cannot reach the ceiling; else None (the
        extractor must run to score it). ``topics``: the text's :meth:`RelevanceScorer.terms`, when
        already counted."""
        topics = self.scorer.terms(text) if topics is None else topics
        if self.scorer.has_core_term(topics) or self.resolver.may_describe_authority(text):
            return None
        if any(m.party.tags & self.scorer.party_tags for m in self.gazetteer.find(text)):
            return None
        return self.scorer.score(text, topics=topics)


def prescreen_for(extractor) -> PreScreen:
    """The pre-screen over the vocabularies of ``extractor`` (an :class:`~.extractor.Extractor`)."""
    return PreScreen(load_scorer(), extractor.gazetteer, extractor.resolver)
