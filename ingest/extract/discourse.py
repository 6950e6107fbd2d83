"""Article-level reasoning over the event candidates of one text.

Sentence rules leave some roles open: "Clearview AI was ordered to delete
its data" names no issuer, "the DPA has issued a stop order" names no
target. News text supplies them from context. In order:

1. remap actions by who acts: a demand by a regulator or court is an
   ``order``; a complaint filed in court is a ``lawsuit``;
2. anaphoric triggers ("a similar letter") take the action of the latest event;
3. partial events merge: the same action in nearby sentences, one with only an
   actor and one with only a target;
4. an authority action without issuer takes the latest issuer of the same
   kind of action in the article; one without target takes the latest target
   of the same action, or of the same actor; a ruling without target takes the target of the
   decision it rules on ("upheld an injunction that bars LinkedIn");
5. a settlement without counterparty takes the plaintiff of a lawsuit against
   the settling party;
   a contract worded without a buyer ("a contract with", "signed a deal with") has the police
   force or government as its actor;
6. a regulator's ruling on a party it also fines or orders in the same sentence is the same
   decision, and is dropped; so is an event without target when the article
   names the target of the same actor's same action elsewhere; events between a party and itself, its parent or
   its child are dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .gazetteer import Gazetteer, Match

from .lexicon import ActionType, Lexicon, Trigger
from .references import JURY, OFFICIAL_APPOSITION
from .roles import DISMISSAL_VERB, SUPPLIER, law_subject

AUTHORITY_ACTIONS = frozenset({"order", "ban", "fine", "ruling", "investigation"})
# decisions a party may appeal against
CHALLENGED_ACTIONS = frozenset({"order", "ban", "fine", "ruling"})
_DEAL_NOUN = re.compile(r"(?i)(?:deal|agreement|accord)s?")
# "Two Norfolk residents sued ... Lee Schmidt, a Navy veteran, and Crystal Arrington, a nurse, say": counted
# plaintiffs named together later
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)\Z")
_DESCRIBED = r"(?:,\s+(?:a|an|the)\s+[^,;.()]{1,60}(?=,))?"
_NAMED_TOGETHER = re.compile(rf"{_DESCRIBED}\s*(?:,\s*and|,|and)\s+")
# a payment that ends an inquiry rather than a suit ("paid $391.5 million to end an investigation by 40 states")
_ENDS_AN_INQUIRY = re.compile(r"[^;]{0,60}?\bto\s+(?:end|resolve|settle|close)\s+(?:an?|the|its|their)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:investigation|inquiry|probe)s?\b", re.I)
# "the plaintiffs, Lee Schmidt, ...": the people a suit's plaintiffs are named as
_THE_PLAINTIFFS = re.compile(r"\b(?:the|two|three|four)\s+plaintiffs,?\s+", re.I)
_SAY_AFTER_NAMES = re.compile(rf"{_DESCRIBED},?\s+(?:say|said|allege|alleged|claim|claimed|argue|argued|contend|contended)\b")
# "ruled the suits inadmissible", "found the claims to be without merit": a case rejected, against its filer
_CASE_FOUND_WANTING = re.compile(
    r"\s+(?:the|that|these|those|its|their|his|her)\s+(?:[\w-]+\s+)?(?:lawsuits?|suits?|cases?|claims?|complaints?|"
    r"actions?|petitions?|challenges?)\s+(?:(?:to\s+be|was|were)\s+)?(?:inadmissible|unfounded|groundless|baseless|"
    r"without\s+merit|meritless|frivolous|time-barred|out\s+of\s+time)\b", re.I)
# "a legal challenge at the tribunal against a secret Home Office order": a suit aimed at a decision
_AGAINST_DECISION = re.compile(r"[^.;]{0,60}?\bagainst\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:order|orders|ban|fine|decision|notice|penalty|sanction|ruling)\b", re.I)
# verbs of a court that sets a decision aside
_UNDOES = re.compile(r"(?:suspend|overturn|quash|annul|revers|revok|lift|set\s+aside|struck\s+down|strikes\s+down|"
                     r"thr(?:ew|own|ows)\s+out|toss|vacat|invalidat)\w*", re.I)
# verbs of a court that keeps a decision in force
_UPHOLDS = re.compile(r"(?:upheld|upholds?|upholding|affirm(?:ed|s|ing)?|confirm(?:ed|s|ing)?|allow(?:ed|s|ing))\b", re.I)
# "the suits that the record companies filed, when UMG and Sony accused Udio": the accusation is its sentence's suits
_SUITS_BEFORE = re.compile(r"\b(?:lawsuits?|suits|cases|claims|complaints)\b[^.;]*\Z", re.I)
# Uses, scraping, retreats and criticism are too loosely worded to join halves across sentences.
UNMERGED_ACTIONS = frozenset({"contract", "data_collection", "withdrawal", "criticism"})
# Parties that buy from companies, whichever way a contract is worded.
BUYER_KINDS = frozenset({"police", "government"})
STATUS_RANK = {"reported": 0, "threatened": 1, "negated": 2}
# "to make sure officers stop using the product": no use told
_STOPPED_BEFORE = re.compile(r"\b(?:stop|stops|stopped|stopping|cease|ceased|not|never|no\s+longer)\s+\Z", re.I)
# "trialled the tool", "used the same software": a product the story has named
_THE_PRODUCT = re.compile(r"\s+(?:the|that|this)\s+(?:same\s+)?(?:tool|app|software|system|product|platform|service|database|"
                          r"program|programme)\b(?!\s+(?:of|from|made|built|developed|supplied|sold|provided|by)\b)")
# "images scraped from the web": the source is no party, not the platform the story names
_FROM_THE_WEB = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:from|across|off)\s+(?:the\s+)?(?:open\s+|wider\s+)?(?:web|internet)\b",
                          re.I)
_DROPPED_CASE = re.compile(r"\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:case|suit|lawsuit|claims?|complaint|appeal)s?\b",
                           re.I)
# "The checks, which rely on ...", "its selfie verification system, which relies on ...": a thing, not a party,
# relies on the vendor's product
_THING_RELYING = re.compile(r"(?<!\S)(?:the|its|their|[\w.-]+['\u2019]s)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?P<head>checks?|system|software|app|tool|cameras?|technology|"
                            r"platform|service|scanners?)\s*,\s+which\s+(?:(?:\w+\s+){0,2}?|[^,;]{1,150},\s+)\Z", re.I)
_STAFF_BEFORE = re.compile(r"\b(?:its|their|the|police|some|several|many)?\s*(?:officers|detectives|agents|investigators|"
                           r"officials|analysts|members|employees|staff)\s+(?:had\s+|have\s+|has\s+|also\s+)?$", re.I)
# "a proctor told", "the store's manager ordered": a subject that is a common noun, no party and no authority
_COMMON_SUBJECT = re.compile(r"\b(?i:a|an|the|one|another|its|their|his|her)\s+(?:[a-z][\w'-]*\s+){0,2}?"
                             r"(?P<noun>[a-z][\w-]*)\s+(?:(?:had|has|have|also|then|later|reportedly)\s+)?\Z")
_AUTHORITY_NOUNS = frozenset({
    "regulator", "regulators", "watchdog", "authority", "authorities", "agency", "commission", "commissioner",
    "court", "courts", "judge", "judges", "justice", "justices", "tribunal", "panel", "ministry", "minister",
    "government", "department", "council", "board", "police", "force", "office", "state", "city", "attorney",
    "prosecutor", "prosecutors", "jury", "magistrate", "inspector", "inspectorate", "ombudsman", "supervisor",
    "legislature", "parliament", "senate", "lawmakers", "officials", "ruling", "decision", "order", "law",
    "ordinance", "bill", "measure", "legislation", "rules", "judgment", "verdict", "county", "mayor", "governor",
    "notice", "letter", "directive", "injunction",
    # ("The settlement also requires WW to destroy ..., the FTC said": the terms of the authority's settlement)
    "settlement", "agreement", "decree",
    "that", "which", "who", "it", "and", "or", "but",
    "was", "were", "is", "are", "been", "be", "also", "then", "later", "not"})


def _private_subject(text: str, position: int) -> bool:
    """The words right before a verb are a common noun phrase naming no authority ("a proctor told him")."""
    m = _COMMON_SUBJECT.search(text, max(0, position - 60), position)
    return m is not None and m.group("noun") not in _AUTHORITY_NOUNS


_NOTICE_BEFORE = re.compile(r"\bnotices?\b[^.;]{0,40}$", re.I)
_WON = re.compile(r"\b(?:won|wins|winning|succeeded|succeeds)\b[^.;]{0,25}$", re.I)
_LOST = re.compile(r"\b(?:lost|loses|losing|failed|fails)\b[^.;]{0,25}$", re.I)
_UNDONE_BEFORE = re.compile(r"\b(?:overturn\w*|revers\w*|quash\w*|annul\w*|set(?:ting)?\s+aside)\s+(?:the|a|an|its|their)\s+"
                           r"(?:[\w'\u2019-]+\s+){0,4}$", re.I)
# "overturned the penalty", "upheld the £7.5m fine": the measure a ruling verb takes as its object
_MEASURE_NAMED = re.compile(r"\s+(?:the|this|that|its|their)\s+(?:[\w'\u2019$\u00a3\u20ac.,-]+\s+){0,3}?"
                            r"(?P<noun>penalty|fine|order|ban|decision|notice|sanction|suspension|award|verdict)\b", re.I)
_MEASURE_ACTIONS = {"penalty": {"fine"}, "fine": {"fine"}, "sanction": {"fine"}, "order": {"order"},
                    "notice": {"order"}, "ban": {"ban", "order"}, "suspension": {"ban", "order"}}
# what a ban noun bans, when the text says it ("a ban on facial recognition", "a ban against ...")
_BAN_OBJECT = re.compile(r"\s+(?:on|against|from|covering)\b", re.I)
# ("imposed a temporary ban on the practice", "suspended the practice": an activity the story has told, no party)
_ACTIVITY = r"the\s+(?:practice|processing|data\s+processing|collection|scheme|service)\b(?!\s+(?:of|by)\b)"
_BAN_ON_ACTIVITY = re.compile(rf"\s+on\s+{_ACTIVITY}", re.I)
_BANNED_ACTIVITY = re.compile(rf"\s+{_ACTIVITY}", re.I)
# "District Judge Robert Shelby blocked that statute": a court stopping a law, not a party
_LAW_STOPPED = re.compile(r"(?:blocked|blocks|blocking|halted|halts|enjoined|enjoins|struck\s+down|strikes\s+down|"
                          r"suspended|suspends|put\s+on\s+hold|froze|freezes)$", re.I)
_LAW_OBJECT = re.compile(r"\s+(?:(?:the|a|an|that|this|its|their)\s+|[A-Z][\w.-]*(?:'s|\u2019s)\s+)"
                         r"(?:[\w-]+\s+){0,3}?(?:law|statute|ordinance)s?\b")
# "the Fifth Circuit lifted his injunction": a higher court undoing an injunction a party had won
_INJUNCTION_UNDONE = re.compile(r"(?:lifted|lifts|vacated|vacates|dissolved|dissolves)$", re.I)
# "That suit was also brought by Idec": a case the sentence before told, opening the sentence
_THAT_CASE_OPENS = re.compile(r"\W*(?:That|This)\s+(?:[\w-]+\s+)?(?:suit|lawsuit|case|action|challenge|claim)")
# a decision pointed back to ("appealed that decision", "challenged this fine")
_THAT_DECISION = re.compile(r"\s+(?:against\s+)?(?:that|this)\s+(?:decision|fine|penalty|ruling|order|ban|sanction)\b", re.I)
# "took the matter to the Supreme Administrative Court": a move of a case to a court
_TAKES_IT = re.compile(r"(?:took|taken|taking|takes)\b", re.I)
# a court's decision pointed back to ("challenge that ruling", "appeal the judgment")
_THAT_RULING = re.compile(r"\b(?:that|this|the)\s+(?:ruling|judgment|judgement|decision)\b", re.I)
# "The FTC announced that Avast would pay $16.5m and would be banned from ...": the authority reporting a measure
# told in the passive, between it and the measure
_REPORTS_PASSIVE = re.compile(r"\s+(?:(?:on|in|last|this)\s+\w+\s+)?(?:(?:had|has|also)\s+)*(?:announced|said|says|announces|confirmed|stated)\s+"
                              r"(?:(?:on|in|last|this)\s+\w+\s+)?(?:that\s+)?[^,;]{1,80}?\b(?:would|will|was|were|is|are|"
                              r"has|have|had)\s+(?:also\s+)?(?:been\s+|be\s+)?\Z")
# "have criticised the scheme", "criticized the city's cameras": a thing some party runs, not a party
_CRITICISED_THING = re.compile(r"\s+(?:(?:for|over)\s+)?(?:the|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:scheme|system|systems|programme|program|project|card|technology|practice|practices|tool|"
                               r"tools|policy|cameras|software|trial|pilot|database|rollout|plan|arrangement|partnerships)\b")
# the verb of a reporting clause after its subject (", the agency said")
_REPORTER_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|reported|added)\b")
# "... long before the FTC began its inquiry": a probe told as the time of what its sentence's subject did
_BEFORE_PROBE_BEGAN = re.compile(r"\b(?:before|after|since|until|when)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,4}?"
                                 r"(?:began|opened|launched|started)\s+(?:its|an|a|the|their)\s+(?:[\w-]+\s+)?\Z", re.I)
# "criticised the ruling": a court's decision
_RULING_OBJECT = re.compile(r"\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?P<noun>ruling|judgment|judgement|verdict|"
                            r"decision)\b", re.I)
# "held in a separate case that ...": a ruling in another suit than the story's
_OTHER_CASE = re.compile(r"\S+(?:\s+(?:last|this|earlier|in)\s+\w+)?\s+in\s+(?:a|an)\s+(?:separate|different|unrelated|another|"
                         r"earlier|other)\s+(?:case|suit|lawsuit|matter|dispute)\b", re.I)
# a sentence that opens on the measure told before ("The penalty follows an investigation ...")
_THE_MEASURE_OPENS = re.compile(r"\W*(?:The|This|That|Its)\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,3}?(?:penalty|fine|decision|order|"
                                r"ruling|ban|sanction|reprimand)\s+(?:follows|followed|came|comes)\b")
# Actions whose missing target the article context may supply.
CONTEXT_TARGET_ACTIONS = frozenset({"order", "fine", "complaint", "lawsuit", "cease_and_desist", "investigation"})
# "a joint investigation by A and B, whose report found that ...": the investigators' own finding
_THEIR_FINDING = re.compile(r",\s+(?:whose|which|that)\b|\b(?:its|their)\s+(?:final\s+)?(?:report|findings?)\b", re.I)
# a probe that opens its sentence, then its makers and the verb of what it found ("A joint investigation by the
# Privacy Commissioner of Canada and his counterparts in Alberta and British Columbia found that ...")
_OPENING_PROBE = re.compile(r"\W*(?:A|An|The)\s+(?:[\w-]+\s+){0,2}", re.I)
_PROBE_BY_THEN_VERB = re.compile(r"\s+(?:(?:led|conducted|carried\s+out)\s+)?by\s+[^.;]{2,200}?\s+(?:also\s+)?"
                                 r"(?:has\s+|have\s+|had\s+)?", re.I)
# "challenged their penalties": the challengers' own
_OWN_POSSESSIVE = re.compile(r"\b(?:their|its|his|her)\s+(?:[\w$.,-]+\s+){0,3}\Z", re.I)
# a criticism aimed at a decision, not at a named party ("described the decision as ...")
_DECISION_WORD = re.compile(r"\b(?:decision|move|plan|policy|deployment|rollout|programme|program|scheme|vote)\b", re.I)

# "settled charges that ...", "settled allegations": a regulator's charges
_SETTLED_CHARGES = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:charges|allegations)\b")
# "to settle with 40 U.S. states, a coalition led by the attorneys general of Oregon and Nebraska said": the
# leaders stand for the group the settlement is with
_COALITION_LED_BY = re.compile(r"\b(?:coalition|group|alliance)\b[^.;]{0,80}?\bled\s+by\s+(?:the\s+)?", re.I)
_LEADERS_GAP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+(?:attorneys?\s+general\s+)?of\s+)")
# "fined Didi ..., concluding a probe that began ...", "after an investigation found ...": the authority's own
# inquiry into the party it acts against
AFTER_PROBE = re.compile(r"\b(?:after|following|follows|followed|concluding|closing|ending|completing|wrapping\s+up|at\s+the\s+end\s+of|"
                         r"as\s+a\s+result\s+of)\s+(?:concluding\s+)?(?:a|an|its|their|the|his|her)\s+"
                         r"(?:[\w-]+\s+){0,3}?$", re.I)
# "condemned the deal", "criticised the £3m contract": the story's contract, not a party
_THE_DEAL = re.compile(r"\s+(?:the|this|that|its|their)\s+(?:[\w$\u00a3\u20ac.,-]+\s+){0,3}?"
                       r"(?:deal|contract|agreement|partnership|award|purchase)s?\b(?!\s+(?:with|between|by|for)\b)", re.I)
# "approved a $650 million settlement of a class action accusing Facebook": a court's approval of a deal
APPROVAL = re.compile(r"(?:approved|(?:gave|granted)\s+(?:final\s+|preliminary\s+)?approval)\b", re.I)
# "Under the agreement, ...": what the sentence then binds a party to is the deal's term
_UNDER_DEAL = re.compile(r"\W*Under\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:agreement|settlement|deal|consent\s+decree|(?:consent\s+)?order)\b")


@dataclass
class Candidate:
    """An event as found in one sentence, before article-level resolution."""

    sentence: int
    s_start: int
    s_end: int
    trigger: Trigger
    action: ActionType
    actor: Match | None
    target: Match | None
    frame: str
    extra: dict = field(default_factory=dict)
    status: str = "reported"

    @property
    def key(self) -> tuple:
        return (self.actor and self.actor.party.id, self.action.slug, self.target and self.target.party.id)


def _maker_named(product: Match, mentions: list[Match]) -> Match | None:
    """The story's first mention of the party that makes ``product`` (its parent), if any."""
    return next((m for m in mentions if m.party.id == product.party.parent), None)


