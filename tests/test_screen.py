"""The relevance pre-screen: articles that cannot reach the threshold are stored without extraction,
and no article it screens out could have reached it."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from scrutiny.app import Workspace
from scrutiny.ingest.docstore import DocStore, Extraction
from scrutiny.ingest.extract import Extractor
from scrutiny.ingest.extract.gazetteer import load_gazetteer
from scrutiny.ingest.extract.relevance import load_scorer
from scrutiny.ingest.extract.screen import prescreen_for

FIXTURES = Path(__file__).parent / "fixtures"

BUDGET = ("The county council approved its road budget on Tuesday after a long debate. The mayor said the "
          "settlement with the paving contractor would be paid next year, and a fine for late delivery was "
          "waived. Councillors also voted to extend the library's opening hours through the winter.")


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.fixture(scope="module")
def screen(extractor):
    return prescreen_for(extractor)


def test_general_news_is_screened_out_with_its_term_score(screen):
    relevance = screen.off_topic(BUDGET)
    assert relevance is not None
    assert relevance == load_scorer().score(BUDGET)
    assert relevance.score <= load_scorer().off_topic_ceiling
    assert relevance.topics["enforcement"] > 0


@pytest.mark.parametrize("text", [
    BUDGET + " The council also debated facial recognition cameras for the town square.",  # a core term
    BUDGET + " A representative of Clearview AI attended the meeting.",                    # a vendor, named
    BUDGET + " The CNIL sent the council a letter.",                                         # an authority, named
    BUDGET + " France's privacy regulator sent the council a letter.",                     # described
    BUDGET + " The watchdog said it would look at the contract.",                            # described
    BUDGET + " Regulators in Luxembourg have asked for the minutes.",                        # plural description
    BUDGET + " Italy fined the contractor last year for its records.",                       # a country that fines
])
def test_what_may_make_an_article_relevant_sends_it_to_the_extractor(screen, text):
    assert screen.off_topic(text) is None


def test_an_off_topic_score_stays_under_the_ceiling_however_dense():
    scorer = load_scorer()
    text = "The fine was paid and the lawsuit ended in a settlement with the regulator. " * 60
    many_events = [{"status": "reported"}] * 200
    assert scorer.score(text, events=many_events).score == scorer.off_topic_ceiling
    assert not scorer.score(text, events=many_events).relevant(scorer.threshold)


def test_the_screen_applies_only_above_its_ceiling(screen):
    assert screen.applies(load_scorer().threshold)
    assert not screen.applies(0) and not screen.applies(load_scorer().off_topic_ceiling)


def _texts(paths):
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                if doc.get("text"):
                    yield doc["text"], doc.get("published")


def _screened_that_could_be_relevant(extractor, screen, texts):
    """Texts the screen drops whose full extraction names a party of the field or reaches the threshold."""
    scorer = screen.scorer
    tags = {p.id: p.tags for p in load_gazetteer().parties.values()}
    screened, wrong = 0, []
    for text, published in texts:
        if screen.off_topic(text) is None:
            continue
        screened += 1
        doc = extractor.extract(text, published)
        reported = [e for e in doc["events"] if e["status"] == "reported"]
        field = [e["id"] for e in doc["entities"] if tags.get(e["id"], frozenset()) & scorer.party_tags]
        if field or scorer.score(text, doc["entities"], reported, tags).relevant(scorer.threshold):
            wrong.append((field, text[:100]))
    return screened, wrong


def test_no_passage_of_the_evaluation_sets_is_screened_out_wrongly(extractor, screen):
    screened, wrong = _screened_that_could_be_relevant(extractor, screen, _texts(sorted(FIXTURES.glob("*.jsonl"))))
    assert screened > 100  # (news passages that name no party of the field and no core term)
    assert wrong == []


def test_no_shared_text_is_screened_out_wrongly(extractor, screen, shared):
    texts = list(_texts([shared / "eval" / "dev.jsonl"]))
    import trafilatura
    pages = shared / "realworld" / "articles" / "scrapinghub-article-extraction-benchmark" / "html"
    for page in sorted(pages.glob("*.html.gz")):
        texts.append((trafilatura.extract(gzip.decompress(page.read_bytes()).decode("utf-8", "replace")) or "", None))
    screened, wrong = _screened_that_could_be_relevant(extractor, screen, texts)
    assert screened > 100
    assert wrong == []


def _page(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.html"
    path.write_text(f"<html><head><title>{name}</title></head><body><article><p>{text}</p>"
                    f"<p>{text}</p></article></body></html>", encoding="utf-8")
    return path


def test_an_ingest_stores_off_topic_articles_unextracted_and_a_lower_threshold_extracts_them(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "budget", BUDGET + " The Glenrock County Council fined the Rivermouth Police Department for "
                                    "late paperwork.")
    _page(pages, "clearview", "The CNIL fined Clearview AI 20 million euros for scraping faceprints and "
                              "ordered it to delete the biometric data of people in France.")
    home = tmp_path / "home"
    summary = Workspace(home).ingest_html([pages], workers=1)
    assert summary.articles_stored == 2 and summary.off_topic == 1, summary.line()
    assert "off topic 1" in summary.line() and summary.as_dict()["off_topic"] == 1
    with Workspace(home).docstore() as store:
        by_title = {a.title: store.extraction(a.id) for a in store.articles()}
    assert by_title["budget"].screened and by_title["budget"].events == []
    assert not by_title["clearview"].screened and by_title["clearview"].events
    strict_events = Workspace(home).counts()["events"]
    # a graph at a threshold the screen cannot vouch for extracts what it screened out
    everything = Workspace(home, min_relevance=0)
    everything.sync_graph()
    with everything.docstore() as store:
        budget = next(store.extraction(a.id) for a in store.articles() if a.title == "budget")
    assert not budget.screened and budget.events
    assert everything.counts()["events"] > strict_events


def test_the_store_lists_screened_articles_for_extraction_only_when_asked(tmp_path):
    with DocStore(tmp_path / "d.sqlite") as store:
        ids = []
        for n in range(3):
            text = f"article {n} " * 40
            ids.append(store.add_article(urls=[f"https://a.example/{n}"], canonical_url=f"https://a.example/{n}",
                                         content_hash=f"h{n}", text=text).article_id)
        store.save_extraction(Extraction(ids[0], "v1", [{"id": "x"}], []))
        store.save_extraction(Extraction(ids[1], "v1", screened=True))
        assert store.extraction(ids[1]).screened and not store.extraction(ids[0]).screened
        assert store.articles_needing_extraction("v1") == [ids[2]]
        assert store.articles_needing_extraction("v1", screened=True) == [ids[1], ids[2]]
        assert store.articles_needing_extraction("v2") == ids
