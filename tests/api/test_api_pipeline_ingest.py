"""End to end: an article posted to the API goes through the real pipeline and the SQLite store,
and comes back as an incident whose highlights point at the words the extractor read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.api import create_app
from sitrep.store import open_store

pytestmark = pytest.mark.slow

TOKEN = "e2e-token"
ARTICLE = {
    "id": "e2e-fr-1",
    "lang": "fr",
    "published": "2025-06-03",
    "title": "Embuscade meurtrière dans le nord du Mali",
    "text": "Au moins huit soldats maliens ont été tués mardi dans une embuscade près de Tombouctou, "
    "a annoncé l'armée dans un communiqué. Les assaillants ont pris la fuite.",
}


@pytest.fixture
def e2e_client(tmp_path: Path) -> Iterator[TestClient]:
    pipeline = pytest.importorskip("sitrep.pipeline")
    store = open_store(str(tmp_path / "e2e.db"))
    app = create_app(
        store,
        token=TOKEN,
        extractor=pipeline.Pipeline().extract,
        pipeline_version=pipeline.PIPELINE_VERSION,
    )
    yield TestClient(app)
    store.close()


def test_posted_article_becomes_a_highlighted_incident(e2e_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    result = e2e_client.post("/api/ingest", json=ARTICLE, headers=auth).json()
    assert result["failures"] == [] and result["articles_stored"] == 1
    assert result["events_stored"] >= 1
    incidents = e2e_client.get("/api/incidents").json()["items"]
    assert incidents, "the event was not linked into an incident"
    detail = e2e_client.get(f"/api/incidents/{incidents[0]['id']}").json()
    report = detail["reports"][0]
    assert report["article"]["title"] == ARTICLE["title"]
    text = ARTICLE["text"]
    ev = report["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert report["highlights"], "no extracted field was located in the evidence"
    for h in report["highlights"]:
        assert 0 <= h["start"] < h["end"] <= len(text)
    located = {h["field"]: text[h["start"] : h["end"]] for h in report["highlights"]}
    if report.get("location") and "location" in located:
        assert located["location"].casefold() == report["location"]["text"].casefold()
