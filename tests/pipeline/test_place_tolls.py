"""Tolls told town by town: one event per town, each with its own dead (sentences written for
these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def towns(evs) -> list[tuple[str, int | None]]:
    return sorted((e.location.name if e.location else "", e.fatalities) for e in evs)


def test_a_second_count_with_its_verb_left_out(run):
    evs = run(
        "Gunmen killed 14 people in Kajuru and six in Kauru on Sunday, police said.", "en", "2024-03-05"
    )
    assert towns(evs) == [("Kajuru", 14), ("Kauru", 6)]
    assert {e.date for e in evs} == {"2024-03-03"}


def test_a_town_with_its_own_relative_clause(run):
    evs = run(
        "The militants killed 12 villagers in Gwoza on Monday, then attacked Bama, where they killed "
        "nine more.",
        "en",
        "2024-03-06",
    )
    assert towns(evs) == [("Bama", 9), ("Gwoza", 12)]


def test_each_clause_keeps_its_own_means_and_day(run):
    evs = run(
        "A drone hit a bus station in Kramatorsk on Monday, killing an elderly couple, and one man was "
        "killed by shelling in Kostiantynivka on Tuesday, the governor said.",
        "en",
        "2024-03-07",
    )
    got = sorted((e.location.name if e.location else "", e.sub_event_type, e.fatalities, e.date) for e in evs)
    assert [g[1:] for g in got] == [
        ("Shelling/artillery/missile attack", 1, "2024-03-05"),
        ("Air/drone strike", 2, "2024-03-04"),
    ]


def test_one_more_told_by_an_ordinal(run):
    evs = run(
        "Two police officers were shot dead in Segovia on Sunday night and a third was killed on Monday in "
        "Remedios.",
        "en",
        "2025-04-22",
    )
    assert towns(evs) == [("Remedios", 1), ("Segovia", 2)]


def test_french_tolls_town_by_town(run):
    evs = run("Des hommes armés ont tué sept personnes à Kaya et trois à Dori dimanche.", "fr", "2024-03-05")
    assert towns(evs) == [("Dori", 3), ("Kaya", 7)]


def test_a_lead_total_broken_down_by_town(run):
    evs = run(
        "Au moins dix personnes ont été tuées jeudi au Burkina Faso lors d'attaques contre des villages, a "
        "annoncé le gouvernement. Selon le ministre, sept des victimes sont mortes à Kaya et trois à Dori.",
        "fr",
        "2024-03-08",
    )
    assert towns(evs) == [("Dori", 3), ("Kaya", 7)]


def test_the_parts_of_a_lead_are_not_summaries_themselves(run):
    evs = run(
        "Russian strikes on towns in the Donetsk region killed six people. Three people died when bombs hit "
        "Kostiantynivka on Tuesday. A drone killed two people in Druzhkivka on Tuesday. One man was killed "
        "by shelling in Siversk on Tuesday.",
        "en",
        "2024-03-07",
    )
    assert sorted(e.fatalities for e in evs) == [1, 2, 3]


def test_a_lead_toll_shared_out_town_by_town_in_later_sentences(run):
    evs = run(
        "Insurgents killed six people on Monday in Cabo Delgado province, according to a report in "
        'Tuesday\'s edition of the weekly "Canal de Moçambique". Five of the victims were fishermen '
        "attacked on the beach near Pemba. They were mending their nets. The sixth victim was caught "
        "near Montepuez as he was cutting grass.",
        "en",
        "2024-03-06",
    )
    assert sorted(e.fatalities for e in evs) == [1, 5]
    assert len({e.location.name for e in evs if e.location}) == 2
    assert all([s.name for s in e.reported_by] == ["Canal de Moçambique"] for e in evs)
