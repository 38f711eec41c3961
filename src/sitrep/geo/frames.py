"""Place frames from ``lang/<code>/places.json``: relative precision and parent phrases.

``relative_precision`` answers the extractor's question "is the event at this place, near it,
or only somewhere in a region?" from the words just before the name: 1 the place itself,
2 near or part of it ("près de", "20 km north of", "outskirts of"), 3 only a region
("province de", or the place is itself a division or a country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitrep.geo.fold import fold
from sitrep.geo.langdata import lang_data
from sitrep.model import Place

_LOOKBEHIND = 90  # characters before a name that a frame may occupy


@dataclass(frozen=True)
class Frames:
    near: re.Pattern[str] | None
    region: re.Pattern[str] | None
    parent: re.Pattern[str] | None
    strip_prefix: re.Pattern[str] | None
    abbreviations: dict[str, str]
    not_places: frozenset[str]
    locative: re.Pattern[str] | None
    near_locative: re.Pattern[str] | None  # "à 40 km de", "north of": a near frame with its connector
    region_prefix: re.Pattern[str] | None  # "département de l'", "province of": opening an entity
    region_adjectives: dict[str, str]
    region_after: re.Pattern[str] | None
    town_before: re.Pattern[str] | None  # "à Zinder", "the town of": a settlement, not its division
    place_after: re.Pattern[str] | None  # "Kherson's Dniprovskyi district": what follows makes it a place
    strip_suffix: tuple[str, ...] = ()  # "Djugu-centre": the town itself
    part_of: re.Pattern[str] | None = None  # "North Dallas", "Swat Valley": a part named by its whole
    region_nouns: frozenset[str] = frozenset()  # "province", "state": a name ending so is a division
    modifier: re.Pattern[str] | None = None  # "Turkey-backed": the name only qualifies an actor
    street: re.Pattern[str] | None = None  # "rue Gaza", "Gaza Street": a street, not the place
    street_ahead: re.Pattern[str] | None = None


def _alternation(parts: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


@lru_cache(maxsize=32)
def frames(lang: str | None) -> Frames:
    """Compiled frames of a language (empty frames for an unknown one)."""
    data = lang_data(lang, "places")
    conn = raw_conn = data.get("connector", "")
    mods = data.get("modifier_suffixes") or []
    near = data.get("near") or []
    region = data.get("region") or []
    parent = data.get("parent") or []
    strip = data.get("strip_prefix") or []
    nouns = data.get("place_nouns") or []
    loc = data.get("locative") or []
    after = data.get("region_after") or []
    town = data.get("town_before") or []
    place_after = data.get("place_after") or []
    streets, streets_after = data.get("street_before") or [], data.get("street_after") or []
    if nouns:  # "près de la ville de X": the frame reaches the name through a place noun
        conn = rf"{conn}?(?:(?:{_alternation(nouns)})\s*{conn})"
    flags = re.IGNORECASE
    return Frames(
        near=re.compile(rf"(?:^|[^\w])(?:{_alternation(near)})\s*{conn}?\s*$", flags) if near else None,
        region=re.compile(rf"(?:^|[^\w])(?:{_alternation(region)})\s*{conn}?\s*$", flags) if region else None,
        # ("X, in Y", "Houla, au Liban-Sud": a comma may open the phrase)
        parent=re.compile(rf"^\s*(?:,\s*)?(?:{_alternation(parent)})\s*{_compass(data)}$", flags)
        if parent
        else None,
        strip_prefix=re.compile(rf"(?:{_alternation(strip)})(?:\s+|(?<=['’]))(?=\w)", flags)
        if strip
        else None,
        abbreviations=dict(data.get("abbreviations") or {}),
        not_places=frozenset(fold(w) for w in data.get("not_places") or []),
        locative=re.compile(rf"(?:^|[^\w])(?:{_alternation(loc)})\s*$", flags) if loc else None,
        region_prefix=re.compile(rf"(?:{_alternation(region)})\s*{raw_conn}", flags)
        if region and raw_conn
        else None,
        near_locative=re.compile(rf"(?:^|[^\w])(?:{_alternation(near)})\s*(?:{conn}|{raw_conn})\s*$", flags)
        if near and raw_conn
        else None,
        region_adjectives={fold(k): v for k, v in (data.get("region_adjectives") or {}).items()},
        region_after=re.compile(rf"\s*(?:{_alternation(after)})\b", flags) if after else None,
        town_before=re.compile(rf"(?:^|[^\w])(?:{_alternation(town)})\s*$", flags) if town else None,
        place_after=re.compile(rf"(?:{_alternation(place_after)})", flags) if place_after else None,
        strip_suffix=tuple(data.get("strip_suffix") or ()),
        part_of=_part_of(data.get("part_of") or {}),
        region_nouns=frozenset(w.lower() for w in region if re.fullmatch(r"[\w-]+", w)),
        modifier=re.compile(rf"[-‑](?:{_alternation(mods)})\b", flags) if mods else None,
        street=re.compile(rf"(?:^|[^\w])(?:{_alternation(streets)})\s+$", flags) if streets else None,
        street_ahead=re.compile(rf"\s+(?:{_alternation(streets_after)})\b") if streets_after else None,
    )


def _compass(data: dict[str, Any]) -> str:
    """What may stand between a parent frame and the container's name: a part of it ("in northern
    Mozambique", "dans le nord du Mozambique"), which contains the place as the whole does. The
    noun takes its article ("au nord de Bagdad" lies outside the city); articles are the
    language's ``strip_prefix`` words."""
    d = data.get("directions") or {}
    article = _alternation(data.get("strip_prefix") or [])
    words, adjectives, conn = d.get("words"), d.get("adjectives"), d.get("connector")
    options = []
    if words and conn and article:
        options.append(rf"(?:{article})\s*(?:{_by_length(words)})\s*(?:{_alternation(conn)})?")
    if adjectives:
        lead = rf"(?:(?:{article})\s+)?" if article else ""
        options.append(rf"{lead}(?:{_by_length(adjectives)})")
    return rf"(?:(?:{_alternation(options)})\s*)?" if options else ""


