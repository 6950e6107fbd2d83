"""The ingest pipeline: feeds, URLs and saved pages -> document store -> extraction -> graph.

Each step is a function over a :class:`~scrutiny.ingest.docstore.DocStore`
so that the CLI and the tests call the same code. Failures are recorded in
the summary and the run goes on.
"""
from __future__ import annotations

import gzip
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..graph.build import ArticleRecord, build_graph
from ..graph.model import Article, Entity, KnowledgeGraph
from .articles import decode_html, parse_article
from .docstore import DocStore, Extraction, FeedState, utcnow
from .extract import Extractor
from .extract.gazetteer import Gazetteer
from .feeds import Outline, is_opml, poll_feed, read_opml, read_opml_file
from .fetch import Fetcher


@dataclass
class IngestSummary:
    """What one ingest run did."""

    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    pages_fetched: int = 0
    articles_stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    events_extracted: int = 0
    failures: list[dict] = field(default_factory=list)

    def fail(self, item: str, reason: str) -> None:
        self.failed += 1
        self.failures.append({"item": item, "error": reason})

    def as_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        return (f"feeds polled {self.feeds_polled} (not modified {self.feeds_not_modified}, failed "
                f"{self.feeds_failed}), pages fetched {self.pages_fetched}, articles stored "
                f"{self.articles_stored}, duplicates {self.duplicates}, failed {self.failed}, skipped {self.skipped}, "
                f"events {self.events_extracted}")


# -- sources of feeds ---------------------------------------------------------
def expand_feed_sources(fetcher: Fetcher, sources: Iterable[str]) -> list[Outline]:
    """Local OPML files and URLs (of feeds or of OPML documents) -> feed outlines."""
    outlines: list[Outline] = []
    for source in sources:
        path = Path(source)
        if "://" not in source and path.exists():
            outlines.extend(read_opml_file(path))
            continue
        outlines.append(Outline(url=source))
    expanded: list[Outline] = []
    for outline in outlines:
        if outline.url.lower().endswith(".opml"):
            result = fetcher.get(outline.url)
            if result.ok and result.body and is_opml(result.body):
                expanded.extend(read_opml(result.body, base=result.final_url))
                continue
        expanded.append(outline)
    return list({o.url: o for o in expanded}.values())


# -- feeds ---------------------------------------------------------------------
def _next_poll(failures: int) -> str:
    delay = timedelta(minutes=min(24 * 60, 15 * (2 ** max(0, failures - 1)))) if failures else timedelta(0)
    return (datetime.now(timezone.utc) + delay).isoformat(timespec="seconds")


def ingest_feeds(store: DocStore, fetcher: Fetcher, outlines: list[Outline], extractor: Extractor | None = None,
                 workers: int = 4) -> IngestSummary:
    """Poll each feed, fetch every new entry's page, store and extract the articles."""
    summary = IngestSummary()
    pending: list[tuple[str, str]] = []
    for outline in outlines:
        store.add_feed(outline.url, outline.title)
        state = store.feed(outline.url) or FeedState(outline.url)
        poll = poll_feed(fetcher, outline.url, state.etag, state.last_modified)
        summary.feeds_polled += 1
        state.last_polled, state.last_status = utcnow(), poll.status
        if poll.error:
            summary.feeds_failed += 1
            summary.fail(outline.url, poll.error)
            state.last_error = poll.error
            state.consecutive_failures += 1
        else:
            state.last_error, state.consecutive_failures = None, 0
            state.etag, state.last_modified = poll.etag, poll.last_modified
            state.title = poll.title or state.title
            if poll.not_modified:
                summary.feeds_not_modified += 1
        state.next_poll = _next_poll(state.consecutive_failures)
        store.save_feed(state)
        for entry in poll.entries:
            if not entry.link:
                summary.skipped += 1  # nothing to fetch: not a failure of the run
                continue
            if store.article_id_for_url(entry.link) is not None:
                summary.duplicates += 1
                continue
            pending.append((entry.link, outline.url))
    pending = list(dict.fromkeys(pending))
    ingest_urls(store, fetcher, [u for u, _ in pending], extractor, workers,
                feed_of={u: f for u, f in pending}, summary=summary)
    return summary


