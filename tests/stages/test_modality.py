"""Modality: purpose infinitives and unrealised modifiers are not reported facts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.stages import modality as mod


def _mood(nlp: Language, lang: str, text: str, word: str) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return mod.modality(tok, lang)


def test_purpose_infinitive_is_planned(nlp_en: Language, nlp_fr: Language) -> None:
    en = "Their attack to capture the hill was repelled by the army."
    assert _mood(nlp_en, "en", en, "capture") == mod.PLANNED
    fr = "Les rebelles sont venus pour reprendre la ville."
    assert _mood(nlp_fr, "fr", fr, "reprendre") == mod.PLANNED


def test_possible_attack_is_planned(nlp_en: Language, nlp_fr: Language) -> None:
    en = "Villagers fled ahead of a possible attack by the rebels."
    assert _mood(nlp_en, "en", en, "attack") == mod.PLANNED
    fr = "Les habitants ont fui devant une éventuelle attaque des rebelles."
    assert _mood(nlp_fr, "fr", fr, "attaque") != mod.ASSERTED


def test_ready_to_counter_is_planned(nlp_en: Language) -> None:
    text = "The air defence units are ready to counter an airstrike by the enemy."
    assert _mood(nlp_en, "en", text, "airstrike") == mod.PLANNED


def test_plain_past_stays_asserted(nlp_en: Language, nlp_fr: Language) -> None:
    assert _mood(nlp_en, "en", "Gunmen attacked a bus near the border.", "attacked") == mod.ASSERTED
    assert _mood(nlp_fr, "fr", "Des hommes armés ont attaqué un bus.", "attaqué") == mod.ASSERTED


def test_reporting_conditional_of_a_past_event_is_asserted(nlp_fr: Language) -> None:
    # The "conditionnel journalistique": alleged, but reported as having happened.
    text = "Selon des habitants, trois bergers auraient été tués par des hommes armés."
    assert _mood(nlp_fr, "fr", text, "tués") == mod.ASSERTED


def test_condition_makes_both_clauses_hypothetical(nlp_en: Language, nlp_fr: Language) -> None:
    en = "If the militia attacks the camp, many refugees will be killed."
    assert _mood(nlp_en, "en", en, "attacks") == mod.HYPOTHETICAL
    assert _mood(nlp_en, "en", en, "killed") != mod.ASSERTED
    fr = "Si la milice attaquait le camp, elle tuerait des réfugiés."
    assert _mood(nlp_fr, "fr", fr, "attaquait") == mod.HYPOTHETICAL
    assert _mood(nlp_fr, "fr", fr, "tuerait") == mod.HYPOTHETICAL


def test_open_question_is_not_a_fact(nlp_en: Language, nlp_fr: Language) -> None:
    en = "The movement did not say whether its fighters took part in the clash near the river."
    assert _mood(nlp_en, "en", en, "clash") == mod.HYPOTHETICAL
    assert _mood(nlp_en, "en", "Its fighters took part in the clash near the river.", "clash") == mod.ASSERTED


def test_people_gathering_to_protest_are_protesting(nlp_en: Language, nlp_fr: Language) -> None:
    en = "Hundreds of teachers gathered in front of the ministry on Monday to protest unpaid wages."
    assert _mood(nlp_en, "en", en, "protest") == mod.ASSERTED
    assert _mood(nlp_en, "en", "The militia gathered to attack the camp.", "attack") == mod.PLANNED


def test_a_future_clause_around_a_trigger_noun_is_planned(nlp_en: Language) -> None:
    text = "The government said the army will press on with its offensive in the north."
    assert _mood(nlp_en, "en", text, "offensive") == mod.PLANNED


def test_a_call_for_protests_is_not_a_protest(nlp_en: Language, nlp_fr: Language) -> None:
    assert (
        _mood(nlp_en, "en", "The unions called for strikes and demonstrations next week.", "demonstrations")
        == mod.PLANNED
    )
    assert (
        _mood(nlp_fr, "fr", "L'opposition a appelé à manifester vendredi à Lomé.", "manifester")
        == mod.PLANNED
    )
    assert (
        _mood(nlp_fr, "fr", "Des milliers de personnes ont manifesté vendredi à Lomé.", "manifesté")
        == mod.ASSERTED
    )


def test_until_shares_the_mood_of_the_clause_it_limits(nlp_en: Language) -> None:
    text = "The army said it will keep up its offensive until the militia is destroyed."
    assert _mood(nlp_en, "en", text, "destroyed") == mod.PLANNED
    assert (
        _mood(nlp_en, "en", "Soldiers fought until the town was captured on Monday.", "captured")
        == mod.ASSERTED
    )


def test_threats_and_denials_however_the_parser_attaches_them(nlp_fr: Language) -> None:
    text = "Le groupe a menacé, dans un message diffusé en mars, de multiplier les attaques dans la région."
    assert _mood(nlp_fr, "fr", text, "attaques") == mod.PLANNED
    text = "Le gouverneur a démenti les informations faisant état d'une attaque contre la prison de Kaya."
    assert _mood(nlp_fr, "fr", text, "attaque") == mod.NEGATED


def test_a_call_for_a_dead_city_day_is_not_the_protest(run):
    text = "Le collectif appelle à une journée « ville morte » lundi prochain dans tout le pays."
    assert not run(text, "fr", "2025-05-02")


def test_what_stops_no_longer_happens(nlp_en: Language, nlp_fr: Language) -> None:
    en = "Both sides pledged last week to stop shelling the power plant."
    assert _mood(nlp_en, "en", en, "shelling") != mod.ASSERTED
    fr = "Les deux camps ont accepté de cesser les combats autour de Goma."
    assert _mood(nlp_fr, "fr", fr, "combats") != mod.ASSERTED
    bus = "Rebels stopped a bus and abducted ten passengers."
    assert _mood(nlp_en, "en", bus, "abducted") == mod.ASSERTED


def test_the_object_of_a_fear_in_the_past_is_not_a_fact(nlp_en: Language) -> None:
    text = "Residents said they feared further attacks on the town."
    assert _mood(nlp_en, "en", text, "attacks") == mod.HYPOTHETICAL


def test_a_growing_habit_is_no_incident(run):  # type: ignore[no-untyped-def]
    assert not run("The rebels have increasingly used roadside bombs against convoys.", "en", "2024-02-02")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"There is no truth in claims that hundreds have died," a government spokesman said.', "en"),
        ("Le ministre a dénoncé de fausses informations selon lesquelles 40 civils ont été tués.", "fr"),
    ],
)
def test_a_claim_called_false_tells_of_nothing(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str
) -> None:
    doc = (nlp_fr if lang == "fr" else nlp_en)(text)
    verb = next(t for t in doc if t.lemma_.lower() in ("die", "tuer"))
    assert mod.modality(verb, lang) != mod.ASSERTED


@pytest.mark.parametrize(
    ("text", "lang", "lemma"),
    [
        ("Police will deal firmly with anyone who attacks officers in Kisumu.", "en", "attack"),
        ("Le ministre a prévenu que quiconque attaquerait les policiers serait puni.", "fr", "attaquer"),
    ],
)
def test_what_anyone_might_do_is_no_incident(
    nlp_fr: Language, nlp_en: Language, text: str, lang: str, lemma: str
) -> None:
    doc = (nlp_fr if lang == "fr" else nlp_en)(text)
    verb = next(t for t in doc if t.lemma_.lower() == lemma)
    assert mod.modality(verb, lang) != mod.ASSERTED


def test_protests_a_party_announces_are_still_to_come(nlp_en: Language) -> None:
    doc = nlp_en("The opposition announced nationwide protests for Friday.")
    noun = next(t for t in doc if t.lemma_ == "protest")
    assert mod.modality(noun, "en") == mod.PLANNED


def test_a_rally_police_fire_on_to_stop_it_happened() -> None:
    from sitrep.nlp import parse
    from sitrep.stages.modality import modality

    doc = parse("Police fired tear gas shells and rubber bullets to stop a rally heading to the court.", "en")
    assert modality(next(t for t in doc if t.text == "rally"), "en") == "asserted"
    doc = parse("The two sides agreed to stop attacks on power plants.", "en")
    assert modality(next(t for t in doc if t.text == "attacks"), "en") != "asserted"
