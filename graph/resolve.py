"""Entity resolution: the parties named in extracted events -> one node per real-world party.

The extractor refers to a party as ``{"id", "name", "kind", "mention"}``. A
party of the gazetteer keeps its gazetteer id. A party the gazetteer does not
know (the extractor gives it a slug of its name and a guessed kind) is matched

1. to a gazetteer party by normalised name or alias ("Clearview AI, Inc." ->
   ``clearview ai`` = the alias "Clearview AI Inc"), then by the core of the name
   without descriptors ("Clearview" = "Clearview AI" = "Clearview AI Inc."), then
   by acronym ("ICO" = "Information Commissioner's Office"), then a lone surname to
   a person ("Bridges" = "Ed Bridges");
2. otherwise to the other unknown names by the same keys, and each group becomes
   one entity named by its most complete name, with a slug id.

Only proper names count as names: "the company" or "the regulator" never
merges anything. Parents are never merged into children: a YouTube letter is
not a Google letter. ``PART_OF`` links come from the gazetteer, and
:func:`subsidiaries` answers "Google and everything that is part of it".

Human corrections (see :mod:`graph.judgements`) are applied on top:
``merge`` (B is A), ``split`` (this name is not that party) and ``rename``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .ids import slugify
from .model import Entity

LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "plc", "gmbh", "sa", "sas",
    "ag", "nv", "bv", "srl", "spa", "pty", "lp", "llp", "sarl", "ab", "oy", "kk", "pbc"})
DESCRIPTORS = frozenset({"ai", "technologies", "technology", "tech", "labs", "systems", "software", "group",
                         "holdings", "platforms", "company", "app"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "le", "des", "du", "on", "in", "et", "der",
                          "die", "und", "fur", "a", "an", "to", "per", "di", "del", "della", "dei"})
KIND_ORDER = ("company", "platform", "regulator", "court", "government", "police", "advocacy", "person", "product")

_POSSESSIVE = re.compile(r"['\u2019]s\b", re.I)
_PAREN = re.compile(r"\(([^)]*)\)")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _fold(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """Lower-case word tokens without accents, possessives, punctuation, a leading "the"
    and trailing company-form suffixes."""
    text = _fold(_PAREN.sub(" ", name or "")).replace("&", " and ")
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "F.T.C." -> "FTC"
    text = _POSSESSIVE.sub("", text).lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words = words[:-1]
    return words


def normalize(name: str) -> str:
    """"The Clearview AI, Inc." -> "clearview ai"; "Information Commissioner's Office" ->
    "information commissioner office"."""
    return " ".join(tokens(name))


def core(name: str) -> str | None:
    """The name without trailing descriptors ("Clearview AI" -> "clearview"), if that differs and
    still says something (at least four letters)."""
    words = tokens(name)
    stripped = list(words)
    while len(stripped) > 1 and stripped[-1] in DESCRIPTORS:
        stripped = stripped[:-1]
    text = " ".join(stripped)
    if stripped == words or len(text.replace(" ", "")) < 4:
        return None
    return text


def is_acronym(name: str) -> bool:
    """"ICO", "F.T.C.", "CNIL": short, capitals, no spaces."""
    text = (name or "").strip()
    letters = text.replace(".", "")
    return " " not in text and 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha()


def acronym(name: str) -> str | None:
    """Initials of the significant words of a name of two or more words:
    "Information Commissioner's Office" -> "ico"."""
    words = [w for w in re.split(r"[\s\-/]+", _fold(_PAREN.sub(" ", name or "")).replace("&", " ")) if w]
    words = [re.sub(r"[^A-Za-z0-9]", "", _POSSESSIVE.sub("", w)) for w in words]
    significant = [w for w in words if w and w.lower() not in ACRONYM_SKIP and w.lower() not in LEGAL_SUFFIXES]
    if len(significant) < 2:
        return None
    return "".join(w[0] for w in significant).lower()


def surface_names(name: str) -> list[str]:
    """A name and the parenthetical in it: "Swedish Authority for Privacy Protection (IMY)" ->
    both the long name and "IMY"."""
    out = [name]
    for inner in _PAREN.findall(name or ""):
        inner = inner.strip()
        if inner:
            out.append(inner)
    return out


def is_name_like(surface: str) -> bool:
    """A proper name ("Clearview", "the ICO"), not a description ("the company", "the regulator")."""
    words = [w for w in re.split(r"\s+", (surface or "").strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


@dataclass(frozen=True)
class Keys:
    """The matching keys of one surface name."""

    exact: frozenset[str]      # normalised names
    core: frozenset[str]       # normalised names without descriptors
    short: frozenset[str]      # the name is an acronym: "ico"
    initials: frozenset[str]   # acronym of a long name: "Information Commissioner's Office" -> "ico"


def name_keys(name: str) -> Keys:
    """Every matching key of one surface name (and of a parenthetical in it)."""
    exact, cores, short, initials = set(), set(), set(), set()
    for part in surface_names(name):
        norm = normalize(part)
        if not norm:
            continue
        exact.add(norm)
        c = core(part)
        if c:
            cores.add(c)
        if is_acronym(part):
            short.add(part.replace(".", "").lower())
        else:
            a = acronym(part)
            if a and len(a) >= 2:
                initials.add(a)
    return Keys(frozenset(exact), frozenset(cores), frozenset(short), frozenset(initials))


# -- corrections ----------------------------------------------------------------------
@dataclass
class EntityCorrections:
    """Human corrections to resolution, in the order they were made."""

    merges: list[tuple[str, str]] = field(default_factory=list)                # (keep, merged)
    splits: list[tuple[str, str]] = field(default_factory=list)                # (entity, surface name)
    renames: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (entity, name, kind)


# -- resolution -----------------------------------------------------------------------
@dataclass
class Resolution:
    """The outcome: every extractor reference -> an entity id, and the entities."""

    entities: dict[str, Entity]
    _by_ref: dict[tuple[str, str], str]

    def id_of(self, ref: dict | None) -> str | None:
        if not ref:
            return None
        return self._by_ref.get(ref_key(ref))


def ref_key(ref: dict) -> tuple[str, str]:
    """An extractor reference by its extractor id and the surface it was found as."""
    return (str(ref.get("id") or slugify(ref.get("name") or "")),
            normalize(ref.get("mention") or ref.get("name") or ""))


@dataclass
class _Node:
    """One unknown party as the extractor named it (by its extractor id)."""

    raw_id: str
    names: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)

    def kind(self) -> str | None:
        return self.kinds.most_common(1)[0][0] if self.kinds else None


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _Index:
    """Gazetteer keys -> ids."""

    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))     # exact and core
    exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    acronyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # short and initials
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


_INDEX_CACHE: dict[frozenset, _Index] = {}


def _known_index(known: dict[str, Entity]) -> _Index:
    """The index of a set of known parties (cached: the gazetteer is the same on every build)."""
    key = frozenset(known.values())
    cached = _INDEX_CACHE.get(key)
    if cached is None:
        if len(_INDEX_CACHE) > 4:
            _INDEX_CACHE.clear()
        cached = _INDEX_CACHE[key] = _build_index(known)
    return cached


def _build_index(known: dict[str, Entity]) -> _Index:
    index = _Index()
    for entity in known.values():
        for name in (entity.name, *entity.aliases):
            keys = name_keys(name)
            for k in keys.exact:
                index.exact[k].add(entity.id)
                index.names[k].add(entity.id)
            for k in keys.core:
                index.names[k].add(entity.id)
            for k in keys.short | keys.initials:
                index.acronyms[k].add(entity.id)
        if entity.kind == "person":
            words = tokens(entity.name)
            if len(words) >= 2:
                index.surnames[words[-1]].add(entity.id)
    return index


class Resolver:
    """Resolves extractor references against known parties (the gazetteer).

    The gazetteer index is built once per resolver; :meth:`resolve` runs over
    every reference of a corpus at once, because unknown names are merged
    with each other.
    """

    def __init__(self, known: dict[str, Entity] | None = None):
        self.known = dict(known or {})
        self._index = _known_index(self.known)

    def _match_known(self, names: Iterable[str], kind: str | None) -> str | None:
        """A unique gazetteer party for these names: exact name, then core name, then (for an
        acronym) the party of those initials, then (for a lone surname) the person."""
        names = [n for n in names if is_name_like(n)]
        keys = [name_keys(n) for n in names]
        index = self._index
        levels = (
            lambda k: set().union(*(index.exact.get(x, set()) for x in k.exact)),
            lambda k: set().union(*(index.names.get(x, set()) for x in k.exact | k.core)),
            lambda k: set().union(*(index.acronyms.get(x, set()) for x in k.short)),
        )
        for level in levels:
            hits: set[str] = set()
            for k in keys:
                hits |= level(k)
            if len(hits) == 1:
                return next(iter(hits))
            if len(hits) > 1:
                return None
        if kind in (None, "person"):
            for name in names:
                words = tokens(name)
                if len(words) == 1 and len(index.surnames.get(words[0], ())) == 1:
                    return next(iter(index.surnames[words[0]]))
        return None

    def resolve(self, refs: Iterable[dict], groups: Iterable[dict] = (),
                corrections: EntityCorrections | None = None) -> Resolution:
        """Resolve every reference.

        ``refs`` are the actor and target references of events; ``groups`` are
        the ``entities`` of extraction results (``{"id", "name", "kind",
        "mentions"}``): every mention of one group names the same party.
        """
        corrections = corrections or EntityCorrections()
        refs = [r for r in refs if r]
        nodes: dict[str, _Node] = {}
        by_ref: dict[tuple[str, str], str] = {}
        pending: list[tuple[tuple[str, str], str]] = []  # (ref key, node id) of unknown refs

        for ref in refs:
            key = ref_key(ref)
            raw_id = key[0]
            if raw_id in self.known:
                by_ref[key] = raw_id
                continue
            n = nodes.setdefault(raw_id, _Node(raw_id))
            n.names[ref.get("name") or raw_id] += 1
            if ref.get("mention") and ref.get("mention") != ref.get("name"):
                n.names[ref["mention"]] += 0  # a surface it was found as, not its name
            if ref.get("kind"):
                n.kinds[ref["kind"]] += 1
            pending.append((key, raw_id))
        for group in groups:
            raw_id = str(group.get("id") or "")
            if raw_id in nodes:
                for mention in group.get("mentions") or ():
                    nodes[raw_id].names[mention] += 0

        # 1. unknown names that are gazetteer parties
        mapped: dict[str, str] = {}
        for raw_id, n in sorted(nodes.items()):
            hit = self._match_known(n.names, n.kind())
            if hit:
                mapped[raw_id] = hit
        # 2. the rest merged with each other by shared keys
        uf = _UnionFind()
        owners: dict[str, list[str]] = defaultdict(list)
        short: dict[str, list[str]] = defaultdict(list)
        initials: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for raw_id, n in sorted(nodes.items()):
            if raw_id in mapped:
                continue
            uf.find(raw_id)
            for name in n.names:
                if not is_name_like(name):
                    continue
                keys = name_keys(name)
                for key in keys.exact | keys.core:
                    owners[key].append(raw_id)
                for key in keys.short:
                    short[key].append(raw_id)
                for key in keys.initials:
                    initials[key][normalize(name)].append(raw_id)
        for ids in owners.values():
            for other in ids[1:]:
                uf.union(ids[0], other)
        for key, ids in short.items():
            longs = initials.get(key, {})
            if len(longs) == 1:  # "HDPA" and exactly one long name with those initials
                ids = ids + next(iter(longs.values()))
            for other in ids[1:]:
                uf.union(ids[0], other)
        persons: dict[str, set[str]] = defaultdict(set)
        for raw_id, n in nodes.items():
            if raw_id not in mapped and n.kind() == "person":
                for name in n.names:
                    words = tokens(name)
                    if len(words) >= 2 and is_name_like(name):
                        persons[words[-1]].add(uf.find(raw_id))
        for raw_id, n in sorted(nodes.items()):
            if raw_id in mapped or n.kind() not in (None, "person"):
                continue
            words = [tokens(name) for name in n.names if is_name_like(name)]
            if words and all(len(w) == 1 for w in words) and len(persons.get(words[0][0], ())) == 1:
                uf.union(next(iter(persons[words[0][0]])), raw_id)
        clusters: dict[str, list[str]] = defaultdict(list)
        for raw_id in nodes:
            if raw_id not in mapped:
                clusters[uf.find(raw_id)].append(raw_id)

        entities: dict[str, Entity] = {}
        extra_aliases: dict[str, set[str]] = defaultdict(set)
        for raw_id, known_id in mapped.items():
            extra_aliases[known_id].update(n for n in nodes[raw_id].names if is_name_like(n))
        taken = set(self.known)
        for members in sorted(clusters.values(), key=lambda m: (_best_name(_names(nodes, m)), sorted(m))):
            names = _names(nodes, members)
            best = _best_name(names)
            entity_id = slugify(best)
            if entity_id in taken:
                entity_id = _free_id(entity_id, taken)
            taken.add(entity_id)
            kinds: Counter = Counter()
            for m in members:
                kinds.update(nodes[m].kinds)
            kind = max(kinds, key=lambda k: (kinds[k], -_kind_rank(k))) if kinds else "company"
            aliases = tuple(sorted({n for n in names if is_name_like(n) and normalize(n) != normalize(best)
                                    and n != best}))
            entities[entity_id] = Entity(id=entity_id, name=best, kind=kind, aliases=aliases)
            for m in members:
                mapped[m] = entity_id
        for key, raw_id in pending:
            by_ref[key] = mapped[raw_id]
        for entity_id in sorted(set(by_ref.values())):
            if entity_id in self.known:
                entity = self.known[entity_id]
                more = {a for a in extra_aliases.get(entity_id, ()) if a != entity.name and a not in entity.aliases
                        and normalize(a) != normalize(entity.name)}
                entities[entity_id] = replace(entity, aliases=entity.aliases + tuple(sorted(more))) if more else entity
        self._apply(corrections, entities, by_ref)
        return Resolution(entities, by_ref)

    # -- corrections ------------------------------------------------------------------
    def _entity(self, entity_id: str, entities: dict[str, Entity]) -> Entity | None:
        return entities.get(entity_id) or self.known.get(entity_id)

    def _apply(self, corrections: EntityCorrections, entities: dict[str, Entity],
               by_ref: dict[tuple[str, str], str]) -> None:
        for entity_id, name in corrections.splits:
            wanted = normalize(name)
            moved = [k for k, v in by_ref.items() if v == entity_id and k[1] == wanted]
            if not moved or entity_id not in entities:
                continue
            original = entities[entity_id]
            new_id = slugify(name)
            if new_id in entities or new_id in self.known:
                new_id = _free_id(new_id, set(entities) | set(self.known))
            entities[new_id] = Entity(id=new_id, name=name.strip(), kind=original.kind)
            entities[entity_id] = replace(original, aliases=tuple(a for a in original.aliases
                                                                  if normalize(a) != wanted))
            for k in moved:
                by_ref[k] = new_id
        for keep, merged in corrections.merges:
            if keep == merged or merged not in set(by_ref.values()):
                continue
            target = self._entity(keep, entities)
            source = self._entity(merged, entities)
            if target is None or source is None:
                continue
            aliases = tuple(dict.fromkeys(target.aliases + (source.name,) + source.aliases))
            entities[keep] = replace(target, aliases=tuple(a for a in aliases if a != target.name))
            entities.pop(merged, None)
            for k, v in list(by_ref.items()):
                if v == merged:
                    by_ref[k] = keep
        for entity_id, name, kind in corrections.renames:
            entity = entities.get(entity_id)
            if entity is None:
                continue
            aliases = entity.aliases
            if name and name != entity.name:
                aliases = tuple(dict.fromkeys((entity.name,) + tuple(a for a in aliases if a != name)))
            entities[entity_id] = replace(entity, name=name or entity.name, kind=kind or entity.kind,
                                          aliases=aliases)


def _names(nodes: dict[str, _Node], members: list[str]) -> Counter:
    names: Counter = Counter()
    for m in members:
        for name, count in nodes[m].names.items():
            if is_name_like(name) or name == m:
                names[name] += count
    if not names:  # nothing but descriptions: keep the extractor's id
        names[members[0]] = 1
    return names


def _best_name(names: Counter) -> str:
    """The most complete name: most words (company forms aside), not an acronym, no company form,
    most frequent, then shortest and alphabetical (deterministic)."""
    def score(name: str):
        words = tokens(name)
        raw = re.sub(r"[^a-z0-9]+", " ", _fold(name).lower()).split()
        suffixed = len(raw) > len(words) + (1 if raw[:1] == ["the"] else 0)
        return (-len(words), is_acronym(name), suffixed, -names[name], len(name), name)
    return min(names, key=score)


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _free_id(entity_id: str, taken: set[str]) -> str:
    n = 2
    while f"{entity_id}-{n}" in taken:
        n += 1
    return f"{entity_id}-{n}"


# -- hierarchy -------------------------------------------------------------------------
def ancestors(entity_id: str, entities: dict[str, Entity]) -> list[str]:
    """Parent, grandparent, ... (cycles cut)."""
    out: list[str] = []
    current = entities.get(entity_id)
    while current is not None and current.parent and current.parent not in out and current.parent != entity_id:
        out.append(current.parent)
        current = entities.get(current.parent)
    return out


def subsidiaries(entity_id: str, entities: dict[str, Entity], include_self: bool = True) -> list[str]:
    """The entity and everything that is part of it, at any depth ("Google" -> Google, YouTube, ...)."""
    children: dict[str, list[str]] = defaultdict(list)
    for e in entities.values():
        if e.parent:
            children[e.parent].append(e.id)
    out, todo = ([entity_id] if include_self else []), [entity_id]
    seen = {entity_id}
    while todo:
        for child in sorted(children.get(todo.pop(), ())):
            if child not in seen:
                seen.add(child)
                out.append(child)
                todo.append(child)
    return out
