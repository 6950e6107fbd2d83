"""Reference resolution inside one article.

Two kinds of references become mentions of known parties:

* national descriptions: "France's privacy regulator", "the UK's data
  watchdog", "the Italian data protection authority" -> the party tagged
  ``dpa`` for that country in the gazetteer;
* definite descriptions: "the company", "the startup", "the watchdog",
  "the tribunal" -> the most recent party of a compatible kind.

Vocabularies are in ``data/references.toml`` and ``data/countries.tsv``.
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from ...data import path as data_path
from ...graph.ids import slugify
from .amounts import AMOUNT_BETWEEN_ITEMS
from .gazetteer import Gazetteer, Match, Party, fold


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    adjective: str
    aliases: tuple[str, ...]

    def names(self) -> list[str]:
        return [self.name, self.adjective, *self.aliases]


def load_countries() -> list[Country]:
    with data_path("countries.tsv").open(encoding="utf-8", newline="") as handle:
        return [Country(r["code"], r["name"], r["adjective"],
                        tuple(a.strip() for a in (r["aliases"] or "").split("|") if a.strip()))
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def country_names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Country names and adjectives of four letters or more as whole words (a plural "s" allowed), compiled once
    for the resolver and the name patterns."""
    return re.compile(rf"(?<![\w])(?:{_alternation(n for n in names if len(n) > 3)})s?(?![\w])", re.IGNORECASE)


# "a federal court", "a U.S. district court": a court that its place alone does not pick out
_NOT_LOCAL_COURT = re.compile(r"\b(?:federal|U\.?S\.?|US|district|appeals?|appellate|circuit|state|superior|county|"
                              r"supreme|high|constitutional)\b", re.I)
# "Mark Talbot, the police chief,": a person named as an official, not as a member of a group
OFFICIAL_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:chief|mayor|officer|spokes\w+|"
                                  r"commissioner|director|minister|secretary|judge|lawyer|attorney|sheriff|governor|"
                                  r"president|official|councillor|councilor|manager)\b", re.I)
# "the city and its police department", "the city's police": the force of a city named (or described) before
_CITY_POLICE_AFTER = re.compile(r"(?:['\u2019]s|\s*,?\s+and\s+its)\s+(?P<police>police(?:\s+(?:department|force))?)\b", re.I)
# "the department's inspector general", "Homeland Security's own inspector general"
_INSPECTOR_AFTER = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:office\s+of\s+(?:the\s+)?)?inspector[\s-]+general\b", re.I)
# a preposition that makes a seat of power a place ("in Brussels"), not the body it stands for
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|of|near|outside|across|around|based)\s+\Z", re.I)
# between the members of a coordinated subject ("Apple and Google", "A, B and C")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)?\s+|\s*,\s*")
# "authorities across Europe": the place where many act, not who acts
_SPREAD_OVER = re.compile(r"\b(?:across|throughout|around|all\s+over|in|of|from)\s+(?:the\s+)?\Z", re.I)
# "a court in Rome": the place after the description
# a jury, which is never "the court" a story goes on to speak of (nor the court whose award a judge throws out)
JURY = re.compile(r"\bjury\b", re.I)
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)")
# where a headline's bare description may stand: opening a sentence, or after "as", "after", "while", "when"
_BARE_OPENING = re.compile(r"^|(?<=[.!?])\s|\n|\b(?:as|after|while|when)\s")
# "the same Amsterdam court", "the Paris court": a definite description by the place alone
_DEFINITE_PLACE_COURT = re.compile(r"(?<![\w])[Tt]he\s+(?:same\s+)?(?-i:[A-Z])[\w'-]+\s+(?i:court|tribunal)(?![\w-])")
# "..., and ordered it to": a second act of the same subject on "it"; what an authority acts on
_JOINED_ACT_ON_IT = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?(?:ordered|told|required|directed|instructed|banned|barred|"
                               r"fined|gave|reprimanded)\s+$", re.I)
_ACT_ON = re.compile(r"\b(?:fined|ordered|banned|barred|sued|reprimanded|penali[sz]ed|censured|warned|sanctioned)\s+"
                     r"(?:the\s+)?$", re.I)
# the plural descriptions of authorities ("regulators in France, Italy and Greece")
_AUTHORITIES = re.compile(r"regulators|watchdogs|authorities|commissioners|counterparts", re.I)


