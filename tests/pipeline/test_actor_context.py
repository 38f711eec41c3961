"""Golden cases for actors read from their context: a group noun that refers back to the story's
named group, a group named by a participle, a group that speaks of its own fighters (sentences
written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _actor1(evs):
    return [e.actor1.name if e.actor1 else None for e in evs]


def test_insurgents_in_a_story_about_one_named_group_are_that_group(run):
    text = (
        "Fighters of the Islamic State group raided a village near Macomia on Monday, killing three "
        "farmers, a local official said. Two days later, insurgents abducted six children near "
        "Ancuabe, residents said."
    )
    evs = run(text, "en", "2025-06-12")
    assert _actor1(evs) == ["Islamic State", "Islamic State"]


def test_suspected_militants_stay_unknown(run):
    text = (
        "Suspected militants shot dead two villagers near Jiribam on Monday, police said. The "
        "People's Liberation Army of Manipur has been active in the district for years."
    )
    (event,) = run(text, "en", "2025-03-04")
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")


def test_the_islamists_of_a_french_story_are_its_named_group(run):
    text = (
        "Les shebab ont attaqué lundi une base de l'armée somalienne près de Wanlaweyn, tuant cinq "
        "soldats, selon un officier. Mercredi, les islamistes ont repris la localité de Moqokori."
    )
    evs = run(text, "fr", "2025-06-14")
    assert evs and all(name == "Al Shabaab" for name in _actor1(evs))


def test_a_group_noun_takes_the_group_its_own_sentence_names(run):
    text = (
        "Le ministère a indiqué que l'attaque a été menée par plusieurs centaines de terroristes de "
        "l'État islamique au Sahel près de Bani Bangou lundi. L'Alliance des États du Sahel (AES) "
        "prépare une force commune, a rappelé l'AES."
    )
    evs = run(text, "fr", "2025-05-06")
    assert evs and _actor1(evs)[0] == "Islamic State (Sahel)"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "In Hiiraan region, clan militias known as Ma'awisley fought al Shabaab fighters near "
            "Beledweyne on Thursday, a local elder said.",
            "en",
            "Ma'awisley",
        ),
        (
            "Armed men identified by local officials as members of the Oromo Liberation Army (OLA) "
            "abducted 17 passengers from a bus near Fiche last Wednesday.",
            "en",
            "OLA: Oromo Liberation Army",
        ),
    ],
)
def test_a_participle_names_the_group(run, text, lang, name):
    evs = run(text, lang, "2025-03-04")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == name


def test_unidentified_armed_men_are_named_by_no_place(run):
    text = (
        "Quatre civils ont été tués samedi soir par des hommes armés non identifiés dans un village "
        "proche de Mora, dans l'Extrême-Nord, selon des sources locales."
    )
    (event,) = run(text, "fr", "2025-03-04")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Cameroon)"


def test_a_group_that_speaks_owns_its_fighters(run):
    text = (
        "The Arakan Army (AA) said its fighters overran a military outpost east of Kyauktaw on "
        "Tuesday, killing a dozen soldiers."
    )
    evs = run(text, "en", "2025-03-06")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "AA: Arakan Army"


def test_a_group_named_in_the_speaking_subject_owns_its_fighters(run):
    text = (
        "The armed wing of the ADF, the Madina Brigade, said its fighters had attacked an army "
        "position near Eringeti on Friday, killing three soldiers."
    )
    evs = run(text, "en", "2025-03-08")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name.startswith("ADF")


def test_the_taliban_are_afghanistans_forces_since_2021_and_pakistans_taliban_the_ttp(run):
    afghan = run(
        "Taliban fighters clashed with Pakistani troops near Spin Boldak on Sunday, killing four "
        "people, officials said.",
        "en",
        "2025-10-03",
    )
    assert afghan and afghan[0].actor1 is not None
    assert afghan[0].actor1.name == "Military Forces of Afghanistan"
    older = run(
        "Taliban fighters attacked a police post in Kunduz on Sunday, killing four.",
        "en",
        "2019-10-03",
    )
    assert older and older[0].actor1 is not None and older[0].actor1.name == "Taliban"
    pakistani = run(
        "PESHAWAR: Seven policemen were killed when Taliban fighters attacked a police post in "
        "Lakki Marwat on Tuesday, officials said.",
        "en",
        "2025-10-03",
    )
    assert pakistani and pakistani[0].actor1 is not None
    assert pakistani[0].actor1.name == "TTP: Tehreek-i-Taliban Pakistan"


def test_the_group_the_sources_blame_did_it_unless_it_denies(run):
    blamed = run(
        "Gunmen abducted at least 20 people from a bus near Gebre Guracha in Oromia on Tuesday, "
        "two regional officials said, blaming the rebel Oromo Liberation Army (OLA).",
        "en",
        "2025-05-08",
    )
    assert blamed and blamed[0].actor1 is not None
    assert blamed[0].actor1.name == "OLA: Oromo Liberation Army"
    denied = run(
        "In Bichena, gunmen abducted the town's deputy administrator on Sunday evening, a relative "
        "said. Local officials blamed Fano, which denied any involvement.",
        "en",
        "2025-05-08",
    )
    assert denied and denied[0].actor1 is not None
    assert denied[0].actor1.name.startswith("Unidentified Armed Group")


def test_the_first_of_two_nationalities_leads(run):
    evs = run(
        "Mozambican and Rwandan troops killed 11 insurgents in a clash near Macomia on Sunday, "
        "the army said.",
        "en",
        "2025-05-06",
    )
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Mozambique"


def test_a_forces_ships_and_aircraft_are_the_force(run):
    evs = run(
        "SITTWE, Myanmar - Late on Saturday, navy vessels shelled villages on the outskirts of "
        "Kyaukphyu in Rakhine state, wounding at least four civilians, residents said.",
        "en",
        "2025-05-06",
    )
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Myanmar"


def test_fighters_told_as_the_dead_are_the_target_not_the_doer(run):
    text = (
        "Dimanche, la plupart des insurgés tués ou blessés près de Marib l'ont été par des raids "
        "aériens de la coalition menée par l'Arabie saoudite, selon des sources militaires."
    )
    (event,) = run(text, "fr", "2024-03-12")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Saudi Arabia"
    assert event.actor2 is not None and event.actor2.country == "YE"  # of the place, not of the backer


def test_the_arakan_army_is_known_in_both_languages(run):
    fr_text = "Des combattants de l'Armée d'Arakan ont attaqué lundi un poste de police près de Maungdaw."
    fr = run(fr_text, "fr", "2024-02-06")
    en = run("Arakan Army fighters attacked a police post near Maungdaw on Monday.", "en", "2024-02-06")
    assert [e.actor1.name for e in fr + en if e.actor1] == ["AA: Arakan Army", "AA: Arakan Army"]


def _disrupted(evs):
    return [
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
        for e in evs
        if e.sub_event_type == "Disrupted weapons use"
    ]


def test_unnamed_air_defences_are_those_of_the_state_that_reports_them(run):
    text = (
        "Belarus's Defence Ministry said air defence units had destroyed nine Polish drones over "
        "the Grodno region overnight."
    )
    evs = run(text, "en", "2025-02-11")
    assert _disrupted(evs) == [("Military Forces of Belarus", "Military Forces of Poland")]


TURKEY_STOPS_SYRIA = ("Military Forces of Turkey", "Military Forces of Syria")


def test_the_side_that_intercepts_is_actor1_and_the_launcher_actor2(run):
    fr = (
        "Le ministère turc de la Défense a affirmé avoir abattu dans la nuit 14 drones syriens "
        "au-dessus de la province de Hatay."
    )
    assert _disrupted(run(fr, "fr", "2025-02-11")) == [TURKEY_STOPS_SYRIA]
    fr = "Ankara a affirmé que ses défenses antiaériennes avaient intercepté six drones syriens."
    assert _disrupted(run(fr, "fr", "2025-02-11")) == [TURKEY_STOPS_SYRIA]