# "ban on behavioural advertising on (Facebook and) ...": an activity, then the platforms it runs on
_ACTIVITY_ON = re.compile(r"\s+on\s+(?:[a-z][\w-]*\s+){1,4}(?:on|across)\s+(?:(?:[A-Z][\w.-]*\s+){1,3}(?:and|or)\s+)?")


def _named_most(mentions: list[Match], kinds: tuple[str, ...], other_than: str,
                alone_ok: bool = False) -> Match | None:
    """The first mention of the party of ``kinds`` the article names most (at least twice, alone at the top),
    other than ``other_than``; with ``alone_ok``, also the only such party named once."""
    counts: dict[str, list[Match]] = {}
    for m in mentions:
        if m.party.kind in kinds and m.party.id != other_than:
            counts.setdefault(m.party.id, []).append(m)
    if alone_ok and len(counts) == 1:
        return next(iter(counts.values()))[0]
    best = max(counts.values(), key=len, default=[])
    if len(best) < 2 or sum(1 for v in counts.values() if len(v) == len(best)) > 1:
        return None
    return best[0]


_COURT_WORD = re.compile(r"\b(?:court|tribunal|judge|justices|jury)\b", re.I)


# "asked the National High Court to lift the measure": a measure told before
_UNDO_THE_MEASURE = re.compile(r"\s+(?:\S+\s+){0,6}?to\s+(?:lift|overturn|annul|quash|suspend|set\s+aside|reverse|block)\s+"
                               r"(?:the|that|this)\s+(?:measure|ban|order|fine|decision|suspension|penalty|sanction)\b",
                               re.I)

