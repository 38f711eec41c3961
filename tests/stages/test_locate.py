"""Which place names are where the incident happened (no models needed)."""

from __future__ import annotations

from sitrep.model import Place
from sitrep.stages.facts import PlaceRef
from sitrep.stages.locate import dateline, part_of_owner


def _ref(text: str, full: str, lat: float | None = None, lon: float | None = None) -> PlaceRef:
    start = full.index(text)
    place = Place(name=text, text=text, country="UA", lat=lat, lon=lon) if lat is not None else None
    return PlaceRef(start, start + len(text), text, place)


def test_datelines_with_and_without_a_date_header() -> None:
    for text in ("MAPUTO (AFP) - Insurgents attacked", " date 2019-08-28 Maputo — Terrorists killed"):
        name = "MAPUTO" if text.startswith("MAPUTO") else "Maputo"
        assert dateline(_ref(name, text), text)
    body = "Fighting in Maputo - the capital - went on."
    assert not dateline(_ref("Maputo", body), body)


def test_a_district_of_the_city_named_before_it() -> None:
    text = "bombs on Kharkiv's Kyivskyi district"
    owner = _ref("Kharkiv's", text, 49.98, 36.25)
    far = _ref("Kyivskyi", text, 48.05, 37.78)  # a namesake town 200 km away
    near = _ref("Kyivskyi", text, 49.99, 36.30)
    assert part_of_owner(far, [owner, far])
    assert not part_of_owner(near, [owner, near])
    assert not part_of_owner(owner, [owner, far])


def test_a_dateline_of_two_cities() -> None:
    text = "BEIRUT/ISTANBUL (Reuters) - Clashes between the SDF and Turkish-backed factions"
    assert dateline(_ref("BEIRUT", text), text)
    assert dateline(_ref("ISTANBUL", text), text)


def test_the_owner_is_the_possessive_just_before_not_an_earlier_one() -> None:
    text = "After Syria's war, bombs hit Kharkiv's Kyivskyi district"
    earlier = _ref("Syria's", text, 35.0, 38.0)
    owner = _ref("Kharkiv's", text, 49.98, 36.25)
    far = _ref("Kyivskyi", text, 48.05, 37.78)
    assert part_of_owner(far, [earlier, owner, far])


def test_a_continent_is_never_an_incidents_place(nlp_en) -> None:
    from sitrep.stages.facts import SentFacts
    from sitrep.stages.locate import locative
    from sitrep.stages.role_words import role_words

    text = "The group said its Central Africa Province fighters killed 40 people."
    doc = nlp_en(text)
    start = text.index("Africa")
    ref = PlaceRef(start, start + 6, "Africa", Place(name="Africa", text="Africa", country=None, lat=7.2,
                                                     lon=21.1, feature="L.CONT"))
    assert not locative(ref, SentFacts(0, next(iter(doc.sents)), 0), role_words("en"))


def test_one_dateline_pattern_for_sentences_and_places() -> None:
    text = "Dar es Salaam — Police dispersed a march."
    assert dateline(_ref("Dar es Salaam", text), text)
    prose = "Fighting in Goma - the provincial capital - went on."
    assert not dateline(_ref("Goma", prose), prose)
