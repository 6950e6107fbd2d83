"""The document store: round trip, dedupe on canonical URL and content hash, migrations, feeds."""
import sqlite3

from scrutiny.ingest.articles import content_hash
from scrutiny.ingest.docstore import SCHEMA_VERSION, DocStore, Extraction, FeedState


def _store(store, url, text, **kw):
    return store.store_article(urls=[url], canonical_url=url, content_hash=content_hash(text), text=text, **kw)


def test_round_trip(tmp_path):
    with DocStore(tmp_path / "d.sqlite") as store:
        article_id, created = _store(store, "https://a.example/1", "Body text one.", title="T", outlet="A",
                                     published="2020-02-05", language="en", html="<p>Body text one.</p>")
        assert created
        got = store.article(article_id)
        assert (got.title, got.outlet, got.published, got.language, got.text) == (
            "T", "A", "2020-02-05", "en", "Body text one.")
        assert store.article_html(article_id) == b"<p>Body text one.</p>"
        store.save_extraction(Extraction(article_id, "v1", [{"id": "x"}], [{"action": "fine"}]))
        assert store.extraction(article_id).events == [{"action": "fine"}]
        assert store.articles_needing_extraction("v1") == []
        assert store.articles_needing_extraction("v2") == [article_id]


def test_dedupe_by_canonical_url_and_by_hash_keeps_every_url(tmp_path):
    with DocStore(tmp_path / "d.sqlite") as store:
        first, _ = _store(store, "https://a.example/1", "Same words here.")
        same_url, created_url = _store(store, "https://a.example/1", "Edited words here.")
        same_text, created_text = store.store_article(
            urls=["https://b.example/copy"], canonical_url="https://b.example/copy",
            content_hash=content_hash("  same   WORDS here. "), text="same words here.")
        assert (created_url, created_text) == (False, False)
        assert first == same_url == same_text
        assert store.count_articles() == 1
        assert store.article(first).urls == ["https://a.example/1", "https://b.example/copy"]


def test_schema_version_and_reopen(tmp_path):
    path = tmp_path / "d.sqlite"
    with DocStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        _store(store, "https://a.example/1", "x")
    with DocStore(path) as store:
        assert store.count_articles() == 1
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_feed_state(tmp_path):
    with DocStore(tmp_path / "d.sqlite") as store:
        assert store.add_feed("https://a.example/feed")
        assert not store.add_feed("https://a.example/feed")
        store.save_feed(FeedState("https://a.example/feed", etag='"abc"', last_status=200, consecutive_failures=0))
        assert store.feed("https://a.example/feed").etag == '"abc"'
        assert [f.url for f in store.feeds()] == ["https://a.example/feed"]
        assert store.remove_feed("https://a.example/feed")
        assert store.feeds() == []
