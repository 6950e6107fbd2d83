"""The ingest pipeline: feeds, URLs and saved pages -> document store -> extraction -> graph.

Each step is a function over a :class:`~scrutiny.ingest.docstore.DocStore`
so that the CLI and the tests call the same code. Failures are recorded in
the summary and the run goes on.

How a run works: feeds are polled concurrently (one request at a time per
host, see :mod:`.fetch`); each poll is saved with its new entries in one
transaction (:meth:`DocStore.record_poll`); then every due pending entry of
those feeds is fetched by a thread pool, its bytes go to a pool of worker
processes (:mod:`.work`) for text, metadata, hashes and events, and the main
process writes each result in one transaction that also marks its entries
done. Killing the process at any moment loses nothing that was committed
and leaves nothing half-written; the next run fetches what is still pending.
"""
from __future__ import annotations

import os

import random
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from ..graph.build import ArticleRecord, build_graph
from ..graph.model import Article, Entity, KnowledgeGraph
from .articles import normalise_url
from .docstore import DocStore, Extraction, FeedState, in_future, utcnow
from .extract import Extractor
from .extract.gazetteer import Gazetteer
from .extract.relevance import load_scorer
from .extract.screen import PreScreen, prescreen_for
from .feeds import UNUSABLE, FeedError, FeedPoll, Outline, is_opml, poll_feed, read_opml, read_opml_file
from .fetch import FetchResult, Fetcher
from .work import PageJob, PagePool, PageResult

FEED_BACKOFF_MINUTES = 15
MAX_BACKOFF = timedelta(hours=24)
DEFAULT_FETCH_THREADS = 8


@dataclass
class IngestSummary:
    """What one ingest run did."""

    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_skipped: int = 0          # not due yet (backing off after failures); --force polls them
    entries_new: int = 0
    pages_fetched: int = 0
    articles_stored: int = 0
    duplicates: int = 0             # exact and near duplicates, and entries linking to stored articles
    near_duplicates: int = 0        # of which syndicated copies (near-duplicate text)
    failed: int = 0
    skipped: int = 0                # entries without a usable link
    events_extracted: int = 0
    off_topic: int = 0              # stored articles the relevance pre-screen left unextracted
    failures: list[dict] = field(default_factory=list)
    # topic scores of the articles stored by this run, computed by the workers (article id ->
    # extract.relevance.Relevance); the graph projection at the end of the run reuses them
    relevance: dict = field(default_factory=dict, repr=False)

    def fail(self, item: str, reason: str) -> None:
        self.failed += 1
        self.failures.append({"item": item, "error": reason})

    def as_dict(self) -> dict:
        out = asdict(self)
        out.pop("relevance")
        return out

    def line(self) -> str:
        return (f"feeds polled {self.feeds_polled} (not modified {self.feeds_not_modified}, failed "
                f"{self.feeds_failed}, not due {self.feeds_skipped}), pages fetched {self.pages_fetched}, "
                f"articles stored {self.articles_stored}, duplicates {self.duplicates} (near {self.near_duplicates}), "
                f"failed {self.failed}, skipped {self.skipped}, events {self.events_extracted}, "
                f"off topic {self.off_topic}")


class Reporter:
    """Progress hooks; the CLI shows a progress bar with them. The default does nothing."""

    def add_total(self, n: int) -> None:
        pass

    def update(self, summary: IngestSummary, advance: int = 0) -> None:
        """Counts changed; ``advance`` feeds or pages are finished."""


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
                try:
                    expanded.extend(read_opml(result.body, base=result.final_url))
                    continue
                except FeedError:
                    pass
        expanded.append(outline)
    return list({o.url: o for o in expanded}.values())


# -- scheduling ------------------------------------------------------------------
def _later(minutes: float, retry_after: float | None = None) -> str:
    delay = min(timedelta(minutes=minutes), MAX_BACKOFF) * (0.9 + 0.2 * random.random())
    if retry_after:
        delay = max(delay, timedelta(seconds=retry_after))
    return (datetime.now(timezone.utc) + delay).isoformat(timespec="seconds")


