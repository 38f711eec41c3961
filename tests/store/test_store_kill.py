"""SIGKILL in the middle of an ingest leaves a consistent database that a re-run completes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from store_fake_extractor import expected_count

from sitrep.store import open_store
from sitrep.store.schema import articles, events

HERE = Path(__file__).parent
N = 150


def _ingest_cmd(inputs: Path, db: Path) -> list[str]:
    code = "from sitrep.cli import main; main()"
    return [
        sys.executable,
        "-c",
        code,
        "ingest",
        str(inputs),
        "--db",
        str(db),
        "--extractor",
        "store_fake_extractor",
    ]


def _counts(db: Path) -> tuple[int, dict[str, int]]:
    store = open_store(str(db))
    with store.engine.connect() as conn:
        n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        per_article = dict(
            conn.execute(select(events.c.article_id, func.count()).group_by(events.c.article_id)).all()
        )
        orphans = conn.execute(
            select(func.count()).select_from(events).where(events.c.article_id.not_in(select(articles.c.id)))
        ).scalar_one()
    store.close()
    assert orphans == 0
    return int(n_articles), {str(k): int(v) for k, v in per_article.items()}


def test_sigkill_mid_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    inputs, db = tmp_path / "articles.jsonl", tmp_path / "kill.db"
    with inputs.open("w", encoding="utf-8") as fh:
        for i in range(N):
            fh.write(
                json.dumps({"id": f"k{i}", "text": f"Article numéro {i}.", "published": "2024-01-02"}) + "\n"
            )
    env = {**os.environ, "PYTHONPATH": f"{HERE}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    proc = subprocess.Popen(
        _ingest_cmd(inputs, db), env={**env, "SITREP_FAKE_DELAY": "0.02"}, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some articles are committed
        time.sleep(0.2)
        if db.exists() and _counts(db)[0] >= 10:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    n_articles, per_article = _counts(db)
    assert 10 <= n_articles < N
    for doc_id, n in per_article.items():  # every stored article has all its events
        assert n == expected_count(doc_id)
    assert len(per_article) == n_articles
    # a second run stores the rest (and links every event)
    done = subprocess.run(_ingest_cmd(inputs, db), env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    n_articles, per_article = _counts(db)
    assert n_articles == N and sum(per_article.values()) == sum(expected_count(f"k{i}") for i in range(N))
    store = open_store(str(db))
    rows, _ = store.query_events(
        __import__("sitrep.store", fromlist=["EventFilter"]).EventFilter(), limit=10_000
    )
    store.close()
    assert all(r["incident_id"] for r in rows)