class ReferenceResolver:
    """Finds references in a text and resolves them against the gazetteer and earlier mentions."""

    def __init__(self, gazetteer: Gazetteer, config: dict, countries: list[Country]):
        self.gazetteer = gazetteer
        self._inspector_of = {p.parent: p for p in gazetteer.parties.values()
                              if p.parent and "inspector general" in p.name.lower()}
        self.metonym_of = {place: gazetteer.get(party_id) for place, party_id in config.get("metonyms", {}).items()
                           if gazetteer.get(party_id) is not None}
        self.default_lead_authority = config.get("lead_authority", {}).get("default", "dpc")
        self.country_of_name: dict[str, str] = {}
        for country in countries:
            for name in country.names():
                self.country_of_name[name.lower()] = country.code
        self.country_by_code = {c.code: c for c in countries}
        self.government_of_country = {p.country: p for p in gazetteer.parties.values()
                                      if "country" in p.tags and p.kind == "government" and p.country}
        self.dpa_of_country: dict[str, Party] = {}
        for party in gazetteer.parties.values():
            if "dpa" in party.tags and party.country and party.country not in self.dpa_of_country:
                self.dpa_of_country[party.country] = party
        # "the national police", "Sweden's police": the party tagged "national-police" of that country
        self.police_of_country = {p.country: p for p in gazetteer.parties.values()
                                  if "national-police" in p.tags and p.kind == "police" and p.country}
        # "Germany's antitrust authority", "France's competition regulator": the party tagged "competition"
        self.competition_of_country = {p.country: p for p in gazetteer.parties.values()
                                       if "competition" in p.tags and p.kind == "regulator" and p.country}
        # "the country's consumer protection regulator": the consumer authority, where the country has one
        self.consumer_of_country: dict[str, Party] = {}
        for party in gazetteer.parties.values():
            if "consumer-protection" in party.tags and party.kind == "regulator" and party.country \
                    and party.country not in self.consumer_of_country:
                self.consumer_of_country[party.country] = party
        heads = config["national_dpa"]["heads"]
        self._national = re.compile(
            rf"(?<![\w])(?:the\s+)?(?P<country>{_alternation(self.country_of_name)}|(?<=the\s)country)(?:'s|'|s')?"
            # (a plural, "Canada's privacy watchdogs", names the national one among them)
            rf"\s+(?:own\s+|national\s+|top\s+|main\s+)?(?P<head>{_alternation(heads)})s?(?![\w])",
            re.IGNORECASE)
        self._national_tail = re.compile(self._national.pattern + r"\Z", re.IGNORECASE)
        # "In Spain, the data protection agency ordered ...": the authority of the place that opens the sentence
        self._fronted_place_tail = re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+(?:the\s+)?(?P<country>{_alternation(self.country_of_name)})\s*,\s+"
            rf"(?P<description>the\s+(?:country['\u2019]s\s+|national\s+)?(?P<head>{_alternation(heads)}))\Z", re.IGNORECASE)
        countries_alt = _alternation(n for n in self.country_of_name if len(n) > 3)
        # "India's government", "the government of Zimbabwe": the country's national government (looked for
        # only around the word "government": a scan of the whole text with the countries' alternation is slow)
        self._government_owner = re.compile(
            rf"(?<![\w])(?P<country>{countries_alt})(?:'s|\u2019s|')\s+(?:national\s+|federal\s+|central\s+)?\Z", re.I)
        # "the UK government", "the British government", "the Kenyan government": the country as a modifier
        self._government_modifier = re.compile(
            rf"(?<![\w])(?-i:[Tt]he)\s+(?P<country>U\.?K\.?|U\.?S\.?|{countries_alt})\s+(?:national\s+|federal\s+|central\s+)?\Z",
            re.I)
        self._national_state = re.compile(
            rf"(?<![\w])(?-i:[Tt]he)\s+(?P<country>{countries_alt})\s+(?-i:state)(?![\w-])(?!\s+(?-i:[A-Z]))", re.I)
        self._government_of = re.compile(rf"government\s+of\s+(?:the\s+)?(?P<country>{countries_alt})(?![\w])", re.I)
        self._government_before = re.compile(r"(?:\b(?:the\s+)?(?:national\s+|federal\s+|central\s+)?)\Z", re.I)
        # "Australia, Taiwan and South Korea have barred DeepSeek": countries as the subject of a state's act
        # (found from the verb back: the countries' alternation over the whole text is slow)
        proper = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(
            {n for c in countries for n in (c.name, *c.aliases) if len(n) > 3 and n[:1].isupper()
             and n.lower() != c.adjective.lower()}, key=len, reverse=True))
        self._state_act = re.compile(
            r"\b(?:banned|bans|barred|bars|blocked|blocks|prohibited|prohibits|outlawed|restricted|suspended|"
            r"fined|fines|sued|sues|ordered|orders|imposed|imposes|"
            # a state that buys ("Israel signed a contract with AnyVision", "Serbia bought Cellebrite's tools")
            r"signed|awarded|bought|buys|purchased|contracted|filed|appealed|"
            # a state that does the same ("Indonesia blocked Grok on Saturday and Malaysia followed on Sunday")
            r"followed|follows)\b")
        self._acting_countries = re.compile(
            # (a time may come first: "Last month Britain banned TikTok on government phones")
            rf"(?:^|(?<=[.;:]\s)|(?<=\s[-\u2013\u2014]\s)|(?<=,\s)|(?<=\sand\s)|(?<=\bbut\s)|(?<=\bwhen\s)|(?<=\bafter\s)|"
            + "|".join(f"(?<=\\b{w}\\s{unit}\\s)" for w in ("Last", "This", "That") for unit in ("week", "month", "year"))
            + rf")(?:[Tt]he\s+)?"
            rf"(?P<list>(?:{proper})(?:\s*,\s*(?:{proper}))*(?:\s*,?\s+and\s+(?:{proper}))?)"
            rf"\s+(?:(?:on|last|this)\s+\w+\s+|in\s+\d{{4}}\s+)?"
            rf"(?:(?:has|have|had|also|already|now|since|quickly|temporarily|effectively|formally)\s+){{0,2}}\Z")
        self._one_country = re.compile(rf"{proper}")
        # "defamation lawsuits brought by Morocco against Amnesty International": a country that sues
        self._suit_by = re.compile(r"\b(?:brought|filed|launched|lodged)\s+by\s+(?:the\s+)?")
        self._countries_against = re.compile(
            rf"(?P<list>(?:{proper})(?:\s*,\s*(?:{proper}))*(?:\s*,?\s+and\s+(?:{proper}))?)\s+against\b")
        # "the court ruled against the United Kingdom", "found that Sweden had violated ...": a state ruled on
        self._ruled_against_countries = re.compile(
            rf"\b(?:ruled|rules|ruling|judgment|judgement|decided|found|finds|held)\s+(?:(?:on|last|this)\s+\w+\s+)?"
            rf"(?:against\s+|that\s+)(?:the\s+)?(?P<list>(?:{proper})(?:\s*,\s*(?:{proper}))*(?:\s*,?\s+and\s+(?:{proper}))?)"
            rf"(?=\s+(?:had\s+|has\s+)?(?:violated|breached|broke|infringed|failed)\b|\s*[,.;]|\s+(?:in|over|for|on)\b)")
        self._country_names = country_names_pattern(tuple(sorted(self.country_of_name)))
        self._national_heads = re.compile(rf"(?<![\w])(?:{_alternation(heads)})s?(?![\w])", re.IGNORECASE)
        self._regionals = [p for p in gazetteer.parties.values() if p.kind == "regulator" and "dpa-regional" in p.tags]
        place = r"(?-i:[A-Z\u00C0-\u00DD][\w\u00C0-\u017F.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})"
        state = r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.'\u2019-]*){0,2}"
        # "the attorneys general of Texas, Washington, Indiana and the District of Columbia": each one's
        self._attorneys_general = re.compile(
            rf"(?<![\w])attorneys[\s-]+general\s+(?:of|from|in)\s+(?:the\s+)?(?P<places>{state}(?:\s*,\s*(?:the\s+)?{state})*"
            rf"\s*,?\s+and\s+(?:the\s+)?{state})", re.IGNORECASE)
        self._regional_list = re.compile(
            rf"(?<![\w])(?:information\s+and\s+privacy\s+|privacy\s+|data\s+protection\s+)?"
            rf"(?:commissioners|regulators|watchdogs|authorities|counterparts)"
            rf"\s+(?:of|in|for|from)\s+(?:the\s+)?(?P<places>{place}(?:\s*,\s*{place})*\s*,?\s+and\s+{place})",
            re.IGNORECASE)
        places = rf"(?:the\s+)?(?:{_alternation(n for n in self.country_of_name if len(n) > 3)})"
        self._regulators_in = re.compile(
            rf"(?<![\w])(?:(?:data\s+protection|privacy|data)\s+)?(?:regulators|watchdogs|authorities)\s+(?:in|of|from)\s+"
            rf"(?P<places>{places}(?:\s*,\s*{places})*(?:\s*,?\s+and\s+{places}))(?![\w])", re.IGNORECASE)
        # "Italy and Greece have each imposed fines", "France fined the company": a country that fines
        # fines through its data protection authority (looked for only before such a verb)
        self._fining_countries = re.compile(
            rf"(?<![\w])(?P<places>{places}(?:\s*,\s*{places})*(?:\s*,?\s+and\s+{places})?)\s+(?:(?:have|has|had|"
            rf"each|also|already|both|separately|too|since|previously)\s+)*$", re.IGNORECASE)
        self._fining_verb = re.compile(r"\b(?:fined|imposed\s+(?:[\w$\u20ac\xa3.,-]+\s+){0,4}?fines?)\b", re.IGNORECASE)
        self._whose_regulators = re.compile(
            rf"(?<![\w])(?P<places>{places}(?:\s*,\s*{places})*(?:\s*,?\s+and\s+{places})?)\s*,\s*"
            rf"(?P<whose>whose\s+(?:(?:data\s+protection|privacy|data)\s+)?(?:regulators?|watchdogs?|authorities|authority))"
            rf"(?![\w])", re.IGNORECASE)
        self.kinds_of_head: dict[str, set[str]] = {}
        self.primary_kind: dict[str, str] = {}
        for kind, words in config["descriptions"].items():
            for word in words:
                self.kinds_of_head.setdefault(word.lower(), set()).add(kind)
                self.primary_kind.setdefault(word.lower(), kind)
        self.primary_kind.update({head.lower(): kind for head, kind in config.get("primary_kinds", {}).items()})
        heads_alt = _alternation(self.kinds_of_head)
        self._apposition = re.compile(
            # (a dotted abbreviation may stand among the modifiers: "Clearview AI, the U.S. firm that ...")
            rf"\s*,\s+(?:a|an|the)\s+(?:(?:(?:(?-i:[A-Z])\.)+|[\w-]+)\s+){{0,4}}?(?P<head>{heads_alt})\b(?!['\u2019])",
            re.IGNORECASE)
        self._premodifier = re.compile(rf"\b(?P<head>{heads_alt})\s+$", re.IGNORECASE)
        self._head_last_words = frozenset(h.split()[-1] for h in self.kinds_of_head)
        self._definite = re.compile(
            rf"\b(?P<det>[Tt]he|(?:his|her)(?=\s+(?:company|firm|startup|start-up)\b)"
            # ("a joint investigation by that office, the Privacy Commissioner of Canada and ...": after a preposition)
            rf"|(?:(?<=by\s)|(?<=of\s)|(?<=to\s)|(?<=with\s)|(?<=from\s)|(?<=against\s))(?:that|this))\s+(?:(?!(?:the|a|an|that|this|its|their|and|or|of|to|in|is|was|are|were|has|have|had|"
            rf"will|would|can|could|may|must|should|did|does|makes|made|requires|required|lets|gives|gave|says|said|"
            rf"tells|told|asks|asked|orders|ordered|bans|banned|fines|fined|forces|forced|allows|allowed)\s)"
            rf"(?:(?:(?-i:[A-Z])\.)+|[\w'\u2019-]+(?:\.[\w'\u2019-]+)*)\s+){{0,3}}?"  # no word ends a sentence
            rf"(?:and\s+(?!(?:the|a|an|its|their)\s)[\w'\u2019-]+\s+)?"  # ("the drug discount and telehealth company")
            rf"(?P<head>{_alternation(self.kinds_of_head)})"
            rf"(?![\w-])(?!\s+(?:of|for)\s+(?-i:[A-Z]))", re.IGNORECASE)
        self.head_tags: dict[str, str] = {k.lower(): v for k, v in config.get("description_tags", {}).items()}
        self.name_words: dict[str, frozenset[str]] = {h.lower(): frozenset(w.lower() for w in words)
                                                      for h, words in config.get("name_bearing", {}).items()}
        self.title_kind = {t.lower(): kind for kind, titles in config.get("office_titles", {}).items() for t in titles}
        self._title_before = re.compile(rf"\b(?P<title>{_alternation(self.title_kind)}),?\s+$", re.IGNORECASE) \
            if self.title_kind else None
        def unnamed_patterns(table: str) -> dict[str, re.Pattern]:
            return {kind: re.compile(rf"(?<![\w])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)
                    for kind, forms in config.get(table, {}).items()}
        self._unnamed = unnamed_patterns("unnamed")
        self.cataphora_kind = {h.lower(): kind for kind, heads in config.get("cataphora", {}).items() for h in heads}
        self._person_heads = frozenset(h for h, kind in self.cataphora_kind.items() if kind == "person")
        self._cataphora = re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:A|An)\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
            rf"(?P<head>(?i:{_alternation(self.cataphora_kind)}))(?![\w-])(?!{_PLACE_HEAD_POSSESSIVE})(?!\s+of\b)") if self.cataphora_kind else None
        # (in the lede, a definite description may name ahead too: "barred the state-owned metro company ...")
        self._cataphora_definite = re.compile(
            rf"(?<![\w])(?:the|The)\s+(?:(?!(?:the|a|an|and|of)\s)[\w'\u2019-]+\s+){{0,3}}?"
            rf"(?P<head>(?i:{_alternation(self.cataphora_kind)}))(?![\w-])(?!{_PLACE_HEAD_POSSESSIVE})(?!\s+of\b)") if self.cataphora_kind else None
        # (in the lede, an indefinite object may name ahead too: "has fined a facial recognition company £7.5m")
        self._cataphora_object = re.compile(
            rf"(?<![\w])(?:a|an)\s+(?:(?!(?:a|an|the|by|of|for|to|in|on|with|from|and|or)\s)[\w'\u2019-]+\s+){{0,4}}?"
            rf"(?P<head>(?i:{_alternation(self.cataphora_kind)}))(?![\w-])"
            rf"(?=\s*(?:[,.;:]|[£$€\d]|(?:for|over|in|on|after|with|that|which|who|and|to|from|by|under|as|at)\b))") \
            if self.cataphora_kind else None
        self._unnamed_always = unnamed_patterns("unnamed_always")
        self._unnamed_party = {kind: Party(id=f"unnamed-{kind}", name="", kind=kind, tags=frozenset({"unnamed"}))
                               for kind in {**self._unnamed, **self._unnamed_always}}
        self.dpa_heads = frozenset(h.lower() for h in heads)
        # a headline's bare description ("Privacy watchdog fines ...", "... as data protection authority finds")
        bare = sorted((h for h in self.dpa_heads if " " in h), key=len, reverse=True)
        self._bare_heads = re.compile(r"(?i)\b(?:" + "|".join(sorted({re.escape(h.split()[-1]) for h in bare})) + r")\s+[a-z]+s\b")
        # ("Regulator fines Uber EUR 290m over drivers' data": one word will do where it opens the headline)
        self._bare_single = re.compile(r"(?:" + "|".join(sorted(re.escape(h.capitalize()) for h in self.dpa_heads
                                                               if " " not in h)) + r")(?=\s+[a-z]+s\b)")
        self._bare_dpa = re.compile(
            rf"(?:{'|'.join(re.escape(h).replace(chr(92) + ' ', chr(92) + 's+') for h in bare)})"
            rf"(?=\s+(?-i:[a-z]+s)\b)", re.I) if bare else None
        self._courts = [p for p in gazetteer.parties.values() if p.kind == "court"]
        self._demonyms = frozenset(c.adjective.lower() for c in load_countries())

    def may_describe_authority(self, text: str) -> bool:
        """Whether ``text`` holds a description that may stand for a data protection authority it does
        not name ("France's privacy regulator", "the watchdog", "regulators in Luxembourg", "Italy fined
        OpenAI"): without one, no reference in it resolves to an authority that the gazetteer's names
        in the text do not give."""
        folded = fold(text)
        return bool(self._national_heads.search(folded) or _AUTHORITIES.search(folded)
                    or any(self._fining_countries.search(folded, max(0, verb.start() - 90), verb.start())
                           for verb in self._fining_verb.finditer(folded)))

    def national(self, text: str, taken: list[Match]) -> list[Match]:
        """Matches for national descriptions ("Greece's privacy authority")."""
        folded = fold(text)
        out = []
        for verb in (self._fining_verb.finditer(folded) if "fine" in folded else ()):
            m = self._fining_countries.search(folded, max(0, verb.start() - 90), verb.start())
            if m is None or _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out) \
                    or _SPREAD_OVER.search(folded, max(0, m.start() - 20), m.start()):
                continue  # ("authorities across Europe have fined": the place where they act, not who acts)
            codes = [self.country_of_name.get(re.sub(r"\s+", " ", c).lower())
                     for c in self._country_names.findall(m.group("places"))]
            parties = [self.dpa_of_country[c] for c in dict.fromkeys(codes) if c in self.dpa_of_country]
            end = m.start("places") + len(m.group("places"))
            out.extend(Match(m.start(), end, text[m.start():end], p) for p in parties)
        for m in (self._attorneys_general.finditer(folded) if "attorneys" in folded.lower() else ()):
            if _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out):
                continue
            places = re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", m.group("places"))
            parties = [p for p in (self.gazetteer.lookup(f"{place} Attorney General") or self.gazetteer.lookup(place)
                                   for place in places) if p is not None]
            if len(parties) >= 2:
                out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in dict.fromkeys(parties))
        if not (self._national_heads.search(folded) or _AUTHORITIES.search(folded)):
            return out
        for m in self._regulators_in.finditer(folded):
            # "Regulators in France, Italy and Greece have each fined Clearview": each country's regulator
            if _overlaps(m.start(), m.end(), taken):
                continue
            codes = [self.country_of_name.get(re.sub(r"\s+", " ", c).lower())
                     for c in self._country_names.findall(m.group("places"))]
            parties = [self.dpa_of_country[c] for c in dict.fromkeys(codes) if c in self.dpa_of_country]
            out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in parties)
            taken = taken + out
        for m in (self._whose_regulators.finditer(folded) if "whose" in folded else ()):
            # "France joins Italy and Greece, whose regulators each fined Clearview": each country's regulator
            if _overlaps(m.start("whose"), m.end("whose"), taken):
                continue
            codes = [self.country_of_name.get(re.sub(r"\s+", " ", c).lower())
                     for c in self._country_names.findall(m.group("places"))]
            parties = [self.dpa_of_country[c] for c in dict.fromkeys(codes) if c in self.dpa_of_country]
            out.extend(Match(m.start("whose"), m.end("whose"), text[m.start("whose"):m.end("whose")], p)
                       for p in parties)
            taken = taken + out
        for m in _REGION_POSSESSIVE_AUTHORITY.finditer(folded):
            # "the province's privacy commissioner": the regulator of the province named last before it
            if _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out):
                continue
            place = next((r for r in reversed(_REGION_NAME.findall(folded[:m.start()]))
                          if self._regional_regulator(r) is not None), None)
            party = self._regional_regulator(place) if place else None
            if party is not None and party.country != self.country_of_name.get(place.lower()):
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        for m in _AUTHORITY_OF_PLACE.finditer(folded):
            # "the data protection authority of Hamburg", "the privacy commissioner for British Columbia"
            if _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out):
                continue
            party = self._regional_regulator(re.sub(r"\s+", " ", m.group("place")))
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        for m in self._regional_list.finditer(folded):
            # "the commissioners of Quebec, British Columbia and Alberta": each region's regulator
            if _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out):
                continue
            places = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("places"))
            parties = [p for p in (self._regional_regulator(place) for place in places) if p is not None]
            if len(parties) >= 2:
                out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in dict.fromkeys(parties))
        for head in self._national_heads.finditer(folded):
            # the country is looked for only right before a head word (a scan of the whole text is slow)
            m = self._national_tail.search(folded, max(0, head.start() - 60), head.end())
            fronted = self._fronted_place_tail.search(folded, max(0, head.start() - 90), head.end()) if m is None else None
            if fronted is not None and not _overlaps(fronted.start("description"), fronted.end(), taken + out):
                code = self.country_of_name.get(re.sub(r"\s+", " ", fronted.group("country")).lower())
                party = self._authority_of_country(code, fronted.group("description"))
                if party is not None:
                    out.append(Match(fronted.start("description"), fronted.end(),
                                     text[fronted.start("description"):fronted.end()], party))
                continue
            if m is None or _overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), out):
                continue
            country = re.sub(r"\s+", " ", m.group("country")).lower()
            code = self._last_country_code(folded[:m.start()]) if country == "country" else self.country_of_name.get(country)
            plural = not m.group(0).lower().endswith(m.group("head").lower())
            if plural and code == "EU":
                continue  # ("Europe's data protection regulators": the national ones, not an EU body)
            party = self._authority_of_country(code, m.group(0))
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        return out

    def _authority_of_country(self, code: str | None, description: str) -> Party | None:
        """The authority of a country a description means: its competition authority ("antitrust regulator"), its
        consumer authority ("consumer protection regulator", else the data protection one), or its data
        protection authority."""
        if _COMPETITION_WORD.search(description):
            return self.competition_of_country.get(code)
        if _CONSUMER_WORD.search(description):
            return self.consumer_of_country.get(code) or self.dpa_of_country.get(code)
        return self.dpa_of_country.get(code)

    def national_police(self, text: str, taken: list[Match]) -> list[Match]:
        """"fined the national police", "Sweden's police", "the country's police force": the national force
        of the country named (or named last before it)."""
        out = []
        folded = fold(text)
        for m in _NATIONAL_POLICE.finditer(folded) if "police" in folded else ():
            if _overlaps(m.start(), m.end(), taken):
                continue
            owner = m.group("owner")
            if owner is None or owner.lower() in ("country", "nation"):
                code = self._last_country_code(folded[:m.start()])
            else:
                code = self.country_of_name.get(re.sub(r"\s+", " ", owner).lower())
            party = self.police_of_country.get(code)
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        return out

    def _regional_regulator(self, place: str) -> Party | None:
        """The data protection regulator of a country or region named ``place`` ("Alberta")."""
        code = self.country_of_name.get(place.lower())
        if code is not None:
            return self.dpa_of_country.get(code)
        stem = re.compile(rf"\b{re.escape(fold(place))}\b", re.I)
        return next((p for p in self._regionals if any(stem.search(fold(n)) for n in (p.name, *p.aliases))), None)

    def disambiguate(self, text: str, named: list[Match]) -> list[Match]:
        """A name several parties bear ("Datatilsynet") -> the one of the country the text named last
        before it, else first anywhere in the text; else the first listed."""
        out = []
        # ("Privacy Commissioner Michael Webster ... The Office of the Privacy Commissioner": with no country named,
        # the bearer the text also names by a name of its own)
        bearers_of = {m.surface: self.gazetteer.bearers(m.surface) for m in named}
        sole = {m.party.id for m in named if not bearers_of[m.surface]}
        for m in named:
            bearers = bearers_of[m.surface]
            if bearers:
                folded = fold(text)
                code = self._last_country_code(folded[:m.start]) or self._last_country_code(folded[m.end:m.end + 2000])
                chosen = next((p for p in bearers if code and p.country == code), None) \
                    or next((p for p in bearers if not code and p.id in sole), m.party)
                m = Match(m.start, m.end, m.surface, chosen)
            out.append(m)
        return out

    def _last_country_code(self, before: str) -> str | None:
        """The country named last before a position ("Italian users ... the country's regulator")."""
        best, pos = None, -1
        for m in self._country_names.finditer(before):
            if m.start() > pos and not NOT_A_COUNTRY.match(before, m.start()) and not any(
                    x.end() == m.end() for x in NOT_A_COUNTRY.finditer(before, max(0, m.start() - 12), m.end())):
                # (nor the end of one: "Wales" in "New South Wales")
                best, pos = self.country_of_name.get(m.group(0).lower().rstrip("s")) or self.country_of_name.get(
                    m.group(0).lower()), m.start()
        return best

    def descriptions(self, text: str, named: list[Match]) -> list[tuple[int, str, Party]]:
        """What the text calls each party: "Clearview AI, a facial recognition app" and
        "facial recognition startup Clearview AI" describe Clearview AI as "app" and "startup"."""
        out = []
        for m in named:
            after = text[m.end:m.end + 80]
            before = text[max(0, m.start - 60):m.start]
            # (each regex only where it can match: a comma after the name, a head word right before it)
            last_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
            apposed = self._apposition.match(after) if after.lstrip().startswith(",") else None
            if apposed is not None and re.match(r"\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z])", after[apposed.end():]):
                apposed = None  # "the Ministry of Trade, the defence ministry and Korea Hydro": an item of a list
            for found in (apposed, self._premodifier.search(before) if last_word in self._head_last_words else None):
                if found is None:
                    continue
                head = re.sub(r"\s+", " ", found.group("head")).lower()
                # "Andrew Bartholomew, the Jefferson Parish Sheriff's Office detective": a person is no office
                if m.party.kind in self.kinds_of_head.get(head, {m.party.kind}):
                    out.append((m.start, head, m.party))
        return out

    def definite(self, text: str, named: list[Match]) -> list[Match]:
        """Definite descriptions, resolved to the latest party described with the same noun, else
        to the latest party of a compatible kind."""
        out = []
        quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]

        def quoted(pos: int) -> tuple[int, int] | None:
            return next((q for q in quotes if q[0] <= pos < q[1]), None)

        ordered = sorted(named, key=lambda x: x.start)
        described = self.descriptions(text, ordered)
        starts = {e.start for e in named}
        city_names: list[Match] | None = None  # the gazetteer's cities named in the text, looked for once, if asked
        employers: list[Match] | None = None  # companies named inside descriptions of people, likewise
        found = []
        heads_said: dict[int, str] = {}  # where each resolved description stands -> its words
        folded = fold(text)
        for d in self._definite.finditer(folded):
            longer = _HEAD_GOES_ON.match(folded, d.end()) if d.group("head").lower() in _PLACE_HEADS else None
            if longer is not None and longer.group("head").lower() in _BODY_OF_PLACE_HEADS:
                # "the state education department": the body the place describes, not the place
                d = self._definite.fullmatch(folded, d.start(), longer.end()) or d
            found.append(d)
        # where each description stands, and the kinds of party it may mean
        descriptions = [(d.start(), self.kinds_of_head.get(re.sub(r"\s+", " ", d.group("head")).lower(), set()))
                        for d in found]
        for m in found:
            inside = [e for e in named if m.start() < e.end and e.start < m.end()]
            if inside and (re.search(r",\s*\Z", text[max(0, m.start() - 3):m.start()])
                           or not all(e.party.is_place and m.start() < e.start and e.end < m.start("head")
                                      for e in inside)):
                continue  # (but "sued the Idaho company": a place that describes the party; not in an apposition)
            gap = len(text) - len(text[m.end():].lstrip(" "))
            if gap in starts and gap > m.end():
                continue  # "the consumer group Euroconsumers": the description introduces the name after it
            if re.match(r" (?-i:[A-Z])[a-z]", text[m.end():m.end() + 3]) and m.group("head")[:1].isupper():
                continue  # "the Police Commission's inspector general", "the City Council": part of a name
            # a description outside a quotation does not refer to a party named inside one
            here = quoted(m.start())
            head = re.sub(r"\s+", " ", m.group("head")).lower()
            # ("the government" after "Policing minister Dame Diana Johnson": a body, not its minister)
            ordered_here = [e for e in ordered if quoted(e.start) in (None, here)
                            and ("official" not in e.party.tags or head == "minister")]
            kinds = self.kinds_of_head.get(head, set())
            described_as = " ".join(re.sub(r"^\W*(?:the|this|that)\s+", "", m.group(0), flags=re.I).lower().split())
            antecedent = None
            described_at = -1
            for position, noun, party in described:
                if position < m.start() and noun == head:
                    antecedent, described_at = party, position
            said_again = next((o for o in reversed(out) if described_at < o.start < m.start()
                               and heads_said.get(o.start) == described_as), None)
            if said_again is not None and not any(said_again.end <= e.start < m.start() and e.party.kind in kinds
                                                  for e in ordered_here):
                antecedent = said_again.party  # "the company ... It ordered the company": the same one again
            opening = _sentence_start(text, m.start())
            topic = next((e for e in ordered_here if opening <= e.start < m.start() and e.party.kind in kinds
                          and _TOPIC_OPENER.fullmatch(text, opening, e.start) and _TOPIC_NOUN.match(text, e.end)), None)
            if topic is not None:
                antecedent = topic.party  # "In the Deliveroo case, the watchdog found that the company ...": Deliveroo
            if antecedent is None:
                # "Microsoft President Brad Smith said the company would not sell ...": the speaker's company
                speaker = next((e for e in reversed(ordered_here) if e.end <= m.start() and e.party.kind in kinds
                                and _SPEAKER_SAID.fullmatch(text, e.end, m.start())), None)
                antecedent = speaker.party if speaker is not None else None
            if antecedent is None and _SAYS_AFTER.match(text, m.end()) \
                    and _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()):
                # "Meta said Voyager designed its software to hide it. The company said it had disabled ...": a
                # speaker that opens its sentence goes on from the one that opened the sentence before
                opener = _previous_sentence_opener(text, m.start(), ordered_here, kinds)
                if opener is not None and _SAYS_AFTER.match(text, opener.end):
                    antecedent = opener.party
            if antecedent is None and _SAYS_AFTER.search(text, max(0, m.start() - 60), m.start()) \
                    and not re.search(r"[.!?]\s", text[max(0, m.start() - 60):m.start()]):
                # "IBM went further. In a letter, chief executive Arvind Krishna said the company no longer ...": with
                # no company named in its sentence, a description in what a speaker said goes on from the one that
                # opened the sentence before
                here = _sentence_start(text, m.start())
                if not any(here <= e.start < m.start() and e.party.kind in kinds for e in ordered_here):
                    opener = _previous_sentence_opener(text, m.start(), ordered_here, kinds)
                    antecedent = opener.party if opener is not None else None
            if antecedent is None:
                # "San Francisco became the first major city to ...": the subject the description predicates
                subject = next((e for e in reversed(ordered_here) if e.end <= m.start()
                                and _BECAME.fullmatch(text, e.end, m.start())
                                and not _AFTER_PREPOSITION.search(text[max(0, e.start - 25):e.start])), None)
                antecedent = subject.party if subject is not None and subject.party.kind in kinds else None
            accusing = _ACCUSING.search(text[max(0, m.start() - 30):m.start()])
            if accusing is not None and not re.match(r"\w+ing\b|,", accusing.group(0)):
                accusing = None  # ("Forbes and Wired had accused the company": a finite verb's subject is not its object)
            if antecedent is None and accusing is not None:
                # "Meta sued Voyager Labs, accusing the firm of ...": the accused is the party just named
                latest = [e for e in ordered_here if e.end <= m.start() and e.party.kind in kinds]
                antecedent = latest[-1].party if latest else None
            just_named = next((e for e in reversed(ordered_here) if e.end <= m.start()), None)
            if antecedent is None and just_named is not None and just_named.party.kind in kinds \
                    and re.fullmatch(r"\s+(?:over|about|regarding|concerning)\s+", text[just_named.end:m.start()]) \
                    and re.match(r"['\u2019]s\s", text[m.end():]):
                antecedent = just_named.party  # "a settlement from Meta over the company's use of ...": Meta's
            if antecedent is None and self.head_tags.get(head) not in (None, "state", "city"):
                # "the Worldcoin Foundation and its developer Tools for Humanity ... the project's": the one party
                # named before that the head's tag fits, whoever was named last
                tagged = {e.party.id: e.party for e in ordered_here if e.end <= m.start() and e.party.kind in kinds
                          and self.head_tags[head] in e.party.tags}
                antecedent = next(iter(tagged.values())) if len(tagged) == 1 else None
            if antecedent is None:
                # ("a review by the city's Office of Inspector General found ..., and X sued the city": a place, not
                # a body named after it)
                antecedent = _object_of_own_sentence(text, m.start(), [e for e in ordered_here if e.party.is_place
                                                                       or head not in _PLACE_HEADS], kinds) \
                    or (None if head in _PLACE_HEADS else
                        _one_of_sentence_before(text, m.start(), ordered_here, kinds, descriptions))
            if antecedent is None:
                candidates = self._plausible(text, m, ordered_here, kinds)
                antecedent = _named_with_head(candidates, m.start(), kinds, head) or self._salient(
                    candidates, m.start(), kinds, self.head_tags.get(head), self.primary_kind.get(head))
            if antecedent is None and kinds == {"product"} and not any(
                    e.party.kind == "product" and e.end <= m.start() for e in ordered_here):
                # "DeepSeek ... blocked the chatbot": with no product named, the company named for its chatbot
                companies = self._plausible(text, m, ordered_here, {"company"})
                antecedent = self._salient(companies, m.start(), {"company"}, None, None)
            if antecedent is None and (head in self.dpa_heads or described_as in self.dpa_heads):
                # ("the data protection agency's ban": the whole description names a DPA, its head alone does not)
                # "the data protection authority" in a story about Norway: Norway's authority ("the country's
                # consumer protection regulator": its consumer authority)
                code = self._last_country_code(fold(text))
                antecedent = self._authority_of_country(code, m.group(0))
            if antecedent is None and head in self.head_tags and not re.match(r"\s+(?-i:[A-Z])", text[m.end():]) \
                    and _PARTY_SLOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                # "sued the Detroit Police Department ... and settled with the city": the city whose body the
                # text named (the parent of a named party, tagged as "the city" asks; not "the City Council"; only
                # where a party stands: "settled with the city", not "became the first major city")
                tag = self.head_tags[head]
                parents = [self.gazetteer.get(e.party.parent) for e in ordered_here
                           if e.end <= m.start() and e.party.parent]
                parents = [p for p in parents if p is not None and tag in p.tags]
                antecedent = parents[-1] if parents else None
            if antecedent is None and self.head_tags.get(head) == "city" and not re.match(r"\s+(?-i:[A-Z])", text[m.end():]):
                # "A Buenos Aires judge ... the city's facial recognition system": the one city the text names before,
                # even inside another party's description
                if city_names is None:
                    city_names = [c for c in self.gazetteer.find(text) if "city" in c.party.tags
                                  and c.party.kind == "government"]
                cities = {c.party.id: c.party for c in city_names if c.end <= m.start()}
                antecedent = next(iter(cities.values())) if len(cities) == 1 else None
            if antecedent is None and head == "government" and not re.search(
                    r"\b(?:provincial|state|local|city|regional|municipal|county|town)\b", m.group(0), re.I):
                # "the government" in a story about Kenya: Kenya's national government
                antecedent = self._national_government(self._last_country_code(fold(text)[:m.start()])
                                                       or self._last_country_code(fold(text)))
            if antecedent is None and kinds & {"company", "platform"}:
                # "An Uber Eats courier ... has reached a settlement with the company": the employer that describes
                # a worker earlier in the sentence
                if employers is None:
                    workers = [e for e in ordered if e.party.kind == "person" and _NAME_IN_DESCRIPTION.match(e.surface)]
                    employers = [c for c in self.gazetteer.find(text) if c.party.kind in ("company", "platform")
                                 and any(e.start <= c.start and c.end <= e.end and e.surface != c.surface
                                         for e in workers)] if workers else []
                inside = {c.party.id: c.party for c in employers
                          if _sentence_start(text, m.start()) <= c.start < m.start() and c.party.kind in kinds}
                antecedent = next(iter(inside.values())) if len(inside) == 1 else None
            if antecedent is not None and antecedent.is_place and head in _BODY_HEADS:
                antecedent = None  # "the federal agency's access" in a story about Illinois: a body, not the state
            if antecedent is not None and "sheriff" in head and "sheriff" not in antecedent.name.lower():
                # "banned county agencies, including the sheriff's office": the sheriff of a body the sentence names,
                # never a police department
                here = _sentence_start(text, m.start())
                antecedent = next((child for e in reversed(ordered_here) if here <= e.start < m.start()
                                   for child in self.gazetteer.children(e.party.id) if "sheriff" in child.name.lower()),
                                  None)
            if antecedent is not None and head in self.name_words and not any(
                    self.name_words[head] & set(_NAME_WORDS.findall(name.lower()))
                    for name in (antecedent.name, *antecedent.aliases)):
                antecedent = None  # "the district": a school district the story names, never the state it is in
            if antecedent is not None and self.head_tags.get(head) == "city" and "city" not in antecedent.tags \
                    and antecedent.parent and not re.match(r"\s+(?-i:[A-Z])", text[m.end():]):
                # "Chicago's City Council voted ... the city would not renew its contract": the city the council
                # belongs to, not the council
                parent = self.gazetteer.get(antecedent.parent)
                antecedent = parent if parent is not None and "city" in parent.tags else antecedent
            if antecedent is not None and out and out[-1].party.id == antecedent.id \
                    and _SUBJECT_VERB_OBJECT.fullmatch(text, out[-1].end, m.start()):
                # "... Europol's storage of data that the watchdog had ordered the agency to delete": the object of the
                # description that acts is another party, the latest of its kind
                other = next((e.party for e in reversed(ordered_here) if e.end <= m.start() and e.party.kind in kinds
                              and e.party.id != antecedent.id), None)
                antecedent = other or antecedent
            if antecedent is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], antecedent))
                heads_said[m.start()] = described_as
        return out + self._bare_authorities(text, ordered, out)

    def _bare_authorities(self, text: str, ordered: list[Match], taken: list[Match]) -> list[Match]:
        """"Privacy watchdog fines Clearview AI in Italy", "Clearview fined in Greece as data protection
        authority finds breaches": a headline's description without an article is the one data protection
        authority the text names, else that of the country it names."""
        if self._bare_dpa is None or not self._bare_heads.search(text):
            return []
        out = []
        party = None
        for opening in _BARE_OPENING.finditer(text):
            m = self._bare_dpa.match(text, opening.end()) or (self._bare_single.match(text) if opening.end() == 0 else None)
            if m is None or _overlaps(m.start(), m.end(), ordered + taken):
                continue
            if party is None:
                named = {e.party.id: e.party for e in ordered if e.party.kind == "regulator" and "dpa" in e.party.tags}
                if len(named) > 1 and m.start() > 0:
                    return []
                # (a headline's authority, when the story names several, is the first it names)
                party = next(iter(named.values())) if named \
                    else self.dpa_of_country.get(self._last_country_code(fold(text)))
                if party is None:
                    return []
            out.append(Match(m.start(), m.end(), m.group(0), party))
        return out

    def governments(self, text: str, named: list[Match]) -> list[Match]:
        """"India's government banned TikTok", "the government of Zimbabwe signed a deal": the country's
        national government (the gazetteer's, else one named after the country)."""
        out = []
        lowered = text.lower()
        at = lowered.find("government")
        while at != -1:
            owner = self._government_owner.search(text, max(0, at - 45), at) \
                or self._government_modifier.search(text, max(0, at - 45), at)
            of = self._government_of.match(text, at) if owner is None else None
            if owner is not None:
                start, end, country = owner.start(), at + len("government"), owner.group("country")
            elif of is not None:
                lead = self._government_before.search(text, max(0, at - 25), at)
                start, end, country = (lead.start() if lead else at), of.end(), of.group("country")
            at = lowered.find("government", at + 1)
            if (owner is None and of is None) or _overlaps(start, end, named) or text[end:end + 1].isalnum():
                continue
            party = self._national_government(self.country_of_name.get(re.sub(r"\s+", " ", country).lower()))
            if party is not None:
                out.append(Match(start, end, text[start:end], party))
        # "Britain moved in the same direction, when the government told departments ...": the government of the
        # country that opens the sentence
        for m in _BARE_GOVERNMENT.finditer(text):
            start = _sentence_start(text, m.start())
            opener = self._country_names.match(text, start + len(re.match(r"\W*(?:The\s+)?", text[start:]).group(0)))
            if opener is None or _overlaps(m.start(), m.end(), named + out) or any(
                    start <= x.start < m.start() and x.party.kind == "government" for x in named):
                continue
            party = self._national_government(self.country_of_name.get(opener.group(0).lower()))
            if party is not None:
                out.append(Match(m.start(), m.end(), m.group(0), party))
        # "filed a challenge in the High Court of Australia against the Commonwealth": Australia's federal government
        for m in _THE_COMMONWEALTH.finditer(text):
            if _overlaps(m.start(), m.end(), named + out) or self._last_country_code(fold(text)[:m.start()]) != "AU":
                continue
            party = self._national_government("AU")
            if party is not None:
                out.append(Match(m.start(), m.end(), m.group(0), party))
        # "The case against the Dutch state": a country's state, as a party to a case, is its government
        for m in self._national_state.finditer(text):
            party = self._national_government(self.country_of_name.get(re.sub(r"\s+", " ", m.group("country")).lower()))
            if party is not None and not _overlaps(m.start(), m.end(), named + out):
                out.append(Match(m.start(), m.end(), m.group(0), party))
        return out

    def acting_countries(self, text: str, named: list[Match]) -> list[Match]:
        """Countries named as the subject of what only a state does ("India banned TikTok", "Australia,
        Taiwan and South Korea have barred DeepSeek"): each country's national government, or its data
        protection authority where the text names it ("Italy fines OpenAI. Italy's privacy watchdog said ...")."""
        out = []
        # (a data protection authority first; else the one regulator of the country the story names: "France fines
        # Google" in a story about the Autorit\u00e9 de la concurrence)
        regulators = {}
        for m in named:
            if m.party.kind == "regulator" and m.party.country and not m.party.is_unnamed:
                regulators.setdefault(m.party.country, set()).add(m.party)
        regulators = {code: (next((p for p in found if "dpa" in p.tags), None)
                             or (next(iter(found)) if len(found) == 1 else None))
                      for code, found in regulators.items()}
        # ("Britain banned TikTok on government phones": the government rules its own devices, not the regulator)
        found_lists = [(found, not _ON_GOVERNMENT_DEVICES.match(text, verb.end()))
                       for verb in self._state_act.finditer(text)
                       if (found := self._acting_countries.search(text, max(0, verb.start() - 120), verb.start()))]
        found_lists += [(found, False) for by in self._suit_by.finditer(text)
                        if (found := self._countries_against.match(text, by.end()))]
        found_lists += [(found, False) for found in self._ruled_against_countries.finditer(text)]
        for found, regulator_may_act in found_lists:
            for country in self._one_country.finditer(text, found.start("list"), found.end("list")):
                if _overlaps(country.start(), country.end(), named) or text[country.end():country.end() + 1].isalnum():
                    continue
                code = self.country_of_name.get(re.sub(r"\s+", " ", country.group(0)).lower())
                party = (regulators.get(code) if regulator_may_act else None) or self._national_government(code)
                if party is not None:
                    out.append(Match(country.start(), country.end(), country.group(0), party))
        return out

    def _national_government(self, code: str | None) -> Party | None:
        if code is None:
            return None
        known = self.government_of_country.get(code)
        country = self.country_by_code.get(code)
        if known is not None or country is None:
            return known
        return Party(id=f"government-{code.lower()}", name=f"{country.adjective} government", kind="government",
                     country=code)

    def _plausible(self, text: str, description: re.Match, ordered: list[Match], kinds: set[str]) -> list[Match]:
        """The earlier mentions a description may refer to, narrowed by two rules when something is left:
        a country adjective in it ("the Israeli spyware maker") keeps that country's parties; a party named
        earlier in the same clause is someone else ("bars LinkedIn from blocking the firm's access")."""
        before = [e for e in ordered if e.end <= description.start() and e.party.kind in kinds]
        # "PayPal's Venmo": the owner names whose the party is; the story is about the party
        owners = {id(e) for e, owned in zip(ordered, ordered[1:]) if owned.party.kind in _OWNED_KINDS
                  and _OWNER_GAP.fullmatch(text, e.end, owned.start)}
        before = [e for e in before if id(e) not in owners] or before
        words = re.findall(r"[\w-]+", description.group(0).lower())[1:-1]
        countries = {self.country_of_name[w] for w in words if w in self.country_of_name}
        if countries:
            native = [e for e in before if e.party.country in countries]
            before = native or before
        # ("the border agency" after Europol and Frontex: the one whose name says "Border")
        telling = [w for w in words if len(w) > 3 and w not in countries and w not in self.country_of_name
                   and w not in _PLAIN_DESCRIPTION_WORDS]
        if telling:
            named_so = [e for e in before if any(re.search(rf"\b{re.escape(w)}", n, re.I)
                                                 for w in telling for n in (e.party.name, *e.party.aliases))]
            before = named_so or before
        clause_start = description.start()
        while clause_start > 0 and not _CLAUSE_EDGE.match(text, clause_start - 1):
            clause_start -= 1
        latest: dict[str, Match] = {e.party.id: e for e in before}
        # (but not right before "over": "a settlement from Meta over the company's use of ...": Meta's own use)
        bound = {pid for pid, e in latest.items() if e.start >= clause_start
                 and not _CLAUSE_WORD.search(text[e.end:description.start()])
                 and not re.fullmatch(r"\s+(?:over|about|regarding|concerning)\s+", text[e.end:description.start()])}
        if _OBJECT_SLOT.search(text, max(0, description.start() - 20), description.start()):
            # "Getty Images demanded ..., before suing the company": the sentence's subject is not its own object
            opening = _sentence_start(text, description.start())
            # ("... has faced pushback: Twitter, Google and Facebook all sent the company letters": a colon or a
            # semicolon opens a clause of its own)
            colon = max(text.rfind(": ", opening, description.start()), text.rfind("; ", opening, description.start()))
            opening = colon + 2 if colon >= 0 else opening
            subject = next((e for e in before if e.start >= opening), None)
            if subject is not None and re.search(r",\s+(?:and|but)\s+(?:an?|another|one)\s", text[subject.end:description.start()]):
                subject = None  # "Macy's appeared on a list, and an Illinois shopper sued the chain": a new clause's
            relative = None if subject is None else _RELATIVE_BETWEEN.search(text, subject.end, description.start())
            if subject is not None and not text[opening:subject.start].strip(" \"'\u201c") \
                    and (relative is None or "," in text[relative.end():description.start()]):
                # (not in a relative clause: "X faces a suit from Y, which sued the firm"; but after one closed by a
                # comma: "Google, which wants X to stop, sent the startup a letter")
                bound.add(subject.party.id)
                # (and those coordinated with it: "Apple and Google have told developers ..., banning the company's")
                tail = subject
                for e in before:
                    if e.start >= tail.end and _COORDINATED.fullmatch(text, tail.end, e.start):
                        bound.add(e.party.id)
                        tail = e
        others = [e for e in before if e.party.id not in bound]
        return others if any(e.party.id in latest for e in others) else before

    def _salient(self, ordered: list[Match], position: int, kinds: set[str], tag: str | None,
                 primary: str | None = None) -> Party | None:
        """The compatible party a description most likely means: among those named in the 600
        characters before it, the most mentioned so far (the story's subject), then the latest.
        A head tied to a gazetteer tag ("the state" -> state) prefers parties with that tag."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        first: dict[str, int] = {}
        parties: dict[str, Party] = {}
        for earlier in ordered:
            if earlier.start >= position:
                break
            if earlier.party.kind not in kinds:
                continue
            counts[earlier.party.id] = counts.get(earlier.party.id, 0) + 1
            last[earlier.party.id] = earlier.start
            first.setdefault(earlier.party.id, earlier.start)
            parties[earlier.party.id] = earlier.party
        recent = [pid for pid, at in last.items() if position - at <= 600]
        if tag:
            # (else one with the tag named further back: "the city" is Chicago, named 700 characters before, not
            # the city's Office of Inspector General just named)
            tagged = [pid for pid in recent if tag in parties[pid].tags] \
                or [pid for pid in parties if tag in parties[pid].tags]
            recent = tagged or recent
        if not recent:
            # nothing compatible nearby: the story's subject, if one party was named at least twice, else the one
            # compatible party named at all ("Belgium's data protection authority ruled ... [two paragraphs] ... the
            # regulator concluded")
            often = [pid for pid, n in counts.items() if n >= 2] or (list(counts) if len(counts) == 1 else [])
            if len(often) != 1:
                return None
            recent = often
        # ties go to the party named first: the subject the story opened with
        return parties[max(recent, key=lambda pid: (counts[pid] + (0.5 if parties[pid].kind == primary else 0),
                                                     -first[pid]))]

    def pronouns(self, text: str, named: list[Match]) -> list[Match]:
        """"it" and "its" -> the nearest earlier organisation that is not inside a prepositional phrase.

        The search goes back at most 300 characters, so a pronoun never reaches
        across paragraphs to a party the text has moved away from.
        """
        datelines = [(d.start("place"), d.end()) for d in DATELINE.finditer(text)]
        out: list[Match] = []
        subjects: set[int] = set()  # where a pronoun stands as a subject
        objects: set[int] = set()   # where an "it" stands as an object
        # a party the text never names ("a court in Illinois") is nobody's antecedent
        ordered = sorted((m for m in named if not m.party.is_unnamed), key=lambda x: x.start)
        for m in _PRONOUN.finditer(text):
            antecedent = fallback = None
            if _EXPLETIVE_IT.match(text, m.start()):
                continue  # "a judgment that could make it easier for companies to challenge ...": no party
            if m.group(0).lower() == "its" and _LIST_ITEM_AFTER_ITS.match(text, m.end()) \
                    and any(re.fullmatch(r",\s+", text[e.end:m.start()]) for e in ordered):
                continue  # "sued the town of X, its police department and Y": an item of the list, not a party
            agent = next((e for e in reversed(ordered) if e.end <= m.start() and e.party.kind not in ("person", "product")),
                         None) if m.group(0).lower() == "its" else None
            if agent is not None and _AGENT_THEN_ITS.fullmatch(text, agent.end, m.start()) \
                    and re.search(r"\bby\s+(?:the\s+)?$", text[max(0, agent.start - 8):agent.start]):
                # "granting a request by The New York Times in its copyright lawsuit": the agent's
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], agent.party))
                continue
            bound = next((e for e in reversed(ordered) if e.end <= m.start() and e.party.kind not in ("person", "product")),
                         None) if m.group(0).lower() == "its" else None
            if bound is not None and _TOLD_TO_BEFORE.search(text, max(0, bound.start - 30), bound.start) \
                    and _TO_CLAUSE_GAP.fullmatch(text, bound.end, m.start()):
                # "ordered the AFP to engage an assessor to review its practices": the one ordered
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], bound.party))
                continue
            if m.group(0) in ("It", "Its") and _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()):
                # "IMY found that the Swedish Police Authority had ... . Its investigation established ...": the
                # subject of the sentence before, not a party inside what it found
                start, _ = _sentence_before(text, m.start())
                opener = next((e for e in ordered if start <= e.start < m.start()), None)
                if opener is not None and (opener.party.kind not in _ORGANISATION_KINDS or not re.fullmatch(
                        r"\W*(?:The\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?(?:The\s+)?", text[start:opener.start])):
                    opener = None  # (an opener, or one named beside a description: "The authority, IMY, found")
                nearest = next((e for e in reversed(ordered) if e.end <= m.start()
                                and e.party.kind not in ("person", "product")), None)
                if opener is not None and nearest is not None and nearest.party.id != opener.party.id \
                        and _FOUND_THAT.search(text, opener.end, nearest.start):
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], opener.party))
                    continue
            which = next((e for e in reversed(ordered) if e.end <= m.start() and e.party.kind not in ("person", "product")
                          and _WHICH_DID_ITS.fullmatch(text, e.end, m.start())), None) \
                if m.group(0).lower() == "its" and not (_REJECTED_BEFORE_ITS.search(text, max(0, m.start() - 30), m.start())
                                                        and _CLAIM_AFTER_ITS.match(text, m.end())) else None
            if which is not None:
                # "Homo Digitalis, an Athens-based digital rights group, which filed its complaint": the relative
                # pronoun's antecedent
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], which.party))
                continue
            closed = next((e for e in reversed(ordered) if e.end <= m.start() and e.party.kind not in ("person", "product")
                           and _CLOSED_RELATIVE_THEN_VERB.fullmatch(text, e.end, m.start())), None) \
                if m.group(0).lower() == "its" else None
            if closed is not None:
                # "The BayLDA, which is responsible because the company's subsidiary is based there, reached its
                # decision": the main verb's subject, past its closed relative clause
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], closed.party))
                continue
            if m.group(0).lower() == "its" and _SUSPENDED_ITS.search(text, max(0, m.start() - 25), m.start()) \
                    and _OPERATIONS_AFTER.match(text, m.end()):
                # "Kenya's government suspended its activities": the operations of the company the story is about
                near = [e for e in ordered if e.end <= m.start() and m.start() - e.end <= 600
                        and e.party.kind in ("company", "platform", "product")]
                # (one opening a sentence first: "Worldcoin, co-founded by OpenAI's chief executive, launched ...")
                company = next((e for e in reversed(near) if re.search(r"(?:^|[.!?]\s+|\n)(?:The\s+)?\Z",
                                                                     text[max(0, e.start - 6):e.start])),
                               near[-1] if near else None)
                if company is not None:
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], company.party))
                    continue
            accused = _accused_before(text, m.start(), ordered) if m.group(0).lower() == "its" else None
            complained = _COMPLAINED_ABOUT.search(text, max(0, m.start() - 60), m.start()) \
                if accused is None and m.group(0).lower() == "its" else None
            if complained is not None:
                # "Privacy International complained about its practices": not the complainant's own
                complainant = next((e for e in reversed(ordered) if e.end <= complained.start()), None)
                accused = next((e for e in reversed(ordered) if e.end <= complained.start() and e is not complainant
                                and complainant is not None and e.party.id != complainant.party.id
                                and e.party.kind in ("company", "platform")), None)
            rejected = _REJECTED_BEFORE_ITS.search(text, max(0, m.start() - 30), m.start()) \
                if accused is None and m.group(0).lower() == "its" and _CLAIM_AFTER_ITS.match(text, m.end()) else None
            if rejected is not None:
                # "The Ninth Circuit rejected its argument that ...": the argument of another than the court
                here = _sentence_start(text, m.start())
                rejecter = next((e for e in reversed(ordered) if here <= e.start and e.end <= rejected.start()), None)
                others = [e for e in ordered if e.end <= rejected.start() and m.start() - e.end <= 600
                          and e.party.kind not in ("person", "product", "court")
                          and rejecter is not None and e.party.id != rejecter.party.id]
                # the party that opens the sentence, else the one the passage names most (ties: the latest)
                opener = next((e for e in others if here <= e.start
                               and re.fullmatch(r"\W*(?:The\s+)?", text[here:e.start])), None)
                counts = {e.party.id: sum(o.party.id == e.party.id for o in others) for e in others}
                accused = opener or (max(reversed(others), key=lambda e: counts[e.party.id]) if others else None)
            used = _USED_BEFORE_ITS.search(text, max(0, m.start() - 30), m.start()) \
                if accused is None and m.group(0).lower() == "its" and _PRODUCT_AFTER_ITS.match(text, m.end()) else None
            if used is not None:
                # "the Los Angeles Police Department had trialled its software": a vendor's, not the user's own
                here = _sentence_start(text, m.start())
                user = next((e for e in reversed(ordered) if here <= e.start and e.end <= used.start()), None)
                accused = next((e for e in reversed(ordered) if e.end <= used.start() and m.start() - e.end <= 600
                                and e.party.kind in ("company", "platform") and e.party.id != user.party.id), None) \
                    if user is not None and user.party.kind in ("police", "government", "regulator") else None
            if accused is not None:
                # "reported the Southern Co-op to the ICO over its use of Facewatch": the accused's use
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], accused.party))
                continue
            if out and out[-1].surface.lower() == "it" and out[-1].start in subjects \
                    and not re.search(r"[.!?]\s", text[out[-1].end:m.start()]) \
                    and not any(out[-1].end <= e.start < m.start() for e in ordered):
                # "It rejected the findings, arguing that the law did not apply to it": a second pronoun in
                # the sentence, with no party named in between, keeps the first one's referent
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], out[-1].party))
                continue
            # "it" as a subject ("said that it had") skips parties inside prepositional phrases;
            # "it" as an object ("fined X and ordered it to") takes the nearest organisation.
            subject_position = m.group(0).lower() == "its" or bool(_SUBJECT_SLOT.search(text[max(0, m.start() - 20):m.start()]))
            # "a facial recognition system it installed": the subject of a clause on a noun skips an agent after "by"
            # (but not the object of the verb before: "ordered Worldcoin to delete the data it collected")
            relative_subject = m.group(0).lower() == "it" and not subject_position \
                and bool(_PAST_VERB_AFTER_IT.match(text, m.end()))
            if m.group(0).lower() == "it" and subject_position:
                subjects.add(m.start())
            if m.group(0).lower() == "it" and _AND_THEN.search(text, max(0, m.start() - 40), m.start()):
                # "It has examined AliExpress and Temu, and in July it fined AliExpress": the subject of the clause
                # before, past the parties named in between
                first = next((o for o in reversed(out) if o.start in subjects
                              and not re.search(r"[.!?]\s", text[o.end:m.start()])), None)
                if first is not None:
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], first.party))
                    subjects.add(m.start())
                    continue
                # "In August his office sued GM, alleging ..., and in July it secured a settlement": the subject that
                # opens the sentence, past a time
                opening = _sentence_start(text, m.start())
                opener = next((e for e in ordered if opening <= e.start < m.start()), None)
                if opener is not None and opener.party.kind in _ORGANISATION_KINDS \
                        and _OPENER_AFTER_TIME.fullmatch(text, opening, opener.start) \
                        and not _RELATIVE_AFTER.match(text, opener.end):
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], opener.party))
                    subjects.add(m.start())
                    continue
            demanded = bool(_DEMAND_THAT.search(text[max(0, m.start() - 30):m.start()]))
            if demanded:
                subject_position = False  # "sent Clearview a letter demanding that it stop": the addressee
                addressee = next((o for o in reversed(out) if o.start in objects
                                  and not re.search(r"[.!?]\s", text[o.end:m.start()])), None)
                if addressee is not None:  # "Twitter sent it a letter, demanding that it stop": the same "it"
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], addressee.party))
                    continue
            bare_object = m.group(0).lower() == "it" and not subject_position and not demanded
            joined = _JOINED_ACT_ON_IT.search(text, max(0, m.start() - 40), m.start()) if bare_object else None
            if joined is not None:
                # "fined the Swedish Police Authority ... for using Clearview AI's app, and ordered it to delete":
                # the party the same subject acted on before, not the last one named
                opening = _sentence_start(text, m.start())
                # ("each fined it 20 million euros and ordered it to delete": the party the first "it" stood for)
                acted_on = sorted([e for e in [*ordered, *out] if opening <= e.start and e.end <= joined.start()
                                   and _ACT_ON.search(text, max(opening, e.start - 25), e.start)], key=lambda e: e.start)
                if acted_on and acted_on[-1].party.kind not in ("person", "product"):
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], acted_on[-1].party))
                    continue
            speaker = next((e for e in reversed(ordered) if e.end <= m.start() and e.party.kind != "person"
                            and (e.party.kind != "product" or _opens_sentence(text, e))
                            and _SAID_THAT_IT.fullmatch(text, e.end, m.start())), None) \
                if m.group(0).lower() == "it" else None
            if speaker is None and m.group(0).lower() == "it" and _AND_THAT.search(text, max(0, m.start() - 12), m.start()):
                # "The regulator said the company had ..., and that it had opened an investigation": the speaker again
                opening = _sentence_start(text, m.start())
                speaker = next((e for e in ordered if opening <= e.start and e.end <= m.start()
                                and e.party.kind not in ("person", "product") and _SAID_THAT_IT.match(text, e.end)), None)
            if speaker is None and m.group(0).lower() == "it" and _AND_SAID.search(text, max(0, m.start() - 40), m.start()):
                # "Evanston shut off its Flock readers and said it would end its contract": the sentence's subject,
                # who says it
                opening = max([0, *(b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start()))])
                speaker = next((e for e in ordered if opening <= e.start < m.start()
                                and re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[opening:e.start])), None)
                speaker = speaker if speaker is not None and speaker.party.kind not in ("person", "product") else None
            if speaker is not None:
                # "the drugstore chain said it had turned the software off": the one who says it
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], speaker.party))
                subjects.add(m.start())
                continue
            adverbial = _OPENING_ADVERBIAL.search(text, max(0, m.start() - 40), m.start()) if m.group(0) == "it" else None
            adverbial = adverbial is not None and not any(adverbial.start() <= e.start < m.start() for e in ordered)
            if (m.group(0) == "It" and _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start())) or adverbial:
                # "The regulator said Meta had ... It also ordered ...": a sentence opening on "It" continues
                # the subject that opened the sentence before
                opener = self._previous_opener(text, m.start(), ordered)
                if opener is None:
                    # "Last month it reached a settlement with X ... Days later it banned Y": the "it" that opened the
                    # sentence before, past its adverbial
                    start, _ = _sentence_before(text, m.start())
                    opener = next((o for o in out if start <= o.start < m.start() and o.surface == "it"
                                   and _OPENING_ADVERBIAL.search(text, max(0, start - 2), o.start)), None)
                acted_on = next((e for e in ordered if e.start >= m.end()), None)
                if opener is not None and acted_on is not None and acted_on.party.id == opener.party.id \
                        and _OWN_OBJECT_GAP.fullmatch(text, m.end(), acted_on.start):
                    opener = None  # "It fined IAB Europe": the subject is not its own verb's object
                if opener is not None:
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], opener.party))
                    subjects.add(m.start())
                    continue
            clause_subjects: set[str] = set()
            # "prohibit city departments from using it": what is used is a product (or a thing no party names)
            used = m.group(0).lower() == "it" and _USED_IT.search(text, max(0, m.start() - 20), m.start()) is not None
            subject_list_start = None  # where the subject of the pronoun's own clause starts, once met
            for earlier in reversed(ordered):
                if earlier.end > m.start():
                    continue
                if m.start() - earlier.end > (_USED_IT_REACH if used else 300):
                    break  # (what "used it" stands for may have been named a paragraph back: only products qualify)
                if used and (earlier.party.kind not in ("product", "platform")
                             or (m.start() - earlier.end > 300 and earlier.party.kind != "product")):
                    continue
                if earlier.party.kind == "person" or (earlier.party.kind == "product" and not used):
                    continue
                if earlier.party.is_place and _PLACE_AS_ADJECTIVE.match(text, earlier.end):
                    continue  # "the San Francisco company ... how it addresses": the company, not the city
                if earlier.party.is_place and any(start <= earlier.start < end for start, end in datelines):
                    continue  # "CHICAGO - Every time an employer scans ... it commits": no "it" of the dateline
                if _BACKER_MODIFIER.match(text, earlier.end):
                    continue  # "OpenAI, the Microsoft-backed company ..., said it": the backer only describes
                if subject_position and _INVERTED_REPORTER.match(text, earlier.end) \
                        and re.search(r",\s*(?:the\s+)?(?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,3}$",
                                      text[max(0, earlier.start - 60):earlier.start]):
                    continue  # "X broke the law, the commissioner found. It ...": "it" is X, not the reporter
                named_before = next((e for e in ordered if e.party.id == earlier.party.id
                                     and re.fullmatch(r"\s*\(\s*", text[e.end:earlier.start])), None) \
                    if (subject_position or relative_subject) and re.search(r"\(\s*\Z", text[max(0, earlier.start - 10):earlier.start]) \
                    else None  # (looked for only where a parenthesis opens right before)
                if (subject_position or relative_subject) and _AFTER_PREPOSITION.search(
                        text[max(0, (named_before or earlier).start - 45):(named_before or earlier).start]) \
                        and (named_before is not None or relative_subject) and not _RELATIVE_AFTER.match(text, earlier.end):
                    continue  # "fined by the Spanish Data Protection Agency (AEPD) over a system it installed"
                if relative_subject and re.match(r"['\u2019]s?\s", text[earlier.end:earlier.end + 3]) \
                        and _AFTER_VERB.search(text[max(0, earlier.start - 25):earlier.start]):
                    continue  # "examined the bank's practices in an investigation it launched": not the owner
                if subject_position and not _RELATIVE_AFTER.match(text, earlier.end) and (
                        _AFTER_PREPOSITION.search(text[max(0, earlier.start - 45):earlier.start])
                        or _AFTER_VERB.search(text[max(0, earlier.start - 25):earlier.start])):
                    continue  # "IBM told Congress that it ...": "it" is IBM, not the object Congress
                if bare_object and subject_list_start is not None and _LIST_GAP.fullmatch(text, earlier.end, subject_list_start):
                    subject_list_start = earlier.start  # "Twitter, YouTube and LinkedIn each sent it": the whole list
                    continue
                if bare_object and (_SAME_CLAUSE_SUBJECT.fullmatch(text[earlier.end:m.start()])
                                    or earlier.party.id in clause_subjects):
                    subject_list_start = earlier.start
                    # "Twitter sent it a letter": an object pronoun is not its own clause's subject (nor, after a
                    # verb that acts on a party, an earlier mention of it: "Proxycurl copied LinkedIn profiles ...
                    # after LinkedIn sued it"; "the chain used it" may be the technology)
                    if _ACTS_ON_PARTY.search(text, max(0, m.start() - 15), m.start()):
                        clause_subjects.add(earlier.party.id)
                    continue
                if m.group(0).lower() == "its" and earlier.party.kind == "court" \
                        and _DECIDED_ON.fullmatch(text[earlier.end:m.start()]):
                    continue  # "the court rejected its request": whose request came before the court
                if m.group(0).lower() == "its" and earlier.party.kind == "court" \
                        and _RULED_THAT_ITS.fullmatch(text[earlier.end:m.start()]):
                    continue  # "a labour tribunal ruled that its ranking system discriminated": the system's owner's
                if not subject_position and fallback is None and re.search(
                        r"\b(?:to|from|with)\s+(?:the\s+)?$", text[max(0, earlier.start - 12):earlier.start]) \
                        and not re.search(r"\b(?:linked|tied|connected|belonging|related)\s+to\s+(?:the\s+)?$",
                                          text[max(0, earlier.start - 24):earlier.start]):
                    # ("disabled the accounts linked to Voyager Labs, banned it": Voyager Labs)
                    fallback = earlier.party  # "pay $1.4bn to Texas to resolve a suit accusing it": the payer first
                    continue
                antecedent = earlier.party
                break
            if antecedent is None:
                antecedent = fallback
            if antecedent is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], antecedent))
                if bare_object:
                    objects.add(m.start())
        return out

    @staticmethod
    def _previous_opener(text: str, position: int, ordered: list[Match]) -> Match | None:
        """The organisation that opens the sentence before ``position`` as its subject, if any ("The authority's
        litigation chamber found ...": the authority)."""
        start, end = _sentence_before(text, position)
        opener = next((e for e in ordered if start <= e.start < end), None)
        topic = _TOPIC_NOUN.match(text, opener.end) if opener is not None \
            and _TOPIC_OPENER.fullmatch(text, start, opener.start) else None
        if topic is not None:  # "In the Deliveroo case, the watchdog found ...": the watchdog opens it
            start = topic.end()
            opener = next((e for e in ordered if start <= e.start < end), None)
        if opener is None or opener.party.kind in ("person", "product") or opener.party.is_place \
                or not re.fullmatch(r"\s*(?:(?:The|But|And|Meanwhile|Separately|However|Also),?\s+)?", text[start:opener.start]):
            return None
        if not re.match(r"(?:['\u2019]s\s+(?:[\w-]+\s+){1,2})?\s*(?:,[^,.;]{0,160},\s*)?(?:(?:has|had|have|also|then|later|on\s+\w+|"
                        r"last\s+\w+)\s+){0,2}(?:[a-z]+(?:ed|s)|said|told|found|began|brought|took|sent|won|lost|made|"
                        r"gave|got|paid|sued|held|led|set)\b", text[opener.end:opener.end + 120]):
            return None  # the opener must be followed by its verb: "The regulator said", "The ICO, which ..., fined"
        return opener

    def they(self, text: str, named: list[Match]) -> list[Match]:
        """"Steven Vance and Tim Janecyk sued Amazon ... They had already sued IBM": a sentence opening on
        "They" continues the list of parties that opened the sentence before (one match per party)."""
        out: list[Match] = []
        ordered = sorted((m for m in named if not m.party.is_unnamed), key=lambda x: x.start)
        for m in _THEY_OPENING.finditer(text):
            start, end = _sentence_before(text, m.start())
            opening = [e for e in ordered if start <= e.start < end]
            if not opening or not re.fullmatch(r"\s*(?:(?:The|But|And|Meanwhile|Separately),?\s+)?",
                                                text[start:opening[0].start]):
                continue
            listed = [opening[0]]
            for e in opening[1:]:
                if not _LIST_GAP.fullmatch(text[listed[-1].end:e.start]):
                    break
                listed.append(e)
            parties = list(dict.fromkeys(e.party for e in listed))
            if 2 <= len(parties) <= 4:
                out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in parties)
        return out

    def quoted_speakers(self, text: str, named: list[Match]) -> list[Match]:
        """"We" and "our" inside a quotation -> the party the quotation is attributed to
        ("“We have fined Clearview,” the ICO said"; "a Meta spokesperson said: “We ...”")."""
        out = []
        quotes = list(_QUOTE.finditer(text))
        if ",'" in text or ",\u2019" in text or ".'" in text or ".\u2019" in text:
            quotes += list(_SINGLE_QUOTE.finditer(text))  # (only where a quotation may close: ",' said")
        for quote in quotes:
            after = [m for m in named if 0 <= m.start - quote.end() <= 80]
            before = [m for m in named if 0 <= quote.start() - m.end <= 60]
            speaker = None
            if after and _SAID.search(text[quote.end():after[0].end + 70]):
                speaker = after[0].party
            elif before and _SAID.search(text[before[-1].end:quote.start()]):
                speaker = before[-1].party
            if speaker is None:
                continue
            for we in _WE.finditer(text, quote.start(), quote.end()):
                out.append(Match(we.start(), we.end(), we.group(0), speaker))
        return out

    def makers(self, text: str, named: list[Match]) -> list[Match]:
        """"the ChatGPT maker", "Rekognition's developer": a product named for its maker -> the maker."""
        out = []
        for m in named:
            if not m.party.parent:
                continue
            # any party's parent ("Snapchat's parent company"); a maker or developer only for products
            follow = (_MAKER if m.party.kind == "product" else _PARENT).match(text, m.end)
            maker = self.gazetteer.get(m.party.parent)
            if follow and maker is not None:
                out.append((m, Match(m.start, follow.end(), text[m.start:follow.end()], maker)))
                continue
            # "the maker of ChatGPT", "the parent company of Snapchat"
            lead = (_MAKER_OF if m.party.kind == "product" else _PARENT_OF).search(text, max(0, m.start - 80), m.start)
            if lead and maker is not None:
                end = m.end
                # "the owner of Facebook, Instagram and WhatsApp": the list names what it owns
                for other in sorted(named, key=lambda x: x.start):
                    if other.start >= end and other.party.parent == maker.id and _LIST_GAP.fullmatch(text, end, other.start):
                        out.append((other, None))
                        end = other.end
                out.append((m, Match(lead.start(), end, text[lead.start():end], maker)))
        return [x for x in named if all(x is not old for old, _ in out)] + [new for _, new in out if new is not None]

    def lead_authorities(self, text: str, named: list[Match], national: list[Match] | None = None) -> list[Match]:
        """"Meta was fined by its lead EU privacy regulator": not an EU body but the national authority that leads
        for the company under the GDPR's one-stop shop (its "lead-dpa" tag, else the default of
        ``references.toml``: Ireland's, where most large platforms have their EU seat)."""
        out = []
        for m in (named if national is None else national):
            lead = _LEAD_BEFORE.search(text, max(0, m.start - 30), m.start)
            if lead is None or "eu-body" not in m.party.tags:
                out.append(m)
                continue
            company = next((e for e in sorted(named, key=lambda x: x.start, reverse=True) if e.end <= lead.start()
                            and e.party.kind in ("company", "platform")), None)
            chosen, party = None, company.party if company is not None else None
            while party is not None and chosen is None:
                chosen = next(iter(party.tag_values("lead-dpa")), None)
                party = self.gazetteer.get(party.parent) if party.parent else None
            authority = self.gazetteer.get(chosen or self.default_lead_authority)
            out.append(Match(m.start, m.end, m.surface, authority) if authority is not None else m)
        return out

    def indefinite_authorities(self, text: str, matches: list[Match], named: list[Match] | None = None) -> list[Match]:
        """"fined by a German data protection watchdog ... the Hamburg data protection commissioner said": an
        indefinite national description is one of that country's authorities, the one the text names after it."""
        later_in = matches if named is None else named
        out = []
        for m in matches:
            if m.party.kind == "regulator" and m.party.country and INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start):
                named_after = next((e for e in sorted(later_in, key=lambda x: x.start) if e.start >= m.end
                                    and e.party.kind == "regulator" and e.party.country == m.party.country
                                    and e.party.id != m.party.id and e.party.tags & {"dpa", "dpa-regional"}), None)
                if named_after is not None:
                    m = Match(m.start, m.end, m.surface, named_after.party)
            out.append(m)
        return out

    def owned(self, text: str, named: list[Match]) -> list[Match]:
        """"the Meta-owned messaging service", "Ring, the Amazon-owned doorbell maker", "the Alphabet unit": the owner only describes the
        party meant, which is the latest party before it that the owner owns (WhatsApp), else the latest company,
        platform or product before it other than the owner. With no such party the owner is no mention at all."""
        out, dropped = [], []
        ordered = sorted(named, key=lambda x: x.start)
        for m in ordered:
            described = _OWNED_DESCRIPTION.match(text, m.end)
            lead = _DEFINITE_BEFORE.search(text, max(0, m.start - 6), m.start)
            unit = described is None and lead is not None and lead.group(0)[:1] in "Tt" \
                and _OWNED_UNIT.match(text, m.end)  # (not "its OnStar unit": there the name is the unit's)
            described = described or unit or None
            if described is None or lead is None:
                continue
            before = [b for b in ordered if b.end <= lead.start() and b.party.id != m.party.id]
            owned = [b for b in before if self._owned_by(b.party, m.party.id)]
            # ("Ring ... its Neighbors app, the Amazon-owned company": a company is no app)
            firm = re.search(r"\b(?:company|firm|business|maker|startup|start-up|provider|developer)$", described.group(0))
            owned = [b for b in owned if b.party.kind != "product"] or owned if firm else owned
            others = [b for b in before if b.party.kind in ("company", "platform", "product")]
            if unit and not owned:
                continue  # "the Alphabet unit" names a unit only when the story named one the gazetteer knows
            antecedent = (owned or others or [None])[-1]
            dropped.append(m)
            if antecedent is not None:
                out.append(Match(lead.start(), described.end(), text[lead.start():described.end()], antecedent.party))
        return [x for x in named if all(x is not d for d in dropped)] + out

    def _owned_by(self, party: Party, owner_id: str) -> bool:
        seen = set()
        while party is not None and party.parent and party.id not in seen:
            seen.add(party.id)
            if party.parent == owner_id:
                return True
            party = self.gazetteer.get(party.parent)
        return False

    def plurals(self, text: str, named: list[Match]) -> list[Match]:
        """"both retailers", "the two companies", "the firms" -> one match per party they gather: the
        distinct parties of a compatible kind named in the 300 characters before (two for "both" and
        "the two", at most four otherwise), when there are at least two."""
        out = []
        ordered = sorted(named, key=lambda x: x.start)
        for m in _PLURAL.finditer(text):
            if _overlaps(m.start(), m.end(), named):
                continue
            head = m.group("head").lower()
            singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
            kinds = ({"person"} if head in _PERSON_PLURALS else None) or self.kinds_of_head.get(singular) \
                or self.kinds_of_head.get(singular.split()[-1])  # "tech giants"
            if not kinds:
                continue
            parties = self._latest_list([e for e in ordered if e.end <= m.start() and m.start() - e.end <= 300
                                         and e.party.kind in kinds and e.surface.lower() not in ("its", "their")], text)
            limit = _COUNTED_DETERMINERS.get(re.sub(r"\s+", " ", m.group("det").lower()), 4)
            if len(parties) < 2 and limit == 2:
                # "both companies" far from their list: the two parties of that kind the story is about
                # (not an owner named with what it owns: "Alphabet's Google and Meta")
                owners = {id(e) for e, owned in zip(ordered, ordered[1:]) if _OWNER_GAP.fullmatch(text, e.end, owned.start)}
                earlier = list(dict.fromkeys(e.party for e in ordered if e.end <= m.start() and id(e) not in owners
                                             and m.start() - e.end <= 1200 and e.party.kind in kinds))
                parties = earlier if len(earlier) == 2 else parties
            if 2 <= len(parties) <= limit:
                out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in parties)
        for m in _COUNTED_SUBJECT.finditer(text):
            # "... complained about Bunnings, Kmart and The Good Guys. All three paused their systems": the last
            # parties of one kind named before, as many as it counts
            count = _COUNTED_DETERMINERS[m.group("det").lower()]
            before = [e for e in ordered if e.end <= m.start() and m.start() - e.end <= 300
                      and e.party.kind in ("company", "platform")]
            latest = list(dict.fromkeys(e.party for e in reversed(before)))[:count]
            if len(latest) == count and not _overlaps(m.start(), m.end(), named):
                out.extend(Match(m.start(), m.end(), m.group(0), p) for p in reversed(latest))
        for m in _THEM_ACCUSED.finditer(text):
            # "sued BrandTotal and Unimania, accusing them of ...": the parties of the list just named
            parties = self._latest_list([e for e in ordered if e.end <= m.start("them")
                                         and m.start("them") - e.end <= 200], text)
            if 2 <= len(parties) <= 4:
                out.extend(Match(m.start("them"), m.end("them"), m.group("them"), p) for p in parties)
        return out

    def office_holders(self, named: list[Match], text: str) -> list[Match]:
        """People named with the title of an office the article names once ("Commissioner Angelene Falk"
        in a story about the OAIC) act as that office, under every mention of them."""
        if self._title_before is None:
            return named
        holders: dict[str, Party] = {}
        for m in named:
            if m.party.kind not in ("person", "court") or self.gazetteer.get(m.party.id) is not None:
                continue
            office = next((e for e in named if e.party.kind in ("government", "regulator", "police")
                           and re.fullmatch(r"\s+", text[e.end:m.start]) and _OFFICE_TITLE_END.search(e.surface)), None) \
                if m.party.kind == "person" else None
            if office is not None and re.search(r"\b[Ff]ormer\s+(?:[\w.]+\s+){0,2}\Z", text[max(0, office.start - 30):office.start]):
                continue  # ("an audit led by former US Attorney General Eric Holder": he no longer holds it)
            if office is not None:
                holders[m.party.id] = office.party  # "New York State Education Commissioner Betty A. Rosa barred ..."
                continue
            title = self._title_before.search(text, max(0, m.start - 40), m.start)
            if title is None:
                continue
            kind = self.title_kind[re.sub(r"\s+", " ", title.group("title")).lower()]
            # "IBM chief executive Arvind Krishna": the party named right before the title
            owner = next((e for e in named if e.end <= title.start() and re.fullmatch(
                r"(?:['\u2019]s)?\s+", text[e.end:title.start()]) and e.party.kind in _TITLE_OWNER_KINDS[kind]), None)
            if owner is None and re.search(r"\bits\s+$", text[max(0, title.start() - 5):title.start()]):
                # "Meta's president of global affairs, Nick Clegg, and its chief legal officer, Jennifer Newstead":
                # the owner of the title named just before
                owner = next((e for e in reversed(named) if e.end <= title.start() and title.start() - e.end <= 150
                              and re.match(r"['\u2019]s\s", text[e.end:e.end + 3])
                              and e.party.kind in _TITLE_OWNER_KINDS[kind]), None)
            offices = {e.party.id: e.party for e in named if e.party.kind == kind and e.party.id != m.party.id
                       and (self.gazetteer.get(e.party.id) is not None or _BODY_WORD.search(e.party.name))}
            before = {e.party.id for e in named if e.party.id in offices and e.end <= m.start}
            if kind == "court" and len(offices) > 1 and len(before) == 1:
                # "Kenya's High Court has ordered ... Justice X found ... could still appeal to the Court of Appeal":
                # the one court told of before the judge, not one a party may turn to next
                offices = {i: p for i, p in offices.items() if i in before}
            if owner is not None:
                holders[m.party.id] = owner.party
            elif len(offices) == 1 and kind != "company" and _may_sit_on(
                    text[max(0, title.start() - 25):title.end()], (office := next(iter(offices.values()))).name,
                    text[m.end:m.end + 60]):
                holders[m.party.id] = office
        # "Lord Justice Singh" in a story naming two courts: a judge known by surname alone sits on one of
        # them, but which one the text does not say
        named = [m for m in named if m.party.id in holders or not (
            m.party.kind == "court" and " " not in m.party.name and self.gazetteer.get(m.party.id) is None)]
        return [Match(m.start, m.end, m.surface, holders[m.party.id]) if m.party.id in holders else m for m in named]

    def city_police(self, text: str, named: list[Match]) -> list[Match]:
        """"sued the city and its police department", "Norfolk's police": the police of a city named (or described)
        just before: the force the gazetteer lists under the city's name, else one of its own named after it."""
        out = []
        for m in named:
            if m.party.kind != "government" or "city" not in m.party.tags:
                continue
            phrase = _CITY_POLICE_AFTER.match(text, m.end)
            if phrase is None or any(n.start < phrase.end() and phrase.start("police") < n.end for n in named):
                continue
            city = m.party.name.split(",")[0]  # ("Evanston, Illinois": the city's own name)
            police = next((p for p in (self.gazetteer.lookup(f"{city} Police Department"),
                                       self.gazetteer.lookup(f"{city} Police")) if p is not None and p.kind == "police"),
                          None) or Party(id=f"{m.party.id}-police", name=f"{city} Police Department", kind="police",
                                         country=m.party.country, parent=m.party.id)
            out.append(Match(phrase.start("police"), phrase.end(), phrase.group("police"), police))
        return out

    def inspectors(self, text: str, named: list[Match]) -> list[Match]:
        """"the department's inspector general", "Homeland Security's inspector general": the inspector general's
        office of the party named (or described) before it: the one the gazetteer lists, else, for a police force,
        government or regulator, an office of its own named after the owner."""
        out, offices = [], []
        for m in named:
            office = self._inspector_of.get(m.party.id)
            phrase = _INSPECTOR_AFTER.match(text, m.end) \
                if office is not None or m.party.kind in ("police", "government", "regulator") else None
            if phrase is not None and office is None and not m.party.is_unnamed:
                # "the LAPD's inspector general": an office of its own the gazetteer does not list, watching its owner
                # (named after the owner's acronym where it has one, as the gazetteer's own offices are: "LAPD
                # Inspector General")
                short = next((a for a in m.party.aliases if re.fullmatch(r"[A-Z]{2,6}", a)), m.party.name)
                office = Party(id=f"{m.party.id}-inspector-general", name=f"{short} Inspector General",
                               kind="regulator", country=m.party.country, parent=m.party.id)
            if phrase is not None and office is not None:
                m = Match(m.start, phrase.end(), text[m.start:phrase.end()], office)
                offices.append(m)
            out.append(m)
        if not offices:
            return named
        # (a mention inside the longer phrase, "inspector general" found as a name of its own, goes)
        return [m for m in out if not any(o is not m and o.start < m.end and m.start < o.end and o.end - o.start > m.end - m.start
                                          for o in out)]

    def metonyms(self, text: str, named: list[Match]) -> list[Match]:
        """"Brussels ordered the company to ...": a seat of power that stands for the body the story names (the
        European Commission), where it acts rather than locates ("in Brussels", "a Brussels court")."""
        present = {m.party.id for m in named}
        out = []
        for m in named:
            body = self.metonym_of.get(m.surface)
            if body is not None and body.id in present and m.party.id != body.id \
                    and not _PLACE_PREPOSITION.search(text, max(0, m.start - 12), m.start) \
                    and not re.match(r"\s*(?:-based|['\u2019]s\b)", text[m.end:m.end + 8]):
                m = Match(m.start, m.end, m.surface, body)
            out.append(m)
        return out

    def unnamed(self, text: str, named: list[Match]) -> list[Match]:
        """Descriptions of a party the text never names ("a federal jury", "fines company"): a placeholder
        of that kind, when no party of the kind is named anywhere in the text."""
        out = []
        kinds_named = {m.party.kind for m in named}
        # a place inside the description is part of it ("a California judge", "a group of Illinois residents")
        solid = [m for m in named if not m.party.is_place]
        folded = fold(text)
        for kind, pattern in [(k, p) for k, p in self._unnamed.items() if k not in kinds_named] \
                + list(self._unnamed_always.items()):
            for m in pattern.finditer(folded):
                if not _overlaps(m.start(), m.end(), solid + out):
                    court = self._court_of_place(text, m.start(), m.end()) or self._described_court(text, m.start(), m.end()) \
                        if kind == "court" else None
                    if court is not None:
                        out.append(court)
                        continue
                    told = next((o for o in reversed(out) if o.party.kind == "court" and not o.party.is_unnamed
                                 and not JURY.search(o.party.name)  # (a jury is not "the court")
                                 and o.end <= m.start()), None) if kind == "court" else None
                    if told is not None and re.match(r"the\s+(?:court|judge|tribunal)\b", m.group(0), re.I):
                        # "A São Paulo court has ordered ... In the final judgment, the court found": the court told of
                        out.append(Match(m.start(), m.end(), text[m.start():m.end()], told.party))
                        continue
                    named_later = self._counted_people_named_later(text, m, named) if kind == "person" else []
                    if named_later:
                        # "Two Norfolk residents have sued the city ... Lee Schmidt and Crystal Arrington say ...":
                        # the group is the people the next sentences name, as many as it counts
                        out.extend(Match(m.start(), m.end(), text[m.start():m.end()], p) for p in named_later)
                        continue
                    out.append(Match(m.start(), m.end(), text[m.start():m.end()], self._unnamed_party[kind]))
        return out

    @staticmethod
    def _counted_people_named_later(text: str, group: re.Match, named: list[Match]) -> list[Party]:
        """The people a counted group ("two residents", "three Black men") stands for: the first that many
        people the text names after it, within the next two sentences, if it names that many."""
        count = _COUNT_WORDS.get(group.group(0).split()[0].lower())
        if count is None:
            return []
        window_end = group.end()
        for _ in range(3):  # the group's own sentence and the next two
            stop = _SENTENCE_END.search(text, window_end)
            window_end = stop.end() if stop else len(text)
        people: list[Party] = []
        for m in sorted(named, key=lambda x: x.start):
            if group.end() <= m.start < window_end and m.party.kind == "person" and not m.party.is_unnamed \
                    and m.party.id not in {p.id for p in people} and not OFFICIAL_APPOSITION.match(text, m.end):
                # (not "Mark Talbot, the police chief": an official, not one of the group)
                people.append(m.party)
        return people if len(people) == count else []

    def _court_of_place(self, text: str, start: int, end: int) -> Match | None:
        """"A Marseille court", "an administrative court in Marseille", "a court in Rome": the one court of the
        gazetteer in that place (not "a federal judge in San Francisco": a judge, or a court the place alone
        does not pick out)."""
        description = text[start:end]
        if not re.search(r"(?:court|tribunal)$", description, re.I) or _NOT_LOCAL_COURT.search(description):
            return None
        where = _IN_PLACE.match(text, end)
        places = [w for w in re.findall(r"\b(?-i:[A-Z])[\w'-]+", description)
                  if w not in ("A", "An", "The") and w.lower() not in self._demonyms] \
            + ([where.group("place")] if where else [])
        for place in places:
            pattern = re.compile(rf"\b{re.escape(fold(place))}\b", re.I)
            courts = [p for p in self._courts if any(pattern.search(fold(n)) for n in (p.name, *p.aliases))]
            # the court the description's own words name ("an administrative court in Marseille"), or the one
            # general court of the place ("Court of Rome", "Oslo District Court"; not "Moscow City Court": a
            # Moscow court may be any of the city's district courts)
            kinds = [w.lower() for w in re.findall(r"administrative|regional|district", description, re.I)]
            general = re.compile(rf"(?:(?:Court|Tribunal) of {re.escape(place)}|{re.escape(place)}(?: District)? Court)",
                                 re.I)
            courts = [p for p in courts if (kinds and all(re.search(rf"\b{k}", " ".join((p.name, *p.aliases)), re.I)
                                                         for k in kinds))
                      or (not kinds and any(general.fullmatch(fold(n)) for n in (p.name, *p.aliases)))]
            if len(courts) == 1:
                stop = where.end() if where else end
                return Match(start, stop, text[start:stop], courts[0])
        return None

    @staticmethod
    def _described_court(text: str, start: int, end: int) -> Match | None:
        """"A Moscow court", "a court in Marseille", "a Buenos Aires judge" that the gazetteer does not know: a
        party named as the text describes it, the place being what tells it apart ("a federal jury", "a U.S.
        judge" stay unnamed)."""
        description = re.sub(r"^(?:an?|the)\s+", "", text[start:end], flags=re.I)
        where = _IN_PLACE.match(text, end)
        placed = [w for w in re.findall(r"\b(?-i:[A-Z])[\w'.-]*", description) if not re.fullmatch(r"U\.?S\.?", w)]
        if not placed and where is None:
            return None
        stop = where.end() if where else end
        name = re.sub(r"\s+", " ", f"{where.group('place')} {description}" if where else description).strip()
        if where is not None and JURY.search(description):
            # ("A federal jury in Chicago": a jury sits once, named as the text tells where, not as an institution)
            name = re.sub(r"\s+", " ", text[start:stop]).strip()
            name = re.sub(r"^(?:an?|the)\s+", "", name, flags=re.I)
        return Match(start, stop, text[start:stop], Party(id=slugify(name), name=name, kind="court",
                                                         tags=frozenset({"described"})))

    def place_courts(self, text: str, named: list[Match]) -> list[Match]:
        """"In a parallel case heard by the same Amsterdam court": a definite description by the place alone
        is the one court of the gazetteer there, when no other party stands on it."""
        return [court for m in _DEFINITE_PLACE_COURT.finditer(text) if not _overlaps(m.start(), m.end(), named)
                and (court := self._court_of_place(text, m.start(), m.end())) is not None]

    @staticmethod
    def _latest_list(before: list[Match], text: str) -> list[Party]:
        """The parties of the last list ("A, B and C", "A and B") among the mentions ``before``."""
        parties: list[Party] = []
        for later, earlier in zip(reversed(before), list(reversed(before))[1:] + [None]):
            if not parties:
                parties.append(later.party)
            if earlier is None or not (_LIST_GAP.fullmatch(text[earlier.end:later.start])
                                       or AMOUNT_BETWEEN_ITEMS.match(text[earlier.end:later.start])):
                if len(parties) >= 2:
                    break
                parties = []
                continue
            if earlier.party not in parties:
                parties.insert(0, earlier.party)
        return parties

    def cataphora(self, text: str, named: list[Match]) -> list[Match]:
        """"An Essex secondary school has been reprimanded ... Chelmer Valley High School began ...": the
        description that opens the story (or a definite one in its first sentence: "barred the state-owned
        metro company ...", or an indefinite object there: "has fined a facial recognition company £7.5m")
        means the first party of its kind named after it, past its own sentence or right beside it, if that
        party is not named before it."""
        if self._cataphora is None:
            return []
        out = []
        ordered = sorted(named, key=lambda x: x.start)
        solid = [m for m in named if not m.party.is_place]  # "A Chicago supermarket chain": the place describes
        lede = _FIRST_SENTENCE.match(text)
        definite = self._cataphora_definite.finditer(text, 0, lede.end()) if lede else ()
        # (after a headline, the lede is the sentence below it: "German court clears way for Meta ... A court in
        # Cologne rejected a request by a German consumer rights group ...")
        lede_end = lede.end() if lede else 0
        if lede and len(lede.group(0)) < 130:
            below = _FIRST_SENTENCE.match(text, lede_end)
            lede_end = below.end() if below else lede_end
        objects = self._cataphora_object.finditer(text, 0, lede_end) if lede else ()
        starts = {e.start for e in named}
        for m in (*self._cataphora.finditer(text), *definite, *objects):
            # ("A Chinese appeals court has ordered ...": a court named in lower case is no name)
            inside = [e for e in solid if m.start() < e.end and e.start < m.end()
                      and not (m.group(0)[:1] in "aA" and e.party.kind == "court" and e.surface[:1].islower())]
            if inside and not (m.group("head").lower() in self._person_heads
                               and all(m.start() < e.start and e.end < m.end() for e in inside)):
                continue  # (but "A Tesla owner has sued ...": a firm's name only describes the person)
            if m.group(0)[:1] == "a" and re.search(r",\s*$", text[max(0, m.start() - 3):m.start()]):
                continue  # "Voyager Labs, a surveillance firm that ...": an apposition describes the name before it
            if len(text) - len(text[m.end():].lstrip(" ")) in starts:
                continue  # "against the AI search company Perplexity": the name follows the description
            kind = self.cataphora_kind[re.sub(r"\s+", " ", m.group("head")).lower()]
            before = {e.party.id for e in ordered if e.start < m.start()}
            # a definite description refers back when a party of its kind came before, and names ahead only
            # past its own sentence ("the retailer's cameras, supplied by Facewatch": not Facewatch)
            definite = m.group(0)[:1] in "Tt"
            if definite and any(e.party.kind == kind or {e.party.kind, kind} == {"company", "platform"}
                                for e in ordered if e.start < m.start()):
                continue  # ("Uber Eats ... the delivery app": a platform is a company's kind of party here)
            # (in its own sentence, only a name set beside it: "A Georgia man has sued Sheriff Joseph Lopinto":
            # the sheriff is not the man; "A Georgia man, Randal Reid, has sued": he is)
            stop = _SENTENCE_END.search(text, m.end())
            own_end = stop.start() if stop else len(text)
            named_after = next((e for e in ordered if m.end() <= e.start <= m.end() + 500 and e.party.kind == kind
                                and not e.party.is_unnamed and (not definite or e.start >= lede.end())
                                # (not where a case is taken next: "to take the case to the Upper Tribunal")
                                and not _DESTINATION_BEFORE.search(text, max(0, e.start - 60), e.start)
                                and (e.start >= own_end or _BESIDE.fullmatch(text, m.end(), e.start))), None)
            if named_after is not None and named_after.party.id not in before:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], named_after.party))
        return out

    @staticmethod
    def high_court_as_supreme(named: list[Match]) -> list[Match]:
        """"after the Illinois Supreme Court ruled ... The high court's ruling came in a case ...": "high court" in
        lower case, after a supreme court was named, is that court told again."""
        out = []
        for m in named:
            supreme = next((e for e in reversed(named) if e.end <= m.start and e.party.kind == "court"
                            and "Supreme Court" in e.party.name), None) if m.surface == "high court" else None
            out.append(Match(m.start, m.end, m.surface, supreme.party) if supreme is not None else m)
        return out

    def listed_states(self, text: str, named: list[Match]) -> list[Match]:
        """"California, New York and 30 other states sued Meta": a name several parties bear (the state, its
        biggest city) is the state where it stands in a list next to another state."""
        # (the District of Columbia stands in such lists too: "by Washington, the District of Columbia and Texas")
        states = [m for m in named if "state" in m.party.tags or "federal-district" in m.party.tags]
        if not states and not _BECAME_A_STATE.search(text):
            return named
        out = list(named)
        for m in _AMBIGUOUS_STATE.finditer(text):
            listed = any(re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+", text[s.end:m.start()]) or
                         re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", text[m.end():s.start]) for s in states) \
                or bool(_BECAME_A_STATE.match(text, m.end()))  # "New York has become the first state to ban ..."
            party = self.gazetteer.lookup(f"{m.group(0)} State") if listed else None
            if party is None:
                continue
            out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]  # (an unknown "New York")
            out.append(Match(m.start(), m.end(), m.group(0), party))
        return sorted(out, key=lambda x: x.start)

    def resolve(self, text: str, named: list[Match], national: list[Match] | None = None) -> list[Match]:
        """Named matches plus every resolvable reference, in text order, without overlaps."""
        named = self.listed_states(text, named)
        named = self.high_court_as_supreme(named)
        named = self.makers(text, named)
        named = self.owned(text, named)
        named = self.office_holders(named, text)
        if national is None:
            national = self.national(text, named)
        else:
            national = [n for n in national if not _overlaps(n.start, n.end, named)]
        named = self.indefinite_authorities(text, self.lead_authorities(text, named))
        national = self.indefinite_authorities(text, self.lead_authorities(text, named, national), named)
        base = sorted(named + national, key=lambda x: x.start)
        base = sorted(base + self.governments(text, base), key=lambda x: x.start)
        base = sorted(base + self.national_police(text, base), key=lambda x: x.start)
        base = sorted(base + self.acting_countries(text, base), key=lambda x: x.start)
        base = sorted(base + self.place_courts(text, base), key=lambda x: x.start)
        introduced = self.cataphora(text, base)
        base = sorted([b for b in base if not any(c.start <= b.start and b.end <= c.end for c in introduced)]
                      + introduced, key=lambda x: x.start)
        definite = self.definite(text, base)
        base = self.inspectors(text, sorted(base + definite, key=lambda x: x.start))
        base = sorted(base + self.city_police(text, base), key=lambda x: x.start)
        base = sorted(base + self.plurals(text, base), key=lambda x: x.start)
        unnamed = self.unnamed(text, base)
        base = sorted([b for b in base if not any(u.start <= b.start and b.end <= u.end for u in unnamed)] + unnamed,
                      key=lambda x: x.start)
        people = self.person_pronouns(text, base)
        offices = [m for m in people if m.party.kind in _OFFICE_KINDS]
        base = sorted(base + offices, key=lambda x: x.start)  # ("His office ... It sent": the office opens)
        base = sorted(base + self.pronouns(text, base) + [m for m in people if m.party.kind not in _OFFICE_KINDS]
                      + self.they(text, base), key=lambda x: x.start)
        return sorted(base + self.quoted_speakers(text, base), key=lambda x: x.start)

    @staticmethod
    def person_pronouns(text: str, named: list[Match]) -> list[Match]:
        """"him", "her", and "He", "She", "His", "Her" opening a sentence -> the nearest person named before
        (within 300 characters), one outside a prepositional phrase first ("a court fined him"); "his office" ->
        the office of the holder named before (within 500 characters, no other person between)."""
        out = []
        holders = [m for m in named if m.party.kind in _OFFICE_KINDS and _HOLDER_NAME.fullmatch(m.surface)
                   and m.surface != m.party.name]
        # (and the holder's surname alone, once named in full: "Ken Paxton ... Paxton's office ... his office")
        named_in_full = {h.party.id for h in holders}
        holders = sorted(holders + [m for m in named if m.party.id in named_in_full and m.surface != m.party.name
                                    and re.fullmatch(r"[A-Z][a-z'\u2019-]+", m.surface)], key=lambda h: h.start)
        for m in _HIS_OFFICE.finditer(text):
            # "New Jersey Attorney General Gurbir Grewal ... His office sent": the office he holds
            earlier = [h for h in holders if h.end <= m.start() and m.start() - h.end <= 500]
            if earlier and not any(p.party.kind == "person" and earlier[-1].end < p.start < m.start() for p in named):
                out.append(Match(m.start(), m.end(), m.group(0), earlier[-1].party))
        people = [m for m in named if m.party.kind == "person" and not m.party.is_unnamed]
        if not people and not holders:
            return out
        pronouns = [(m.start(), m.end()) for m in _PERSON_PRONOUN.finditer(text)] \
            + [(m.start("pronoun"), m.end("pronoun")) for m in _FRONTED_THEN_PERSON.finditer(text)]
        for start, end in sorted(pronouns):
            earlier = [p for p in people if p.end <= start and start - p.end <= 300]
            if text[start:end] in ("He", "She"):
                # (a sentence's subject may be an office holder named before: "Attorney General Ken Paxton ...
                # He has also sued TikTok" is the office)
                earlier = sorted(earlier + [h for h in holders if h.end <= start and start - h.end <= 300],
                                 key=lambda p: p.end)
            if not earlier:
                # (further back when the text has named one person only so far: "Manjang, who had delivered food
                # for Uber Eats, ... when it removed him from the platform")
                before = [p for p in people if p.end <= start and start - p.end <= 800]
                earlier = before if len({p.party.id for p in before}) == 1 \
                    and len({p.party.id for p in people if p.end <= start}) == 1 else []
            # a person inside a prepositional phrase ("a figure of the jailed activist X") is a last resort
            free = [p for p in earlier if not _PERSON_IN_PHRASE.search(text, max(0, p.start - 40), p.start)]
            if free or earlier:
                out.append(Match(start, end, text[start:end], (free or earlier)[-1].party))
        return out


