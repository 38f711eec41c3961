"""Document-level clean-up of incidents: news leads summarise what the body then details.

Two general patterns of news writing are resolved here: a lead toll that is the sum of the
tolls detailed later ("Sept manifestants tués" = 2 at Hawija + 5 at Mosul) is a summary, not a
further incident; and the same incident restated later with the same type, place and toll is
one incident, not two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp import text_of
from sitrep.stages.modality import ASSERTED

if TYPE_CHECKING:
    from sitrep.model import Place
    from sitrep.stages.events import Draft


def consolidate(drafts: list[Draft], lang: str) -> list[Draft]:
    from sitrep.stages.events import fatalities

    asserted = [d for d in drafts if d.modality == ASSERTED]
    tolls = {id(d): fatalities(d)[0] for d in asserted}
    drop: set[int] = set()
    told: set[int] = set()  # the parts of a summary: no summaries themselves (3 = 2 + 1 by chance)
    for i, a in enumerate(asserted):
        later = [b for b in asserted[i + 1 :] if b.family == a.family and tolls[id(b)]]
        run = [] if id(a) in told else _summed(a, later, tolls, lang)
        if run:
            drop.add(id(a))
            told.update(id(b) for b in run)
    for a in asserted:
        parts = _parts(a, asserted, lang) if a.spread else []
        if parts:
            drop.add(id(a))
            for b in parts:  # "... across Gaza on Monday. An air strike on a house ...": Monday's
                b.time = b.time or a.time
    kept = _told_again([d for d in drafts if id(d) not in drop], lang)
    return _merge_restatements(kept, tolls, lang)


def _parts(a: Draft, asserted: list[Draft], lang: str) -> list[Draft]:
    """Incidents summed over an area ("strikes killed 43 across Gaza on Monday") that the
    article tells one by one, after the sum or, on the sum's own day, before it: the parts are
    the events."""
    from sitrep.stages.sameness import same_time

    def country(d: Draft) -> str | None:
        return d.place.place.country if d.place is not None and d.place.place is not None else None

    return [
        b
        for b in asserted
        if b is not a
        and b.family == a.family
        and (
            (b.sents[0].index > a.sents[0].index and (b.time is None or same_time(a.time, b.time, lang)))
            or (a.time is not None and b.time is not None and same_time(a.time, b.time, lang))
        )
        and country(a) in (None, country(b))
    ]


def _told_again(drafts: list[Draft], lang: str) -> list[Draft]:
    """An incident mentioned in passing ("hours after gunmen in the southwest shot seven
    passengers") that the article then tells in full is that later telling."""
    from sitrep.stages.merging import merge
    from sitrep.stages.sameness import same_place, same_time

    out = list(drafts)
    for d in drafts:
        if not d.in_passing:
            continue
        later = [b for b in out if b.sents[0].index > d.sents[0].index and b.modality == ASSERTED]
        told = next(
            (
                b
                for b in later
                if b.family == d.family and same_place(d.place, b.place) and same_time(d.time, b.time, lang)
            ),
            None,
        )
        if told is not None:
            merge(told, d)
            out.remove(d)
    return out


def _summed(a: Draft, later: list[Draft], tolls: dict[int, int | None], lang: str) -> list[Draft]:
    """The later incidents whose tolls the lead's sums, if it is such a summary."""
    total = tolls[id(a)]
    if not total or len(later) < 2:
        return []
    values = [tolls[id(b)] or 0 for b in later]
    # Any run of consecutive later incidents whose tolls add up to the lead toll, at the lead's
    # own town or across several places ("dans plusieurs villes": its town is just one of them).
    for s in range(len(values)):
        acc = 0
        for e in range(s, len(values)):
            acc += values[e]
            run = later[s : e + 1]
            if acc == total and e > s and _same_ground(a, run, lang) and _same_days(a, run, lang):
                return run
            if acc > total:
                break
    return []


def _same_days(a: Draft, run: list[Draft], lang: str) -> bool:
    """The run's incidents fall on the lead's day, or within the span of days it gives ("between
    11 and 12 May"): incidents of other days are no part of its toll."""
    from sitrep.lang import resource
    from sitrep.stages.sameness import same_time

    t = a.time
    spans = resource(lang, "time").get("range_from", [])
    if t is not None and any(t.text.lower().startswith(w) for w in spans):
        return True
    if t is None:  # an undated lead sums one day's incidents, not those of days apart
        return all(same_time(run[0].time, b.time, lang) for b in run[1:])
    return all(same_time(t, b.time, lang) for b in run)


def _same_ground(a: Draft, run: list[Draft], lang: str) -> bool:
    from sitrep.stages.role_words import role_words

    if a.place is None or a.place.region or a.place.place is None:
        return True
    places = [b.place.place for b in run if b.place and b.place.place]
    if a.place.place.geonameid in {p.geonameid for p in places}:
        return True
    words = role_words(lang)
    low = text_of(a.sents[0].sent).lower()
    spread = any(f" {w} " in f" {low} " for w in words.several | words.spread_words)
    # several places: the lead's town is one of them, or it says so ("dans plusieurs villes"), or one
    # is near it; not incidents far from a town the lead tells of its own (Datta Khel; Kulachi, Bannu)
    return len({p.geonameid for p in places}) > 1 and (spread or any(_near(a.place.place, p) for p in places))


_NEAR_KM = 60.0


def _near(a: Place, b: Place) -> bool:
    from sitrep.geo.distance import distance_km

    if None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM  # type: ignore[arg-type]


def _merge_restatements(drafts: list[Draft], tolls: dict[int, int | None], lang: str) -> list[Draft]:
    from sitrep.stages.merging import merge
    from sitrep.stages.sameness import same_place, same_time

    out: list[Draft] = []
    for d in drafts:
        target = None
        if d.modality == ASSERTED and tolls.get(id(d)):
            for prev in out:
                if (
                    prev.modality == ASSERTED
                    and prev.event_type == d.event_type
                    and tolls.get(id(prev)) == tolls[id(d)]
                    and prev.place is not None
                    and d.place is not None
                    and same_place(prev.place, d.place)
                    and same_time(prev.time, d.time, lang)
                ):
                    target = prev
                    break
        if target is None:
            out.append(d)
        else:
            merge(target, d)
    return out
