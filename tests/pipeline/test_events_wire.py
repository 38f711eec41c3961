"""Golden cases from wire-style reports: several versions of one incident, campaigns told in
passing, towns in a list (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_gathering_for_trade_under_a_strike_is_no_protest(run):
    evs = run(
        "A drone strike on a weekly market killed at least 15 civilians in Bichena on Saturday, "
        "residents said. The strike hit the market around midday, when hundreds of people had "
        "gathered to sell grain and livestock.",
        "en",
        published="2026-09-15",
    )
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_the_day_of_a_report_is_not_the_day_of_the_strike(run):
    evs = run(
        "A drone strike killed 12 people at a market in Bichena on Saturday, residents said.\n\n"
        "The UN agency OCHA said in a flash update on Monday that 15 people had been killed in the strike.",
        "en",
        published="2026-09-15",
    )
    assert [(e.sub_event_type, e.date) for e in evs] == [("Air/drone strike", "2026-09-12")]


def test_the_sides_of_a_war_are_not_the_authors_of_a_strike(run):
    evs = run(
        "A drone strike on a market in Bichena killed 20 civilians on Saturday, in one of the deadliest "
        "incidents of the conflict between federal forces and Fano militiamen.",
        "en",
        published="2026-09-15",
    )
    assert len(evs) == 1
    assert evs[0].actor1 is None or "Fano" not in evs[0].actor1.name


def test_people_accused_in_a_report_are_not_its_source(run):
    evs = run(
        "Police in Bahir Dar arrested 14 people on Monday, including two lecturers, accused of "
        "collaborating with the militia, the state broadcaster reported.",
        "en",
        published="2026-09-15",
    )
    assert len(evs) == 1
    assert not any("lecturer" in s.name for s in evs[0].reported_by)
    assert evs[0].location is not None and evs[0].location.name == "Bahir Dar"


def test_marches_in_a_list_of_towns_are_one_event_each(run):
    evs = run(
        "Marches in Eldoret, Kisumu and Mombasa passed off peacefully on Tuesday, with demonstrators "
        "waving flags.",
        "en",
        published="2026-06-26",
    )
    assert sorted(e.location.name for e in evs if e.location) == ["Eldoret", "Kisumu", "Mombasa"]


def test_a_gerund_with_a_nationality_names_the_state(run):
    evs = run(
        "Indian shelling hit villages near Kotli on Monday, killing two women and a child, Pakistan's "
        "military said.",
        "en",
        published="2026-05-12",
    )
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of India"


def test_a_toll_over_several_days_is_no_incident(run):
    assert not run("Around 70 people were killed on both sides during those four days.", "en")
    assert not run("Les combats ont fait 40 morts en trois jours à Goma.", "fr")


def test_hundreds_of_kidnappings_are_a_trend(run):
    assert not run(
        "Armed gangs have carried out hundreds of kidnappings for ransom in Zamfara over the past decade.",
        "en",
    )


def test_a_named_incident_is_the_one_told_before(run):
    evs = run(
        "Gunmen abducted 30 worshippers from a mosque in Tsafe, Zamfara state, on Friday, police said.\n\n"
        "The Tsafe kidnapping came two months after gunmen seized 25 schoolgirls from a boarding school "
        "in Maga, in Kebbi state.",
        "en",
        published="2026-01-20",
    )
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in evs] == [
        ("Abduction/forced disappearance", "Tsafe"),
        ("Abduction/forced disappearance", "Maga"),
    ]


def test_an_intercepted_vehicle_is_no_disrupted_weapon(run):
    evs = run("Des hommes armés ont intercepté le véhicule lundi près de Maroua.", "fr")
    assert not any(e.sub_event_type == "Disrupted weapons use" for e in evs)
    evs = run("L'armée a intercepté un drone lundi au-dessus de Beersheba.", "fr", published="2026-03-10")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_an_earlier_massacre_months_before_is_its_own_event(run):
    evs = run(
        "Au moins dix-huit civils ont été tués mercredi soir dans une attaque des ADF à Mangina.\n\n"
        "Cette attaque intervient six mois après le massacre de Lubero, où plus de 60 personnes avaient "
        "été tuées par les ADF en septembre 2025.",
        "fr",
        published="2026-03-06",
    )
    assert sorted((e.fatalities, e.location.name if e.location else None) for e in evs) == [
        (18, "Mangina"),
        (60, "Lubero"),
    ]


def test_young_protesters_shot_dead_and_the_shots_told_after(run):
    evs = run(
        "Au moins deux jeunes manifestants ont été tués par balle jeudi à Lomé, lors d'une journée de "
        "mobilisation contre la vie chère. Les deux victimes marchaient en scandant des slogans lorsque "
        "des militaires ont ouvert le feu.",
        "fr",
        published="2026-06-12",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Excessive force against protesters", 2)]


def test_a_report_of_rape_elsewhere_is_not_the_capture_told_before(run):
    evs = run(
        "Les rebelles du 3R se sont emparés de Baboua le 14 septembre.\n\n"
        "Dans un rapport publié vendredi, la MINUSCA dénonce par ailleurs le viol de cinq femmes par des "
        "combattants du 3R à Abba.",
        "fr",
        published="2024-09-23",
    )
    assert sorted(e.sub_event_type for e in evs) == ["Non-state actor overtakes territory", "Sexual violence"]


@pytest.mark.parametrize(
    ("text", "lang", "parties"),
    [
        (
            "Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday.",
            "en",
            ["Government of Pakistan", "Government of Afghanistan"],
        ),
        (
            "The Afghan government signed a ceasefire with Pakistan in Doha on Sunday.",
            "en",
            ["Government of Afghanistan", "Government of Pakistan"],
        ),
        (
            "Les Etats-Unis et les Houthis avaient conclu le 6 mai 2025, sous médiation omanaise, un accord "
            "de cessez-le-feu.",
            "fr",
            ["Government of the United States", "Houthis"],
        ),
    ],
)
def test_the_parties_of_an_agreement_are_its_actors(run, text, lang, parties):
    evs = run(text, lang, published="2026-01-14")
    assert [(e.sub_event_type, [a.name for a in (e.actor1, e.actor2) if a]) for e in evs] == [
        ("Agreement", parties)
    ]


def test_a_key_point_and_its_full_account_are_one_incident(run):
    evs = run(
        "KEY POINTS\n"
        "• Two aid volunteers killed near El Obeid on 7 December.\n"
        "• A convoy looted in Babanusa on 8 December.\n\n"
        "On 7 December, two Red Crescent Society volunteers were killed when their vehicle came under fire "
        "about 20 km north of El Obeid. The perpetrators have not been identified.",
        "en",
        published="2025-12-10",
    )
    obeid = [e for e in evs if e.location and e.location.name == "El Obeid"]
    assert [(e.sub_event_type, e.fatalities, e.date) for e in obeid] == [("Attack", 2, "2025-12-07")]


def test_a_monitors_tally_is_no_incident(run):
    assert not run(
        "Depuis le début de l'année, le Cluster Protection a enregistré 137 civils tués dans le territoire "
        "de Djugu.",
        "fr",
    )
    assert not run(
        "In February, the Forum recorded 147 incidents and 212 conflict-related fatalities across the two "
        "regions.",
        "en",
    )
    assert not run("Overall, Russia launched 112 drones and four missiles against Ukraine overnight.", "en")


def test_a_toll_risen_from_one_figure_to_another(run):
    evs = run(
        "On 3 December, artillery shelling by the Sudan People's Liberation Movement-North hit residential "
        "areas of Kadugli, killing nine people. The death toll from that attack has since risen from 9 "
        "to 12.",
        "en",
        published="2025-12-10",
    )
    assert [(e.fatalities, e.actor1.name if e.actor1 else None) for e in evs] == [
        (12, "SPLM-N: Sudan People's Liberation Movement-North")
    ]


def test_the_headline_chooses_between_two_witnesses_figures(run):
    evs = run(
        "Drone strike on market kills at least 31, UN says\n\n"
        "A drone strike on a market in Bichena killed at least 22 civilians on Saturday, residents said.\n\n"
        "The UN agency OCHA said on Monday that at least 31 people had been killed in the strike.",
        "en",
        published="2026-09-15",
    )
    assert [(e.fatalities, e.date) for e in evs] == [(31, "2026-09-12")]


@pytest.mark.parametrize(
    ("text", "lang", "sub_event_type"),
    [
        (
            "In Mombasa, several hundred people marched peacefully to the county offices on Monday "
            "and dispersed without incident, a witness said.",
            "en",
            "Peaceful protest",
        ),
        (
            "In Nairobi, police fired tear gas to disperse protesters on Monday.",
            "en",
            "Protest with intervention",
        ),
        (
            "À Labé, plusieurs centaines de manifestants ont défilé lundi jusqu'à la préfecture, avant "
            "de se disperser en fin de matinée.",
            "fr",
            "Peaceful protest",
        ),
    ],
)
def test_a_crowd_that_disperses_of_itself_met_no_intervention(run, text, lang, sub_event_type):
    evs = run(text, lang, "2025-05-06")
    assert [e.sub_event_type for e in evs] == [sub_event_type]


def test_killing_then_taking_people_is_an_attack_and_taking_alone_an_abduction(run):
    raid = run(
        "Armed bandits killed 11 people and abducted scores of villagers in a night raid on a "
        "farming community in Tsafe, Zamfara state, residents said on Monday.",
        "en",
        "2025-05-06",
    )
    assert [e.sub_event_type for e in raid] == ["Attack"]
    taken = run(
        "Gunmen abducted at least 17 travellers near Tsafe on Sunday, residents said. Two of the "
        "passengers were later found dead.",
        "en",
        "2025-05-06",
    )
    assert [e.sub_event_type for e in taken] == ["Abduction/forced disappearance"]


def test_bodies_found_with_no_one_named_are_an_attack(run):
    evs = run(
        "The bodies of six men were found dumped beside a highway on the southern edge of Culiacán "
        "on Sunday morning, the state prosecutor's office said.",
        "en",
        "2025-05-06",
    )
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]
