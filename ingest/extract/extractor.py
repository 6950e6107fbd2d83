"""The event extractor: text in, parties and sourced events out (the JSON of EXTRACTION.md).

Pipeline per text: gazetteer matches -> reference resolution -> sentences ->
triggers -> roles -> kind checks -> status, date, amount and laws -> one event
per actor-target pair, deduplicated within the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from ...graph.ids import slugify
from .amounts import find_amounts
from .dates import find_dates, parse_published
from .discourse import AFTER_PROBE, APPROVAL as _APPROVAL, Candidate, Discourse
from .gazetteer import Gazetteer, Match, Party, load_gazetteer, word_spans
from .laws import LawFinder, load_laws
from .lists import ListMembers
from .lexicon import Lexicon, Trigger, load_lexicon
from .patterns import PatternFinder, load_patterns
from .references import DATELINE, INDEFINITE_BEFORE, ReferenceResolver, load_countries, load_resolver
from .roles import (CLOSED_RELATIVE, LISTED_OBJECT, RoleAssignment, RoleFinder, group_mentions, set_demonyms,
                    set_descriptor_heads, set_role_nouns)
from .sentences import split_sentences

# measures whose own names are capitalised ("the Commerce Department's Entity List"): no party's name
_NAMED_MEASURES = frozenset({"entity list"})
# "a Google engineer", "A University of British Columbia staff member": a body before a person noun after "a"
_PERSON_NOUN_AFTER = re.compile(r"\s+(?:staff\s+member|employee|student|professor|lecturer|researcher|worker|engineer|"
                                r"scientist|executive|official|spokesperson|spokesman|spokeswoman|contractor|driver|"
                                r"courier|moderator|user|customer)s?\b")
# a retreat whose object was in use: "will stop using ShotSpotter"
_STOPPED_USING = re.compile(r"\b(?:(?:stop|stops|stopped|stopping)\s+using|dropped|dropping|drops|ditched|ditching|ditches|"
                            r"(?:end|ends|ended|ending)\s+(?:its|their)\s+use)$", re.I)
# what a negation before an event noun may deny instead of the event: "refused to throw out a lawsuit"
_UNDONE_VERB = re.compile(r"\b(?:throw\s+out|dismiss|toss|block|halt|overturn|quash|strike\s+down|lift|suspend)\s+"
                          r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "Tools for Humanity, the US company behind the project,", "..., which runs Worldcoin": the operator, then its project
_OPERATOR_BEFORE_PROJECT = re.compile(r"\s*,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|developer|start-?up|operator|"
                                      r"organi[sz]ation)\s+(?:behind|that\s+(?:runs|operates|developed|develops|built)|"
                                      r"which\s+(?:runs|operates|developed|develops|built))|(?:which|that)\s+(?:runs|operates|"
                                      r"developed|develops|built|is\s+behind))\s+(?:the\s+)?")
# "the project, run by the San Francisco and Berlin-based Tools for Humanity,": the project, then its operator
_PROJECT_BEFORE_OPERATOR = re.compile(r"\s*,\s+(?:which\s+is\s+|that\s+is\s+)?(?:run|operated|developed|built)\s+by\s+"
                                      r"(?:the\s+)?(?:[\w-]+\s+){0,6}?")
# "the High Court dismissed Ed Bridges's claim", "rejected a claim by X": the court's ruling tells a suit of the one
# whose claim it was
_CLAIM_OWNED_AFTER = re.compile(r"['\u2019]s?\s+(?:legal\s+|original\s+|data\s+protection\s+|privacy\s+)?(?:claim|case)\b")
_CLAIM_BY_BEFORE = re.compile(r"\b(?:claim|case)\s+(?:brought\s+|filed\s+)?by\s+(?:the\s+)?\Z")
_CLAIM_RULINGS = frozenset({"dismissed", "dismisses", "rejected", "rejects", "threw out", "throws out", "upheld", "upholds",
                            "allowed", "struck out"})
# what a jury makes a party pay is a verdict, damages named or not
_JURY = re.compile(r"\bjury\b", re.I)
_TO_PAY = re.compile(r"(?:\s+[^\s.;]+){0,8}?\s+to\s+pay\b", re.I)
# "ordered NSO Group to pay WhatsApp $167m in damages", "was ordered by a jury to pay $228m in damages"
# (not "... in compensation and to delete the data": an order too)
_PAY_DAMAGES = re.compile(_TO_PAY.pattern + r"[^.;]{0,100}?\b(?:damages|compensation)\b"
                          r"(?!\s+and\s+to\b)", re.I)
# "... to its trade blacklist": the list a party is added to, right before the list's noun
_ADDED_TO_LIST = re.compile(r"\bto\s+(?:its|the|a|their)\s+(?:\w+\s+)?$")
# between another party and a date that is its own: "imposed by Italy's regulator in March"
_OTHERS_DATE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:(?:on|in|last|this|earlier)\s+)?")
# an open question before a trigger: "whether it will", "if it would"
# ("was assessing whether to challenge the decision": the trigger may hold the "to")
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:or\s+not\s+)?(?:[\w'\u2019-]+\s+){0,4}$", re.I)

EXTRACTOR_VERSION = "rules-0.36"
AMOUNT_ACTIONS = frozenset({"fine", "settlement", "lawsuit", "contract"})
PENALTY_ACTIONS = frozenset({"fine", "settlement"})
FRAME_CONFIDENCE = {"active": 0.8, "obliged": 0.7, "mutual": 0.75, "passive": 0.85, "headline-passive": 0.7, "undergoer": 0.8,
                    "possessive": 0.85, "owner-passive": 0.7, "between": 0.75, "object-relative": 0.75,
                    "the-settlement": 0.6, "fronted-passive": 0.65, "stop-using": 0.65,
                    "noun-by": 0.85, "compound": 0.75, "relative": 0.8, "inverted": 0.75,
                    "intro": 0.7, "intro-passive": 0.7, "participle": 0.75,
                    "noun-passive": 0.8, "settled-suit": 0.75, "settled-suit-relative": 0.7, "dropped-suit": 0.75,
                    "alleged-against": 0.75, "seeking-from": 0.75, "asked-to-act": 0.75, "paid-penalty": 0.7,
                    "intransitive": 0.75, "asked-to-undo": 0.75, "sought-undone": 0.7, "decision-criticised": 0.7,
                    "letter-demanding": 0.75, "lodged-together": 0.7}


# what may stand between a party and the amount it is fined ("Verizon nearly $47 million", "Sprint with $12 million")
_AMOUNT_BESIDE = re.compile(r"\s+(?:with\s+)?(?:(?:a|an)\s+)?(?:(?:nearly|about|almost|around|roughly|some|more\s+than|"
                            r"over|just\s+over|just\s+under)\s+)?")

# "(The class action), first brought in 2015 by users in Illinois": a suit of people the text does not name
_BROUGHT_BY_UNNAMED = re.compile(r",?\s+(?:(?:first|originally|initially)\s+)?(?:brought|filed|launched|lodged)\s+"
                                 r"(?:(?:in|on)\s+[\w ]{1,20}?\s+)?by\s+(?:(?:a|an|the|some|several|two|three|\d[\d,]*)\s+)?"
                                 r"(?:[a-z][\w-]*\s+){0,3}?(?:users|residents|people|consumers|customers|drivers|workers|"
                                 r"employees|parents|plaintiffs|shoppers|authors|artists|members|subscribers|patients|"
                                 r"students)\b")

class Extractor:
    """Rule-based extractor over the bundled vocabularies (or the ones given)."""

    version = EXTRACTOR_VERSION

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None,
                 resolver: ReferenceResolver | None = None, laws: LawFinder | None = None,
                 patterns: PatternFinder | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.lexicon = lexicon or load_lexicon()
        self.resolver = resolver or load_resolver(self.gazetteer)
        self.patterns = patterns or load_patterns(self.gazetteer)
        self.lists = ListMembers(self.gazetteer, self.patterns.not_names, set(self.patterns.country_of),
                                 self.patterns.role_titles, self.patterns.descriptor_heads)
        self.laws = laws or load_laws()
        self.roles = RoleFinder(self.lexicon)
        set_demonyms(c.adjective for c in load_countries())
        set_role_nouns(self.patterns.role_titles)
        set_descriptor_heads(self.patterns.descriptor_heads)
        self.discourse = Discourse(self.lexicon, self.gazetteer)
        # cities the gazetteer names only in full ("Austin, Texas"), by their short name
        self._short_cities = {p.name.split(",")[0]: p for p in self.gazetteer.parties.values()
                              if "city" in p.tags and "," in p.name}
        negation = "|".join(re.escape(w) for w in sorted(self.lexicon.negation, key=len, reverse=True))
        modality = "|".join(re.escape(w) for w in sorted(self.lexicon.modality, key=len, reverse=True))
        self._negation = re.compile(rf"(?<![\w])(?:{negation})(?![\w])", re.I)
        self._modality = re.compile(rf"(?<![\w])(?:{modality})(?![\w])", re.I)
        # (a space matches a hyphen too: "proposed class-action lawsuits")
        real = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in self.lexicon.not_modality) or r"(?!x)x"
        self._not_modality = re.compile(rf"(?<![\w])(?:{real})(?![\w])", re.I)
        announcing = "|".join(re.escape(w) for w in self.lexicon.announcing_modals) or r"(?!x)x"
        self._announcing = re.compile(rf"(?<![\w])(?:{announcing})(?![\w])", re.I)

    # -- public --------------------------------------------------------
    def mentions(self, text: str) -> list[Match]:
        """Every party mention: gazetteer names, name patterns, then references to them."""
        named = [_with_legal_suffix(text, m) for m in self.resolver.disambiguate(text, self.gazetteer.find(text))]
        # "Australia's Information Commissioner": the national description wins over the generic
        # name inside it (which the gazetteer may know as another country's regulator).
        offices = self.patterns.offices(text, named)
        national = self.resolver.national(text, [])
        # (but not inside a longer gazetteer name: "The Office of the Australian Information Commissioner")
        wins = [w for w in offices + national if not any(
            m.start <= w.start and w.end <= m.end and m.end - m.start > w.end - w.start for m in named)]
        named = [m for m in named if not any(w.start < m.end and m.start < w.end for w in wins)]
        for w in sorted(wins, key=lambda w: w.start):
            # several wins may share one span ("regulators in Italy and Greece": one per country)
            if not any(x.start < w.end and w.start < x.end and not (x in wins and (x.start, x.end) == (w.start, w.end))
                       for x in named):
                named.append(w)
        found = self.patterns.find(text, named)
        # a place that opens a longer name the patterns found ("Chicago Alliance Against ...") is part of it
        named = [m for m in named if not any(f.start <= m.start and m.end <= f.end and f.end - f.start > m.end - m.start
                                             for f in found)]
        named = self._generic_to_named(sorted(named + found, key=lambda m: m.start))
        named = self._short_form_of_known(named, found)
        # "Illinois' Biometric Information Privacy Act", "the same Illinois law": the place names a law
        named = [m for m in named if not (m.party.is_place and _LAW_AFTER.match(text, m.end))]
        # "the San Francisco-based company": the place describes a party
        named = [m for m in named if not (m.party.is_place and text.startswith("-based", m.end))]
        named = sorted(named + _repeats(text, found, named), key=lambda m: m.start)
        named = sorted(named + _short_names(text, named), key=lambda m: m.start)
        named = sorted(named + _cities_of_bodies(text, named, self._short_cities), key=lambda m: m.start)
        named = sorted(named + _known_as(text, named), key=lambda m: m.start)
        listed = self.lists.find(text, named)
        named = sorted(named + listed, key=lambda m: m.start)
        named = sorted(named + _repeats(text, listed, named), key=lambda m: m.start)
        named = _police_heads(named)
        # "A University of British Columbia staff member", "a Google engineer": the body only describes a person
        resolved = self.resolver.metonyms(text, self.resolver.resolve(text, named, national))
        # ("her firm": the description is the firm's, its possessive no mention of the person of its own)
        owners = {m.start for m in resolved if m.surface.lower().startswith(("his ", "her "))}
        # (a dateline's place may still be "the city" of the story: it is dropped only after references are resolved)
        # ("VICTORIA, British Columbia – Twelve stores ...": the region after the city is the dateline's too)
        datelines = [(d.start("place"), d.end()) for d in DATELINE.finditer(text)]
        return [m for m in resolved
                if not any(start <= m.start and m.end <= end for start, end in datelines)
                and not (m.party.is_place and _LAW_AFTER.match(text, m.end))
                and not (INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) and _PERSON_NOUN_AFTER.match(text, m.end))
                and not (m.surface.lower() in ("his", "her") and m.start in owners)]

    def _short_form_of_known(self, named: list[Match], found: list[Match]) -> list[Match]:
        """"Migration Ministry" in a story about the "Ministry of Migration and Asylum": a name the patterns
        found whose words all belong to the name of one known body of the same kind the text names is that
        body."""
        found_ids = {id(m) for m in found}
        known = [m.party for m in named if id(m) not in found_ids and self.gazetteer.get(m.party.id) is not None]
        out = []
        for m in named:
            words = set(_NAME_WORD.findall(m.surface.lower())) - _NAME_GLUE \
                if id(m) in found_ids and m.party.kind in ("government", "regulator", "court", "police") else set()
            if len(words) >= 2:
                # (a council the patterns took for a government may be a known group: "the Consumer Council" in a
                # story about the Norwegian Consumer Council)
                bodies = {p.id: p for p in known if (p.kind == m.party.kind or (
                    m.party.kind == "government" and p.kind == "advocacy"
                    and p.name.split()[-1].lower() == m.surface.split()[-1].lower())) and any(
                    words <= set(_NAME_WORD.findall(n.lower())) for n in (p.name, *p.aliases))}
                if len(bodies) == 1:
                    m = Match(m.start, m.end, m.surface, next(iter(bodies.values())))
            out.append(m)
        return out

    def _generic_to_named(self, named: list[Match]) -> list[Match]:
        """A generic regulator name ("the Information Commissioner") means the one regulator the text names
        in full that bears it (the OAIC in an Australian story), not the gazetteer's default bearer."""
        out = []
        for m in named:
            if m.surface.lower() in self.patterns.generic_dpa:
                bearers = {e.party.id: e.party for e in named if e is not m and e.party.kind == "regulator"
                           and e.surface.lower() != m.surface.lower()
                           and any(m.surface.lower() in n.lower() for n in (e.party.name, *e.party.aliases))}
                if len(bearers) == 1 and m.party.id not in bearers:
                    m = Match(m.start, m.end, m.surface, next(iter(bearers.values())))
            out.append(m)
        return out

    def extract(self, text: str, published: str | date | None = None, doc_id: str | None = None) -> dict:
        """Entities and events of ``text`` as the JSON document of EXTRACTION.md."""
        pub = published if isinstance(published, date) else parse_published(published)
        mentions = self.mentions(text)
        candidates: list[Candidate] = []
        court_sentences: set[int] = set()
        contexts = {}
        starts = [m.start for m in mentions]  # (mentions come sorted by start)
        for index, (s_start, s_end) in enumerate(split_sentences(text)):
            sentence = text[s_start:s_end]
            local = [Match(m.start - s_start, m.end - s_start, m.surface, m.party)
                     for m in mentions[bisect_left(starts, s_start):bisect_left(starts, s_end)] if m.end <= s_end]
            if any(m.party.kind == "court" for m in local) or _IN_COURT.search(sentence):
                court_sentences.add(index)
            contexts[index] = (sentence, s_start, local)
            candidates.extend(self._candidates(index, sentence, s_start, local))
        spans: dict[tuple[int, int], set[str]] = {}
        for m in mentions:
            spans.setdefault((m.start, m.end), set()).add(m.party.id)
        shared = {span for span, ids in spans.items() if len(ids) > 1}  # "both retailers": several parties
        surfaces = _surfaces(text, mentions)
        events: list[dict] = []
        seen: dict[tuple, int] = {}
        one_side = self._operators_of_projects(text, mentions)
        for c in self.discourse.resolve(candidates, court_sentences, mentions, text):
            sentence, s_start, _ = contexts[c.sentence]
            if not self._complete(c, sentence) or not self._kinds_ok(c):
                continue
            event = self._event(sentence, s_start, c, pub, shared, surfaces)
            # (an act on a project and on the company the story says runs it is told twice, not done twice)
            key = tuple(one_side.get(k, k) for k in c.key)
            if c.action.symmetric:
                # ("Google agreed to pay Texas", "the settlement, announced by Attorney General Ken Paxton": a state's
                # settlement is one whether the state or its office is named)
                key = tuple(self._state_of_office(k) for k in key)
                if key[0] is not None and key[2] is not None and key[2] < key[0]:
                    key = (key[2], key[1], key[0])  # ("the FTC settled with Ring", "Ring agreed to pay": one settlement)
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
    def _state_of_office(self, party_id: str | None) -> str | None:
        """The government a government office belongs to ("texas-attorney-general" -> "texas"), else the id."""
        party = self.gazetteer.get(party_id) if party_id else None
        parent = self.gazetteer.get(party.parent) if party is not None and party.parent else None
        return parent.id if parent is not None and party.kind == parent.kind == "government" else party_id

    def _operators_of_projects(self, text: str, mentions: list[Match]) -> dict[str, str]:
        """Company ids the text says run a project of the gazetteer's family ("Tools for Humanity, the company behind
        the project", "Worldcoin, run by Tools for Humanity"), each mapped to the project's id."""
        out: dict[str, str] = {}
        for i, a in enumerate(mentions):
            # (past a description of the first one: "Tools for Humanity, the US company behind the project")
            b = next((m for m in mentions[i + 1:i + 4] if m.party.id != a.party.id), None)
            if b is None or {a.party.kind, b.party.kind} - {"company", "platform", "product"} \
                    or not self.gazetteer.related(a.party.id, b.party.id) or b.start - a.end > 120:
                continue
            if _OPERATOR_BEFORE_PROJECT.fullmatch(text, a.end, b.start):
                out[a.party.id] = b.party.id
            elif _PROJECT_BEFORE_OPERATOR.fullmatch(text, a.end, b.start):
                out[b.party.id] = a.party.id
        return out

    def _entities(self, mentions: list[Match]) -> list[dict]:
        by_id: dict[str, dict] = {}
        for m in mentions:
            if m.party.is_unnamed:
                continue
            entry = by_id.get(m.party.id)
            if entry is None:
                entry = by_id[m.party.id] = {"id": m.party.id, "name": m.party.name, "kind": m.party.kind,
                                             "wikidata": m.party.wikidata, "mentions": []}
            if m.surface not in entry["mentions"]:
                entry["mentions"].append(m.surface)
        return list(by_id.values())

    def _candidates(self, index: int, sentence: str, offset: int, mentions: list[Match]) -> list[Candidate]:
        if not mentions:
            return []
        triggers = self.lexicon.find(sentence)
        if not triggers:
            return []
        groups = group_mentions(sentence, mentions)
        headline = _headline(sentence)
        # a trigger word inside a name ("Federal Trade Commission", "Court of Appeal") is no action
        # (but "His employment tribunal claim": a generic body named in lower case inside a longer trigger)
        triggers = [t for t in triggers if not any(m.start <= t.start < m.end
                                                   and not (m.end < t.end and m.surface[:1].islower()) for m in mentions)
                    and not (t.text[:1].isupper() and t.start > 0 and not headline
                             and t.text.lower() not in _NAMED_MEASURES)
                    and not (t.text.lower() in _TELLING and _TOLD_THAT.match(sentence, t.end))
                    and not (not t.is_verb and _ATTRIBUTION.match(sentence, t.end)
                             and _ATTRIBUTION_OPENING.search(sentence, max(0, t.start - 40), t.start))
                    and not (not t.is_verb and _told_before(sentence, t))
                    # ", ruling on a complaint that X filed": the participle tells what the measure before it decided
                    and not (t.action.slug == "ruling" and t.text.lower() == "ruling"
                             and sentence[:t.start].rstrip().endswith(",") and _RULING_ON_FILING.match(sentence, t.end))
                    # "Israeli data-scraping company Bright Data": the activity describes the firm
                    and not (t.action.slug == "data_collection" and t.text.lower().endswith("ing")
                             and _DESCRIBED_FIRM.match(sentence, t.end))]
        out = []
        for i, trigger in enumerate(triggers):
            if trigger.is_verb and trigger.action.slug == "ruling" and i and not triggers[i - 1].is_verb \
                    and not sentence[triggers[i - 1].end:trigger.start].strip():
                continue  # "An ICO investigation found that ...": the noun is the subject, not a second event
            if trigger.is_verb and trigger.action.slug == "ban" and i + 1 < len(triggers) \
                    and not triggers[i + 1].is_verb and triggers[i + 1].action.slug in ("fine", "ban", "order") \
                    and _ORDERED_A.fullmatch(sentence, trigger.end, triggers[i + 1].start) \
                    and any(m.party.kind == "court" and m.end <= trigger.start for m in mentions):
                # "A court in Rome has suspended the €15 million fine": the court rules on the fine
                trigger = Trigger(self.lexicon.actions["ruling"], trigger.start, trigger.end, trigger.text, True)
            if not trigger.is_verb and i and triggers[i - 1].is_verb and _LISTED_PRESENT.fullmatch(trigger.text) \
                    and _LISTED_PRESENT.fullmatch(triggers[i - 1].text.split()[0]) \
                    and re.search(r"[^,],\s+$", sentence[:trigger.start]):
                # "CNIL fines Clearview AI €20 million, orders deletion of data": a verb listed after another
                trigger = Trigger(trigger.action, trigger.start, trigger.end, trigger.text, True)
            if trigger.is_verb and trigger.action.slug == "order" and trigger.text.lower().endswith("ing") and i \
                    and triggers[i - 1].action.slug == "order" and not triggers[i - 1].is_verb \
                    and re.fullmatch(r"[^.;,]{0,80}?\s", sentence[triggers[i - 1].end:trigger.start]):
                continue  # "an order by the province's commissioner requiring it to stop": the order told again
            if trigger.is_verb and trigger.action.slug == "ban" and trigger.text.lower().endswith("ing") and i \
                    and triggers[i - 1].action.slug == "order" and not triggers[i - 1].is_verb \
                    and not sentence[triggers[i - 1].end:trigger.start].strip():
                continue  # "issued an emergency order banning Facebook from ...": one act, the order
            if trigger.is_verb and trigger.action.slug == "order" and i + 1 < len(triggers) \
                    and triggers[i + 1].action.slug == "ban" and not triggers[i + 1].is_verb \
                    and _ORDERED_A.fullmatch(sentence, trigger.end, triggers[i + 1].start):
                continue  # "ordered an immediate block on DeepSeek's chatbot": one act, the ban
            adder = next((t for t in reversed(triggers[:i]) if t.action.slug == "ban" and t.is_verb), None) \
                if not trigger.is_verb and trigger.action.slug == "ban" else None
            listed_to = _ADDED_TO_LIST.search(sentence, adder.end, trigger.start) \
                if adder is not None and adder.text.lower().startswith("add") else None
            if listed_to and any(adder.end <= g.start < listed_to.start() and not g.members[0].party.is_place
                                 for g in groups):
                # "added Intellexa and Cytrox, ..., to its trade blacklist": the list is the act told (but "added 28
                # organisations to its blacklist, including X and Y": the list's own names)
                continue
            assigned = self.roles.assign(sentence, trigger, groups, triggers)
            if trigger.action.slug == "settlement" and not trigger.is_verb \
                    and not any(r.actor or r.target for r in assigned):
                # "The settlement, filed in court on Monday, ...", "A suit by X against Y ended in a settlement": the
                # settlement of the suit the story told (in the sentences before, or in this one)
                if _THE_SETTLEMENT.match(sentence, 0, trigger.start):
                    assigned = [RoleAssignment(None, None, "the-settlement")]
                elif any(t.action.slug in ("lawsuit", "order", "ban", "fine") and t.end <= trigger.start for t in triggers):
                    assigned = [RoleAssignment(None, None, "the-settlement-same")]
            if trigger.action.slug == "investigation" and not trigger.is_verb and not any(r.actor or r.target for r in assigned) \
                    and _THE_INQUIRY.match(sentence, 0, trigger.start) and _BEGAN_AFTER.match(sentence, trigger.end):
                # "The investigation began after drivers complained ...": the inquiry behind the story's decision
                assigned = [RoleAssignment(None, None, "the-investigation")]
            for roles in assigned:
                if roles.actor is None and roles.target is None and roles.frame == "passive" \
                        and trigger.action.slug in _SAID_BY_ISSUER_ACTIONS and trigger.is_verb \
                        and _said_by_authority(sentence, trigger, mentions):
                    # "A Dutch company has been fined 725,000 euros ..., the Netherlands' data protection authority
                    # said": the authority that says so fined the firm it does not name
                    roles = RoleAssignment(None, None, "passive-unnamed")
                if roles.actor is None and roles.target is None and roles.frame == "passive" \
                        and trigger.action.slug == "settlement" and any(
                            t.action.slug == "lawsuit" and t.end <= trigger.start for t in triggers):
                    # "A class action accusing Facebook of ... was settled for $650 million": the suit's sides settle
                    roles = RoleAssignment(None, None, "suit-settled")
                if roles.actor is None and roles.target is None and trigger.action.slug == "ruling" \
                        and _APPROVAL.match(trigger.text) and any(
                            t.action.slug in ("settlement", "lawsuit") and t.start >= trigger.end for t in triggers):
                    # "A federal judge approved a $650 million settlement of a class action accusing Facebook":
                    # the court and the settling party come from the story and the settled suit
                    roles = RoleAssignment(None, None, "approved-settlement")
                if roles.actor is not None and roles.target is None and trigger.action.slug == "investigation" \
                        and not trigger.is_verb and _FRONTED_PROBE.match(sentence[:trigger.start]):
                    # "After an investigation by the FTC, Ring agreed to pay $5.8 million": the clause's subject
                    comma = sentence.find(",", trigger.end)
                    subject = next((m for m in mentions if comma >= 0 and m.start > comma
                                    and m.party.id != roles.actor.party.id), None)
                    if subject is not None and sentence[comma + 1:subject.start].strip(" ").lower() not in ("", "the"):
                        subject = None
                    if subject is not None:
                        roles = RoleAssignment(roles.actor, subject, "fronted-probe")
                if (roles.actor is None or roles.actor.party.kind not in ("regulator", "government", "court", "police")) \
                        and trigger.action.slug == "investigation" and not trigger.is_verb and roles.frame != "joint" \
                        and AFTER_PROBE.search(sentence, 0, trigger.start) and not _PROBE_BY.match(sentence, trigger.end):
                    # "fined Didi Global ..., concluding a probe that began ...": the deciding authority's inquiry
                    roles = RoleAssignment(None, roles.target, "after-probe" if roles.target else "after-probe-bare")
                if roles.actor is None and roles.target is None and not trigger.is_verb \
                        and trigger.action.slug in ("fine", "order", "ban") and any(
                            t.action.slug == "appeal" and t.is_verb and t.end <= trigger.start
                            and trigger.start - t.end <= 60 and "," not in sentence[t.end:trigger.start]
                            for t in triggers):
                    # "Meta appeals record €1.2bn EU privacy fine": a measure of no named maker, on the appellant
                    # (not one a clause after a comma tells: "AMS appealed, and the court overturned the ban")
                    roles = RoleAssignment(None, None, "challenged-unnamed")
                if roles.actor is None and roles.target is None and roles.frame not in (
                        "joint", "the-settlement", "the-settlement-same", "passive-unnamed", "suit-settled",
                        "approved-settlement", "after-probe-bare", "challenged-unnamed", "the-investigation"):
                    continue  # (the unnamed partner of a joint investigation comes from the story)
                if trigger.action.slug == "criticism" and trigger.text.lower() in ("accused", "accuses") \
                        and roles.actor is not None and roles.actor.party.kind in ("regulator", "government", "court", "police"):
                    continue  # "the FTC accused Kochava of selling data": the authority's charge, told with its case
                if roles.actor is not None and not trigger.is_verb and roles.actor.end <= trigger.start \
                        and trigger.action.slug in ("order", "ban", "fine", "cease_and_desist", "ruling") \
                        and _REACTED_TO.search(sentence, roles.actor.end, trigger.start):
                    # "WhatsApp welcomed the injunction": who welcomes a measure (or argues about one) did not make it
                    roles = RoleAssignment(None, roles.target, roles.frame + "+reacted")
                    if roles.target is None:
                        continue
                if _pronoun_of_partner(roles, groups):
                    continue  # "apps such as Life360 and GasBuddy, and of using it": "it" is no partner's
                if trigger.action.slug == "criticism" and trigger.text.lower() in ("warned", "warns", "warning") \
                        and roles.actor is not None and roles.actor.party.kind in ("regulator", "court", "government") \
                        and _WARNED_THAT.match(sentence, trigger.end):
                    continue  # "its chairman warned that organisations using Clearview could face fines": a caution
                demand = _TOLD_TO_STOP.search(sentence, max(0, trigger.start - 120), trigger.start) \
                    if trigger.action.slug == "contract" and trigger.is_verb else None
                if demand is not None:
                    out.extend(self._ban_of_use(index, sentence, offset, trigger, roles, demand, mentions))
                    roles = _addressees_use(sentence, trigger, roles, demand, mentions)
                    if roles is None:
                        continue
                if trigger.action.slug == "ban" and roles.actor is not None and roles.actor.party.kind == "company" \
                        and roles.target is not None and "platform-owner" not in roles.frame and not (
                            roles.target.start >= trigger.end
                            and (_DIRECT_OBJECT.fullmatch(sentence, trigger.end, roles.target.start)
                                 # ("banned six named companies from its platforms: A, B and C")
                                 or LISTED_OBJECT.match(sentence, trigger.end)
                                 # "removed accounts tied to seven surveillance firms, including Black Cube and Cytrox"
                                 or (re.search(r"\b(?:to|of|by|with)$", trigger.text)
                                     and _LISTED_AMONG.fullmatch(sentence, trigger.end, roles.target.start)))):
                    continue  # a company bans only whom it names right after the verb ("Meta boots X from ...") or
                    # shuts out of its own services ("have been banned from Meta's services")
                if _licensor_first(roles, trigger):
                    # "News Corp signed a content licensing deal with OpenAI": the AI company pays
                    roles = RoleAssignment(roles.target, roles.actor, roles.frame + "+licensor")
                if trigger.action.slug == "contract" and roles.target is not None \
                        and roles.target.party.tags & trigger.action.licensor_tags \
                        and _ACCUSED_OF.search(sentence, max(0, trigger.start - 60), trigger.start):
                    continue  # "accusing them of using millions of the newspaper's articles": no licence bought
                if trigger.action.slug == "data_collection" and not trigger.is_verb and roles.frame == "active":
                    continue  # "a case against Google over biometric data collection": nobody is said to collect
                if trigger.action.slug in ("ban", "withdrawal") and trigger.is_participle and any(
                        t.action.slug == "order" and t.is_verb and t.end <= trigger.start
                        and _OBJECT_ONLY.fullmatch(sentence, t.end, trigger.start) for t in triggers):
                    continue  # "ordered DeepSeek's chatbot blocked": the order's object, blocked by the order's maker
                if trigger.action.slug == "settlement" and trigger.text.lower() == "to pay" \
                        and _ORDERED_TO_PAY.search(sentence, max(0, trigger.start - 100), trigger.start):
                    continue  # "ordering a municipality to pay 200,000 kronor": a fine, no settlement
                if trigger.action.slug == "cease_and_desist" and _DEMAND_PARTICIPLE.match(trigger.text) \
                        and sentence[:trigger.start].rstrip().endswith(",") \
                        and any(t.action.slug in ("lawsuit", "complaint") and t.end <= trigger.start for t in triggers):
                    continue  # "filed a lawsuit against Perplexity, demanding that it stop": the suit's demand, in court
                action = trigger.action
                if action.slug == "complaint" and not trigger.is_verb and _COMPLAINT_NAMES.match(sentence, trigger.end):
                    action = self.lexicon.actions["lawsuit"]  # "Parks's complaint names the Woodbridge police": a court filing
                owned = next((g for g in groups if g.start >= trigger.end
                              and re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger.end:g.start])
                              and re.match(r"['\u2019]s?\s", sentence[g.end:])), None) \
                    if action.slug == "withdrawal" and trigger.is_verb and roles.actor is not None \
                    and roles.actor.party.kind in ("government", "police", "regulator", "court") \
                    and not re.search(r"\b(?:using|use)\b", trigger.text) else None  # (its own use of X's product)
                if owned is not None and owned.members[0].party.id != roles.actor.party.id \
                        and not owned.members[0].party.is_place:
                    # "Kenya halted Worldcoin's operations": an authority stops another's activity, a ban
                    action = self.lexicon.actions["ban"]
                    roles = RoleAssignment(roles.actor, owned.members[0], roles.frame + "+halted-others")
                if action.slug in ("fine", "order") and trigger.is_verb \
                        and (roles.actor is None or roles.actor.party.kind == "court") \
                        and (_PAY_DAMAGES.match(sentence, trigger.end)
                             or (roles.actor is not None and _JURY.search(roles.actor.party.name)
                                 and _TO_PAY.match(sentence, trigger.end))):
                    # "a jury ordered NSO to pay WhatsApp $167m in damages": a verdict (what a jury makes one pay is
                    # always one)
                    action = self.lexicon.actions["ruling"]
                candidate = Candidate(index, offset, offset + len(sentence), trigger, action,
                                      roles.actor, roles.target, roles.frame,
                                      extra={"local": [m for m in (roles.actor, roles.target) if m],
                                             "sentence_mentions": mentions})
                candidate.status = self._status(sentence, candidate)
                if trigger.action.slug == "contract" and any(
                        t.action.slug == "withdrawal" and t.end <= trigger.start and not sentence[t.end:trigger.start].strip()
                        for t in triggers):
                    candidate.status = "reported"  # "would move away from using ID.me": the use was real
                out.append(candidate)
                claimant = roles.target if action.slug == "ruling" and trigger.text.lower() in _CLAIM_RULINGS \
                    and roles.target is not None and roles.target.party.kind in ("person", "advocacy", "company", "platform") \
                    and (_CLAIM_OWNED_AFTER.match(sentence, roles.target.end)
                         or _CLAIM_BY_BEFORE.search(sentence, max(0, roles.target.start - 30), roles.target.start)) else None
                if claimant is not None:
                    suit = Candidate(index, offset, offset + len(sentence), trigger, self.lexicon.actions["lawsuit"],
                                     claimant, None, "claim-of", extra={"local": [claimant], "sentence_mentions": mentions})
                    suit.status = "reported"
                    out.append(suit)
                used = next((g for g in groups if g.start >= trigger.end and _STOPPED_USING.search(trigger.text)
                             and re.fullmatch(r"\s+(?:of\s+)?(?:the\s+)?" if trigger.text.lower().endswith("use")
                                              else r"\s+(?:the\s+)?", sentence[trigger.end:g.start])), None) \
                    if trigger.action.slug == "withdrawal" and roles.actor is not None and candidate.status == "reported" else None
                if used is not None and _CASE_NOUN_AFTER.match(sentence, used.end):
                    used = None  # "Australia's privacy regulator drops Clearview AI case": a case dropped, nothing used
                for thing in (used.members if used is not None else []):
                    if thing.party.kind in ("company", "product", "platform") and thing.party.id != roles.actor.party.id:
                        # "Chicago will stop using ShotSpotter", "is ending its use of PredPol": it used it until now
                        bought = Candidate(index, offset, offset + len(sentence), trigger, self.lexicon.actions["contract"],
                                           roles.actor, thing, "stopped-using",
                                           extra={"local": [roles.actor, thing], "sentence_mentions": mentions})
                        bought.status = "reported"
                        out.append(bought)
        return out

    def _ban_of_use(self, index: int, sentence: str, offset: int, trigger: Trigger, roles: RoleAssignment,
                    demand: re.Match, mentions: list[Match]) -> list[Candidate]:
        """"The attorney general told police across the state to stop using Clearview AI": a government that
        makes the bodies under it stop using a product bans the product."""
        if roles.target is None:
            return []
        demander = next((m for m in reversed(mentions) if m.end <= demand.start("verb")
                         and _DEMANDER_GAP.fullmatch(sentence, m.end, demand.start("verb"))), None)
        if demander is None or demander.party.kind != "government" or demander.party.id == roles.target.party.id:
            return []
        ban = Candidate(index, offset, offset + len(sentence), trigger, self.lexicon.actions["ban"], demander,
                        roles.target, "stop-using", extra={"local": [demander, roles.target], "sentence_mentions": mentions})
        ban.status = "reported"
        return [ban]

    @staticmethod
    def _complete(c: Candidate, sentence: str = "") -> bool:
        """An event needs its actor (unless the action may go without, in a passive, settled-suit or
        undergoer frame, or as a noun filed against its target) and its target (unless the action may go
        without one)."""
        unnamed_ok = "passive" in c.frame or c.frame.startswith(("settled-suit", "noun-names", "alleged-against", "paid-penalty",
                                                                    "challenged-unnamed")) or c.frame == "undergoer" or (
            not c.trigger.is_verb and c.target is not None and _filed_against(sentence, c.trigger.end, c.target.start)) or (
            # "The case against Suno was filed in federal court": filed by someone the text does not name here
            not c.trigger.is_verb and c.target is not None and c.trigger.text.lower().endswith("against")
            and _FILED_AFTER_TARGET.match(sentence, c.target.end) is not None) or (
            # "The class action, first brought in 2015 by users in Illinois, accused the social network": people the
            # text does not name
            not c.trigger.is_verb and c.target is not None and c.action.slug in ("lawsuit", "complaint")
            and _BROUGHT_BY_UNNAMED.match(sentence, c.trigger.end) is not None) or (
            # "The class action, filed in an Illinois state court, claimed that Instagram ...": the suit opens the
            # sentence and says what its target did
            not c.trigger.is_verb and c.target is not None and c.action.slug == "lawsuit"
            and _SUIT_SUBJECT.fullmatch(sentence, 0, c.trigger.start) is not None
            and (claimed := _SUIT_CLAIMED.match(sentence, c.trigger.end)) is not None
            and c.target.start >= claimed.end()) or (
            # "a class of authors who sued the AI company": people the text does not name
            c.trigger.is_verb and c.frame == "active" and c.action.slug in ("lawsuit", "complaint")
            and (_UNNAMED_WHO.search(sentence, max(0, c.trigger.start - 60), c.trigger.start) is not None
                 or _UNNAMED_PEOPLE_SUBJECT.fullmatch(sentence, 0, c.trigger.start) is not None))
        # "Privacy campaigners condemned the decision", "Civil liberties groups have criticised X": critics the text
        # does not name
        critics = c.trigger.is_verb and c.frame.startswith("active") and c.action.slug == "criticism" \
            and _UNNAMED_CRITICS_SUBJECT.fullmatch(sentence, 0, c.trigger.start) is not None
        if c.actor is None and (c.target is None or not ((c.action.optional_actor and unnamed_ok) or critics)):
            return False
        if c.actor is None and c.action.slug in ("ban", "order") and _UNDER_SETTLEMENT.search(sentence):
            return False  # "Under the settlement, Clearview AI is barred from ...": terms agreed, no authority's act
        if c.target is None and c.action.slug == "ban" and c.actor is not None and c.actor.party.kind in ("company", "platform"):
            return False  # "Uber deactivated his account": a user the text does not name
        if c.target is None and not (c.action.no_target or c.action.optional_target
                                     or c.frame.startswith(("passive-unnamed", "active-unnamed"))):
            return False
        return True

    @staticmethod
    def _kinds_ok(c: Candidate) -> bool:
        action = c.action
        if c.actor is not None and action.actor_kinds and c.actor.party.kind not in action.actor_kinds:
            return False
        if c.target is not None and action.target_kinds and c.target.party.kind not in action.target_kinds:
            return False
        return True

    def _status(self, sentence: str, c: Candidate) -> str:
        trigger = c.trigger
        left = [m.end for m in c.extra.get("local", []) if m.end <= trigger.start]
        window_start = max(left) if left else max(0, trigger.start - 60)
        if c.frame.endswith("reported-finding"):
            # "X tracked users even when the app was not open, an investigation by Y has found": the negation is
            # the reported clause's
            window_start = max(window_start, sentence.rfind(",", 0, trigger.start) + 1)
        clause = max([window_start, *(m.end() for m in _CLAUSE_JOIN.finditer(sentence) if m.end() <= trigger.start)])
        window = sentence[clause:trigger.start]
        denials = list(_DENIED_THAT.finditer(sentence, 0, trigger.start))
        denial = denials[-1] if denials else None
        if denial is not None and not _DENIAL_ENDS.search(sentence, denial.end(), trigger.start):
            return "negated"  # "Italy's government denied that its services had used spyware made by Paragon"
        if c.frame.startswith("obliged") and re.search(r"\band\s+$", window):
            window = ""  # "will be prohibited from selling data and must delete it": the obligation is a clause of its own
        if "passive" in c.frame:
            # "was, with immediate effect and pending an investigation, blocked": the parenthesis does not hedge
            window = _PARENTHESIS_AFTER_AUX.sub(lambda m: m.group(1) + " ", window)
        closed = CLOSED_RELATIVE.match(window)
        if closed is not None:
            window = window[closed.end():]  # "X, who says he had never been there, has sued": the clause is X's
        undergone = list(self.roles.undergoer.finditer(window)) if c.frame == "undergoer" else []
        if undergone:
            # "Apple's plan to scan ... drew opposition": the plan is Apple's; "could face a fine" stays hedged
            verb = undergone[-1].start()
            if re.search(r"\bor\s+$", window[:verb]):
                return "threatened"  # "five days to take it down or face a lawsuit": the alternative threatened
            aux = _AUXILIARIES_BEFORE.search(window, 0, verb)
            window = window[aux.start() if aux else verb:]
        framed = _PHRASE_BEFORE_NOUN.search(window) if not trigger.is_verb else None
        if framed is not None and re.match(r"(?:through|via)\b", framed.group(0), re.I) \
                and _MODAL_MEANS.search(window, 0, framed.start()):
            return "threatened"  # "said it could seek damages through a class action": the means of a maybe
        if framed is not None:
            # "will no longer be allowed to arrest people ... under a settlement": the settlement is a fact
            window = window[framed.start():]
        if not trigger.is_verb and _UNDOING.search(window):
            return "reported"  # "asked the court to lift a ban imposed by X": the ban to be lifted was imposed
        if trigger.text.lower().startswith("to "):
            window = window.rstrip() + " to"
        if _STOP_DOING.search(window) and trigger.is_verb and trigger.text.lower().endswith("ing") \
                and c.action.slug == "data_collection":
            return "reported"  # "demanding that the startup stop scraping": the scraping was going on
        if not trigger.is_verb and _REQUESTED_FOR.search(window):
            return "threatened"  # "rejected a request by a consumer group for an injunction that would have ...": asked for
        if trigger.is_verb and _DEMANDED_BE.search(sentence, max(0, trigger.start - 100), trigger.start):
            return "threatened"  # "demanding that the ChatGPT maker be fined": asked for, not done
        if c.action.slug == "contract" and trigger.is_verb \
                and _ALLEGED_THAT.search(sentence, max(0, trigger.start - 120), trigger.start):
            return "threatened"  # "to investigate allegations that the government used Pegasus": alleged, not told
        if _CONDITIONAL.match(sentence) and sentence.find(",") < trigger.start:
            return "threatened"  # "If Clearview fails to comply, the company will have to pay ..."
        relative = _RELATIVE_OPENS.search(window) if trigger.is_verb else None
        if relative is not None:
            window = window[relative.end():]  # "no guidelines on where the system, which uses X, could go": its own clause
        negated = self._negation.search(window)
        aux = _AUX_BEFORE_TRIGGER.search(window) if negated is not None else None
        if aux is not None and re.search(r"[a-z]{3,}", window[negated.end():aux.start()]) \
                and negated.group(0).lower() != "none of":  # ("none of those penalties has been overturned": the subject's)
            negated = None  # "a woman who says she did not commit the crime has sued": the negation is another verb's
        if negated is not None and not trigger.is_verb and _UNDONE_VERB.search(window, negated.end()):
            negated = None  # "refused to throw out a lawsuit against X": the dismissal is refused, the suit stands
        if negated is not None and not (c.action.slug == "settlement" and negated.group(0).lower().endswith(" from")
                                        and _PURPOSE_AFTER_BAN.match(window, negated.end())):
            # ("will be prohibited from using X for five years to settle FTC charges": the settlement is real)
            return "negated"
        if _WHETHER.search(sentence, max(0, trigger.start - 60), trigger.start):
            return "threatened"  # "has not said whether it will investigate": an open question
        if re.fullmatch(r"\s*to\s*|\s*to\s+[^.;,]{0,80}?\s+and\s+(?:to\s*)?", window) and c.actor is not None and _DEMANDED_OF.search(
                sentence[max(0, c.actor.start - 80):c.actor.start]):
            return "threatened"  # "YouTube orders Clearview to quit harvesting": demanded, not done
        asking = _ASKING_BEFORE.search(sentence, max(0, trigger.start - 160), trigger.start)
        if asking is not None and (re.search(r"\bto(?:\s+[a-z]+){0,2}\s*$", window) or re.fullmatch(
                r"\s+[a-z]+\s+[^.;]{0,60}?\s+and\s+(?:to\s+)?", sentence[asking.end():trigger.start])):
            # ("has asked the regulator to fine the company and order it to ...": both asked for)
            return "threatened"  # "is asking the court to stop the company ..., to order the deletion": asked for
        if (re.fullmatch(r"\s*from\s+", window) and _PROHIBITS.search(sentence[max(0, clause - 80):clause])) \
                or _PROHIBITS_NEAR.search(window):
            return "negated"  # "to ban the firm from using Apple devices": the use is what is forbidden
        if not trigger.is_verb and c.action.slug == "contract" and _PROHIBITED_NOUN.search(window):
            return "negated"  # "to forbid the use of its content": the use is what is forbidden
        # "agreed last May to pay": the month, not the modal (a modal "May" only opens a sentence)
        window = re.sub(r"(?<=\S)(\s+)May\b", lambda m: m.group(1) + "   ", window)
        # blank out phrases that only look modal ("a preliminary injunction"), the trigger included
        window = self._not_modality.sub(lambda m: " " * len(m.group()), window + trigger.text)[:len(window)]
        # "The provisional finding follows a joint investigation": the adjective hedges the subject, not the event
        window = _HEDGED_SUBJECT.sub(lambda m: " " * len(m.group()), window)
        if trigger.is_verb and c.action.slug != "ban" and _BARRED_FROM_BEFORE.search(window):
            return "negated"  # "barred schools from buying or using facial recognition": what is barred is not done
        if c.action.slug == "withdrawal" and _ARGUED_BEFORE.search(sentence, 0, trigger.start):
            return "threatened"  # "said it would appeal, arguing the decision concerned practices it had abandoned": a claim
        if _CONDITION_AFTER.match(sentence, trigger.end) and _MODAL_BEFORE.search(window):
            return "threatened"  # "said the company would be shut down if its cars were used to spy": a condition
        if not trigger.is_verb and (_FACES_BEFORE.search(window) or _MODAL_BEFORE.search(window)) \
                and _POSSIBLE_AFTER.match(sentence, trigger.end):
            # "faces a daily fine of 50,000 reais if it fails to comply", "faces fines of up to 4%", "said it will impose
            # a daily fine of up to 1 million crowns if the company does not comply"
            return "threatened"
        if c.action.slug == "withdrawal" and c.actor is not None \
                and _MODAL_COMPULSION.search(sentence, max(0, c.actor.start - 60), c.actor.start):
            return "threatened"  # "a final notice could require the company to stop processing": compulsion, maybe
        if c.action.slug in self.lexicon.announced_actions and not (
                c.actor is not None and _HOPED_BEFORE.search(sentence, max(0, c.actor.start - 30), c.actor.start)):
            # "said it would stop selling": announced, not hedged (but "hoped Congress would use the moratorium")
            window = self._announcing.sub(" ", window)
        if not trigger.is_verb and re.search(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$", window) \
                and _BROUGHT_AFTER_NOUN.match(sentence, trigger.end):
            return "reported"  # "The findings could bolster the class actions filed against the company": they exist
        backshifted = _BACKSHIFTED_MEASURE.search(sentence, max(0, trigger.start - 160), trigger.start)
        reporter = [m for m in c.extra.get("sentence_mentions", ()) if backshifted is not None
                    and m.end <= backshifted.start() and re.fullmatch(r"[^,;]{0,40}", sentence[m.end:backshifted.start()])]
        if reporter and c.action.slug in ("ban", "order", "fine") \
                and reporter[-1].party.kind in ("regulator", "government", "court") \
                and (c.actor is None or c.actor.party.id == reporter[-1].party.id):
            # "The FTC announced that Avast would be banned from selling ...": the authority reports its own measure,
            # and "would" is the reported "will"
            window = re.sub(r"\bwould\b", "     ", window)
        if self._modality.search(window):
            return "threatened"
        return "reported"

    def _event(self, sentence: str, offset: int, c: Candidate, pub: date | None,
               shared: set[tuple[int, int]] = frozenset(), surfaces: dict[str, list[str]] | None = None) -> dict:
        trigger = c.trigger
        dates = find_dates(sentence, pub)
        date_value, precision = (pub.isoformat(), "day") if pub else (None, None)
        if dates:
            # "fined Clearview EUR 20m, the amount imposed by Italy's regulator in March": a date right after
            # another party, past the trigger, is that party's
            own = {m.party.id for m in (c.actor, c.target) if m is not None}
            others = [m for m in c.extra.get("sentence_mentions", ()) if m.party.id not in own and m.start >= trigger.end]
            dates = [d for d in dates if not any(m.end <= d.start and _OTHERS_DATE.fullmatch(sentence, m.end, d.start)
                                                 for m in others)]
        if dates:
            nearest = min(dates, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))
            date_value, precision = nearest.value.isoformat(), nearest.precision
            if precision == "month" and (_MONTH_RANGE_AFTER.match(sentence, nearest.end)
                                         or _MONTH_RANGE_BEFORE.search(sentence, 0, nearest.start)):
                precision = "year"  # "sent letters in January and February": either month, so only the year
        amount = currency = None
        amounts = find_amounts(sentence)
        if c.action.slug in AMOUNT_ACTIONS and amounts:
            def distance(a, t) -> int:
                return min(abs(a.start - t.end), abs(t.start - a.end))
            own = amounts
            if c.action.slug not in PENALTY_ACTIONS:
                # "fined SEK 2.5 million for using Clearview": a fine or settlement in the sentence claims the
                # amount, unless it stands right at the contract or suit ("a $224,000 contract")
                penalties = [t for t in self.lexicon.find(sentence) if t.action.slug in PENALTY_ACTIONS]
                if penalties:
                    own = [a for a in amounts if re.fullmatch(r"[\s-]*", sentence[a.end:trigger.start])
                           or re.fullmatch(r"\s+(?:\w+\s+){0,2}(?:worth|valued at|of)\s+(?:about\s+|around\s+|nearly\s+)?",
                                           sentence[trigger.end:a.start])]
            if own:
                nearest = min(own, key=lambda a: distance(a, trigger))
                # "fined AT&T $57 million and Verizon $47 million": the amount right after a party is its own
                beside = [a for a in own if c.target is not None and a.start >= c.target.end
                          and _AMOUNT_BESIDE.fullmatch(sentence, c.target.end, a.start)]
                nearest = beside[0] if beside else nearest
                amount, currency = nearest.value, nearest.currency
        confidence = FRAME_CONFIDENCE.get(c.frame.split("+")[0], 0.6) - 0.1 * c.frame.count("+")
        return {
            "actor": _ref(c.actor, offset, shared, surfaces),
            "action": c.action.slug,
            "target": _ref(c.target, offset, shared, surfaces),
            "status": c.status,
            "date": date_value,
            "date_precision": precision,
            "amount": amount,
            "currency": currency,
            "law": self.laws.find(sentence),
            "evidence": sentence,
            "span": [offset, offset + len(sentence)],
            "confidence": round(max(0.1, confidence), 2),
        }


