"""The API over the real SQLite store: the contract between the two, end to end."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _beni(client: TestClient) -> dict[str, object]:
    items = client.get("/api/incidents", params={"country": "CD", "min_fatalities": 10}).json()["items"]
    assert len(items) == 1
    return dict(items[0])


def test_events_filters_and_pages(sql_client: TestClient) -> None:
    assert sql_client.get("/api/events").json()["total"] == 12
    assert sql_client.get("/api/events", params={"country": "sy", "type": "Battles"}).json()["total"] == 1
    assert sql_client.get("/api/events", params={"bbox": "25,-5,35,5"}).json()["total"] == 3
    assert (
        sql_client.get("/api/events", params={"from": "2026-03-10", "to": "2026-03-12"}).json()["total"] == 4
    )
    page = sql_client.get("/api/events", params={"limit": 5, "offset": 10}).json()
    assert (len(page["items"]), page["total"]) == (2, 12)


def test_incidents_link_the_two_reports_of_one_attack(sql_client: TestClient) -> None:
    beni = _beni(sql_client)
    assert beni["report_count"] == 2
    assert (beni["fatalities_low"], beni["fatalities_high"]) == (17, 18)
    detail = sql_client.get(f"/api/incidents/{beni['id']}").json()
    titles = {r["article"]["title"] for r in detail["reports"]}
    assert titles == {
        "Villagers killed in overnight raid near Beni",
        "Nouvelle attaque meurtrière près de Beni",
    }
    for report in detail["reports"]:
        fields = {h["field"] for h in report["highlights"]}
        assert {"actor1", "actor2", "location", "fatalities"} <= fields


def test_article_and_summary(sql_client: TestClient) -> None:
    article = sql_client.get("/api/articles/fr-djibo-0311").json()
    (event,) = article["events"]
    spans = {h["field"]: article["text"][h["start"] : h["end"]] for h in event["highlights"]}
    assert spans["actor1"] == "Des hommes armés" and spans["actor2"] == "quatre enseignants"
    rows = sql_client.get("/api/summary", params={"by": "country"}).json()
    assert {r["key"]: r["events"] for r in rows}["CD"] == 3
    assert sql_client.get("/api/articles/none").status_code == 404
    assert sql_client.get("/api/incidents/inc-none").status_code == 404


def test_unlink_then_link_back(sql_client: TestClient, auth: dict[str, str]) -> None:
    beni = _beni(sql_client)
    reports = sql_client.get(f"/api/incidents/{beni['id']}").json()["reports"]
    ids = [r["id"] for r in reports]
    split = sql_client.post(f"/api/events/{ids[1]}/unlink", headers=auth)
    assert split.status_code == 200, split.text
    assert sql_client.get("/api/incidents", params={"country": "CD"}).json()["total"] == 3
    joined = sql_client.post("/api/incidents/link", json={"event_ids": ids}, headers=auth)
    assert joined.status_code == 200, joined.text
    assert sql_client.get("/api/incidents", params={"country": "CD"}).json()["total"] == 2
    missing = sql_client.post("/api/events/ev-nothing/unlink", headers=auth)
    assert missing.status_code == 404 and "ev-nothing" in missing.json()["error"]


def test_ingest_stores_and_links(sql_client: TestClient, auth: dict[str, str]) -> None:
    body = {"id": "new-sql", "text": "Gunmen attacked a checkpoint overnight. Nobody was hurt.", "lang": "en"}
    result = sql_client.post("/api/ingest", json=body, headers=auth).json()
    assert (result["articles_stored"], result["events_stored"], result["failures"]) == (1, 1, [])
    assert sql_client.get("/api/events", params={"doc_id": "new-sql"}).json()["items"][0]["incident_id"]
    assert sql_client.post("/api/ingest", json=body, headers=auth).json()["articles_unchanged"] == 1
