"""Shared fixtures: one extraction pipeline per test session (models load once)."""

from __future__ import annotations

import pytest

from sitrep.model import Event
from sitrep.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline (spaCy models, embedded gazetteer) for the whole session."""
    return Pipeline()


@pytest.fixture(scope="session")
def run(pipeline: Pipeline):
    from sitrep.model import Article

    def _run(text: str, lang: str, published: str | None = None, all_modalities: bool = False) -> list[Event]:
        art = Article(id="t", text=text, lang=lang, published=published)
        return pipeline.extract(art, all_modalities=all_modalities)

    return _run
