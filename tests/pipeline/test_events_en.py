"""Golden cases for the whole extraction of English text (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_suicide_bombing_with_claim_and_source(run):
    evs = run(
        "A suicide bomber blew himself up at a crowded market in Baghdad on Monday, killing at least 14 "
        "people and wounding 30 others, police said. Islamic State claimed the attack.",
        "en",
        published="2019-05-14",
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.sub_event_type == "Suicide bomb"
    assert (e.fatalities, e.fatalities_qualifier) == (14, "at_least")
    assert e.injured == 30
    assert e.location is not None and e.location.country == "IQ"
    assert e.date == "2019-05-13"
    assert any(s.name.lower() == "police" for s in e.reported_by)


def test_battle_sums_both_sides(run):
    evs = run(
        "Two soldiers and nine militants were killed in a clash near Mosul on Sunday, the Iraqi army said.",
        "en",
    )
    assert len(evs) == 1
    assert evs[0].event_type == "Battles"
    assert evs[0].fatalities == 11
    assert evs[0].location is not None and evs[0].location.precision == 2


def test_protest(run):
    text = "Thousands of people took to the streets of Khartoum on Thursday to protest against fuel prices."
    evs = run(text, "en")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]


def test_future_offensive_is_planned(run):
    evs = run("The army will launch an offensive on Raqqa next week, officials said.", "en")
    assert evs == []


def test_kidnapping(run):
    evs = run("Gunmen kidnapped 20 students from a school in Kaduna state on Friday, police said.", "en")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Abduction/forced disappearance"
    assert evs[0].fatalities is None


def test_lead_and_detail_of_one_kidnapping_are_one_event(run):
    text = (
        "Gunmen have abducted at least 20 pupils from a school in northwestern Nigeria, "
        "officials said Friday.\n"
        "The abduction took place late on Thursday at the Government Secondary School in Kankara, "
        "Katsina state, police said."
    )
    events = run(text, "en", "2024-03-08")
    assert len(events) == 1
    assert events[0].date == "2024-03-07"  # Thursday; Friday is the day of the statement


def test_evidence_includes_the_sentence_that_names_the_place(run):
    text = (
        "Smugglers often cross the hills north of Mopti. "
        "An air strike hit a convoy there on Monday, killing nine fighters."
    )
    (event,) = run(text, "en", "2024-03-08")
    assert event.evidence.text.startswith("Smugglers often cross")
    assert event.location is not None and event.location.name == "Mopti"


def test_headline_lede_and_detail_of_one_bombing_are_one_event(run):
    text = (
        "Militant attack on Kismayo hotel kills at least 12.\n"
        "KISMAYO, May 4 (Reuters) - At least 12 people were killed when militants stormed a hotel at "
        "the Jazeera beach in Kismayo on Friday, police said.\n"
        "A suicide bomber blew himself up at the gate before gunmen opened fire. Guards killed three "
        "of the attackers and captured one alive, police said."
    )
    events = run(text, "en", "2024-05-04")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [
        ("Suicide bomb", "Kismayo")
    ]


def test_the_subject_names_the_means(run):
    (event,) = run("A roadside bomb struck an army truck near Baidoa on Monday, killing two soldiers.", "en")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_the_town_itself_not_its_reference_point(run):
    text = "Rebels attacked Kutum, about 80 km northwest of El Fasher, on Sunday, killing four civilians."
    (event,) = run(text, "en", "2024-05-06")
    assert event.location is not None and event.location.name == "Kutum"


def test_a_nationality_on_the_strike_names_the_state(run):
    (event,) = run("A Jordanian air strike on a depot near Mafraq killed four smugglers on Friday.", "en")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Jordan"


def test_west_bank_is_one_place(run):
    (event,) = run("Soldiers killed three gunmen in a raid in the West Bank on Tuesday, medics said.", "en")
    assert event.location is not None and event.location.name == "West Bank"


def test_sources_counted_in_a_reporting_clause_are_not_victims(run):
    (event,) = run("An air strike killed two fighters near Tyre on Monday, two security sources said.", "en")
    assert event.fatalities == 2


def test_separately_opens_another_incident_in_another_province(run):
    text = (
        "A suicide bomber killed six people in Kandahar on Monday, police said. A woman was among the dead.\n"
        "Separately, Taliban forces raided a hideout in Herat province on Sunday, killing two militants."
    )
    events = run(text, "en", "2024-09-03")
    assert [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("Suicide bomb", "Kandahār", 6),
        ("Armed clash", "Herāt", 2),
    ]


def test_the_government_that_speaks_owns_its_forces_and_is_no_place(run):
    text = (
        "Moscow said on Sunday its forces had captured the village of Novoselivka "
        "in Ukraine's Kharkiv region."
    )
    (event,) = run(text, "en", "2024-05-13")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Russia"
    assert event.location is not None and event.location.country == "UA"
    # a foreign state's forces gaining ground: the codebook's "non-state actor overtakes territory"
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_a_city_filed_as_an_organisation_is_still_a_place(run):
    text = "Kyiv said Russian missiles hit Poltava overnight, killing nine people."
    (event,) = run(text, "en", "2024-05-13")
    assert event.location is not None and event.location.name == "Poltava"


def test_a_caption_at_the_scene_of_an_attack_is_no_incident(run):
    assert run("Police officers gather at the scene of a bomb attack in Baghdad on Friday.", "en") == []


def test_a_nationality_on_what_struck_names_the_state(run):
    evs = run(
        "Russian missiles hit a school in the city of Sumy on Monday, killing four teachers, "
        "the regional governor said.",
        "en",
        published="2024-05-14",
    )
    assert len(evs) == 1 and evs[0].actor1 is not None
    assert evs[0].actor1.name == "Military Forces of Russia"


def test_the_group_that_says_it_fired_is_the_perpetrator(run):
    evs = run("Hezbollah said it fired a barrage of rockets at the town of Metula on Friday.", "en")
    assert len(evs) == 1 and evs[0].actor1 is not None and evs[0].actor1.name == "Hezbollah"
    evs = run("Residents of Metula said they were attacked by gunmen on Friday.", "en")
    assert all(e.actor1 is None or e.actor1.name != "Residents" for e in evs)


def test_event_nouns_modifying_other_nouns_are_no_incidents(run):
    assert run("Protest organisers said turnout in Nairobi was higher than expected.", "en") == []
    assert run("Bomb disposal experts were seen in Kandahar on Monday.", "en") == []


def test_a_weapon_with_an_indefinite_article_tells_how_not_a_new_incident(run):
    evs = run(
        "A military air strike on a village in the Magway region has killed at least 14 people, "
        "residents said.\n\n"
        "A fighter jet dropped two bombs on the village in Pauk township on Sunday, a local official said.",
        "en",
        published="2024-03-12",
    )
    assert len(evs) == 1 and evs[0].fatalities == 14


def test_seizing_a_town_is_territory_and_seizing_a_person_an_abduction(run):
    evs = run("Militia fighters seized the town of Debre Markos on Sunday, residents said.", "en")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    evs = run(
        "A journalist who had covered the protests was seized from his home in Machakos on Sunday "
        "by men in plain clothes, his lawyer said.",
        "en",
    )
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    evs = run("Soldiers killed four of the attackers and captured two alive near Djibo, the army said.", "en")
    assert [e.event_type for e in evs] == ["Battles"]


def test_arrests_without_an_agent_are_by_the_police_and_federal_forces_are_the_army(run):
    evs = run("Dozens of people were arrested in Lahore on Friday, witnesses said.", "en")
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Police Forces of Pakistan"]
    evs = run("In the city of Bahir Dar, federal forces detained dozens of young men on Saturday.", "en")
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Ethiopia"]


def test_what_describes_the_victims_is_not_the_target(run):
    evs = run(
        "The wife and two sons of a commander of the Tribal Mobilization militia were killed when gunmen "
        "stormed his house in Baiji on Monday, police said.",
        "en",
    )
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]


def test_background_about_who_someone_is_and_what_is_common_is_no_incident(run):
    assert (
        run(
            "The rebels, who have controlled the town of Bama since 2019, did not comment.",
            "en",
            published="2024-03-01",
        )
        == []
    )
    assert run("Kidnappings for ransom have become a lucrative business for gangs in Zamfara.", "en") == []


def test_where_a_statement_was_made_is_not_where_the_incident_was(run):
    evs = run(
        "Puntland forces captured a mountain base near Qandala on Thursday. The official told reporters "
        "in Bosaso that 23 militants were killed in the operation.",
        "en",
        published="2025-02-14",
    )
    assert evs and all(e.location is None or e.location.name != "Bosaso" for e in evs)


def test_weapons_seized_in_an_arrest_are_not_used(run):
    evs = run("Police arrested four men in Imphal on Friday and seized two rifles and a grenade.", "en")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_beatings_and_protesters_smashing_windows(run):
    evs = run(
        "Protesters smashed windows at the ruling party's office in Batumi on Sunday, police said.", "en"
    )
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    evs = run(
        "An opposition activist was beaten by masked men outside his home in Rustavi on Saturday.", "en"
    )
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_country_launching_the_attack_is_its_military(run):
    text = "Russia launched a wave of drones at Odesa overnight, killing three people."
    (event,) = run(text, "en", "2025-06-08")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Russia"
    assert event.location is not None and event.location.name == "Odesa"


def test_the_revised_toll_in_a_later_sentence_is_the_toll(run):
    text = (
        "A drone struck a market in Kabkabiya on Friday, killing at least 12 people. "
        "Medics said on Saturday that the death toll had climbed to 21."
    )
    (event,) = run(text, "en", "2025-05-03")
    assert event.fatalities == 21


def test_a_campaign_of_years_is_no_incident(run):
    text = "The insurgents have been fighting to overthrow the government for more than a decade."
    assert not run(text, "en")


def test_feared_assaults_have_not_happened(run):
    assert not run("Residents of Sittwe fear an assault on the city is imminent.", "en")


def test_a_victims_home_town_is_not_where_he_died(run):
    text = (
        "A man was beaten to death by a mob in Tongi on Sunday, police said.\n\n"
        "The victim, Karim Uddin, 30, of Gafargaon upazila, was a rickshaw puller.\n\n"
        '"They killed him for nothing," his brother said.'
    )
    (event,) = run(text, "en", "2025-02-10")
    assert event.sub_event_type == "Mob violence" and event.fatalities == 1


def test_the_attack_as_subject_of_a_comment_is_the_attack_told(run):
    text = (
        "Gunmen ambushed an aid convoy near Yei on Saturday, killing a driver, the UN said.\n\n"
        "Last week, armed youths looted a warehouse in Leer, the agency said.\n\n"
        "The attack came days before the country marks its independence day on Wednesday."
    )
    assert len(run(text, "en", "2025-07-08")) == 2


def test_a_perpetrators_claim_is_not_added_to_the_toll(run):
    text = (
        "A suicide car bomb hit a checkpoint in Mogadishu on Monday, killing at least seven people, "
        "police said. "
        "Al-Shabaab claimed responsibility, saying it had killed more than 20 soldiers."
    )
    (event,) = run(text, "en", "2024-03-18")
    assert event.fatalities == 7


def test_people_killed_in_fighting_between_groups_is_a_clash(run):
    text = (
        "At least two dozen people have been killed in fighting between ELN guerrillas and FARC "
        "dissidents in rural Tibu, authorities said on Monday."
    )
    (event,) = run(text, "en", "2025-11-03")
    assert event.sub_event_type == "Armed clash" and event.fatalities == 24
    assert event.actor1 is not None and event.actor1.name == "ELN: National Liberation Army"


def test_a_march_demanding_an_end_to_violence_is_peaceful(run):
    text = "Hundreds of residents marched through Cucuta on Monday to demand an end to the violence."
    (event,) = run(text, "en", "2025-11-03")
    assert event.sub_event_type == "Peaceful protest"


def test_condemning_the_attack_is_the_attack_told(run):
    text = (
        "A suicide bomber killed five soldiers at a checkpoint in Bannu on Tuesday, police said.\n\n"
        "The prime minister condemned the Bannu attack and vowed to continue operations."
    )
    assert len(run(text, "en", "2025-03-05")) == 1


def test_a_soldier_dying_later_in_hospital_is_the_clash_told(run):
    text = (
        "Seven Maoists were killed in an exchange of fire with police in the forests of Bijapur district "
        "on Sunday, officials said. A constable who was injured in the exchange of fire succumbed to "
        "his injuries at a hospital in Raipur on Monday. Two rifles were recovered from the spot."
    )
    (event,) = run(text, "en", "2025-03-05")
    assert event.location is not None and event.location.name != "Raipur"


def test_troops_are_the_force_their_paragraph_names(run):
    text = (
        "Troops arrested 14 wanted Palestinians in raids in Hebron on Wednesday night, "
        "the Israel Defense Forces said."
    )
    (event,) = run(text, "en", "2025-08-21")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel"


def test_a_place_opening_the_sentence_is_where_the_strike_was_and_its_aircraft_are_the_speakers(run):
    text = "In Katsina State, the Nigerian Air Force said its aircraft struck a bandit camp on Friday."
    (event,) = run(text, "en", "2025-04-14")
    assert event.location is not None and event.location.country == "NG"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Nigeria"


def test_the_capital_unnamed_is_the_capital_the_article_names(run):
    text = (
        "NAIROBI, Aug 13 (Reuters) - Police shot dead two protesters in Nairobi on Tuesday.\n\n"
        "Protests in Mombasa passed off peacefully, local media said. In the capital's central "
        "business district, demonstrators hurled stones at officers, a witness said."
    )
    riots = [e for e in run(text, "en", "2025-08-13") if e.event_type == "Riots"]
    assert riots and all(e.location is not None and e.location.name == "Nairobi" for e in riots)


def test_an_earlier_incident_told_in_passing_is_its_own_event(run):
    evs = run(
        "Gunmen killed five farmers in Bokkos on Sunday, a day after an attack in Mangu in which seven "
        "villagers died, police said.",
        "en",
        published="2025-03-18",
    )
    got = sorted((e.location.name if e.location else None, e.fatalities, e.date) for e in evs)
    assert got == [("Bokkos", 5, "2025-03-16"), ("Mangu", 7, "2025-03-15")]


def test_an_uncontested_accusation_names_the_perpetrator(run):
    text = (
        "The Taliban government accused Pakistan of carrying out air strikes in Paktika province on "
        "Wednesday, killing eight civilians."
    )
    evs = run(text, "en", published="2025-03-16")
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Pakistan"]
    denied = run(text + " Pakistan denied any involvement.", "en", published="2025-03-16")
    assert [e.actor1 for e in denied] == [None]


def test_government_aircraft_under_a_country_label_in_capitals(run):
    evs = run(
        "SOUTH SUDAN: Government aircraft bombed Malakal on Friday, killing 12 civilians, rebels said.",
        "en",
        published="2025-03-16",
    )
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of South Sudan"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Civilians (South Sudan)"


def test_a_digest_paragraph_about_another_country_has_that_countrys_forces(run):
    evs = run(
        "ECUADOR: Gunmen killed four people at a bar in Guayaquil on Saturday, police said.\n\n"
        "SOUTH SUDAN: Government aircraft bombed villages in Upper Nile state near Malakal on Friday, "
        "killing 12 civilians, the opposition said.",
        "en",
        published="2025-03-16",
    )
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of South Sudan"


def test_a_citys_district_is_the_city_and_of_feb_17_is_a_day(run):
    evs = run(
        "Russian forces dropped two guided bombs on Kharkiv's Kyivskyi district on the evening of Feb. 17, "
        "killing four people, the governor said.",
        "en",
        published="2025-02-18",
    )
    assert [(e.location.name if e.location else None, e.date) for e in evs] == [("Kharkiv", "2025-02-17")]


def test_launching_drones_is_a_strike_by_the_country_that_launched_them(run):
    evs = run(
        "Overnight, Russia launched 96 attack drones against Ukraine, the Ukrainian air force said.",
        "en",
        published="2025-02-18",
    )
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == [
        ("Air/drone strike", "Military Forces of Russia")
    ]


def test_the_side_whose_attack_was_repelled_is_actor1(run):
    evs = run(
        "Soldiers repelled an attack by Al Shabaab fighters on their base in Lower Shabelle on Monday.", "en"
    )
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == [
        ("Al Shabaab", "Military Forces of Somalia")
    ]


def test_denied_cancelled_and_repeated_things_are_not_incidents(run):
    assert (
        run(
            'The Pentagon dismissed as "false" a Houthi claim that a US jet had been hit over the Red Sea.',
            "en",
        )
        == []
    )
    assert (
        run("A rally the opposition had planned in Bahir Dar on Tuesday was called off by police.", "en")
        == []
    )
    assert run("The war has since been marked by repeated drone strikes on markets.", "en") == []
    assert run("Demonstrations have taken place every night since the talks were shelved.", "en") == []


def test_a_relative_clause_with_its_own_day_is_its_own_incident(run):
    evs = run(
        "The army said on Tuesday it had recaptured Mota, a town in East Gojjam zone that Fano "
        "fighters seized on May 2, "
        "after an operation on Monday.",
        "en",
        published="2025-05-14",
    )
    got = sorted((e.sub_event_type, e.date) for e in evs)
    assert got == [
        ("Government regains territory", "2025-05-12"),
        ("Non-state actor overtakes territory", "2025-05-02"),
    ]


def test_blame_in_the_next_sentence_names_the_perpetrator(run):
    evs = run(
        "At least 11 civilians were killed when a drone struck a market in Adet in Ethiopia on Monday. "
        "Residents blamed the Ethiopian National Defense Force (ENDF) for the strike.",
        "en",
        published="2025-05-14",
    )
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Ethiopia"]


def test_an_attack_on_an_army_camp_is_a_fight_with_the_army(run):
    evs = run("Fano fighters attacked an army camp outside Debre Markos in Ethiopia late on Saturday.", "en")
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in evs] == [
        ("Armed clash", "Military Forces of Ethiopia")
    ]


def test_a_lead_toll_is_no_sum_of_incidents_on_other_days(run):
    evs = run(
        "Seven policemen were killed when militants attacked a checkpost in Lakki Marwat on Tuesday night, "
        "officials said.\n\nOn Monday, a polio worker was shot dead in Khar, police said.\n\n"
        "On Wednesday night, air strikes in Paktika killed six civilians, the Taliban said.",
        "en",
        published="2026-02-19",
    )
    assert sorted(e.fatalities for e in evs) == [1, 6, 7]


def test_dispersing_protesters_and_arresting_them_is_one_protest_with_intervention(run):
    evs = run(
        "Georgian riot police used water cannon early on Monday to disperse thousands of "
        "demonstrators outside "
        "parliament in Tbilisi. Thirty of them were detained, the ministry said.",
        "en",
        published="2024-12-09",
    )
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_a_report_by_an_organisation_is_reported_by_it(run):
    evs = run(
        "Five people were killed in Macomia, Mozambique, on Tuesday, according to a report by "
        "Human Rights Watch.",
        "en",
    )
    assert [[s.name for s in e.reported_by] for e in evs] == [["Human Rights Watch"]]


def test_a_lull_in_fighting_is_no_fighting(run):
    text = "The government accused the Houthis of exploiting a lull in fighting to mobilize troops near Taiz."
    assert run(text, "en") == []


def test_a_dateline_city_far_from_the_story_is_not_its_place(run):
    evs = run(
        "Maputo — Insurgents killed four villagers on Tuesday in Muidumbe district, in the northern "
        "province of Cabo Delgado, local sources said.\n\nOn Friday, the insurgents beheaded two men "
        "in the village of Xitaxi.",
        "en",
        published="2020-04-10",
    )
    assert evs and all(e.location is not None and e.location.name != "Maputo" for e in evs)


def test_a_group_named_before_its_fighters_is_the_perpetrator(run):
    evs = run("Hamas fighters fired rockets at Ashkelon on Monday.", "en", published="2024-05-07")
    assert [e.actor1.name for e in evs if e.actor1] == ["Hamas Movement"]
    assert all(e.location is None or e.location.country != "DE" for e in evs)


def test_another_sources_toll_is_the_same_strike(run):
    evs = run(
        "A drone strike hit a camp for displaced people near Tawila on Monday, killing at least 9 "
        "people, medics said.\n\nThe camp's committee gave a higher toll, saying 12 people were killed "
        "when two drones struck a market.",
        "en",
        published="2025-08-12",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Air/drone strike", 9)]


def test_a_trend_a_reference_and_a_conflict_toll_are_not_incidents(run):
    evs = run(
        "Police said they had arrested five people suspected of links to the bombing in Baidoa on "
        "Tuesday. The group, which has been fighting since 2007, has stepped up attacks this year. "
        "The conflict has left more than 1,200 people dead, according to state figures.",
        "en",
        published="2026-02-17",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Arrests", None)]


def test_attackers_striking_a_village_is_an_attack_not_an_air_strike(run):
    evs = run(
        "The attackers, armed with machetes, struck a village near Oicha on Saturday night, killing "
        "seven civilians.",
        "en",
        published="2025-09-08",
    )
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_an_overnight_raid_and_the_night_it_began_are_one_attack(run):
    evs = run(
        "Rebels of the Allied Democratic Forces have killed at least 11 civilians in an overnight raid "
        "on a village in North Kivu province, the army said.\n\nThe attackers, armed with machetes, "
        "struck the village about 10km north of Mangina on Saturday night, setting fire to houses.",
        "en",
        published="2025-09-08",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 11)]


def test_the_doers_own_words_are_no_military_target(run):
    evs = run(
        "Fighters of the CODECO militia attacked a displacement site near Fataki on Friday night, "
        "killing six people.",
        "en",
        published="2025-09-08",
    )
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_truce_that_mediators_press_for_is_not_signed(run):
    text = "Mediators are pressing both sides to accept a three-month humanitarian truce."
    assert run(text, "en") == []


def test_the_attackers_looting_as_they_withdraw_is_part_of_the_attack(run):
    evs = run(
        "On Thursday, RSF fighters stormed villages near Bara, killing at least 20 villagers. Survivors "
        "said the attackers looted livestock and set homes on fire before withdrawing toward the west.",
        "en",
        published="2025-10-03",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 20)]


def test_tear_gas_shells_are_no_shelling(run):
    evs = run(
        "Hours later, the police fired tear gas shells to disperse hundreds of women who were marching "
        "towards the governor's office in Kaduna. At least a dozen protesters were injured, the "
        "organisers said.",
        "en",
        published="2025-11-18",
    )
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_a_pistol_seized_from_suspects_leaves_their_arrest_an_arrest(run):
    evs = run(
        "The police said four members of the gang were arrested in Thoubal town on Monday night and a "
        "pistol and extortion notes were seized from them.",
        "en",
        published="2025-11-18",
    )
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in evs] == [
        ("Arrests", "Thoubāl")
    ]


def test_a_town_and_its_state_are_one_place_not_two_incidents(run):
    evs = run(
        "In December 2020, more than 300 schoolboys were abducted from a school in Kankara, Katsina "
        "State, and later released.",
        "en",
        published="2025-07-14",
    )
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_years_of_terror_are_no_incident(run):
    text = "Bandits have for years terrorised communities in the North-west, killing and kidnapping people."
    assert run(text, "en", published="2025-07-14") == []


def test_a_force_named_after_a_place_does_not_place_the_incident(run):
    evs = run(
        "Gunmen shot dead a farmer near Moirang on Monday afternoon. Personnel of the Assam Rifles "
        "returned fire and the gunfight lasted over an hour, a police statement said.",
        "en",
        published="2025-11-18",
    )
    assert all(e.location is None or e.location.name != "Assam" for e in evs)


def test_settlers_in_the_occupied_west_bank_attack_not_capture(run):
    evs = run(
        "Israeli settlers attacked Palestinian farmers near the village of Sinjil in the occupied West "
        "Bank on Friday, wounding four people, the Palestinian Red Crescent said.",
        "en",
        published="2025-10-20",
    )
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == [
        ("Attack", "Settlers (Israel)")
    ]


def test_a_live_blog_toll_update_goes_back_to_its_strike(run):
    evs = run(
        "08:12 - A Russian missile strike on Odesa early on Tuesday killed three people, the regional "
        "governor said. A residential building in the Prymorskyi district was partially destroyed.\n\n"
        "09:40 - Russian drones hit port infrastructure in Izmail early on Tuesday, injuring two port "
        "workers.\n\n"
        "15:20 - The death toll from this morning's strike on Odesa has risen to four, the State "
        "Emergency Service said.",
        "en",
        published="2025-12-09",
    )
    got = [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in evs]
    assert got[0] == ("Shelling/artillery/missile attack", "Odesa", 4)
    assert len(got) == 2


def test_a_toll_that_grew_by_deaths_of_the_wounded_is_not_summed(run):
    evs = run(
        "The death toll from Monday's strike on the port of Ras Isa, in Hodeidah province, rose to nine "
        "after two port workers died of their wounds, the health ministry said.",
        "en",
        published="2025-04-10",
    )
    assert [e.fatalities for e in evs] == [9]


def test_a_groups_attacks_given_as_a_reason_are_no_incident(run):
    text = (
        "The US has launched strikes on Houthi-controlled areas since March 15, when the president "
        "ordered a campaign against the group over its attacks on shipping in the Red Sea."
    )
    assert all(e.sub_event_type != "Armed clash" for e in run(text, "en", published="2025-04-10"))


def test_fighting_amid_which_an_incident_came_is_context(run):
    evs = run(
        "A drone strike on a market in Bichena town on Friday killed nearly 40 civilians, residents said. "
        "The attack came amid intensified fighting between the army and Fano militias across the region.",
        "en",
        published="2026-03-09",
    )
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_dozen_bombings_since_january_is_a_tally(run):
    text = "Al Shabaab has carried out at least a dozen bombings in Mogadishu since the start of the year."
    assert run(text, "en", published="2025-06-01") == []


def test_police_dispersing_demonstrators_and_fighters_dispersing(run):
    evs = run(
        "Riot police used water cannon early on Monday to disperse thousands of demonstrators in Tbilisi.",
        "en",
        published="2024-12-02",
    )
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_an_unclaimed_strike_in_a_war_between_states_is_the_enemys(run):
    evs = run(
        "Russian missiles struck an apartment block in Kharkiv on Tuesday, killing four people, the "
        "governor said. In the Lviv region, two drones hit an energy facility near Stryi overnight, "
        "officials said.",
        "en",
        published="2025-10-22",
    )
    assert len(evs) == 2
    assert all(e.actor1 is not None and e.actor1.name == "Military Forces of Russia" for e in evs)


def test_one_bombing_last_month_is_an_incident_not_a_tally(run):
    text = (
        "Gunmen shot dead a village chief near Bannu on Monday, police said. Last month, a suicide car "
        "bombing at the gate of a fort in Bannu killed six soldiers."
    )
    evs = run(text, "en", published="2026-01-22")
    assert [e.fatalities for e in evs] == [1, 6]


def test_in_the_capital_is_the_capital_the_article_names(run):
    text = (
        "DHAKA, Sept 30 - Police fired tear gas at workers blocking a highway in Gazipur on Monday. "
        "In the capital, a mob beat to death a man accused of theft in the Mirpur area on Sunday."
    )
    evs = run(text, "en", published="2025-09-30")
    mob = [e for e in evs if e.sub_event_type == "Mob violence"]
    assert mob and mob[0].location is not None and mob[0].location.name == "Dhaka"


def test_the_ministry_that_speaks_names_its_forces(run):
    evs = run(
        "Russia's defence ministry said on Monday that its forces had captured the village of "
        "Shakhove in the Donetsk region.",
        "en",
        published="2025-08-12",
    )
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Russia"
    assert evs[0].sub_event_type == "Non-state actor overtakes territory"


def test_strikes_summed_across_an_area_give_way_to_the_incidents_told(run):
    text = (
        "Israeli strikes killed at least 30 Palestinians across the Gaza Strip on Monday, health "
        "officials said. An air strike on a house in Gaza City killed nine members of one family."
    )
    evs = run(text, "en", published="2025-07-15")
    assert [(e.fatalities, e.date) for e in evs] == [(9, "2025-07-14")]


def test_a_statement_read_on_television_dates_the_statement(run):
    text = (
        "Militants killed 19 soldiers in an attack on an army post in the Tillaberi region on Saturday, "
        "the defence ministry said. Hundreds of assailants stormed the post at Bankilare shortly after "
        "dawn, the ministry said in a statement read on state television late on Sunday. Army drones "
        "later struck the retreating column north of Bankilare, killing 30 militants."
    )
    evs = run(text, "en", published="2025-06-23")
    assert [e.sub_event_type for e in evs] == ["Armed clash", "Air/drone strike"]
    assert evs[0].date == "2025-06-21"
    assert evs[1].actor1 is not None and evs[1].actor1.name == "Military Forces of Niger"


def test_gunmen_blocking_a_road_and_captives_marched_off_are_no_protest(run):
    text = (
        "Gunmen blocked the highway south of Tsafe on Monday and abducted travellers from three "
        "buses. A driver who escaped said more than 30 passengers were marched into the forest."
    )
    evs = run(text, "en", published="2025-07-15")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_the_dead_buried_the_next_day_are_the_toll_told_again(run):
    text = (
        "At least fourteen people were killed when bandits stormed a village in Zurmi on Sunday night, "
        "residents said. A community leader said fourteen bodies were buried on Monday."
    )
    evs = run(text, "en", published="2025-07-15")
    assert [(e.fatalities, e.date) for e in evs] == [(14, "2025-07-13")]


def test_people_abducted_since_january_are_a_tally(run):
    text = "More than 300 people have been abducted in Zamfara State since January, an aid group said."
    assert run(text, "en", published="2025-07-15") == []


def test_an_incident_in_its_own_town_is_no_summary_of_incidents_far_away(run):
    text = (
        "Security forces conducted an operation in Datta Khel, North Waziristan. During the operation, "
        "eight militants were sent to hell after an intense exchange of fire.\n\n"
        "In another engagement the same day, near Kulachi in Dera Ismail Khan District, troops killed "
        "three militants.\n\nEarlier, on 24 November, five militants, including a suicide bomber, were "
        "killed at the gate of the Frontier Corps headquarters in Bannu."
    )
    evs = run(text, "en", published="2025-12-04")
    assert sorted(e.fatalities or 0 for e in evs) == [3, 5, 8]


def test_another_strike_in_a_neighbouring_town_is_its_own_event(run):
    text = (
        "A drone strike on a market in Deir al-Balah killed six people, the civil defence agency said. "
        "Another strike on a house in Nuseirat killed four, hospital officials said."
    )
    evs = run(text, "en", published="2024-08-20")
    assert len(evs) == 2


def test_a_glide_bomb_dropped_on_a_town_is_an_air_strike_there(run):
    text = (
        "In the Kharkiv region, two people died when Russian aircraft dropped glide bombs on the centre "
        "of Kupiansk on Monday, the regional governor said."
    )
    evs = run(text, "en", published="2024-09-03")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in evs] == [
        ("Air/drone strike", "Kupyansk")
    ]


def test_a_call_to_keep_protesting_is_no_protest_yet(run):
    text = (
        "The opposition leader called on his supporters to keep protesting in Lahore until the vote "
        "is annulled."
    )
    assert run(text, "en", published="2024-02-12") == []


def test_a_town_ner_files_as_a_person_is_still_taken(run):
    (event,) = run(
        "The rebels captured Walikale, the capital of the territory of the same name, on Tuesday, "
        "residents said.",
        "en",
        "2025-03-20",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_troops_under_fire_from_rebels_were_attacked_by_them(run):
    text = (
        "Soldiers came under fire from New People's Army guerrillas near Kabankalan on Sunday, an "
        "army spokesman said. Troops later recovered two rifles and bomb-making materials."
    )
    (event,) = run(text, "en", "2024-05-07")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.name.startswith("NPA")


def test_the_place_in_a_speakers_title_is_not_where_it_happened(run):
    text = (
        "Gunmen killed six farmers near Oicha on Friday, said Jean Paluku, the "
        "administrator of Walikale territory."
    )
    (event,) = run(text, "en", "2024-05-12")
    assert event.location is not None and event.location.text == "Oicha"


def test_police_blaming_a_group_in_a_sentence_of_its_own_name_the_bombers(run):
    text = (
        "On Monday, a roadside bomb exploded under a police truck near Mandera, wounding four "
        "officers, police said. Police blamed al Shabaab."
    )
    (event,) = run(text, "en", "2024-02-10")
    assert event.actor1 is not None and event.actor1.name == "Al Shabaab"


def test_the_country_that_launched_drones_struck_not_the_one_that_downed_them(run):
    text = (
        "Overnight, Russia launched 20 attack drones against the Sumy region, the Air Force said, "
        "adding that air defences had downed 15 of them."
    )
    events = [e for e in run(text, "en", "2024-04-24") if e.sub_event_type == "Air/drone strike"]
    assert events and events[0].actor1 is not None and events[0].actor1.name == "Military Forces of Russia"


@pytest.mark.parametrize(
    "text",
    [
        "Elders in Tangaza said residents feared further attacks on the town.",
        "The market in Dikwa has been attacked several times by insurgents.",
        "The base near Gamboru has been attacked at least four times this year.",
        "Separatist fighters have since fought to create a state of their own.",
        "The war began in 2016 when the army cracked down on protests by teachers in Bamenda.",
    ],
)
def test_fears_repetitions_lasting_states_and_origins_are_no_incident(run, text):
    assert run(text, "en", "2024-05-10") == []


def test_shot_and_then_died_is_a_death(run):
    text = "A police officer was shot in Kano on Monday night and died in hospital."
    (event,) = run(text, "en", "2024-05-10")
    assert event.fatalities == 1


def test_a_toll_summed_across_the_country_names_examples_not_events(run):
    text = (
        "A rights group said security forces had killed at least 11 protesters across the country "
        "on Thursday, including in Kaduna, Bauchi and Gombe."
    )
    evs = run(text, "en", "2024-08-03")
    assert len(evs) == 1 and evs[0].fatalities == 11


def test_the_crowd_looting_in_the_demonstrations_town_is_that_demonstration(run):
    text = (
        "Protesters angry at fuel prices looted shops and set fire to offices in Nigeria's Kaduna "
        "state on Thursday. In Kaduna city, crowds broke into a government warehouse, carting away "
        "bags of rice. Police fired tear gas to disperse them."
    )
    (event,) = run(text, "en", "2024-08-02")
    assert event.sub_event_type == "Violent demonstration"
    assert event.location is not None and event.location.name == "Kaduna"


def test_a_perfect_progressive_since_a_month_is_a_war_not_a_battle(run):
    text = "The Kaya militia has been fighting the federal army since August, residents said."
    assert run(text, "en") == []


def test_what_a_group_says_it_fights_for_is_no_battle(run):
    text = "The MDF, formed in 2015, says it is fighting for the self-determination of the Afar people."
    assert run(text, "en", published="2022-11-25") == []


def test_an_alliance_with_no_opponent_is_no_battle(run):
    text = "The militia, which fought alongside federal troops during the war, has since turned on them."
    assert [e for e in run(text, "en") if e.event_type == "Battles"] == []


def test_an_unclaimed_drone_strike_is_the_state_at_war_despite_an_unrelated_accusation(run):
    evs = run(
        "A drone strike on a market in the town of Bichena in Ethiopia's Amhara region killed 12 people "
        "on Sunday, residents said.\n\n"
        "The Fano militia has accused the federal army of trying to weaken the region by disbanding its "
        "special forces.",
        "en",
        published="2023-11-20",
    )
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Ethiopia"


def test_a_village_in_another_province_than_the_gazetteers_namesake_falls_back_on_the_province(run):
    evs = run("Soldiers killed nine villagers in Tha Yet Taw village in Magway Region on Monday.", "en")
    assert len(evs) == 1 and evs[0].location is not None
    assert evs[0].location.admin1 == "Magway"


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_the_incidents(run):
    evs = run(
        "The governor said a shell struck a residential street in Shebekino on Friday. A 70-year-old man "
        "died at the scene, and the wounded were taken to hospital in Belgorod.",
        "en",
        published="2024-04-06",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Shebekino"
    assert evs[0].fatalities == 1


def test_deaths_an_accident_caused_are_no_event(run):
    text = (
        "A bus crash killed 14 passengers near Kaduna on Monday, road safety officials said.\n\n"
        "Separately, six people were killed in a stampede at a food distribution in Ibadan.\n\n"
        "A Russian drone crashed into a block of flats in Sumy, killing two residents, the governor said."
    )
    evs = run(text, "en", published="2024-03-12")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Air/drone strike", 2)]


def test_a_long_subtitle_above_the_body_is_a_heading_not_an_event(run):
    text = (
        "Army kills seven militants in Borno\n\n"
        "Soldier killed in separate ambush near Damboa, two more insurgents killed by troops in Gwoza "
        "district\n\n"
        "MAIDUGURI\n\n"
        "Nigerian troops killed seven Boko Haram fighters near Bama on Tuesday, the army said.\n\n"
        "In a separate incident, a soldier was killed on Monday in an ambush near Damboa, army spokesman "
        "Onyema Nwachukwu said.\n\n"
        "Troops also killed two insurgents in Gwoza district on Sunday, he added."
    )
    evs = run(text, "en", published="2024-05-08")
    assert [(e.location.name if e.location else None, e.fatalities) for e in evs] == [
        ("Bama", 7),
        ("Damboa", 1),
        ("Gwoza", 2),
    ]


def test_a_year_inside_a_since_phrase_is_no_incident_date(run):
    evs = run(
        "Gunmen killed nine police officers near Dori on Tuesday. It was one of the deadliest "
        "attacks since the coup in 2022.",
        "en",
        published="2024-03-14",
    )
    assert len(evs) == 1 and evs[0].date == "2024-03-12"


def test_a_group_firing_back_is_its_own_event(run):
    text = (
        "Israeli jets struck Hezbollah positions near Yaroun on Monday, the army said.\n\n"
        "Hezbollah fired rockets at an Israeli barracks. The Israeli military said two soldiers were wounded."
    )
    actors = sorted(e.actor1.name for e in run(text, "en", "2024-07-02") if e.actor1)
    assert actors == ["Hezbollah", "Military Forces of Israel"]
