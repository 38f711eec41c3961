"""An earlier incident told in passing inside another's sentence.

News dates a new attack by the last one: "Gunmen killed five farmers in Bokkos on Sunday, a day
after an attack in Mangu in which seven people died", "deux jours après l'attaque d'un poste à
Diapaga qui avait fait trois morts". ACLED codes the earlier attack too, at its own place and
day, with its own toll. The phrases that open such a clause ("a day after", "au lendemain de",
"N jours après") are language data (``time.json`` ``earlier_incident``); this module finds the
clause they open and says which of the sentence's facts belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sitrep.lang import resource
from sitrep.nlp import doc_text, text_of
from sitrep.stages.facts import RELATIVE_CLAUSE, SentFacts, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLAUSE_END = re.compile(r"[,;:.!?]")


@dataclass(frozen=True)
class Marker:
    start: int  # character offsets of the phrase ("two days after")
    end: int
    offset: int | None  # days from the incident told in the sentence; None when not stated


@dataclass(frozen=True)
class _Words:
    pattern: re.Pattern[str]
    counts: dict[str, int | None]
    units: dict[str, int | None]
    phrases: dict[str, int]


@cache
def _words(lang: str) -> _Words | None:
    data = resource(lang, "time").get("earlier_incident")
    if not data:
        return None
    counts = {k.lower(): v for k, v in data.get("counts", {}).items()}
    units = {k.lower(): v for k, v in data.get("units", {}).items()}
    phrases = {k.lower(): v for k, v in data.get("phrases", {}).items()}

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    count = rf"(?P<count>\d+|{alt(list(counts))})\s+" if counts else r"(?P<count>\d+)\s+"
    filler = rf"(?:(?:{alt(data.get('fillers', []))})\s+)?" if data.get("fillers") else ""
    spans = rf"(?:{count})?(?P<unit>{alt(list(units))})\s+{filler}(?:{alt(data['after'])})\b"
    pattern = rf"\b(?:{spans}" + (rf"|(?P<phrase>{alt(list(phrases))})" if phrases else "") + ")"
    return _Words(re.compile(pattern, re.IGNORECASE), counts, units, phrases)


def find_marker(sent: Span, lang: str) -> Marker | None:
    """The first phrase of the sentence that dates something before the incident it tells."""
    words = _words(lang)
    if words is None:
        return None
    m = words.pattern.search(text_of(sent))
    if m is None:
        return None
    base = sent.start_char
    if m.group("phrase"):
        return Marker(base + m.start(), base + m.end(), words.phrases[m.group("phrase").lower()])
    unit = words.units[m.group("unit").lower()]
    raw = (m.group("count") or "").lower()
    n = int(raw) if raw.isdigit() else words.counts.get(raw) if raw else None
    if unit is None:  # "six mois après": too far to count days back
        return Marker(base + m.start(), base + m.end(), None)
    if unit == 0:  # "hours after": maybe the evening before; "48 hours after": two days
        offset: int | None = -(n // 24) if n and n >= 24 else None
    else:
        offset = None if n is None else -n * unit
    return Marker(base + m.start(), base + m.end(), offset)


def clause_range(sent: Span, marker: Marker) -> tuple[int, int]:
    """Characters of the clause the marker opens: its phrase's subtree ("after an attack in
    Mangu in which seven people died"), stretched to the next punctuation, since a relative
    clause the parser hung elsewhere ("au cours de laquelle sept personnes ont péri") belongs
    to it too."""
    doc = sent.doc
    toks = [t for t in sent if marker.start <= t.idx < marker.end]
    if not toks:
        return marker.start, marker.start
    last = toks[-1]
    head = last.head if last.dep_ in ("mark", "case") else last
    end = max(t.idx + len(t.text) for t in head.subtree)
    end = max(end, marker.end)
    m = _CLAUSE_END.search(doc_text(doc), end, sent.end_char)
    return marker.start, (m.start() if m else sent.end_char)


def inside(tok: Token, span: tuple[int, int]) -> bool:
    return span[0] <= tok.idx < span[1]


def split_facts(sf: SentFacts, span: tuple[int, int]) -> tuple[SentFacts, SentFacts]:
    """The sentence's facts outside the clause (the incident it tells) and inside (the earlier one)."""
    lo, hi = span
    doc = sf.sent.doc

    def part(keep_inside: bool) -> SentFacts:
        def ok(start: int) -> bool:
            return (lo <= start < hi) == keep_inside

        # a figure with no token stays with the sentence's own incident
        at = {id(c): doc[c.token_i].idx if c.token_i >= 0 else -1 for c in sf.casualties}
        return replace(
            sf,
            places=[p for p in sf.places if ok(p.start)],
            actors=[a for a in sf.actors if ok(a.start)],
            times=[t for t in sf.times if ok(t.start)],
            casualties=[c for c in sf.casualties if ok(at[id(c)])],
        )

    return part(False), part(True)


def shifted(time: TimeRef | None, marker: Marker, text: str) -> TimeRef | None:
    """The earlier incident's day: the told incident's day moved by the marker's offset."""
    if time is None or marker.offset is None or time.precision != "day" or not time.date:
        return None
    try:
        day = date.fromisoformat(time.date) + timedelta(days=marker.offset)
    except (ValueError, OverflowError):  # a malformed date, or one before year 1
        return None
    return TimeRef(marker.start, marker.end, text[marker.start : marker.end], day.isoformat(), "day")


def dated_relative_clause(sf: SentFacts, heads: list[Token]) -> tuple[tuple[int, int], Marker] | None:
    """A relative (or joined) clause that tells an incident on a day of its own ("Mota, a town
    that Fano fighters seized on May 2"): its characters, and a marker with no offset (it has
    its date)."""
    for tok in heads:
        # the clause's own verb, done by someone ("that Fano fighters seized"), not a region
        # "that saw clashes on Saturday", which only recalls what was told
        clause = tok if _relative(tok) or _joined_clause(tok) else None
        if (
            clause is None
            or tok.pos_ != "VERB"
            or not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in tok.children)
        ):
            continue
        sub = list(clause.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        inside_days = {t.date for t in sf.times if t.date and lo <= t.start < hi}
        outside_days = {t.date for t in sf.times if t.date and not lo <= t.start < hi}
        if inside_days and not inside_days & outside_days and any(not lo <= h.idx < hi for h in heads):
            return (lo, hi), Marker(lo, lo, None)
    return None


def _joined_clause(tok: Token) -> bool:
    """A clause joined to the sentence's with its own subject ("Clashes in July killed 49 people,
    and gunmen killed 15 in October"): on a day of its own, another incident."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB":
        return False  # (the "and" hangs on the first verb in English, on the second in French)
    return any(c.dep_ == "cc" and c.i < tok.i for c in (*tok.children, *tok.head.children))


def _relative(tok: Token) -> bool:
    """A relative clause, or a clause the parser hung as "acl" that a relative pronoun opens
    ("a town that fighters seized")."""
    if tok.dep_ in RELATIVE_CLAUSE:
        return True
    return tok.dep_ == "acl" and any(
        c.pos_ == "PRON" and c.i < tok.i and c.tag_ in ("WDT", "WP") for c in tok.children
    )
