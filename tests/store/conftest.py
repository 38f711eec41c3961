"""Fixtures for the store tests: SQLite files, an optional PostgreSQL, and event factories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sitrep.model import Actor, Article, Event, Place, Source, Span
from sitrep.store import SqlStore, open_store

PG_URL = os.environ.get("SITREP_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    """Empty the test database: drop and recreate its public schema."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database: a SQLite file, or the emptied PostgreSQL of SITREP_TEST_PG_URL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    if not PG_URL:
        pytest.skip("SITREP_TEST_PG_URL is not set (run .ci/postgres.sh)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(db_url: str) -> Iterator[SqlStore]:
    s = open_store(db_url)
    yield s
    s.close()


TEXT = (
    "Des hommes armés ont attaqué le village. Douze personnes ont été tuées selon un élu local. "
    "Une deuxième attaque a visé le marché le lendemain."
)


def article(doc_id: str, text: str = TEXT, **kw: Any) -> Article:
    """An article whose text is unique to its id unless ``text`` is given."""
    body = text if text is not TEXT else f"{TEXT} [{doc_id}]"
    return Article(id=doc_id, text=body, lang=kw.pop("lang", "fr"), **kw)


def event(
    doc_id: str,
    *,
    etype: str = "Violence against civilians",
    sub: str = "Attack",
    start: int = 0,
    place: str | None = "Boni",
    lat: float | None = 15.05,
    lon: float | None = -2.2,
    country: str | None = "ML",
    admin1: str | None = "Mopti",
    precision: int = 1,
    date: str | None = "2024-03-01",
    fatalities: int | None = None,
    actor1: tuple[str, str] | None = ("Unidentified Armed Group (Mali)", "unidentified"),
    actor2: tuple[str, str] | None = ("Civilians (Mali)", "civilians"),
    sources: tuple[str, ...] = (),
    lang: str = "fr",
) -> Event:
    loc = None
    if place is not None or lat is not None:
        loc = Place(
            name=place or "?",
            text=place or "?",
            country=country,
            lat=lat,
            lon=lon,
            admin1=admin1,
            precision=precision,
        )
    return Event(
        doc_id=doc_id,
        event_type=etype,
        sub_event_type=sub,
        evidence=Span(start, start + 40, TEXT[start : start + 40]),
        lang=lang,
        actor1=Actor(name=actor1[0], text=actor1[0], kind=actor1[1]) if actor1 else None,
        actor2=Actor(name=actor2[0], text=actor2[0], kind=actor2[1]) if actor2 else None,
        location=loc,
        date=date,
        date_precision="day" if date else None,
        fatalities=fatalities,
        fatalities_qualifier="exact" if fatalities is not None else None,
        reported_by=[Source(name=s, text=s) for s in sources],
        confidence=0.8,
    )
