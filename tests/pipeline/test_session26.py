"""Victims of a mine are no doers, shooting at a drone stops it, the reason for an arrest is no
incident of its own, a claim by a group whose name depends on the country, and a group noun
followed by the group's own name (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _name(actor) -> str | None:  # type: ignore[no-untyped-def]
    return actor.name if actor is not None else None


def test_the_planter_of_a_mine_is_not_also_its_target(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Two soldiers were killed on Friday when their truck hit a landmine planted by JNIM near Tessalit.",
        "en",
        "2025-06-09",
    )
    assert len(evs) == 1
    assert _name(evs[0].actor1).startswith("JNIM")
    assert _name(evs[0].actor2) == "Military Forces of Mali"


def test_a_policeman_wounded_by_a_bomb_is_its_target(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "A police constable was wounded on Sunday when he stepped on an IED in Sukma district, Chhattisgarh.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert evs[0].actor1 is None
    assert _name(evs[0].actor2) == "Police Forces of India"
    assert evs[0].injured == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Troops fired at a drone that flew over their camp near Menaka on Saturday, the army said.", "en"),
        ("Des militaires ont tiré sur un drone qui survolait leur camp près de Ménaka samedi.", "fr"),
    ],
)
def test_shooting_at_a_drone_is_a_disrupted_weapon(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-06-09")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_missiles_fired_at_targets_are_still_a_strike(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The Guards said they had also fired missiles at Islamic State positions near Idlib.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_a_drone_firing_at_soldiers_is_not_flown_by_their_own_army(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A drone fired at soldiers near Menaka on Saturday.", "en", "2025-06-09")
    assert len(evs) == 1
    assert evs[0].actor1 is None
    assert _name(evs[0].actor2) == "Military Forces of Mali"


def test_the_riots_those_arrested_took_part_in_are_told_elsewhere(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Police detained 14 youths involved in the riots in Mosul on Sunday.", "en", "2025-06-09")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    evs = run(
        "La police a interpellé 14 jeunes impliqués dans les émeutes de Mossoul dimanche.", "fr", "2025-06-09"
    )
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_claim_by_a_group_named_by_its_people_is_the_country_s_group(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "A Kurdish militant group claimed responsibility for a bombing outside a police post in Diyarbakir "
        "on Sunday.",
        "en",
        "2025-06-09",
    )
    assert len(evs) == 1
    assert _name(evs[0].actor1) == "PKK: Kurdistan Workers Party"
    assert {s.name for s in evs[0].reported_by} <= {"PKK: Kurdistan Workers Party"}


def test_a_mine_stepped_on_is_no_air_strike(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A soldier stepped on a mine near Tessalit on Friday.", "en", "2025-06-09")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert _name(evs[0].actor2) == "Military Forces of Mali"
