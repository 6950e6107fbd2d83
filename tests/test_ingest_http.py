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
    assert again.entries_new == 1      # only tg-5 is new; the three known entries are not re-processed
    assert again.duplicates == 1       # tg-5 links to an article already stored


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


# -- robustness: feeds and pages that go wrong ------------------------------------------------
import gzip as _gzip
import json as _json
import sqlite3 as _sqlite3
from dataclasses import replace as _replace

from scrutiny.cli import app as _app
from typer.testing import CliRunner as _CliRunner

STORY = ("The Information Commissioner's Office fined Clearview AI more than seven million pounds on Monday "
         "for collecting images of people in the United Kingdom from the web and social media without their "
         "knowledge. The regulator ordered the company to stop obtaining and using the personal data of UK "
         "residents that is publicly available on the internet, and to delete the data of UK residents from "
         "its systems. John Edwards, the UK Information Commissioner, said the company had not only enabled "
         "identification of those people but effectively monitored their behaviour and offered it as a "
         "commercial service, which is unacceptable. Clearview AI said it would appeal against the decision "
         "and that it did not do business in the United Kingdom at present. The fine follows a joint "
         "investigation with the Office of the Australian Information Commissioner which found that the "
         "company breached privacy laws in both countries.")


def page(title: str, body: str, site: str, canonical: str | None = None, extra_head: str = "") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}">{link}{extra_head}</head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>'
            + "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
            + f"</article><footer>{site}, all rights reserved.</footer></body></html>").encode("utf-8")


def feed_of(*links: str) -> Route:
    items = "".join(f"<item><title>item {i}</title><link>{l}</link><guid>g{i}</guid></item>" for i, l in enumerate(links))
    return Route(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode(),
                 content_type="application/rss+xml")


def other_story(n: int) -> str:
    words = ["regulator", "court", "police", "camera", "appeal", "fine", "ruling", "privacy", "data", "face",
             "biometric", "ban", "city", "council", "vote", "law", "company", "contract", "scanner", "airport"]
    return ". ".join(" ".join(words[(n * 7 + i * j) % len(words)] for j in range(1, 12)) for i in range(1, 14))


def test_syndicated_copy_is_stored_once_with_every_url_and_outlet(home):
    copy = STORY + " This article first appeared in Alpha News and is republished with permission."
    routes = {"/feed.xml": feed_of("/alpha/story.html", "/beta/copy.html", "/gamma/other.html"),
              "/alpha/story.html": Route(page("ICO fines Clearview AI", STORY, "Alpha News")),
              "/beta/copy.html": Route(page("Clearview AI fined in the UK", copy, "Beta Daily")),
              "/gamma/other.html": Route(page("Another story", other_story(1), "Gamma"))}
    with LocalServer(routes) as server:
        summary = Workspace(home).ingest_feeds([server.url("/feed.xml")], FAST, workers=1)
        assert summary.articles_stored == 2 and summary.near_duplicates == 1 and summary.duplicates == 1
        with Workspace(home).docstore() as store:
            story = next(a for a in store.articles() if len(a.urls) == 2)  # whichever copy came first
        assert sorted(story.outlets) == ["Alpha News", "Beta Daily"]
        assert server.url("/beta/copy.html") in story.urls and server.url("/alpha/story.html") in story.urls
        result = _CliRunner().invoke(_app, ["articles", "--format", "jsonl", "--home", str(home)])
        lines = [_json.loads(l) for l in result.output.splitlines()]
        assert {"url", "urls", "title", "outlet", "outlets", "published", "language", "text"} <= set(lines[0])
        assert sorted(len(l["urls"]) for l in lines) == [1, 2]


def test_different_stories_are_not_near_duplicates(home):
    routes = {"/feed.xml": feed_of(*[f"/s{i}.html" for i in range(4)]),
              **{f"/s{i}.html": Route(page(f"Story {i}", other_story(i) + ". " + STORY[:200], "Same Site"))
                 for i in range(4)}}
    with LocalServer(routes) as server:
        summary = Workspace(home).ingest_feeds([server.url("/feed.xml")], FAST, workers=1)
    assert summary.articles_stored == 4 and summary.near_duplicates == 0


