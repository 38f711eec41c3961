"""When are two event reports the same incident? Pure rules, no database.

Each report is compared on five axes, each giving MATCH, UNKNOWN or CONFLICT:

- **type**: the same ``event_type`` and a compatible ``sub_event_type`` (same sub-type, or one of the
  :data:`COMPATIBLE_SUBTYPES` groups, which gather the labels two outlets commonly give the same act).
  Battles and Explosions/Remote violence link only for an *Armed clash* reported by another outlet as
  *Shelling/artillery/missile attack* or *Grenade* (the same fight seen through its weapons).
  Anything else is a CONFLICT.
- **place**: MATCH within :data:`RADIUS_KM`, same GeoNames id, same name (no coordinates), or the same
  admin1 when one side is known only to the region (precision 3); CONFLICT for different countries,
  different admin1 or distant coordinates; UNKNOWN when a side has no usable place.
- **date**: MATCH when both dates (day precision) are within :data:`DATE_WINDOW_DAYS`, or both events are
  undated and their articles were published within that window; PLAUSIBLE when one is undated and the
  other's date falls in the days before, or in the month of, the undated report's publication; CONFLICT
  for dates too far apart or a report published before the other event happened; else UNKNOWN.
- **fatalities**: DISTINCT when equal and at least :data:`DISTINCT_TOLL` (a toll specific enough to
  identify an incident), TIGHT when equal within 10 % (at least 1), CLOSE within 25 % (at least 2),
  CONFLICT when the larger exceeds twice the smaller plus 3, else UNKNOWN (also when a side gives none).
- **actors**: the two sides compared in both orientations; a side matches when the canonical names
  are equal and neither is unknown (null or kind ``unidentified``); unknown sides are compatible with
  anything. STRONG when a named non-civilian actor matches, MATCH for civilians, CONFLICT when no
  orientation is compatible.

Decision (no CONFLICT anywhere, never two events of one article):
1. place MATCH and date MATCH;
2. place MATCH, date PLAUSIBLE, and fatalities not conflicting;
3. place MATCH, date UNKNOWN, fatalities TIGHT or DISTINCT (two tolls that agree: the same fact);
4. place UNKNOWN, both events dated and date MATCH, same sub-type, actors MATCH or STRONG;
5. place UNKNOWN, date not conflicting, fatalities DISTINCT, actors STRONG, same sub-type.
Rules 3-5 need corroborating facts because the missing place or date would otherwise let two
different incidents of a conflict's routine (same town, same group) merge.
"""

from __future__ import annotations

import unicodedata
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from sitrep.geo.distance import distance_km

RADIUS_KM = 25.0
DATE_WINDOW_DAYS = 2
DISTINCT_TOLL = 10

COMPATIBLE_SUBTYPES: list[frozenset[str]] = [
    frozenset({"Suicide bomb", "Remote explosive/landmine/IED"}),
    frozenset({"Air/drone strike", "Chemical weapon"}),
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}),
    frozenset({"Violent demonstration", "Mob violence"}),
]
CROSS_TYPE = {
    ("Battles", "Armed clash"): {
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Grenade"),
    }
}


class Level(IntEnum):
    CONFLICT = -1
    UNKNOWN = 0
    PLAUSIBLE = 1
    MATCH = 2
    CLOSE = 3
    TIGHT = 4
    DISTINCT = 5
    STRONG = 6


@dataclass(frozen=True)
class Report:
    """What the linker knows of one stored event (flattened columns plus its article's date)."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str | None = None
    published: str | None = None
    country: str | None = None
    admin1: str | None = None
    location_name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor1_kind: str | None = None
    actor2: str | None = None
    actor2_kind: str | None = None
    fatalities: int | None = None


def types_compatible(a: Report, b: Report) -> bool:
    if a.event_type == b.event_type:
        if a.sub_event_type == b.sub_event_type:
            return True
        return any(a.sub_event_type in g and b.sub_event_type in g for g in COMPATIBLE_SUBTYPES)
    ka, kb = (a.event_type, a.sub_event_type), (b.event_type, b.sub_event_type)
    return kb in CROSS_TYPE.get(ka, set()) or ka in CROSS_TYPE.get(kb, set())


def _fold(name: str | None) -> str:
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def place_level(a: Report, b: Report) -> Level:
    if a.country and b.country and a.country != b.country:
        return Level.CONFLICT
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return Level.MATCH
    regional = 3 in (a.geo_precision, b.geo_precision)
    if regional and a.admin1 and b.admin1:
        return Level.MATCH if _fold(a.admin1) == _fold(b.admin1) else Level.CONFLICT
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= RADIUS_KM:
            return Level.MATCH
        return Level.UNKNOWN if regional else Level.CONFLICT
    if _fold(a.location_name) and _fold(a.location_name) == _fold(b.location_name):
        return Level.MATCH
    if a.admin1 and b.admin1 and _fold(a.admin1) != _fold(b.admin1):
        return Level.CONFLICT
    return Level.UNKNOWN


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _span(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a date (or a publication date) may mean, given its precision."""
    if not value:
        return None
    if len(value) == 7 or precision == "month":
        try:
            y, m = int(value[:4]), int(value[5:7])
        except ValueError:
            return None
        return date(y, m, 1), date(y, m, monthrange(y, m)[1])
    if len(value) == 4 or precision == "year":
        return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
    day = _parse_day(value)
    if day is None:
        return None
    return (day, day + timedelta(days=6)) if precision == "week" else (day, day)


