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


def test_reports_an_authority_rejects_are_no_event(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Rumours of a bombing at the bus station in Gao on Friday were rejected by the regional governor.",
        "en",
        "2025-04-12",
    )
    assert evs == []


def test_a_court_s_sentence_carried_out_is_no_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = "Three men sentenced to death for murder were executed at the central prison in Shiraz on Tuesday."
    assert run(text, "en", "2025-04-12") == []
    armed = run(
        "Al-Shabaab executed two men its court had sentenced for spying in Jilib on Sunday.",
        "en",
        "2025-04-12",
    )
    assert [e.sub_event_type for e in armed] == ["Attack"]


def test_a_named_group_that_speaks_owns_its_fighters(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The Mali Freedom Front (MFF) said on Sunday that its fighters had ambushed an army convoy "
        "near Ansongo, killing four soldiers.",
        "en",
        "2025-04-14",
    )
    assert evs[0].actor1 is not None and evs[0].actor1.name.endswith("Mali Freedom Front")


def test_khawarij_names_the_group_the_country_s_government_fights(run) -> None:  # type: ignore[no-untyped-def]
    somalia = run(
        "Somali troops killed 14 Khawarij fighters near Jowhar in Middle Shabelle on Monday.",
        "en",
        "2025-04-15",
    )
    assert somalia[0].actor2 is not None and somalia[0].actor2.name == "Al Shabaab"
    pakistan = run(
        "Security forces killed nine Khawarij in North Waziristan on Monday, the ISPR said.",
        "en",
        "2025-04-15",
    )
    assert pakistan[0].actor2 is not None and pakistan[0].actor2.name.startswith("TTP")


def test_a_group_that_became_the_state_is_the_state_in_every_role(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The Takhar Front said on Saturday that its fighters had targeted a Taliban military vehicle in "
        "Takhar, killing two soldiers.",
        "en",
        "2025-06-02",
    )
    assert all(a.name != "Taliban" for e in evs for a in (e.actor1, e.actor2) if a is not None)


def test_what_keeps_being_suffered_is_no_incident_what_keeps_being_done_is(run) -> None:  # type: ignore[no-untyped-def]
    suffered = run(
        "A monitor said that herders continue to be killed by landmines left from the war.",
        "en",
        "2025-05-02",
    )
    assert suffered == []
    done = run("Police continue to arrest students who joined the march in Dhaka.", "en", "2025-05-02")
    assert [e.sub_event_type for e in done] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Supporters of two rival candidates clashed outside a polling station in Marawi on Sunday.", "en"),
        ("Deux personnes ont été blessées samedi dans une rixe entre bandes rivales à Kaolack.", "fr"),
    ],
)
def test_an_unarmed_brawl_is_mob_violence(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2025-05-12")] == ["Mob violence"]


def test_weapons_carried_are_not_used(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Trois hommes transportant une grenade et deux fusils ont été arrêtés samedi à un barrage à Gitega.",
        "fr",
        "2025-05-12",
    )
    assert "Grenade" not in [e.sub_event_type for e in evs]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("About 300 landless families occupied an idle cattle ranch near Maraba on Monday.", "en"),
        ("Des centaines d'étudiants ont occupé lundi le rectorat de l'université de Lomé.", "fr"),
    ],
)
def test_people_who_occupy_land_protest(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2025-05-14")] == ["Peaceful protest"]


def test_a_title_naming_a_place_keeps_the_name_after_it(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Le défenseur des droits du Haut-Karabakh, Arman Tatoyan, a fait état de dix morts à Martouni.", "fr"
    )
    assert any("Tatoyan" in s.text for s in evs[0].reported_by)


def test_a_speaker_whose_auxiliary_an_aside_cuts_off(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Le parquet général azerbaïdjanais a, de son côté, affirmé qu'un berger avait été tué "
        "lundi à Latchine par des tirs arméniens.",
        "fr",
        "2023-09-20",
    )
    assert evs and evs[0].reported_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Separatist fighters killed two soldiers in an ambush near Intan Jaya in Papua on Sunday.",
            "Unidentified",
        ),
        (
            "Separatist fighters killed two soldiers near Kumbo in Cameroon's North-West region on Sunday.",
            "Ambazonian",
        ),
        (
            "An unidentified man threw a grenade at a village chief's house in Datu Piang on Monday.",
            "Unidentified",
        ),
    ],
)
def test_unnamed_attackers_by_country(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, "en", "2025-05-20")
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith(expected)


def test_people_taken_then_killed_are_an_abduction(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Six farmers were abducted and shot dead near Tuz Khurmatu on Monday.", "en", "2025-05-20")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_a_claim_paragraphs_later_names_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A car bomb exploded outside a police station in Beledweyne on Tuesday, killing seven people, "
        "officials said.\n\nWitnesses said the blast shattered windows across the market.\n\n"
        "The town's mayor said the station had been guarded by only four officers.\n\n"
        "Al Shabaab claimed responsibility in a statement on its radio."
    )
    evs = run(text, "en", "2025-05-21")
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Al Shabaab"


def test_a_habit_of_claiming_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A soldier was killed on Sunday when his truck struck a landmine near Mueda, a military source "
        "said.\n\nIslamic State, which usually claims the insurgents' attacks, published no claims this week."
    )
    evs = run(text, "en", "2025-05-21")
    assert evs[0].actor1 is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police have blamed previous attacks on the bus company on a local gang.", "en"),
        ("Les autorités attribuent les attaques précédentes contre le camp à des bandits.", "fr"),
    ],
)
def test_previous_attacks_are_no_incident(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, lang, "2025-05-22") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The president signed the budget bill into law on Friday.", "en", []),
        ("A delegation returned from Baghdad on Monday without reaching an agreement on oil.", "en", []),
        ("Les deux gouvernements ont signé vendredi à Luanda une déclaration commune.", "fr", ["Agreement"]),
        ("Negotiators from both sides signed a joint statement in Oslo on Thursday.", "en", ["Agreement"]),
    ],
)
def test_what_is_signed_decides_an_agreement(run, text: str, lang: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2025-05-23")] == expected


def test_a_crowd_that_storms_and_burns_homes_is_a_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("On Friday, crowds in Churachandpur stormed and set fire to the homes of two MLAs.", "en")
    assert evs and evs[0].event_type == "Riots"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("About 150 teachers formed a human chain outside the ministry in Dhaka on Monday.", "en"),
        ("Hundreds held a vigil in Cochabamba on Friday to mourn a student killed in the clashes.", "en"),
        ("Samedi, des centaines d'étudiants ont formé une chaîne humaine devant le rectorat à Lomé.", "fr"),
    ],
)
def test_chains_and_vigils_are_peaceful_protests(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2025-05-24")] == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen fired on a convoy of passenger vehicles near Parachinar on Thursday, killing 12.", "en"),
        ("A retired police officer was shot dead by gunmen outside his home in Quetta on Sunday.", "en"),
        ("Un ancien officier de l'armée a été abattu samedi par des inconnus à Deraa.", "fr"),
    ],
)
def test_civilian_targets_that_look_military_are_attacks(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2025-05-26")] == ["Attack"]