def _by_length(words: dict[str, str]) -> str:
    """An alternation trying the longest words first ("north-east" before "north")."""
    return _alternation(sorted(words, key=len, reverse=True))


def _part_of(data: dict[str, list[str]]) -> re.Pattern[str] | None:
    before, after = data.get("before") or [], data.get("after") or []
    if not before and not after:
        return None
    head = rf"(?:(?:{_alternation(before)})[\s-]+)?" if before else ""
    tail = rf"(?:[\s-]+(?:{_alternation(after)}))?" if after else ""
    return re.compile(rf"^{head}(?P<core>\w[\w'’ .-]*?){tail}$", re.IGNORECASE)


def division_name(name: str, lang: str | None) -> bool:
    """Whether a name is written as a division's ("Katsina State", "Kunar Province"): whatever
    NER labelled it, no person or company is called so."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in frames(lang).region_nouns


def core_name(name: str, lang: str | None) -> str | None:
    """The whole a name is a part of, when it is written as a part: a compass word or "Upper"
    before it, a feature noun after it ("North Dallas", "Swat Valley", "Mahim Bay"). A text names
    such parts when the gazetteer lacks them; the whole is the nearest place it knows."""
    pattern = frames(lang).part_of
    m = pattern.match(name.strip()) if pattern is not None else None
    if m is None:
        return None
    core = m.group("core").strip()
    return core if core and core != name.strip() and len(core) > 2 else None


def division_core(name: str, lang: str | None) -> str | None:
    """ "Lamu County", "Sokoto State": the bare name of a division written with its kind."""
    after = frames(lang).region_after
    if after is None:
        return None
    name = name.strip()
    for i in (i for i, ch in enumerate(name) if ch == " "):
        if after.fullmatch(name, i) and i > 2:
            return name[:i]
    return None


def relative_precision(text: str, start: int, lang: str | None, place: Place | None = None) -> int:
    """1 the place itself, 2 near or part of it, 3 only a region (see module doc)."""
    before = text[max(0, start - _LOOKBEHIND) : start]
    f = frames(lang)
    if f.near is not None and f.near.search(before):
        return 2
    if f.region is not None and f.region.search(before):
        return 3
    if place is not None and place.feature and place.feature[:1] in ("A", "L", "H"):
        return 3
    return 1


def region_cue(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the words around a name say it is a division ("province de X", "X state")."""
    f = frames(lang)
    before = text[max(0, start - _LOOKBEHIND) : start]
    if f.region is not None and f.region.search(before):
        return True
    return f.region_after is not None and bool(f.region_after.match(text, end, min(len(text), end + 30)))


