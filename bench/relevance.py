"""Relevance on general news: how many scrapinghub pages pass the topic threshold, and their events.

The 181 scrapinghub benchmark pages are general news (politics, sport,
business); few should count as AI-surveillance news. For contrast the same
figures are printed for the bundled sample corpus, which is all on topic.
Also: how many pages the relevance pre-screen (extract/screen.py) leaves
unextracted at ingest, and how many of those the full extraction would have
made relevant or given a party of the field (must be 0).

    .venv/bin/python bench/relevance.py [--threshold 0.5]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import trafilatura

from scrutiny.data import path as data_path
from scrutiny.ingest.extract import Extractor
from scrutiny.ingest.extract.relevance import load_scorer
from scrutiny.ingest.extract.screen import prescreen_for

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TRUTH = SHARED / "realworld/articles/scrapinghub-article-extraction-benchmark/ground-truth.json"


def measure(name: str, texts: list[tuple[str, str]], threshold: float) -> None:
    extractor, scorer = Extractor(), load_scorer()
    screen = prescreen_for(extractor)
    tags = {p.id: p.tags for p in extractor.gazetteer.parties.values()}
    relevant, events_all, events_relevant, screened, screened_wrongly = [], 0, 0, 0, 0
    for key, text in texts:
        doc = extractor.extract(text, "2024-01-01")
        reported = [e for e in doc["events"] if e["status"] == "reported"]
        rel = scorer.score(text, doc["entities"], reported, tags)
        events_all += len(reported)
        if rel.relevant(threshold):
            relevant.append((key, rel.score, len(reported)))
            events_relevant += len(reported)
        if screen.off_topic(text) is not None:
            screened += 1
            field = any(tags.get(e["id"], frozenset()) & scorer.party_tags for e in doc["entities"])
            screened_wrongly += field or rel.relevant(threshold)
    print(f"{name}: pages={len(texts)} relevant={len(relevant)} (threshold {threshold}) "
          f"events_if_all_fed={events_all} events_from_relevant={events_relevant} "
          f"screened_out={screened} screened_out_wrongly={screened_wrongly}")
    for key, score, n in sorted(relevant, key=lambda r: -r[1])[:15]:
        print(f"   {score:.2f}  events={n}  {key}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=load_scorer().threshold)
    args = ap.parse_args()
    if TRUTH.exists():
        truth = json.loads(TRUTH.read_text(encoding="utf-8"))
        measure("scrapinghub", [(v.get("url") or k, v["articleBody"]) for k, v in truth.items()], args.threshold)
    else:
        print("../shared not present: scrapinghub figures skipped")
    sample = []
    for page in sorted(data_path("sample", "articles").glob("*.html")):
        sample.append((page.name, trafilatura.extract(page.read_text(encoding="utf-8")) or ""))
    measure("sample corpus", sample, args.threshold)


if __name__ == "__main__":
    main()