def _may_sit_on(title: str, court: str, after: str = "") -> bool:
    """Whether a judge with this title may sit on the court so named: a district judge or a magistrate sits on
    no appeals or supreme court, an appeals judge on no district court ("US District Judge Edward Chen" in a story
    naming only the Ninth Circuit)."""
    title, court = title.lower(), court.lower()
    if re.search(r"\b(?:district|magistrate)\b", title) and re.search(r"appeal|circuit|supreme", court):
        return False
    if re.search(r"\bjudge\s*$", title) and not re.search(r"\b(?:circuit|appeals?|appellate|supreme|chief)\b", title) \
            and re.search(r"appeal|circuit|supreme", court) \
            and not re.match(r"\s*,\s*(?:a|an|the)\s+[^,]{0,40}\b(?:appeals|circuit|appellate)\b", after, re.I):
        # "Judge Edward Chen" alone: a trial judge (appeals judges are "Circuit Judge", "Lord Justice", or described so:
        # "Judge Stephanos Bibas, a Third Circuit appeals judge")
        return False
    return not (re.search(r"\b(?:appeals|appellate|circuit)\b", title) and "district" in court)


# a sentence opening on a time adverbial before "it" ("Days later it ordered", "In 2021 it found")
_OPENING_ADVERBIAL = re.compile(r"(?:^|[.!?]\s+)(?:(?:In|On|Days|Weeks|Months|Years|Later|Earlier|Then|Last|This|Since|"
                                r"A\s+(?:day|week|month|year)|Two|Three)\b[\w ]{0,24}?),?\s+$")
