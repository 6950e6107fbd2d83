"""Relevance: on-topic articles score high, general news low, and the threshold is data."""
from scrutiny.ingest.extract import extract
from scrutiny.ingest.extract.gazetteer import load_gazetteer
from scrutiny.ingest.extract.relevance import load_scorer

ON_TOPIC = ("The Dutch data protection authority fined Clearview AI €30.5 million for building an illegal "
            "database of faceprints. The regulator said the facial recognition company scraped billions of "
            "images without consent and ordered it to stop processing biometric data.")
OFF_TOPIC = ("The city council approved a new budget for road repairs on Tuesday. The mayor said the "
             "settlement with the contractor would be paid next year, and a fine for late delivery was waived.")


def _score(text):
    doc = extract(text, "2024-09-03")
    tags = {p.id: p.tags for p in load_gazetteer().parties.values()}
    reported = [e for e in doc["events"] if e["status"] == "reported"]
    return load_scorer().score(text, doc["entities"], reported, tags)


def test_on_topic_article_is_relevant():
    rel = _score(ON_TOPIC)
    assert rel.relevant(load_scorer().threshold), rel
    assert rel.topics["facial_recognition"] > 0 and rel.topics["biometrics"] > 0


def test_general_news_with_enforcement_words_is_not():
    rel = _score(OFF_TOPIC)
    assert not rel.relevant(load_scorer().threshold), rel
    assert rel.score < _score(ON_TOPIC).score


def test_threshold_comes_from_the_data_file():
    assert 0 < load_scorer().threshold < 1


def test_off_topic_articles_stay_stored_but_do_not_feed_the_graph(tmp_path):
    from scrutiny.app import Workspace

    page = tmp_path / "budget.html"
    page.write_text("<html><head><title>Budget</title></head><body><article><p>"
                    + "The Glenrock County Council approved its road budget on Tuesday and the Rivermouth Police "
                      "Department was fined for late paperwork by the Glenrock County Council. " * 6
                    + "</p></article></body></html>", encoding="utf-8")
    strict = Workspace(tmp_path / "strict")
    strict.ingest_html([page])
    assert strict.counts()["articles"] == 1
    assert strict.counts()["events"] == 0
    everything = Workspace(tmp_path / "all", min_relevance=0)
    everything.ingest_html([page])
    assert everything.counts()["events"] > 0
