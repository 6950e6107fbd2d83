"""The action lexicon: trigger words per action type, read from ``data/actions.toml``.

A :class:`Lexicon` finds triggers in a sentence. Each :class:`Trigger` says
which action it announces, whether it is a verb or an event noun, and whether
the verb form is a participle (so that "was fined by" can be read as passive).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ...data import path as data_path

IRREGULAR_PARTICIPLES = frozenset({
    "bought", "brought", "sent", "told", "found", "held", "hit", "made", "taken", "won", "struck", "shut",
    "put", "set", "quit", "withdrawn", "thrown", "sought", "paid", "led", "dealt", "barred", "banned",
    "overturned", "upheld", "threw", "took", "drew", "drawn", "given", "written", "known"})


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$", re.I)
# last words of phrases a participle opens ("declared unlawful", "found in breach", "taken to court")
_PARTICIPLE_PHRASE_ENDS = frozenset({"unlawful", "illegal", "invalid", "unconstitutional", "breach", "court", "action"})


@dataclass(frozen=True)
class ActionType:
    """One action of the vocabulary with its role rules."""

    slug: str
    label: str
    target_preps: tuple[str, ...]
    actor_preps: tuple[str, ...]
    actor_kinds: frozenset[str] | None
    target_kinds: frozenset[str] | None
    no_target: bool = False
    optional_target: bool = False
    optional_actor: bool = False
    not_followed_by: re.Pattern | None = None
    not_preceded_by: re.Pattern | None = None
    symmetric: bool = False
    # verb forms that are also plain nouns ("rules"): not a trigger after a determiner or modifier
    # ("the unanimously adopted rules", "new rules")
    noun_forms: frozenset[str] = frozenset()
    # parties that sell what they own (news archives, music catalogues): in a deal with another
    # company, the other one is the customer ("News Corp signed a licensing deal with OpenAI")
    licensor_tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a sentence (offsets relative to the sentence)."""

    action: ActionType
    start: int
    end: int
    text: str
    is_verb: bool

    @property
    def is_participle(self) -> bool:
        words = self.text.lower().split()
        last = words[-1]
        # ("declared unlawful", "taken to court": the participle opens the phrase)
        first = words[0]
        return self.is_verb and (last.endswith("ed") or last in IRREGULAR_PARTICIPLES or (
            len(words) > 1 and (first.endswith("ed") or first in IRREGULAR_PARTICIPLES)
            and last in _PARTICIPLE_PHRASE_ENDS))


def phrase_regex(phrase: str) -> str:
    """A lexicon phrase as a regex: spaces match whitespace or hyphens, apostrophes any quote; groups
    ``(?:...)``, lookaheads ``(?=...)``/``(?!...)`` (one level of nesting) and ``.{m,n}`` stay regex."""
    out = []
    for piece in re.split(r"(\(\?[:=!](?:[^()]|\([^()]*\))*\)(?:\?|\{\d+,\d+\})?|\.\{\d+,\d+\}|\?)", phrase):
        if not piece:
            continue
        if piece[:3] in ("(?:", "(?=", "(?!") or piece.startswith(".{") or piece == "?":
            out.append(piece)
        else:
            if any(c in piece for c in "()[]"):  # (it would be matched as literal text, silently)
                raise ValueError(f"lexicon phrase {phrase!r}: groups nest deeper than one level, or a character class "
                                 "stands outside a group")
            if "\\" in piece:  # ("deal\\b" would look for a backslash)
                raise ValueError(f"lexicon phrase {phrase!r}: an escape such as \\b or \\w stands outside a group")
            escaped = re.escape(piece).replace(r"\ ", r"[\s\-]+").replace(" ", r"[\s\-]+")
            out.append(escaped.replace("'", "['\u2019]"))
    return "".join(out)


