"""Golden cases for the whole extraction of French text (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_unnamed_gunmen_killing_villagers_is_violence_against_civilians(run):
    evs = run(
        "Des hommes armés ont attaqué mardi soir le village de Kidal, dans le nord du Mali, "
        "tuant au moins douze civils, selon des habitants.",
        "fr",
        published="2023-03-09",
    )
    assert len(evs) == 1
    e = evs[0]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.fatalities, e.fatalities_qualifier) == (12, "at_least")
    assert e.actor2 is not None and e.actor2.name == "Civilians (Mali)"
    assert e.actor1 is not None and e.actor1.kind in ("unidentified", "rebel_group")
    assert e.location is not None and e.location.country == "ML"
    assert e.date == "2023-03-07"
    assert e.reported_by, "the residents are the source"


def test_planned_attack_is_not_asserted(run):
    text = "Après la prise de Homs, l'armée syrienne devra lancer des attaques contre Alep."
    assert [e for e in run(text, "fr") if e.sub_event_type == "Armed clash"] == []
    flagged = run(text, "fr", all_modalities=True)
    assert any(e.modality == "planned" for e in flagged)


def test_negated_resistance_is_not_an_event(run):
    assert run("À Homs, les soldats n'ont rencontré aucune résistance et n'ont pas combattu.", "fr") == []


def test_subset_is_not_counted_twice(run):
    evs = run(
        "Au moins 25 jihadistes ont été tués lors de combats avec l'armée irakienne près de Mossoul. "
        "Parmi les morts figurent sept combattants étrangers.",
        "fr",
    )
    assert len(evs) == 1
    assert evs[0].fatalities == 25
    assert evs[0].event_type == "Battles"


def test_two_places_make_two_events_and_air_raid_is_coded_to_the_state(run):
    evs = run(
        "L'aviation russe a bombardé la ville d'Idlib, faisant six morts parmi les civils. "
        "Par ailleurs, une voiture piégée a explosé à Alep, tuant trois personnes.",
        "fr",
    )
    kinds = sorted((e.sub_event_type, e.location.name if e.location else None) for e in evs)
    assert len(evs) == 2, kinds
    air = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert air.actor1 is not None and air.actor1.name == "Military Forces of Russia"
    bomb = next(e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.fatalities == 3


def test_evidence_offsets_point_into_the_text(run):
    text = "Hier, des affrontements entre l'armée et des rebelles ont fait dix morts à Bangui."
    evs = run(text, "fr", published="2021-06-02")
    assert evs
    for e in evs:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert 0 < e.confidence <= 1
    assert evs[0].date == "2021-06-01"


def test_ids_are_stable(run):
    text = "Des hommes armés ont tué cinq villageois à Bambari, selon la MINUSCA."
    a = [e.id for e in run(text, "fr")]
    b = [e.id for e in run(text, "fr")]
    assert a == b and a


def test_lead_total_is_not_an_extra_incident(run):
    evs = run(
        "Sept manifestants ont été tués mardi lors de heurts avec la police dans plusieurs villes d'Irak.\n"
        "À Kirkouk, deux manifestants ont été tués lors d'affrontements avec les policiers.\n"
        "À Bassorah, cinq manifestants ont péri dans des heurts similaires.",
        "fr",
    )
    assert sorted(e.fatalities or 0 for e in evs) == [2, 5]


def test_claim_names_the_perpetrator_and_mutiny_is_the_group_against_itself(run):
    evs = run(
        "Une voiture piégée a explosé près d'un marché de Mogadiscio, tuant six personnes. "
        "L'attentat a été revendiqué par les shebab.\n"
        "Par ailleurs, une mutinerie entre des combattants de l'État islamique a fait dix morts "
        "à Deir ez-Zor.",
        "fr",
    )
    bomb = next(e for e in evs if e.event_type == "Explosions/Remote violence")
    assert bomb.actor1 is not None and bomb.actor1.name == "Al Shabaab"
    mutiny = next(e for e in evs if e.event_type == "Battles")
    assert mutiny.actor1 is not None and mutiny.actor2 is not None
    assert mutiny.actor1.name == mutiny.actor2.name == "Islamic State"
    assert mutiny.fatalities == 10


def test_actor_of_a_relative_clause_describing_the_place_is_no_party(run):
    text = (
        "La veille, six civils avaient été tués dans une attaque contre la ville de Butembo, "
        "où l'armée a installé son état-major pour lutter contre les groupes armés, notamment les ADF."
    )
    (event,) = run(text, "fr", "2024-02-02")
    assert event.sub_event_type == "Attack"
    assert event.actor1 is None or event.actor1.kind != "state_forces"


def test_country_label_of_a_headline_keeps_foreign_namesakes_out(run):
    events = run("RCA : violent combat entre les soldats et les rebelles au village Kolo", "fr", "2024-02-02")
    assert [e.sub_event_type for e in events] == ["Armed clash"]  # "violent" is no rape
    assert events[0].location is None or events[0].location.country == "CF"


def test_title_line_and_lede_are_one_incident(run):
    text = (
        "Soudan : une frappe de drone fait au moins sept morts à Kosti.\n"
        "Au moins sept personnes ont été tuées mardi lors d'une frappe de drone sur un marché de Kosti, "
        "a indiqué une source médicale."
    )
    events = run(text, "fr", "2024-03-06")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 7)]


def test_the_same_day_dates_an_incident_by_the_one_before(run):
    text = (
        "Mardi, des jihadistes ont attaqué un poste militaire à Djibo, tuant dix soldats.\n"
        "Le même jour, un engin explosif a touché un minibus près de Dori, faisant cinq morts."
    )
    events = run(text, "fr", "2024-06-12")
    assert [e.date for e in events] == ["2024-06-11", "2024-06-11"]


def test_a_place_named_like_a_channel_is_no_source(run):
    text = "Des paramilitaires ont tué au moins 30 villageois dans l'État d'Al-Jazira, selon le gouvernement."
    (event,) = run(text, "fr", "2024-06-06")
    assert [s.name for s in event.reported_by] == ["government"]
    assert event.location is not None and event.location.country == "SD"


def test_a_group_noun_with_the_group_s_name_is_that_group(run):
    (event,) = run("Les milices nationalistes Fano ont attaqué mardi un camp militaire près de Gondar.", "fr")
    assert event.actor1 is not None and event.actor1.name == "Fano Militia"


def test_on_the_scene_of_an_attack_is_no_incident(run):
    assert run("Des secouristes se sont rendus sur les lieux de l'attaque à Djibo.", "fr") == []


def test_a_village_the_gazetteer_lacks_keeps_its_name_at_its_region(run):
    evs = run(
        "Au moins douze soldats nigériens ont été tués mardi dans une embuscade près de Kouarkadié, "
        "dans la région de Tillabéri, a annoncé le ministère de la Défense.",
        "fr",
        published="2024-03-21",
    )
    assert len(evs) == 1
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Kouarkadié", "NE", 3)
    assert loc.lat is not None and loc.geonameid is None  # the region's point, not a guessed namesake


def test_a_neighbourhood_the_gazetteer_lacks_is_placed_in_the_story_city(run):
    evs = run(
        "La police a dispersé lundi à Niamey plusieurs centaines de manifestants.\n\n"
        "Dans le quartier de Zarmagandé, des jeunes ont incendié un poste de police, selon des témoins.",
        "fr",
        published="2024-03-21",
    )
    assert evs and all(e.location is not None and e.location.name == "Niamey" for e in evs)


def test_gathering_people_is_no_protest(run):
    text = "Les assaillants ont rassemblé les hommes du village de Kouarkadié avant de les exécuter."
    assert [e for e in run(text, "fr") if e.event_type == "Protests"] == []


def test_a_toll_for_these_clashes_updates_the_incident(run):
    evs = run(
        "Des combats ont opposé mardi l'armée aux rebelles près de Kalehe, selon des sources locales.\n\n"
        "Un responsable de la société civile a fait état d'au moins douze morts dans ces affrontements.",
        "fr",
        published="2024-03-12",
    )
    assert len(evs) == 1 and evs[0].fatalities == 12


def test_tear_gas_is_no_grenade_attack(run):
    text = "La police a tiré des grenades lacrymogènes sur les manifestants samedi à Dakar."
    assert [e.sub_event_type for e in run(text, "fr") if e.event_type == "Explosions/Remote violence"] == []


def test_a_dateline_is_not_where_the_toll_of_the_next_sentence_happened(run):
    evs = run(
        "Cotonou, 14 juin 2024 (AFP) - Six militaires ont été tués mercredi lors de l'attaque d'une position "
        "de l'armée près de Kandi, a-t-on appris de source sécuritaire. Nos hommes ont riposté et trois "
        "terroristes ont été neutralisés, a déclaré un officier.",
        "fr",
        published="2024-06-14",
    )
    assert len(evs) == 1 and evs[0].fatalities == 9


def test_looting_after_taking_a_town_is_part_of_the_takeover(run):
    evs = run(
        "Des insurgés ont pris vendredi le contrôle de la ville de Mocímboa da Praia, selon des sources "
        "locales. « Ils ont pillé les magasins et la banque avant de repartir », a raconté un commerçant.",
        "fr",
        published="2024-05-13",
    )
    assert len(evs) == 1 and evs[0].event_type == "Battles"


def test_a_toll_of_the_fighting_belongs_to_the_recapture(run):
    evs = run(
        "Les forces armées ont repris samedi le contrôle de Bozoum, a annoncé l'état-major.\n"
        "Selon un communiqué de l'armée, une dizaine de rebelles ont été tués lors des combats.",
        "fr",
        published="2024-09-23",
    )
    assert len(evs) == 1 and evs[0].fatalities == 10


def test_marching_to_demand_is_a_protest_marching_to_a_town_is_not(run):
    evs = run(
        "Lundi, des centaines d'habitants de Mango ont marché jusqu'à la préfecture pour réclamer la paix.",
        "fr",
    )
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert run("Les soldats ont marché pendant deux jours pour rejoindre Kidal.", "fr") == []


def test_a_toll_update_on_another_day_belongs_to_the_strike(run):
    text = (
        "Une frappe de drone a tué au moins dix personnes vendredi dans un camp de déplacés près de Nyala. "
        "Le bilan s'est alourdi à 17 morts samedi, selon un médecin."
    )
    (event,) = run(text, "fr", "2025-05-03")
    assert event.fatalities == 17 and event.date == "2025-05-02"


def test_the_country_struck_not_the_one_striking_is_where_it_happened(run):
    text = "Israël a frappé le sud du Liban lundi, tuant quatre personnes près de Tyr."
    (event,) = run(text, "fr", "2025-06-09")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Israel"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Lebanon)"


def test_a_claim_on_another_day_is_the_attack_told(run):
    text = (
        "Des jihadistes ont attaqué jeudi le camp militaire de Boni, tuant trois soldats, selon l'armée. "
        "Le groupe, dans une revendication publiée samedi, affirme avoir tué une vingtaine de militaires."
    )
    (event,) = run(text, "fr", "2024-03-09")
    assert event.fatalities == 3


def test_the_army_arresting_after_an_attack_is_another_event(run):
    text = (
        "A Kumbo, un enseignant a été abattu lundi par des combattants séparatistes. "
        "Dans l'après-midi, l'armée a arrêté une quinzaine de jeunes dans le quartier."
    )
    types = sorted(e.sub_event_type for e in run(text, "fr", "2024-01-24"))
    assert types == ["Arrests", "Attack"]


def test_a_half_year_tally_is_no_incident(run):
    assert not run("Selon l'ONU, plus de 2.400 personnes ont été tuées en Haïti au premier semestre.", "fr")


def test_a_march_to_denounce_is_a_protest(run):
    text = "Mardi, des centaines d'habitants ont défilé à Goma pour dénoncer l'insécurité."
    (event,) = run(text, "fr", "2024-05-08")
    assert event.sub_event_type == "Peaceful protest"


def test_a_district_is_read_as_a_division_not_a_paris_arrondissement(run):
    text = (
        "Cinq civils ont été tués dimanche lors d'une attaque contre un village "
        "de l'arrondissement de Mora, au Cameroun."
    )
    (event,) = run(text, "fr", "2024-01-24")
    assert event.location is not None and event.location.country == "CM"


def test_two_towns_joined_by_et_are_two_events_but_a_road_between_them_is_one(run):
    text = "Des manifestations ont eu lieu samedi à Bamako et à Kayes pour dénoncer la vie chère."
    assert sorted(e.location.name for e in run(text, "fr", "2025-08-13") if e.location) == ["Bamako", "Kayes"]
    text = "Un convoi de l'armée a été attaqué samedi sur l'axe entre Gao et Ansongo."
    assert len(run(text, "fr", "2025-08-13")) == 1


def test_wounded_evacuated_and_fighters_falling_back_are_no_transfer(run):
    assert not run("Les blessés ont été évacués vers Bouna, a précisé un officier.", "fr", "2025-05-02")
    assert not run("Les combattants du 3R se sont repliés vers la frontière.", "fr", "2025-05-02")


def test_a_digest_section_title_is_not_a_second_event(run):
    text = (
        "TCHAD - Au moins 17 soldats tués dans une attaque de Boko Haram près de Bol, dans le Lac\n\n"
        "N'DJAMENA - Au moins dix-sept militaires tchadiens ont été tués dans la nuit de lundi à mardi "
        "lors d'une attaque de Boko Haram contre une position de l'armée près de Bol, selon l'état-major."
    )
    (event,) = run(text, "fr", "2025-04-02")
    assert event.fatalities == 17


def test_each_side_of_an_exchange_of_fire_is_its_own_event(run):
    text = (
        "Le Hezbollah a tiré mardi des roquettes contre une caserne de Kiryat Shmona, dans le nord d'Israël. "
        "L'artillerie israélienne a par ailleurs pilonné mardi matin les abords de Kiryat Shmona."
    )
    actors = sorted(e.actor1.name for e in run(text, "fr", "2024-07-02") if e.actor1)
    assert actors == ["Hezbollah", "Military Forces of Israel"]


def test_a_patrol_taken_to_task_is_attacked_not_captured(run):
    text = (
        "Six militaires ont été tués samedi près de Téra, au Niger. L'unité a été prise à partie "
        "par des terroristes à moto. La riposte a permis de neutraliser dix-huit terroristes."
    )
    (event,) = run(text, "fr", "2024-06-10")
    assert event.sub_event_type == "Armed clash" and event.fatalities == 24


def test_un_incident_anterieur_cite_en_passant(run):
    evs = run(
        "Des hommes armés ont tué cinq agriculteurs à Bokkos dimanche, au lendemain d'une attaque à Mangu "
        "au cours de laquelle sept villageois ont péri.",
        "fr",
        published="2025-03-18",
    )
    got = sorted((e.location.name if e.location else None, e.fatalities, e.date) for e in evs)
    assert got == [("Bokkos", 5, "2025-03-16"), ("Mangu", 7, "2025-03-15")]


def test_le_pays_accuse_est_l_auteur_sauf_dementi(run):
    text = "Le Hezbollah a accusé Israël d'avoir mené la frappe qui a tué trois civils à Nabatieh mardi."
    evs = run(text, "fr", published="2025-03-16")
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Israel"]
    evs = run(text + " Israël a démenti toute implication.", "fr", published="2025-03-16")
    assert [e.actor1 for e in evs] == [None]


def test_la_force_qui_disperse_la_foule_appartient_a_l_emeute(run):
    evs = run(
        "Antananarivo – Le bilan des émeutes qui ont secoué lundi Toliara, dans le sud du pays, s'est "
        "alourdi "
        "à quatre morts, a indiqué jeudi une source hospitalière. Lundi, des centaines de jeunes avaient "
        "pillé "
        "des commerces et incendié une agence de la compagnie d'électricité. Les forces de l'ordre "
        "avaient ouvert le feu pour les disperser, tuant trois personnes.",
        "fr",
        published="2026-03-05",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Violent demonstration", 4)]


def test_un_premier_bilan_est_depasse(run):
    evs = run(
        "Le bilan de l'attaque menée samedi par des rebelles contre le village de Mambasa s'est alourdi à 23 "
        "morts, a annoncé lundi la société civile. Un premier bilan faisait état de 18 civils tués.",
        "fr",
        published="2025-08-19",
    )
    assert [e.fatalities for e in evs] == [23]


def test_un_bilan_sur_une_annee_n_est_pas_un_incident(run):
    assert run("Selon l'ONG Acled, les violences ont fait plus de 1 500 morts au Niger en 2024.", "fr") == []


def test_des_otages_liberes_ne_sont_pas_un_territoire_repris(run):
    evs = run("Cinq rebelles ont été neutralisés et deux otages libérés dimanche près de Beni.", "fr")
    assert [e.event_type for e in evs] == ["Battles"]
    assert evs[0].sub_event_type == "Armed clash"


def test_des_combattants_se_reclamant_d_un_groupe_sont_ce_groupe(run):
    evs = run(
        "Jeudi, des combattants se réclamant de l'organisation État islamique ont incendié une chapelle "
        "à Mocímboa "
        "da Praia.",
        "fr",
        published="2025-03-11",
    )
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == [
        ("Looting/property destruction", "Islamic State")
    ]


def test_des_rumeurs_d_attaque_et_des_attaques_qui_ont_cesse_ne_sont_pas_des_faits(run):
    assert (
        run("Des rumeurs d'attaque contre un quartier de Pemba ont provoqué la fuite des habitants.", "fr")
        == []
    )
    assert run("Les rebelles ne lancent plus d'attaques contre la frontière depuis des années.", "fr") == []


def test_la_phrase_d_avant_donne_le_jour_et_la_force(run):
    evs = run(
        "Dimanche, les Forces armées de la RDC (FARDC) ont rattrapé un groupe d'assaillants près de "
        "Beni. Cinq "
        "rebelles ont été neutralisés, selon le porte-parole de l'armée en Ituri.",
        "fr",
        published="2025-08-19",
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.date == "2025-08-17"
    assert e.actor1 is not None and e.actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert e.location is not None and e.location.name == "Beni"  # not the spokesman's Ituri


def test_le_centre_d_une_ville(run):
    evs = run(
        "Des miliciens ont attaqué lundi un site de déplacés près de Djugu-centre, tuant quatre civils.", "fr"
    )
    assert [e.location.name if e.location else None for e in evs] == ["Djugu"]


def test_une_attaque_repoussee_et_un_camp_inconnu_du_gazetteer(run):
    evs = run(
        "L'armée malienne a repoussé jeudi une attaque des jihadistes du JNIM contre son camp de Boulkessi.",
        "fr",
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.actor1 is not None and e.actor1.name.startswith("JNIM")
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Mali"
    assert e.location is None or e.location.country == "ML"  # never the Turkish town a loose spelling finds


def test_des_interpellations_dans_la_foule_sont_l_intervention(run):
    evs = run(
        "Les forces de police ont dispersé lundi à Ziguinchor un rassemblement d'étudiants à l'aide "
        "de grenades "
        "lacrymogènes. Quatorze d'entre eux ont été interpellés, a indiqué une source policière.",
        "fr",
        published="2025-02-11",
    )
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_le_bilan_d_une_frappe_donne_apres_elle(run):
    evs = run(
        "À Kabkabiya, au Soudan, une frappe de l'aviation de l'armée a touché lundi un marché "
        "bondé. Le bilan, "
        "d'abord estimé à une trentaine de morts, est passé mercredi à plus de 100 morts, selon des avocats.",
        "fr",
        published="2024-12-12",
    )
    got = [(e.sub_event_type, e.fatalities, e.date) for e in evs]
    assert got == [("Air/drone strike", 100, "2024-12-09")]


def test_des_obus_qui_tombent_sont_le_bombardement_deja_dit(run):
    evs = run(
        "La ville d'El-Facher, au Soudan, a de nouveau été pilonnée mardi par les "
        "paramilitaires. Des obus se "
        "sont abattus sur le marché central, faisant une dizaine de morts.",
        "fr",
        published="2024-12-12",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 10)]


def test_une_treve_violee_n_est_ni_un_viol_ni_un_accord(run):
    text = (
        "Ces incidents interviennent malgré l'accord de cessez-le-feu du 27 novembre, "
        "régulièrement violé par Israël."
    )
    assert run(text, "fr", published="2025-03-08") == []


def test_le_siege_de_la_source_n_est_pas_le_lieu(run):
    evs = run(
        "Au moins 40 personnes ont été tuées jeudi à Jableh, selon l'Observatoire syrien des "
        "droits de l'homme "
        "(OSDH), basé au Royaume-Uni.",
        "fr",
        published="2025-03-08",
    )
    assert [e.location.country if e.location else None for e in evs] == ["SY"]


def test_soldiers_who_chase_the_attackers_fight_a_clash_of_their_own(run):
    evs = run(
        "Au moins sept civils ont été tués dans la nuit de samedi à dimanche lors d'une attaque de "
        "miliciens de la CODECO contre un village proche de Fataki, dans le territoire de Djugu. "
        "Alertés, des militaires des FARDC se sont lancés à leur poursuite et les ont accrochés. "
        "Trois miliciens ont été tués au cours de ces affrontements, selon l'armée.",
        "fr",
        published="2024-06-03",
    )
    kinds = sorted((e.sub_event_type, e.fatalities) for e in evs)
    assert kinds == [("Armed clash", 3), ("Attack", 7)]


def test_a_dateline_leaves_the_lead_its_toll_and_a_day_is_no_speaker(run):
    evs = run(
        "Niamey (AFP) – Au moins une trentaine de personnes, dont une dizaine de soldats, ont été "
        "tuées dimanche dans une attaque contre Tera, ont indiqué lundi à l'AFP des sources locales.",
        "fr",
        published="2025-03-18",
    )
    assert [(e.fatalities, e.fatalities_qualifier) for e in evs] == [(30, "at_least")]
    assert "lundi" not in [s.name for s in evs[0].reported_by]


def test_a_village_in_a_municipality(run):
    evs = run(
        "Samedi, des affrontements entre l'armée et des dissidents ont éclaté dans une zone rurale de "
        "la municipalité d'Argelia, dans le département du Cauca, en Colombie.",
        "fr",
        published="2026-09-17",
    )
    assert [e.location.name for e in evs if e.location] == ["Argelia"]


def test_a_toll_raised_by_pronoun_replaces_the_first_one(run):
    evs = run(
        "Des membres de la coalition Viv Ansanm ont pris lundi le contrôle de Mirebalais après des "
        "affrontements avec la police. Un premier bilan faisait état de neuf morts. Il a été porté "
        "mercredi à au moins une quinzaine, dont trois policiers, selon la police.",
        "fr",
        published="2026-03-05",
    )
    assert [(e.fatalities, e.fatalities_qualifier) for e in evs] == [(15, "at_least")]


def test_the_army_that_attributes_a_strike_is_not_its_author(run):
    evs = run(
        "Dimanche, un drone armé attribué par l'armée à l'Iswap a largué des explosifs sur une base "
        "militaire de Blangoua, blessant deux soldats.",
        "fr",
        published="2026-03-10",
    )
    assert [e.actor1.name for e in evs if e.actor1] == ["Islamic State (West Africa)"]


def test_depuis_une_annee_ne_date_pas_l_incident(run):
    evs = run(
        "Lundi, l'armée rwandaise, déployée dans la province depuis 2021, a affronté des insurgés près "
        "de Mocímboa da Praia. Mardi, les insurgés ont incendié un village près de Mueda.",
        "fr",
        published="2025-11-12",
    )
    assert all(e.date is None or e.date.startswith("2025-11") for e in evs)
    assert evs


def test_un_gouvernement_qui_dement_une_attaque_la_nie(run):
    text = (
        "Le gouvernement a formellement démenti, mercredi, les informations relayées sur les réseaux "
        "sociaux faisant état d'une attaque contre le camp militaire de Dapaong."
    )
    assert run(text, "fr", published="2026-01-22") == []


def test_des_manifestations_dans_plusieurs_villes_sont_racontees_ville_par_ville(run):
    evs = run(
        "Des milliers d'étudiants ont manifesté lundi dans plusieurs villes du Sénégal contre la hausse "
        "des frais d'inscription.\n\nÀ Dakar, les forces de l'ordre ont dispersé à coups de gaz "
        "lacrymogène les manifestants qui marchaient vers le ministère. Un étudiant a été tué par balle "
        "dans le quartier de Fann, selon sa famille.\n\nÀ Thiès, environ 500 personnes ont défilé sans "
        "incident jusqu'à la gouvernance.\n\nÀ Ziguinchor, le rassemblement a dégénéré : des jeunes ont "
        "pillé plusieurs magasins, a indiqué la gendarmerie.",
        "fr",
        published="2025-09-30",
    )
    got = [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in evs]
    assert got == [
        ("Excessive force against protesters", "Dakar", 1),
        ("Peaceful protest", "Thiès", None),
        ("Violent demonstration", "Ziguinchor", None),
    ]


def test_des_etudiants_disperses_par_la_police_manifestaient(run):
    evs = run(
        "À Saint-Louis, quelques centaines d'étudiants réunis devant l'université ont été dispersés par "
        "la police mardi soir.",
        "fr",
        published="2025-09-30",
    )
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_un_kamikaze_raconte_l_attentat_deja_annonce(run):
    evs = run(
        "Le bilan de l'attentat-suicide perpétré dimanche contre un centre de recrutement de l'armée à "
        "Mogadiscio s'est alourdi à 23 morts, a annoncé mardi le ministère de l'Information.\n\n"
        "Un kamikaze portant une ceinture d'explosifs s'est fait exploser au milieu de jeunes recrues "
        "devant l'entrée de la base. Le premier bilan officiel faisait état de 13 morts.",
        "fr",
        published="2026-04-07",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 23)]


def test_le_groupe_affilie_a_un_autre_est_l_auteur(run):
    evs = run(
        "Huit militaires ont été tués lundi lors de l'attaque d'une position de l'armée au nord de "
        "Banikoara.\n\nL'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans "
        "(JNIM), affilié à Al-Qaïda, qui affirme avoir tué « quinze soldats ».",
        "fr",
        published="2026-01-22",
    )
    jnim = "JNIM: Group for Support of Islam and Muslims"
    assert [e.actor1.name if e.actor1 else None for e in evs] == [jnim]


def test_les_familles_qui_fuient_vers_une_ville_n_y_placent_pas_les_combats(run):
    evs = run(
        "Au moins quatorze combattants ont été tués lundi lors d'affrontements entre l'ELN et le Front "
        "33 près de Tibú. Les combats ont provoqué la fuite de centaines de familles vers Cúcuta.",
        "fr",
        published="2026-09-03",
    )
    assert [e.location.name if e.location else None for e in evs] == ["Tibú"]


def test_une_serie_d_attaques_entre_deux_annees_n_est_pas_un_incident(run):
    text = (
        "Le nord du pays avait connu entre 2020 et 2021 une série d'attaques jihadistes qui avaient "
        "fait une vingtaine de morts parmi les militaires."
    )
    assert run(text, "fr", published="2025-01-23") == []


def test_un_bilan_de_semaine_raconte_incident_par_incident(run):
    evs = run(
        "Attaques jihadistes, engins explosifs et frappes aériennes : le pays a de nouveau connu une "
        "semaine meurtrière, selon des sources sécuritaires.\n\n"
        "Mardi, un car a sauté sur un engin explosif improvisé à une trentaine de kilomètres à l'est de "
        "Fada N'Gourma. L'explosion a tué quatre passagers et en a blessé onze, a indiqué une source "
        "hospitalière.\n\n"
        "Mercredi, des hommes armés ont abattu sept commerçants au marché de Titao avant d'emporter une "
        "centaine de têtes de bétail.\n\n"
        "Vendredi, plusieurs centaines de personnes ont marché dans le calme à Dori.",
        "fr",
        published="2025-06-07",
    )
    got = [(e.sub_event_type, e.fatalities) for e in evs]
    assert got == [("Remote explosive/landmine/IED", 4), ("Attack", 7), ("Peaceful protest", None)]


def test_des_fuyards_qui_se_dispersent_ne_manifestent_pas(run):
    evs = run(
        "Selon le communiqué, la riposte de l'armée a permis de « neutraliser » vingt-sept assaillants "
        "près de Ouallam, tandis que les fuyards se seraient dispersés en direction de la frontière.",
        "fr",
        published="2025-03-18",
    )
    assert all(e.event_type != "Protests" and e.event_type != "Riots" for e in evs)


def test_des_dizaines_de_roquettes_font_un_seul_tir(run):
    evs = run(
        "Le Hezbollah a annoncé avoir tiré mardi à l'aube des dizaines de roquettes contre une caserne de "
        "Kiryat Shmona, dans le nord d'Israël.",
        "fr",
        published="2024-07-02",
    )
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_le_jour_ou_le_maire_fait_etat_du_bilan_n_est_pas_celui_de_l_attaque(run):
    evs = run(
        "Des membres d'un gang ont attaqué dimanche la commune de Lascahobas, tuant des dizaines de "
        "personnes.\n\nLe maire de Lascahobas a fait état lundi de douze morts, tous des civils.",
        "fr",
        published="2026-03-17",
    )
    assert [(e.date, e.fatalities) for e in evs] == [("2026-03-15", 12)]


def test_a_fire_that_broke_out_dates_the_strike(run):
    text = (
        "Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un dépôt pétrolier près de "
        "Briansk après une attaque de drones ukrainiens, a indiqué le gouverneur."
    )
    evs = run(text, "fr", published="2025-09-07")
    assert [e.date for e in evs] == ["2025-09-06"]
    assert [s.text for s in evs[0].reported_by] == ["gouverneur"]


def test_security_services_arresting_are_the_police(run):
    text = (
        "À Port-Soudan, les services de sécurité ont arrêté lundi une quinzaine de militants accusés "
        "de collaboration avec les FSR, a dénoncé une ONG."
    )
    evs = run(text, "fr", published="2025-09-03")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Police Forces of Sudan"


def test_violating_a_moratorium_is_no_sexual_violence(run):
    text = "Kiev et Moscou s'accusent de violer le moratoire sur les frappes contre les centrales."
    assert not [e for e in run(text, "fr", published="2025-04-10") if e.sub_event_type == "Sexual violence"]


def test_youths_fighting_the_police_is_a_riot(run):
    text = (
        "Des heurts ont opposé mardi soir des jeunes aux forces de l'ordre à Villiers-le-Bel, "
        "selon la préfecture."
    )
    evs = run(text, "fr", published="2023-07-01")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")]


def test_a_march_announced_for_a_later_day_is_not_yet_an_event(run):
    text = "Les syndicats ont défilé mardi à Dakar. Une nouvelle marche est annoncée pour samedi à Thiès."
    evs = run(text, "fr", published="2024-03-06")
    assert [e.location.name for e in evs if e.location] == ["Dakar"]


def test_a_police_blame_told_after_an_unclaimed_bomb_names_its_doer(run):
    text = (
        "Jeudi, un camion de l'armée a sauté sur une mine près de Kidal, tuant trois soldats. "
        "L'attaque n'a pas été revendiquée, mais l'armée l'attribue au JNIM."
    )
    (event,) = run(text, "fr", "2024-02-10")
    assert event.actor1 is not None and event.actor1.name.startswith("JNIM")


def test_a_toll_summed_over_two_attacks_is_no_incident(run):
    text = (
        "Au moins sept gendarmes ont été tués en une semaine dans deux attaques dans les régions "
        "de Mopti et de Ségou."
    )
    assert run(text, "fr", "2024-02-10") == []


def test_what_a_minister_denies_did_not_happen(run):
    text = (
        "« L'armée tient toutes ses positions », a déclaré le ministre, démentant des informations "
        "selon lesquelles les rebelles auraient pris le contrôle de la localité de Bunia."
    )
    assert run(text, "fr", "2024-02-10") == []


def test_the_wounded_evacuated_and_a_reopening_put_off_are_no_events(run):
    text = (
        "Trois blessés ont été évacués vers Goma par hélicoptère. Le gouverneur a repoussé "
        "la réouverture du marché à la semaine prochaine."
    )
    assert run(text, "fr", "2024-02-10") == []


def test_aircraft_named_before_a_relative_clause_struck(run):
    text = (
        "Mardi, les vecteurs aériens, qui ont frappé une colonne de terroristes près de Djibo, "
        "ont tué une dizaine d'assaillants."
    )
    (event,) = run(text, "fr", "2024-02-10")
    assert event.sub_event_type == "Air/drone strike"


def test_a_group_cited_as_a_source_is_no_party_and_its_background_no_date(run):
    text = (
        "Selon le collectif Darfur Watch, qui recense les exactions commises depuis avril 2023, "
        "des paramilitaires ont attaqué samedi le village de Tawila, tuant douze civils."
    )
    (event,) = run(text, "fr", "2025-07-15")
    assert event.actor1 is None or "Darfur Watch" not in event.actor1.name
    assert event.date == "2025-07-12"


def test_house_arrest_is_an_arrest(run):
    text = "L'opposant Idrissa Sawadogo a été placé en résidence surveillée mardi à Ouagadougou."
    (event,) = run(text, "fr", "2025-03-28")
    assert event.sub_event_type == "Arrests"


def test_what_a_mission_recalls_in_the_present_is_a_situation(run):
    text = "La mission rappelle que ses casques bleus combattent aux côtés de l'armée pour protéger Bunia."
    assert run(text, "fr", "2024-02-12") == []


def test_a_demonstrative_incident_points_back_and_the_new_killing_is_its_own_event(run):
    text = (
        "L'aviation a bombardé lundi des positions rebelles près de Kidal. "
        "Ces frappes interviennent alors que les violences se poursuivent dans la région : mardi, des "
        "hommes armés ont tué quatre bergers près de Tessalit, selon un élu local."
    )
    evs = run(text, "fr", "2025-03-13")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", "Attack"]
    assert evs[1].fatalities == 4 and evs[1].location is not None and evs[1].location.name == "Tessalit"


def test_a_subset_after_dont_les_is_not_counted_twice_and_the_capital_is_the_one_named(run):
    text = (
        "Lundi, des hommes armés ont tué deux passants à Bamako. Le double attentat-suicide de "
        "vendredi a fait neuf morts, dont les deux kamikazes, dans le centre de la capitale nigérienne, "
        "Niamey, selon la police. Un autre engin a explosé samedi dans la capitale nigérienne."
    )
    evs = run(text, "fr", "2025-03-13")
    assert [e.fatalities for e in evs][:2] == [2, 9]
    assert [e.location.name if e.location else None for e in evs] == ["Bamako", "Niamey", "Niamey"]


def test_the_ends_of_a_route_do_not_place_the_incident_the_sentence_places(run):
    text = (
        "Mercredi, l'unité qui escortait des camions entre Téra et Dori est tombée dans une embuscade "
        "à une cinquantaine de kilomètres à l'ouest de Téra, tuant douze militaires."
    )
    (event,) = run(text, "fr", "2024-05-10")
    assert event.location is not None and event.location.name.startswith("T")


def test_counted_bombers_are_the_means_of_one_attack_not_a_summary(run):
    evs = run(
        "Au moins sept villageois ont été tués samedi par trois kamikazes dans un marché de Mora, "
        "dans l'Extrême-Nord du Cameroun.",
        "fr",
        published="2022-03-14",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 7)]


def test_bombers_among_the_dead_leave_the_accused_group_the_perpetrator(run):
    evs = run(
        "Les shebab ont multiplié les attaques en 2019. Nairobi les accuse d'être à l'origine de "
        "l'attentat-suicide qui a fait neuf morts, dont les deux kamikazes, le 3 mars dans la capitale "
        "kényane.",
        "fr",
        published="2022-03-14",
    )
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Al Shabaab"
    assert evs[0].fatalities == 9


def test_a_unit_acronym_in_brackets_is_no_place(run):
    evs = run(
        "Un soldat du Groupement d'intervention rapide (BIR) a été tué jeudi par une mine près de Mora, "
        "au Cameroun.",
        "fr",
        published="2022-03-14",
    )
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == "Mora"


def test_a_nationality_word_is_context_for_the_place(run):
    evs = run("Hier, un soldat de l'armée camerounaise a été tué par une mine près de Mora.", "fr")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country == "CM"


def test_the_words_after_a_cut_short_place_name_complete_it(run):
    evs = run("Une frappe de drone a tué dimanche huit passagers près de Debre Markos, en Éthiopie.", "fr")
    assert len(evs) == 1 and evs[0].location is not None
    assert evs[0].location.name.startswith("Debre Mark")


def test_a_toll_over_two_named_months_is_a_tally(run):
    text = "Selon l'ONU, au moins 183 personnes ont été tuées dans la région en juillet et août 2023."
    assert run(text, "fr", published="2024-03-05") == []


def test_an_attempted_taking_repelled_is_a_clash(run):
    evs = run(
        "Dans la nuit de jeudi à vendredi, des jihadistes ont tenté de s'emparer du poste militaire de "
        "Kolofata, au Cameroun. Repoussés par les soldats, les assaillants ont laissé douze corps sur "
        "le terrain. Les blessés ont été évacués vers l'hôpital de Mora.",
        "fr",
        published="2021-05-10",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 12)]


def test_hostages_freed_in_an_operation_are_no_town_retaken(run):
    evs = run(
        "Samedi, une patrouille a accroché un groupe de terroristes près de Kolofata, au Cameroun. "
        "Deux terroristes ont été neutralisés et trois otages, dont un enfant, ont été libérés.",
        "fr",
        published="2021-05-10",
    )
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 2)]


def test_soldiers_fallen_on_the_field_of_honour_are_dead(run):
    text = "Mardi, trois soldats sont tombés au champ d'honneur lors d'une embuscade près de Diapaga."
    evs = run(text, "fr")
    assert len(evs) == 1 and evs[0].fatalities == 3


def test_the_charge_of_an_investigation_is_no_incident(run):
    assert run("Le parquet de Nantes a ouvert une enquête pour « tentative de meurtre ».", "fr") == []
    assert run("Deux suspects ont été mis en examen pour assassinat mardi à Lyon.", "fr") == []


def test_deaths_an_accident_caused_are_no_event(run):
    text = (
        "Un avion de ligne s'est écrasé peu après son décollage de Goma, tuant ses 31 passagers.\n\n"
        "Par ailleurs, une bousculade lors d'un concert à Kinshasa a fait neuf morts samedi.\n\n"
        "Les militaires ont écrasé un groupe de rebelles près de Beni, tuant sept combattants."
    )
    evs = run(text, "fr", published="2024-03-12")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 7)]


def test_an_earlier_toll_told_after_another_incident_is_the_fights(run):
    text = (
        "Au moins 41 personnes ont été tuées dans les combats qui ont opposé lundi deux milices à Zaouïa, "
        "a annoncé mercredi le ministère de la Santé.\n\n"
        "Ils avaient été déclenchés par l'arrestation, dimanche, d'un commandant par la police "
        "à l'aéroport de Zouara.\n\n"
        "Le précédent bilan, publié mardi soir, faisait état de 19 morts."
    )
    evs = run(text, "fr", published="2023-08-16")
    assert sorted((e.sub_event_type, e.fatalities) for e in evs) == [("Armed clash", 41), ("Arrests", None)]


def test_a_date_opening_a_comparison_does_not_date_a_new_incident(run):
    evs = run(
        "Neuf gendarmes ont été tués mardi dans une embuscade près de Dori. Il s'agit de l'une des "
        "attaques les plus meurtrières depuis l'arrivée au pouvoir des militaires, en 2022.",
        "fr",
        published="2024-03-14",
    )
    assert len(evs) == 1 and evs[0].date == "2024-03-12"


def test_an_ambush_nobody_claims_has_an_unidentified_attacker(run):
    text = "Neuf gendarmes ont été tués mardi dans une embuscade près de Dori."
    evs = run(text, "fr", published="2024-03-14")
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Police Forces of Burkina Faso"


def test_a_later_attribution_names_the_assailants(run):
    evs = run(
        "Au moins 40 villageois ont été tués dimanche lors d'une attaque contre Seytenga, dans le nord "
        "du Burkina Faso. Les assaillants ont aussi incendié des boutiques. L'attaque n'a pas été "
        "revendiquée. Une source sécuritaire l'a attribuée à l'Etat islamique au Sahel.",
        "fr",
        published="2022-06-13",
    )
    assert len(evs) == 1 and evs[0].actor1 is not None
    assert evs[0].actor1.name.startswith("Islamic State")


def test_par_ailleurs_opens_another_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lundi, des drones ont frappé un dépôt de carburant à Omdurman, sans faire de victime.\n\n"
        "A Omdurman, un obus a par ailleurs tué trois personnes lundi sur un marché."
    )
    events = [e.to_dict() for e in run(text, "fr", "2025-01-14")]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike", "Shelling/artillery/missile attack"]
