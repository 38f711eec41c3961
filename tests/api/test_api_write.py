"""Writing endpoints: token rules, body size limit, ingest body formats, link/unlink."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from api_fakes import FakeStore
from fastapi.testclient import TestClient

from sitrep.api.write import parse_articles
from sitrep.model import SitrepError

ARTICLE = {"id": "new-1", "text": "Rebels attacked an army post at dawn. Two soldiers died.", "lang": "en"}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/ingest", ARTICLE),
        ("post", "/api/incidents/link", {"event_ids": ["a", "b"]}),
        ("post", "/api/events/some-id/unlink", None),
    ],
)
def test_writing_is_disabled_without_a_configured_token(
    client: TestClient, method: str, path: str, body: object
) -> None:
    response = client.request(method, path, json=body, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 405
    assert "disabled" in response.json()["error"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dXNlcjpwdw==", "Bearer "])
def test_missing_or_wrong_token_is_403(writer: TestClient, store: FakeStore, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = writer.post("/api/ingest", json=ARTICLE, headers=headers)
    assert response.status_code == 403
    assert "token" in response.json()["error"]
    assert not any(c.startswith("store_article") for c in store.calls)


def test_ingest_one_json_article(writer: TestClient, store: FakeStore, auth: dict[str, str]) -> None:
    response = writer.post("/api/ingest", json=ARTICLE, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "articles_seen": 1,
        "articles_stored": 1,
        "articles_unchanged": 0,
        "events_stored": 1,
        "failures": [],
    }
    assert writer.get("/api/articles/new-1").json()["events"][0]["evidence"]["start"] == 0
    again = writer.post("/api/ingest", json=ARTICLE, headers=auth).json()
    assert again["articles_unchanged"] == 1
    undated = writer.get("/api/incidents", params={"q": "army post"}).json()["items"]
    assert [i["date"] for i in undated] == [None]
    assert writer.get("/api/summary", params={"by": "day"}).json()[-1] == {
        "key": None,
        "events": 1,
        "fatalities": 0,
    }


def test_ingest_jsonl_and_json_list(writer: TestClient, auth: dict[str, str]) -> None:
    lines = [dict(ARTICLE, id=f"l{i}") for i in range(3)]
    jsonl = "\n".join(json.dumps(a) for a in lines) + "\n"
    headers = auth | {"Content-Type": "application/x-ndjson"}
    assert writer.post("/api/ingest", content=jsonl, headers=headers).json()["articles_stored"] == 3
    listed = [dict(ARTICLE, id=f"j{i}") for i in range(2)]
    assert writer.post("/api/ingest", json=listed, headers=auth).json()["articles_stored"] == 2


def test_ingest_reports_the_bad_line(writer: TestClient, auth: dict[str, str]) -> None:
    body = json.dumps(ARTICLE) + "\n{not json\n"
    response = writer.post("/api/ingest", content=body, headers=auth)
    assert response.status_code == 422
    assert response.json()["error"].startswith("line 2: not valid JSON")


def test_ingest_without_pipeline_is_503(make_client: Callable[..., TestClient], auth: dict[str, str]) -> None:
    client = make_client(token="test-token-123")
    response = client.post("/api/ingest", json=ARTICLE, headers=auth)
    assert response.status_code == 503


def test_body_over_the_limit_is_413(writer: TestClient, store: FakeStore, auth: dict[str, str]) -> None:
    big = dict(ARTICLE, text="word " * 20_000)  # 100 kB > 64 kB limit of the fixture
    response = writer.post("/api/ingest", json=big, headers=auth)
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]
    assert not any(c.startswith("store_article") for c in store.calls)


def test_streamed_body_without_length_is_limited_too(writer: TestClient, auth: dict[str, str]) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 1000

    response = writer.post("/api/ingest", content=chunks(), headers=auth)
    assert response.status_code == 413


def test_link_and_unlink(writer: TestClient, store: FakeStore, auth: dict[str, str]) -> None:
    ids = [e["id"] for e in store.events if e["doc_id"] in ("fr-gao-0305", "fr-mopti-0316")]
    linked = writer.post("/api/incidents/link", json={"event_ids": ids}, headers=auth)
    assert linked.status_code == 200, linked.text
    incident = linked.json()["incident_id"]
    assert writer.get(f"/api/incidents/{incident}").json()["report_count"] == 2
    split = writer.post(f"/api/events/{ids[1]}/unlink", headers=auth).json()["incident_id"]
    assert split != incident
    assert writer.get(f"/api/incidents/{incident}").json()["report_count"] == 1


@pytest.mark.parametrize("ids", [["only-one"], ["same", "same"], ["", "x"], "not-a-list"])
def test_link_validates_its_body(writer: TestClient, auth: dict[str, str], ids: object) -> None:
    response = writer.post("/api/incidents/link", json={"event_ids": ids}, headers=auth)
    assert response.status_code == 422
    assert "event_ids" in response.json()["error"]


def test_unknown_event_ids_are_404_with_the_store_message(writer: TestClient, auth: dict[str, str]) -> None:
    response = writer.post("/api/events/ev-missing/unlink", headers=auth)
    assert response.status_code == 404
    assert response.json()["error"] == "no such event: ev-missing"
    response = writer.post("/api/incidents/link", json={"event_ids": ["ev-a", "ev-b"]}, headers=auth)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "empty"),
        (b"\xff\xfe", "UTF-8"),
        (b'{"id": "x"}', "text"),
        (b'[{"text": "ok"}, 3]', "item 2"),
        (b'{"text": "ok", "title": 5}', "title"),
        (b'{"text": "a"}\n\n{"text": "b"}\n', None),
    ],
)
def test_parse_articles(body: bytes, needle: str | None) -> None:
    if needle is None:
        articles = parse_articles(body)
        assert [a.text for a in articles] == ["a", "b"]
        assert all(a.id.startswith("sha1-") for a in articles)
    else:
        with pytest.raises(SitrepError, match=needle):
            parse_articles(body)


def test_too_many_articles_in_one_request_is_413(writer: TestClient, auth: dict[str, str]) -> None:
    many = [{"id": f"m{i}", "text": "x"} for i in range(501)]
    response = writer.post("/api/ingest", json=many, headers=auth)
    assert response.status_code == 413
    assert "at most 500" in response.json()["error"]
