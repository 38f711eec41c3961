"""API throughput on loopback: requests per second for filtered ``/api/events`` queries.

Not a test. Starts ``sitrep serve`` in a subprocess on 127.0.0.1 over a SQLite store (a given
``--db``, or a temporary one filled with synthetic events), sends a bounded number of requests for a
bounded time per query, and prints requests/s and latency percentiles. Only loopback is contacted.

    python benchmarks/api_bench.py                      # 3000 synthetic events, 2 clients
    python benchmarks/api_bench.py --db sitrep.db --requests 5000 --seconds 30
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

log = logging.getLogger("api_bench")

ROOT = Path(__file__).resolve().parents[1]
QUERIES: dict[str, dict[str, str]] = {
    "country": {"country": "CD", "limit": "100"},
    "bbox+dates": {"bbox": "20,-5,45,20", "from": "2026-02-01", "to": "2026-02-28", "limit": "100"},
    "type+deaths": {"type": "Violence against civilians", "min_fatalities": "10", "limit": "50"},
    "text": {"q": "Beni", "limit": "20"},
}


def build_db(path: Path, count: int) -> None:
    """A SQLite store with ``count`` synthetic one-event articles, linked into incidents."""
    sys.path.insert(0, str(ROOT / "tests" / "api"))
    from api_sample import synthetic_pairs

    from sitrep.store import open_store

    store = open_store(str(path))
    started = time.perf_counter()
    for article, events, _ in synthetic_pairs(count):
        store.store_article(article, events, "bench")
    store.link_pending()
    store.close()
    log.info("built %s with %d events in %.1f s", path, count, time.perf_counter() - started)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    launcher = "import sys; from sitrep.cli import main; sys.argv[0] = 'sitrep'; main()"
    cmd = [
        sys.executable,
        "-c",
        launcher,
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
    proc.terminate()
    raise SystemExit("server did not answer within 30 s")


def run_query(
    base: str, params: dict[str, str], requests: int, seconds: float, clients: int
) -> dict[str, float]:
    """Send up to ``requests`` requests (split over ``clients`` threads) for at most ``seconds``."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    per_client = max(1, requests // clients)

    def worker() -> None:
        nonlocal errors
        mine: list[float] = []
        bad = 0
        with httpx.Client(base_url=base, timeout=10) as client:
            for _ in range(per_client):
                if time.monotonic() > deadline:
                    break
                t0 = time.perf_counter()
                response = client.get("/api/events", params=params)
                mine.append(time.perf_counter() - t0)
                bad += response.status_code != 200
        with lock:
            latencies.extend(mine)
            errors += bad

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else 0.0,
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="existing SQLite store (default: a synthetic one)")
    parser.add_argument("--events", type=int, default=3000, help="synthetic events when no --db")
    parser.add_argument("--requests", type=int, default=2000, help="requests per query, at most")
    parser.add_argument("--seconds", type=float, default=15.0, help="time per query, at most")
    parser.add_argument("--clients", type=int, default=2, help="concurrent client threads")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.db"
            build_db(db, args.events)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            run_query(base, QUERIES["country"], 50, 5, 1)  # warm-up
            log.info("%-12s %8s %7s %8s %8s %6s", "query", "requests", "req/s", "p50 ms", "p95 ms", "errors")
            for name, params in QUERIES.items():
                r = run_query(base, params, args.requests, args.seconds, args.clients)
                log.info(
                    "%-12s %8d %7.0f %8.1f %8.1f %6d",
                    name,
                    r["requests"],
                    r["rps"],
                    r["p50_ms"],
                    r["p95_ms"],
                    r["errors"],
                )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
