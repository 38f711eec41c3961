"""Actor mentions and canonical names (French and English), on sentences written for these tests."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.lang import common, resource
from sitrep.stages.actors import (
    ActorMention,
    find_actor_mentions,
    fold,
    normalize_actor,
    pattern_name,
)


def names(nlp: Language, text: str, lang: str, hint: str | None = None) -> dict[str, str]:
    """Mention text -> canonical name."""
    return {m.text: m.actor.name for m in find_actor_mentions(nlp(text), lang, hint)}


FR_CASES = [
    (
        "Les bombardiers russes ont pilonné la ville.",
        None,
        {"bombardiers russes": "Military Forces of Russia"},
    ),
    ("L'armée syrienne progresse vers l'est.", None, {"armée syrienne": "Military Forces of Syria"}),
    ("L'aviation syrienne a visé un marché.", None, {"aviation syrienne": "Military Forces of Syria"}),
    ("Trois soldats maliens ont péri.", None, {"soldats maliens": "Military Forces of Mali"}),
    ("Deux civils maliens ont été blessés.", None, {"civils maliens": "Civilians (Mali)"}),
    ("Des manifestants irakiens bloquent la route.", None, {"manifestants irakiens": "Protesters (Iraq)"}),
    ("Daech a perdu son dernier fief.", None, {"Daech": "Islamic State"}),
    ("Des jihadistes de l'EI ont tué un berger.", None, {"jihadistes de l'EI": "Islamic State"}),
    ("Le groupe Etat islamique a frappé de nouveau.", None, {"groupe Etat islamique": "Islamic State"}),
    ("Les shebab contrôlent encore la région.", None, {"shebab": "Al Shabaab"}),
    (
        "Les FARDC ont lancé une offensive.",
        None,
        {"FARDC": "Military Forces of the Democratic Republic of Congo"},
    ),
    (
        "Les Forces démocratiques alliées ont attaqué un village.",
        None,
        {"Forces démocratiques alliées": "ADF: Allied Democratic Forces"},
    ),
    (
        "Des anciens rebelles de la Séléka ont pillé le marché.",
        None,
        {"anciens rebelles de la Séléka": "Ex-Seleka Militia"},
    ),
    ("Les anti-balaka ont riposté.", None, {"anti-balaka": "Anti-Balaka"}),
    ("Un berger a été tué par les soldats FACA.", None, {"soldats FACA": pattern_name("military", "CF")}),
    ("Des rebelles M23 ont pris la colline.", None, {"rebelles M23": "M23: March 23 Movement"}),
    (
        "Les milices chrétiennes anti-balaka ont riposté.",
        None,
        {"milices chrétiennes anti-balaka": "Anti-Balaka"},
    ),
    (
        "L'armée a repoussé des assaillants.",
        "BF",
        {
            "armée": "Military Forces of Burkina Faso",
            "assaillants": "Unidentified Armed Group (Burkina Faso)",
        },
    ),
    ("L'armée du Tchad a été déployée.", None, {"armée du Tchad": "Military Forces of Chad"}),
    ("Les FDS ont repoussé une attaque.", "SY", {"FDS": "SDF: Syrian Democratic Forces"}),
    ("Les FDS ont repoussé une attaque.", "BF", {"FDS": "Military Forces of Burkina Faso"}),
    ("La milice Zaraguina a attaqué des éleveurs.", None, {"milice Zaraguina": "milice Zaraguina"}),
]


@pytest.mark.parametrize(("text", "hint", "expected"), FR_CASES)
def test_french_mentions(nlp_fr: Language, text: str, hint: str | None, expected: dict[str, str]) -> None:
    got = names(nlp_fr, text, "fr", hint)
    for phrase, name in expected.items():
        assert got.get(phrase) == name, got


def test_peacekeepers_take_the_mission_of_the_country(nlp_fr: Language) -> None:
    got = names(nlp_fr, "Les casques bleus ont été pris pour cible.", "fr", "CF")
    assert got["casques bleus"].startswith("MINUSCA")


EN_CASES = [
    ("The Chadian army repelled the raid.", None, {"Chadian army": "Military Forces of Chad"}),
    ("Iraqi forces entered the town.", None, {"Iraqi forces": "Military Forces of Iraq"}),
    ("Russian warplanes hit a bakery.", None, {"Russian warplanes": "Military Forces of Russia"}),
    ("Gunmen stormed the school.", "NG", {"Gunmen": "Unidentified Armed Group (Nigeria)"}),
    ("Dozens of IS militants surrendered.", None, {"IS militants": "Islamic State"}),
    ("ISIS claimed the blast.", None, {"ISIS": "Islamic State"}),
    ("Houthi rebels fired a missile.", None, {"Houthi rebels": "Houthis"}),
    (
        "The Saudi-led coalition struck a port.",
        None,
        {"Saudi-led coalition": "Military Forces of Saudi Arabia"},
    ),
    (
        "Fighters of the Islamic State overran a post.",
        None,
        {"Fighters of the Islamic State": "Islamic State"},
    ),
    ("Mali's army confirmed the losses.", None, {"Mali's army": "Military Forces of Mali"}),
    ("The army of Niger sent reinforcements.", None, {"army of Niger": "Military Forces of Niger"}),
    ("Protesters blocked the bridge.", "IQ", {"Protesters": "Protesters (Iraq)"}),
    ("Villagers fled after the attack.", "ML", {"Villagers": "Civilians (Mali)"}),
    ("Kurdish forces held the prison.", "SY", {"Kurdish forces": "SDF: Syrian Democratic Forces"}),
    ("The Zaraguina militia attacked herders.", None, {"Zaraguina militia": "Zaraguina militia"}),
    ("Heavy fighting pitted the army against M23 rebels.", "CD", {"M23 rebels": "M23: March 23 Movement"}),
    ("Men of the Viv Ansanm coalition burned homes.", "HT", {"Viv Ansanm coalition": "Viv Ansanm"}),
]


@pytest.mark.parametrize(("text", "hint", "expected"), EN_CASES)
def test_english_mentions(nlp_en: Language, text: str, hint: str | None, expected: dict[str, str]) -> None:
    got = names(nlp_en, text, "en", hint)
    for phrase, name in expected.items():
        assert got.get(phrase) == name, got


def test_is_needs_capitals(nlp_en: Language) -> None:
    assert "is" not in names(nlp_en, "The road is closed.", "en")


def test_modifiers_are_not_actors(nlp_en: Language, nlp_fr: Language) -> None:
    assert names(nlp_en, "A police spokesman said the military academy was calm.", "en", "NG") == {}
    assert "militaires" not in names(nlp_fr, "Des cibles militaires ont été touchées.", "fr", "SY")


def test_heads_needing_a_country_stay_silent_without_one(nlp_en: Language) -> None:
    assert "drones" not in names(nlp_en, "Drones were heard overnight.", "en", "SY")


def test_generic_heads_without_hint_have_no_country(nlp_fr: Language) -> None:
    (m,) = find_actor_mentions(nlp_fr("Des hommes armés ont ouvert le feu."), "fr")
    assert m.actor.name == "Unidentified Armed Group" and m.actor.country is None and m.generic


def test_mention_offsets_and_head(nlp_fr: Language) -> None:
    doc = nlp_fr("Hier, les soldats tchadiens ont repoussé l'attaque.")
    (m,) = find_actor_mentions(doc, "fr")
    assert isinstance(m, ActorMention)
    assert doc.text[m.start : m.end] == m.text == "soldats tchadiens"
    assert doc[m.head_i].text == "soldats"
    assert m.actor.kind == "state_forces" and m.actor.country == "TD"


def test_span_input_keeps_doc_offsets(nlp_en: Language) -> None:
    doc = nlp_en("Nothing here. Nigerian troops arrived.")
    sent = list(doc.sents)[1]
    (m,) = find_actor_mentions(sent, "en")
    assert doc.text[m.start : m.end] == "Nigerian troops"


def test_named_group_carries_wikidata(nlp_fr: Language) -> None:
    (m,) = find_actor_mentions(nlp_fr("L'État islamique a revendiqué."), "fr")
    assert m.actor.wikidata == "Q2429253" and not m.generic


@pytest.mark.parametrize(
    ("text", "lang", "hint", "name"),
    [
        ("l'armée syrienne", "fr", None, "Military Forces of Syria"),
        ("ETAT ISLAMIQUE", "fr", None, "Islamic State"),
        ("les talibans", "fr", None, "Taliban"),
        ("the Islamic Emirate", "en", None, "Taliban"),  # (its forces since 2021: the succession rule)
        ("l'Émirat islamique", "fr", None, "Taliban"),
        ("jihadis", "en", "NE", "Unidentified Armed Group (Niger)"),
        ("des villageois", "fr", "ML", "Civilians (Mali)"),
        ("Chadian soldiers", "en", None, "Military Forces of Chad"),
        ("al-Shabab", "en", None, "Al Shabaab"),
        ("Civilians (Mali)", "en", None, "Civilians (Mali)"),
        ("le Front Zoro", "fr", None, "Front Zoro"),
        ("the People's National Army", "en", None, "Military Forces of Algeria"),
        ("les Gardiens de la révolution", "fr", None, "Military Forces of Iran"),
        ("the Sahrawi People's Liberation Army", "en", None, "Polisario Front"),
        ("GNU forces", "en", "LY", "Military Forces of Libya"),
        ("UPDF", "en", "UG", "Military Forces of Uganda"),
        ("UPDF", "en", "BD", "UPDF: United People's Democratic Front"),
    ],
)
def test_normalize_actor(text: str, lang: str, hint: str | None, name: str) -> None:
    actor = normalize_actor(text, lang, hint)
    assert actor is not None and actor.name == name and actor.text == text


def test_normalize_actor_unknown_common_noun_is_none() -> None:
    assert normalize_actor("la voiture", "fr") is None
    assert normalize_actor("  ", "en") is None


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


CANONICAL = sorted({g["name"] for g in common("actors")["groups"]})
CODES = sorted(common("actors")["countries"])
PATTERNS = sorted(common("actors")["patterns"])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CANONICAL), st.sampled_from(["fr", "en"]))
def test_canonical_names_are_fixed_points(name: str, lang: str) -> None:
    actor = normalize_actor(name, lang)
    assert actor is not None and actor.name == name
    again = normalize_actor(actor.name, lang)
    assert again is not None and again.name == actor.name


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PATTERNS), st.sampled_from(CODES), st.sampled_from([str.upper, str.lower, _strip_accents])
)
def test_pattern_names_are_case_and_accent_insensitive(
    pattern: str, code: str, change: Callable[[str], str]
) -> None:
    name = pattern_name(pattern, code)
    actor = normalize_actor(change(name), "en")
    assert actor is not None and actor.name == name


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(resource("fr", "actors")["aliases"].items())))
def test_french_aliases_survive_accent_and_case_folding(item: tuple[str, str]) -> None:
    alias, _ = item
    plain = normalize_actor(alias, "fr", "SY")
    folded = normalize_actor(_strip_accents(alias), "fr", "SY")
    assert (plain is None) == (folded is None)
    if plain is not None and folded is not None:
        assert plain.name == folded.name


def test_fold_is_idempotent() -> None:
    for s in ("État", "l’armée", "Al-Qaïda", "ÇA"):
        assert fold(fold(s)) == fold(s)


def test_demonym_files_cover_the_main_conflict_countries() -> None:
    for lang, forms in {
        "fr": ["syrienne", "maliens", "burkinabè", "nigérien", "nigérian", "yéménite", "kényane"],
        "en": ["Syrian", "Malian", "Burkinabe", "Nigerien", "Nigerian", "Yemeni", "Kenyan"],
    }.items():
        table = resource(lang, "demonyms")
        assert [table[f] for f in forms] == ["SY", "ML", "BF", "NE", "NG", "YE", "KE"]


WORDS = [
    "les",
    "soldats",
    "maliens",
    "l'",
    "armée",
    "de",
    "EI",
    "Daech",
    "civils",
    "ont",
    "tué",
    ",",
    ".",
    "des",
    "hommes",
    "armés",
    "milice",
    "Zoro",
    "selon",
    "forces",
    "kurdes",
    "casques",
    "bleus",
    "État",
    "islamique",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([None, "ML", "SY", "CF"]))
def test_mentions_are_ordered_and_point_into_the_text(
    nlp_fr: Language, words: list[str], hint: str | None
) -> None:
    doc = nlp_fr(" ".join(words))
    mentions = find_actor_mentions(doc, "fr", hint)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
        assert 0 <= m.head_i < len(doc)
        assert m.actor.kind in ActorKindValues


ActorKindValues = {
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_force",
    "unidentified",
}


def test_empty_input(nlp_en: Language) -> None:
    assert find_actor_mentions(nlp_en(""), "en") == []


def test_generic_rebels_are_the_named_group_of_the_story(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les rebelles houthis poursuivent leur offensive contre la ville de Marib.\n"
        "Samedi, les rebelles ont attaqué des positions de l'armée près de Marib, tuant six soldats."
    )
    events = run(text, "fr", "2024-02-11")
    named = [e.to_dict()["actor1"] for e in events]
    assert named and all(a is not None and a["name"] == "Houthis" for a in named), named


def test_rebels_facing_the_named_group_are_not_that_group(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Movement for Justice in Darfur (MJD) launched an offensive from Libya on Sunday near Fada.\n\n"
        'The raid by the MJD has since resulted in "more than 40 rebels neutralised" and claimed the lives '
        "of three government troops, an army spokesman said."
    )
    events = [e.to_dict() for e in run(text, "en", "2024-05-02")]
    assert events
    for d in events:
        assert d["actor1"]["name"] == "MJD: Movement for Justice in Darfur", d
        assert d["actor2"] is None or d["actor2"]["name"] != d["actor1"]["name"], d


def test_both_sides_of_a_fight_between_them_are_kept(run) -> None:  # type: ignore[no-untyped-def]
    events = [e.to_dict() for e in run("Des combats entre l'armée nigérienne et le JNIM ont fait douze morts "
                                       "jeudi près de Téra.", "fr", "2024-06-14")]
    assert events
    sides = {events[0]["actor1"]["name"], events[0]["actor2"]["name"]}
    assert sides == {"Military Forces of Niger", "JNIM: Group for Support of Islam and Muslims"}


def test_fire_of_a_nationality_is_that_states_forces(run) -> None:  # type: ignore[no-untyped-def]
    events = [e.to_dict() for e in run("Un berger a été tué mardi par des tirs israéliens près de Khiam, "
                                       "au Liban-Sud.", "fr", "2024-03-06")]
    assert events and events[0]["actor1"]["name"] == "Military Forces of Israel"


def test_sna_is_the_somali_army_in_somalia(run) -> None:  # type: ignore[no-untyped-def]
    text = "SNA troops recaptured the village of Moqokori from al-Shabaab on Thursday, the government said."
    events = [e.to_dict() for e in run(text, "en", "2023-09-02")]
    assert events and events[0]["actor1"]["name"] == "Military Forces of Somalia"


def test_an_unclaimed_drone_strike_is_the_one_state_at_war(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "L'armée burkinabè a repoussé lundi une attaque contre son détachement de Djibo. "
        "Mardi, un drone a frappé un campement près de Arbinda, tuant une dizaine de personnes."
    )
    strikes = [e.to_dict() for e in run(text, "fr", "2024-02-14") if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0]["actor1"]["name"] == "Military Forces of Burkina Faso"


def test_cartel_factions_are_named_with_their_cartel(run) -> None:  # type: ignore[no-untyped-def]
    text = 'Gunfights between "La Mayiza" and "Los Chapitos" killed six people in Culiacan on Friday.'
    events = [e.to_dict() for e in run(text, "en", "2024-10-05")]
    assert events and {events[0]["actor1"]["name"], events[0]["actor2"]["name"]} == {
        "Sinaloa Cartel (La Mayiza)",
        "Sinaloa Cartel (Los Chapitos)",
    }


def test_suspected_opening_a_sentence_is_not_part_of_the_name(nlp_en: Language) -> None:
    # a foreign group's name as the tail of a longer proper name is another group, but a
    # capitalised "Suspected" is no part of a name
    doc = nlp_en("Suspected al Shabaab militants killed four herders near Lamu on Friday.")
    assert [m.actor.name for m in find_actor_mentions(doc, "en", "KE")] == ["Al Shabaab", "Civilians (Kenya)"]


def test_the_khawarij_of_pakistani_communiques_are_the_ttp(nlp_en: Language) -> None:
    doc = nlp_en("Troops killed four khwarij of Fitna al Khawarij near Tank.")
    assert {m.actor.name for m in find_actor_mentions(doc, "en", "PK")} >= {"TTP: Tehreek-i-Taliban Pakistan"}


def test_an_attack_repelled_with_no_name_is_an_unknown_groups(run) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée nigérienne a repoussé jeudi une attaque contre son poste de Makalondi, au Niger."
    events = [e.to_dict() for e in run(text, "fr", "2024-06-14")]
    assert events and events[0]["actor1"]["name"] == "Unidentified Armed Group (Niger)"
    assert events[0]["actor2"]["name"] == "Military Forces of Niger"


def test_the_group_whose_attack_was_pushed_back_started_the_fight(run) -> None:  # type: ignore[no-untyped-def]
    text = "Congolese soldiers pushed back an M23 attack on the town of Kitshanga on Friday, the army said."
    events = [e.to_dict() for e in run(text, "en", "2024-03-02")]
    assert events and events[0]["actor1"]["name"] == "M23: March 23 Movement"
    assert events[0]["actor2"]["name"] == "Military Forces of the Democratic Republic of Congo"


def test_militants_across_the_border_are_the_group_of_the_story(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Al-Shabaab fighters ambushed a police patrol near Mandera on Monday, killing three officers.\n\n"
        "The militants also burned a telecommunications mast near Lafey, in Kenya, on Tuesday."
    )
    events = [e.to_dict() for e in run(text, "en", "2024-06-05")]
    assert len(events) == 2 and all(e["actor1"]["name"] == "Al Shabaab" for e in events), events


def test_a_strike_a_struck_region_reports_is_the_enemys(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Des missiles russes ont frappé dimanche le centre de Kharkiv, tuant quatre personnes.\n\n"
        "Lundi, une frappe de drone a tué une femme à Kupiansk, selon l'administration militaire régionale "
        "de Kharkiv."
    )
    strikes = [e.to_dict() for e in run(text, "fr", "2024-06-04")]
    assert len(strikes) == 2 and all(e["actor1"]["name"] == "Military Forces of Russia" for e in strikes)


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("A second airstrike was conducted on Monday against al-Shabaab fighters near Jilib, AFRICOM said.",
         "en", "Al Shabaab"),
        ("Detectives in Mombasa arrested two men believed to be al-Shabaab recruiters on Friday.", "en",
         "Al Shabaab"),
        ("Mardi, des frappes de drones ont visé des positions du JNIM près de Boulkessi, selon l'armée "
         "malienne.", "fr", "JNIM: Group for Support of Islam and Muslims"),
        ("Le porte-parole de l'armée a annoncé l'arrestation, jeudi à Butembo, de trois présumés "
         "complices des ADF.", "fr", "ADF: Allied Democratic Forces"),
    ],
)
def test_the_group_a_strike_was_aimed_at_is_no_doer(run, text: str, lang: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e.to_dict() for e in run(text, lang, "2024-05-08")]
    assert events and events[0]["actor1"] is not None and events[0]["actor1"]["name"] != target
    assert events[0]["actor2"]["name"] == target


def test_drones_on_the_armys_own_base_are_its_enemys(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les FSR ont pris lundi le contrôle de la ville d'El Obeid, au Soudan.\n\n"
        "Mardi, des drones ont frappé la base aérienne de Wadi Seidna, près d'Omdurman, selon un "
        "porte-parole de l'armée soudanaise."
    )
    strikes = [e.to_dict() for e in run(text, "fr", "2025-05-07") if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0]["actor1"]["name"] == "RSF: Rapid Support Forces", strikes



@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dimanche, des drones ont frappé un dépôt de carburant à Kosti.\n\n"
         "Lundi, un drone a touché la centrale électrique de Merowe.\n\n"
         "L'armée a attribué ces attaques aux FSR.", "fr"),
        ("On Sunday, drones struck a fuel depot in Kosti.\n\n"
         "On Monday, a drone hit the Merowe power station.\n\n"
         "The army blamed the RSF for the attacks.", "en"),
    ],
)
def test_strikes_the_article_then_blames_on_a_group_are_its(run, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    strikes = [e.to_dict() for e in run(text, lang, "2025-05-06") if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2, strikes
    assert all(e["actor1"]["name"] == "RSF: Rapid Support Forces" for e in strikes), strikes


def test_jets_of_a_nation_that_carried_out_strikes_are_its_air_force(run) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, Iraqi F-16 jets carried out strikes on IS hideouts near Hamrin, killing six."
    events = [e.to_dict() for e in run(text, "en", "2024-05-08")]
    assert events and events[0]["sub_event_type"] == "Air/drone strike"
    assert events[0]["actor1"]["name"] == "Military Forces of Iraq"


def test_india_s_reserve_guards_are_its_police(run) -> None:  # type: ignore[no-untyped-def]
    text = "Four Maoists and a jawan of the District Reserve Guard were killed in a gunfight near Narayanpur."
    evs = run(text, "en", "2025-06-02")
    names = {a.name for e in evs for a in (e.actor1, e.actor2) if a is not None}
    assert "Police Forces of India" in names
