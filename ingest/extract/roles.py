"""Role assignment: who is the actor and who the target of a trigger in a sentence.

The sentence is seen as party groups (coordinated mentions: "Google, YouTube
and LinkedIn") around a trigger. Frames, in the order they are tried:

* passive: "Clearview was fined by the CNIL" -> target left, actor after "by";
* headline passive: "Clearview fined EUR 20m", "Macy's sued for $10M";
* undergoer: "Clearview faces a lawsuit from Vermont" -> target left, actor after "from/by";
* possessive noun: "the ICO's fine against Clearview";
* noun with "by": "a lawsuit by the state of Vermont against Clearview";
* active: the subject group to the left is the actor, the object group to the
  right (directly, or after one of the action's target prepositions) the target;
  "A sent B a letter" puts B between the verb and the noun.

Each frame yields one event per actor-target pair.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Match
from .lexicon import Lexicon, Trigger

PREPOSITIONS = frozenset("""in of for at from with to on by into about against over under near across
within via after before since between among toward towards including like""".split())
LIGHT_VERBS = re.compile(
    r"\b(?:sent|sends|send|sending|issued|issues|issue|served|serves|handed|hands|gave|gives|slapped|"
    r"hit|imposed|imposes|levied|levies|filed|files|brought|brings|launched|launches|lodged|submitted)\b",
    re.I)
CLAUSE_BREAK = re.compile(r"[;:]|\s[\u2013\u2014-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|"
                          r"\bbecause\b|\bwhen\b|\bsaid\b|\bsays\b|\bsaying\b|\btold\b|\.\s", re.I)
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# Descriptive words that may stand between a preposition and a name ("to facial recognition startup X").
MODIFIERS = frozenset("""startup start-up firm company giant app platform regulator watchdog authority
recognition facial surveillance biometric biometrics technology tech controversial cryptocurrency project
retailer group provider vendor software data privacy protection us u.s uk u.k british american chinese
french italian dutch german state new york-based""".split())
COORD = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|as\s+well\s+as\s+|along\s+with\s+|"
                   r"together\s+with\s+)(?:the\s+)?$", re.I)


@dataclass
class Group:
    """Coordinated mentions acting as one syntactic unit."""

    members: list[Match]

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


@dataclass(frozen=True)
class RoleAssignment:
    """Actor and target mentions (either may be None) and how they were found."""

    actor: Match | None
    target: Match | None
    frame: str


def group_mentions(sentence: str, mentions: list[Match]) -> list[Group]:
    groups: list[Group] = []
    for m in mentions:
        if groups and COORD.match(sentence[groups[-1].end:m.start]):
            groups[-1].members.append(m)
        else:
            groups.append(Group([m]))
    return groups


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'\u2019-]+", text.lower())


def _preceding_word(sentence: str, pos: int) -> str:
    words = _words(sentence[max(0, pos - 40):pos])
    return words[-1] if words else ""


def _prep_before(sentence: str, group: Group) -> str | None:
    """The preposition directly before a group, skipping articles and descriptive nouns."""
    words = _words(sentence[max(0, group.start - 80):group.start])
    for w in reversed(words[-5:]):
        if w in PREPOSITIONS:
            return w
        if w in DETERMINERS or w in MODIFIERS:
            continue
        return None
    return None


def _after_light_verb(sentence: str, group: Group) -> bool:
    before = sentence[max(0, group.start - 40):group.start]
    return bool(re.search(LIGHT_VERBS.pattern + r"\s+(?:the\s+|a\s+)?$", before, re.I))


def _between_ok(text: str) -> bool:
    return not CLAUSE_BREAK.search(text)


def _pair(actor_group: Group | None, target_group: Group | None, frame: str) -> list[RoleAssignment]:
    actors = actor_group.members if actor_group else [None]
    targets = target_group.members if target_group else [None]
    return [RoleAssignment(a, t, frame) for a in actors for t in targets
            if a is None or t is None or a.party.id != t.party.id]


class RoleFinder:
    """Applies the frames of the module docstring to one trigger."""

    def __init__(self, lexicon: Lexicon, window: int = 160):
        self.lexicon = lexicon
        self.window = window
        self._undergoer = re.compile(
            r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in lexicon.undergoer_verbs)
            + r")\b(?:\s+[\w$£€.,'\u2019-]+){0,6}\s*$", re.I)

    def assign(self, sentence: str, trigger: Trigger, groups: list[Group]) -> list[RoleAssignment]:
        left = [g for g in groups if g.end <= trigger.start and trigger.start - g.end <= self.window]
        right = [g for g in groups if g.start >= trigger.end and g.start - trigger.end <= self.window]
        before = sentence[:trigger.start]
        after = sentence[trigger.end:]
        action = trigger.action

        def by_group(preps) -> Group | None:
            for g in right:
                gap = sentence[trigger.end:g.start]
                if not _between_ok(gap) and len(gap) > 3:
                    return None
                prep = _prep_before(sentence, g)
                if prep in preps:
                    return g
            return None

        subject = self._subject(sentence, trigger, left)

        # Passive: "X was fined by Y", "X has been ordered to".
        if trigger.is_participle and self._passive_aux(before):
            target = subject
            actor = by_group(("by",))
            return _pair(actor, target, "passive")

        # Headline passive: "X fined EUR 20m", "X sued for $10M" (no object follows).
        if trigger.is_participle and subject is not None and re.fullmatch(
                r"[\s,]*", sentence[subject.end:trigger.start]) and not self._object(sentence, trigger, right,
                                                                                    direct_only=True):
            if re.match(r"\s+(?:for|over|by|in|after|with|\$|£|€|\d)", after) or not after.strip():
                actor = by_group(("by",))
                return _pair(actor, subject, "headline-passive")

        if not trigger.is_verb:
            # Undergoer: "X faces a lawsuit from Y", "X was hit with a fine by Y".
            if subject is not None and self._undergoer.search(sentence[subject.end:trigger.start]):
                actor = by_group(action.actor_preps)
                return _pair(actor, subject, "undergoer")
            # Possessive: "the ICO's fine against Clearview".
            poss = self._possessive(sentence, trigger, left)
            if poss is not None:
                target = self._object(sentence, trigger, right, preps=action.target_preps)
                return _pair(poss, target, "possessive")
            # "a lawsuit by the state of Vermont against Clearview"
            by = by_group(action.actor_preps)
            if by is not None and re.match(r"\s*(?:filed\s+|brought\s+|launched\s+|issued\s+)?(?:by|from)\b",
                                           sentence[trigger.end:by.start]):
                target = self._object(sentence, trigger, [g for g in right if g is not by],
                                      preps=action.target_preps)
                return _pair(by, target, "noun-by")

        target = None
        if not action.no_target:
            target = self._object(sentence, trigger, right, preps=action.target_preps)
            if target is None and not trigger.is_verb:
                target = self._indirect_object(sentence, trigger, left, subject)
        return _pair(subject, target, "active")

    # -- helpers -------------------------------------------------------
    def _passive_aux(self, before: str) -> bool:
        words = _words(before)[-3:]
        return any(w in self.lexicon.passive_aux for w in words)

    def _subject(self, sentence: str, trigger: Trigger, left: list[Group]) -> Group | None:
        """Nearest left group in the same clause that is not inside a prepositional phrase."""
        fallback = None
        for g in reversed(left):
            gap = sentence[g.end:trigger.start]
            if not _between_ok(gap):
                break
            if _after_light_verb(sentence, g) and g is not left[0]:
                continue  # "A sent B a letter": B is an object, keep looking for the subject
            prep = _prep_before(sentence, g)
            if prep is None or prep in ("including", "like"):
                return g
            if fallback is None and prep not in ("by", "from", "against", "to", "on", "into", "with", "of"):
                fallback = g
        return fallback

    def _object(self, sentence: str, trigger: Trigger, right: list[Group], preps=(),
                direct_only: bool = False) -> Group | None:
        """First right group directly after the trigger or after one of ``preps``."""
        for g in right:
            gap = sentence[trigger.end:g.start]
            if not _between_ok(gap):
                return None
            prep = _prep_before(sentence, g)
            words = _words(gap)
            direct = prep is None and len(words) <= 4
            if direct:
                return g
            if direct_only:
                return None
            if prep in preps:
                return g
            if prep == "by":
                continue
        return None

    def _possessive(self, sentence: str, trigger: Trigger, left: list[Group]) -> Group | None:
        if not left:
            return None
        g = left[-1]
        gap = sentence[g.end:trigger.start]
        if re.fullmatch(r"['\u2019]s?(?:\s+[\w$£€.,\u2019'-]+){0,4}?\s+", gap):
            return g
        return None

    def _indirect_object(self, sentence: str, trigger: Trigger, left: list[Group],
                         subject: Group | None) -> Group | None:
        """"A sent B a cease-and-desist letter": B sits between a light verb and the noun."""
        if not left or left[-1] is subject:
            return None
        g = left[-1]
        gap = sentence[g.end:trigger.start]
        if not re.fullmatch(r"\s+(?:a|an|the|its|their|two|several)?\s*(?:[\w-]+\s+){0,3}", gap):
            return None
        head = sentence[subject.end if subject else 0:g.start]
        if LIGHT_VERBS.search(head) and _between_ok(head):
            return g
        return None