def _next_poll(failures: int, retry_after: float | None = None) -> str:
    """Now when the feed is healthy; else 15 min doubling per consecutive failure (at most 24 h)."""
    if not failures:
        if retry_after:
            return _later(0, retry_after)
        return utcnow()
    return _later(FEED_BACKOFF_MINUTES * (2 ** (failures - 1)), retry_after)


def _permanent(result: FetchResult | None, error: str) -> bool:
    """Errors that a later attempt will not fix."""
    if result is not None and result.status is not None:
        return 400 <= result.status < 500 and result.status not in (408, 425, 429)
    return error.startswith(("unsupported URL scheme", "disallowed by robots", "body larger",
                             "no article text", "redirect loop", "more than", "no host"))


# -- the page engine ---------------------------------------------------------------
@dataclass
class _Item:
    """A page to bring in: a URL to fetch (with the feed entries that point at it) or a saved file."""

    url: str
    path: str | None = None
    feed_url: str | None = None
    entries: list[tuple[str, str]] = field(default_factory=list)
    attempts: int = 0
    title: str | None = None
    published: str | None = None
    fetched: FetchResult | None = None


def _run_pages(store: DocStore, pool: PagePool, fetcher: Fetcher | None, items: Iterator[_Item],
               summary: IngestSummary, reporter: Reporter, fetch_threads: int) -> None:
    """Fetch (threads), process (worker processes) and store (this thread) every item."""
    max_bytes = fetcher.config.max_bytes if fetcher else 10 * 1024 * 1024
    fetching: dict[Future, _Item] = {}
    parsing: dict[Future, tuple[_Item, PageJob]] = {}
    threads = ThreadPoolExecutor(max_workers=max(1, fetch_threads)) if fetcher else None
    exhausted = False

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(parsing) + len(fetching) < pool.capacity + (fetch_threads if threads else 0):
            item = next(items, None)
            if item is None:
                exhausted = True
                return
            if item.path is not None:
                _submit(item, PageJob(url=item.url, path=item.path, max_bytes=max_bytes))
            else:
                fetching[threads.submit(fetcher.get, item.url)] = item

    def _submit(item: _Item, job: PageJob) -> None:
        parsing[pool.submit(job)] = (item, job)

    try:
        fill()
        pool.busy()
        while fetching or parsing:
            done, _ = wait(list(fetching) + list(parsing), return_when=FIRST_COMPLETED)
            for future in done:
                if future in fetching:
                    item = fetching.pop(future)
                    result = future.result()
                    item.fetched = result
                    if not result.ok or result.body is None:
                        _page_failed(store, summary, item, result.error or f"HTTP {result.status}", result)
                        reporter.update(summary, 1)
                        continue
                    summary.pages_fetched += 1
                    known = store.article_id_for_url(result.final_url)
                    if known is not None:  # redirected to an article we have
                        _record_known(store, summary, item, known)
                        reporter.update(summary, 1)
                        continue
                    _submit(item, PageJob(url=result.final_url, body=result.body,
                                          content_type=result.headers.get("content-type"),
                                          max_bytes=max_bytes, title=item.title, published=item.published))
                    reporter.update(summary)
                else:
                    item, job = parsing.pop(future)
                    try:
                        page = future.result()
                    except BrokenProcessPool:
                        pool.broken()
                        page = pool.run_inline(job)
                    if page.deferred:  # needs dateparser: processed again on this process's thread
                        parsing[pool.run_deferred(job)] = (item, job)
                        continue
                    _store_result(store, summary, item, page)
                    reporter.update(summary, 1)
            fill()
    finally:
        for future in list(fetching) + list(parsing):
            future.cancel()
        if threads is not None:
            threads.shutdown(wait=True, cancel_futures=True)


def _urls_of(item: _Item) -> list[str]:
    urls = [item.url]
    if item.fetched is not None:
        urls += [*item.fetched.redirects, item.fetched.final_url]
    return list(dict.fromkeys(u for u in urls if u))


