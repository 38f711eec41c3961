"""Read-only endpoints: events, incidents, articles, summaries, health.

Every query goes through the injected :class:`Store`; endpoints are plain functions (run in the
thread pool) because the store backends are synchronous.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from sitrep import __version__
from sitrep.api.filters import event_filter
from sitrep.api.highlight import with_highlights
from sitrep.api.schemas import (
    ArticleOut,
    ErrorOut,
    EventPage,
    Health,
    IncidentDetail,
    IncidentPage,
    SummaryRow,
)
from sitrep.store.base import EventFilter, Store

MAX_PAGE = 1000

# List endpoints return JSONResponse directly: the records come from the store in their contract
# form, and re-validating pages of them through the response models cost 4x the JSON encoding.
# The models stay in the decorators, so the OpenAPI document still describes the responses.

router = APIRouter(
    prefix="/api",
    responses={422: {"model": ErrorOut, "description": "Invalid parameter: `error` says which and why."}},
)

Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, description="Records to skip: the page start.")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such record."}}


def get_store(request: Request) -> Store:
    """The store the application was created with."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


@router.get("/health", tags=["meta"], summary="Liveness and mode")
def health(request: Request) -> Health:
    """The server is up; ``writable`` says whether the writing endpoints are enabled."""
    return Health(status="ok", version=__version__, writable=request.app.state.token is not None)


@router.get("/events", tags=["events"], summary="Events matching a filter", response_model=EventPage)
def list_events(store: StoreDep, flt: Filter, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    """A page of event records (newest first) and the total count matching the filter."""
    items, total = store.query_events(flt, limit=limit, offset=offset)
    return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset})


@router.get(
    "/incidents", tags=["incidents"], summary="Incidents matching a filter", response_model=IncidentPage
)
def list_incidents(store: StoreDep, flt: Filter, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    """A page of incidents (reports of one event linked together), with fatality ranges and sources."""
    items, total = store.list_incidents(flt, limit=limit, offset=offset)
    page = {"items": [normalize_incident(i) for i in items], "total": total, "limit": limit, "offset": offset}
    return JSONResponse(page)


@router.get(
    "/incidents/{incident_id}",
    tags=["incidents"],
    summary="One incident with every report",
    response_model=IncidentDetail,
    responses=NOT_FOUND,
)
def get_incident(
    store: StoreDep, incident_id: Annotated[str, Path(description="Incident id.")]
) -> dict[str, Any]:
    """Each report with its article's title/url and the offsets of its evidence and fields."""
    incident = store.get_incident(incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    out = normalize_incident(incident)
    out["reports"] = [_report(r) for r in incident.get("reports") or []]
    return out


@router.get(
    "/articles/{doc_id}",
    tags=["articles"],
    summary="One article with its events",
    response_model=ArticleOut,
    responses=NOT_FOUND,
)
def get_article(store: StoreDep, doc_id: Annotated[str, Path(description="Article id.")]) -> dict[str, Any]:
    """The article text and its events, each with evidence and field offsets to highlight."""
    article = store.get_article(doc_id)
    if article is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    out = dict(article)
    out["events"] = [with_highlights(e) for e in article.get("events") or []]
    return out


@router.get(
    "/summary", tags=["events"], summary="Counts per day, type or country", response_model=list[SummaryRow]
)
def summary(
    store: StoreDep,
    flt: Filter,
    by: Annotated[Literal["day", "type", "country"], Query(description="What to group by.")] = "day",
) -> list[dict[str, Any]]:
    """Event counts and fatalities per group (``key``, ``events``, ``fatalities``), for charts."""
    return [_summary_row(row, by) for row in store.summary(flt, by)]


def normalize_incident(incident: dict[str, Any]) -> dict[str, Any]:
    """Flat ``fatalities_low/best/high`` and ``report_count``, whatever nesting the backend uses."""
    out = {k: v for k, v in incident.items() if k != "reports"}
    fat = out.get("fatalities")
    if isinstance(fat, dict):
        for bound in ("low", "best", "high"):
            out.setdefault(f"fatalities_{bound}", fat.get(bound))
    if "report_count" not in out:
        reports = incident.get("reports")
        out["report_count"] = len(reports) if isinstance(reports, list) else out.get("reports_count")
    return out


def _report(report: dict[str, Any]) -> dict[str, Any]:
    out = with_highlights(report)
    if not isinstance(out.get("article"), dict):
        out["article"] = {
            "id": report.get("doc_id"),
            "title": report.get("article_title") or report.get("title"),
            "url": report.get("article_url") or report.get("url"),
        }
    return out


_KEY_NAMES = {"day": ("day", "date"), "type": ("type", "event_type"), "country": ("country",)}


def _summary_row(row: dict[str, Any], by: str) -> dict[str, Any]:
    out = dict(row)
    if "key" not in out:
        out["key"] = next((row[k] for k in _KEY_NAMES[by] if k in row), None)
    if "events" not in out:
        out["events"] = row.get("count", row.get("n"))
    return out
