"""Role assignment: who is the actor and who the target of a trigger in a sentence.

The sentence is seen as party groups (coordinated mentions: "Google, YouTube
and LinkedIn") around a trigger. Frames, in the order they are tried:

* passive: "Clearview was fined by the CNIL" -> target left, actor after "by";
* headline passive: "Clearview fined EUR 20m", "Macy's sued for $10M";
* undergoer: "Clearview faces a lawsuit from Vermont" -> target left, actor after
  "from/by" (for symmetric actions such as settlements the subject is the actor);
* introductory phrase: "Under the settlement, Everalbum must ..." -> the
  subject after the comma is the bound party;
* possessive noun: "the ICO's fine against Clearview";
* noun with "by": "a lawsuit by the state of Vermont against Clearview",
  "Clearview challenged an order issued by the commissioner";
* reporting inversion: "Kmart breached the law, the commissioner has found";
* active: the subject group to the left is the actor, the object group to the
  right (directly, or after one of the action's target prepositions) the target;
  "A sent B a letter" puts B between the verb and the noun. An event noun needs
  a verb between its subject and itself, so headline compounds ("FCC Hikvision
  Ban") yield nothing.

Each frame yields one event per actor-target pair.
"""
from __future__ import annotations

from functools import lru_cache
import re
from dataclasses import dataclass

from .amounts import AMOUNT_BETWEEN_ITEMS, find_amounts
from .gazetteer import Match
from .lexicon import Lexicon, Trigger
from .patterns import person_roles

PREPOSITIONS = frozenset("""in of for at from with to on by into about against over under near across
within via after before since between among toward towards including like accusing targeting alleging
naming accused accuses behind through without amid around throughout beyond despite upon""".split())
# a noun that describes the kind of party after it ("three data-scraping firms", "surveillance companies")
_DESCRIBES_A_KIND = re.compile(r"\s+(?:firms|companies|start-?ups|businesses|outfits|vendors|operators|bots|tools)\b")
# ", a trade group whose members include Meta, Google and Snap, " right before a verb: an apposition with a relative
# clause, between the subject and its verb
_APPOSITION_WITH_RELATIVE_BEFORE = re.compile(r",\s+(?:a|an)\s+[^,;()]{1,60}?\s+(?:whose|which|who|that)\s+"
                                              r"(?:(?!,\s+(?:the|a|an)\s)[^;()]){1,120}?,\s+"
                                              r"(?:(?:has|have|had|also|then|later|jointly|now)\s+)*\Z")
# a trade group's members, listed ("whose members include Meta, Google and Snap", "that counts Meta and X among its
# members"): the list runs until a comma before a lower-case word other than "and"
_MEMBERS_LISTED = re.compile(r"\b(?:whose\s+members\s+(?:include|included|are|were)|(?:that|which)\s+(?:counts|represents)|"
                             r"members\s+(?:such\s+as|including))\s+(?P<list>(?:[^,;()]|,(?=\s+(?-i:[A-Z])|\s+and\b))+)")
LIGHT_VERBS = re.compile(
    r"\b(?:sent|sends|send|sending|issued|issues|issue|issuing|served|serves|serving|handed|hands|handing|gave|gives|slapped|"
    r"hit|hits|hitting|slaps|slapping|stung|fires\s+off|fired\s+off|firing\s+off|imposed|imposes|levied|levies|filed|files|brought|brings|launched|launches|lodged|"
    r"submitted)\b",
    re.I)
CLAUSE_BREAK = re.compile(r"[;:](?:\s|$)|,\s+(?:as|since)\s+(?!well\b)|\s[\u2013\u2014-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|"
                          # ("brought a complaint before the Paris prosecutor over ...": a place of filing, no clause)
                          r"\bbefore\b(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:court|tribunal|judge|prosecutors?|"
                          r"commission|authority|regulator|watchdog|committee|ombudsman)\s+(?:over|against|about|on)\b)|"
                          r"\bbecause\b|\bwhen\b|\bsaid\b|\bsays\b|\bsaying\b|\btold\b", re.I)
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# Descriptive words that may stand between a preposition and a name ("to facial recognition startup X").
MODIFIERS = frozenset("""startup start-up firm company companies giant app platform regulator watchdog authority
recognition facial surveillance biometric biometrics technology tech controversial cryptocurrency project
retailer group provider vendor software data privacy protection us u.s uk u.k british american chinese
french italian dutch german new york-based ex former campaigner activist anti-knife group groups
organisation organization union city state county camera cameras equipment video intelligence artificial
analytics manufacturer manufacturers maker makers supplier suppliers vendors firms providers developers""".split())
# "the state of Vermont", "the city of Detroit": the name is the state, not a prepositional object.
NAME_OF = re.compile(r"\b(?:state|city|county|commonwealth|government|people|republic|kingdom|town|province|"
                     r"district)\s+of\s+$", re.I)
# Lower-case words that describe a party rather than act ("digital rights group", "pharmacy chain").
_DESCRIPTIVE = re.compile(r"[a-z]*(?:al|ic|ical|ive|ous|ary|ed-in|based|owned|run|rights|liberties|chain|"
                          r"maker|giant|operator|network|agency|body|office|service|services|media|science|"
                          r"analytics|system|systems|industry|sector|retail|online|privacy|digital|civil|human|"
                          r"consumer|campaign|advocacy|nonprofit|non-profit|charity|watchdog|regulator)s?")
DATE_WORDS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today yesterday week month year""".split())
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens several many some other".split())
DEMONYMS: frozenset[str] = frozenset()
# the role nouns that name a person after them ("the Green peer Jenny Jones"), as data/patterns.toml lists them
PERSON_ROLES = person_roles()
ROLE_NOUNS = frozenset("""resident residents man woman campaigner activist plaintiff plaintiffs driver courier lawyer
attorney student journalist photographer artist user customer worker employee member claimant applicant
lead named""".split())


def set_role_nouns(words) -> None:
    """Role nouns of people ("writers", "campaigner") that may stand between a preposition and a name."""
    global ROLE_NOUNS
    words = {w.lower() for w in words if " " not in w}
    ROLE_NOUNS = ROLE_NOUNS | words | {w + "s" for w in words}


DESCRIPTOR_HEADS: frozenset[str] = frozenset()


def set_descriptor_heads(words) -> None:
    """Last words of party descriptions ("company", "start-up", "generator"): before a name they may carry
    a few words of their own ("against the AI search company Perplexity")."""
    global DESCRIPTOR_HEADS
    heads = frozenset(w.lower() for w in words)
    # (and their plurals, before a list: "of Chinese e-commerce platforms AliExpress and Temu")
    DESCRIPTOR_HEADS = heads | {h[:-1] + "ies" if h.endswith("y") else h + "s" for h in heads}


def set_demonyms(words) -> None:
    """Country adjectives ("Greek", "Dutch") that may stand between a preposition and a name."""
    global DEMONYMS
    DEMONYMS = frozenset(w.lower() for w in words)


COORD = re.compile(r"^\s*,?\s*(?:and\s+|or\s+|&\s+|as\s+well\s+as\s+|along\s+with\s+|together\s+with\s+|(?<=,)\s*)"
                   r"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$", re.I)
# Words that show a verb between a subject and an event noun.
VERB_CUE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might|must|should|can|to|be|been|"
                      r"did|does|do|also|said|says|"
                      r"[a-z]+ed|sent|sends|send|issues|issue|files|file|brings|bring|brought|launches|launch|"
                      r"imposes|impose|hits|faces|face|gets|got|won|wins|takes|took|seeks|sought|makes|made|"
                      r"opens|open|begins|began|reached|reaches|reach|announces|announce|agrees|agree|"
                      r"submits|submit|lodges|lodge|receives|receive|becomes|become|joins|join|"
                      r"hands|hand|gives|give|gave|upholds|uphold|approves|approve|implementing|implements|"
                      r"struck|strikes|strike|signs|sign|inked|inks|cuts|cut|clinched|clinches|sealed|seals|"
                      # ("The regulator's action follows a complaint by X": the possessive is another noun's)
                      r"follows|stems|comes|came|marks)\b",
                      re.I)
# "the judge for the Chittenden Superior Court", "the city council in Portland": the place or
# institution named after the preposition is the one acting.
INSTITUTION_OF = re.compile(
    r"\b(?:judge|judges|justice|justices|panel|bench|magistrate|council|city council|county council|"
    r"lawmakers|legislators|officials|authorities|government|mayor|supervisors|commissioners|"
    r"prosecutors|regulators?|detectives|investigators|inspectors|agents|officers|journalists|reporters|staff|employees|"
    # ("a special investigation team of the Telangana police")
    r"(?:[a-z][\w-]*\s+){0,2}?(?:team|squad|task\s+force))"
    r"(?:\s+and\s+(?:other\s+)?(?:journalists|reporters|staff|employees|editors|photographers))?"
    # ("journalists and staff of the Salvadoran news site El Faro": a description of the body before its name)
    r"\s+(?:of|for|at|in|on|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:news\s+site|website|outlet|newspaper|"
    r"paper|magazine|broadcaster|company|firm|organi[sz]ation)\s+)?$",
    re.I)
# Kinds that act when they modify an event noun ("the ICO fine", "an ACLU lawsuit"); other kinds
# are what the event is about ("the Clearview fine", "a Facebook class action").
COUNTERPARTY_KINDS = frozenset({"regulator", "government", "court", "advocacy", "person", "police"})
ACTOR_MODIFIER_KINDS = frozenset({"regulator", "court", "government", "police", "advocacy", "person"})
CASE_NAME = re.compile(r"\bv(?:s)?\.?\s+$")
_SETTLED_SUIT = re.compile(r"\b(?:settle[sd]?|settling|settlement\s+of|resolve[sd]?|resolving|end(?:s|ed|ing)?|"
                          r"dismiss(?:es|ed|ing)?|drop(?:s|ped|ping)?)\b(?:\s+[\w$£€.,-]+){0,5}\s*$", re.I)
# the gap before a list item named after what it is (", the parents' federation ", " and the teachers'
# union ", " together with consumer rights institute ")
_DESCRIBED_ITEM = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+(?:the\s+)?|the\s+)|\s+(?:and|or)\s+(?:the\s+)?|"
                             r",?\s+(?P<with>together\s+with|along\s+with|as\s+well\s+as)\s+(?:the\s+)?)(?:[a-z][\w'\u2019-]*\s+){0,2}"
                             r"(?P<head>[a-z]+)\s+")
# where (or when) a list item is, between it and the conjunction ("the Hellenic Data Protection Authority in
# Greece and France's CNIL", "FCPE of the Alpes-Maritimes and the teachers' union CGT")
_ITEM_PLACE = re.compile(r"\s+(?:in|of|from)\s+(?:the\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                         r"[A-ZÀ-Þ][\w'\u2019-]*(?:\s+[A-ZÀ-Þ][\w'\u2019-]*){0,3}"
                         r"(?=\s*,|\s+(?:and|or|as\s+well\s+as|together\s+with|along\s+with)\s)|"
                         # ("The Associated Press in July and Axel Springer"; not "sued GM in August, and the FTC banned")
                         r"[A-Z][a-z]+(?=\s+(?:and|or)\s))")
# An auxiliary or past tense inside a gap shows a new clause ("found that officers had used X").
_CLAUSE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|would|could|will|did|does)\b")
# "found that officers had used ...": the clause has its own (unnamed) subject.
_OWN_SUBJECT = re.compile(r"\b(?:that|which|who|where|how|whether|why)\s+(?:the\s+|its\s+|some\s+)?(?:[a-z][\w-]*\s+){1,2}"
                          r"(?:had|has|have|was|were|is|are|would|could|will|did)\b|"
                          r"\b(?!(?:of|both|all|some|many|each|most|none)\b)[a-z]+\s+(?:who|which)\s+"
                          r"(?:are|were|is|was|have|had|has)\b|"
                          # "people who installed extensions that quietly scraped": a common noun's own clause
                          r"\b(?:people|[a-z]+s)\s+(?:who|that)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|"
                          # "its finding that officers used Clearview": a plural noun acting in the past tense
                          r"\bthat\s+(?:the\s+|its\s+|their\s+|some\s+|many\s+)?(?!(?:it|is|was|has|this|its)\b)"
                          r"[a-z][\w-]*s\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
# a that-clause whose subject is a common noun ("that officers used", "that the employees had shared")
# "ruled that provisions allowing police in Hesse to", "struck down the powers that police in Hesse used"
_POWERS_GRANTED = re.compile(
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:provisions?|laws?|rules?|powers?|"
    r"legislation|regulations?|statutes?)\s+(?:(?:that|which)\s+(?:allow|allows|allowed|permit|permits|permitted|gave|give|"
    r"gives|grant|grants|granted)\b|allowing|permitting|giving|granting|(?=(?:that|which)\s+(?:the\s+)?police\s+(?:in|of)\s+"
    r"[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?\s+(?:had\s+|have\s+)?(?:used|uses|use|had|has|relied)\b))"
    r"\s*(?:(?:that|which)\s+)?(?:the\s+)?(?:police\s+(?:forces\s+)?(?:in|of)\s+(?:the\s+states?\s+of\s+)?)?")
# ("ruled that police in the states of Hesse and Hamburg had been given unconstitutionally broad powers")
_POLICE_GIVEN_POWERS = re.compile(
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+(?:that\s+)?(?:the\s+)?police\s+(?:forces\s+)?(?:in|of)\s+(?:the\s+states?\s+of\s+)?"
    r"(?=[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:given|granted)\b)")
_UNNAMED_CLAUSE_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:the\s+|its\s+|their\s+|some\s+|many\s+)?"
                                     r"(?!(?:it|is|was|has|this|its|police)\b)[a-z][\w-]*s\s+(?:[a-z]+ly\s+)?"
                                     r"(?:had\s+|have\s+)?[a-z]+ed\b")
# a participle's agent after it ("blocked at the end of March by the Garante")
_BY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,6}?by\s", re.I)
# nothing but an adverb before a sentence-opening participle ("Sued by the ACLU in 2020, ...")
_FRONTED = re.compile(r"\s*(?:[A-Z][a-z]+ly\s+)?")
# an auxiliary that a parenthesis separates from its participle ("was, in a judgment on Tuesday, declared")
_INTERRUPTED_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)(?:\s+(?:on|in|last|this|earlier)\s+\w+)?\s*,[^,;]{1,200},"
                                  r"\s*(?:[a-z]+ly\s+)?$", re.I)
# "X, blocked by", "Replika, the companion chatbot app investigated by": a participle describing the party
_REDUCED_RELATIVE_GAP = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:app|company|firm|startup|start-up|"
                                   r"platform|chatbot|service|maker|developer|retailer|chain|group|operator|tool|"
                                   r"system|software|broker|provider)\s+)?(?:[a-z]+ly\s+)?")
# "Unlike X, ...", "Apart from X, ...": a party set apart from the clause
_CONTRAST_BEFORE = re.compile(r"(?:^|[,;]\s*)(?:Unlike|Besides|Apart\s+from|Except\s+for|Like)\s+(?:the\s+)?$", re.I)
# (or a participle right after it: "a law requiring ByteDance to sell the app")
_DOCUMENT_THAT = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:law|laws|ordinance|statute|bill|rule|rules|"
                            r"regulation|policy|measure|provision|act)\s+(?:(?:that|which)\s+(?:(?:also|now|still)\s+)?)?\Z",
                            re.I)
_ENACTED_BEFORE = re.compile(r"\b(?:voted|votes|passed|passes|adopted|adopts|approved|approves|signed|signs|enacted|"
                             r"enacts|introduced|backed|unveiled)\s+(?:\S+\s+){0,2}?(?:for\s+|on\s+)?\Z", re.I)
_OWN_VERB_AFTER = re.compile(r"\s+(?!(?:is|was|has|had|does|also|said|says)\b)[a-z]{3,}(?:es|s|ed)\b")
_VERB_BEFORE_OBJECT = re.compile(r"\b(?!(?:was|were|has|had|is|are|and|the)\b)[a-z]{3,}(?:ed|s)\s+(?:the\s+)?\Z")
_BARE_PRONOUN_SUBJECT = re.compile(r"\b(?:they|he|she|we|you|I)\s+(?:(?:had|have|has|also|then|later|still|"
                                   r"reportedly|allegedly)\s+)?\Z")
_OBJECT_IN_TRIGGER = re.compile(r"\S+\s+(?:a|an|the|its|their|his|her)\s", re.I)
# "after investigating", "while using": an -ing clause that shares the sentence's subject
_ADVERBIAL_BEFORE = re.compile(r"\b(?:after|before|while|since|without)\s+$", re.I)
_SENTENCE_SUBJECT_SLOT = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?:the\s+)?", re.I)
# ", which Britain's": a relative clause whose subject follows its pronoun (the pronoun is the object)
# ("NSO Group, which Meta's messaging service WhatsApp has been suing since 2019": an owner's description first)
# ("a program that groups such as the EFF had long criticized": the relative clause of an apposition, its subject
# a plural the names stand for)
_OBJECT_RELATIVE = re.compile(r"(?:,\s*|(?<=[a-z])\s+(?=(?:a|an|the)\s))"
                              r"(?P<apposition>(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?=that\b))?"
                              r"(?:which|whom|that|whose\s+(?:[\w-]+\s+){1,4}?)\s*(?:[a-z]+\s+(?:such\s+as|including)\s+)?(?:the\s+)?"
                              r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,3})?\Z")
# a list item named after its country ("X, the Italian Hermes Center and ..."): no apposition, the list goes on
_NATIONAL_ITEM = re.compile(r"\s*,\s*(?P<conj>(?:and|or)\s+)?the\s+(?P<demonym>[A-Z][a-z]+)\s+")
# ", and Greece's": the next item of a list, described by its owner or country
_POSSESSIVE_ITEM = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
                              r"['\u2019]s\s+")
_COORDINATED_PASSIVE = re.compile(r"(?:\b(?:is|are|was|were|been|being)\s+(?:also\s+)?[a-z]+ed\b(?:[^.;:]|\.(?=\d))*|"
                                  # ("The fine, imposed by the CNIL on X in 2024 and since appealed by the company")
                                  r",\s+[a-z]+ed\s+by\b[^.;:,]*)\band\s+(?:also\s+|then\s+|since\s+|later\s+)?$")
SUPPLIER = re.compile(r"\b(?:(?:supplied|provided|made|developed|sold|built|operated|run)\s+by|(?:software|technology|system|systems|"
                       r"cameras|equipment|tools?|services?|products?|platform)\s+from)\s+(?:\S+\s+){0,3}$")
_DOCUMENT_AFTER = re.compile(r"['\u2019]s?\s+(?:own\s+)?(?:terms|policy|policies|rules|guidelines|terms of service|"
                             r"law|laws|contract|agreement|code)\b")
BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "examined services run by OpenAI, Google and Naver": products looked into are their makers'
_PRODUCTS_RUN_BY = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:services|apps|products|systems|platforms|chatbots|tools|"
                              r"models)\s+(?:run|made|operated|offered|developed|built|provided)\s+by\s+(?:the\s+)?", re.I)
# "raided a warehouse in Nairobi used by", "searched the offices of": premises that are a party's
_PREMISES_OF = re.compile(r"\s+(?:a|an|the|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?(?:warehouse|warehouses|office|offices|premises|"
                          r"headquarters|facility|facilities|site|sites|building|buildings|store|stores|shop|shops|plant|"
                          r"centre|center|centres|centers)\s+(?:in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?"
                          r"(?:(?:used|owned|run|operated|leased|rented)\s+by|of)\s+(?:the\s+)?", re.I)
# "a school board in the northern municipality of": an unnamed public body of the place named next
_LOCAL_BODY_OF = re.compile(r"\s+(?:\d[\d,.]*\s+(?:[a-z]+\s+)?)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:board|school|council|"
                            r"department|office|hospital|agency|district|authority|committee)\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?:(?:municipality|city|town|county|region|borough|village)\s+of\s+)?")
# a decision verb right before a measure noun ("upheld the €5 million fine", "quashed the ban")
_RULED_MEASURE = re.compile(r"\b(?:uph[eo]ld\w*|affirm\w*|overturn\w*|quash\w*|annul\w*|set\s+aside|struck\s+down|"
                            r"strikes\s+down|revers\w*|revok\w*|(?:refused|refuses|declined)\s+to\s+(?:suspend|lift|halt|"
                            r"block|stay))\s+(?:the|a|an|its|their|this|that)\s+"
                            r"(?:[\w$\u00a3\u20ac.,'\u2019-]+\s+){0,4}$", re.I)
# "citing complaints", "after receiving complaints": whoever cites or receives them did not complain
_CITING = re.compile(r"\b(?:citing|cited|after\s+receiving|having\s+received|received|receiving)\s+"
                     r"(?:(?:several|numerous|many|multiple|the|a|an|\d+|dozens\s+of|hundreds\s+of)\s+)?"
                     r"(?:(?:formal|new|legal|fresh|further)\s+)?\Z", re.I)
# "The RCMP broke Canada's privacy law ..., the commissioner said in a report": the breach a finding states
_ALLEGING = re.compile(r"\b(?:alleg\w*|accus\w*|claims?|claimed|claiming|charges?|charged|complain\w*|suspicions?|"
                       r"suspected|sued|suing|lawsuit|suit)\b", re.I)
_BREACH_BEFORE = re.compile(r"\b(?:broke|broken|breached|violated|contravened|infringed|flouted|unlawful(?:ly)?|"
                            r"illegal(?:ly)?|in\s+breach|without\s+(?:\w+\s+)?(?:consent|permission|authori[sz]ation))\b", re.I)
# "X, a Chaos Computer Club activist who complained": an apposition describing a person, its relative clause
_ROLE_WHO_DID = re.compile(r"(?:a|an|the)\s+[^,;]{0,80}?\b(?P<role>[a-z]+)\s+who\s+(?:had\s+|has\s+|have\s+|later\s+|also\s+)?\Z")
_BACKED_BY = re.compile(r"\b(?:backed|supported|funded|bankrolled|financed|endorsed|championed)\s+by\s+(?:the\s+)?\Z", re.I)
# "Its director, Silkie Carlo, ...", "The group's chief executive, X, ...": an organisation's officer in apposition
_ROLE_OF_ORG = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,2}(?:director|chief|head|spokes\w+|founder|president|"
                          r"chair\w*|executive|leader|lawyer|counsel|officer|manager|secretary|minister|ceo|boss)\s*,",
                          re.I)
# "its YouTube video service", "its subsidiary Venntel": after "its", the party it owns
_OWNED_NEXT = re.compile(r"\s+(?:(?:[a-z][\w-]*\s+|(?-i:[A-Z])[a-z]+(?:an|ish|ese|ch)\s+){0,3}?(?:subsidiary|unit|affiliate|division|parent|company|arm|lab|"
                         r"service|app|platform|data broker|member|member group|chapter|branch|partner|developer|operator|maker|owner)\s+)?")
# ... up to the name after it, read in full ("its Italian member Altroconsumo", "its parent company, SCL")
_OWNED_BEFORE_NAME = re.compile(_OWNED_NEXT.pattern + r"(?:,\s*)?")
# "X and its parent company Y", "X, along with its subsidiary Y": a list going on past the owner's "its"
_AND_ITS_OWNED = re.compile(r"\s*,?\s+(?:and|along\s+with|together\s+with)\s+(?:its|their)" + _OWNED_NEXT.pattern + r",?\s*")
_REPORTER_SAID = re.compile(r"\s+(?:said|says|announced|announces)\b")
_LED_BY_AFTER = re.compile(r"\s*,\s*[^.;]{0,80}?\b(?:led|brought|filed|spearheaded|headed)\s+by\s+(?:the\s+)?")
_ACCUSES_BETWEEN = re.compile(r"\s+(?:also\s+)?(?:accuses|accused|alleges\s+that|alleged\s+that|claims\s+that|"
                             r"argues\s+that|argued\s+that|says|said)\s+(?:that\s+)?(?:the\s+)?")
_SUIT_NAMES = re.compile(r"(?:\s*,\s*[^,.;]{0,80},)?\s+(?:also\s+)?(?:names|named|targets|targeted)\s+"
                         r"(?:as\s+defendants?\s+)?(?:the\s+)?")
_CASE_AFTER_COURT = re.compile(r"\s+(?:case|lawsuit|suit|claim|action|proceedings)\b")
_CASE_BROUGHT_BY_NAME = re.compile(r"\s+(?:case|lawsuit|suit|claim|action|proceedings)\s+(?:in\s+which|brought\s+by|filed\s+by|"
                                   r"launched\s+by|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# verbs of defiance: the measure bound their subject, when the subject is the clause's own
_DEFIED = re.compile(r"\b(?:ignor|defi|defy|flout|disregard|comply)\w*", re.I)
# "... to ensure that any such data is deleted by the company": the agent of another participle, far from the trigger
# (not the measure's own relative clause: "a ban ... that was imposed by Norway's data protection authority")
_OTHER_PARTICIPLE_BY = re.compile(r"\S[^.;]{30,}\s(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                                  r"(?!(?:imposed|issued|levied|handed|ordered|made|announced|adopted|brought|filed|sent|"
                                  r"launched|lodged|opened|granted|signed|approved)\b)[a-z]+(?:ed|en)\s+by\s+"
                                  r"(?:the\s+)?(?:[\w-]+\s+){0,3}\Z")
# "ruled, in cases brought by the ADCU and Worker Info Exchange, that Uber and Ola ...": a ruling's aside naming
# who brought the case, before the clause saying whom it binds
_CASE_ASIDE = (r"\s*,?\s*in\s+(?:a|an|the|two|three|several|separate|its|their)?\s*(?:[\w-]+\s+){0,2}?(?:cases?|lawsuits?|"
               r"suits?|proceedings|challenges?|actions?|complaints?|claims?)\s+(?:brought|filed|lodged|launched)\s+by\s+")
_IN_CASE_ASIDE = re.compile(_CASE_ASIDE + r"(?:the\s+)?[^,;]{0,80}")
_CASE_ASIDE_THEN_THAT = re.compile(_CASE_ASIDE + r"[^,;]{1,80}?,?\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?")
_RULED_IN_CASE = re.compile(r"\b(?:ruled|held|found|decided|concluded)\s*,?\s*in\s+(?:[\w-]+\s+){0,3}\Z")
# "ruled that an earlier version of Deliveroo's ranking system ...": a part of what a party owns
_PART_OF_OWNED = re.compile(r"\s*(?:(?:on|last|this|earlier|in)\s+(?:\w+\s+){1,2})?that\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:version|versions|part|parts|use|form|element|elements|feature|features)\s+of\s+")
# "barred them from its stores": people barred from a place, whose owner is named
_PEOPLE_FROM = re.compile(r"\s+(?:them|him|her|you|us|everyone|anyone|people|customers|shoppers|users|residents|visitors|"
                          r"fans|spectators|passengers)\s+from\s+(?:the\s+)?")
# "stressed that police must ...": a that-clause with a subject and a verb of its own
_THAT_CLAUSE_OPENS = re.compile(r"\bthat\s+(?=(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:must|should|had|has|have|would|will|could|"
                                r"can|were|was|are|is|did|needs?|needed)\b)")
# "suspending a new privacy policy the company introduced": a thing a party runs, before the party
_OWNED_THING_OBJECT = re.compile(r"\s+(?:with\s+immediate\s+effect\s+|immediately\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
                                 r"(?:policy|policies|practice|service|system|feature|programme|program|scheme|tool|"
                                 r"processing|operations?|activities)\s+(?:that\s+|which\s+)?(?:the\s+)?")
# "Several government bodies had blocked the chatbot ..., including the ministry of X and Y": an unnamed plural subject
_UNNAMED_PLURAL_SUBJECT = re.compile(r"\s*(?:Several|Many|Some|Other|Numerous|Multiple|A\s+number\s+of|At\s+least\s+\w+|"
                                     r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens\s+of)\s+(?:[a-z][\w-]*\s+){0,3}?"
                                     r"(?:bodies|agencies|ministries|departments|authorities|regulators|companies|firms|cities|"
                                     r"states|countries|governments|councils|universities|schools|banks|retailers|groups|"
                                     r"organisations|organizations|platforms|police\s+forces|forces|districts)\b")
# "the biometric data of more than 2,000 employees": the people whose data it is
_DATA_OF = re.compile(r"\b(?:data|images?|photos?|photographs?|faces?|fingerprints?|information|records|details)\s+of\s+"
                      r"(?:the\s+)?(?:more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+|up\s+to\s+)?\Z", re.I)
# "has simply ignored European data protection decisions", "ignoring years of European rulings"
_DEFIED_PLURAL = re.compile(r"\b(?:ignor|defie|defy|flout|disregard)\w*\s+(?:years\s+of\s+|all\s+|many\s+|several\s+)?"
                            r"(?:[\w-]+\s+){0,3}\Z", re.I)
# "Critics, including X, have argued that (the) Y ...": what lies between the critics and the party their claim is about
_CRITICS_SAY = re.compile(r"[^.;:()]{0,80}?\s+(?:have\s+|has\s+|had\s+)?(?:long\s+)?(?:argued|argue|argues|say|said|says|"
                          r"warned|warn|warns|contend|contends|contended|claim|claims|claimed)\s+(?:that\s+)?(?:the\s+)?")
# "a contractor, Remprex": a firm hired to do the work
_HIRED_NOUNS = frozenset({"contractor", "vendor", "supplier"})
# ", which in May 2019 became the first major American city to": the relative clause's party was the first to act
_WHICH_BECAME_FIRST_TO = re.compile(r",\s+which\s+(?:[^,;.]{0,40}?\s+)?(?:became|becomes|has\s+become|was|is)\s+the\s+"
                                    r"first\s+(?:[\w-]+\s+){0,6}?to\s+\Z", re.I)
# the rest of a list after its first named item, past items no party stands for ("..., the defence ministry and X")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[^.;,]{1,40}?)*?(?:\s*,)?\s+and\s+(?:[\w-]+\s+){0,2}?|\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?")
# "..., including the Ministry of Trade": a list after a verb's object that names an unnamed subject's members
_INCLUDING_AFTER = re.compile(r"[^.;]{0,120}?,\s*(?:including|among\s+them|such\s+as)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?")
# "which his office described as the largest settlement": a noun that characterises, not a new act
_CHARACTERISED_AS = re.compile(r"\b(?:described|describes|called|calls|hailed|hails|billed|touted|characteri[sz]ed)\b"
                               r"[^.;]{0,60}?\bas\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}\Z")
# "a ruling by X, which found in a case involving Y that Meta ...": the court's finding after its ruling noun
_WHICH_FOUND_THAT = re.compile(r",\s*which\s+(?:had\s+)?(?:found|ruled|held|concluded|decided|determined)\b[^.;]{0,80}?"
                               r"\bthat\s+(?:the\s+)?")
# "Tools for Humanity, the company behind the project co-founded by ..., accused": a describing apposition
_DESCRIBING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|startup|start-up|maker|"
                                    r"developer|organisation|organization|project|operator|provider)\s+(?:behind|that|which|"
                                    r"founded|co-founded|owned|backed|run|led|based)\b[^,;]{0,100},")
# "used WhatsApp's servers": a platform's infrastructure, not a product bought
_SERVERS_OF = re.compile(r"\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['\u2019]s\s+(?:own\s+)?(?:servers?|infrastructure|networks?|"
                         r"computers?|systems?\s+to)\b")
# "In a parallel decision, ...": a decision noun in a phrase that opens the sentence
_FRONTED_DECISION = re.compile(r"\s*(?:In|Under|With|Through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}")
# "The case against X was brought by (a coalition of groups including) Y": the case's bringer, after its defendant
# (also in a reduced relative: "a case against White Castle, brought by a manager, Latrina Cothron")
_BROUGHT_BY_AFTER = re.compile(r"(?:\s+(?:was|were|has\s+been|had\s+been|is\s+being)|\s*,)?\s+(?:\w+ly\s+)?(?:brought|filed|"
                               r"lodged|launched)\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?by\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){1,6}?"
                               r"(?:including|among\s+them|such\s+as|led\s+by)\s+(?:the\s+)?|(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                               r"[a-z][\w-]*,\s+)?(?:[a-z][\w-]*\s+){0,3}?")
# "in Washington state" between a body and the relative clause that describes it
_WHERE_BEFORE_RELATIVE = re.compile(r"^\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)?(?:\s+(?:state|county|province))?"
                                    r"(?=\s*,\s*(?:which|who|that)\b)")
# "banned from Meta's services": the platform a party is shut out of (not "from using X": what it may not use)
_BANNED_FROM_PLATFORM = re.compile(r"\s+(?:(?:permanently|indefinitely|temporarily|also)\s+)?from\s+(?:the\s+)?")
# "a fine imposed on Google by the CNIL": the maker of a measure, after whom it binds
# ("a ban on behavioural advertising on Facebook and Instagram that was imposed by X": after what it bans)
_IMPOSED_BY = re.compile(r"\s*,?\s*(?:[^.;]{0,80}?\s(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                         # (not "a fine imposed on Grindr has been upheld by the board": the agent of another verb)
                         r"(?:imposed|levied|issued|handed\s+down|made|ordered)\s+"
                         r"(?:(?!(?:has|have|had|was|were|is|are|been)\b)[^\s.;]+\s+){0,7}?by\s+(?:the\s+)?", re.I)
# "fined 500 million euros and": an amount, then "and" before a second party with its own amount
_AMOUNT_AND_NAME = re.compile(r"\s+(?:(?:a|an)\s+)?(?:[A-Z]{1,2}[$\u00a3\u20ac]|[$\u00a3\u20ac])?\s?[\d.,]+\s*(?:million|billion|bn|m)?\s*"
                              r"(?:euros?|dollars?|pounds?|crowns?|kronor|won|yen|rupees?)?\s+and\s+(?:the\s+)?")
# "... an $80 million penalty and Sprint, which it has since acquired, with $12 million": the amount of a party
# whose verb is left out
_MONEY = r"(?:[A-Z]{0,2}[$\u00a3\u20ac\u00a5\u20b9]\s?[\d.,]+(?:\s*(?:million|billion|bn|m|crore))?|[\d.,]+\s*(?:million|billion)?\s*" \
         r"(?:euros?|dollars?|pounds?|kronor|won|yen|rupees?|reais|rand))"
_GAPPED_BEFORE = re.compile(rf"{_MONEY}(?:\s+(?:penalty|fine|settlement))?\s*,?\s+(?:and|while)\s+(?:the\s+)?\Z", re.I)
# ("fined Instagram 405 million euros in September over its handling of children's data and WhatsApp 225 million
# euros": the first party's amount, then when and why, before the second party and its own amount)
_GAPPED_AFTER_ADJUNCTS = re.compile(rf"{_MONEY}\s+(?:in|on|over|for|last|this|earlier)\s[^,;:.]{{0,80}}?\s+and\s+(?:the\s+)?\Z",
                                    re.I)
_GAPPED_AMOUNT = re.compile(rf"(?:\s*,\s+(?:which|who)\s[^,;]{{1,80}},)?\s+(?:with\s+)?(?:(?:a|an)\s+)?(?:nearly|about|almost|"
                            rf"around|roughly|some|more\s+than|over|just\s+over|just\s+under)?\s*{_MONEY}", re.I)
# "an investigation (that) the OAIC opened": a relative clause without its pronoun after an event noun
_CONTACT_RELATIVE = re.compile(r"\s+(?:(?:process|proceedings|procedure)\s+)?(?:that\s+)?(?:the\s+)?")
_DID_IT_AFTER = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:opened|launched|began|begun|started|conducted|carried\s+out|"
                           r"imposed|issued|filed|brought|sent|lodged|levied|handed\s+down|announced|served|approved|passed|adopted|enacted)\b(?!\s+(?:on|to|against|by)\b)")
# "ordered 12 councils to stop": a count of things the verb acts on, not an amount ("fined 500 euros")
_COUNTED_OBJECT = re.compile(r"\s+\d[\d,]*\s+(?:[a-z-]+\s+)?(?!(?:euros|pounds|dollars|crowns|kronor|won|yen|rupees|reais|"
                             r"francs|rand|shillings|naira|pesos)\b)[a-z]+s\s+(?:to|from)\b")
# a parenthesis ("($300,000)"), set aside where its commas would end a clause
_PARENTHESES = re.compile(r"\([^()]*\)")
# "in its long-running dispute with X": the other side of a case
_DISPUTE_WITH = re.compile(r"\s+(?:in|over)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:dispute|fight|battle|case|row|clash|"
                           r"feud|standoff|stand-off)\s+with\s+(?:the\s+)?", re.I)
# "Following a two-year investigation, the CNIL fined X", "In a decision announced after an investigation that ..."
_FRONTED_INQUIRY = re.compile(r"\s*(?:(?:In|After|Following|Amid)\s+[^,;.]{0,60}?\s)?(?:[Aa]fter|[Ff]ollowing)?\s*"
                              r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}")
# a relative clause without commas right after the sentence's first party ("A Texas man who says ...") and the
# auxiliary that starts the main verb after it ("... is suing")
_OPENING_WHO = re.compile(r"\s+who\s+")
_FINITE_AFTER_RELATIVE = re.compile(r"\s(?:is|are|was|were|has|have|had)\s+(?:now\s+|also\s+)?\S*\Z")
# the main clause's verb of a measure, before its object
_MAIN_VERB_OBJECT = re.compile(r"\s+(?:has\s+|had\s+)?(?:fined|ordered|banned|reprimanded|sanctioned|penalised|penalized|"
                               r"censured|sued|charged)\s+(?:the\s+)?")
# "The complaints, lodged on Thursday together with X and Y"
_LODGED_TOGETHER = re.compile(r"\s*,?\s*(?:which\s+were\s+|which\s+was\s+)?(?:lodged|filed|brought|submitted)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:together|jointly)\s+with\s+(?:the\s+)?", re.I)
# "Equipment made by Hikvision and Dahua was banned": a sentence that opens on the products of its parties
_MADE_BY_SUBJECT = re.compile(r"\W*(?:(?:The|All|Any|New)\s+)?(?:[\w-]+\s+){0,3}?(?:equipment|cameras?|products?|devices?|"
                              r"systems?|software|technology|drones?|chips?|apps?|gear|components?)\s+(?:made|sold|"
                              r"produced|supplied|manufactured|built|developed|marketed)\s+by\s+(?:the\s+)?", re.I)
# "... found that", "... ruled on Tuesday that the": between a finder and the subject of what it found
_FINDING_THAT = re.compile(r"['\u2019]?s?\s+(?:[\w-]+\s+){0,3}?(?:found|finds|ruled|rules|concluded|concludes|determined|"
                           r"decided|held|said|says)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?that\s+(?:the\s+)?")
# a reporting clause ("X broke the law, the regulator said, fining ...") and a participle after a comma
_REPORTING_VERB = re.compile(r"\b(?:said|says|found|finds|determined|announced|concluded|ruled|decided)\b", re.I)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:(?:effectively|in\s+effect|thereby|also|temporarily|now)\s+)?\Z", re.I)
# a ruling "dealing a blow to" a party goes against it
_BLOW_TO = re.compile(r",\s+(?:dealing|handing|delivering|inflicting)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:blow|defeat|setback|loss)"
                      r"\s+(?:on\s+|to\s+)", re.I)
# a comparison set off by commas ("the second city, after San Francisco, to ban"): no clause of its own
_ASIDE = re.compile(r",\s+(?:after|like|unlike|following|behind|alongside|along\s+with|besides)\s+(?:the\s+)?"
                    r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4},(?!\s*(?:which|who|that)\b)", re.I)
# "sent a letter to" before a demand (a bare "wrote to" is a trigger of its own)
_LETTER_TO = re.compile(r"\b(?:sent|sends|has\s+sent|had\s+sent|issued|fired\s+off|delivered)\s+(?:a|an)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:letter|notice|message)s?\s+to\s+(?:the\s+)?", re.I)
# ", sending the startup a cease-and-desist letter": a light verb's participle after a comma, before the event noun
_SENDING_CLAUSE = re.compile(r",\s+(?:also\s+)?(?:sending|issuing|serving|handing|slapping|lodging|filing|concluding|"
                             r"completing|closing|ending|wrapping\s+up|launching|opening)\s+"
                             r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:(?:a|an|the)\s+)?\Z")
_SUPPORTED_BY = re.compile(r"\s*(?:Supported|Backed|Funded|Represented|Helped|Assisted|Joined|Aided)\s+by\b")
# "Brought by X and Y, the challenge argues ...": the participle names who acts.
PARTICIPLE_INTRO = re.compile(r"^\s*(?:Brought|Filed|Launched|Lodged|Led|Backed|Submitted)\s+by\b", re.I)
# "using systems from FaceFirst and later DeepCam": the next item, in time (a clause when a verb follows it)
_LATER_ITEM = re.compile(r"\s*,?\s*(?:and|or)\s+(?:later|then|subsequently)\s+(?:the\s+)?", re.I)
# "and later on X", "and then with Y": a list that repeats its preposition
_REPEATED_PREPOSITION = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:later|then|also|subsequently|finally|now)\s+"
                                   r"(?:on|with|from|to|against|by)\s+(?:the\s+)?$", re.I)
# "whose system was developed with the Israeli company AnyVision": the words between the participle and the supplier
_SUPPLIER_AFTER = re.compile(r"\s+(?:by|with|together\s+with|in\s+partnership\s+with)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:(?-i:[A-Z])[a-z]+\s+|[a-z][\w-]*\s+){0,3}?", re.I)
# ", in a lawsuit brought by public defenders": a case the main clause is told in, by makers named by what they are
_IN_A_CASE = re.compile(r",\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BY_UNNAMED = re.compile(r"\s+(?:brought|filed|lodged|launched)\s+by\s+(?!(?:the\s+)?(?-i:[A-Z]))(?:[a-z][\w-]*\s+){0,4}?"
                         r"[a-z][\w-]*s\b(?!['\u2019])", re.I)
# "Those designated (by the Treasury) include ...": the subject a sanctions list names, and its verb
_THOSE_BEFORE = re.compile(r"\b(?:those|entities|individuals|people|persons|companies|firms)\s+$", re.I)
_DESIGNATED_ARE = re.compile(r"(?:\s+(?:by|on|in|last|this|under)\s+[^.;]{1,80}?)?\s+(?P<verb>include|included|includes|are|were)\s+")
# what opens a clause of its own between items of that list, and ", as well as" that takes the list up again
_RELATIVE_OR_CLAUSE = re.compile(r"\b(?:which|who|whose|said|says|while|but)\b|;")
_LIST_RESUMES = re.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# "sanctions on Tal Dilian, the founder of Intellexa, and on his associate Sara Hamou": a list item past the
# apposition that describes the one before it (a relative clause in it may tell an event of its own)
_APPOSED_ITEM = re.compile(r"\s*,\s+(?:(?:a|an|the)\s+(?![^,;()]*\b(?:which|whom|that|whose)\b)(?P<apposition>[^,;()\d]{1,100}?)|"
                           # (", who was wrongly flagged by the cameras last year, and ...": a person's relative clause)
                           r"(?P<who>who\s+[^,;()]{1,100}?)),\s*"
                           r"(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+(?:(?:on|against)\s+)?"
                           r"(?:(?:the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?|"
                           # ("..., and several entities including Intellexa and Cytrox": items of a counted plural)
                           r"(?P<counted>(?:several|two|three|four|five|six|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+s,?\s+"
                           r"(?:including|such\s+as|among\s+them)\s+)|"
                           # ("..., and Big Brother Watch director Silkie Carlo": a person named with her employer)
                           r"(?P<employer>(?:[A-Z][\w'\u2019-]*\s+){1,4}(?-i:[a-z]+)\s+))?")
# "sanctions on Intellexa and on its associate Sara Hamou", "as well as against the developer X": the
# preposition again, perhaps before a description of the next item
_PREPOSITION_AGAIN = re.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:on|against)\s+"
                                r"(?:(?:the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?)?", re.I)
# "ordered OpenAI to stop processing data and opened an investigation": a past tense after "and" is
# not part of the infinitive ("to stop ... and open"), so it shares the sentence's subject
# ("ordered DeepSeek to block its chatbot, and had opened an investigation": with its auxiliary too)
_PAST_AFTER_AND = re.compile(r"\band\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?[a-z]+ed(?:\s+\S+){0,3}$")
# Kinds that may share a list after an amount ("fined Google X won and Meta Y won").
_ALIKE = {"company": {"company", "platform"}, "platform": {"company", "platform"}}
# "Texas sued in February 2022, claiming ...": a date after the verb reads as an active, intransitive use
_DATED_INTRANSITIVE = re.compile(r"\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|"
                                 r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
                                 r"Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b")
# A court's verb whose object is another party's decision ("put on hold a five-year ban").
_RULED_ON = re.compile(r"\b(?:put\s+on\s+hold|suspend(?:ed|s)?|stay(?:ed|s)?|lift(?:ed|s)?|overturn(?:ed|s)?|"
                       r"quash(?:ed|es)?|struck\s+down|strikes\s+down|set\s+aside|sets\s+aside|upholds?|upheld|"
                       r"annul(?:led|s)?|revers(?:ed|es)?|reinstat(?:ed|es)?|confirm(?:ed|s)?|vacat(?:ed|es)|dissolv(?:ed|es))\s+"
                       r"(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
_JOINED_BY = re.compile(r",\s*(?:joined|accompanied)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
                        r",\s*(?:along|together)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_RELATIVE_DID = re.compile(r"\b(?P<pronoun>who|which)\s+(?:had\s+|has\s+|have\s+|later\s+|then\s+|also\s+)?"
                           r"[a-z]+\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a trigger inside a relative clause on the name before it, the clause's verb past ("..., the company that has
# amassed a database of photos scraped from")
_IN_RELATIVE = re.compile(r",\s*(?:(?:a|an|the)\s+[^,;()]{1,80}?\s+(?:which|who|that|whose)|which|who|whose)\s+"
                          r"(?P<clause>[^,;()]{0,150})\Z",
                          re.I)
# "Clearview AI, which ...", "Clearview AI, the New York company that ...": a relative clause on the name before it
_RELATIVE_ON = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,80}?\s+(?:which|who|that)|which|who)\s", re.I)
# ", a manager at a White Castle restaurant in Illinois" up to the relative pronoun: an apposition ending in a place
_APPOSITION_TO_RELATIVE = re.compile(r"\s*,\s*(?:a|an|the)\s+[^,;()]{1,100}")
# a relative pronoun right before the trigger (", who ordered", ", which has fined")
# (adverbials may stand between: ", which in a binding decision last month instructed", ", who in 2020 sued")
_WHO_DID = re.compile(r",\s*(?:who|which)\s+(?:(?:in|on|at)\s+(?:(?:a|an|its|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"[\w-]+\s+|(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+){0,2}"
                      r"(?:had\s+|has\s+|have\s+|later\s+|then\s+|also\s+)?$", re.I)
# Verbs whose subject is the one a decision named after them binds ("challenged an order issued by X").
_UNDERGOES = re.compile(r"\b(?:challeng\w*|appeal\w*|contest\w*|fight\w*|fought|fac(?:es|ed|ing|e)|receiv\w*|"
                        r"got|gets|ignor\w*|compl(?:y|ied|ies|ying)|reject\w*|respond\w*|obey\w*|defied|defies|"
                        r"breach\w*|violat\w*|disput\w*|won|lost|overturn\w*|quash\w*|uph[eo]ld\w*|allow\w*|dismiss\w*|"
                        r"(?:was|were|been|being)\s+(?:sent|served|handed|issued|given))\b", re.I)
_LISTED_AFTER = re.compile(r"\s*(?P<prep>against|into|on|of|from|with)\s+(?:[\w,-]+\s+){1,12}?[\w-]+s\s*(?:[\u2014\u2013:]|\s-)\s*",
                           re.I)
# "sued three scrapers - A, B and C": a verb's plural object that a list after a dash names
# ("asked four companies that sell monitoring software -- Gaggle, GoGuardian ...": a relative clause may come first)
# ("banned six named companies from its platforms: A, B ...": or where they are shut out of)
LISTED_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+s(?:\s+from\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
                            r"\s*(?:[\u2014\u2013:]|\s--?)\s*|"
                            r"\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?:that|which|who)\s+(?:[\w-]+\s+){1,6}?[\w-]+\s*(?:[\u2014\u2013:]|\s--?)\s*")
# between items of a list set apart by semicolons, past a relative clause on the item before
_SEMICOLON_ITEM = re.compile(r"(?:,\s+(?:which|who)\b[^;.]{0,80})?;\s+(?:and\s+)?(?:the\s+)?")
# "its platforms: A, B": an owner's plural thing right before a list that names a verb's objects
_OWNED_PLURAL_THEN_LIST = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s*(?:[\u2014\u2013:]|\s--?)\s*(?-i:[A-Z])")
_JUDGE_IN = re.compile(r"\b(?:judges?|justices?|panel|bench|magistrate)\b", re.I)
# (an apposition may come first: "Maria Lopez, a warehouse worker who says ..., sued")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:(?:a|an)\s+[^,;()]{1,60}?\s+)?(?:which|who|whose)\b[^,;]*,")
# "X sued, and on Monday the court ...": what follows ", and" begins a new clause, not an object.
_NEW_CLAUSE = re.compile(r"\s*,\s*(?:and|but|while|as)\b", re.I)
# "ruled that X ...", "ruled on Tuesday that X ...": the complement clause begins; a date may come first.
_LEADING_THAT = re.compile(r"^\s*(?:(?:on|last|this|earlier|in)\s+(?:\w+\s+){1,2})?that\s+", re.I)
INTRO_PHRASE = re.compile(r"^\s*(?:Under|As part of|Through|Via|By|With)\b[^,]{0,80}$")


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


def law_subject(text: str, start: int, trigger_text: str) -> bool:
    """Whether a verb at ``start`` has a law for its subject: "in violation of a state law that bars sharing such
    data", "a law requiring ByteDance to sell the app" (but not "The City Council voted for an ordinance that bars
    ...": the council bans; nor "the law barred ...", a subject of its own)."""
    document = _DOCUMENT_THAT.search(text, max(0, start - 80), start)
    if document is None or _ENACTED_BEFORE.search(text, max(0, document.start() - 40), document.start()):
        return False
    return bool(re.search(r"\b(?:that|which)\s+(?:\w+\s+)?\Z", document.group(0), re.I)) \
        or trigger_text.lower().split()[0].endswith("ing")