def _record_known(store: DocStore, summary: IngestSummary, item: _Item, article_id: int) -> None:
    with store.transaction() as db:
        db.executemany("INSERT OR IGNORE INTO article_urls(url, article_id, feed_url, added_at) VALUES (?,?,?,?)",
                       [(u, article_id, item.feed_url, utcnow()) for u in _urls_of(item)])
        store._entries_done(item.entries, article_id)
    summary.duplicates += 1


def _page_failed(store: DocStore, summary: IngestSummary, item: _Item, error: str,
                 result: FetchResult | None = None) -> None:
    summary.fail(item.path or item.url, error)
    retry_after = result.retry_after if result is not None else None
    next_try = _later(FEED_BACKOFF_MINUTES * (2 ** item.attempts), retry_after)
    for feed_url, key in item.entries:
        store.entry_failed(feed_url, key, error, next_try, permanent=_permanent(result, error))


def _store_result(store: DocStore, summary: IngestSummary, item: _Item, page: PageResult) -> None:
    if page.parsed is None:
        _page_failed(store, summary, item, page.error or "no article text found")
        return
    p = page.parsed
    extraction = None
    if page.extractor_version:
        extraction = Extraction(0, page.extractor_version, page.entities, page.events, page.screened)
    outcome = store.add_article(
        urls=_urls_of(item), canonical_url=p.canonical_url, content_hash=p.content_hash, text=p.text,
        title=p.title, outlet=p.outlet, author=p.author, published=p.published, language=p.language,
        site_name=p.site_name, encoding=p.encoding, html_packed=page.html_packed, feed_url=item.feed_url,
        bands=p.bands, extraction=extraction, entries=item.entries)
    if outcome.created:
        summary.articles_stored += 1
        summary.events_extracted += page.reported_events if extraction else 0
        summary.off_topic += page.screened
        if extraction is not None and page.relevance is not None:
            summary.relevance[outcome.article_id] = (page.extractor_version, page.relevance)
    else:
        summary.duplicates += 1
        if outcome.status == "near_duplicate":
            summary.near_duplicates += 1


def _pool(pool: PagePool | None, workers: int | None, extractor: Extractor | None) -> tuple[PagePool, bool]:
    if pool is not None:
        return pool, False
    return PagePool(workers, extract=extractor is not None, extractor=extractor, screen=extractor is not None), True


# -- feeds ---------------------------------------------------------------------
def ingest_feeds(store: DocStore, fetcher: Fetcher, outlines: list[Outline], extractor: Extractor | None = None,
                 workers: int | None = None, *, pool: PagePool | None = None, force: bool = False,
                 reporter: Reporter | None = None, fetch_threads: int = DEFAULT_FETCH_THREADS,
                 fetch_pages: bool = True) -> IngestSummary:
    """Poll each due feed, then fetch, store and extract every pending entry of these feeds
    (``fetch_pages=False``: poll and queue the entries only)."""
    summary, reporter = IngestSummary(), reporter or Reporter()
    with store.transaction():
        for outline in outlines:
            store.add_feed(outline.url, outline.title, outline.category)
    due = []
    for outline in outlines:
        state = store.feed(outline.url)
        if not force and state is not None and state.consecutive_failures and in_future(state.next_poll):
            summary.feeds_skipped += 1
            continue
        due.append(outline.url)
    reporter.add_total(len(due))
    if due:
        with ThreadPoolExecutor(max_workers=max(1, min(fetch_threads, len(due)))) as threads:
            polls = {threads.submit(_poll, fetcher, store.feed(url) or FeedState(url)): url for url in due}
            for future in as_completed(polls):
                state, poll = future.result()
                _record_poll(store, summary, state, poll)
                reporter.update(summary, 1)
    if not fetch_pages:
        return summary
    pending = store.pending_entries([o.url for o in outlines], force=force)
    by_link: dict[str, _Item] = {}
    for entry in pending:
        item = by_link.get(entry.link)
        if item is None:
            item = by_link[entry.link] = _Item(url=entry.link, feed_url=entry.feed_url, attempts=entry.attempts,
                                               title=entry.title, published=entry.published)
        item.entries.append((entry.feed_url, entry.key))
    items = []
    for item in by_link.values():
        known = store.article_id_for_url(item.url)
        if known is not None:  # stored meanwhile through another feed or URL list
            store.mark_entries_done(item.entries, known)
            summary.duplicates += 1
            continue
        items.append(item)
    reporter.add_total(len(items))
    reporter.update(summary)
    pool, own = _pool(pool, workers, extractor)
    try:
        _run_pages(store, pool, fetcher, iter(items), summary, reporter, fetch_threads)
    finally:
        if own:
            pool.close()
    return summary


