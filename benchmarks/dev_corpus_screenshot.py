"""Screenshot of the map page over a store built from an annotated corpus (not a test).

Runs the product end to end as a user would: the corpus articles (id, text, published, url, lang
only; the gold annotations stay out) become one JSONL file, ``sitrep ingest`` stores them in a
temporary SQLite database, ``sitrep serve`` serves it on a free loopback port, and headless
Chromium (Debian's, driven by Playwright) opens the page, selects an incident reported by several
articles when there is one, and saves a screenshot.

    python benchmarks/dev_corpus_screenshot.py docs/screenshot-dev.png
    python benchmarks/dev_corpus_screenshot.py out.png --corpus ../shared/corpus/dev --db keep.db
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger("dev_corpus_screenshot")

ARTICLE_KEYS = ("id", "text", "published", "url", "lang")
CHROMIUM = os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORT: Any = {"width": 1440, "height": 900}  # playwright's ViewportSize
READY = "body[data-ready=true]"
MARKERS = "path.leaflet-interactive, .cluster"
ROWS = "#incidents tbody tr"
EVIDENCE = "#detail .report .article-text .ev"


def write_jsonl(corpus: Path, target: Path) -> int:
    """One JSONL line per corpus article with the article fields only; returns the count."""
    n = 0
    with target.open("w", encoding="utf-8") as out:
        for path in sorted(corpus.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            row = {k: doc[k] for k in ARTICLE_KEYS if doc.get(k) is not None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    if not n:
        raise SystemExit(f"no *.json articles in {corpus}")
    return n


def sitrep_command() -> str:
    """The ``sitrep`` entry point of this interpreter's environment (the venv), else PATH's."""
    local = Path(sys.executable).parent / "sitrep"
    found = str(local) if local.is_file() else shutil.which("sitrep")
    if not found:
        raise SystemExit("the sitrep command is not installed (pip install -e .)")
    return found


def ingest(jsonl: Path, db: Path) -> None:
    """``sitrep ingest`` in a child process, its summary line logged."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [sitrep_command(), "ingest", str(jsonl), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in done.stderr.splitlines():
        log.info("ingest: %s", line)
    if done.returncode != 0:
        raise SystemExit(f"sitrep ingest failed with exit code {done.returncode}")
    log.info("ingest took %.1f s", time.perf_counter() - t0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as resp:  # loopback only
        return json.load(resp)


@contextmanager
def serving(db: Path, timeout: float = 60.0) -> Iterator[str]:
    """``sitrep serve`` on a free loopback port until the block ends; yields the base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sitrep_command(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_healthy(proc, base, timeout)
        log.info("serving %s on %s (pid %d)", db, base, proc.pid)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.info("server stopped (exit code %s)", proc.returncode)


def _wait_healthy(proc: subprocess.Popen[str], base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise SystemExit(f"sitrep serve exited with code {proc.returncode}: {err.strip()}")
        try:
            get_json(base + "/api/health")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"sitrep serve did not answer within {timeout:.0f} s")


def pick_incident(base: str) -> str:
    """The incident to open: most articles, then most reports, then newest (the store's order)."""
    page = get_json(base + "/api/incidents?limit=500")
    items = page["items"]
    if not items:
        raise SystemExit("the store has no incidents: nothing to show")
    best = max(
        enumerate(items),
        key=lambda x: (x[1].get("article_count") or 0, x[1].get("report_count") or 0, -x[0]),
    )[1]
    if (best.get("report_count") or 0) < 2:
        best = items[0]
    log.info(
        "%d incident(s); opening %s (%s reports, %s articles)",
        page["total"],
        best["id"],
        best.get("report_count"),
        best.get("article_count"),
    )
    return str(best["id"])


def zoom_to_regions(page: Any, levels_in: int = 1) -> None:
    """Back out of the selected marker's close-up, as a user would with the zoom buttons.

    Selecting an incident zooms the map onto its marker (down to the street level when several
    share one place); the picture should show the regions instead: out to the widest zoom, which
    keeps the selection centred, then ``levels_in`` steps back in.
    """
    out = page.locator(".leaflet-control-zoom-out")
    for _ in range(20):
        if "leaflet-disabled" in (out.get_attribute("class") or ""):
            break
        out.click()
        page.wait_for_timeout(350)
    for _ in range(levels_in):
        page.locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(350)
    page.wait_for_timeout(800)


def screenshot(base: str, incident_id: str, target: Path) -> None:
    """Open the page, wait for markers and rows, open the incident, save the picture."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise SystemExit("playwright for Python missing: run .ci/browser.sh") from None
    if not Path(CHROMIUM).is_file():
        raise SystemExit(f"{CHROMIUM} missing: run .ci/browser.sh")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.on("pageerror", lambda exc: log.warning("page error: %s", exc))
            page.set_default_timeout(30_000)
            page.goto(base + "/")
            page.wait_for_selector(READY)
            page.wait_for_selector(MARKERS)
            page.wait_for_selector(ROWS)
            log.info(
                "page ready: %d row(s), %d marker(s); status %r",
                page.locator(ROWS).count(),
                page.locator(MARKERS).count(),
                page.locator("#status").inner_text(),
            )
            row = page.locator(f"{ROWS}[data-id='{incident_id}']")
            row.scroll_into_view_if_needed()
            row.click()
            page.wait_for_selector(EVIDENCE)
            page.wait_for_timeout(1000)  # the map's zoom animation
            zoom_to_regions(page)
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target))
            log.info("detail: %d report(s); saved %s", page.locator("#detail .report").count(), target)
        finally:
            browser.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path, help="PNG file to write")
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus/dev"), help="folder of *.json")
    ap.add_argument("--db", type=Path, default=None, help="SQLite file to build (default: a temp file)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    with tempfile.TemporaryDirectory(prefix="sitrep-shot-") as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        log.info("%d articles from %s", write_jsonl(args.corpus, jsonl), args.corpus)
        db = args.db or Path(tmp) / "dev.db"
        ingest(jsonl, db)
        with serving(db) as base:
            screenshot(base, pick_incident(base), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