def test_feed_failures_back_off_and_force_polls_anyway(home):
    routes = {"/bad.xml": Route(b"oops", status=500), "/good.xml": feed_of()}
    with LocalServer(routes) as server:
        ws = Workspace(home)
        first = ws.ingest_feeds([server.url("/bad.xml"), server.url("/good.xml")], FAST, workers=1)
        assert first.feeds_polled == 2 and first.feeds_failed == 1 and first.failed == 1
        with ws.docstore() as store:
            bad = store.feed(server.url("/bad.xml"))
            assert bad.consecutive_failures == 1 and bad.last_status == 500 and bad.last_error == "HTTP 500"
            assert bad.next_poll > first_poll_time(store, server.url("/good.xml"))
        second = ws.ingest_feeds([server.url("/bad.xml"), server.url("/good.xml")], FAST, workers=1)
        assert second.feeds_skipped == 1 and second.feeds_polled == 1
        assert len(server.requested("/bad.xml")) == 1
        third = ws.ingest_feeds([server.url("/bad.xml"), server.url("/good.xml")], FAST, workers=1, force=True)
        assert third.feeds_polled == 2 and len(server.requested("/bad.xml")) == 2
        with ws.docstore() as store:
            assert store.feed(server.url("/bad.xml")).consecutive_failures == 2


def first_poll_time(store, url):
    return store.feed(url).last_polled


def test_failed_entry_is_retried_later_even_when_the_feed_is_unchanged(home):
    routes = {"/feed.xml": feed_of("/a.html", "/b.html"),
              "/a.html": Route(page("A story", STORY, "Alpha")),
              "/b.html": Route(b"busy", status=503)}
    with LocalServer(routes) as server:
        ws = Workspace(home)
        first = ws.ingest_feeds([server.url("/feed.xml")], FAST, workers=1)
        assert first.articles_stored == 1 and first.failed == 1
        routes["/b.html"] = Route(page("B story", other_story(3), "Beta"))
        server.routes.update(routes)
        not_yet = ws.ingest_feeds([server.url("/feed.xml")], FAST, workers=1)
        assert not_yet.feeds_not_modified == 1 and not_yet.pages_fetched == 0  # backing off
        forced = ws.ingest_feeds([server.url("/feed.xml")], FAST, workers=1, force=True)
        assert forced.feeds_not_modified == 1 and forced.articles_stored == 1
        with ws.docstore() as store:
            assert store.count_articles() == 2 and store.pending_entries(force=True) == []


def test_permanent_page_errors_are_not_retried(home):
    routes = {"/feed.xml": feed_of("/gone.html", "/empty.html"), "/gone.html": Route(b"", status=410),
              "/empty.html": Route(b"<html><body></body></html>")}
    with LocalServer(routes) as server:
        ws = Workspace(home)
        ws.ingest_feeds([server.url("/feed.xml")], FAST, workers=1)
        with ws.docstore() as store:
            states = dict(store.db.execute("SELECT link, state FROM entries").fetchall())
        assert set(states.values()) == {"failed"}
        again = ws.ingest_feeds([server.url("/feed.xml")], FAST, workers=1, force=True)
        assert again.pages_fetched == 0 and len(server.requested("/gone.html")) == 1


