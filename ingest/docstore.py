"""The document store: feeds, articles and extraction results in SQLite (WAL).

It is the source of truth; every graph store is a projection of it. Writes
happen in short transactions so that a killed process leaves no half-written
row, and articles are unique on canonical URL and on content hash. Near
duplicates (syndicated copies) are found through LSH band keys
(``article_bands``) and verified on the stored text; a copy adds its URL and
outlet to ``article_urls`` instead of a new article.

Feed entries are a durable queue (``entries``): a poll records its new
entries in the same transaction as the feed's validators (ETag,
Last-Modified), and an entry is marked done in the same transaction as its
article. So a run killed between the poll and the pages leaves pending
entries that the next run fetches, although the feed now answers 304.

Schema versions: 1 (the skeleton), 2 (outlets per URL, near-duplicate bands,
the entry queue, feed categories), 3 (extractions the relevance pre-screen
skipped). ``migrate`` upgrades older databases in
place, one transaction per version.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from . import dedupe

SCHEMA_VERSION = 3

# Migration N brings a database from user_version N-1 to N.
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_polled TEXT,
        last_status INTEGER,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        next_poll TEXT,
        added_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        canonical_url TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        html BLOB,
        feed_url TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE article_urls (
        url TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX article_urls_article ON article_urls(article_id);
    CREATE TABLE extractions (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        entities TEXT NOT NULL,
        events TEXT NOT NULL,
        extracted_at TEXT NOT NULL
    );
    """,
    2: """
    ALTER TABLE article_urls ADD COLUMN outlet TEXT;
    ALTER TABLE article_urls ADD COLUMN feed_url TEXT;
    ALTER TABLE article_urls ADD COLUMN relation TEXT NOT NULL DEFAULT 'same';
    ALTER TABLE article_urls ADD COLUMN added_at TEXT;
    UPDATE article_urls SET outlet = (SELECT outlet FROM articles WHERE articles.id = article_urls.article_id),
        feed_url = (SELECT feed_url FROM articles WHERE articles.id = article_urls.article_id),
        added_at = (SELECT fetched_at FROM articles WHERE articles.id = article_urls.article_id);
    ALTER TABLE articles ADD COLUMN site_name TEXT;
    ALTER TABLE articles ADD COLUMN encoding TEXT;
    CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_bands_article ON article_bands(article_id);
    ALTER TABLE feeds ADD COLUMN category TEXT;
    CREATE TABLE entries (
        feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
        key TEXT NOT NULL,
        link TEXT,
        title TEXT,
        published TEXT,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'nolink')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_try TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (feed_url, key)
    );
    CREATE INDEX entries_state ON entries(state, next_try);
    CREATE INDEX entries_link ON entries(link)
    """,
    3: """
    ALTER TABLE extractions ADD COLUMN screened INTEGER NOT NULL DEFAULT 0
    """,
}


def _backfill_bands(db: sqlite3.Connection) -> None:
    """Version 2: band keys of the articles stored by version 1."""
    for article_id, text in db.execute("SELECT id, text FROM articles").fetchall():
        db.executemany("INSERT OR IGNORE INTO article_bands(band, article_id) VALUES (?, ?)",
                       [(k, article_id) for k in dedupe.text_bands(text)])


# Python steps run after the SQL of the same version, in the same transaction.
MIGRATION_STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _backfill_bands}

MAX_ENTRY_ATTEMPTS = 5


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def in_future(when: str | None, now: str | None = None) -> bool:
    """True when the ISO timestamp ``when`` is later than now."""
    if not when:
        return False
    try:
        moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    reference = datetime.fromisoformat(now) if now else datetime.now(timezone.utc)
    return moment > reference


@dataclass
class StoredArticle:
    """An article as the document store keeps it."""

    id: int
    canonical_url: str
    urls: list[str]
    content_hash: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    text: str
    fetched_at: str
    feed_url: str | None = None
    outlets: list[str] = field(default_factory=list)
    site_name: str | None = None


@dataclass
class FeedState:
    """What the store remembers about one feed between polls."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    next_poll: str | None = None
    category: str | None = None
    added_at: str | None = None


@dataclass
class Extraction:
    """The extractor's result for one article."""

    article_id: int
    extractor_version: str
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    # screened out by the relevance pre-screen (extract/screen.py): off topic, not run through the
    # extractor, no entities or events
    screened: bool = False