def _gap(x: tuple[date, date], y: tuple[date, date]) -> int:
    """Days between two spans (0 when they overlap)."""
    return max(0, (y[0] - x[1]).days, (x[0] - y[1]).days)


def _one_dated(dated: Report, undated: Report) -> Level:
    span, pub = _span(dated.date, dated.date_precision), _span(undated.published, None)
    if span is None or pub is None:
        return Level.UNKNOWN
    if pub[1] < span[0] - timedelta(days=DATE_WINDOW_DAYS):
        return Level.CONFLICT  # reported before it happened: another incident
    if pub[0] == pub[1]:
        before = (pub[0] - span[1]).days
        return Level.PLAUSIBLE if -DATE_WINDOW_DAYS <= before <= DATE_WINDOW_DAYS else Level.UNKNOWN
    return Level.PLAUSIBLE if span[0] >= pub[0] and span[1] <= pub[1] else Level.UNKNOWN


def date_level(a: Report, b: Report) -> Level:
    sa, sb = _span(a.date, a.date_precision), _span(b.date, b.date_precision)
    if sa and sb:
        gap = _gap(sa, sb)
        if gap > DATE_WINDOW_DAYS:
            return Level.CONFLICT
        return Level.MATCH if sa[0] == sa[1] and sb[0] == sb[1] else Level.UNKNOWN
    if sa:
        return _one_dated(a, b)
    if sb:
        return _one_dated(b, a)
    pa, pb = _span(a.published, None), _span(b.published, None)
    if pa and pb and pa[0] == pa[1] and pb[0] == pb[1] and _gap(pa, pb) <= DATE_WINDOW_DAYS:
        return Level.MATCH
    return Level.UNKNOWN


def fatalities_level(a: Report, b: Report) -> Level:
    if a.fatalities is None or b.fatalities is None:
        return Level.UNKNOWN
    lo, hi = sorted((a.fatalities, b.fatalities))
    if lo == hi >= DISTINCT_TOLL:
        return Level.DISTINCT
    if hi - lo <= max(1.0, 0.10 * hi):
        return Level.TIGHT
    if hi - lo <= max(2.0, 0.25 * hi):
        return Level.CLOSE
    return Level.CONFLICT if hi > 2 * lo + 3 else Level.UNKNOWN


def _known(name: str | None, kind: str | None) -> bool:
    return bool(name) and kind != "unidentified" and not (name or "").startswith("Unidentified")


def actors_level(a: Report, b: Report) -> Level:
    best = Level.CONFLICT
    sides_a = ((a.actor1, a.actor1_kind), (a.actor2, a.actor2_kind))
    for sides_b in (
        ((b.actor1, b.actor1_kind), (b.actor2, b.actor2_kind)),
        ((b.actor2, b.actor2_kind), (b.actor1, b.actor1_kind)),
    ):
        level = Level.UNKNOWN
        for (na, ka), (nb, kb) in zip(sides_a, sides_b, strict=True):
            if not (_known(na, ka) and _known(nb, kb)):
                continue
            if _fold(na) != _fold(nb):
                level = Level.CONFLICT
                break
            civilian = "civilians" in (ka, kb) or (na or "").startswith("Civilians")
            level = max(level, Level.MATCH if civilian else Level.STRONG)
        best = max(best, level)
    return best


@dataclass(frozen=True)
class Comparison:
    """The axis levels of one pair, kept for explanations (``sitrep incidents --explain``, tests)."""

    place: Level
    date: Level
    fatalities: Level
    actors: Level
    same_subtype: bool

    def conflicting(self) -> bool:
        return Level.CONFLICT in (self.place, self.date, self.fatalities, self.actors)


def compare(a: Report, b: Report) -> Comparison | None:
    """The axis levels, or None when the two can never be one incident (same article, other type)."""
    if a.article_id == b.article_id or not types_compatible(a, b):
        return None
    return Comparison(
        place=place_level(a, b),
        date=date_level(a, b),
        fatalities=fatalities_level(a, b),
        actors=actors_level(a, b),
        same_subtype=a.sub_event_type == b.sub_event_type,
    )


def decide(c: Comparison, both_dated: bool) -> bool:
    """The rules of the module docstring, in order."""
    if c.conflicting():
        return False
    if c.place == Level.MATCH:
        if c.date == Level.MATCH:
            return True
        if c.date == Level.PLAUSIBLE:
            return True
        return c.fatalities >= Level.TIGHT
    if c.date == Level.MATCH and both_dated and c.same_subtype and c.actors >= Level.MATCH:
        return True
    return c.fatalities == Level.DISTINCT and c.actors == Level.STRONG and c.same_subtype


def same_incident(a: Report, b: Report) -> bool:
    c = compare(a, b)
    return c is not None and decide(c, both_dated=bool(a.date and b.date))


def compatible(a: Report, b: Report) -> bool:
    """May the two sit in one incident (no conflict)? Used as a veto against every member."""
    c = compare(a, b)
    return c is not None and not c.conflicting()