# Where a new predicate starts: ", and", "; ", and a plain "and" before a past tense ("said it would
# appeal and called the fine unjustified": the modal stays with "appeal"); "after" and "following" open
# what happened before ("had sent its request for information after a complaint by X": the complaint is real).
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\band\s+(?=[a-z]+ed\b)|"
                          # "did not impose a fine, ordering the company only to delete": the participle's own clause
                          r",\s+(?=(?:ordering|requiring|telling|directing|instructing|banning|barring|fining|calling|"
                          r"concluding|completing|closing|describing|branding|labell?ing)\b)|"
                          r"\b(?:after|following|because|prompted\s+by|in\s+response\s+to)\s+")


# "After a two-year investigation by the FTC, ...": an inquiry told before the clause it led to
_FRONTED_PROBE = re.compile(r"\W*(?:After|Following)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?$")
# "an investigation by the Dutch regulator", "a Tampa Bay Times investigation": an inquiry with its own agent
_PROBE_BY = re.compile(r"\s+(?:by|from|of)\s", re.I)
# "A class action was filed against Walmart": the suit's target, its plaintiffs unnamed
_FILED_AGAINST = re.compile(r"\s+(?:(?:(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+)?"
                            r"(?:filed|brought|lodged|launched)\s+(?:\S+\s+){0,4}?(?:[\w'\u2019-]+\s+){0,4}?)?against\s+(?:the\s+)?|"
                            # "The class action, filed in federal court in Chicago, accuses Amazon of ..."
                            r",\s+(?:filed|brought|lodged)\s+[^,;]{0,60},\s+(?:accuses|accused|names|named)\s+(?:the\s+)?|"
                            # "a class action accusing the social network of ..."
                            r"\s+accusing\s+(?:the\s+)?|"
                            # "The lawsuit accuses Clearview AI of ...", "A class action filed in Illinois accuses X"
                            r"(?:\s+(?:filed|brought|lodged)\s+[^,;.]{0,60}?)?\s+(?:also\s+)?(?:accuses|accused|names|named)\s+"
                            r"(?:the\s+)?",
                            re.I)