def test_pages_that_go_wrong_are_recorded_and_the_rest_is_stored(home):
    bomb = _gzip.compress(b"<p>" + b"a" * (30 * 1024 * 1024), 9)
    latin = page("Caf\u00e9 cr\u00e8me regulator", STORY.replace("Monday", "lundi, caf\u00e9 cr\u00e8me"),
                 "Latin Site").decode("utf-8").replace('<meta charset="utf-8">', "").encode("cp1252")
    utf8_as_latin = page("Z\u00fcrich police face scans", other_story(5) + ". Z\u00fcrich na\u00efve r\u00e9sum\u00e9",
                         "Zeitung")
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/feed.xml": feed_of("/loop1.html", "/slow.html", "/big.html", "/bomb.html", "/private/p.html",
                             "/latin.html", "/utf8.html", "/flaky.html", "/limit.html"),
        "/loop1.html": Route(status=302, headers={"Location": "/loop2.html"}),
        "/loop2.html": Route(status=302, headers={"Location": "/loop1.html"}),
        "/slow.html": Route(page("Slow", STORY, "S"), delay=2),
        "/big.html": Route(b"<html><body>" + b"<p>big</p>" * 300_000 + b"</body></html>"),
        "/bomb.html": Route(bomb, headers={"Content-Encoding": "gzip"}),
        "/private/p.html": Route(page("Private", other_story(7), "P")),
        "/latin.html": Route(latin, content_type="text/html; charset=utf-8"),       # declared wrong
        "/utf8.html": Route(utf8_as_latin, content_type="text/html; charset=iso-8859-1"),  # idem
        "/flaky.html": [Route(b"", status=500), Route(page("Flaky", other_story(9), "F"))],
        "/limit.html": [Route(b"", status=429, headers={"Retry-After": "1"}), Route(page("Limit", other_story(11), "L"))],
    }
    config = _replace(FAST, read_timeout=0.5, max_bytes=2 * 1024 * 1024, retries=1, backoff_base=0.01)
    with LocalServer(routes) as server:
        summary = Workspace(home).ingest_feeds([server.url("/feed.xml")], config, workers=2)
        errors = {f["item"].rsplit("/", 1)[-1]: f["error"] for f in summary.failures}
        assert "redirect loop" in errors["loop1.html"]
        assert errors["slow.html"].startswith("timeout")
        assert "larger than" in errors["big.html"]
        assert "once decompressed" in errors["bomb.html"]
        assert "robots.txt" in errors["p.html"] and server.requested("/private/p.html") == []
        assert summary.failed == 5 and summary.articles_stored == 4
        with Workspace(home).docstore() as store:
            texts = {a.title: a.text for a in store.articles()}
        assert "caf\u00e9 cr\u00e8me" in texts["Caf\u00e9 cr\u00e8me regulator"]
        assert "Z\u00fcrich na\u00efve r\u00e9sum\u00e9" in texts["Z\u00fcrich police face scans"]
        assert {"Flaky", "Limit"} <= set(texts)


def test_gzip_feed_and_conditional_repoll_of_the_shared_corpus_sample(shared, home):
    compressed = next((shared / "realworld" / "feeds" / "node-feedparser").rglob("compressed.xml"))
    routes = {"/compressed.xml": Route(compressed.read_bytes(), content_type="application/xml"),
              "/encoded.xml": Route(_gzip.compress(feed_of().body), content_type="application/rss+xml",
                                    headers={"Content-Encoding": "gzip"})}
    with LocalServer(routes) as server:
        ws = Workspace(home)
        sources = [server.url("/compressed.xml"), server.url("/encoded.xml")]
        config = _replace(FAST, respect_robots=False)
        first = ws.ingest_feeds(sources, config, workers=1, graph=False)
        assert first.feeds_failed == 0, first.failures
        again = ws.ingest_feeds(sources, config, workers=1, graph=False)
        assert again.feeds_not_modified == 2
        assert all(not r.body_sent for r in server.requests[-2:])


def test_ingest_urls_from_a_list_with_junk(home, site):
    urls = [site.url("/news/ico-fine.html?utm_source=x"), site.url("/news/ico-fine.html?utm_source=x"),
            "ftp://example.org/file", "not a url", site.url("/news/missing.html")]
    summary = Workspace(home).ingest_urls(urls, FAST, workers=1)
    assert summary.articles_stored == 1 and summary.failed == 3
    again = Workspace(home).ingest_urls(urls[:1], FAST, workers=1)
    assert again.duplicates == 1 and again.pages_fetched == 0


