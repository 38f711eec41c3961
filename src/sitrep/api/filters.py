"""Query parameters shared by the list endpoints, turned into one :class:`EventFilter`.

Declared once as a FastAPI dependency so every endpoint documents and validates them the same
way in the OpenAPI document, and the store never sees an unchecked value.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, get_args

from fastapi import HTTPException, Query

from sitrep.model import EventType
from sitrep.store.base import EventFilter

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
MAX_COUNT = 10_000_000  # above any real toll; keeps values inside SQL integer range
_NUMBER = r" *[-+]?(\d+(\.\d*)?|\.\d+) *"
# Strings, not `date`: pydantic's lax dates would take "0" as 1970-01-01. The calendar is checked below.
_DATE: dict[str, Any] = {"pattern": r"^\d{4}-\d{2}-\d{2}$", "json_schema_extra": {"format": "date"}}


def _calendar_date(name: str, value: str | None) -> str | None:
    if value is not None:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise HTTPException(422, f"query parameter '{name}' is not a calendar date: {value!r}") from None
    return value


def parse_bbox(raw: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` to four floats, checked for range and order."""
    parts = raw.split(",")
    if len(parts) != 4:
        raise ValueError("bbox needs four comma-separated numbers: minlon,minlat,maxlon,maxlat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"bbox values must be numbers, got {raw!r}") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ValueError("bbox longitudes must be within -180..180")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ValueError("bbox latitudes must be within -90..90")
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError("bbox minimum must not exceed its maximum (minlon,minlat,maxlon,maxlat)")
    return (min_lon, min_lat, max_lon, max_lat)


def event_filter(
    country: Annotated[
        str | None,
        Query(
            description="ISO 3166-1 alpha-2 country code of the event location (case-insensitive).",
            pattern=r"^[A-Za-z]{2}$",
            examples=["SY"],
        ),
    ] = None,
    admin1: Annotated[
        str | None, Query(description="First-level administrative division, as the gazetteer names it.")
    ] = None,
    bbox: Annotated[
        str | None,
        Query(
            description="Bounding box `minlon,minlat,maxlon,maxlat` in WGS84 degrees.",
            examples=["35.0,32.0,42.5,37.5"],
            pattern=rf"^{_NUMBER}(,{_NUMBER}){{3}}$",
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(alias="from", description="First event date, `YYYY-MM-DD`, inclusive.", **_DATE),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(alias="to", description="Last event date, `YYYY-MM-DD`, inclusive.", **_DATE),
    ] = None,
    event_type: Annotated[
        EventType | None, Query(alias="type", description="ACLED event type, exact spelling.")
    ] = None,
    sub_event_type: Annotated[
        str | None,
        Query(alias="sub_type", description="ACLED sub-event type, exact spelling (e.g. `Armed clash`)."),
    ] = None,
    actor: Annotated[
        str | None,
        Query(description="Case-insensitive substring of actor 1 or 2, canonical name or as written."),
    ] = None,
    source: Annotated[
        str | None, Query(description="Source the report is attributed to (canonical name, e.g. `SOHR`).")
    ] = None,
    min_fatalities: Annotated[
        int | None, Query(ge=0, le=MAX_COUNT, description="Only events with at least this many deaths.")
    ] = None,
    text: Annotated[
        str | None,
        Query(alias="q", max_length=200, description="Substring of the evidence or of the article text."),
    ] = None,
    doc_id: Annotated[str | None, Query(description="Only events of this article.")] = None,
    incident_id: Annotated[
        str | None, Query(alias="incident", description="Only events of this incident.")
    ] = None,
) -> EventFilter:
    """Validate the query string into an :class:`EventFilter` (422 with a one-line reason otherwise)."""
    box = None
    if bbox is not None:
        try:
            box = parse_bbox(bbox)
        except ValueError as exc:
            raise HTTPException(422, f"query parameter 'bbox': {exc}") from None
    date_from = _calendar_date("from", date_from)
    date_to = _calendar_date("to", date_to)
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "query parameter 'from' is after 'to'")
    return EventFilter(
        country=country.upper() if country else None,
        admin1=admin1 or None,
        bbox=box,
        date_from=date_from,
        date_to=date_to,
        event_type=event_type,
        sub_event_type=sub_event_type or None,
        actor=actor or None,
        source=source or None,
        min_fatalities=min_fatalities,
        text=text or None,
        doc_id=doc_id or None,
        incident_id=incident_id or None,
    )