# before the party that opens a sentence, past a time ("In August his office sued ...")
_OPENER_AFTER_TIME = re.compile(r"\s*(?:(?:In|On|Last|This|Earlier|Later|Since)\s+(?:\w+\s+){1,2}?(?:\d{4}\s*)?,?\s*)?"
                                r"(?:[Tt]he\s+)?")
# a clause joined to the one before, its subject to come ("..., and in July it fined")
_AND_THEN = re.compile(r",\s+(?:and|but)\s+(?:(?:in|on|last|this|then|later|since|also)\s+(?:\w+\s+){0,2})?$")
# between a subject pronoun and the object of its verb ("It fined IAB Europe", "It also ordered the firm")
_OWN_OBJECT_GAP = re.compile(r"\s+(?:(?:also|then|later|has|had|have)\s+)*[a-z]+(?:ed|s)?\s+(?:the\s+)?")
# "the city's subway operator": a place head in the possessive describes what follows
_PLACE_HEAD_POSSESSIVE = (r"(?:(?<=city)|(?<=town)|(?<=county)|(?<=region)|(?<=municipality)|(?<=state)|(?<=country))"
                          r"['\u2019]s\b")
# the kinds of party a title may follow ("IBM chief executive", "Italy's data protection commissioner")
_TITLE_OWNER_KINDS = {"company": ("company", "platform"), "regulator": ("regulator",), "court": ("court",),
                      "government": ("government",), "police": ("police",)}
