"""The event extractor: text in, parties and sourced events out (the JSON of EXTRACTION.md).

Pipeline per text: gazetteer matches -> reference resolution -> sentences ->
triggers -> roles -> kind checks -> status, date, amount and laws -> one event
per actor-target pair, deduplicated within the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .amounts import find_amounts
from .dates import find_dates, parse_published
from .gazetteer import Gazetteer, Match, load_gazetteer
from .laws import LawFinder, load_laws
from .lexicon import Lexicon, Trigger, load_lexicon
from .references import ReferenceResolver, load_resolver
from .roles import RoleAssignment, RoleFinder, group_mentions
from .sentences import split_sentences

EXTRACTOR_VERSION = "rules-0.1"
AMOUNT_ACTIONS = frozenset({"fine", "settlement", "lawsuit", "contract"})
FRAME_CONFIDENCE = {"active": 0.8, "passive": 0.85, "headline-passive": 0.7, "undergoer": 0.8,
                    "possessive": 0.85, "noun-by": 0.85}


@dataclass
class _SentenceContext:
    start: int
    end: int
    text: str
    mentions: list[Match]


class Extractor:
    """Rule-based extractor over the bundled vocabularies (or the ones given)."""

    version = EXTRACTOR_VERSION

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None,
                 resolver: ReferenceResolver | None = None, laws: LawFinder | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.lexicon = lexicon or load_lexicon()
        self.resolver = resolver or load_resolver(self.gazetteer)
        self.laws = laws or load_laws()
        self.roles = RoleFinder(self.lexicon)
        negation = "|".join(re.escape(w) for w in sorted(self.lexicon.negation, key=len, reverse=True))
        modality = "|".join(re.escape(w) for w in sorted(self.lexicon.modality, key=len, reverse=True))
        self._negation = re.compile(rf"(?<![\w])(?:{negation})(?![\w])", re.I)
        self._modality = re.compile(rf"(?<![\w])(?:{modality})(?![\w])", re.I)

    # -- public --------------------------------------------------------
    def extract(self, text: str, published: str | date | None = None, doc_id: str | None = None) -> dict:
        """Entities and events of ``text`` as the JSON document of EXTRACTION.md."""
        pub = published if isinstance(published, date) else parse_published(published)
        mentions = self.resolver.resolve(text, self.gazetteer.find(text))
        events: list[dict] = []
        seen: dict[tuple, int] = {}
        for s_start, s_end in split_sentences(text):
            sentence = text[s_start:s_end]
            local = [Match(m.start - s_start, m.end - s_start, m.surface, m.party)
                     for m in mentions if m.start >= s_start and m.end <= s_end]
            for event in self._sentence_events(sentence, s_start, local, pub):
                key = (event["actor"] and event["actor"]["id"], event["action"],
                       event["target"] and event["target"]["id"])
                if key in seen:
                    earlier = events[seen[key]]
                    if earlier["status"] != "reported" and event["status"] == "reported":
                        events[seen[key]] = event
                    continue
                seen[key] = len(events)
                events.append(event)
        result = {"entities": self._entities(mentions), "events": events}
        if doc_id is not None:
            result = {"id": doc_id, **result}
        return result

    # -- internals -----------------------------------------------------
    def _entities(self, mentions: list[Match]) -> list[dict]:
        by_id: dict[str, dict] = {}
        for m in mentions:
            entry = by_id.get(m.party.id)
            if entry is None:
                entry = by_id[m.party.id] = {"id": m.party.id, "name": m.party.name, "kind": m.party.kind,
                                             "wikidata": m.party.wikidata, "mentions": []}
            if m.surface not in entry["mentions"]:
                entry["mentions"].append(m.surface)
        return list(by_id.values())

    def _sentence_events(self, sentence: str, offset: int, mentions: list[Match], pub: date | None):
        triggers = self.lexicon.find(sentence)
        if not triggers or not mentions:
            return
        groups = group_mentions(sentence, mentions)
        dates = find_dates(sentence, pub)
        amounts = find_amounts(sentence)
        laws = self.laws.find(sentence)
        for trigger in triggers:
            if any(m.start <= trigger.start < m.end for m in mentions):
                continue  # a trigger word inside a name ("Federal Trade Commission", "Ban Ki-moon")
            for roles in self.roles.assign(sentence, trigger, groups):
                if not self._kinds_ok(trigger, roles):
                    continue
                if not self._complete(trigger, roles):
                    continue
                yield self._event(sentence, offset, trigger, roles, dates, amounts, laws, pub)

    @staticmethod
    def _complete(trigger: Trigger, roles: RoleAssignment) -> bool:
        """An event needs its actor, and its target unless the action may go without one.

        Only passive frames ("Macy's sued for $10M") may leave the actor unnamed.
        """
        action = trigger.action
        if roles.actor is None and not (roles.frame.endswith("passive") and roles.target is not None):
            return False
        if roles.target is None and not (action.no_target or action.optional_target):
            return False
        return True

    @staticmethod
    def _kinds_ok(trigger: Trigger, roles: RoleAssignment) -> bool:
        action = trigger.action
        if roles.actor is not None and action.actor_kinds and roles.actor.party.kind not in action.actor_kinds:
            return False
        if roles.target is not None and action.target_kinds and roles.target.party.kind not in action.target_kinds:
            return False
        return True

    def _status(self, sentence: str, trigger: Trigger, roles: RoleAssignment) -> str:
        left = [m.end for m in (roles.actor, roles.target) if m is not None and m.end <= trigger.start]
        window_start = max(left) if left else max(0, trigger.start - 60)
        window = sentence[window_start:trigger.start]
        if self._negation.search(window):
            return "negated"
        if self._modality.search(window):
            return "threatened"
        return "reported"

    def _event(self, sentence, offset, trigger, roles, dates, amounts, laws, pub) -> dict:
        date_value, precision = (pub.isoformat(), "day") if pub else (None, None)
        if dates:
            nearest = min(dates, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))
            date_value, precision = nearest.value.isoformat(), nearest.precision
        amount = currency = None
        if trigger.action.slug in AMOUNT_ACTIONS and amounts:
            nearest = min(amounts, key=lambda a: min(abs(a.start - trigger.end), abs(trigger.start - a.end)))
            amount, currency = nearest.value, nearest.currency
        return {
            "actor": roles.actor.party.as_ref(roles.actor.surface) if roles.actor else None,
            "action": trigger.action.slug,
            "target": roles.target.party.as_ref(roles.target.surface) if roles.target else None,
            "status": self._status(sentence, trigger, roles),
            "date": date_value,
            "date_precision": precision,
            "amount": amount,
            "currency": currency,
            "law": list(laws),
            "evidence": sentence,
            "span": [offset, offset + len(sentence)],
            "confidence": FRAME_CONFIDENCE.get(roles.frame, 0.6),
        }


_default: Extractor | None = None


def extract(text: str, published: str | date | None = None, doc_id: str | None = None) -> dict:
    """Extract with the bundled vocabularies (the extractor is built once per process)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published, doc_id)
