"""Session 26: who is a victim rather than a doer (a mine's, a bomb's, an ambush's, who found the
dead), weapons stopped or burned, the reason for an arrest, groups named by their people or after a
suspicion word, sources joined by "and" and French roles, tolls a parse hung on a source, and the
place that opens a sentence (sentences written for these tests)."""

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


def _sources(ev) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.name for s in ev.reported_by}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Three people were shot dead in Eldoret, according to police and witnesses.",
            "en",
            {"police", "witnesses"},
        ),
        (
            "Trois personnes ont été tuées à Kaga Bandoro, selon la police et des témoins.",
            "fr",
            {"police", "witnesses"},
        ),
        (
            "Two men were killed in Garissa, the governor and local residents said.",
            "en",
            {"governor", "residents"},
        ),
    ],
)
def test_sources_joined_by_and_are_each_a_source(run, text: str, lang: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-06-09")
    assert len(evs) == 1 and expected <= _sources(evs[0])


def test_one_ministry_named_with_and_stays_one_source(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Quatre civils ont été tués à Bambari, selon le ministère de la Défense et des Anciens combattants.",
        "fr",
        "2025-06-09",
    )
    assert len(evs) == 1 and len(evs[0].reported_by) == 1


def test_a_ministry_without_a_country_is_the_story_s(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Deux policiers ont été tués samedi à Homs, selon le ministère de l'Intérieur.", "fr", "2025-06-09"
    )
    assert len(evs) == 1 and _sources(evs[0]) == {"Syrian Ministry of Interior"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux civils ont été tués à Nyala, selon un journaliste local.", "journalist"),
        ("Deux civils ont été tués à Nyala, selon un chef communautaire.", "community leader"),
    ],
)
def test_french_roles_are_named_in_english(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, "fr", "2025-06-09")
    assert len(evs) == 1 and _sources(evs[0]) == {expected}


def test_the_place_that_opens_the_sentence_sets_its_scene(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "In Kitengela, two people were shot dead when police opened fire on youths who had blocked the "
        "Magadi road with burning tyres, the area chief said.",
        "en",
        "2025-06-09",
    )
    assert [e.location.name for e in evs] == ["Kitengela"]


def test_protesters_in_a_clause_on_the_town_were_fired_on_by_police(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Two more people were killed in Kitengela, where police fired live rounds to break up a crowd of "
        "peaceful demonstrators.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un attentat visant un poste de contrôle à Homs a été déjoué lundi, selon le ministère.", "fr"),
        ("Soldiers intercepted a suicide bomber near the main market in Maiduguri on Monday.", "en"),
    ],
)
def test_a_foiled_attack_is_a_disrupted_weapon(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-06-09")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_a_gerund_read_as_a_noun_still_says_who_was_wounded(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Un obus est tombé sur une école de Kadugli, tuant quatre élèves et blessant sept autres personnes.",
        "fr",
        "2025-06-09",
    )
    assert [(e.fatalities, e.injured) for e in evs] == [(4, 7)]


