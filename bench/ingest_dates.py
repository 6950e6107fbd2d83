"""Publication dates: htmldate's extensive search (what the ingest uses) against a fast-first search.

`scrutiny.ingest.articles.publication_date` runs htmldate's extensive search, whose dateparser
fallback costs up to about 3 s of CPU the first time a process uses it (when a string that no
locale parses reaches it; 0.3 s for an English date). The alternative measured here runs the fast
search first and the extensive one only when it finds nothing. On every real-world page under
../shared/realworld/articles this prints:

  * pages where the two give different dates (listed);
  * on pages with a date annotation, how many each gets right (trafilatura's evaldata.json is
    human-annotated; newspaper4k, goose3 and readability are those tools' own outputs);
  * CPU seconds of each, including dateparser's first use.

Each page is given its real URL where the corpus has one, else a URL without a date (as
`scrutiny ingest html` gives a file:// URI), so the date comes from the page itself.

Usage: .venv/bin/python bench/ingest_dates.py
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "realworld" / "articles"
NO_DATE_URL = "https://www.example.com/news/story.html"


def pages() -> list[tuple[str, bytes, str, str | None, str]]:
    """(name, html bytes, url, date truth or None, kind of truth)."""
    out = []
    trafilatura = CORPUS / "trafilatura" / "tests"
    if trafilatura.is_dir():
        data = json.loads((trafilatura / "evaldata.json").read_text())
        by_file = {v["file"]: (k, v.get("date")) for k, v in data.items()}
        for f in sorted(trafilatura.rglob("*.html")):
            url, truth = by_file.get(f.name, (None, None))
            url = url if url and url.startswith("http") else NO_DATE_URL
            out.append((f"trafilatura/{f.name}", f.read_bytes(), url, truth or None, "human"))
    for f in sorted((CORPUS / "newspaper4k").rglob("html/*.html")):
        meta = f.parent.parent / "metadata" / f"{f.stem}.json"
        info = json.loads(meta.read_text()) if meta.exists() else {}
        out.append((f"newspaper4k/{f.name}", f.read_bytes(), info.get("url") or NO_DATE_URL,
                    (info.get("publish_date") or "")[:10] or None, "golden"))
    for f in sorted((CORPUS / "goose3").rglob("*.html")):
        truth, url = None, NO_DATE_URL
        meta = f.with_suffix(".json")
        if meta.exists():
            try:
                info = json.loads(meta.read_text())
                url = info.get("url") or url
                expected = info.get("expected", info)
                truth = (expected.get("publish_date") or "")[:10] or None
            except (ValueError, AttributeError):
                pass
        out.append((f"goose3/{f.name}", f.read_bytes(), url, truth, "golden"))
    for f in sorted((CORPUS / "mozilla-readability").rglob("source.html")):
        meta = f.parent / "expected-metadata.json"
        truth = (json.loads(meta.read_text()).get("publishedTime") or "")[:10] or None if meta.exists() else None
        out.append((f"readability/{f.parent.name}", f.read_bytes(), NO_DATE_URL, truth, "golden"))
    sh = CORPUS / "scrapinghub-article-extraction-benchmark"
    if sh.is_dir():
        truth = json.loads((sh / "ground-truth.json").read_text())
        for f in sorted((sh / "html").glob("*.html.gz")):
            url = truth.get(f.name.split(".")[0], {}).get("url") or NO_DATE_URL
            out.append((f"scrapinghub/{f.name[:16]}", gzip.decompress(f.read_bytes()), url, None, ""))
    return out


def dates_of(mode: str) -> tuple[list[str | None], float]:
    """Every page's date by one mode, and the CPU seconds it took (run in a fresh process each, so
    that each pays dateparser's first use once)."""
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    from scrutiny.ingest import articles

    def fast_first(tree, url):
        for thorough in (False, True):
            params = set_date_params(thorough)
            params["url"] = url
            found = find_date(tree, **params)
            if found:
                return found
        return None

    fn = fast_first if mode == "fast-first" else articles.publication_date
    dates, cpu = [], 0.0
    for _, body, url, _, _ in pages():
        tree = articles._parse_tree(articles.decode_html(body))
        start = time.process_time()
        dates.append(fn(tree, url) if tree is not None else None)
        cpu += time.process_time() - start
    return dates, cpu


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--mode":
        dates, cpu = dates_of(sys.argv[2])
        print(json.dumps({"dates": dates, "cpu": cpu}))
        return 0
    corpus = pages()
    if not corpus:
        print(f"skipped: {CORPUS} is not present")
        return 0
    results = {}
    for mode, label in (("extensive", "extensive (ingest)"), ("fast-first", "fast first")):
        out = subprocess.run([sys.executable, __file__, "--mode", mode], capture_output=True, text=True, check=True)
        run = json.loads(out.stdout)
        dates = results[label] = run["dates"]
        right = {kind: sum(1 for (_, _, _, truth, k), d in zip(corpus, dates) if truth and k == kind and d == truth)
                 for kind in ("human", "golden")}
        print(f"{label:20s} {run['cpu']:6.2f} s CPU (dateparser's first use included)  found "
              f"{sum(map(bool, dates))}/{len(corpus)}  right: {right['human']} of the human-annotated, "
              f"{right['golden']} of the golden")
    annotated = {kind: sum(1 for *_, truth, k in corpus if truth and k == kind) for kind in ("human", "golden")}
    print(f"annotated pages: {annotated['human']} human, {annotated['golden']} golden")
    a, b = results["fast first"], results["extensive (ingest)"]
    differ = [(corpus[i][0], a[i], b[i], corpus[i][3]) for i in range(len(corpus)) if a[i] != b[i]]
    print(f"different dates on {len(differ)} of {len(corpus)} pages:")
    for name, fast, ext, truth in differ:
        print(f"  {name}: fast first {fast}, extensive {ext}, annotated {truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
