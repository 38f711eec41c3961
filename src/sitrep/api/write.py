"""Writing endpoints: ingest articles, link and unlink incidents. All need the bearer token.

Without a configured token the server is read-only and these answer 405, so a public read-only
deployment cannot be written to by accident.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from typing import Annotated, Any, cast

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from sitrep.api.read import StoreDep
from sitrep.api.schemas import ArticleIn, ErrorOut, IncidentRef, IngestResult, LinkRequest
from sitrep.model import Article, Event, SitrepError
from sitrep.store.base import IngestReport, Store
from sitrep.store.ingest import IngestTarget
from sitrep.store.ingest import ingest as store_ingest

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]
"""Turns one article into its event records (the pipeline); injected by whoever builds the app."""

_bearer = HTTPBearer(auto_error=False, description="The token given to `sitrep serve --token`.")

_ARTICLE_KEYS = ("id", "text", "title", "published", "url", "outlet", "lang")
MAX_INGEST_ARTICLES = 500
"""Per request: extraction takes about a second an article, and a request should not run for hours."""


def require_token(
    request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """405 when writing is disabled, 403 when the bearer token is missing or wrong."""
    expected: str | None = request.app.state.token
    if expected is None:
        raise HTTPException(405, "writing is disabled: start the server with a token to enable it")
    if creds is None or not secrets.compare_digest(creds.credentials.encode(), expected.encode()):
        raise HTTPException(403, "a valid bearer token is required to write")


_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Body that cannot be decoded."},
    404: {"model": ErrorOut, "description": "Unknown event id."},
    403: {"model": ErrorOut, "description": "Missing or wrong bearer token."},
    405: {"model": ErrorOut, "description": "Writing is disabled (no token configured)."},
    413: {"model": ErrorOut, "description": "Request body too large."},
    422: {"model": ErrorOut, "description": "Invalid body: `error` says which item and why."},
}

router = APIRouter(prefix="/api", dependencies=[Depends(require_token)], responses=_WRITE_ERRORS)


def parse_articles(body: bytes) -> list[Article]:
    """A JSON article, a JSON list of articles, or JSONL (one article per line) to Articles.

    Raises SitrepError naming the offending line or item."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise SitrepError("request body is not UTF-8") from None
    stripped = text.strip()
    if not stripped:
        raise SitrepError("request body is empty: send JSON or JSONL articles")
    if stripped.startswith("["):
        items = _loads(stripped, "body")
        if not isinstance(items, list):
            raise SitrepError("body: expected a JSON list of articles")
        return [_article(item, f"item {i + 1}") for i, item in enumerate(items)]
    try:
        return [_article(json.loads(stripped), "body")]
    except json.JSONDecodeError:
        pass  # several lines: JSONL
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return [_article(_loads(line, f"line {n}"), f"line {n}") for n, line in lines]


def _loads(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SitrepError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None


def _article(item: Any, where: str) -> Article:
    if not isinstance(item, dict):
        raise SitrepError(f"{where}: an article must be a JSON object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SitrepError(f"{where}: an article needs a non-empty 'text' string")
    fields: dict[str, str | None] = {k: item.get(k) for k in _ARTICLE_KEYS}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise SitrepError(f"{where}: '{key}' must be a string")
    return Article(
        id=fields["id"] or Article.text_id(text),
        text=text,
        title=fields["title"],
        published=fields["published"],
        url=fields["url"],
        outlet=fields["outlet"],
        lang=fields["lang"],
    )


_ARTICLE_SCHEMA = ArticleIn.model_json_schema()
_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "description": "One article object, a JSON list of them, or JSONL (one article object per line).",
        "content": {
            "application/json": {
                "schema": {
                    "anyOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA, "minItems": 1}]
                }
            },
            "application/x-ndjson": {"schema": {"type": "string", "description": "One article per line."}},
        },
    }
}


@router.post(
    "/ingest",
    tags=["write"],
    summary="Extract and store articles",
    response_model=IngestResult,
    openapi_extra=_INGEST_BODY,
)
async def ingest(request: Request, store: StoreDep) -> IngestResult:
    """Run the extraction pipeline on each article and store it with its events.

    An article already stored with the same pipeline version is counted as unchanged."""
    extractor: Extractor | None = request.app.state.extractor
    if extractor is None:
        raise HTTPException(503, "ingest is not available: this server has no extraction pipeline")
    articles = parse_articles(await request.body())
    if len(articles) > MAX_INGEST_ARTICLES:
        raise HTTPException(
            413, f"{len(articles)} articles in one request: send at most {MAX_INGEST_ARTICLES}"
        )
    version: str = request.app.state.pipeline_version
    report = await run_in_threadpool(ingest_articles, articles, extractor, store, version)
    return IngestResult(**vars(report))


def ingest_articles(
    articles: list[Article], extractor: Extractor, store: Store, version: str
) -> IngestReport:
    """Extract and store each article, then link the new events into incidents.

    The store's own batch ingestion does the work (skips, failures, linking), as for `sitrep ingest`."""
    report = store_ingest(cast(IngestTarget, store), articles, extractor, version)
    log.info("ingest: %d articles, %d stored", report.articles_seen, report.articles_stored)
    return report


@router.post("/incidents/link", tags=["write"], summary="Link events into one incident")
def link(store: StoreDep, body: Annotated[LinkRequest, Body()]) -> IncidentRef:
    """Put these events in one incident (a manual correction of automatic linking)."""
    return IncidentRef(incident_id=_call(store.link, body.event_ids))


@router.post("/events/{event_id}/unlink", tags=["write"], summary="Take an event out of its incident")
def unlink(store: StoreDep, event_id: Annotated[str, Path(description="Event id.")]) -> IncidentRef:
    """The event becomes an incident of its own; returns that incident's id."""
    return IncidentRef(incident_id=_call(store.unlink, event_id))


def _call(fn: Callable[[Any], str], arg: Any) -> str:
    """Unknown event ids become a 404: a LookupError, or the SQL store's "no such event" error.

    Other store errors stay 422s with the store's message."""
    try:
        return fn(arg)
    except LookupError as exc:
        raise HTTPException(404, f"no such event: {exc.args[0] if exc.args else arg}") from None
    except SitrepError as exc:
        if str(exc).startswith("no such "):
            raise HTTPException(404, str(exc)) from None
        raise
