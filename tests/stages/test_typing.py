"""ACLED typing of whole sentences: protests, territory, arrests, attacks on property."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Event
from sitrep.pipeline import Pipeline


def _sub(pipeline: Pipeline, text: str, lang: str) -> str | None:
    events: list[Event] = pipeline.extract(Article(id="t", text=text, lang=lang))
    if not events:
        return None
    return max(events, key=lambda e: e.confidence or 0).sub_event_type


@pytest.mark.parametrize(
    ("text", "lang", "sub"),
    [
        ("Hundreds of students marched peacefully in the capital on Monday to protest over the police "
         "shooting of a teenager.", "en", "Peaceful protest"),
        ("Violent protests broke out in the port city on Tuesday, with banks set ablaze.", "en",
         "Violent demonstration"),
        ("Des centaines d'étudiants ont manifesté dans le calme lundi à Dakar contre les violences "
         "policières.", "fr", "Peaceful protest"),
        ("Des manifestants ont lancé des pierres sur les policiers lundi à Conakry.", "fr",
         "Violent demonstration"),
    ],
)
def test_protest_types(pipeline: Pipeline, text: str, lang: str, sub: str) -> None:
    assert _sub(pipeline, text, lang) == sub


@pytest.mark.parametrize(
    ("text", "lang", "sub"),
    [
        ("The rebels entered the town of Tessit on Sunday after the army withdrew from it without a fight.",
         "en", "Non-violent transfer of territory"),
        ("Les rebelles sont entrés dans la ville de Ménaka dimanche et en ont pris le contrôle après le "
         "retrait de l'armée, sans combat.", "fr", "Non-violent transfer of territory"),
        ("The army set up a new military base near Gao on Monday.", "en", "Headquarters or base established"),
        ("L'armée a installé une nouvelle base militaire près de Gao lundi.", "fr",
         "Headquarters or base established"),
        ("The government and the rebels signed a ceasefire agreement in Khartoum on Friday.", "en",
         "Agreement"),
    ],
)
def test_strategic_types(pipeline: Pipeline, text: str, lang: str, sub: str) -> None:
    assert _sub(pipeline, text, lang) == sub


def test_attack_on_an_army_post_is_a_clash(pipeline: Pipeline) -> None:
    text = "Militants attacked an army checkpoint near Bosaso on Monday and fought the guards for hours."
    assert _sub(pipeline, text, "en") == "Armed clash"


def test_attack_on_property_without_victims(pipeline: Pipeline) -> None:
    text = "Unknown attackers attacked a bank and a warehouse in Kano overnight."
    assert _sub(pipeline, text, "en") == "Looting/property destruction"


def test_attack_on_checkpoint_with_unnamed_dead_is_a_clash(pipeline: Pipeline) -> None:
    text = "Militants attacked an army checkpoint near Bosaso on Monday, killing five people."
    assert _sub(pipeline, text, "en") == "Armed clash"


def test_murder_of_villagers_is_an_attack(pipeline: Pipeline) -> None:
    text = "Des hommes armés ont tué six villageois à la machette lundi près de Beni."
    assert _sub(pipeline, text, "fr") == "Attack"


@pytest.mark.parametrize(
    ("text", "lang", "sub"),
    [
        ("Des jihadistes ont capturé deux soldats maliens près de Boni lundi.", "fr",
         "Abduction/forced disappearance"),
        ("Police arrested forty protesters during the rally in Harare on Monday.", "en",
         "Protest with intervention"),
        ("Les deux parties ont procédé à un échange de prisonniers à Bangui mardi.", "fr", "Agreement"),
        ("Islamic State fighters surrendered to the army in Jawzjan on Monday.", "en", "Agreement"),
        ("Les manifestants ont bloqué la route nationale à Bamako lundi.", "fr", "Peaceful protest"),
    ],
)
def test_detention_agreement_and_blockade(pipeline: Pipeline, text: str, lang: str, sub: str) -> None:
    """Armed groups abduct where states arrest; arrests of demonstrators intervene in a
    protest; swaps and surrenders are agreements; a road blockade is a peaceful protest."""
    assert _sub(pipeline, text, lang) == sub


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dimanche, des drones kamikazes ont frappé un dépôt de carburant à Kassala.", "fr"),
        ("Kamikaze drones hit a fuel depot in Kassala on Sunday.", "en"),
    ],
)
def test_a_kamikaze_drone_strikes_from_the_air(pipeline: Pipeline, text: str, lang: str) -> None:
    assert _sub(pipeline, text, lang) == "Air/drone strike"


def test_a_group_that_governs_arrests_rather_than_abducts(pipeline: Pipeline) -> None:
    text = "SDF units detained two men accused of links to the Islamic State near Hasakah on Monday."
    assert _sub(pipeline, text, "en") == "Arrests"
    assert _sub(pipeline, "Al-Shabaab fighters seized two teachers near Mandera on Monday.", "en") == (
        "Abduction/forced disappearance"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mardi, trois gendarmes ont été abattus par des inconnus à Kita alors qu'ils effectuaient un "
        "contrôle routier.",
        "Un douanier a été tué par balle jeudi à un poste de contrôle près de Kaya par des hommes armés.",
    ],
)
def test_a_road_check_is_no_capture(pipeline: Pipeline, text: str) -> None:
    assert _sub(pipeline, text, "fr") == "Armed clash"


def test_dead_fighters_of_another_group_make_a_fight(pipeline: Pipeline) -> None:
    text = "Islamic State gunmen killed nine people, including six PMF fighters, in an attack on Tarmiyah."
    assert _sub(pipeline, text, "en") == "Armed clash"