def _vendor_of_object_relative(sentence: str, trigger: Trigger, groups: list[Group]) -> Group | None:
    """The vendor of the product a use verb's relative clause is about: "the NEC software (that) it used"."""
    user = next((g for g in reversed(groups) if g.end <= trigger.start
                 and re.fullmatch(r"\s+(?:had\s+|has\s+|have\s+)?", sentence[g.end:trigger.start])), None)
    if user is None:
        return None
    return next((g for g in reversed(groups) if g.end <= user.start
                 and _PRODUCT_THEN_RELATIVE.fullmatch(sentence, g.end, user.start)), None)


def _restated_amounts(gap: str) -> str:
    """The gap without an amount restated between commas ("SEK 2.5 million, about €250,000, for")."""
    if "," not in gap or not any(ch.isdigit() for ch in gap):
        return gap  # (no amount to set aside: most gaps, looked at for every trigger)
    for amount in reversed(find_amounts(gap)):
        aside = _AMOUNT_ASIDE.fullmatch(gap, 0, amount.start)
        if aside is not None and re.match(r"\s*\)?\s*,", gap[amount.end:]):
            gap = gap[:aside.start("comma")] + gap[amount.end:].lstrip(" )").removeprefix(",")
    return gap


_AMOUNT_ASIDE = re.compile(r".*?\d.*?(?P<comma>,)\s*\(?(?:about|around|roughly|nearly|almost|some|or|approximately|"
                           r"equivalent\s+to|worth)?\s*", re.S)


def group_mentions(sentence: str, mentions: list[Match]) -> list[Group]:
    groups: list[Group] = []
    starts = {m.start: m for m in mentions}
    for m in mentions:
        owner = _OWNER_OF_NEXT.match(sentence, m.end)
        if owner is not None and owner.end() in starts and m.surface.lower() not in ("it", "its") \
                and starts[owner.end()].party.kind != "product":
            continue  # "Torstar's Toronto Star": the owner says whose the next party is; it does not act
            # (but "NSO Group's Pegasus spyware": the maker stands for its product)
        owner = _OWNER_OF_DESCRIBED.match(sentence, m.end) if m.party.kind in ("company", "platform") else None
        owned_next = starts.get(owner.end()) if owner is not None else None
        if owned_next is not None and ((owner.group("staff") and (owned_next.party.kind == "person"
                                                                  or owned_next.party.id == m.party.id))
                                       or (not owner.group("staff") and owned_next.party.id != m.party.id
                                           and owned_next.party.kind in ("company", "platform"))):
            continue  # "Twitter's former MoPub unit", "Clearview's chief executive Hoan Ton-That": the one it owns acts
        owned = next((st for st in starts if m.end < st <= m.end + 60 and _OWNED_BEFORE_NAME.fullmatch(sentence, m.end, st)),
                     None) if m.surface.lower() == "its" else None
        if owned is not None and re.search(r"\b(?:and|along\s+with|together\s+with)\s+$", sentence[:m.start]):
            continue  # "Google and its YouTube video service", "Gravy Analytics and its subsidiary Venntel": the list goes on
        staff = _ITS_STAFF_NEXT.match(sentence, m.end) if m.surface.lower() in ("its", "their") else None
        if staff is not None and staff.end() in starts and re.search(r"\band\s+$", sentence[:m.start]):
            continue  # "against The Tribune and its reporter Rachna Khaira": the list goes on with the person
        if re.search(r"\b(?:ex|non|anti|pro)-$", sentence[max(0, m.start - 5):m.start], re.I):
            continue  # "an ex-Uber driver": a modifier, not the party
        if _CONTRAST_BEFORE.search(sentence, max(0, m.start - 16), m.start) and re.match(r"\s*,", sentence[m.end:]) \
                and not re.match(r"\s*,\s*(?:which|who)\b", sentence[m.end:]):  # ("Unlike Google, which pays ...")
            continue  # "Unlike Anthropic, Google and OpenAI have signed ...": the one set apart does not act
        if re.search(r"\b[Aa]ccording\s+to\s+(?:the\s+)?\Z", sentence[max(0, m.start - 18):m.start]) \
                and re.match(r"\s*,(?!\s*(?:which|who)\b)", sentence[m.end:]):
            continue  # "According to Meta, the firms used fake personas": the source of the clause, no party in it
        if _APPOSITIVE_FOUNDER.search(sentence, max(0, m.start - 60), m.start):
            continue  # "noyb, the group founded by Max Schrems, and La Quadrature du Net": no party of the list
        if m.party.kind in ("government", "regulator", "police", "court") and _FORMER_BEFORE.search(
                sentence, max(0, m.start - 30), m.start):
            continue  # "an audit led by former US Attorney General Eric Holder": a person, not the office
        employer = _EMPLOYER_OF_NEXT.match(sentence, m.end) if m.party.kind in ("advocacy", "company", "platform") else None
        if employer is not None and employer.end() in starts and starts[employer.end()].party.kind == "person":
            continue  # "Big Brother Watch director Silkie Carlo": the person acts; the body describes her
        legislating = m.party.kind == "government" and m.party.is_place and m.surface[:1].isupper() \
            and _LEGISLATORS_AFTER.match(sentence, m.end) is not None  # "Maine lawmakers passed a ban": the state
        # ("Facebook and Instagram users": the second platform of a pair is kept as the first one is)
        paired = m.party.kind == "platform" and bool(groups) and groups[-1].members[-1].party.kind == "platform" \
            and re.fullmatch(r"\s+and\s+", sentence[groups[-1].end:m.start]) is not None
        if ((_ROLE_NOUN_AFTER.match(sentence, m.end) and not paired
             and not (m.party.kind == "police" and _STAFF_AFTER.match(sentence, m.end)))
                or (m.party.is_place and _PLACE_NOUN_AFTER.match(sentence, m.end))) and not legislating:
            continue  # "Two Illinois residents": the people act, not the state
        if m.party.is_place and m.surface[:1].isupper() and m.surface.lower() not in ("it", "its") \
                and not m.surface.lower().startswith("the ") and _ADJECTIVAL_PLACE.match(sentence, m.end):
            continue  # "over Louisiana purse thefts": a place describing a noun
        if m.party.is_place and groups and not groups[-1].members[-1].party.is_place \
                and groups[-1].members[-1].party.kind in ("police", "government", "company", "advocacy") \
                and re.fullmatch(r"\s+in\s+(?:the\s+)?", sentence[groups[-1].end:m.start]) \
                and not re.match(r"\s*(?:,\s*)?(?:and|or)\s", sentence[m.end:]):
            continue  # "the Washington County Sheriff's Office in Oregon": where the body is, not a party
        if m.party.is_place and _BODY_OF_PLACE.search(sentence, max(0, m.start - 40), m.start):
            continue  # "the consumer organisation of North Rhine-Westphalia": where the body is, not a party
        if "state" in m.party.tags and groups and "city" in groups[-1].members[-1].party.tags \
                and re.fullmatch(r"\s*,\s*", sentence[groups[-1].end:m.start]) and re.match(r"\s*[,.;]", sentence[m.end:]):
            continue  # "The city of Evanston, Illinois, has sent ...": the city's state says where it is
        if re.match(r"-(?:owned|based|backed|funded|run|made|linked|affiliated|controlled|registered|incorporated|"
                    r"headquartered|listed)\b", sentence[m.end:m.end + 16]) \
                and not (m.party.kind in ("company", "product") and _VENDOR_BUILT.match(sentence, m.end)):
            continue  # "the Microsoft-owned networking site": Microsoft describes the site
            # (but "the Palantir-based system": a product built on the vendor's)
        if m.party.is_place and groups and not groups[-1].members[-1].party.is_place \
                and re.fullmatch(r"[ \t]+", sentence[groups[-1].end:m.start]):
            # "the Sex Workers Outreach Project Chicago": the place ends the name before it
            last = groups[-1].members[-1]
            groups[-1].members[-1] = Match(last.start, m.end, sentence[last.start:m.end], last.party)
            continue
        pronoun = m.surface.lower() in ("it", "its")
        if m.surface.lower() == "its" and re.match(r"\s+own\b", sentence[m.end:m.end + 6]):
            continue  # "on its own initiative": no party of the event
        if groups and groups[-1].members[-1].start == m.start:
            groups[-1].members.append(m)  # "both retailers": one phrase, several parties
            continue
        if groups and groups[-1].members[-1].party.id == m.party.id \
                and re.fullmatch(r"[ \t]+", sentence[groups[-1].end:m.start]):
            groups[-1].members.append(m)  # "Privacy Commissioner of Canada Daniel Therrien": title and name
            continue
        if groups and groups[-1].members[-1].party.id == m.party.id and re.fullmatch(
                r"\s*\(\s*", sentence[groups[-1].end:m.start]):
            continue  # "Administrative Appeals Tribunal (AAT)": the acronym repeats the name
        if groups and groups[-1].members[-1].party.id == m.party.id and re.fullmatch(
                r"\s*,?\s+(?:(?:also\s+|better\s+)?(?:known|abbreviated)\s+as|(?:now|since|later)\s+(?:renamed|"
                r"called|named|known\s+as)|formerly(?:\s+(?:called|named|known\s+as))?|previously\s+(?:called|named|"
                r"known\s+as))\s+", sentence[groups[-1].end:m.start]):
            # (a name the party has had: "settlements with X-Mode Social, now called Outlogic, and InMarket Media")
            groups[-1].members.append(m)  # "the Dutch Section of the ICJ, known as NJCM, and ...": the name again
            continue
        apposition = re.fullmatch(r"\s*,\s*", sentence[groups[-1].end:m.start]) if groups else None
        # ("imposed by Ireland's regulator, the EU's top court ruled": "the" before a possessive description too)
        the_before = re.fullmatch(r"\s*,\s*the\s+", sentence[groups[-1].end:m.start]) if groups else None
        if the_before and ((re.match(r"[\w.-]+['\u2019]s\s", m.surface) and _FINITE_AFTER.match(sentence, m.end))
                           # ("a complaint submitted to the Irish DPC, the ICCL accuses Google": unlike parties, a verb)
                           or (m.party.kind != groups[-1].members[-1].party.kind
                               and re.match(r"\s+(?:also\s+)?[a-z]{3,}(?:es|ed)\b", sentence[m.end:]))):
            groups.append(Group([m]))
            continue
        if apposition and re.match(r"the\s", m.surface, re.I) and m.party.id == groups[-1].members[-1].party.id \
                and m.surface.lower().removeprefix("the ") not in (m.party.name.lower(), *map(str.lower, m.party.aliases)) \
                and re.match(r"\s*,", sentence[m.end:]):
            continue  # "on X and Tools for Humanity, the San Francisco-based developer, and ordered": the same party
        if apposition and re.match(r"(?:the|both)\s", m.surface, re.I) \
                and not (m.surface.startswith("The ") and m.surface in (m.party.name, *m.party.aliases)) \
                and not (re.sub(r"^the\s+", "", m.surface, flags=re.I) in (m.party.name, *m.party.aliases)
                         and m.party.id != groups[-1].members[-1].party.id
                         and re.match(r"\s*,?\s+(?:and|or)\s", sentence[m.end:])):
            # (but "The ICO, the Hellenic Data Protection Authority and the CNIL fined": a name, in a list that closes)
            groups.append(Group([m]))  # "to Clearview, the companies confirmed": a description after a comma
            continue                   # begins a clause of its own (or repeats the name); it is no list item
        alike = _ALIKE.get(groups[-1].members[-1].party.kind, {groups[-1].members[-1].party.kind}) \
            == _ALIKE.get(m.party.kind, {m.party.kind}) if groups else True
        if groups and re.fullmatch(r"\s*,\s*and\s+", sentence[groups[-1].end:m.start]) \
                and _FINITE_AFTER.match(sentence, m.end) \
                and (_prep_before(sentence, groups[-1]) in ("to", "against", "on", "with", "from", "by", "of", "into", "at")
                     or (len(groups[-1].members) == 1
                         and re.search(r"\b(?:[a-z]{2,}ed|[a-z]{3,}es)\s+(?:the\s+)?$", sentence[:groups[-1].start]))):
            groups.append(Group([m]))  # "sent letters to Clearview, and LinkedIn sent one too": a new clause
            continue
        if groups and not alike and re.fullmatch(r"\s*,\s*", sentence[groups[-1].end:m.start]) \
                and groups[-1].members[-1].party.is_place:
            groups.append(Group([m]))  # "in Seattle, Steven Vance and ...": a place ends its phrase
            continue
        if groups and not alike and re.fullmatch(r"\s*,\s*", sentence[groups[-1].end:m.start]):
            groups.append(Group([m]))  # "used Clearview AI, Privacy Commissioner X concluded": no list of unlike parties
            continue
        national = _NATIONAL_ITEM.fullmatch(sentence, groups[-1].end, m.start) if groups and alike and not pronoun else None
        if national is not None and national.group("demonym").lower() in DEMONYMS \
                and (national.group("conj") or re.match(r"\s*(?:,|(?:and|or)\s)", sentence[m.end:])):
            groups[-1].members.append(m)  # "Privacy International, the Italian Hermes Center and the Greek group X"
            continue
        if groups and not pronoun and not _is_pronoun(groups[-1]) \
                and _AND_ITS_OWNED.fullmatch(sentence, groups[-1].end, m.start):
            groups[-1].members.append(m)  # "suspended Cambridge Analytica and its parent company SCL": the list goes on
            continue
        apposed, apposition = next(((i, a) for i in range(len(groups) - 1, max(-1, len(groups) - 3), -1)
                                    if (a := _APPOSED_ITEM.fullmatch(sentence, groups[i].end, m.start))),
                                   (None, None)) if groups and not pronoun else (None, None)
        if apposition is not None and apposition.group("employer") and not (
                m.party.kind == "person" and _words(apposition.group("employer"))[-1] in PERSON_ROLES):
            apposed = None
        if apposed is not None and not _is_pronoun(groups[apposed]) and not _FINITE_AFTER.match(sentence, m.end) \
                and ((apposition.group("apposition") and " who " not in apposition.group("apposition"))
                     or groups[apposed].members[-1].party.kind == "person") \
                and (apposition.group("counted") or all(mm.party.kind == m.party.kind for mm in groups[apposed].members)
                     # ("Intellexa's founder Tal Dilian, a former intelligence officer, along with Sara Hamou": a person
                     # the story has speak for his firm is still one of the people listed)
                     or (m.party.kind == "person"
                         and (_words(apposition.group("apposition") or "") or [""])[-1] in PERSON_ROLES)):
            del groups[apposed + 1:]  # ("the founder of Intellexa": a description, no party of the event)
            groups[apposed].members.append(m)
            continue
        if groups and not pronoun and not _is_pronoun(groups[-1]) and (
                _coordinated(sentence[groups[-1].end:m.start], alike)
                or (alike and _LATER_ITEM.fullmatch(sentence, groups[-1].end, m.start)
                    and not _FINITE_AFTER.match(sentence, m.end))):
            groups[-1].members.append(m)
        else:
            groups.append(Group([m]))
    return groups


# A common noun right before an -ing verb ("a law barring ..."); the nouns of documents that
# act for their author ("a decision demanding ...") are exempt.
_NOUN_BEFORE = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|began|begin|begins|begun|beginning|start|starts|started|starting|stop|stops|stopped|keep|keeps|kept|continue|continues|continued|resume|resumed|also|"
                          r"and|or|but|not|still|now|by|from|of|for|with|without|after|before|while|on|in|"
                          r"decision|decisions|letter|letters|notice|notices|order|orders|determination|ruling|"
                          r"judgment|judgement|report|statement|complaint|complaints|lawsuit|lawsuits|suit|filing|"
                          r"motion|petition|warning|demand|press|"
                          # ("spent years relying on X": the time the subject spent, no noun the participle describes)
                          r"years?|months?|weeks?|days?|hours?|decades?|time)\b)"
                          r"[a-z]{3,}(?<!ly)\s+$")
