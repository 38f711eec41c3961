"""Casualty tolls read from parsed sentences (French and English), in our own sample sentences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.stages.casualties import Casualty, casualties_in

pytestmark = pytest.mark.slow


def tolls(nlp: Language, text: str, lang: str) -> list[Casualty]:
    doc = nlp(text)
    return [c for sent in doc.sents for c in casualties_in(sent, lang)]


def summary(found: list[Casualty]) -> list[tuple[str, int, str]]:
    return [(c.kind, c.count.value, c.count.qualifier) for c in found]


FR_TOLLS = [
    (
        "Au moins 25 gendarmes ont été tués et 9 blessés dans l'embuscade.",
        [("killed", 25, "at_least"), ("injured", 9, "exact")],
    ),
    (
        "Trois gendarmes et 11 assaillants ont été tués jeudi.",
        [("killed", 3, "exact"), ("killed", 11, "exact")],
    ),
    ("L'explosion a causé la mort de 14 passagers.", [("killed", 14, "exact")]),
    ("Le bataillon a perdu huit hommes.", [("killed", 8, "exact")]),
    (
        "On déplore 17 morts et une vingtaine de blessés.",
        [("killed", 17, "exact"), ("injured", 20, "approx")],
    ),
    ("Les insurgés ont tué une quarantaine de paysans.", [("killed", 40, "approx")]),
    (  # a day between the verb and its object: parsed as a bare oblique
        "Des frappes aériennes ont tué jeudi au moins onze personnes, dont trois enfants, à Tyr.",
        [("killed", 11, "at_least"), ("killed", 3, "exact")],
    ),
    ("L'assaut a fait au moins 19 morts au marché.", [("killed", 19, "at_least")]),
    ("La rixe s'est soldée par la mort de 7 d'entre eux.", [("killed", 7, "exact")]),
    (
        "Quatre agents ont été tués et cinq autres ont été blessés.",
        [("killed", 4, "exact"), ("injured", 5, "exact")],
    ),
    ("Le bombardement a coûté la vie à 9 personnes.", [("killed", 9, "exact")]),
    ("Onze villageois ont trouvé la mort.", [("killed", 11, "exact")]),
    ("Six pêcheurs ont péri près du lac.", [("killed", 6, "exact")]),
    ("Deux policiers sont morts dans l'attaque.", [("killed", 2, "exact")]),
    ("Les secouristes ont retrouvé 15 corps.", [("killed", 15, "exact")]),
    ("Le raid a fait deux morts et 12 blessés.", [("killed", 2, "exact"), ("injured", 12, "exact")]),
    ("Plus de 30 combattants ont été neutralisés par l'armée.", [("killed", 30, "at_least")]),
    ("Un casque bleu a été tué.", [("killed", 1, "exact")]),
    ("Les militaires ont abattu dix d'entre eux.", [("killed", 10, "exact")]),
    (  # the verb left out before the second count
        "Les assaillants ont tué sept personnes à Kaya et trois à Dori.",
        [("killed", 7, "exact"), ("killed", 3, "exact")],
    ),
    ("Un couple a été tué par une roquette.", [("killed", 2, "exact")]),
    ("Le missile a tué une famille de six personnes.", [("killed", 6, "exact")]),
    ("Une famille a fui le village.", []),
    (  # the article of an operation is no one killed
        "Une opération de l'armée a permis de neutraliser une vingtaine de jihadistes.",
        [("killed", 20, "approx")],
    ),
]

EN_TOLLS = [
    (
        "A car bomb killed at least 27 people and wounded 40 near the mosque.",
        [("killed", 27, "at_least"), ("injured", 40, "exact")],
    ),
    ("Four policemen and 9 gunmen were killed.", [("killed", 4, "exact"), ("killed", 9, "exact")]),
    (
        "At least 12 people have been killed and more than 30 injured.",
        [("killed", 12, "at_least"), ("injured", 30, "at_least")],
    ),
    ("The battalion lost seven soldiers.", [("killed", 7, "exact")]),
    ("The attackers shot dead two farmers.", [("killed", 2, "exact")]),
    ("Rescuers recovered 16 bodies from the rubble.", [("killed", 16, "exact")]),
    ("Eight people died in the blast.", [("killed", 8, "exact")]),
    ("Fighters killed a teacher in the village.", [("killed", 1, "exact")]),
    ("The shelling claimed the lives of 23 people.", [("killed", 23, "exact")]),
    ("21 soldiers had been wounded in the fighting.", [("injured", 21, "exact")]),
    ("Troops killed about 50 militants in the raid.", [("killed", 50, "approx")]),
    ("Six people were killed and three others wounded.", [("killed", 6, "exact"), ("injured", 3, "exact")]),
    (
        "Bandits killed nine people in one hamlet and four in another.",
        [("killed", 9, "exact"), ("killed", 4, "exact")],
    ),
    ("The rocket killed an elderly couple.", [("killed", 2, "exact")]),
    ("The blast killed a family of four in their car.", [("killed", 4, "exact")]),
    ("Two guards were shot dead and a third was wounded.", [("killed", 2, "exact"), ("injured", 1, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), FR_TOLLS)
def test_french_tolls(nlp_fr: Language, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert summary(tolls(nlp_fr, text, "fr")) == expected


@pytest.mark.parametrize(("text", "expected"), EN_TOLLS)
def test_english_tolls(nlp_en: Language, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert summary(tolls(nlp_en, text, "en")) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des hommes armés ont enlevé 40 lycéens et 120 détenus se sont évadés.", "fr"),
        ("Les assaillants ont incendié 300 cases et détruit 12 camions à 250 km de la capitale.", "fr"),
        ("La ville, qui compte 150 000 habitants, a été attaquée vers 10:45.", "fr"),
        ("Plus de 8.000 habitants ont fui les combats, soit 40% de la population.", "fr"),
        ("Un homme de 35 ans a été arrêté le 12 mars 2021.", "fr"),
        ("Gunmen abducted 25 pupils and 3,000 residents fled.", "en"),
        ("A 19-year-old was arrested at 10:15 p.m., 60km from the border.", "en"),
        ("The rebels seized 14 trucks in 2019.", "en"),
        ("Twelve soldiers killed an insurgent leader.", "en"),
        ("Corporal Nadeem Abbas, 36, a resident of Kohat, was killed in the ambush.", "en"),
    ],
)
def test_numbers_that_are_not_casualties(nlp_fr: Language, nlp_en: Language, text: str, lang: str) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = tolls(nlp, text, lang)
    assert all(c.count.value <= 1 for c in found), summary(found)
    assert not any(c.count.value > 1 for c in found)


def test_agent_is_not_a_victim(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "15 soldats ont tué trois rebelles.", "fr")
    assert summary(found) == [("killed", 3, "exact")]
    assert found[0].victim == "rebelles" and found[0].side == "non_state"


def test_subset_with_dont(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "L'attentat a fait 31 morts, dont 12 enfants.", "fr")
    assert summary(found) == [("killed", 31, "exact"), ("killed", 12, "exact")]
    assert not found[0].subset and found[1].subset and found[1].subset_of == 0
    assert found[1].victim == "enfants" and found[1].side == "civilians"


def test_subset_of_them(nlp_en: Language) -> None:
    found = tolls(nlp_en, "The strike claimed the lives of 26 people, 9 of them women.", "en")
    assert [c.count.value for c in found] == [26, 9]
    assert found[1].subset and found[1].subset_of == 0


def test_subset_among_victims(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "On dénombre 6 fillettes parmi les 19 victimes.", "fr")
    by_value = {c.count.value: (i, c) for i, c in enumerate(found)}
    i19, whole = by_value[19]
    _, part = by_value[6]
    assert part.subset and part.subset_of == i19 and not whole.subset


def test_subset_in_a_later_sentence_is_flagged(nlp_fr: Language) -> None:
    found = tolls(
        nlp_fr, "Au moins 44 civils ont été tués. Au moins 7 enfants figurent parmi les victimes.", "fr"
    )
    assert [(c.count.value, c.subset) for c in found] == [(44, False), (7, True)]
    assert found[1].subset_of is None


def test_subset_including(nlp_en: Language) -> None:
    found = tolls(nlp_en, "Soldiers killed 33 militants, including four commanders.", "en")
    assert [(c.count.value, c.subset) for c in found] == [(33, False), (4, True)]


def test_partitive_of_the_victims(nlp_en: Language) -> None:
    found = tolls(nlp_en, "Three of the victims were traders.", "en")
    assert summary(found) == [("killed", 3, "exact")] and found[0].subset


def test_victim_and_span(nlp_fr: Language) -> None:
    doc = nlp_fr("Hier, 14 soldats ont été tués.")
    (cas,) = casualties_in(next(iter(doc.sents)), "fr")
    assert cas.victim == "soldats" and cas.side == "state_forces"
    assert cas.victim_span is not None and doc.text[slice(*cas.victim_span)] == "soldats"
    assert doc.text[cas.count.start : cas.count.end] == cas.count.text == "14"
    assert cas.cue == "tués"


def test_offsets_are_document_offsets(nlp_en: Language) -> None:
    doc = nlp_en("The town was quiet. Later, 5 guards were killed at the gate.")
    found = [c for s in doc.sents for c in casualties_in(s, "en")]
    assert [doc.text[c.count.start : c.count.end] for c in found] == ["5"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les violences ont fait près de 400 morts depuis le début de l'année.", "fr"),
        ("Des milliers de civils ont été tués dans ce conflit.", "fr"),
        ("The insurgents have killed hundreds of villagers this year.", "en"),
        ("More than 900 people have died in the region in recent months.", "en"),
    ],
)
def test_aggregates_are_flagged(nlp_fr: Language, nlp_en: Language, text: str, lang: str) -> None:
    found = tolls(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert found and all(c.aggregate for c in found), found


def test_period_cue_elsewhere_in_the_sentence_is_not_an_aggregate(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "Cet attentat, le plus grave depuis deux ans, a fait 28 morts.", "fr")
    assert summary(found) == [("killed", 28, "exact")] and not found[0].aggregate


def test_accepts_a_whole_doc(nlp_en: Language) -> None:
    assert summary(casualties_in(nlp_en("Nine people died."), "en")) == [("killed", 9, "exact")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dozens were killed in the clashes.", "en", [("killed", 12, "at_least")]),
        ("A dozen people were killed.", "en", [("killed", 12, "exact")]),
        ("Five people were hurt.", "en", [("injured", 5, "exact")]),
        (
            "The bombing left 14 dead and 30 wounded.",
            "en",
            [("killed", 14, "exact"), ("injured", 30, "exact")],
        ),
        ("Two killed, 5 injured in blast", "en", [("killed", 2, "exact"), ("injured", 5, "exact")]),
        ("The death toll rose to 52.", "en", [("killed", 52, "exact")]),
        ("Les corps de 22 personnes ont été retrouvés.", "fr", [("killed", 22, "exact")]),
        ("Le bilan s'élève désormais à 31.", "fr", [("killed", 31, "exact")]),
        ("L'attaque a fait 9 victimes.", "fr", [("killed", 9, "exact")]),
        ("Trente-cinq soldats tués près de Mopti", "fr", [("killed", 35, "exact")]),
        ("Quatre d'entre eux ont succombé à leurs blessures.", "fr", [("killed", 4, "exact")]),
        (
            "Une personne a été tuée et deux autres blessées.",
            "fr",
            [("killed", 1, "exact"), ("injured", 2, "exact")],
        ),
        ("Plus d'une centaine de morts ont été recensés.", "fr", [("killed", 100, "at_least")]),
    ],
)
def test_more_patterns(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, expected: list[tuple[str, int, str]]
) -> None:
    assert summary(tolls(nlp_fr if lang == "fr" else nlp_en, text, lang)) == expected


FR_TEMPLATES = [
    "Au moins {n} civils ont été tués hier.",
    "L'embuscade a fait {n} morts.",
    "Les rebelles ont tué {n} soldats.",
    "On déplore {n} morts dans le village.",
]
EN_TEMPLATES = [
    "At least {n} civilians were killed yesterday.",
    "The ambush left {n} people dead.",
    "Rebels killed {n} soldiers.",
    "Police found {n} bodies near the road.",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(2, 99_999), fr=st.sampled_from(FR_TEMPLATES), en=st.sampled_from(EN_TEMPLATES))
def test_templates_give_the_number_back(nlp_fr: Language, nlp_en: Language, n: int, fr: str, en: str) -> None:
    for nlp, template, lang in ((nlp_fr, fr, "fr"), (nlp_en, en, "en")):
        written = f"{n:,}".replace(",", "." if lang == "fr" else ",")
        doc = nlp(template.format(n=written))
        found = [c for s in doc.sents for c in casualties_in(s, lang)]
        assert [(c.kind, c.count.value) for c in found] == [("killed", n)], doc.text
        assert all(doc.text[c.count.start : c.count.end] == c.count.text for c in found)


def test_coordinated_parts_of_a_toll_are_all_subsets(nlp_fr: Language, nlp_en: Language) -> None:
    found = tolls(nlp_fr, "L'attaque a fait 27 morts, dont un bébé et quatre femmes.", "fr")
    assert [(c.count.value, c.subset, c.subset_of) for c in found] == [
        (27, False, None),
        (1, True, 0),
        (4, True, 0),
    ]
    found = tolls(nlp_en, "The blast wounded 18 people, including a boy and two women.", "en")
    assert [(c.count.value, c.subset) for c in found] == [(18, False), (1, True), (2, True)]


def test_an_officer_and_soldiers(nlp_en: Language) -> None:
    found = tolls(nlp_en, "Gunmen stormed the camp, killing an army colonel and six soldiers.", "en")
    assert summary(found) == [("killed", 1, "exact"), ("killed", 6, "exact")]
    assert found[0].side == "state_forces"


def test_one_person_listed_beside_a_count(nlp_en: Language, nlp_fr: Language) -> None:
    en = "The wife and three children of the mayor were killed when gunmen stormed the house."
    assert sum(c.count.value for c in tolls(nlp_en, en, "en") if c.kind == "killed") == 4
    pair = "The commander and his driver were killed in the ambush."
    assert sum(c.count.value for c in tolls(nlp_en, pair, "en") if c.kind == "killed") == 2
    fr = "Le chef du village et deux de ses fils ont été tués par des hommes armés."
    assert sum(c.count.value for c in tolls(nlp_fr, fr, "fr") if c.kind == "killed") == 3
    alone = "The commander was killed in the ambush."
    assert tolls(nlp_en, alone, "en") == []


def test_a_share_of_drones_is_no_toll(nlp_fr: Language) -> None:
    text = "La défense aérienne a abattu 47 des 112 drones lancés dans la nuit."
    assert tolls(nlp_fr, text, "fr") == []


def test_tolls_of_a_war_or_a_year_are_aggregates(nlp_en: Language, nlp_fr: Language) -> None:
    en = "Last year, more than 150 community leaders were murdered in the region, a rights group said."
    assert all(c.aggregate for c in tolls(nlp_en, en, "en"))
    fr = "Le pays fait face aux violences jihadistes, qui ont fait plus de 15.000 morts depuis 2016."
    assert all(c.aggregate for c in tolls(nlp_fr, fr, "fr"))


def test_an_article_far_from_its_noun_still_counts_one(nlp_en: Language) -> None:
    text = "Snipers shot dead a 12-year-old girl near the market."
    assert summary(tolls(nlp_en, text, "en")) == [("killed", 1, "exact")]


def test_a_toll_since_a_war_began_is_an_aggregate(nlp_en: Language) -> None:
    text = "More than 300 people have been killed and 6,000 displaced since violence erupted in the state."
    found = tolls(nlp_en, text, "en")
    assert found and all(c.aggregate for c in found)


def test_beaten_to_death_counts_the_dead() -> None:
    from sitrep.nlp import parse
    from sitrep.stages.casualties import casualties_in

    cases = (("A man was beaten to death by a crowd.", "en"), ("Un homme a été battu à mort.", "fr"))
    for text, lang in cases:
        found = casualties_in(next(iter(parse(text, lang).sents)), lang)
        assert [(c.kind, c.count.value) for c in found] == [("killed", 1)]


def test_a_wound_verb_between_kill_verb_and_count(nlp_fr: Language, nlp_en: Language) -> None:
    fr = "Une bombe a explosé près de la gare, tuant un gardien et blessant quatre autres personnes."
    assert sorted(summary(tolls(nlp_fr, fr, "fr"))) == [("injured", 4, "exact"), ("killed", 1, "exact")]
    en = "A mine blew up a minibus, killing a driver and wounding five other passengers."
    assert sorted(summary(tolls(nlp_en, en, "en"))) == [("injured", 5, "exact"), ("killed", 1, "exact")]


def test_the_parts_and_the_source_are_not_the_subject(nlp_fr: Language) -> None:
    quoted = "Selon un communiqué des gendarmes, « une quinzaine de bandits » ont été tués lors des combats."
    assert ("killed", 15, "approx") in summary(tolls(nlp_fr, quoted, "fr"))
    source = "Selon une source locale, « plus d'une dizaine d'éleveurs » ont péri dans l'attaque."
    assert all(c.count.value != 1 for c in tolls(nlp_fr, source, "fr"))


def test_a_participle_toll_over_the_year_is_an_aggregate(nlp_fr: Language) -> None:
    text = (
        "Un enseignant a été abattu mardi, a dénoncé une ONG qui recense plus de 80 militants "
        "tués depuis le début de l'année."
    )
    found = tolls(nlp_fr, text, "fr")
    assert [c.count.value for c in found if not c.aggregate] == [1]


def test_head_of_cattle_are_no_toll(nlp_fr: Language, nlp_en: Language) -> None:
    fr = "Ils ont attaqué un campement près de Paoua, emportant plus de deux cents têtes de bétail."
    assert tolls(nlp_fr, fr, "fr") == []
    en = "Raiders killed two herders and stole 300 head of cattle near Tonj."
    assert summary(tolls(nlp_en, en, "en")) == [("killed", 2, "exact")]


def test_more_of_the_same_beside_a_new_toll_is_its_part(nlp_en: Language) -> None:
    text = "The toll in the ambush rose to 18 after rescuers recovered five more bodies."
    found = tolls(nlp_en, text, "en")
    assert [(c.count.value, c.subset) for c in found] == [(18, False), (5, True)]


def test_the_wounded_who_die_are_counted_dead(nlp_en: Language) -> None:
    found = tolls(nlp_en, "The toll rose to 31 on Sunday, after seven of the injured died in hospital.", "en")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 31), ("killed", 7)]


def test_the_wounded_after_a_count_are_wounded_whatever_the_parse(nlp_en: Language) -> None:
    text = "The hospital said it had received the bodies of 11 people and more than 60 wounded."
    found = [(c.kind, c.count.value) for c in tolls(nlp_en, text, "en")]
    assert ("killed", 11) in found and ("injured", 60) in found and ("killed", 60) not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le journaliste Paul Ngono a été abattu devant son domicile.", "fr", [("killed", 1)]),
        ("Reporter Jane Okafor was shot dead outside her home.", "en", [("killed", 1)]),
        ("The mayor of Tecpan and one of his guards were shot dead.", "en", [("killed", 1), ("killed", 1)]),
        ("The commander killed two villagers.", "en", [("killed", 2)]),
        ("Le maire a déclaré que deux civils avaient été tués.", "fr", [("killed", 2)]),
    ],
)
def test_one_person_the_verb_names_is_one_victim(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [(c.kind, c.count.value) for c in tolls(nlp, text, lang)] == expected


def test_along_with_adds_to_the_dead(nlp_en: Language) -> None:
    text = "Lieutenant Imran Khan, along with two soldiers, embraced shahadat during the exchange of fire."
    assert sum(c.count.value for c in tolls(nlp_en, text, "en") if c.kind == "killed") == 3


def test_a_count_the_parser_hangs_on_au_moins(nlp_fr: Language) -> None:
    # this parse makes "Au" the passive subject and the number a fixed part of it
    found = tolls(nlp_fr, "Au moins 16.175 civils ont été tués hier.", "fr")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 16175)]


def test_who_tells_the_toll_is_no_victim(nlp_fr: Language, nlp_en: Language) -> None:
    found = tolls(nlp_fr, "Le bilan est de sept morts et de neuf blessés, selon un agent de santé.", "fr")
    assert summary(found) == [("killed", 7, "exact"), ("injured", 9, "exact")]
    found = tolls(nlp_en, "Five people were killed, according to two doctors at the hospital.", "en")
    assert summary(found) == [("killed", 5, "exact")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Last month, gunmen killed nine farmers in an attack on their hamlet near the river.", "en", 9),
        ("Last year, at least 14 people were shot dead in the small town of Kisoro.", "en", 14),
        ("En 2019, une attaque des rebelles contre Kibati avait fait une vingtaine de morts.", "fr", 20),
        ("Le mois dernier, des hommes armés ont tué sept bergers lors d'une attaque contre leur camp.",
         "fr", 7),
        ("L'an dernier, onze personnes avaient été tuées dans le village de Tanwalbougou.", "fr", 11),
    ],
)
def test_a_dated_incident_is_no_tally(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, value: int
) -> None:
    found = tolls(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert [c.count.value for c in found if not c.aggregate] == [value], found


def test_a_wave_of_incidents_is_still_a_tally(nlp_fr: Language, nlp_en: Language) -> None:
    assert all(c.aggregate for c in tolls(nlp_en, "Last month, a wave of bombings killed 33 people.", "en"))
    fr = "Depuis janvier, une série d'attentats a fait 48 morts dans la région."
    assert all(c.aggregate for c in tolls(nlp_fr, fr, "fr"))


def test_a_passive_whose_subject_hangs_on_the_auxiliary(nlp_fr: Language) -> None:
    text = "Une femme de 72 ans a en outre été tuée par un obus à Bilozerka."
    assert summary(tolls(nlp_fr, text, "fr")) == [("killed", 1, "exact")]


def test_a_count_on_a_participle_before_its_noun_is_the_noun_s() -> None:
    from sitrep.nlp import parse
    from sitrep.stages.casualties import casualties_in

    doc = parse("At least a dozen displaced people were killed in the shelling on Sunday.", "en")
    assert [(c.kind, c.count.value) for c in casualties_in(doc, "en")] == [("killed", 12)]


def test_counts_after_a_colon_are_parts_of_the_toll_before_it() -> None:
    from sitrep.nlp import parse
    from sitrep.stages.casualties import casualties_in

    doc = parse("The fighting left 20 people dead: 14 villagers and six gunmen.", "en")
    found = casualties_in(doc, "en")
    assert [c.count.value for c in found if not c.subset] == [20]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Soldiers freed 14 kidnapped victims from a forest camp on Friday.", "en"),
        ("Police said nine victims of rape had been taken to the clinic.", "en"),
        ("Les gendarmes ont libéré onze victimes d'enlèvement jeudi.", "fr"),
    ],
)
def test_victims_of_another_harm_are_not_dead(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [c for c in tolls(nlp, text, lang) if c.kind == "killed"] == []


def test_victims_alone_are_still_dead(nlp_en: Language) -> None:
    found = tolls(nlp_en, "The attack left 23 victims in the market town.", "en")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 23)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were shot and killed by gunmen in Durban on Sunday.", [("killed", 3)]),
        ("Two men were shot and wounded near the market.", [("injured", 2)]),
        ("A migrant was stabbed to death by unidentified assailants.", [("killed", 1)]),
    ],
)
def test_a_passive_joined_to_a_wounding_or_killing_verb(
    nlp_en: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.kind, c.count.value) for c in tolls(nlp_en, text, "en")] == expected


def test_each_joined_toll_keeps_its_own_verb(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "Quatre personnes ont été tuées et une dizaine blessées à Brazzaville.", "fr")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 4), ("injured", 10)]


def test_fatally_wounded_is_dead(nlp_fr: Language, nlp_en: Language) -> None:
    found = tolls(nlp_fr, "Un militant a été mortellement blessé par balle à Conakry.", "fr")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 1)]
    found = tolls(nlp_en, "Police returned fire and four suspects were fatally wounded.", "en")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 4)]


def test_a_name_the_tagger_missed_is_still_one_dead(nlp_en: Language, nlp_fr: Language) -> None:
    found = tolls(nlp_en, "Dlamini, who led the union, was killed on Saturday at his home.", "en")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 1)]
    found = tolls(nlp_fr, "Sept civils ont été tués mardi près de Dapaong.", "fr")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 7)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A 53-year-old cocoa picker was shot dead by unknown gunmen near the farm.", "en", [("killed", 1)]),
        ("Assailants killed the treasurer of the Kasenyi fishing cooperative.", "en", [("killed", 1)]),
        ("Gunmen shot dead Ousmane Tarbey, a shopkeeper, outside his home.", "en", [("killed", 1)]),
        ("Un boulanger a été poignardé à mort dimanche à Thiès.", "fr", [("killed", 1)]),
        ("Soldiers shot down a drone over the port.", "en", []),
    ],
)
def test_whoever_a_killing_takes_is_one_dead(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [(c.kind, c.count.value) for c in tolls(nlp, text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "dead"),
    [
        ("Gunmen killed a cattle trader and his brother near Gashua.", "en", 2),
        ("A cocoa farmer and his 16-year-old son were murdered on the road to their plot.", "en", 2),
        ("Un éleveur et son fils ont été abattus près de Djibo.", "fr", 2),
        ("Gunmen on a motorbike shot dead a Buddhist monk and his driver in Narathiwat.", "en", 2),
    ],
)
def test_a_person_and_their_relative_are_two_dead_once(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, dead: int
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = tolls(nlp, text, lang)
    assert sum(c.count.value for c in found if c.kind == "killed" and not c.subset) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two men riding on a motorcycle shot dead a 30-year-old shopkeeper in Tagum.", 1),
        ("Two men wanted on old arrest warrants were shot dead in a raid near Bacho.", 2),
    ],
)
def test_shot_dead_misparsed_keeps_shooters_and_dead_apart(nlp_en: Language, text: str, dead: int) -> None:
    found = tolls(nlp_en, text, "en")
    assert sum(c.count.value for c in found if c.kind == "killed") == dead


def test_shot_dead_before_a_name_counts_the_name_not_the_shooters(nlp_en: Language) -> None:
    text = "Two men on a motorcycle shot dead Juan Carlos Mejía outside his shop in Tuluá."
    found = tolls(nlp_en, text, "en")
    assert [(c.kind, c.count.value) for c in found] == [("killed", 1)]


def test_a_victim_killed_with_a_relative_is_two_dead(nlp_fr: Language) -> None:
    found = tolls(nlp_fr, "Le maire de Copala a été tué par balles avec son garde du corps.", "fr")
    assert sum(c.count.value for c in found if c.kind == "killed") == 2
    found = tolls(nlp_fr, "Un policier a été tué avec une arme blanche à Kaya.", "fr")
    assert sum(c.count.value for c in found if c.kind == "killed") == 1
