"""Longest-match lookup of phrases over spaCy tokens, on folded, hyphen-split pieces: how
actor names, source names and reporting frames are found ("Al-Qaïda" == "Al Qaida", acronyms in
capitals only)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

__all__ = ["Entry", "PhraseTable", "fold", "split_pieces"]

_HYPHENS = re.compile(r"[-\u2010-\u2015]")


@lru_cache(maxsize=65536)
def fold(text: str, keep_case: bool = False) -> str:
    """Accent-free, apostrophe-normalised, lower-cased (unless ``keep_case``) text."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u02bc", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text if keep_case else text.lower()


def split_pieces(text: str) -> list[str]:
    """Sub-token pieces of one token: hyphens split words so "Al-Qaïda" == "Al Qaida"."""
    return [p for p in _HYPHENS.split(text) if p]


@lru_cache(maxsize=65536)
def _token_pieces(text: str) -> tuple[tuple[str, bool, bool, str], ...]:
    """(piece, first, last, lower) for one token's text: cached, tokens repeat across calls."""
    parts = split_pieces(fold(text, keep_case=True))
    if not parts and not _HYPHENS.fullmatch(text):
        parts = [text]
    return tuple((part, k == 0, k == len(parts) - 1, part.lower()) for k, part in enumerate(parts))


@dataclass(frozen=True)
class Entry:
    value: str
    head: bool  # a generic noun ("soldats") rather than a name
    exact: tuple[str, ...] | None  # case-preserved pieces an acronym must match
    capital: bool  # a capitalised single-word name: never matches an all-lowercase word


class PhraseTable:
    """Longest-match lookup of phrases over tokens, on folded hyphen-split pieces."""

    def __init__(self, tokenize: Any) -> None:
        self._tokenize = tokenize
        self._table: dict[tuple[str, ...], list[Entry]] = {}
        self._lengths: dict[str, list[int]] = {}  # first piece -> phrase lengths, longest first
        self.max_len = 1

    def add(self, phrase: str, value: str, head: bool = False) -> None:
        words = [t.text for t in self._tokenize(phrase)]
        if len(words) > 1 and words[-1] in ("'", "’"):  # "auprès d'": an elision ends the phrase
            words[-2:] = [words[-2] + words[-1]]
        pieces = [p for w in words for p in split_pieces(fold(w, keep_case=True))]
        if not pieces:
            return
        key = tuple(p.lower() for p in pieces)
        letters = "".join(c for c in phrase if c.isalpha())
        acronym = len(letters) >= 2 and letters.isupper()
        capital = len(words) == 1 and not acronym and any(c.isupper() for c in phrase)
        entry = Entry(value, head, tuple(pieces) if acronym else None, capital)
        self._table.setdefault(key, []).append(entry)
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)
        self.max_len = max(self.max_len, len(key))

    def find(self, tokens: Sequence[Token]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping matches, left to right, longest first: (first, last+1, entry) as
        positions in ``tokens``."""
        pieces: list[tuple[str, int, bool, bool, str]] = []  # piece, token position, first, last, lower
        for pos, tok in enumerate(tokens):
            pieces.extend((part, pos, first, last, low) for part, first, last, low in _token_pieces(tok.text))
        found: list[tuple[int, int, Entry]] = []
        i = 0
        while i < len(pieces):
            hit = self._longest(pieces, i)
            if hit is None:
                i += 1
                continue
            n, entry = hit
            found.append((pieces[i][1], pieces[i + n - 1][1] + 1, entry))
            i += n
        return found

    def lookup(self, text: str) -> Entry | None:
        """The entry for a whole phrase (case rules applied), if any."""
        toks = list(self._tokenize(text))
        hits = self.find(toks)
        if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(toks):
            return hits[0][2]
        return None

    def _longest(self, pieces: list[tuple[str, int, bool, bool, str]], i: int) -> tuple[int, Entry] | None:
        if not pieces[i][2]:
            return None
        for n in self._lengths.get(pieces[i][4], ()):
            if i + n > len(pieces) or not pieces[i + n - 1][3]:
                continue
            window = pieces[i : i + n]
            for entry in self._table.get(tuple(p[4] for p in window), ()):
                if entry.exact is not None and tuple(p[0] for p in window) != entry.exact:
                    continue
                if entry.capital and window[0][0].islower():
                    continue
                return n, entry
        return None
