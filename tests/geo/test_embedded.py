"""The embedded gazetteer on real data (slow: built once per machine into the user cache)."""

from __future__ import annotations

import re

import pytest

from sitrep.geo.parser import GazetteerGeoparser

pytestmark = pytest.mark.slow


def resolve(gp: GazetteerGeoparser, text: str, *names: str, lang: str = "en") -> list[tuple[str, str]]:
    spans = [re.search(re.escape(n), text).span() for n in names]  # type: ignore[union-attr]
    return [(t.place.name, t.place.country or "") if t.place else ("", "") for t in
            gp.resolve_spans(text, spans, lang=lang)]


def test_palmyre_in_a_syrian_story(embedded: GazetteerGeoparser) -> None:
    text = "L'armée syrienne affirme avoir repris Palmyre, à l'est de Homs."
    assert resolve(embedded, text, "Palmyre", "Homs", lang="fr") == [("Tadmur", "SY"), ("Homs", "SY")]


def test_paris_texas_and_paris(embedded: GazetteerGeoparser) -> None:
    assert resolve(embedded, "A storm hit Paris, Texas on Sunday.", "Paris", "Texas")[0][1] == "US"
    assert resolve(embedded, "Ministers met in Paris on Sunday.", "Paris")[0][1] == "FR"


def test_transliterations_and_regions(embedded: GazetteerGeoparser) -> None:
    text = "Strikes near Deir Ezzor, in the Gaza Strip and across the Sahel."
    out = resolve(embedded, text, "Deir Ezzor", "Gaza Strip", "Sahel")
    assert out[0][1] == "SY" and out[1][1] == "PS" and out[2][0] == "Sahel"


def test_french_country_names_and_demonyms(embedded: GazetteerGeoparser) -> None:
    text = "Des soldats tchadiens ont été déployés en Centrafrique."
    expected = [("Chad", "TD"), ("Central African Republic", "CF")]
    assert resolve(embedded, text, "tchadiens", "Centrafrique", lang="fr") == expected


def test_a_division_listed_on_its_main_city_moves_to_its_middle() -> None:
    from sitrep.geo.embedded import _division_point

    towns = [(40.0 + i * 0.4, -80.0 + j * 0.6, 2_000) for i in range(6) for j in range(6)]
    towns.append((40.7, -74.0, 8_000_000))  # the big city on one edge
    moved = _division_point((40.7, -74.0), towns)
    assert moved is not None and moved != (40.7, -74.0) and moved[1] < -76
    assert _division_point((41.0, -78.5), towns) == (41.0, -78.5)  # a real centroid stays
    assert _division_point(None, []) is None


def test_old_versions_and_their_locks_are_removed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sitrep.geo.embedded import _remove_old_versions

    current = tmp_path / "gazetteer-embedded-v9.sqlite"
    for name in ("gazetteer-embedded-v8.sqlite", ".gazetteer-embedded-v8.sqlite.lock", current.name,
                 f".{current.name}.lock"):
        (tmp_path / name).write_text("")
    _remove_old_versions(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".{current.name}.lock", current.name]