_COMPETITION_WORD = re.compile(r"\b(?:competition|antitrust|anti-trust|cartel)\b", re.I)
_CONSUMER_WORD = re.compile(r"\bconsumer\b", re.I)
_SENTENCE_OPENING = re.compile(r"[.!?]\s+$")
_EXAMPLE_BEFORE = re.compile(r"\b(?:such\s+as|including|like)\s+\Z")
# what may open a sentence before its subject: nothing, or a time ("In December 2021, ", "Last year ")
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:In|On|Last|This|Earlier|Later|By|Since|Within|Two|Three|Weeks|Months|Days|"
                              r"A\s+(?:year|month|week))\b[\w ]{0,25}?,?\s+)?")
_SAYS_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|added|argued|stated|announced)\b")
# Where a clause ends, for the rule that a description does not refer to a party of its own clause.
_CLAUSE_EDGE = re.compile(r"[.;:!?,\n]")
# the story's first sentence (a full stop after a word of two letters or more or a digit, or a line break, ends it;
# not one after an initial: "U.S.")
# where a sentence ends, and what may stand between a description and the name set beside it
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c])")
_BESIDE = re.compile(r"\s*(?:[,(\u2014]\s*(?:(?:named|called|identified\s+as)\s+)?)?")
_FIRST_SENTENCE = re.compile(r".*?(?:(?<=[A-Za-z0-9)]{2})[.!?](?=\s|$)|\n|$)", re.S)
_PARTY_SLOT_BEFORE = re.compile(r"\b(?:with|against|sued|sues|suing|sue)\s+\Z", re.I)
_DESTINATION_BEFORE = re.compile(r"\b(?:appeal|case|challenge|matter|dispute|fight|claim)s?\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:to|before)\s+(?:the\s+)?\Z", re.I)
# "rejected its argument": a decision on another's claim
_REJECTED_BEFORE_ITS = re.compile(r"\b(?:rejected|dismissed|denied|threw\s+out|overturned|upheld|refused|turned\s+down)"
                                  r"\s+\Z", re.I)
