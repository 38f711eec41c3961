"""Layout of a text for attribution: quoted speech (the ranges a source's words cover, "« Une
trentaine de terroristes ont été neutralisés », a ajouté le communiqué"), sentence bounds and
paragraph starts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["layout", "paragraph_breaks", "quotations"]


def quotations(text: str, pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Character ranges of quoted speech; an unclosed quote ends with its line."""
    spans: list[tuple[int, int]] = []
    closers = {o: cl for o, cl in pairs}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in closers:
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
            close = text.find(closers[ch], i + 1, line_end)
            end = line_end if close < 0 else close + 1
            if end - i > 2:
                spans.append((i, end))
            i = end
            continue
        i += 1
    return spans


def layout(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence character bounds and paragraph starts, computed once per doc (kept in user_data)."""
    key = "sitrep.attribution.layout"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = ([(s.start_char, s.end_char) for s in doc.sents], paragraph_breaks(doc_text(doc)))
        doc.user_data[key] = cached
    return cached

def paragraph_breaks(text: str) -> list[int]:
    """Offsets where a new paragraph starts: a line break ends a paragraph (blank lines count once)."""
    return [m.end() for m in re.finditer(r"\n\s*", text)]
