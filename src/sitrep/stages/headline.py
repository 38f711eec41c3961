"""What a headline tells about the incidents below it.

A headline is the outlet's own summary: when two witnesses give different death tolls for one
incident ("22 civilians, residents said" ... "at least 31, OCHA said"), the figure the headline
gives is the one the outlet chose.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.nlp import text_of
from sitrep.stages.casualty_words import casualty_words
from sitrep.stages.quantities import find_counts

if TYPE_CHECKING:
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts, SentFacts

__all__ = ["headline_deaths", "headline_toll"]


def headline_toll(d: Draft, facts: DocFacts) -> None:
    """Two witnesses' figures for one incident ("22 civilians, residents said" ... "at least 31,
    OCHA said"): the one the headline gives is the outlet's own choice, so the others stand aside."""
    own = [c for c in d.casualties if c.kind == "killed" and not (c.subset or c.aggregate or c.claimed)]
    if len({c.count.value for c in own}) < 2:
        return  # (most incidents: no versions to choose between, no headline to read)
    heads = {v for sf in facts.sents[:2] if sf.heading for v in headline_deaths(sf, facts.lang)}
    chosen = [c for c in own if c.count.value in heads]
    if not chosen or chosen[0] is own[0]:
        return
    sides = {c.side for c in chosen}
    aside = [c for c in own if c not in chosen and c.side in sides]
    d.casualties = [replace(c, stale=True) if c in aside else c for c in d.casualties]


def headline_deaths(sf: SentFacts, lang: str) -> set[int]:
    """Death figures of a headline, which the parser often misreads ("Drone strike on market
    kills at least 31, UN says"): the casualties read, and a count right after a killing verb."""
    out = {c.count.value for c in sf.casualties if c.kind == "killed"}
    verbs = casualty_words(lang).killed_verbs
    base = sf.sent.start_char
    for count in find_counts(text_of(sf.sent), lang):
        before = [t for t in sf.sent if t.idx < base + count.start][-1:]
        if before and (before[0].lemma_.lower() in verbs or before[0].lower_ in verbs):
            out.add(count.value)
    return out
