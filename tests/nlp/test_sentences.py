"""Rule-based sentence boundaries (set before the parser, which keeps to them)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp import parse

pytestmark = pytest.mark.slow


def _sents(text: str, lang: str) -> list[str]:
    return [s.text.strip() for s in parse(text, lang).sents if s.text.strip()]


def test_headline_and_dateline_lines_are_their_own_sentences() -> None:
    text = "Attaque meurtrière à Gao\nAu moins six civils ont été tués mardi. Les assaillants ont fui."
    assert _sents(text, "fr") == [
        "Attaque meurtrière à Gao",
        "Au moins six civils ont été tués mardi.",
        "Les assaillants ont fui.",
    ]


def test_long_french_lead_is_not_cut_at_commas_or_place_names() -> None:
    text = (
        "De violents combats entre l'armée et les rebelles dans la province de Marib, dans le nord du "
        "Yémen, ont fait au moins 40 morts ces trois derniers jours, ont indiqué des responsables."
    )
    assert len(_sents(text, "fr")) == 1


def test_quotes_and_abbreviations() -> None:
    text = (
        'The U.S. Army said 12 were killed. "We saw it," he said. "They fled." '
        "Police came at 5 p.m. on Friday."
    )
    assert _sents(text, "en") == [
        "The U.S. Army said 12 were killed.",
        '"We saw it," he said.',
        '"They fled."',
        "Police came at 5 p.m. on Friday.",
    ]
    assert (
        _sents("Il a dit. « Nous avons vu 22 corps. » Puis il est parti.", "fr")[1]
        == "« Nous avons vu 22 corps. »"
    )


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Des tirs ont visé la ville", "La police est arrivée", "Trois morts"]),
        min_size=1,
        max_size=5,
    )
)
def test_sentences_cover_the_text_in_order(parts: list[str]) -> None:
    text = ". ".join(parts) + "."
    doc = parse(text, "fr")
    sents = list(doc.sents)
    assert sents[0].start == 0 and sents[-1].end == len(doc)
    assert all(a.end == b.start for a, b in pairwise(sents))
    assert len([s for s in sents if s.text.strip()]) == len(parts)


def test_a_rank_with_its_stop_does_not_end_the_sentence() -> None:
    text = "Two rangers were shot dead near Kibati, said Maj. Paul Otieno, a regional spokesman. He left."
    assert len(_sents(text, "en")) == 2
    assert len(_sents("Le camp a été attaqué, a indiqué le Cdt. Issa Sawadogo. Il est parti.", "fr")) == 2


def test_scraped_text_without_space_after_a_stop() -> None:
    text = "Twelve people died, police said.Islamic State claimed the attack. Then 56.538 more."
    assert _sents(text, "en") == [
        "Twelve people died, police said.",
        "Islamic State claimed the attack.",
        "Then 56.538 more.",
    ]


def test_a_dateline_is_not_the_subject_of_the_lead() -> None:
    lead = "Au moins douze soldats ont été tués lundi dans une embuscade près de Tera."
    assert _sents("Niamey (AFP) – " + lead, "fr") == ["Niamey (AFP) –", lead]
    headline = "MALI - Douze soldats tués près de Gao\nLe texte suit."
    assert _sents(headline, "fr")[0] == "MALI - Douze soldats tués près de Gao"


def test_a_dateline_with_the_country_and_the_date_is_its_own_sentence() -> None:
    lead = "Six policiers ont été tués mardi dans une embuscade près de Tumaco."
    assert _sents("Tumaco (Colombie), 4 mars 2025 (AFP) - " + lead, "fr")[-1] == lead
