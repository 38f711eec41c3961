"""sitrep: conflict news to a structured, geocoded, source-attributed event dataset.

    import sitrep
    events = sitrep.extract(text, published="2024-05-02", lang="fr")
    places = sitrep.geoparse(text, lang="en")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.model import (
    Actor,
    Article,
    Count,
    Event,
    InputError,
    Place,
    SitrepError,
    Source,
    Span,
    Toponym,
)

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Count",
    "Event",
    "InputError",
    "Pipeline",
    "Place",
    "SitrepError",
    "Source",
    "Span",
    "Toponym",
    "__version__",
    "extract",
    "geoparse",
]


def extract(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    doc_id: str | None = None,
    all_modalities: bool = False,
) -> list[Event]:
    """The events of one article text (language detected when ``lang`` is None)."""
    from sitrep.pipeline import extract as _extract

    return _extract(text, published=published, lang=lang, doc_id=doc_id, all_modalities=all_modalities)


def geoparse(text: str, *, lang: str | None = None) -> list[Toponym]:
    """The place names of a text, resolved against the configured gazetteer."""
    from sitrep.geo import get_geoparser
    from sitrep.nlp.language import detect_language

    return get_geoparser().geoparse(text, lang=lang or detect_language(text))


def __getattr__(name: str) -> Any:
    # Pipeline imports spaCy-facing modules: load it only when asked for.
    if name == "Pipeline":
        from sitrep.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
