"""The curated public API: one call from text to typed records."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.slow


def test_extract_returns_typed_records() -> None:
    evs = sitrep.extract(
        "Des hommes armés ont tué trois civils dimanche à Bambari, selon la MINUSCA.",
        published="2022-04-12",
        lang="fr",
    )
    assert evs and isinstance(evs[0], sitrep.Event)
    assert evs[0].date == "2022-04-10"
    assert isinstance(evs[0].to_dict()["evidence"]["start"], int)


def test_public_names() -> None:
    assert {"extract", "geoparse", "Pipeline", "Event", "Article"} <= set(sitrep.__all__)
    assert sitrep.Pipeline.__name__ == "Pipeline"


def test_geoparse_finds_places() -> None:
    tops = sitrep.geoparse("Fighting was reported in Aleppo and Damascus.", lang="en")
    names = {t.place.name for t in tops if t.place}
    assert {"Aleppo", "Damascus"} <= names
