"""Fixtures for the API tests: an in-memory fake store with sample records, and clients over it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from api_fakes import FakeStore
from api_sample import sample_pairs

from sitrep.api import create_app
from sitrep.model import Article, Event, Span
from sitrep.store import Store, open_store

TOKEN = "test-token-123"


def fake_extractor(article: Article) -> list[Event]:
    """One event per article, evidence = the first sentence; stands in for the pipeline."""
    end = article.text.find(".")
    end = len(article.text) if end < 0 else end + 1
    return [
        Event(
            doc_id=article.id,
            event_type="Battles",
            sub_event_type="Armed clash",
            evidence=Span(0, end, article.text[:end]),
            lang=article.lang or "en",
        )
    ]


@pytest.fixture
def store() -> FakeStore:
    return FakeStore.sample()


@pytest.fixture
def client(store: FakeStore) -> TestClient:
    """A read-only server (no token)."""
    return TestClient(create_app(store))


@pytest.fixture
def writer(store: FakeStore) -> TestClient:
    """A server with writing enabled, a fake extractor and a small body limit."""
    return TestClient(create_app(store, token=TOKEN, extractor=fake_extractor, max_body_bytes=64_000))


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def make_client(store: FakeStore) -> Callable[..., TestClient]:
    def make(**kwargs: object) -> TestClient:
        return TestClient(create_app(store, **kwargs))  # type: ignore[arg-type]

    return make


@pytest.fixture
def sql_store(tmp_path: Path) -> Iterator[Store]:
    """The real SQLite store holding the sample articles, linked into incidents by its own linker."""
    store = open_store(str(tmp_path / "api.db"))
    for article, events, _ in sample_pairs():
        store.store_article(article, events, "test")
    store.link_pending()
    yield store
    store.close()


@pytest.fixture
def sql_client(sql_store: Store) -> TestClient:
    return TestClient(create_app(sql_store, token=TOKEN, extractor=fake_extractor))
