"""Compass parts of a country: which phrases name one, and where its point lies."""

from __future__ import annotations

from sitrep.geo.directions import country_parts, find_directions, leading_adjective


def _one(text: str, lang: str):
    found = find_directions(text, lang)
    assert len(found) == 1, found
    return found[0]


def test_french_part_of_the_country() -> None:
    ph = _one("Des affrontements ont éclaté dans le nord-ouest du pays samedi.", "fr")
    assert ph.direction == "NW" and ph.of_country and not ph.bare


def test_french_bare_part_and_demonym() -> None:
    assert _one("Neuf civils ont été tués dans le Sud-Est, selon la radio.", "fr").bare
    ph = _one("Les miliciens sont actifs dans l'Est congolais depuis des années.", "fr")
    assert ph.direction == "E" and ph.demonym == "CD"


def test_directions_from_a_town_are_not_parts() -> None:
    assert not find_directions("Une embuscade a eu lieu à 40 km au nord, près de la rivière.", "fr")
    ph = _one("Les combats ont repris au sud de Kaga-Bandoro.", "fr")
    assert not ph.bare and not ph.of_country  # the town's surroundings: left to the near frame
    assert not find_directions("Ils ont frappé au sud, à l'ouest puis plus loin.", "fr")[0].bare


def test_a_broad_area_or_a_proper_name_is_no_part() -> None:
    assert not find_directions("Les attaques ont eu lieu dans l'est et le centre du pays.", "fr")
    found = find_directions("Settlers clashed with villagers in the West Bank on Friday.", "en")
    assert all(p.adjective for p in found)  # only ever a part of a country name right after it


def test_english_forms() -> None:
    ph = _one("Gunmen killed nine farmers in the country's northeast on Sunday.", "en")
    assert ph.direction == "NE" and ph.of_country
    ph = _one("Troops were ambushed in northern Niger.", "en")
    assert ph.adjective and ph.direction == "N"
    assert leading_adjective("north-western Nigeria", "en") == len("north-western ")
    assert leading_adjective("Central African Republic", "en") == len("Central ")  # caller checks


def test_parts_follow_the_towns() -> None:
    towns = [(lat / 2, lon / 2) for lat in range(0, 21) for lon in range(0, 41)]  # 0..10 N, 0..20 E
    parts = country_parts(towns)
    assert parts is not None
    north, south, west = parts.points["N"], parts.points["S"], parts.points["W"]
    assert north[0] > 7 and south[0] < 3 and west[1] < 7
    centre = parts.points["C"]
    assert abs(centre[0] - 5) < 1 and abs(centre[1] - 10) < 1
    assert parts.contains("N", 8.0, 3.0) and not parts.contains("N", 2.0, 3.0)
    assert country_parts([(1.0, 1.0)]) is None


def test_extracted_event_gets_the_part(run) -> None:  # type: ignore[no-untyped-def]
    text = "Centrafrique : au moins douze civils tués par des hommes armés dans le nord-ouest du pays."
    events = run(text, "fr", "2024-03-02")
    assert events
    loc = events[0].to_dict()["location"]
    assert loc["country"] == "CF" and loc["precision"] == 3
    assert loc["name"].startswith("northwestern") and loc["lon"] < 19.0 and loc["lat"] > 6.0


def test_the_region_of_the_west_is_a_part_of_the_country() -> None:
    ph = _one("Six civils ont été tués dans la région de l'Ouest, selon des habitants.", "fr")
    assert ph.direction == "W"
    assert find_directions("L'attaque a eu lieu à 30 km au nord de Bouar.", "fr") == []
