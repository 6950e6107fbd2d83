"""Parties that are not in the gazetteer, found by the shape of their names.

* organisation names ending in a telling word ("App Drivers & Couriers Union",
  "Chittenden Superior Court", "Acme Vision Ltd") or starting with one
  ("Ministry of Interior"), with a kind guessed from that word;
* acronyms defined in parentheses ("Hellenic Data Protection Authority (HDPA)"):
  later uses of the acronym mean the same party;
* descriptive appositions ("Facewatch, a facial recognition startup",
  "facial recognition startup Facewatch") name a company;
* national bodies ("Kenya's interior ministry", "the country's defence
  ministry") resolve to the gazetteer row of that country when there is one.

The vocabularies are in ``data/patterns.toml``. New parties get the slug of
their name as id, so the same name in two articles is the same entity.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache

import ahocorasick

from ...data import path as data_path
from ...graph.ids import slugify
from .amounts import CODES
from .gazetteer import Gazetteer, Match, Party, is_word_char, fold, word_spans
from .references import NOT_A_COUNTRY, Country, country_names_pattern, load_countries

_ROLE_AFTER = re.compile(r"\s+(?:resident|residents|man|woman|campaigner|activist|student|driver|courier|"
                         r"mother|father|couple|family|lawyer|attorney|officials?|police|officers?)\b")
_JUDGE = re.compile(r"\b(?:judge|justice|magistrate)\b", re.I)
_LEGISLATOR = re.compile(r"\b(?:senator|congress(?:wo)?man|lawmaker|legislator|representative|assembly(?:wo)?man|"
                         r"council(?:member|man|woman)|alder(?:wo)?man|MP|MEP)\b", re.I)
# an office holder of a government acts for it ("Interior Cabinet Secretary Kithure Kindiki suspended ...")
_OFFICIAL = re.compile(r"\b(?:minister|secretary|premier|chancellor)\b", re.I)
CURRENCY_CODES = frozenset("""USD EUR GBP SEK NOK DKK AUD CAD CHF JPY KRW INR BRL NZD HKD SGD PLN CZK HUF TRY ZAR
CNY RMB US""".split())
# The cause an advocacy group names after its head word ("... Alliance Against Sexual Exploitation").
_CAUSE = re.compile(r"\s+(?:Against|for)\s+(?:(?:the|and|of)\s+)?(?P<first>[A-Z][\w'-]*)"
                    r"(?:\s+(?:(?:of|the)\s+)?[A-Z][\w'-]*){0,4}")
# "the Paris police", "Houston police said": a place (not a sentence opener) before lower-case "police"
_PLACE_POLICE = re.compile(r"(?<![\w])(?P<place>(?!(?:The|A|An|In|On|At|By|For|From|With|Federal|State|Local|National|"
                           r"Secret|Military|Border|Transport|Religious|Riot|Traffic|Thought|Morality)\b)"
                           r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})[ \t]+(?P<head>police|prosecutors)(?![\w-])")
# Words that start no name on their own but do open the name of a body ("Federal Public Defender's Office")
_NAME_OPENERS = frozenset({"federal", "state", "national"})
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
# capitalised words only, between two telling words of one name
_CAPITALISED_GAP = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*)+[ \t]+")
# a title or role written before a name ("Judge", "Senator", "President", "Sen.", "Mr")
_TITLE_BEFORE_NAME = re.compile(r"\b(?:Judge|Justice|Senator|Sen|Rep|Representative|President|Governor|Gov|Mayor|Commissioner|"
                                r"Chief|Director|Secretary|Minister|Chancellor|Prime Minister|Attorney General|Mr|Mrs|Ms|"
                                r"Dr|Professor|Prof|Detective|Officer|Sheriff|Chair|Chairman|Chairwoman|Founder|"
                                r"CEO|Executive|Magistrate|Lord|Lady|Sir|Dame|Democrat|Republican)\.?\s+$")
_RELATIVES_OF = re.compile(r"\b(?:parents|family|mother|father|widow|widower|estate|relatives|lawyers?|attorneys?|sons?|"
                           r"daughters?)\s+of\s+(?:[\w-]+\s+)?$", re.I)
_OFFICE_TITLE_BEFORE = re.compile(r"\b(?:Judge|Justice|Magistrate|Commissioner|Attorney General|Governor|Gov|Mayor|Sheriff|"
                                  r"Chair|Chairman|Chairwoman|Chairperson|Director|Inspector General|Secretary)\.?\s+$")
# after a name in the possessive: a party it owns ("Elon Musk's social media platform X", "Musk's platform")
_OWNED_AFTER_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}(?:(?-i:[A-Z])|(?:platform|company|firm|start-?up|app|network|"
                               r"chatbot|site|service|business|empire|group|outlet|newspaper|administration|government|"
                               r"agency|department|office|ministry)s?\b)")
# a capitalised word right before, inside the same sentence ("the John Marshall Law School")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?])\s*\b[A-Z][\w.'\u2019-]*\s+$")
# a name that runs on after two or three words ("George Washington University", "Smith-Jones")
_NAME_RUNS_ON = re.compile(r"\s+(?:[A-Z]|&|of\b|for\b)|-\w")
_PERSON_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+){1,2}")
# "Harvey Murphy Jr. says ...": a name of two or three capitalised words opening a sentence
_PERSON_FULL_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\u2019-]+(?:\s+[A-Z]\.)?"
                               r"(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\u2019-]+){1,2}(?:\s+(?:Jr|Sr)\.?)?)(?![\w'\u2019-])(?!\s+[A-Z])")
_CLAUSE_OPENING = re.compile(r"(?:[.;:!?]\s|\n|\b(?:when|after|before|since|because|where|said|that|which)\s)$")
_NAME_BEFORE_WORD = re.compile(r"[A-Z][\w'\u2019-]*\s+$")
_NAME_AFTER_WORD = re.compile(r"\s+[A-Z][a-z]")
_DESCRIBED_PLACES = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|registered|owned|incorporated|headquartered)\s+")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|Bros|Jr|Sr|St)|\b[A-Z](?:\.[A-Z])*)\.$")
# "Delaware-registered", "Israel-based": a place describing the name that follows
_DESCRIBED_PLACE = re.compile(r"[A-Z][\w.]*-(?:based|registered|owned|incorporated|headquartered|listed|backed|funded)")
_TITLED_PERSON = re.compile(r"\b(?:Commissioner|Chair(?:man|woman|person)?|Judge|Justice|Attorney General|Director|"
                            r"Secretary|Minister|Mayor|Governor|President|Supervisor)\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+(?:\s+[A-Z]\.)?"
                            r"\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+$")
# What a body is for ("National Commission for Data Protection", "Office for Personal Data Protection").
_REMIT = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?(?P<first>[A-Z][\w'-]*)(?:\s+(?:(?:of|the)\s+)?[A-Z][\w'-]*){0,4}")
_PREFIX_OF = re.compile(r"\s(?:of|for)\s+(?:the\s+)?")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?![\w'-])")
# "... and Asylum" closing a body's name: one capitalised word, then punctuation or a lower-case word
# the remits a ministry's name may list before its "and" ("Ministry of Trade, Industry and Energy")
_REMIT_WORDS = (r"(?:Trade|Industry|Energy|Science|Technology|Culture|Sports?|Education|Health|Labou?r|Welfare|Environment|"
                r"Agriculture|Food|Transport|Communications?|Information|Economy|Finance|Security|Justice|Innovation|"
                r"Research|Tourism|Media|Youth|Family|Digital|Interior|Planning|Housing|Employment|Commerce|Resources)")
_AND_WORD = re.compile(rf"(?:(?:\s*,\s*{_REMIT_WORDS}(?=\s*,|\s+and\s)){{1,4}},?)?\s+and\s+(?:[A-Z][\w'-]*\s+(?=(?:Policy|Technology|Rights|Justice|Freedoms?|Privacy|Liberties|Society|"
                       r"Democracy|Security|Research|Studies|Innovation|Accountability|Transparency)\b))?[A-Z][\w'-]*(?=\s*[,.;:)]|\s+[a-z\d\u20ac\u00a3$]|\s*$)")
# the members of a city's council, who act for it ("Portland city commissioners passed a ban")
_COUNCIL_MEMBERS = frozenset({"city commissioners", "city commission", "supervisors", "board of supervisors",
                              "city councillors", "city councilors", "council members", "councilmembers", "aldermen",
                              "city council members"})
CITY_BODIES = frozenset({"city council", "mayor", "legislature", "state legislature", "governor"})
_THE_STATE_BEFORE = re.compile(r"\bthe\s+state\s+$")
_PRODUCT_NOUN_AFTER = re.compile(r"\s+(?:software|system|systems|app|application|platform|tool|technology|"
                                 r"cameras?|devices?|product|algorithm)\b")
_PLACE_REGULATOR = re.compile(
    r"(?<![\w])(?:(?:[Tt]he\s+(?P<place1>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}))|(?P<place2>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
    r"(?:'s|\u2019s))\s+(?:(?i:data|privacy|data\s+protection)\s+)?(?i:regulator|watchdog)(?![\w])")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|across|outside|within|of|to|into|around)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,3}$", re.I)
# countries whose names news writes family name first (for people the gazetteer knows)
_FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "KR", "KP", "VN"})
# a word before a comma and a capitalised word: where "a small firm, Name, ..." may end its description
_WORD_COMMA_NAME = re.compile(r"([A-Za-z][\w-]*),\s+(?=[A-Z])")
_WORD_START = re.compile(r"\b\w")
_WORD_BEFORE_NAME = re.compile(r"\b([A-Za-z][A-Za-z-]*)\s+(?=[A-Z]|\d+[A-Za-z])")  # (or a name opening with digits: "4chan")
# ("scrapers - SerpApi, ...", "publishers such as A": rarer joints, found apart and looked back from)
_JOINT_BEFORE_NAME = re.compile(r"(?:\s*[:\u2013\u2014]\s*|\s+-\s+|,?\s+(?:such\s+as|including|namely)\s+)(?=[A-Z])")
_WORD_AT_END = re.compile(r"\b([A-Za-z][A-Za-z-]*)\Z")
# (a country in brackets inside a firm's name: "IT Grids (India) Pvt Ltd")
# (never a currency code before its amount: "fined the city of Oslo NOK 2 million")
_CAP = (rf"(?!(?:{'|'.join(CODES)})\s?\d)"
        r"(?:[A-ZÀ-ÖØ-Þ](?:[\w'&\-]|\.(?=\w))*|[a-z]{1,3}[A-Z][\w\-]*|&|\([A-Z][\w\-]*\)(?=[ \t]+[A-Z]))")
_CONNECT = r"(?:of|for|and|the|on|de|du|des|la|le|der|für|&)"


def _plural(noun: str) -> str:
    """"company" -> "companies", "group" -> "groups", "data broker" -> "data brokers"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


