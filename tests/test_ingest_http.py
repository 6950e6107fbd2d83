"""Ingest through a real HTTP server on 127.0.0.1: feed, pages, 304 on re-poll, dedupe."""
from httpserver import LocalServer, Route
from scrutiny.app import Workspace
from scrutiny.ingest.fetch import FetchConfig

FAST = FetchConfig(min_host_delay=0.0, retries=0)


def test_feed_ingest_then_conditional_repoll(site, home):
    ws = Workspace(home)
    first = ws.ingest_feeds([site.url("/feed.xml")], FAST)
    assert first.feeds_polled == 1
    assert first.pages_fetched == 3
    assert first.articles_stored == 3
    assert first.failed == 0
    assert first.skipped == 1  # the entry without a link
    with ws.docstore() as store:
        urls = {a.canonical_url for a in store.articles()}
        assert "https://gazette.example/news/ico-fine" in urls  # canonical, tracking parameter stripped
        feed = store.feed(site.url("/feed.xml"))
        assert feed.etag and feed.last_status == 200

    page_requests = len([r for r in site.requests if r.path.startswith("/news/")])
    second = ws.ingest_feeds([site.url("/feed.xml")], FAST)
    assert second.feeds_not_modified == 1
    assert second.pages_fetched == 0 and second.articles_stored == 0
    assert site.requested("/feed.xml")[-1].status == 304
    assert not site.requested("/feed.xml")[-1].body_sent
    assert len([r for r in site.requests if r.path.startswith("/news/")]) == page_requests


def test_changed_feed_refetches_only_new_pages(site, home):
    ws = Workspace(home)
    ws.ingest_feeds([site.url("/feed.xml")], FAST)
    feed = site.routes["/feed.xml"].body.replace(b"</channel>", b"<item><title>dup</title>"
                                                 b"<link>news/ico-fine.html</link><guid>tg-5</guid></item></channel>")
    site.routes["/feed.xml"] = Route(feed, content_type="application/rss+xml")
    again = ws.ingest_feeds([site.url("/feed.xml")], FAST)
    assert again.feeds_not_modified == 0
    assert again.pages_fetched == 0
    assert again.duplicates >= 3


def test_failed_page_is_recorded_and_run_goes_on(home):
    routes = {
        "/feed.xml": Route(b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
            <item><link>/gone.html</link><guid>a</guid></item>
            <item><link>/ok.html</link><guid>b</guid></item></channel></rss>""", content_type="application/rss+xml"),
        "/ok.html": Route(b"<html><body><article><p>" + b"The ICO fined Clearview AI on Monday. " * 20
                          + b"</p></article></body></html>"),
    }
    with LocalServer(routes) as server:
        summary = Workspace(home).ingest_feeds([server.url("/feed.xml")], FAST)
    assert summary.articles_stored == 1
    assert summary.failed == 1
    assert summary.failures[0]["item"].endswith("/gone.html")


def test_ingest_saved_html_dedupes_against_fetched(site, home, tmp_path):
    from conftest import FIXTURES
    ws = Workspace(home)
    ws.ingest_feeds([site.url("/feed.xml")], FAST)
    saved = ws.ingest_html([FIXTURES / "site" / "news"])
    assert saved.articles_stored == 0
    assert saved.duplicates == 3