_CLAIM_AFTER_ITS = re.compile(r"\s+(?:[\w-]+\s+)?(?:arguments?|claims?|bids?|appeals?|requests?|motions?|challenges?|"
                              r"objections?|defen[cs]es?|petitions?|case)\b", re.I)
# "had trialled its software": a product bought from someone
_USED_BEFORE_ITS = re.compile(r"\b(?:trialled|trialed|tested|piloted|bought|purchased|licensed|deployed|adopted|used)\s+\Z",
                              re.I)
_PRODUCT_AFTER_ITS = re.compile(r"\s+(?:[\w-]+\s+)?(?:software|system|technology|tools?|products?|app|platform|"
                                r"services?|database|cameras)\b", re.I)
# "X, an Athens-based group, which filed its": the pronoun of the relative clause on X
_WHICH_DID_ITS = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,60}?,\s*)?which\s+(?:had\s+|has\s+|later\s+|then\s+)?"
                            r"[a-z]+(?:ed|s)\s+")
_ORGANISATION_KINDS = frozenset({"regulator", "court", "government", "police", "company", "platform", "advocacy"})
# "found that", "ruled that": what follows is what the subject found
_FOUND_THAT = re.compile(r"\b(?:found|finds|ruled|rules|concluded|concludes|determined|decided|held|established)\s+"
                         r"(?:\w+\s+){0,3}?that\b", re.I)
