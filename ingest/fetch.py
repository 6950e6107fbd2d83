"""Polite HTTP fetching: timeouts, size caps, redirect caps, retries, robots.txt.

One :class:`Fetcher` wraps one httpx client. Every request has connect and
read timeouts and an overall deadline; the body is streamed raw and decoded
here (gzip, deflate, brotli) with a hard cap on the *decompressed* size, so a
compression bomb never costs more memory than the cap. Redirects are
followed by hand (at most ``max_redirects``; each hop must be http or https
and allowed by robots.txt). 429, 5xx and connection errors are retried with
exponential backoff and jitter that honour Retry-After (a Retry-After longer
than ``backoff_max`` is not waited for: the result carries it so the caller
can schedule a later attempt). One request at a time per host, with a
minimum delay (plus jitter, and at least the host's robots.txt Crawl-delay).
The User-Agent names scrutiny and a contact URL (``FetchConfig.contact_url``,
default ``$SCRUTINY_CONTACT``).
"""
from __future__ import annotations

import email.utils
import os
import random
import threading
import time
import zlib
from dataclasses import dataclass, field
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import brotli
import httpx
from protego import Protego

try:
    _version = metadata.version("scrutiny")
except metadata.PackageNotFoundError:  # source tree without installation
    _version = "0"

ALLOWED_SCHEMES = ("http", "https")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_CONTACT = "https://github.com/scrutiny-news/scrutiny"
ROBOTS_MAX_BYTES = 512 * 1024
_CHUNK = 64 * 1024


def default_contact() -> str:
    return os.environ.get("SCRUTINY_CONTACT", "").strip() or DEFAULT_CONTACT


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners of the fetcher."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 120.0          # whole request, body included (slow-drip servers)
    max_bytes: int = 10 * 1024 * 1024     # cap on the decompressed body
    max_redirects: int = 5
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    jitter: float = 0.25                  # fraction of random extra delay
    min_host_delay: float = 1.0
    max_crawl_delay: float = 30.0         # robots.txt Crawl-delay honoured up to this
    respect_robots: bool = True
    contact_url: str = field(default_factory=default_contact)
    only_hosts: frozenset[str] | None = None  # when set, any other host is refused (tests, benches)

    @property
    def user_agent(self) -> str:
        contact = " ".join(self.contact_url.split())  # no CR/LF in a header
        return f"scrutiny/{_version} (+{contact})"

    @property
    def robots_agent(self) -> str:
        return "scrutiny"


@dataclass
class FetchResult:
    """The outcome of one fetch. ``error`` is set when no usable response came back."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that cannot succeed (bad scheme, robots disallow, too large, redirect loop)."""


class BodyTooLarge(FetchError):
    """The (decompressed) body exceeds the cap."""


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


# -- capped decompression ------------------------------------------------------
class _Stage:
    """One content-coding, decoded incrementally with a bounded output per call."""

    def __init__(self, coding: str):
        self.coding = coding
        if coding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._z = zlib.decompressobj()
            self._raw_tried = False
        elif coding == "br":
            self._br = brotli.Decompressor()
        else:
            raise FetchError(f"unsupported Content-Encoding {coding!r}")

    def feed(self, data: bytes):
        """Yield decoded pieces of at most ``_CHUNK`` bytes each."""
        if self.coding == "br":
            try:
                out = self._br.process(data, output_buffer_limit=_CHUNK)
                if out:
                    yield out
                while not self._br.can_accept_more_data():
                    out = self._br.process(b"", output_buffer_limit=_CHUNK)
                    if not out:
                        break
                    yield out
            except brotli.error as exc:
                raise FetchError(f"bad brotli body: {exc}") from exc
            return
        while data:
            try:
                out = self._z.decompress(data, _CHUNK)
            except zlib.error as exc:
                if self.coding == "deflate" and not self._raw_tried:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_tried = True
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"bad {self.coding} body: {exc}") from exc
            if self.coding == "deflate":
                self._raw_tried = True
            if out:
                yield out
            if self._z.eof:
                rest = self._z.unused_data
                if rest and self.coding in ("gzip", "x-gzip") and rest[:2] == b"\x1f\x8b":
                    self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)  # next gzip member
                    data = rest
                    continue
                return
            data = self._z.unconsumed_tail


