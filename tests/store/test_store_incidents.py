"""Incident linking in the store: automatic links, reconciliation, manual decisions that persist."""

from __future__ import annotations

import pytest
from store_helpers import article, event

from sitrep.model import SitrepError
from sitrep.store import EventFilter, SqlStore


def _incident_of(store: SqlStore, event_id: str) -> str:
    got = store.get_event(event_id)
    assert got is not None and got["incident_id"]
    return str(got["incident_id"])


def _two_reports(store: SqlStore) -> tuple[str, str]:
    """One attack, two outlets: ~1 km and one day apart, 12 and 13 dead."""
    a = event("a", fatalities=12, sources=("élus locaux",))
    b = event("b", lat=15.059, date="2024-03-02", fatalities=13, lang="en")
    store.store_article(article("a", outlet="RFI", published="2024-03-02"), [a], "v1")
    store.store_article(article("b", outlet="Reuters", published="2024-03-03", lang="en"), [b], "v1")
    store.link_pending()
    return a.id, b.id


def test_two_reports_of_one_attack_become_one_incident(store: SqlStore) -> None:
    a, b = _two_reports(store)
    inc = _incident_of(store, a)
    assert inc == _incident_of(store, b)
    got = store.get_incident(inc)
    assert got is not None and got["report_count"] == 2 and got["article_count"] == 2
    f = got["fatalities"]
    assert (f["low"], f["best"], f["high"]) == (12, 13, 13)
    assert f["low_event_id"] == a and f["low_article_id"] == "a" and f["high_article_id"] == "b"
    assert got["sources"] == ["RFI", "Reuters", "élus locaux"]
    assert {r["link_method"] for r in got["reports"]} == {"single", "auto"}
    assert all(r["evidence"]["text"] for r in got["reports"])


def test_attacks_300_km_apart_stay_two_incidents(store: SqlStore) -> None:
    store.store_article(article("a"), [event("a", fatalities=12)], "v1")
    store.store_article(article("b"), [event("b", lon=0.5, place="Gossi", fatalities=13)], "v1")
    store.link_pending()
    incidents, total = store.list_incidents(EventFilter())
    assert total == 2 and all(i["report_count"] == 1 for i in incidents)
    assert store.list_incidents(EventFilter(), min_reports=2)[1] == 0


def test_linking_is_incremental_across_batches(store: SqlStore) -> None:
    a, _ = _two_reports(store)
    c = event("c", lat=15.045, date="2024-03-01", fatalities=14)
    store.store_article(article("c"), [c], "v1")
    assert store.link_pending() == 1
    inc = store.get_incident(_incident_of(store, a))
    assert inc is not None and inc["report_count"] == 3 and inc["fatalities"]["high"] == 14


def test_list_incidents_filters_by_their_reports(store: SqlStore) -> None:
    _two_reports(store)
    assert store.list_incidents(EventFilter(source="reuters"))[1] == 1
    assert store.list_incidents(EventFilter(country="NE"))[1] == 0


def test_unlink_persists_across_relinking(store: SqlStore) -> None:
    a, b = _two_reports(store)
    new = store.unlink(b)
    assert new != _incident_of(store, a) and _incident_of(store, b) == new
    assert store.get_incident(_incident_of(store, a))["report_count"] == 1  # type: ignore[index]
    store.relink()
    assert _incident_of(store, a) != _incident_of(store, b)
    # and across re-extraction by a newer pipeline (same event ids)
    store.store_article(
        article("b", outlet="Reuters", published="2024-03-03", lang="en"),
        [event("b", lat=15.059, date="2024-03-02", fatalities=13, lang="en")],
        "v2",
    )
    store.link_pending()
    assert _incident_of(store, a) != _incident_of(store, b)


def test_manual_link_persists_across_relinking(store: SqlStore) -> None:
    a = event("a", fatalities=12)
    far = event("b", lon=0.5, place="Gossi", fatalities=13)
    store.store_article(article("a"), [a], "v1")
    store.store_article(article("b"), [far], "v1")
    store.link_pending()
    inc = store.link([a.id, far.id])
    assert _incident_of(store, a.id) == _incident_of(store, far.id) == inc
    store.relink()
    assert _incident_of(store, a.id) == _incident_of(store, far.id)
    store.store_article(article("b"), [far, event("b", start=30, sub="Abduction/forced disappearance")], "v2")
    store.link_pending()
    assert _incident_of(store, a.id) == _incident_of(store, far.id)
    got = store.get_incident(_incident_of(store, a.id))
    assert got is not None and {r["link_method"] for r in got["reports"]} == {"manual"}


def test_unlink_then_link_again(store: SqlStore) -> None:
    a, b = _two_reports(store)
    store.unlink(a)
    store.link([b, a])
    assert _incident_of(store, a) == _incident_of(store, b)
    store.relink()
    assert _incident_of(store, a) == _incident_of(store, b)


def test_manual_errors(store: SqlStore) -> None:
    a, _ = _two_reports(store)
    with pytest.raises(SitrepError, match="no such event"):
        store.link([a, "ev-nope"])
    with pytest.raises(SitrepError, match="at least two"):
        store.link([a])
    with pytest.raises(SitrepError, match="no such event"):
        store.unlink("ev-nope")


def test_replacing_an_article_updates_its_incidents(store: SqlStore) -> None:
    a, _ = _two_reports(store)
    store.store_article(article("b", outlet="Reuters", published="2024-03-03", lang="en"), [], "v2")
    got = store.get_incident(_incident_of(store, a))
    assert got is not None and got["report_count"] == 1 and got["fatalities"]["high"] == 12


def test_unknown_ids_are_lookup_errors_too(store: SqlStore) -> None:
    from sitrep.store import UnknownEventError

    with pytest.raises(LookupError) as info:
        store.unlink("ev-nope")
    assert isinstance(info.value, UnknownEventError) and info.value.args[0] == "ev-nope"
    assert str(info.value) == "no such event: ev-nope"
