"""Language detection among the supported languages, with the default as fallback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitrep.config import settings
from sitrep.nlp import language


@pytest.fixture(autouse=True)
def fr_en(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pin the supported languages, whatever resource folders exist in this checkout."""
    language._reset()
    monkeypatch.setattr(language, "_languages", ["en", "fr"])
    yield
    language._reset()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des hommes armés ont incendié plusieurs maisons du village dans la nuit de mardi.", "fr"),
        ("Le gouverneur a annoncé un couvre-feu après les violences qui ont fait trois blessés.", "fr"),
        ("Armed men set fire to several houses in the village overnight, residents told reporters.", "en"),
        ("The governor announced a curfew after the unrest, which left three people wounded.", "en"),
    ],
)
def test_sentences(text: str, lang: str) -> None:
    assert language.detect_language(text) == lang


def test_short_or_empty_text_gives_default() -> None:
    default = settings().default_lang
    assert language.detect_language("") == default
    assert language.detect_language("OK 12") == default
    assert language.detect_language("1234567890 !!! ???") == default


def test_single_language_needs_no_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_languages", ["en"])
    assert language.detect_language("Des hommes armés ont incendié plusieurs maisons.") == "en"


def test_fast_enough() -> None:
    import time

    text = "Les habitants ont fui les combats qui se poursuivaient autour de l'aéroport. " * 40
    language.detect_language(text)  # builds the detector
    start = time.perf_counter()
    for _ in range(100):
        language.detect_language(text)
    assert (time.perf_counter() - start) / 100 < 0.01
