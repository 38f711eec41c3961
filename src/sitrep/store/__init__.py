"""Event store: SQLite by default, PostgreSQL for shared deployments (see :mod:`sitrep.store.base`)."""

from sitrep.store.base import EventFilter, IngestReport, Store

__all__ = ["EventFilter", "IngestReport", "Store"]
