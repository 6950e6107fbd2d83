"""Consolidation quality on the hand-written gold set (data/consolidation_gold.toml).

    python bench/graph_consolidation.py [--pairs]

Builds the knowledge graph from the gold mentions exactly as the pipeline does
(entity resolution, consolidation, ids), then prints pairwise precision,
recall and F1 over every pair of mentions ("same real-world event?"), the
pairs it got wrong, and the time taken. Targets: precision and recall >= 0.95.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrutiny.graph.evaluate import evaluate  # noqa: E402
from scrutiny.ingest.extract.gazetteer import load_gazetteer  # noqa: E402
from scrutiny.ingest.pipeline import known_entities  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", action="store_true", help="also list every wrongly merged or split pair")
    args = ap.parse_args()
    known = known_entities(load_gazetteer())
    t = time.perf_counter()
    score, kg, gold = evaluate(known)
    seconds = time.perf_counter() - t
    lines = score.report().splitlines()
    print("\n".join(lines if args.pairs else lines[:3]))
    print(f"follows edges {len(kg.follows)}, disputes with a status "
          f"{sum(1 for e in kg.events.values() if e.current_status)}; {seconds * 1000:.0f} ms")
    ok = score.precision >= 0.95 and score.recall >= 0.95
    print("targets (precision and recall >= 0.95):", "met" if ok else "NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