# "welcomed the injunction", "hailed the ruling": a reaction to a measure, between its reactor and the noun
# ("NSO had argued that a ban on targeting WhatsApp would threaten its business": a measure it argues about)
_REACTED_TO = re.compile(r"\b(?:(?:welcom|prais|hail|applaud|celebrat|cheer)(?:ed|es|ing|e|s)?\s+(?:the|a|an|this|that|its|their)?|"
                         r"(?:argu|claim|contend|insist)(?:ed|es|ing|e|s)?\s+that\s+(?:a|an|the|any|such\s+a))\s*"
                         r"(?:[\w$\u20ac\xa3.,'\u2019-]+\s+){0,3}\Z", re.I)
# a common noun's relative clause right before the verb ("authors who sued", "drivers who had complained")
_UNNAMED_WHO = re.compile(r"\b(?:[A-Za-z][a-z-]*s|people|[a-z]+ple)\s+who\s+(?:(?:had|have|later|previously|earlier|"
                          r"first|jointly|successfully)\s+){0,2}$")
# a sentence whose subject is critics the text does not name ("Privacy campaigners condemned ...")
_UNNAMED_CRITICS_SUBJECT = re.compile(r"\W*(?:(?:The|Some|Several|Many|Other)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?i:critics|"
                                      r"campaigners|advocates|activists|groups|organisations|organizations|experts|"
                                      r"researchers|lawmakers|legislators|opponents)"
                                      r"\s+(?:(?:have|had|also|quickly|immediately|long|repeatedly)\s+){0,2}")
