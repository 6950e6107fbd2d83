"""The fetcher against a real HTTP server on 127.0.0.1: validators, retries, redirects, timeouts, caps,
compression bombs, robots.txt, politeness, User-Agent."""
import gzip
import time
import tracemalloc
import zlib

import brotli
import pytest

from httpserver import LocalServer, Route
from scrutiny.ingest.fetch import FetchConfig, Fetcher, decompress_capped, parse_retry_after, sniff_decompress

FAST = FetchConfig(min_host_delay=0.0, retries=0, connect_timeout=2, read_timeout=2, backoff_base=0.01)


def cfg(**kw) -> FetchConfig:
    from dataclasses import replace
    return replace(FAST, **kw)


def test_conditional_get_etag_and_last_modified():
    routes = {"/e": Route(b"<rss/>"), "/m": Route(b"<rss/>", etag=False, last_modified=True)}
    with LocalServer(routes) as server, Fetcher(FAST) as f:
        first = f.get(server.url("/e"))
        again = f.get(server.url("/e"), etag=first.headers["etag"])
        assert first.ok and first.body == b"<rss/>"
        assert again.not_modified and again.body is None
        lm = f.get(server.url("/m")).headers["last-modified"]
        assert f.get(server.url("/m"), last_modified=lm).status == 304
        assert not server.requested("/m")[-1].body_sent


def test_429_retry_after_is_honoured():
    routes = {"/p": [Route(b"slow down", status=429, headers={"Retry-After": "1"}), Route(b"ok")]}
    with LocalServer(routes) as server, Fetcher(cfg(retries=2)) as f:
        result = f.get(server.url("/p"))
        assert result.ok and result.body == b"ok"
        first, second = server.requested("/p")
        assert second.at - first.at >= 1.0


def test_retry_after_longer_than_backoff_max_is_left_to_the_caller():
    routes = {"/p": [Route(b"", status=503, headers={"Retry-After": "3600"}), Route(b"ok")]}
    with LocalServer(routes) as server, Fetcher(cfg(retries=3, backoff_max=5)) as f:
        t0 = time.monotonic()
        result = f.get(server.url("/p"))
        assert time.monotonic() - t0 < 1
        assert not result.ok and result.status == 503 and result.retry_after == 3600
        assert "retry after 3600" in result.error
        assert len(server.requested("/p")) == 1


def test_500_then_success_with_backoff():
    routes = {"/p": [Route(b"", status=500), Route(b"", status=502), Route(b"fine")]}
    with LocalServer(routes) as server, Fetcher(cfg(retries=3)) as f:
        result = f.get(server.url("/p"))
        assert result.ok and result.body == b"fine"
        assert [r.status for r in server.requested("/p")] == [500, 502, 200]
    with LocalServer({"/p": Route(b"", status=500)}) as server, Fetcher(cfg(retries=2)) as f:
        result = f.get(server.url("/p"))
        assert not result.ok and result.status == 500 and len(server.requested("/p")) == 3


def test_redirects_loop_cap_and_schemes():
    routes = {"/a": Route(status=302, headers={"Location": "/b"}), "/b": Route(status=301, headers={"Location": "/a"}),
              "/ftp": Route(status=302, headers={"Location": "ftp://127.0.0.1/x"}),
              "/ok": Route(status=308, headers={"Location": "/final"}), "/final": Route(b"here")}
    for i in range(8):
        routes[f"/c{i}"] = Route(status=302, headers={"Location": f"/c{i + 1}"})
    with LocalServer(routes) as server, Fetcher(FAST) as f:
        assert "redirect loop" in f.get(server.url("/a")).error
        assert "more than 5 redirects" in f.get(server.url("/c0")).error
        assert "unsupported URL scheme 'ftp'" in f.get(server.url("/ftp")).error
        ok = f.get(server.url("/ok"))
        assert ok.ok and ok.final_url == server.url("/final") and ok.redirects == [server.url("/ok")]
        assert "unsupported URL scheme 'file'" in f.get("file:///etc/passwd").error


