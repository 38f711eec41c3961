"""The pure linking rules on hand-made pairs of reports."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.distance import distance_km
from sitrep.store.incidents import reconcile_fatalities
from sitrep.store.linking import Level, Report, date_level, place_level, same_incident

BASE = Report(
    id="ev-a",
    article_id="doc-a",
    event_type="Violence against civilians",
    sub_event_type="Attack",
    date="2024-03-01",
    date_precision="day",
    published="2024-03-02",
    country="BF",
    admin1="Centre-Nord",
    location_name="Kaya",
    lat=13.09,
    lon=-1.08,
    geo_precision=1,
    actor1="Unidentified Armed Group (Burkina Faso)",
    actor1_kind="unidentified",
    actor2="Civilians (Burkina Faso)",
    actor2_kind="civilians",
    fatalities=12,
)


def other(**changes: object) -> Report:
    return replace(BASE, id="ev-b", article_id="doc-b", **changes)  # type: ignore[arg-type]


def test_one_attack_reported_twice_links() -> None:
    # ~1 km apart, one day apart, 12 and 13 dead
    assert same_incident(BASE, other(lat=13.099, date="2024-03-02", fatalities=13))


def test_attacks_300_km_apart_do_not_link() -> None:
    assert distance_km(13.09, -1.08, 13.09, 1.69) > 290
    assert not same_incident(BASE, other(lat=13.09, lon=1.69, location_name="Fada"))


def test_never_within_one_article() -> None:
    assert not same_incident(BASE, replace(BASE, id="ev-b"))


def test_dates_too_far_apart() -> None:
    assert not same_incident(BASE, other(date="2024-03-05"))


def test_different_types_and_incompatible_subtypes() -> None:
    assert not same_incident(BASE, other(sub_event_type="Abduction/forced disappearance"))
    assert not same_incident(BASE, other(event_type="Protests", sub_event_type="Peaceful protest"))
    bomb = replace(BASE, event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
    ied = other(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    assert same_incident(bomb, ied)


def test_battle_and_shelling_link_only_for_compatible_subtypes() -> None:
    clash = replace(BASE, event_type="Battles", sub_event_type="Armed clash")
    shelling = other(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"
    )
    assert same_incident(clash, shelling)
    air = other(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    assert not same_incident(clash, air)


def test_conflicting_actors_do_not_link() -> None:
    a = replace(BASE, actor1="JNIM", actor1_kind="rebel_group")
    assert not same_incident(a, other(actor1="Islamic State", actor1_kind="rebel_group"))
    # an unknown side is compatible with a named one
    assert same_incident(a, other())


def test_far_apart_tolls_veto() -> None:
    assert not same_incident(BASE, other(fatalities=60))


def test_region_only_place_links_within_its_admin1() -> None:
    region = other(lat=13.5, lon=-0.9, geo_precision=3, location_name="Centre-Nord")
    assert place_level(BASE, region) == Level.MATCH
    assert place_level(BASE, replace(region, admin1="Sahel")) == Level.CONFLICT


def test_undated_reports_of_one_village_with_the_same_toll() -> None:
    a = replace(BASE, date=None, published=None, lat=None, lon=None)
    assert same_incident(a, other(date=None, published=None, lat=None, lon=None))
    assert not same_incident(a, other(date=None, published=None, lat=None, lon=None, fatalities=30))
    # same place but no toll to corroborate: two routine attacks could not be told apart
    assert not same_incident(replace(a, fatalities=None), other(date=None, published=None, fatalities=None))


def test_undated_report_published_before_the_event_is_another_incident() -> None:
    undated = other(date=None, published="2024-02-20")
    assert date_level(BASE, undated) == Level.CONFLICT
    assert date_level(BASE, other(date=None, published="2024-03")) == Level.PLAUSIBLE


def test_unlocated_reports_need_dates_and_actors() -> None:
    nowhere = other(lat=None, lon=None, location_name="Somewhere", admin1=None)
    assert same_incident(BASE, nowhere)  # same day, same actors, same sub-type
    assert not same_incident(BASE, replace(nowhere, date=None))


def test_named_group_with_equal_toll_links_without_place_or_date() -> None:
    adf = replace(BASE, actor1="ADF", actor1_kind="rebel_group", date=None, lat=None, lon=None, fatalities=36)
    assert same_incident(
        adf, other(actor1="ADF", actor1_kind="rebel_group", location_name="X", fatalities=36)
    )
    assert not same_incident(
        adf, other(actor1="ADF", actor1_kind="rebel_group", location_name="X", fatalities=8)
    )


reports = st.builds(
    Report,
    id=st.sampled_from(["ev-1", "ev-2"]),
    article_id=st.sampled_from(["d1", "d2"]),
    event_type=st.just("Battles"),
    sub_event_type=st.sampled_from(["Armed clash", "Government regains territory"]),
    date=st.none() | st.sampled_from(["2024-01-01", "2024-01-02", "2024-01-09", "2024-01"]),
    date_precision=st.none() | st.sampled_from(["day", "month"]),
    published=st.none() | st.sampled_from(["2024-01-02", "2024-01", "2023-12-30T10:00"]),
    country=st.none() | st.sampled_from(["ML", "NE"]),
    location_name=st.none() | st.sampled_from(["Gao", "Ansongo"]),
    lat=st.none() | st.floats(14.0, 16.5),
    lon=st.none() | st.floats(-1.0, 1.0),
    geo_precision=st.sampled_from([1, 2, 3]),
    actor1=st.none() | st.sampled_from(["JNIM", "Military Forces of Mali"]),
    fatalities=st.none() | st.integers(0, 200),
)


@settings(max_examples=60, deadline=None)
@given(reports, reports)
def test_the_decision_is_symmetric(a: Report, b: Report) -> None:
    assert same_incident(a, b) == same_incident(b, a)


def test_fatalities_low_best_high_are_traceable() -> None:
    members = [
        {"id": "e1", "fatalities": 12, "published": "2024-03-02", "ingested_at": "x", "confidence": 0.5},
        {"id": "e2", "fatalities": 13, "published": "2024-03-03", "ingested_at": "x", "confidence": 0.5},
        {"id": "e3", "fatalities": 13, "published": "2024-03-01", "ingested_at": "x", "confidence": 0.5},
        {"id": "e4", "fatalities": None, "published": "2024-03-04", "ingested_at": "x", "confidence": 0.9},
    ]
    got = reconcile_fatalities(members)
    assert (got["fatalities_low"], got["fatalities_best"], got["fatalities_high"]) == (12, 13, 13)
    assert got["low_event_id"] == "e1" and got["best_event_id"] == "e2"
    # a tie in counts goes to the most recent report
    got = reconcile_fatalities(members[:2])
    assert got["fatalities_best"] == 13 and got["best_event_id"] == "e2"


def test_incident_dates_prefer_day_precision() -> None:
    from sitrep.store.incidents import reconcile

    base = {"event_type": "Riots", "sub_event_type": "Mob violence", "article_id": "a", "fatalities": None}
    members = [
        {**base, "id": "e1", "date": "2016-10-15", "date_precision": "day"},
        {**base, "id": "e2", "date": "2016-01-01", "date_precision": "year", "article_id": "b"},
    ]
    row = reconcile("inc-1", members, "now")
    assert (row["date_first"], row["date_last"], row["article_count"]) == ("2016-10-15", "2016-10-15", 2)
