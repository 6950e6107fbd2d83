"""The gazetteer: known parties with kind, aliases, country, Wikidata id and parent.

Loaded from ``data/gazetteer.tsv`` and matched in text with an Aho-Corasick
automaton: case-sensitive, whole words, longest match first, with typographic
apostrophes and dashes folded so that "Commissioner’s" matches "Commissioner's".
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from ...data import path as data_path

KINDS = ("company", "platform", "regulator", "court", "government", "police", "advocacy", "person", "product")

# Same-length folds so that offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


# Gazetteer tags of parties that are places.
PLACE_TAGS = frozenset({"state", "city", "country"})


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Fold typographic quotes, dashes and non-breaking spaces (length-preserving)."""
    return text.translate(_FOLD)


def word_spans(text: str, word: str, start: int = 0):
    """``(start, end)`` of each whole-word occurrence of ``word`` in ``text`` from ``start`` (no letter, digit,
    underscore or hyphen on either side); a plain string search, cheaper than compiling a regex per word."""
    at = text.find(word, start)
    while at != -1:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            yield at, end
        at = text.find(word, at + 1)


@dataclass(frozen=True)
class Party:
    """One row of the gazetteer."""

    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_place(self) -> bool:
        """A state, city or country: a party that text also names as a mere place ("in Illinois")."""
        return bool(self.tags & PLACE_TAGS)

    def tag_values(self, key: str) -> list[str]:
        """Values of ``key=a,b`` tags, in order ("context-cue=Musk,Grok" -> ["Musk", "Grok"])."""
        return [v for t in sorted(self.tags) if t.startswith(key + "=") for v in t[len(key) + 1:].split(",") if v]

    @property
    def is_unnamed(self) -> bool:
        """A placeholder for a party the text describes but never names ("a federal jury")."""
        return "unnamed" in self.tags

    def as_ref(self, mention: str | None = None) -> dict:
        ref = {"id": self.id, "name": self.name, "kind": self.kind}
        if mention is not None:
            ref["mention"] = mention
        return ref


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in text at ``[start, end)``."""

    start: int
    end: int
    surface: str
    party: Party


# Leading words of names that news also writes in lower case ("the state of Vermont").
_GENERIC_HEADS = frozenset({"State", "City", "County", "Office", "Department", "Ministry", "Government",
                            "Commonwealth", "Town", "Province", "Republic", "Kingdom", "People"})


def _variants(name: str) -> list[str]:
    """Other spellings news uses for a name: ALL CAPS, a capitalised lower-case name
    ("noyb" -> "Noyb"), a lower-case generic head ("State of Vermont" -> "state of Vermont")."""
    out = []
    if not name.isupper() and sum(map(str.isalpha, name)) >= 4:
        out.append(name.upper())
    if name[:1].islower():
        out.append(name[:1].upper() + name[1:])
    first, _, rest = name.partition(" ")
    if rest and first in _GENERIC_HEADS:
        out.append(first.lower() + " " + rest)
    return out


# Capitalised words that open a sentence or a title before a name without being part of it.
_CASED_FUNCTION = frozenset({"The", "On", "In", "At", "By", "From", "To", "For", "And", "But", "As", "With",
                             "Against", "Into", "Like", "Both", "While", "When", "After", "Before", "Meanwhile"})


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Gazetteer:
    """Parties by id and an automaton over every name and alias."""

    def __init__(self, parties: list[Party]):
        self.parties: dict[str, Party] = {}
        self._automaton = ahocorasick.Automaton()
        names: dict[str, str] = {}
        self._shared: dict[str, list[str]] = {}
        for party in parties:
            if party.id in self.parties:
                raise ValueError(f"duplicate gazetteer id {party.id!r}")
            self.parties[party.id] = party
            for name in (party.name, *party.aliases):
                key = fold(name.strip())
                if key and key not in names:
                    names[key] = party.id
                elif key and names[key] != party.id:
                    # one name, several parties ("Datatilsynet" in Denmark and in Norway)
                    self._shared.setdefault(key, [names[key]])
                    if party.id not in self._shared[key]:
                        self._shared[key].append(party.id)
        for key, party_id in list(names.items()):
            for variant in _variants(key):
                names.setdefault(variant, party_id)
        for key, party_id in names.items():
            self._automaton.add_word(key, (len(key), party_id))
        if names:
            self._automaton.make_automaton()
        self._names = names
        self._by_lower = {k.lower(): v for k, v in names.items()}
        # Names too short to trust alone ("X"): taken only in a text that names the party otherwise
        # or says one of its cue words ("Musk", "Grok").
        self._in_context = [(alias, party, (party.name, *party.aliases, *party.tag_values("context-cue")))
                            for party in parties for alias in party.tag_values("context-alias")]

    def __len__(self) -> int:
        return len(self.parties)

    def __contains__(self, party_id: str) -> bool:
        return party_id in self.parties

    def get(self, party_id: str) -> Party | None:
        return self.parties.get(party_id)

    def lookup(self, name: str) -> Party | None:
        """Exact name or alias, then case-insensitive."""
        key = fold(name.strip())
        party_id = self._names.get(key) or self._by_lower.get(key.lower())
        return self.parties[party_id] if party_id else None

    def bearers(self, surface: str) -> list[Party]:
        """Every party a name may mean: more than one when the gazetteer gives it to several
        (the first listed is the one :meth:`find` returns)."""
        return [self.parties[pid] for pid in self._shared.get(fold(surface.strip()), ())]

    def related(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` are the same party or one is an ancestor of the other."""
        if a == b:
            return True
        for x, y in ((a, b), (b, a)):
            party = self.get(x)
            seen = set()
            while party is not None and party.parent and party.parent not in seen:
                if party.parent == y:
                    return True
                seen.add(party.parent)
                party = self.get(party.parent)
        return False

    def children(self, party_id: str) -> list[Party]:
        return [p for p in self.parties.values() if p.parent == party_id]

    def find(self, text: str) -> list[Match]:
        """Non-overlapping whole-word matches, leftmost-longest."""
        if not self._names:
            return []
        folded = fold(text)
        candidates = []
        for end_index, (length, party_id) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and is_word_char(folded[start - 1]):
                continue
            if end < len(folded) and is_word_char(folded[end]):
                continue
            candidates.append((start, end, party_id))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        matches: list[Match] = []
        last_end = -1
        for start, end, party_id in candidates:
            if start < last_end:
                continue
            matches.append(Match(start, end, text[start:end], self.parties[party_id]))
            last_end = end
        if self._in_context:
            matches = self._context_aliases(folded, text, matches)
        return matches

    def _context_aliases(self, folded: str, text: str, matches: list[Match]) -> list[Match]:
        """Add context aliases where the text backs them: the party named otherwise, or a cue word. Not
        after a capitalised word, which makes it part of another name ("Malcolm X", "Article X")."""
        added = []
        for alias, party, cues in self._in_context:
            if alias not in folded or not any(next(word_spans(folded, cue), None) for cue in cues):
                continue
            for start, end in word_spans(folded, alias):
                before = folded[:start].rstrip().rsplit(None, 1)[-1] if folded[:start].strip() else ""
                if before[:1].isupper() and not before.endswith((".", ":", ";", '"', "'", "'s", "\u2019s")) \
                        and before not in _CASED_FUNCTION:
                    continue  # (but an owner's possessive may stand before it: "Elon Musk's X")
                if any(m.start < end and start < m.end for m in matches):
                    continue
                added.append(Match(start, end, text[start:end], party))
        return sorted(matches + added, key=lambda m: m.start) if added else matches


def read_tsv(path: Path) -> list[Party]:
    parties = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row.get("id") or row["id"].startswith("#"):
                continue
            kind = row["kind"].strip()
            if kind not in KINDS:
                raise ValueError(f"{path}: {row['id']}: unknown kind {kind!r}")
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            parties.append(Party(
                id=row["id"].strip(), name=row["name"].strip(), kind=kind,
                country=(row.get("country") or "").strip() or None,
                wikidata=(row.get("wikidata") or "").strip() or None,
                parent=(row.get("parent") or "").strip() or None,
                aliases=aliases,
                tags=frozenset((row.get("tags") or "").split())))
    return parties


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The bundled gazetteer (cached), or one read from ``path``."""
    return Gazetteer(read_tsv(Path(path) if path else data_path("gazetteer.tsv")))
