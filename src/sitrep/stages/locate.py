"""Where an assembled incident is when its sentences name no place the gazetteer knows.

ACLED codes an incident placed only by a province at that province (precision 3), and a
village it cannot find at the smallest known area around it. Both rules read the places the
article itself names; nothing here looks up the gazetteer again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.geo.directions import SECTOR_FEATURE
from sitrep.geo.fold import fold
from sitrep.model import Place

if TYPE_CHECKING:
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts, PlaceRef, SentFacts

# Smaller areas first: the nearer a fallback point is to the incident the better.
_AREA_RANK = {"A.ADM3": 0, "A.ADM2": 1, "A.ADM1": 2, SECTOR_FEATURE: 3, "L.RGN": 4, "A.PCLI": 5}


def fallback_place(d: Draft, facts: DocFacts) -> None:
    """No place near the incident: the smallest region the article places it in (a district
    before a province before the country), at precision 3."""
    if d.place is not None:
        return
    best = _smallest_area(d.sents, facts) or _smallest_area(facts.sents, facts)
    if best is not None:
        d.place = replace(best, precision=3)
        d.place_inherited = True


def place_unlisted(d: Draft, facts: DocFacts) -> None:
    """A place the gazetteer lacks, at what the text says is around it, in turn: a known town
    in the same sentences ("le quartier d'Abena" of the city named there), a division there
    ("près de Téguey, dans la région de Tillabéri": the name at the division's point), the
    last town the story was in, any division it names; else the name alone."""
    ref = d.place
    if ref is None or ref.place is not None:
        return
    if not _placed_by_the_text(ref, facts):
        d.place = None  # (the fallback at the end places it)
        return
    own = _towns(d.sents, facts)
    if own:
        d.place = replace(own[-1], precision=max(own[-1].precision, 2))
        return
    area = _smallest_area(d.sents, facts)
    if area is None:
        earlier = _towns(facts.sents[: d.sents[0].index], facts)
        if earlier:  # a neighbourhood of the city the story is in
            d.place = replace(earlier[-1], precision=max(earlier[-1].precision, 2))
            return
        area = _smallest_area(facts.sents, facts)
    if area is not None and area.place is not None:
        place = replace(area.place, name=ref.text, text=ref.text, geonameid=None, feature=None,
                        population=0, admin2=None, precision=3)
    else:
        place = Place(name=ref.text, text=ref.text, country=facts.country, lat=None, lon=None, precision=3)
    d.place = replace(ref, place=place, precision=3)


def _towns(sents: Iterable[SentFacts], facts: DocFacts) -> list[PlaceRef]:
    """Known settlements of these sentences in the article's country, in text order."""
    return [
        p
        for sf in sents
        for p in sf.places
        if p.place is not None and not p.region and p.place.country in (facts.country, None)
    ]


def _placed_by_the_text(ref: PlaceRef, facts: DocFacts) -> bool:
    """An unknown name counts as a place after a locative ("à Mansila", "near the village of X")
    and when the text uses it as no actor or source ("until Hamas is destroyed", "Al-Masirah TV")."""
    from sitrep.geo.frames import after_locative

    if not after_locative(facts.text, ref.start, facts.lang):
        return False
    named = {fold(a.text) for sf in facts.sents for a in sf.actors}
    named |= {fold(s.text) for sf in facts.sents for s in sf.sources if s.text}
    return fold(ref.text) not in named


def _smallest_area(sents: Iterable[SentFacts], facts: DocFacts) -> PlaceRef | None:
    regions = [
        p
        for sf in sents
        for p in sf.places
        if p.place is not None and p.region and p.place.country in (facts.country, None)
    ]
    if not regions:
        return None
    return min(regions, key=lambda p: _AREA_RANK.get((p.place.feature or "")[:6], 6))  # type: ignore[union-attr]
