"""Document-context signals on the embedded gazetteer, in sentences written for these tests:
a prominent home-country reading over a likelier namesake abroad, a division named alongside
its towns, and enumerations of one kind of place."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sitrep.geo.parser import GazetteerGeoparser
from sitrep.geo.resolve import Mention, _home_reading, candidates


def _resolve(gp: GazetteerGeoparser, text: str, *names: str) -> list[tuple[str | None, str | None]]:
    spans = [m.span() for name in names for m in re.finditer(re.escape(name), text)]
    tops = gp.resolve_spans(text, spans, lang="en")
    return [(t.text, (t.place.country, t.place.feature) if t.place else None) for t in tops]  # type: ignore[misc]


def _reading(gp: GazetteerGeoparser, text: str, name: str, *others: str) -> tuple[str, str]:
    for t, place in _resolve(gp, text, name, *others):
        if t == name and place is not None:
            return place  # type: ignore[return-value]
    raise AssertionError(name)


@pytest.mark.slow
def test_home_city_beats_a_bigger_namesake_whose_country_is_absent(embedded: GazetteerGeoparser) -> None:
    text = (
        "Firefighters in Birmingham worked through the night. The United States has seen a hard "
        "winter; Canada and Mexico too, and the United States asked for help."
    )
    assert _reading(embedded, text, "Birmingham", "United States", "Canada", "Mexico")[0] == "US"


def test_small_home_namesake_is_no_home_reading(tiny: GazetteerGeoparser) -> None:
    cands = candidates(tiny.gazetteer, "Paris")
    assert {c.entry.country for c in cands} == {"FR", "US"}
    m = Mention(name="Paris", key="paris", candidates=cands)
    assert _home_reading(m, {"US": 0.8}) is None  # a town of 25,000: France keeps it
    big = [replace(c, entry=replace(c.entry, population=400_000)) if c.entry.country == "US" else c
           for c in cands]
    home = _home_reading(Mention(name="Paris", key="paris", candidates=big), {"US": 0.8})
    assert home is not None and home.entry.country == "US"
    assert _home_reading(Mention(name="Paris", key="paris", candidates=big), {"US": 0.8, "FR": 0.2}) is None


@pytest.mark.slow
def test_division_named_with_one_of_its_towns_is_the_division(embedded: GazetteerGeoparser) -> None:
    text = "The mayor of Sherbrooke asked Quebec to fund the new bridge."
    assert _reading(embedded, text, "Quebec", "Sherbrooke") == ("CA", "A.ADM1")


@pytest.mark.slow
def test_enumeration_of_states_reads_an_ambiguous_item_as_a_state(embedded: GazetteerGeoparser) -> None:
    text = "Inspectors traced the tainted lettuce to farms in Washington, Oregon and Idaho."
    assert _reading(embedded, text, "Washington", "Oregon", "Idaho") == ("US", "A.ADM1")


@pytest.mark.slow
def test_comma_then_and_is_a_list_not_a_parent(embedded: GazetteerGeoparser) -> None:
    text = "Cases were confirmed in Washington, Pennsylvania and Ohio last week."
    assert _reading(embedded, text, "Washington", "Pennsylvania", "Ohio") == ("US", "A.ADM1")


@pytest.mark.slow
def test_a_metropolis_is_its_name_unless_the_text_says_division(embedded: GazetteerGeoparser) -> None:
    assert _reading(embedded, "Shelling in Aleppo killed five people.", "Aleppo") == ("SY", "P.PPL")
    text = "Shelling across Aleppo province killed five people."
    assert _reading(embedded, text, "Aleppo") == ("SY", "A.ADM1")
    text = "The Kano governor visited the wounded in hospital."
    assert _reading(embedded, text, "Kano") == ("NG", "A.ADM1")


@pytest.mark.slow
def test_the_named_container_of_a_town_is_the_division(embedded: GazetteerGeoparser) -> None:
    text = "The girl, from Rochester, New York, was treated at home."
    assert _reading(embedded, text, "New York", "Rochester") == ("US", "A.ADM1")


@pytest.mark.slow
def test_a_town_in_a_named_part_of_a_country_is_not_read_abroad(embedded: GazetteerGeoparser) -> None:
    for text, lang in (
        ("Insurgents seized the town of Palma in northern Mozambique on Wednesday.", "en"),
        ("Les insurgés ont pris la ville de Palma, dans le nord du Mozambique.", "fr"),
    ):
        found = [m.span() for n in ("Palma", "Mozambique") for m in re.finditer(n, text)]
        palma = embedded.resolve_spans(text, found, lang=lang)[0]
        assert palma.place is None or palma.place.country == "MZ", text


@pytest.mark.slow
def test_a_city_named_with_a_preposition_is_a_container(embedded: GazetteerGeoparser) -> None:
    text = "Police said the cakes came from a bakery in the Adhamiyah district of Baghdad."
    found = [m.span() for n in ("Adhamiyah", "Baghdad") for m in re.finditer(n, text)]
    top = embedded.resolve_spans(text, found)
    assert top[0].place is None or top[0].place.country == "IQ"


@pytest.mark.slow
def test_a_town_named_as_a_division_does_not_contain(embedded: GazetteerGeoparser) -> None:
    # the gazetteer reads "Bui" as an alternate name of Bowie, Texas: a town is no container
    text = "Une école de Kumbo, dans le département du Bui, a été incendiée."
    found = [m.span() for n in ("Kumbo", "Bui") for m in re.finditer(rf"\b{n}\b", text)]
    kumbo = embedded.resolve_spans(text, found, lang="fr")[0]
    assert kumbo.place is not None and kumbo.place.country == "CM"


@pytest.mark.slow
def test_a_division_named_with_its_kind_is_that_division(embedded: GazetteerGeoparser) -> None:
    text = "Gunmen attacked two villages in Sokoto State on Monday."
    found = [m.span() for m in re.finditer("Sokoto State", text)]
    (top,) = embedded.resolve_spans(text, found)
    assert top.place is not None and top.place.country == "NG"