# "passed a law banning ...", "signed legislation barring ...": the enacting party bans through the text it enacts
_ENACTED_DOCUMENT = re.compile(r"\b(?:voted\s+(?:for|on)|votes\s+(?:for|on)|passed|passes|adopted|adopts|approved|approves|"
                               r"signed|signs|enacted|enacts)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:law|laws|ordinance|bill|legislation|measure|rules?|regulation|resolution|amendment|"
                               r"statute)\s+$", re.I)
_BY_INCLUDING = re.compile(r"\s+(?:[a-z]+\s+){0,2}?by\s+(?:[a-z][\w-]*\s+){1,6}?(?:including|such\s+as|among\s+them|notably)"
                           r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?")
# "..., the commissioner has found." / "..., has found, ordering ...": a finding verb with no object of its own
# ", an investigation by the federal privacy commissioner has found": a finding reported through the probe's maker
_PROBE_BY_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|review|report|audit|"
                              r"examination)\s+(?:(?:led|conducted|carried\s+out)\s+)?(?P<by>by)\s+[^,;.]{2,80}?\s+$", re.I)
_FRONTED_PROBE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PROBE_AGENT_GAP = re.compile(r"\s+(?:(?:led|conducted|carried\s+out)\s+)?by\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,4}?")
_FOUND_AFTER = re.compile(r"(?:\s+(?:and\s+)?[\w'\u2019.-]+){0,5}?\s+(?:has\s+|have\s+|had\s+)?(?:found|finds|concluded|concludes|"
                          r"determined|showed|shows|revealed)\b", re.I)
_REPORTED_FINDING_END = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s*)?(?:[,.;]|$)")
_SAID_THEN_PARTICIPLE = re.compile(r"\s+(?:has\s+|have\s+)?(?:said|says|announced|found|concluded|ruled|determined|decided)"
                                   r"(?:\s+on\s+\w+|\s+\w+day|\s+(?:last|this)\s+\w+)?,\s+(?P<ing>[a-z]+ing\b[^,;]*)?$")
# "ordered 53 municipalities to", "barred several councils from": an addressee the text does not name
_UNNAMED_ADDRESSEE = re.compile(r"\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|"
                                r"several|many|all|some)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?!(?:days|weeks|months|years|hours|minutes)\b)[a-z][\w-]*s\s+(?:to|from)\s+[a-z]")
# a verb in the present tense ("fines", "orders", "bans"), as headlines list them
_PRESENT_VERB = re.compile(r"(?i)[a-z]+[^s\W]s|[a-z]+(?:ches|shes|sses|xes)")
# "Meta's lawsuit against Bright Data thrown out": a case noun owned by a party, then the participle alone
_CASE_OWNED_BEFORE = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|case|claims?|challenge|appeal|bid|complaint)s?\b"
                                r"[^.;,]{0,80}?\s+(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|gets|got)\s+)?")
# "complaints from 170 drivers, which the Ligue des droits de l'Homme filed with": the one who filed them
_WHICH_BEFORE_FILER = re.compile(r"[^.;,]{0,80}?,\s+(?:which|that)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?")
_FILED_AFTER_FILER = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:filed|lodged|brought|submitted|made)\b")
# "and its reporter Rachna Khaira", "and its chief executive Sam Altman": a person of the party just named
_ITS_STAFF_NEXT = re.compile(r"\s+(?:chief\s+executive|CEO|founder|co-founder|cofounder|chairman|chairwoman|president|"
                             r"chief\s+executive\s+officer|boss|reporter|journalist|editor|director)\s+")
# "certified a nationwide class of Alexa users who accuse": the class's claims are against the one accused
_CLASS_ACCUSING = re.compile(r"\s+(?:a|the)\s+[^.;]{0,80}?\b(?:(?:who|that)\s+(?:accuse|accused|sued|sue|are\s+suing)|"
                             r"accusing|suing)\s+(?:the\s+)?")
_ACTIVE_HANDED = re.compile(r"\s+(?:(?:has|have|had|also|then|later|on\s+\w+)\s+){0,2}(?:handed|hands)\s+"
                            r"(?:(?P<down>down|out)\b|(?!(?:over|back)\b))")
_EMPLOYER_OF_NEXT = re.compile(r"\s+(?:(?:chief\s+executive|executive\s+director|general\s+counsel|co-founder|"
                               r"founder|director|head|chair|chairman|chairwoman|president|spokesperson|spokeswoman|"
                               r"spokesman|researcher|lawyer|campaigner|officer|manager|engineer|employee|CEO)\s+)(?=[A-Z])")
_ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:residents?|users?|customers?|drivers?|couriers?|voters?|citizens?|consumers?|workers?|employees?|"
    r"man|woman|men|women|mother|father|teenager|teen|boy|girl|couple|family|grandmother|grandfather|"
    r"shoppers?|students?|families|parents|members?|subscribers?|passengers?|patients?|viewers?|riders?|"
    r"(?:privacy\s+|biometric\s+|consumer\s+)?(?:law|laws|statute|legislation)|(?:state\s+|federal\s+)?courts?|"
    r"lawmakers|legislators)\b")
# a state's or country's legislators, who act for it ("Maine lawmakers passed", "Vermont legislators approved")
_LEGISLATORS_AFTER = re.compile(r"\s+(?:state\s+)?(?:lawmakers|legislators)\b(?!\s+(?:who|that|had|have)\b)")
# ... and after a place only ("several Illinois groups", "the 12 B.C. stores"; "Canadian Tire stores" are the firm's)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:groups|organi[sz]ations|activists|campaigners|advocates|charities|businesses|companies|firms|retailers|"
    r"schools|universities|hospitals|stores|shops|branches|outlets|offices|towns|cities|"
    # ("Seoul start-up Scatter Lab", "a Chicago data broker")
    r"start-?ups?|startup|firm|company|retailer|developer|vendor|maker|chain|insurer|operator|lender|employers?|"
    r"(?:data\s+)?broker|school|university|hospital|store|"
    # ("Massachusetts Senator Edward Markey", "Oregon state senator X": the place describes the legislator)
    r"(?:(?-i:[Ss]tate)\s+)?(?:[Ss]enator|[Ss]en\.|[Rr]epresentative|[Rr]ep\.|[Cc]ongress(?:wo)?man|[Ll]awmaker|"
    r"[Ll]egislator|[Aa]ssembly(?:wo)?man|[Cc]ouncil(?:member|man|woman)|[Aa]lder(?:wo)?man|Democrats?|Republicans?|"
    r"[Ss]enators|[Ll]awmakers|[Ll]egislators))\b")


# ("Minneapolis police employees had run searches": a force's staff act for it)
_STAFF_AFTER = re.compile(r"\s+(?:officers|employees|staff|detectives|agents|investigators)\b")
_FINITE_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|then|later|too|itself)\s+){0,2}"
                           r"(?:[a-z]+ed|sent|sues|sent|told|filed|says|said|has|have|was|were|is|are|will|would)\b")


def _direct_object_gap(gap: str) -> bool:
    """Between a verb and its object: at most one word, or a description ending in its head word ("fined the
    New York-based facial recognition company Clearview AI")."""
    if re.fullmatch(r"\s*(?:\w+\s+)?", gap):
        return True
    words = _words(gap)
    return 0 < len(words) <= 7 and words[-1] in DESCRIPTOR_HEADS and not re.search(r"[,;:]", gap)


# "and a coalition of Illinois groups, among them": the members of a body named along with the party before
_COALITION_MEMBERS = re.compile(r"\s*,?\s*and\s+(?:a|an|the)\s+(?:group|coalition|alliance|consortium|number)\s+of\s+"
                                r"(?:[\w'\u2019-]+\s+){0,3}?[\w-]+,?\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?", re.I)


def _coordinated(gap: str, kinds_alike: bool = True) -> bool:
    """", and", "and the civil rights group": nothing but a conjunction and descriptive words, perhaps after
    where the item before is (" in Greece and")."""
    place = _ITEM_PLACE.match(gap)
    if place is not None:
        return _coordinated(gap[place.end():], kinds_alike)
    if COORD.match(gap) or re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?[A-Z][\w.]*-(?:based|registered|"
                                        r"incorporated|headquartered)\s+", gap):
        return True  # (", and Delaware-registered Unimania": the place describes the next item)
    if _REPEATED_PREPOSITION.match(gap):
        return True  # "relying first on FaceFirst and later on DeepCam"
    if kinds_alike and _UNIT_THEN_ITEM.fullmatch(gap):
        return True  # "Twitter's former MoPub unit, Xandr, OpenX": the unit is the item, the list goes on
    if _PREPOSITION_AGAIN.fullmatch(gap):
        return True  # "sanctions on Intellexa and on its associate Sara Hamou"
    if kinds_alike and re.fullmatch(r"\s*,?\s*and\s+(?:its|their)" + _OWNED_NEXT.pattern, gap):
        return True  # "Alphabet's Google and its YouTube video service have told ..."
    if kinds_alike and re.fullmatch(r"\s*,\s+(?:a|an|the)\s+[^,;()]{1,60},\s+and\s+(?:its|their)" + _OWNED_NEXT.pattern, gap):
        return True  # "Euroconsumers, a coalition of consumer groups, and its Italian member Altroconsumo filed"
    if re.fullmatch(r"\s*,?\s*and\s+(?:its|their)" + _ITS_STAFF_NEXT.pattern, gap):
        return True  # "sued OpenAI and its chief executive Sam Altman": the person is sued too
    if kinds_alike and _POSSESSIVE_ITEM.fullmatch(gap):
        return True  # "Italy's Garante and Greece's Hellenic Data Protection Authority each fined"
    if _COALITION_MEMBERS.fullmatch(gap):
        return True  # "the ACLU and a coalition of Illinois groups, among them the Chicago Alliance ...": its members
    if _UNNAMED_LIST_ITEM.fullmatch(gap):
        return True  # "sued the town of Woodbridge, its police department and the county prosecutor"
    if AMOUNT_BETWEEN_ITEMS.match(gap) and kinds_alike:
        return True  # "fined Google 69.2 billion won and Meta 30.8 billion won"
    # ("and Green party peer Jenny Jones": a word or two may describe the role)
    # ("and Big Brother Watch director Silkie Carlo": or the body the person speaks for)
    # ("and Portsmouth home health worker Crystal Arrington": two)
    role = re.fullmatch(r"\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:[a-z]+\s+){0,2}"
                        r"(?P<role>[a-z]+)\s+", gap)
    if role is not None and role.group("role") in PERSON_ROLES:
        return True  # "Big Brother Watch and the Green peer Jenny Jones": a role noun introduces the next item
    title = re.fullmatch(r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?P<title>[A-Z][a-z]+)\.?\s+", gap)
    if title is not None and title.group("title").lower() in PERSON_ROLES:
        return True  # "the city of Detroit and Detective LaShauntia Oliver": a title introduces the next item
    m = re.match(r"^\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){1,4})$", gap)
    if m and kinds_alike and m.group(1).split()[-1] in DESCRIPTOR_HEADS:
        return True  # "Stability AI, Midjourney and the online art site DeviantArt": a description of the next item
    described = _DESCRIBED_ITEM.fullmatch(gap)
    if described and (described.group("head") in PERSON_ROLES or (kinds_alike or described.group("with"))
                      and described.group("head") in DESCRIPTOR_HEADS):
        return True  # "X, the parents' federation FCPE of the Alpes-Maritimes and the teachers' union CGT"
    national = re.fullmatch(r"\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+((?:[a-z][\w-]*\s+){0,3})", gap)
    if national and kinds_alike and national.group("demonym").lower() in DEMONYMS and national.group(2) \
            and national.group(2).split()[-1] in DESCRIPTOR_HEADS | ROLE_NOUNS:
        return True  # "Privacy International and the Austrian group noyb"
    return bool(m) and all(w in MODIFIERS or w[:-1] in MODIFIERS or w in ROLE_NOUNS or w in DEMONYMS or _DESCRIPTIVE.fullmatch(w)
                           for w in m.group(1).split())


def _words(text: str) -> list[str]:
    return [w.strip("-") for w in re.findall(r"[\w'\u2019-]+", text.lower()) if w.strip("-")]


_BODY_OF_PLACE = re.compile(r"\b(?:organi[sz]ation|association|group|union|federation|foundation|institute|centre|center|"
                            r"network|coalition|alliance|charity)\s+(?:of|for|in)\s+(?:the\s+)?\Z", re.I)
# a plural's relative clause right before the list that names some of its members ("companies that received the
# data, including X")
_RELATIVE_BEFORE_LIST = re.compile(r"(?<=[\w-]s)(?P<clause>\s+(?:that|which|who)\s+[^,;.()]{1,60}?)(?=\s*,\s*(?:including|"
                                   r"such\s+as|among\s+them)\s)")
# a body described before its name: "the consumer protection organisation of North Rhine-Westphalia"
_BODY_BEFORE_COMMA = re.compile(r"\b(?:organi[sz]ation|group|association|body|union|federation|foundation|institute|centre|"
                                r"center|network|coalition|alliance|watchdog|charity|nonprofit|non-profit)"
                                r"(?P<of>\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:[\s-]+[A-Z][\w.'\u2019-]*){0,3})?\s*\Z")


# "in Salina" right before ", Kansas": the town a state or country after it places
_TOWN_BEFORE_PLACE = re.compile(r"\b(?P<prep>in|at|of|from|near|outside)\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,2}"
                                r"(?-i:[A-Z])[\w.'\u2019-]*\s*\Z", re.I)


def _prep_before(sentence: str, group: Group) -> str | None:
    """The preposition directly before a group, skipping articles and descriptive words
    ("by the Greek digital rights group Homo Digitalis" -> "by").

    "the state of Vermont" counts as a bare name.
    """
    before = sentence[max(0, group.start - 80):group.start]
    if NAME_OF.search(before):
        before = NAME_OF.sub("", before)
        before = re.sub(r"\b(?:the|a|an)\s*$", "", before, flags=re.I)
    # a comma ends the phrase, unless a list follows it ("companies, including Hikvision")
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("("), before.rfind(")"))
    town = _TOWN_BEFORE_PLACE.search(before, 0, cut) if cut >= 0 and before[cut] == "," \
        and not before[cut + 1:].strip() and group.members[0].party.is_place else None
    if town is not None:
        return town.group("prep").lower()  # "Pupils in Salina, Kansas, have sued": the state that places the town
    role_apposition = cut >= 0 and before[cut] == "," and not before[cut + 1:].strip() \
        and (re.findall(r"[a-z]+", before[max(0, cut - 20):cut].lower()) or [""])[-1] in PERSON_ROLES
    body = _BODY_BEFORE_COMMA.search(before[:cut]) if cut >= 0 and before[cut] == "," and not before[cut + 1:].strip() \
        and not role_apposition else None
    if body is not None:
        # "brought by the consumer protection organisation of North Rhine-Westphalia, Verbraucherzentrale NRW": the
        # name after the body's description (and the place it is of)
        before = before[:body.start("of") if body.group("of") else cut] + " "
    elif role_apposition:
        before = before[:cut] + " "  # "sued by a Georgia radio host, Mark Walters": the name after its description
    elif cut >= 0 and not re.match(r"[,;:()]\s*(?:including|such as|like|notably|namely|among them)\b",
                                   before[cut:], re.I):
        before = before[cut + 1:]
    people = INSTITUTION_OF.search(before)
    if people is not None and re.search(r"\bby\s+(?:the\s+|a\s+|some\s+|several\s+|\d+\s+)?\Z", before[:people.start()]):
        return "by"  # "sued by journalists at El Faro": the body its people stand for
    raw = [w.strip("-") for w in re.findall(r"[\w'\u2019-]+", before) if w.strip("-")]
    # "against the AI search company Perplexity": a description's head lets a few words of its own stand before it
    loose = 3 if raw and raw[-1].lower() in DESCRIPTOR_HEADS else 0
    listed = False
    # ("A group of authors led by X", not "The investigation was led by X")
    listed_by = bool(re.search(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|jointly)\b)[a-z]+\s+(?:led|headed|"
                               r"spearheaded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", before, re.I))
    role_words = 0
    for original in reversed(raw[-8:]):
        w = original.lower()
        if w in DATE_WORDS:
            return None  # "On 20 October 2022 the CNIL": a date, not a prepositional phrase around the name
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            return None  # "in 2019 the EPIC asked": a year closes the phrase before the name
        if w in ("led", "headed", "spearheaded") and listed:
            continue
        if w == "that" and re.search(r"\b(?-i:[A-Z])[\w'\u2019-]*\s+that\s+(?:the\s+)?$", before):
            return None  # "reporting by BuzzFeed News that Minneapolis police employees had ...": a clause opens
        if w in ("that", "which", "whom") and re.search(r"\b[a-z]+s\s+(?:that|which|whom)\s+(?:the\s+)?$", before) \
                and re.search(r"\bamong\s", before):
            return None  # "among eight companies that the Commerce Department added": the relative clause's subject
        if w in ("including", "like", "such", "as", "namely") or w.isdigit() or w in NUMBER_WORDS:
            listed = listed or w in ("including", "like", "namely")
            continue  # "from five Chinese companies, including Hikvision": the preposition is "from"
        if w in PREPOSITIONS:
            if w == "of" and listed:
                head = before[:before.lower().rfind(" of ") + 1]
                if _COLLECTIVE_OPENING.search(head):
                    return "including"  # "A group of authors including the comedian X brought ...": X is in the subject
                if _COLLECTIVE_AGENT.search(head):
                    return "by"  # "filed by a coalition of groups including X": X is among the agents
            if w == "by" and listed_by:
                listed, listed_by = True, False
                continue  # "A group of authors led by X": X is in the group
            return w
        if w in PERSON_ROLES:
            role_words = 2  # ("sued by a Georgia radio host, Mark Walters": a role noun, with its own modifiers)
            continue
        if role_words and w.isalpha():
            role_words -= 1
            continue
        if w in DETERMINERS or w in MODIFIERS or w[:-1] in MODIFIERS or w in DEMONYMS or w in ROLE_NOUNS or _DESCRIPTIVE.fullmatch(w) \
                or original[0].isupper():
            continue
        if _PLACE_POSSESSIVE.fullmatch(w) and re.search(r"\bby\s+(?:the\s+)?" + re.escape(original) + r"\s+(?:[\w-]+\s+){0,6}$", before):
            return "by"
        if loose and w.replace("-", "").isalpha() and w not in _NOT_DESCRIBING:  # ("data-scraping company X")
            loose -= 1
            continue
        return None
    return None


# "by the city's Office of Inspector General": whose office it is describes it
_PLACE_POSSESSIVE = re.compile(r"(?:city|state|country|county|town|nation|region|province)['\u2019]s")
# words that end a description rather than belong to it
_NOT_DESCRIBING = frozenset("""and or but that which who whom whose than as is are was were be been has have had
will would said says not also""".split())


_OFFICE_HOLDER_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}")
_AND_OTHERS_INCLUDING = re.compile(r"\s+and\s+(?:\d+|[a-z]+|dozens|hundreds)\s+other\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s*,?\s+"
                                   r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?", re.I)
# a collective noun opening its clause ("A group of authors including X"): the "of" is inside the subject
_COLLECTIVE = r"(?:a|an|the)\s+(?:group|coalition|number|handful|couple|class|dozens?|hundreds?|team|consortium|alliance)\s+$"
_COLLECTIVE_OPENING = re.compile(r"(?:^|[.;:]\s+|^\W*)" + _COLLECTIVE, re.I)
_COLLECTIVE_AGENT = re.compile(r"\bby\s+" + _COLLECTIVE, re.I)
_OWNER_OF_NEXT = re.compile(r"['\u2019]s?\s+")
# "Twitter's former MoPub unit, Xandr": the unit named, then the next item of the list
_UNIT_THEN_ITEM = re.compile(r"\s+(?:unit|subsidiary|division|arm|affiliate)(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# "intervene in a judicial review": a case the subject joins
_INTERVENES_IN = re.compile(r"\b(?:intervene|intervenes|intervened|intervening|intervention)\s+in\s+(?:a|an|the|its|their)\s+"
                            r"(?:[\w-]+\s+){0,3}?\Z", re.I)
# "X is among the ... that", "X was one of the ... that": a member of a plural a relative clause tells of
_AMONG = r"\s+(?:is|are|was|were)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?"
# "X were among eight companies that": X is the object of the relative clause that follows
_AMONG_OBJECT_RELATIVE = re.compile(_AMONG + r"(?:[\w-]+\s+){0,5}?(?:that|which|whom)\s+(?:the\s+)?\Z")
# "companies that the Commerce Department added to its list": a relative clause whose subject follows its pronoun
_RELATIVE_OPENS_BEFORE = re.compile(r"\b(?:that|which|whom)\s+(?:the\s+)?\Z")
# "has been on the US Commerce Department's": a party on a list its owner keeps
_ON_OWNERS_LIST = re.compile(r"\s+(?:has|have|had)\s+(?:long\s+|already\s+)?been\s+on\s+(?:the\s+)?")
# "Twitter's former MoPub unit", "Intellexa's founder Tal Dilian": an owner before what it owns or who works for it
_OWNER_OF_DESCRIBED = re.compile(r"['\u2019]s\s+(?:former|then|onetime|one-time|(?P<staff>founder|co-founder|chief\s+executive|"
                                 r"president|chairman|chairwoman))\s+")
_JOINED = re.compile(r"(?:\s+and\s+[^.;,]{0,70}?)?\s+(?:has\s+|have\s+|had\s+)?joined\s+(?:the\s+)?", re.I)
_IN_A_SUIT = re.compile(r"\s+in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}", re.I)
# between two items of a list of parties ("the Associated Press, Germany's Axel Springer and Le Monde")
_BETWEEN_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?:[A-Z][\w.-]*['\u2019]s\s+)?")
# (and "to U.S. government agencies, including": the customers a plural introduces)
_SOLD_TO = re.compile(r"\s+(?:[\w$£€.,'\u2019-]+\s+){0,8}?to\s+(?:the\s+)?(?:(?:[\w.-]+\s+){0,4}?(?:agencies|departments|forces|"
                      r"companies|customers|clients|governments|authorities|retailers|firms|brokers|buyers|businesses|"
                      r"organi[sz]ations|police)\s*,?\s+(?:including|such\s+as|among\s+them|like)\s+(?:the\s+)?)?", re.I)
_APPOSITIVE_FOUNDER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:founded|co-founded|led|run|owned|headed|"
                                 r"created|started|set\s+up)\s+by\s+(?:the\s+)?$", re.I)
_FORMER_BEFORE = re.compile(r"\b(?i:former|ex-)\s*(?:[A-Z][\w.]*\s+){0,2}$")
# between a complaint and the party it is about ("... with the ICO over", "... that", "... accuses")
_INFORMATION_FROM = re.compile(r"[^.;]{0,100}?,?\s+(?:demanding|seeking|requesting|requiring|ordering|asking\s+for)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:information|documents|data|details|answers|records)\s+from\s+(?:the\s+)?",
                               re.I)
_PERMISSION_FROM = re.compile(r"\b(?:approval|permission|consent|authori[sz]ation|sign-off|warrant)\s+(?:\w+\s+){0,2}?"
                              r"(?:from|by|of)\s+(?:the\s+)?\Z", re.I)
_COMPLAINED_OF = re.compile(r"(?:[^.;]{0,160}?\b(?:over|about|against|concerning|regarding|that|accus(?:es|ed|ing)|"
                            r"alleg(?:es|ed|ing)|charging|claiming|to\s+stop|to\s+investigate|to\s+look\s+into)|"
                            r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=\S+\s+(?:[\w-]+\s+){0,4}?to\s+the\b))"
                            r"\s+(?:(?:that|in\s+a\s+filing|the|a|an|its|their)\s+)*(?:[\w'\u2019-]+\s+){0,3}?", re.I)


def _group_after_comma(sentence: str, position: int, right: list[Group]) -> Group | None:
    """The group that opens the clause after the first comma past ``position`` ("Under the settlement,
    Everalbum must ...", "Sued by the ACLU in 2020, Clearview AI has agreed ...")."""
    comma = sentence.find(",", position)
    if comma == -1:
        return None
    return next((g for g in right if g.start > comma and re.fullmatch(r"[\s,]*(?:the\s+)?", sentence[comma:g.start])),
                None)


def _after_light_verb(sentence: str, group: Group) -> bool:
    before = sentence[max(0, group.start - 40):group.start]
    return bool(re.search(LIGHT_VERBS.pattern + r"\s+(?:the\s+|a\s+)?$", before, re.I))


def _is_pronoun(group: Group) -> bool:
    return all(m.surface.lower() in ("it", "its") for m in group.members)


def _is_possessive_pronoun(group: Group) -> bool:
    return all(m.surface.lower() == "its" for m in group.members)


# A purpose clause after the object: what follows belongs to its verb ("used extensions to collect data from ...").
_PURPOSE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?(?:collect|scrape|harvest|gather|build|train|create|access|obtain|identify|track|"
                      r"monitor|find|search|match|scan|verify|surveil|spy|sell|share|steal|extract|download|"
                      r"compile|copy|develop|power|run|analy[sz]e|process|recognise|recognize|locate)\b", re.I)


_MEASURE_OF = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:decision|order|fine|ban|ruling|policy|plan|"
                         r"measures?|rules?|regulations?|law|scheme|programme|program|project|experiment|contract)s?"
                         r"\s+(?:of|by)\s+(?:the\s+)?", re.I)
# "struck down a key part of California's law": whose law it was
_PART_OF = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:parts?|sections?|provisions?|portions?|elements?)\s+of\s+"
                      r"(?:the\s+)?", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
# "dismissed a lawsuit in which X accused Y", "threw out the case X brought", "tossed the suit filed by X":
# a dismissal rules against whoever brought the case
DISMISSAL_VERB = re.compile(r"(?:dismissed|dismisses|threw\s+out|throws\s+out|thrown\s+out|tossed|tosses|rejected|rejects|"
                            r"turned\s+down|turns\s+down|turning\s+down|turned\s+(?:it|them)\s+down|turns\s+it\s+down)", re.I)
# "turned down the request", "rejected its appeal": what a party asked for
_REQUEST_OBJECT = re.compile(r"\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:request|application|bid|"
                             r"motion|appeal|challenge|petition)s?\b", re.I)
_CASE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|case|complaint|claims?|"
                          r"challenge|petition|action|application|request|motion|judicial\s+review|appeal|injunction)s?\b"
                          # ("threw out defamation lawsuits brought by X": a bare plural)
                          r"|(?:[a-z][\w-]*\s+){0,2}?(?:lawsuits|suits|cases|complaints|claims|challenges|petitions))"
                          r"(?:\s+for\s+an?\s+(?:[\w-]+\s+)?injunction)?", re.I)
# ("dismissed a lawsuit by X against Y": the preposition alone says who brought it)
_CASE_BROUGHT_BY = re.compile(r"\s*(?:,?\s*(?:that\s+|which\s+)?(?:was\s+|were\s+|had\s+been\s+)?(?:brought|filed|launched|"
                              r"lodged|sought|requested)\s+(?:[\w-]+\s+){0,4}?)?by\s+(?:the\s+)?"
                              r"(?:(?-i:[a-z])[\w-]*\s+){0,3}?"  # ("by opposition politician X", "by civic activist X")
                              r"(?:(?-i:[A-Z])[\w.-]*\s+){0,2}?(?:(?-i:[A-Z])[\w.-]*['\u2019]s\s+)?", re.I)  # ("by Elon Musk's X Corp")
_CASE_RELATIVE = re.compile(r"\s*,?\s*(?:in\s+which\s+|that\s+|which\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+[A-Z][\w-]*['\u2019]s\s+)?")
_CASE_VERB_AFTER = re.compile(r"\s*(?:had\s+|has\s+|have\s+)?(?:brought|filed|launched|lodged|accus(?:ed|es|ing)|alleg(?:ed|es|ing)|"
                              r"sued|claimed|argued)\b", re.I)
# "... and was considering", "... and has said": a second verb phrase of the same subject
_AND_INTENDS_TO = re.compile(r"\band\s+(?:(?:was|is|has|had|would|will|also|now)\s+)*(?:plann?(?:ed|ing|s)|intend(?:ed|s)|"
                             r"want(?:ed|s)|hop(?:ed|es)|expect(?:ed|s)|s(?:ought|eeks)|vow(?:ed|s)|aim(?:ed|s))\s+to\b")
_AND_NEW_VERB = re.compile(r"\band\s+(?:(?:was|were|is|are|has|have|had|would|will|also|then|later)\s+)+(?:[a-z]+(?:ing|ed)|"
                           r"seek|ask|apply|appeal|challenge|take|bring|file|go)\b")
# an unnamed item between two named ones in a list: ", its police department and the"
_UNNAMED_LIST_ITEM = re.compile(r"\s*,\s+(?:its|their)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,?\s+(?:and|or)\s+(?:the\s+)?")
# "by a coalition of civil rights groups and the": agents not named, then one named
_BY_UNNAMED_AND = re.compile(r"\bby\s+(?:(?:a|an|several|two|three|four|five|\d+)\s+(?:[a-z][\w-]*\s+){1,6}?and\s+|"
                             # ("by civil society groups, among them the Katiba Institute")
                             r"(?:(?:a|an|several|two|three|four|five|\d+)\s+)?(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*s\s*,?\s+"
                             r"(?:including|among\s+them|such\s+as|led\s+by)\s+)"
                             r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}\Z")
# "brought by X, a civil society group, and was later joined by Y", "sued in May 2020, joined by Y": a co-plaintiff
_JOINED_LATER = re.compile(r"[^.;]{0,100}?(?:\b(?:(?:was|were|has\s+been|had\s+been|been)\s+|and\s+)|,\s+)(?:later\s+|since\s+|also\s+|"
                           r"subsequently\s+|then\s+)?joined\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.I)
# "sued the city on behalf of Michael Williams, a man who ...": the client the lawyers sue for (within the clause)
_FOR_CLIENT = re.compile(r"[^.;:]{0,100}?\bon\s+behalf\s+of\s+(?:(?:[a-z][\w-]*|(?-i:[A-Z])[\w.-]*)\s+){0,3}?", re.I)
# (not an adverbial clause: ", shortly after the government suspended ...")
_AGENT_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+(?:together|along)\s+with|,?\s+as\s+well\s+as)\s+(?:by\s+)?(?:the\s+)?"
                             r"(?:(?!(?:shortly|after|before|when|while|following|amid|since|until|as|who|which|that|whose)\b)[a-z][\w'-]*\s+){0,3}")
# "the Public Defender's Office of the state of São Paulo": the place an agent belongs to
_PLACE_OF_AGENT = re.compile(r"\s+(?:of|in)\s+(?:the\s+(?:state|city|province|region|county)\s+of\s+)?")
# A relative clause closed by a comma between a subject and its verb
# "In an order issued late Friday, ...": a phrase on an event noun that opens the sentence, before its subject
_FRONTED_PHRASE = re.compile(r"\W*(?:In|Under|With|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}")
# "a ban first imposed by": the maker of a measure, named right after
_IMPOSED_BY_AFTER = re.compile(r"\s+(?:(?:first|originally|initially|already|previously)\s+)?(?:imposed|issued|introduced)\s+by\s+(?:the\s+)?")
# ", and a judge ordered": a clause of its own whose subject no party names
_AND_UNNAMED_SUBJECT = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                  r"(?:judge|court|jury|magistrate|panel)\s+(?:(?:later|then|also|swiftly|quickly)\s+)?$")
# "that Moroccan intelligence services used": a complement clause whose subject is a plain noun phrase
_THAT_SUBJECT = re.compile(r"\bthat\s+(?!(?:it|they|he|she|we|the|this|these|those|its|their)\b)(?:[A-Za-z][\w'-]*\s+){1,4}$")
# a list item's description ("the Lithuanian data firm Oxylabs", "the Texas-based SerpApi")
_ITEM_DESCRIPTION = r"(?:(?:(?-i:[A-Z])[\w.]*\s+){0,2}?(?-i:[A-Z])[\w.]*(?:-based)?\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?"
# "and three firms it describes as industrial-scale scrapers - ": a counted plural whose members a dash list names
# ("... and three companies it accuses of scraping Reddit content by harvesting Google search results: the
# Lithuanian data firm Oxylabs, the Texas-based SerpApi and AWMProxy": a long clause, and descriptions of the items)
_AND_COUNTED_DASH = re.compile(r"\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w'-]+\s+){0,20}?"
                               r"[\w'-]+\s*(?:[\u2014\u2013:]|\s--?)\s*(?:the\s+)?")
_FIRST_ITEM_DESCRIPTION = re.compile(_ITEM_DESCRIPTION)
_BETWEEN_DESCRIBED_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?" + _ITEM_DESCRIPTION)
_CO_DEFENDANTS = re.compile(r"\b(?:co-?defendants|defendants|were\s+(?:also\s+)?sued|had\s+(?:also\s+)?been\s+sued)\b", re.I)
# "allowed X to pursue its lawsuit against": the suit allowed to go on, up to its defendant
_ALLOWED_AGAINST = re.compile(r"[^.;]{1,80}?\bto\s+(?:pursue|proceed\s+with|press|continue)\s+[^.;]{0,80}?\bagainst\s+(?:the\s+)?")
# the members a body speaks for ("A Japanese industry body representing studios such as Studio Ghibli and Square
# Enix has asked OpenAI to stop"): the body acts, not its members (unlike "Attorneys representing X filed")
_MEMBERS_OF_BODY = re.compile(r"\b(?:body|association|federation|alliance|lobby|trade\s+group|industry\s+group)\s+"
                              r"(?:(?:that|which)\s+represents|representing)\s+[^,;.:]{0,80}?"
                              r"(?:,\s*(?:including|such\s+as|among\s+them)\s+|\s+(?:including|such\s+as)\s+)?"
                              r"(?:(?:[\w-]+\s+){0,3}?(?:and|,)\s*)*(?:the\s+)?\Z", re.I)
