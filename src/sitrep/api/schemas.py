"""Response and request bodies, for validation and for a real OpenAPI document.

Records are the JSON form of ``spec/EVENT_RECORD.md``; the models name the contract's fields and
allow extra ones (``extra="allow"``), since the contract says more fields may be added.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorOut(_Open):
    name: str | None = Field(None, description="Canonical English name.")
    text: str | None = Field(None, description="As written in the article.")
    kind: str | None = None
    country: str | None = None
    wikidata: str | None = None


class PlaceOut(_Open):
    name: str | None = Field(None, description="Gazetteer name.")
    text: str | None = Field(None, description="As written in the article.")
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int | None = Field(None, description="1 the town itself, 2 near/part of, 3 only a region.")


class SpanOut(_Open):
    text: str | None = None
    start: int
    end: int


class SourceOut(_Open):
    name: str
    text: str | None = None


class Highlight(BaseModel):
    field: str = Field(description="actor1, actor2, location, reported_by, date, fatalities, trigger...")
    start: int = Field(description="Offset into the article text.")
    end: int = Field(description="Offset into the article text, exclusive.")


class ArticleRef(_Open):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class EventOut(_Open):
    id: str
    doc_id: str
    event_type: str
    sub_event_type: str | None = None
    actor1: ActorOut | None = None
    actor2: ActorOut | None = None
    location: PlaceOut | None = None
    date: str | None = None
    date_precision: str | None = None
    fatalities: int | None = None
    fatalities_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    reported_by: list[SourceOut] = []
    modality: str | None = None
    evidence: SpanOut | None = None
    confidence: float | None = None
    lang: str | None = None
    incident_id: str | None = None


class ReportOut(EventOut):
    """One report of an incident: the event, where it was read, and what to highlight."""

    article: ArticleRef | None = None
    highlights: list[Highlight] = []


class EventPage(BaseModel):
    items: list[EventOut]
    total: int = Field(description="Events matching the filter, over all pages.")
    limit: int
    offset: int


class IncidentOut(_Open):
    id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    location: PlaceOut | None = None
    date: str | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    sources: list[Any] = []
    report_count: int | None = None


class IncidentDetail(IncidentOut):
    reports: list[ReportOut] = []


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    total: int
    limit: int
    offset: int


class ArticleEvent(EventOut):
    highlights: list[Highlight] = []


class ArticleOut(_Open):
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    events: list[ArticleEvent] = []


class SummaryRow(_Open):
    key: str | None = Field(None, description="The day, event type or country code of this group.")
    events: int | None = None
    fatalities: int | None = None


class Health(BaseModel):
    status: str
    version: str
    writable: bool = Field(description="Whether the writing endpoints are enabled (a token is set).")


class ClientConfig(BaseModel):
    tiles_url: str | None = Field(description="Raster tile URL template, or null for country outlines.")
    writable: bool
    version: str


class ArticleIn(BaseModel):
    """One input article, as in `spec/EVENT_RECORD.md` (a missing id is a hash of the text)."""

    id: str | None = Field(None, description="Stable article id.")
    text: str = Field(min_length=1, pattern=r"\S", description="The article body.")
    title: str | None = None
    published: str | None = Field(None, description="`YYYY-MM-DD[THH:MM]`: dates are resolved against it.")
    url: str | None = None
    outlet: str | None = None
    lang: str | None = Field(None, description="Language code; detected when missing.")


class LinkRequest(BaseModel):
    event_ids: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        min_length=2,
        json_schema_extra={"uniqueItems": True},
        description="Two or more distinct event ids; the incident of the first one receives the others.",
    )

    @field_validator("event_ids")
    @classmethod
    def _distinct(cls, ids: list[str]) -> list[str]:
        if len(set(ids)) != len(ids):
            raise ValueError("event ids must be distinct")
        return ids


class IncidentRef(BaseModel):
    incident_id: str


class IngestResult(BaseModel):
    articles_seen: int
    articles_stored: int
    articles_unchanged: int
    events_stored: int
    failures: list[str]


class ErrorOut(BaseModel):
    error: str = Field(description="One-line reason.")
    status: int
    fields: list[dict[str, Any]] | None = Field(None, description="Per-field validation errors, if any.")
