"""Sentences that tell no incident of their own (trends, rankings of one told), in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The border counties have seen a surge in IED attacks on security forces since 2019.", "en"),
        ("The raid is the latest in a string of prison attacks in the capital.", "en"),
        ("Analysts say the group has stepped up its use of roadside bombs.", "en"),
        ("La région connaît une recrudescence des attaques jihadistes.", "fr"),
    ],
)
def test_a_trend_is_no_incident(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, lang, "2024-05-13") == []


def test_a_counted_wave_still_is_one(run) -> None:  # type: ignore[no-untyped-def]
    events = run("A wave of bombings killed 14 people in Quetta on Sunday.", "en", "2024-05-13")
    assert len(events) == 1 and events[0].to_dict()["fatalities"] == 14


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Quatre gendarmes ont été tués mardi par une mine près de Dori.\n\n"
            "C'est la troisième attaque de ce genre depuis le début du mois.",
            "fr",
        ),
        (
            "Four soldiers were killed on Tuesday when their truck hit a mine near Dori.\n\n"
            "It was the third such attack this month.",
            "en",
        ),
    ],
)
def test_an_attack_said_of_a_pronoun_is_the_one_told(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert len(run(text, lang, "2024-05-15")) == 1
