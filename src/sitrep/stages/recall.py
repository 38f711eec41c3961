"""Which incident told earlier a sentence names, across other news told since.

"The death toll from this morning's strike on Kharkiv has risen to four", "The Zamfara
kidnapping came two months after ...": the sentence names its incident by place (and day), so
it goes back to that incident rather than to the last one told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.stages.sameness import definite, kindred, own_place, same_place, same_time

if TYPE_CHECKING:
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts
    from sitrep.stages.role_words import RoleWords

__all__ = ["named_incident", "same_day_and_place", "updated_incident"]


def updated_incident(cand: Draft, asserted: list[Draft], facts: DocFacts) -> Draft | None:
    """ "The death toll from this morning's strike on Kharkiv has risen to four" told after other
    news: the incident of that place and day told before, however many came between."""
    own = [c for c in cand.casualties if not c.subset]
    if not own or not all(c.revised for c in own) or not own_place(cand) or len(asserted) < 2:
        return None
    return next(
        (
            d
            for d in reversed(asserted[:-1])
            if d.family == cand.family
            and d.place is not None
            and same_place(d.place, cand.place)
            and same_time(d.time, cand.time, facts.lang)
        ),
        None,
    )


def named_incident(cand: Draft, asserted: list[Draft], words: RoleWords, facts: DocFacts) -> Draft | None:
    """ "The Zamfara kidnapping came two months after ...", "l'attaque de Mangina": a definite
    incident noun that names its place, with no toll or day of its own, is the incident of
    that kind and place told before."""
    tok = facts.doc[cand.anchor.head]
    if tok.pos_ != "NOUN" or not definite(tok, words) or cand.time is not None or not own_place(cand):
        return None
    if any(not c.subset for c in cand.casualties) or cand.place is None:
        return None
    at = cand.place.start
    if not any(t.idx <= at < t.idx + len(t) for t in tok.subtree):
        return None
    return next(
        (
            d
            for d in reversed(asserted)
            if d.family == cand.family
            and kindred(d.concept, cand.concept)
            and d.place is not None
            and same_place(d.place, cand.place)
        ),
        None,
    )


def same_day_and_place(cand: Draft, asserted: list[Draft]) -> Draft | None:
    """An incident told again later with its own day and place, both precise ("• Two volunteers
    killed near El Obeid on 7 December." ... "On 7 December, two volunteers were killed ... north
    of El Obeid"): ACLED's event is one kind at one place on one day, however far apart."""
    if cand.time is None or cand.time.precision != "day" or not cand.time.date or not own_place(cand):
        return None
    if cand.place is None or cand.place.place is None or cand.place.region:
        return None
    return next(
        (
            d
            for d in reversed(asserted[:-1])
            if d.time is not None
            and d.time.date == cand.time.date
            and d.place is not None
            and d.place.place is not None
            and not d.place.region
            and d.place.place.country == cand.place.place.country
            and same_place(d.place, cand.place)
            and d.family == cand.family
            and kindred(d.concept, cand.concept)
            and not _other_side(d, cand)
        ),
        None,
    )


def _other_side(a: Draft, b: Draft) -> bool:
    """Two named perpetrators that differ: each side's fire, not one incident."""
    one, two = a.actor1, b.actor1
    if one is None or two is None or a.actor1_guessed or b.actor1_guessed:
        return False
    return one.actor.name != two.actor.name
