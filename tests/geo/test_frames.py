from __future__ import annotations

import pytest

from sitrep.geo import relative_precision
from sitrep.geo.frames import clean_name, is_parent_link
from sitrep.model import Place


def at(text: str, name: str, lang: str, place: Place | None = None) -> int:
    return relative_precision(text, text.rindex(name), lang, place)


@pytest.mark.parametrize(
    ("text", "name", "lang", "expected"),
    [
        ("Deux civils tués près de Kaga-Bandoro", "Kaga-Bandoro", "fr", 2),
        ("une embuscade à 25 km au nord-est de Bria", "Bria", "fr", 2),
        ("des combats aux abords d'Alep", "Alep", "fr", 2),
        ("des affrontements à la périphérie de la ville de Bossangoa", "Bossangoa", "fr", 2),
        ("une attaque dans la province de Homs", "Homs", "fr", 3),
        ("une frappe a visé Idleb mardi", "Idleb", "fr", 1),
        ("clashes on the outskirts of Aleppo", "Aleppo", "en", 2),
        ("a raid 12 miles south of Mosul", "Mosul", "en", 2),
        ("an attack near the town of Bria", "Bria", "en", 2),
        ("unrest in Nineveh province spread", "Nineveh", "en", 1),
        ("shelling in the governorate of Idlib", "Idlib", "en", 3),
        ("a bomb exploded in Kabul", "Kabul", "en", 1),
    ],
)
def test_relative_precision(text: str, name: str, lang: str, expected: int) -> None:
    assert at(text, name, lang) == expected


def test_region_place_is_precision_three() -> None:
    region = Place(name="Homs", text="Homs", country="SY", lat=34.5, lon=38.0, feature="A.ADM1")
    assert at("des combats à Homs", "Homs", "fr", region) == 3


def test_unknown_language_falls_back_to_one() -> None:
    assert relative_precision("près de Bria", 8, "xx") == 1


def test_parent_links() -> None:
    assert is_parent_link(", ", "en")
    assert is_parent_link(" dans la préfecture de la ", "fr")
    assert is_parent_link(" in the province of ", "en")
    assert not is_parent_link(" and then fighters moved to ", "en")


def test_clean_name() -> None:
    assert clean_name("Ky.", "en") == "Kentucky"
    assert clean_name("the Sahel", "en") == "Sahel"
    assert clean_name("Aleppo's", "en") == "Aleppo"


def test_after_locative() -> None:
    from sitrep.geo.frames import after_locative

    text = "Des tirs à Bouar et le village de Gaga, puis Jean Dupont."
    assert after_locative(text, text.index("Bouar"), "fr")
    assert after_locative(text, text.index("Gaga"), "fr")
    assert not after_locative(text, text.index("Jean"), "fr")


def test_a_distance_from_a_name_introduces_a_place() -> None:
    from sitrep.geo.frames import after_locative

    fr = "Le hameau de Kpala, à 40km de Bossembélé, et le chef de Ndéré."
    assert after_locative(fr, fr.index("Bossembélé"), "fr")
    assert not after_locative(fr, fr.index("Ndéré"), "fr")
    en = "A camp 20 km north of Kaga, said the president of Zemio."
    assert after_locative(en, en.index("Kaga"), "en")
    assert not after_locative(en, en.index("Zemio"), "en")


def test_region_adjectives_stand_for_their_region() -> None:
    assert clean_name("European", "en") == "Europe"
    assert clean_name("sahéliens", "fr") == "Sahel"


def test_articles_are_dropped_only_as_whole_words() -> None:
    assert clean_name("la Syrie", "fr") == "Syrie"
    assert clean_name("l'Irak", "fr") == "Irak"
    assert clean_name("Lagos", "fr") == "Lagos"
    assert clean_name("Theodore", "en") == "Theodore"


@pytest.mark.parametrize(
    ("name", "lang", "core"),
    [
        ("North Dallas", "en", "Dallas"),
        ("Swat Valley", "en", "Swat"),
        ("Upper Dir", "en", "Dir"),
        ("Greater Manchester area", "en", "Manchester"),
        ("Grand Nouméa", "fr", "Nouméa"),
        ("Dallas", "en", None),
        ("North", "en", None),
    ],
)
def test_core_name_of_a_part(name: str, lang: str, core: str | None) -> None:
    from sitrep.geo.frames import core_name

    assert core_name(name, lang) == core


def test_a_part_of_the_container_still_links_it() -> None:
    assert is_parent_link(" in northern ", "en")
    assert is_parent_link(" in the south-west of ", "en")
    assert is_parent_link(", dans le nord du ", "fr")
    assert not is_parent_link(", au nord de ", "fr")  # to the north of a city: outside it
    assert not is_parent_link(" north of ", "en")


def test_lesser_divisions_link_a_town_to_its_container() -> None:
    assert is_parent_link(", dans le cercle de ", "fr")
    assert is_parent_link(", dans le territoire de ", "fr")
    assert is_parent_link(", dans la chefferie de ", "fr")


def test_a_division_written_with_its_kind() -> None:
    from sitrep.geo.frames import division_core

    assert division_core("Lamu County", "en") == "Lamu"
    assert division_core("Sokoto State", "en") == "Sokoto"
    assert division_core("Lamu", "en") is None
