"""Read endpoints over the fake store: filters, pagination, 404s, validation messages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from api_fakes import FakeStore
from fastapi.testclient import TestClient

from sitrep.api import create_app


def test_health_says_read_only(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["writable"] is False


def test_events_page_has_total_and_newest_first(client: TestClient) -> None:
    body = client.get("/api/events", params={"limit": 3}).json()
    assert body["total"] == 12
    assert (body["limit"], body["offset"]) == (3, 0)
    dates = [e["date"] for e in body["items"]]
    assert len(dates) == 3 and dates == sorted(dates, reverse=True)
    assert {"id", "doc_id", "event_type", "evidence", "reported_by", "incident_id"} <= set(body["items"][0])


def test_pagination_walks_every_event_once(client: TestClient) -> None:
    seen: list[str] = []
    for offset in range(0, 12, 5):
        body = client.get("/api/events", params={"limit": 5, "offset": offset}).json()
        seen += [e["id"] for e in body["items"]]
    assert len(seen) == len(set(seen)) == 12
    assert client.get("/api/events", params={"offset": 100}).json()["items"] == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "cd"}, 3),  # case-insensitive ISO code
        ({"country": "SY", "type": "Battles"}, 1),
        ({"from": "2026-03-10", "to": "2026-03-12"}, 4),
        ({"actor": "islamic state"}, 2),
        ({"source": "SOHR"}, 3),
        ({"min_fatalities": 15}, 3),
        ({"q": "enseignants"}, 1),
        ({"sub_type": "Air/drone strike"}, 2),
        ({"bbox": "25,-5,35,5"}, 3),  # Goma and Beni (x2)
        ({"admin1": "North Kivu"}, 3),
        ({"doc_id": "fr-gao-0305"}, 1),
        ({"incident": "inc-beni"}, 2),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, object], expected: int) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == expected


def test_incidents_merge_reports_and_flatten_fatalities(client: TestClient) -> None:
    body = client.get("/api/incidents", params={"country": "CD"}).json()
    assert body["total"] == 2
    beni = next(i for i in body["items"] if i["id"] == "inc-beni")
    assert (beni["fatalities_low"], beni["fatalities_high"], beni["report_count"]) == (17, 18, 2)
    assert "reports" not in beni


def test_incident_detail_has_articles_and_highlights(client: TestClient) -> None:
    body = client.get("/api/incidents/inc-deir").json()
    assert len(body["reports"]) == 2
    for report in body["reports"]:
        assert report["article"]["title"] and report["article"]["url"].startswith("https://")
        fields = {h["field"] for h in report["highlights"]}
        assert {"actor2", "location", "reported_by", "fatalities"} <= fields
        ev = report["evidence"]
        assert all(ev["start"] <= h["start"] < h["end"] <= ev["end"] for h in report["highlights"])


def test_article_highlights_point_at_the_written_words(client: TestClient) -> None:
    body = client.get("/api/articles/fr-idlib-0312").json()
    text = body["text"]
    (event,) = body["events"]
    spans = {h["field"]: text[h["start"] : h["end"]] for h in event["highlights"]}
    assert spans["actor1"] == "l'armée syrienne"
    assert spans["actor2"] == "Hayat Tahrir al-Cham"
    assert spans["location"] == "province d'Idlib"
    assert spans["fatalities"] == "9"
    assert spans["reported_by"] == "l'OSDH"


@pytest.mark.parametrize("path", ["/api/incidents/inc-nope", "/api/articles/nope", "/api/nothing"])
def test_unknown_records_are_404_with_a_message(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["error"]


@pytest.mark.parametrize("by", ["day", "type", "country"])
def test_summary_groups(client: TestClient, by: str) -> None:
    rows = client.get("/api/summary", params={"by": by}).json()
    assert sum(r["events"] for r in rows) == 12
    assert all(r["key"] for r in rows)


def test_summary_respects_filters(client: TestClient) -> None:
    rows = client.get("/api/summary", params={"by": "type", "country": "ML"}).json()
    assert {r["key"]: r["events"] for r in rows} == {"Battles": 1, "Protests": 1}


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "10,5,0,6"}, "minimum"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"from": "2026-02-30"}, "calendar date"),
        ({"from": "yesterday"}, "from"),
        ({"to": "0445-42-97"}, "calendar date"),
        ({"to": "0"}, "to"),
        ({"min_fatalities": 10**20}, "min_fatalities"),
        ({"from": "2026-03-10", "to": "2026-03-01"}, "after"),
        ({"type": "Skirmish"}, "Violence against civilians"),
        ({"country": "France"}, "country"),
        ({"limit": 0}, "limit"),
        ({"limit": 5000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"min_fatalities": "many"}, "min_fatalities"),
    ],
)
def test_invalid_parameters_get_a_clear_422(
    client: TestClient, params: dict[str, object], needle: str
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert needle in body["error"]
    assert "\n" not in body["error"]


def test_summary_rejects_unknown_grouping(client: TestClient) -> None:
    response = client.get("/api/summary", params={"by": "week"})
    assert response.status_code == 422
    assert "by" in response.json()["error"]


def test_openapi_documents_endpoints_and_parameters(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in [
        "/api/events",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/articles/{doc_id}",
        "/api/summary",
        "/api/health",
        "/api/ingest",
        "/api/incidents/link",
        "/api/events/{event_id}/unlink",
    ]:
        assert path in paths, path
    params = {p["name"]: p for p in paths["/api/events"]["get"]["parameters"]}
    assert {
        "country",
        "admin1",
        "bbox",
        "from",
        "to",
        "type",
        "sub_type",
        "actor",
        "source",
        "min_fatalities",
        "q",
        "limit",
        "offset",
    } <= set(params)
    assert all(p.get("description") for p in params.values())
    assert "Battles" in params["type"]["schema"]["anyOf"][0]["enum"]
    assert "HTTPBearer" in doc["components"]["securitySchemes"]
    assert paths["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
    error_ref = {"$ref": "#/components/schemas/ErrorOut"}
    assert (
        paths["/api/events"]["get"]["responses"]["422"]["content"]["application/json"]["schema"] == error_ref
    )
    assert paths["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/EventPage"
    }


def test_page_and_config_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/js/main.js" in page.text
    assert "https://" not in page.text  # offline: no CDN
    assert client.get("/static/app.css").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text and "https://" not in docs.text
    assert client.get("/api/config").json() == {"tiles_url": None, "writable": False, "version": "0.1.0"}


def test_tiles_url_reaches_the_page_config(make_client: Callable[..., TestClient]) -> None:
    client = make_client(tiles_url="http://127.0.0.1:8080/{z}/{x}/{y}.png", token="t")
    assert client.get("/api/config").json()["tiles_url"] == "http://127.0.0.1:8080/{z}/{x}/{y}.png"
    assert client.get("/api/health").json()["writable"] is True


def test_page_policy_allows_only_this_server_and_the_tile_host(
    make_client: Callable[..., TestClient],
) -> None:
    offline = make_client().get("/").headers["content-security-policy"]
    assert "img-src 'self' data:;" in offline and "script-src 'self';" in offline
    tiled = make_client(tiles_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png").get("/")
    assert "img-src 'self' data: https://*.tiles.example.org;" in tiled.headers["content-security-policy"]


def test_wrong_method_is_405_with_allow(client: TestClient) -> None:
    response = client.delete("/api/events")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["status"] == 405


def test_store_failure_is_a_json_500(store: FakeStore) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    store.query_events = broken  # type: ignore[method-assign]
    client = TestClient(create_app(store), raise_server_exceptions=False)
    response = client.get("/api/events")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: see the server log", "status": 500}
