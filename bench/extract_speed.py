"""Extraction speed: milliseconds per 1,000-word article on one core.

Uses the bundled sample corpus (text taken from its HTML with trafilatura) and,
when ../shared is present, the scrapinghub benchmark pages' gold text, so the
figure covers both on-topic and general news. Prints ms per 1,000 words.

    .venv/bin/python bench/extract_speed.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

import trafilatura

from scrutiny.data import path as data_path
from scrutiny.ingest.extract import Extractor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCRAPINGHUB = SHARED / "realworld/articles/scrapinghub-article-extraction-benchmark/ground-truth.json"


def corpus() -> list[str]:
    texts = []
    for page in sorted(data_path("sample", "articles").glob("*.html")):
        text = trafilatura.extract(page.read_text(encoding="utf-8"))
        if text:
            texts.append(text)
    if SCRAPINGHUB.exists():
        truth = json.loads(SCRAPINGHUB.read_text(encoding="utf-8"))
        texts += [v["articleBody"] for v in truth.values() if v.get("articleBody")]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    extractor = Extractor()
    extractor.extract("warm up: the ICO fined Clearview AI.", "2022-05-23")
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        events = sum(len(extractor.extract(t, "2024-01-01")["events"]) for t in texts)
        runs.append(time.process_time() - start)
    best, median = min(runs), statistics.median(runs)
    print(f"texts={len(texts)} words={words} events={events}")
    print(f"ms_per_1000_words best={1000 * best / words * 1000:.2f} median={1000 * median / words * 1000:.2f} "
          f"(CPU time, one process, {args.repeat} runs; target <= 20)")


if __name__ == "__main__":
    main()