class Lexicon:
    """Triggers of every action, compiled into one alternation per action."""

    def __init__(self, config: dict):
        defaults = config.get("defaults", {})
        self.actions: dict[str, ActionType] = {}
        patterns: list[tuple[str, str, bool]] = []
        for slug, spec in config["actions"].items():
            self.actions[slug] = ActionType(
                slug=slug, label=spec.get("label", slug),
                target_preps=tuple(spec.get("target_preps", defaults.get("target_preps", []))),
                actor_preps=tuple(spec.get("actor_preps", defaults.get("actor_preps", []))),
                actor_kinds=frozenset(spec["actor_kinds"]) if "actor_kinds" in spec else None,
                target_kinds=frozenset(spec["target_kinds"]) if "target_kinds" in spec else None,
                no_target=bool(spec.get("no_target", False)),
                optional_target=bool(spec.get("optional_target", False)),
                optional_actor=bool(spec.get("optional_actor", False)),
                not_followed_by=re.compile(r"\s*(?:" + "|".join(phrase_regex(p) for p in spec["not_followed_by"])
                                           + r")\b", re.I) if spec.get("not_followed_by") else None,
                not_preceded_by=re.compile(r"\b(?:" + "|".join(phrase_regex(p) for p in spec["not_preceded_by"])
                                           + r")\s+$", re.I) if spec.get("not_preceded_by") else None,
                symmetric=bool(spec.get("symmetric", False)),
                noun_forms=frozenset(w.lower() for w in spec.get("noun_forms", [])),
                licensor_tags=frozenset(spec.get("licensor_tags", [])))
            for phrase in spec.get("verbs", []):
                patterns.append((slug, phrase_regex(phrase), True))
            for phrase in spec.get("nouns", []):
                patterns.append((slug, phrase_regex(phrase), False))
        # Triggers that repeat an earlier action ("a similar letter"); resolved per article.
        anaphora = config.get("anaphora", {})
        # heads of anaphoric nouns that repeat only an action of their own kind ("the letters")
        self.anaphora_own_heads = frozenset(h.lower() for h in anaphora.get("own_action_heads", []))
        if anaphora:
            self.actions["anaphora"] = ActionType("anaphora", "anaphora", tuple(anaphora.get("target_preps", [])),
                                                  tuple(defaults.get("actor_preps", [])), None, None,
                                                  optional_target=True)
            for phrase in anaphora.get("nouns", []):
                patterns.append(("anaphora", phrase_regex(phrase), False))
            for phrase in anaphora.get("verbs", []):
                patterns.append(("anaphora", phrase_regex(phrase), True))
        self.remaps: dict[str, dict] = config.get("remaps", {})
        openers = defaults.get("noun_openers", [])
        self._noun_opener = re.compile(r"\b(?:" + "|".join(phrase_regex(p) for p in openers) + r")\s+$", re.I) \
            if openers else None
        # Longest phrases first so that "class action lawsuit" wins over "lawsuit".
        patterns.sort(key=lambda p: -len(p[1]))
        self._patterns = patterns
        # Each phrase starts with a literal word; an Aho-Corasick automaton over those words finds
        # where a trigger may start, and only the phrases with that first word are tried there. They are
        # compiled the first time their word is met (about a thousand phrases: a third of the load time).
        self._by_anchor: dict[str, list[tuple[str, str, bool]]] = {}
        self._compiled: dict[str, list[tuple[re.Pattern, str, bool]]] = {}
        for slug, regex, is_verb in patterns:
            self._by_anchor.setdefault(_anchor(regex), []).append((regex + r"(?![\w-])", slug, is_verb))
        self._anchors = ahocorasick.Automaton()
        for anchor in self._by_anchor:
            self._anchors.add_word(anchor, anchor)
        self._anchors.make_automaton()
        status = config.get("status", {})
        self.negation = tuple(status.get("negation", []))
        self.modality = tuple(status.get("modality", []))
        self.not_modality = tuple(status.get("not_modality", []))
        self.announced_actions = frozenset(status.get("announced_actions", []))
        self.announcing_modals = tuple(status.get("announcing_modals", []))
        roles = config.get("roles", {})
        self.undergoer_verbs = tuple(roles.get("undergoer_verbs", []))
        self.passive_aux = frozenset(roles.get("passive_aux", []))
        self.obliged_verbs = frozenset(v.lower() for v in roles.get("obliged_verbs", []))
        self.supplier_verbs = frozenset(v.lower() for v in roles.get("supplier_verbs", []))

    def actions_naming(self, word: str) -> set[str]:
        """The actions one of whose nouns contains ``word`` ("letter" -> cease_and_desist)."""
        word = word.lower()
        return {slug for slug, regex, is_verb in self._patterns
                if not is_verb and slug != "anaphora" and re.search(rf"\b{re.escape(word)}", regex.lower())}

    def _phrases(self, anchor: str) -> list[tuple[re.Pattern, str, bool]]:
        """The compiled phrases that start with ``anchor``."""
        compiled = self._compiled.get(anchor)
        if compiled is None:
            compiled = self._compiled[anchor] = [(re.compile(regex, re.IGNORECASE), slug, is_verb)
                                                 for regex, slug, is_verb in self._by_anchor[anchor]]
        return compiled

    def find(self, sentence: str) -> list[Trigger]:
        """Non-overlapping triggers, leftmost-longest."""
        lowered = sentence.lower()
        starts: dict[int, list[str]] = {}
        for end, anchor in self._anchors.iter(lowered):
            start = end - len(anchor) + 1
            if start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] in "_-"):
                starts.setdefault(start, []).append(anchor)
        found: list[Trigger] = []
        last_end = -1
        for start in sorted(starts):
            if start < last_end:
                continue
            best = None
            for anchor in starts[start]:
                for regex, slug, is_verb in self._phrases(anchor):
                    m = regex.match(sentence, start)
                    if m and (best is None or m.end() > best[0].end()):
                        best = (m, slug, is_verb)
                    elif m and is_verb and not best[2] and m.end() == best[0].end() and m.group(0)[:1].islower() \
                            and _NAME_BEFORE.search(sentence, max(0, start - 40), start) \
                            and not _NOUN_USE_AFTER.match(sentence, m.end()):
                        best = (m, slug, is_verb)  # "Meta appeals record EU fine": a headline verb after a name
                    elif m and is_verb and not best[2] and m.end() == best[0].end() \
                            and _INFINITIVE_TO.search(sentence, max(0, start - 4), start) \
                            and not _NOUN_USE_AFTER_TO.match(sentence, m.end()):
                        best = (m, slug, is_verb)  # "the first county to ban its agencies from ...": a verb
            if best is None:
                continue
            m, slug, is_verb = best
            cancel = self.actions[slug].not_followed_by
            if cancel is not None and cancel.match(sentence, m.end()):
                continue
            cancel = self.actions[slug].not_preceded_by
            before = cancel.search(sentence, max(0, m.start() - 130), m.start()) if cancel is not None else None
            if before is not None and not (sentence[before.start()].isupper() and sentence[:before.start()].strip()):
                continue  # (a capitalised word inside a sentence ends a name: "Privacy Protection instructed")
            if is_verb and self._noun_opener is not None and m.group(0).lower() in self.actions[slug].noun_forms \
                    and self._noun_opener.search(sentence, max(0, m.start() - 40), m.start()) \
                    and not _COUNTED_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "the unanimously adopted rules": a noun (but "All three paused their systems": a verb)
            if is_verb and " " not in m.group(0) and m.group(0).lower().endswith("ing") \
                    and _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
                is_verb = False  # "The scraping of LinkedIn profiles by hiQ Labs": a gerund used as a noun
            found.append(Trigger(self.actions[slug], m.start(), m.end(), m.group(0), is_verb))
            last_end = m.end()
        return found


