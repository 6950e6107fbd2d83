"""Names coordinated with a known party are parties too.

"Reddit sued SerpApi, Oxylabs and AWMProxy": the gazetteer or the name patterns know one member of
the list ("SerpApi" after "sued"), and the others stand in the same slot. A list is taken only when it
closes with "and"/"or" (so "Clearview AI, Inc." or "OpenAI, Microsoft's partner" are no lists), every
member is a capitalised name or a party already found (or "and others" closes it), and no member is a place ("France, Italy and
Greece" stays a list of places). A member may be named after what it is ("and the teachers' union
CGT Educ'Action") and followed by where it is from ("FCPE of the Alpes-Maritimes"). New members take
the kind the known members share, persons left aside when bodies are listed too (a company when they
disagree), and a list of persons adds only two- or three-word names.
"""

from __future__ import annotations

import re

from ...graph.ids import slugify

from .gazetteer import Gazetteer, Match, Party

# one member: capitalised words, with the joints names use ("Human Rights Advocacy Collective",
# "CBC/Radio-Canada", "Dow Jones & Company", "Comissão de Proteção de Dados")
_MEMBER = re.compile(r"(?:The\s+)?(?P<name>[A-ZÀ-Þ][\w'\u2019.&/-]*(?:\s+(?:(?:of|for|de|da|do|du|des|del|la|le|&)\s+)?"
                     r"[A-ZÀ-Þ0-9][\w'\u2019.&/-]*){0,5})")
_SEPARATOR = re.compile(r"\s*,\s*(?P<last>(?:and|or)\s+)?|\s+(?P<conj>and|or|&)\s+")
_ARTICLE = re.compile(r"(?:the|The)\s+")
# what may follow the list's last member
_AFTER_LIST = re.compile(r"\s*(?:$|[,.;:)\u2014]|\s(?:-|\u2013)\s)|\s+(?!(?-i:[A-Z]))[a-z]")
_MAX_MEMBERS = 12
_AND_OTHERS = re.compile(r"\s*,?\s+and\s+(?:(?:many|several|some|two|three|four|five)\s+)?others?\b")
# where a member is from, between it and the next separator: "FCPE of the Alpes-Maritimes"
_MEMBER_OF = re.compile(r"\s+of\s+the\s+[A-ZÀ-Þ][\w'\u2019-]*(?:\s+[A-ZÀ-Þ][\w'\u2019-]*){0,3}(?=\s*,|\s+(?:and|or)\s)")
_PLACE_OWNER = re.compile(r"([\w.-]+(?:\s+[\w.-]+)?)['\u2019]s\s+(?=[A-Z])")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|Bros|Jr|Sr|St)|\b[A-Z](?:\.[A-Z])*)\.$")
_NAME = _MEMBER.pattern.split("(?P<name>", 1)[1][:-1]  # the name group's body
# the members before a known one, back to where the sentence's list starts: "A, B and <known>" (the list
# closes on the known one) or "A, B, <known> and ..." (it closes after it); one member may hold an "and"
# of its own ("The Globe and Mail")
_HEAD_MEMBER = rf"(?:The\s+)?{_NAME}(?:\s+and\s+{_NAME})?"
_LIST_BEFORE = re.compile(rf"(?<![\w'\u2019.&/-])(?P<list>(?:{_HEAD_MEMBER}\s*,\s*)*{_HEAD_MEMBER})"
                          rf"(?P<sep>\s*,?\s+(?:and|or)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?)$")
_ONE_BEFORE = re.compile(rf"(?:The\s+)?(?P<name>{_NAME}(?:\s+and\s+{_NAME})?)")
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:\u201c\"]\s*)$")
_MARKED_WORD = re.compile(r"^[A-Z0-9&.]{2,}$|[a-z][A-Z]")  # "UMG", "SerpApi": no ordinary word
_PEOPLE_OF = re.compile(r"(?:ians|ans|ers|ese|ish|ites|ats|cans)$")