def town_cue(text: str, start: int, lang: str | None) -> bool:
    """Whether the words just before a name make it a settlement ("à Zinder", "the city of X"):
    French puts divisions and most countries after "en"/"dans", towns after "à"."""
    pattern = frames(lang).town_before
    return pattern is not None and bool(pattern.search(text, max(0, start - 40), start))


def after_locative(text: str, start: int, lang: str | None) -> bool:
    """Whether the words just before ``start`` introduce a place ("à", "near", "le village de",
    "à 40 km de")."""
    f = frames(lang)
    before = text[max(0, start - 40) : start]
    return any(p is not None and p.search(before) for p in (f.locative, f.near_locative))


def opening_locative(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether a name follows a locative that opens its sentence and is followed by a comma
    ("À Aïtaroun, deux habitants ont été tués", "In Kidal, ..."): a place, whatever NER says."""
    if not text.startswith(",", end) or not after_locative(text, start, lang):
        return False
    cut = max(text.rfind(c, 0, start) for c in (". ", "\n", "! ", "? "))
    opening = text[cut + 1 : start].split()
    return 0 < len(opening) <= 6 and opening[0][:1].isupper()


def only_modifier(text: str, end: int, lang: str | None) -> bool:
    """Whether the name is hyphened to a participle that makes it qualify an actor
    ("Turkey-backed factions", "Moscow-installed officials"): no place of the incident."""
    pattern = frames(lang).modifier
    return pattern is not None and bool(pattern.match(text, end))


def street_name(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the name names a street ("rue Gaza", "avenue de Kinshasa", "Haifa Street")."""
    f = frames(lang)
    before = bool(f.street and f.street.search(text[max(0, start - 30) : start]))
    return before or bool(f.street_ahead and f.street_ahead.match(text, end, min(len(text), end + 20)))


def place_after(text: str, end: int, lang: str | None) -> bool:
    """Whether the words just after a name make it a place ("Kherson's Dniprovskyi district",
    "Gaza's Jabalia camp"): English puts a city before the part of it where things happen."""
    pattern = frames(lang).place_after
    return pattern is not None and bool(pattern.match(text, end, min(len(text), end + 50)))


def is_parent_link(between: str, lang: str | None) -> bool:
    """Whether the text between two names makes the second the first one's container or anchor."""
    if len(between) > 60:
        return False
    f = frames(lang)
    return f.parent is not None and bool(f.parent.match(between))


def clean_name(name: str, lang: str | None, *, adjectives: bool = True) -> str:
    """The name to look up: a leading article dropped, a known abbreviation or a region's adjective
    ("European", "sahélien") replaced by the name it stands for."""
    f = frames(lang)
    name = name.strip()
    if name in f.abbreviations:
        return f.abbreviations[name]
    if adjectives and (region := f.region_adjectives.get(fold(name))) is not None:
        return region
    if f.strip_prefix is not None and (m := f.strip_prefix.match(name)) and m.end() < len(name):
        name = name[m.end() :]
    for suffix in ("'s", "’s", *f.strip_suffix):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name
