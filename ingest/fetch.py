"""Polite HTTP fetching: timeouts, size caps, redirect caps, retries, robots.txt.

One :class:`Fetcher` wraps one httpx client. Every request has connect and
read timeouts, a streamed cap on the (decompressed) body, a cap on redirects
(followed by hand so that each hop is checked: http and https only), retries
with exponential backoff and jitter on 429, 5xx and connection errors that
honour Retry-After, one request at a time per host with a minimum delay, and
robots.txt checked with protego and cached per host.
"""
from __future__ import annotations

import email.utils
from importlib import metadata
import random
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego


try:
    _version = metadata.version("scrutiny")
except metadata.PackageNotFoundError:  # source tree without installation
    _version = "0"

ALLOWED_SCHEMES = ("http", "https")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners of the fetcher."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    min_host_delay: float = 1.0
    respect_robots: bool = True
    contact_url: str = "https://github.com/scrutiny-news/scrutiny"

    @property
    def user_agent(self) -> str:
        return f"scrutiny/{_version} (+{self.contact_url})"


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

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that cannot succeed (bad scheme, robots disallow, too large, redirect loop)."""


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class _HostGate:
    """One request at a time per host, and at least ``delay`` seconds between them."""

    def __init__(self, delay: float):
        self.delay = delay
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
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
        self._gate = _HostGate(c.min_host_delay)
        self._robots: dict[str, Protego | None] = {}
        self._robots_guard = threading.Lock()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- robots.txt ----------------------------------------------------
    def allowed(self, url: str) -> bool:
        if not self.config.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_guard:
            known = origin in self._robots
        if not known:
            rules = None
            result = self._request(origin + "/robots.txt", {}, retries=0)
            if result.status == 200 and result.body is not None:
                rules = Protego.parse(result.body.decode("utf-8", "replace"))
            with self._robots_guard:
                self._robots[origin] = rules
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(url, self.config.user_agent)

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
                if not self.allowed(current):
                    raise FetchError(f"disallowed by robots.txt: {current}")
                result = self._request(current, headers, retries=self.config.retries)
                result.url, result.redirects = url, redirects
                if result.status in (301, 302, 303, 307, 308) and "location" in result.headers:
                    nxt = urljoin(current, result.headers["location"])
                    if nxt in redirects or nxt == current:
                        raise FetchError(f"redirect loop at {nxt}")
                    redirects.append(current)
                    current = nxt
                    continue
                return result
            raise FetchError(f"more than {self.config.max_redirects} redirects")
        except FetchError as exc:
            return FetchResult(url=url, final_url=current, error=str(exc), redirects=redirects)

    @staticmethod
    def _check_scheme(url: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"unsupported URL scheme {scheme!r}: {url}")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.config.backoff_max)
        base = self.config.backoff_base * (2 ** attempt)
        return min(self.config.backoff_max, base * (0.5 + random.random()))

    def _request(self, url: str, headers: dict[str, str], retries: int) -> FetchResult:
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            with self._gate.lock(host):
                self._gate.wait_turn(host)
                try:
                    result = self._once(url, headers)
                finally:
                    self._gate.done(host)
            retryable = result.status in RETRY_STATUSES or (
                result.status is None and result.error and result.error.startswith("connection"))
            if not retryable or attempt >= retries:
                return result
            time.sleep(self._backoff(attempt, parse_retry_after(result.headers.get("retry-after"))))
            attempt += 1

    def _once(self, url: str, headers: dict[str, str]) -> FetchResult:
        cap = self.config.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                result = FetchResult(url=url, final_url=str(response.url), status=response.status_code,
                                     headers={k.lower(): v for k, v in response.headers.items()})
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > cap:
                    result.error = f"body larger than {cap} bytes (Content-Length {declared})"
                    return result
                if response.status_code in (204, 304) or 300 <= response.status_code < 400:
                    return result
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        result.error = f"body larger than {cap} bytes"
                        return result
                    chunks.append(chunk)
                result.body = b"".join(chunks)
                return result
        except httpx.TimeoutException as exc:
            return FetchResult(url=url, final_url=url, error=f"timeout: {type(exc).__name__}")
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            return FetchResult(url=url, final_url=url, error=f"connection error: {exc}")
        except httpx.DecodingError as exc:
            return FetchResult(url=url, final_url=url, error=f"decoding error: {exc}")
        except httpx.HTTPError as exc:
            return FetchResult(url=url, final_url=url, error=f"http error: {exc}")