# a review of a measure, whose "by" names the reviewer ("a review of the decision by the Administrative Review Tribunal")
_REVIEW_OF_BEFORE = re.compile(r"\b(?:review|reconsideration|re-?examination)\s+of\s+(?:the|its|this|that|their)\s+"
                               r"(?:[\w-]+\s+){0,2}?\Z", re.I)
# after a probe's maker (and its holder's name), what the probe found ("by the LAPD's inspector general, Mark Smith,
# in March 2019 found that the department")
_PROBE_FOUND_THAT = re.compile(r"(?:\s*,\s*(?-i:[A-Z][\w.'\u2019-]*)(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,3}\s*(?=,))?"
                               r"\s*,?(?:\s+(?:in|on|last|this|earlier)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,?\s+"
                               r"(?:has\s+|had\s+|have\s+)?(?:found|concluded|established|determined|showed|revealed)\s+"
                               r"that\s+(?:the\s+)?")
# a participle of passing something on ("collected data on drivers, selling it to third parties including X")
_PASSED_ON_AFTER_COMMA = re.compile(r",\s+(?:selling|sharing|passing|providing|supplying|licensing|offering|handing|"
                                    r"giving|transferring|disclosing|reselling)\s", re.I)
# a verb of building or running what a "network of" cameras names ("is rolling out a network of")
_BUILDS_NETWORK = re.compile(r"\b(?:rolling\s+out|rolled\s+out|rolls\s+out|installing|installed|installs|building|built|"
                             r"builds|expanding|expanded|expands|deploying|deployed|deploys|operating|operates|operated|"
                             r"running|runs|ran|set\s+up|setting\s+up)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?\Z", re.I)
# a relative clause on people no party stands for ("anyone in the Netherlands who uses", "companies that buy")
_UNNAMED_WHO = re.compile(r"\b(?:anyone|anybody|everyone|everybody|whoever|those|people|organi[sz]ations|businesses|"
                          r"companies|firms|employers|retailers|shops|agencies)(?:\s+(?:in|across|from|throughout)\s+"
                          r"[^,;.]{1,40}?)?\s+(?:who|that|which)\s+(?:[a-z]+\s+){0,2}\Z")
# "a website's use of": an owner the text does not name
# ", among them", ", including": a list that names some of a group the sentence opened with
_LIST_APPOSITION_BEFORE = re.compile(r",\s+(?:among\s+them|including|such\s+as|notably)\s+(?:the\s+)?\Z")
_LIST_HEAD_REST = re.compile(r"\s+and\s+(?:[\w-]+\s+){1,4}?[a-z][\w-]*s")
_UNNAMED_OWNER = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['\u2019]s\s+$")
# "opened an investigation into the use of X", "a ban on the deployment of X": the use is what the act is about,
# not the subject's own
_USE_AS_SUBJECT_MATTER = re.compile(
    r"\b(?:into|about|against|regarding|concerning|on|challenging|challenged|criticised|criticized|questioned|"
    r"questioning|examining|examined|probing|probed|investigating|investigated|banning|banned|barring|barred|"
    r"restricting|restricted|prohibiting|prohibited|outlawing|outlawed|condemned|condemning|opposed|opposing)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_COUNTED_TIED = re.compile(r"\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|more)\s+(?:more\s+)?"
                           r"(?:people|individuals|entities|companies|firms|persons|executives|accounts)\s+(?:and\s+)?){1,2}"
                           r"(?:tied|linked|connected|related)\s+to\s+(?:the\s+)?", re.I)
_INCLUDING_NAMED = re.compile(r"[^,;.]{0,30}?,\s+including\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_PLATFORM_NOUN_AFTER = re.compile(r"\s+(?:accounts?|users?|pages|posts|profiles)\b")
_DESCRIBING_NOUN_BEFORE = re.compile(r"[\w)]\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}\Z")
_USE_NOUN = re.compile(r"(?:use|uses|deployments?|trials?|pilots?)\s+of$", re.I)
# "a consortium led by the US technology company": the party that leads the consortium stands for it
_LED_CONSORTIUM = re.compile(r"\s*(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture|group)\s+(?:led|headed)\s+by\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,4}?", re.I)
# ", revealed by the whistleblower": the agent of a participle in an aside after a comma
_AGENT_OF_ASIDE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
CLOSED_RELATIVE = re.compile(r"\s*,\s+(?:(?:a|an)\s+[^,;:()]{1,60}?\s+(?:who|which|whose|that)|who|which|whose)\s+[^;:()\u201c\u201d\"]{3,200}?,\s+"
                              r"(?:(?:has|have|had|also|then|later|last\s+year|now|already)\s+){0,2}", re.I)
_LAW_OF = re.compile(r"(?:['\u2019]s?)?\s+(?:[A-Z][\w-]*\s+){0,6}(?:Act|Law|Code|Regulation|Statute|law|statute)\b")
_ALLEGE_AFTER = re.compile(r"\s+(?:also\s+)?(?:allege|alleges|alleged|say|says|said|claim|claims|claimed|argue|argues|"
                           r"argued|contend|contends|contended|accuse|accuses|accused)\b")
_COUNTED_AFTER_PREP = re.compile(
    r"\b(?P<prep>against|on|over|targeting)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:of\s+(?:those|these|the)\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|groups|developers|makers|brokers|vendors|"
    r"platforms|apps|startups|retailers|operators|agencies|forces|departments)"
    # ("against seven companies it accused of exploiting personal data on a massive scale: A, B": a relative clause first)
    r"(?:\s*(?:,|:|\u2014|\s-)|\s+(?:that|which|who|it|they)\s+[^,:;.\u2014]{1,80}?\s*(?::|\u2014|\s-))\s+\Z", re.I)
# "against seven companies ": a counted plural right before what follows it
_COUNTED_PLURAL_END = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+\Z",
                                 re.I)
_COUNTED_LIST = re.compile(r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:companies|firms|groups|developers|makers|brokers|vendors|platforms|apps|startups|"
                           r"retailers|operators|agencies|forces|departments|people|men|women)\b[^,.;]{0,40},\s+"
                           r"(?:[A-Z][\w.]*-(?:based|registered|incorporated|headquartered)\s+)?")
# a lower-case word after a place that is no verb (nor auxiliary, preposition or conjunction)
_ADJECTIVAL_PLACE = re.compile(r"\s+(?!(?:has|have|had|is|was|are|were|will|would|can|could|may|must|should|did|does|"
                               r"and|or|but|to|on|in|of|for|with|at|by|from|as|also|then|later|now|which|who|that|"
                               r"over|about|after|before|under|against|into|through|during|since|until|via|per|amid|"
                               r"among|than|because|while|when|where|if|not|never|still|already|itself|a|an|the|its|"
                               r"their|this|these|those|last|next|on|off|up|out|yet|so|both|each|only|just|"
                               r"became|become|becomes|sues|bans|fines|orders|joins|says|said|sued|banned|fined|"
                               r"ordered|joined|voted|passed|adopted|began|begins|took|takes|made|makes|won|lost|"
                               r"filed|agreed|agrees|brought|sent|told|sold|bought|paid|led|held|found|gave|got|left|"
                               r"met|ran|set|struck|threw|wrote|sought|fought|kept|put|hit|cut|spent|went|came|saw|"
                               # ("Evanston shut off its Flock readers")
                               r"shut|quit|withdrew|froze|upheld|forbade|forbid|chose|drew|stood|overrode|"
                               r"let|lets|want|wants|plan|plans|sue|ban|fine|order|join|say|bring|send|tell|pay|"
                               r"seek|take|make|move|ask|urge|warn|need|say|use|uses|used|adopt|approve|decide|"
                               # ("agreed to pay Texas nearly $1.4 billion": an adverb after the place)
                               r"nearly|almost|roughly|approximately|around|some|more|less|recently|previously|"
                               r"initially|formerly|finally|eventually|quietly|jointly|separately|together|again|too|"
                               # ("Evanston first contracted with Flock")
                               r"first|once|twice|originally|subsequently|ultimately|successfully|unsuccessfully|"
                               r"repeatedly|reportedly|allegedly|secretly|quickly|swiftly|immediately|publicly|"
                               r"formally|officially|briefly|temporarily|unanimously|narrowly|abruptly|voluntarily)\b)"
                               r"[a-z]+(?<!ed)(?<!s)\b(?![-'\u2019])")
_RELATIVE_IN_GAP = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|es|s)\b|"
                              r"\b(?:accusing|alleging|claiming|charging)\s+(?:the|it|them|that)\b[^,;]*\s(?:of|that)\s")
