"""sitrep: conflict news to a structured, geocoded, source-attributed event dataset."""

from __future__ import annotations

from sitrep.model import Actor, Article, Count, Event, Place, SitrepError, Source, Span, Toponym

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Count",
    "Event",
    "Place",
    "SitrepError",
    "Source",
    "Span",
    "Toponym",
    "__version__",
]
