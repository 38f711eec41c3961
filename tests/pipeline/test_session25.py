"""Victims the lexicon does not list, killings read through a misparse, sources by role, the
forces of dependent territories and towns a preposition places (sentences written for these
tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(ev) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.name for s in ev.reported_by}


def test_a_victim_joined_inside_a_partitive_still_counts(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Police came under fire on Tuesday near Kandi, in the north of Benin. The ministry said officers "
        "repelled the assault. Three of the assailants and one police officer died in the exchange, and "
        "two other officers were hurt, the ministry said in a statement.",
        "en",
        "2025-04-10",
    )
    assert [e.fatalities for e in evs] == [4]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Plusieurs militants ont été interpellés mardi à Moroni, selon leurs avocats.", "fr", "lawyers"),
        ("Un étudiant a été enlevé lundi à Bujumbura, a indiqué sa famille.", "fr", "family"),
        ("Two suspects were detained in Lautoka on Sunday, prosecutors said.", "en", "prosecutors"),
    ],
)
def test_sources_named_by_their_role(run, text: str, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-04-10")
    assert evs and expected in _sources(evs[0])


def test_the_gendarmes_of_a_dependent_territory_are_the_sovereign_s(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Les gendarmes ont interpellé mardi six jeunes à Dumbéa, près de Nouméa, en Nouvelle-Calédonie.",
        "fr",
        "2024-05-22",
    )
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Police Forces of France"
    assert evs[0].location is not None and evs[0].location.country == "NC"


def test_a_town_placed_by_a_preposition_outweighs_a_namesake_abroad(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Un homme a été tué par balle samedi à Saint-Louis, au Mont-Dore, en Nouvelle-Calédonie.",
        "fr",
        "2024-05-22",
    )
    assert evs[0].location is not None and evs[0].location.country == "NC"