class CappedDecoder:
    """Decode a body through its content-codings (outermost last) with a cap on the output."""

    def __init__(self, codings: list[str], cap: int):
        self.stages = [_Stage(c) for c in reversed(codings)]
        self.cap = cap
        self.size = 0
        self.parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        for piece in self._through(0, data):
            self.size += len(piece)
            if self.size > self.cap:
                raise BodyTooLarge(f"body larger than {self.cap} bytes once decompressed")
            self.parts.append(piece)

    def _through(self, i: int, data: bytes):
        if i == len(self.stages):
            yield data
            return
        for piece in self.stages[i].feed(data):
            yield from self._through(i + 1, piece)

    def result(self) -> bytes:
        return b"".join(self.parts)


def content_codings(header: str | None) -> list[str]:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    return [c for c in codings if c != "identity"]


def decompress_capped(data: bytes, cap: int, coding: str = "gzip") -> bytes:
    """Decompress ``data`` (gzip by default) refusing more than ``cap`` bytes of output."""
    decoder = CappedDecoder([coding], cap)
    for start in range(0, len(data), _CHUNK):
        decoder.feed(data[start:start + _CHUNK])
    return decoder.result()


def sniff_decompress(body: bytes, cap: int) -> bytes:
    """A body that is itself a gzip stream (a ``.xml`` that is really ``.xml.gz``) -> its content."""
    rounds = 0
    while body[:2] == b"\x1f\x8b" and rounds < 2:
        body = decompress_capped(body, cap, "gzip")
        rounds += 1
    return body


# -- politeness ----------------------------------------------------------------------
class _HostGate:
    """One request at a time per host, and at least ``delay`` seconds (plus jitter) between them."""

    def __init__(self, delay: float, jitter: float):
        self.delay, self.jitter = delay, jitter
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._guard = threading.Lock()

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def set_delay(self, host: str, delay: float) -> None:
        self._host_delay[host] = delay

    def wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is None:
            return
        delay = max(self.delay, self._host_delay.get(host, 0.0))
        if delay <= 0:
            return
        delay *= 1.0 + self.jitter * random.random()
        pause = delay - (time.monotonic() - last)
        if pause > 0:
            time.sleep(pause)

    def done(self, host: str) -> None:
        self._last[host] = time.monotonic()


