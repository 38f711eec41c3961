"""Modality: purpose infinitives and unrealised modifiers are not reported facts."""

from __future__ import annotations

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