# a clause with a pronoun subject after a verb's object ("charges that it shared data with X")
_THAT_CLAUSE_IN_GAP = re.compile(r"\bthat\s+(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+|would\s+)?(?:[a-z]+ly\s+)?[a-z]+\b")
# "its bid to overturn an order", "asked the court to lift a ban": the seeker is bound by the decision
_SEEKS_TO_UNDO = re.compile(r"\b(?:bid|attempt|effort|application|request|appeal|challenge|asked|sought|seeks?|"
                            r"seeking|tried|trying|wants?|wanted|moved)\b[^.;]{0,80}?\bto\s+(?:overturn|quash|annul|lift|"
                            r"block|set\s+aside|reverse|suspend|halt|stop)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.I)
# "Liberty, which is backing a legal challenge": a supporter of a suit, not its claimant
_SUPPORTING = re.compile(r"\b(?:backing|backed|backs|supporting|supported|supports|funding|funded|funds|bankrolling)\s+"
                         r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "X, whose cameras are used by ...": what a passive after "whose" tells is about X's things
_WHOSE_PASSIVE = re.compile(r"\s*,?\s*whose\s+[^,;]{1,80}?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                            r"(?:also\s+|widely\s+|now\s+)?", re.I)
# "whose firm", "whose employer": another party than the one named acts in the clause
_WHOSE_OTHER = re.compile(r"\bwhose\s+(?:law\s+)?(?:firm|company|employer|clients?|business|son|daughter|husband|wife|"
                          r"partner|parent\s+company|owner|subsidiary|landlord)\b", re.I)
_NOUN_OPENS_CLAUSE = re.compile(r"(?:,|\b(?:argued|argues|claimed|claims|contended|contends|insisted|insists|maintained|"
                                r"maintains|said|says|believed|believes)(?:\s+that)?)\s+(?:the|this|that|its|their)\s+"
                                r"(?:[\w-]+\s+){0,2}$")
_FINITE_NEXT = re.compile(r"\s+(?:must|will|would|could|can|may|might|should|was|were|is|are|has|had|have|requires?|"
                          r"bars?|took|takes|came|comes)\b")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:has|had|have)\s+(?:ever\s+|already\s+|now\s+|so\s+far\s+)?[a-z]+(?:ed|en|ght)\b")
_COPULA_NOUN = re.compile(r"\s+(?:is|was|are|were|remains|remained)\s+(?:also\s+|still\s+)?(?:the|a|an|this|that)\s+"
                         r"(?:[\w$£€.,-]+\s+){0,4}")
# "... alleging that", "... filed in Illinois argue that": the suit's claim, opening with whom it accuses
_ALLEGING_THAT = re.compile(r"(?:\s+[^.;:,]{0,50}?)?\s+(?:(?:alleg(?:ing|ed|es|e)|argu(?:ing|ed|es|e)|claim(?:ing|ed|s)?|"
                            r"contend(?:ing|ed|s)?|assert(?:ing|ed|s)?)\s+that|accus(?:ing|ed|es))\s+(?:the\s+)?")
# "was instructed to impose the fine by X": the fine the instructed party is to impose
_TOLD_TO_IMPOSE = re.compile(r"\b(?:was|were|been|being)\s+(?:instructed|ordered|told|directed|required|asked)\s+to\s+"
                             r"(?:impose|issue|levy|hand\s+down)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}\Z")
_PRODUCT_NOUNS = r"(?:system|software|tool|platform|app|technology|cameras?|service|product|program|programme|algorithm)s?"
# "the Palantir-based system": a product built on the vendor's
_VENDOR_BUILT = re.compile(rf"-(?:based|made|built|powered)\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT_NOUNS}\b")
# "the NEC software (that) it used": a vendor's product before an object relative
_PRODUCT_THEN_RELATIVE = re.compile(rf"(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT_NOUNS}\s+(?:that\s+|which\s+)?")
# "Choice revealed that ...": a that-clause reported by the party before its verb
_REPORTED_THAT = re.compile(r"\b(?:revealed|said|says|found|reported|disclosed|showed|discovered|alleged|claimed)\s+"
                            r"(?:on\s+\w+\s+)?that\s+(?:the\s+)?\Z")
# "After the EU's top court struck down the framework in 2020, ...": an adverbial clause opening the sentence
_OPENING_ADVERBIAL_CLAUSE = re.compile(r"\W*(?:In|On|After|Before|Since|When|Following|Last|This|By|Until)\b[^,;]{0,150},\s*(?:the\s+)?")
# "X and Y are among the companies that have ...": the subject of "are" does what the relative clause tells
_AMONG_THOSE_WHO = re.compile(_AMONG + r"(?:[\w-]+\s+){0,4}?"
                              r"(?:that|who|which)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|already\s+)?\Z", re.I)
# "a lawsuit brought by X, who accused Y of ...": whom the suit's makers accuse
_WHO_ALLEGED = re.compile(r"\s*,?\s+(?:who|which|that)\s+(?:had\s+)?(?:(?:alleged|argued|claimed|contended|said)\s+that|"
                          r"accused)\s+(?:the\s+)?")
_SEEKING_FROM = re.compile(r"\s+(?:[^.;:,]{0,30}?\s+)?(?:seeking|demanding|claiming)\s+(?:[\w$£€.,-]+\s+){0,5}?"
                           r"(?:in\s+damages\s+)?from\s+(?:the\s+)?")
_ASKED_TO_ACT = re.compile(r"\s+(?:\S+\s+){1,8}?to\s+(?:investigate|probe|look\s+into|take\s+(?:enforcement\s+)?action\s+"
                           r"against)\s+(?:the\s+)?", re.I)
# "... in FTC settlement", "... under a settlement with": the subject's own settlement
_IN_SETTLEMENT = re.compile(r"\b(?:in|under|as\s+part\s+of|through)\s+(?:a|an|the|its)?\s*(?:[\w$£€.,-]+\s+){0,3}$", re.I)
_PAYS = re.compile(r"\b(?:(?:will|must|would|has\s+agreed\s+to|agreed\s+to|is\s+to|to)\s+)?pa(?:y|ys|id|ying)\s+"
                   r"(?:a|an|the)?\s*(?:[\w$£€.,-]+\s+){0,4}$", re.I)
_CLAUSE_VERB_AFTER_PRONOUN = re.compile(r"\s+(?:(?:had|has|have|would|will|could|was|were)\s+)?(?:[a-z]+ly\s+)?"
                                        r"[a-z]{2,}(?:ed|s)\b")
# ", and Bunnings paused ...": a past-tense verb after a name opens a clause of its own
_PAST_VERB_AFTER = re.compile(r"\s+(?:(?:quickly|soon|later|then|also|promptly|itself)\s+)?[a-z]{3,}ed\b")
# "found that after a 2019 update the coffee chain gathered ...": a time phrase may open the clause a finding
# reports, before its subject
_FRONTED_TIME_IN_CLAUSE = re.compile(r"\s+(?:after|before|since|during|between|until|following|from|in)\s+"
                                     r"(?:[\w$.'\u2019-]+\s+){0,4}?[\w$.'\u2019-]+(?:\s*,\s*|\s+)(?:the\s+)?", re.I)
# "X said the municipality had ...": between a finder and the subject of what it found
_FOUND_SUBJECT = re.compile(r"\s+(?:(?:also|further|again)\s+)?(?:said|found|concluded|ruled|held|determined|decided)"
                            r"(?:\s+that)?\s+(?:the\s+)?", re.I)
# "The use of facial recognition by South Wales Police ...": a sentence that opens on a party's use of something
_USE_BY_OPENING = re.compile(r"\W*(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:use|deployment|rollout|trial|collection|"
                             r"processing|scraping|sharing|retention)\s+of\s+[^,;]{0,80}?\s+by\s+(?:the\s+)?")
_CLAUSE_AFTER_NAME = re.compile(r"\s+(?:will|would|has|have|had|was|were|is|are|must|agreed|also|then|later|said|says)\b")
_OPPOSED_MEASURE = re.compile(r"\b(?:lobbied|lobbying|lobbies|campaigned|campaigning|fought|fighting|argued|arguing|"
                              r"protested|protesting|spoke|speaking|pushed\s+back|warned|warning)\s+against\s+"
                              r"(?:the|a|an|its|their|any)?\s*(?:[\w-]+\s+){0,3}$", re.I)
_AGREED_TO = re.compile(r"\b(?:agree[sd]?|agreeing|consented|consents)\s+to\s+(?:[^.;:]{0,60}?(?:,|\band)\s+)?(?:a|an|the)?\s*"
                        r"(?:[\w$£€.,-]+\s+){0,3}$", re.I)
_AUTHORITIES = frozenset({"regulator", "government", "police", "court"})
# "sued X together with groups representing survivors of domestic violence, among them A and B": the partners
_TOGETHER_WITH_NAMED = re.compile(r"\b(?:together|along)\s+with\s+(?:[^.;]{0,160}?),?\s+(?:among\s+them|including)\s+"
                                  r"(?:the\s+)?\Z", re.I)
# "breached Facebook's and Instagram's terms by scraping": whose terms a collection broke
_TERMS_BY = re.compile(r"(?P<owners>(?:(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}['\u2019]s?\s*(?:,\s*|\s+and\s+)?)+)"
                       r"(?:terms(?:\s+of\s+(?:service|use))?|user\s+agreements?|rules|policies)\s+(?:\w+\s+){0,3}?by\s+"
                       r"(?:\w+\s+){0,2}\Z", re.I)
_BROKE_TERMS = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:did\s+not|didn['\u2019]t|had\s+not|has\s+not|never)\s+)?"
                          r"(?:violat\w*|breach\w*|broke|broken|break|infring\w*)\s+(?:the\s+)?", re.I)
# an investigation noun between a verb and "jointly with X": X is the investigation's partner, not the verb's
_PROBE_NOUN = re.compile(r"\b(?:investigation|probe|inquiry|audit|examination)s?\b", re.I)
# A partner in the act (of the actor's kind): "investigated Clearview jointly with the UK's ICO"
_JOINTLY = re.compile(r"\b(?:jointly\s+with|together\s+with|alongside|in\s+(?:cooperation|conjunction|partnership|"
                      r"collaboration|tandem)\s+with)\s+(?:the\s+)?(?:[\w-]+['\u2019]s\s+)?$", re.I)


# "condemned the decision as ...": the object is a decision, not a party
_DECISION_OBJECT = re.compile(r"\s+(?:the|this|that|its|their)\s+(?:(?!(?:a|an|the)\s)[\w-]+\s+)?(?:decision|move|plan|policy|deployment|"
                              r"rollout|programme|program|scheme|expansion|vote|"
                              # ("condemned the FIR, calling it an attack on the press": whoever filed it)
                              r"FIR|complaint|charges|lawsuit|suit|ruling|judgment|raid|arrests?|proposal|pilot|trial)\b", re.I)


# "accusing the company of collecting ...": the accused, then what it is accused of doing
_ACCUSING_BEFORE = re.compile(r"\b(?:accus\w*|alleg\w*|charg\w*|suspect\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,8}$")
_OF_DOING_BEFORE = re.compile(r"\s+of\s+(?:[a-z]+ly\s+)?(?:[a-z]+ing\s+[^,.;]{0,80}?\bto\s+(?:[a-z]+ly\s+)?)?"
                              # ("accusing the company of violating the state's law by scraping photos")
                              r"(?:[a-z]+ing\s+[^.;]{0,120}?\s(?:by|in)\s+(?:[a-z]+ly\s+)?)?")
# where a case was lost ("lost his case in the High Court", "losing at the Court of Appeal")
_LOST_AT = re.compile(r"\s+(?:(?:his|her|its|their)\s+(?:legal\s+)?\w+\s+)?(?:(?:on|last|this|earlier|in)\s+\w+\s+)?"
                      r"(?:in|at|before)\s+(?:the\s+)?")
_AFTER_OPENING = re.compile(r"\W*(?:After|Since|Despite)\s+")
# the makers of a product named after them ("the Chinese companies behind DeepSeek")
_BEHIND_PRODUCT = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|start-?ups?|developers?|makers?|"
                             r"owners?|operators?|team|entities)\s+(?:behind|that\s+(?:runs?|makes?|operates?|owns?|"
                             r"developed|built))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
# "The case, brought in 2015 by X, alleged that Y ...": who filed it, in an aside after the noun
_FILED_BY_ASIDE = re.compile(r",\s+(?:(?:first|originally|initially)\s+)?(?:filed|brought|lodged|launched)\s+"
                             r"(?:(?:in|on|last)\s+[\w,]+\s+)?(?:in\s+[^,]{0,40}?\s+)?by\s+(?:the\s+)?", re.I)
_ACCUSES_AFTER_ASIDE = re.compile(r",\s+(?:accus(?:es|ed)|alleg(?:es|ed)\s+that|claim(?:s|ed)\s+that|names?|named|"
                                  r"targets?|targeted|charg(?:es|ed))\s+", re.I)
# "X joined Y and Z in prohibiting ...": X does what it joined them in
_JOINED_IN = re.compile(r"\bjoin(?:ed|s|ing)\s+[^.;]{1,120}?\s+in\s+$", re.I)
# "X found the city had not ... and ordered it to": a verb coordinated with a finding shares the finder
_FINDING_THEN_AND = re.compile(r"(?:[^.;]*?)\b(?P<verb>found|finds|concluded|concludes|determined|ruled|rules|held)\b"
                               r"(?:\s+that)?\s+[^;]*?\band\s+(?:also\s+|has\s+|had\s+)?\Z")
# "sided with X in its dispute with Y", "ruled in favour of X against Y": Y lost
_SIDED_WITH = re.compile(r"\b(?:sided|sides|siding)\s+with$|\bin\s+fav(?:ou)?r\s+of$|^(?:backed|backs)$", re.I)
_OPPONENT_AFTER = re.compile(r"\s+(?:(?:in|over)\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:dispute|fight|case|"
                             r"battle|row|clash|lawsuit|suit|challenge)\s+(?:with|against)|against)\s+(?:the\s+)?", re.I)
_FIGHT_AFTER = re.compile(r"['\u2019]?s?\s+(?:[\w-]+\s+){0,2}?(?:dispute|fight|case|battle|row|clash|lawsuit|suit)\b", re.I)
# a court that refuses to undo a measure ("refused to suspend the ban")
_REFUSED_TO_UNDO = re.compile(r"(?:refused|refuses|declined)\b.*\bto\s+(?:suspend|lift|overturn|annul|quash|halt|block|stay|"
                              r"set\s+aside)$", re.I)
# "following a campaign by X", "after a backlash from Y": protest that led to what the sentence tells
# ("after years of protests by the Stop LAPD Spying Coalition", "after protests by students")
_PROTEST_BEFORE = re.compile(r"\b(?:following|after|amid|in\s+response\s+to)\s+(?:(?:a|an|the)\s+|(?:years|months|weeks|decades)\s+of\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.I)
# a participle clause after a comma, with a subject and object of its own
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:finding|saying|ruling|arguing|concluding|noting|citing|adding|holding|declaring|"
                                r"stating|deciding|explaining|reasoning)\b")
# an event noun that is the subject of what caused it ("The probe follows a complaint by ...")
_NOUN_THEN_FOLLOWS = re.compile(r"\s+(?:follows|followed|stems|stemmed|comes\s+after|came\s+after|was\s+prompted|"
                                r"has\s+been\s+prompted|was\s+triggered|was\s+sparked)\b", re.I)


@lru_cache(maxsize=256)
def _multiword_prep_tail(preps: tuple[str, ...], most: int = 2) -> re.Pattern | None:
    """One compiled pattern for the prepositions of several words among ``preps`` ("supplied by", "software
    from"), ending a gap after at most ``most`` words (compiled once per tuple, not per call)."""
    several = [p for p in preps if " " in p]
    if not several:
        return None
    alternation = "|".join(re.escape(p) for p in sorted(several, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,{most}}}$")


def _between_ok(text: str) -> bool:
    return not CLAUSE_BREAK.search(text)


# "researchers at", "several journalists of": people named by the body they belong to
_PEOPLE_NOUNS = r"(?:researchers|academics|scientists|journalists|reporters|employees|staff|members|students|workers|activists)"
_PEOPLE_AT = re.compile(r"\s+(?:(?:a|the|some|several|two|three|\d+)\s+)?(?:[\w-]+\s+)?" + _PEOPLE_NOUNS +
                        r"(?:\s+and\s+(?:other\s+)?" + _PEOPLE_NOUNS + r")?\s+(?:at|of|from|with|behind)\s+"
                        r"(?:the\s+)?(?:(?:[\w.&-]+\s+){0,4}?[\w.&-]+['\u2019]s\s+)?", re.I)
# "customer of", "clients of" (the contract nouns of one customer and its vendor)
_CUSTOMER_OF = re.compile(r"(?i)(?:customer|client)s?\s+of")
# "The LAPD, a longtime customer of", "the LAPD was one of the first customers of": what lies between the
# customer and the noun
_DESCRIBED_AS = re.compile(r"(?:\s*,\s+|\s+(?:is|was|are|were|became|becomes|has\s+been|had\s+been|remains|remained)\s+)"
                           r"(?:a|an|the|one|another)\s+(?:of\s+(?:the|its)\s+)?(?:[\w-]+\s+){0,3}?")


def _pair(actor_group: Group | None, target_group: Group | None, frame: str,
          self_target_open: bool = False) -> list[RoleAssignment]:
    """One assignment per actor-target pair; a party never acts on itself (with ``self_target_open`` the
    target is left open instead, for the article's context to fill: "It rejected the findings ... to it")."""
    actors = actor_group.members if actor_group else [None]
    targets = target_group.members if target_group else [None]
    out = []
    for a in actors:
        for t in targets:
            if a is not None and t is not None and a.party.id == t.party.id:
                if self_target_open:
                    out.append(RoleAssignment(a, None, frame))
                continue
            out.append(RoleAssignment(a, t, frame))
    return out


class RoleFinder:
    """Applies the frames of the module docstring to one trigger."""

    def __init__(self, lexicon: Lexicon, window: int = 220):
        self.lexicon = lexicon
        self.window = window
        self.undergoer = re.compile(
            # (a time may split the phrase: "was hit on Thursday with a penalty")
            r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+(?:(?:on|last|this|earlier)\s+\w+\s+)?")
                                for v in lexicon.undergoer_verbs)
            # ("hit with a record 746 million euro ($886.6 million) fine": an amount and its conversion)
            + r")\b(?:\s+[\w$£€.,'\u2019-]+){0,6}(?:\s+\([^()]{1,30}\))?(?:\s+[\w-]+)?\s*$", re.I)

    def assign(self, sentence: str, trigger: Trigger, groups: list[Group],
               triggers: list[Trigger] = ()) -> list[RoleAssignment]:
        """Actor-target pairs for ``trigger``; a party the actor acted "jointly with" acts too ("The OAIC
        investigated Clearview jointly with the ICO")."""
        if "members" in sentence or "counts" in sentence or "represents" in sentence:
            # "NetChoice, a trade association that counts Meta, Google and X among its members, sued ...": a group's
            # members take no part in what the group does
            spans = [(m.start("list"), m.end("list")) for m in _MEMBERS_LISTED.finditer(sentence)]
            groups = [g for g in groups if not any(start <= g.start and g.end <= end and not start <= trigger.start < end
                                                   for start, end in spans)]
        owner = _UNNAMED_OWNER.search(sentence, max(0, trigger.start - 60), trigger.start) \
            if not trigger.is_verb and trigger.action.slug == "contract" else None
        if owner is not None and not any(owner.start() < g.end <= trigger.start for g in groups):
            return []  # "ruled that a website's use of Google Analytics breached the GDPR": the user is nobody named
        if not trigger.is_verb and trigger.action.slug == "ruling" and trigger.text.lower().startswith("decision") \
                and _FRONTED_DECISION.fullmatch(sentence, 0, trigger.start) \
                and re.match(r"\s*,", sentence[trigger.end:]):
            return []  # "In a parallel decision, IMY fined Apohem": the decision is the act the sentence tells
        if trigger.action.slug == "contract" and trigger.is_verb and _SERVERS_OF.match(sentence, trigger.end):
            return []  # "had used WhatsApp's servers to deliver its spyware": its infrastructure, no purchase
        if not trigger.is_verb and _CHARACTERISED_AS.search(sentence, max(0, trigger.start - 100), trigger.start):
            return []  # "which his office described as the largest settlement ever obtained by a state": no new one
        found = self._assign(sentence, trigger, groups, triggers)
        if not trigger.is_verb and trigger.action.slug in ("lawsuit", "appeal") \
                and _INTERVENES_IN.search(sentence, max(0, trigger.start - 60), trigger.start):
            # "The EHRC will intervene in a judicial review brought against the Met": the one who joins a case
            # brought by others does not bring it
            # (but "brought by Shaun Thompson": the one named as bringing it does)
            found = [r if r.actor is not None and r.actor.start >= trigger.end
                     else RoleAssignment(None, r.target, r.frame + "+intervener") for r in found]
        found = self._in_context(sentence, trigger, groups, found)
        listed = next((g for g in groups if g.start > trigger.end
                       and _INCLUDING_AFTER.fullmatch(sentence, trigger.end, g.start)), None) \
            if trigger.is_verb and _UNNAMED_PLURAL_SUBJECT.match(sentence) \
            and not any(g.end <= trigger.start for g in groups) else None
        if listed is not None:
            # "Several government bodies had already blocked the chatbot ..., including the trade ministry and X":
            # the bodies the list names act
            objects = [g for g in groups if trigger.end <= g.start and g.end <= listed.start]
            targets = objects[0].members if objects else [None]
            members = list(listed.members)
            for g in groups:  # (the list goes on past items no party stands for: "..., the defence ministry and X")
                if g.start > members[-1].end and _LIST_GOES_ON.fullmatch(sentence, members[-1].end, g.start):
                    members.extend(g.members)
            if trigger.is_participle and self._passive_aux(sentence[:trigger.start]):
                # "Five companies linked to the consortium were also sanctioned, including X and Y": the listed
                # are whom it was done to, by an agent the context names
                found = [RoleAssignment(None, m, "including-after-passive") for m in members]
            else:
                found = [RoleAssignment(m, t, "including-after") for m in members for t in targets
                         if t is None or t.party.id != m.party.id]
        terms = _TERMS_BY.search(sentence, 0, trigger.start) \
            if trigger.action.slug == "data_collection" and trigger.is_verb and all(r.target is None for r in found) else None
        if terms is not None:
            # "X did not violate Facebook's and Instagram's terms by scraping public data": the platforms it took from,
            # by the one said to break their terms
            owners = [m for g in groups if terms.start("owners") <= g.start and g.end <= terms.end("owners")
                      for m in g.members]
            breaker = next((g for g in reversed(groups) if g.end <= terms.start("owners")
                            and _BROKE_TERMS.fullmatch(sentence, g.end, terms.start("owners"))), None)
            # (not the owner of the terms, which an actor search may take for the subject of "by scraping")
            actors = [r.actor for r in found if r.actor is not None
                      and r.actor.party.id not in {m.party.id for m in owners}] or (breaker.members if breaker else [])
            if owners and actors:
                found = [RoleAssignment(a, m, "active+terms-owner") for a in actors for m in owners
                         if m.party.id != a.party.id]
        actors = {r.actor.party.id for r in found if r.actor is not None}
        if trigger.is_verb and len(actors) > 1 and not any(r.target for r in found) \
                and re.match(r"\s+(?:them|those\s+\w+|these\s+\w+|all\s+(?:three|four|five|of\s+them)|both|"
                             r"the\s+(?:two|three|four|five)(?:\s+\w+)?)\b", sentence[trigger.end:]):
            # ("... revealed that the two retailers and The Good Guys were using it and referred them to ..."): they are
            # whom the verb acts on
            found = [RoleAssignment(r.actor, r.actor, r.frame) for r in found if r.actor is not None]
        if trigger.is_verb and len(actors) > 1 and actors == {r.target.party.id for r in found if r.target is not None}:
            # "Choice revealed that A, B and C were using it and referred the three retailers to the regulator": the
            # parties the verb acts on are not its subject; the one who revealed acts
            first = min((r.actor for r in found if r.actor is not None), key=lambda m: m.start)
            reporter = _REPORTED_THAT.search(sentence, max(0, first.start - 60), first.start)
            teller = next((g for g in reversed(groups) if reporter is not None and g.end <= reporter.start()
                           and re.fullmatch(r"\s+(?:\w+ly\s+)?(?:had\s+|has\s+)?", sentence[g.end:reporter.start()])), None)
            targets = {r.target.party.id: r.target for r in found if r.target is not None}
            found = [RoleAssignment(a, t, "reporter-acts") for a in (teller.members if teller else [])
                     for t in targets.values() if a.party.id != t.party.id]
        if trigger.action.slug == "contract" and trigger.is_verb and found and all(r.target is None for r in found):
            vendor = _vendor_of_object_relative(sentence, trigger, groups)
            if vendor is not None:
                # "had not checked the NEC software it used": the product before the relative clause is the vendor's
                found = [RoleAssignment(r.actor, m, r.frame + "+object-relative") for r in found for m in vendor.members
                         if r.actor is None or r.actor.party.id != m.party.id]
        if trigger.action.slug in ("lawsuit", "complaint") and not trigger.is_verb and found \
                and all((r.actor is None or r.actor.party.kind == "court") and r.target is not None for r in found):
            # (a court that rules on the case does not bring it: "The high court's ruling came in a case against X,
            # brought by Y")
            # "The case against the Dutch state was brought by a coalition including X and Y": who brought it
            last = max(r.target.end for r in found)
            brought = _BROUGHT_BY_AFTER.match(sentence, last)
            bringer = next((g for g in groups if brought is not None and g.start == brought.end()), None)
            if bringer is not None:
                found = [RoleAssignment(a, r.target, r.frame + "+brought-by") for r in found for a in bringer.members
                         if a.party.id != r.target.party.id]
        if trigger.action.symmetric or not found:
            return found
        if trigger.action.slug == "ruling" and trigger.text.lower() == "allowed":
            # "has allowed The New York Times to pursue its lawsuit against OpenAI": against the suit's other side
            against = next((g for g in groups if g.start > trigger.end
                            and _ALLOWED_AGAINST.fullmatch(sentence, trigger.end, g.start)), None)
            if against is not None:
                found = [RoleAssignment(r.actor, m, r.frame + "+allowed-against") for r in found[:1] for m in against.members]
        found = found + self._and_listed(sentence, found, groups)
        if trigger.action.slug in ("fine", "settlement"):
            found = found + self._gapped(sentence, trigger, groups, found)
        if trigger.action.slug in ("lawsuit", "complaint"):
            found = found + self._joined_later(sentence, found, groups)
        if trigger.action.slug == "lawsuit":
            found = found + self._clients(sentence, trigger, found, groups)
        partner = next((g for g in groups if g.start >= trigger.end and _JOINTLY.search(sentence, 0, g.start)
                        and _between_ok(sentence[trigger.end:g.start])), None) \
            or next((g for g in groups if g.start >= trigger.end
                     and _TOGETHER_WITH_NAMED.search(sentence, trigger.end, g.start)), None)
        if partner is None or (trigger.action.slug != "investigation"
                               and _PROBE_NOUN.search(sentence, trigger.end, partner.start)):
            return found  # ("fined Meta at the end of an investigation, carried out jointly with X": X's part is the probe)
        extra = [RoleAssignment(m, r.target, r.frame + "+jointly") for r in found if r.actor is not None
                 for m in partner.members
                 if m.party.id != r.actor.party.id and (r.target is None or m.party.id != r.target.party.id)
                 and (m.party.kind == r.actor.party.kind or {m.party.kind, r.actor.party.kind} <= _AUTHORITIES)]
        return found + extra

    @staticmethod
    def _joined_later(sentence: str, found: list[RoleAssignment], groups: list[Group]) -> list[RoleAssignment]:
        """"The case was brought by ODIA, a civil society group, and was later joined by CELS", "a challenge by X,
        which was later joined by Y": the one who joined sues too."""
        actors = [r.actor for r in found if r.actor is not None]
        if not actors:
            return []
        last = max(a.end for a in actors)
        joined = next((g for g in groups if g.start > last and _JOINED_LATER.fullmatch(sentence, last, g.start)), None)
        if joined is None:
            return []
        return [RoleAssignment(m, r.target, r.frame + "+joined") for r in found if r.actor is not None
                for m in joined.members if r.target is None or m.party.id != r.target.party.id]

    @staticmethod
    def _clients(sentence: str, trigger: Trigger, found: list[RoleAssignment],
                 groups: list[Group]) -> list[RoleAssignment]:
        """"The MacArthur Justice Center sued the city on behalf of Michael Williams": the people a suit is brought
        for sue too (they are its plaintiffs; the lawyers file it)."""
        pairs = [r for r in found if r.actor is not None and r.target is not None]
        if not pairs:
            return []
        start = max([trigger.end] + [m.end for r in pairs for m in (r.actor, r.target)])
        client = next((g for g in groups if g.start >= start and _FOR_CLIENT.fullmatch(sentence, start, g.start)), None)
        if client is None or any(m.party.kind != "person" for m in client.members):
            return []
        known = {m.party.id for r in pairs for m in (r.actor, r.target)}
        return [RoleAssignment(m, r.target, r.frame + "+client") for r in pairs for m in client.members
                if m.party.id not in known]

    @staticmethod
    def _and_listed(sentence: str, found: list[RoleAssignment], groups: list[Group]) -> list[RoleAssignment]:
        """"against Perplexity and three firms it calls scrapers - SerpApi, Oxylabs and AWMProxy": the parties the
        list after a counted plural names are targets too."""
        targets = [r.target for r in found if r.target is not None]
        if not targets:
            return []
        last = max(targets, key=lambda t: t.end)
        listed = _AND_COUNTED_DASH.match(sentence, last.end)
        if listed is None:
            return []
        members, end = [], listed.end()
        for g in sorted(groups, key=lambda g: g.start):
            if g.start < end:
                continue
            if (not members and _FIRST_ITEM_DESCRIPTION.fullmatch(sentence, end, g.start)) \
                    or (members and (_BETWEEN_LIST_GAP.fullmatch(sentence, end, g.start)
                                     or _BETWEEN_DESCRIBED_ITEMS.fullmatch(sentence, end, g.start))):
                members.extend(g.members)
                end = g.end
            else:
                break
        known = {id(m) for r in found for m in (r.actor, r.target) if m is not None}
        actors = {id(r.actor): r.actor for r in found if r.actor is not None and r.target is last}
        return [RoleAssignment(a, m, "and-listed") for a in actors.values() for m in members
                if id(m) not in known and m.party.id != a.party.id]

    def _in_context(self, sentence: str, trigger: Trigger, groups: list[Group],
                    found: list[RoleAssignment]) -> list[RoleAssignment]:
        """The pairs of the frames, corrected by what stands around the trigger: who collected what a relative
        clause tells was scraped, nouns that describe a thing or an act of someone else, an owner's use, and the
        parties a state's sanctions name through what they are tied to."""
        if trigger.action.slug == "data_collection" and trigger.is_verb:
            if not found or all(r.actor is None and r.frame.startswith("passive") for r in found):
                # "the app whose database of photos was scraped from Facebook, Venmo and ...": taken from the source
                source = next((g for g in groups if g.start >= trigger.end
                               and re.fullmatch(r"\s+from\s+(?:the\s+)?", sentence[trigger.end:g.start])), None)
                found = [RoleAssignment(None, m, "source-passive") for m in source.members] if source else found
            found = self._collector_of_relative(sentence, trigger, groups, found) if found else found
            found = [r for r in found if r.actor is not None or r.frame != "source-passive"]
        if not trigger.is_verb and _DESCRIBING_NOUN_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start) \
                and re.match(r"\s+(?:that|which)\s", sentence[trigger.end:]):
            # "over the Fraud Signalling Facility, a secret blacklist that labelled ...": the noun describes a thing
            # named before it, not an act of the sentence's subject
            found = [r for r in found if r.frame != "active"]
        if not trigger.is_verb and trigger.action.slug == "contract" and _USE_NOUN.fullmatch(trigger.text) \
                and _USE_AS_SUBJECT_MATTER.search(sentence, max(0, trigger.start - 60), trigger.start):
            # "The ICO opened an investigation into the use of Clearview AI": the ICO is not the user
            found = [r for r in found if r.frame != "active"]
        if not trigger.is_verb and trigger.action.slug == "contract" and _USE_NOUN.fullmatch(trigger.text) \
                and any(r.frame == "active" for r in found):
            owner = next((g for g in groups if g.end <= trigger.start and re.fullmatch(
                r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}", sentence[g.end:trigger.start])), None)
            if owner is not None:
                # "a complaint over the Interior Ministry's undeclared use of BriefCam": the owner is the user
                found = [RoleAssignment(owner.members[-1], r.target, "possessive") if r.frame == "active" else r
                         for r in found if r.frame != "active" or r.target is None
                         or not re.search(r"[,;]", sentence[trigger.end:r.target.start])]
        if trigger.action.slug in ("ban", "fine") and found and all(r.target is None for r in found):
            # "imposed sanctions on two individuals and five entities tied to the Intellexa Consortium, including its
            # founder Tal Dilian": the body they are tied to, and the one the list names
            tied = next((g for g in groups if g.start >= trigger.end and _COUNTED_TIED.fullmatch(sentence, trigger.end, g.start)),
                        None)
            if tied is not None:
                named = next((g for g in groups if g.start > tied.end and not _is_pronoun(g)
                              and _INCLUDING_NAMED.fullmatch(sentence, tied.end, g.start)), None)
                targets = tied.members + (named.members if named else [])
                found = [RoleAssignment(r.actor, m, r.frame + "+tied-to") for r in found[:1] for m in targets]
        return found

    @staticmethod
    def _gapped(sentence: str, trigger: Trigger, groups: list[Group], found: list[RoleAssignment]) -> list[RoleAssignment]:
        """"T-Mobile was hit with an $80 million penalty and Sprint with $12 million", "AT&T must pay $57 million
        and Verizon nearly $47 million": a second party and its own amount, the verb left out, undergo the same act."""
        actors = {id(r.actor): r.actor for r in found if r.target is not None}
        known = {r.target.party.id for r in found if r.target is not None}
        if len(actors) != 1:
            return []
        actor = next(iter(actors.values()))
        out = []
        for g in groups:
            if g.start < trigger.end or not (_GAPPED_BEFORE.search(sentence, max(0, trigger.start - 40), g.start)
                                             or _GAPPED_AFTER_ADJUNCTS.search(sentence, trigger.end, g.start)) \
                    or not _GAPPED_AMOUNT.match(sentence, g.end):
                continue
            out.extend(RoleAssignment(actor, m, "gapped") for m in g.members
                       if m.party.id not in known and (actor is None or m.party.id != actor.party.id))
        return out

    @staticmethod
    def _collector_of_relative(sentence: str, trigger: Trigger, groups: list[Group],
                               found: list[RoleAssignment]) -> list[RoleAssignment]:
        """"sued Clearview AI, the company that has amassed a database of photos scraped from Facebook": what a
        relative clause tells is collected, the party the clause is about collected."""
        relative = _IN_RELATIVE.search(sentence, max(0, trigger.start - 200), trigger.start)
        if relative is None:
            return found
        antecedent = next((g for g in reversed(groups) if g.end <= relative.start()
                           and not sentence[g.end:relative.start()].strip()), None)
        if antecedent is None or any(relative.start("clause") <= g.start and g.end <= trigger.start for g in groups):
            return found  # (a party inside the clause may be its subject: "which Facebook says scraped ...")
        collector = antecedent.members[-1]
        return [RoleAssignment(collector, r.target, r.frame + "+relative-collector") for r in found
                if r.target is None or r.target.party.id != collector.party.id][:len(found)]

    def _assign(self, sentence: str, trigger: Trigger, groups: list[Group],
                triggers: list[Trigger] = ()) -> list[RoleAssignment]:
        if trigger.text.lower().startswith("said in ") and not _BREACH_BEFORE.search(sentence, 0, trigger.start):
            return []  # "Amnesty said in a report that ...": a report; a finding only of a breach told before it
        if trigger.text.lower() in ("said", "says"):
            breach = _BREACH_BEFORE.search(sentence, 0, trigger.start) or _BREACH_BEFORE.search(sentence, trigger.end)
            if breach is None or _ALLEGING.search(sentence, 0, breach.start()):
                # "X plans to appeal, the company said": no finding told; "Amazon will pay $25m to settle allegations
                # that it violated ..., the FTC said": an allegation settled, not a finding
                return []
        imposed = _IMPOSED_BY_AFTER.match(sentence, trigger.end) \
            if not trigger.is_verb and trigger.action.slug in ("ban", "fine", "order") else None
        if imposed is not None and not any(imposed.start() < g.start <= imposed.end() for g in groups):
            return []  # "extending a ban first imposed by Norway": its maker is not a party the text names
        if not trigger.is_verb and trigger.action.slug in ("appeal", "lawsuit"):
            # "rejected a request by Worldcoin to lift the agency's ban": the party the trigger names after "by"
            # asks; against the maker of the measure when a name owns it ("Datatilsynet's ban"), else the story's
            asker = next((g for g in groups if trigger.start < g.start and g.end <= trigger.end
                          and re.search(r"\bby\s+(?:the\s+)?$", sentence[trigger.start:g.start])), None)
            if asker is not None:
                maker = next((g for g in groups if g.start >= trigger.end
                              and re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger.end:g.start])
                              and re.match(r"['\u2019]s?\s", sentence[g.end:])), None)
                return _pair(asker, maker, "request-by")
        # "X has fined Y and ordered it to ...": Y, the object of an earlier verb, is not the subject.
        objects = {id(g) for g in groups for t in triggers
                   if t.is_verb and t.end <= g.start and t is not trigger and t.start < trigger.start
                   and not t.text.lower().endswith("that")
                   and _direct_object_gap(sentence[t.end:g.start])
                   # (not the comma of "50,000" or "($300,000)")
                   and re.search(r"\band\b|,(?=\s)", _PARENTHESES.sub("", _restated_amounts(sentence[g.end:trigger.start])))
                   # "ordering Clearview to stop using": Clearview uses (not "added Intellexa to its Entity List")
                   and (not re.match(r"\s+to\b(?!\s+(?:its|the|their|a|an|his|her)\b)", sentence[g.end:])
                        or _PAST_AFTER_AND.search(sentence[:trigger.end]))
                   # ("sued Clearview AI, which scraped photos from Facebook": the object opens a relative clause)
                   and not _RELATIVE_ON.match(sentence, g.end, trigger.start)}
        # "Amnesty named Hikvision and TKH Security and urged both firms ...": the object of a verb the lexicon does
        # not know is not the next verb's subject either
        objects |= {id(g) for g in groups if g.end <= trigger.start
                    and _VERB_BEFORE_OBJECT.search(sentence, max(0, g.start - 30), g.start)
                    and re.fullmatch(r"\s*,?\s*and\s+(?:also\s+|then\s+|later\s+)?", sentence[g.end:trigger.start])}
        # ("declared Worldcoin's collection unlawful and ordered ...": a name inside an earlier trigger is its own)
        objects |= {id(g) for g in groups for t in triggers
                    if t is not trigger and t.end <= trigger.start and t.start < g.start and g.end <= t.end}
        left = [g for g in groups if g.end <= trigger.start and trigger.start - g.end <= self.window
                and id(g) not in objects]
        right = [g for g in groups if g.start >= trigger.end and g.start - trigger.end <= self.window]
        # "Cadillac Fairview used facial recognition ..., an investigation by the privacy commissioner has found":
        # the probe and the finding are the investigator's, on the subject of the clause it reports (however long)
        opening = groups[0] if groups and groups[0].end <= trigger.start else None
        if opening is not None and re.fullmatch(r"\W*(?:[Tt]he\s+)?", sentence[:opening.start]) \
                and not _is_pronoun(opening) and not opening.members[0].party.is_place:
            probe = _PROBE_BY_BEFORE.search(sentence, 0, trigger.start) \
                if trigger.action.slug == "ruling" and trigger.is_verb else None
            if probe is not None and _REPORTED_FINDING_END.match(sentence, trigger.end):
                agent = next((g for g in reversed(left) if g.start >= probe.start("by")), None)
                if agent is not None and agent is not opening:
                    return _pair(agent, opening, "reported-finding")
            if trigger.action.slug == "investigation" and not trigger.is_verb \
                    and _FRONTED_PROBE.search(sentence, 0, trigger.start):
                agent = next((g for g in right if _PROBE_AGENT_GAP.fullmatch(sentence, trigger.end, g.start)), None)
                if agent is not None and agent is not opening and _FOUND_AFTER.match(sentence, agent.end):
                    return _pair(agent, opening, "noun-by+reported-finding")
        action_is_contract = trigger.action.slug == "contract"
        # "The penalty surpasses the fine imposed on Amazon": parties after a second trigger of the same
        # action belong to that one.
        # ("annulled the decision of the region": a decision that is the verb's object is no second event)
        same_next = min((t.start for t in triggers if t.start >= trigger.end and t.action is trigger.action
                         and not (trigger.is_verb and not t.is_verb
                                  and re.fullmatch(r"\s+(?:the|a|an|its|their|this|that)\s+", sentence[trigger.end:t.start]))
                         # ("has been fined £7.5m, in a penalty notice that ..., by the ICO": the same fine told again)
                         and not (trigger.is_verb and not t.is_verb
                                  and re.search(r"[,\s]\s*in\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?\Z", sentence[trigger.end:t.start]))
                         # ("using 'Orwellian' facial recognition cameras supplied by X": what is used)
                         # ("an amicus brief opposing Clearview's claim": the noun's own clause)
                         and not (not trigger.is_verb and t.is_verb and t.text.lower().endswith("ing")
                                  and not sentence[trigger.end:t.start].strip())
                         and not (not t.is_verb and action_is_contract
                                  and re.fullmatch(r"\s+(?:[\w'\u2018\u2019-]+\s+){0,4}", sentence[trigger.end:t.start]))),
                        default=None)
        if same_next is not None:
            right = [g for g in right if g.start < same_next]
        before = sentence[:trigger.start]
        after = sentence[trigger.end:]
        action = trigger.action

        def by_group(preps) -> Group | None:
            for g in right:
                gap = sentence[trigger.end:g.start]
                if (not _between_ok(gap) and len(gap) > 3) or _AND_NEW_VERB.search(gap) or _AND_INTENDS_TO.search(gap):
                    return None  # (not "disappointed with the decision and planned to seek a review by X": another's)
                if _is_possessive_pronoun(g):
                    continue  # "from its surveillance footage", "a suit by its shareholders": not the party itself
                if _prep_before(sentence, g) in preps:
                    if "by" in preps and _OTHER_PARTICIPLE_BY.search(gap):
                        return None  # "were ordered ... to ensure that the data is deleted by the US company"
                    return g
                if "by" in preps and _BY_INCLUDING.fullmatch(gap):
                    return g  # "whose cameras are used by shops including Southern Co-op": one of those named
            return None

        letter = _LETTER_TO.search(sentence, 0, trigger.start) \
            if action.slug == "cease_and_desist" and trigger.text.lower().startswith("demand") else None
        if letter is not None:
            # "X has sent a letter to Y, the startup that ..., demanding that it stop": the letter's sender
            # demands, of its addressee
            addressee = next((g for g in right + left if g.start >= letter.end()
                              and re.fullmatch(r"\s*", sentence[letter.end():g.start])), None)
            sender = next((g for g in left if g.end <= letter.start() and _prep_before(sentence, g) is None
                           and not _is_pronoun(g)), None)
            if addressee is not None and sender is not None \
                    and _between_ok(re.sub(r",[^,]*,", ",", sentence[addressee.end:trigger.start])):
                return _pair(sender, addressee, "letter-demanding")
        subject = self._subject(sentence, trigger, left, [g for g in groups if g.end <= trigger.start])
        owner = next((g for g in reversed(left) if _WHOSE_PASSIVE.fullmatch(sentence, g.end, trigger.start)), None) \
            if trigger.is_verb else None
        if owner is not None:
            subject = owner  # "Facewatch, whose cameras are used by retailers including Southern Co-op": Facewatch's
        if subject is not None and not trigger.is_verb and action.slug in ("lawsuit", "complaint", "appeal") \
                and _SUPPORTING.search(sentence[subject.end:trigger.start]):
            subject = None  # "Liberty, which is backing a legal challenge": a supporter is not the claimant
        if subject is not None and _WHOSE_OTHER.search(sentence[subject.end:trigger.start]) \
                and not re.search(r"[,;]", sentence[subject.end:trigger.start].split("whose", 1)[1]):
            subject = None  # "Kelly Conlon, a lawyer whose firm is involved in litigation": the firm's, not hers
        if subject is not None and not trigger.is_verb and action.slug in ("order", "ban", "fine", "ruling", "investigation") \
                and _NOUN_OPENS_CLAUSE.search(sentence, subject.end, trigger.start) and _FINITE_NEXT.match(sentence, trigger.end):
            subject = None  # "Because Rite Aid is in bankruptcy, the order must be approved": the noun opens its clause
        if subject is not None and not trigger.is_verb and _COPULA_NOUN.fullmatch(sentence, subject.end, trigger.start) \
                and not any(w in PREPOSITIONS for w in _words(sentence[subject.end:trigger.start])):
            subject = None  # "It is the largest penalty the authority has imposed": the subject names the act
            clause = next((g for g in right if re.fullmatch(r"\s+(?:that\s+)?", sentence[trigger.end:g.start])
                           and _CLAUSE_VERB_AFTER.match(sentence, g.end)), None)
            if clause is not None:  # ... whose actor is the subject of the clause after the noun
                return _pair(clause, None, "copula-clause")
        if subject is not None:
            # "Microsoft and Google, joined by Cisco, filed a brief": the joiners act too
            joined = [g for g in left if g.start > subject.end
                      and _JOINED_BY.search(sentence[subject.end:g.start]) and g is not subject]
            if joined:
                subject = Group(subject.members + [m for g in joined for m in g.members])
        if re.search(r",\s+and\s+(?:also\s+|then\s+)?$", before) and trigger.is_verb:
            # "The Garante said OpenAI had processed data ..., and ordered the company to ...": the verb
            # shares the subject of the sentence, not of the clause in between.
            first = next((g for g in groups if g.end <= trigger.start and _prep_before(sentence, g) is None
                          and not _is_pronoun(g)), None)
            if first is not None:
                subject = first
        if trigger.is_verb and subject is not None and re.search(r"\s(?:and|but)\s+(?:also\s+|then\s+)?$", before) \
                and action.actor_kinds and subject.members[0].party.kind not in action.actor_kinds:
            # "The CNIL found that Clearview AI had breached the GDPR and ordered the company to delete the data":
            # a verb that the clause's subject cannot do is the finder's, joined after its finding
            first = next((g for g in groups if g.end <= subject.start and _prep_before(sentence, g) is None
                          and not _is_pronoun(g)), None)
            if first is not None and first.members[0].party.kind in action.actor_kinds \
                    and _FINDING_THAT.fullmatch(sentence, first.end, subject.start):
                subject = first
        if trigger.is_verb and re.search(r"[^,],\s+$", before) and _PRESENT_VERB.fullmatch(trigger.text.split()[0]) \
                and any(t.is_verb and t.end <= trigger.start and _PRESENT_VERB.fullmatch(t.text.split()[0]) for t in triggers):
            # "CNIL fines Clearview AI €20 million, orders deletion of data": verbs listed in a headline share
            # its subject
            first = next((g for g in groups if g.end <= trigger.start and _prep_before(sentence, g) is None
                          and not _is_pronoun(g)), None)
            if first is not None:
                subject = first
        if trigger.is_verb and action.slug in ("ruling", "order", "ban") and trigger.text.split()[0].lower().endswith("ing") \
                and re.search(r",\s*(?:also\s+)?$", before):
            # "Kenya's High Court ordered Worldcoin to delete ..., ruling that the data had been gathered ...":
            # the participle shares the subject of the sentence
            first = next((g for g in groups if g.end <= trigger.start and _prep_before(sentence, g) is None
                          and not _is_pronoun(g)), None)
            # (not past a reporter: "Clearview breached the law, the commissioner has found, ordering it to ...")
            if first is not None and not (action.slug == "order"
                                          and _REPORTING_VERB.search(sentence, first.end, trigger.start)):
                subject = first
        if trigger.is_verb and re.search(r",\s+having\s+(?:(?:also|since|already|previously)\s+)?$", before):
            # "Paragon counts ICE among its customers, having signed a contract with the agency": the
            # participle shares the subject of the sentence
            first = next((g for g in groups if g.end <= trigger.start and _prep_before(sentence, g) is None
                          and not _is_pronoun(g)), None)
            if first is not None:
                subject = first
        said = _SAID_THEN_PARTICIPLE.search(before) if trigger.is_verb and trigger.text.split()[0].lower().endswith("ing") \
            or not trigger.is_verb else None
        if said is not None and (trigger.is_verb or said.group("ing")):
            # "Frontex broke its rules, the EDPS said on Wednesday, issuing the agency with a reprimand": the
            # participle's subject is who said it
            reporter = next((g for g in reversed(groups) if g.end <= said.start()
                             and not sentence[g.end:said.start()].strip()), None)
            if reporter is not None and not _is_pronoun(reporter):
                subject = Group(reporter.members[-1:])  # ("to Europol, the EDPS said": the one before the verb)
        # (after an opening adverbial: "After the EU's top court struck down the framework in 2020, Uber stopped ...")
        found_on = next((g for g in left if g is not subject and (
            re.fullmatch(r"\W*(?:[Tt]he\s+)?", sentence[:g.start]) or _OPENING_ADVERBIAL_CLAUSE.fullmatch(sentence, 0, g.start)
            # ("The use of facial recognition by South Wales police ... is lawful, the high court has ruled")
            or _USE_BY_OPENING.fullmatch(sentence, 0, g.start))),
                        None) if left else None
        if action.slug == "ruling" and trigger.is_verb and subject is not None and found_on is not None \
                and _REPORTED_FINDING_END.match(sentence, trigger.end) \
                and re.search(r",\s*(?:the\s+)?(?:[\w-]+\s+){0,3}$", sentence[:subject.start]) \
                and not _is_pronoun(found_on) and not found_on.members[0].party.is_place:
            # "Clearview AI broke Australian privacy law, the commissioner has found": the finding is on the
            # subject of the clause it reports
            return _pair(subject, found_on, "reported-finding")
        if action.slug == "order" and trigger.text.lower() in ("granted", "grants", "granting"):
            # "granting an injunction sought by X": the injunction binds whom the story says, not X
            return _pair(subject, None, "granted-injunction")
        if trigger.is_verb and trigger.text.split()[0].lower().endswith("ing") and _NOUN_BEFORE.search(before) \
                and not (subject is not None and re.fullmatch(r"[\s,]*", sentence[subject.end:trigger.start])) \
                and not _ENACTED_DOCUMENT.search(before):
            subject = None  # "a 2009 law barring ...": the participle modifies a noun, not a party

        # "Big Brother Watch asked the ICO to take action against PimEyes": a complaint against whom the
        # authority is asked to act on (the authority is only its addressee)
        if not trigger.is_verb and action.slug in ("lawsuit", "complaint") and len(left) >= 2 \
                and _JOINED.fullmatch(sentence, left[-2].end, left[-1].start) \
                and _IN_A_SUIT.fullmatch(sentence, left[-1].end, trigger.start):
            # "A, B and other novelists have joined the Authors Guild in a class action against OpenAI": all sue
            accused = self._object(sentence, trigger, right, preps=action.target_preps) or next(
                (g for g in right if _ALLEGING_THAT.fullmatch(sentence, trigger.end, g.start)), None)
            return _pair(Group(left[-2].members + left[-1].members), accused, "joined")
        if action.slug == "appeal" and trigger.is_verb and trigger.text.lower() == "asked":
            # "asked the National High Court to lift a ban imposed by the AEPD": against whoever imposed it
            return _pair(subject, by_group(("by", "from")), "asked-to-undo")
        asked = _ASKED_TO_ACT.match(sentence, trigger.end) if action.slug == "complaint" else None
        if asked is not None:
            accused = next((g for g in right if g.start == asked.end()), None)
            return _pair(subject, accused, "asked-to-act") if accused is not None else []
        if action.slug == "contract" and not trigger.is_verb and _CUSTOMER_OF.fullmatch(trigger.text):
            # "The LAPD, a longtime customer of Geolitica,", "the LAPD was a customer of Geolitica": the customer is
            # the party the noun describes
            customer = left[-1] if left and _DESCRIBED_AS.fullmatch(sentence, left[-1].end, trigger.start) else None
            if customer is not None:
                return _pair(customer, self._object(sentence, trigger, right, preps=("of",)), "customer-of")
        if action.slug == "contract" and not trigger.is_verb and trigger.text.lower().startswith("whose "):
            # "Mercadona, whose system was developed with the Israeli company AnyVision,": the one the relative clause
            # is on bought from the one named after the participle
            owner = left[-1] if left and re.fullmatch(r"\s*,\s*", sentence[left[-1].end:trigger.start]) else None
            supplier = next((g for g in right if _SUPPLIER_AFTER.fullmatch(sentence, trigger.end, g.start)), None)
            return _pair(owner, supplier, "whose-supplied") if owner is not None and supplier is not None else []
        if action.slug == "contract" and not trigger.is_verb and trigger.text.lower() in ("clients", "customers",
                                                                                         "client", "customer"):
            # "Clearview AI's clients have included the FBI, ICE and DHS, as well as retailers such as Macy's":
            # the vendor is the possessive, the clients are listed after ("its biggest customer, the LAPD,";
            # "Flock, whose customers include ...")
            # ("Facewatch, whose other clients include ...", "whose biggest customers include")
            whose = re.search(r",\s+whose\s+(?:(?:other|biggest|largest|main|many|major|best-known|public-sector)\s+)?$",
                              sentence[:trigger.start])
            vendor = (left[-1] if whose and left and left[-1].end == whose.start() else None) \
                or self._possessive(sentence, trigger, left)
            listed = [g for g in right if _between_ok(sentence[trigger.end:g.start])
                      and not re.search(r"\b(?:that|which|who|said|says|according\s+to|reported|reviewed)\b",
                                        sentence[trigger.end:g.start])]
            if not trigger.text.lower().endswith("s"):
                listed = listed[:1]  # (one customer: "its biggest customer, the LAPD, dropped ..., and Santa Cruz ...")
            return [r for g in listed for r in _pair(g, vendor, "clients")] if vendor is not None else []
        if action.slug == "ruling" and trigger.is_verb and trigger.text.lower().startswith(("lost", "losing")):
            # "Bridges had lost his case in the High Court": the court ruled against the one who lost;
            # "After losing in the High Court, Bridges took ...": the loser is the subject of the main clause
            court = next((g for g in right if _LOST_AT.fullmatch(sentence, trigger.end, g.start)
                          and g.members[0].party.kind == "court"), None)
            loser = subject
            if court is not None and trigger.text.lower().startswith("losing") and _AFTER_OPENING.fullmatch(before):
                loser = next((g for g in right if g.start > court.end and not _is_pronoun(g)
                              and re.fullmatch(r"[^,;.]*,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}", sentence[court.end:g.start])), None)
            return _pair(court, loser, "lost-case") if court is not None and loser is not None else []
        filed_by = _FILED_BY_ASIDE.match(sentence, trigger.end) \
            if not trigger.is_verb and action.slug in ("lawsuit", "complaint") else None
        if filed_by is not None:
            # "The case, brought in 2015 by users A, B and C, alleged that Facebook ...": the aside names who filed
            # it, the verb after it whom it is against
            filer = next((g for g in right if g.start >= filed_by.end() and not g.members[0].party.is_place
                          and re.fullmatch(r"(?:[\w-]+\s+){0,3}?", sentence[filed_by.end():g.start])), None)
            close = sentence.find(",", filer.end) if filer is not None else -1
            accused = _ACCUSES_AFTER_ASIDE.match(sentence, close) if close >= 0 else None
            defendant = next((g for g in right if accused is not None and g.start >= accused.end()
                              and re.fullmatch(r"(?:the\s+)?", sentence[accused.end():g.start])), None)
            if filer is not None and defendant is not None:
                return _pair(filer, defendant, "filed-by-aside")
        joined = _JOINED_IN.search(before) if trigger.is_verb and trigger.text.lower().endswith("ing") else None
        if joined is not None and subject is not None:
            # "Oakland joined San Francisco and Somerville in prohibiting ...": the one who joins does it too
            joiner = next((g for g in left if g.end <= joined.start() and _prep_before(sentence, g) is None), None)
            target = self._object(sentence, trigger, right, preps=action.target_preps)
            if joiner is not None and joiner is not subject:
                return _pair(subject, target, "active") + _pair(joiner, target, "joined-in")
        if action.slug == "ruling" and _SIDED_WITH.search(trigger.text):
            # "The Upper Tribunal sided with the ICO in its dispute with Clearview AI", "sides with ICO in Clearview
            # AI jurisdiction fight": against the winner's opponent
            winner = right[0] if right and re.fullmatch(r"\s*(?:the\s+)?", sentence[trigger.end:right[0].start]) else None
            loser = next((g for g in right if winner is not None and g.start > winner.end and not _is_pronoun(g)
                          and (_OPPONENT_AFTER.fullmatch(sentence, winner.end, g.start)
                               or (re.fullmatch(r"\s+in\s+(?:the\s+)?", sentence[winner.end:g.start])
                                   and _FIGHT_AFTER.match(sentence, g.end)))), None)
            if winner is not None and loser is not None:
                return _pair(subject, loser, "sided-with")
        if action.slug == "ruling" and trigger.is_verb and _REFUSED_TO_UNDO.match(trigger.text):
            # "refused to suspend the data protection agency's ban on Worldcoin": against the one the measure
            # binds (named after "on" or "against"), else the one the story says challenged it
            bound = next((g for g in right if re.fullmatch(r"[^.;,]{0,60}?\b(?:on|against)\s+(?:the\s+)?",
                                                           sentence[trigger.end:g.start])), None)
            return _pair(subject, bound, "refused-undo")
        if action.slug == "criticism" and not trigger.is_verb and _PROTEST_BEFORE.search(before):
            # "UCLA abandoned the plan following a campaign by Fight for the Future": the campaigners criticised
            # the sentence's subject
            critic = by_group(("by", "from"))
            opener = groups[0] if groups and groups[0].end <= trigger.start \
                and _SENTENCE_SUBJECT_SLOT.fullmatch(sentence, 0, groups[0].start) else None
            return _pair(critic, opener, "campaign-against") if critic is not None and opener is not None else []
        if action.slug == "contract" and not trigger.is_verb and trigger.text.lower() in _HIRED_NOUNS:
            # "BNSF argued that the scanning was carried out by a contractor, Remprex": the firm named with the noun
            # was hired by the (first) other party of the sentence
            vendor = next((g for g in right if re.fullmatch(r",?\s+", sentence[trigger.end:g.start]) and not _is_pronoun(g)),
                          None) \
                or next((g for g in reversed(left) if re.fullmatch(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}",
                                                                   sentence[g.end:trigger.start])), None)
            # ("Remprex, a contractor it hired": the one the sentence names first hired it; "hired by X": X did)
            hirer = next((g for g in right if re.fullmatch(r"\s+(?:hired|engaged|employed|used)\s+by\s+(?:the\s+)?",
                                                           sentence[trigger.end:g.start])), None)
            buyer = hirer or next((g for g in groups if g is not vendor and not g.members[0].party.is_place
                          and g.members[0].party.kind in ("company", "platform", "police", "government")), None)
            return _pair(buyer, vendor, "hired") if vendor is not None and buyer is not None else []
        if action.slug == "contract" and trigger.text.lower().startswith("network of"):
            # "its network of 172 Flock Safety cameras": the owner of the network, never the sentence's subject
            owner = self._possessive(sentence, trigger, left)
            if owner is None and _BUILDS_NETWORK.search(sentence, max(0, trigger.start - 40), trigger.start):
                # "Uganda's police force is rolling out a network of cameras ...": the one who builds it
                owner = self._subject(sentence, trigger, left)
            vendor = self._object(sentence, trigger, right, preps=action.target_preps)
            return _pair(owner, vendor, "possessive") if owner is not None else []  # (a vendor may come later)
        if action.slug == "contract" and trigger.is_verb and trigger.text.lower() in self.lexicon.supplier_verbs:
            # "Reddit licenses its data to Google and OpenAI": the customer, after "to", is the actor
            customer = next((g for g in right if _SOLD_TO.fullmatch(sentence, trigger.end, g.start)
                             and not _is_possessive_pronoun(g)), None) or next(  # ("sold the insights to its clients")
                (g for g in right[:1] if re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger.end:g.start])
                 and re.match(r"\s+with\b", sentence[g.end:])), None)  # "supplied NOPD with software"
            return _pair(customer, subject, "supplied") if customer is not None else []
        # Obliged: "Mercadona must pay EUR 2.52m after Spain's data protection agency concluded ...",
        # "the company must delete the photos, the FTC said".
        if re.sub(r"\s+", " ", trigger.text.lower()) in self.lexicon.obliged_verbs:
            if action.slug == "fine" and re.search(r"\bsettl|\bagree", sentence, re.I):
                return []  # "Google must pay Texas $1.4bn under the settlement": no fine
            authority = by_group(("by", "from")) or next(
                (g for g in groups if g is not subject and g.members[0].party.kind in ("regulator", "court", "government")),
                None)
            return _pair(authority, subject, "obliged")
        # "accusing the company of collecting photos": the accused does what the -ing verb says
        accused_subject = next((g for g in reversed(left) if _OF_DOING_BEFORE.fullmatch(sentence, g.end, trigger.start)
                                and _ACCUSING_BEFORE.search(sentence[:g.start])), None) if trigger.is_verb else None
        if accused_subject is not None:
            subject = accused_subject
        # Passive with a parenthesis after the auxiliary: "Access to ChatGPT was, with immediate effect and pending
        # an investigation, temporarily blocked in Italy by the Garante": the subject stands before "was"
        interrupted = _INTERRUPTED_PASSIVE.search(before) if trigger.is_participle else None
        if interrupted is not None:
            return _pair(by_group(("by",)), next((g for g in reversed(left) if g.end <= interrupted.start()), None),
                         "passive")
        # "A judge has ordered the subway operator to suspend the rollout, in a lawsuit brought by public defenders and
        # civil society groups": plaintiffs the sentence does not name sue the one the main clause binds
        if action.slug == "lawsuit" and not trigger.is_verb and left and _IN_A_CASE.search(before) \
                and _BY_UNNAMED.match(after) and left[-1].members[0].party.kind not in ("court", "person") \
                and not _is_pronoun(left[-1]):
            return _pair(None, left[-1], "in-case-by-unnamed")
        if action.slug == "anaphora" and trigger.text.lower().startswith("followed by"):
            # ", followed by Somerville and Oakland": the ones named after do the same, on their own
            if not re.search(r",\s*$", before):
                return []
            after_by = next((g for g in right if re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger.end:g.start])), None)
            return _pair(after_by, None, "followed-by") if after_by is not None else []
        # "Those designated by the Treasury include X, a manager, and Y": the ones a sanction names are listed after
        if action.slug == "ban" and trigger.text.lower() == "designated" and _THOSE_BEFORE.search(before):
            verb = _DESIGNATED_ARE.match(sentence, trigger.end)
            if verb is not None:
                listed, last_end = [], verb.end()
                for m in (m for g in right for m in g.members if m.start >= verb.end() and not m.party.is_place):
                    # (past a relative clause on an item, the list goes on after ", as well as")
                    if _RELATIVE_OR_CLAUSE.search(sentence, last_end, m.start) \
                            and not _LIST_RESUMES.search(sentence, last_end, m.start):
                        continue
                    listed.append(m)
                    last_end = m.end
                agent = next((g for g in right if g.end <= verb.start("verb") and _prep_before(sentence, g) == "by"), None)
                return _pair(agent, Group(listed) if listed else None, "passive-designated")
        # Participles of the passive without an auxiliary: "Sued by the ACLU in 2020, Clearview AI has agreed ...",
        # "The chatbot, blocked by the Garante in March, had been unavailable": the agent acts on the party the
        # participle describes
        if trigger.is_participle and _BY_AFTER.match(sentence, trigger.end):
            agent = by_group(("by",))
            if _FRONTED.fullmatch(before):
                described = _group_after_comma(sentence, trigger.end, right)
                if agent is not None and described is not None:
                    return _pair(agent, described, "fronted-participle")
            elif left and _REDUCED_RELATIVE_GAP.fullmatch(sentence, left[-1].end, trigger.start) and agent is not None:
                return _pair(agent, left[-1], "reduced-relative")
        if trigger.is_participle and action.slug in ("ruling", "fine", "order", "ban", "investigation") \
                and _FRONTED.fullmatch(before) and not _BY_AFTER.match(sentence, trigger.end):
            # "Found to have breached Australians' privacy ..., Clearview AI was ordered by X to ...": the party the
            # participle describes undergoes it; who acted comes from the story
            described = _group_after_comma(sentence, trigger.end, right)
            if described is not None:
                return _pair(None, described, "fronted-passive")
        # Passive: "X was fined by Y", "X has been ordered to".
        if trigger.is_participle and self._passive_aux(before):
            if action.slug == "withdrawal" and subject is not None and by_group(("by",)) is None \
                    and re.match(r"['\u2019]s?\s", sentence[subject.end:]):
                # "HireVue's facial analysis feature was dropped": the owner of what was dropped withdrew it
                return _pair(subject, None, "owner-passive")
            if action.slug == "data_collection" and subject is not None and by_group(("by",)) is None \
                    and re.match(r"['\u2019]s\b", sentence[subject.end:]):
                # "Clearview AI's database of photos was scraped from Facebook": the owner of what was taken took it
                return _pair(subject, by_group(("from",)), "owner-passive")
            if action.slug == "ban" and subject is not None and by_group(("by",)) is None:
                # "have been banned from Meta's services", "was banned from Facebook and Instagram": the platform
                # that shuts them out bans them
                owner = next((g for g in right if _BANNED_FROM_PLATFORM.fullmatch(sentence, trigger.end, g.start)
                              and g.members[0].party.kind in ("platform", "company")), None)
                if owner is not None and not {m.party.id for m in owner.members} & {m.party.id for m in subject.members}:
                    return _pair(owner, subject, "passive+platform-owner")
            if subject is not None:
                # "Apple was fined 500 million euros and Meta 200 million euros by the Commission": both are fined
                also = [g for g in right if _AMOUNT_AND_NAME.fullmatch(sentence, trigger.end, g.start)]
                if also:
                    subject = Group(subject.members + also[0].members)
            return _pair(by_group(("by",)), subject, "passive")

        def inversion() -> list[RoleAssignment] | None:
            if not (trigger.is_verb and subject is not None and not self._object(sentence, trigger, right, direct_only=True)
                    and (not right or re.match(r"\s*[.!]?\s*$", after)
                         or re.match(r"\s+(?:on|in|last|this|earlier|\w+day)\b", after)
                         # (", the court of appeal has ruled, in a landmark judgment in a case brought by X")
                         # (", Privacy Commissioner X has concluded, though he said the grocer would ...")
                         or re.match(r"\s*,\s+(?:in|on|after|with|as|following|saying|adding|finding|noting|though|"
                                     r"although|but|while)\b", after))):
                return None
            head = sentence[:subject.start]
            if re.match(r"\s*,", sentence[subject.end:trigger.start]) \
                    or {m.party.id for m in subject.members} & {m.party.id for m in groups[0].members}:
                return None  # "Avast, the antivirus software maker, will pay": an apposition, not a reporter
            if re.match(r"\s*(?:In|At|On|For|Under|After|Before|With)\s", head) or _SUPPORTED_BY.match(head):
                return None  # "In Cothron v. White Castle, the Illinois Supreme Court ruled": a fronted phrase
                # ("Supported by the group Liberty, he ... appealed": who backs him, no reporter)
            # (the reporter may carry a title: ", Privacy Commissioner Daniel Therrien concluded")
            if re.search(r",\s*(?:the\s+)?(?:[\w-]+['\u2019]s\s+)?(?:[A-Z][\w-]*\s+){0,3}$", head) and groups[0] is not subject \
                    and groups[0].end <= head.rfind(",") and not _ROLE_OF_ORG.match(sentence, groups[0].end) \
                    and not _AGENT_OF_ASIDE.search(sentence, max(0, groups[0].start - 60), groups[0].start):
                # (not "Britain's interception, revealed by the whistleblower X in 2013, violated ...": X only revealed)
                # (not "Its director, Silkie Carlo, called ...": the group names whose director speaks)
                if action.slug == "criticism" and trigger.text.lower() in ("warned", "warns", "said"):
                    return []  # "TikTok could face a fine, the ICO warned": the warning reports, not criticises
                return _pair(subject, groups[0], "inverted")
            return None

        # a finding reported after the fact ("X broke the law, the commissioner concluded in a report") is no
        # headline passive
        if action.slug == "ruling" and trigger.is_participle:
            inverted = inversion()
            if inverted is not None:
                return inverted
        # Object relative: "The app, which Britain's ICO fined £12.7 million in April, ...": the antecedent
        # is the object
        # ("which WhatsApp has been suing since 2019": a verb in the progressive too)
        nearest = left[-1] if left and trigger.is_verb and re.fullmatch(
            r"\s+(?:(?:had|has|have|also|later|first)\s+)?(?:(?:long|repeatedly|previously|publicly|once|often)\s+)?"
            + (r"(?:(?:been|is|are|was|were)\s+)?"
                                                               if trigger.text.lower().endswith("ing") else ""),
            sentence[left[-1].end:trigger.start]) else None
        relative = _OBJECT_RELATIVE.search(sentence, max(0, nearest.start - 60), nearest.start) if nearest else None
        among = _AMONG_OBJECT_RELATIVE.search(sentence, max(0, nearest.start - 80), nearest.start) if nearest else None
        member = next((g for g in reversed(left) if g.end == among.start()), None) if among is not None else None
        if member is not None and not _is_pronoun(member):
            # "Hikvision and Dahua were among eight companies that the Commerce Department added to its entity list"
            return _pair(nearest, member, "object-relative+among")
        if relative is not None and relative.group("apposition") and _is_pronoun(nearest):
            relative = None  # "said in a statement that it disagreed with the decision": a clause of what is said
        if relative is not None:
            antecedent = next((g for g in reversed(left) if g.end <= relative.start()
                               and re.fullmatch(r"\s*", sentence[g.end:relative.start()])), None)
            if antecedent is not None and not relative.group("apposition"):
                return _pair(nearest, antecedent, "object-relative")
            # (the opener may stand further back than the window the roles are looked for in)
            opener = groups[0] if groups[0].end <= nearest.start and _SENTENCE_SUBJECT_SLOT.fullmatch(sentence, 0, groups[0].start) \
                and not _is_pronoun(groups[0]) else None
            if antecedent is None and action.slug == "criticism" and opener is not None \
                    and trigger.text.lower() not in ("warned", "warns", "said", "says"):
                # "Ring ended the program, which the EFF had long criticized": what is criticised is the opener's
                return _pair(nearest, opener, "object-relative+owner")
        # Headline passive: "X fined EUR 20m", "X sued for $10M" (no object follows; not "X commenced an action",
        # whose object is inside the trigger).
        if trigger.is_participle and subject is not None and not _OBJECT_IN_TRIGGER.match(trigger.text) \
                and action.slug not in ("anaphora", "appeal") \
                and not (action.slug == "ruling" and subject.members[0].party.kind == "court") \
                and not _RELATIVE_OPENS_BEFORE.search(sentence, max(0, subject.start - 12), subject.start) and re.fullmatch(
                r"[\s,]*", sentence[subject.end:trigger.start]) and not self._object(
                sentence, trigger, right, direct_only=True):
            if (re.match(r"\s+(?:for|over|by|in|after|with|from|to|\$|£|€|\d[\d.,]*(?:[a-z]{0,2}\b|\s))", after) or not after.strip()) \
                    and not _DATED_INTRANSITIVE.match(after) and not _COUNTED_OBJECT.match(after):
                if action.symmetric:
                    return _pair(subject, by_group(("with",)), "intransitive")  # "the company settled for $650m"
                return _pair(by_group(("by",)), subject, "headline-passive")
        if trigger.is_participle and subject is not None and re.fullmatch(r"\s*", sentence[subject.end:trigger.start]) \
                and re.search(r"\b(?:orders?|ordered|wants?|wanted)\s+(?:the\s+)?$", sentence[:subject.start]):
            # "Watchdog orders DeepSeek blocked": who orders it, acts
            orderer = next((g for g in reversed(left) if g.end <= subject.start and g is not subject), None)
            return _pair(orderer, subject, "complement")

        # Reporting inversion: "Kmart breached the law, the commissioner has found."
        inverted = inversion()
        if inverted is not None:
            return inverted

        if not trigger.is_verb and right and re.fullmatch(r"\s+", sentence[trigger.end:right[0].start]) \
                and re.match(r"\s+to\s+[a-z]", sentence[right[0].end:]) and subject is not None \
                and re.fullmatch(r"\s+", sentence[subject.end:trigger.start]):
            return _pair(subject, right[0], "headline-verb")  # "Google and YouTube order Clearview AI to quit"
        if not trigger.is_verb and action.slug in ("order", "ban", "fine") \
                and _OPPOSED_MEASURE.search(sentence, max(0, trigger.start - 80), trigger.start):
            return []  # "Amazon had lobbied against the private-sector ban": the ban is another's, told before
        if not trigger.is_verb and action.slug in ("order", "ruling", "ban", "fine", "cease_and_desist") \
                and _AGREED_TO.search(sentence[:trigger.start]):
            if action.slug == "fine" and "penalt" in trigger.text.lower() and subject is not None \
                    and (agreed := _AGREED_TO.search(sentence, subject.end, trigger.start)) is not None \
                    and re.fullmatch(r"\s+(?:(?:has|have|had|also|later|then)\s+)?", sentence[subject.end:agreed.start()]):
                # "Amazon agreed to a $25 million civil penalty": the one who accepts a penalty is fined (by whom,
                # the article says)
                return _pair(by_group(("to",)), subject, "agreed-penalty")
            return []  # "hiQ agreed to a $500,000 judgment, a permanent injunction ...": terms of a settlement
        if not trigger.is_verb and action.slug == "fine" and subject is not None \
                and _PAYS.search(sentence[subject.end:trigger.start]) and _between_ok(sentence[subject.end:trigger.start]) \
                and len(_words(sentence[subject.end:trigger.start])) <= 10:
            # "Delphia will pay a $225,000 civil penalty": the payer is fined (by whom, the article says)
            return _pair(by_group(("to",)), subject, "paid-penalty")
        undo = _SEEKS_TO_UNDO.search(before) if not trigger.is_verb and action.slug in ("order", "ban", "fine") else None
        # ("turned down a request by Tools for Humanity, the company behind Worldcoin, to block a ban": who asked)
        seeker = next((g for g in left if undo is not None and undo.start() <= g.start
                       and re.search(r"\b(?:request|application|bid|attempt|appeal|challenge)\s+by\s+(?:the\s+)?$",
                                     sentence[undo.start():g.start])), None) \
            or (next((g for g in reversed(left) if g.end <= undo.start() and _prep_before(sentence, g) is None
                      and g.members[0].party.kind != "court"), None) if undo is not None else None)
        if seeker is not None:
            # "Clearview lost its bid to overturn an order issued by the commissioner", "X asked the court to lift
            # a ban imposed by the AEPD": the decision bound the one who seeks to undo it
            return _pair(by_group(action.actor_preps), seeker, "sought-undone")
        if not trigger.is_verb and subject is not None and _RULED_ON.search(sentence[subject.end:trigger.start]):
            subject = None  # "the tribunal put on hold a ban on WhatsApp": the ban is someone else's
        if not trigger.is_verb:
            # "In a complaint submitted to the Irish DPC, the ICCL accuses Google of ...": the subject after the
            # fronted phrase files it, against whom its verb accuses
            fronted = None
            if action.slug in ("complaint", "lawsuit") \
                    and re.fullmatch(r"\s*(?:In|With|Through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}", before):
                # (the subject may follow a place the comma joined it to: "filed in Pennsylvania, the FTC said")
                fronted = next((Group(g.members[i:]) for g in right for i, m in enumerate(g.members)
                                if re.fullmatch(r"[^.;,]{0,80},\s+(?:the\s+)?", sentence[trigger.end:m.start])
                                and (i == 0 or g.members[i - 1].party.is_place)), None)
            if fronted is not None:
                accused = next((g for g in right if g.start > fronted.end and _ACCUSES_BETWEEN.fullmatch(
                    sentence, fronted.end, g.start)), None)
                return _pair(fronted, accused, "fronted-noun")
            owner = self._possessive(sentence, trigger, left) if subject is not None else None
            if owner not in (None, subject) and _ON_OWNERS_LIST.fullmatch(sentence, subject.end, owner.start):
                return _pair(owner, subject, "on-owners-list")  # "X has been on the Commerce Department's entity list"
            # Undergoer: "X faces a lawsuit from Y", "X was hit with a fine by Y".
            if subject is not None and self.undergoer.search(sentence[subject.end:trigger.start]) \
                    and self._possessive(sentence, trigger, left) in (None, subject) \
                    and not (_DEFIED.search(sentence, subject.end, trigger.start)
                             and re.search(r"[,;]|\bthat\b", sentence[subject.end:trigger.start])) \
                    and not (subject.members[0].party.kind == "court"
                             and DISMISSAL_VERB.search(sentence, subject.end, trigger.start)) \
                    and not ((handed := _ACTIVE_HANDED.match(sentence, subject.end)) is not None
                             and (handed.group("down") or any(subject.end < g.start for g in left))) \
                    and not (action.slug == "complaint" and _CITING.search(before)
                             and subject.members[0].party.kind in ("regulator", "court", "government", "police")):
                # (not "the CNIL has handed Google a fine", "the DPC handed down a fine": an active "handed"
                # gives the fine to its object)
                # (not "the court dismissed the suit": a court that dismisses a case does not undergo it)
                # (not "the tribunal dismissed Meta's appeal": the possessive is the appellant)
                # (not "the ICO received a complaint from X about Y": the authority it is filed with)
                other = by_group(action.actor_preps)
                if other is None and not trigger.is_verb and trigger.text.lower().endswith("s") \
                        and _DEFIED_PLURAL.search(sentence, subject.end, trigger.start):
                    return []  # "ignoring years of European rulings": decisions in general, none told
                if action.symmetric and other is None:
                    return _pair(subject, by_group(action.target_preps), "undergoer")
                # ("received a payout from Uber": the one it came from pays)
                return _pair(other, subject, "undergoer")
            # Introductory phrase: "Under the settlement, Everalbum must ..."
            if not left and (INTRO_PHRASE.match(before) or (action.slug in ("lawsuit", "complaint")
                                                            and re.match(r"\s*In\s+[^,]{0,40}$", before))):
                bound = _group_after_comma(sentence, trigger.end, right)
                if bound is not None:
                    if action.symmetric:
                        return _pair(bound, None, "intro")
                    alleging = _ALLEGE_AFTER.match(sentence, bound.end)
                    if action.slug in ("lawsuit", "complaint") and alleging:
                        # "In separate complaints filed in Seattle, Vance and Janecyk allege that the tech
                        # giants ...": the filers, against whom the allegation opens with
                        accused = next((g for g in right if g.start > alleging.end() and re.fullmatch(
                            r"\s+(?:that\s+)?(?:the\s+)?", sentence[alleging.end():g.start])), None)
                        return _pair(bound, accused, "intro")
                    return _pair(None, bound, "intro-passive")
            # "Brought by X and Y, the challenge ...": the participle's agents act.
            if PARTICIPLE_INTRO.match(sentence) and left and "," in sentence[left[-1].end:trigger.start]:
                actors = [m for g in left for m in g.members]
                return _pair(Group(actors), self._object(sentence, trigger, right, preps=action.target_preps),
                             "participle")
            # "The suit was filed on behalf of X in a court by Y": a passive light verb after the noun.
            # (also "Complaints against Clearview AI were filed on Thursday by ...")
            filed = re.match(r"\s*(?:,[^,;()]{1,80},\s*|\s+(?:against|targeting)\s+[^,;.()]{1,60}?\s+)?"
                             r"(?:was|were|has been|had been|is being|have been)\s+"
                             r"(?:(?:also|originally|first|initially|jointly|later|then|subsequently)\s+)?(?:filed|brought|launched|"
                             r"lodged|submitted|issued|imposed|led|opened|conducted|carried\s+out|initiated|headed)\b", after, re.I) \
                or (re.match(r"\s+(?:filed|brought|lodged|launched|submitted)\s+(?=by\s)", after)
                    if action.slug in ("lawsuit", "complaint") else None)  # ("a petition filed by groups, among them X")
            if filed and not left:
                agent = next((g for g in right if _prep_before(sentence, g) == "by"
                              and g.start > trigger.end + filed.end()), None)
                # "was brought by a coalition of civil rights groups and the FNV": a name listed after agents the
                # story does not name (before a later "by": "..., which was later joined by X")
                listed = next((g for g in right if g.start > trigger.end + filed.end()
                               and _BY_UNNAMED_AND.search(sentence[trigger.end + filed.end():g.start])), None)
                if listed is not None and (agent is None or listed.start < agent.start):
                    agent = listed
                if agent is not None:
                    also, last = [], agent
                    for g in right:
                        if g.start > last.end and g.members[0].party.kind == "government" \
                                and _PLACE_OF_AGENT.fullmatch(sentence, last.end, g.start):
                            # "by the Public Defender's Office of the state of São Paulo and the Federal ...": its
                            # place, listed with the agents that follow it
                            also.extend([Group(g.members[1:])] if len(g.members) > 1 else [])
                            last = g
                            continue
                        # "by A, B, the consumer institute C and the groups D": each joins the agents
                        if g.start > last.end and _AGENT_LIST_GAP.fullmatch(sentence, last.end, g.start):
                            also.append(g)
                            last = g
                        elif g.start > last.end:
                            break
                    target = self._object(sentence, trigger, [g for g in right if g is not agent and g not in also],
                                          preps=action.target_preps)
                    if target is None:  # "brought by A, B and C against X"
                        target = next((g for g in groups if g.start > last.end and re.fullmatch(
                            r"\s+(?:\w+\s+){0,5}?(?:against|targeting)\s+(?:the\s+)?", sentence[last.end:g.start])), None)
                    if also:  # "filed by the ACLU and by Liberty"
                        agent = Group(agent.members + [m for g in also for m in g.members])
                    client = next((g for g in right if g.end <= agent.start and g is not target
                                   and BEHALF.search(sentence, max(0, g.start - 40), g.start)), None)
                    if client is not None and action.slug == "lawsuit":
                        # "The suit was filed on behalf of Robert Williams ... by the ACLU": the client sues, the
                        # lawyers file
                        agent = client
                    return _pair(agent, target, "noun-passive")
            # "X agreed to settle lawsuits (that Y filed)": the suits target X.
            if action.slug in ("lawsuit", "complaint") and subject is not None and _SETTLED_SUIT.search(
                    sentence[subject.end:trigger.start]) and subject.members[0].party.kind != "court":
                gap = sentence[subject.end:trigger.start]
                against = by_group(("against",))
                if re.search(r"\bdrop(?:s|ped|ping)?\b", gap, re.I) or (
                        against is not None and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", gap)):
                    return _pair(subject, against, "dropped-suit")  # "Meta dropped its suit against the company"
                filer = None
                if right and re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:the\s+)?", sentence[trigger.end:right[0].start]) \
                        and re.match(r"\s*(?:had\s+|has\s+|have\s+)?" + LIGHT_VERBS.pattern, sentence[right[0].end:], re.I):
                    filer = right[0]
                filer = filer or by_group(("by",)) or next(
                    (g for g in left if g.start > subject.end and _prep_before(sentence, g) in ("to", "with")), None) \
                    or next((g for g in left if g.start > subject.end
                             and re.search(r"\bpa(?:y|ys|id|ying)\s+(?:the\s+)?$", sentence[:g.start])), None)
                payer = next((g for g in left if g.end <= subject.start and _prep_before(sentence, g) is None), None)
                if filer is None and payer is not None and re.search(r"\bpa(?:y|ys|id|ying)\s+(?:the\s+)?$",
                                                                     sentence[:subject.start]):
                    return _pair(subject, payer, "settled-suit")  # "Meta agreed to pay Texas $1.4bn to settle a suit"
                return _pair(filer, subject, "settled-suit")
            # Reduced relative: "a lawsuit the ACLU filed against Clearview", "lawsuits in which Paxton
            # accused the company".
            # ("The $20 million settlement, which Microsoft reached with the FTC")
            # ("the fine that the country's data protection authority, the CNPD, imposed on Amazon": an apposition)
            relative_end = right[0].end if right else -1
            if len(right) > 1 and re.fullmatch(r"\s*,\s*(?:the\s+)?", sentence[right[0].end:right[1].start]) \
                    and re.match(r"\s*,", sentence[right[1].end:]):
                relative_end = right[1].end + re.match(r"\s*,", sentence[right[1].end:]).end()
                relative_end = right[1].end + re.match(r"\s*,", sentence[right[1].end:]).end()
            elif right and len({m.party.id for m in right[0].members}) == 1 < len(right[0].members) \
                    and re.match(r"\s*,", sentence[right[0].end:]):
                # (grouped as one: "Italy's data protection authority, the Garante, imposed")
                relative_end = right[0].end + re.match(r"\s*,", sentence[right[0].end:]).end()
            # ("a complaint that Athens-based digital rights group Homo Digitalis filed": a description first)
            # ("a temporary ban that Norway's Datatilsynet imposed on the company": a country's possessive first)
            relative_gap = re.fullmatch(r"\s*(?:,\s*which\s+|that\s+|which\s+|in\s+which\s+)?(?:the\s+)?"
                                        r"(?:[A-Z][\w.-]*['\u2019]s\s+)?(?P<desc>(?:[\w'-]+\s+){0,4}?)",
                                        sentence[trigger.end:right[0].start]) if right else None
            # ("a complaint that Austrian privacy activist Max Schrems filed": a person's role first)
            if relative_gap is not None and (not relative_gap.group("desc")
                                             or relative_gap.group("desc").split()[-1].lower() in DESCRIPTOR_HEADS | PERSON_ROLES) \
                    and re.match(r"\s*(?:had\s+|has\s+|have\s+)?(?:" + LIGHT_VERBS.pattern + r"|\baccus(?:ed|es|ing)\b|"
                                 r"\balleg(?:ed|es|ing)\b|\b(?:reached|struck|signed|negotiated|agreed)\b)",
                                 sentence[relative_end:], re.I):
                verb = re.match(r"\s*(?:had\s+|has\s+|have\s+)?\S+\s+", sentence[relative_end:])
                after_verb = relative_end + verb.end() if verb else -1
                # "the letters that Twitter and Google sent the company": the group right after the verb
                later = [g for g in right[1:] if g.start >= relative_end]
                target = next((g for g in later if after_verb <= g.start
                               and re.fullmatch(r"(?:the\s+)?", sentence[after_verb:g.start])), None) \
                    or self._object(sentence, trigger, later, preps=action.target_preps)
                return _pair(right[0], target, "relative")
            # "a settlement in which Clearview AI will hand a stake to ...", "a deal under which Rite Aid must stop":
            # the party that gives or undertakes settles
            if action.slug == "settlement" and right and re.fullmatch(
                    r"\s*,?\s*(?:in|under)\s+which\s+(?:the\s+)?", sentence[trigger.end:right[0].start]) \
                    and re.match(r"\s*(?:will|would|must|shall|agreed|agrees|has\s+agreed|is\s+to|pays?|paid|gives?|"
                                 r"gave|hands?|handed)\b", sentence[right[0].end:], re.I):
                return _pair(right[0], None, "relative")
            # "an Illinois class action that the company settled": the one who settles is the defendant
            if action.slug in ("lawsuit", "complaint") and right and re.fullmatch(
                    r"\s*(?:that\s+|which\s+)?(?:the\s+)?", sentence[trigger.end:right[0].start]) \
                    and re.match(r"\s*(?:had\s+|has\s+|have\s+|later\s+|eventually\s+)?(?:settled|resolved)\b",
                                 sentence[right[0].end:], re.I):
                return _pair(None, right[0], "settled-suit-relative")
            # "licensing deals between OpenAI and the Associated Press, Axel Springer and Le Monde": the first
            # named and each of the others
            if action.slug in ("contract", "settlement") and right and re.fullmatch(
                    r"\s+between\s+(?:the\s+)?", sentence[trigger.end:right[0].start]):
                members = list(right[0].members)
                for previous, g in zip(right, right[1:]):
                    if not _BETWEEN_LIST_GAP.fullmatch(sentence, previous.end, g.start):
                        break
                    members.extend(g.members)
                if len(members) >= 2:
                    return _pair(Group(members[:1]), Group(members[1:]), "between")
            # "The suit names Andrew Bartholomew and the sheriff": the named are its defendants
            # ("The EPIC's complaint, filed Wednesday with the attorney general, targets A, B and C": the owner's)
            # (a suit with an owner and a participle first is the "possessive-names" frame's: "X's lawsuit, filed in
            # Orlando, also names Google")
            # ("The lawsuit, filed on Friday in federal court, names A, B and C as defendants": a suit with no owner)
            filed = r"(?:\s*,\s+(?:filed|lodged|brought|submitted|sent)\b(?:[^,;.]|(?<=\b[A-Z])\.){0,80},)?" if action.slug == "complaint" \
                or (action.slug == "lawsuit" and self._possessive(sentence, trigger, left) is None) else ""
            named_first = next((g for g in right if re.fullmatch(
                filed + r"\s+(?:also\s+)?(?:names|named|targets|targeted|is\s+against|was\s+against)\s+"
                r"(?:as\s+defendants?\s+)?(?:the\s+)?", sentence[trigger.end:g.start])),
                None) if action.slug in ("lawsuit", "complaint") else None
            if named_first is not None:
                named_too = [named_first] + [g for g in right if g.start > named_first.start and re.fullmatch(
                    r"\s*(?:,|,?\s+and)\s+(?:[^,]{0,80}?,\s+(?:and\s+)?)?(?:the\s+)?(?:[A-Z][a-z]+\s+)?",
                    sentence[named_first.end:g.start])]
                owner = self._possessive(sentence, trigger, left) if action.slug == "complaint" else None
                return _pair(owner, Group([m for g in named_too for m in g.members]), "noun-names")
            # "The groups behind the complaints are X, Y and Z": the list names who acted.
            # "The plaintiffs include X and Y": likewise
            if right and (re.search(r"\bbehind\s+(?:the|these|those|both)\s+$", before)
                          or trigger.text.lower().startswith("plaintiff")) \
                    and re.fullmatch(r"(?:\s*,\s*(?:who|which)\s+|\s+)(?:are|were|is|was|include|included|includes)\s+(?:the\s+)?"
                                     # ("The plaintiffs, who include the organizations Mijente and NorCal Resist")
                                     r"(?:(?:organi[sz]ations?|groups?|advocacy\s+groups?|rights\s+groups?|activists?|"
                                     r"companies|firms|unions?)\s+)?",
                                     sentence[trigger.end:right[0].start]):
                return _pair(right[0], None, "behind")
            # "a joint investigation with Australia's information commissioner": both investigators; the one
            # the sentence does not name comes from the story
            if action.slug == "investigation" and re.search(r"\bjoint\s+$", before) and right \
                    and re.fullmatch(r"\s+with\s+(?:the\s+)?", sentence[trigger.end:right[0].start]):
                return _pair(right[0], None, "joint") + [RoleAssignment(None, None, "joint")]
            # "In a judgment published this week, the tribunal said ...": the subject after the fronted phrase acts
            if right and re.fullmatch(r"\s*(?:In|With|Under|Through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}", before) \
                    and re.fullmatch(r"[^.;,]{0,80},\s+(?:the\s+)?", sentence[trigger.end:right[0].start]):
                # ("In a decision published on Thursday, Datatilsynet said the municipality had not ...": a ruling on
                # the subject of what it said)
                found = next((g for g in right[1:2] if action.slug == "ruling"
                              and _FOUND_SUBJECT.fullmatch(sentence, right[0].end, g.start)
                              and (_FINITE_AFTER.match(sentence, g.end) or _CLAUSE_AFTER_NAME.match(sentence, g.end))),
                             None)
                return _pair(right[0], found, "fronted-noun")
            # "The decision follows a similar setback ...": a ruling the story told already, as the subject
            if action.slug == "ruling" and re.fullmatch(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}", before) \
                    and re.match(r"\s+(?:follows|followed|comes|came|means|meant|marks|marked|is|was|could|will|would|"
                                 r"may|has|had)\b", sentence[trigger.end:]) \
                    and not re.match(r"\s+(?:by|of|against|from)\b", sentence[trigger.end:]):
                return []
            # "the AEPD ordered ..., citing complaints that ...": the authority cites them; it did not complain
            if action.slug == "complaint" and _CITING.search(before):
                return _pair(by_group(action.actor_preps), self._object(sentence, trigger, right, preps=action.target_preps),
                             "cited")
            # "the court upheld the €5 million fine": the court rules on the measure; it did not impose it
            if action.slug in ("fine", "order", "ban") and _RULED_MEASURE.search(before) and left \
                    and left[0].members[0].party.kind == "court" and self._possessive(sentence, trigger, left) is None:
                maker = next((g for g in right if _IMPOSED_BY.fullmatch(sentence, trigger.end, g.start)), None)
                if maker is None and right and re.fullmatch(r"\s*(?:that|which)\s+(?:the\s+)?",
                                                            sentence[trigger.end:right[0].start]):
                    # "upheld the fine that the country's data protection authority, the CNPD, imposed on Amazon"
                    after = re.match(r"(?:\s*,\s*(?:the\s+)?[^,;.]{1,60}?,)?\s*,?\s*(?:had\s+|has\s+)?(?:imposed|levied|issued|"
                                     r"handed\s+down)\s+(?:[^\s.;,]+\s+){0,3}?(?:on|against|to)\s+(?:the\s+)?",
                                     sentence[right[0].end:])
                    if after is not None:
                        bound = next((g for g in right[1:] if g.start == right[0].end + after.end()), None)
                        return _pair(right[0], bound, "ruled-measure")
                return _pair(maker, self._object(sentence, trigger, [g for g in right if g is not maker],
                                                 preps=action.target_preps), "ruled-measure")
            # "The complaints, lodged on Thursday together with noyb, X and Y, ...": the partners complain too
            together = _LODGED_TOGETHER.match(sentence, trigger.end) if action.slug in ("complaint", "lawsuit") else None
            if together is not None:
                partners, last = [], together.end()
                for g in right:
                    if g.start < together.end():
                        continue
                    if g.start != last and not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", sentence[last:g.start]):
                        break
                    partners.extend(g.members)
                    last = g.end
                if partners:
                    return _pair(Group(partners), None, "lodged-together")
            # "Following a two-year investigation, the CNIL fined Criteo ...": the subject of the main clause
            # investigated the object of its verb
            if action.slug == "investigation" and _FRONTED_INQUIRY.fullmatch(before):
                opener = next((g for g in right if re.fullmatch(r"[^.;,]{0,100},\s+(?:the\s+)?", sentence[trigger.end:g.start])),
                              None)
                verb = _MAIN_VERB_OBJECT.match(sentence, opener.end) if opener is not None else None
                if verb is not None:
                    investigated = next((g for g in right if g.start == verb.end()), None)
                    if investigated is not None:
                        return _pair(opener, investigated, "fronted-noun")
            # "follows an investigation the OAIC opened in 2020": the noun's own relative clause names who acts
            if right and _CONTACT_RELATIVE.fullmatch(sentence, trigger.end, right[0].start) \
                    and _DID_IT_AFTER.match(sentence, right[0].end) and re.search(r"\b(?:the|a|an)\s+$", before):
                # ("... the DPC opened in April 2021 into whether Meta had complied": what it looks into)
                into = next((g for g in right[1:] if action.slug == "investigation" and re.fullmatch(
                    r"[^.;,]{0,40}?\binto\s+(?:whether\s+|how\s+|if\s+)?(?:the\s+)?", sentence[right[0].end:g.start])), None)
                return _pair(right[0], into, "contact-relative")
            # "Meta Platforms, whose claims against Bright Data were rejected": the antecedent's own event
            if left and re.fullmatch(r"\s*,\s+whose\s+(?:[\w-]+\s+){0,2}", sentence[left[-1].end:trigger.start]):
                return _pair(left[-1], self._object(sentence, trigger, right, preps=action.target_preps), "whose")
            # Possessive: "the ICO's fine against Clearview".
            poss = self._possessive(sentence, trigger, left)
            if poss is not None:
                target = self._object(sentence, trigger, right, preps=action.target_preps)
                if target is None and action.slug == "lawsuit":
                    # "Megan Garcia's lawsuit, filed in federal court in Orlando, also names Google"
                    target = next((g for g in right if _SUIT_NAMES.fullmatch(sentence, trigger.end, g.start)), None)
                    if target is not None:
                        return _pair(poss, target, "possessive-names")
                if target is None and action.slug == "appeal":
                    target = by_group(("by", "from"))  # "its appeal against a fine from the regulator"
                if target is None and action.slug in ("appeal", "lawsuit"):
                    # "the ICO's appeal in its long-running dispute with Clearview AI": the other side
                    target = next((g for g in right if _DISPUTE_WITH.fullmatch(sentence, trigger.end, g.start)), None)
                return _pair(poss, target, "possessive")
            if action.slug in ("lawsuit", "complaint", "investigation"):
                # "The lawsuits, filed separately in each state's courts and led by California Attorney General Rob
                # Bonta and ...": who leads or brings them
                leader = next((g for g in right if _LED_BY_AFTER.fullmatch(sentence, trigger.end, g.start)), None)
                if leader is not None:
                    return _pair(leader, self._object(sentence, trigger, [g for g in right if g is not leader],
                                                      preps=action.target_preps), "led-by")
            if action.slug in ("complaint", "lawsuit"):
                # "complaints from 170 drivers, which the Ligue des droits de l'Homme filed with the CNIL": the filer
                filer = next((g for g in right if _WHICH_BEFORE_FILER.fullmatch(sentence, trigger.end, g.start)
                              and _FILED_AFTER_FILER.match(sentence, g.end)), None)
                if filer is not None:
                    return _pair(filer, None, "which-filed")
            # "a lawsuit by the state of Vermont against Clearview", "an order issued by the commissioner"
            by = by_group(action.actor_preps)
            if by is None and "by" in action.actor_preps:
                # "an injunction sought by public defenders and civil society groups including Idec"
                by = next((g for g in right if _BY_INCLUDING.fullmatch(sentence, trigger.end, g.start)), None)
            if by is not None and _BACKED_BY.search(sentence, trigger.end, by.start):
                by = None  # "His tribunal claim was backed by the EHRC": a supporter does not bring the claim
            if by is not None and _REVIEW_OF_BEFORE.search(sentence, max(0, trigger.start - 50), trigger.start):
                by = None  # "would seek a review of the decision by the tribunal": the tribunal reviews, it decided nothing
            if by is not None and _TOLD_TO_IMPOSE.search(sentence, max(0, trigger.start - 80), trigger.start):
                by = None  # "was instructed to impose the fine by the EDPB": the agent of the instruction
            if by is not None and any(trigger.end <= t.start and t.end <= by.start for t in triggers if t is not trigger):
                by = None  # "The inquiry stemmed from a complaint by X": X made the complaint, not the inquiry
            if by is not None and (re.match(
                    r"\s*,?\s*(?:(?:[\w-]+\s+){0,2}?|(?:filed|brought|launched|issued|imposed|handed|levied|made|lodged|"
                    r"submitted)\s+(?:down\s+)?(?:\S+\s+){0,9}?)(?:by|from|of)\b"
                    # ("a case brought against the fast-food chain White Castle by Latrina Cothron")
                    r"|\s*(?:against|targeting)\s+(?:[^\s,;]+\s+){1,9}?by\b", sentence[trigger.end:by.start])
                                   or _IMPOSED_BY.fullmatch(sentence, trigger.end, by.start)):
                if SUPPLIER.search(sentence, trigger.end, by.start):
                    return []  # "The cameras, supplied by Flock Safety, ...": the maker is no buyer
                # (not the party again, in an apposition: "a request by Worldcoin, the iris-scanning project, ...")
                by_ids = {m.party.id for m in by.members}
                target = self._object(sentence, trigger, [g for g in right if g is not by and not (
                    {m.party.id for m in g.members} <= by_ids)], preps=action.target_preps)
                if target is None and subject is not None and subject is not by and action.slug != "lawsuit" \
                        and subject.members[0].party.kind not in ("court", "regulator") \
                        and _UNDERGOES.search(sentence[subject.end:trigger.start]):
                    target = subject  # "Clearview challenged an order issued by X": the order bound Clearview
                also = [g for g in right if g.start > by.end and g is not target
                        and re.fullmatch(r"\s*,?\s*and\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+['\u2019]s\s+)?",
                                     sentence[by.end:g.start])]
                if also:  # "orders from the commissioners of Alberta and from Quebec's CAI"
                    by = Group(by.members + [m for g in also for m in g.members])
                if target is not None and action.symmetric and re.search(r"\b[a-z]{3,}(?:ed|en)\s+to\s+(?:the\s+)?$",
                                                                          sentence[:target.start]):
                    target = None  # "a settlement from Meta over photos uploaded to Facebook": where they went
                if target is None and action.symmetric and subject is not None and subject is not by:
                    target = subject  # "Rite Aid will be barred ... under a settlement announced by the FTC"
                if target is None and action.slug in ("lawsuit", "complaint"):
                    # "a lawsuit brought by journalists at El Faro who accused NSO Group of ...": whom its makers accuse
                    target = next((g for g in right if g.start > by.end
                                   and _WHO_ALLEGED.fullmatch(sentence, by.end, g.start)), None)
                if target is None and action.slug == "investigation":
                    # "An audit by the inspector general, Mark Smith, in March 2019 found that the department ...":
                    # the party its finding is about
                    target = next((g for g in right if g.start > by.end
                                   and _PROBE_FOUND_THAT.fullmatch(sentence, by.end, g.start)), None) \
                        or next((g for g in right if g.start > by.end and re.fullmatch(  # ("of how the police used X")
                            r"\s+of\s+(?:how|whether)\s+(?:the\s+)?", sentence[by.end:g.start])), None)
                if target is None and action.slug == "ruling":
                    # "a July ruling by the CJEU, which found in a case involving X that Meta could not ...": whom the
                    # court's finding is about
                    target = next((g for g in right if g.start > by.end
                                   and _WHICH_FOUND_THAT.fullmatch(sentence, by.end, g.start)), None)
                if target is None and action.slug == "lawsuit" and _RULED_IN_CASE.search(sentence, 0, trigger.start):
                    # "ruled, in cases brought by the ADCU, that Uber had to ...": the side the clause binds
                    target = next((g for g in right if g.start > by.end and re.fullmatch(
                        r"\s*,?\s+that\s+(?:the\s+)?", sentence[by.end:g.start])), None)
                return _pair(by, target, "noun-by")
            # Compound: "the ICO fine", "an ACLU lawsuit", "FCC Hikvision/Dahua Video Equipment Ban".
            modifiers = self._modifiers(sentence, trigger, left)
            if modifiers and trigger.text.lower().endswith("ing") and _DESCRIBES_A_KIND.match(sentence, trigger.end):
                return []  # "Perplexity and three data-scraping firms": the noun describes the firms, no one acts
            if modifiers:
                members = [m for g in modifiers for m in g.members]
                if action.symmetric:
                    # "Rite Aid barred from using facial recognition in FTC settlement": with the clause's subject
                    outer = self._subject(sentence, trigger, [g for g in left if g.end <= modifiers[0].start])
                    partner = outer if outer is not None and outer.members[0].party.id != members[0].party.id \
                        and _IN_SETTLEMENT.search(sentence, 0, modifiers[0].start) else None
                    return _pair(Group(members[:1]), partner, "compound")
                if "class action" in trigger.text.lower():
                    # "an Illinois class action": a place, not the plaintiff
                    members = [m for m in members if m.party.kind != "government"]
                    if not members:
                        return []
                actors = [m for m in members if m.party.kind in ACTOR_MODIFIER_KINDS]
                targets = [m for m in members if m.party.kind not in ACTOR_MODIFIER_KINDS]
                outer = self._subject(sentence, trigger, [g for g in left if g.end <= modifiers[0].start])
                actor_group = Group(actors) if actors else outer
                if targets:
                    return _pair(actor_group, Group(targets), "compound")
                subject = actor_group
            elif subject is not None and not VERB_CUE.search(sentence[subject.end:trigger.start]) \
                    and not LIGHT_VERBS.search(sentence[subject.end:trigger.start]) \
                    and not self.undergoer.search(sentence[subject.end:trigger.start]):
                subject = None  # no verb links the subject to the noun

        if action.slug == "ruling" and trigger.is_verb and DISMISSAL_VERB.fullmatch(trigger.text) \
                and re.search(r"(?:ed|wn|out)$", trigger.text):
            # "Meta's lawsuit against Bright Data (was) thrown out (by Judge X)": against whose case it was
            owner = next((g for g in reversed(left) if _CASE_OWNED_BEFORE.fullmatch(sentence, g.end, trigger.start)), None)
            if owner is not None:
                return _pair(by_group(("by",)), owner, "case-thrown-out")
        if action.slug == "ruling" and trigger.is_verb and DISMISSAL_VERB.fullmatch(trigger.text):
            filer = self._case_filer(sentence, trigger, right)
            if filer is not None:
                return _pair(subject, filer, "dismissed-case")
            if not right and (_REQUEST_OBJECT.match(sentence, trigger.end)
                              or re.search(r"\s(?:it|them)\s+down$", trigger.text)):
                return _pair(subject, None, "rejected-request")  # whose request: the story's latest appellant
        target = None
        if action.slug == "criticism" and not trigger.is_verb and trigger.text.lower().startswith("critics"):
            # "Critics including the MacArthur Justice Center have argued that ...": the critics named; what they
            # criticise, the story says
            named = next((g for g in right if re.fullmatch(r"\s*(?:the\s+)?", sentence[trigger.end:g.start])), None)
            # ("..., have argued that the Hyderabad police's system is unlawful": the party their claim opens with)
            said = _CRITICS_SAY.match(sentence, named.end) if named is not None else None
            about = next((g for g in right if said is not None and g.start == said.end()), None)
            return _pair(named, about, "critics-named") if named is not None else []
        if action.slug == "criticism" and _DECISION_OBJECT.match(sentence, trigger.end):
            return _pair(subject, None, "decision-criticised")  # "condemned the decision as ...": whose, the story says
        if action.slug == "ruling" and trigger.text.lower().startswith("certified"):
            # "certified a nationwide class of Alexa users who accuse Amazon.com of ...": a ruling against the accused
            accused = next((g for g in right if _CLASS_ACCUSING.fullmatch(sentence, trigger.end, g.start)), None)
            if accused is not None:
                return _pair(subject, accused, "class-certified")
        granting = (_POWERS_GRANTED.match(sentence, trigger.end) or _POLICE_GIVEN_POWERS.match(sentence, trigger.end)) \
            if action.slug == "ruling" else None
        if granting is not None:
            # "ruled that provisions allowing police in Hesse and Hamburg to ...", "struck down the powers that
            # police in Hesse used": the ruling is on the bodies the law empowers
            holder = next((g for g in right if g.start == granting.end()), None)
            if holder is not None:
                return _pair(subject, holder, "powers-of")
        clause = _UNNAMED_CLAUSE_SUBJECT.match(sentence, trigger.end)
        if action.slug == "ruling" and clause is not None and (
                trigger.text.lower().endswith("that") or re.match(r"\s*that\s", clause.group(0))):
            return _pair(subject, None, "active")  # "found that officers used Clearview": the officers' use
        if not action.no_target:
            preps = action.target_preps
            if not trigger.is_verb and "to" not in preps and re.search(
                    LIGHT_VERBS.pattern + r"\s+(?:a|an|the|its)?\s*(?:[\w-]+\s+){0,2}$", before, re.I):
                preps = (*preps, "to")  # "issued a reprimand to the school": whom the noun is handed to
            # "sent OpenAI a legal demand to stop scraping its forums": the object between the light verb and
            # the noun, before any name after the noun
            target = (self._indirect_object(sentence, trigger, left, subject) if not trigger.is_verb else None) \
                or self._object(sentence, trigger, right, preps=preps)
            if target is not None and subject is not None and action.symmetric \
                    and {m.party.id for m in target.members} <= {m.party.id for m in subject.members}:
                target = None  # "settled charges against two advisers, the agency's first cases": itself
            if target is not None and action.slug == "contract" and not trigger.is_verb \
                    and len(_words(sentence[trigger.end:target.start])) > 3 \
                    and not SUPPLIER.search(sentence[trigger.end:target.start]) \
                    and not re.search(r"^\s+with\s+[^.;:]*,\s+(?:including|such\s+as)\s+(?:the\s+)?$",
                                      sentence[trigger.end:target.start]) \
                    and not (re.match(r"\s+with\s", sentence[trigger.end:target.start])
                             and _prep_before(sentence, target) == "with"):
                # ("deals with publishers, including X"; "a contract with the spyware company Paragon": its description)
                target = None  # "use of the technology ... Bunnings": the product must follow the noun
            if target is None and action.symmetric:
                # "to pay $5.8 million over FTC charges": the authority or claimant named with it
                own = {m.party.id for m in subject.members} if subject is not None else set()
                target = next((g for g in right if g.members[0].party.kind in COUNTERPARTY_KINDS
                               and g.members[0].party.id not in own  # ("the agency's first cases": itself)
                               and _between_ok(sentence[trigger.end:g.start])
                               and not re.search(r"\b(?:accusing|alleging|claiming|that|which|who|uploaded|posted)\b",
                                                 sentence[trigger.end:g.start])
                               and not _LAW_OF.match(sentence, g.end)  # "Illinois' Biometric ... Act": a law's state
                               and _prep_before(sentence, g) not in ("in", "across", "throughout")), None)
            if target is None and not trigger.is_verb and action.slug in ("lawsuit", "complaint"):
                # "a class action alleging that Facebook created face templates", "lawsuits filed in
                # Illinois argue that the company broke the law": whom the suit accuses
                accused = next((g for g in right if _ALLEGING_THAT.fullmatch(sentence, trigger.end, g.start)), None)
                if accused is not None:
                    return _pair(subject, accused, "alleged-against")
                # "filed a lawsuit seeking $10 million from Macy's and from EssilorLuxottica": who is to pay
                payer = next((g for g in right if _SEEKING_FROM.fullmatch(sentence, trigger.end, g.start)), None)
                if payer is not None:
                    members = list(payer.members)
                    for g in right:
                        if g.start > payer.end and re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:from\s+)?(?:the\s+)?",
                                                                sentence[payer.end:g.start]):
                            members.extend(g.members)
                            payer = g
                    return _pair(subject, Group(members), "seeking-from")
            if target is None and not trigger.is_verb:
                target = self._indirect_object(sentence, trigger, left, subject)
            if target is None and action.slug == "appeal":
                target = by_group(("by", "from"))  # "challenged an order issued by X": X's decision
            if target is None and action.slug == "ruling":
                # "annulled the decision of the region", "struck down the city's rules": whose measure it was
                target = next((g for g in right if (_MEASURE_OF.fullmatch(sentence, trigger.end, g.start) or (
                    _PART_OF.fullmatch(sentence, trigger.end, g.start) and _POSSESSIVE_AFTER.match(sentence, g.end)))
                               and _between_ok(sentence[trigger.end:g.start])), None)
            if target is None and action.slug == "ruling":
                target = self._case_defendant(sentence, left)
        if target is None and action.slug == "investigation":
            # "opened an inquiry into AI chatbots, demanding information from Alphabet, Meta and OpenAI"
            target = next((g for g in right if _INFORMATION_FROM.fullmatch(sentence, trigger.end, g.start)
                           and _between_ok(sentence[trigger.end:g.start])), None)
        if action.slug == "complaint" and action.target_kinds and (
                target is None or target.members[0].party.kind not in action.target_kinds):
            # "filed a grievance with the Dutch authority over Uber's checks", "complained to the DPC that
            # Facebook's transfers ...", "a complaint to the ICO, urging it to stop Meta from ...": the party
            # the complaint is about, past the body that receives it
            own = {m.party.id for m in subject.members} if subject is not None else set()
            target = next((g for g in right if g.members[0].party.kind in action.target_kinds
                           and g.members[0].party.id not in own
                           and _COMPLAINED_OF.fullmatch(sentence, trigger.end, g.start)
                           and _between_ok(sentence[trigger.end:g.start])), target)
        if action.symmetric and target is None and subject is not None and len(subject.members) == 2 \
                and subject.members[0].party.id != subject.members[1].party.id \
                and not re.search(r"\band\s+(?:its|their)\s", sentence[subject.members[0].end:subject.members[1].start]) \
                and not _CO_DEFENDANTS.search(sentence, subject.end, trigger.start) \
                and not re.search(r"\b(?:each|separately)\b", sentence[subject.end:trigger.start]):
            # (not "X and its Y subsidiary agreed to pay ...": a parent and its unit are one side; nor "X and Y,
            # which were also defendants, had settled", "X and Y have each settled": each settled with its plaintiffs)
            # "LinkedIn and hiQ Labs have reached a settlement": the two parties settled with each other
            return _pair(Group(subject.members[:1]), Group(subject.members[1:]), "mutual")
        # "the city forbade its departments from ...": a ban on one's own parts bans without a named target
        own_parts = action.slug == "ban" and target is not None and target.members[0].surface.lower() in ("its", "their")
        if own_parts:
            # "barred its officers from using Clearview AI": what they may not use is what is banned
            used = next((g for g in right if g.start > target.end and re.fullmatch(
                r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:using|deploying|buying|acquiring|accessing|working\s+with)\s+"
                r"(?:the\s+)?(?:[\w-]+\s+){0,3}?", sentence[target.end:g.start])), None)
            if used is not None:
                target, own_parts = used, False
        if target is not None and action.slug in ("ban", "order") and _PERMISSION_FROM.search(
                sentence, max(0, target.start - 60), target.start):
            target = None  # "barred agencies from using it without explicit approval from the General Assembly"
        if action.slug == "ban" and target is None and trigger.is_verb:
            # "has barred police across the state from using Clearview AI": the product they may not use
            target = next((g for g in right if re.fullmatch(
                r"\s+(?:[\w-]+\s+){1,5}?from\s+(?:using|deploying|buying|acquiring|accessing|working\s+with)\s+"
                r"(?:the\s+)?(?:[\w-]+\s+){0,3}?", sentence[trigger.end:g.start])
                and g.members[0].party.kind in ("company", "product", "platform")), None)
        if target is not None:
            # "Character.AI and 14 other technology companies, including Reddit, Instagram and Discord": the
            # others the list names share the target's role
            others = next((g for g in right if g.start > target.end and _AND_OTHERS_INCLUDING.fullmatch(
                sentence, target.end, g.start)), None)
            if others is not None:
                target = Group(target.members + others.members)
            # "sued the city of Detroit and a police detective, LaShauntia Oliver,": a person named by apposition
            # after a description joins the targets
            described = next((g for g in right if g.start > target.end and g.members[0].party.kind == "person"
                              and re.fullmatch(r"\s*,?\s+and\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*",
                                               sentence[target.end:g.start])), None)
            if described is not None:
                target = Group(target.members + described.members)
            # "a lawsuit against the city and against Detective Oliver": the preposition repeated
            repeated = re.search(r"\b(against|into|targeting)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}$",
                                 sentence[max(0, target.start - 60):target.start])
            if repeated is not None:
                more = [g for g in right if g.start > target.end and re.fullmatch(
                    rf"\s*,?\s+and\s+(?:also\s+)?{repeated.group(1)}\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?",
                    sentence[target.end:g.start])]
                if more:
                    target = Group(target.members + [m for g in more[:1] for m in g.members])
        if not trigger.is_verb and subject is not None and target is not None \
                and {m.party.id for m in subject.members} == {m.party.id for m in target.members}:
            subject = None  # "TikTok was, at the end of an inquiry into the video app's handling, fined": its subject is no actor
        if target is not None and action.slug == "settlement" and target.members[0].party.kind == "court" \
                and _CASE_AFTER_COURT.match(sentence, target.end):
            # "settling a High Court case in which Tanya O'Carroll argued ...": the court names the case; the
            # other side is the one who brought it
            court = target
            target = next((g for g in right if g.start > court.end
                           and _CASE_BROUGHT_BY_NAME.fullmatch(sentence, court.end, g.start)), None)
        if target is None and action.slug == "ruling":
            # "ruled that scraping public data is lawful, dealing a blow to LinkedIn": the loser
            blow = _BLOW_TO.search(sentence, trigger.end)
            target = next((g for g in right if blow is not None and g.start >= blow.end()
                           and re.fullmatch(r"(?:the\s+)?", sentence[blow.end():g.start])), None)
        if target is None and action.slug == "settlement" \
                and not any(g.members[0].party.kind in ("regulator", "government") for g in left):
            # "X will pay $520 million to resolve federal allegations ..., the FTC said": the authority that made them
            target = next((g for g in right if g.members[0].party.kind in ("regulator", "government")
                           and _REPORTER_SAID.match(sentence, g.end)
                           and re.search(r",\s*(?:the\s+)?(?:[\w.-]+['\u2019]s\s+)?$", sentence[:g.start])), None)
        if action.slug == "lawsuit" and target is not None and _is_pronoun(target) \
                and target.members[0].party.kind == "court":
            target = None  # "asked the High Court for an order to stop it": not the court; the story says whom
        if target is None and trigger.is_verb and action.slug in ("order", "ban", "fine") \
                and _UNNAMED_ADDRESSEE.match(sentence, trigger.end):
            return _pair(subject, None, "active-unnamed")  # "ordered 53 municipalities to stop ...": nobody named
        if target is not None and subject is not None and trigger.is_verb and action.slug in ("order", "ban", "fine") \
                and [m.surface.lower() for m in target.members] == ["it"] \
                and target.members[0].party.id in {m.party.id for m in subject.members}:
            # "Clearview AI broke the law, the ICO has found, ordering it to delete the data": "it" is not the one
            # who orders; the party the sentence named before the subject is
            other = next((g for g in reversed(left) if g.end <= subject.start and not _is_pronoun(g)
                          and g.members[0].party.kind in ("company", "platform", "product", "police", "government")
                          and not g.members[0].party.is_place), None)
            if other is not None:
                target = other
        # (a pronoun object that resolved to the subject itself leaves the target to the story: "the DPC took the
        # step of going to the High Court to stop it")
        return _pair(subject, target, "active", self_target_open=action.slug in ("criticism", "appeal") or own_parts
                     or (action.slug == "lawsuit" and target is not None and _is_pronoun(target)))

    # -- helpers -------------------------------------------------------
    @staticmethod
    def _modifiers(sentence: str, trigger: Trigger, left: list[Group]) -> list[Group]:
        """Party groups inside the noun phrase of an event noun (no verb or preposition in between)."""
        out: list[Group] = []
        end = trigger.start
        for g in reversed(left):
            gap = sentence[g.end:end]
            if not re.fullmatch(r"(?:['\u2019]s)?[\s/\-]*(?:(?:[\w$£€.,%-]+)[\s/\-]+){0,4}", gap):
                break
            if VERB_CUE.search(gap) or LIGHT_VERBS.search(gap) or _words(gap) and any(
                    w in PREPOSITIONS or w in ("that", "which", "who", "as", "while", "when", "following")
                    for w in _words(gap)):
                break  # ("New York Times fires off cease-and-desist to Perplexity": a verb, no compound; "fined
                # Clearview AI following complaints": a preposition)
            if re.search(r"['\u2019]s\b", gap) and g is left[-1]:
                break  # possessive: handled by its own frame
            if any(w in ("a", "an", "the") for w in _words(gap)):
                break  # "handed the FTC a fine": an article opens another noun phrase
            if _is_pronoun(g):
                break
            out.insert(0, g)
            end = g.start
        return out

    def _passive_aux(self, before: str) -> bool:
        """A form of "be"/"get" right before the participle (an adverb may intervene), or a passive
        participle it is coordinated with ("was ordered to delete its data and prohibited to ...")."""
        if _COORDINATED_PASSIVE.search(before[-160:]):
            return True
        words = _words(before)[-3:]
        while words and (words[-1].endswith("ly") or words[-1] in ("also", "not", "already", "since", "now",
                                                                     "just", "then", "later", "reportedly")):
            words.pop()
        return bool(words) and words[-1] in self.lexicon.passive_aux

    def _subject(self, sentence: str, trigger: Trigger, left: list[Group],
                 earlier: list[Group] | None = None) -> Group | None:
        """Nearest left group in the same clause that is not inside a prepositional phrase (earlier: every group
        before the trigger, objects of other verbs included, for the antecedent of a relative pronoun)."""
        finding = _FINDING_THEN_AND.match(sentence[:trigger.start]) \
            if trigger.is_verb and trigger.action.slug in ("order", "fine", "ban") else None
        if finding is not None:
            # "The watchdog found the city had not anonymised the recordings and ordered it to delete ...": the
            # finder orders, not the party its finding is about
            finder = next((g for g in left if g.end <= finding.start("verb") and _prep_before(sentence, g) is None
                           and g.members[0].party.kind in ("regulator", "court", "government", "police")), None)
            if finder is not None and not re.search(r"[,;]", sentence[finder.end:finding.start("verb")]):
                return finder
        apposed = _APPOSITION_WITH_RELATIVE_BEFORE.search(sentence, max(0, trigger.start - 200), trigger.start) \
            if trigger.is_verb else None
        if apposed is not None:
            # "NetChoice, a trade group whose members include Meta, Google and Snap, sued ...": the party the
            # apposition describes, not the names inside its relative clause
            described = next((g for g in left if g.end == apposed.start()), None)
            if described is not None and not _is_pronoun(described):
                return described
        first_to = _WHICH_BECAME_FIRST_TO.search(sentence, max(0, trigger.start - 160), trigger.start) \
            if trigger.is_verb else None
        if first_to is not None:
            # "Portland joins San Francisco, which in May 2019 became the first major city to ban ...": the party the
            # relative clause is about
            which = next((g for g in reversed(left) if g.end == first_to.start()), None)
            if which is not None and not _is_pronoun(which):
                return which
        among = _AMONG_THOSE_WHO.search(sentence, max(0, trigger.start - 100), trigger.start) if trigger.is_verb else None
        if among is not None:
            # "Unilever and Hilton are among the companies that have used its software": the subject of "are"
            member = next((g for g in reversed(left) if g.end <= among.start()), None)
            if member is not None and not sentence[member.end:among.start()].strip() and not _is_pronoun(member):
                return member
        made = _MADE_BY_SUBJECT.match(sentence) if trigger.is_verb and left else None
        if made is not None and left[0].start == made.end() and not re.search(r"[,;]", sentence[left[0].end:trigger.start]):
            return left[0]  # "Equipment made by Hikvision and Dahua was banned": the makers of what is banned
        own = (_THAT_SUBJECT.search(sentence, max(0, trigger.start - 60), trigger.start)
               or _AND_UNNAMED_SUBJECT.search(sentence, max(0, trigger.start - 60), trigger.start)) \
            if trigger.is_verb else None
        if own is not None and not any(g.end > own.start() for g in left):
            # "allegations that Moroccan intelligence services used Pegasus", "hiQ sued, and a judge ordered LinkedIn
            # to ...": a subject no party names
            return None
        if _SENDING_CLAUSE.search(sentence, 0, trigger.start):
            # "LinkedIn and Venmo demanded that Clearview stop ..., sending the startup cease-and-desist letters":
            # the participle shares the subject of the sentence
            first = next((g for g in left if _prep_before(sentence, g) is None and not _is_pronoun(g)), None)
            if first is not None and first.end < sentence.rfind(",", 0, trigger.start):
                return first
        if trigger.is_verb and trigger.action.slug == "ruling" and re.match(r"(?:ruling|finding|concluding|holding)\b",
                                                                              trigger.text.lower()) \
                and _PARTICIPLE_AFTER_COMMA.search(sentence, 0, trigger.start):
            # "Winmill dismissed the FTC's complaint, ruling that it had not shown ...": the sentence's subject rules
            first = next((g for g in left if _prep_before(sentence, g) is None and not _is_pronoun(g)
                          and _SENTENCE_SUBJECT_SLOT.fullmatch(sentence, 0, g.start)), None)
            if first is not None:
                return first
        if trigger.is_verb and trigger.text.lower().endswith("ing") and trigger.action.slug == "ban" \
                and _PARTICIPLE_AFTER_COMMA.search(sentence, 0, trigger.start):
            # "has ordered OpenAI to stop processing data, effectively banning ChatGPT": the sentence's subject bans
            # (not after a reporting verb: "X broke the law, the regulator said, fining ...")
            first = next((g for g in left if _prep_before(sentence, g) is None and not _is_pronoun(g)), None)
            if first is not None and first is not left[-1] and not _REPORTING_VERB.search(sentence, first.end, trigger.start):
                return first
        if trigger.is_verb and trigger.action.slug == "contract" and re.match(r"(?:using|relying)\b", trigger.text.lower()) \
                and _PARTICIPLE_AFTER_COMMA.search(sentence, 0, trigger.start) and left \
                and left[-1].members[0].party.is_place and re.search(
                    r"\b(?:in|of|at|across|around)\s+(?:(?:[A-Z][\w.-]*|and|,)\s*)*$", sentence[:left[-1].start]):
            # "Rite Aid installed the cameras in stores in New York and Los Angeles, using systems from X": the user
            # is the nearest party outside a phrase, not the place that ends the clause
            user = next((g for g in reversed(left[:-1]) if _prep_before(sentence, g) is None and not _is_pronoun(g)
                         and not g.members[0].party.is_place), None)
            if user is not None:
                return user
        if trigger.is_verb and left and re.fullmatch(r"\W*(?:(?:The|A|An)\s+)?", sentence[:left[0].start]) \
                and _OPENING_WHO.match(sentence, left[0].end) and _FINITE_AFTER_RELATIVE.search(sentence, 0, trigger.start + 4) \
                and not re.search(r"[.;:]|\b(?:that|which|and|but)\b", sentence[left[0].end:trigger.start]):
            # "A Texas man who says he was assaulted after being wrongly charged is suing Macy's": the subject
            # that opens the sentence, past its relative clause
            return left[0]
        if trigger.is_verb and law_subject(sentence, trigger.start, trigger.text):
            return None
        # ("The 2021 law it replaces, ..., barred local agencies": "it" is the subject of its own verb)
        left = [g for g in left if not (trigger.action.slug in ("ban", "order", "fine", "ruling", "investigation")
                                        and _is_pronoun(g) and g.end < trigger.start
                                        and (verb := _OWN_VERB_AFTER.match(sentence, g.end)) is not None
                                        and "," in sentence[verb.end():trigger.start])]
        if trigger.is_verb and _UNNAMED_WHO.search(sentence, max(0, trigger.start - 80), trigger.start):
            return None  # "warned that anyone in the Netherlands who uses the service could ...": nobody the story names
        bare = _BARE_PRONOUN_SUBJECT.search(sentence, max(0, trigger.start - 30), trigger.start) if trigger.is_verb else None
        if bare is not None and not any(g.start <= bare.start() < g.end for g in left):
            return None  # "the very fact that they used the app": a subject no party stands for
        if trigger.is_verb and trigger.text.split()[0].lower().endswith("ing") \
                and _ADVERBIAL_BEFORE.search(sentence, max(0, trigger.start - 12), trigger.start):
            # "The FTC referred the complaint to the department after investigating the company": the -ing
            # clause's subject is the sentence's
            opener = next((g for g in left if _SENTENCE_SUBJECT_SLOT.fullmatch(sentence, 0, g.start)), None)
            clause = list(_THAT_CLAUSE_OPENS.finditer(sentence, opener.end, trigger.start)) if opener is not None else []
            if clause:
                # "The ombudsman stressed that police must check the law before using it": the subject of the clause
                # the participle ends (a party, or nobody the story names)
                return next((g for g in left if g.start >= clause[-1].end() and re.fullmatch(
                    r"(?:the\s+)?", sentence[clause[-1].end():g.start])), None)
            if opener is not None:
                return opener
        direct = _WHO_DID.search(sentence, max(0, trigger.start - 80), trigger.start)
        if direct is not None:
            # "... by the Australian Information Commissioner, Angelene Falk, who ordered the company": the
            # party named right before the relative pronoun, whatever phrase it stands in
            antecedent = next((g for g in reversed(left) if g.end <= direct.start()), None)
            if antecedent is not None and antecedent.members[0].party.is_place:
                # "Sen. Edward Markey of Massachusetts, who has investigated ...": the person, not his state
                # ("Somerville in Massachusetts, which banned ...": the city, not the state it is in)
                owner = next((g for g in reversed(left) if g.end < antecedent.start
                              and re.fullmatch(r"\s+(?:of|in)\s+(?:the\s+)?", sentence[g.end:antecedent.start])), None)
                if owner is None:
                    # "Latrina Cothron, a manager at a White Castle restaurant in Illinois, who sued": the one the
                    # apposition describes, not the place that ends it
                    # (who may be the object of an earlier verb: "the court sided with Latrina Cothron, ...")
                    owner = next((g for g in reversed(earlier or left) if g.end < antecedent.start
                                  and _APPOSITION_TO_RELATIVE.fullmatch(sentence, g.end, direct.start())), None)
                if owner is not None:
                    return owner
            # (where it is may stand between: "North Ayrshire Council in Scotland, which paused ...")
            if antecedent is not None and not (_WHERE_BEFORE_RELATIVE.sub("", sentence[antecedent.end:direct.end()])
                                               [:direct.start() - direct.end()].strip()) \
                    and not _is_pronoun(antecedent):
                return antecedent
        described = _ROLE_WHO_DID.search(sentence, max(0, trigger.start - 120), trigger.start)
        if described is not None and described.group("role") in PERSON_ROLES:
            # "Matthias Marx, a Chaos Computer Club activist who complained": the person the apposition describes
            person = next((g for g in reversed(left) if g.end <= described.start()
                           and g.members[0].party.kind == "person"
                           and re.fullmatch(r"\s*,\s*", sentence[g.end:described.start()])), None)
            if person is not None:
                return person
        relative = _RELATIVE_DID.search(sentence[:trigger.start])
        if relative is not None and trigger.is_verb and any(
                g.start > relative.start() and re.fullmatch(r"\s+(?:[a-z]+ly\s+)?", sentence[g.end:trigger.start])
                for g in left):
            relative = None  # "Microsoft, which says PimEyes crawls its sites": the verb has a subject of its own
        if relative is not None:
            # "Matthias Marx, a club member who filed a complaint": "who" is the person named before it;
            # "the Ligue des droits de l'Homme, which lodged a complaint": "which" is the party just named
            if relative.group("pronoun").lower() == "who":
                antecedent = next((g for g in reversed(left) if g.end <= relative.start()
                                   and (g.members[0].party.kind in ("person", "advocacy")
                                        # "the Australian Information Commissioner, Angelene Falk, who ordered":
                                        # an office named by its holder
                                        or (_OFFICE_HOLDER_NAME.fullmatch(g.members[-1].surface)
                                            and g.members[-1].surface != g.members[-1].party.name
                                            and re.fullmatch(r"\s*,?\s*", sentence[g.end:relative.start()])))), None)
            else:
                antecedent = next((g for g in reversed(left) if g.end <= relative.start()), None)
                # (past an apposition: "the Ligue des droits de l'Homme, a French human rights group, which filed")
                # (or its acronym in parentheses: "the National Commission for Data Protection (CNPD), which had fined")
                # (or where it is: "North Ayrshire Council in Scotland, which paused")
                if antecedent is not None and not re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\)?\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,60}?,\s*)?",
                                                               _WHERE_BEFORE_RELATIVE.sub("", sentence[antecedent.end:relative.end()])[:relative.start() - relative.end()]):
                    antecedent = None
            if antecedent is not None and not _is_pronoun(antecedent):
                return antecedent
        fallback = None
        # "X, which oversees Worldcoin for the EU, has ordered ...": parties inside a closed relative
        # clause are not the subject of the verb after it
        inside = [(r.start(), r.end()) for r in _RELATIVE_CLAUSE.finditer(sentence, 0, trigger.start)]
        # ("Boston will become the second city, after San Francisco, to ban ...": an aside between commas)
        asides = [(r.start(), r.end()) for r in _ASIDE.finditer(sentence, 0, trigger.start)]
        # ("Tools for Humanity, the company behind the project co-founded by OpenAI's chief executive, accused ...")
        asides += [(r.start(), r.end()) for r in _DESCRIBING_APPOSITION.finditer(sentence, 0, trigger.start)
                   if any(g.end == r.start() for g in left)]
        for g in reversed(left):
            if any(a < g.start and g.end <= b for a, b in inside + asides):
                continue
            gap = sentence[g.end:trigger.start]
            for a, b in reversed(asides):
                if g.end <= a:
                    gap = gap[:a - g.end] + "," + gap[b - g.end:]
            # ("the King County Council in Washington state, which includes Seattle, banned": where the body is first)
            gap = _WHERE_BEFORE_RELATIVE.sub("", gap) if not _is_pronoun(g) else gap
            if CLOSED_RELATIVE.fullmatch(gap) and not _is_pronoun(g) and _prep_before(sentence, g) not in ("to", "against"):
                placed = next((h for h in reversed(left) if h.end < g.start and re.fullmatch(
                    r"\s+(?:of|in)\s+(?:the\s+)?", sentence[h.end:g.start])), None) if g.members[0].party.is_place else None
                if placed is not None:
                    return placed  # "Sen. Edward Markey of Massachusetts, who has investigated X, criticised": Markey
                return g  # "Porcha Woodruff, who was arrested ... in 2023, sued the city"
                # (not "X's letter to Y, who posts ..., demanded": Y is inside the phrase of the subject)
            if _is_pronoun(g) and re.search(r"\b(?:that|who|which)\s+$", sentence[:g.start]) and _between_ok(gap):
                return g  # "told a court in Illinois that it would stop selling": "it" opens its clause
            closed = CLOSED_RELATIVE.match(gap)
            core = gap[closed.end():] if closed is not None and not _is_pronoun(g) else gap
            staff = _STAFF_AFTER.match(sentence, g.end) if g.members[-1].party.kind == "police" else None
            if staff is not None:
                core = sentence[staff.end():trigger.start]  # "Minneapolis police employees had run searches": the force's
            # ("fined the national police SEK 2.5 million, about €250,000, for using": an amount restated between commas)
            core = _restated_amounts(core)
            if not _between_ok(core) or _OWN_SUBJECT.search(core + trigger.text):
                break  # (a relative clause closed by commas is no break: "X, who says ..., has filed a suit")
            if _after_light_verb(sentence, g) and g is not left[0]:
                continue  # "A sent B a letter": B is an object, keep looking for the subject
            if g is not left[0] and re.search(r"\b(?:pay|pays|paid|paying)\s+(?:the\s+)?$", sentence[:g.start]) \
                    and (_SETTLED_SUIT.search(sentence[g.end:trigger.start]) or trigger.action.slug == "settlement"):
                continue  # "Google agreed to pay the state $1.4bn to settle": the state is paid, not the subject
            if _is_possessive_pronoun(g):
                continue  # "using its service under a settlement": a possessive, not a subject
            if g is not left[0] and re.match(r"['\u2019]s\s", sentence[g.end:]) \
                    and re.search(r",\s*and\s+(?:(?:has|have|had|also|then|later)\s+)?(?:[a-z]+\s+(?:an?|its|the)\s+)?$",
                                  sentence[:trigger.start]):
                continue  # "ordered X to block the chatbot's processing ..., and opened an inquiry": the first verb's subject
            if _PLATFORM_NOUN_AFTER.match(sentence, g.end):
                continue  # "removed 1,500 Facebook and Instagram accounts ... and banned": the names modify a noun
            if re.search(r"\b[a-z]+(?:ing|ed)(?:\s+(?:off|down|up|out))?\s+(?:its|their)\s+$", sentence[:g.start]) \
                    and re.match(r"\s+[a-z]", sentence[g.end:trigger.start]) and g is not left[0]:
                # "is shutting off its Flock Safety cameras and ending its contract": a name inside another verb's
                # object (not "and its Ring doorbell unit will pay": a subject)
                continue
            if _DOCUMENT_AFTER.match(sentence, g.end):
                break  # "Facebook's terms prohibit ...": the terms say it, no party acts
            if re.search(r"[a-z],\s+which\s+[a-z]+(?:ed|s)\b", gap) and not re.match(r"\s*,?\s*(?:which|that|who)\s", gap):
                break  # "the enforcement notice, which ordered ...": the relative clause's subject is the notice
            institution = INSTITUTION_OF.search(sentence[max(0, g.start - 90):g.start])
            if institution:
                if _JUDGE_IN.search(institution.group(0)) and g.members[0].party.kind != "court":
                    break  # "a federal judge in San Francisco approved": the city is where, not who
                return g  # "the judge for the Chittenden Superior Court ruled"
            if _MEMBERS_OF_BODY.search(sentence, max(0, g.start - 200), g.start):
                continue  # "A Japanese industry body representing studios such as Studio Ghibli has asked": its members
            apposed = _LIST_APPOSITION_BEFORE.search(sentence, 0, g.start)
            if apposed is not None:
                # "The Authors Guild and 17 writers, among them John Grisham and George R.R. Martin, have sued":
                # the party the list opens with acts too
                head = next((h for h in reversed(left) if h.end <= apposed.start()), None)
                if head is not None and _LIST_HEAD_REST.fullmatch(sentence, head.end, apposed.start()) \
                        and re.fullmatch(r"\W*(?:The\s+)?", sentence[:head.start]):
                    return Group(head.members + g.members)
            prep = _prep_before(sentence, g)
            if prep is None or prep in ("including", "like"):
                return g
            if trigger.is_verb and prep in ("alleging", "claiming", "saying", "arguing", "asserting") \
                    and re.search(r"\b(?:alleging|claiming|saying|arguing|asserting)\s+that\s+(?:the\s+)?"
                                  r"(?:[\w-]+\s+){0,3}?$", sentence[:g.start]):
                return g  # "sued Kochava, alleging that the company buys location data": the clause's own subject
            if fallback is None and prep not in ("by", "from", "against", "to", "on", "into", "with", "of",
                                                 "in", "accusing", "targeting", "alleging", "naming"):
                fallback = g
        return fallback

    def _object(self, sentence: str, trigger: Trigger, right: list[Group], preps=(),
                direct_only: bool = False) -> Group | None:
        """First right group directly after the trigger or after one of ``preps``."""
        fronted = not trigger.is_verb and _FRONTED_PHRASE.fullmatch(sentence, 0, trigger.start)
        unnamed = _UNNAMED_ADDRESSEE.match(sentence, trigger.end) \
            if trigger.is_verb and trigger.action.slug in ("order", "ban", "fine") else None
        if unnamed is not None and LISTED_OBJECT.match(sentence, trigger.end):
            unnamed = None  # ("banned six companies from its platforms: A, B and C": named after all)
        preps = tuple(preps)
        tail = _multiword_prep_tail(preps)
        for g in right:
            gap = sentence[trigger.end:g.start]
            if trigger.is_verb and trigger.action.slug == "ruling" and _CASE_ASIDE_THEN_THAT.fullmatch(gap):
                return g  # "ruled, in cases brought by X and Y, that Uber and Ola had to ...": whom the ruling binds
            if trigger.is_verb and trigger.action.slug == "ruling" and _IN_CASE_ASIDE.fullmatch(gap):
                continue  # (X and Y, who brought the cases, are not ruled on)
            if trigger.is_verb and trigger.action.slug == "ruling" and _PART_OF_OWNED.fullmatch(gap) \
                    and (_is_possessive_pronoun(g) or re.match(r"['\u2019]s\s", sentence[g.end:])):
                return g  # "ruled that an earlier version of its ranking system discriminated": the system's owner
            if trigger.action.slug == "ban" and trigger.is_verb and _PEOPLE_FROM.fullmatch(gap) \
                    and (_is_possessive_pronoun(g) or re.match(r"['\u2019]s\s", sentence[g.end:])):
                return None  # "court orders that barred them from its premises": the owner of the place barred from
            if trigger.action.slug == "ban" and trigger.is_verb and _OWNED_THING_OBJECT.fullmatch(gap) \
                    and _PAST_VERB_AFTER.match(sentence, g.end):
                return g  # "suspending a new privacy policy the company introduced in June": the policy's owner
            if trigger.action.slug == "ban" and _PEOPLE_AT.fullmatch(gap):
                return g  # "disabled accounts belonging to researchers at NYU's Ad Observatory": their institution
            if trigger.is_verb and _is_possessive_pronoun(g) and _OWNED_PLURAL_THEN_LIST.match(sentence, g.end):
                continue  # "banned six companies from its platforms: A, B": the owner of the platforms, before the list
            if unnamed is not None and g.start >= unnamed.end():
                return None  # "ordered 53 municipalities to stop passing data to Google": whom it orders is unnamed
            if re.match(r"['\u2019]s\s+own\b", sentence[g.end:]):
                continue
            if g.members[0].party.is_unnamed and g.members[0].party.kind == "person" and _DATA_OF.search(gap):
                continue  # "found that the biometric data of more than 2,000 employees had been ...": whose data
            if re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", gap):
                continue  # "sued the state education department on behalf of Lockport parents": for whom, not against whom
            if trigger.action.slug == "complaint" and g.members[0].party.kind in ("regulator", "court") \
                    and _prep_before(sentence, g) in ("to", "with", "before"):
                continue  # "submitted the complaints to authorities in France and Italy": whom it is filed with  # "The order covers only Marx's own data": a possessor, not the one the order binds
            if fronted and re.search(r",\s*(?:[A-Z][\w.'-]*\s+){0,4}$", gap):
                return None  # "In an order issued Friday, Judge X cut the damages awarded to WhatsApp": X's clause
            if not trigger.is_verb and not gap.strip() and _is_pronoun(g) and _CLAUSE_VERB_AFTER_PRONOUN.match(sentence, g.end):
                return None  # "an audit it had commissioned from X": "it" opens a relative clause, no object
            if _is_pronoun(g) and _COUNTED_PLURAL_END.search(gap) and _CLAUSE_VERB_AFTER_PRONOUN.match(sentence, g.end):
                continue  # "against seven companies it accused of ...: A, B": "it" opens the plural's relative clause
            if re.search(r",\s*and\s+(?:the\s+)?$", gap) and _PAST_VERB_AFTER.match(sentence, g.end):
                return None  # "were using the technology, and Bunnings paused its use": a clause of its own
            if _BEHIND_PRODUCT.fullmatch(gap):
                return g  # "ordered the Chinese companies behind DeepSeek to block ...": those who run it
            if trigger.action.slug == "investigation" and trigger.is_verb and _PRODUCTS_RUN_BY.fullmatch(gap):
                return g  # "examined services run by OpenAI and Google": their makers
            if trigger.action.slug == "investigation" and _PREMISES_OF.fullmatch(gap):
                return g  # "raided a warehouse in Nairobi used by the company": the company's premises
            if _LED_CONSORTIUM.fullmatch(gap):
                return g  # "awarded a contract to a consortium led by the US company Palantir": its leader
            if _LOCAL_BODY_OF.fullmatch(gap) and g.members[0].party.kind == "government":
                return g  # "fined a school board in the municipality of Skellefteå": the place's own body
            counted = _COUNTED_AFTER_PREP.search(gap) if ":" in gap and not direct_only else None
            if counted is not None and counted.group("prep").lower() in preps and _between_ok(gap[:counted.start()]):
                return g  # "complaints ... against seven companies it accused of exploiting data: Acxiom, Oracle, ..."
            listed = _LISTED_AFTER.fullmatch(gap)
            if listed and listed.group("prep").lower() in preps and not direct_only:
                return g  # "complaints against seven data brokers — Acxiom, Oracle, ...": the list names them
            if trigger.is_verb and LISTED_OBJECT.fullmatch(gap):
                # "sued three scrapers - A, B and C": the list names them (items may be set apart by semicolons: "A
                # and B, which ...; C; and D")
                members, last = list(g.members), g
                for later in right[right.index(g) + 1:]:
                    if not _SEMICOLON_ITEM.fullmatch(sentence, last.end, later.start):
                        break
                    members.extend(later.members)
                    last = later
                return Group(members) if last is not g else g
            if trigger.is_verb and trigger.text.lower().endswith(" that") and _FRONTED_TIME_IN_CLAUSE.fullmatch(gap) \
                    and (_FINITE_AFTER.match(sentence, g.end) or _CLAUSE_AFTER_NAME.match(sentence, g.end)):
                return g
            if not _between_ok(gap):
                return None
            if not trigger.is_verb and _PARTICIPLE_CLAUSE.search(gap):
                return None  # "overturned the penalty the following year, finding the regulator lacked ...": its own
            if not trigger.is_verb and _NOUN_THEN_FOLLOWS.match(gap):
                return None  # "The probe follows a complaint filed by X, whose founder ...": the complaint's parties
            if re.search(r"\band\s+(?:the\s+)?$", gap) and _CLAUSE_AFTER_NAME.match(sentence, g.end):
                return None  # "X will pay $100,000 and Y will pay $90,000": Y opens a clause of its own
            if re.search(r"\bin\s+fav(?:ou)?r\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", gap):
                continue  # "ruled in favour of X": X won
            # ("complaints against several ad tech companies that received the data, including X": the plural's
            # own relative clause is no clause of the verb)
            plain = _RELATIVE_BEFORE_LIST.sub("", gap)
            if re.search(r"(?:,\s+|\s(?=including\s)|^[^,]*\s(?=such\s+as\s))(?:including|such\s+as|among\s+them)\s+(?:(?:[\w-]+|[\w-]+['\u2019]s\s+(?:former|then|onetime|one-time))\s+){0,4}$", gap) and len(_words(gap)) <= 25 \
                    and not _CLAUSE_VERB.search(plain) and not re.search(r"\b(?:that|which|who)\b|,\s+and\s", plain) \
                    and not re.search(r"\b(?:behalf\s+of|together\s+with|along\s+with|alongside|representing)\b", gap) \
                    and not _PASSED_ON_AFTER_COMMA.search(gap):
                # (not the partners or clients: "sued on behalf of groups ..., among them X")
                # (nor those the data went to: "collected data on drivers, selling it to third parties including
                # LexisNexis")
                # (not after ", and ...": "the first ban by a city in 2019, and several towns, including X")
                return g  # "banned equipment from five companies, including Hikvision and Dahua"
            if _COUNTED_LIST.fullmatch(gap):
                return g  # "sued two companies on Thursday, Israel-based BrandTotal and ...": the list names them
            if trigger.action.slug == "investigation" and re.fullmatch(
                    r"(?:\s+(?:on|last|this|in)\s+\w+)?(?:\s+to\s+(?:assess|determine|examine|establish|check|see|find\s+out))?"
                    r"\s+(?:whether|if|how)\s+(?:the\s+)?", gap):
                return g  # "examining whether DeepSeek's app sent data to China": DeepSeek is examined
            if trigger.action.slug == "investigation" and not trigger.is_verb and re.fullmatch(
                    r"(?:\s*,\s*(?:which|that)\s+[^,;]{1,60},)?"
                    r"\s+(?:had\s+|has\s+)?(?:found|established|concluded|showed|shown|revealed)\s+that\s+(?:the\s+)?", gap):
                # "The regulator's investigation found that the company had not ...": the company was examined
                # ("The ANPD's investigation, which began in 2022, concluded that Telekall ...")
                return g
            counted = _COUNTED_AFTER_PREP.search(gap)
            if counted is not None and counted.group("prep").lower() in preps and not direct_only \
                    and _between_ok(gap[:counted.start()]):
                return g  # "a complaint with the attorney general against five of those companies, Respondus, ..."
            if re.fullmatch(r"\s*(?:the\s+|new\s+)?(?:allegations?|claims?|reports?|concerns?|suspicions?)\s+"
                            r"(?:that|about|over|against|of)\s+(?:the\s+)?", gap):
                return g  # "to investigate allegations that NSO Group's spyware was used": NSO is investigated
            if re.fullmatch(r"\s*(?:(?:(?:on|last|this|earlier|in)\s+(?:\w+\s+){1,2})?that\s+)?(?:the\s+)?(?:use|deployment|"
                            r"processing|collection|sharing|retention|scraping)\s+of\s+(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?",
                            gap) or re.fullmatch(
                    r"\s*(?:(?:(?:on|last|this|earlier|in)\s+(?:\w+\s+){1,2})?that\s+)?(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,5}?"
                    r"(?:trial|pilot|system|scheme|programme|program|project|deployment|practice|policy)\s+(?:run|operated|"
                    r"used|deployed|conducted|carried\s+out|introduced|launched)\s+by\s+(?:[\w-]+\s+){0,3}?", gap):
                # "found that the use of facial recognition by Serco was unlawful", "found that a trial run by
                # supermarket operator X complied with the law": X's use is ruled on
                return g
            if re.search(r"\b(?:supporting|backing|in\s+support\s+of)\s+(?:the\s+)?$", gap):
                continue  # "a brief supporting WhatsApp's lawsuit against NSO": WhatsApp is the side supported
            if trigger.action.slug == "criticism" and trigger.text.lower().startswith("has campaigned") \
                    and re.fullmatch(r"\s+(?:\S+\s+){0,3}?for\s+(?:the\s+)?", gap):
                return g  # "has campaigned since 2021 for Google and Amazon to drop the contract"
            if BEHALF.search(gap) or re.match(r"['\u2019]s\s+behalf", sentence[g.end:]):
                continue  # "on behalf of X", "on X's behalf": X is on the acting side
            if tail is not None and tail.search(gap):
                return g  # "software supplied by the firm X": a preposition of more than one word, a word or two after
            # ("gear made by the Chinese camera makers Hikvision and Dahua": a description may run longer)
            words = _words(gap)
            if tail is not None and words and words[-1] in DESCRIPTOR_HEADS and _multiword_prep_tail(preps, 4).search(gap):
                return g
            # a group right after a trigger ending in "on" is its object ("called on Amazon to stop", "wrote to
            # MSG asking it to explain"); "ruled in favour of X" and "sided with X" keep their preposition (X won)
            prep = None if not re.sub(r"(?i)\bthe\b", "", gap).strip() and (
                trigger.text.lower().endswith((" on", " at", " against", "campaigned for", "campaigning for"))
                or (trigger.action.slug == "criticism"
                                                         and trigger.text.lower().endswith(" with"))
                or (trigger.action.slug == "investigation" and trigger.text.lower().endswith(" to"))
                or (trigger.action.slug == "contract" and trigger.text.lower().endswith(" from"))
                or (trigger.action.slug == "criticism" and trigger.text.lower() in ("accused", "accuses"))) \
                else _prep_before(sentence, g)
            if trigger.action.slug == "ban" and trigger.text.lower().endswith(" to") \
                    and not any(w in PREPOSITIONS for w in _words(gap)):
                prep = None  # "blocked access to the online gaming platform Roblox": the trigger holds the preposition
            # ("fined the New York-based facial recognition company Clearview AI": a description may run longer)
            if prep is None and len(words) <= (7 if words and words[-1] in DESCRIPTOR_HEADS else 4) \
                    and not _CLAUSE_VERB.search(gap) and not _NEW_CLAUSE.match(gap) \
                    and not re.search(r"\b(?:that|which|who|whether|what)\b", _LEADING_THAT.sub("", gap)):
                return g
            if direct_only:
                return None
            if _PURPOSE.search(gap):
                return None  # "using browser extensions to collect data from users of Facebook": Facebook is the purpose's
            if _RELATIVE_IN_GAP.search(gap):
                return None  # "installed browser extensions that quietly scraped ... Facebook": the clause's own
            if trigger.is_verb and _THAT_CLAUSE_IN_GAP.search(gap):
                return None  # "will pay $7m to resolve charges that it disclosed data to LinkedIn": the clause's own
            if _AND_NEW_VERB.search(gap):
                return None  # "disagreed with the assessment and was considering an appeal to X": another verb's
            if prep in preps or (prep is None and re.search(r"\b(?:alleg(?:es|ed|ing)|claim(?:s|ed|ing))\s+(?:that\s+)?$",
                                                          gap) and trigger.action.slug != "settlement"):
                return g  # (not "settle a lawsuit claiming that Instagram ...": the suit's claim, not the other side)
        return None

    def _possessive(self, sentence: str, trigger: Trigger, left: list[Group]) -> Group | None:
        if not left:
            return None
        g = left[-1]
        gap = sentence[g.end:trigger.start]
        if len(left) >= 2 and g.members[0].party.kind == "court" and re.fullmatch(r"\s+", gap):
            # "its High Court case against X", "the DPC's High Court action": the court names where, the owner whose
            owner = left[-2]
            between = sentence[owner.end:g.start]
            if re.fullmatch(r"['\u2019]s?\s+", between) or (_is_possessive_pronoun(owner) and re.fullmatch(r"\s+", between)) \
                    or (re.search(r"\b(?:its|their)\s+$", between) and not re.search(r"[,;]", between)):
                return owner  # ("The DPC ended its High Court case": "its" is the subject's)
        if re.fullmatch(r"['\u2019]s?(?:\s+[\w$£€.,\u2019'-]+){0,4}?\s+", gap) and not VERB_CUE.search(gap[2:]):
            return g  # "the Garante's investigation began after complaints": the verb ends the possessive
        if _is_possessive_pronoun(g) and re.fullmatch(r"(?:\s+[\w$£€.,-]+){0,3}?\s+", gap) and ", " not in gap \
                and not any(w in PREPOSITIONS for w in _words(gap)):
            return g  # "its settlement with the FTC" (not "its appeal against the fine": another noun's)
        return None

    def _indirect_object(self, sentence: str, trigger: Trigger, left: list[Group],
                         subject: Group | None) -> Group | None:
        """"A sent B a cease-and-desist letter": B sits between a light verb and the noun."""
        if not left or left[-1] is subject or (subject is not None and left[-1].members[-1] is subject.members[-1]):
            return None
        g = left[-1]
        gap = sentence[g.end:trigger.start]
        # ("slapped OpenAI with a 15 million euro fine": an amount may take a few words)
        if not re.fullmatch(r"\s+(?:with\s+)?(?:a|an|the|its|their|two|several)?\s*(?:[\w$£€.,-]+\s+){0,4}", gap):
            return None
        head = sentence[subject.end if subject else 0:g.start]
        closed = CLOSED_RELATIVE.match(head) if subject else None
        if closed is not None:
            head = head[closed.end():]  # "Microsoft, which says PimEyes crawls its sites, sent the company a letter"
        if _SENDING_CLAUSE.search(sentence, 0, trigger.start):
            head = head[head.rfind(",") + 1:]  # ", sending the startup a letter": the participle's own object
        if LIGHT_VERBS.search(head) and _between_ok(head):
            return g
        return None

    @staticmethod
    def _case_filer(sentence: str, trigger: Trigger, right: list[Group]) -> Group | None:
        """Who brought the case a dismissal verb takes as its object ("dismissed the suit filed by X",
        "tossed a lawsuit in which X accused Y", "threw out the case X brought"), else None."""
        case = _CASE_OBJECT.match(sentence, trigger.end)
        if case is None:
            return None
        for g in right:
            if g.start < case.end():
                continue
            if _CASE_BROUGHT_BY.fullmatch(sentence, case.end(), g.start):
                return g
            if _CASE_RELATIVE.fullmatch(sentence, case.end(), g.start) and _CASE_VERB_AFTER.match(sentence, g.end):
                return g
            if _CASE_BROUGHT_BY.search(sentence, case.end(), g.start):
                if _prep_before(sentence, g) == "by":
                    return g  # "... brought by the consumer organisation of North Rhine-Westphalia, Verbraucherzentrale NRW"
                if g.members[0].party.is_place and _prep_before(sentence, g) == "of":
                    continue  # (the place a body is of)
            return None
        return None

    @staticmethod
    def _case_defendant(sentence: str, left: list[Group]) -> Group | None:
        """"In the case of Glukhin v. Russia the Court held ...": the party after "v." is ruled against."""
        for g in left:
            if CASE_NAME.search(sentence[max(0, g.start - 6):g.start]):
                return g
        return None
