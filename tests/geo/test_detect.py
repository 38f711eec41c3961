"""Detection with the real spaCy models on the tiny gazetteer (slow: loads the models)."""

from __future__ import annotations

import pytest

from sitrep.geo.detect import recase
from sitrep.geo.parser import GazetteerGeoparser


def names(gp: GazetteerGeoparser, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.country if t.place else None) for t in gp.geoparse(text, lang=lang)]


def test_recase_keeps_offsets_and_mixed_lines() -> None:
    text = "UNE ATTAQUE À BANGUI FAIT TROIS MORTS\nLe bilan reste provisoire, selon l'ONU."
    out = recase(text, lambda w: w == "BANGUI")
    assert len(out) == len(text)
    assert out.splitlines()[0] == "une attaque à Bangui fait trois morts"
    assert out.splitlines()[1] == text.splitlines()[1]


@pytest.mark.slow
def test_french_places_and_directions(tiny: GazetteerGeoparser) -> None:
    text = "Des affrontements ont éclaté samedi à Bambari, dans le centre de la Centrafrique."
    found = names(tiny, text, "fr")
    assert ("Bambari", "CF") in found
    assert ("Centrafrique", "CF") in found
    assert all(name.lower() != "centre" for name, _ in found)


@pytest.mark.slow
def test_english_places_and_demonyms(tiny: GazetteerGeoparser) -> None:
    text = "Government artillery shelled Homs overnight, and Syrian officials blamed the rebels."
    found = names(tiny, text, "en")
    assert ("Homs", "SY") in found
    assert ("Syrian", "SY") in found
    no_demonyms = [t.text for t in tiny.geoparse(text, lang="en", demonyms=False)]
    assert "Syrian" not in no_demonyms


@pytest.mark.slow
def test_headline_in_capitals(tiny: GazetteerGeoparser) -> None:
    found = names(tiny, "DES CASQUES BLEUS ATTAQUÉS PRÈS DE BANGUI", "fr")
    assert [n for n, cc in found if cc == "CF"] == ["BANGUI"]


@pytest.mark.slow
def test_repeated_name_is_found_everywhere(tiny: GazetteerGeoparser) -> None:
    text = "Paris was calm. Later, the Paris prosecutor spoke to reporters in Paris about the case."
    spans = [(t.start, t.end) for t in tiny.geoparse(text, lang="en")]
    assert len([s for s in spans if text[s[0] : s[1]] == "Paris"]) == 3


@pytest.mark.slow
def test_locative_cue_rescues_a_town_ner_calls_a_person(tiny: GazetteerGeoparser) -> None:
    text = "Trois civils ont été tués samedi près de Bambari par des hommes armés."
    assert ("Bambari", "CF") in names(tiny, text, "fr")


def test_a_town_tagged_as_a_person_is_kept_in_its_own_country(embedded: GazetteerGeoparser) -> None:
    text = "Centrafrique : Kaga-Bandoro a été attaquée par les rebelles, qui ont ensuite visé Bria mardi."
    names = {t.text for t in embedded.geoparse(text, lang="fr")}
    assert {"Kaga-Bandoro", "Bria"} <= names


def test_a_city_tagged_as_a_person_is_kept_in_another_named_country(embedded: GazetteerGeoparser) -> None:
    # "Russian" makes Russia the focus; Kherson is a prominent city of Ukraine, which the text names
    text = "Russian shelling of Kherson killed a man on Monday. Russia also fired missiles at Ukraine."
    names = {t.text for t in embedded.geoparse(text, lang="en")}
    assert "Kherson" in names


def test_a_surname_is_not_rescued_as_a_town(embedded: GazetteerGeoparser) -> None:
    text = "Governor David Paterson visited Albany, New York. Paterson said the budget was fair."
    names = [t.text for t in embedded.geoparse(text, lang="en")]
    assert "Paterson" not in names


def test_a_division_noun_opening_an_entity_is_dropped(embedded: GazetteerGeoparser) -> None:
    text = "Des bandits ont attaqué un bus dans le département de l'Artibonite, en Haïti."
    assert "Artibonite" in [t.text for t in embedded.geoparse(text, lang="fr")]


def test_an_unlisted_village_after_a_locative_is_returned_unresolved_on_request(
    tiny: GazetteerGeoparser,
) -> None:
    text = "Des hommes armés ont attaqué le village près de Zarmagandé, dans le nord de la Syrie."
    assert "Zarmagandé" not in {t.text for t in tiny.geoparse(text, lang="fr")}
    found = {t.text: t.place for t in tiny.geoparse(text, lang="fr", unlisted=True)}
    assert "Zarmagandé" in found and found["Zarmagandé"] is None
    assert found.get("Syrie") is not None


def test_a_known_town_ner_missed_is_found_after_a_place_noun(embedded: GazetteerGeoparser) -> None:
    text = "In the western city of Eldoret, crowds looted shops on Tuesday."
    assert "Eldoret" in {t.text for t in embedded.geoparse(text, lang="en")}
    text = "The surgeon trained at Westminster House for a year."
    assert "Westminster" not in {t.text for t in embedded.geoparse(text, lang="en")}