# a sentence whose subject is people the text does not name ("Residents sued Norfolk", "Some drivers have sued")
_UNNAMED_PEOPLE_SUBJECT = re.compile(r"\W*(?:(?:The|Some|Several|Many|Other)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?i:residents|users|"
                                     r"drivers|workers|customers|consumers|parents|students|employees|shoppers|people|"
                                     r"plaintiffs|artists|authors|creators|voters|citizens|activists|patients|tenants|"
                                     r"journalists|protesters|couriers|riders|musicians|photographers|moderators)"
                                     r"\s+(?:(?:have|had|also|jointly|then|later)\s+){0,2}")
# the names listed before a later member of the list ("against Stability AI, Midjourney and DeviantArt")
_NAMES_LISTED = re.compile(r"(?:(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4}"
                           r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)+")


# a suit that opens its sentence ("The class action, ...") and what it claims ("... claimed that")
_SUIT_SUBJECT = re.compile(r"\W*(?:The|A|An|That|This)\s+(?:[\w-]+\s+){0,2}")
_SUIT_CLAIMED = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:also\s+)?(?:claimed|claims|alleged|alleges|said|says|argued|argues|"
                           r"accused|accuses)\b(?:\s+that)?\s+(?:the\s+)?")
# a case noun after a party's name ("drops Clearview AI case", "ends its Meta probe")
_CASE_NOUN_AFTER = re.compile(r"['\u2019]?s?\s+(?:case|cases|lawsuit|suit|probe|investigation|inquiry|claims?|complaint|"
                              r"appeal|challenge|fine|order|ban)\b", re.I)
