"""Pronominal verbs, demanded agreements, vehicle rammings, civilian posts, generic place nouns,
agencies inside longer names and forces loyal to a group (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.nlp import parse

pytestmark = pytest.mark.slow


def _subs(evs) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in evs]


def test_a_pronominal_verb_has_an_active_subject() -> None:
    doc = parse("Des centaines de femmes se sont rassemblées devant la mairie de Bukavu.", "fr")
    assert [t.dep_ for t in doc if t.text == "centaines"] == ["nsubj"]
    assert not [t for t in doc if t.dep_ == "aux:pass"]


def test_people_who_gather_to_demand_protest(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Des milliers de personnes se sont rassemblées dimanche à Goma pour exiger le départ du gouverneur.",
        "fr",
        "2025-03-03",
    )
    assert _subs(evs) == ["Peaceful protest"]


def test_an_agreement_that_protesters_demand_was_not_concluded(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Des familles se sont réunies samedi à Haïfa pour exiger du gouvernement qu'il signe un accord "
        "avec les ravisseurs.",
        "fr",
        "2025-03-03",
    )
    assert "Agreement" not in _subs(evs)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un chauffard a foncé sur la foule des manifestants à Lyon mardi, blessant quatre personnes.", "fr"),
        ("A van ploughed into a crowd of marchers in Leeds on Tuesday, injuring four people.", "en"),
    ],
)
def test_a_vehicle_driven_into_protesters_is_an_attack_on_them(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-03-05")
    assert _subs(evs) == ["Attack"]
    assert evs[0].injured == 4


def test_police_shooting_at_protesters_stays_excessive_force(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("In Beira, police opened fire on protesters on Monday, killing two people.", "en", "2025-03-05")
    assert _subs(evs) == ["Excessive force against protesters"]


def test_a_burnt_health_post_makes_no_battle(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Rebels killed 12 villagers in Kasindi on Sunday and set fire to a health post, residents said.",
        "en",
        "2025-03-04",
    )
    assert _subs(evs) == ["Attack"]


def test_a_generic_place_noun_is_no_place(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Gunmen stormed the headquarters of the Second Military Region on Friday, killing three guards.",
        "en",
        "2025-03-08",
    )
    assert all(e.location is None or e.location.text != "Region" for e in evs)


def test_an_agency_name_inside_a_town_name_is_no_source(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Near Kfar Saba, a man stabbed two people on Monday, police said.",
        "en",
        "2025-03-04",
    )
    assert evs and all("Saba" not in [s.name for s in e.reported_by] for e in evs)


def test_forces_loyal_to_a_group_are_that_group(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Forces loyal to Yemen's Southern Transitional Council seized the town of Ataq on Tuesday.",
        "en",
        "2025-03-06",
    )
    assert evs and evs[0].actor1 is not None and "Southern Transitional Council" in evs[0].actor1.name


def test_settlers_killing_a_man_of_a_nation_attack_a_civilian(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Jeudi, des colons israéliens ont fait irruption dans le village de Sinjil, en Cisjordanie, "
        "tuant un Palestinien.",
        "fr",
        "2025-03-08",
    )
    assert _subs(evs) == ["Attack"]
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith("Settlers")


def test_people_named_by_name_and_shot_dead_were_attacked(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The opposition spokesman Carlos Mabunda and his driver Ernesto Tivane were shot dead by gunmen "
        "in Matola on Friday.",
        "en",
        "2025-03-09",
    )
    assert _subs(evs) == ["Attack"]


def test_a_country_name_before_a_force_noun_makes_it_that_state_s() -> None:
    from sitrep.stages.actors import normalize_actor

    actor = normalize_actor("the Burundi Defence Force", "en", None)
    assert actor is not None and actor.name == "Military Forces of Burundi"


def test_a_place_name_joined_by_a_particle_is_read_whole(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Insurgents attacked a village about 15 km west of Mocimboa da Praia on Monday, killing four people.",
        "en",
        "2025-03-11",
    )
    assert evs and evs[0].location is not None and evs[0].location.country == "MZ"


def test_a_counted_object_after_a_day_word_is_the_verb_s() -> None:
    doc = parse("Les soldats ont abattu mardi trois bandits près de Gao.", "fr")
    bandits = next(t for t in doc if t.text == "bandits")
    assert bandits.dep_ == "obj" and bandits.head.text == "abattu"


def test_a_person_and_the_one_joined_to_them_count_two(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Gunmen killed a herder and his wife in Bokkos on Sunday.", "en", "2025-03-11")
    assert [e.fatalities for e in evs] == [2]


def test_targeted_by_gunfire_is_no_aim(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mardi soir, une patrouille de l'armée a été visée par des tirs d'hommes armés près de Gao, "
        "blessant deux soldats.",
        "fr",
        "2025-03-12",
    )
    assert len(evs) == 1 and evs[0].injured == 2


def test_an_aim_to_retake_stays_planned() -> None:
    from sitrep.stages import modality as mod

    doc = parse("Les rebelles visent à reprendre la ville de Goma.", "fr")
    tok = next(t for t in doc if t.text == "reprendre")
    assert mod.modality(tok, "fr") == mod.PLANNED


def test_two_armed_groups_are_not_two_dead() -> None:
    from sitrep.stages.casualties import casualties_in

    doc = parse(
        "Au moins six personnes ont été tuées dans des combats qui ont opposé deux groupes armés à Zaouïa.",
        "fr",
    )
    assert [c.count.value for c in casualties_in(doc, "fr")] == [6]


def test_a_thief_beaten_to_death_by_a_crowd_is_mob_violence(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mardi, à Labé, un homme accusé d'avoir volé une moto a été battu à mort par une foule avant "
        "l'arrivée de la police.",
        "fr",
        "2025-03-12",
    )
    assert _subs(evs) == ["Mob violence"]


def test_per_cent_is_no_source(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Police fired tear gas at protesters in Beira on Friday after the ruling party won 70 per cent "
        "of the vote.",
        "en",
        "2025-03-15",
    )
    assert evs and all(not any("cent" in s.name for s in e.reported_by) for e in evs)


def test_a_drone_launched_from_abroad_is_not_the_reporting_army_s(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "On Monday, a drone launched from Syria crashed into a school in Kilis, wounding four pupils, "
        "the Turkish army said.",
        "en",
        "2025-03-18",
    )
    assert _subs(evs) == ["Air/drone strike"]
    assert evs[0].actor1 is not None and evs[0].actor1.country == "SY"


def test_a_plane_crash_is_no_strike(run) -> None:  # type: ignore[no-untyped-def]
    text = "The cargo plane crashed into a hillside near Juba, killing all five crew."
    assert not run(text, "en", "2025-03-18")


def test_rockets_fired_from_a_territory_are_an_incident_not_a_period(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Quatre roquettes ont été tirées lundi depuis le territoire syrien vers Kiryat Shmona, blessant "
        "une femme, selon l'armée israélienne.",
        "fr",
        "2025-03-18",
    )
    assert _subs(evs) == ["Shelling/artillery/missile attack"]
    assert evs[0].injured == 1 and evs[0].actor1 is not None and evs[0].actor1.country == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty a mis en garde contre de possibles « exécutions sommaires » de détenus.",
        "Selon la police, ils transportaient du matériel destiné à un attentat.",
    ],
)
def test_possible_or_intended_acts_are_not_events(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not run(text, "fr", "2025-03-18")


def test_a_crowd_dispersed_without_clashes_is_no_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mardi, des centaines de personnes se sont rassemblées devant le tribunal de Sfax pour exiger la "
        "libération d'un avocat, avant d'être dispersées sans heurts par la police.",
        "fr",
        "2025-03-19",
    )
    assert _subs(evs) == ["Protest with intervention"]


def test_gatherings_in_a_reported_clause_are_protests_in_each_place(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Similar rallies took place in Taiz and Ibb on Friday, the channel said.", "en", "2025-03-22")
    assert sorted(e.location.name for e in evs if e.location) and _subs(evs) == ["Peaceful protest"] * 2


def test_witnesses_who_report_strikes_did_not_strike(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Residents of Omdurman reported air strikes on RSF positions in the Karari district on Friday.",
        "en",
        "2025-03-22",
    )
    assert evs and (evs[0].actor1 is None or "Rapid Support" not in evs[0].actor1.name)


def test_an_army_reporting_clashes_is_a_side(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("The Sudanese army reported clashes with RSF fighters in Bahri on Friday.", "en", "2025-03-22")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Sudan"


def test_fighting_clans_are_a_clan_militia(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Three people were killed on Monday in an armed clash between two clans in the Qurna district, "
        "police said.",
        "en",
        "2025-03-25",
    )
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name.startswith("Unidentified Clan Militia")


def test_attackers_who_came_from_a_place_did_not_fight_there(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Un poste de l'armée nigérienne à Bosso a été attaqué mardi par des combattants de l'ISWAP. Les "
        "assaillants, venus des îles du lac Tchad, ont été repoussés. Trois militaires ont été tués.",
        "fr",
        "2025-03-20",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Bosso"
    assert evs[0].actor1 is not None and "West Africa" in evs[0].actor1.name


def test_a_vehicle_striking_a_mine_is_no_air_strike(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Three soldiers were wounded on Monday when their truck struck a landmine near Menaka.",
        "en",
        "2025-03-25",
    )
    assert _subs(evs) == ["Remote explosive/landmine/IED"]


def test_a_police_raid_that_only_detains_is_an_arrest(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "On Tuesday night, police raided homes in Omdurman and detained five members of a neighbourhood "
        "committee, their families said.",
        "en",
        "2025-03-27",
    )
    assert _subs(evs) == ["Arrests"]


def test_the_white_army_is_the_nuer_militia_and_the_sspdf_south_sudan_s() -> None:
    from sitrep.stages.actors import normalize_actor

    white, sspdf = normalize_actor("White Army", "en", None), normalize_actor("SSPDF", "en", None)
    assert white is not None and white.name == "Nuer Ethnic Militia (South Sudan)"
    assert sspdf is not None and sspdf.name == "Military Forces of South Sudan"


def test_barricades_and_burning_tyres_are_a_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("À Kindu, des jeunes ont érigé des barricades et brûlé des pneus samedi.", "fr", "2025-03-30")
    assert _subs(evs) == ["Violent demonstration"]


def test_a_group_that_governs_the_town_arrests(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Mardi, le M23 a arrêté une dizaine de jeunes lors d'un bouclage à Goma.", "fr", "2025-03-30")
    assert _subs(evs) == ["Arrests"]


def test_protesters_met_with_tear_gas_protested(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "In Omdurman, police fired tear gas to stop hundreds of protesters from reaching the parliament "
        "on Sunday.",
        "en",
        "2025-03-31",
    )
    assert _subs(evs) == ["Protest with intervention"]


def test_relatives_who_blocked_a_motorway_until_police_removed_them_protested(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mercredi, une trentaine de proches de détenus ont bloqué l'autoroute à Dakar avant d'être "
        "évacués par des policiers.",
        "fr",
        "2025-04-03",
    )
    assert _subs(evs) == ["Protest with intervention"]


def test_turkmen_protesters_in_kirkuk_are_of_iraq(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Hundreds of Turkmen protesters rallied in Kirkuk on Saturday.", "en", "2025-04-06")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Protesters (Iraq)"
