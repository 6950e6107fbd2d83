"""Throughput of `scrutiny ingest html` against `trafilatura.extract` alone, on the same pages, in one run.

Pages: the 181 scrapinghub benchmark pages (../shared/realworld/articles/
scrapinghub-article-extraction-benchmark/html, gzip-compressed HTML).

Measured, each into a fresh temporary home:
  * trafilatura.extract(html) alone, serially, in this process, on the pages
    already read and decoded (the baseline);
  * `scrutiny ingest html DIR --workers N` as a real subprocess, wall clock,
    interpreter start-up included, for N = 1 and 2, with and without
    --no-graph (the full run also extracts events and writes both graph
    stores);
  * the same ingest in process (Workspace.ingest_html, after imports), which
    is the per-page cost without the fixed start-up.
Bars (DESIGN.md): ingest <= 1.5x trafilatura alone; --workers 2 >= 1.7x --workers 1.
For reference only (not the bar): trafilatura.extract(with_metadata=True), i.e. trafilatura
also finding the title, author, date and site name that scrutiny stores.
Each timing is the best of --repeat runs (default 2) to damp noise from other processes.
Before each timed run the script waits (up to --max-wait seconds) until the machine's CPUs were
less than --max-busy busy over the last second (other processes: a 2-core machine shared with
other benchmarks), and prints the 1-minute load average at each run.

Usage: .venv/bin/python bench/ingest_throughput.py [--repeat N] [--max-busy F] [--max-wait S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "realworld" / "articles" / "scrapinghub-article-extraction-benchmark" / "html"
SCRUTINY = ROOT / ".venv" / "bin" / "scrutiny"

IN_PROCESS = """
import sys, time, json, resource
from scrutiny.app import Workspace
ws = Workspace(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
s = ws.ingest_html([sys.argv[2]], workers=int(sys.argv[3]), graph=sys.argv[4] == "graph")
took, main_cpu = time.perf_counter() - t0, time.process_time() - c0
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": took, "main_cpu": main_cpu, "workers_cpu": workers.ru_utime + workers.ru_stime,
                  "stored": s.articles_stored, "failed": s.failed}))
"""


WITH_METADATA = """
import gzip, json, sys, time
from pathlib import Path
import trafilatura
pages = [gzip.decompress(p.read_bytes()).decode("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.html.gz"))]
t0 = time.perf_counter()
for html in pages:
    trafilatura.extract(html, with_metadata=True)
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""


def with_metadata_run() -> float:
    """trafilatura.extract(with_metadata=True) in a fresh process (after imports), so that it pays
    dateparser's first use once, as each scrutiny run does."""
    settle()
    out = subprocess.run([sys.executable, "-c", WITH_METADATA, str(PAGES)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])["seconds"]


def best(times: list[float]) -> float:
    return min(times)


def _cpu_times() -> tuple[int, int]:
    with open("/proc/stat") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def busy_fraction(seconds: float = 1.0) -> float:
    """Share of all CPUs busy over the last ``seconds`` (0 when /proc/stat is missing)."""
    try:
        b0, t0 = _cpu_times()
        time.sleep(seconds)
        b1, t1 = _cpu_times()
    except OSError:
        return 0.0
    return (b1 - b0) / max(1, t1 - t0)


LOADS: list[float] = []
QUIET = {"max_busy": 0.15, "max_wait": 300.0}


def settle() -> None:
    """Wait until other processes leave the CPUs (mostly) idle; record the load average."""
    deadline = time.monotonic() + QUIET["max_wait"]
    while busy_fraction() > QUIET["max_busy"] and time.monotonic() < deadline:
        time.sleep(4)
    LOADS.append(os.getloadavg()[0])


CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def cli_run(workers: int, graph: bool) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory(prefix="scrutiny-tp-") as home:
        cmd = [str(SCRUTINY), "ingest", "html", str(PAGES), "--home", home, "--workers", str(workers),
               "--format", "json"] + ([] if graph else ["--no-graph"])
        settle()
        t0, c0 = time.perf_counter(), _children_cpu()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        took = time.perf_counter() - t0
        CPU.setdefault(f"{workers}{graph}", []).append(_children_cpu() - c0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr[-2000:]}")
        return took, json.loads(proc.stdout)


PROCESS_CPU: dict[str, list[tuple[float, float]]] = {}