class ListMembers:
    """Finds the unknown members of lists that hold a known party."""

    def __init__(self, gazetteer: Gazetteer, not_names: set[str], places: set[str],
                 person_roles: frozenset[str] = frozenset(), descriptor_heads: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.not_names = not_names  # lower-case first words that start no name
        self.places = places  # lower-case names of countries and their peoples
        # "and Green party peer Jenny Jones": a name that describes the person named after a role noun
        roles = "|".join(re.escape(r) for r in sorted(person_roles, key=len, reverse=True)) or r"(?!x)x"
        self._person_after = re.compile(rf"\s+(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){{0,2}}?(?:{roles})\s+(?-i:[A-Z])[a-z]")
        # a member named after what it is: "the teachers' union CGT Educ'Action", "the academic Niovi Vavoula"
        heads = "|".join(re.escape(h) for h in sorted(descriptor_heads | person_roles, key=len, reverse=True)) or r"(?!x)x"
        self._described = re.compile(rf"(?:the|a|an)\s+(?:[a-z][\w'\u2019-]*\s+){{0,2}}?(?:{heads})\s+(?=[A-ZÀ-Þ])")

    def find(self, text: str, named: list[Match]) -> list[Match]:
        """New matches for list members, not overlapping ``named``."""
        ordered = sorted(named, key=lambda m: m.start)
        starts = {m.start: m for m in ordered}
        out: list[Match] = []
        done_until = -1
        for anchor in ordered:
            if anchor.start < done_until or not anchor.surface[:1].isupper():
                continue
            members, new, end, closed = self._walk(text, anchor, starts, ordered)
            done_until = end
            before, closes = self._before(text, anchor, ordered, closed)
            members, new, closed = before + members, before + new, closed or closes
            known = [m for m in members if m not in new]
            if not new or not closed or any(m.party.is_place for m in known):
                continue
            kinds = {m.party.kind for m in known}
            if len(kinds) > 1:
                kinds.discard("person")  # ("A, B, C and the academic D": the bodies' kind for the unknown ones)
            kind = kinds.pop() if len(kinds) == 1 else "company"
            if kind == "product":
                kind = "company"  # ("Stable Diffusion, Midjourney and X": products' makers are companies)
            for m in new:
                name = m.surface
                if kind == "person" and not 2 <= len(name.split()) <= 3:
                    continue
                party = self.gazetteer.lookup(name) or Party(id=slugify(name), name=name, kind=kind)
                out.append(Match(m.start, m.end, name, party))
        return out

    def _walk(self, text: str, anchor: Match, starts: dict[int, Match], ordered: list[Match]):
        """The members of the list that opens on ``anchor``: (members, the new ones, end, closed by
        "and"/"or")."""
        members, new = [anchor], []
        pos, closed = anchor.end, False
        while len(members) < _MAX_MEMBERS:
            if len(members) >= 2 and _AND_OTHERS.match(text, pos):
                closed = True  # "Laura Edelson, Damon McCoy and others": the list closes on the unnamed rest
                break
            sep = _SEPARATOR.match(text, pos)
            if sep is None:
                break
            at = sep.end()
            article, described = _ARTICLE.match(text, at), self._described.match(text, at)
            if described is not None:
                at = described.end()
            member = starts.get(at) or (starts.get(article.end()) if article else None)
            if member is None:
                member = self._new_member(text, at, ordered, anchor.party)
                if member is None:
                    break
                if closed and new and new[-1] is members[-1] and not sep.group("conj"):
                    # "The Globe and Mail, The Canadian Press": an "and" before more members joins a name
                    joined = Match(new[-2].start, new[-1].end, text[new[-2].start:new[-1].end], anchor.party) \
                        if len(new) >= 2 and new[-2] is members[-2] else None
                    if joined is None:
                        break
                    new[-2:], members[-2:] = [joined], [joined]
                new.append(member)
            elif closed:
                break
            members.append(member)
            qualified = _MEMBER_OF.match(text, member.end)
            pos = qualified.end() if qualified else member.end
            if sep.group("last") or sep.group("conj"):
                closed = True
        if not closed:
            return members, [], pos, False
        return members, new, pos, True

    def _new_member(self, text: str, at: int, ordered: list[Match], party: Party) -> Match | None:
        """A capitalised name at ``at`` that could be a list member, else None."""
        m = _MEMBER.match(text, at)
        if m is None:
            return None
        name, end = m.group("name"), m.end("name")
        stop = re.search(r"\.\s", name)
        if stop is not None and not _ABBREVIATION_END.search(name[:stop.start() + 1]):
            name, end = name[:stop.start()], m.start("name") + stop.start()  # "Copilot. The complaint": a sentence ends
        if name.endswith(".") and not _ABBREVIATION_END.search(name):
            name, end = name[:-1], end - 1  # "... and DeviantArt.": the full stop ends the sentence
        name, start = self._without_place(name, m.start("name"))
        if not name or not self._plausible(name) or not _AFTER_LIST.match(text, end) or self._person_after.match(text, end):
            return None
        if any(o.start < end and start < o.end for o in ordered):
            return None  # runs into a known name: no clean member
        return Match(start, end, name, party)

    def _before(self, text: str, anchor: Match, ordered: list[Match], closed_after: bool) -> tuple[list[Match], bool]:
        """Unknown members listed before ``anchor`` in its sentence, and whether the list closes on it
        ("A, B and <anchor>"); with only commas before it, the list must close after it (``closed_after``).
        A single ordinary word opening the sentence is no member ("Separately, Meta and ...")."""
        head = text[max(0, anchor.start - 300):anchor.start]
        if not head.endswith((", ", ",", " and ", " or ", " the ")):
            return [], False
        cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("; "))
        offset = anchor.start - len(head) + (cut + 2 if cut >= 0 else 0)
        m = _LIST_BEFORE.search(text, offset, anchor.start)
        if m is None:
            return [], False
        closes = bool(re.search(r"\b(?:and|or)\b", m.group("sep")))
        if not closes and not closed_after:
            return [], False
        members: list[Match] = []
        for piece in reversed(list(_ONE_BEFORE.finditer(text, m.start("list"), m.end("list")))):
            name, start = self._without_place(piece.group("name"), piece.start("name"))
            end = piece.end("name")
            if not self._plausible(name) or any(o.start < end and start < o.end for o in ordered):
                break
            opening = start == offset or _SENTENCE_START.search(text, max(0, start - 3), start)
            if opening and " " not in name and not _MARKED_WORD.search(name):
                break
            members.insert(0, Match(start, end, name, anchor.party))
        return members, closes and bool(members)

    def _without_place(self, name: str, start: int) -> tuple[str, int]:
        """"Spain's Prisa Media" -> "Prisa Media": a place in the possessive describes the member."""
        owner = _PLACE_OWNER.match(name)
        if owner is not None and owner.group(1).lower() in self.places:
            return name[owner.end():], start + owner.end()
        return name, start

    def _plausible(self, name: str) -> bool:
        words = name.split()
        if words[0].lower() in self.not_names or name.lower() in self.places or words[0].lower() in _CALENDAR:
            return False
        if len(words) == 1 and _PEOPLE_OF.search(name):
            return False  # "Italians", "Democrats": people, not a party
        return not (len(words) == 1 and len(name) < 3)
