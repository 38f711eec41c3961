"""Generic mentions that refer back to the group a story is about, on texts written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.stages.references import _fold_into_branch


def _actor1(events) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [(e.to_dict()["actor1"] or {}).get("name") for e in events]


def test_a_group_counts_for_its_only_branch() -> None:
    counts = Counter({"Islamic State": 2, "Islamic State (Sahel)": 1, "JNIM": 2})
    _fold_into_branch(counts)
    assert counts == Counter({"Islamic State (Sahel)": 3, "JNIM": 2})


def test_rival_branches_of_one_family_stay_apart() -> None:
    counts = Counter({"Sinaloa Cartel": 1, "Sinaloa Cartel (Los Chapitos)": 2, "Sinaloa Cartel (Mayo)": 2})
    _fold_into_branch(counts)
    assert counts["Sinaloa Cartel"] == 1 and counts["Sinaloa Cartel (Mayo)"] == 2


def test_insurgents_of_a_story_on_one_province_are_that_province(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Islamic State says it seized Mucojo\n\n"
        "Fighters of the Islamic State Mozambique Province seized the village of Mucojo on Tuesday, "
        "the group said.\n\n"
        "On Thursday, insurgents beheaded two farmers near Macomia, local sources said."
    )
    names = _actor1(run(text, "en", "2024-03-09"))
    assert names and all(n == "Islamic State (Mozambique)" for n in names), names


def test_its_fighters_are_the_group_told_before(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Balochistan Liberation Army (BLA) killed seven soldiers in Turbat on Monday, police said.\n\n"
        "In March, its fighters killed 14 passengers on a highway near Quetta."
    )
    names = _actor1(run(text, "en", "2025-06-10"))
    assert len(names) == 2 and all(n and n.startswith("BLA") for n in names), names


def test_ses_combattants_sont_le_groupe_nomme(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le Front de libération du Macina a attaqué lundi un poste de l'armée à Ténenkou, selon l'armée.\n\n"
        "En janvier, ses combattants avaient tué neuf civils près de Djenné."
    )
    names = _actor1(run(text, "fr", "2024-04-16"))
    assert names[-1] == names[0] and names[0] and "Unidentified" not in names[0], names


_ANSARU = "Fighters of the Ansaru group killed nine farmers in Birnin Gwari on Monday, police said.\n\n"


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        (  # "unidentified gunmen" stay unknown
            "Fighters of the Islamic State Mozambique Province attacked Mucojo on Tuesday, "
            "the group said.\n\n"
            "On Thursday, unidentified gunmen killed two traders near Pemba, police said.",
            "2024-03-09",
            "Unidentified Armed Group (Mozambique)",
        ),
        (_ANSARU + "In March, the group killed 12 traders on the road to Kaduna.", "2024-06-04", "Ansaru"),
        (  # a group of gunmen is no reference back
            _ANSARU + "On Friday, a group of unidentified gunmen killed four herders near Zaria.",
            "2024-06-04",
            "Unidentified Armed Group (Nigeria)",
        ),
        (  # the group's stronghold names no actor
            _ANSARU + "On Tuesday, in Kuriga, the group's stronghold, air force jets killed 14 people.",
            "2024-06-04",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_what_a_later_mention_refers_to(run, text: str, published: str, last: str) -> None:  # type: ignore[no-untyped-def]
    names = _actor1(run(text, "en", published))
    assert len(names) == 2 and names[-1] == last, names


def test_a_group_fought_by_nobody_named_faces_the_state(run) -> None:  # type: ignore[no-untyped-def]
    text = "In Bannu, six khwarij were killed on Friday, the ISPR said."
    events = [e.to_dict() for e in run(text, "en", "2024-08-04")]
    assert [(e["actor1"]["name"], e["actor2"]["name"]) for e in events] == [
        ("Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan")
    ]
