"""Event store: SQLite by default, PostgreSQL for shared deployments (see :mod:`sitrep.store.base`).

``open_store("sitrep.db")`` or ``open_store("postgresql://user:pw@host/db")`` returns a
:class:`~sitrep.store.base.Store`; the schema is created or migrated on open.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from sitrep.model import SitrepError
from sitrep.store.base import EventFilter, IngestReport, Store, UnknownEventError
from sitrep.store.ingest import ingest
from sitrep.store.sql import SqlStore

__all__ = ["EventFilter", "IngestReport", "SqlStore", "Store", "UnknownEventError", "ingest", "open_store"]

_PG_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def _sqlite_engine(url: URL) -> Engine:
    memory = url.database in (None, "", ":memory:")
    kwargs: dict[str, Any] = {"poolclass": StaticPool} if memory else {}
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash safe
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres_engine(target: str) -> Engine:
    if importlib.util.find_spec("psycopg") is None:
        raise SitrepError("PostgreSQL needs the psycopg driver: install sitrep[postgres]")
    url = make_url(target).set(drivername="postgresql+psycopg")
    return create_engine(url, pool_pre_ping=True)


def open_store(url_or_path: str) -> SqlStore:
    """Open (creating and migrating) the store at a SQLite path, ``sqlite:///path`` or ``postgresql://``."""
    if url_or_path.startswith(_PG_SCHEMES):
        engine = _postgres_engine(url_or_path)
    elif url_or_path.startswith("sqlite:"):
        engine = _sqlite_engine(make_url(url_or_path))
    elif "://" in url_or_path:
        raise SitrepError(
            f"unsupported database URL {url_or_path.split('://')[0]}://: use a file path or postgresql://"
        )
    else:
        path = Path(url_or_path).expanduser()
        if url_or_path != ":memory:" and not path.parent.is_dir():
            raise SitrepError(f"cannot create the database {path}: folder {path.parent} does not exist")
        database = ":memory:" if url_or_path == ":memory:" else str(path)
        engine = _sqlite_engine(URL.create("sqlite+pysqlite", database=database))
    try:
        return SqlStore(engine)
    except SitrepError:
        engine.dispose()
        raise
    except Exception as exc:  # a connection or permission problem, shown as one line
        engine.dispose()
        raise SitrepError(
            f"cannot open the database {engine.url.render_as_string(hide_password=True)}: {exc}"
        ) from exc