@dataclass
class PendingEntry:
    """A feed entry whose page is still to be fetched."""

    feed_url: str
    key: str
    link: str
    title: str | None
    published: str | None
    attempts: int


@dataclass
class StoreOutcome:
    """What :meth:`DocStore.add_article` did: ``created``, ``duplicate`` or ``near_duplicate``."""

    article_id: int
    status: str
    similarity: float | None = None

    @property
    def created(self) -> bool:
        return self.status == "created"


class DocStore:
    """SQLite document store. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # -- lifecycle -----------------------------------------------------
    def __enter__(self) -> "DocStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in one transaction."""
        if self.schema_version == SCHEMA_VERSION:
            return
        for version in range(1, SCHEMA_VERSION + 1):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                current = self.schema_version
                if current > SCHEMA_VERSION:
                    raise RuntimeError(
                        f"{self.path} has schema {current}, newer than this scrutiny ({SCHEMA_VERSION})")
                if current < version:
                    for statement in MIGRATIONS[version].split(";"):
                        if statement.strip():
                            self.db.execute(statement)
                    if version in MIGRATION_STEPS:
                        MIGRATION_STEPS[version](self.db)
                    self.db.execute(f"PRAGMA user_version={version}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self):
        """One write transaction (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- feeds ---------------------------------------------------------
    def add_feed(self, url: str, title: str | None = None, category: str | None = None) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO feeds(url, title, category, added_at) VALUES (?, ?, ?, ?)",
            (url, title, category, utcnow()))
        if cur.rowcount == 0 and (title or category):
            self.db.execute("UPDATE feeds SET title = coalesce(title, ?), category = coalesce(category, ?) "
                            "WHERE url = ?", (title, category, url))
        return cur.rowcount == 1

    def remove_feed(self, url: str) -> bool:
        with self.transaction():
            self.db.execute("DELETE FROM entries WHERE feed_url = ?", (url,))
            return self.db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 1

    def feed(self, url: str) -> FeedState | None:
        row = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return FeedState(**{k: row[k] for k in FeedState.__dataclass_fields__})

    def feeds(self) -> list[FeedState]:
        rows = self.db.execute("SELECT * FROM feeds ORDER BY url").fetchall()
        return [FeedState(**{k: r[k] for k in FeedState.__dataclass_fields__}) for r in rows]

    def save_feed(self, state: FeedState) -> None:
        self.add_feed(state.url, state.title, state.category)
        self.db.execute(
            """UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, last_polled = ?,
               last_status = ?, last_error = ?, consecutive_failures = ?, next_poll = ? WHERE url = ?""",
            (state.title, state.etag, state.last_modified, state.last_polled, state.last_status,
             state.last_error, state.consecutive_failures, state.next_poll, state.url))

    def feed_counts(self) -> dict[str, dict[str, int]]:
        """Per feed, how many entries are in each state."""
        out: dict[str, dict[str, int]] = {}
        for row in self.db.execute("SELECT feed_url, state, count(*) FROM entries GROUP BY feed_url, state"):
            out.setdefault(row[0], {})[row[1]] = row[2]
        return out

    # -- the entry queue -------------------------------------------------
    def record_poll(self, state: FeedState, entries: list) -> tuple[int, int, int]:
        """Save a feed's state and queue its new entries, in one transaction.

        ``entries`` are :class:`~scrutiny.ingest.feeds.FeedEntry`. Returns
        ``(new, without_link, already_stored)``: entries not seen before,
        those of them without a link, and those whose link is already an
        article (marked done at once).
        """
        new = nolink = known = 0
        now = utcnow()
        with self.transaction():
            self.save_feed(state)
            for entry in entries:
                key = entry.key
                if self.db.execute("SELECT 1 FROM entries WHERE feed_url = ? AND key = ?",
                                   (state.url, key)).fetchone():
                    continue
                new += 1
                article_id = self.article_id_for_url(entry.link) if entry.link else None
                if not entry.link:
                    status = "nolink"
                    nolink += 1
                elif article_id is not None:
                    status = "done"
                    known += 1
                else:
                    status = "pending"
                self.db.execute(
                    """INSERT INTO entries(feed_url, key, link, title, published, state, article_id, first_seen)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    (state.url, key, entry.link, entry.title, entry.published, status, article_id, now))
        return new, nolink, known

    def pending_entries(self, feed_urls: list[str] | None = None, force: bool = False) -> list[PendingEntry]:
        """Entries to fetch now (all pending ones when ``force``), oldest first."""
        rows = self.db.execute(
            "SELECT * FROM entries WHERE state = 'pending' ORDER BY first_seen, rowid").fetchall()
        wanted = set(feed_urls) if feed_urls is not None else None
        out = []
        for r in rows:
            if wanted is not None and r["feed_url"] not in wanted:
                continue
            if not force and in_future(r["next_try"]):
                continue
            out.append(PendingEntry(r["feed_url"], r["key"], r["link"], r["title"], r["published"], r["attempts"]))
        return out

    def entry_failed(self, feed_url: str, key: str, error: str, next_try: str | None,
                     permanent: bool = False) -> None:
        """Count a failed attempt; after ``MAX_ENTRY_ATTEMPTS`` (or a permanent error) give up."""
        with self.transaction():
            self.db.execute(
                """UPDATE entries SET attempts = attempts + 1, last_error = ?, next_try = ?,
                   state = CASE WHEN ? OR attempts + 1 >= ? THEN 'failed' ELSE state END
                   WHERE feed_url = ? AND key = ? AND state = 'pending'""",
                (error, next_try, int(permanent), MAX_ENTRY_ATTEMPTS, feed_url, key))

    def _entries_done(self, entries: list[tuple[str, str]], article_id: int) -> None:
        self.db.executemany(
            "UPDATE entries SET state = 'done', article_id = ?, last_error = NULL WHERE feed_url = ? AND key = ?",
            [(article_id, f, k) for f, k in entries])

    def mark_entries_done(self, entries: list[tuple[str, str]], article_id: int) -> None:
        with self.transaction():
            self._entries_done(entries, article_id)

    # -- articles ------------------------------------------------------
    def article_id_for_url(self, url: str) -> int | None:
        row = self.db.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def store_article(self, *, urls: list[str], canonical_url: str, content_hash: str, text: str,
                      title: str | None = None, outlet: str | None = None, author: str | None = None,
                      published: str | None = None, language: str | None = None,
                      html: str | bytes | None = None, feed_url: str | None = None) -> tuple[int, bool]:
        """Store an article unless it is already known by canonical URL or content hash.

        Returns ``(article_id, created)``. Every URL is recorded against the
        article in both cases, so a syndicated or re-linked copy keeps its URL.
        (Exact dedupe only; :meth:`add_article` also finds near duplicates.)
        """
        if isinstance(html, str):
            html = html.encode("utf-8", "replace")
        outcome = self.add_article(
            urls=urls, canonical_url=canonical_url, content_hash=content_hash, text=text, title=title,
            outlet=outlet, author=author, published=published, language=language,
            html_packed=zlib.compress(html, 6) if html else None, feed_url=feed_url, near_duplicates=False)
        return outcome.article_id, outcome.created

    def add_article(self, *, urls: list[str], canonical_url: str, content_hash: str, text: str,
                    title: str | None = None, outlet: str | None = None, author: str | None = None,
                    published: str | None = None, language: str | None = None, site_name: str | None = None,
                    encoding: str | None = None, html_packed: bytes | None = None, feed_url: str | None = None,
                    bands: list[int] | None = None, near_duplicates: bool = True,
                    extraction: Extraction | None = None, entries: list[tuple[str, str]] = ()) -> StoreOutcome:
        """Store an article, or record its URLs against the article it duplicates; one transaction.

        Duplicates: the same canonical URL or the same content hash (exact),
        or, with ``near_duplicates``, a stored text whose shingle Jaccard
        similarity is at least ``dedupe.NEAR_DUPLICATE_JACCARD`` (candidates
        from the LSH ``bands``). ``extraction`` (its ``article_id`` is
        ignored) is saved with a new article; the feed ``entries`` are
        marked done in the same transaction.
        """
        all_urls = list(dict.fromkeys([canonical_url, *urls]))
        if bands is None and near_duplicates:
            bands = dedupe.text_bands(text)
        now = utcnow()
        similarity = None
        with self.transaction():
            row = self.db.execute(
                "SELECT id FROM articles WHERE canonical_url = ? OR content_hash = ?",
                (canonical_url, content_hash)).fetchone()
            status = "duplicate" if row else "created"
            article_id = row[0] if row else None
            if article_id is None and near_duplicates and bands:
                article_id, similarity = self._near_duplicate(text, bands)
                if article_id is not None:
                    status = "near_duplicate"
            if article_id is None:
                cur = self.db.execute(
                    """INSERT INTO articles(canonical_url, content_hash, title, outlet, author, published,
                       language, text, html, feed_url, fetched_at, site_name, encoding)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (canonical_url, content_hash, title, outlet, author, published, language, text,
                     html_packed, feed_url, now, site_name, encoding))
                article_id = cur.lastrowid
                self.db.executemany("INSERT OR IGNORE INTO article_bands(band, article_id) VALUES (?, ?)",
                                    [(b, article_id) for b in bands or ()])
                if extraction is not None:
                    self._save_extraction(replace(extraction, article_id=article_id))
            relation = "same" if status != "near_duplicate" else "near_duplicate"
            self.db.executemany(
                """INSERT OR IGNORE INTO article_urls(url, article_id, outlet, feed_url, relation, added_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [(u, article_id, outlet, feed_url, relation, now) for u in all_urls])
            if entries:
                self._entries_done(list(entries), article_id)
        return StoreOutcome(article_id, status, similarity)

    def _near_duplicate(self, text: str, bands: list[int]) -> tuple[int | None, float | None]:
        marks = ",".join("?" * len(bands))
        candidates = [r[0] for r in self.db.execute(
            f"SELECT article_id, count(*) AS n FROM article_bands WHERE band IN ({marks}) "
            f"GROUP BY article_id ORDER BY n DESC LIMIT 20", bands)]
        if not candidates:
            return None, None
        mine = dedupe.shingles(text)
        best, best_score = None, 0.0
        for candidate in candidates:
            row = self.db.execute("SELECT text FROM articles WHERE id = ?", (candidate,)).fetchone()
            if row is None:
                continue
            score = dedupe.jaccard(mine, dedupe.shingles(row[0]))
            if score >= dedupe.NEAR_DUPLICATE_JACCARD and score > best_score:
                best, best_score = candidate, score
        return (best, round(best_score, 4)) if best is not None else (None, None)

    def _article(self, row: sqlite3.Row) -> StoredArticle:
        url_rows = self.db.execute(
            "SELECT url, outlet FROM article_urls WHERE article_id = ? ORDER BY rowid", (row["id"],)).fetchall()
        outlets = list(dict.fromkeys([o for o in [row["outlet"], *(r[1] for r in url_rows)] if o]))
        return StoredArticle(
            id=row["id"], canonical_url=row["canonical_url"], urls=[r[0] for r in url_rows],
            content_hash=row["content_hash"], title=row["title"], outlet=row["outlet"], author=row["author"],
            published=row["published"], language=row["language"], text=row["text"],
            fetched_at=row["fetched_at"], feed_url=row["feed_url"], outlets=outlets, site_name=row["site_name"])

    def article(self, article_id: int) -> StoredArticle | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def articles(self) -> Iterator[StoredArticle]:
        for row in self.db.execute("SELECT * FROM articles ORDER BY id").fetchall():
            yield self._article(row)

    def article_html(self, article_id: int) -> bytes | None:
        row = self.db.execute("SELECT html FROM articles WHERE id = ?", (article_id,)).fetchone()
        return zlib.decompress(row[0]) if row and row[0] else None

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- extractions ---------------------------------------------------
    def _save_extraction(self, extraction: Extraction) -> None:
        self.db.execute(
            """INSERT INTO extractions(article_id, extractor_version, entities, events, extracted_at, screened)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(article_id) DO UPDATE SET extractor_version = excluded.extractor_version,
               entities = excluded.entities, events = excluded.events, extracted_at = excluded.extracted_at,
               screened = excluded.screened""",
            (extraction.article_id, extraction.extractor_version,
             json.dumps(extraction.entities, ensure_ascii=False),
             json.dumps(extraction.events, ensure_ascii=False), utcnow(), int(extraction.screened)))

    def save_extraction(self, extraction: Extraction) -> None:
        self._save_extraction(extraction)

    def extraction(self, article_id: int) -> Extraction | None:
        row = self.db.execute("SELECT * FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        return Extraction(row["article_id"], row["extractor_version"],
                          json.loads(row["entities"]), json.loads(row["events"]), bool(row["screened"]))

    def articles_needing_extraction(self, extractor_version: str, screened: bool = False) -> list[int]:
        """Articles with no extraction or one from another extractor version; with ``screened``, also
        the articles the relevance pre-screen left unextracted."""
        rows = self.db.execute(
            """SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
               WHERE x.article_id IS NULL OR x.extractor_version != ? OR (? AND x.screened) ORDER BY a.id""",
            (extractor_version, int(screened))).fetchall()
        return [r[0] for r in rows]
