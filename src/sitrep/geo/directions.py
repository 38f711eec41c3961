"""Compass regions of a country: "dans le nord-ouest du pays", "northern Mali", "l'Est congolais".

Conflict news places many incidents only by a part of a country. A country's centroid can be
hundreds of kilometres from its north-west, so such a phrase gets a point of its own: the median
position of the country's towns in that part (the third of the country's extent on that side),
where people, and incidents, are. The phrases are language data (``directions`` in
``lang/<code>/places.json``); the points come from the gazetteer and are computed once per country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from sitrep.geo.fold import fold
from sitrep.geo.frames import frames
from sitrep.geo.langdata import lang_data

# Compass codes -> (east, north) unit steps; "C" the centre.
STEPS: dict[str, tuple[int, int]] = {
    "N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0),
    "NE": (1, 1), "NW": (-1, 1), "SE": (1, -1), "SW": (-1, -1), "C": (0, 0),
}  # fmt: skip
LABELS = {
    "N": "northern", "S": "southern", "E": "eastern", "W": "western", "NE": "northeastern",
    "NW": "northwestern", "SE": "southeastern", "SW": "southwestern", "C": "central",
}  # fmt: skip
SECTOR_FEATURE = "L.SECT"  # not a GeoNames code: a part of a country the text names by direction
_TRIM = 0.05  # extent = 5th..95th percentile of town positions (islands, exclaves stay out)
_TRIM_WIDE = 0.01  # the whole extent, for what lies in which half
_MIN_TOWNS = 3


@dataclass(frozen=True)
class DirectionPhrase:
    """A direction word in a text, and what it is a part of."""

    start: int
    end: int
    direction: str  # a key of STEPS
    of_country: bool  # "du pays", "the country's": the article's own country
    demonym: str | None  # "l'Est congolais": that country (ISO alpha-2)
    adjective: bool  # "northern": applies to the place name right after it
    bare: bool  # "dans le nord-ouest": nothing follows, the article's country is meant
    # ("au nord," alone is a direction from somewhere, not a part: neither flag set)


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, str]
    adjectives: dict[str, str]
    word_re: re.Pattern[str] | None
    before: re.Pattern[str] | None
    toward: re.Pattern[str] | None
    before_country: re.Pattern[str] | None
    of_country: re.Pattern[str] | None
    connector: re.Pattern[str] | None
    demonyms: dict[str, str]


def _key(word: str) -> str:
    return re.sub(r"[-\s]+", "", fold(word))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\-", "[-\\s]?") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=16)
def _lexicon(lang: str | None) -> _Lexicon:
    data = lang_data(lang, "places").get("directions") or {}
    words = {_key(k): v for k, v in (data.get("words") or {}).items()}
    adjectives = {_key(k): v for k, v in (data.get("adjectives") or {}).items()}
    allw = list((data.get("words") or {}).keys()) + list((data.get("adjectives") or {}).keys())
    flags = re.IGNORECASE

    def tail(key: str) -> re.Pattern[str] | None:
        parts = data.get(key) or []
        return re.compile(rf"(?:^|[^\w])(?:{'|'.join(parts)})\s*$", flags) if parts else None

    def head(key: str) -> re.Pattern[str] | None:
        parts = data.get(key) or []
        return re.compile(rf"\s*(?:{'|'.join(parts)})", flags) if parts else None

    demonyms = {fold(k): v.upper() for k, v in lang_data(lang, "demonyms").items() if isinstance(v, str)}
    return _Lexicon(
        words=words,
        adjectives=adjectives,
        word_re=re.compile(rf"(?<![\w-])(?:{_alternation(allw)})(?![\w-])", flags) if allw else None,
        before=tail("before"),
        toward=tail("toward"),
        before_country=tail("before_country"),
        of_country=head("of_country"),
        connector=head("connector"),
        demonyms=demonyms,
    )


def find_directions(text: str, lang: str | None) -> list[DirectionPhrase]:
    """Direction phrases of a text that name a part of a country (not "20 km au nord de X")."""
    lex = _lexicon(lang)
    if lex.word_re is None:
        return []
    out: list[DirectionPhrase] = []
    for m in lex.word_re.finditer(text):
        key = _key(m.group())
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 60]
        if key in lex.adjectives and (key not in lex.words or _before_name(after)):
            code = lex.adjectives[key]
            out.append(DirectionPhrase(m.start(), m.end(), code, False, None, adjective=True, bare=False))
            continue
        own = lex.before_country is not None and bool(lex.before_country.search(before))
        inside = lex.before is not None and bool(lex.before.search(before))
        toward_m = lex.toward.search(before) if lex.toward is not None else None
        toward = toward_m is not None
        if not (own or inside or toward):
            continue  # "le nord" as a subject
        if not inside and _near(before[: toward_m.start()] if toward_m else before, lang):
            continue  # "à 30 km au nord": a distance from a town ("la région de l'ouest" is a part)
        if _coordinated(after, lex):
            continue  # "dans l'est et le centre du pays": a broad area, no single part
        w = re.match(r"\s+([^\W\d_]+)", after)
        if w and w.group(1)[0].isupper() and fold(w.group(1)) not in lex.demonyms:
            continue  # "the West Bank", "le Nord Kivu": a name of its own
        end, of_country, demonym = m.end(), own, None
        if lex.of_country is not None and (k := lex.of_country.match(after)):
            end, of_country = m.end() + k.end(), True
        elif w and fold(w.group(1)) in lex.demonyms:
            end, demonym = m.end() + w.end(), lex.demonyms[fold(w.group(1))]
        linked = lex.connector is not None and bool(lex.connector.match(after)) and not of_country
        bare = inside and not linked and not of_country and demonym is None
        code = lex.words[key]
        out.append(DirectionPhrase(m.start(), end, code, of_country, demonym, adjective=False, bare=bare))
    return out


_COORDINATION = re.compile(
    r"\s*(?:,|\bet\b|\band\b|\bou\b|\bor\b|\bpuis\b)\s*(?:(?:le|la|l['’]|the)\s*)?", re.IGNORECASE
)


def _before_name(after: str) -> bool:
    """A capitalised word follows: "northwest Nigeria" (but "the northwest, where...")."""
    return bool(re.match(r"\s+[^\W\d_]", after)) and after.lstrip()[:1].isupper()


def _coordinated(after: str, lex: _Lexicon) -> bool:
    m = _COORDINATION.match(after)
    return bool(m and m.end() and lex.word_re is not None and lex.word_re.match(after, m.end()))


def leading_adjective(name: str, lang: str | None) -> int:
    """Length of a direction adjective opening a name ("northern Mali" -> 9), else 0."""
    lex = _lexicon(lang)
    m = lex.word_re.match(name) if lex.word_re is not None else None
    if m is None or _key(m.group()) not in lex.adjectives:
        return 0
    rest = re.match(r"\s+", name[m.end() :])
    return m.end() + rest.end() if rest else 0


def _near(before: str, lang: str | None) -> bool:
    near = frames(lang).near
    return near is not None and bool(near.search(before))


def connects(text: str, phrase: DirectionPhrase, place_start: int, lang: str | None) -> bool:
    """Whether a place name starting at ``place_start`` is what the phrase is a part of
    ("le nord du Mali", "northern Mali")."""
    between = text[phrase.end : place_start]
    if len(between) > 30:
        return False
    if phrase.adjective:
        return between.strip() == ""
    lex = _lexicon(lang)
    m = lex.connector.match(between) if lex.connector is not None else None
    return m is not None and m.end() == len(between)


@dataclass(frozen=True)
class Parts:
    """A country's (or division's) compass parts: a point for each, and the middle and thirds
    of its towns' extent to tell which part a place lies in."""

    points: dict[str, tuple[float, float]]
    mid_lat: float  # the middle of the whole extent (outliers aside)
    mid_lon: float
    third_lat: float
    third_lon: float

    def contains(self, code: str, lat: float, lon: float) -> bool:
        """Loosely: in the half (the quarter, the middle two thirds) the part lies in, as a
        writer who says "the north" may mean a province just north of the middle."""
        dx, dy = lon - self.mid_lon, lat - self.mid_lat
        if code == "C":
            return abs(dx) <= 2 * self.third_lon and abs(dy) <= 2 * self.third_lat
        return _inside(code, dx, dy, 0.0, 0.0)


