"""The store interface that the CLI, the API and the web page use; backends implement it.

Records crossing this interface are plain dicts in the JSON form of ``spec/EVENT_RECORD.md``
(events) plus store fields (``incident_id``, ``article`` ...), so the API can return them as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitrep.model import Article, Event, SitrepError


class UnknownEventError(SitrepError, LookupError):
    """Event ids that are not in the store: a user error (CLI) and a lookup miss (API: 404).

    ``args[0]`` is the missing ids, comma-separated."""

    def __init__(self, event_ids: list[str]) -> None:
        super().__init__(", ".join(event_ids))
        self.event_ids = event_ids

    def __str__(self) -> str:
        return f"no such event: {', '.join(self.event_ids)}"


@dataclass
class EventFilter:
    """Filters shared by `sitrep query`, `sitrep export` and the REST API (all optional, ANDed)."""

    country: str | None = None  # ISO alpha-2
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    date_from: str | None = None  # YYYY-MM-DD inclusive
    date_to: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # matches actor1/actor2 canonical name or text, case-insensitive substring
    source: str | None = None
    min_fatalities: int | None = None
    text: str | None = None  # substring of the evidence or the article text
    doc_id: str | None = None
    incident_id: str | None = None


@dataclass
class IngestReport:
    articles_seen: int = 0
    articles_stored: int = 0  # new or replaced
    articles_unchanged: int = 0
    events_stored: int = 0
    failures: list[str] = field(default_factory=list)  # one line per failed article


class Store(Protocol):
    """What every backend (SQLite, PostgreSQL) offers."""

    def store_article(self, article: Article, events: list[Event], pipeline_version: str) -> bool:
        """Atomically store an article and its events; replace older-pipeline results.

        Returns False when the same article (url or text) with the same pipeline version is already
        stored (nothing written)."""
        ...

    def query_events(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """A page of events (newest first) and the total count matching the filter."""
        ...

    def iter_events(self, flt: EventFilter) -> Iterable[dict[str, Any]]: ...

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event dict (with ``incident_id`` and ``article``), or None."""
        ...

    def get_article(self, doc_id: str) -> dict[str, Any] | None:
        """The article (id, text, title, published, url, outlet, lang) and its events."""
        ...

    def list_incidents(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Incidents (linked reports): id, event_type, sub_event_type, location, date, fatalities
        low/best/high, sources, report count."""
        ...

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with every report (event dict + its article id/title/url + evidence)."""
        ...

    def summary(self, flt: EventFilter, by: str) -> list[dict[str, Any]]:
        """Counts and fatalities grouped by ``day`` | ``type`` | ``country``."""
        ...

    def link(self, event_ids: list[str]) -> str:
        """Put these events in one incident (manual link); returns the incident id."""
        ...

    def unlink(self, event_id: str) -> str:
        """Take an event out of its incident into its own; returns the new incident id."""
        ...

    def close(self) -> None: ...
