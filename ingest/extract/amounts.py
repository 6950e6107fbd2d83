"""Money amounts in news text: £7.55m, €20 million, $1.4 billion, SEK 2,500,000, 30.5 million euros."""
from __future__ import annotations

import re
from dataclasses import dataclass

SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
           "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "¥": "JPY", "₩": "KRW",
           "₹": "INR", "CHF": "CHF"}
CODES = ("USD", "EUR", "GBP", "SEK", "NOK", "DKK", "AUD", "CAD", "CHF", "JPY", "KRW", "INR", "BRL", "NZD",
         "HKD", "SGD", "PLN", "CZK", "HUF", "TRY", "ZAR", "CNY", "RMB", "RUB")
WORDS = {"euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "dollars": "USD",
         "dollar": "USD", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "yen": "JPY", "won": "KRW",
         "rupees": "INR", "francs": "CHF", "reais": "BRL", "zloty": "PLN", "yuan": "CNY",
         "krone": "NOK", "crowns": "SEK", "crown": "SEK", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB"}
# an amount after a list item, then the next item ("fined Google 69.2 billion won and Meta 30.8 billion won",
# "will pay $100,000 and ..."): the list goes on past the amount
AMOUNT_BETWEEN_ITEMS = re.compile(r"^\s*(?:[$£€]|US\$)?\s*[\d.,]+\s*(?:million|billion|bn|mn|m|k)?\s*"
                                  r"(?:won|euros?|dollars?|pounds?|kronor|crowns|reais|yen|rupees)?\s*,?\s*(?:and|or)\s+$", re.I)
# The crown of which country: "kroner" and "crowns" name several currencies; the sentence's country decides
_CROWN_COUNTRIES = (("DKK", re.compile(r"\b(?:Danish|Denmark)\b")), ("NOK", re.compile(r"\b(?:Norw\w*)\b")),
                    ("SEK", re.compile(r"\b(?:Swed\w*)\b")), ("CZK", re.compile(r"\b(?:Czech\w*)\b")))
_CROWNS = frozenset({"kroner", "krone", "crowns", "crown"})
MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9,
               "bn": 1e9, "billion": 1e9, "crore": 1e7, "lakh": 1e5}

_NUM = r"(?P<num{i}>\d{{1,3}}(?:[,\u202f ]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MULT = r"(?:\s?(?P<mult{i}>thousand|million|billion|mln|mn|bn|[kmb])\b)?"
_SYM = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_CODE = "|".join(CODES)
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))

AMOUNT = re.compile(
    rf"(?:(?P<sym>{_SYM})\s?{_NUM.format(i=1)}{_MULT.format(i=1)}"
    rf"|\b(?P<code>{_CODE})\s?{_NUM.format(i=2)}{_MULT.format(i=2)}"
    rf"|\b{_NUM.format(i=3)}{_MULT.format(i=3)}\s?(?P<code2>{_CODE}|{_WORD})\b)",
    re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A money amount found at ``[start, end)``."""

    start: int
    end: int
    value: float
    currency: str


def _number(text: str) -> float:
    return float(re.sub(r"[,\u202f ]", "", text))


def find_amounts(sentence: str) -> list[Amount]:
    out = []
    for m in AMOUNT.finditer(sentence):
        g = m.groupdict()
        if g["sym"]:
            currency = SYMBOLS.get(g["sym"]) or SYMBOLS.get(g["sym"].upper(), "USD")
        elif g["code"]:
            currency = g["code"].upper()
        else:
            unit = g["code2"]
            currency = unit.upper() if unit.upper() in CODES else WORDS[unit.lower()]
            if unit.lower() in _CROWNS:
                currency = next((code for code, country in _CROWN_COUNTRIES if country.search(sentence)), currency)
        if currency == "RMB":
            currency = "CNY"
        num = g["num1"] or g["num2"] or g["num3"]
        mult = MULTIPLIERS.get((g["mult1"] or g["mult2"] or g["mult3"] or "").lower(), 1.0)
        out.append(Amount(m.start(), m.end(), _number(num) * mult, currency))
    return out
