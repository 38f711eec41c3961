"""When two mentions are the same incident's: the same place, the same day, kindred kinds.

The primitives the merging of sentences into incidents and the recall of an incident told
earlier share: ACLED's event is one kind of violence at one place on one day.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.distance import distance_km
from sitrep.geo.fold import fold
from sitrep.lang import resource
from sitrep.stages.typing_rules import GENERIC_CONCEPTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Place
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import PlaceRef, TimeRef
    from sitrep.stages.role_words import RoleWords

__all__ = ["compatible", "definite", "kindred", "own_place", "same_place", "same_time"]

SAME_PLACE_KM = 30.0


def same_time(a: TimeRef | None, b: TimeRef | None, lang: str) -> bool:
    if a is None or b is None:
        return True
    if a.date and b.date:
        return a.date == b.date or (_near_days(a.date, b.date) and (_vague(a, lang) or _vague(b, lang)))
    if a.date or b.date:
        return True  # one resolved, one not ("hier" vs "dans la nuit"): no evidence of a change
    if any(c.isdigit() for c in a.text) and any(c.isdigit() for c in b.text):
        return fold(a.text) == fold(b.text)  # two calendar dates without a year
    da, db = _weekdays(a.text, lang), _weekdays(b.text, lang)
    return not (da and db and not da & db)  # "samedi soir" vs "jeudi et vendredi"



def _vague(t: TimeRef, lang: str) -> bool:
    """ "an overnight raid": a time that dates an incident only roughly."""
    return fold(t.text.lower()).strip() in _vague_words(lang)



@lru_cache(maxsize=16)
def _vague_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in resource(lang, "time").get("vague", []))



def _near_days(a: str, b: str, days: int = 3) -> bool:
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return False



def _weekdays(text: str, lang: str) -> set[int]:
    names: dict[str, int] = resource(lang, "time").get("weekdays", {})
    return {names[w] for w in text.lower().replace("-", " ").split() if w in names}



def same_place(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa is not None and pb is not None:
        if pa.geonameid is not None and pa.geonameid == pb.geonameid:
            return True
        if a.region or b.region:
            return pa.country == pb.country and _same_division(pa, pb)
        if pa.geonameid is None and pb.geonameid is None and pa.feature is None and pb.feature is None:
            return fold(a.text) == fold(b.text)  # villages the gazetteer lacks sit at their surroundings
        if None not in (pa.lat, pa.lon, pb.lat, pb.lon):
            return distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]
    return fold(a.text) == fold(b.text)



def _same_division(pa: Place, pb: Place) -> bool:
    """A division and a town (or two divisions) agree when the town lies in it, read at the
    division's own level (a district's towns share its second-level division, not merely the
    province); a country or a wider area agrees with anything inside it."""
    features = [(p.feature or "") for p in (pa, pb) if (p.feature or "").startswith("A.ADM")]
    if not features:
        return True
    if not any(f.startswith("A.ADM1") for f in features) and pa.admin2 and pb.admin2:
        return pa.admin2 == pb.admin2
    return not (pa.admin1 and pb.admin1) or pa.admin1 == pb.admin1



def kindred(a: str, b: str) -> bool:
    """Two concepts one incident can be told as: the same, a generic one, or a known pair."""
    return a == b or bool({a, b} & GENERIC_CONCEPTS) or compatible(a, b)



def compatible(a: str, b: str) -> bool:
    pairs = {
        frozenset({"explosive", "suicide"}),
        frozenset({"airstrike", "shelling"}),
        frozenset({"capture", "gov_regain"}),
        frozenset({"riot", "protest"}),
        frozenset({"explosive", "grenade"}),
        frozenset({"airstrike", "chemical"}),
    }
    return frozenset({a, b}) in pairs



def own_place(d: Draft) -> bool:
    """Whether the sentence names its own place rather than inheriting the story's."""
    return d.place is not None and not d.place_inherited



def definite(tok: Token, words: RoleWords) -> bool:
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in words.anaphoric | words.demonstrative
