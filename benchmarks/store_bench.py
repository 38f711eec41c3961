"""Store benchmark (not a test): ingest throughput, linking throughput, filtered-page latency.

    python benchmarks/store_bench.py                       # SQLite, 100,000 events
    python benchmarks/store_bench.py --db postgresql://...  # PostgreSQL (emptied first!)
    python benchmarks/store_bench.py --events 20000 --link-events 5000

Events are generated (random places in a few countries, three years of dates, ACLED types), five
per article, each article stored in its own transaction as ``sitrep ingest`` does.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sitrep.model import Actor, Article, Event, Place, Source, Span
from sitrep.store import EventFilter, SqlStore, open_store

COUNTRIES = {
    "ML": (12.0, 17.0, -5.0, 1.0),
    "BF": (10.0, 14.5, -4.5, 1.5),
    "SY": (33.0, 36.5, 36.0, 41.0),
    "IQ": (30.0, 36.5, 40.0, 47.0),
    "NG": (5.0, 13.0, 3.5, 13.5),
    "CD": (-5.0, 3.0, 18.0, 30.0),
}
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
]
ACTORS = ["Islamic State", "JNIM", "Military Forces of Mali", "Boko Haram", "ADF", "Unidentified Armed Group"]
SOURCES = ["AFP", "Reuters", "SANA", "SOHR", "police"]
PER_ARTICLE = 5


def make_article(i: int, rng: random.Random) -> tuple[Article, list[Event]]:
    country = rng.choice(list(COUNTRIES))
    lat0, lat1, lon0, lon1 = COUNTRIES[country]
    day = f"202{rng.randint(2, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = f"Article {i}: " + " ".join(
        rng.choice(["attaque", "village", "armée", "bilan", "frappe"]) for _ in range(60)
    )
    art = Article(id=f"gen-{i}", text=text, published=day, outlet=rng.choice(SOURCES), lang="fr")
    events = []
    for k in range(PER_ARTICLE):
        etype, sub = rng.choice(TYPES)
        lat, lon = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)
        events.append(
            Event(
                doc_id=art.id,
                event_type=etype,
                sub_event_type=sub,
                evidence=Span(k * 10, k * 10 + 9, text[k * 10 : k * 10 + 9]),
                lang="fr",
                actor1=Actor(name=rng.choice(ACTORS), text="x", kind="rebel_group"),
                location=Place(
                    name=f"Town {rng.randint(0, 5000)}",
                    text="x",
                    country=country,
                    lat=lat,
                    lon=lon,
                    admin1=f"Region {int(lat)}",
                ),
                date=day,
                date_precision="day",
                fatalities=rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 35]),
                reported_by=[Source(name=rng.choice(SOURCES), text="x")],
            )
        )
    return art, events


def fill(store: SqlStore, n_events: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    for i in range(n_events // PER_ARTICLE):
        art, events = make_article(i, rng)
        store.store_article(art, events, "bench")
    return time.perf_counter() - t0


def filters(rng: random.Random) -> dict[str, Callable[[], EventFilter]]:
    def period() -> tuple[str, str]:
        y, m = rng.randint(2022, 2024), rng.randint(1, 11)
        return f"{y}-{m:02d}-01", f"{y}-{m + 1:02d}-28"

    return {
        "none": lambda: EventFilter(),
        "country+dates": lambda: EventFilter(
            country=rng.choice(list(COUNTRIES)), date_from=period()[0], date_to=period()[1]
        ),
        "type+min_fatalities": lambda: EventFilter(event_type=rng.choice(TYPES)[0], min_fatalities=10),
        "bbox": lambda: EventFilter(bbox=(rng.uniform(-5, 0), rng.uniform(10, 14), 2.0, 16.0)),
        "actor": lambda: EventFilter(actor=rng.choice(["jnim", "islamic", "boko"])),
        "source": lambda: EventFilter(source=rng.choice(["afp", "sohr"])),
        "text": lambda: EventFilter(text=rng.choice(["frappe bilan", "armée village"])),
    }


def latency(store: SqlStore, runs: int) -> None:
    rng = random.Random(3)
    for name, make in filters(rng).items():
        times = []
        for _ in range(runs):
            flt = make()
            t0 = time.perf_counter()
            store.query_events(flt, limit=50, offset=rng.choice([0, 0, 50, 500]))
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"  query {name:<22} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--db", default=None, help="SQLite path or postgresql:// URL (default: a temp SQLite file)"
    )
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--link-events", type=int, default=10_000, help="events linked in a separate database")
    ap.add_argument("--runs", type=int, default=40, help="queries per filter kind")
    args = ap.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    if db.startswith("postgres"):
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        engine = create_engine(make_url(db).set(drivername="postgresql+psycopg"))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    store = open_store(db)
    secs = fill(store, args.events)
    print(
        f"{store.engine.dialect.name}: stored {args.events} events ({args.events // PER_ARTICLE} articles) "
        f"in {secs:.1f}s: {args.events / secs:,.0f} events/s"
    )
    latency(store, args.runs)
    t0 = time.perf_counter()
    n = store.link_pending()
    secs = time.perf_counter() - t0
    print(
        f"  linked {n} events in {secs:.1f}s: {n / secs:,.0f} events/s (incremental, on {args.events} events)"
    )
    latency(store, max(10, args.runs // 4))
    store.close()


if __name__ == "__main__":
    main()