_SPEAKER_SAID = re.compile(r"(?:['\u2019]s)?(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,5},?\s+(?:said|says|added|announced|"
                           # ("told members of Congress in a letter that the company ...")
                           r"told\s+\w+(?:(?:\s+[\w-]+){0,6}?(?=\s+that\b))?)\s+(?:on\s+\w+\s+)?(?:that\s+)?|"
                           # "IBM's chief executive, Arvind Krishna, told members of Congress in a letter that the company"
                           r"['\u2019]s(?:\s+[a-z][\w-]*){1,3},?(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4},?\s+(?:said|says|told|wrote)"
                           r"(?:\s+[\w-]+){0,6}?\s+that\s+|"
                           # "Microsoft president Brad Smith said his company would not sell ..."
                           r"\s+(?:president|chief\s+executive(?:\s+officer)?|ceo|founder|co-founder|chairman|chairwoman|chair|"
                           r"spokesperson|spokeswoman|spokesman|general\s+counsel|boss|vice\s+president)"
                           r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){1,4},?\s+(?:said|says|told\s+\w+|added|announced)\s+(?:on\s+\w+\s+)?"
                           r"(?:that\s+)?", re.I)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whose|and|but|after|before|because|while|when|said|says|as)\b",
                          re.I)
_MAKER = re.compile(r"(?:['\u2019]s)?\s+(?:maker|owner|developer|creator|parent|parent company|operator)\b")
_BODY_WORD = re.compile(r"\b(?:Court|Tribunal|Commission|Commissioner|Authority|Office|Agency|Board|Inspectorate|"
                        r"Ombudsman|Council|Regulator|CNIL|Garante)\b")
# ("the developer of artificial intelligence chatbot Replika": a few words may describe the product)
_MAKER_OF = re.compile(r"\b(?:the|its|a)\s+(?:maker|owner|developer|creator|parent|parent company|operator)\s+of\s+"
                       r"(?:(?:the|an?|its)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?$", re.I)
_PARENT_OF = re.compile(r"\b(?:the|its|a)\s+(?:parent|parent company|owner|corporate parent)\s+of\s+$", re.I)
# "make it easier for X to", "it is unlikely that": an "it" that stands for no party
_EXPLETIVE_IT = re.compile(r"(?i:it)\s+(?:(?:is|was|will\s+be|would\s+be|has\s+been)\s+)?(?:much\s+|far\s+)?(?:easier|harder|"
                           r"possible|impossible|difficult|clear|likely|unlikely|necessary|unclear)\s+(?:for|to|that|whether)\b")
# an office's name that ends in the title its holder bears ("... Education Commissioner", "... Attorney General")
_OFFICE_TITLE_END = re.compile(r"\b(?:Commissioner|Minister|Secretary|General|Governor|Mayor|Ombudsman|Supervisor|"
                               r"Prosecutor|Chief|Director|Chairman|Chairwoman|Chair)$")
# "banned TikTok on government phones": a measure on the state's own devices
_ON_GOVERNMENT_DEVICES = re.compile(r"[^.;]{0,60}?\b(?:on|from)\s+(?:all\s+)?(?:government|official|state|federal|public[\s-]sector)"
                                    r"(?:[\s-]issued)?\s+(?:phones|devices|smartphones|computers|laptops|systems|networks)\b",
                                    re.I)
# "the Commonwealth" (not "the Commonwealth of Massachusetts", not "Commonwealth Bank")
_THE_COMMONWEALTH = re.compile(r"\b[Tt]he\s+Commonwealth\b(?!\s+(?:of|Bank|Games|Secretariat)\b|['\u2019])")
# "the government" with no country of its own
_BARE_GOVERNMENT = re.compile(r"\bthe\s+government\b(?!\s+of\b)")
# "a German data protection watchdog", "a Google engineer": an indefinite article right before a mention
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
# "its lead EU privacy regulator": the authority that leads for a company under the one-stop shop
_LEAD_BEFORE = re.compile(r"\b(?:its|their|the\s+company['\u2019]s|[\w-]+['\u2019]s)\s+lead\s+(?:European\s+)?$", re.I)
# words of a description that say nothing of which party it is ("the controversial startup")
_PLAIN_DESCRIPTION_WORDS = frozenset("""controversial embattled beleaguered troubled company's firm's same latest
former other largest biggest popular powerful""".split())
# "the Meta-owned messaging service", "the Amazon-owned doorbell maker": a description of a party the owner owns
_OWNED_DESCRIPTION = re.compile(r"-(?:owned|controlled)\s+(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|app|service|platform|"
                                r"business|subsidiary|unit|maker|network|site|startup|start-up|messaging\s+service|"
                                r"social\s+network|video\s+platform|chatbot|provider|developer)\b")
# "sued the Alphabet unit in 2022": the owner's unit the story named
_OWNED_UNIT = re.compile(r"(?:['\u2019]s)?\s+(?:unit|subsidiary|division|arm)\b")
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+$")
_PARENT = re.compile(r"(?:['\u2019]s)?\s+(?:parent|parent company|owner|corporate parent)\b")
_QUOTE = re.compile(r"[\u201c\"][^\u201c\u201d\"]{10,600}[\u201d\"]")
# a quotation in single quotes ("'We have appealed,' a spokesperson said"): it opens before a capital and closes
# after punctuation, so that the apostrophes inside ("DeepSeek's") do not end it
_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(\u2014]))['\u2018](?=[A-Z])[^\n]{10,600}?[,.?!]['\u2019](?=\s|$)")
_SAID = re.compile(r"\b(?:said|says|say|told|added|stated|wrote|writes|announced|explained|tweeted|posted)\b", re.I)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_SUBJECT_SLOT = re.compile(r"(?:^|[,;:.(]\s*|\b(?:that|and|but|because|as|when|while|after|before|if|said|says|"
                           r"which|where|since|although|though|so)\s+|"
                           r"\b(?:said|says|announced|added)\s+(?:on|last|this|earlier)\s+\w+\s+)$", re.I)
# "a facial recognition system it installed in 48 stores": an "it" before its own past-tense verb is a subject
_PAST_VERB_AFTER_IT = re.compile(r"\s+(?:(?:had|has|also|then|later|previously)\s+)?(?!(?:need|used\s+to)\b)[a-z]{3,}ed\b(?!\s+by\b)")
_AFTER_VERB = re.compile(r"\b(?!(?:the|a|an|and|or|but|that|which|who|of|its|their)\b)[a-z]+(?:ed|ld|nt|ht|ok|ve|ing)\s+"
                         r"(?:the\s+)?$")
# a sentence-opening "They" before its verb
_THEY_OPENING = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)They\b(?=\s+(?:had|have|also|then|later|previously|already|[a-z]+ed)\b)")
# "New York has become the first state to ban ...": a name several parties bear, told as a state
_BECAME_A_STATE = re.compile(r"\s+(?:has\s+|have\s+)?(?:become|became|becomes|is|was)\s+the\s+(?:first|second|third|fourth|"
                             r"fifth|latest|newest|only|\w+th)\s+(?:U\.?S\.?\s+|American\s+)?state\b")
# between two items of a list (a year may follow each item: "Robert Williams in 2020 and Michael Oliver in 2019")
_LIST_GAP = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?"
                       # ("Italy's Garante, Greece's Hellenic Data Protection Authority and France's CNIL": each its country's)
                       r"(?:[A-Z][a-z]+['\u2019]s\s+)?"
                       # ("Meta Platforms and its messaging service WhatsApp")
                       r"(?:(?<=and\s)(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3})?", re.I)
_PLURAL = re.compile(r"\b(?P<det>both|the two|the three|the four|all three|all four|all five|the)\s+"
                     r"(?P<head>companies|firms|entities|retailers|platforms|"
                     r"startups|chains|regulators|watchdogs|authorities|supermarkets|tech giants|giants|vendors|"
                     r"men|women|plaintiffs|researchers|academics|journalists|activists|campaigners|"
                     r"groups|organi[sz]ations|publishers|forces|police forces)\b", re.I)
# "All three paused their systems", "Both have appealed": a counted subject with no noun, opening its sentence
_COUNTED_SUBJECT = re.compile(r"(?:(?<=[.!?]\s)|^)(?P<det>Both|All three|All four|The three|The four)"
                              r"(?=\s+(?:of\s+them\s+)?(?:have|had|also|then|later|quickly|soon|since|[a-z]{3,}ed)\b)")
_COUNTED_DETERMINERS = {"both": 2, "the two": 2, "the three": 3, "all three": 3, "the four": 4, "all four": 4,
                        "all five": 5}
# plural heads of people ("Both men sued the city"): the persons named before
_PERSON_PLURALS = frozenset({"men", "women", "plaintiffs", "researchers", "academics", "journalists", "activists",
                             "campaigners"})
# between a court and an "its" in what it ruled ("ruled that an earlier version of its ranking system")
_RULED_THAT_ITS = re.compile(r"\s+(?:(?:has|have|had|also|then|later|on\s+\w+)\s+){0,2}(?:ruled|found|held|decided|"
                             r"concluded)\s+(?:\w+\s+){0,3}?that\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?", re.I)
# "ordered the AFP to engage an assessor to review its practices": a verb that binds its object, and the clause
# of what the object must do, up to the "its"
_TOLD_TO_BEFORE = re.compile(r"\b(?:ordered|orders|required|requires|instructed|instructs|directed|directs|"
                             r"forced|forces|compelled|compels)\s+(?:the\s+)?\Z")
_TO_CLAUSE_GAP = re.compile(r"\s+to\s+[^.;,]{0,80}?\s")
# A subject and its verb phrase up to an object pronoun ("Twitter sent it", "Twitter has also told it").
_DECIDED_ON = re.compile(r"\s+(?:(?:has|have|had|also|then|later|on\s+\w+)\s+){0,2}(?:rejected|dismissed|refused|granted|"
                         r"upheld|denied|blocked|approved|overturned|turned\s+down|accepted|allowed|threw\s+out)\s+", re.I)
_ACTS_ON_PARTY = re.compile(r"\b(?:sued|sues|suing|fined|fines|banned|bans|ordered|orders|investigated|accused|accuses|"
                            r"blocked|blocks|warned|criticised|criticized|told|asked|urged)\s+$", re.I)
# how far back the product that "used it" stands for may have been named
_USED_IT_REACH = 700
# "from using it": what is used
_USED_IT = re.compile(r"\b(?:using|use|uses|used|deploying|deploy|deployed|buying|buy|bought|acquiring|acquire|"
                      r"operating|operate|installing|install)\s+\Z", re.I)
# "suspended its activities": an act on the operations of another
_SUSPENDED_ITS = re.compile(r"\b(?:suspended|suspends|suspending|halted|halts|banned|bans|froze|freezes|blocked|blocks|"
                            r"stopped|stops)\s+\Z", re.I)
_OPERATIONS_AFTER = re.compile(r"\s+(?:local\s+|domestic\s+)?(?:activities|operations|services|registration|licen[cs]e)\b", re.I)
# (also through the relative pronoun, past adverbials: "the EDPB, which in a binding decision last month instructed it")
_SAME_CLAUSE_SUBJECT = re.compile(r"(?:\s*,\s*(?:which|who)(?:\s+(?:in|on|at)\s+(?:(?:a|an|its|his|her|their|the)\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?:last|this)\s+(?:week|month|year)){0,2})?"
                                  r"\s+(?:(?:has|have|had|also|then|later|quickly|reportedly|already|each|both|all|jointly|separately)\s+){0,2}"
                                  r"[a-z]+(?:ed|s|t)?\s+", re.I)