# "All three paused ...": a counted subject with no noun before a word that may be a verb or a noun
_COUNTED_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:All|The)\s+(?:two|three|four|five)\s+\Z")
# a name right before a word that is a noun and a verb ("Meta appeals"), and what makes it a noun after all
_NAME_BEFORE = re.compile(r"(?:^|[^\w'\u2019])(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Any|No|Each|"
                          r"Every|Another|New)\s)(?-i:[A-Z])[\w.&-]*\s+$")
# "to ban X" is a verb after "to" ("objected to ban on ...": a headline noun before "on")
_INFINITIVE_TO = re.compile(r"\bto\s+$", re.I)
_NOUN_USE_AFTER_TO = re.compile(r"\s+(?:on|of)\b|\s*[,.;:)]", re.I)
_NOUN_USE_AFTER = re.compile(r"\s+(?:were|are|was|is|have|had|has|by|of|against|from|to|in)\b|\s*[,.;:)]", re.I)


def _anchor(regex: str) -> str:
    """The literal lower-case text a phrase regex always starts with (its first word or part of it)."""
    out = []
    i = 0
    while i < len(regex):
        ch = regex[i]
        if ch == "\\" and i + 1 < len(regex) and not regex[i + 1].isalnum():
            out.append(regex[i + 1])
            i += 2
            continue
        if ch.isalnum() or ch in "'-":
            out.append(ch)
            i += 1
            continue
        break
    text = "".join(out).lower()
    # a following "?" makes the last character optional: "fines?" -> "fine"
    if i < len(regex) and regex[i] == "?" and text:
        text = text[:-1]
    if not text:
        raise ValueError(f"lexicon phrase must start with a literal word: {regex!r}")
    return text


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The bundled action lexicon (cached), or one read from ``path``."""
    with open(Path(path) if path else data_path("actions.toml"), "rb") as handle:
        return Lexicon(tomllib.load(handle))
