"""Quoted speech in a text: the ranges a source's words cover ("« Une trentaine de terroristes
ont été neutralisés », a ajouté le communiqué")."""

from __future__ import annotations

__all__ = ["quotations"]


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
