"""Trigger lexicon: phrases, lemmas, blockers and verb + object collocations, both languages."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.stages.triggers import lexicon


def _concepts(nlp: Language, lang: str, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[t.start : t.end].text.lower(): t.concept for t in lexicon(lang).find(doc)}


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The army set up two new military bases near the river.", "set", "base"),
        ("Youths threw stones at the police station.", "threw", "riot"),
        ("The two sides swapped prisoners on Monday.", "swapped", "agreement"),
        ("Police seized a large cache of weapons in the port.", "seized", "disrupted"),
        ("Rebels seized the town of Dara after a night of fighting.", "seized", "capture"),
        ("Troops captured a senior commander of the group.", "captured", "arrest"),
        ("The militia handed control of the airport to the army.", "handed", "withdraw"),
        ("The government reinforced its troops along the border.", "reinforced", "group_change"),
    ],
)
def test_collocations_en(nlp_en: Language, text: str, word: str, concept: str) -> None:
    assert _concepts(nlp_en, "en", text).get(word) == concept


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("L'armée a installé une base à la sortie de la ville.", "installé", "base"),
        ("Des jeunes ont lancé des pierres sur les gendarmes.", "lancé", "riot"),
        ("Les gendarmes ont saisi des armes et des munitions.", "saisi", "disrupted"),
        ("Les rebelles ont libéré trois otages mardi.", "libéré", "agreement"),
        ("Les policiers ont arrêté deux suspects au marché.", "arrêté", "arrest"),
    ],
)
def test_collocations_fr(nlp_fr: Language, text: str, word: str, concept: str) -> None:
    found = _concepts(nlp_fr, "fr", text)
    assert concept in {c for words, c in found.items() if word in words.split()}


def test_blocker_phrases_stop_their_words(nlp_en: Language, nlp_fr: Language) -> None:
    assert "riot" not in _concepts(nlp_en, "en", "Riot police surrounded the house of the opposition leader.")
    assert "émeute" not in " ".join(_concepts(nlp_fr, "fr", "La police anti-émeute était présente au stade."))


def test_dates_are_not_triggers(nlp_en: Language) -> None:
    found = _concepts(nlp_en, "en", "The coalition has been active since the end of March.")
    assert "march" not in found


def test_verb_alone_is_not_a_collocation(nlp_en: Language) -> None:
    """"Set" and "throw" say nothing of conflict without their objects."""
    found = _concepts(nlp_en, "en", "The committee set a date and threw a party.")
    assert "set" not in found and "threw" not in found


def test_capitalised_headline_words_are_lemmatised(nlp_fr: Language, nlp_en: Language) -> None:
    """All-caps headlines come back from the tagger unlemmatised; suffix rules recover them."""
    assert "attack" in _concepts(nlp_fr, "fr", "GAO : LE CAMP ATTAQUÉE PAR DES HOMMES ARMÉS").values()
    assert "attack" in _concepts(nlp_en, "en", "TOWN ATTACKED BY GUNMEN").values()


def test_noun_mistagged_as_person_still_triggers(nlp_fr: Language) -> None:
    found = _concepts(nlp_fr, "fr", "Assassinat d'un commerçant par des inconnus au marché de Bria")
    assert "kill" in found.values()


@pytest.mark.parametrize(
    ("lang", "text", "word", "concept"),
    [
        ("en", "Army helicopters pounded rebel positions in the hills.", "pounded", "airstrike"),
        ("en", "Two rockets hit the fuel depot at dawn.", "hit", "shelling"),
        ("fr", "Des drones ont frappé un rassemblement de combattants.", "frappé", "airstrike"),
        ("fr", "Des roquettes ont visé la base pendant la nuit.", "visé", "shelling"),
    ],
)
def test_a_weapon_as_subject_makes_a_plain_verb_a_strike(
    nlp_en: Language, nlp_fr: Language, lang: str, text: str, word: str, concept: str
) -> None:
    nlp = nlp_en if lang == "en" else nlp_fr
    assert _concepts(nlp, lang, text).get(word) == concept


def test_plain_verbs_without_a_weapon_and_weather_are_no_strike(nlp_en: Language, nlp_fr: Language) -> None:
    assert not _concepts(nlp_fr, "fr", "La sécheresse frappe durement les éleveurs du pays.")
    assert not _concepts(nlp_en, "en", "The storm hit the coast overnight.")


def test_storming_a_camp_is_an_attack_not_a_capture(nlp_fr: Language) -> None:
    found = _concepts(nlp_fr, "fr", "Des assaillants ont pris d'assaut un poste de gendarmerie.")
    assert "attack" in found.values() and "capture" not in found.values()


def test_strikes_a_light_verb_carries_out_are_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, Iraqi F-16 jets carried out strikes on IS hideouts near Hamrin."
    events = run(text, "en", "2024-05-08")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert not run("The group had launched a raid from its rear base on 11 April.", "en", "2024-05-08")
