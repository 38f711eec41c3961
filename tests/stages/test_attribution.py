"""Source attribution (French and English), on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.stages.attribution import SourceMention, find_sources, quotations, sources_for_sentence


def sources(nlp: Language, text: str, lang: str) -> list[tuple[str, str]]:
    """(canonical name, text as written) of every source mention."""
    return [(m.source.name, m.text) for m in find_sources(nlp(text), lang)]


FR_CASES = [
    ("Selon l'OSDH, quatre civils ont péri lundi.", [("SOHR", "OSDH")]),
    (
        "D'après des sources médicales, six blessés ont été transférés.",
        [("medical sources", "sources médicales")],
    ),
    ("L'agence Sana rapporte que les troupes sont entrées dans la localité.", [("SANA", "agence Sana")]),
    ("La télévision syrienne a fait état de cinq morts.", [("Syrian TV", "télévision syrienne")]),
    ("Un poste a été incendié, a-t-on appris auprès de la police.", [("police", "police")]),
    ("Le village a été pillé, a indiqué un habitant.", [("resident", "habitant")]),
    # a role is named in the number the text gives it
    ("Deux gardes ont été tués, selon une source militaire.", [("military source", "source militaire")]),
    ("Deux gardes ont été tués, selon des sources militaires.", [("military sources", "sources militaires")]),
    # kinds of witnesses and officials are named in English, as written in the text
    ("Deux gardes sont morts, selon une source hospitalière.", [("hospital source", "source hospitalière")]),
    ("Deux gardes ont été tués, selon une source judiciaire.", [("judicial source", "source judiciaire")]),
    ("Deux gardes ont été tués, selon un élu local.", [("local official", "élu local")]),
    ("Deux gardes ont été tués, selon une radio locale.", [("local radio", "radio locale")]),
    ("Selon le préfet de l'Ouham, deux éleveurs ont été tués.", [("prefect", "préfet de l'Ouham")]),
    (
        "Les hommes armés sont repartis vers la forêt, ont indiqué mardi des habitants à l'AFP.",
        [("residents", "habitants"), ("AFP", "AFP")],
    ),
    ("Selon l'armée malienne, l'embuscade a fait trois morts.", [("Malian army", "armée malienne")]),
    ("Daech a revendiqué l'explosion dans un message.", [("Islamic State", "Daech")]),
    (
        "« Le calme est revenu », a déclaré Paul Martin, maire de la commune.",
        [("Paul Martin, maire de la commune", "Paul Martin, maire de la commune")],
    ),
    ("La gendarmerie attribue l'incendie du dépôt à des inconnus.", [("police", "gendarmerie")]),
    (  # the parser makes the reporting verb the root and the bombers its subject
        "Les deux kamikazes, des adolescentes, se sont fait exploser près du marché, a précisé un "
        "responsable local.",
        [("local official", "responsable local")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FR_CASES)
def test_french_sources(nlp_fr: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(nlp_fr, text, "fr") == expected


EN_CASES = [
    ("According to local officials, nine houses burned.", [("local officials", "local officials")]),
    ("Police sources said two bodies were found.", [("police", "Police sources")]),
    ("The attackers fled on motorbikes, a witness said.", [("witness", "witness")]),
    ("The army told AFP that the road had reopened.", [("army", "army"), ("AFP", "AFP")]),
    ("The Chadian army said its troops had repelled the raid.", [("Chadian army", "Chadian army")]),
    (
        "A district official and a police spokesman said on Monday the school was attacked.",
        [("official", "district official"), ("police", "police spokesman")],
    ),
    (
        '"They came at night," said local farmer Ali Musa, speaking by phone.',
        [("local farmer Ali Musa", "local farmer Ali Musa")],
    ),
    (
        "Islamic State claimed responsibility in a statement carried by its Amaq news agency.",
        [("Islamic State", "Islamic State"), ("Amaq", "Amaq news agency")],
    ),
    (  # past the document, its date and the description to the paper's own name
        'Two farmers died, according to a report in Friday\'s issue of the independent weekly "Zitamar".',
        [("Zitamar", "Zitamar")],
    ),
    ('Three men were shot, according to the daily "The Citizen".', [("The Citizen", "The Citizen")]),
    ("Two guards died in raids that the governor blamed on bandits.", [("governor", "governor")]),
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_sources(nlp_en: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(nlp_en, text, "en") == expected


def test_no_cue_no_source(nlp_fr: Language, nlp_en: Language) -> None:
    assert sources(nlp_fr, "Trois véhicules ont été détruits près du marché.", "fr") == []
    assert sources(nlp_en, "A journalist of the AFP was wounded in the blast.", "en") == []


def test_claims_are_sentence_scoped(nlp_fr: Language) -> None:
    (m,) = [m for m in find_sources(nlp_fr("L'EI a revendiqué l'attaque."), "fr")]
    assert m.scope == "sentence" and m.source.name == "Islamic State"


def test_pronoun_speaker_is_the_previous_source(nlp_fr: Language, nlp_en: Language) -> None:
    doc = nlp_fr("Selon le gouverneur Ali Traoré, le camp a été attaqué. Le bilan est lourd, a-t-il ajouté.")
    ms = find_sources(doc, "fr")
    assert [m.sent_index for m in ms] == [0, 1]
    assert {m.source.name for m in ms} == {"gouverneur Ali Traoré"}
    doc = nlp_en("The Nigerian army said ten gunmen died. It added that a soldier was hurt.")
    assert [s.name for s in sources_for_sentence(doc, 1, find_sources(doc, "en"))] == ["Nigerian army"]


def test_impersonal_subject_names_no_one(nlp_fr: Language) -> None:
    assert sources(nlp_fr, "Cinq morts, a-t-on appris.", "fr") == []


def per_sentence(doc: Doc, lang: str) -> list[list[str]]:
    """Source names of each non-blank sentence (a pipeline may make line breaks sentences)."""
    ms = find_sources(doc, lang)
    sents = list(doc.sents)
    return [
        [s.name for s in sources_for_sentence(doc, i, ms)]
        for i, sent in enumerate(sents)
        if sent.text.strip()
    ]


def test_communique_carries_over_to_the_next_sentences(nlp_fr: Language) -> None:
    text = (
        "Selon un communiqué de l'armée burkinabè, vingt assaillants ont été tués.\n"
        "Le communiqué indique que deux soldats ont été blessés. Des armes ont été saisies."
    )
    assert per_sentence(nlp_fr(text), "fr") == [["Burkinabe army"], ["Burkinabe army"], ["Burkinabe army"]]


def test_carry_over_stops_two_paragraphs_later(nlp_en: Language) -> None:
    doc = nlp_en("Five people died, officials said.\nThe road was closed.\nSchools reopened.")
    assert per_sentence(doc, "en") == [["officials"], ["officials"], []]


def test_a_new_source_ends_the_previous_scope(nlp_en: Language) -> None:
    doc = nlp_en("Ten died, officials said. According to witnesses, the market burned. Shops were looted.")
    ms = find_sources(doc, "en")
    assert [s.name for s in sources_for_sentence(doc, 2, ms)] == ["witnesses"]


def test_quoted_speech_belongs_to_its_speaker(nlp_fr: Language) -> None:
    text = "« Ils ont tiré sur la foule. Beaucoup sont morts », raconte un témoin joint par téléphone."
    doc = nlp_fr(text)
    ms = find_sources(doc, "fr")
    (m,) = ms
    assert isinstance(m, SourceMention) and m.quote == (0, text.index("»") + 1)
    for i in range(len(list(doc.sents))):
        assert [s.name for s in sources_for_sentence(doc, i, ms)] == ["witness"]


def test_offsets_point_into_the_text(nlp_en: Language) -> None:
    text = "Shots were heard, residents told Reuters on Sunday."
    doc = nlp_en(text)
    for m in find_sources(doc, "en"):
        assert text[m.start : m.end] == m.text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab «»“”"\n.')), max_size=60))
def test_quotations_are_ordered_disjoint_and_in_bounds(text: str) -> None:
    pairs = (("«", "»"), ("“", "”"), ('"', '"'))
    spans = quotations(text, pairs)
    last = -1
    for start, end in spans:
        assert 0 <= start < end <= len(text) and start >= last
        assert text[start] in '«“"' and "\n" not in text[start:end]
        last = end


def test_document_source_is_written_as_its_author(nlp_fr: Language) -> None:
    doc = nlp_fr("Selon un communiqué de l'armée nigérienne, six assaillants ont été tués.")
    (m,) = find_sources(doc, "fr")
    assert m.text == "communiqué de l'armée nigérienne"
    assert (m.source.name, m.source.text) == ("Nigerien army", "armée nigérienne")


def test_participles_share_the_main_speaker(nlp_en: Language, nlp_fr: Language) -> None:
    text = "Fighting resumed on Sunday, General Ali Musa said, adding that calm had returned to the area."
    assert [n for n, _ in sources(nlp_en, text, "en")] == ["General Ali Musa"]
    text = "Un habitant, confirmant l'attaque, a évoqué un bilan de dix morts."
    assert sources(nlp_fr, text, "fr") == [("resident", "habitant")]


def test_an_adverb_inside_a_two_word_reporting_verb(nlp_fr: Language) -> None:
    text = (
        "L'attaque a été repoussée, selon un communiqué de la gendarmerie nationale. "
        "Le communiqué fait également état d'un vol de bétail près de Gao."
    )
    mentions = find_sources(nlp_fr(text), "fr")
    assert [m.sent_index for m in mentions] == [0, 1]
    assert mentions[1].source.name == mentions[0].source.name


def test_two_word_reporting_verb_with_split_parse(nlp_fr: Language) -> None:
    text = "La télévision syrienne a, par ailleurs, fait état d'une mutinerie dans la prison."
    assert sources(nlp_fr, text, "fr") == [("Syrian TV", "télévision syrienne")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Six combattants ont été tués, ont indiqué des responsables des FDS.", "SDF officials"),
        ("Selon un porte-parole de l'armée malienne, le camp a été repris.", "Malian army spokesman"),
    ],
)
def test_roles_are_named_with_their_owner(nlp_fr: Language, text: str, name: str) -> None:
    assert [m.source.name for m in find_sources(nlp_fr(text), "fr")] == [name]


WORDS = [
    "selon",
    "l'",
    "OSDH",
    ",",
    "a",
    "indiqué",
    "un",
    "habitant",
    "«",
    "»",
    ".",
    "Ils",
    "ont",
    "tué",
    "des",
    "civils",
    "a-t-il",
    "ajouté",
    "AFP",
    "à",
    "sources",
    "médicales",
    "\n",
    "le",
    "communiqué",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_sources_never_crash_and_stay_in_bounds(nlp_fr: Language, words: list[str]) -> None:
    doc = nlp_fr(" ".join(words))
    mentions = find_sources(doc, "fr")
    n = len(list(doc.sents))
    for m in mentions:
        assert 0 <= m.sent_index < n and 0 <= m.start < m.end <= len(doc.text)
        assert m.source.name and m.scope in ("sentence", "paragraph")
    for i in range(n):
        for src in sources_for_sentence(doc, i, mentions):
            assert src.name


def test_empty_document(nlp_en: Language) -> None:
    assert find_sources(nlp_en(""), "en") == []


def test_inverted_speaker_after_the_addressee(nlp_fr: Language) -> None:
    text = "« Trois hommes sont morts », a confié à l'AFP un officier sous couvert d'anonymat."
    assert sources(nlp_fr, text, "fr") == [("AFP", "AFP"), ("officier", "officier")]


def test_pronoun_takes_the_nearest_source(nlp_fr: Language) -> None:
    text = (
        "Selon l'OSDH, la ville est tombée. Le maire Jean Koné a déclaré que des maisons avaient brûlé, "
        "ajoutant que la nuit était calme. Il a précisé que deux civils étaient morts."
    )
    doc = nlp_fr(text)
    ms = find_sources(doc, "fr")
    last = len(list(doc.sents)) - 1
    assert [s.name for s in sources_for_sentence(doc, last, ms)] == ["maire Jean Koné"]


def test_an_acronym_defined_after_a_source_is_kept_and_the_same_source_is_the_last(nlp_fr: Language) -> None:
    text = (
        "Trois manifestants ont été arrêtés, selon la Ligue tchadienne des droits de l'homme (LTDH). "
        "Deux autres ont été blessés, selon la même source."
    )
    found = [(m.source.name, m.source.text) for m in find_sources(nlp_fr(text), "fr")]
    assert found[0][1].endswith("(LTDH)")
    assert found[-1] == found[0]


def test_a_name_acronym_after_the_rest_of_the_title(nlp_fr: Language) -> None:
    text = "Un syndicaliste a été tué, a dénoncé l'Observatoire des libertés et de la paix (Olipaz)."
    assert any(m.source.text.endswith("(Olipaz)") for m in find_sources(nlp_fr(text), "fr"))


def test_a_day_after_the_verb_is_not_the_speaker(nlp_fr: Language) -> None:
    text = "Six soldats ont été tués dimanche près de Gao, ont indiqué lundi à l'AFP des sources locales."
    names = [n for n, _ in sources(nlp_fr, text, "fr")]
    assert "lundi" not in names and "local sources" in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un incendie s'est déclaré dans un dépôt de carburant après une frappe.", "fr"),
        ("Les rebelles ont pris la localité. Le gouvernement n'a pas confirmé cette prise.", "fr"),
        ("The rebels took the town. The army did not confirm the claim.", "en"),
    ],
)
def test_verbs_that_report_nothing(nlp_fr: Language, nlp_en: Language, text: str, lang: str) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert sources(nlp, text, lang) == []


def test_a_closing_incise_names_its_speaker_after_the_verb(nlp_fr: Language) -> None:
    text = (
        "À Mopti, la gendarmerie a arrêté mardi une dizaine de commerçants accusés de contrebande "
        "avec des groupes armés, a rapporté un parent d'un des détenus."
    )
    names = [n for n, _ in sources(nlp_fr, text, "fr")]
    assert names and not any("commerçants" in n for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Quatre civils tués, selon le ministère malien de la Santé.", "fr", "Malian Ministry of Health"),
        ("Four civilians were killed, Mali's health ministry said.", "en", "Malian Ministry of Health"),
        ("Turkey's Defence Ministry said two soldiers died.", "en", "Turkish Ministry of Defence"),
    ],
)
def test_a_ministry_has_one_name_however_written(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, name: str
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert name in [n for n, _ in sources(nlp, text, lang)]


def test_the_issuer_of_a_statement_opens_it_in_the_present(nlp_en: Language, nlp_fr: Language) -> None:
    from sitrep.stages.attribution import issuer

    doc = nlp_en("The United Nations Mission in Mali condemns the attack on its convoy near Gao on Monday.")
    found = issuer(doc, "en", [0])
    assert found is not None and "United Nations Mission in Mali" in found.name
    doc = nlp_fr("L'armée malienne informe que ses unités ont repoussé une attaque à Boni.")
    assert issuer(doc, "fr", [0]) is not None
    quiet = nlp_en("Gunmen killed five villagers near Gao on Monday, officials said.")
    assert issuer(quiet, "en", [0]) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Five civilians were killed, according to information gathered by the UN human rights team.", "en"),
        ("Trois civils ont été tués, selon des informations recueillies par la MINUSCA.", "fr"),
    ],
)
def test_information_speaks_through_who_gathered_it(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str
) -> None:
    nlp = nlp_fr if lang == "fr" else nlp_en
    names = [n for n, _ in sources(nlp, text, lang)]
    assert names and not any("information" in n.lower() for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Police detained supporters of the opposition National Unity Platform (NUP) in Kampala "
            "on Monday. Six of them were released later, the party said.",
            "en",
            "NUP",
        ),
        (
            "La Mission des Nations unies au Soudan du Sud a condamné l'attaque. Quatre civils "
            "ont été tués, a indiqué la Mission.",
            "fr",
            "Mission des Nations unies",
        ),
        (
            "Jihadists overrun Ancuabe\n\nFighters of the Islamic State Mozambique Province seized "
            "Ancuabe on Monday, the group said.",
            "en",
            "Islamic State",
        ),
    ],
)
def test_a_description_names_the_organisation_told_before(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, expected: str
) -> None:
    found = sources(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert found and expected in found[-1][0]


def test_the_same_agency_is_the_last_source(nlp_fr: Language) -> None:
    text = (
        "Selon l'Agence nationale d'information, le Hezbollah a tiré deux roquettes. Un drone a "
        "blessé un agriculteur, selon la même agence."
    )
    assert sources(nlp_fr, text, "fr")[-1][0] != "Hezbollah"


def test_an_acronym_further_on_completes_the_name(nlp_fr: Language) -> None:
    text = (
        "Un journaliste a été placé en garde à vue, a dénoncé le Syndicat des professionnels de "
        "l'information et de la communication du Sénégal (Synpics)."
    )
    (mention,) = find_sources(nlp_fr(text), "fr")
    assert mention.source.text.endswith("(Synpics)")


def test_a_rule_after_according_to_is_no_source(nlp_fr: Language) -> None:
    text = (
        "Le camp a été attaqué par l'Etat islamique au Grand Sahara (EIGS, selon le sigle français), "
        "a indiqué un élu local."
    )
    names = [m.source.text for m in find_sources(nlp_fr(text), "fr")]
    assert names and not any("sigle" in n for n in names)


def test_who_told_the_agency_is_a_source_too(nlp_fr: Language) -> None:
    text = "À Bouaké, deux gendarmes ont été blessés par des tirs, a déclaré à l'AFP le maire de la commune."
    names = {m.source.text for m in find_sources(nlp_fr(text), "fr")}
    assert "maire de la commune" in names



def test_an_acronym_after_a_long_name_names_the_known_source(nlp_fr: Language) -> None:
    text = "Un obus est tombé près de Chamaa, selon la Force intérimaire des Nations unies au Liban (Finul)."
    names = {m.source.name for m in find_sources(nlp_fr(text), "fr")}
    assert names == {"UNIFIL"}


def test_a_countrys_army_written_with_a_possessive_is_its_army(nlp_en: Language) -> None:
    text = "Chad's army said it had killed 12 insurgents near Bol on Friday."
    assert {m.source.name for m in find_sources(nlp_en(text), "en")} == {"Chadian army"}


def test_the_rebels_as_a_source_are_the_group_of_the_story(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighters of the Azawad Liberation Front (FLA) attacked an army post near Anefis on Friday.\n\n"
        "According to the rebels, a drone hit a truck near Anefis on Sunday, killing three people."
    )
    events = [e.to_dict() for e in run(text, "en", "2024-08-20")]
    said = {s["name"] for e in events for s in e["reported_by"]}
    assert "FLA: Azawad Liberation Front" in said and "rebels" not in said, said


def test_the_general_staff_is_named_in_english(nlp_fr: Language) -> None:
    text = "Selon l'état-major des armées, douze assaillants ont été neutralisés jeudi près de Djibo."
    assert {m.source.name for m in find_sources(nlp_fr(text), "fr")} == {"general staff"}


def test_a_frame_ending_in_an_elision_matches() -> None:
    from sitrep.nlp import parse
    from sitrep.stages.attribution import find_sources

    text = "Trois bergers ont été enlevés près de Téra, a appris Radio Sahel auprès d'un élu local."
    doc = parse(text, "fr")
    assert "local official" in [m.source.name for m in find_sources(doc, "fr")]


def test_a_paragraph_s_source_told_after_its_incident_covers_it(run) -> None:  # type: ignore[no-untyped-def]
    evs = run(
        "Mardi, des hommes armés ont enlevé quatre commerçants près de Nara. Le chauffeur a été relâché "
        "le soir même, a indiqué à notre rédaction un élu local.\n\nAilleurs, le calme régnait.",
        "fr",
        "2025-03-27",
    )
    assert evs and "local official" in [s.name for s in evs[0].reported_by]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Two men were shot dead in Gulu, police and witnesses said.", "en", ["police", "witnesses"]),
        (
            "Trois civils ont été tués jeudi à Gao, ont indiqué des habitants et un élu local.",
            "fr",
            ["residents", "local official"],
        ),
    ],
)
def test_each_of_two_joined_speakers_is_a_source(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, expected: list[str]
) -> None:
    assert [name for name, _ in sources(nlp_fr if lang == "fr" else nlp_en, text, lang)] == expected


def test_a_document_s_author_is_not_sought_past_a_comma(nlp_fr: Language) -> None:
    doc = nlp_fr(
        "Le ministère de la Défense a publié un communiqué lundi. Selon ce communiqué, la riposte "
        "des soldats a permis de repousser les assaillants."
    )
    assert "army" not in per_sentence(doc, "fr")[1]


def test_speakers_after_a_misparsed_toll_are_the_sources(nlp_en: Language) -> None:
    text = (
        "In the town of Gulu, soldiers opened fire on traders on Friday, killing at least six people, "
        "a doctor at the district hospital and an opposition official told AFP."
    )
    assert [name for name, _ in sources(nlp_en, text, "en")] == ["doctor", "official", "AFP"]
