"""Event dates: explicit and relative date expressions resolved against the published date.

``find_dates`` returns every date expression of a sentence with its resolved
value and precision ("day", "month" or "year"); the extractor takes the one
nearest the trigger, else the article's published date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?")),
    ("my", re.compile(rf"\b{_MONTH}(?:\s+of)?\s+{_YEAR}\b")),
    ("m", re.compile(rf"\b(?:in|since|during|until|by|from|early|late|mid|last|this)[\s-]+{_MONTH}(?![\w.])")),
    ("weekday", re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|last week|last month|last year|this week|"
                            r"earlier this week|earlier this month|this month|this year|earlier this year)\b",
                            re.I)),
    ("y", re.compile(rf"(?:\b(?:in|since|during|back in|early|late|mid|until|from)[\s-]+|(?<=\ba ))(?P<year>(?:19|20)\d\d)\b")),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence and what it resolves to."""

    start: int
    end: int
    value: date
    precision: str


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None) -> int | None:
    """A date without a year lies at or before the published date, within a year."""
    if published is None:
        return None
    year = published.year
    candidate = _safe_date(year, month, day)
    if candidate and candidate > published + timedelta(days=2):
        year -= 1
    return year


def _resolve(kind: str, m: re.Match, published: date | None) -> tuple[date, str] | None:
    g = m.groupdict()
    if kind == "iso":
        value = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return (value, "day") if value else None
    if kind in ("dmy", "mdy"):
        month, day = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        year = int(g["year"]) if g.get("year") else _infer_year(month, day, published)
        value = _safe_date(year, month, day) if year else None
        return (value, "day") if value else None
    if kind == "my":
        return date(int(g["year"]), MONTHS[g["month"].lower().rstrip(".")], 1), "month"
    if kind == "m":
        month = MONTHS[g["month"].lower().rstrip(".")]
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return date(year, month, 1), "month"
    if kind == "y":
        return date(int(g["year"]), 1, 1), "year"
    if kind == "weekday":
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        return published - timedelta(days=back), "day"
    if kind == "relative" and published is not None:
        rel = g["rel"].lower()
        if rel == "yesterday":
            return published - timedelta(days=1), "day"
        if rel == "last week":
            return published - timedelta(days=7), "week"
        if rel == "last month":
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
        if rel == "last year":
            return date(published.year - 1, 1, 1), "year"
        if rel in ("this month", "earlier this month"):
            return published.replace(day=1), "month"
        if rel in ("this year", "earlier this year"):
            return date(published.year, 1, 1), "year"
        return published, "day" if rel == "today" else "week"
    return None


def find_dates(sentence: str, published: date | None) -> list[DateMention]:
    """Every resolvable date expression in ``sentence``, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in PATTERNS:
        for m in regex.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            found.append(DateMention(m.start(), m.end(), resolved[0], resolved[1]))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def parse_published(value: str | None) -> date | None:
    """The date part of an ISO date or timestamp, or ``None``."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
