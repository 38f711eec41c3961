"""Quality gate: dev-corpus figures must not drop below their floors.

Reads the shared gold articles (../shared/corpus/dev) and scorer; skipped when they are absent,
so the project's own suite still passes on a machine that only has the repository.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score_events.py"

# Measured figures minus a small margin; raise them as the extractor improves.
FLOORS = {
    "f1": 0.84,
    "event_type": 0.95,
    "sub_event_type": 0.86,
    "fatalities": 0.92,
    "geo161": 0.88,
    "actor1": 0.84,
    "source": 0.84,
}
SEED_FLOORS = {"f1": 0.9, "fatalities": 1.0}
UCDP = SHARED / "data" / "ucdp_car_fr_dev.jsonl"
UCDP_FLOORS = {"recall": 0.78, "geo161": 0.52}

pytestmark = [
    pytest.mark.quality,
    pytest.mark.slow,
    pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="../shared gold corpus not present"),
]


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _predict(pipeline: Any, gold: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    from sitrep.model import Article

    preds: dict[str, list[dict[str, Any]]] = {}
    for doc in gold:
        art = Article(id=doc["id"], text=doc["text"], published=doc.get("published"), lang=doc.get("lang"))
        preds[str(doc["id"])] = [json.loads(json.dumps(e.to_dict())) for e in pipeline.extract(art)]
    return preds


@pytest.fixture(scope="module")
def scored(pipeline) -> tuple[dict[str, Any], dict[str, Any]]:
    scorer = _scorer()
    gold = scorer.load_gold(DEV)
    preds = _predict(pipeline, gold)
    seed = [d for d in gold if d["id"] == "seed-fr-000"]
    return scorer.score(gold, preds), scorer.score(seed, preds)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_corpus_floor(scored, metric: str) -> None:
    value = scored[0][metric]
    assert value is not None and value >= FLOORS[metric], f"{metric}={value} < {FLOORS[metric]}"


@pytest.mark.parametrize("metric", sorted(SEED_FLOORS))
def test_seed_article_floor(scored, metric: str) -> None:
    value = scored[1][metric]
    assert value is not None and value >= SEED_FLOORS[metric], f"seed {metric}={value}"


@pytest.mark.skipif(not UCDP.is_file(), reason="UCDP headlines not present")
def test_french_headlines_recall(pipeline) -> None:
    scorer = _scorer()
    gold = scorer.load_gold(UCDP)
    out = scorer.score(gold, _predict(pipeline, gold))
    for metric, floor in UCDP_FLOORS.items():
        assert out[metric] is not None and out[metric] >= floor, f"ucdp {metric}={out[metric]}"