class Fetcher:
    """A polite HTTP client. Thread-safe; share one per run."""

    def __init__(self, config: FetchConfig | None = None):
        self.config = config or FetchConfig()
        c = self.config
        self.client = httpx.Client(
            timeout=httpx.Timeout(c.read_timeout, connect=c.connect_timeout),
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=16),
            headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate, br"},
            follow_redirects=False,
            trust_env=False,
        )
        self._gate = _HostGate(c.min_host_delay, c.jitter)
        self._robots: dict[str, tuple[Protego | None, str | None]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_guard = threading.Lock()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- robots.txt ----------------------------------------------------
    def robots_verdict(self, url: str) -> str | None:
        """``None`` when ``url`` may be fetched, else the reason it may not."""
        if not self.config.respect_robots:
            return None
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._robots_guard:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt fetch per origin, even with many threads
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        rules, unavailable = self._robots[origin]
        if unavailable:
            return unavailable
        if rules is not None and not rules.can_fetch(url, self.config.robots_agent):
            return f"disallowed by robots.txt: {url}"
        return None

    def allowed(self, url: str) -> bool:
        return self.robots_verdict(url) is None

    def _load_robots(self, origin: str) -> tuple[Protego | None, str | None]:
        """RFC 9309: 4xx -> no rules; 5xx or unreachable -> assume disallowed for this run."""
        current, result = origin + "/robots.txt", None
        for _ in range(self.config.max_redirects + 1):
            result = self._request(current, {}, retries=0, cap=ROBOTS_MAX_BYTES)
            if result.status in REDIRECT_STATUSES and "location" in result.headers:
                nxt = urljoin(current, result.headers["location"])
                if urlsplit(nxt).scheme.lower() not in ALLOWED_SCHEMES:
                    return None, None
                current = nxt
                continue
            break
        if result is None or result.status is None:
            reason = result.error if result else "no answer"
            return None, f"robots.txt unreachable ({reason}); not fetching {origin}"
        if result.status >= 500:
            return None, f"robots.txt answered HTTP {result.status}; not fetching {origin}"
        if result.status != 200 or result.body is None:
            return None, None
        rules = Protego.parse(result.body.decode("utf-8", "replace"))
        delay = rules.crawl_delay(self.config.robots_agent)
        if delay:
            self._gate.set_delay(urlsplit(origin).netloc.lower(),
                                 min(float(delay), self.config.max_crawl_delay))
        return rules, None

    # -- fetching ------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url`` following redirects, conditionally when validators are given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        redirects: list[str] = []
        current = url
        try:
            for _ in range(self.config.max_redirects + 1):
                self._check_scheme(current)
                only = self.config.only_hosts
                if only is not None and (urlsplit(current).hostname or "").lower() not in only:
                    raise FetchError(f"host not allowed by this configuration: {current}")
                verdict = self.robots_verdict(current)
                if verdict:
                    raise FetchError(verdict)
                result = self._request(current, headers, retries=self.config.retries)
                result.url, result.redirects = url, redirects
                if result.status in REDIRECT_STATUSES and "location" in result.headers:
                    nxt = urljoin(current, result.headers["location"].strip())
                    if nxt in redirects or nxt == current:
                        raise FetchError(f"redirect loop at {nxt}")
                    redirects.append(current)
                    current = nxt
                    continue
                result.final_url = current
                return result
            raise FetchError(f"more than {self.config.max_redirects} redirects")
        except FetchError as exc:
            return FetchResult(url=url, final_url=current, error=str(exc), redirects=redirects)

    @staticmethod
    def _check_scheme(url: str) -> None:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"unsupported URL scheme {scheme!r}: {url}")
        if not parts.hostname:
            raise FetchError(f"no host in URL: {url}")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after * (1.0 + self.config.jitter * random.random())
        base = self.config.backoff_base * (2 ** attempt)
        return min(self.config.backoff_max, base * (1.0 + self.config.jitter * random.random()))

    def _request(self, url: str, headers: dict[str, str], retries: int, cap: int | None = None) -> FetchResult:
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            with self._gate.lock(host):
                self._gate.wait_turn(host)
                try:
                    result = self._once(url, headers, cap or self.config.max_bytes)
                finally:
                    self._gate.done(host)
            if result.status in RETRY_STATUSES:
                result.retry_after = parse_retry_after(result.headers.get("retry-after"))
                if result.error is None:
                    result.error = f"HTTP {result.status}"
            retryable = result.status in RETRY_STATUSES or (
                result.status is None and result.error is not None and result.error.startswith("connection"))
            if not retryable or attempt >= retries:
                return result
            if result.retry_after is not None and result.retry_after > self.config.backoff_max:
                result.error = f"HTTP {result.status}; server asks to retry after {result.retry_after:.0f} s"
                return result  # too long to wait in this run: the caller schedules it
            time.sleep(self._backoff(attempt, result.retry_after))
            attempt += 1

    def _once(self, url: str, headers: dict[str, str], cap: int) -> FetchResult:
        deadline = time.monotonic() + self.config.total_timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                result = FetchResult(url=url, final_url=url, status=response.status_code,
                                     headers={k.lower(): v for k, v in response.headers.items()})
                if response.status_code in (204, 304) or 300 <= response.status_code < 400:
                    return result
                codings = content_codings(response.headers.get("content-encoding"))
                declared = response.headers.get("content-length", "")
                if not codings and declared.isdigit() and int(declared) > cap:
                    result.error = f"body larger than {cap} bytes (Content-Length {declared})"
                    return result
                try:
                    decoder = CappedDecoder(codings, cap)
                    raw = 0
                    for chunk in response.iter_raw():
                        raw += len(chunk)
                        if raw > cap:
                            raise BodyTooLarge(f"body larger than {cap} bytes")
                        decoder.feed(chunk)
                        if time.monotonic() > deadline:
                            raise FetchError(f"timeout: body not complete after {self.config.total_timeout:g} s")
                except FetchError as exc:
                    result.error = str(exc)
                    return result
                result.body = decoder.result()
                return result
        except httpx.TimeoutException as exc:
            kind = "connection error: connect timeout" if isinstance(exc, httpx.ConnectTimeout) else "timeout"
            return FetchResult(url=url, final_url=url, error=f"{kind}: {type(exc).__name__}")
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            return FetchResult(url=url, final_url=url, error=f"connection error: {exc}")
        except httpx.HTTPError as exc:
            return FetchResult(url=url, final_url=url, error=f"http error: {exc}")
        except (ValueError, UnicodeError) as exc:  # malformed URL or header values
            return FetchResult(url=url, final_url=url, error=f"bad request: {exc}")
