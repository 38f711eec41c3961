"""A tiny in-memory geoparser for tests of code that needs places but not the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.geo.fold import fold
from sitrep.model import Place, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

# name -> (country, lat, lon, geonameid, feature); a handful of real places.
_PLACES: dict[str, tuple[str, float, float, int, str]] = {
    "aleppo": ("SY", 36.20278, 37.15861, 170063, "P.PPLA"),
    "alep": ("SY", 36.20278, 37.15861, 170063, "P.PPLA"),
    "damascus": ("SY", 33.5102, 36.29128, 170654, "P.PPLC"),
    "damas": ("SY", 33.5102, 36.29128, 170654, "P.PPLC"),
    "homs": ("SY", 34.72682, 36.72339, 169577, "P.PPLA"),
    "syria": ("SY", 35.0, 38.0, 163843, "A.PCLI"),
    "syrie": ("SY", 35.0, 38.0, 163843, "A.PCLI"),
    "bangui": ("CF", 4.36122, 18.55496, 2389853, "P.PPLC"),
    "bambari": ("CF", 5.76795, 20.67565, 2389086, "P.PPLA"),
    "paris": ("FR", 48.85341, 2.3488, 2988507, "P.PPLC"),
}


class FakeGeoparser:
    """Resolves a fixed list of names (case- and accent-insensitive); detection by exact search."""

    def resolve_spans(
        self, text: str, spans: Sequence[tuple[int, int]], *, lang: str | None = None
    ) -> list[Toponym]:
        return [self._toponym(text, s, e) for s, e in spans]

    def geoparse(
        self, text: str, *, lang: str, doc: Doc | None = None, demonyms: bool = True, unlisted: bool = False
    ) -> list[Toponym]:
        found: list[Toponym] = []
        for m in re.finditer(r"[^\W\d_][\w'-]*", text):
            if fold(m.group()) in _PLACES:
                found.append(self._toponym(text, m.start(), m.end()))
        return found

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        place = self._place(name)
        if place is None or (country and place.country != country.upper()):
            return None
        return place

    def sector(self, country: str, direction: str, text: str = "") -> Place | None:
        return None  # no town table to place a country's parts

    def in_sector(self, country: str, direction: str, lat: float, lon: float) -> bool:
        return False

    def _place(self, name: str) -> Place | None:
        row = _PLACES.get(fold(name))
        if row is None:
            return None
        cc, lat, lon, gid, feature = row
        return Place(
            name=name,
            text=name,
            country=cc,
            lat=lat,
            lon=lon,
            geonameid=gid,
            feature=feature,
            precision=3 if feature.startswith("A") else 1,
        )

    def _toponym(self, text: str, start: int, end: int) -> Toponym:
        place = self._place(text[start:end])
        return Toponym(start=start, end=end, text=text[start:end], place=place, score=1.0 if place else 0.0)
