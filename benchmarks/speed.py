"""Extraction speed: articles per second on the dev corpus and the ratio of total extraction
time to bare spaCy parsing of the same texts (goal <= 1.5x). Not a test: timings depend on
the machine. Reads ../shared/corpus/dev when present, else the project's examples/.

    python benchmarks/speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sitrep.ingest import read_articles
from sitrep.model import Article
from sitrep.nlp import pipeline
from sitrep.pipeline import Pipeline


def load() -> list[Article]:
    dev = Path("../shared/corpus/dev")
    if dev.is_dir():
        out = []
        for p in sorted(dev.glob("*.json")):
            d = json.loads(p.read_text(encoding="utf-8"))
            out.append(Article(id=d["id"], text=d["text"], published=d.get("published"), lang=d.get("lang")))
        return out
    return [a for a in read_articles(["examples"]) if isinstance(a, Article)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    arts = load()
    p = Pipeline()
    for art in arts[:2]:  # warm up: models, gazetteer, lexicons
        p.extract(art)
    langs = {art.id: art.lang or p.language(art) for art in arts}
    best_parse = best_total = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for art in arts:
            pipeline(langs[art.id])(art.text)
        best_parse = min(best_parse, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_events = sum(len(p.extract(art)) for art in arts)
        best_total = min(best_total, time.perf_counter() - t0)
    chars = sum(len(art.text) for art in arts)
    print(f"articles: {len(arts)} ({chars} characters), events: {n_events}")
    print(f"bare spaCy parse: {best_parse:.2f}s; extraction: {best_total:.2f}s "
          f"({len(arts) / best_total:.1f} articles/s); ratio {best_total / best_parse:.2f}x")


if __name__ == "__main__":
    main()
