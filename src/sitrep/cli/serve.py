"""``sitrep serve``: the REST API and the offline map page over a store, with uvicorn."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from sitrep.config import settings
from sitrep.model import SitrepError

log = logging.getLogger(__name__)


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
    from sitrep.pipeline import PIPELINE_VERSION, Pipeline
    from sitrep.store import open_store

    target = db or settings().db
    store = open_store(target)
    # The pipeline loads its spaCy models and gazetteer on the first ingest, not at start-up.
    extractor = Pipeline().extract
    app = create_app(
        store, token=token, tiles_url=tiles, extractor=extractor, pipeline_version=PIPELINE_VERSION
    )
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