_DEMAND_THAT = re.compile(r"\b(?:demand\w*|order\w*|insist\w*|requir\w*|ask\w*|request\w*|tell\w*|told)\s+"
                          r"that\s+$", re.I)
_INVERTED_REPORTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|concluded|found|ruled|announced|"
                                r"determined|decided|alleged|claimed)\b[^.;]{0,40}\.")
# Country names that open the name of a place elsewhere ("British Columbia", "New Mexico")
NOT_A_COUNTRY = re.compile(r"British\s+Columbia|New\s+Mexico|New\s+South\s+Wales|Indiana|Georgia\s+(?:Attorney|State|Tech|Senate|House)",
                           re.I)
_THEM_ACCUSED = re.compile(r"\b(?:accus(?:ing|ed|es)|charg(?:ing|ed|es)|su(?:ing|ed|es)|"
                           # "orders against two data brokers, A and B, prohibiting them from selling ..."
                           r"prohibit(?:ing|ed|s)|barr(?:ing|ed)|bars|bann(?:ing|ed)|bans|order(?:ing|ed|s)|"
                           r"requir(?:ing|ed|es)|forbidd?(?:ing|en|s))\s+(?P<them>them|both(?=\s+(?:from|to)\s))\b", re.I)
_ACCUSING = re.compile(r"\b(?:accus(?:ing|ed|es)|charg(?:ing|ed|es)|blam(?:ing|ed|es))\s+$"
                       # "filed a lawsuit against Perplexity, demanding that the U.S. company stop ...": its defendant
                       r"|,\s+(?:demanding|asking|requiring|urging|alleging)\s+that\s+$", re.I)
# a name that only modifies a description ("the Microsoft-backed company", "a Google-owned unit")
_BACKER_MODIFIER = re.compile(r"-(?:backed|owned|funded|financed|controlled|supported)\b")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# "X, which ..., reached its decision": "its" right after the verb of the clause the relative one interrupts
_CLOSED_RELATIVE_THEN_VERB = re.compile(r"\s*,\s+(?:which|who)\s[^.;,]{3,160},\s+(?:(?:has|have|had|also|then|later)\s+){0,2}"
                                        # ("Clearview AI, which the ICO fined in 2022, won its appeal")
                                        r"(?:[a-z]{3,}(?:ed|s)|won|lost|took|made|got|gave|brought|sought|began|paid|"
                                        r"fought|kept|sent|told|put|set|hit|left|dropped)\s+$")
# "joining Amazon, which announced a moratorium on its software": the relative clause's subject
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who)\b")
_PERSON_IN_PHRASE = re.compile(r"\b(?:of|for|with|to|by|from|about|against|on)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# (object pronouns, and subjects only where they open a sentence: inside a clause "he" often belongs to it)
_HIS_OFFICE = re.compile(r"\b[Hh](?:is|er)\s+office\b")
_OFFICE_KINDS = frozenset({"government", "regulator", "police", "court"})
# a person's name: two to four capitalised words ("Gurbir S. Grewal", "Letitia James")
_HOLDER_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,3}")
_PERSON_PRONOUN = re.compile(r"\b(?:him|her)\b|(?:^|(?<=[.!?]\s))(?:He|She|His|Her)\b"
                             # ("The High Court dismissed his claim": the claimant)
                             r"|\bhis(?=\s+(?:claim|case|lawsuit|suit|appeal|challenge|complaint|petition|bid|request)s?\b)")
# "Supported by the civil liberties group Liberty, he lost at the High Court": a subject after an opening phrase
_FRONTED_THEN_PERSON = re.compile(r"(?:^|(?<=[.!?]\s))(?:Supported|Backed|Represented|Funded|Helped|Assisted|Joined|"
                                  r"Aided|Undeterred|Unhappy|Dissatisfied)\b[^,.;]{0,80},\s+(?P<pronoun>he|she)\b")
_PRONOUN = re.compile(r"\b(?:[Ii]t|[Ii]ts)\b(?!['\u2019]s)")
# "X said (on Monday) that it ...", "X said ..., and that it ...": "it" is the one who says it
_SAID_THAT_IT = re.compile(r"\s*(?:has\s+|had\s+)?(?:said|says|announced|announces|added|stated|confirmed|told\s+\w+)"
                           r"(?:\s+on\s+\w+|\s+(?:last|this)\s+\w+|\s+(?:(?:soon|shortly|days|weeks|months)\s+)?"
                           r"(?:afterwards|afterward|after|later))?\s+(?:that\s+)?", re.I)
_AND_THAT = re.compile(r",?\s+and\s+that\s+$", re.I)
# "the state| education department": lower-case words after a place description, up to the head of a body
_BODY_OF_PLACE_HEADS = frozenset({"department", "agency", "ministry", "office", "commission", "board", "committee",
                                  "council", "court", "police", "regulator", "authority", "prosecutor", "attorney"})
_NOT_A_NOUN = r"(?!(?:of|in|for|to|on|at|by|with|from|and|or|the|a|an|that|which|who)\b)"
_HEAD_GOES_ON = re.compile(rf"(?:\s+{_NOT_A_NOUN}(?-i:[a-z])[\w-]*)?\s+(?P<head>{_NOT_A_NOUN}(?-i:[a-z])[\w-]*)\b")
# "the watchdog had ordered the agency": a verb between a description that acts and the one it acts on
_SUBJECT_VERB_OBJECT = re.compile(r"\s+(?:(?:had|has|have|was|also|then|later)\s+)*(?:[a-z]+ly\s+)?[a-z]+ed\s+", re.I)
# where a sentence may begin: after its full stop (and a closing quote) or a line break
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n")
_AND_SAID = re.compile(r"\s+and\s+(?:also\s+|later\s+)?(?:said|says|announced|added)\s+(?:(?:on|last|this)\s+\w+\s+)?"
                       r"(?:that\s+)?$", re.I)
_AFTER_PREPOSITION = re.compile(
    # (not a time that opens the sentence: "In February the Minneapolis City Council voted")
    r"\b(?:of|in|from|by|to|at|with|against|on|into|about|over|including|like)\s+(?!(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{4})\s+(?:the\s+)?$)(?:the\s+|an?\s+)?"
    # ("researchers at New York University's Ad Observatory": an owner's name may come first)
    r"(?:(?:[\w.-]+\s+){0,3}?[\w.-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# "X, its police department and Y": what follows "its" is one item of a list
_LIST_ITEM_AFTER_ITS = re.compile(r"\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,?\s+(?:and|or)\s")


# "over its", "for its" after an accusation: what the accused did
_OVER_ITS = re.compile(r"\b(?:over|for|about|regarding|concerning)\s+(?:[a-z]+ing\s+)?$", re.I)
_ACCUSATION_OBJECT = re.compile(r"\b(?:against|sues|fines|accuses|blames|criticises|criticizes|reports|targets)\s+"
                                r"(?:the\s+)?$", re.I)


def _accused_before(text: str, position: int, ordered: list[Match]) -> Match | None:
    """The organisation an accusation verb took as its object earlier in the sentence, where "its" follows
    "over" or "for" ("sued Clearview over its scraping", "reported the chain to the ICO over its use of X",
    "rebuked Facebook for citing its consent decree")."""
    if not _OVER_ITS.search(text, max(0, position - 30), position):
        return None
    start = _sentence_start(text, position)
    for earlier in reversed(ordered):
        if earlier.end > position or earlier.party.kind in ("person", "product"):
            continue
        if earlier.start < start:
            return None
        before = text[max(0, earlier.start - 25):earlier.start]
        if _AFTER_VERB.search(before) or _ACCUSATION_OBJECT.search(before):
            return earlier
    return None


_BECAME = re.compile(r",?\s+(?:(?:has|had|have)\s+)?(?:became|become|becomes|is|was|remains|remained)\s+", re.I)
# a verb right before a description: the description is its object ("suing the company", "fined the firm")
_OBJECT_SLOT = re.compile(r"\b(?!(?:is|was|are|were|has|had|being|during|including|according|following|nothing|"
                          r"something|anything|thing|king|ring|bring|spring|string|wing|evening|morning)\b)"
                          r"(?:[a-z]{2,}(?:ed|ing|es)|sent|told|gave|sued|brought|hit|took|sold|paid|won|"
                          # ("demanding that the firm halt": whom a demand addresses is not who demands)
                          r"(?:demand|ask|urg|insist)(?:ing|ed|es|s)?\s+that)\s+\Z")
# "the national police", "the country's police force", "Sweden's national police" (not "the national police chief")
_NATIONAL_POLICE = re.compile(r"(?:\b(?:the\s+)?(?P<owner>country|nation|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+"
                              r"(?:national\s+)?|\bthe\s+national\s+)police(?:\s+(?:force|service|authority))?\b"
                              r"(?!\s+(?:chief|officers?|commissioner|spokes\w+|union|station|headquarters)\b)")
_COMPLAINED_ABOUT = re.compile(r"\b(?:complain(?:ed|s|ing)?|protest(?:ed|s|ing)?|objected|objects)\s+"
                               r"(?:to\s+(?:the\s+)?[\w.'-]+\s+)?(?:about|over|against)\s+\Z", re.I)
# state names that a city or another body bears too
_AMBIGUOUS_STATE = re.compile(r"\b(?:New York|Washington)\b(?!\s+(?:City|Post|Times|Daily|State|Attorney|Court|Police|"
                              r"Supreme|Legislature|University|Civil|DC|D\.C\.)|['\u2019-])")
_REGION_POSSESSIVE_AUTHORITY = re.compile(r"\b(?:[Tt]he\s+)?(?:province|state|region|canton|Land)['\u2019]s\s+(?:data\s+protection\s+|"
                                          r"privacy\s+|information\s+(?:and\s+privacy\s+)?)(?:commissioner|authority|"
                                          r"regulator|watchdog|office)\b")
_REGION_NAME = re.compile(r"(?-i:[A-Z])[\w-]+(?:[ \t](?-i:[A-Z])[\w-]+)?")
_AUTHORITY_OF_PLACE = re.compile(r"\b(?:[Tt]he\s+)?(?:data\s+protection|privacy|information)\s+(?:authority|commissioner|"
                                 r"agency|office|regulator|watchdog|supervisor|inspectorate)\s+(?:of|for|in)\s+(?:the\s+)?"
                                 # ("the data protection commissioner of the state of Baden-Württemberg")
                                 r"(?:(?:state|province|region|canton|Land)\s+of\s+)?"
                                 r"(?P<place>(?-i:[A-Z])[\w-]+(?:[ \t-](?-i:[A-Z])[\w-]+){0,2})")
_OWNER_GAP = re.compile(r"['\u2019]s\s+")
_OWNED_KINDS = frozenset({"company", "platform", "product"})
_RELATIVE_BETWEEN = re.compile(r",\s*(?:(?:both|all|each|some|none|one|many|most|several)\s+of\s+)?(?:which|who|whom|whose|that)\b")
# "CHICAGO - Every time ...", "OAKLAND, Calif. - A federal jury ...": the dateline says where the story was
# filed; the place it names is no party of the story
DATELINE = re.compile(r"(?:\A|\n\s*\n)\s*(?P<place>(?-i:[A-Z][A-Z.'\u2019-]+)(?:\s+(?-i:[A-Z][A-Z.'\u2019-]+)){0,3})"
                      r"(?:,\s*[^\n,\-\u2013\u2014]{1,25})?(?:\s*\([^)\n]{1,30}\))?\s+(?:-|--|\u2013|\u2014)\s")
_PLACE_AS_ADJECTIVE = re.compile(r"(?:-based)?\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|startup|start-up|giant|group|maker|"
                                 r"developer|app|platform|retailer|chain|operator|provider|business|employer|landlord|school|"
                                 # ("brought by Illinois resident David Mutnick, who accused it of ...")
                                 r"resident|native|man|woman|mother|father|teenager|couple|family|shopper|citizen)s?\b")
_NAME_WORDS = re.compile(r"[\w'\u2019-]+")
_AGENT_THEN_ITS = re.compile(r"\s+(?:in|for|over|on|under|with|through)\s+")
# "An Uber Eats courier": a description of a person with a name inside it
_NAME_IN_DESCRIPTION = re.compile(r"(?:An?|The|the)\s+(?:[a-z][\w-]*\s+){0,2}(?-i:[A-Z])")
# heads that describe a body, never the place it belongs to ("the federal agency")
_BODY_HEADS = frozenset({"agency", "authority", "commission", "watchdog", "regulator"})
_PLACE_HEADS = frozenset({"city", "state", "town", "county", "country", "region", "province", "municipality"})


# "In the Deliveroo case, ...", "For Foodinho's part, ...": a sentence that opens on one party's case is about it
_TOPIC_OPENER = re.compile(r"\s*(?:In|For|As\s+for)\s+(?:the\s+)?")
_TOPIC_NOUN = re.compile(r"(?:['\u2019]s)?\s+(?:case|matter|decision|investigation|probe|inquiry|complaint|part)\s*,")


def _named_with_head(candidates: list[Match], position: int, kinds: set[str], head: str) -> Party | None:
    """"the department" after "the Justice Department": the one compatible party named in the 600 characters
    before whose name holds the description's head word."""
    if " " in head or head in _PLACE_HEADS:
        return None  # ("the city" is no "City Council")
    bearers = {e.party.id: e.party for e in candidates if e.end <= position and position - e.start <= 600
               and e.party.kind in kinds and head in _NAME_WORDS.findall(e.surface.lower())}
    return next(iter(bearers.values())) if len(bearers) == 1 else None


def _object_of_own_sentence(text: str, position: int, ordered: list[Match], kinds: set[str]) -> Party | None:
    """"Days later it banned InMarket Media from selling data, in an order that also required the company to delete
    it": a description in a clause set off by a comma after the one compatible party of its sentence, where that
    party is the object of the sentence's verb (not its subject), refers to it."""
    here = _sentence_start(text, position)
    compatible = [e for e in ordered if here <= e.start and e.end <= position and e.party.kind in kinds]
    if len({e.party.id for e in compatible}) != 1 or "," not in text[compatible[-1].end:position]:
        return None
    first = compatible[0]
    if not _OBJECT_SLOT.search(text, max(here, first.start - 20), first.start) \
            or _CLAUSE_EDGE.search(text, here, first.start) or _CLAUSE_WORD.search(text, here, first.start):
        return None  # (the verb of the main clause, not of one set before it: "After X sued Y, ... the company")
    return first.party


def _one_of_sentence_before(text: str, position: int, ordered: list[Match], kinds: set[str],
                            descriptions: list[tuple[int, set[str]]]) -> Party | None:
    """"The lawsuit is part of a campaign by Meta against scrapers. In December 2021 the company removed ...": a
    description that is its sentence's subject, or the object of its verb ("The FTC sued the Idaho company"),
    with no party of its kind before it in its sentence, goes on from the one compatible party the sentence
    before named, when that sentence described no party ("revealed that the company has images scraped from
    sites such as Facebook. The firm ...": the firm is not Facebook), names it as more than an example and not
    as a place."""
    here = _sentence_start(text, position)
    if here == 0 or any(here <= e.start < position and e.party.kind in kinds for e in ordered):
        return None
    if not _SUBJECT_OPENING.fullmatch(text, here, position) and not _OBJECT_SLOT.search(text, max(here, position - 20), position):
        return None
    start, end = _sentence_before(text, position)
    if any(start <= d < end and kinds & described for d, described in descriptions):
        return None
    before = [e for e in ordered if start <= e.start and e.end <= end and e.party.kind in kinds
              and not e.party.is_place]  # ("a complaint lodged in federal court in Idaho. ... the agency": no place)
    if len({e.party.id for e in before}) != 1 or _EXAMPLE_BEFORE.search(text, max(0, before[0].start - 12),
                                                                        before[0].start):
        return None
    if _SUPPLIED_BY_BEFORE.search(text, max(0, before[0].start - 16), before[0].start):
        return None  # "The software, supplied by Mappedin, ... The company stopped": the vendor is no topic
    return before[0].party


# a vendor named as the agent of what it supplied ("The software, supplied by Mappedin, ...")
_SUPPLIED_BY_BEFORE = re.compile(r"\b(?:supplied|provided|made|developed|built|sold)\s+by\s+(?:the\s+)?\Z", re.I)


def _previous_sentence_opener(text: str, position: int, ordered: list[Match], kinds: set[str]) -> Match | None:
    """The party of one of ``kinds`` that opens the sentence before ``position`` ("IBM went further."), if any."""
    start, _ = _sentence_before(text, position)
    here = _sentence_start(text, position)
    opener = next((e for e in ordered if start <= e.start < here), None)
    if opener is None or opener.party.kind not in kinds or not re.fullmatch(r"\W*(?:The\s+)?", text[start:opener.start]):
        return None
    return opener


def _opens_sentence(text: str, m: Match) -> bool:
    """Whether the mention is the first word of its sentence, past "The" ("Muslim Pro said that it ...")."""
    return re.fullmatch(r"\W*(?:[Tt]he\s+)?", text[_sentence_start(text, m.start):m.start]) is not None


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (after the last ". " or line break before it)."""
    return max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1


def _sentence_before(text: str, position: int) -> tuple[int, int]:
    """Start and end (its full stop) of the sentence before the one at ``position``."""
    end = text.rfind(".", 0, position - 1)
    stop, line = text.rfind(". ", 0, end), text.rfind("\n", 0, end)
    if line > stop:
        return line + 1, end  # (a paragraph's first sentence starts right after the line break)
    return (stop + 2 if stop >= 0 else 0), end


def _overlaps(start: int, end: int, matches: list[Match]) -> bool:
    return any(start < m.end and m.start < end for m in matches)


@lru_cache(maxsize=4)
def load_resolver(gazetteer: Gazetteer) -> ReferenceResolver:
    with data_path("references.toml").open("rb") as handle:
        config = tomllib.load(handle)
    return ReferenceResolver(gazetteer, config, load_countries())
