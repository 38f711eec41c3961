"""Storing articles and events: idempotence, replacement, filters and pages (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from store_helpers import article, event

from sitrep.model import SitrepError
from sitrep.store import EventFilter, SqlStore


def _ids(store: SqlStore, flt: EventFilter) -> set[str]:
    rows, total = store.query_events(flt, limit=1000)
    assert total == len(rows)
    return {r["id"] for r in rows}


def test_same_article_twice_adds_nothing(store: SqlStore) -> None:
    a = article("a1", url="https://example.org/1")
    assert store.store_article(a, [event("a1")], "v1") is True
    assert store.store_article(a, [event("a1")], "v1") is False
    same_url = article("other-id", text="a different scrape", url="https://example.org/1")
    assert store.is_stored(same_url, "v1")
    assert store.store_article(same_url, [event("other-id")], "v1") is False
    same_text = article("copy", text=a.text)
    assert store.store_article(same_text, [event("copy")], "v1") is False
    assert store.count_articles() == 1
    assert store.query_events(EventFilter(), limit=10)[1] == 1


def test_newer_pipeline_replaces_the_articles_events(store: SqlStore) -> None:
    a = article("a1")
    store.store_article(a, [event("a1", start=0), event("a1", start=10)], "v1")
    assert store.store_article(a, [event("a1", start=20, fatalities=3)], "v2") is True
    rows, total = store.query_events(EventFilter(), limit=10)
    assert total == 1 and rows[0]["fatalities"] == 3
    assert store.get_article("a1")["pipeline_version"] == "v2"  # type: ignore[index]


def test_edited_text_under_the_same_id_is_replaced(store: SqlStore) -> None:
    store.store_article(article("a1", text="first version"), [event("a1")], "v1")
    assert store.store_article(article("a1", text="second version"), [event("a1", start=5)], "v1")
    assert store.get_article("a1")["text"] == "second version"  # type: ignore[index]


def test_duplicate_events_of_one_article_are_stored_once(store: SqlStore) -> None:
    store.store_article(article("a1"), [event("a1"), event("a1")], "v1")
    assert store.query_events(EventFilter(), limit=10)[1] == 1


def test_article_and_event_dicts(store: SqlStore) -> None:
    a = article("a1", title="Attaque", url="https://example.org/a", outlet="AFP", published="2024-03-02")
    store.store_article(a, [event("a1", sources=("police",))], "v1")
    got = store.get_article("a1")
    assert got is not None and got["title"] == "Attaque" and got["text"] == a.text
    (ev,) = got["events"]
    assert ev["event_type"] == "Violence against civilians"
    assert ev["reported_by"] == [{"name": "police", "text": "police"}]
    assert ev["article"]["outlet"] == "AFP"
    assert store.get_event(ev["id"])["id"] == ev["id"]  # type: ignore[index]
    assert store.get_event("ev-missing") is None and store.get_article("nope") is None


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    store.store_article(
        article("mali", outlet="RFI", published="2024-03-02"),
        [
            event("mali", fatalities=12, sources=("élus locaux",)),
            event(
                "mali",
                start=10,
                etype="Battles",
                sub="Armed clash",
                date="2024-02-10",
                fatalities=2,
                actor1=("Military Forces of Mali", "state_forces"),
                actor2=("JNIM", "rebel_group"),
            ),
        ],
        "v1",
    )
    store.store_article(
        article("iraq", text="Explosion dans un marché de Bagdad.", lang="fr", outlet="AFP"),
        [
            event(
                "iraq",
                etype="Explosions/Remote violence",
                sub="Suicide bomb",
                place="Baghdad",
                lat=33.34,
                lon=44.40,
                country="IQ",
                admin1="Baghdad",
                date="2016-10-15",
                fatalities=35,
                actor1=("Islamic State", "rebel_group"),
            )
        ],
        "v1",
    )
    store.store_article(
        article("nowhere", text="Un texte sans lieu."), [event("nowhere", place=None, lat=None)], "v1"
    )
    return store


def test_filters(filled: SqlStore) -> None:
    s, f = filled, EventFilter
    assert len(_ids(s, f())) == 4
    assert len(_ids(s, f(country="ML"))) == 2
    assert len(_ids(s, f(admin1="mopti"))) == 2
    assert len(_ids(s, f(bbox=(40.0, 30.0, 50.0, 35.0)))) == 1
    assert len(_ids(s, f(date_from="2024-03-01"))) == 2
    assert len(_ids(s, f(date_from="2016-01-01", date_to="2024-02-28"))) == 2
    assert len(_ids(s, f(event_type="Battles"))) == 1
    assert len(_ids(s, f(sub_event_type="Suicide bomb"))) == 1
    assert len(_ids(s, f(actor="jnim"))) == 1
    assert len(_ids(s, f(actor="islamic"))) == 1
    assert len(_ids(s, f(source="élus"))) == 1
    assert len(_ids(s, f(source="afp"))) == 1
    assert len(_ids(s, f(min_fatalities=12))) == 2
    assert len(_ids(s, f(text="bagdad"))) == 1
    assert len(_ids(s, f(text="100%_"))) == 0  # wildcards are literal
    assert len(_ids(s, f(doc_id="mali"))) == 2
    assert len(_ids(s, f(country="ML", min_fatalities=5))) == 1


def test_bad_filter_dates_are_user_errors(filled: SqlStore) -> None:
    with pytest.raises(SitrepError, match="--from"):
        filled.query_events(EventFilter(date_from="yesterday"))


def test_pages_are_newest_first_and_stable(filled: SqlStore) -> None:
    rows, total = filled.query_events(EventFilter(), limit=2)
    assert total == 4 and [r["date"] for r in rows] == ["2024-03-01", "2024-03-01"]
    rest, _ = filled.query_events(EventFilter(), limit=2, offset=2)
    assert [r["date"] for r in rest] == ["2024-02-10", "2016-10-15"]
    assert len({r["id"] for r in rows + rest}) == 4
    assert [r["id"] for r in filled.iter_events(EventFilter())] == [r["id"] for r in rows + rest]


def test_summary(filled: SqlStore) -> None:
    by_country = {r["key"]: r for r in filled.summary(EventFilter(), "country")}
    assert by_country["ML"]["events"] == 2 and by_country["ML"]["fatalities"] == 14
    assert by_country["IQ"]["fatalities"] == 35
    by_type = {r["key"] for r in filled.summary(EventFilter(country="IQ"), "type")}
    assert by_type == {"Explosions/Remote violence"}
    assert filled.summary(EventFilter(), "day")[0]["key"] == "2016-10-15"
    with pytest.raises(SitrepError):
        filled.summary(EventFilter(), "week")