def test_both_is_two(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A drone hit a car near Amadiya on Sunday, killing both passengers.", "en", "2025-06-09")
    assert [e.fatalities for e in evs] == [2]


def test_the_official_who_tells_of_the_dead_is_none_of_them(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Homs, 3 mars 2025 (AFP) - Deux policiers et trois assaillants ont été tués dans la nuit de samedi à "
        "dimanche lors d'une attaque contre un barrage routier aux abords de Talkalakh, près de la frontière "
        "libanaise, a indiqué dimanche un responsable local à l'AFP.",
        "fr",
        "2025-03-03",
    )
    assert [e.fatalities for e in evs] == [5]


def test_the_ministry_alone_is_the_ministry_named_before(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Deux policiers ont été tués lundi à Homs, selon le ministère de l'Intérieur.\n\n"
        "Mardi, le ministère a affirmé avoir déjoué un attentat à Hama : une voiture piégée a été "
        "découverte.",
        "fr",
        "2025-03-05",
    )
    assert [_sources(e) for e in evs] == [{"Syrian Ministry of Interior"}] * 2


def test_missiles_fired_at_what_someone_called_a_base_are_no_interception(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The Guards fired ballistic missiles on Monday night at what they said was a spy base in Erbil.",
        "en",
        "2025-03-05",
    )
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_soldiers_in_the_west_bank_are_israel_s_and_its_police_the_authority_s(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "In Tubas, soldiers exchanged fire with gunmen on Monday. One gunman was killed.", "en", "2025-03-05"
    )
    assert [_name(e.actor1) for e in evs] == ["Military Forces of Israel"]
    evs = run("Palestinian police arrested four men in Nablus on Monday.", "en", "2025-03-05")
    assert [_name(e.actor1) for e in evs] == ["Police Forces of Palestine"]


def test_a_capitalised_article_is_no_group_s_name(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Monday: A group of Israeli colonists attacked Palestinian farmers near Sinjil.", "en", "2025-03-05"
    )
    assert [_name(e.actor1) for e in evs] == ["Settlers (Israel)"]


def test_a_group_named_after_a_participle_owns_its_men(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Trois commerçants ont été tués lundi par des miliciens présumés de la CODECO près de Djugu.",
        "fr",
        "2025-03-05",
    )
    assert [_name(e.actor1) for e in evs] == ["CODECO: Cooperative for Development of Congo"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les démineurs ont découvert et neutralisé un engin explosif improvisé près de Kaya lundi.",
            "fr",
        ),
        ("The army said a rocket fired from the north was intercepted near Metula on Monday.", "en"),
    ],
)
def test_a_device_found_and_made_safe_is_a_disrupted_weapon(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-03-05")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_taken_as_a_target_is_an_attack_not_a_capture(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Une patrouille de l'armée a été prise pour cible lundi près de Bassikounou par des hommes armés.",
        "fr",
        "2026-02-03",
    )
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_fearing_to_be_attacked_is_no_attack(run) -> None:  # type: ignore[no-untyped-def]
    assert (
        run("Les habitants de Sweida redoutent d'être attaqués par les tribus voisines.", "fr", "2025-03-05")
        == []
    )


def test_several_times_is_no_retaking(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Le camp de Zamzam a été bombardé à plusieurs reprises lundi, selon des habitants.",
        "fr",
        "2025-03-05",
    )
    assert "Government regains territory" not in [e.sub_event_type for e in evs]


def test_police_escorted_by_a_youth_league_keep_their_arrest(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Une dizaine de jeunes ont été arrêtés lundi à Rugombo, au Burundi, par des policiers "
        "accompagnés d'Imbonerakure.",
        "fr",
        "2025-03-05",
    )
    assert [(e.sub_event_type, _name(e.actor1)) for e in evs] == [("Arrests", "Police Forces of Burundi")]


def test_a_suspected_group_named_right_after_its_men(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Deux chauffeurs ont été tués lundi par des miliciens présumés CODECO près de Djugu.",
        "fr",
        "2025-03-05",
    )
    assert [_name(e.actor1) for e in evs] == ["CODECO: Cooperative for Development of Congo"]


def test_weapons_a_fight_involved_leave_it_a_fight(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "In April 2021, fighting involving tanks, rocket artillery, and drones killed about 55 people on "
        "both sides of the frontier.",
        "en",
        "2025-03-05",
    )
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neuf civils ont été tués lundi à Eringeti, selon le président de la société civile locale.",
            "civil society",
        ),
        ("Une marche a eu lieu lundi à Bunia, selon les organisateurs.", "organisers"),
        (
            "Un voleur présumé a été lynché samedi à Dori, selon des sources concordantes.",
            "concordant sources",
        ),
    ],
)
def test_more_french_roles(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, "fr", "2025-06-09")
    assert len(evs) == 1 and expected in _sources(evs[0])


