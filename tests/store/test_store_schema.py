"""Schema versioning: migrations apply once, in order, and a newer database is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, inspect, select, text

from sitrep.model import SitrepError
from sitrep.store import open_store, schema
from sitrep.store.migrations import MIGRATIONS, current_version, migrate


def test_new_database_gets_every_table_and_the_latest_version(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "a.db"))
    with store.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        assert current_version(conn) == len(MIGRATIONS)
    store.close()
    expected = {"articles", "events", "actors", "event_sources", "incidents", "incident_reports"}
    assert expected | {"link_overrides", "schema_version"} <= names


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "a.db")
    open_store(path).close()
    store = open_store(path)
    with store.engine.connect() as conn:
        versions = list(conn.execute(select(schema.schema_version.c.version)).scalars())
    store.close()
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_later_migrations_run_in_order_on_an_existing_database(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'b.db'}")
    migrate(engine)
    calls: list[str] = []

    def add_note_column(conn: Connection) -> None:
        calls.append("2")
        conn.execute(text("ALTER TABLE articles ADD COLUMN note TEXT"))

    def add_index(conn: Connection) -> None:
        calls.append("3")
        conn.execute(text("CREATE INDEX ix_articles_note ON articles (note)"))

    assert migrate(engine, [*MIGRATIONS, add_note_column, add_index]) == len(MIGRATIONS) + 2
    assert migrate(engine, [*MIGRATIONS, add_note_column, add_index]) == len(MIGRATIONS) + 2
    assert calls == ["2", "3"]
    with engine.connect() as conn:
        assert "note" in {c["name"] for c in inspect(conn).get_columns("articles")}
    engine.dispose()


def test_a_database_from_a_newer_sitrep_is_refused(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    migrate(engine, [*MIGRATIONS, lambda conn: None])
    engine.dispose()
    with pytest.raises(SitrepError, match="upgrade sitrep"):
        open_store(str(tmp_path / "c.db"))


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "w.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_bad_locations_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(SitrepError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "x.db"))
    with pytest.raises(SitrepError, match="unsupported database URL"):
        open_store("mysql://u@h/db")


def test_postgres_without_its_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    with pytest.raises(SitrepError, match=r"install sitrep\[postgres\]"):
        open_store("postgresql://u:p@127.0.0.1:1/db")
