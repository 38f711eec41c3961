"""The FastAPI application: REST API under ``/api`` and the offline map page at ``/``.

The store (and, for ingest, the extraction function) are injected: nothing here opens a database,
so tests run the app on a fake store and the CLI decides which backend to open.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.api import read, write
from sitrep.api.limits import DEFAULT_MAX_BODY_BYTES, BodySizeLimit
from sitrep.api.schemas import ClientConfig
from sitrep.api.write import Extractor
from sitrep.model import SitrepError
from sitrep.store.base import Store

log = logging.getLogger(__name__)

DESCRIPTION = """Conflict events extracted from news articles, each with its evidence and sources.

Reading is open; the map page is at `/`. Writing (`/api/ingest`, linking) needs
`Authorization: Bearer <token>` and is disabled (405) when the server was started without a token.
Errors are `{"error": "...", "status": N}`.
"""

TAGS = [
    {"name": "events", "description": "Event records (`spec/EVENT_RECORD.md`) and their summaries."},
    {"name": "incidents", "description": "Reports of the same event from several articles, linked."},
    {"name": "articles", "description": "Source articles, with offsets to highlight evidence and fields."},
    {"name": "write", "description": "Ingest and manual linking; bearer token required."},
    {"name": "meta", "description": "Health and page configuration."},
]


def static_dir() -> Path:
    """Where the page and its vendor libraries live (inside the installed package)."""
    return Path(str(resources.files("sitrep") / "web" / "static"))


def create_app(
    store: Store,
    *,
    token: str | None = None,
    tiles_url: str | None = None,
    extractor: Extractor | None = None,
    pipeline_version: str = __version__,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """The API and page over ``store``.

    ``token`` enables the writing endpoints; ``tiles_url`` (an ``{z}/{x}/{y}`` template) replaces
    the offline country outlines; ``extractor`` is what ``/api/ingest`` runs on each article.
    """
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        docs_url=None,  # FastAPI's default Swagger UI loads from a CDN: served from vendor/ below
        redoc_url=None,
        generate_unique_id_function=lambda route: route.name,  # operationId = function name
    )
    app.state.store = store
    app.state.token = token or None
    app.state.extractor = extractor
    app.state.pipeline_version = pipeline_version
    app.state.tiles_url = tiles_url
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    _add_error_handlers(app)
    app.include_router(read.router)
    app.include_router(write.router)
    _add_page(app)
    return app


def _error(status: int, message: str, headers: Mapping[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, "status": status, **extra}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is ``{"error": one line, "status": code}``; validation errors list their fields."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), headers=exc.headers)  # keeps 405's Allow

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [_field_error(e) for e in exc.errors()]
        message = "; ".join(f"{f['where']}: {f['message']}" for f in fields) or "invalid request"
        return _error(422, message, fields=fields)

    @app.exception_handler(SitrepError)
    async def sitrep_error(_: Request, exc: SitrepError) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal error: see the server log")


def _field_error(err: Any) -> dict[str, Any]:
    loc = [str(p) for p in err.get("loc", ())]
    where = f"{loc[0]} parameter '{'.'.join(loc[1:])}'" if len(loc) > 1 else ".".join(loc) or "request"
    return {"where": where, "message": err.get("msg", "invalid"), "input": _jsonable(err.get("input"))}


def _jsonable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


def content_policy(tiles_url: str | None) -> str:
    """Only this server's scripts and data; images also from the tile server when one is set.

    Inline styles stay allowed: Leaflet positions map panes and markers with style attributes."""
    images = "'self' data:"
    if tiles_url:
        parts = urlsplit(tiles_url)
        if parts.scheme and parts.netloc:
            images += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"  # {s}: Leaflet subdomains
    return (
        f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {images}; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


def _add_page(app: FastAPI) -> None:
    """``/`` serves the page, ``/static`` its files, ``/api/config`` what the page needs to know."""
    root = static_dir()
    if not (root / "vendor" / "leaflet" / "leaflet.js").is_file():
        log.warning("web page libraries are missing from %s: run `bash web/build.sh`", root / "vendor")

    @app.get("/api/config", tags=["meta"], summary="Settings for the web page")
    def config(request: Request) -> ClientConfig:
        """Base-layer tile URL (null: offline country outlines) and whether writing is enabled."""
        return ClientConfig(
            tiles_url=request.app.state.tiles_url,
            writable=request.app.state.token is not None,
            version=__version__,
        )

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI over /openapi.json, from the vendored swagger-ui-dist (no CDN)."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sitrep API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="data:,",
            swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from a public validator
        )

    @app.get("/docs", include_in_schema=False)
    def docs_alias() -> RedirectResponse:
        return RedirectResponse("/api/docs")

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> FileResponse:
        headers = {
            "Content-Security-Policy": content_policy(request.app.state.tiles_url),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        }
        return FileResponse(root / "index.html", media_type="text/html", headers=headers)

    if root.is_dir():
        app.mount("/static", StaticFiles(directory=root), name="static")
