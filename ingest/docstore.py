"""The document store: feeds, articles and extraction results in SQLite (WAL).

It is the source of truth; every graph store is a projection of it. Writes
happen in short transactions so that a killed process leaves no half-written
row, and articles are unique on canonical URL and on content hash.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

SCHEMA_VERSION = 1

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
}


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


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


@dataclass
class Extraction:
    """The extractor's result for one article."""

    article_id: int
    extractor_version: str
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


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
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self.schema_version
            if current > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} has schema {current}, newer than this scrutiny ({SCHEMA_VERSION})")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={version}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- feeds ---------------------------------------------------------
    def add_feed(self, url: str, title: str | None = None) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO feeds(url, title, added_at) VALUES (?, ?, ?)", (url, title, utcnow()))
        return cur.rowcount == 1

    def remove_feed(self, url: str) -> bool:
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
        self.add_feed(state.url, state.title)
        self.db.execute(
            """UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, last_polled = ?,
               last_status = ?, last_error = ?, consecutive_failures = ?, next_poll = ? WHERE url = ?""",
            (state.title, state.etag, state.last_modified, state.last_polled, state.last_status,
             state.last_error, state.consecutive_failures, state.next_poll, state.url))

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
        """
        if isinstance(html, str):
            html = html.encode("utf-8", "replace")
        packed = zlib.compress(html, 6) if html else None
        all_urls = list(dict.fromkeys([canonical_url, *urls]))
        self.db.execute("BEGIN IMMEDIATE")
        try:
            row = self.db.execute(
                "SELECT id FROM articles WHERE canonical_url = ? OR content_hash = ?",
                (canonical_url, content_hash)).fetchone()
            created = row is None
            if created:
                cur = self.db.execute(
                    """INSERT INTO articles(canonical_url, content_hash, title, outlet, author, published,
                       language, text, html, feed_url, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                    (canonical_url, content_hash, title, outlet, author, published, language, text,
                     packed, feed_url, utcnow()))
                article_id = cur.lastrowid
            else:
                article_id = row[0]
            self.db.executemany(
                "INSERT OR IGNORE INTO article_urls(url, article_id) VALUES (?, ?)",
                [(u, article_id) for u in all_urls])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return article_id, created

    def _article(self, row: sqlite3.Row) -> StoredArticle:
        urls = [r[0] for r in self.db.execute(
            "SELECT url FROM article_urls WHERE article_id = ? ORDER BY rowid", (row["id"],))]
        return StoredArticle(
            id=row["id"], canonical_url=row["canonical_url"], urls=urls, content_hash=row["content_hash"],
            title=row["title"], outlet=row["outlet"], author=row["author"], published=row["published"],
            language=row["language"], text=row["text"], fetched_at=row["fetched_at"], feed_url=row["feed_url"])

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
    def save_extraction(self, extraction: Extraction) -> None:
        self.db.execute(
            """INSERT INTO extractions(article_id, extractor_version, entities, events, extracted_at)
               VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(article_id) DO UPDATE SET extractor_version = excluded.extractor_version,
               entities = excluded.entities, events = excluded.events, extracted_at = excluded.extracted_at""",
            (extraction.article_id, extraction.extractor_version,
             json.dumps(extraction.entities, ensure_ascii=False),
             json.dumps(extraction.events, ensure_ascii=False), utcnow()))

    def extraction(self, article_id: int) -> Extraction | None:
        row = self.db.execute("SELECT * FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        return Extraction(row["article_id"], row["extractor_version"],
                          json.loads(row["entities"]), json.loads(row["events"]))

    def articles_needing_extraction(self, extractor_version: str) -> list[int]:
        rows = self.db.execute(
            """SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
               WHERE x.article_id IS NULL OR x.extractor_version != ? ORDER BY a.id""",
            (extractor_version,)).fetchall()
        return [r[0] for r in rows]
