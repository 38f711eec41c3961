"""``sitrep serve``: the REST API and the offline map page over a store, with uvicorn."""

from __future__ import annotations

import importlib
import logging
from typing import Annotated, Any

import typer

from sitrep.config import settings
from sitrep.model import Article, Event, SitrepError

log = logging.getLogger(__name__)

PIPELINE_MODULE = "sitrep.pipeline"
PIPELINE_FUNCTION = "extract_article"


class LazyExtractor:
    """The extraction pipeline, imported on the first ingest so that serving starts fast.

    Loading spaCy models takes seconds and memory a read-only server never needs."""

    def __init__(self) -> None:
        self._fn: Any = None

    def __call__(self, article: Article) -> list[Event]:
        if self._fn is None:
            try:
                module = importlib.import_module(PIPELINE_MODULE)
                self._fn = getattr(module, PIPELINE_FUNCTION)
            except (ImportError, AttributeError):
                raise SitrepError(
                    f"ingest needs {PIPELINE_MODULE}.{PIPELINE_FUNCTION}, which this installation lacks"
                ) from None
        events: list[Event] = self._fn(article)
        return events


def serve(
    db: Annotated[
        str | None, typer.Option("--db", help="SQLite path or postgresql:// URL (default: settings' db).")
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="SITREP_API_TOKEN",
            help="Bearer token that enables the writing endpoints (ingest, link); read-only without.",
        ),
    ] = None,
    tiles: Annotated[
        str | None,
        typer.Option("--tiles", help="Raster tile URL template ({z}/{x}/{y}) instead of country outlines."),
    ] = None,
) -> None:
    """Serve the REST API under /api and the map page at / (OpenAPI at /openapi.json)."""
    try:
        import uvicorn

        from sitrep.api import create_app
    except ImportError as exc:
        raise SitrepError(
            f"serving needs the api extra: pip install 'sitrep[api]' ({exc.name} missing)"
        ) from None
    from sitrep.store import open_store

    target = db or settings().db
    store = open_store(target)
    app = create_app(store, token=token, tiles_url=tiles, extractor=LazyExtractor())
    if host not in ("127.0.0.1", "localhost", "::1") and token:
        log.warning("writing is enabled on %s: the token travels in clear text without TLS", host)
    log.info("serving %s on http://%s:%d/", target, host, port)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add ``sitrep serve`` to the ``sitrep`` app."""
    app.command("serve")(serve)
