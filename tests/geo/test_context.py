"""Document context and named areas on the embedded gazetteer (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

from sitrep.geo.parser import GazetteerGeoparser

pytestmark = pytest.mark.slow


def places(gp: GazetteerGeoparser, text: str, *names: str) -> list[tuple[str, str, str]]:
    """(name, country, feature) of each named span, in order."""
    spans = [re.search(re.escape(n), text).span() for n in names]  # type: ignore[union-attr]
    return [(t.place.name, t.place.country or "", t.place.feature or "") if t.place else ("", "", "")
            for t in gp.resolve_spans(text, spans, lang="en")]


def test_islands_are_areas_not_namesake_villages(embedded: GazetteerGeoparser) -> None:
    text = "Heavy rain flooded rice fields on Java and Sumatra, the disaster agency reported."
    out = places(embedded, text, "Java", "Sumatra")
    assert [(n, c) for n, c, _f in out] == [("Java", "ID"), ("Sumatra", "ID")]


def test_seas_ranges_and_lakes(embedded: GazetteerGeoparser) -> None:
    text = "Tankers idled near the Strait of Hormuz while climbers left the Himalayas and Lake Victoria rose."
    out = places(embedded, text, "Strait of Hormuz", "Himalayas", "Lake Victoria")
    assert [f for _n, _c, f in out] == ["H.SEA", "L.RGN", "H.LK"]


def test_two_neighbouring_names_settle_each_other(embedded: GazetteerGeoparser) -> None:
    text = "Shops in Edmonton were boarded up overnight, and police were called to Enfield later on."
    assert [c for _n, c, _f in places(embedded, text, "Edmonton", "Enfield")] == ["GB", "GB"]


def test_a_big_city_known_abroad_by_another_name(embedded: GazetteerGeoparser) -> None:
    text = "Pilgrims travelled to Mecca for the annual hajj."
    assert places(embedded, text, "Mecca")[0][1] == "SA"
