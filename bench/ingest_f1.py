"""Body-text F1 of the text scrutiny stores, on the 181 scrapinghub benchmark pages.

Runs `Workspace.ingest_html` (the code behind `scrutiny ingest html`) over
../shared/realworld/articles/scrapinghub-article-extraction-benchmark/html
into a temporary home, then scores each stored text against ground-truth.json
with the benchmark's own metric: per page, TP/FP/FN over 4-token shingles of
\\w+ tokens (counted with multiplicity), normalised so that each page sums to 1,
summed over pages, then precision, recall and F1. For comparison, in the same
run: `trafilatura.extract` alone (default settings) on the same pages, and the
upstream trafilatura 2.0.0 output shipped with the benchmark.

Usage: .venv/bin/python bench/ingest_f1.py [--workers N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "realworld" / "articles" / "scrapinghub-article-extraction-benchmark"
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(s for s in (" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))) if s)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def score(truth: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    tp, fp, fn = map(sum, zip(*(page_counts(truth[k], pred.get(k, "")) for k in truth)))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"skipped: {BENCH} is not present")
        return 0
    sys.path.insert(0, str(ROOT))
    import trafilatura
    from scrutiny.app import Workspace

    truth = {k: v["articleBody"] for k, v in json.loads((BENCH / "ground-truth.json").read_text()).items()}
    files = {p.name.split(".")[0]: p for p in sorted((BENCH / "html").glob("*.html.gz"))}

    with tempfile.TemporaryDirectory(prefix="scrutiny-f1-") as tmp:
        ws = Workspace(tmp)
        t0 = time.perf_counter()
        summary = ws.ingest_html([BENCH / "html"], workers=args.workers, graph=False)
        took = time.perf_counter() - t0
        stored: dict[str, str] = {}
        for article in ws.articles():
            for url in article.urls:
                if url.startswith("file:"):
                    stored[url.rsplit("/", 1)[-1].split(".")[0]] = article.text
    ours = score(truth, stored)

    alone = {}
    for key, path in files.items():
        alone[key] = trafilatura.extract(gzip.decompress(path.read_bytes()).decode("utf-8")) or ""
    traf = score(truth, alone)
    upstream = json.loads((BENCH / "output" / "trafilatura.json").read_text())
    up = score(truth, {k: v.get("articleBody") or "" for k, v in upstream["output"].items()})

    print(f"pages: {len(files)}; stored {summary.articles_stored}, duplicates {summary.duplicates} "
          f"(near {summary.near_duplicates}), failed {summary.failed}; ingest took {took:.1f} s")
    print(f"scrutiny stored text        P {ours['precision']:.4f}  R {ours['recall']:.4f}  F1 {ours['f1']:.4f}")
    print(f"trafilatura.extract alone   P {traf['precision']:.4f}  R {traf['recall']:.4f}  F1 {traf['f1']:.4f}"
          f"  (trafilatura {trafilatura.__version__})")
    print(f"upstream trafilatura 2.0.0  P {up['precision']:.4f}  R {up['recall']:.4f}  F1 {up['f1']:.4f}")
    ok = ours["f1"] >= 0.95 and ours["f1"] >= traf["f1"]
    print("PASS" if ok else "FAIL", "(bar: F1 >= 0.95 and not below trafilatura alone)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
