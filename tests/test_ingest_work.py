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


SPANISH_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>La fiscalía estudia recurrir la imputación</title></head>
<body><header><nav><a href="/">Portada</a> <a href="/local">Local</a></nav></header>
<div class="fecha"><time datetime="{day}">{day}</time></div>
<article><h1>La fiscalía estudia recurrir la imputación</h1>
<p>La Fiscalía Anticorrupción estudia recurrir la decisión del juez, según fuentes del ministerio público, que
analizan el auto con detenimiento antes de tomar una decisión definitiva sobre el caso.</p>
<p>El fiscal considera que no existen indicios suficientes para sostener la imputación y que la instrucción
debería continuar por otras vías, sin perjuicio de lo que resuelva la Audiencia Provincial.</p>
<p>La defensa, por su parte, ha anunciado que presentará un escrito en los próximos días para solicitar el
archivo de la causa y que confía en que el tribunal atienda sus argumentos.</p></article>
<footer><p>Todos los derechos reservados.</p></footer></body></html>
"""


def test_a_page_that_needs_dateparser_is_given_back_and_dated_in_the_main_process(tmp_path):
    from scrutiny.ingest.work import PageJob, PagePool, process_page

    page = tmp_path / "fiscalia.html"
    # a date only dateparser reads (Spanish month and weekday names); unique to this test, since
    # htmldate caches its answers per string and forked workers inherit that cache
    page.write_text(SPANISH_PAGE.format(day="jueves, 09 enero 2014 - 10:21 h"), encoding="utf-8")
    job = PageJob(url="https://noticias.example/local/fiscalia.html", path=str(page))
    with PagePool(2) as pool:
        given_back = pool.submit(job).result()
        assert given_back.deferred and given_back.parsed is None and given_back.error is None
        done = pool.run_deferred(job).result()
        assert pool.deferred == 1
    assert not done.deferred and done.parsed.published == "2014-01-09"
    inline = process_page(job, False)  # no pool: what one process finds
    assert inline.parsed.published == done.parsed.published and inline.parsed.text == done.parsed.text


def test_an_ingest_with_workers_stores_the_date_dateparser_finds(tmp_path, home):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "fiscalia.html").write_text(SPANISH_PAGE.format(day="viernes, 10 enero 2014 - 11:35 h"),
                                          encoding="utf-8")
    summary = Workspace(home).ingest_html([folder], workers=2, graph=False)
    assert summary.articles_stored == 1 and summary.failed == 0, summary.line()
    with Workspace(home).docstore() as store:
        [article] = list(store.articles())
    assert article.published == "2014-01-10"


def test_background_work_starts_once_the_workers_have_pages_and_the_pool_waits_for_it():
    import threading
    import time

    from scrutiny.ingest.work import PagePool

    ran = []

    def work():
        time.sleep(0.2)
        ran.append(threading.current_thread().name)

    with PagePool(2) as pool:
        pool.when_busy(work)
        time.sleep(0.05)
        assert not any(t.name == "scrutiny-warm" for t in threading.enumerate())  # not before busy()
        pool.busy()
        pool.busy()  # started once
    assert ran == ["scrutiny-warm"]  # close() joined it
