"""Sentence boundaries for news text, with offsets into the original string.

A rule splitter: it breaks after ., ! or ? (and closing quotes) before a
capital, digit or quote (or a name such as hiQ or eBay), and at line breaks, but not after common
abbreviations (Mr., U.S., Jan., No.), single initials or runs of initials (R.V.); after a firm's
suffix (Inc., Corp.) it breaks unless a title or another part of the name follows.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col sgt st jr sr inc ltd co corp plc llc bros vs v
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u d.c a.m p.m e.g i.e etc approx est dept univ assn fig al ave blvd
""".split())

_BOUNDARY = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?(?:[A-Z0-9\u00C0-\u024F]|[a-z]{1,3}[A-Z]))|\n\s*\n|\n(?=\S)""")


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# after "Inc." or "Corp.", a capital starts a new sentence ("... NEC Corp. Privacy campaigners said") unless it
# opens a title or goes on with the name ("Clearview AI Inc. Chief Executive Hoan Ton-That")
_FIRM_SUFFIXES = frozenset({"inc", "corp", "ltd", "plc", "llc"})
_TITLE_AFTER = re.compile(r"(?:Chief|CEO|CFO|COO|President|Chairman|Chairwoman|Chair|Founder|Co-founder|Director|"
                          r"Vice|Executive|General|Senior|Head|Spokes\w*|Managing|Board|Inc|Corp|Co|Ltd|LLC|PLC|"
                          r"and|&|of|\()\b")
_CLOSING = re.compile(r"""[.!?]["'\u201d\u2019)\]]*""")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each sentence, whitespace trimmed."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        if text[m.start()] == ".":
            # the word before the full stop (whitespace-delimited, as far back as the sentence start)
            cut = max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start()),
                      text.rfind("\t", start, m.start()))
            word = text[max(cut + 1, start):m.start()]
            token = word.lower().strip(".\"'(\u201c\u2018") if word and not word[-1].isspace() else ""
            if token in _FIRM_SUFFIXES and not _TITLE_AFTER.match(text, m.end()):
                pass  # "... supplied by Japan's NEC Corp. Privacy campaigners said": a firm's name ends the sentence
            elif token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
                continue
        closing = _CLOSING.match(text, m.start())
        if closing:
            end = m.start() + len(closing.group(0))
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
