"""Ingest an annotated corpus twice and check incident linking against the annotators' notes.

Not a test (it needs ../shared). ``--mode gold`` turns the gold events into Event records (to judge
the linker alone); ``--mode pipeline`` runs the real extractor. Pairs the notes call "same incident
as <id>" must share an incident; any other incident spanning several articles is reported as a
possible false link.

    python benchmarks/store_gold_corpus.py ../shared/corpus/dev --mode gold
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitrep.model import Actor, Article, Event, Place, Source, Span
from sitrep.store import EventFilter, ingest, open_store

SAME = re.compile(r"same (?:incident|massacre) as ((?:[a-z]{2}-[a-z]{2}-\d{3}[ ,/and]*)+)", re.IGNORECASE)
DOC_ID = re.compile(r"[a-z]{2}-[a-z]{2}-\d{3}")


def _actor(name: str | None) -> Actor | None:
    if not name:
        return None
    kind = "unidentified" if name.startswith("Unidentified") else "rebel_group"
    if name.startswith("Civilians"):
        kind = "civilians"
    return Actor(name=name, text=name, kind=kind)


def gold_events(doc: dict[str, Any]) -> list[Event]:
    out = []
    for i, g in enumerate(doc["events"]):
        at = doc["text"].find(g.get("evidence") or "\0")
        start, end = (at, at + len(g["evidence"])) if at >= 0 else (0, 0)
        place = None
        if g.get("location"):
            place = Place(
                name=g["location"],
                text=g.get("location_text") or g["location"],
                country=g.get("country"),
                lat=g.get("lat"),
                lon=g.get("lon"),
                precision=g.get("geo_precision") or 1,
            )
        date = g.get("date")
        out.append(
            Event(
                doc_id=doc["id"],
                event_type=g["event_type"],
                sub_event_type=g["sub_event_type"],
                evidence=Span(start, end, doc["text"][start:end]),
                lang=doc.get("lang") or "fr",
                actor1=_actor(g.get("actor1")),
                actor2=_actor(g.get("actor2")),
                location=place,
                date=date,
                date_precision=None if not date else ("day" if len(date) == 10 else "month"),
                fatalities=g.get("fatalities"),
                fatalities_qualifier=g.get("fatalities_qualifier"),
                reported_by=[Source(name=s, text=s) for s in g.get("reported_by") or []],
                trigger=Span(i, i, ""),  # keeps ids distinct when two gold events share evidence
            )
        )
    return out


def expected_groups(docs: dict[str, dict[str, Any]]) -> list[set[str]]:
    """Articles the notes declare to report one incident, merged transitively."""
    parent = {d: d for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for doc_id, doc in docs.items():
        for m in SAME.finditer(doc.get("notes") or ""):
            for other in DOC_ID.findall(m.group(1)):
                if other in parent:
                    parent[find(other)] = find(doc_id)
    groups: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        groups[find(d)].add(d)
    return [g for g in groups.values() if len(g) > 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--mode", choices=["gold", "pipeline"], default="gold")
    ap.add_argument("--db", default=None, help="SQLite path or postgresql:// URL (default: a temp file)")
    args = ap.parse_args()
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.corpus.glob("*.json"))}
    arts = [
        Article(
            id=d["id"], text=d["text"], published=d.get("published"), url=d.get("url"), lang=d.get("lang")
        )
        for d in docs.values()
    ]
    if args.mode == "gold":
        extract, version = (lambda a: gold_events(docs[a.id])), "gold"
    else:
        from sitrep.pipeline import PIPELINE_VERSION, Pipeline

        extract, version = Pipeline().extract, PIPELINE_VERSION
    db = args.db or str(Path(tempfile.mkdtemp()) / "gold.db")
    store = open_store(db)
    t0 = time.perf_counter()
    first = ingest(store, arts, extract, version)
    t1 = time.perf_counter()
    n1 = store.query_events(EventFilter(), limit=1)[1]
    second = ingest(store, arts, extract, version)
    n2 = store.query_events(EventFilter(), limit=1)[1]
    print(
        f"first run: {first.articles_stored} articles, {first.events_stored} events in {t1 - t0:.1f}s; "
        f"failures {first.failures}"
    )
    print(
        f"second run: {second.articles_stored} stored, {second.articles_unchanged} unchanged; "
        f"events {n1} -> {n2} ({'unchanged' if n1 == n2 else 'CHANGED'})"
    )

    incidents, _ = store.list_incidents(EventFilter(), limit=10_000, min_reports=2)
    linked: list[set[str]] = []
    for inc in incidents:
        full = store.get_incident(inc["id"])
        assert full is not None
        arts_in = {r["doc_id"] for r in full["reports"]}
        linked.append(arts_in)
        f = inc["fatalities"]
        print(
            f"  {inc['id']}: {inc['event_type']} / {inc['sub_event_type']} at {inc['location']['name']} "
            f"{inc['date_first']} deaths {f['low']}/{f['best']}/{f['high']}: {sorted(arts_in)}"
        )
    expected = expected_groups(docs)
    found = sum(any(g <= arts_in for arts_in in linked) for g in expected)
    partial = [g for g in expected if not any(g <= a for a in linked)]
    false = [a for a in linked if len(a) > 1 and not any(a <= g for g in expected)]
    print(f"expected groups linked: {found}/{len(expected)}; missed: {[sorted(g) for g in partial]}")
    print(f"incidents across articles not in the notes (possible false links): {[sorted(a) for a in false]}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