def _poll(fetcher: Fetcher, state: FeedState) -> tuple[FeedState, FeedPoll]:
    return state, poll_feed(fetcher, state.url, state.etag, state.last_modified)


def _record_poll(store: DocStore, summary: IngestSummary, state: FeedState, poll: FeedPoll) -> None:
    summary.feeds_polled += 1
    state.last_polled, state.last_status = utcnow(), poll.status
    if poll.error:
        summary.feeds_failed += 1
        summary.fail(state.url, poll.error)
        state.last_error = poll.error
        state.consecutive_failures += 1
        if poll.error.startswith(UNUSABLE):  # the same broken body will answer 304 next time
            state.etag, state.last_modified = poll.etag, poll.last_modified
    elif poll.not_modified and (state.last_error or "").startswith(UNUSABLE):
        summary.feeds_not_modified += 1  # unchanged, so still unusable: keep the error and the backoff
    else:
        state.last_error, state.consecutive_failures = None, 0
        state.etag, state.last_modified = poll.etag, poll.last_modified
        state.title = state.title or poll.title
        if poll.not_modified:
            summary.feeds_not_modified += 1
    state.next_poll = _next_poll(state.consecutive_failures, poll.retry_after)
    new, nolink, known = store.record_poll(state, poll.entries)
    summary.entries_new += new
    summary.skipped += nolink
    summary.duplicates += known


# -- URL lists -------------------------------------------------------------------
def ingest_urls(store: DocStore, fetcher: Fetcher, urls: list[str], extractor: Extractor | None = None,
                workers: int | None = None, feed_of: dict[str, str] | None = None,
                summary: IngestSummary | None = None, *, pool: PagePool | None = None,
                reporter: Reporter | None = None, fetch_threads: int = DEFAULT_FETCH_THREADS) -> IngestSummary:
    """Fetch article pages (concurrently), process them (worker processes), store each in one transaction."""
    summary, reporter = summary or IngestSummary(), reporter or Reporter()
    items = []
    for url in dict.fromkeys(u.strip() for u in urls if u and u.strip()):
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            summary.fail(url, f"not an http(s) URL: {url}")
            continue
        if store.article_id_for_url(url) is not None or store.article_id_for_url(normalise_url(url)) is not None:
            summary.duplicates += 1
            continue
        items.append(_Item(url=url, feed_url=(feed_of or {}).get(url)))
    reporter.add_total(len(items))
    pool, own = _pool(pool, workers, extractor)
    try:
        _run_pages(store, pool, fetcher, iter(items), summary, reporter, fetch_threads)
    finally:
        if own:
            pool.close()
    return summary


# -- saved pages -------------------------------------------------------------------
def html_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files and folders -> every .html, .htm and .html.gz file, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_html_name(f.name)))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _is_html_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"))


