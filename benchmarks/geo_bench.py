"""Geoparser benchmark (not a test): start-up time, resolution throughput, peak memory.

    python benchmarks/geo_bench.py                      # embedded gazetteer, 2,000 documents
    python benchmarks/geo_bench.py --gazetteer PATH     # a gazetteer built by `sitrep gazetteer load`
    python benchmarks/geo_bench.py --docs 500 --per-doc 12 --seed 7

Documents are generated from the gazetteer itself: each holds ``--per-doc`` toponyms drawn from
a mix of countries, first-level divisions, large towns and small towns (the small ones make the
ranking work: many share their names), separated by filler words, and is resolved with its spans
given (``resolve_spans``), which is what the extractor calls for every article; the same
documents are resolved twice (cold caches, then warm). Rates are per CPU second, so a busy
machine does not skew them. Start-up is measured in a fresh interpreter: import, open the
gazetteer, first look-up.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

from sitrep.geo import get_geoparser
from sitrep.geo.parser import GazetteerGeoparser

STARTUP = """
import resource, time
t = time.perf_counter()
from sitrep.geo import get_geoparser
gp = get_geoparser({name!r})
gp.lookup("Aleppo")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def startup(name: str | None) -> tuple[float, float]:
    """Seconds and peak MB of a fresh process that opens the gazetteer and looks a name up."""
    out = subprocess.run(
        [sys.executable, "-c", STARTUP.format(name=name)], capture_output=True, text=True, check=True
    )
    secs, rss = out.stdout.split()
    return float(secs), int(rss) / 1024


def sample_names(gp: GazetteerGeoparser, rng: random.Random, n: int) -> list[str]:
    """Names of a realistic mix of place kinds from the gazetteer."""
    pools = {
        "country": "fcode = 'A.PCLI'",
        "division": "fcode = 'A.ADM1'",
        "large town": "fcode LIKE 'P.%' AND population >= 100000",
        "small town": "fcode LIKE 'P.%' AND population < 100000",
    }
    names: dict[str, list[str]] = {}
    for kind, where in pools.items():
        rows = gp.gazetteer.query(f"SELECT name FROM places WHERE {where} ORDER BY random() LIMIT ?", (n,))
        names[kind] = [r[0] for r in rows]
    weights = {"country": 0.25, "division": 0.15, "large town": 0.3, "small town": 0.3}
    kinds = rng.choices(list(weights), weights=list(weights.values()), k=n)
    return [rng.choice(names[k]) for k in kinds]


def documents(names: list[str], per_doc: int) -> list[tuple[str, list[tuple[int, int]]]]:
    docs = []
    for i in range(0, len(names) - per_doc + 1, per_doc):
        text, spans = "", []
        for name in names[i : i + per_doc]:
            text += "Reports said that fighting spread near "
            spans.append((len(text), len(text) + len(name)))
            text += name + " on Monday. "
        docs.append((text, spans))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteer", default="embedded")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    gp = get_geoparser(a.gazetteer)  # builds the embedded gazetteer first if this machine has none
    secs, start_mb = startup(a.gazetteer)
    if not isinstance(gp, GazetteerGeoparser):
        raise SystemExit("benchmark needs a gazetteer-backed geoparser")
    docs = documents(sample_names(gp, random.Random(a.seed), a.docs * a.per_doc), a.per_doc)
    n = sum(len(s) for _, s in docs)
    rates = {}
    resolved = 0
    for run in ("cold", "warm"):  # warm: names seen before, as in a stream of related articles
        t = time.process_time()
        resolved = 0
        for text, spans in docs:
            resolved += sum(top.place is not None for top in gp.resolve_spans(text, spans, lang="en"))
        cpu = time.process_time() - t
        rates[run] = round(n / cpu, 1) if cpu else None
    report = {
        "gazetteer": a.gazetteer,
        "startup_s": round(secs, 3),
        "startup_peak_mb": round(start_mb, 1),
        "toponyms": n,
        "resolved_share": round(resolved / n, 4) if n else None,
        "toponyms_per_cpu_s_cold": rates["cold"],
        "toponyms_per_cpu_s_warm": rates["warm"],
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