def test_the_ngo_alone_is_the_ngo_named_before(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Selon Amnesty International, des soldats ont tué 12 personnes à Djibo. Selon l'ONG, ils ont ensuite "
        "tué 30 personnes à Arbinda.",
        "fr",
        "2025-06-09",
    )
    assert [_sources(e) for e in evs] == [{"Amnesty International"}] * 2


def test_the_other_side_of_a_fight_is_no_name_of_the_army(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Des combats ont opposé l'armée congolaise au M23 à Kitshanga mercredi.", "fr", "2025-06-09")
    assert [(_name(e.actor1), _name(e.actor2)) for e in evs] == [
        ("Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")
    ]


def test_a_hyphened_town_read_as_a_person_is_found_whole(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Gunmen kidnapped four teachers in Croix-des-Bouquets on Monday.", "en", "2025-06-09")
    assert [e.location.name for e in evs] == ["Croix-des-Bouquets"]


def test_an_armed_gang_that_loots_shops_is_no_crowd(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "A gang of about twenty men armed with clubs looted several shops in Nakuru on Sunday.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_one_death_earlier_this_month_is_an_incident_not_a_tally(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Earlier this month, PA forces killed a gunman in Tubas, the group said.", "en", "2025-02-10")
    assert [(e.fatalities, _name(e.actor1)) for e in evs] == [(1, "Police Forces of Palestine")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police found the bodies of three men near San Pedro Sula on Sunday.", "en"),
        ("La police a retrouvé dimanche les corps de trois hommes près de Bouaké.", "fr"),
    ],
)
def test_who_found_the_dead_did_not_kill_them(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-02-10")
    assert len(evs) == 1 and not _name(evs[0].actor1).startswith("Police")


def test_demonstrators_who_set_a_building_on_fire_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "On Tuesday, protesters broke through police lines and set part of the county offices on fire.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_an_aircraft_set_on_fire_is_property_destroyed_not_an_air_strike(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The rebels set a small aircraft on fire at the airstrip of Wamena on Monday.", "en", "2025-06-09"
    )
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]


def test_an_ambushed_convoy_and_its_escort_are_the_targets(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Au Burkina Faso, un convoi escorté par l'armée est tombé dans une embuscade vendredi près de Djibo. "
        "L'attaque a été revendiquée dimanche par le JNIM.",
        "fr",
        "2025-06-09",
    )
    assert [(_name(e.actor1), _name(e.actor2)) for e in evs] == [
        ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso")
    ]


def test_a_toll_after_the_source_s_comma_is_no_source(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Selon des responsables locaux, au moins neuf pêcheurs ont été tués samedi sur une île située "
        "non loin de Bol, au Tchad.",
        "fr",
        "2025-06-09",
    )
    assert [e.fatalities for e in evs] == [9]


def test_the_junta_is_the_country_s_army(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "A junta jet bombed the hospital in Mindat, Chin State, on Monday, killing four civilians.",
        "en",
        "2025-06-09",
    )
    assert [_name(e.actor1) for e in evs] == ["Military Forces of Myanmar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux personnes ont été tuées lundi à Bol, selon notre correspondant local.", "correspondent"),
        ("Cinq personnes ont été enlevées mardi à Mora, selon une source proche de la famille.", "family"),
        (
            "Une frappe de drone a tué trois éleveurs près de Ngouboua, selon des organisations de défense "
            "des droits humains.",
            "human rights groups",
        ),
    ],
)
def test_french_roles_of_the_lake_chad_press(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, "fr", "2025-06-09")
    assert len(evs) == 1 and expected in _sources(evs[0])


def test_soldiers_who_loot_with_no_crowd_about_are_no_rioters(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Residents said the soldiers drove away cattle and looted grain stores in Gudalima, Amhara.",
        "en",
        "2025-06-09",
    )
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
