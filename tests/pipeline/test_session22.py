"""Parser mends, campaign tolls, killing nouns, allies of a named group and state forces
destroying property (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.nlp import parse

pytestmark = pytest.mark.slow


def _a1(evs) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.actor1.name if e.actor1 else None for e in evs]


def test_a_perfect_auxiliary_alone_makes_an_active_subject() -> None:
    doc = parse("La gendarmerie a interpellé douze jeunes à Kaya.", "fr")
    subj = next(t for t in doc if t.text == "gendarmerie")
    assert subj.dep_ == "nsubj"
    passive = parse("Douze jeunes ont été interpellés par la gendarmerie.", "fr")
    assert [t.dep_ for t in passive if t.text == "jeunes"] == ["nsubj:pass"]


def test_the_arrester_of_a_perfect_tense_arrest(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("La police a ensuite interpellé 14 suspects à Kaya, lundi.", "fr", "2025-02-04")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert _a1(evs)[0] and "Police" in _a1(evs)[0]


def test_since_then_opening_a_sentence_opens_a_period(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Le lynchage de neuf présumés voleurs a eu lieu le 2 mars à Kenscoff. Depuis, plus de 80 "
        "personnes auraient été tuées par la population, selon l'organisation.",
        "fr",
        "2025-04-01",
    )
    assert [e.fatalities for e in evs] == [9]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The lynching of seven suspected thieves in Kenscoff on March 2 shocked residents.", "en"),
        ("Le lynchage de sept présumés voleurs à Kenscoff, le 2 mars, a choqué les habitants.", "fr"),
    ],
)
def test_the_victims_of_a_killing_noun_are_its_dead(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in run(text, lang, "2025-04-01")] == [7]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Sunday, fighters of the Al-Qaeda-linked Group for the Support of Islam and Muslims "
            "(JNIM) ambushed an army patrol near Dori, killing four soldiers.",
            "en",
        ),
        ("Dimanche, le JNIM, affilié à Al-Qaïda, a tendu une embuscade à une patrouille près de Dori.", "fr"),
    ],
)
def test_the_group_a_named_group_is_tied_to_did_not_act(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [a.startswith("JNIM") for a in _a1(run(text, lang, "2025-04-01")) if a] == [True]


def test_a_group_only_said_to_be_linked_is_kept(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Al-Shabaab-linked militants attacked a police post in Mandera on Sunday.", "en", "2025-04-01")
    assert _a1(evs) == ["Al Shabaab"]


def test_soldiers_torching_houses_destroy_property_they_do_not_riot(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Myanmar junta troops torched about 60 houses in a village of Sagaing Region on Friday.",
        "en",
        "2024-03-04",
    )
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
    assert _a1(evs)[0] and _a1(evs)[0].startswith("Military Forces of Myanmar")
    riot = run("Protesters torched the town hall in Kisumu on Monday, police said.", "en", "2024-03-05")
    assert [e.sub_event_type for e in riot] == ["Violent demonstration"]


def test_a_junta_is_the_military(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Niger's junta arrested two former ministers in Niamey on Sunday.", "en", "2023-08-01")
    assert _a1(evs) == ["Military Forces of Niger"]


def test_speakers_the_parser_hung_on_a_place_still_speak(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Gunmen seized at least 14 passengers from a bus near Kachia, in Kaduna state, police and a "
        "transport union official said on Monday.\n\nOfficers were sent to the area.",
        "en",
        "2024-06-11",
    )
    assert evs and {s.name for s in evs[0].reported_by} >= {"police"}


def test_regime_forces_are_the_military_of_the_country_in_question(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Regime forces detained 19 young men in Sagaing's Monywa on Friday.", "en", "2024-03-04")
    assert _a1(evs) == ["Military Forces of Myanmar"]


def test_a_participle_with_an_object_after_its_noun_is_the_verb() -> None:
    from sitrep.stages.trigger_filters import misread_finite

    doc = parse("Junta detains 30 in sweep\n\nSoldiers detained at least 30 young men in Mandalay.", "en")
    verb = next(t for t in doc if t.text == "detained")
    assert misread_finite(verb) or verb.dep_ == "ROOT"
    reduced = parse("The men detained by soldiers were freed on Friday.", "en")
    assert not misread_finite(next(t for t in reduced if t.text == "detained"))


def test_an_air_base_attacked_is_no_air_strike(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a military air base near Niamey on Tuesday, killing 9 soldiers."
    evs = run(text, "en", "2024-09-18")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    texte = "Des jihadistes ont attaqué mardi la base aérienne de Niamey, tuant 9 soldats."
    fr = run(texte, "fr", "2024-09-18")
    assert [e.sub_event_type for e in fr] == ["Armed clash"]


def test_joining_a_march_is_marching(run) -> None:  # type: ignore[no-untyped-def]
    text = "In Magway Region's Pakokku, hundreds of students joined a march on Monday."
    evs = run(text, "en", "2024-02-22")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in evs] == [
        ("Peaceful protest", "Pakokku")
    ]


def test_firing_at_a_patrol_is_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen fired at an army patrol near Bama on Sunday, wounding two soldiers."
    evs = run(text, "en", "2024-05-20")
    assert [(e.event_type, e.injured) for e in evs] == [("Battles", 2)]


def test_police_shooting_protesters_is_excessive_force_even_without_deaths(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("Police shot protesters in Nakuru on Monday, wounding four.", "en", "2024-05-21")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]


def test_people_fleeing_name_no_incident_of_their_own(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighters fleeing the town were hit near Bama on Monday by a Nigerian Air Force jet, which "
        "killed four of them."
    )
    assert [e.sub_event_type for e in run(text, "en", "2024-05-21")] == ["Air/drone strike"]


def test_a_witness_counted_with_an_article_is_no_victim(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mardi, l'armée a repoussé une attaque contre Kadugli, affirmant avoir tué une trentaine "
        "d’assaillants. Un habitant a fait état de deux civils tués."
    )
    assert [e.fatalities for e in run(text, "fr", "2025-05-30")] == [32]


def test_a_foreign_name_opening_a_longer_arabic_name_is_not_that_group(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Des heurts ont opposé lundi le Fateh à des militants du groupe Chabab el-Mouslim dans le "
        "camp de Chatila, à Beyrouth, faisant deux morts."
    )
    names = {e.actor1.name for e in run(text, "fr", "2023-07-31") if e.actor1} | {
        e.actor2.name for e in run(text, "fr", "2023-07-31") if e.actor2
    }
    assert "Al Shabaab" not in names and "Fatah Movement" in names


def test_the_group_after_its_allegiance_and_a_common_noun_acted(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militants killed 12 soldiers near Djibo on Tuesday. The al Qaeda-linked group JNIM "
        "claimed responsibility for the attack."
    )
    assert [a.startswith("JNIM") for a in _a1(run(text, "en", "2023-06-14")) if a] == [True]


def test_the_ends_of_a_journey_are_not_where_it_happened(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen attacked a convoy near Alizai on Thursday, killing 12 people. \"They ambushed buses "
        "travelling from Parachinar to Peshawar,\" an official said."
    )
    assert [e.location.name if e.location else None for e in run(text, "en", "2024-11-22")] == ["Alizai"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Clashes between two clans near Kurram in July killed 20 people, and gunmen killed 9 "
            "people in an attack on a convoy near Kurram in October.",
            "en",
        ),
    ],
)
def test_a_joined_clause_on_a_day_of_its_own_is_another_incident(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = run(text, lang, "2024-11-22")
    assert sorted((e.date, e.fatalities) for e in evs) == [("2024-07-01", 20), ("2024-10-01", 9)]


def test_a_direction_adjective_filed_as_a_people_is_no_place(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed four villagers near Gwoza on Sunday. The governor asked Western partners for help."
    assert [e.location.name if e.location else None for e in run(text, "en", "2024-05-20")] == ["Gwoza"]


def test_a_bare_plural_in_a_purpose_is_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = "The president said new batteries would be used to shield the city from glide bombs."
    assert run(text, "en", "2024-05-20") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lundi, un sit-in d'une centaine d'enseignants s'est tenu dans le calme devant la mairie "
            "de Moundou.",
            "fr",
        ),
        ("On Monday, about a hundred teachers held a sit-in outside the town hall in Moundou.", "en"),
    ],
)
def test_a_sit_in_is_a_protest(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in run(text, lang, "2024-05-21")] == ["Peaceful protest"]


def test_acts_condemned_in_general_are_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a dénoncé des « actes de vandalisme » et promis des sanctions."
    assert run(text, "fr", "2024-05-21") == []


def test_a_capital_a_without_its_accent_puts_the_town(run) -> None:  # type: ignore[no-untyped-def]
    evs = run("A Zinder, la police a dispersé jeudi une marche d'étudiants.", "fr", "2024-05-20")
    assert [(e.location.name, e.location.precision) for e in evs if e.location] == [("Zinder", 1)]


def test_where_something_stands_is_nothing_found(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Agadez, où se trouve la base de drones, des centaines de personnes ont pris part jeudi "
        "à une marche."
    )
    assert [e.sub_event_type for e in run(text, "fr", "2024-05-20")] == ["Peaceful protest"]
    took = run("On Monday, hundreds of residents took part in a march in Agadez.", "en", "2024-05-20")
    assert [e.sub_event_type for e in took] == ["Peaceful protest"]


def test_a_clock_time_abbreviation_can_end_a_sentence() -> None:
    doc = parse("Gunmen attacked the village at 4 a.m. Three people were killed in Kuru.", "en")
    assert [s.text.strip() for s in doc.sents] == [
        "Gunmen attacked the village at 4 a.m.",
        "Three people were killed in Kuru.",
    ]


def test_where_the_wounded_were_evacuated_to_is_not_the_place(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed five soldiers in Wanlaweyn on Tuesday. Nine were wounded and evacuated to Garowe."
    assert [e.location.name if e.location else None for e in run(text, "en", "2024-06-19")] == ["Wanlaweyn"]


def test_incidents_set_in_their_context_are_not_told_again(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed five soldiers in Wanlaweyn on Tuesday.\n\nThe attacks come as the government "
        "pushes ahead with its offensive against the group."
    )
    assert len(run(text, "en", "2024-06-19")) == 1


def test_who_held_a_sit_in_reported_nothing(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lundi, des dizaines d'infirmières ont observé un sit-in devant le ministère, à Jacmel."
    evs = run(text, "fr", "2023-07-05")
    assert [(e.sub_event_type, e.reported_by) for e in evs] == [("Peaceful protest", [])]
    said = run("Trois civils ont été tués lundi à Gao, a observé notre correspondant.", "fr", "2023-07-05")
    assert [s.text for e in said for s in e.reported_by] == ["correspondant"]


def test_throwing_harmless_things_is_no_violence(run) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters in Lyon are throwing paper rolls into the air to show their anger."
    soft = run(text, "en", "2019-10-20")
    assert [e.sub_event_type for e in soft] == ["Peaceful protest"]
    hard = run("Protesters in Lyon were throwing stones at police on Monday.", "en", "2019-10-20")
    assert [e.sub_event_type for e in hard] == ["Violent demonstration"]


def test_a_claim_told_next_never_takes_a_states_strike(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mercredi, l'aviation irakienne a mené des frappes contre des caches dans les monts Hamrine, "
        "tuant cinq jihadistes. En 2021, un attentat revendiqué par l'EI avait fait 32 morts à Bagdad."
    )
    strikes = [e for e in run(text, "fr", "2023-12-20") if e.sub_event_type == "Air/drone strike"]
    assert [e.actor1.name if e.actor1 else None for e in strikes] == ["Military Forces of Iraq"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three PMF fighters were wounded by a roadside bomb near Hawija on Tuesday.", "en"),
        (
            "Trois combattants du Hachd al-Chaabi ont été blessés mardi par l'explosion d'une bombe "
            "près de Hawija.",
            "fr",
        ),
    ],
)
def test_who_a_bomb_wounded_is_its_target_not_its_author(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = run(text, lang, "2023-12-20")
    assert event.actor1 is None and event.actor2 is not None and event.actor2.name.startswith("PMF")


def test_arrests_the_army_reports_with_no_arrester_are_the_armys(run) -> None:  # type: ignore[no-untyped-def]
    army = run("The army said on Tuesday that 20 suspects had been arrested in Gao.", "en", "2024-09-18")
    assert [e.actor1.name if e.actor1 else None for e in army] == ["Military Forces of Mali"]
    police = run("Police said on Tuesday that 20 suspects had been arrested in Kano.", "en", "2024-09-18")
    assert [e.actor1.name if e.actor1 else None for e in police] == ["Police Forces of Nigeria"]


def test_a_march_staged_is_a_protest_whatever_the_lemmatizer_says(run) -> None:  # type: ignore[no-untyped-def]
    text = "Members of the Nigeria Labour Congress on Thursday staged a peaceful march in Abuja."
    assert [e.sub_event_type for e in run(text, "en", "2024-05-20")] == ["Peaceful protest"]


def test_an_unknown_legion_is_a_group_with_its_linking_words() -> None:
    from sitrep.stages.actors import find_actor_mentions

    doc = parse("The Freedom of Russia Legion said its fighters had attacked Kozinka.", "en")
    named = [m.actor.name for m in find_actor_mentions(doc, "en") if not m.generic]
    assert named == ["Freedom of Russia Legion"]


def test_what_protesters_demand_an_end_to_did_not_happen_there(run) -> None:  # type: ignore[no-untyped-def]
    text = "On Saturday, hundreds of residents staged a sit-in in Bannu, demanding an end to 'killings'."
    assert [e.sub_event_type for e in run(text, "en", "2025-03-10")] == ["Peaceful protest"]
