"""Phrases that open an earlier incident's clause, and the day they give it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.nlp import parse
from sitrep.stages.earlier import clause_range, find_marker, shifted
from sitrep.stages.facts import TimeRef

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "offset"),
    [
        ("en", "Gunmen struck Bokkos on Sunday, a day after an attack in Mangu.", "a day after", -1),
        ("en", "Troops shelled the town, two days after rebels raided Kalehe.", "two days after", -2),
        ("en", "The blast came 48 hours after a raid on the camp.", "48 hours after", -2),
        ("en", "The strike came hours after a drone hit the port.", "hours after", None),
        ("en", "The attack came days after a bombing in Gao.", "days after", None),
        ("fr", "Ils ont frappé Bokkos au lendemain d'une attaque à Mangu.", "au lendemain d'", -1),
        ("fr", "L'embuscade survient trois jours après l'attaque de Diapaga.", "trois jours après", -3),
        (
            "fr",
            "Cela intervient une semaine seulement après le raid de Kaya.",
            "une semaine seulement après",
            -7,
        ),
    ],
)
def test_markers_and_offsets(lang: str, text: str, phrase: str, offset: int | None) -> None:
    sent = next(iter(parse(text, lang).sents))
    m = find_marker(sent, lang)
    assert m is not None and text[m.start : m.end] == phrase and m.offset == offset


def test_no_marker_without_a_time_distance() -> None:
    sent = next(iter(parse("After the attack, troops searched the village.", "en").sents))
    assert find_marker(sent, "en") is None


def test_the_clause_runs_to_its_punctuation() -> None:
    text = "Gunmen killed five in Bokkos, a day after an attack in Mangu in which seven died, police said."
    sent = next(iter(parse(text, "en").sents))
    m = find_marker(sent, "en")
    assert m is not None
    lo, hi = clause_range(sent, m)
    assert text[lo:hi] == "a day after an attack in Mangu in which seven died"


@given(st.integers(min_value=-30, max_value=0), st.dates())
def test_shifted_moves_a_day_date_only(offset: int, day) -> None:  # type: ignore[no-untyped-def]
    from sitrep.stages.earlier import Marker

    marker = Marker(0, 5, offset)
    t = TimeRef(0, 3, "Sun", day.isoformat(), "day")
    out = shifted(t, marker, "a day after")
    assert out is None or out.date is not None
    assert shifted(TimeRef(0, 3, "May", day.isoformat()[:7], "month"), marker, "x") is None
    assert shifted(t, Marker(0, 5, None), "x") is None
