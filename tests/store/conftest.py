"""Fixtures for the store tests: SQLite files, an optional PostgreSQL, and event factories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

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
