"""spaCy pipelines for the extraction tests, loaded once per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.nlp import pipeline


@pytest.fixture(scope="session")
def nlp_fr() -> Language:
    return pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    return pipeline("en")
