"""Groups a story defines with an acronym become actors, and so do later bare acronyms."""

from __future__ import annotations

from spacy.language import Language

from sitrep.stages.acronyms import defined_groups


def test_english_definition_and_later_mentions(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighters of the Darfur Liberation Front (DLF) attacked a police post in Nyala on Tuesday, "
        "killing two officers. The DLF later claimed the attack."
    )
    events = [e.to_dict() for e in run(text, "en", "2024-05-02")]
    assert [e["actor1"]["name"] for e in events] == ["DLF: Darfur Liberation Front"]
    assert events[0]["actor1"]["kind"] == "rebel_group"


def test_french_name_in_lower_case_after_its_first_word(nlp_fr: Language) -> None:
    doc = nlp_fr("Mardi, l'Union des combattants du Nord (UCN) a attaqué la ville de Bitkine.")
    groups = defined_groups(doc, "fr", None)
    assert groups["UCN"][0].name == "UCN: Union des combattants du Nord"


def test_group_words_in_a_name_are_not_triggers(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le Front pour la libération du Sahel (FLS) a revendiqué une attaque contre un poste de police "
        "à Mongo, où deux policiers ont été tués."
    )
    events = [e.to_dict() for e in run(text, "fr", "2024-05-02")]
    assert [(e["sub_event_type"], e["actor1"]["name"]) for e in events] == [
        ("Armed clash", "FLS: Front pour la libération du Sahel")
    ]


def test_known_acronyms_and_non_groups_are_left_alone(nlp_en: Language) -> None:
    doc = nlp_en(
        "The Islamic State (IS) and the European Union (EU) were named, as was the "
        "Syrian Observatory for Human Rights (SOHR), in a note by the agency (AFP)."
    )
    assert defined_groups(doc, "en", None) == {}


def test_a_named_army_defined_by_acronym_is_a_group_not_the_state(nlp_en: Language) -> None:
    doc = nlp_en("The Makran Liberation Army (MLA) claimed the attack on a convoy near Turbat.")
    groups = defined_groups(doc, "en", "PK")
    assert groups["MLA"][0].name == "MLA: Makran Liberation Army"
    assert groups["MLA"][0].kind == "rebel_group"


def test_a_story_may_define_a_known_acronym_for_a_group_of_its_own(nlp_en: Language) -> None:
    doc = nlp_en(
        "Gunmen of the Rivers Salvation Front (RSF) stormed a depot in Ahoada. "
        "The RSF said two guards were hurt."
    )
    groups = defined_groups(doc, "en", "NG")
    assert groups["RSF"][0].name == "RSF: Rivers Salvation Front"
    # spelt out as the group the data knows, the acronym is left to the actor data
    doc = nlp_en("The Syrian Democratic Forces (SDF) said they repelled an attack near Raqqa.")
    assert "SDF" not in defined_groups(doc, "en", "SY")


def test_a_name_armed_men_belong_to_is_a_group(nlp_en: Language, nlp_fr: Language) -> None:
    doc = nlp_en("On Monday, militants of the Union for Peace in Kivu (UPK) burned a school near Lubero.")
    assert defined_groups(doc, "en", "CD")["UPK"][0].name == "UPK: Union for Peace in Kivu"
    doc = nlp_fr("Lundi, des combattants de la Convention pour la paix au Kivu (CPK) ont incendié une école.")
    assert defined_groups(doc, "fr", "CD")["CPK"][0].name == "CPK: Convention pour la paix au Kivu"
    # a name nobody armed belongs to is no group: "a report of the Centre for Peace Studies (CPS)"
    doc = nlp_en("A report of the Centre for Peace Studies (CPS) counted 40 attacks in Kivu.")
    assert "CPS" not in defined_groups(doc, "en", "CD")
