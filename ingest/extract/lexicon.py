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

from ...data import path as data_path

IRREGULAR_PARTICIPLES = frozenset({
    "bought", "brought", "sent", "told", "found", "held", "hit", "made", "taken", "won", "struck", "shut",
    "put", "set", "quit", "withdrawn", "thrown", "sought", "paid", "led", "dealt", "barred", "banned",
    "overturned", "upheld", "threw", "took", "drew", "drawn", "given", "written", "known"})


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
    symmetric: bool = False


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
        last = self.text.lower().split()[-1]
        return self.is_verb and (last.endswith("ed") or last in IRREGULAR_PARTICIPLES)


def phrase_regex(phrase: str) -> str:
    """A lexicon phrase as a regex: spaces match whitespace or hyphens, apostrophes any quote."""
    out = []
    for piece in re.split(r"(\(\?:.*?\)\??|\.\{\d+,\d+\}|\?)", phrase):
        if not piece:
            continue
        if piece.startswith("(?:") or piece.startswith(".{") or piece == "?":
            out.append(piece)
        else:
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
                symmetric=bool(spec.get("symmetric", False)))
            for phrase in spec.get("verbs", []):
                patterns.append((slug, phrase_regex(phrase), True))
            for phrase in spec.get("nouns", []):
                patterns.append((slug, phrase_regex(phrase), False))
        # Triggers that repeat an earlier action ("a similar letter"); resolved per article.
        anaphora = config.get("anaphora", {})
        if anaphora:
            self.actions["anaphora"] = ActionType("anaphora", "anaphora", tuple(anaphora.get("target_preps", [])),
                                                  tuple(defaults.get("actor_preps", [])), None, None,
                                                  optional_target=True)
            for phrase in anaphora.get("nouns", []):
                patterns.append(("anaphora", phrase_regex(phrase), False))
        self.remaps: dict[str, dict] = config.get("remaps", {})
        # Longest phrases first so that "class action lawsuit" wins over "lawsuit".
        patterns.sort(key=lambda p: -len(p[1]))
        self._patterns = patterns
        groups = []
        self._group_meta: list[tuple[str, bool]] = []
        for slug, regex, is_verb in patterns:
            groups.append(f"(?P<g{len(groups)}>{regex})")
            self._group_meta.append((slug, is_verb))
        self._regex = re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE)
        status = config.get("status", {})
        self.negation = tuple(status.get("negation", []))
        self.modality = tuple(status.get("modality", []))
        roles = config.get("roles", {})
        self.undergoer_verbs = tuple(roles.get("undergoer_verbs", []))
        self.passive_aux = frozenset(roles.get("passive_aux", []))

    def find(self, sentence: str) -> list[Trigger]:
        """Non-overlapping triggers, leftmost-longest."""
        found = []
        for m in self._regex.finditer(sentence):
            index = int(m.lastgroup[1:])
            slug, is_verb = self._group_meta[index]
            cancel = self.actions[slug].not_followed_by
            if cancel is not None and cancel.match(sentence, m.end()):
                continue
            found.append(Trigger(self.actions[slug], m.start(), m.end(), m.group(0), is_verb))
        return found


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The bundled action lexicon (cached), or one read from ``path``."""
    with open(Path(path) if path else data_path("actions.toml"), "rb") as handle:
        return Lexicon(tomllib.load(handle))
