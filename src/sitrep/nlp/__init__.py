"""spaCy pipelines per language, loaded once per process from installed packages.

The model for each language is a setting (``Settings.models``); the first installed candidate
wins, so an upstream ``en_core_web_sm`` is preferred over the re-uploaded package.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from typing import TYPE_CHECKING

from sitrep.config import settings
from sitrep.model import SitrepError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
_lock = threading.Lock()
_pipelines: dict[str, Language] = {}


def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, datelines and captions have no final
    full stop, and the statistical parser would otherwise glue them to the next sentence."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif nxt.is_punct and nxt.text in _CLOSING:
            # The parser, once given a boundary, sometimes cuts a final stop off its sentence.
            nxt.is_sent_start = False
    return doc


_CLOSING = frozenset(".,;:!?)]»”…")


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("sitrep_line_breaks"):
        Language.component("sitrep_line_breaks", func=_line_breaks)


def model_name(lang: str) -> str:
    """The first installed spaCy package configured for ``lang``."""
    candidates = settings().models.get(lang)
    if not candidates:
        raise SitrepError(f"no spaCy model configured for language {lang!r}")
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SitrepError(
        f"no spaCy model installed for {lang!r}: install one of {', '.join(candidates)} "
        "(the README's set-up command does)"
    )


def pipeline(lang: str) -> Language:
    """The loaded spaCy pipeline for ``lang`` (cached, thread-safe)."""
    nlp = _pipelines.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        if lang not in _pipelines:
            import spacy

            _register_components()
            name = model_name(lang)
            log.info("loading spaCy model %s for %s", name, lang)
            nlp = spacy.load(name)
            if "parser" in nlp.pipe_names and "sitrep_line_breaks" not in nlp.pipe_names:
                nlp.add_pipe("sitrep_line_breaks", before="parser")
            _pipelines[lang] = nlp
        return _pipelines[lang]


def parse(text: str, lang: str) -> Doc:
    return pipeline(lang)(text)
