"""Which supported language an article is written in.

The detector only chooses among languages that have a resource folder
(:func:`sitrep.lang.available_languages`): naming a language we cannot process would only
turn an article into an error later. It is built once per process, on first use, in lingua's
low-accuracy mode (trigram models only), which is accurate on article-length text and keeps
detection to well under a millisecond per article.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sitrep.config import settings

log = logging.getLogger(__name__)

# Text shorter than this (in letters) is too thin to judge; the configured default is used.
MIN_LETTERS = 12
# Only the start of a long article is looked at: a few sentences decide the language.
SAMPLE_CHARS = 2000
# Ask lingua to abstain when the two best languages are this close.
MIN_RELATIVE_DISTANCE = 0.05

_lock = threading.Lock()
_detector: Any = None
_codes: dict[Any, str] = {}
_languages: list[str] | None = None


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language among the supported ones.

    Falls back to ``Settings.default_lang`` for very short or undecidable text, so the
    result is always a language the pipeline can process.
    """
    langs = _supported()
    fallback = settings().default_lang
    if len(langs) < 2:
        return langs[0] if langs else fallback
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return fallback
    found = _get_detector().detect_language_of(sample)
    if found is None:
        log.debug("language undecided, using default %s", fallback)
        return fallback
    return _codes.get(found, fallback)


def _supported() -> list[str]:
    global _languages
    if _languages is None:
        from sitrep.lang import available_languages

        _languages = available_languages()
    return _languages


def _get_detector() -> Any:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = _build(_supported())
    return _detector


def _build(langs: list[str]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known: list[Any] = []
    for code in langs:
        try:
            language = Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
        except ValueError:
            log.warning("language detector does not know %r; it will never be detected", code)
            continue
        known.append(language)
        _codes[language] = code
    log.info("language detector for %s", ", ".join(_codes.values()))
    return (
        LanguageDetectorBuilder.from_languages(*known)
        .with_low_accuracy_mode()
        .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
        .build()
    )


def _reset() -> None:
    """Forget the detector and language list (tests that change the resource folders)."""
    global _detector, _languages
    with _lock:
        _detector = None
        _languages = None
        _codes.clear()
