"""Extraction on sentences written for these tests: voice, coordination, negation, attributes."""
import json
import subprocess
import sys

import pytest

from scrutiny.ingest.extract import extract
from scrutiny.ingest.extract.amounts import find_amounts
from scrutiny.ingest.extract.dates import find_dates
from scrutiny.ingest.extract.sentences import split_sentences


def triples(text, published="2022-05-23", status="reported"):
    out = set()
    for e in extract(text, published)["events"]:
        if e["status"] == status:
            out.add(((e["actor"] or {}).get("name"), e["action"], (e["target"] or {}).get("name")))
    return out


def test_active_voice():
    assert ("YouTube", "cease_and_desist", "Clearview AI") in triples(
        "YouTube sent a cease-and-desist letter to Clearview AI on Tuesday.")


def test_indirect_object():
    assert ("YouTube", "cease_and_desist", "Clearview AI") in triples(
        "Last week YouTube sent Clearview AI a cease-and-desist letter.")


def test_passive_with_agent():
    got = triples("Clearview AI was fined £7.5m by the Information Commissioner's Office.")
    assert ("Information Commissioner's Office", "fine", "Clearview AI") in got


def test_headline_passive_without_agent():
    got = triples("Clearview AI sued for $10 million over false arrest")
    assert (None, "lawsuit", "Clearview AI") in got


def test_coordination_gives_one_event_per_pair():
    got = triples("Google, LinkedIn and Twitter have sent cease-and-desist letters to Clearview AI.")
    assert {("Google", "cease_and_desist", "Clearview AI"), ("LinkedIn", "cease_and_desist", "Clearview AI"),
            ("Twitter", "cease_and_desist", "Clearview AI")} <= got


def test_negation_and_threat_are_not_reported():
    text = "The ACLU did not sue Clearview AI. The ICO could fine Clearview AI."
    assert triples(text) == set()
    assert ("American Civil Liberties Union", "lawsuit", "Clearview AI") in triples(text, status="negated")
    assert any(a == "fine" for _, a, _ in triples(text, status="threatened"))


def test_national_description_resolves_to_that_countrys_regulator():
    got = triples("France's privacy regulator fined Clearview AI €20 million.")
    assert ("CNIL", "fine", "Clearview AI") in got


def test_event_attributes():
    doc = extract("On 20 October 2022 the CNIL fined Clearview AI €20 million under the GDPR.", "2022-10-21")
    fine = next(e for e in doc["events"] if e["action"] == "fine")
    assert fine["date"] == "2022-10-20" and fine["date_precision"] == "day"
    assert (fine["amount"], fine["currency"]) == (20_000_000, "EUR")
    assert fine["law"] == ["General Data Protection Regulation"]
    start, end = fine["span"]
    text = "On 20 October 2022 the CNIL fined Clearview AI €20 million under the GDPR."
    assert text[start:end] == fine["evidence"]


def test_article_date_is_the_default_event_date():
    doc = extract("The ICO fined Clearview AI.", "2022-05-23")
    assert doc["events"][0]["date"] == "2022-05-23"


@pytest.mark.parametrize("text,value,currency", [
    ("a fine of £7.55m", 7_550_000, "GBP"), ("€20 million", 20_000_000, "EUR"),
    ("$1.4 billion", 1_400_000_000, "USD"), ("SEK 2,500,000", 2_500_000, "SEK"),
    ("30.5 million euros", 30_500_000, "EUR"),
    # crowns and kroner: the country the sentence names decides which
    ("Norway's regulator fined it 2 million crowns", 2_000_000, "NOK"),
    ("a Danish fine of 1.2 million kroner", 1_200_000, "DKK"), ("65 million kroner", 65_000_000, "NOK"),
    ("a fine of 20,000 roubles", 20_000, "RUB")])
def test_amounts(text, value, currency):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_relative_dates():
    import datetime as dt
    published = dt.date(2024, 9, 5)  # a Thursday
    assert find_dates("on Tuesday", published)[0].value == dt.date(2024, 9, 3)
    assert find_dates("in January", published)[0].value == dt.date(2024, 1, 1)
    assert find_dates("in November", published)[0].value == dt.date(2023, 11, 1)


def test_sentences_keep_abbreviations_together():
    text = "Mr. Smith of Acme Inc. said no. The U.S. firm left."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Mr. Smith of Acme Inc. said no.", "The U.S. firm left."]


def test_a_firms_suffix_ends_a_sentence_before_a_capital_unless_a_title_follows():
    text = "The cameras run software from NEC Corp. Privacy campaigners objected. Clearview AI Inc. Chief Executive " \
           "Hoan Ton-That said no."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The cameras run software from NEC Corp.", "Privacy campaigners objected.",
        "Clearview AI Inc. Chief Executive Hoan Ton-That said no."]


def test_cli_jsonl_output_shape():
    line = json.dumps({"id": "t1", "text": "YouTube sent a cease-and-desist letter to Clearview AI.",
                       "published": "2020-02-05"})
    proc = subprocess.run([sys.executable, "-m", "scrutiny.cli", "extract", "--jsonl", "-"], input=line + "\n",
                          capture_output=True, text=True, check=True)
    doc = json.loads(proc.stdout)
    assert doc["id"] == "t1"
    event = doc["events"][0]
    assert set(event) == {"actor", "action", "target", "status", "date", "date_precision", "amount", "currency",
                          "law", "evidence", "span", "confidence"}
    assert event["actor"]["id"] == "youtube" and event["target"]["kind"] == "company"
    assert {"id", "name", "kind", "wikidata", "mentions"} <= set(doc["entities"][0])
