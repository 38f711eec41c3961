"""REST API and web page over an event store: ``create_app(store, token=..., tiles_url=...)``."""

from __future__ import annotations

from sitrep.api.app import create_app
from sitrep.api.write import Extractor

__all__ = ["Extractor", "create_app"]