_FILED_AFTER_TARGET = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:\w+\s+)?"
                                 r"(?:filed|brought|lodged|launched)\b")


def _filed_against(sentence: str, start: int, target_start: int) -> bool:
    """Whether the target is named right after "filed against", alone or in the list that follows it."""
    if _FILED_AGAINST.fullmatch(sentence, start, target_start) is not None:
        return True
    filed = _FILED_AGAINST.match(sentence, start)
    return filed is not None and _NAMES_LISTED.fullmatch(sentence, filed.end(), target_start) is not None


def _pronoun_of_partner(roles: RoleAssignment, groups) -> bool:
    """A target pronoun that stands for a party coordinated with the actor ("A and B ... using it")."""
    actor, target = roles.actor, roles.target
    if actor is None or target is None or target.surface.lower() not in ("it", "its", "them", "they"):
        return False
    return any(actor in g.members and any(m.party.id == target.party.id for m in g.members if m is not actor)
               for g in groups)


def _addressees_use(sentence: str, trigger: Trigger, roles: RoleAssignment, demand: re.Match,
                    mentions: list[Match]) -> RoleAssignment | None:
    """"told police across the state to stop using Clearview AI": the users are the addressees (None where the
    text names none: "the state's prosecutors" are no state)."""
    if roles.actor is None:
        return roles
    addressee = next((m for m in mentions if demand.end("verb") <= m.start < trigger.start
                      and not _IN_PHRASE_BEFORE.search(sentence, max(0, m.start - 20), m.start)
                      and not re.match(r"['\u2019]s\b", sentence[m.end:])), None)
    return RoleAssignment(addressee, roles.target, roles.frame + "+addressee") if addressee is not None else None


