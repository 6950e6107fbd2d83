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


def _v1_database(path):
    """A database as the skeleton (schema 1) left it, with one article."""
    from scrutiny.ingest.docstore import MIGRATIONS
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[1])
    db.execute("PRAGMA user_version=1")
    db.execute("INSERT INTO feeds(url, title, added_at) VALUES ('https://a.example/feed', 'A', '2024-01-01')")
    db.execute("""INSERT INTO articles(canonical_url, content_hash, title, outlet, text, feed_url, fetched_at)
                  VALUES ('https://a.example/1', ?, 'T', 'Alpha', ?, 'https://a.example/feed', '2024-01-01')""",
               (content_hash(LONG), LONG))
    db.execute("INSERT INTO article_urls(url, article_id) VALUES ('https://a.example/1', 1)")
    db.commit()
    db.close()


LONG = ("Police in the city began using live facial recognition cameras at the central station on Friday, "
        "drawing criticism from civil liberties groups who said the deployment had no legal basis and asked "
        "the data protection authority to open an investigation into the scheme before it is extended to "
        "other stations across the region later this year, according to documents seen by reporters.")


def test_migration_from_v1_keeps_data_and_enables_near_duplicates(tmp_path):
    path = tmp_path / "old.sqlite"
    _v1_database(path)
    with DocStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        article = store.article(1)
        assert article.outlets == ["Alpha"] and article.urls == ["https://a.example/1"]
        assert store.db.execute("SELECT count(*) FROM article_bands WHERE article_id = 1").fetchone()[0] == 16
        assert store.feed("https://a.example/feed").title == "A"
        copy = LONG.replace("on Friday", "on Friday morning") + " Syndicated by Beta."
        outcome = store.add_article(urls=["https://b.example/copy"], canonical_url="https://b.example/copy",
                                    content_hash=content_hash(copy), text=copy, outlet="Beta")
        assert outcome.status == "near_duplicate" and outcome.article_id == 1 and outcome.similarity >= 0.8
        assert store.article(1).outlets == ["Alpha", "Beta"]
        assert store.count_articles() == 1
    with DocStore(path) as store:  # idempotent reopen
        assert store.schema_version == SCHEMA_VERSION and store.count_articles() == 1


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    from scrutiny.ingest import docstore
    path = tmp_path / "old.sqlite"
    _v1_database(path)

    def boom(db):
        raise RuntimeError("killed mid-migration")

    monkeypatch.setitem(docstore.MIGRATION_STEPS, 2, boom)
    try:
        DocStore(path)
    except RuntimeError:
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "outlet" not in [r[1] for r in db.execute("PRAGMA table_info(article_urls)")]
    db.close()
    monkeypatch.undo()
    with DocStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION and store.count_articles() == 1


def test_entry_queue(tmp_path):
    from scrutiny.ingest.feeds import FeedEntry
    with DocStore(tmp_path / "d.sqlite") as store:
        state = FeedState("https://a.example/feed", etag='"1"')
        entries = [FeedEntry("https://a.example/1", "g1"), FeedEntry(None, "g2"), FeedEntry("https://a.example/3", None)]
        assert store.record_poll(state, entries) == (3, 1, 0)
        assert store.record_poll(state, entries) == (0, 0, 0)
        pending = store.pending_entries()
        assert [p.link for p in pending] == ["https://a.example/1", "https://a.example/3"]
        store.entry_failed(state.url, "g1", "HTTP 503", "2999-01-01T00:00:00+00:00")
        assert [p.key for p in store.pending_entries()] == ["https://a.example/3"]
        assert len(store.pending_entries(force=True)) == 2
        outcome = store.add_article(urls=["https://a.example/1"], canonical_url="https://a.example/1",
                                    content_hash=content_hash(LONG), text=LONG, entries=[(state.url, "g1")])
        assert outcome.created
        assert [p.key for p in store.pending_entries(force=True)] == ["https://a.example/3"]
        store.entry_failed(state.url, "https://a.example/3", "HTTP 404", None, permanent=True)
        assert store.pending_entries(force=True) == []
        assert store.feed_counts()[state.url] == {"done": 1, "failed": 1, "nolink": 1}
