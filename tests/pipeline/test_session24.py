"""Misparsed main verbs, placards, defused bombs, arrests for a cause and the people an arrest
took (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _subs(evs) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in evs]


def test_a_main_verb_parsed_as_a_participle_before_saying(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "On Friday, hundreds of farmers protested outside the ministry in Nairobi, saying they had not "
        "been paid for their maize.",
        "en",
        "2025-06-09",
    )
    assert _subs(evs) == ["Peaceful protest"]
    assert evs[0].date == "2025-06-06"


def test_a_sign_held_up_is_no_agreement(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "A mother held up a sign with her son's photograph outside the court in Mombasa on Monday.",
        "en",
        "2025-06-10",
    )
    assert "Agreement" not in _subs(evs)


def test_a_defused_bomb_is_disrupted_however_the_parse_hangs_it(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Police on Sunday defused a car bomb left some 300 meters from the stadium in Kano.",
        "en",
        "2025-06-10",
    )
    assert _subs(evs) == ["Disrupted weapons use"]


def test_one_arrested_beside_a_march_for_a_cause_is_still_taken(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mardi, un syndicaliste a été arrêté à Bamako en marge d'une marche pour la liberté de la presse.",
        "fr",
        "2025-06-12",
    )
    assert evs, "the arrest (or the march it interrupted) is an event"


def test_the_group_those_arrested_are_suspected_of_helping_did_not_arrest(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Detectives arrested three men in Mandera town suspected of supplying fuel to the militants.",
        "en",
        "2025-06-12",
    )
    assert _subs(evs) == ["Arrests"]
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith("Police Forces")


def test_the_force_that_fired_is_a_party_though_it_also_reports(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Nine people died in Mombasa on Tuesday after police used live ammunition against protesters, "
        "police and hospital officials said.",
        "en",
        "2025-06-12",
    )
    assert _subs(evs) == ["Excessive force against protesters"]


def test_a_gang_named_like_a_village_is_an_actor_not_a_place(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Members of Los Lobos killed nine inmates at the prison in Machala, Ecuador, on Monday.",
        "en",
        "2025-04-09",
    )
    assert [e.actor1.name for e in evs if e.actor1] == ["Los Lobos"]
    assert evs[0].location is not None and evs[0].location.country == "EC"


def test_a_capture_a_side_claims_is_an_event(run) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée russe a revendiqué lundi la prise de Kourakhove, dans la région de Donetsk."
    evs = run(text, "fr", "2024-10-03")
    assert _subs(evs) == ["Non-state actor overtakes territory"]


def test_a_second_town_after_an_apposition_is_an_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Samedi, des milliers de personnes se sont rassemblées à Batoumi, sur la mer Noire, et à "
        "Koutaïssi, la deuxième ville du pays.",
        "fr",
        "2024-12-03",
    )
    assert sorted(e.location.name for e in evs if e.location) == ["Batumi", "Kutaisi"]


def test_gang_members_are_an_armed_group(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gang members shot dead three traders at a market in Port-au-Prince on Friday."
    evs = run(text, "en", "2025-02-10")
    assert [e.actor1.name for e in evs if e.actor1] == ["Unidentified Armed Group (Haiti)"]


def test_the_gangs_of_a_story_about_one_gang_are_that_gang(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Members of the Los Lobos gang stormed a police post in Machala on Friday, killing two officers. "
        "On Saturday, gang members set fire to a bus in Machala.",
        "en",
        "2025-02-10",
    )
    assert [e.actor1.name for e in evs if e.actor1] == ["Los Lobos", "Los Lobos"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des renforts de l'armée ont été dépêchés sur les lieux dès l'aube lundi.", "fr"),
        ("Reinforcements were rushed to the scene on Monday morning.", "en"),
    ],
)
def test_reinforcements_sent_to_the_scene_are_the_aftermath(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, lang, "2024-06-20") == []


def test_gatherings_that_took_place_are_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Des rassemblements ont également eu lieu samedi à Haïfa.", "fr", "2024-01-22")
    assert _subs(evs) == ["Peaceful protest"]


def test_a_period_after_the_wounded_dates_the_dead_beside_them_too(run) -> None:  # type: ignore[no-untyped-def]
    text = "Au moins 22 personnes ont été tuées et une centaine blessées depuis le début des manifestations."
    assert run(text, "fr", "2025-09-30") == []


def test_a_town_described_by_its_distance_from_a_city_is_the_place(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Une raffinerie de Riazan, ville située à quelque 200 kilomètres au sud-est de Moscou, a été touchée "
        "vendredi par une attaque de drones ukrainiens.",
        "fr",
        "2025-01-25",
    )
    assert [e.location.name for e in evs if e.location] == ["Ryazan’"]


def test_the_post_that_was_the_target_of_an_attack_is_actor2(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Au Cameroun, la brigade de gendarmerie de Bamenda a été la cible d'une attaque dimanche soir.",
        "fr",
        "2024-03-12",
    )
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Police Forces of Cameroon"


def test_police_clashing_with_a_peaceful_march_is_excessive_force(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Two people were shot dead in Kisumu on Tuesday as police clashed with young protesters. Witnesses "
        "said officers opened fire on demonstrators who were marching peacefully along the main road.",
        "en",
        "2024-07-03",
    )
    assert _subs(evs) == ["Excessive force against protesters"]


def test_another_round_of_protests_called_for_is_still_to_come(run) -> None:  # type: ignore[no-untyped-def]
    text = "Organisers have called for another round of protests in Kisumu on Thursday."
    assert run(text, "en", "2024-07-03") == []


def test_the_dead_of_a_collapse_recalled_are_no_toll_of_the_march(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Des milliers de personnes ont manifesté samedi à Novi Sad, à l'appel des étudiants mobilisés depuis "
        "l'effondrement de l'auvent de la gare, le 1er novembre, qui avait fait quinze morts.",
        "fr",
        "2025-03-17",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Peaceful protest", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Residents of a district of Carrefour beat a suspected thief to death on Sunday.", "en"),
        ("Des habitants ont battu à mort un voleur présumé dimanche à Bukavu.", "fr"),
    ],
)
def test_residents_who_beat_a_man_to_death_are_a_mob(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert _subs(run(text, lang, "2025-04-08")) == ["Mob violence"]


def test_residents_who_tell_of_a_killing_are_no_mob(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Residents said gunmen killed five farmers in Gusau on Sunday.", "en", "2025-04-08")
    assert _subs(evs) == ["Attack"]


def test_a_police_claim_of_stones_does_not_make_a_peaceful_rally_a_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Deux personnes ont été tuées jeudi à Gunjur lorsque la police a ouvert le feu sur des habitants qui "
        "protestaient contre l'extraction de sable. Selon des témoins, le rassemblement était pacifique "
        "lorsque des policiers ont tiré à balles réelles. La police affirme que ses agents ont été "
        "attaqués à coups de pierres.",
        "fr",
        "2025-06-07",
    )
    assert _subs(evs)[:1] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Sunday, security forces arrested two men suspected of smuggling arms in El Arish.", "en"),
        ("Dimanche, les forces de sécurité ont interpellé deux hommes à Zinder.", "fr"),
    ],
)
def test_security_forces_that_arrest_are_the_police(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2025-05-30")
    assert [e.actor1.name.split(" of ")[0] for e in evs if e.actor1] == ["Police Forces"]


def test_a_third_suspect_shot_dead_is_one_dead(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A third suspect was shot dead by police in Ntuzuma on Thursday.", "en", "2025-05-30")
    assert [e.fatalities for e in evs] == [1]


def test_villagers_as_the_agent_of_a_beating_are_a_mob(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A trader was severely beaten by villagers in Shibganj on Thursday.", "en", "2025-07-24")
    assert _subs(evs) == ["Mob violence"]


def test_a_body_left_on_the_roadside_is_no_roadside_bomb(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot a trader dead near Alwar on Saturday and left him on the roadside."
    evs = run(text, "en", "2025-07-24")
    assert _subs(evs) == ["Attack"]


def test_a_legion_that_fights_alongside_a_state_is_no_battle(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Un tribunal a condamné mercredi un étudiant pour avoir voulu rejoindre une légion de volontaires, "
        "qui combat aux côtés de Kiev."
    )
    assert run(text, "fr", "2025-03-14") == []


def test_the_day_before_opens_another_incident(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Des rebelles ont tué douze civils à Ntombi, a déclaré l'administrateur du territoire. La veille, "
        "six civils avaient été tués dans une attaque contre la ville de Beni.",
        "fr",
        "2019-12-10",
    )
    assert sorted(e.fatalities for e in evs) == [6, 12]


def test_a_lead_dated_by_another_clause_is_summed_by_the_parts(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "The prime minister resigned on Tuesday, a day after at least 12 people were killed when police "
        "opened fire on protesters.\n\nTen people died in Kathmandu on Monday after police fired on "
        "protesters. Two more were killed in the town of Itahari when police fired on demonstrators.",
        "en",
        "2025-09-09",
    )
    assert sorted(e.fatalities for e in evs) == [2, 10]
