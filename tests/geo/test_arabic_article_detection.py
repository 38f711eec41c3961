"""Arabic articles written apart ("al Quaryantayn") start a place name the gazetteer knows in
some spelling; a name inside a person's name does not."""

from __future__ import annotations

import pytest

from sitrep.geo import get_geoparser

pytestmark = pytest.mark.slow


def test_misspelt_town_after_an_article_is_found_and_resolved() -> None:
    text = "Des combattants ont tenté de rejoindre al Quaryantayn, au sud-est de Palmyre, en Syrie."
    found = {t.text: t.place for t in get_geoparser().geoparse(text, lang="fr", demonyms=False)}
    place = found.get("al Quaryantayn")
    assert place is not None and place.country == "SY" and place.name == "Al Qaryatayn"


def test_article_inside_a_person_name_is_not_a_place() -> None:
    text = "Abu Bakr al Baghdadi a été vu près de el Fasher."
    names = [t.text for t in get_geoparser().geoparse(text, lang="fr", demonyms=False)]
    assert "al Baghdadi" not in names and "el Fasher" in names
