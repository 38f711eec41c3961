"""Armed men named by their community are that community's militia."""

from __future__ import annotations

import pytest

from sitrep.stages.identities import militia_name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Armed Bul Nuer youth raided cattle camps near Tonj on Sunday, killing 14 herders.", "en",
         "Nuer Ethnic Militia (South Sudan)"),
        ("Gunmen from the Murle community abducted three children in Jonglei State, South Sudan, on "
         "Monday.", "en", "Murle Ethnic Militia (South Sudan)"),
        ("Des miliciens peuls ont tué neuf villageois lundi près de Bandiagara, au Mali.", "fr",
         "Fulani Ethnic Militia (Mali)"),
        ("Des jeunes de la communauté lendu ont incendié un village près de Djugu, en Ituri, en RDC.", "fr",
         "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ],
)
def test_armed_men_of_a_community_are_its_militia(run, text: str, lang: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = [e.to_dict() for e in run(text, lang, "2024-05-08")]
    assert events and events[0]["actor1"]["name"] == name, events


def test_victims_of_a_community_are_no_militia(run) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers killed two Fulani herders near Jos on Monday."
    events = [e.to_dict() for e in run(text, "en", "2024-05-08")]
    assert events and all("Militia" not in (e["actor2"] or {}).get("name", "") for e in events)


def test_militia_names_follow_the_codebook() -> None:
    assert militia_name("Habar Gidir", "SO") == "Habar Gidir Clan Militia (Somalia)"
    assert militia_name("Druze", "SY") == "Druze Militia (Syria)"
    assert militia_name("Turi", None) == "Turi Tribal Militia"