def _told_before(sentence: str, trigger: Trigger) -> bool:
    """"referred that complaint to", "those lawsuits": a demonstrative points back to an event told before
    (a plural after "that" is not one: "said that fines ...")."""
    demonstrative = _DEMONSTRATIVE.search(sentence, max(0, trigger.start - 8), trigger.start)
    if demonstrative is None:
        return False
    return demonstrative.group(0).split()[0].lower() in ("those", "these") or not trigger.text.lower().endswith("s")


def _licensor_first(roles: RoleAssignment, trigger: Trigger) -> bool:
    """A contract whose customer slot holds an owner of content (a publisher, a label; a platform in a
    licensing deal) and whose supplier slot holds a company that owns none: the slots are the wrong way
    round."""
    tags = trigger.action.licensor_tags
    if not tags or roles.actor is None or roles.target is None or roles.target.party.kind != "company" \
            or not _DEAL_WORD.search(trigger.text):
        return False
    licensing = "licen" in trigger.text.lower()

    def licensor(party: Party) -> bool:
        return bool(party.tags & tags) or (licensing and party.kind == "platform")
    return licensor(roles.actor.party) and not licensor(roles.target.party)


_ORDERED_TO_PAY = re.compile(r"\b(?:order(?:ed|ing|s)?|direct(?:ed|ing|s)?|requir(?:ed|ing|es))\s+[^.;,]{1,80}?\s+\Z", re.I)
# "ordered [the Chinese start-up's chatbot] blocked": an object and nothing else between order and participle
_OBJECT_ONLY = re.compile(r"\s+(?:(?!(?:to|that|and|or|which|who|but|after|before|because|as|it|they)\s)[\w'\u2019.-]+\s+){1,6}",
                          re.I)
_DEMAND_PARTICIPLE = re.compile(r"(?:demanding|asking|urging|requiring)\b", re.I)