class PatternFinder:
    """Finds unlisted parties in a text, given the gazetteer matches already made."""

    def __init__(self, gazetteer: Gazetteer, config: dict, countries: list[Country]):
        self.gazetteer = gazetteer
        self.suffix_kind: dict[str, str] = {}
        for kind, words in config["suffixes"].items():
            for word in words:
                self.suffix_kind[word.lower()] = kind
        self.prefix_kind: dict[str, str] = {}
        for kind, words in config["prefixes"].items():
            for word in words:
                self.prefix_kind[word.lower()] = kind
        self.descriptors = config["appositions"]["descriptors"]
        # the last words of descriptions, which may carry words of their own before a name
        self.descriptor_heads = frozenset(d.split()[-1].lower() for d in self.descriptors) | frozenset(
            w.lower() for w in config["appositions"].get("extra_heads", []))
        self.group_descriptors = frozenset(d.lower() for d in config["appositions"].get("group_descriptors", []))
        self.country_of: dict[str, Country] = {}
        for c in countries:
            for name in c.names():
                self.country_of[name.lower()] = c
        self._country_names = country_names_pattern(tuple(sorted(self.country_of)))
        suffixes = _alt(w for words in config["suffixes"].values() for w in words)
        # Found from the telling word backwards: cheaper than trying a name at every position.
        self._suffix_word = re.compile(rf"(?<![\w])(?P<suffix>{suffixes})(?![\w])")
        self._name_before = re.compile(rf"(?:{_CAP}[ \t]+(?:{_CONNECT}[ \t]+)*){{1,7}}$")
        prefixes = _alt(w for words in config["prefixes"].values() for w in words)
        self._prefix = re.compile(
            rf"(?<![\w])(?P<name>(?P<prefix>{prefixes})\s+(?:of|for|do|da|dos|das|de|del|des|du|di|della)\s+(?:the\s+)?"
            rf"(?:{_CAP}\s*){{1,5}}(?:(?:de|do|da|del|di)\s+(?:{_CAP}\s*){{1,3}})?)(?<!\s)"
            rf"(?<!['\u2019]s)(?<!['\u2019])(?!\w)")  # ("the University of Michigan's clinic": the name without its possessive)
        desc = _alt(self.descriptors)
        # (a full stop only inside a word or before the comma: "Privacy Framework. In January, the AP fined the
        # company" holds no apposition)
        name = r"(?P<name>[A-Z](?:[\w&'\-]|\.(?=[\w,]))*(?:\s+[A-Z](?:[\w&'\-]|\.(?=[\w,]))*){0,3})"
        self._apposition_after = re.compile(
            rf"{name},\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,4}}?(?P<desc>{desc})\b")
        # (capitalised when it opens a sentence: "Consumer group Choice has referred ...")
        opening = _alt(d[:1].upper() + d[1:] for d in self.descriptors)
        # after a description the name may hold "for" ("the nonprofit Center for AI and Digital Policy")
        # (and "&" between words: "state-run Korea Hydro & Nuclear Power")
        # (a name may open with digits: "the message board 4chan", "the gene-testing firm 23andMe")
        described_name = r"(?P<name>(?:[A-Z]|\d+[A-Za-z])[\w.&'\-]*(?:\s+(?:(?:for\s+(?:the\s+)?)|&\s+)?[A-Z][\w.&'\-]*){0,4})"
        self._apposition_before = re.compile(rf"\b(?P<desc>{desc}|{opening})\s+{described_name}")
        # "fining a small telemarketing company, Telekall Infoservice, a total of ...": the name set off by commas
        self._apposition_comma = re.compile(rf"\b(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?P<desc>{desc}),\s+{described_name}(?=,)")
        self._descriptor_last_words = frozenset(d.split()[-1].lower() for d in self.descriptors)
        self._descriptor_after = re.compile(rf"\s+(?:{desc})\s+[A-Z]")  # "Seoul start-up Scatter Lab"
        # "the groups Intervozes, Article 19 Brasil and CADHu", "rights groups Kolbe and Ostra": a plural
        # description before a list of names introduces each of them
        self._plurals = {_plural(d).lower(): d.lower() for d in self.descriptors + ["group"]}
        self._plural_last_words = frozenset(p.split()[-1] for p in self._plurals)
        listed = r"[A-Z][\w.&'\-]*(?:[ \t]+(?:[A-Z0-9][\w.&'\-]*|of|for|de|do|da|des|du|del)){0,4}"
        # ("scrapers - SerpApi, Oxylabs and AWMProxy", "publishers such as A, B and C": a dash, a colon or
        # "such as" may stand between)
        self._plural_list = re.compile(rf"\b(?P<desc>{_alt(self._plurals)})(?:\s*[:\u2013\u2014]\s*|\s+-\s+|,?\s+(?:such\s+as|"
                                       rf"including|namely)\s+|\s+)(?P<names>{listed}(?:\s*,\s*{listed})*"
                                       rf",?\s+and\s+{listed})")
        roles = _alt(config.get("persons", {}).get("roles", []))
        # (a capital inside a name: "LaShauntia", "McDonald", "DeShawn", "MacKenzie", "O'Carroll")
        person = r"(?P<name>(?:[A-Z]\.\s+)?[A-ZÀ-ÖØ-Þ\u0100-\u017f](?:(?:[a-z]{1,2}|['\u2019])[A-Z])?[a-zß-öø-ÿ\u0100-\u017f'\-]+(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|di|del|le|la)\s+)?(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f](?:(?:[a-z]{1,2}|['\u2019])[A-Z])?[a-zß-öø-ÿ\u0100-\u017f'\-]+){1,2})"
        self._person_after_role = re.compile(rf"\b(?i:{roles})s?,?\s+{person}(?![\w])") if roles else None
        # (role words are found with an Aho-Corasick automaton: a regex scan for ~100 words is slow)
        self._role_titles = frozenset(r.lower() for r in config.get("persons", {}).get("roles", []) if " " not in r)
        self.role_titles = self._role_titles
        self._role_words = ahocorasick.Automaton()
        for role in config.get("persons", {}).get("roles", []):
            self._role_words.add_word(role.lower(), role.lower())
        self._role_words.make_automaton()
        self._person_and = re.compile(rf"\s*(?:,|\band\b|,\s*and\b)\s+{person}(?![\w])")
        # "Steven Vance and Tim Janecyk sued Amazon": people listed as the subject of a verb of the field
        one = _PERSON_NAME.pattern
        verbs = _alt(unknown_before_verbs(config) + ["allege", "alleged", "allege that", "say", "said", "claim",
                                                     "claimed", "argue", "argued", "are suing", "were suing"])
        # ("Lee Schmidt and Crystal Arrington, two residents of Norfolk, ...": or described together as people)
        self._person_list = re.compile(
            rf"(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\n))(?P<names>{one}(?:\s*,\s*{one})*,?\s+and\s+{one})"
            rf"(?:\s+(?:{verbs})\b|,\s+(?:two|three|four|five|both)\s+(?:[\w'-]+\s+){{0,3}}?(?i:{roles})s?\b)") \
            if verbs else None
        # "Israel-based BrandTotal", "Delaware-registered Unimania": a firm introduced by where it is based
        self._based_name = re.compile(r"\b[A-Z][\w.]*-(?:based|registered|incorporated|headquartered)\s+"
                                      r"(?P<name>[A-Z][\w&'\-]*(?:\s+[A-Z][\w&'\-]*){0,3})")
        # "Randal Quran Reid, who spent a week in jail, ...": a name opening a sentence, described by "who"
        # (also "Arve Hjalmar Holmen, backed by privacy group noyb, has asked ...": a person with supporters)
        # ("Henry Yeh, of San Francisco, said in the complaint": a person named with the town they come from)
        self._person_who = re.compile(rf"(?:^|(?<=[.;:!?]\s)|(?<=\n)){person},\s+(?:who|(?:backed|supported|represented|"
                                      rf"joined)\s+by|of\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}},)\s")
        # "Justice Thawley found ...", "Judge Donato said": a judge named by title and surname alone
        self._titled_judge = re.compile(r"(?<![\w])(?:Judge|Justice|Magistrate)\s+(?P<name>(?!(?:Department|Ministry|"
                                        r"Minister|Secretary|Committee|Center|Centre|League|Project|Initiative)\b)"
                                        r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]{2,})(?![\w'\-])(?!\s+[A-Z])")
        self._person_before_role = re.compile(
            rf"{person},\s+(?:a|an|the)\s+(?:[\w'\u2019.-]+\s+){{0,5}}?(?:{roles})\b") if roles else None
        self._person_case = re.compile(
            r"(?:(?<=\bIn )|(?<=\bin )|(?<![\w]))(?P<name>[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'\-]+)?)\s+v(?:s)?\.?\s+[A-Z]")
        # (a cheap test first: most texts have no case name, no ", who" and no titled judge)
        self._cues = {self._person_case: (" v", "V."),
                      self._person_who: (", who", ", backed by", ", supported by", ", represented by", ", joined by", ", of "),
                      self._titled_judge: ("Judge", "Justice", "Magistrate")}
        self._acronym = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z&]{1,9})\s*\)")
        lowercase = {name: kind for kind, names in config.get("lowercase_bodies", {}).items() for name in names}
        self._lowercase_kind = lowercase
        self._lowercase_body = re.compile(rf"(?<![\w-])(?:{_alt(lowercase)})(?![\w-])") if lowercase else None
        heads = _alt(config["national"]["heads"])
        countries_alt = _alt(self.country_of)
        self._national = re.compile(
            rf"(?<![\w])(?P<country>{countries_alt}|the\s+country|the)(?:'s|')?\s+(?P<head>{heads})(?![\w])", re.I)
        self.national_kind = config["national"].get("kind", "government")
        self.court_heads = frozenset(h.lower() for h in config["national"].get("court_heads", []))
        self.court_keywords = tuple(k.lower() for k in config["national"].get("court_keywords", []))
        self._national_heads = re.compile(rf"(?<![\w])(?:{heads})(?![\w])", re.I)
        # the same, anchored at the end of a slice: the country is looked for only before a head word
        self._national_tail = re.compile(self._national.pattern + r"\Z", re.I)
        offices = config.get("offices", {})
        self.office_kind = {h.lower(): kind for kind, heads in offices.items() for h in heads}
        if self.office_kind:
            self._office = re.compile(
                r"(?<![\w])(?P<place>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})(?:'s|')\s+"
                rf"(?P<head>(?i:{_alt(self.office_kind)}))(?![\w])")
            self._office_of_the_place = re.compile(
                rf"(?<![\w])the\s+(?:province|state)(?:'s|\u2019s)\s+(?P<head>(?i:{_alt(self.office_kind)}))(?![\w])",
                re.I)
        else:
            self._office = None
        local = config.get("local_bodies", {})
        self.local_kind = {h.lower(): kind for kind, heads in local.items() for h in heads}
        place = r"(?-i:[A-Z])[\w\-']+(?:[ \t]+(?:d'|de[ \t]+|di[ \t]+)?(?-i:[A-Z])[\w\-']+){0,3}"
        heads = _alt(self.local_kind)
        self._local_body = re.compile(
            rf"(?<![\w])(?:(?i:the)[ \t]+)?(?:(?P<head1>{heads})[ \t]+(?:of|in)[ \t]+(?P<place1>{place})"
            rf"|(?P<place2>{place})[ \t]+(?P<head2>{heads}))(?![\w])") if local else None  # heads in lower case
        generic = config.get("generic_names", {})
        self.generic_kind = {n: kind for kind, names in generic.items() for n in names}
        self._generic = re.compile(rf"(?<![\w-])(?:{_alt(self.generic_kind)})(?![\w-])") if generic else None
        unknown = config.get("unknown_names", {})
        self.unknown_kind = unknown.get("kind", "company")
        self.unknown_min_words = int(unknown.get("min_words", 1))
        self._single_after = re.compile(rf"\b(?:{_alt(unknown.get('single_after', []))})\s+$")
        token = r"(?:(?:[A-Z]['\u2019])?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z]{2,}[a-z]*|[a-z]{1,3}[A-Z][\w]*)"  # LaLiga, hiQ, O'Carroll
        name = rf"(?P<name>{token}(?:[ \t]+(?:{token}|&)){{0,3}})"
        self._unknown_after = re.compile(rf"\b(?:{_alt(unknown.get('after', []))})\s+{name}(?![\w'\u2019])") \
            if unknown else None
        # "H&M fined €35.3m ...": a headline's subject before a participle of the field
        headline_token = r"[A-Z][\w&'\u2019.-]*"
        self._headline_subject = re.compile(
            rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?P<name>{headline_token}(?:[ \t]+{headline_token}){{0,3}})\s+"
            rf"(?:fined|sued|banned|ordered|hit\s+with|slapped\s+with|faces|agrees\s+to\s+pay|to\s+pay)\b")
        # (where the name may start, a sentence or a clause opening, is checked in code: a lookbehind per
        # opening word, tried at every position, made this the slowest pattern)
        self._unknown_before = re.compile(
            rf"(?<![\w'\u2019.-])(?:The\s+)?{name}\s+(?:{_alt(unknown.get('before', []))})\b") \
            if unknown else None
        self.generic_dpa = frozenset(h.lower() for h in config.get("generic_dpa", []))
        self._state_names: re.Pattern | None = None  # built on first use (see _last_state)
        self._state_by_name: dict[str, Party] = {}
        # currency codes start amounts, never names ("fines firm NOK 1m")
        self._bad_first = set(w.lower() for w in config.get("not_names", [])) | {c.lower() for c in CURRENCY_CODES}
        self._given_names = frozenset(config.get("persons", {}).get("given_names", []))
        lower = r"[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017f]"
        # ("O'Carroll", "McCoy", "Smith-Jones", "Ateş")
        surname = (rf"(?:[A-Z]['\u2019])?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017f]{lower}*(?:[A-Z]{lower}+)?"
                   rf"(?:-[A-Z]{lower}+)?")
        # (a capitalised word looked up among the given names, then the rest of the name matched after it: one
        # alternation of hundreds of names tried at every position is slow)
        self._capitalised = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z\u00E0-\u00FF]+")
        self._name_rest = re.compile(rf"(?:\s+[A-Z]\.)?(?:[ \t]+{surname}){{1,2}}(?:['\u2019]s)?(?![\w-])")

    def _given_name_persons(self, folded: str) -> list[tuple[int, int, str]]:
        """"Leonie Brinkema ruled", "Donald Trump attacked the fine": two or three capitalised words that open with
        a common given name, standing alone (no capitalised word right before or after, no body's word inside)."""
        out = []
        for first in self._capitalised.finditer(folded):
            if first.group(0) not in self._given_names:
                continue
            rest = self._name_rest.match(folded, first.end())
            if rest is None:
                continue
            start, end = first.start(), rest.end()
            words = folded[start:end].split()
            if folded[end - 2:end] in ("'s", "\u2019s"):
                if _OWNED_AFTER_NAME.match(folded, end):
                    continue  # "Elon Musk's social media platform X", "Musk's platform": whose the party is
                end -= 2
                words[-1] = words[-1][:-2]
            if len(words) < 2 or not words[-1][:1].isupper() or len(words[-1]) < 2:
                continue
            before = folded[max(0, start - 30):start]
            if _RELATIVES_OF.search(before):
                continue  # ("the parents of 16-year-old Adam Raine sued": they act, not he)
            if _OFFICE_TITLE_BEFORE.search(before):
                continue  # ("Judge Rita Lin", "Attorney General Eric Holder": the titles' own rules name them)
            if _CAPITALISED_BEFORE.search(before) and not _TITLE_BEFORE_NAME.search(before):
                continue  # ("George Washington University", "the John Marshall Law School": part of a longer name)
            if _NAME_RUNS_ON.match(folded, end):
                continue  # ("Grace Hopper Academy", "John Marshall-Harlan"): a longer name
            if any(w.lower() in self.suffix_kind or w.lower() in self.prefix_kind for w in words[1:]):
                continue
            out.append((start, end, re.sub(r"\s+", " ", folded[start:end])))
        return out

    # -- helpers -------------------------------------------------------
    @property
    def not_names(self) -> set[str]:
        """Lower-case words that start no party name."""
        return self._bad_first

    def _party_for(self, name: str, kind: str, country: str | None = None) -> Party:
        known = self.gazetteer.lookup(name)
        if known is not None:
            return known
        return Party(id=slugify(name), name=name, kind=kind, country=country)

    @staticmethod
    def _free(start: int, end: int, taken: list[Match]) -> bool:
        return not any(start < m.end and m.start < end for m in taken)

    def _clean_name(self, name: str) -> str:
        name = re.sub(r"\s+", " ", name.strip())
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        return name

    # -- finders -------------------------------------------------------
    @staticmethod
    def _anchored(regex: re.Pattern, folded: str, last_words: frozenset[str], words: list[re.Match]):
        """Matches of ``regex`` (whose group "desc" ends on one of ``last_words`` before a capitalised name),
        tried only where such a word stands before a capitalised word: a scan with a long alternation at every
        position is slow. The descriptor may have one or two words before its last ("rights groups").
        ``words``: :func:`_words_before_names` of ``folded``."""
        last = 0
        for w in words:
            if w.start() < last or w.group(1).lower() not in last_words:
                continue
            starts = [w.start()] + [p.start() for p in _WORD_START.finditer(folded, max(last, w.start() - 30), w.start())][-2:]
            for start in sorted(starts):
                m = regex.match(folded, start)
                if m is not None and m.end("desc") == w.end(1):
                    last = m.end()
                    yield m
                    break

    @staticmethod
    def _comma_anchored(regex: re.Pattern, folded: str, last_words: frozenset[str]):
        """Matches of ``regex`` (a description, a comma, a name) tried only before a comma that follows one of
        ``last_words`` and precedes a capitalised word."""
        last = 0
        for w in _WORD_COMMA_NAME.finditer(folded):
            if w.start() < last or w.group(1).lower() not in last_words:
                continue
            m = regex.search(folded, max(last, w.start() - 60), w.end() + 80)
            if m is not None and m.end("desc") == w.end(1):
                last = m.end()
                yield m

    def find(self, text: str, named: list[Match]) -> list[Match]:
        """New matches (not overlapping ``named``), in text order."""
        folded = fold(text)
        before_names = _words_before_names(folded)
        found: list[Match] = []
        taken = list(named)

        def add(start: int, end: int, party: Party) -> None:
            if self._free(start, end, taken):
                m = Match(start, end, text[start:end], party)
                found.append(m)
                taken.append(m)

        for head in self._national_heads.finditer(folded):
            window_start = max(0, head.start() - 60)
            m = self._national_tail.search(folded, window_start, head.end())
            if m is not None and m.group("country").lower() == "the" \
                    and (m.group("head").lower() in self.court_heads or self._last_country(folded[:m.start()]) is None):
                continue  # ("the supreme court", or a ministry in a story that names no country: not told which)
            if m is not None:
                add(m.start(), m.end(), self._national_party(folded, m))

        prefixed = [(m, self.prefix_kind) for m in self._prefix.finditer(folded)
                    # "a court in the eastern Chinese city of Hangzhou": a place, not a party
                    if not (m.group("prefix").islower()
                            and _LOCATIVE_BEFORE.search(folded, max(0, m.start() - 80), m.start()))]
        for m, kinds in self._suffix_names(folded) + prefixed:
            start = m.start("name")
            raw = m.group("name")
            place = _DESCRIBED_PLACES.match(raw)
            if place is not None:  # "San Francisco-based Global Predictions Inc.": the place describes the firm
                raw, start = raw[place.end():], start + place.end()
            # "Tuesday and the Rivermouth Police Department": drop leading words that start no name
            owner_country = None
            while True:
                first = re.match(r"(\S+)\s+", raw)
                if first is None or not ((first.group(1).lower() in self._bad_first
                                          and first.group(1).lower() not in _NAME_OPENERS
                                          and first.group(1) != "IT")  # ("IT Grids (India) Pvt Ltd")
                                         or _DESCRIBED_PLACE.fullmatch(first.group(1)) or first.group(1) in
                                         ("and", "or", "of", "the", "&", "for", "on")
                                         or first.group(1).endswith(("'s", "\u2019s"))):  # "India's National ..."
                    break
                if first.group(1).endswith(("'s", "\u2019s")):
                    owner_country = self.country_of.get(first.group(1)[:-2].lower())
                raw, start = raw[first.end():], start + first.end()
            name = self._clean_name(raw)
            key = (m.group("suffix") if "suffix" in m.groupdict() and m.group("suffix") else m.group("prefix"))
            if key[:1].islower() and re.match(rf"{re.escape(key)}\s+of\s+", name):
                # "the town of Woodbridge": the place is the party's name
                cut = re.match(rf"{re.escape(key)}\s+of\s+(?:the\s+)?", name).end()
                name, start = name[cut:], start + cut
            if re.fullmatch(rf".+\s+and\s+{re.escape(key)}", name) and not re.search(r"\b(?:of|for)\s", name):
                continue  # "Mayor LaToya Cantrell and Police Superintendent ...": a person and a title, no "X and Police"
            kind = kinds[re.sub(r"\s+", " ", key).lower()]
            end = m.end("name")
            tail = _CAUSE.match(folded, end) if kind == "advocacy" else None
            if kind in ("regulator", "government", "court"):
                tail = _REMIT.match(folded, end)
            country_start = None
            if kind == "advocacy" and tail is None:
                tail = _OF_COUNTRY.match(folded, end)  # "Editors Guild of India": a group named for its country
                if tail is not None and tail.group("first").lower() not in self.country_of:
                    tail = None
                country_start = tail.start("first") if tail is not None else None
            if "prefix" in m.groupdict() and m.group("prefix") and (of := _PREFIX_OF.search(folded, start, end)):
                country_start = of.end()  # "University of Michigan": the place after "of" is part of the name
            if tail is not None and tail.group("first").lower() not in self._bad_first:
                # "Chicago Alliance Against Sexual Exploitation", "Alliance for Digital Rights": the cause is named too
                name, end = name + " " + " ".join(tail.group(0).split()), tail.end()
            more = _AND_WORD.match(folded, end) if kind in ("regulator", "government", "court", "advocacy") else None
            if more is not None and self._free(end, more.end(), taken) and not re.search(r"\b(?:of|for)\b", more.group(0)) \
                    and re.search(r"\b(?:of|for)\s", name):
                joined = re.sub(r"\s+", " ", more.group(0)).strip()
                name, end = name + ("" if joined.startswith(",") else " ") + joined, more.end()  # "Ministry of Migration and Asylum",
                # "Center for AI and Digital Policy"
            if kind == "advocacy" and _PRODUCT_NOUN_AFTER.match(folded, end):
                continue  # "NEC's NeoFace Watch software": a product's name, no group
            if re.match(r"[ \t]+(?:Affairs|Relations)\b", folded[end:]):
                continue  # "X's Global Government Affairs account": a company's team, no body
            words = name.split()
            if (len(words) < 2 and not key[:1].islower()) or (
                    words[0].lower() in self._bad_first and words[0].lower() not in _NAME_OPENERS and words[0] != "IT"):
                continue
            if self.country_of.get(name.lower()):
                continue  # "the European Union": a country's (or union's) own name, no group named for a cause
            owner = re.match(r"(?P<place>.+?)['\u2019]s\s+(?P<body>.+)$", name)
            place = self.gazetteer.lookup(owner.group("place")) if owner is not None else None
            if owner is not None and (self.country_of.get(owner.group("place").lower())
                                      or (place is not None and place.is_place)):
                name = f"{owner.group('place')} {owner.group('body')}"  # "San Francisco's Board of Supervisors"
            party = self._party_for(name, kind)
            if party.id == slugify(name) and kind == "government" and _THE_STATE_BEFORE.search(folded, max(0, start - 12), start):
                # "sued the state Education Department" in a story about New York: that state's department
                state = self._last_state(folded[:start])
                known = state and (self.gazetteer.lookup(f"{state.name} {name}")
                                   or self.gazetteer.lookup(f"{state.name} State {name}"))
                party = known or party
            if owner_country is not None and party.id == slugify(name):
                # "India's Competition Commission": the Competition Commission of India
                party = next((p for p in (self.gazetteer.lookup(f"{name} of {owner_country.name}"),
                                          self.gazetteer.lookup(f"{owner_country.adjective} {name}"),
                                          self.gazetteer.lookup(f"{owner_country.name} {name}")) if p is not None), party)
            if name.lower() in self.generic_dpa and party.id == slugify(name):
                party = self._national_dpa(folded[:m.start()] + folded[m.end():]) or party
            elif kind == "government" and name.lower() in self.suffix_kind and party.id == slugify(name):
                # "The City Council voted" in a story about Santa Cruz: that city's council
                party = self._local_office(name, [t for t in named if t.end <= start], folded) or party
            inside = [t for t in taken if start < t.end and t.start < end]
            if inside and all(t in named and t.party.is_place and start <= t.start and (
                    (t.end < end and not re.match(r"\s+(?:for|of|and|on)\b", folded[t.end:end]))
                    or (country_start is not None and t.start >= country_start)) for t in inside):
                # "Chicago Alliance Against ...", "Rivermouth County Police": a place opening a longer name (or
                # closing it: "Data Privacy and Governance Society of Kenya")
                m2 = Match(start, end, text[start:end], party)
                found.append(m2)
                taken.append(m2)
                continue
            add(start, end, party)
        for regex in (self._apposition_after, self._apposition_before, self._apposition_comma, self._based_name):
            for m in (self._anchored(regex, folded, self._descriptor_last_words, before_names) if regex is self._apposition_before
                      else self._comma_anchored(regex, folded, self._descriptor_last_words) if regex is self._apposition_comma
                      else regex.finditer(folded)):
                raw = m.group("name")
                end = m.end("name")
                stop = re.search(r"\.\s", raw)
                if stop is not None and not _ABBREVIATION_END.search(raw[:stop.start() + 1]):
                    raw, end = raw[:stop.start() + 1], m.start("name") + stop.start() + 1  # "start-up Runway. The artists"
                if raw.endswith(".") and not _ABBREVIATION_END.search(raw):
                    raw, end = raw[:-1], end - 1  # "the consumer group Euroconsumers.": the full stop ends the sentence
                if re.search(r"\sfor\s", raw):
                    more = _AND_WORD.match(folded, end)  # "Center for AI and Digital Policy"
                    if more is not None:
                        raw, end = raw + more.group(0), more.end()
                name = self._clean_name(raw)
                if not name or name.split()[0].lower() in self._bad_first:
                    continue
                lead = re.match(r"(?:The|A|An)\s+", raw)
                described = m.groupdict().get("desc") or ""
                if described[:1].isupper() and m.start() and not re.search(r"[.!?]\s+$", folded[max(0, m.start() - 3):m.start()]):
                    continue  # a capitalised description only where it opens a sentence
                described = described.lower()
                kind = "advocacy" if " ".join(described.split()) in self.group_descriptors else "company"
                add(m.start("name") + (lead.end() if lead else 0), end, self._party_for(name, kind))
        for m in self._anchored(self._plural_list, folded, self._plural_last_words, before_names):
            described = self._plurals[" ".join(m.group("desc").lower().split())]
            kind = "advocacy" if described in self.group_descriptors or described == "group" else "company"
            names = m.group("names")
            for piece in re.finditer(r"(?:(?<=^)|(?<=,)|(?<=\sand\s))\s*(?:and\s+)?(?P<n>[^,]+?)(?=\s*,|\s+and\s|$)", names):
                raw = piece.group("n")
                stop = re.search(r"\.(?:\s|$)", raw)
                if stop is not None and not _ABBREVIATION_END.search(raw[:stop.start() + 1]):
                    raw = raw[:stop.start()]  # "... and CDHx. The firms": the full stop ends the sentence
                name = self._clean_name(raw)
                if not name or not name[:1].isupper() or name.split()[0].lower() in self._bad_first:
                    continue
                at = folded.find(name, m.start("names") + piece.start("n"))
                if at != -1:
                    add(at, at + len(name), self.gazetteer.lookup(name) or self._party_for(name, kind))
        for regex in (self._person_after_role, self._person_before_role, self._person_case, self._person_who,
                      self._titled_judge):
            if regex is None or (regex in self._cues and not any(cue in folded for cue in self._cues[regex])):
                continue
            for m in (self._after_role(folded) if regex is self._person_after_role else regex.finditer(folded)):
                name = re.sub(r"\s+", " ", m.group("name"))
                start, end = m.start("name"), m.end("name")
                owner = re.search(r"['\u2019]s$", name)
                if owner is not None:  # "Plaintiff Tom Avery's lawsuit": the name without its possessive
                    name, end = name[:owner.start()], end - 2
                first = name.split()[0]
                if (first.lower() in self._bad_first or (first == "General" and m.group(0)[:8].lower() == "attorney")) \
                        and len(name.split()) > 1:  # ("Attorney General Bob Ferguson": the title's second word)
                    name, start = name[len(first) + 1:], start + len(first) + 1
                if name.split()[0].lower() in self._bad_first or self.country_of.get(name.lower()):
                    continue
                known = self.gazetteer.lookup(name)
                # a judge speaks for the court: named as the person, acting as a court
                kind = "court" if regex is self._titled_judge or (
                    regex is self._person_after_role and _JUDGE.search(m.group(0)[:20])) else "person"
                # ... and a legislator for the legislature's work ("Senator X opened an inquiry")
                legislator = regex is self._person_after_role and _LEGISLATOR.search(m.group(0)[:24])
                official = not legislator and regex is self._person_after_role and _OFFICIAL.search(m.group(0)[:24])
                if kind == "person" and (legislator or official):
                    kind = "government"
                tags = frozenset({"legislator"} if legislator else {"official"} if official else ())
                add(start, end, known or Party(id=slugify(name), name=name, kind=kind, tags=tags))
                # "writers Andrea Bartz, Charles Graeber and Kirk Wallace Johnson": every name of the list
                end = m.end("name")
                while regex is self._person_after_role:
                    more = self._person_and.match(folded, end)
                    if not more or len(more.group("name").split()) < 2:
                        break
                    other = re.sub(r"\s+", " ", more.group("name"))
                    add(more.start("name"), more.end("name"),
                        self.gazetteer.lookup(other) or Party(id=slugify(other), name=other, kind="person"))
                    end = more.end("name")
        if self._local_body is not None:
            for m in self._local_body.finditer(folded):
                place = m.group("place1") or m.group("place2")
                head = (m.group("head1") or m.group("head2")).lower()
                if place.split()[0].lower() in self._bad_first or place.lower() in self.country_of \
                        or place.split()[0].lower() in _MONTH_NAMES:
                    continue  # "warned the region in October": a date, not a place
                name = re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", m.group(0)))
                known = self.gazetteer.lookup(name) or self.gazetteer.lookup(f"{place} {head.title()}")
                start = m.end() - len(name)
                for inner in [t for t in found if start <= t.start and t.end <= m.end() and (t.start, t.end) != (start, m.end())]:
                    found.remove(inner)  # "Middlesex County prosecutor's office": the county opens the office's name
                    taken.remove(inner)
                if known is None and head.lower() in _COUNCIL_MEMBERS:
                    # "Portland city commissioners", "San Francisco supervisors": the city's council, else the city
                    known = self.gazetteer.lookup(f"{place} City Council") or self.gazetteer.lookup(place)
                    known = known if known is not None and known.kind == "government" else None
                    for inner in [t for t in taken if start <= t.start and t.end <= m.end() and t.party.is_place]:
                        taken.remove(inner)  # (the place the gazetteer found opens the council's name)
                if known is None and head == "municipality":
                    name = place  # "the municipality of Bergen": the town's government, named as the town
                    known = self.gazetteer.lookup(place)
                    known = known if known is not None and known.kind == "government" else None
                add(start, m.end(), known or Party(id=slugify(name), name=name, kind=self.local_kind[head]))
        if self._person_list is not None:
            for m in self._person_list.finditer(folded):
                for each in _PERSON_NAME.finditer(m.group("names")):
                    name = re.sub(r"\s+", " ", each.group(0))
                    if name.split()[0].lower() in self._bad_first or self.country_of.get(name.lower()):
                        continue
                    start = m.start("names") + each.start()
                    add(start, start + len(each.group(0)),
                        self.gazetteer.lookup(name) or Party(id=slugify(name), name=name, kind="person"))
        if self._generic is not None:
            for m in self._generic.finditer(folded):
                words = m.group(0)
                add(m.start(), m.end(), self._party_for(words[:1].upper() + words[1:], self.generic_kind[words]))
        acronyms = self._acronyms(text, folded, taken)
        found.extend(acronyms)
        taken.extend(acronyms)
        initialisms = self._initialisms(text, folded, taken)
        found.extend(initialisms)
        taken.extend(initialisms)
        for start, end, name in self._given_name_persons(folded):
            add(start, end, self.gazetteer.lookup(name) or Party(id=slugify(name), name=name, kind="person"))
        for start, end, name in self._recurring_surnames(folded, taken):
            add(start, end, self.gazetteer.lookup(name) or Party(id=slugify(name), name=name, kind="person"))
        # a surname alone ("Bridges") means the person named in full earlier
        surnames = {_surname(m.party.name): m.party for m in taken if m.party.kind == "person"
                    and len(m.party.name.split()) > 1}
        # (a judge the text found by title, "US District Judge Edward Chen ... Chen found that ...")
        # (also after a first initial: "U.S. District Judge B. Lynn Winmill ... Winmill dismissed")
        surnames.update({_surname(m.party.name): m.party for m in taken if m.party.kind == "court"
                         and m.party.id == slugify(m.party.name)
                         and _PERSON_NAME.fullmatch(re.sub(r"^[A-Z]\.\s+", "", m.party.name))
                         and not self.gazetteer.get(m.party.id)})
        # (a family name written first: "Guo Bing ... Guo, an associate professor, filed the suit")
        surnames.update({m.party.name.split()[0]: m.party for m in taken if m.party.kind == "person"
                         and m.party.country in _FAMILY_NAME_FIRST and len(m.party.name.split()) == 2})
        # ... and an office holder the gazetteer names by person ("Angelene Falk" -> OAIC): "Falk ordered"
        surnames.update({m.surface.split()[-1]: m.party for m in taken if m.party.kind != "person"
                         and m.surface != m.party.name and (_PERSON_NAME.fullmatch(m.surface)
                                                            or _TITLED_PERSON.search(m.surface))})
        for surname, party in surnames.items():
            # "Kind's determination orders Bunnings", "Falk said": the surname alone, later in the text
            first = min((m.end for m in taken if m.party is party and (
                m.surface.endswith(surname) or _surname(m.surface) == surname
                or m.surface.startswith(surname + " "))), default=None)
            if first is None or len(surname) < 3:
                continue
            for at, end in word_spans(folded, surname, first):
                add(at, end, party)
        for m in (self._lowercase_body.finditer(folded) if self._lowercase_body else ()):
            name = " ".join(w if w in ("of", "for", "the") else w[:1].upper() + w[1:] for w in m.group(0).split())
            add(m.start(), m.end(), self._party_for(name, self._lowercase_kind[m.group(0)]))  # "the court of appeal"
        for m in self._headline_subject.finditer(folded):
            name = m.group("name")
            if name.split()[0].lower() in self._bad_first or name.lower() in self.country_of:
                continue
            add(m.start("name"), m.end("name"), surnames.get(name) or self._party_for(name, self.unknown_kind))
        for regex in (self._unknown_after, self._unknown_before):
            if regex is None:
                continue
            for m in regex.finditer(folded):
                if regex is self._unknown_before and m.start() and not _CLAUSE_OPENING.search(
                        folded, max(0, m.start() - 10), m.start()):
                    continue  # a name opens a sentence or a clause ("when", "said") before the verb
                name, name_start = m.group("name"), m.start("name")
                words = name.split()
                if regex is self._unknown_after and len(words) > 1 and words[0] == "The":
                    # "a complaint against The Tribune": a name that carries its article
                    words, name_start = words[1:], name_start + 4
                    name = " ".join(words)
                if len(words) < self.unknown_min_words and surnames.get(name) is None and not (
                        regex is self._unknown_after and self._single_after.search(folded, max(0, m.start() - 12),
                                                                                   m.start("name"))):
                    continue
                if words[0].lower() in self._bad_first or self.country_of.get(name.lower()) \
                        or name.lower() in self.country_of or len(name) < 3 or name.isupper() and len(name) < 3:
                    continue
                if any(w.lower() in self._bad_first for w in words[1:]):
                    continue
                if len(words) == 1 and re.search(r"(?:ians|ans|ers|ese|ish|ites)$", name):
                    continue  # "Italians", "Vermonters": people of a place, not a party
                if words[0].upper() in CURRENCY_CODES:
                    continue  # "fined the police SEK 2.5 million"
                if _ROLE_AFTER.match(folded, m.end("name")) or self._descriptor_after.match(folded, m.end("name")):
                    continue  # "by Cardiff resident Ed Bridges", "Seoul start-up Scatter Lab": a place describing
                person = surnames.get(name)
                if person is not None:
                    add(name_start, m.end("name"), person)
                    continue
                if len(words) >= 3 and words[0].lower() in self._role_titles:
                    # "against Detective LaShauntia Oliver": a title and a person's name
                    cut = name_start + len(words[0]) + 1
                    rest = " ".join(words[1:])
                    add(cut, m.end("name"), self.gazetteer.lookup(rest) or Party(id=slugify(rest), name=rest, kind="person"))
                    continue
                end = m.end("name")
                country = [t for t in taken if t.start < end and name_start < t.end]
                if len(words) > 1 and country and all(t.party.is_place and name_start < t.start and t.end == end
                                                      and text[t.start:t.end].lower() in self.country_of
                                                      for t in country):
                    # "fined Oppo Kenya 5 million shillings": a firm's local arm, named with its country
                    for t in country:
                        taken.remove(t)
                add(name_start, end, self._party_for(name, self.unknown_kind))
        return sorted(found, key=lambda x: x.start)

    def _recurring_surnames(self, folded: str, taken: list[Match]):
        """People no role word introduces, known by their surname recurring alone ("Harvey Murphy Jr. says
        ... Murphy has now filed a lawsuit"): (start, end, name) of each unclaimed two- or three-word name
        opening a sentence (where the people a story is about are introduced) whose last word later stands
        alone, outside any other capitalised name."""
        for m in _PERSON_FULL_NAME.finditer(folded):
            words = m.group("name").split()
            surname = _surname(" ".join(words))
            if len(surname) < 3 or folded.find(surname, m.end()) < 0:
                continue  # (the cheap test first: most names never recur)
            lowered = {w.lower().rstrip(".") for w in words}
            name = " ".join(words)
            if words[0].lower() in self._bad_first or words[0].lower() in _MONTH_NAMES \
                    or lowered & self.suffix_kind.keys() or lowered & self.prefix_kind.keys() \
                    or self.country_of.get(name.lower()) or self.country_of.get(surname.lower()) \
                    or not self._free(m.start("name"), m.end("name"), taken):
                continue
            at = folded.find(surname, m.end())
            while at >= 0:
                end = at + len(surname)
                if not (is_word_char(folded[at - 1]) or folded[at - 1] in "'\u2019.-"
                        or (end < len(folded) and (is_word_char(folded[end]) or folded[end] in "'\u2019-"))
                        or _NAME_BEFORE_WORD.search(folded, max(0, at - 30), at)
                        or _NAME_AFTER_WORD.match(folded, end)):
                    yield m.start("name"), m.end("name"), name
                    break
                at = folded.find(surname, end)

    def offices(self, text: str, named: list[Match] = ()) -> list[Match]:
        """Offices named by their place ("New Jersey's attorney general"), or by "the province's" / "the
        state's" after a place of the gazetteer ("British Columbia ... the province's privacy commissioner");
        they win over the place name."""
        if self._office is None:
            return []
        out = []
        folded = fold(text)
        for m in self._office.finditer(folded):
            party = self._office_party(m.group("place"), re.sub(r"\s+", " ", m.group("head")), folded)
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        places = [n for n in named if n.party.is_place]
        for m in self._office_of_the_place.finditer(folded) if places else ():
            place = next((n for n in reversed(places) if n.end <= m.start()), None)
            party = self._office_party(place.party.name, re.sub(r"\s+", " ", m.group("head"))) if place else None
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        for m in _PLACE_REGULATOR.finditer(folded):
            # "the Hamburg regulator", "Hamburg's watchdog": the regional data protection authority of a place
            # the gazetteer knows (no new party from a bare "regulator")
            name = m.group("place1") or m.group("place2")
            if any(o.start < m.end() and m.start() < o.end for o in out) or name.lower() in self.country_of:
                continue
            place = self.gazetteer.lookup(name)
            party = self._regional_dpa(name) if place is not None and place.is_place else None
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        for m in _PLACE_POLICE.finditer(folded):
            # "the Paris police", "Houston police": the force of that place; "Munich prosecutors": its prosecutors
            if any(o.start < m.end() and m.start() < o.end for o in out) or m.group("place").lower() in self.country_of:
                continue
            party = self._office_party(m.group("place"), m.group("head"), folded)
            if party is not None:
                out.append(Match(m.start(), m.end(), text[m.start():m.end()], party))
        return out

    def _after_role(self, folded: str):
        """The matches of ``_person_after_role``, tried only where a role word starts."""
        if len(self._role_words) == 0:
            return
        lowered = folded.lower()
        last_end = -1
        for end, word in self._role_words.iter(lowered):
            start = end - len(word) + 1
            if start < last_end or (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_")):
                continue
            m = self._person_after_role.match(folded, start)
            if m is not None:
                last_end = m.end()
                yield m

    def _suffix_names(self, folded: str) -> list[tuple[re.Match, dict]]:
        """Names ending in a telling word, as matches with groups "name" and "suffix"."""
        out = []
        previous_end = 0
        for word in self._suffix_word.finditer(folded):
            # ("the Collective Defense Institute": a telling word inside the name, capitalised words after it)
            inside = previous_end > 0 and _CAPITALISED_GAP.fullmatch(folded, previous_end, word.start()) is not None
            window_start = max(0 if inside else previous_end, word.start() - 120)
            follows = bool(out) and out[-1][0].end("name") == previous_end == word.start() - 1 \
                and folded[previous_end] == " "
            if inside and not follows and out and out[-1][0].end("name") == previous_end:
                out.pop()  # (the shorter name that ended on the inner word)
            previous_end = word.end()
            if follows:
                # "Orange Grove County Sheriff's Office": one name, ending in the second telling word
                head_start = out.pop()[0].start("name")
            else:
                head = self._name_before.search(folded, window_start, word.start())
                if head is None or (head.start() and (folded[head.start() - 1].isalnum()
                                                      or folded[head.start() - 1] == "_")):
                    continue
                head_start = head.start()
                joined = list(re.finditer(r"\band[ \t]+the[ \t]+", folded[head_start:word.start()]))
                if joined:
                    # "the Ministry of Foreign Affairs and the Ministry of ...": two names, the second starts here
                    head_start += joined[-1].end()
            m = re.match(rf"(?P<name>.*?(?P<suffix>{re.escape(word.group('suffix'))}))", folded[head_start:word.end()],
                         re.S)
            out.append((_Shifted(m, head_start), self.suffix_kind))
        return out

    def _office_party(self, place: str, head: str, folded: str = "") -> Party | None:
        """"New Jersey's attorney general" -> New Jersey Attorney General; "Bavaria's data protection
        authority" -> the regulator whose name starts a word with "Bavaria"; else a new party."""
        if place.lower() in self.country_of or place.split()[0].lower() in self._bad_first:
            return None  # countries are national descriptions, handled elsewhere
        known = self.gazetteer.lookup(f"{place} {head}")
        if known is not None:
            return known
        kind = self.office_kind.get(head.lower(), "government")  # ("Munich prosecutors": a public office)
        if kind == "police":
            # "Paris" -> the gazetteer's force whose name starts with the place ("Paris Police Prefecture")
            forces = [p for p in self.gazetteer.parties.values() if p.kind == "police"
                      and any(n.startswith(f"{place} ") for n in (p.name, *p.aliases))]
            if len(forces) > 1 and folded:
                # "Norfolk police" in a story about Virginia: the force whose state or country the text names
                named = [p for p in forces if self._named_in(p, folded)]
                forces = named or forces
            if forces:
                return forces[0]
        if kind == "court":
            # "Illinois' highest court" -> Illinois Supreme Court, if the gazetteer knows it
            return self.gazetteer.lookup(f"{place} Supreme Court") or self.gazetteer.lookup(f"Supreme Court of {place}")
        if kind == "government" and head.lower() in CITY_BODIES:
            known = self.gazetteer.lookup(place)
            if known is not None and known.kind == "government":
                return known  # "Boston's city council" acts for Boston
        if kind == "regulator" and re.search(r"privacy|data|information", head, re.I):
            party = self._regional_dpa(place)
            if party is not None:
                return party
        name = f"{place} {head}"
        return Party(id=slugify(name), name=name, kind=kind)

    def _last_state(self, before: str) -> Party | None:
        """The state (a gazetteer row tagged "state") named last in ``before``: "New York" in "a western New
        York district", as well as its full names."""
        if self._state_names is None:
            names: dict[str, Party] = {}
            for party in self.gazetteer.parties.values():
                if party.kind == "government" and "state" in party.tags:
                    for n in (party.name, *party.aliases):
                        names.setdefault(n.lower(), party)
                        if n.endswith(" State"):
                            names.setdefault(n[:-6].lower(), party)  # "New York State" -> "New York"
            self._state_by_name = names
            self._state_names = re.compile(rf"(?<![\w])(?:{_alt(names)})(?![\w])", re.I)
        last = None
        for last in self._state_names.finditer(before):
            pass
        return self._state_by_name.get(last.group(0).lower()) if last is not None else None

    def _regional_dpa(self, place: str) -> Party | None:
        """The data protection authority whose name has a word starting with ``place`` ("Bavaria")."""
        stem = re.compile(rf"\b{re.escape(place)}", re.I)
        return next((party for party in self.gazetteer.parties.values()
                     if party.kind == "regulator" and party.tags & {"dpa", "dpa-regional"}
                     and any(stem.search(n) for n in (party.name, *party.aliases))), None)

    def _named_in(self, party: Party, folded: str) -> bool:
        """Whether the text names the place the party belongs to (its parent, or its country)."""
        parent = self.gazetteer.get(party.parent) if party.parent else None
        names = [parent.name, *parent.aliases] if parent is not None else []
        names += [n for n, c in self.country_of.items() if c.code == party.country] if party.country else []
        lowered = folded.lower()
        return any(next(iter(word_spans(lowered, n.lower())), None) is not None for n in names)

    def _national_party(self, folded: str, m: re.Match) -> Party:
        country_text = re.sub(r"\s+", " ", m.group("country")).lower()
        head = re.sub(r"\s+", " ", m.group("head"))
        if country_text == "the country":
            country = self._last_country(folded[:m.start()])
        elif country_text == "the":
            country = self._main_country(folded[:m.start()])  # ("the defence ministry" in a story about Korea)
        else:
            country = self.country_of.get(country_text)
        if head.lower() in self.court_heads:
            return self._national_court(country, head)
        if country is None:
            return Party(id=slugify(head), name=head, kind=self.national_kind)
        keyword = head.lower().replace("ministry", "").replace("department", "").strip().split()
        for party in self.gazetteer.parties.values():
            if party.country != country.code or party.kind not in ("government", "police"):
                continue
            names = " ".join((party.name, *party.aliases)).lower()
            if keyword and all(k in names for k in keyword) and ("ministry" in names or "department" in names):
                return party
        name = f"{country.name}'s {head}"
        return Party(id=slugify(name), name=name, kind=self.national_kind, country=country.code)

    def _national_court(self, country: Country | None, head: str) -> Party:
        # "Greece's Supreme Court" is not its Council of State: a head that says which top court it is
        # ("supreme", "constitutional") keeps to courts named so; "top court" may be any of them
        said = [k for k in ("supreme", "constitutional") if k in head.lower()]
        keywords = said or [k for k in self.court_keywords if "administrative" not in head.lower()
                            or k not in ("supreme", "constitutional")]
        if country is not None:
            for party in self.gazetteer.parties.values():
                if party.kind == "court" and party.country == country.code and any(
                        k in " ".join((party.name, *party.aliases)).lower() for k in keywords):
                    return party
        name = f"{country.name}'s {head}" if country else head
        return Party(id=slugify(name), name=name, kind="court", country=country.code if country else None)

    def _local_office(self, body: str, before: list[Match], text: str = "") -> Party | None:
        """A body named only by its kind ("City Council") in a story about a place: the gazetteer's body of
        the city the story is about (the last that opens a sentence, "Oakland on Tuesday joined San Francisco
        and Somerville ..."; else the last named, or the city of a body named before, "Minneapolis police"),
        else a party named for that city."""
        def city_of(m: Match) -> Party | None:
            if m.party.tags & {"city"}:
                return m.party
            parent = self.gazetteer.get(m.party.parent) if m.party.parent else None
            return parent if parent is not None and parent.tags & {"city"} and m.party.kind in ("police", "government") \
                else None
        cities = [(m, city) for m in before if (city := city_of(m)) is not None]
        openers = [city for m, city in cities if text and re.fullmatch(r"\W*(?:(?:the|The)\s+)?", text[
            max(text.rfind(". ", 0, m.start) + 1, 0):m.start])]
        place = openers[-1] if openers else (cities[-1][1] if cities else None)
        if place is None:
            return None
        short = place.name.split(",")[0]
        return self.gazetteer.lookup(f"{short} {body}") or next(
            (p for p in self.gazetteer.children(place.id) if p.kind == "government"
             and body.lower() in p.name.lower()), None) or Party(id=slugify(f"{short} {body}"),
                                                                 name=f"{short} {body}", kind="government",
                                                                 country=place.country)

    def _national_dpa(self, text: str) -> Party | None:
        """"the Privacy Commissioner" in an article about one country: that country's data protection authority."""
        country = self._last_country(text)
        if country is None:
            return None
        return next((p for p in self.gazetteer.parties.values() if "dpa" in p.tags and p.country == country.code),
                    None)

    def _countries_named(self, before: str):
        """The countries named in ``before`` (by name or adjective, four letters or more), in order."""
        for m in self._country_names.finditer(before):
            if not NOT_A_COUNTRY.match(before, m.start()):
                name = re.sub(r"\s+", " ", m.group(0).lower())
                country = self.country_of.get(name) or self.country_of.get(name[:-1] if name.endswith("s") else "")
                if country is not None:
                    yield country

    def _last_country(self, before: str) -> Country | None:
        """The country named last in ``before``."""
        best = None
        for best in self._countries_named(before):
            pass
        return best

    def _main_country(self, before: str) -> Country | None:
        """The country named most often in ``before`` (ties: the one named last)."""
        named = list(self._countries_named(before))
        if not named:
            return None
        counts = Counter(c.code for c in named)
        last = {c.code: (i, c) for i, c in enumerate(named)}
        return last[max(counts, key=lambda code: (counts[code], last[code][0]))][1]

    def _acronyms(self, text: str, folded: str, taken: list[Match]) -> list[Match]:
        """"Full Name (FN)": every later standalone FN is a mention of Full Name's party."""
        out: list[Match] = []
        for m in self._acronym.finditer(folded):
            acronym = m.group("acr")
            owner = next((t for t in sorted(taken, key=lambda t: t.start, reverse=True)
                          if t.end <= m.start() and folded[t.end:m.start()].strip() == ""), None)
            if owner is None or not _initials_fit(acronym, owner.surface):
                continue
            for use in re.finditer(rf"(?<![\w]){re.escape(acronym)}(?![\w])", folded):
                if use.start() < m.end() or not self._free(use.start(), use.end(), taken + out):
                    continue
                out.append(Match(use.start(), use.end(), text[use.start():use.end()], owner.party))
        return out


    def _initialisms(self, text: str, folded: str, taken: list[Match]) -> list[Match]:
        """"Finland's National Bureau of Investigation ... The NBI has said": an all-capitals word, never defined,
        that spells the initials of the capitalised words of one organisation named before it is that one."""
        out: list[Match] = []
        # (each organisation's initials worked out once, not at every all-capitals word)
        spelled = [(t.end, _initials(t.surface), t.party) for t in taken if t.party.kind != "person" and " " in t.surface]
        for use in _CAPITALS_WORD.finditer(folded):
            if not self._free(use.start(), use.end(), taken + out):
                continue
            owners = {party.id: party for end, initials, party in spelled
                      if end <= use.start() and initials == use.group(0)}
            if len(owners) == 1:
                out.append(Match(use.start(), use.end(), text[use.start():use.end()], next(iter(owners.values()))))
        return out


class _Shifted:
    """A match on a slice, with offsets moved back to the whole text."""

    def __init__(self, m: re.Match, offset: int):
        self._m, self._offset = m, offset

    def start(self, group=0) -> int:
        return self._m.start(group) + self._offset

    def end(self, group=0) -> int:
        return self._m.end(group) + self._offset

    def group(self, name=0):
        return self._m.group(name)

    def groupdict(self):
        return self._m.groupdict()


def _words_before_names(folded: str) -> list[re.Match]:
    """Every word that stands before a capitalised word, directly or across a dash, a colon or "such as"."""
    words = list(_WORD_BEFORE_NAME.finditer(folded))
    joined = [w for w in (_WORD_AT_END.search(folded, max(0, j.start() - 40), j.start())
                          for j in _JOINT_BEFORE_NAME.finditer(folded)) if w is not None]
    return sorted(words + joined, key=lambda w: w.start()) if joined else words


def _surname(name: str) -> str:
    """The last word of a person's name, before a "Jr."/"Sr."."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr") else words[-1]


_CAPITALS_WORD = re.compile(r"(?<![\w&.(-])[A-Z]{2,6}(?![\w&.)-])")


def _initials(name: str) -> str:
    """"National Bureau of Investigation" -> "NBI": the first letters of its capitalised words."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def _initials_fit(acronym: str, name: str) -> bool:
    """"ADCU" fits "App Drivers & Couriers Union"; "HDPA" fits "Hellenic Data Protection Authority"; "CBA" fits
    "Central Anti-Corruption Bureau" (the same letters in the order of the body's own language)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper() or w == "and")
    acr = acronym.upper()
    return bool(initials) and (acr in initials.upper() or initials.upper().startswith(acr[:2])
                               or (len(acr) >= 3 and sorted(acr) == sorted(initials.upper())))


def unknown_before_verbs(config: dict) -> list[str]:
    """The verbs after which an unlisted subject is taken for a party (``[unknown_names] before``)."""
    return list(config.get("unknown_names", {}).get("before", []))


@lru_cache(maxsize=1)
def pattern_config() -> dict:
    """data/patterns.toml, read once."""
    with data_path("patterns.toml").open("rb") as handle:
        return tomllib.load(handle)


def person_roles() -> frozenset[str]:
    """The one-word role nouns that may stand before a person's name ("peer", "campaigner")."""
    return frozenset(r for r in pattern_config()["persons"]["roles"] if " " not in r)


@lru_cache(maxsize=4)
def load_patterns(gazetteer: Gazetteer) -> PatternFinder:
    return PatternFinder(gazetteer, pattern_config(), load_countries())


__all__ = ["PatternFinder", "load_patterns", "pattern_config", "person_roles"]