def test_a_weekday_glued_to_a_town_is_trimmed(embedded: GazetteerGeoparser) -> None:
    text = "Des hommes armés ont tiré sur un car de voyageurs près de Kaya lundi soir."
    assert "Kaya" in {t.text for t in embedded.geoparse(text, lang="fr")}


def test_a_city_owning_a_district_is_a_place(embedded: GazetteerGeoparser) -> None:
    text = "Artillery fire on Kherson's Korabelnyi district wounded a woman."
    assert "Kherson" in {t.text for t in embedded.geoparse(text, lang="en")}


def test_a_military_camp_names_its_place(embedded: GazetteerGeoparser) -> None:
    text = "Les jihadistes ont attaqué le camp militaire de Tiboulkessa au Mali."
    found = {t.text for t in embedded.geoparse(text, lang="fr", unlisted=True)}
    assert "Tiboulkessa" in found


def test_recase_turns_a_capital_label_opening_a_mixed_line_into_a_name() -> None:
    text = "SOUTH SUDAN: Government aircraft bombed the town. UN OCHA said so."
    out = recase(text, lambda w: w.title() in ("South Sudan",))
    assert len(out) == len(text)
    assert out.startswith("South Sudan: Government aircraft")
    assert "UN OCHA" in out  # acronyms of two letters are left alone


def test_a_name_written_as_a_division_is_a_place_whatever_ner_says() -> None:
    from sitrep.geo.frames import division_name

    assert division_name("Katsina State", "en")
    assert division_name("Kunar Province", "en")
    assert not division_name("Islamic state", "en")
    assert not division_name("State", "en")


def test_a_name_opening_its_sentence_after_a_locative_is_a_place(embedded: GazetteerGeoparser) -> None:
    text = "Deux bergers ont été tués à Tyr. À Bint Jbeil, une maison a été détruite lundi."
    assert "Bint Jbeil" in {t.text for t in embedded.geoparse(text, lang="fr")}


def test_a_country_hyphened_to_a_participle_only_qualifies_an_actor(embedded: GazetteerGeoparser) -> None:
    text = "Iran-backed militias fired rockets at a base near Erbil on Monday."
    names = {t.text for t in embedded.geoparse(text, lang="en")}
    assert "Iran" not in names and "Erbil" in names


def test_a_town_filed_as_a_date_is_kept_after_a_locative(embedded: GazetteerGeoparser) -> None:
    text = "Shelling near Manbij wounded four farmers on Sunday."
    assert "Manbij" in {t.text for t in embedded.geoparse(text, lang="en")}


@pytest.mark.slow
def test_a_name_tagged_as_an_adjective_before_a_division_noun_is_a_place(
    embedded: GazetteerGeoparser,
) -> None:
    text = "Air defences shot down 12 drones over the Kyiv region overnight."
    assert ("Kyiv", "UA") in names(embedded, text, "en")


@pytest.mark.slow
def test_a_town_written_with_city_after_it_is_that_town(embedded: GazetteerGeoparser) -> None:
    found = [
        (t.text, t.place.name if t.place else None)
        for t in embedded.geoparse("Crowds gathered in Kano city.", lang="en")
    ]
    assert found == [("Kano city", "Kano")]
    found = [
        (t.text, t.place.name if t.place else None)
        for t in embedded.geoparse("Crowds gathered in Quezon City.", lang="en")
    ]
    assert found == [("Quezon City", "Quezon City")]


def test_a_minor_place_abroad_known_only_by_an_alias_is_left_out(embedded) -> None:  # type: ignore[no-untyped-def]
    found = embedded.geoparse(
        "À Lomé, les forces de sécurité togolaises ont dispersé des manifestants dans le quartier de Bè, "
        "au Togo.",
        lang="fr",
    )
    assert all(t.place is None or t.place.country == "TG" for t in found)


@pytest.mark.parametrize(
    ("text", "lang", "street"),
    [
        ("À Jérusalem, la police a dispersé une foule réunie rue Gaza.", "fr", "Gaza"),
        ("A car bomb exploded on Haifa Street in Baghdad on Monday.", "en", "Haifa"),
    ],
)
def test_a_street_named_after_a_place_is_no_place(embedded, text: str, lang: str, street: str) -> None:  # type: ignore[no-untyped-def]
    found = embedded.geoparse(text, lang=lang)
    assert street not in [t.text for t in found] and found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farmers blocked the highway near Eldorado dos Carajás on Tuesday.", "Eldorado dos Carajás"),
        ("A candlelight vigil was held in Santa Cruz de la Sierra on Wednesday.", "Santa Cruz de la Sierra"),
        ("A suicide bomber struck a mosque in Mazar-e-Sharif on Friday.", "Mazar-e-Sharif"),
    ],
)
def test_names_joined_by_particles_or_hyphens_are_found_whole(embedded, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [text[t.start : t.end] for t in embedded.geoparse(text, lang="en")]
    assert name in found