def _headline(sentence: str) -> bool:
    """Title Case text (most words capitalised) reads as a headline."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", sentence) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6


_PROHIBITS = re.compile(r"\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit\w*|block\w*|stop\w*|"
                        r"forbid\w*|forbade|prevent\w*|restrain\w*|enjoin\w*)\b[^.;]*$", re.I)
def _ref(mention: Match | None, offset: int, shared: set[tuple[int, int]],
         surfaces: dict[str, list[str]] | None = None) -> dict | None:
    """The party of an event role; a phrase that names several parties ("both retailers"), a pronoun or a
    description is given as the party's own name, so that each of its events stays distinct. ``mentions`` lists every way the text names
    the party (a title and its holder's name together too: "Australian Privacy Commissioner Carly Kind")."""
    if mention is None or mention.party.is_unnamed:
        return None  # a party the text describes but never names ("a federal jury")
    spanned = (mention.start + offset, mention.end + offset) in shared
    # a pronoun or a description ("it", "the company") is no name: the event gives the party's own name, and the
    # words it was found as under "surface", so that two parties both called "the company" stay apart
    described = mention.surface.lower() in _NOT_A_NAME or not _PROPER_NAME.match(mention.surface)
    ref = mention.party.as_ref(mention.party.name if spanned or described else mention.surface)
    if described and not spanned:
        ref["surface"] = mention.surface
    named = (surfaces or {}).get(mention.party.id, [])
    if len(named) > 1 or (named and named[0] != ref.get("mention")):
        ref["mentions"] = named
    return ref


# a relative clause that opens right before a verb ("the system, which uses"): its own clause, out of a negation's reach
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\s+(?=(?:\w+\s+){0,2}\Z)")
# a name, not a description: a capital (after an optional "The") and no lower-case head word alone
_PROPER_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z0-9\u00C0-\u00DE]|[a-z]+[A-Z])")
# "Ukraine's Ministry of Defence": a place or owner in the possessive before the name
_OWNER_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s\s+(?=[A-Z])")
_PLACE_AFTER_COMMA = re.compile(r"(?P<name>[^,]+),\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
_NOT_A_NAME = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our"})


def _surfaces(text: str, mentions: list[Match]) -> dict[str, list[str]]:
    """Each party's proper names in the text, in order (no pronouns, no descriptions such as "the company",
    no phrase that names several parties); a mention right after another of the same party ("Texas Attorney
    General Ken Paxton") adds the two together."""
    out: dict[str, list[str]] = {}
    spans: dict[tuple[int, int], int] = {}
    for m in mentions:
        spans[(m.start, m.end)] = spans.get((m.start, m.end), 0) + 1

    def add(party_id: str, surface: str) -> None:
        names = out.setdefault(party_id, [])
        if surface not in names:
            names.append(surface)

    previous = None
    for m in mentions:
        if m.party.is_unnamed or m.surface.lower() in _NOT_A_NAME or spans[(m.start, m.end)] > 1 \
                or not _PROPER_NAME.match(m.surface):
            previous = None
            continue
        add(m.party.id, m.surface)
        owned = _OWNER_BEFORE_NAME.match(m.surface)
        if owned is not None:
            add(m.party.id, m.surface[owned.end():])  # "New Zealand's Privacy Commissioner": "Privacy Commissioner" too
        placed = _PLACE_AFTER_COMMA.fullmatch(m.surface) if m.party.is_place else None
        if placed is not None:
            add(m.party.id, placed.group("name"))  # "Somerville, Massachusetts": "Somerville" too
        if previous is not None and previous.party.id == m.party.id and previous.end < m.start \
                and not text[previous.end:m.start].strip():
            add(m.party.id, text[previous.start:m.end])
        previous = m
    return out


# "Octopus Data Ltd" when the gazetteer knows "Octopus Data": the legal form belongs to the name
_LEGAL_SUFFIX = re.compile(r"[ \t]+(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|GmbH|plc|PLC|S\.A\.|AG|B\.V\.|"
                           r"N\.V\.|Pty[ \t]+Ltd\.?|Limited|S\.p\.A\.|SpA|SAS|S\.L\.)(?![\w])")


def _with_legal_suffix(text: str, m: Match) -> Match:
    suffix = _LEGAL_SUFFIX.match(text, m.end) if m.party.kind in ("company", "platform") else None
    if suffix is None:
        return m
    return Match(m.start, suffix.end(), text[m.start:suffix.end()], m.party)


_NAME_WORD = re.compile(r"[\w'\u2019-]+")
_NAME_GLUE = frozenset({"of", "the", "and", "for", "&"})


def _repeats(text: str, found: list[Match], taken: list[Match]) -> list[Match]:
    """Further occurrences of names the patterns found in one telling place ("fined Grindr ... Grindr's
    lawyer said"): the same surface, as a whole word, elsewhere in the text."""
    out: list[Match] = []
    seen: set[str] = set()
    for m in found:
        if m.surface in seen or len(m.surface) < 3 or not m.surface[:1].isupper() or m.surface.isupper():
            continue
        seen.add(m.surface)
        for at, end in word_spans(text, m.surface):
            if not any(at < t.end and t.start < end for t in taken + out):
                out.append(Match(at, end, text[at:end], m.party))
    return out


# first words of company names too common to stand for the company alone
_COMMON_FIRST_WORDS = frozenset("""national federal united american european international general global data
privacy digital public civil human open safe smart security information consumer electronic office department
ministry state city county court supreme high royal british french german chinese israeli indian japanese
new north south east west central first great golden silver blue red green black white bright clear deep
face facial video social mobile cloud network media news tech technology systems solutions software""".split())


# a force's head by title and name ("Police Superintendent Anne Kirkpatrick", "Chief Constable Jo Farrell")
_POLICE_HEAD = re.compile(r"(?:Police\s+)?(?:Superintendent|Chief|Commissioner|Chief\s+Constable)\s+[A-Z][\w'-]+"
                          r"(?:\s+[A-Z][\w'-]+){1,2}")


def _police_heads(named: list[Match]) -> list[Match]:
    """A police chief named by title, whom the patterns took for an unknown organisation, speaks for the force
    the text named before ("New Orleans police ... Police Superintendent Anne Kirkpatrick paused it")."""
    out: list[Match] = []
    for m in named:
        if m.party.kind == "company" and m.party.id == slugify(m.surface) and _POLICE_HEAD.fullmatch(m.surface):
            force = next((e.party for e in reversed(out) if e.party.kind == "police"), None)
            if force is not None:
                m = Match(m.start, m.end, m.surface, force)
        out.append(m)
    return out


def _short_names(text: str, named: list[Match]) -> list[Match]:
    """"Voyager Labs ... Voyager's software", "Flock Safety ... Flock's chief executive": after a company's full
    name, its first word alone (capitalised, not a common word, not itself a known name) means it too."""
    out: list[Match] = []
    seen: set[str] = set()
    for m in named:
        words = m.surface.split()
        if m.party.kind not in ("company", "platform", "product") or len(words) < 2:
            continue
        first = words[0]
        if first in seen or len(first) < 4 or not first[:1].isupper() or first.isupper() \
                or first.lower() in _COMMON_FIRST_WORDS or not first.isalpha():
            continue
        seen.add(first)
        for at, end in word_spans(text, first):
            if at > m.start and not any(at < t.end and t.start < end for t in named + out) \
                    and not text[end:end + 1].isalnum():
                out.append(Match(at, end, text[at:end], m.party))
    return out + _masthead_short_names(text, named + out)


# a complaint that names defendants is a court filing ("The complaint names the city and its police chief")
_COMPLAINT_NAMES = re.compile(r"\s+(?:also\s+)?(?:names|named|lists|listed)\s+(?:as\s+defendants\s+)?(?:the\s+)?(?-i:[A-Z])", re.I)


def _cities_of_bodies(text: str, named: list[Match], short_cities: dict[str, Party]) -> list[Match]:
    """"The Austin Police Department ... Austin will end its program": a city the gazetteer names only in full
    ("Austin, Texas"; ``short_cities`` by short name), named alone where the text names one of its bodies."""
    out: list[Match] = []
    cities = {}
    for m in named:
        first = m.party.name.split(" ")[0]
        city = short_cities.get(first) or short_cities.get(" ".join(m.party.name.split(" ")[:2]))
        if city is not None and m.party.id != city.id and m.party.kind in ("police", "government") \
                and (m.party.parent == city.id or m.party.parent == city.parent):
            cities.setdefault(city.name.split(",")[0], city)
    for short, city in cities.items():
        for at, end in word_spans(text, short):
            if not any(at < t.end and t.start < end for t in named + out) and not text[end:end + 1].isalnum() \
                    and not re.match(r"['\u2019]?s?\s+(?-i:[A-Z])", text[end:]):
                out.append(Match(at, end, text[at:end], city))
    return out


_MASTHEAD_WORDS = frozenset({"Times", "Post", "Journal", "Guardian", "Telegraph", "Herald", "Tribune", "Globe",
                             "Chronicle", "Independent", "Observer", "Mirror", "Express"})


def _masthead_short_names(text: str, named: list[Match]) -> list[Match]:
    """"The New York Times ... The Times sued": a newspaper's last word after "the" means it, when only one
    newspaper the text names ends with that word."""
    papers: dict[str, set[str]] = {}
    first_at: dict[str, Match] = {}
    for m in named:
        words = m.party.name.split()
        if "media" in m.party.tags and len(words) >= 2 and words[-1] in _MASTHEAD_WORDS:
            papers.setdefault(words[-1], set()).add(m.party.id)
            first_at.setdefault(words[-1], m)
    out: list[Match] = []
    for word, ids in papers.items():
        if len(ids) != 1:
            continue
        m = first_at[word]
        for found in re.finditer(rf"\b[Tt]he\s+{word}\b(?!['\u2019]s\s+(?:of|[A-Z]))", text[m.end:]):
            at, end = m.end + found.start(), m.end + found.end()
            if not any(at < t.end and t.start < end for t in named + out):
                out.append(Match(at, end, text[at:end], m.party))
    return out


_KNOWN_AS = re.compile(r",?\s+(?:also\s+)?(?:known\s+as|called|dubbed|nicknamed)\s+"
                       r"(?P<alias>[A-ZÀ-Þ][\w'\u2019.&-]*(?:\s+[A-ZÀ-Þ][\w'\u2019.&-]*){0,3})(?=\s*[,)]|\s+for\s+short)")


_DESCRIBED_KNOWN_AS = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:system|software|tool|app|platform|programme|"
                                 r"program|technology|database)\s*,?\s+(?:also\s+)?(?:known\s+as|called|dubbed)\s+"
                                 r"(?P<alias>[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3})(?=\s*[,.)]|\s+for\s+short)")

# "the employment service, known as AMS,": a public body or firm the text names only by the name after "known as"
_BODY_KNOWN_AS = re.compile(r"\b(?:the|its|their|[A-Z][a-z]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?P<head>service|agency|authority|ministry|"
                            r"department|office|operator|company|firm|utility|broadcaster|insurer|bank)\s*,\s+"
                            r"(?:also\s+)?known\s+as\s+(?P<alias>[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3})(?=\s*[,.)])")
_FIRM_HEADS = frozenset({"operator", "company", "firm", "utility", "broadcaster", "insurer", "bank"})


def _known_as(text: str, named: list[Match]) -> list[Match]:
    """"the Companhia do Metropolitano de São Paulo, known as Metrô, ...": the name after "known as" is the
    party's too, wherever it recurs as a whole word."""
    out: list[Match] = []
    if "known as" not in text and "called" not in text and "dubbed" not in text and "nicknamed" not in text:
        return out
    for described in _DESCRIBED_KNOWN_AS.finditer(text):
        # "the system, known as AFR Locate": a product the text names only so
        at, end = described.start("alias"), described.end("alias")
        if not any(at < t.end and t.start < end for t in named + out):
            name = described.group("alias")
            out.append(Match(at, end, name, Party(id=slugify(name), name=name, kind="product")))
    for described in _BODY_KNOWN_AS.finditer(text):
        # "the employment service, known as AMS, ...": a body the text names only so, wherever the name recurs
        name = described.group("alias")
        kind = "company" if described.group("head").lower() in _FIRM_HEADS else "government"
        party = Party(id=slugify(name), name=name, kind=kind)
        for at, end in word_spans(text, name):
            if not any(at < t.end and t.start < end for t in named + out):
                out.append(Match(at, end, text[at:end], party))
    for m in named:
        if m.party.kind == "person" or m.surface.lower() in ("it", "its"):
            continue
        found = _KNOWN_AS.match(text, m.end)
        if found is None:
            continue
        alias = found.group("alias")
        for at, end in word_spans(text, alias):
            if not any(at < t.end and t.start < end for t in named + out):
                out.append(Match(at, end, text[at:end], m.party))
    return out


# "bars police from using": the prohibiting verb and its object sit between the actor and the trigger
_PROHIBITS_NEAR = re.compile(r"\b(?:bans?|banned|bar|bars|barred|prohibit(?:s|ed)?|block(?:s|ed)?|stop(?:s|ped)?|"
                             r"forbids?|forbade|prevent(?:s|ed)?)\s+(?:\S+\s+){0,5}from\s+$", re.I)
_PROHIBITED_NOUN = re.compile(r"\b(?:bans?|banned|banning|forbid\w*|forbade|prohibit\w*|bar|bars|barred|barring|"
                              r"restrict\w*|outlaw\w*)\s+(?:(?:the|any|all|further|its|their)\s+)*$", re.I)
# "IBM told Congress that it no longer sells ...": telling someone something is no order
_TELLING = frozenset({"told", "tells", "tell", "telling"})
# ("A fine imposed ... without valid consent has been upheld": the auxiliary of a passive too)
_AUX_BEFORE_TRIGGER = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?$")
_RULING_ON_FILING = re.compile(r"\s+on\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:complaints?|requests?|applications?|"
                               r"petitions?|referrals?)\b", re.I)
_DESCRIBED_FIRM = re.compile(r"\s+(?:company|firm|start-?up|tool|app|platform|bot|outfit|vendor|business|operation)\b")
_ACCUSED_OF = re.compile(r"\b(?:accus\w*|alleg\w*|charg\w*)\s+(?:[\w'\u2019-]+\s+){0,4}?of\s+(?:\w+ly\s+)?\Z", re.I)
_LISTED_AMONG = re.compile(r"\s+[^.;]{0,60}?,?\s+(?:including|such\s+as|among\s+them)\s+[^.;]{0,60}?", re.I)
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:of|from|to|by|for|in|on|with)\b)[\w-]+\s+){0,3}?", re.I)
_UNDER_SETTLEMENT = re.compile(r"\bunder\s+(?:the|a|an|its|their)\s+(?:\S+\s+){0,3}?(?:settlement|agreement|deal|consent)",
                               re.I)