def in_process_run(workers: int, graph: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="scrutiny-tp-") as home:
        settle()
        out = subprocess.run([sys.executable, "-c", IN_PROCESS, home, str(PAGES), str(workers),
                              "graph" if graph else "nograph"], capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            raise SystemExit(out.stderr[-2000:])
        result = json.loads(out.stdout.strip().splitlines()[-1])
        PROCESS_CPU.setdefault(f"{workers}{graph}", []).append((result["main_cpu"], result["workers_cpu"]))
        return result["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--max-busy", type=float, default=QUIET["max_busy"],
                        help="wait before each run until the CPUs were less busy than this (0-1)")
    parser.add_argument("--max-wait", type=float, default=QUIET["max_wait"],
                        help="longest wait in seconds before a run goes ahead anyway")
    args = parser.parse_args()
    QUIET.update(max_busy=args.max_busy, max_wait=args.max_wait)
    if not PAGES.is_dir():
        print(f"skipped: {PAGES} is not present")
        return 0
    import trafilatura

    files = sorted(PAGES.glob("*.html.gz"))
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8") for p in files]
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.1f} MB of HTML; {os.cpu_count()} cores")

    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    rows: dict[str, list[float]] = {}
    base_cpu: list[float] = []
    for _ in range(args.repeat):
        settle()
        t0, c0 = time.perf_counter(), time.process_time()
        for html in pages:
            trafilatura.extract(html)
        rows.setdefault("trafilatura.extract alone", []).append(time.perf_counter() - t0)
        base_cpu.append(time.process_time() - c0)
        rows.setdefault("  (reference) trafilatura.extract(with_metadata=True)", []).append(with_metadata_run())
        for graph in (False, True):
            for workers in (1, 2):
                label = f"scrutiny ingest html --workers {workers}{'' if graph else ' --no-graph'}"
                took, summary = cli_run(workers, graph)
                assert summary["articles_stored"] == len(pages), summary
                rows.setdefault(label, []).append(took)
                rows.setdefault(f"  in process (no start-up), workers {workers}{'' if graph else ', no graph'}",
                                []).append(in_process_run(workers, graph))
    base = best(rows["trafilatura.extract alone"])
    for label, times in rows.items():
        t = best(times)
        print(f"{label:58s} {t:7.2f} s  {len(pages) / t:6.1f} pages/s  ratio {t / base:4.2f}")

    def speedup(a: str, b: str) -> float:
        return best(rows[a]) / best(rows[b])

    print()
    print(f"CPU seconds (all processes; robust to other load): trafilatura alone {min(base_cpu):.2f}")
    for graph in (False, True):
        for workers in (1, 2):
            cpu = min(CPU[f"{workers}{graph}"])
            print(f"  scrutiny ingest html --workers {workers}{'' if graph else ' --no-graph'}: {cpu:.2f} "
                  f"(ratio {cpu / min(base_cpu):.2f})")
    print("CPU seconds per process, in process (after imports; main process, all its threads / worker "
          "processes together), run with the least main-process CPU:")
    for graph in (False, True):
        for workers in (1, 2):
            main_cpu, workers_cpu = min(PROCESS_CPU[f"{workers}{graph}"])
            print(f"  workers {workers}{'' if graph else ', no graph'}: main {main_cpu:.2f}, workers {workers_cpu:.2f}")
    print(f"1-minute load average before the timed runs: {min(LOADS):.2f} to {max(LOADS):.2f} "
          f"(it includes this benchmark's own previous runs); at end: {os.getloadavg()[0]:.2f}")
    print()
    for graph in ("", " --no-graph"):
        w1, w2 = f"scrutiny ingest html --workers 1{graph}", f"scrutiny ingest html --workers 2{graph}"
        print(f"ratio to trafilatura alone{graph or ' (full)'}: workers 1 {best(rows[w1]) / base:.2f}, "
              f"workers 2 {best(rows[w2]) / base:.2f}; speedup workers 2 / 1: {speedup(w1, w2):.2f}x")
    for graph in ("", ", no graph"):
        a = f"  in process (no start-up), workers 1{graph}"
        b = f"  in process (no start-up), workers 2{graph}"
        print(f"in-process speedup workers 2 / 1{graph}: {speedup(a, b):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