def test_server_too_slow_to_answer_times_out():
    routes = {"/slow": Route(b"late", delay=3), "/drip": Route(b"x" * 4000, drip=0.05, drip_size=10)}
    with LocalServer(routes) as server, Fetcher(cfg(read_timeout=0.3, total_timeout=0.5)) as f:
        t0 = time.monotonic()
        slow = f.get(server.url("/slow"))
        assert slow.error.startswith("timeout") and time.monotonic() - t0 < 2
        t0 = time.monotonic()
        drip = f.get(server.url("/drip"))  # every read is quick, the whole body is not
        assert drip.error.startswith("timeout") and time.monotonic() - t0 < 2


def test_oversized_body_with_and_without_content_length():
    routes = {"/big": Route(b"x" * 50_000), "/stream": Route(b"x" * 50_000, content_length=False)}
    with LocalServer(routes) as server, Fetcher(cfg(max_bytes=10_000)) as f:
        big = f.get(server.url("/big"))
        assert not big.ok and "larger than 10000" in big.error and big.body is None
        stream = f.get(server.url("/stream"))
        assert not stream.ok and "larger than 10000" in stream.error


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_compression_bomb_is_capped_without_using_the_memory(coding):
    payload = b"\0" * (64 * 1024 * 1024)  # 64 MiB once decompressed
    packed = {"gzip": lambda d: gzip.compress(d, 9), "deflate": lambda d: zlib.compress(d, 9),
              "br": lambda d: brotli.compress(d, quality=5)}[coding](payload)
    del payload
    small = b"<html><body><p>fine</p></body></html>"
    fine = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[coding](small)
    routes = {"/bomb": Route(packed, headers={"Content-Encoding": coding}),
              "/fine": Route(fine, headers={"Content-Encoding": coding})}
    with LocalServer(routes) as server, Fetcher(cfg(max_bytes=1024 * 1024)) as f:
        assert f.get(server.url("/fine")).body == small
        tracemalloc.start()
        try:
            bomb = f.get(server.url("/bomb"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert not bomb.ok and "once decompressed" in bomb.error
        assert peak < 8 * 1024 * 1024, peak  # the cap (1 MiB) plus buffers, never the 64 MiB


def test_gzip_body_without_content_encoding_is_sniffed_with_the_cap():
    assert sniff_decompress(gzip.compress(b"<rss/>"), 100) == b"<rss/>"
    assert sniff_decompress(b"<rss/>", 100) == b"<rss/>"
    with pytest.raises(Exception, match="once decompressed"):
        decompress_capped(gzip.compress(b"a" * 10_000), 1000)


def test_robots_disallow_crawl_delay_and_unavailable_robots():
    routes = {"/robots.txt": Route(b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n",
                                   content_type="text/plain"),
              "/private/x": Route(b"secret"), "/public/1": Route(b"one"), "/public/2": Route(b"two")}
    with LocalServer(routes) as server, Fetcher(FAST) as f:
        denied = f.get(server.url("/private/x"))
        assert not denied.ok and "disallowed by robots.txt" in denied.error
        assert server.requested("/private/x") == []
        assert f.get(server.url("/public/1")).ok and f.get(server.url("/public/2")).ok
        one, two = server.requested("/public/1")[0], server.requested("/public/2")[0]
        assert two.at - one.at >= 0.3  # Crawl-delay
        assert len(server.requested("/robots.txt")) == 1  # cached per host
    with LocalServer({"/robots.txt": Route(b"", status=503), "/p": Route(b"x")}) as server, Fetcher(FAST) as f:
        result = f.get(server.url("/p"))
        assert not result.ok and "robots.txt answered HTTP 503" in result.error
        assert server.requested("/p") == []


def test_user_agent_contact_and_politeness(monkeypatch):
    monkeypatch.setenv("SCRUTINY_CONTACT", "mailto:desk@example.org")
    config = FetchConfig(min_host_delay=0.2, jitter=0.0, retries=0)
    assert config.user_agent.startswith("scrutiny/") and "mailto:desk@example.org" in config.user_agent
    routes = {f"/{i}": Route(b"x") for i in range(3)}
    with LocalServer(routes) as server, Fetcher(config) as f:
        for i in range(3):
            assert f.get(server.url(f"/{i}")).ok
        times = [server.requested(f"/{i}")[0].at for i in range(3)]
        assert times[1] - times[0] >= 0.19 and times[2] - times[1] >= 0.19
        agents = {r.headers.get("User-Agent") for r in server.requests}
        assert agents == {config.user_agent}
    assert "https://" in FetchConfig(contact_url="https://newsroom.example/contact").user_agent


def test_parse_retry_after():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
