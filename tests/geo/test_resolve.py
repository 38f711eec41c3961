"""Ranking cases on the tiny gazetteer, in sentences written for these tests."""

from __future__ import annotations

import re

from sitrep.geo.parser import GazetteerGeoparser


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        m = re.search(re.escape(name), text)
        assert m, name
        out.append(m.span())
    return out


Resolved = list[tuple[str | None, int | None]]


def resolve(gp: GazetteerGeoparser, text: str, *names: str, lang: str = "en") -> Resolved:
    tops = gp.resolve_spans(text, spans(text, *names), lang=lang)
    return [(t.place.country if t.place else None, t.place.geonameid if t.place else None) for t in tops]


def test_syrian_context_picks_the_syrian_palmyra(tiny: GazetteerGeoparser) -> None:
    text = "Les forces gouvernementales ont repris Palmyre, à l'est de Homs, en Syrie."
    assert resolve(tiny, text, "Palmyre", "Homs", "Syrie", lang="fr")[0] == ("SY", 163808)


def test_american_context_picks_an_american_palmyra(tiny: GazetteerGeoparser) -> None:
    text = "The county fair in Palmyra drew farmers from Texas and from across the United States."
    assert resolve(tiny, text, "Palmyra", "Texas", "United States")[0][0] == "US"


def test_a_namesake_in_another_province_than_the_named_one_is_no_reading(tiny: GazetteerGeoparser) -> None:
    # the tiny gazetteer's Palmyras are in Missouri, Indiana and Syria: none is the Texan one
    text = "The county fair in Palmyra, Texas drew farmers from across the United States."
    assert resolve(tiny, text, "Palmyra", "Texas", "United States")[0] == (None, None)


def test_explicit_parent_wins_over_prominence(tiny: GazetteerGeoparser) -> None:
    text = "She grew up in Paris, Texas, far from any cathedral."
    assert resolve(tiny, text, "Paris", "Texas")[0] == ("US", 4717560)


def test_bare_famous_name_goes_to_the_prominent_place(tiny: GazetteerGeoparser) -> None:
    assert resolve(tiny, "Talks resumed in Paris on Monday.", "Paris")[0] == ("FR", 2988507)
    assert resolve(tiny, "Des tirs ont été entendus à Bangui.", "Bangui", lang="fr")[0] == ("CF", 2389853)


def test_transliteration_variants_resolve(tiny: GazetteerGeoparser) -> None:
    text = "Shelling hit Deir Ezzor and Quaryantayn overnight."
    assert resolve(tiny, text, "Deir Ezzor", "Quaryantayn") == [("SY", 170794), ("SY", 173361)]


def test_unknown_name_does_not_empty_the_rest(tiny: GazetteerGeoparser) -> None:
    text = "Fighting near Xqzwvbnm and in Homs."
    out = resolve(tiny, text, "Xqzwvbnm", "Homs")
    assert out[0] == (None, None)
    assert out[1][0] == "SY"


def test_demonym_maps_to_its_country(tiny: GazetteerGeoparser) -> None:
    text = "Des soldats syriens ont été déployés."
    top = tiny.resolve_spans(text, spans(text, "syriens"), lang="fr")[0]
    assert top.place is not None and top.place.country == "SY"


def test_place_record_carries_admin_names_and_feature(tiny: GazetteerGeoparser) -> None:
    place = tiny.lookup("Homs", country="SY")
    assert place is not None
    assert place.admin1 == "Homs" and place.feature and place.country == "SY"
    assert tiny.lookup("Homs", country="FR") is None
    assert tiny.lookup("Nowhere-at-all") is None


def test_spans_are_returned_in_input_order_one_per_span(tiny: GazetteerGeoparser) -> None:
    text = "Homs, Bangui, Homs"
    given = [(14, 18), (0, 4), (6, 12)]
    tops = tiny.resolve_spans(text, given, lang="en")
    assert [(t.start, t.end) for t in tops] == given


def test_comma_lists_are_not_parents(tiny: GazetteerGeoparser) -> None:
    text = "Cases were reported in Syria, Paris, Texas, France and beyond."
    # "Paris, Texas" inside a longer comma list is a list, so prominence decides.
    assert resolve(tiny, text, "Syria", "Paris", "Texas", "France")[1] == ("FR", 2988507)


def test_region_cue_prefers_the_division(tiny: GazetteerGeoparser) -> None:
    assert resolve(tiny, "Shelling hit villages across Homs province.", "Homs")[0] == ("SY", 169575)
    assert resolve(tiny, "Des frappes dans le gouvernorat de Homs.", "Homs", lang="fr")[0] == ("SY", 169575)
    assert resolve(tiny, "Shelling hit Homs on Monday.", "Homs")[0] == ("SY", 169577)


def test_town_cue_prefers_the_town_over_its_namesake_division(embedded: GazetteerGeoparser) -> None:
    def feature(text: str) -> str | None:
        top = embedded.resolve_spans(text, spans(text, "Tillabéri", "Zinder"), lang="fr")[1]
        return top.place.feature if top.place else None

    region = "Les violences continuent dans la région de Tillabéri."
    assert (feature(f"{region} La police a interpellé à Zinder un journaliste.") or "").startswith("P.")
    assert feature(f"{region} Les violences gagnent aussi la région de Zinder.") == "A.ADM1"


def test_a_bordering_country_breaks_a_tie_between_namesakes(embedded: GazetteerGeoparser) -> None:
    text = "Israel said it would keep up its strikes on Gaza."
    top = embedded.resolve_spans(text, spans(text, "Israel", "Gaza"), lang="en")[1]
    assert top.place is not None and top.place.country == "PS"


def test_a_part_the_gazetteer_lacks_is_read_as_its_whole(tiny: GazetteerGeoparser) -> None:
    text = "Shelling hit Upper Qaryatayn and the Palmyra Valley on Sunday."
    assert resolve(tiny, text, "Upper Qaryatayn", "Palmyra Valley") == [("SY", 173361), ("SY", 163808)]


def test_a_known_name_is_not_cut_to_a_part(tiny: GazetteerGeoparser) -> None:
    text = "Troops entered Deir ez-Zor."
    assert resolve(tiny, text, "Deir ez-Zor") == [("SY", 170794)]
