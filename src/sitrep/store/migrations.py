"""Versioned schema: ordered migration functions, applied in one transaction when a store opens.

Each migration takes a connection inside the open transaction and brings the schema from version
``n - 1`` to ``n``. Add a function to :data:`MIGRATIONS` to change the schema; never edit an applied one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    MetaData,
    String,
    Table,
    func,
    insert,
    inspect,
    select,
)

from sitrep.model import SitrepError
from sitrep.store import schema

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]

_V1_TABLES = (
    schema.articles,
    schema.events,
    schema.actors,
    schema.event_sources,
    schema.incidents,
    schema.incident_reports,
    schema.link_overrides,
)


def _v1_initial(conn: Connection) -> None:
    """Articles, events with their actors and sources, incidents and manual link decisions."""
    schema.metadata.create_all(conn, tables=list(_V1_TABLES))
    if conn.dialect.name == "postgresql":
        # Pages are "date DESC NULLS LAST": PostgreSQL needs the index in that order; SQLite
        # (nulls sort first, so DESC puts them last) uses ix_events_date and rejects NULLS LAST.
        shadow = MetaData()
        evs = Table("events", shadow, Column("date", String), Column("id", String))
        Index("ix_events_recent", evs.c.date.desc().nulls_last(), evs.c.id.desc()).create(conn)
        inc = Table("incidents", shadow, Column("date_last", String), Column("id", String))
        Index("ix_incidents_recent", inc.c.date_last.desc().nulls_last(), inc.c.id.desc()).create(conn)


MIGRATIONS: list[Migration] = [_v1_initial]


def current_version(conn: Connection) -> int:
    """The schema version of the database (0 for an empty one)."""
    if not inspect(conn).has_table(schema.schema_version.name):
        return 0
    return int(conn.execute(select(func.coalesce(func.max(schema.schema_version.c.version), 0))).scalar_one())


_PG_LOCK_KEY = 0x5175_6E70  # serialises concurrent migrations on one PostgreSQL database


def migrate(engine: Engine, migrations: Sequence[Migration] | None = None) -> int:
    """Apply the migrations the database lacks, in order, in one transaction; return the new version.

    An up-to-date database is only read. Writers take the lock first (SQLite ``BEGIN IMMEDIATE``, a
    PostgreSQL advisory lock) so that two processes opening a new database do not race. A database
    written by a newer sitrep (a version we do not know) is refused rather than damaged."""
    steps = list(MIGRATIONS if migrations is None else migrations)
    with engine.connect() as conn:
        have = current_version(conn)
    if have == len(steps):
        return have
    with engine.connect() as conn:
        conn.execution_options(sqlite_immediate=True)
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
            schema.metadata.create_all(conn, tables=[schema.schema_version])
            have = current_version(conn)
            if have > len(steps):
                raise SitrepError(
                    f"the database schema is version {have} but this sitrep knows only up to {len(steps)}: "
                    "upgrade sitrep"
                )
            for number, step in enumerate(steps[have:], start=have + 1):
                log.info("applying schema migration %d (%s)", number, step.__name__)
                step(conn)
                stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
                conn.execute(insert(schema.schema_version).values(version=number, applied_at=stamp))
    return len(steps)