def country_parts(towns: list[tuple[float, float]]) -> Parts | None:
    """The parts from the town positions: each part's point is the median town of that third
    of the extent, or the middle of that third where towns are too few; None with too few towns."""
    if len(towns) < _MIN_TOWNS:
        return None
    lats = sorted(p[0] for p in towns)
    lons = sorted(p[1] for p in towns)
    k = int(len(towns) * _TRIM)
    lat0, lat1, lon0, lon1 = lats[k], lats[-k - 1], lons[k], lons[-k - 1]
    if lat1 - lat0 < 1e-6 or lon1 - lon0 < 1e-6:
        return None
    clat, clon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    tlat, tlon = (lat1 - lat0) / 6, (lon1 - lon0) / 6
    points: dict[str, tuple[float, float]] = {}
    for code, (sx, sy) in STEPS.items():
        chosen = [p for p in towns if _inside(code, p[1] - clon, p[0] - clat, tlon, tlat)]
        if len(chosen) >= _MIN_TOWNS:
            points[code] = (round(median(p[0] for p in chosen), 4), round(median(p[1] for p in chosen), 4))
        else:
            points[code] = (round(clat + sy * 2 * tlat, 4), round(clon + sx * 2 * tlon, 4))
    j = int(len(towns) * _TRIM_WIDE)
    return Parts(points, (lats[j] + lats[-j - 1]) / 2, (lons[j] + lons[-j - 1]) / 2, tlat, tlon)


def _inside(code: str, dx: float, dy: float, tx: float, ty: float) -> bool:
    """In the part: "N" is the whole northern third (its corners too), "NW" the corner only."""
    sx, sy = STEPS[code]
    if code == "C":
        return abs(dx) <= tx and abs(dy) <= ty
    return (sx == 0 or _side(dx, tx, sx)) and (sy == 0 or _side(dy, ty, sy))


def _side(offset: float, third: float, step: int) -> bool:
    if step > 0:
        return offset > third
    if step < 0:
        return offset < -third
    return abs(offset) <= third
