"""The worker pool's share of the graph projection: topic scores computed with the events."""
from __future__ import annotations

from scrutiny.app import Workspace
from scrutiny.data import path as data_path
from scrutiny.ingest import pipeline
from scrutiny.ingest.extract.gazetteer import load_gazetteer
from scrutiny.ingest.extract.relevance import load_scorer


def test_workers_score_relevance_as_the_projection_does(home):
    workspace = Workspace(home)
    summary = workspace.ingest_html([data_path("sample", "articles")], workers=2)
    assert summary.articles_stored == 40, summary.line()
    assert "relevance" not in summary.as_dict()  # internal, not part of the printed summary
    assert set(summary.relevance) == set(range(1, 41))
    scorer = load_scorer()
    tags = {p.id: p.tags for p in load_gazetteer().parties.values()}
    with workspace.docstore() as store:
        for article in store.articles():
            extraction = store.extraction(article.id)
            version, relevance = summary.relevance[article.id]
            assert version == extraction.extractor_version
            reported = [e for e in extraction.events if e.get("status", "reported") == "reported"]
            assert relevance == scorer.score(article.text, extraction.entities, reported, tags)
        # the projection with the workers' scores is the projection that scores everything itself
        with_scores = pipeline.project_graph(store, load_gazetteer(), None, None, summary.relevance)
        without = pipeline.project_graph(store, load_gazetteer())
    assert with_scores.counts() == without.counts()
    assert set(with_scores.events) == set(without.events)
    assert set(with_scores.entities) == set(without.entities)
    with workspace.cypher(read_only=True) as cypher:
        assert cypher.counts()["events"] == len(without.events)


def test_an_ingest_without_the_graph_scores_nothing(home):
    summary = Workspace(home).ingest_html([data_path("sample", "articles")], workers=1, graph=False)
    assert summary.articles_stored == 40
    assert summary.relevance == {}
