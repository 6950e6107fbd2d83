"""Every real-world feed file served over local HTTP and polled, then polled again.

Serves every data file under ../shared/realworld/feeds (about 2,250: real
captures, the feedparser corpus of well-formed, ill-formed and mis-encoded
feeds, gzip bodies named .xml, JSON feeds, HTML pages posing as feeds, and
the defusedxml attack payloads) from a server on 127.0.0.1 with ETags, then
runs the real poll path (`pipeline.ingest_feeds`, feeds only: entry pages
are queued, not fetched, since they point at the internet) into a temporary
home. Checks: no crash; every failure is recorded against its feed in the
store; each hostile XML file (defusedxml group) parses in under 1 s with no
entity expansion and no file or network access (an audit hook watches);
a second, forced poll of every feed downloads zero bodies (all 304).

Usage: .venv/bin/python bench/ingest_feeds.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT.parent / "shared" / "realworld" / "feeds"
sys.path.insert(0, str(ROOT / "tests"))

_AUDIT = {"on": False, "events": []}


def _hook(event, args):
    if _AUDIT["on"]:
        if event == "open":
            path = str(args[0])
            if not path.endswith((".py", ".pyc", ".so")) and "__pycache__" not in path:
                _AUDIT["events"].append((event, path))
        elif event.startswith(("socket.", "urllib.", "http.")):
            _AUDIT["events"].append((event, repr(args)[:80]))


CONTENT_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
                 ".json": "application/json", ".html": "text/html"}


def main() -> int:
    if not FEEDS.is_dir():
        print(f"skipped: {FEEDS} is not present")
        return 0
    from httpserver import LocalServer, Route
    from scrutiny.ingest import pipeline
    from scrutiny.ingest.docstore import DocStore
    from scrutiny.ingest.feeds import FeedError, Outline, parse_feed
    from scrutiny.ingest.fetch import FetchConfig, Fetcher

    files = sorted(p for p in FEEDS.rglob("*") if p.is_file() and p.suffix in CONTENT_TYPES)
    routes = {"/" + quote(p.relative_to(FEEDS).as_posix()): Route(p.read_bytes(), content_type=CONTENT_TYPES[p.suffix])
              for p in files}
    print(f"{len(files)} feed files, {sum(len(r.body) for r in routes.values()) / 1e6:.1f} MB")

    # 1. hostile XML, parsed directly under the audit hook
    sys.addaudithook(_hook)
    parse_feed(b"<rss version='2.0'><channel><title>warm-up</title></channel></rss>", "http://127.0.0.1/")
    worst = 0.0
    hostile_ok = True
    for p in sorted((FEEDS / "defusedxml").rglob("*.xml")):
        data = p.read_bytes()
        _AUDIT["events"], _AUDIT["on"] = [], True
        t0 = time.perf_counter()
        try:
            title, entries = parse_feed(data, "http://127.0.0.1/x.xml")
            outcome = f"parsed: {len(entries)} entries, title {title!r:.40}"
            size = len(title or "") + sum(len(e.title or "") for e in entries)
        except FeedError as exc:
            outcome, size = f"refused: {str(exc)[:70]}", 0
        took = time.perf_counter() - t0
        _AUDIT["on"] = False
        worst = max(worst, took)
        ok = took < 1.0 and not _AUDIT["events"] and size < 10_000
        hostile_ok &= ok
        print(f"  {'ok ' if ok else 'BAD'} {p.name:18s} {took * 1000:7.1f} ms  {outcome}"
              + (f"  ACCESS {_AUDIT['events']}" if _AUDIT["events"] else ""))

    # 2. poll everything over HTTP, then poll again
    config = FetchConfig(min_host_delay=0.0, retries=0, connect_timeout=5, read_timeout=5,
                         only_hosts=frozenset({"127.0.0.1"}))
    with LocalServer(routes) as server, tempfile.TemporaryDirectory(prefix="scrutiny-feeds-") as home:
        outlines = [Outline(server.url(path)) for path in routes]
        with DocStore(Path(home) / "documents.sqlite") as store, Fetcher(config) as fetcher:
            t0 = time.perf_counter()
            first = pipeline.ingest_feeds(store, fetcher, outlines, fetch_pages=False)
            t1 = time.perf_counter() - t0
            failed_feeds = {f.url: f.last_error for f in store.feeds() if f.last_error}
            recorded = all(item["item"] in failed_feeds for item in first.failures)
            entries = store.db.execute("SELECT count(*) FROM entries").fetchone()[0]
            bodies_before = sum(1 for r in server.requests if r.body_sent)
            n_before = len(server.requests)
            t0 = time.perf_counter()
            second = pipeline.ingest_feeds(store, fetcher, outlines, fetch_pages=False, force=True)
            t2 = time.perf_counter() - t0
            again = server.requests[n_before:]
            bodies = sum(1 for r in again if r.body_sent and not r.path.endswith("robots.txt"))
    print(f"first poll:  {first.feeds_polled} feeds in {t1:.1f} s, {first.feeds_failed} failed (every one recorded "
          f"against its feed: {recorded}), {entries} entries queued, {bodies_before} bodies downloaded")
    kinds: dict[str, int] = {}
    for f in first.failures:
        kind = f["error"].split(":")[0] if not f["error"].startswith("unusable") else \
            "unusable: " + f["error"].split(": ")[1].split(":")[0][:30]
        kinds[kind] = kinds.get(kind, 0) + 1
    for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1])[:8]:
        print(f"    {n:5d}  {kind}")
    print(f"second poll (forced): {second.feeds_polled} feeds in {t2:.1f} s, not modified "
          f"{second.feeds_not_modified}, bodies downloaded {bodies}, new entries {second.entries_new}")
    print(f"hostile XML: worst parse {worst * 1000:.1f} ms, no expansion, no file or network access: {hostile_ok}")
    ok = recorded and hostile_ok and bodies == 0 and second.feeds_not_modified == second.feeds_polled
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
