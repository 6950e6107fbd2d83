"""CPU-bound page work (decode, extract text and metadata, hash, near-duplicate bands, events)
in a pool of worker processes.

The main process fetches (threads) and writes (one SQLite connection); the
workers turn page bytes into a :class:`PageResult`. With ``workers <= 1`` the
work runs inline in the main process. On Linux the pool forks, so workers
start in milliseconds with every module already imported; it is started
before any fetch thread and before the document store is opened, and all
its processes are spawned at once (no fork later in the run). A worker that
sees its parent die (``kill -9``) exits by itself. If a worker crashes, the
pool is replaced by inline work for the rest of the run.

Pages that need dateparser go to one place. htmldate's extensive date search
hands a few strings to dateparser (about 1 page in 30), and dateparser's
first use in a process costs 0.3 s to about 3 s of CPU (it compiles the
patterns of every locale it tries), milliseconds afterwards. So workers
do not use it: a worker whose page would reach it gives the page back
(``PageResult.deferred``) and the pool processes it again, whole, on one
thread of the main process, which pays that cost once per run instead of
once per worker. Results are the same as without a pool.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import zlib
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .articles import ParsedArticle, charset_of, detect_encoding, parse_article
from .fetch import FetchError, decompress_capped, sniff_decompress

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass
class PageJob:
    """One page to process: bytes already fetched, or a saved file to read."""

    url: str
    body: bytes | None = None
    path: str | None = None
    content_type: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    title: str | None = None          # from the feed entry, when the page has none
    published: str | None = None      # idem


@dataclass
class PageResult:
    """What a worker made of a page."""

    url: str
    parsed: ParsedArticle | None = None
    html_packed: bytes | None = None
    extractor_version: str | None = None
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    relevance: object | None = None   # extract.relevance.Relevance of the text and its extraction
    screened: bool = False            # off topic by the relevance pre-screen: not extracted
    error: str | None = None
    deferred: bool = False            # the page needs dateparser: process it with PagePool.run_deferred

    @property
    def reported_events(self) -> int:
        return sum(1 for e in self.events if e.get("status") == "reported")


_EXTRACTOR = None
_EXTRACT = False
_SCREEN = False
_RELEVANCE = None
_PRESCREEN = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .extract import Extractor
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _prescreen():
    global _PRESCREEN
    if _PRESCREEN is None:
        from .extract.screen import prescreen_for
        _PRESCREEN = prescreen_for(_extractor())
    return _PRESCREEN


def _relevance():
    """(scorer, party tags): what :func:`scrutiny.ingest.pipeline.project_graph` scores articles with."""
    global _RELEVANCE
    if _RELEVANCE is None:
        from .extract.gazetteer import load_gazetteer
        from .extract.relevance import load_scorer
        _RELEVANCE = (load_scorer(), {p.id: p.tags for p in load_gazetteer().parties.values()})
    return _RELEVANCE


def relevance_of(text: str, entities: list[dict], events: list[dict], topics: dict[str, float] | None = None):
    """The topic score of an article and its extraction, as the graph projection computes it
    (``topics``: the text's term densities, when already counted)."""
    scorer, tags = _relevance()
    reported = [e for e in events if e.get("status", "reported") == "reported"]
    return scorer.score(text, entities, reported, tags, topics)


def _read_page(job: PageJob) -> bytes:
    if job.path is not None:
        raw = Path(job.path).read_bytes()
        if raw[:2] == b"\x1f\x8b":
            return decompress_capped(raw, job.max_bytes)
        if len(raw) > job.max_bytes:
            raise FetchError(f"file larger than {job.max_bytes} bytes")
        return raw
    return sniff_decompress(job.body or b"", job.max_bytes)


class _NeedsDateparser(BaseException):
    """Raised in a worker where htmldate would call dateparser (a BaseException, so that no
    ``except Exception`` on the way turns it into a failed or date-less page)."""


def _no_dateparser(string: str):
    raise _NeedsDateparser(string)


def process_page(job: PageJob, extract: bool | None = None, screen: bool | None = None) -> PageResult:
    """Bytes -> article text, metadata, hash, bands, compressed HTML and (optionally) events; with
    ``screen``, no events for an article the relevance pre-screen finds off topic."""
    extract = _EXTRACT if extract is None else extract
    screen = _SCREEN if screen is None else screen
    try:
        body = _read_page(job)
    except (OSError, EOFError, FetchError) as exc:
        return PageResult(job.url, error=f"cannot read: {exc}")
    try:
        encoding = detect_encoding(body, charset_of(job.content_type))
        html = body.decode(encoding, "replace").lstrip("\ufeff")
        parsed = parse_article(html, job.url)
    except _NeedsDateparser:
        return PageResult(job.url, deferred=True)
    except Exception as exc:  # hostile markup must fail the page, not the run
        return PageResult(job.url, error=f"extraction failed: {type(exc).__name__}: {exc}")
    if parsed is None:
        return PageResult(job.url, error="no article text found")
    parsed.encoding = encoding
    parsed.title = parsed.title or job.title
    parsed.published = parsed.published or (job.published[:10] if job.published else None)
    result = PageResult(job.url, parsed=parsed, html_packed=zlib.compress(html.encode("utf-8", "replace"), 1))
    if extract:
        _extract_into(result, parsed.text, parsed.published, screen)
    return result


def _extract_into(result: PageResult, text: str, published: str | None, screen: bool) -> None:
    topics = None
    try:
        extractor = _extractor()
        if screen:  # (the term densities serve the screen and the score after extraction alike)
            topics = _prescreen().scorer.terms(text)
            off_topic = _prescreen().off_topic(text, topics)
            if off_topic is not None:
                result.extractor_version, result.screened, result.relevance = extractor.version, True, off_topic
                return
        out = extractor.extract(text, published)
        result.extractor_version = extractor.version
        result.entities, result.events = out["entities"], out["events"]
    except Exception:  # the article is still stored; the next graph sync retries its extraction
        result.extractor_version, result.entities, result.events, result.screened = None, [], [], False
        return
    try:  # scored here, in parallel, rather than by the projection at the end of the run
        result.relevance = relevance_of(text, result.entities, result.events, topics)
    except Exception:  # the projection scores it again
        result.relevance = None


# -- the pool ----------------------------------------------------------------------
def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(0)
        time.sleep(0.5)


def _init_worker(parent: int, extract: bool, screen: bool, extractor) -> None:
    global _EXTRACT, _SCREEN, _EXTRACTOR
    _EXTRACT, _SCREEN = extract, screen
    if extractor is not None:
        _EXTRACTOR = extractor
    from htmldate import extractors as htmldate_extractors
    htmldate_extractors._external_date = _no_dateparser  # this process only: see the module docstring
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:  # Linux: die with the parent
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _ready(_: int) -> int:
    time.sleep(0.05)  # keep each worker busy so that every submit spawns a new one
    return os.getpid()


def _nothing() -> None:
    return None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class PagePool:
    """``submit(job) -> Future[PageResult]`` on worker processes, or inline when ``workers <= 1``."""

    def __init__(self, workers: int | None = None, extract: bool = False, extractor=None, screen: bool = False):
        self.workers = max(1, workers if workers is not None else default_workers())
        self.extract = extract
        self.screen = screen  # leave off-topic articles unextracted (extract/screen.py)
        self._inline_extractor = extractor
        self._executor: ProcessPoolExecutor | None = None
        self._lane: ThreadPoolExecutor | None = None  # deferred pages, in this process
        self._background: list[threading.Thread] = []  # see when_busy
        self._queued_background: list = []
        self.deferred = 0
        if extract:
            _relevance()  # loaded once, before the fork
        if self.workers > 1:
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            passed = extractor if ctx.get_start_method() == "fork" else None
            self._executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                                 initargs=(os.getpid(), extract, screen, passed))
            if ctx.get_start_method() == "fork":  # the first submit forks every worker, at once
                self._executor.submit(_nothing)
            else:  # processes are spawned one per submit that finds no idle worker
                list(self._executor.map(_ready, range(self.workers)))  # spawn them all now

    @property
    def capacity(self) -> int:
        """How many jobs to keep in flight."""
        return self.workers * 3 if self._executor else 1

    def submit(self, job: PageJob) -> Future:
        if self._executor is not None:
            try:
                return self._executor.submit(process_page, job, None)
            except BrokenProcessPool:
                self._executor = None
        future: Future = Future()
        future.set_result(self.run_inline(job))
        return future

    def run_inline(self, job: PageJob) -> PageResult:
        """Process a job in this process (inline work, and after a worker crash)."""
        global _EXTRACTOR
        if self.extract and self._inline_extractor is not None and _EXTRACTOR is None:
            _EXTRACTOR = self._inline_extractor
        return process_page(job, self.extract, self.screen)

    def run_deferred(self, job: PageJob) -> Future:
        """Process a page a worker gave back (``PageResult.deferred``) on this process's own thread,
        while the main thread goes on storing what the workers send."""
        self.deferred += 1
        if self._lane is None:
            self._lane = ThreadPoolExecutor(1, thread_name_prefix="scrutiny-pages")
        return self._lane.submit(self.run_inline, job)

    def when_busy(self, work) -> None:
        """Run ``work()`` on a thread of this process once the workers have their first pages (see
        :meth:`busy`): a head start on what the end of the run needs, taken while this process
        mostly waits, and not before, so that it does not slow down handing out the first pages."""
        self._queued_background.append(work)

    def busy(self) -> None:
        """The workers have pages to process: start what :meth:`when_busy` queued."""
        while self._queued_background:
            thread = threading.Thread(target=self._queued_background.pop(0), name="scrutiny-warm", daemon=True)
            thread.start()
            self._background.append(thread)

    def broken(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        if self._lane is not None:
            self._lane.shutdown(wait=True, cancel_futures=True)
            self._lane = None
        self._queued_background.clear()
        while self._background:
            self._background.pop().join()

    def __enter__(self) -> "PagePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