def test_ingest_html_files_folders_and_gz(home, tmp_path):
    folder = tmp_path / "saved"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(page("Saved A", STORY, "Alpha", canonical="https://alpha.example/a"))
    (folder / "sub" / "b.html.gz").write_bytes(_gzip.compress(page("Saved B", other_story(2), "Beta")))
    (folder / "bomb.html.gz").write_bytes(_gzip.compress(b"a" * (40 * 1024 * 1024)))
    (folder / "notes.txt").write_text("not html")
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b not gzip")
    ws = Workspace(home)
    summary = ws.ingest_html([folder], workers=2)
    assert summary.articles_stored == 2 and summary.failed == 2
    assert {f["item"].rsplit("/", 1)[-1] for f in summary.failures} == {"bomb.html.gz", "broken.html.gz"}
    again = ws.ingest_html([folder / "a.html", folder], workers=1)
    assert again.articles_stored == 0 and again.duplicates == 2
    with ws.docstore() as store:
        a = next(x for x in store.articles() if x.title == "Saved A")
        assert a.canonical_url == "https://alpha.example/a"
        assert store.article_html(a.id).startswith(b"<!DOCTYPE html>")


def test_a_second_writer_is_refused_with_a_clear_message(home, tmp_path):
    from scrutiny.ingest.lock import HomeBusy, IngestLock
    ws = Workspace(home)
    with IngestLock(ws.home.root):
        try:
            ws.ingest_html([tmp_path], workers=1)
        except HomeBusy as exc:
            assert f"another scrutiny ingest is running on {ws.home.root}" in str(exc)
        else:
            raise AssertionError("the second ingest was not refused")
    assert ws.ingest_html([tmp_path], workers=1).failed == 0  # released


def test_cli_ingest_urls_from_stdin_json_summary_and_exit_codes(site, home):
    runner = _CliRunner()
    stdin = f"# a comment\n\n{site.url('/news/ico-fine.html')}\n{site.url('/news/nothing-here.html')}\n"
    result = runner.invoke(_app, ["ingest", "urls", "-", "--home", str(home), "--format", "json", "--delay", "0",
                                  "--workers", "1", "--no-graph"], input=stdin)
    assert result.exit_code == 1, result.output  # one page failed, the other is stored
    summary = _json.loads(result.stdout)
    assert {"feeds_polled", "feeds_not_modified", "pages_fetched", "articles_stored", "duplicates",
            "failed"} <= set(summary)
    assert summary["articles_stored"] == 1 and summary["failed"] == 1
    again = runner.invoke(_app, ["ingest", "urls", "-", "--home", str(home), "--format", "json", "--delay", "0",
                                 "--workers", "1", "--no-graph"], input=site.url("/news/ico-fine.html"))
    assert again.exit_code == 0 and _json.loads(again.stdout)["duplicates"] == 1
    missing = runner.invoke(_app, ["ingest", "html", "/no/such/folder", "--home", str(home)])
    assert missing.exit_code == 2


def test_default_sources_are_the_homes_feeds_else_data_feeds_opml(home):
    """No traffic leaves the machine: the fetcher is restricted to 127.0.0.1, so every real feed is refused."""
    from scrutiny.ingest.feeds import read_opml_file
    from scrutiny.data import path as data_path
    local_only = _replace(FAST, only_hosts=frozenset({"127.0.0.1"}))
    ws = Workspace(home)
    first = ws.ingest_feeds(None, local_only, workers=1, graph=False)
    default = read_opml_file(data_path("feeds.opml"))
    assert first.feeds_polled == len(default) >= 25 and first.feeds_failed == len(default)
    assert all("host not allowed" in f["error"] for f in first.failures)
    with ws.docstore() as store:
        assert {f.url for f in store.feeds()} == {o.url for o in default}
    ws.remove_feeds([default[0].url])
    second = ws.ingest_feeds([], local_only, workers=1, graph=False)  # the home's feeds, all backing off
    assert second.feeds_polled == 0 and second.feeds_skipped == len(default) - 1