_THE_SETTLEMENT = re.compile(r"\s*(?:The|That|This)\s+(?:[\w$£€.,-]+\s+){0,3}?\Z")
_THE_INQUIRY = re.compile(r"\s*(?:The|That|This|Its|Their)\s+(?:[\w-]+\s+){0,2}?\Z")
_BEGAN_AFTER = re.compile(r"\s+(?:was\s+opened|was\s+launched|began|started|opened|followed|came)\b")
_DEAL_WORD = re.compile(r"deal|agreement|contract|licen[cs]|partnership", re.I)
# "referred that complaint to", "those lawsuits": an event told before, no new one
_DEMONSTRATIVE = re.compile(r"\b(?:that|those|these)\s+$")
# "fines X, orders Y": verbs a headline lists, in the present tense
_LISTED_PRESENT = re.compile(r"(?i)fines|orders|bans|sues|blocks|bars|suspends|rules|probes|investigates|warns|settles|"
                             r"appeals|drops|halts|pauses|ends|scraps")
# "..., the watchdog said": who tells of a fine of an unnamed firm in the passive
_SAID_BY_ISSUER_ACTIONS = frozenset({"fine", "order"})
_SAID_AFTER = re.compile(r"\s+(?:said|says|announced|announces|stated)\b")
_SPEAKER_OPENING = re.compile(r",\s*(?:the\s+)?$", re.I)


def _said_by_authority(sentence: str, trigger: Trigger, mentions: list[Match]) -> bool:
    """An authority named after the trigger, after a comma, as the speaker ("..., the CNIL said")."""
    return any(m.start > trigger.end and m.party.kind in ("regulator", "government")
               and _SAID_AFTER.match(sentence, m.end) and _SPEAKER_OPENING.search(sentence[:m.start])
               for m in mentions)


# ", the suit said": a document quoted as the source, no event of the sentence
_ATTRIBUTION = re.compile(r"\s+(?:said|says|alleged|alleges|claimed|claims|stated|states|argued|argues|added)\b")
_ATTRIBUTION_OPENING = re.compile(r",\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_TOLD_THAT = re.compile(r"(?:\s+(?!to\b)[\w'\u2019.-]+){1,6}?\s+that\b", re.I)
# "prohibited from using the technology for five years to": a purpose clause after what a ban forbids
_PURPOSE_AFTER_BAN = re.compile(r"\s*\w+ing\b[^.;]*?\s(?:to|in\s+order\s+to)\s*$")
_HOPED_BEFORE = re.compile(r"\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|wish(?:es|ed)?|urg(?:es|ed|ing)|"
                           r"want(?:s|ed)?|asked)\s+(?:that\s+)?\Z", re.I)
_ORDERED_A = re.compile(r"\s+(?:(?:an?|the|its|their)\s+)?(?:[\w$\u00a3\u20ac.,-]+\s+){0,3}")
_REQUESTED_FOR = re.compile(r"\b(?:requests?|applications?|motions?|petitions?|calls?|bids?)\s+(?:(?:by|from)\s+[^,.;]{1,80}?\s+)?"
                            r"for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_DEMANDED_OF = re.compile(r"\b(?:order(?:s|ed|ing)?|told|tells?|telling|ask(?:s|ed|ing)?|urg(?:es|ed|ing)|"
                          r"direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed)? on|"
                          r"press(?:es|ed|ing)?|wants?|wanted|wanting|expects?|expected)\s+(?:the\s+)?"
                          # ("ordered Chinese surveillance camera maker Hikvision to ...": a description may come first)
                          r"(?:[\w-]+\s+){0,4}$", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_RANGE_AFTER = re.compile(rf"\s+(?:and|or|to|through|until)\s+{_MONTHS}\b")
_MONTH_RANGE_BEFORE = re.compile(rf"\b{_MONTHS}\s+(?:and|or|to|through|until)\s+$|\bbetween\s+$")
# "the class actions filed against the company": a case told as brought
_BROUGHT_AFTER_NOUN = re.compile(r"\s+(?:(?:already|previously|recently|earlier)\s+)?(?:filed|brought|lodged|launched|pending)\b")
_LAW_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,6}(?:Act|Law|Code|Regulation|Statute|law|statute|"
                        r"privacy\s+law|biometric\s+(?:privacy\s+)?law)\b")
_STOP_DOING = re.compile(r"\b(?:stop|stops|stopped|cease|ceases|ceased|quit|quits|halt|halts|halted)\s+$", re.I)
_ASKING_BEFORE = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|want(?:s|ed)?|"
                           r"seek(?:s|ing)?|sought|petition(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:[\w'\u2019-]+\s+){0,4}?|"
                           # ("asked Norway's data protection authority, Datatilsynet, to order": an apposition)
                           r"(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+,\s+)to\b", re.I)
_HEDGED_SUBJECT = re.compile(r"\b(?:provisional|preliminary|proposed|potential|possible|draft|likely)\s+[a-z]+"
                             r"(?=\s+(?:follows|followed|comes|came|is|was|were|are|has|had)\b)", re.I)
_AUXILIARIES_BEFORE = re.compile(r"(?:\b(?:could|may|might|would|will|should|can|is|are|was|were|be|likely|set|"
                                 r"expected|poised|due|to|now|also|still)\s+)+$", re.I)
_PARENTHESIS_AFTER_AUX = re.compile(r"\b(is|are|was|were|been|being)(?:\s+(?:on|in|last|this|earlier)\s+\w+)?\s*,[^,;]{1,200},\s*",
                                    re.I)
_TOLD_TO_STOP = re.compile(r"\b(?P<verb>told|ordered|asked|urged|instructed|directed|pressed|called\s+on|"
                           r"served\s+(?:\S+\s+){0,2}?(?:notice|order)\s+on)\s+[^.;]{0,80}?"
                           r"\bto\s+(?:stop|cease|quit|halt|end|suspend)\s+\Z", re.I)
# between the one who tells and the telling verb: a holder's name, an auxiliary ("Attorney General Gurbir Grewal told")
_DEMANDER_GAP = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3}\s+(?:(?:has|had|also|then|later)\s+)?", re.I)
_IN_PHRASE_BEFORE = re.compile(r"\b(?:across|in|of|from|at|throughout|around|within)\s+(?:the\s+)?\Z", re.I)
_WARNED_THAT = re.compile(r"\s+(?:on\s+\w+\s+)?that\b", re.I)
# "denied on Wednesday that ...": what the denied clause tells did not happen (until "but", a semicolon or a new
# sentence-like clause)
_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|denying)\s+(?:[\w-]+\s+){0,3}?that\s")
_DENIAL_ENDS = re.compile(r"\bbut\b|;|\balthough\b|\bwhile\b|\bhowever\b|,\s+(?:and\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:said|says|added|announced)\b")
_DEMANDED_BE = re.compile(r"\b(?:demand|ask|urg|call|request|want|seek|press)\w*\s+(?:on\s+\S+\s+)?(?:that\s+)?[^.;,]{1,60}?"
                          r"\s+be\s+\Z", re.I)
_ALLEGED_THAT = re.compile(r"\b(?:allegations?|claims?|accusations?|suspicions?|suggestions?)\s+that\s+[^.;,]{0,100}\Z", re.I)
_CONDITIONAL = re.compile(r"\s*(?:If|Unless|Should|Were|In case)\b")
# "barred schools from buying or": a prohibition of what follows
_BARRED_FROM_BEFORE = re.compile(r"\b(?:barred|bars|banned|bans|prohibited|prohibits|forbade|forbids|blocked|blocks|"
                                 r"prevented|prevents)\s+(?:[\w'-]+\s+){1,4}?from\s+(?:[\w-]+\s+(?:or|and)\s+)?$")
# a party's argument up to the trigger, in the same clause ("arguing the decision concerned practices it had abandoned")
_ARGUED_BEFORE = re.compile(r"\b(?:arguing|contending|insisting)\b(?:(?!,\s+and\b|;|\bbut\b)[^.;])*$")
# "announced that Avast would pay $16.5m and would be banned from": a measure told in reported speech
_BACKSHIFTED_MEASURE = re.compile(r"\b(?:announced|said|confirmed|stated|disclosed)\s+(?:(?:on|in|last|this)\s+\w+\s+)?"
                                  r"(?:that\s+)?[^,;]{1,80}?\bwould\s+(?:also\s+|then\s+)?be\s+\Z")
# a condition right after a trigger that a modal announces ("would be shut down if ...", "will ban it unless ...")
_CONDITION_AFTER = re.compile(r"(?:\s+[^.;,\s]+){0,4}?\s+(?:if|unless)\s")
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|will)\b", re.I)
_FACES_BEFORE = re.compile(r"\b(?:faced|faces?|facing)\s+(?:[\w$\u20ac\xa3.,%-]+\s+){0,5}$", re.I)
_POSSIBLE_AFTER = re.compile(r"s?(?:\s+of)?\s+up\s+to\b|[^.;]*?\s(?:if|unless)\s", re.I)
_MODAL_COMPULSION = re.compile(r"\b(?:could|may|might|would|can)\s+(?:also\s+|still\s+)?(?:require|force|compel|oblige|"
                               r"make|order)\s+(?:\S+\s+){0,3}$", re.I)
# a modal verb whose means is the event noun after it ("could seek damages through a class action")
_MODAL_MEANS = re.compile(r"\b(?:could|may|might|would|will|can)\s+(?:\S+\s+){1,3}$", re.I)
# a prepositional phrase that opens on an event noun: what the clause negates is not the noun
_PHRASE_BEFORE_NOUN = re.compile(r"\b(?:under|after|following|follows|followed|through|via|as\s+part\s+of)\s+(?:a|an|the|its|their)\s+"
                                 r"(?:[\w$£€.,'\u2019-]+\s+){0,4}$", re.I)
_UNDOING = re.compile(r"(?:\bto\s+(?:lift|overturn|annul|quash|suspend|block|set\s+aside|reverse|challenge|dismiss|throw\s+out|"
                      # ("NSO's bid to shield itself from a lawsuit by WhatsApp": the suit is real)
                      r"shield\s+(?:itself|themselves|himself|herself|it|them)\s+from)|"
                      # ("a request for a temporary injunction against a ban imposed by X": the ban is real)
                      r"\binjunctions?\s+against|\bchallenges?\s+to|\bappeals?\s+against|"
                      # ("proposed tightening a 2020 privacy order against Meta": the order to be changed is real)
                      r"\b(?:tighten|strengthen|modify|amend|expand|extend|revise|update)(?:ing|s|ed)?)\s+"
                      r"(?:the|a|an|its|their)\s+(?:[\w$£€.,-]+\s+){0,3}$", re.I)
_IN_COURT = re.compile(r"\b(?:in|to)\s+(?:a\s+|the\s+)?(?:(?:(?-i:[A-Z])[\w.]*|federal|state|district|appeals?|appellate|high|supreme|lower|county|superior|circuit|criminal|civil|administrative)\s+){0,4}(?:court|Court)\b|"
                       r"\bfederal complaint\b|\bdocket\b", re.I)


_default: Extractor | None = None


def extract(text: str, published: str | date | None = None, doc_id: str | None = None) -> dict:
    """Extract with the bundled vocabularies (the extractor is built once per process)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published, doc_id)
