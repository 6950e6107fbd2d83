"""Crash safety and concurrent writers, with real processes: `scrutiny ingest feeds` killed with SIGKILL
mid-run and run again; two ingests started at once on the same home."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from httpserver import LocalServer, Route

N = 24
WORDS = ("police regulator court camera appeal fine ruling privacy data face biometric ban city council vote law "
         "company contract scanner airport watchdog minister parliament complaint judge warrant database").split()


def story(i: int) -> str:
    rng = random.Random(i)
    return " ".join(rng.choice(WORDS) for _ in range(160)) + f". Report number {i}."


def site(delay: float) -> dict:
    items = "".join(f"<item><title>Story {i}</title><link>/s/{i}.html</link><guid>s{i}</guid></item>" for i in range(N))
    routes = {"/feed.xml": Route(f'<rss version="2.0"><channel><title>Crash</title>{items}</channel></rss>'.encode(),
                                 content_type="application/rss+xml")}
    for i in range(N):
        html = (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>{story(i)}</p>"
                f"</article></body></html>").encode()
        routes[f"/s/{i}.html"] = Route(html, delay=delay)
    return routes


def ingest(home: Path, url: str, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrutiny.cli", "ingest", "feeds", url, "--home", str(home), "--delay", "0",
           "--workers", "2", "--format", "json", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"})


def stored(home: Path) -> int:
    path = home / "documents.sqlite"
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0  # schema not created yet


def kill_when(proc: subprocess.Popen, home: Path, count: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while stored(home) < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return stored(home)


def processes_on(home: Path) -> list[int]:
    marker = str(home).encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def check_store(home: Path) -> sqlite3.Connection:
    db = sqlite3.connect(home / "documents.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM articles WHERE text = '' OR text IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT content_hash) "
                      "FROM articles").fetchone() == (N, N, N)
    return db


def test_kill_9_at_any_moment_then_rerun_loses_and_duplicates_nothing(tmp_path):
    home = tmp_path / "home"
    with LocalServer(site(delay=0.06)) as server:
        url = server.url("/feed.xml")
        early = ingest(home, url)  # killed at a random early moment: start-up, migration, polling, first pages
        time.sleep(random.uniform(0.3, 1.5))
        os.kill(early.pid, signal.SIGKILL)
        early.wait()
        # (the kill points leave pages for the next run even when the early run got far on a fast host)
        first = kill_when(ingest(home, url), home, min(stored(home) + 3, N - 8))
        assert 3 <= first < N - 1
        deadline = time.monotonic() + 5
        while processes_on(home) and time.monotonic() < deadline:  # orphaned workers leave by themselves
            time.sleep(0.1)
        assert processes_on(home) == []
        second = kill_when(ingest(home, url), home, min(first + 5, N - 1))
        assert first < second < N
        proc = ingest(home, url)
        out, errs = proc.communicate(timeout=120)
        assert proc.returncode == 0, errs
        import json
        summary = json.loads(out)
        assert summary["feeds_not_modified"] == 1  # the feed answered 304: the rest came from the entry queue
        assert summary["articles_stored"] == N - second
    db = check_store(home)
    assert db.execute("SELECT state, count(*) FROM entries GROUP BY state").fetchall() == [("done", N)]
    assert db.execute("SELECT count(*) FROM extractions").fetchone()[0] == N
    requests_per_page = {}
    for r in server.requests:
        requests_per_page[r.path] = requests_per_page.get(r.path, 0) + 1
    assert sum(1 for p, n in requests_per_page.items() if p.startswith("/s/")) == N


def test_two_ingests_at_once_on_one_home(tmp_path):
    home = tmp_path / "home"
    with LocalServer(site(delay=0.1)) as server:
        url = server.url("/feed.xml")
        a, b = ingest(home, url, "--no-graph"), ingest(home, url, "--no-graph")
        (out_a, err_a), (out_b, err_b) = a.communicate(timeout=120), b.communicate(timeout=120)
        codes = sorted([a.returncode, b.returncode])
        assert codes == [0, 2], (out_a, err_a, out_b, err_b)
        refused = err_a if a.returncode == 2 else err_b
        assert "another scrutiny ingest is running on" in refused and str(home) in refused.replace("\n", "")
    check_store(home)
