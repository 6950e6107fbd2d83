"""Laws cited in a sentence (GDPR, BIPA, CCPA, ...), read from ``data/laws.tsv``."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from ...data import path as data_path


class LawFinder:
    """Finds law names and aliases (case-sensitive, whole words) and returns canonical names."""

    def __init__(self, rows: list[tuple[str, list[str]]]):
        self._canonical: dict[str, str] = {}
        for name, aliases in rows:
            for alias in (name, *aliases):
                self._canonical.setdefault(alias.lower(), name)
        alternation = "|".join(re.escape(a).replace(r"\ ", r"\s+")
                               for a in sorted({a for n, al in rows for a in (n, *al)}, key=len, reverse=True))
        self._regex = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")

    def find(self, sentence: str) -> list[str]:
        found = []
        for m in self._regex.finditer(sentence):
            name = self._canonical.get(re.sub(r"\s+", " ", m.group(0)).lower())
            if name and name not in found:
                found.append(name)
        return found


@lru_cache(maxsize=1)
def load_laws() -> LawFinder:
    with data_path("laws.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [(r["name"], [a.strip() for a in r["aliases"].split("|") if a.strip()])
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return LawFinder(rows)
