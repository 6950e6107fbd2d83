"""Load a synthetic graph (bench/graph_synth.py) into one store and time every named query.

    python bench/graph_queries.py --data /tmp/synth-1m --store ladybug  --db /tmp/bench/lbug
    python bench/graph_queries.py --data /tmp/synth-1m --store oxigraph --db /tmp/bench/ox
    python bench/graph_queries.py --data /tmp/synth-50k --store memory

Stores: ``ladybug`` (COPY FROM the CSV files into LadybugDB, queries in Cypher),
``oxigraph`` (Oxigraph's bulk loader into an on-disk store, queries through
rdflib with the Oxigraph store, i.e. ``RdfStore.query``) and ``memory``
(rdflib's default in-memory store parsing the N-Triples, same SPARQL).

Each named query runs with ``--runs`` parameter samples from params.json
after ``--warmup`` runs; a query stops early when it has used ``--budget``
seconds. Prints one JSON document: load time, per-query p50/p95/mean
milliseconds and rows, the median CPU time of the process per run (all its
threads: a figure that other processes on a shared machine disturb less),
peak resident memory (ru_maxrss), the store's size on disk, and the load
average (1 minute) when the queries started and ended. Whole-graph listings
(a ``Listing:`` header line, e.g. event_edges) are timed too and marked
``"listing": true``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrutiny.queries import runner  # noqa: E402

NODE_FIRST = ("Entity", "Event", "Article", "Day")


def _du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(store: str, data: Path, db: Path | None, reuse: bool = False):
    t0 = time.perf_counter()
    if reuse and db is not None and db.exists():  # a store loaded by an earlier run: no load time
        if store == "ladybug":
            from scrutiny.graph.stores.cypher import CypherStore
            return CypherStore(db, read_only=True), "cypher", None
        from scrutiny.graph.stores.rdf import RdfStore
        return RdfStore(db), "sparql", None
    if store == "ladybug":
        from scrutiny.graph.stores.cypher import CypherStore
        if db.exists():
            shutil.rmtree(db) if db.is_dir() else db.unlink()
        db.parent.mkdir(parents=True, exist_ok=True)
        engine = CypherStore(db)
        csv_dir = data / "csv"
        files = {name: csv_dir / f"{name}.csv" for name in NODE_FIRST}
        files.update({p.stem: p for p in sorted(csv_dir.glob("*.csv")) if p.stem not in NODE_FIRST})
        engine.copy_from(files)
        engine.close()
        loaded = time.perf_counter() - t0
        engine = CypherStore(db, read_only=True)
        return engine, "cypher", loaded
    from scrutiny.graph.stores.rdf import RdfStore
    if store == "oxigraph":
        if db.exists():
            shutil.rmtree(db)
        engine = RdfStore(db)
        engine.bulk_load(data / "graph.nt")
        engine.close()
        loaded = time.perf_counter() - t0
        return RdfStore(db), "sparql", loaded
    if store == "memory":
        engine = RdfStore(store="Memory")
        engine.graph.parse(str(data / "graph.nt"), format="nt")
        return engine, "sparql", time.perf_counter() - t0
    raise SystemExit(f"unknown store {store}")


def measure(engine, engine_name: str, params: dict, runs: int, warmup: int, budget: float,
            only: list[str] | None = None, skip: list[str] = ()) -> dict:
    out = {}
    for name in runner.names():
        if only and name not in only:
            continue
        if name in skip:
            out[name] = {"skipped": "--skip"}
            continue
        query = runner.load(name)
        if name not in params:
            out[name] = {"skipped": "no parameters in params.json (regenerate the data)"}
            continue
        samples = params[name]
        started = time.perf_counter()
        for p in samples[:warmup]:  # warm caches, but a slow query does not get to burn its budget here
            runner.run(query, engine_name, engine, p)
            if time.perf_counter() - started > budget / 4:
                break
        times, cpu, rows = [], [], []
        started = time.perf_counter()
        for p in samples[warmup:warmup + runs]:
            t, c = time.perf_counter(), time.process_time()
            result = runner.run(query, engine_name, engine, p)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            rows.append(len(result.rows))
            if time.perf_counter() - started > budget:
                break
        print(f"{name}: {len(times)} runs, p50 {statistics.median(times):.1f} ms", file=sys.stderr, flush=True)
        times.sort()
        out[name] = {"runs": len(times), **({"listing": True} if query.is_listing else {}),
                     "p50_ms": round(statistics.median(times), 2),
                     "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
                     "mean_ms": round(statistics.fmean(times), 2), "cpu_p50_ms": round(statistics.median(cpu), 2),
                     "rows_median": statistics.median(rows),
                     "rows_max": max(rows)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--store", choices=("ladybug", "oxigraph", "memory"), required=True)
    ap.add_argument("--db", type=Path, help="where the on-disk store goes (ladybug, oxigraph)")
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per query at most")
    ap.add_argument("--only", nargs="*", help="named queries to run (default: all)")
    ap.add_argument("--skip", nargs="*", default=[], help="named queries not to run")
    ap.add_argument("--reuse", action="store_true", help="query the store --db holds, without loading")
    args = ap.parse_args()
    if args.store != "memory" and args.db is None:
        ap.error("--db is required for ladybug and oxigraph")
    meta = json.loads((args.data / "meta.json").read_text())
    params = json.loads((args.data / "params.json").read_text())
    engine, engine_name, loaded = load(args.store, args.data, args.db, args.reuse)
    after_load = peak_mb()
    load_before = os.getloadavg()[0]
    queries = measure(engine, engine_name, params, args.runs, args.warmup, args.budget, args.only, args.skip)
    report = {"store": args.store, "data": str(args.data), "events": meta["events"], "triples": meta.get("triples"),
              "load_s": round(loaded, 1) if loaded is not None else None, "peak_rss_mb_after_load": round(after_load),
              "peak_rss_mb": round(peak_mb()), "disk_mb": round(_du(args.db) / 2**20) if args.db else None,
              "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
              "queries": queries}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