def ingest_html(store: DocStore, paths: Iterable[str | Path], extractor: Extractor | None = None,
                workers: int | None = None, *, pool: PagePool | None = None,
                reporter: Reporter | None = None) -> IngestSummary:
    """Store saved pages (files or folders) with the same dedupe as fetched ones."""
    summary, reporter = IngestSummary(), reporter or Reporter()
    items = []
    for file in html_files(paths):
        try:
            uri = file.resolve().as_uri()
        except (OSError, ValueError) as exc:
            summary.fail(str(file), f"cannot read: {exc}")
            continue
        if store.article_id_for_url(uri) is not None:
            summary.duplicates += 1
            continue
        items.append(_Item(url=uri, path=str(file)))
    reporter.add_total(len(items))
    pool, own = _pool(pool, workers, extractor)
    if pool.workers > 1:
        # largest files first: the run does not end on one worker busy with a big page while the others wait
        # (with several workers pages are stored in the order they finish anyway)
        items.sort(key=lambda item: -_file_size(item.path))
    try:
        _run_pages(store, pool, None, iter(items), summary, reporter, 0)
    finally:
        if own:
            pool.close()
    return summary


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


# -- extraction and graph ------------------------------------------------------------
def extract_article(store: DocStore, extractor: Extractor, article_id: int, screen: PreScreen | None = None) -> int:
    """Extract one stored article and save the result; with ``screen``, an article the relevance
    pre-screen finds off topic is saved as screened out instead. The number of reported events."""
    article = store.article(article_id)
    if article is None:
        return 0
    if screen is not None and screen.off_topic(article.text) is not None:
        store.save_extraction(Extraction(article_id, extractor.version, screened=True))
        return 0
    result = extractor.extract(article.text, article.published)
    store.save_extraction(Extraction(article_id, extractor.version, result["entities"], result["events"]))
    return sum(1 for e in result["events"] if e["status"] == "reported")


def extract_pending(store: DocStore, extractor: Extractor, min_relevance: float | None = None) -> int:
    """(Re-)extract every article whose extraction is missing or from another extractor version.
    When the graph is built at ``min_relevance`` (default: the threshold of ``data/topics.toml``),
    articles that cannot reach it are screened out rather than extracted; at a threshold the
    pre-screen cannot vouch for, the articles it screened out earlier are extracted too."""
    screen = prescreen_for(extractor).at(min_relevance)
    return sum(extract_article(store, extractor, i, screen)
               for i in store.articles_needing_extraction(extractor.version, screened=screen is None))


def known_entities(gazetteer: Gazetteer) -> dict[str, Entity]:
    return {p.id: Entity(id=p.id, name=p.name, kind=p.kind, country=p.country, wikidata=p.wikidata,
                         aliases=p.aliases, parent=p.parent) for p in gazetteer.parties.values()}


def project_graph(store: DocStore, gazetteer: Gazetteer, corrections=None,
                  min_relevance: float | None = None, relevance: dict | None = None) -> KnowledgeGraph:
    """The knowledge graph of every stored article's extraction, with the human corrections
    (:class:`scrutiny.graph.judgements.Corrections`) applied.

    Only articles whose topic score reaches ``min_relevance`` (default: the threshold of
    ``data/topics.toml``; 0 takes every article) feed the graph; the others stay stored.
    ``relevance`` (article id -> (extractor version, Relevance), as an ingest run's workers
    computed them: :attr:`IngestSummary.relevance`) saves scoring those articles again.
    """
    scorer = load_scorer()
    threshold = scorer.threshold if min_relevance is None else min_relevance
    tags = {p.id: p.tags for p in gazetteer.parties.values()}
    records = []
    for article in store.articles():
        extraction = store.extraction(article.id)
        if extraction is None or extraction.screened:  # (screened out: under any threshold it applies to)
            continue
        if threshold > 0:
            known = (relevance or {}).get(article.id)
            if known is not None and known[0] == extraction.extractor_version:
                score = known[1]
            else:
                reported = [e for e in extraction.events if e.get("status", "reported") == "reported"]
                score = scorer.score(article.text, extraction.entities, reported, tags)
            if not score.relevant(threshold):
                continue
        records.append(ArticleRecord(
            article=Article(url=article.canonical_url, title=article.title, outlet=article.outlet,
                            published=article.published, language=article.language),
            events=extraction.events, extractor=extraction.extractor_version,
            entities=extraction.entities or []))
    return build_graph(records, known_entities(gazetteer), corrections)
