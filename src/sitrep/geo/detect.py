"""Toponym detection: spaCy's place entities, checked against the gazetteer, plus what NER missed.

* Place entities (``LOC``/``GPE``/``FAC``, the labels of the French and English models) are kept
  when the gazetteer knows the name, unless the name is only ever a person's name in the text.
* Demonym entities ("syrien", "Turkish") are kept when the language's demonym table maps them
  to a country.
* Proper-noun runs outside any entity are added when they are exactly the name of a prominent
  place (a country, a first-level division, a capital or a large city): news headlines and
  short texts are where NER misses those most.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.geo.frames import frames

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
Known = Callable[..., bool]
Demonym = Callable[[str, "str | None"], "str | None"]
_MAX_RUN = 4


def detect_spans(
    text: str, *, lang: str, doc: Doc | None, known: Known, demonym: Demonym, demonyms: bool = True
) -> list[tuple[int, int]]:
    """Character spans of the toponyms of ``text``, in order."""
    if doc is None:
        from sitrep.nlp import parse

        doc = parse(text, lang)
    person_words = {t.text for ent in doc.ents if ent.label_ in PERSON_LABELS for t in ent}
    spans: list[tuple[int, int]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        start, end = _trim(text, ent.start_char, ent.end_char, lang)
        name = text[start:end]
        if not name:
            continue
        keep = False
        if ent.label_ in PLACE_LABELS:
            only_person = all(t.text in person_words for t in ent) and not known(name, lang, strict=True)
            keep = not only_person and known(name, lang, strict=False)
        elif demonyms and demonym(name, lang):
            keep = True
        if keep:
            spans.append((start, end))
        covered.update(range(ent.start, ent.end))
    spans.extend(_proper_noun_places(doc, covered, lang, known))
    return sorted(set(spans))


def _trim(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """Drop a leading article (``la Syrie``) and trailing punctuation from an entity span."""
    f = frames(lang)
    if f.strip_prefix is not None:
        m = f.strip_prefix.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _proper_noun_places(doc: Doc, covered: set[int], lang: str, known: Known) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if i in covered or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and j - i < _MAX_RUN and j not in covered and doc[j].pos_ == "PROPN":
            j += 1
        for k in range(j, i, -1):  # longest known run first
            span = doc[i:k]
            if known(span.text, lang, strict=True):
                out.append((span.start_char, span.end_char))
                i = k
                break
        else:
            i += 1
    return out