def ingest_urls(store: DocStore, fetcher: Fetcher, urls: list[str], extractor: Extractor | None = None,
                workers: int = 4, feed_of: dict[str, str] | None = None,
                summary: IngestSummary | None = None) -> IngestSummary:
    """Fetch article pages (concurrently), then store and extract them one transaction each."""
    summary = summary or IngestSummary()
    todo = [u for u in dict.fromkeys(urls) if store.article_id_for_url(u) is None]
    summary.duplicates += len(set(urls)) - len(todo)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for url, result in zip(todo, pool.map(fetcher.get, todo)):
            if not result.ok or result.body is None:
                summary.fail(url, result.error or f"HTTP {result.status}")
                continue
            summary.pages_fetched += 1
            html = decode_html(result.body, _charset(result.headers.get("content-type")))
            _store_page(store, html, result.final_url, [url, result.final_url], summary, extractor,
                        (feed_of or {}).get(url))
    return summary


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type.lower():
        return content_type.lower().split("charset=")[-1].split(";")[0].strip().strip('"')
    return None


def _store_page(store: DocStore, html: str, url: str, urls: list[str], summary: IngestSummary,
                extractor: Extractor | None, feed_url: str | None = None) -> None:
    parsed = parse_article(html, url)
    if parsed is None:
        summary.fail(url, "no article text found")
        return
    article_id, created = store.store_article(
        urls=urls, canonical_url=parsed.canonical_url, content_hash=parsed.content_hash, text=parsed.text,
        title=parsed.title, outlet=parsed.outlet, author=parsed.author, published=parsed.published,
        language=parsed.language, html=html, feed_url=feed_url)
    if not created:
        summary.duplicates += 1
        return
    summary.articles_stored += 1
    if extractor is not None:
        summary.events_extracted += extract_article(store, extractor, article_id)


# -- saved pages -------------------------------------------------------------------
def html_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files and folders -> every .html, .htm and .html.gz file, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_html_name(f.name)))
        else:
            out.append(p)
    return out


def _is_html_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".html", ".htm", ".html.gz", ".htm.gz"))


def ingest_html(store: DocStore, paths: Iterable[str | Path], extractor: Extractor | None = None) -> IngestSummary:
    """Store saved pages (files or folders) with the same dedupe as fetched ones."""
    summary = IngestSummary()
    for file in html_files(paths):
        try:
            raw = file.read_bytes()
            if file.name.lower().endswith(".gz"):
                raw = gzip.decompress(raw)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            summary.fail(str(file), f"cannot read: {exc}")
            continue
        url = file.resolve().as_uri()
        _store_page(store, decode_html(raw), url, [url], summary, extractor)
    return summary


# -- extraction and graph ------------------------------------------------------------
def extract_article(store: DocStore, extractor: Extractor, article_id: int) -> int:
    article = store.article(article_id)
    if article is None:
        return 0
    result = extractor.extract(article.text, article.published)
    store.save_extraction(Extraction(article_id, extractor.version, result["entities"], result["events"]))
    return sum(1 for e in result["events"] if e["status"] == "reported")


def extract_pending(store: DocStore, extractor: Extractor) -> int:
    """(Re-)extract every article whose extraction is missing or from another extractor version."""
    return sum(extract_article(store, extractor, i) for i in store.articles_needing_extraction(extractor.version))


def known_entities(gazetteer: Gazetteer) -> dict[str, Entity]:
    return {p.id: Entity(id=p.id, name=p.name, kind=p.kind, country=p.country, wikidata=p.wikidata,
                         aliases=p.aliases, parent=p.parent) for p in gazetteer.parties.values()}


def project_graph(store: DocStore, gazetteer: Gazetteer) -> KnowledgeGraph:
    """The knowledge graph of every stored article's extraction."""
    records = []
    for article in store.articles():
        extraction = store.extraction(article.id)
        if extraction is None:
            continue
        records.append(ArticleRecord(
            article=Article(url=article.canonical_url, title=article.title, outlet=article.outlet,
                            published=article.published, language=article.language),
            events=extraction.events, extractor=extraction.extractor_version))
    return build_graph(records, known_entities(gazetteer))