def _told_again_with_actor(c: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The first other candidate of ``c``'s sentence that tells the same act on the same target with its actor."""
    return next((e for e in candidates if e is not c and e.sentence == c.sentence and e.action.slug == c.action.slug
                 and e.actor is not None and e.target is not None and c.target is not None
                 and e.target.party.id == c.target.party.id and e.actor.party.id != c.target.party.id), None)


class Discourse:
    """Applies the rules of the module docstring to the candidates of one article."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer

    @staticmethod
    def _decision_target(c: Candidate, candidates: list[Candidate]) -> None:
        """"upheld an injunction that bars LinkedIn", "overturned the fine on Clearview": the ruling is about the
        party the decision it rules on binds."""
        decision = next((e for e in candidates if e.sentence == c.sentence and e is not c and e.target
                         and e.action.slug in ("order", "ban", "fine")
                         and (0 <= e.trigger.start - c.trigger.end <= 40
                              # "A fine imposed on Grindr ... has been upheld by the board": the passive's subject
                              or ("passive" in c.frame and 0 <= c.trigger.start - e.trigger.end <= 150)
                              # "ordered Worldcoin to delete ..., ruling that ...": the same decision maker
                              or (e.actor is not None and e.actor.party.id == c.actor.party.id))), None)
        if decision is not None:
            c.target = decision.target
            c.frame += "+decision-target"

    def _law_stopped(self, c: Candidate, candidates: list[Candidate], text: str) -> None:
        """"NetChoice sued Utah ... Judge Robert Shelby blocked that statute": a court that stops a law rules against
        the party the suit over it was brought against (the suit told in its sentence, else the latest one)."""
        if c.target is not None or c.actor is None or c.actor.party.kind != "court" or not c.trigger.is_verb \
                or not text or not _LAW_STOPPED.fullmatch(" ".join(c.trigger.text.split())) \
                or not _LAW_OBJECT.match(text, c.s_start + c.trigger.end):
            return
        suit = self._suit_told(c, candidates, lambda e: e.target is not None and e.target.party.kind != "court"
                               and e.target.party.id != c.actor.party.id)
        if suit is not None:
            c.action = self.lexicon.actions["ruling"]
            c.target = suit.target
            c.frame += "+law-stopped"

    def _injunction_undone(self, c: Candidate, candidates: list[Candidate]) -> None:
        """"NetChoice sued Lynn Fitch ... the Fifth Circuit lifted his injunction": a court that undoes an injunction
        rules against the party that had won it, the suit's plaintiff."""
        if c.target is not None or c.actor is None or c.actor.party.kind != "court" or c.action.slug != "ruling" \
                or not _INJUNCTION_UNDONE.fullmatch(c.trigger.text):
            return
        suit = self._suit_told(c, candidates, lambda e: e.actor.party.kind != "court"
                               and e.actor.party.id != c.actor.party.id)
        if suit is not None:
            c.target = suit.actor
            c.frame += "+injunction-winner"

    @staticmethod
    def _suit_told(c: Candidate, candidates: list[Candidate], predicate) -> Candidate | None:
        """The suit told in the candidate's sentence, else the latest one told before it."""
        suits = [e for e in candidates if e.action.slug == "lawsuit" and e.actor is not None and predicate(e)]
        return next((e for e in suits if e.sentence == c.sentence), None) \
            or next((e for e in reversed(suits) if e.sentence < c.sentence), None)

    def resolve(self, candidates: list[Candidate], court_sentences: set[int],
                mentions: list[Match] = (), text: str = "") -> list[Candidate]:
        courts = any(m.party.kind == "court" for m in mentions) or bool(court_sentences)
        for c in candidates:
            self._law_stopped(c, candidates, text)
            self._injunction_undone(c, candidates)
            self._remap(c, court_sentences, courts, candidates, text)
            if c.actor is not None and c.actor.party.kind == "court" and not self._actor_ok(c.action, c.actor):
                c.actor = None  # "the judge granted approval to the class action deal": courts do not sue
                c.frame += "+actor-dropped"
        self._anaphora(candidates)
        self._suit_named_later(candidates)
        for c in candidates:
            if c.target is None and c.action.slug == "ruling" and c.actor is not None:
                self._decision_target(c, candidates)  # (before the decision merges with a later telling of it)
        for i, c in enumerate(candidates):
            if c.action.slug == "appeal" and c.actor is not None and text:
                self._own_decisions(c, candidates[:i], candidates, text)  # (before they merge with other tellings)
        candidates = self._joint_findings(candidates, text)
        candidates = self._merge_partials(candidates)
        self._challenged_decisions(candidates, text)
        self._ruled_measures(candidates)
        self._injunctions_sought(candidates)
        # (a ruling that undoes a measure told already is against the measure's maker: known before an appeal of it
        # is resolved; again below for measures whose parties the context gives)
        self._ruling_on_measure(candidates, text, verdicts=False)
        for i, c in enumerate(candidates):
            earlier = candidates[:i]
            if c.actor is None and c.target is not None and c.action.slug in AUTHORITY_ACTIONS and not c.trigger.is_verb \
                    and c.target.party.kind in ("regulator", "government", "court") and text \
                    and _REPORTER_AFTER.match(text, c.s_start + c.target.end):
                # "The settlement includes a $275 million penalty ..., the agency said": the reporting authority
                # imposes the penalty; whom it binds is for the context rules below
                c.actor, c.target = c.target, None
                c.frame += "+reporter-acts"
            if c.actor is None and c.action.slug in AUTHORITY_ACTIONS and c.trigger.is_verb and text \
                    and "passive" not in c.frame and (_private_subject(text, c.s_start + c.trigger.start)
                                                      or law_subject(text, c.s_start + c.trigger.start, c.trigger.text)):
                # "a proctor told him to scan his room", "a law requiring ByteDance to sell": nobody the story names
                c.frame += "+private-subject"
            elif c.actor is None and c.action.slug in AUTHORITY_ACTIONS and "passive" in c.frame and text and (
                    reporter := next((m for m in reversed(mentions) if c.s_start <= m.start
                                      and m.end <= c.s_start + c.trigger.start
                                      and m.party.kind in ("regulator", "government") and self._actor_ok(c.action, m)
                                      and _REPORTS_PASSIVE.fullmatch(text, m.end, c.s_start + c.trigger.start)), None)):
                c.actor = reporter  # "The FTC announced that Avast would be banned from selling ...": the FTC's ban
                c.frame += "+reporter-acts"
            elif c.actor is None and c.action.slug in AUTHORITY_ACTIONS and (same := _told_again_with_actor(c, candidates)):
                # "Clearview has been penalised in the EU, where Italy's Garante and France's CNIL each fined it": the
                # sentence names who did it, in a second telling of the same act
                c.actor = same.actor
                c.frame += "+sentence-actor"
            elif c.actor is None and c.action.slug in AUTHORITY_ACTIONS:
                # the issuer named earlier in the article, else in the same sentence, else the
                # authority the article names most ("Rite Aid banned from ...; the FTC said"); a notice
                # ("the enforcement notice, which ordered ...") is a regulator's, never a court's
                notice = bool(text) and bool(_NOTICE_BEFORE.search(
                    text, max(0, c.s_start + c.trigger.start - 60), c.s_start + c.trigger.start))
                # (the other side of "a joint investigation with X" is not X)
                partners = {e.actor.party.id for e in candidates if e.frame.startswith("joint") and e.actor is not None
                            and e.sentence == c.sentence} if c.frame == "joint" else set()
                # ("a settlement with the FTC, under which the company ... was banned from selling": the FTC)
                settled_with = next((m for e in candidates if e.sentence == c.sentence and e.action.slug == "settlement"
                                     for m in (e.actor, e.target) if m is not None and self._actor_ok(c.action, m)
                                     and m.party.kind in ("regulator", "government")
                                     and (c.target is None or m.party.id != c.target.party.id)), None)
                # (a ruling's issuer is the court the story told of, before a regulator whose measure it ruled on)
                courts_rule = c.action.slug == "ruling" and not notice and "ruled-measure" not in c.frame
                court = self._latest(earlier, lambda e: e.action.slug == "ruling" and e.actor is not None
                                     and e.actor.party.kind == "court", "actor") \
                    if courts_rule and (c.sentence in court_sentences or _COURT_WORD.search(text, c.s_start, c.s_end)) \
                    else None
                # (else the court named before the ruling in its sentence: "A federal judge in San Francisco on
                # Friday granted final approval")
                court = court or (next((m for m in reversed(mentions) if m.party.kind == "court"
                                        and c.s_start <= m.start < c.s_start + c.trigger.start), None)
                                  if courts_rule else None)
                no_court = notice or "ruled-measure" in c.frame or "sought-undone" in c.frame
                c.actor = settled_with or court or (self._latest(earlier, lambda e: e.action.slug in AUTHORITY_ACTIONS and e.actor
                                        and self._actor_ok(c.action, e.actor) and e.actor.party.id not in partners
                                        and not (no_court and e.actor.party.kind == "court"), "actor")
                           or next((e.actor for e in sorted(candidates[i + 1:], key=lambda e: (
                                        # (a measure told first is a regulator's before a court's that rules on it)
                                        c.action.slug in ("fine", "ban", "order") and e.actor is not None
                                        and e.actor.party.kind == "court"))
                                    if e.sentence - c.sentence <= 2 and e.actor
                                    and e.action.slug in AUTHORITY_ACTIONS and self._actor_ok(c.action, e.actor)
                                    and not (no_court and e.actor.party.kind == "court")),
                                   None)
                           # ("Under the agreement, filed in Cook County circuit court, the company is barred": the
                           # deal binds it, not the court it was filed in; the authority that settled, if one did)
                           or (next((m for e in reversed(earlier) if e.action.slug == "settlement"
                                     for m in (e.actor, e.target) if m is not None
                                     and m.party.kind in ("regulator", "government")), None)
                               if text and _UNDER_DEAL.match(text, c.s_start) else
                               self._salient_authority(c, mentions, {e.actor.party.id for e in candidates if e.actor})))
                if no_court and c.actor is not None and c.actor.party.kind == "court":
                    c.actor = None  # (nor is a measure a court upholds or quashes the court's own)
                if c.actor is not None and any(e.sentence == c.sentence and e.action.slug == "ruling" and e is not c
                                               and "passive" in e.frame and "decision-target" in e.frame
                                               and e.actor is not None
                                               and e.actor.party.id == c.actor.party.id for e in candidates):
                    c.actor = None  # ("A fine imposed on X ... has been upheld by the Upper Tribunal": not the tribunal's)
                if c.actor is not None and c.action.slug == "investigation" and any(
                        e is not c and e.sentence == c.sentence and e.trigger.start == c.trigger.start
                        and e.target is not None and e.target.party.id == c.actor.party.id for e in candidates):
                    c.actor = None  # ("which examined X along with Y": Y is examined too, not the examiner)
                if c.actor is not None:
                    c.frame += "+context-actor"
                    # ("Five companies were also sanctioned": the remaps by the actor's kind, now it has one)
                    self._remap(c, court_sentences, courts, candidates, text)
            if c.actor is None and c.frame.startswith("noun-names"):
                # "The suit names Andrew Bartholomew": the suit the article's plaintiff filed
                c.actor = self._latest(earlier, lambda e: e.action.slug == "lawsuit" and e.actor is not None
                                       and not e.actor.party.is_unnamed, "actor")
            if c.target is None and c.action.slug in ("lawsuit", "complaint") and c.actor is not None:
                # "the court ruled that SWP ... in a case brought by Ed Bridges": the case's defendant
                # (not a co-plaintiff: "dismissed a lawsuit brought by A and B" rules against both)
                plaintiffs = self._co_actors(c, candidates)
                # (and a complaint's, the party an authority acts against in its sentence: "the CNIL fined Google
                # ... after complaints by noyb")
                ruled = ("ruling",) if c.action.slug == "lawsuit" else ("ruling", "fine", "order", "ban", "investigation")
                # (not an authority another overruled: "determinations by the EDPB ... conclude complaints by noyb")
                c.target = next((e.target for e in candidates if e.sentence == c.sentence
                                 and e.action.slug in ruled and e.target is not None and e.status == "reported"
                                 and e.target.party.id not in plaintiffs
                                 and not (c.action.slug == "complaint" and e.target.party.kind == "regulator")), None)
                if c.target is not None:
                    c.frame += "+ruled-party"
                else:  # "upheld the FCC's ban on Hikvision, rejecting Hikvision's challenge": against the ban's maker
                    c.target = next((e.actor for e in candidates if e.sentence == c.sentence and e.actor is not None
                                     and e.action.slug in CHALLENGED_ACTIONS and e.actor.party.kind != "court"
                                     and e.target is not None and e.target.party.id == c.actor.party.id), None)
                    if c.target is not None:
                        c.frame += "+measure-maker"
            if (c.target is None or c.target.party.kind == "court") and c.actor is None and c.action.slug == "lawsuit" \
                    and not c.trigger.is_verb:
                # "In three cases brought by drivers in Britain, the court found that Uber had ...": a suit
                # by people the story does not name (the court hears it), against the party the court rules
                # on in its sentence
                c.target = next((e.target for e in candidates if e.sentence == c.sentence and e is not c
                                 and e.action.slug == "ruling" and e.target is not None and e.actor is not None
                                 and e.actor.party.kind == "court" and e.status == "reported"
                                 and not DISMISSAL_VERB.fullmatch(e.trigger.text)), None)
                if c.target is not None:
                    c.frame += "+ruled-party"
            if c.target is None and c.frame.startswith("granted-injunction"):
                # "granted an injunction sought by Liberty against the Met": it binds the suit's defendant
                c.target = next((e.target for e in candidates if e.sentence == c.sentence and e.action.slug == "lawsuit"
                                 and e.trigger.start > c.trigger.end and e.target is not None), None)
            if c.target is None and c.action.slug == "ruling" and APPROVAL.match(c.trigger.text):
                # "approved a $650 million settlement of a class action accusing Facebook": the settling party, the
                # defendant of the settled suit
                c.target = next((m for e in candidates if e.sentence == c.sentence and e.trigger.start > c.trigger.end
                                 for m in ((e.actor,) if e.action.slug == "settlement" else
                                           (e.target,) if e.action.slug == "lawsuit" else ()) if m is not None), None)
                if c.target is not None:
                    c.frame += "+settling-party"
            if c.target is None and c.action.slug == "criticism" and c.actor is not None and text \
                    and _THE_DEAL.match(text, c.s_start + c.trigger.end):
                # "Mijente condemned the deal": the vendor of the contract the story told
                deal = next((e for e in reversed(earlier) if e.action.slug == "contract" and e.actor and e.target), None)
                c.target = next((m for m in ((deal.target, deal.actor) if deal else ())
                                 if m.party.kind in ("company", "platform") and m.party.id != c.actor.party.id), None)
                if c.target is not None:
                    c.frame += "+contract-vendor"
            if c.target is None and c.action.slug in ("fine", "order", "ban") and c.actor is not None:
                # "X will pay $520m to resolve FTC allegations. The settlement includes a $275m penalty, the agency
                # said": the penalty binds the authority's other side in the settlement told before
                deal = next((e for e in reversed(earlier) if e.action.slug == "settlement" and e.actor is not None
                             and e.target is not None and c.actor.party.id in (e.actor.party.id, e.target.party.id)),
                            None)
                if deal is not None:
                    c.target = deal.target if deal.actor.party.id == c.actor.party.id else deal.actor
                    c.frame += "+settling-party"
            if c.target is None and c.action.slug == "lawsuit" and c.actor is not None and c.trigger.is_verb:
                # "After LinkedIn sent hiQ a cease-and-desist letter, hiQ sued": against the one that acted on it
                c.target = next((e.actor for e in candidates if e.sentence == c.sentence and e is not c
                                 and e.actor is not None and e.target is not None
                                 and e.target.party.id == c.actor.party.id and e.trigger.start < c.trigger.start
                                 and e.actor.party.kind in ("company", "platform")), None)
                if c.target is not None:
                    c.frame += "+answered"
            if c.target is None and c.action.slug == "investigation" and c.actor is not None and not c.trigger.is_verb \
                    and c.actor.party.kind in ("regulator", "government", "police") and text \
                    and _BEFORE_PROBE_BEGAN.search(text, max(c.s_start, c.s_start + c.trigger.start - 80),
                                                   c.s_start + c.trigger.start):
                # "Ring said it had addressed the issues long before the FTC began its inquiry": into the one company
                # its sentence names, as its subject
                sole = self._sole_company_of_sentence(c, mentions)
                opener = next((m for m in mentions if c.s_start <= m.start < c.s_end), None)
                # (by name: a description there may have been resolved to the wrong party)
                c.target = opener if sole is not None and opener is not None and opener.party.id == sole.party.id \
                    and re.fullmatch(r"\W*", text[c.s_start:opener.start]) \
                    and opener.surface in (opener.party.name, *opener.party.aliases) else None
                if c.target is not None:
                    c.frame += "+company-of-sentence"
            if c.target is None and c.action.slug in CONTEXT_TARGET_ACTIONS and c.actor is not None:
                # (an authority's fine or order: its own latest target first, "The DPC fined Meta. Luxembourg's CNPD
                # fined Amazon in 2021. ... instructed it to impose a penalty": Meta's)
                own = self._latest(earlier, lambda e: e.actor and e.status == "reported" and e.target
                                   and e.actor.party.id == c.actor.party.id, "target") \
                    if c.action.slug in ("fine", "order") and c.actor.party.kind == "regulator" else None
                # ("X ordered Clearview to delete ... Clearview went to court": against the authority that bound it)
                bound_by = self._latest(earlier, lambda e: e.action.slug in ("order", "fine", "ban") and e.target
                                        and e.actor and e.target.party.id == c.actor.party.id
                                        and e.actor.party.kind in ("regulator", "government"), "actor") \
                    if c.action.slug == "lawsuit" and c.trigger.is_verb else None
                # ("A court ordered ViaQuatro to pay 500,000 reais. That suit was also brought by Idec": the case the
                # sentence before told, against the one its court acted on, not the latest suit's defendant)
                told = self._latest([e for e in earlier if c.sentence - e.sentence == 1], lambda e: e.target and e.actor
                                    and e.actor.party.kind == "court" and e.target.party.id != c.actor.party.id, "target") \
                    if c.action.slug == "lawsuit" and not c.trigger.is_verb and text \
                    and _THAT_CASE_OPENS.fullmatch(text, c.s_start, c.s_start + c.trigger.end) else None
                c.target = (own or bound_by or told
                            or self._latest(earlier, lambda e: e.action.slug == c.action.slug and e.target, "target")
                            or self._latest(earlier, lambda e: c.actor and e.actor
                                            and e.actor.party.id == c.actor.party.id and e.target, "target"))
                if c.target is not None:
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "ban" and c.actor is not None \
                    and c.actor.party.kind == "regulator" and text and (
                        (not c.trigger.is_verb and not _BAN_OBJECT.match(text, c.s_start + c.trigger.end))
                        or _BAN_ON_ACTIVITY.match(text, c.s_start + c.trigger.end)
                        or (c.trigger.is_verb and _BANNED_ACTIVITY.match(text, c.s_start + c.trigger.end))):
                # "the AEPD imposed a precautionary ban of up to three months", "suspended the practice in July": a
                # regulator's ban with no party as its object binds the company the story is about (or, for an
                # activity, the one company its sentence names: "banned the practice and began fining X")
                c.target = self._salient_company(c, mentions) or (
                    self._sole_company_of_sentence(c, mentions) if not _BAN_OBJECT.match(text, c.s_start + c.trigger.end)
                    or _BAN_ON_ACTIVITY.match(text, c.s_start + c.trigger.end) else None)
                if c.target is not None:
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "ruling" and c.actor is not None and c.frame.startswith("rejected-request"):
                # "but the court turned down the request": the request of the latest appellant or claimant
                c.target = self._latest(earlier + [e for e in candidates if e.sentence == c.sentence and e is not c],
                                        lambda e: e.action.slug in ("appeal", "lawsuit") and e.actor is not None
                                        and e.actor.party.id != c.actor.party.id, "actor")
                if c.target is not None:
                    c.frame += "+requester"
            if c.target is None and c.action.slug == "ruling" and c.actor is not None:
                self._decision_target(c, candidates)
            if c.target is None and c.action.slug == "ruling" and c.actor is not None and c.actor.party.kind == "court":
                # "Google challenged the CNIL's fine before the Conseil d'Etat, which upheld the sanction": the
                # court rules on the challenger's case
                appellant = next((e.actor for e in candidates if e.sentence == c.sentence and e is not c
                                  and e.action.slug in ("appeal", "lawsuit") and e.actor is not None
                                  and e.actor.party.id != c.actor.party.id and e.trigger.start < c.trigger.start), None)
                if appellant is not None:
                    c.target = appellant
                    c.frame += "+appellant"
            if c.target is None and c.action.slug == "appeal" and c.actor is not None:
                # "Bridges is appealing that decision": the party he sued
                c.target = self._latest(candidates, lambda e: e.action.slug == "lawsuit" and e.actor is not None
                                        and e.actor.party.id == c.actor.party.id and e.target is not None, "target")
                if c.target is not None:
                    c.frame += "+suit-target"
            if c.action.slug == "criticism" and c.target is not None and c.target.surface.lower() == "it":
                # "X described the move as a threat, while Y called it dangerous": "it" is what X criticised, not X
                fellow = next((e for e in earlier if e.sentence == c.sentence and e.action.slug == "criticism"
                               and e.actor is not None and e.target is not None
                               and e.actor.party.id == c.target.party.id), None)
                if fellow is not None:
                    c.target = fellow.target
                    c.frame += "+same-object"
            if c.target is None and c.action.slug == "criticism" and c.actor is not None and text \
                    and re.search(r"\balso\s+$", text[max(0, c.s_start + c.trigger.start - 12):c.s_start + c.trigger.start]):
                # "Big Brother Watch described the move as ... Liberty also objected": the same target
                c.target = self._latest(earlier, lambda e: e.action.slug == "criticism" and e.target is not None
                                        and e.actor is not None and e.actor.party.id != c.actor.party.id, "target")
                if c.target is not None:
                    c.frame += "+also"
            if c.target is None and c.action.slug == "appeal" and c.actor is not None and text \
                    and c.actor.party.kind in ("regulator", "government") \
                    and _THAT_RULING.search(text, c.s_start + c.trigger.end, min(c.s_end, c.s_start + c.trigger.end + 40)) \
                    and any(e.action.slug == "ruling" and e.target is not None and e.target.party.id == c.actor.party.id
                            for e in earlier):
                # "The ICO has since sought permission to challenge that ruling": an authority appeals a ruling
                # against it, in the case its other side brought
                # (else the party it had acted against: "The ICO fined it £7.5 million, but the tribunal overturned
                # the penalty. The ICO is appealing that decision.")
                c.target = self._latest(earlier, lambda e: e.action.slug in ("appeal", "lawsuit") and e.actor is not None
                                        and e.target is not None and e.target.party.id == c.actor.party.id, "actor") \
                    or self._latest(earlier, lambda e: e.action.slug in AUTHORITY_ACTIONS and e.actor is not None
                                    and e.actor.party.id == c.actor.party.id and e.target is not None
                                    and e.target.party.kind not in ("regulator", "court"), "target")
                if c.target is not None:
                    c.frame += "+ruling-appealed"
            if c.target is None and c.action.slug == "criticism" and c.actor is not None and c.trigger.is_verb and text \
                    and c.actor.party.kind in ("advocacy", "person") \
                    and _CRITICISED_THING.match(text, c.s_start + c.trigger.end):
                # "Campaigners, including the ICCL, have criticised the scheme for years": the scheme of the party the
                # story's authorities acted against (or the one that uses it), not the authority
                c.target = self._latest(earlier, lambda e: e.action.slug in AUTHORITY_ACTIONS and e.target is not None
                                        and e.actor is not None and e.target.party.kind not in ("regulator", "court")
                                        and e.target.party.id != c.actor.party.id, "target") \
                    or self._latest(earlier, lambda e: e.action.slug == "contract" and e.actor is not None
                                    and e.actor.party.id != c.actor.party.id, "actor") \
                    or _named_most(mentions, ("company", "platform"), c.actor.party.id)
                if c.target is not None:
                    c.frame += "+owner-of-thing"
            if c.target is None and c.action.slug == "criticism" and c.actor is not None \
                    and c.frame.startswith("critics-named"):
                # "Critics including the MacArthur Justice Center have argued that the alerts ...": critics of the
                # company (the maker of what they criticise) the story is about
                c.target = _named_most(mentions, ("company", "platform"), c.actor.party.id, alone_ok=True)
                if c.target is not None:
                    c.frame += "+salient-company"
            ruling_object = _RULING_OBJECT.match(text, c.s_start + c.trigger.end) \
                if text and c.action.slug == "criticism" and c.target is None else None
            if c.target is None and c.action.slug == "criticism" and c.actor is not None and ruling_object is not None \
                    and c.frame.startswith("decision-criticised") and (
                        ruling_object.group("noun").lower() != "decision"
                        or not any(e.action.slug in AUTHORITY_ACTIONS and e.actor is not None
                                   and e.actor.party.kind in ("regulator", "government") for e in earlier)):
                # "The Illinois Chamber of Commerce criticised the ruling": the court the story tells ruled (most often,
                # else last: not a dissenting justice named once); "criticised the decision" where only a court decided
                rulings = [e.actor for e in earlier if e.action.slug == "ruling" and e.actor is not None
                           and e.actor.party.kind == "court" and e.status == "reported"]
                told = Counter(a.party.id for a in rulings)
                c.target = max(reversed(rulings), key=lambda a: told[a.party.id], default=None)
                if c.target is not None:
                    c.frame += "+court-ruled"
            if c.target is None and c.action.slug in ("appeal", "criticism") and c.actor is not None \
                    and not (c.action.slug == "criticism" and c.actor.party.kind in ("regulator", "court")):
                # (an authority's warning names whom it warns, or nobody: "the SEC warned that advisers ...")
                # "challenged the measure", "called the decision disproportionate": the latest authority that
                # acted against the actor, else the latest authority
                def authority(e: Candidate) -> bool:
                    return bool(e.action.slug in AUTHORITY_ACTIONS and e.actor and e.actor.party.id != c.actor.party.id
                                and e.actor.party.kind != "court")
                against = [e for e in earlier if authority(e) and e.target is not None
                           and e.target.party.id == c.actor.party.id]
                if text and c.action.slug == "appeal" and _THAT_DECISION.match(text, c.s_start + c.trigger.end):
                    # "Amazon appealed that decision": the decision told last, against the appellant or a
                    # company of its group (the CNPD's fine on Amazon Europe Core), not the story's main one
                    latest = [e for e in earlier if authority(e) and e.target is not None
                              and (e.target.party.id == c.actor.party.id or self._ancestor(c.actor.party.id, e.target.party.id))]
                    against = latest[-1:] or against
                authorities = {a.actor.party.id for a in against}
                ruled = next((e.target.party.id for e in candidates if e.sentence == c.sentence
                              and e.action.slug == "ruling" and e.actor is not None and e.actor.party.kind == "court"
                              and e.target is not None and e.target.party.id in authorities), None) \
                    if c.action.slug == "appeal" else None
                if ruled is not None:
                    # "Clearview appealed, and the tribunal ruled that the ICO lacked jurisdiction": the authority
                    # the court of the same sentence ruled on
                    against = [a for a in against if a.actor.party.id == ruled]
                # the authority the story is about (named most in the article), else the latest one
                named = Counter(m.party.id for m in mentions)
                counts = {e.actor.party.id: named[e.actor.party.id] for e in against}
                top = max(counts.values(), default=0)
                main = [e for e in against if counts[e.actor.party.id] == top]
                c.target = ((main[-1].actor if top > 1 and len({e.actor.party.id for e in main}) == 1 else None)
                            or self._latest(against, lambda e: True, "actor")
                            or self._latest(earlier, authority, "actor"))
                if c.target is None and c.action.slug == "criticism" and (
                        _DECISION_WORD.search(c.trigger.text) or c.frame.startswith("decision-criticised")):
                    # "Big Brother Watch described the move as ...": the move of whoever acted last, else of
                    # the party the story is about
                    c.target = self._latest(earlier, lambda e: e.actor is not None and e.action.slug != "criticism"
                                            and e.status == "reported" and e.actor.party.id != c.actor.party.id,
                                            "actor") \
                        or self._salient_party(c, mentions)
                if c.target is not None:
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "contract" and c.actor is not None and c.trigger.is_verb \
                    and c.actor.party.kind in ("police", "government") and not c.actor.party.is_place and text \
                    and _THE_PRODUCT.match(text, c.s_start + c.trigger.end) \
                    and not _STOPPED_BEFORE.search(text, c.s_start, c.s_start + c.trigger.start):
                # "Several police forces trialled the tool": the tool of the company the story is about
                c.target = self._salient_company(c, mentions)
                if c.target is not None:
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "data_collection" and c.actor is not None \
                    and c.actor.party.kind in ("company", "product") \
                    and not (text and _FROM_THE_WEB.match(text, c.s_start + c.trigger.end)):
                # "demanding that the startup stop scraping data from its members' profiles": the one platform
                # the story names
                # (named by then, or soon after: a platform the story brings up paragraphs later is no source of it)
                platforms = {m.party.id: m for m in mentions if m.party.kind == "platform"
                             and m.party.id != c.actor.party.id and m.start < c.s_end + 300}
                if len(platforms) == 1:
                    c.target = next(iter(platforms.values()))
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "withdrawal" and c.actor is not None and text \
                    and _DROPPED_CASE.match(text, c.s_start + c.trigger.end):
                # "Meta dropped its case the following month": a retreat from its suit against the suit's defendant
                c.target = self._latest(candidates, lambda e: e.action.slug in ("lawsuit", "complaint", "appeal")
                                        and e.actor is not None and e.actor.party.id == c.actor.party.id
                                        and e.target is not None, "target")
                if c.target is not None:
                    c.frame += "+case-dropped"
            if c.actor is None and c.action.slug == "contract" and c.target is not None and text \
                    and _STAFF_BEFORE.search(text, max(0, c.s_start + c.trigger.start - 50), c.s_start + c.trigger.start):
                # "after officers used the Clearview AI app": the force whose officers they are
                c.actor = next((m for m in reversed(mentions) if m.start < c.s_start + c.trigger.start
                                and c.s_start + c.trigger.start - m.start < 400 and m.party.kind == "police"), None)
                if c.actor is not None:
                    c.frame += "+staff-of"
            # (not where its sentence already tells who buys it: "The checks, which Uber uses ..., rely on software
            # from Microsoft")
            thing = _THING_RELYING.search(text, c.s_start, c.s_start + c.trigger.start) \
                if c.actor is None and c.action.slug == "contract" and c.target is not None and text \
                and c.trigger.is_verb and not any(e is not c and e.sentence == c.sentence and e.action.slug == "contract"
                                                  and e.actor is not None and e.target is not None
                                                  and e.target.party.id == c.target.party.id for e in candidates) \
                else None
            if thing is not None:
                # "The checks, which rely on face-matching software from Microsoft": the checks' owner, named in
                # the possessive before them, else the company the story is about
                # (the story's police force or government too: "the system, which uses NEC's NeoFace software", in
                # a story about South Wales Police; not a place named most)
                owner = next((m for m in mentions if m.start >= thing.start() and m.end <= thing.start("head")
                              and m.party.kind in ("company", "platform", "police", "government")), None) \
                    or _named_most([m for m in mentions if not m.party.is_place],
                                   ("company", "platform", "police", "government"), c.target.party.id)
                if owner is not None and owner.party.id != c.target.party.id:
                    c.actor = owner
                    c.frame += "+thing-owner"
            if c.target is None and c.action.slug == "contract" and c.actor is not None and text \
                    and c.actor.party.kind in BUYER_KINDS | {"company"}:
                # "The Met will begin deploying cameras. The cameras, which run software supplied by NEC, ...":
                # the supplier named in that sentence or the next (a company buying from another: "Cadillac Fairview
                # used the technology ... The software, supplied by Mappedin, ..."; not one of a pair the buyer
                # stands in: "urged both firms to stop supplying technology used in ...")
                pair = {m.party.id for m in mentions if m.start == c.s_start + c.actor.start}
                c.target = next((m for m in mentions if c.s_start <= m.start <= c.s_end + 300
                                 and m.party.kind in ("company", "product") and m.party.id not in pair
                                 and SUPPLIER.search(text, max(0, m.start - 60), m.start)), None)
                if c.target is not None:
                    c.frame += "+supplier"
            if c.target is None and c.action.slug == "investigation" \
                    and c.actor is not None and c.actor.party.kind in ("regulator", "government", "police"):
                # "The investigation was led by the attorneys general of Oregon and Nebraska": into the
                # company the story is about
                c.target = self._salient_company(c, mentions)
                if c.target is not None:
                    c.frame += "+context-target"
            if c.target is None and c.action.slug == "lawsuit" and c.actor is not None:
                # "under a settlement with Robert Williams. The agreement resolves a lawsuit that Williams filed":
                # against the other side of the settlement
                settled = next((e for e in candidates if e.action.slug == "settlement" and 0 <= c.sentence - e.sentence <= 1
                                and e.actor is not None and e.target is not None
                                and c.actor.party.id in (e.actor.party.id, e.target.party.id)), None)
                if settled is not None:
                    c.target = settled.target if settled.actor.party.id == c.actor.party.id else settled.actor
                    c.frame += "+settled-with"
            if c.target is None and c.action.slug in ("lawsuit", "complaint") and c.actor is not None:
                plaintiffs = self._co_actors(c, candidates)
                c.target = self._salient_company(c, mentions) or self._latest(
                    candidates, lambda e: e.action.slug in AUTHORITY_ACTIONS and e.target and e.actor
                    and e.target.party.id not in plaintiffs
                    # (a complaint is not against the authority another overruled)
                    and not (c.action.slug == "complaint" and e.target.party.kind == "regulator"), "target")
                if c.target is not None:
                    c.frame += "+context-target"
        self._inquiries_behind_decisions(candidates, text)
        self._suits_settled(candidates)
        candidates.extend(self._plaintiffs_named_later(candidates, mentions, text))
        candidates.extend(self._plaintiffs_named(candidates, mentions, text))
        self._retarget_descriptions(candidates)
        self._complaint_of_suit(candidates, mentions)
        self._ruling_on_measure(candidates, text)
        self._ruling_on_case(candidates, text)
        self._loser_takes_it_higher(candidates)
        self._settlement_counterparty(candidates, mentions, text)
        self._buyer_acts(candidates)
        self._maker_supplies(candidates, mentions)
        self._product_makers_answer(candidates, mentions)
        self._appeal_against_party(candidates)
        self._own_parts_bans(candidates)
        self._withdrawn_products(candidates, mentions)
        self._platforms_of_banned_activity(candidates, mentions, text)
        return [c for c in candidates if self._keep(c, candidates, text)]


    # -- rules ---------------------------------------------------------
    def _complaint_of_suit(self, candidates: list[Candidate], mentions: list[Match]) -> None:
        """"An Illinois man has filed a class action against Clearview AI ... The complaint by David Mutnick
        follows ...": in a story with no regulator, a complaint that names no party of its own is the
        court filing of the suit told before it (and names its plaintiff)."""
        if any(m.party.kind == "regulator" for m in mentions):
            return
        for i, c in enumerate(candidates):
            if c.action.slug != "complaint" or c.trigger.is_verb or c.actor is None or c.target is None \
                    or "context-target" not in c.frame:
                continue
            suit = next((e for e in reversed(candidates[:i]) if e.action.slug == "lawsuit" and e.target is not None
                         and e.target.party.id == c.target.party.id), None)
            if suit is None:
                continue
            c.action = self.lexicon.actions["lawsuit"]
            c.frame += "+court-filing"
            if suit.actor is None:
                suit.actor = c.actor

    def _suits_settled(self, candidates: list[Candidate]) -> None:
        """"A class action accusing Facebook ... was settled for $650 million": the suit's defendant settles (with
        its plaintiff, if named); "reached a $1.5 billion deal with a class of authors who sued the company": a deal
        with those who sued it is a settlement."""
        for c in candidates:
            suit = next((e for e in candidates if e.sentence == c.sentence and e.action.slug == "lawsuit"
                         and e.target is not None and e is not c), None)
            if suit is None:
                continue
            if c.action.slug == "settlement" and c.frame == "suit-settled" and c.actor is None and c.target is None:
                c.actor, c.target = suit.target, suit.actor
                c.frame += "+suit-sides"
            elif c.action.slug == "contract" and not c.trigger.is_verb and c.target is None and c.actor is not None \
                    and _DEAL_NOUN.fullmatch(c.trigger.text) and suit.target.party.id == c.actor.party.id \
                    and suit.trigger.start > c.trigger.end:
                c.action = self.lexicon.actions["settlement"]
                c.target = suit.actor
                c.frame += "+deal-with-suers"

    @staticmethod
    def _plaintiffs_named_later(candidates: list[Candidate], mentions: list[Match], text: str) -> list[Candidate]:
        """"Two Norfolk residents sued the city ... Lee Schmidt, a Navy veteran, and Crystal Arrington, a health
        care worker, say ...": as many people as the suit's counted plaintiffs, named together as the subject of
        a later sentence (within two) and not before the suit, brought it."""
        out = []
        for c in candidates:
            if c.action.slug not in ("lawsuit", "complaint") or c.actor is None or c.target is None \
                    or c.actor.party.kind != "person" or not c.actor.party.is_unnamed or c.status != "reported":
                continue
            count = _COUNTS.get(c.actor.surface.split()[0].lower())
            if count is None:
                continue
            earlier = {m.party.id for m in mentions if m.start < c.s_end}
            people = [m for m in mentions if c.s_end <= m.start and m.party.kind == "person"
                      and not m.party.is_unnamed and m.party.id not in earlier]
            for i, first in enumerate(people):
                if not _SENTENCE_OPENS.search(text, max(0, first.start - 3), first.start) \
                        or text.count(".", c.s_end, first.start) > 2:
                    continue
                named = people[i:i + count]
                if len(named) == count and all(_NAMED_TOGETHER.fullmatch(text, a.end, b.start)
                                               for a, b in zip(named, named[1:])) \
                        and _SAY_AFTER_NAMES.match(text, named[-1].end) \
                        and not any(OFFICIAL_APPOSITION.match(text, m.end) for m in named):
                    # (not "Mark Talbot, the police chief, and Ann Lee, the mayor, said": officials, not plaintiffs)
                    out.extend(replace(c, actor=person, frame=c.frame + "+named-later") for person in named)
                break
        return out

    @staticmethod
    def _plaintiffs_named(candidates: list[Candidate], mentions: list[Match], text: str) -> list[Candidate]:
        """"ruled that the plaintiffs, Lee Schmidt, a Navy veteran, and Crystal Arrington, had plausibly alleged
        ...": the people the text calls the plaintiffs brought the story's suit (the first one told with a
        defendant), when they are not its plaintiffs already."""
        suit = next((c for c in candidates if c.action.slug == "lawsuit" and c.target is not None
                     and c.status == "reported"), None)
        if suit is None or not text:
            return []
        suing = {c.actor.party.id for c in candidates if c.action.slug == "lawsuit" and c.actor is not None}
        out = []
        for opening in _THE_PLAINTIFFS.finditer(text):
            named = [m for m in mentions if m.start >= opening.end() and m.party.kind == "person"
                     and not m.party.is_unnamed]
            people: list[Match] = []
            for m in named:  # the first right after the words, the others named together with it
                if not (m.start == opening.end() if not people else _NAMED_TOGETHER.fullmatch(text, people[-1].end, m.start)):
                    break
                people.append(m)
            out.extend(replace(suit, actor=person, frame=suit.frame + "+plaintiffs-named") for person in people
                       if person.party.id not in suing and person.party.id != suit.target.party.id)
            suing |= {person.party.id for person in people}
        return out

    @staticmethod
    def _suit_named_later(candidates: list[Candidate]) -> None:
        """"The mother of a Florida boy has sued Character.AI ... Megan Garcia's lawsuit also names Google": the
        suit told before without its plaintiff is the named plaintiff's too."""
        for i, c in enumerate(candidates):
            if c.action.slug != "lawsuit" or c.frame != "possessive-names" or c.actor is None:
                continue
            for e in candidates[:i]:
                if e.action.slug == "lawsuit" and e.actor is None and e.target is not None \
                        and c.sentence - e.sentence <= 2 and e.target.party.id != c.actor.party.id:
                    e.actor = c.actor
                    e.frame += "+plaintiff-named-later"

    @staticmethod
    def _ruling_on_measure(candidates: list[Candidate], text: str, verdicts: bool = True) -> None:
        """"The ICO fined Clearview £7.5m. The tribunal overturned the penalty": a ruling on a measure the story
        told already, with no party of its own, is against its maker when it undoes it, else against the party
        it binds. ``verdicts``: rulings on a jury's award too."""
        for i, c in enumerate(candidates):
            if c.target is not None or c.action.slug != "ruling" or not text:
                continue
            named = _MEASURE_NAMED.match(text, c.s_start + c.trigger.end)
            if named is None:
                continue
            if named.group("noun").lower() in ("award", "verdict"):
                if not verdicts:
                    continue
                # "a federal jury found BNSF liable ... the judge threw out the award": a ruling on the party the
                # verdict bound, whichever way it goes
                verdict = next((e for e in reversed(candidates[:i]) if e.action.slug == "ruling" and e.actor is not None
                                and e.target is not None and JURY.search(e.actor.party.name)), None)
                if verdict is not None:
                    c.target = verdict.target
                    c.frame += "+verdict-told"
                continue
            slugs = _MEASURE_ACTIONS.get(named.group("noun").lower(), CHALLENGED_ACTIONS)
            measure = next((e for e in reversed(candidates[:i]) if e.action.slug in slugs and e.actor is not None
                            and e.target is not None and e.actor.party.kind != "court"
                            and (c.actor is None or e.actor.party.id != c.actor.party.id)), None)
            if measure is not None:
                c.target = measure.target if _UPHOLDS.match(c.trigger.text) else measure.actor
                c.frame += "+measure-told"

    @staticmethod
    def _ruling_on_case(candidates: list[Candidate], text: str = "") -> None:
        """"..., the Illinois Supreme Court ruled. The case was brought by X against White Castle": a court's
        ruling with no party ruled on is about the defendant of the suit told within two sentences (once
        every suit has its target, hence after the other rules). Not for dismissals: those go against
        whoever brought the case."""
        for c in candidates:
            if c.target is not None or c.action.slug != "ruling" or c.actor is None \
                    or c.actor.party.kind != "court" or DISMISSAL_VERB.fullmatch(c.trigger.text):
                continue
            if text and _UNDONE_BEFORE.search(text, max(0, c.s_start + c.trigger.start - 60), c.s_start + c.trigger.start):
                continue  # "overturning a High Court decision": the decision undone went the other way
            if text and _OTHER_CASE.match(text, c.s_start + c.trigger.start, c.s_start + c.trigger.end + 50):
                continue  # "after the Illinois Supreme Court held in a separate case that ...": not the story's suit
            same = next((e for e in candidates if e.sentence == c.sentence and e.action.slug == "ruling"
                         and e.trigger.end < c.trigger.start and e.target is not None and e.actor is not None
                         and e.actor.party.id == c.actor.party.id), None) if c.trigger.text.lower().startswith(
                             ("finding", "holding")) and text[c.s_start:c.s_start + c.trigger.start].rstrip().endswith(",") else None
            if same is not None:
                c.target = same.target  # "The court ruled the suits inadmissible, finding that ...": one ruling
                c.frame += "+same-ruling"
                continue
            suit = next((e for e in sorted(candidates, key=lambda e: abs(e.sentence - c.sentence))
                         if e.action.slug == "lawsuit" and e.target is not None and e.actor is not None
                         and abs(e.sentence - c.sentence) <= 2 and e.target.party.id != c.actor.party.id), None)
            if suit is not None and text and _CASE_FOUND_WANTING.match(text, c.s_start + c.trigger.end):
                c.target = suit.actor  # "The court ruled the suits inadmissible": against whoever brought them
                c.frame += "+case-plaintiff"
                continue
            if suit is not None:
                c.target = suit.target
                c.frame += "+case-defendant"
                continue
            # "Clearview AI has won its appeal against the ICO's fine ... the tribunal said": the ruling goes
            # against the loser of the appeal the story tells, when it says who won
            appeal = next((e for e in candidates if e.action.slug == "appeal" and e.actor is not None
                           and e.target is not None and e.target.party.kind != "court"
                           and abs(e.sentence - c.sentence) <= 2 and e.status == "reported"), None)
            if appeal is not None and text:
                said = text[max(0, appeal.s_start + appeal.trigger.start - 40):appeal.s_start + appeal.trigger.start]
                if _WON.search(said):
                    c.target, c.frame = appeal.target, c.frame + "+appeal-lost-by-target"
                elif _LOST.search(said):
                    c.target, c.frame = appeal.actor, c.frame + "+appeal-lost-by-appellant"

    @staticmethod
    def _retarget_descriptions(candidates: list[Candidate]) -> None:
        """"Facebook has also told the company to stop": a description that resolved to a party no other
        event of this action targets means the party the others target (the one every letter went to),
        when exactly one party is the target of two or more of them."""
        for c in candidates:
            if c.target is None or c.actor is None or not re.match(r"(?i)the\s", c.target.surface):
                continue
            if "+context-target" in c.frame:
                continue  # ("after the OAIC launched its investigation": a target from the story, not a description)
            same = [e for e in candidates if e is not c and e.action.slug == c.action.slug and e.target is not None]
            if any(e.target.party.id == c.target.party.id for e in same):
                continue
            counts: dict[str, list[Match]] = {}
            for e in same:
                if e.target.party.id != c.actor.party.id and (
                        e.target.party.kind == c.target.party.kind
                        or {e.target.party.kind, c.target.party.kind} <= {"company", "platform", "product"}):
                    counts.setdefault(e.target.party.id, []).append(e.target)
            main = [targets for targets in counts.values() if len(targets) >= 2]
            if len(main) == 1:
                c.target = Match(c.target.start, c.target.end, c.target.surface, main[0][0].party)
                c.frame += "+retargeted"

    def _remap(self, c: Candidate, court_sentences: set[int], courts: bool = False,
               candidates: list[Candidate] = (), text: str = "") -> None:
        remap = self.lexicon.remaps.get(c.action.slug, {})
        if c.actor is not None and c.actor.party.kind in remap.get("actor_kind", {}):
            only = remap.get("only_trigger")
            at = c.s_start + c.trigger.start
            # ("lodged a complaint with the Cyberabad police against X": a police complaint stays a complaint)
            near = text[max(0, at - 30):c.s_start + c.trigger.end + 40]
            if not any(word in c.trigger.text.lower() for word in remap.get("unless_trigger", [])) \
                    and not any(re.search(pattern, near, re.I) for pattern in remap.get("unless_near", [])) and (
                    only is None or any(word in " ".join(c.trigger.text.lower().split()) for word in only)):
                c.action = self.lexicon.actions[remap["actor_kind"][c.actor.party.kind]]
                if c.action.no_target:
                    c.target = None
        if c.actor is not None and c.target is None and c.actor.party.kind in remap.get("untargeted_actor_kind", {}) \
                and not c.trigger.is_verb and any(
                    e.sentence == c.sentence and e is not c and e.action.slug in ("appeal", "lawsuit", "criticism")
                    and e.actor is not None and e.actor.party.id == c.actor.party.id
                    and 0 <= c.trigger.start - e.trigger.end <= 40 for e in candidates):
            c.actor = None  # "Worldcoin appealed against the Kenyan ban": the ban it challenges is another's
            c.frame += "+challenged"
        if c.actor is not None and c.target is None and c.actor.party.kind in remap.get("untargeted_actor_kind", {}) \
                and not any(c.trigger.text.lower().startswith(word) for word in remap.get("untargeted_unless", [])):
            c.action = self.lexicon.actions[remap["untargeted_actor_kind"][c.actor.party.kind]]
        if "in_order" in remap and c.actor is not None and c.actor.party.kind in ("regulator", "government") and text \
                and any(re.search(pattern, text[c.s_start:c.s_start + c.trigger.start])
                        for pattern in remap.get("in_order_before", [])):
            c.action = self.lexicon.actions[remap["in_order"]]
        party_kind = remap.get("party_kind", {})
        kinds = {m.party.kind for m in (c.actor, c.target) if m is not None} & party_kind.keys()
        if kinds and c.actor is not None and c.target is not None \
                and any(word in c.trigger.text.lower() for word in remap.get("party_kind_triggers", [""])):
            c.action = self.lexicon.actions[party_kind[sorted(kinds)[0]]]
        if "in_court" in remap and c.sentence in court_sentences:
            c.action = self.lexicon.actions[remap["in_court"]]
        if "without_court" in remap and not courts and not c.trigger.is_verb \
                and c.trigger.text.lower() in remap.get("without_court_triggers", []) \
                and any(e.action.slug in remap.get("without_court_after", []) and e.actor is not None
                        and e.actor.party.kind == "regulator" for e in candidates):
            c.action = self.lexicon.actions[remap["without_court"]]
        verb_target = remap.get("verb_target_kind", {})
        if c.target is not None and c.trigger.is_verb and c.target.party.kind in verb_target \
                and c.trigger.text.lower() in remap.get("verb_target_triggers", []) and "active" in c.frame:
            c.action = self.lexicon.actions[verb_target[c.target.party.kind]]

    def _anaphora(self, candidates: list[Candidate]) -> None:
        for i, c in enumerate(candidates):
            if c.action.slug != "anaphora":
                continue
            head = c.trigger.text.lower().split()[-1].rstrip("s")
            earlier = [e for e in reversed(candidates[:i]) if e.action.slug != "anaphora"]
            if c.trigger.is_verb:
                # "YouTube followed suit": the latest act of another party, reported as done
                # (a whole act: "banned government use of facial recognition, and Boston followed" repeats the ban,
                # not the use the ban names)
                previous = next((e for e in earlier if e.actor is not None and e.status == "reported"
                                 and (e.target is not None or e.action.optional_target or e.action.no_target)
                                 and (c.actor is None or e.actor.party.id != c.actor.party.id)), None)
            else:
                named = self.lexicon.actions_naming(head)
                # (one with a target first: "similar bans" repeats the bans on DeepSeek, not its own block)
                previous = next((e for e in earlier if e.action.slug == head and e.target), None) or next(
                    (e for e in earlier if head in e.trigger.text.lower() and e.target), None) or next(
                    (e for e in earlier if e.action.slug in named and e.target), None) or next(
                    (e for e in earlier if head in e.trigger.text.lower()), None) or next(
                    (e for e in earlier if e.action.slug in named), None) or (next(
                    (e for e in earlier if e.target), None) if head not in self.lexicon.anaphora_own_heads else None)
            if previous is not None:
                c.action = previous.action
                if c.target is None:
                    c.target = previous.target
        candidates[:] = [c for c in candidates if c.action.slug != "anaphora"]

    def _merge_partials(self, candidates: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        for c in candidates:
            partner = None
            if (c.actor is None) != (c.target is None) and c.action.slug not in UNMERGED_ACTIONS:
                partner = next((o for o in reversed(out) if o.action.slug == c.action.slug
                                and abs(o.sentence - c.sentence) <= 1 and (o.actor is None) != (o.target is None)
                                and (o.actor is None) == (c.target is None)), None)
            if partner is not None:
                actor, target = c.actor or partner.actor, c.target or partner.target
                if self.gazetteer.related(actor.party.id, target.party.id):
                    partner = None
            if partner is not None:
                best = min((c, partner), key=lambda x: STATUS_RANK[x.status])
                merged = Candidate(best.sentence, best.s_start, best.s_end, best.trigger, c.action,
                                   c.actor or partner.actor, c.target or partner.target, c.frame + "+merged",
                                   status=best.status)
                out.remove(partner)
                out.append(merged)
                if c.actor is not None and partner.actor is None:
                    # ("Google and its AI company DeepMind are being sued ... The action is brought by X": both)
                    for o in out:
                        if o is not merged and o.actor is None and o.target is not None and o.action.slug == c.action.slug \
                                and o.sentence == partner.sentence and o.trigger.start == partner.trigger.start:
                            o.actor = c.actor
                            o.frame += "+merged"
                continue
            out.append(c)
        return out

    def _settlement_counterparty(self, candidates: list[Candidate], mentions: list[Match] = (), text: str = "") -> None:
        for i, c in enumerate(candidates):
            if c.action.slug == "settlement" and c.actor is not None and c.target is None:
                # "Amazon has agreed to pay $25 million to resolve FTC charges ... Its Ring unit will separately pay
                # $5.8 million": a related party settles with the same authority
                same = next((e for e in reversed(candidates[:i]) if e.action.slug == "settlement" and e.actor is not None
                             and e.target is not None and e.target.party.kind in ("regulator", "government")
                             and 0 < c.sentence - e.sentence <= 2
                             and self.gazetteer.related(e.actor.party.id, c.actor.party.id)), None)
                if same is not None:
                    c.target = same.target
                    c.frame += "+related-settles"
                    continue
            if c.frame == "the-investigation":
                # "X fined Y ... The investigation began after ...": the authority's inquiry into the party its
                # latest decision told before bound
                decided = next((e for e in reversed(candidates[:i]) if e.action.slug in ("fine", "order", "ban", "ruling")
                                and e.actor is not None and e.target is not None and e.status == "reported"
                                and e.actor.party.kind in ("regulator", "government", "police")), None)
                if decided is not None:
                    c.actor, c.target = decided.actor, decided.target
                    c.frame += "+decision"
                continue
            if c.frame.startswith("the-settlement") and c.actor is None and c.target is None:
                # "Sued by the ACLU in 2020, Clearview AI ... The settlement, filed on Monday, ...": the parties of
                # the latest suit told before it
                # (in the sentence, an authority's act the settlement came with: "required Everalbum to delete
                # the models, as part of a settlement")
                same = c.frame.startswith("the-settlement-same")
                suit = next((e for e in reversed(candidates[:i]) if e.action.slug in (
                    ("lawsuit", "order", "ban", "fine") if same else ("lawsuit",)) and e.actor is not None
                             and e.target is not None and c.sentence - e.sentence <= (0 if same else 2)
                             and "+context" not in e.frame), None)
                if suit is not None:
                    c.actor, c.target = suit.target, suit.actor
                    c.frame += "+suit"
                continue
            if c.action.slug != "settlement" or c.target is not None or c.actor is None:
                continue
            if any(e is not c and e.action.slug == "settlement" and e.sentence == c.sentence and e.target is not None
                   and e.actor is not None and e.actor.party.id == c.actor.party.id for e in candidates):
                continue  # "agreed to pay Texas $1.4bn to settle a lawsuit": one settlement, its counterparty named
            own_suit = next((e for e in candidates if e.sentence == c.sentence and e.action.slug == "lawsuit"
                             and e.actor is not None and e.target is not None
                             and e.actor.party.id == c.actor.party.id), None)
            if own_suit is not None:
                c.target = own_suit.target  # "UMG has settled its lawsuit against Udio": with the one it sued
                c.frame += "+own-suit"
                continue
            own_measure = next((e for e in candidates if e.sentence == c.sentence and e.action.slug in ("order", "ban", "fine")
                                and e.actor is not None and e.target is not None
                                and e.actor.party.id == c.actor.party.id and c.actor.party.kind == "regulator"), None)
            if own_measure is not None:
                # "The FTC's order against X-Mode, the agency's first settlement banning a data broker ...": the
                # regulator settled with the party its order binds
                c.target = own_measure.target
                c.frame += "+own-measure"
                continue
            # the plaintiff of a suit against the settling party, else "Under the settlement, Rite Aid must ...":
            # the authority that acted against it; the nearest in the article, a suit first at equal distance
            # ("settle with 40 states. The investigation was led by X and Y. ... a lawsuit brought by Arizona")
            def against_settler(e: Candidate) -> int | None:
                if e.actor is None or e.target is None or e.target.party.id != c.actor.party.id \
                        or e.actor.party.id == c.actor.party.id or self.gazetteer.related(e.actor.party.id, c.actor.party.id):
                    return None  # (ByteDance's TikTok is no plaintiff against ByteDance)
                if e.action.slug in ("lawsuit", "complaint"):
                    return 0
                if e.action.slug in AUTHORITY_ACTIONS and e.actor.party.kind in ("regulator", "government"):
                    return 1
                return None
            ranked = sorted((abs(e.sentence - c.sentence), rank, i, e) for i, e in enumerate(candidates)
                            if (rank := against_settler(e)) is not None)
            if _ENDS_AN_INQUIRY.match(text, c.s_start + c.trigger.end, c.s_end):
                # "paid $391.5 million to end an investigation by 40 states": with the investigators, not with those
                # who sued it
                ranked = [r for r in ranked if r[1] == 1]
            if ranked:
                distance, rank, _, first = ranked[0]
                c.target = first.actor
                c.frame += "+plaintiff" if rank == 0 else "+authority"
                # "The investigation was led by the attorneys general of Oregon and Nebraska": each of them (but a
                # class action's named plaintiffs stand for one class: the settlement is with the class, told once)
                for d, r, _, other in ranked[1:] if first.actor.party.kind != "person" else ():
                    if (d, r) == (distance, rank) and other.sentence == first.sentence \
                            and other.action.slug == first.action.slug and other.actor.party.id != first.actor.party.id:
                        candidates.append(Candidate(c.sentence, c.s_start, c.s_end, c.trigger, c.action, c.actor,
                                                    other.actor, c.frame, dict(c.extra), c.status))
                continue
            # "hiQ sued LinkedIn ... The dispute ended with a settlement in which hiQ agreed to ...": with the one the
            # settling party sued shortly before
            sued = next((e for e in reversed(candidates[:i]) if e.action.slug == "lawsuit" and e.actor is not None
                         and e.target is not None and e.actor.party.id == c.actor.party.id
                         and 0 <= c.sentence - e.sentence <= 3), None)
            if sued is not None:
                c.target = sued.target
                c.frame += "+own-earlier-suit"
                continue
            # "The SEC settled charges against two advisers. Delphia will pay $225,000": the one regulator
            # the article names, when it settles too
            regulators = {e.actor.party.id: e.actor for e in candidates if e.action.slug == "settlement" and e.actor
                          and e.actor.party.kind == "regulator" and e.actor.party.id != c.actor.party.id}
            if len(regulators) == 1 and c.actor.party.kind in ("company", "platform"):
                c.target = next(iter(regulators.values()))
                c.frame += "+regulator"
                continue
            # "nearly a year after the doorbell maker settled charges that it let employees ...": the charges of the
            # one regulator the story names
            named = {m.party.id: m for m in mentions if m.party.kind == "regulator" and m.party.id != c.actor.party.id}
            if len(named) == 1 and c.actor.party.kind in ("company", "platform") and text \
                    and _SETTLED_CHARGES.match(text, c.s_start + c.trigger.end):
                c.target = next(iter(named.values()))
                c.frame += "+charging-regulator"
                continue
            leaders = self._coalition_leaders(c, mentions, text)
            if leaders:
                c.target = leaders[0]
                c.frame += "+coalition-leader"
                candidates.extend(replace(c, target=m, extra=dict(c.extra)) for m in leaders[1:])
                continue
            if c.actor.party.kind in ("regulator", "government") and (company := self._salient_company(c, mentions)) is not None:
                # "... under a settlement announced by the Federal Trade Commission. The FTC said Everalbum ...": the
                # regulator settled with the company the story is about ("Indiana later settled for $20 million": a
                # state, likewise)
                c.target = company
                c.frame += "+story-company"

    @staticmethod
    def _coalition_leaders(c: Candidate, mentions: list[Match], text: str) -> list[Match]:
        """The authorities a settlement's sentence says led the group it settled with ("a coalition led by the
        attorneys general of Oregon and Nebraska"), in the order named."""
        led = _COALITION_LED_BY.search(text, c.s_start, c.s_end) if text else None
        if led is None:
            return []
        leaders, end = [], led.end()
        for m in sorted((m for m in mentions if led.end() <= m.start < c.s_end), key=lambda m: m.start):
            if m.start > end and not _LEADERS_GAP.fullmatch(text, end, m.start):
                break
            if m.party.kind in ("government", "regulator") and m.party.id != c.actor.party.id:
                leaders.append(m)
            end = m.end
        return leaders

    @staticmethod
    def _inquiries_behind_decisions(candidates: list[Candidate], text: str = "") -> None:
        """"fined Didi Global ..., concluding a probe that began ...": the inquiry that led to a decision is the
        deciding authority's, into the party the decision is against; an inquiry that names no party of its own
        and stands behind no decision is dropped."""
        dropped = []
        for c in candidates:
            if c.action.slug != "investigation" or not c.frame.startswith("after-probe"):
                continue
            bare = c.frame.startswith("after-probe-bare")
            decision = next((e for e in candidates if e.sentence == c.sentence and e is not c
                             and e.action.slug in ("fine", "order", "ban", "ruling", "cease_and_desist")
                             and e.actor is not None and e.target is not None
                             and e.actor.party.kind in ("regulator", "government", "court", "police")), None)
            if decision is None:
                # "The BayLDA reached its decision after an investigation ...": the decision this sentence's
                # authority told just before, with the party it was against
                own = next((e for e in candidates if e.sentence == c.sentence and e is not c and e.actor is not None
                            and e.action.slug in ("ruling", "fine", "order", "ban") and e.target is None
                            and e.actor.party.kind in ("regulator", "government", "court", "police")), None)
                decision = next((e for e in sorted(candidates, key=lambda e: -e.sentence)
                                 if own is not None and 0 < c.sentence - e.sentence <= 2
                                 and e.action.slug in ("fine", "order", "ban", "ruling", "cease_and_desist")
                                 and e.actor is not None and e.target is not None
                                 and e.actor.party.id == own.actor.party.id), None)
            if decision is None and text and _THE_MEASURE_OPENS.match(text, c.s_start):
                # "The CNIL fined Criteo. The penalty follows an investigation opened in 2020": the measure the
                # sentence opens on is the one told just before
                decision = next((e for e in sorted(candidates, key=lambda e: -e.sentence)
                                 if 0 < c.sentence - e.sentence <= 1
                                 and e.action.slug in ("fine", "order", "ban", "ruling")
                                 and e.actor is not None and e.target is not None
                                 and e.actor.party.kind in ("regulator", "government", "court", "police")), None)
            if decision is not None:
                c.actor, c.target = decision.actor, decision.target if bare else c.target
                c.frame += "+decision"
            elif bare:
                dropped.append(c)
        candidates[:] = [c for c in candidates if all(c is not d for d in dropped)]

    @staticmethod
    def _buyer_acts(candidates: list[Candidate]) -> None:
        """"Paragon signed a contract with ICE", "a deal between Axon and the city": a wording that does not
        say who buys (a noun, or a verb "with"). The police force or government is the customer, so it acts."""
        for c in candidates:
            if c.action.slug == "contract" and c.actor is not None and c.target is not None \
                    and c.actor.party.kind in ("company", "platform") and c.target.party.kind in BUYER_KINDS \
                    and (not c.trigger.is_verb or re.search(r"\b(?:with|between)\b", c.trigger.text)):
                c.actor, c.target = c.target, c.actor
                c.frame += "+buyer"

    def _own_parts_bans(self, candidates: list[Candidate]) -> None:
        """"The ban prohibits the city from obtaining ...": a ban whose target is its maker (or one of its
        parts) is the maker's ban on its own agencies, with no target; a company that suspends its own product
        retreats."""
        for c in candidates:
            if c.action.slug == "ban" and c.actor is not None and c.target is not None and (
                    c.actor.party.id == c.target.party.id or self.gazetteer.related(c.actor.party.id, c.target.party.id)) \
                    and not ("context-actor" in c.frame and c.actor.party.kind in ("company", "platform")):
                # (a company guessed from the story is no retreat: "DeepSeek blocked in Italy as watchdog opens probe")
                c.target = None
                c.frame += "+own-parts"
                if c.actor.party.kind in ("company", "platform"):
                    c.action = self.lexicon.actions["withdrawal"]  # "Scatter Lab suspended Lee Luda": a retreat

    @staticmethod
    def _platforms_of_banned_activity(candidates: list[Candidate], mentions: list[Match], text: str) -> None:
        """"the authority's ban on behavioural advertising on Facebook and Instagram": the platforms are where the
        banned activity runs; the ban binds their owner, when the story names it."""
        for c in candidates:
            if c.action.slug != "ban" or c.target is None or c.target.party.kind != "platform" or not text \
                    or not c.target.party.parent or not _ACTIVITY_ON.fullmatch(
                        text, c.s_start + c.trigger.end, max(c.s_start + c.trigger.end, c.target.start)):
                continue
            owner = _maker_named(c.target, mentions)
            if owner is not None:
                c.target = owner
                c.frame += "+platform-owner"

    @staticmethod
    def _withdrawn_products(candidates: list[Candidate], mentions: list[Match]) -> None:
        """"The chatbot was pulled in January", "Lee Luda was shut down": a product withdrawn is its maker's
        retreat, when the story names the maker."""
        for c in candidates:
            if c.action.slug != "withdrawal":
                continue
            product = c.actor if c.actor is not None and c.target is None else c.target if c.actor is None else None
            if product is None or product.party.kind != "product" or not product.party.parent:
                continue
            maker = _maker_named(product, mentions)
            if maker is not None:
                c.actor, c.target = maker, None
                c.frame += "+product-maker"

    @staticmethod
    def _joint_findings(candidates: list[Candidate], text: str) -> list[Candidate]:
        """"a joint investigation by A, B and C, whose report found that Clearview had ...": what the report found
        is each investigator's finding, on the party the investigation examined."""
        out = []
        for c in candidates:
            investigators = [e for e in candidates if e.sentence == c.sentence and e.action.slug == "investigation"
                             and e.actor is not None and e.trigger.start < c.trigger.start
                             and ((e.target is None
                                   and _THEIR_FINDING.search(text, c.s_start + e.trigger.end, c.s_start + c.trigger.start))
                                  # "A joint investigation by A, B and C found that X ...": the probe's makers find
                                  or (_OPENING_PROBE.fullmatch(text, c.s_start, c.s_start + e.trigger.start)
                                      and _PROBE_BY_THEN_VERB.fullmatch(text, c.s_start + e.trigger.end,
                                                                        c.s_start + c.trigger.start)))] \
                if c.action.slug == "ruling" and c.actor is None and c.target is not None and text else []
            if not investigators:
                out.append(c)
                continue
            for e in investigators:
                if e.target is None and _THEIR_FINDING.search(text, c.s_start + e.trigger.end, c.s_start + c.trigger.start):
                    e.target = c.target
                    e.frame += "+finding-target"
                out.append(replace(c, actor=e.actor, frame=c.frame + "+investigators"))
        return out

    @staticmethod
    def _own_decisions(a: Candidate, earlier: list[Candidate], candidates: list[Candidate], text: str) -> None:
        """"Verizon, T-Mobile and Sprint have challenged their penalties": the appellants' own penalties bind them
        (their possessive names no issuer), and were imposed by the authority that last imposed one."""
        appellants = {e.actor.party.id for e in candidates if e.sentence == a.sentence and e.action.slug == a.action.slug
                      and e.trigger.start == a.trigger.start and e.actor is not None}
        own = [d for d in candidates if d.sentence == a.sentence and d.action.slug in CHALLENGED_ACTIONS
               and d.actor is not None and d.actor.party.id in appellants and d.target is None
               and 0 <= d.trigger.start - a.trigger.end <= 40
               and _OWN_POSSESSIVE.search(text, max(0, a.s_start + d.trigger.start - 30), a.s_start + d.trigger.start)]
        if not own:
            return
        issuer = next((d.actor for d in reversed(earlier) if d.action.slug in CHALLENGED_ACTIONS and d.actor is not None
                       and d.actor.party.kind in ("regulator", "government", "court")
                       and d.actor.party.id not in appellants), None)
        for d in own:
            d.actor, d.target = issuer, d.actor
            d.frame += "+possessor-bound"

    def _loser_takes_it_higher(self, candidates: list[Candidate]) -> None:
        """"AMS appealed, and the court overturned the authority's ban. The authority then took the matter to the
        Supreme Court": a party a court ruled against in an earlier sentence, in a case another brought against it,
        appeals when it takes the case to a court."""
        for i, c in enumerate(candidates):
            if c.action.slug != "lawsuit" or c.actor is None or not _TAKES_IT.match(c.trigger.text):
                continue
            # (in a case the other side brought against it: "AMS appealed, and the court overturned the ban"; not
            # "After Russian courts upheld the penalty, Glukhin took his case to Strasbourg", a case of its own)
            against = [e for e in candidates[:i] if e.sentence < c.sentence and e.target is not None
                       and e.target.party.id == c.actor.party.id]
            if any(e.action.slug == "ruling" for e in against) and any(e.action.slug in ("appeal", "lawsuit")
                                                                       for e in against):
                c.action = self.lexicon.actions["appeal"]
                c.frame += "+loser-takes-it-higher"

    @staticmethod
    def _challenged_decisions(candidates: list[Candidate], text: str = "") -> None:
        """"Google has taken its fight against the CNIL's €50 million fine to the Conseil d'État": a decision
        that a party challenges in the same sentence binds that party, and the challenge is against the
        decision's maker (not the court that hears it)."""
        for i, a in enumerate(candidates):
            # ("Meta's request for a temporary injunction against a ban imposed by X", "Apple has lodged a legal
            # challenge against a secret Home Office order": a suit against the decision too)
            if a.actor is None or not (a.action.slug == "appeal" or (a.action.slug == "lawsuit" and (
                    "injunction" in a.trigger.text.lower() or a.trigger.text.lower().startswith("request")
                    or (text and a.target is None and _AGAINST_DECISION.match(text, a.s_start + a.trigger.end))))):
                continue
            # (the decision may come first: "The Garante's €15 million fine was appealed by OpenAI")
            # ("Both companies went to court to contest the penalties": not a measure of the appellant's co-appellant)
            co_appellants = {e.actor.party.id for e in candidates if e.trigger is a.trigger and e.actor is not None}
            decisions = [d for d in candidates if d.sentence == a.sentence and d.action.slug in CHALLENGED_ACTIONS
                         and (d.actor is not None or d.frame.startswith("challenged-unnamed"))
                         and (d.actor is None or d.actor.party.id not in co_appellants)
                         and (d.actor is None or d.actor.party.kind != "court")  # ("... but the court refused")
                         and (0 <= d.trigger.start - a.trigger.end <= 120
                              or ("passive" in a.frame and 0 <= a.trigger.start - d.trigger.end <= 40))]
            for decision in decisions:
                if decision.target is None or decision.target.party.kind == "court":
                    decision.target = a.actor
                    decision.frame += "+challenger"
            if decisions and (a.target is None or a.target.party.kind == "court") and decisions[0].actor is not None:
                a.target = decisions[0].actor
                a.frame += "+decision-maker"
            elif not decisions and a.target is None and text \
                    and _UNDO_THE_MEASURE.match(text, a.s_start + a.trigger.end):
                # "X imposed a ban on Worldcoin. Its developer asked the court to lift the measure": the latest
                # measure told before, binding the one who asks
                told = next((d for d in reversed(candidates[:i])
                             if d.action.slug in CHALLENGED_ACTIONS and d.actor is not None
                             and d.actor.party.kind != "court" and a.sentence - d.sentence <= 2
                             and d.target is not None and d.target.party.id == a.actor.party.id), None)
                if told is not None:
                    a.target = told.actor
                    a.frame += "+measure-maker"

    @staticmethod
    def _ruled_measures(candidates: list[Candidate]) -> None:
        """"The tribunal upheld the ICO's fine against Clearview": a court that upholds a measure told in the
        same sentence rules against the party the measure binds, not the authority that made it (which the
        possessive names); "A court in Rome has suspended the fine that the Garante imposed on OpenAI": one
        that sets it aside rules against its maker."""
        for c in candidates:
            if c.action.slug == "ruling" and _UNDOES.match(c.trigger.text):
                undone = next((d for d in candidates if d.sentence == c.sentence and d is not c
                               and d.action.slug in CHALLENGED_ACTIONS and d.actor is not None
                               and d.actor.party.kind != "court" and 0 <= d.trigger.start - c.trigger.end <= 40), None)
                if undone is not None and (c.actor is None or undone.actor.party.id != c.actor.party.id):
                    c.target = undone.actor
                    c.frame += "+undone-measure"
                continue
            if c.action.slug != "ruling" or not _UPHOLDS.match(c.trigger.text):
                continue
            appeal = next((d for d in candidates if d.sentence == c.sentence and d.action.slug == "appeal"
                           and d.actor is not None and d.target is not None and c.target is not None
                           and d.actor.party.id == c.target.party.id and 0 <= d.trigger.start - c.trigger.end <= 40), None)
            if appeal is not None:
                # "The Upper Tribunal upheld the ICO's appeal ... with Clearview AI": against the appellant's opponent
                c.target = appeal.target
                c.frame += "+upheld-appeal"
                continue
            for d in candidates:
                if d.sentence == c.sentence and d.actor is None and d.action.slug in ("fine", "order", "ban") \
                        and 0 <= d.trigger.start - c.trigger.end <= 80 and "ruled-measure" not in d.frame:
                    d.frame += "+ruled-measure"  # "upheld the fine imposed on Amazon": whoever made it, not the court
            measure = next((d for d in candidates if d.sentence == c.sentence and d is not c
                            and d.action.slug in CHALLENGED_ACTIONS and d.target is not None
                            and 0 <= d.trigger.start - c.trigger.end <= 80
                            and (c.target is None or (d.actor is not None and d.actor.party.id == c.target.party.id))),
                           None)
            if measure is not None and (c.actor is None or measure.target.party.id != c.actor.party.id):
                c.target = measure.target
                c.frame += "+upheld-measure"

    @staticmethod
    def _injunctions_sought(candidates: list[Candidate]) -> None:
        """"A judge ordered Metrô to halt the rollout, granting an injunction sought by public defenders": the
        suit that sought it is against whom the order binds, and no party the order binds brought it."""
        for c in candidates:
            if c.action.slug != "lawsuit" or not c.trigger.text.lower().startswith("injunction"):
                continue
            order = next((e for e in candidates if e.sentence == c.sentence and e.action.slug in ("order", "ban")
                          and e.target is not None and e.trigger.start < c.trigger.start), None)
            if order is None:
                continue
            if c.actor is not None and (c.actor.party.id == order.target.party.id or c.actor.party.kind == "court"):
                c.actor = None
            if c.target is None:
                c.target = order.target
                c.frame += "+enjoined"

    @staticmethod
    def _appeal_against_party(candidates: list[Candidate]) -> None:
        """"seeking permission to appeal the tribunal's judgment": an appeal is against the other side of the
        case (the party the appellant acted against, or the one that sued it), not against the court; so is
        an appeal whose target the sentence does not name."""
        for c in candidates:
            if c.action.slug == "appeal" and c.actor is not None and c.actor.party.kind == "court" \
                    and not c.trigger.is_verb:
                # "The High Court had rejected his claim, prompting the appeal": the appeal of the one it ruled against
                ruled = next((e.target for e in candidates if e.sentence == c.sentence and e.action.slug == "ruling"
                              and e.actor is not None and e.actor.party.id == c.actor.party.id
                              and e.target is not None and e.target.party.kind != "court"), None)
                if ruled is not None:
                    c.actor, c.target = ruled, None
            if c.action.slug != "appeal" or c.actor is None or (c.target is not None and c.target.party.kind != "court"):
                continue
            me = c.actor.party.id
            c.target = next((e.target for e in candidates if e.actor is not None and e.actor.party.id == me
                             and e.target is not None and e.target.party.kind != "court"
                             and e.target.party.id != me
                             and e.action.slug not in ("appeal", "contract", "data_collection", "settlement")), None) \
                or next((e.actor for e in candidates if e.target is not None and e.target.party.id == me
                         and e.actor is not None and e.actor.party.kind != "court"
                         and e.action.slug in ("lawsuit", "complaint")), None) \
                or next((e.actor for e in candidates if e.target is not None and e.target.party.id == me
                         and e.actor is not None and e.actor.party.kind in ("regulator", "government")
                         and e.action.slug in ("fine", "order", "ban")), None) \
                or next((e.target for near in (0, 1) for e in candidates if e.sentence == c.sentence - near
                         and e.action.slug == "ruling"
                         and e.actor is not None and e.actor.party.kind == "court" and e.target is not None
                         and e.target.party.id != me and e.target.party.kind != "court"), None)
            if c.target is not None and any(e.action.slug == "appeal" and e.sentence == c.sentence and e.actor is not None
                                            and e.trigger.start == c.trigger.start
                                            and e.actor.party.id == c.target.party.id for e in candidates):
                c.target = None  # "X and Y challenged the experiment": not each other
            # (not a party it settled with: a settlement is no decision to appeal)
            # (the maker of the measure appealed; else the party the appealed ruling was about: "Ed Bridges appealed
            # the High Court's ruling that South Wales Police's use of facial recognition was lawful", or the one
            # the sentence before ruled on: "The court ruled that Facebook broke the law. X, whose office brought
            # the appeal, ...")
            c.frame += "+case-party"

    @staticmethod
    def _maker_supplies(candidates: list[Candidate], mentions: list[Match]) -> None:
        """"ICE awarded Palantir a contract to build ImmigrationOS": a contract's product whose maker the
        sentence names is supplied by that maker, the party to the contract."""
        for c in candidates:
            if c.action.slug != "contract" or c.target is None or c.target.party.kind != "product" \
                    or not c.target.party.parent:
                continue
            maker = next((m for m in mentions if c.s_start <= m.start < c.s_end
                          and m.party.id == c.target.party.parent), None)
            if maker is not None:
                c.target = maker
                c.frame += "+maker"

    @staticmethod
    def _product_makers_answer(candidates: list[Candidate], mentions: list[Match]) -> None:
        """"a complaint ... over the chatbot's inability to correct false information": a complaint, suit or demand
        against a product is against its maker, when the story names the maker."""
        for c in candidates:
            if c.action.slug not in ("complaint", "lawsuit", "cease_and_desist") or c.target is None \
                    or c.target.party.kind != "product" or not c.target.party.parent:
                continue
            maker = _maker_named(c.target, mentions)
            if maker is not None:
                c.target = maker
                c.frame += "+maker"

    def _keep(self, c: Candidate, candidates: list[Candidate], text: str = "") -> bool:
        if c.actor is not None and c.target is not None and c.actor.party.kind == "government" and any(
                e is not c and e.sentence != c.sentence and e.action.slug == c.action.slug and e.actor and e.target
                and e.target.party.id == c.target.party.id and self._ancestor(c.actor.party.id, e.actor.party.id)
                for e in candidates):
            # "Kenya suspends Worldcoin" (headline) and "Kenya's interior ministry suspended ..." (body):
            # one act, by the ministry. Companies stay apart: a YouTube letter is not a Google letter.
            return False
        if c.target is None and not c.action.no_target and c.actor is not None and any(
                e is not c and e.action.slug == c.action.slug and e.target and e.actor
                and (self._same_side(e.actor, c.actor)
                     or (c.action.symmetric and self._same_side(e.target, c.actor)))
                for e in candidates):
            return False  # the same act, reported elsewhere in the article with its target
        if (c.actor is None or c.actor.party.is_unnamed) and c.target is not None and any(
                e is not c and e.action.slug == c.action.slug and e.actor is not None and e.target is not None
                and not e.actor.party.is_unnamed
                # (unless the described party is of another kind: "police officers raided" after the regulator's probe)
                and (c.actor is None or c.actor.party.kind == e.actor.party.kind or "context-actor" in e.frame
                     # ("Two rights groups and four activists sued X ... The plaintiffs include Mijente and ...")
                     or {c.actor.party.kind, e.actor.party.kind} <= {"person", "advocacy"})
                and self.gazetteer.related(e.target.party.id, c.target.party.id) and e.actor.party.id != e.target.party.id
                and e.status == "reported" and not self.gazetteer.related(e.actor.party.id, e.target.party.id)
                for e in candidates):
            # "Two Illinois men sue Amazon" and the suit by the men named later: one suit ("a suit against Meta ...
            # resolves a 2022 suit alleging that Facebook's feature ...": against its platform, the same)
            return False
        if c.actor is not None and c.target is not None and self.gazetteer.related(
                c.actor.party.id, c.target.party.id):
            if c.action.slug != "withdrawal":
                return False
            c.target = None  # "its subsidiary Jumpshot, which Avast shut down": a retreat, from nobody else
        if c.action.slug == "criticism" and c.target is not None \
                and c.trigger.text.lower().startswith(("urg", "called on", "calling on", "calls on")) \
                and c.target.party.kind in ("regulator", "court") and c.actor is not None and any(
                    e.sentence == c.sentence and e.action.slug in ("complaint", "lawsuit") and e.actor is not None
                    and e.actor.party.id == c.actor.party.id for e in candidates):
            return False  # "lodged a complaint with the ICO, urging the regulator to stop Meta ...": a plea, not a charge
        if c.action.slug == "criticism" and c.target is not None and c.trigger.text.lower().startswith("accus") and (
                _SUITS_BEFORE.search(text, c.s_start, c.s_start + c.trigger.start)
                or any(e.action.slug in ("lawsuit", "complaint", "investigation") and e.target is not None
                       and e.target.party.id == c.target.party.id
                       # (no journalism, nor a suit only threatened: "Forbes had accused Perplexity of lifting one of
                       # its investigations and threatened legal action")
                       and (e.actor is None or self._actor_ok(e.action, e.actor)) and e.status == "reported"
                       # (told near it; paragraphs later, an accusation is a statement of its own)
                       and abs(c.sentence - e.sentence) <= 2
                       # (another party's accusation stands: "Dow Jones sued Perplexity ... Forbes had accused the
                       # company of plagiarism")
                       and (c.actor is None or e.actor is None
                            or self.gazetteer.related(e.actor.party.id, c.actor.party.id))
                       for e in candidates)):
            return False  # "the ACLU sued Clearview ... and accused the company of ...": the suit's allegation
        if c.target is None and c.actor is not None and c.actor.party.kind == "government" and any(
                e is not c and e.action.slug == c.action.slug and e.target is None and e.actor is not None
                and e.actor.party.kind == "government" and e.status == "reported"
                and (self._ancestor(e.actor.party.id, c.actor.party.id)
                     or c.actor.party.name.startswith(e.actor.party.name + " "))
                for e in candidates):
            # "Oakland banned ... The City Council adopted the ban": the city's one act, told by its council
            return False
        if c.action.slug == "order" and c.actor is not None and c.target is not None and any(
                e.action.slug == "ban" and e.sentence == c.sentence and e.actor is not None and e.target is not None
                and e.actor.party.id == c.actor.party.id and e.target.party.id == c.target.party.id
                and (e.frame.startswith("complement") and e.trigger.start > c.trigger.end
                     or (not c.trigger.is_verb and 0 < e.trigger.start - c.trigger.end <= 6))
                for e in candidates):
            # "orders DeepSeek blocked", "the proposed order also bans BetterHelp from ...": the order is the ban
            return False
        if c.action.slug == "ruling" and c.actor is not None and c.actor.party.kind == "regulator" and c.target:
            decided = {"fine", "order", "ban"}
            # (in the same sentence; or anywhere, for "the Garante's decision" that names the measure told before)
            same_story = not c.trigger.is_verb and c.trigger.text.lower().startswith("decision")
            # (but a finding told as such is an act of its own: "found that Bunnings had breached the law and ordered")
            finding = c.trigger.is_verb and re.match(r"(?:(?:has|have)\s+)?(?:found|finds|concluded|determined)\b|ruled\b.*\bthat$",
                                                     c.trigger.text, re.I)
            # ("In a decision published on Thursday, the agency said the municipality had not ...": what it found)
            finding = finding or c.frame.startswith("fronted-noun")
            if not finding and any(e.action.slug in decided and e.actor and e.target and e.actor.party.id == c.actor.party.id
                   and e.target.party.id == c.target.party.id and (e.sentence == c.sentence or same_story)
                   for e in candidates):
                return False
        return True

    # -- helpers -------------------------------------------------------
    def _same_side(self, a: Match, b: Match) -> bool:
        """The same party, or a government and its office (Texas and the Texas Attorney General).
        A company and its subsidiary act separately (Amazon's settlement is not Ring's)."""
        if a.party.id == b.party.id:
            return True
        return a.party.kind == b.party.kind == "government" and self.gazetteer.related(a.party.id, b.party.id)

    def _ancestor(self, maybe_ancestor: str, party_id: str) -> bool:
        party, seen = self.gazetteer.get(party_id), set()
        while party is not None and party.parent and party.parent not in seen:
            if party.parent == maybe_ancestor:
                return True
            seen.add(party.parent)
            party = self.gazetteer.get(party.parent)
        return False

    @staticmethod
    def _co_actors(c: Candidate, candidates: list[Candidate]) -> set[str]:
        """The parties acting in the same event as ``c`` (its own trigger): "a lawsuit brought by A and B"."""
        return {e.actor.party.id for e in candidates if e.sentence == c.sentence and e.actor is not None
                and e.trigger.start == c.trigger.start}

    @staticmethod
    def _latest(earlier: list[Candidate], predicate, role: str) -> Match | None:
        for e in reversed(earlier):
            if predicate(e):
                return getattr(e, role)
        return None

    @staticmethod
    def _salient_company(c: Candidate, mentions: list[Match]) -> Match | None:
        """The company or platform the article names most (at least twice), other than the actor; for
        suits by people and groups, police forces and governments count too."""
        people = c.actor.party.kind in ("person", "advocacy")
        defendants = ("company", "platform", "police", "government") if people else ("company", "platform")
        # ("the judicial review brought by campaigner Shaun Thompson" in a story naming only the Met)
        return _named_most(mentions, defendants, c.actor.party.id, alone_ok=people)

    @staticmethod
    def _sole_company_of_sentence(c: Candidate, mentions: list[Match]) -> Match | None:
        """The one company or platform the candidate's sentence names, other than the actor."""
        inside = {m.party.id: m for m in mentions if c.s_start <= m.start < c.s_end and m.party.kind in ("company", "platform")
                  and m.party.id != c.actor.party.id}
        return next(iter(inside.values())) if len(inside) == 1 else None

    @staticmethod
    def _salient_party(c: Candidate, mentions: list[Match]) -> Match | None:
        """The party the article names most (at least twice, alone at the top), other than the actor."""
        named = Counter(m.party.id for m in mentions if m.party.id != c.actor.party.id and not m.party.is_place)
        ranked = named.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return next(m for m in mentions if m.party.id == ranked[0][0])

    def _salient_authority(self, c: Candidate, mentions: list[Match], acting: set[str] = frozenset()) -> Match | None:
        """The party of a kind allowed to act that the article mentions most (at least twice). A place (a state,
        a city) counts only if it acts somewhere in the article: "filed in Illinois state court", "Illinois
        residents" make Illinois no authority."""
        counts: dict[str, list[Match]] = {}
        for m in mentions:
            if m.party.is_place and m.party.id not in acting:
                continue
            if self._actor_ok(c.action, m) and m.party.kind in ("regulator", "court", "government", "police") \
                    and (c.target is None or m.party.id != c.target.party.id):
                counts.setdefault(m.party.id, []).append(m)
        if not counts:
            return None
        if len(counts) == 1:
            return next(iter(counts.values()))[0]  # the only authority the article names
        best = max(counts.values(), key=len)
        if len(best) < 2 or sum(1 for v in counts.values() if len(v) == len(best)) > 1:
            return None
        return best[0]

    @staticmethod
    def _actor_ok(action: ActionType, actor: Match) -> bool:
        return action.actor_kinds is None or actor.party.kind in action.actor_kinds
