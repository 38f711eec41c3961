"""Time expressions: finding them, and resolving them against the publication date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.stages.timex import find_times, parse_published, resolve

FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EN_MONTHS = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

MONDAY = "2023-03-13"  # a Monday
THURSDAY = "2024-05-16"  # a Thursday


@pytest.mark.parametrize(
    ("expr", "lang", "published", "expected"),
    [
        # yesterday / today
        ("Le camp a été attaqué hier.", "fr", MONDAY, ("2023-03-12", "day")),
        ("The camp was attacked yesterday.", "en", MONDAY, ("2023-03-12", "day")),
        ("Aujourd'hui, la ville est calme.", "fr", MONDAY, ("2023-03-13", "day")),
        ("Today the town is calm.", "en", MONDAY, ("2023-03-13", "day")),
        ("Les combats ont repris ce lundi.", "fr", MONDAY, ("2023-03-13", "day")),
        ("Une embuscade ce matin près du pont.", "fr", MONDAY, ("2023-03-13", "day")),
        ("Des tirs cette nuit dans le quartier.", "fr", MONDAY, ("2023-03-13", "day")),
        ("Gunmen struck earlier in the day.", "en", MONDAY, ("2023-03-13", "day")),
        # weekdays: most recent on or before publication
        ("L'attaque de dimanche a choqué.", "fr", MONDAY, ("2023-03-12", "day")),
        ("The raid on Sunday shocked.", "en", MONDAY, ("2023-03-12", "day")),
        ("Des échanges de tirs mardi soir.", "fr", THURSDAY, ("2024-05-14", "day")),
        ("Rebels attacked late on Thursday.", "en", "2024-05-17", ("2024-05-16", "day")),
        ("Le village a été pillé samedi dernier.", "fr", THURSDAY, ("2024-05-11", "day")),
        ("Last Thursday, a convoy was hit.", "en", THURSDAY, ("2024-05-09", "day")),
        ("On Wednesday, a convoy was hit.", "en", THURSDAY, ("2024-05-15", "day")),
        # nights spanning two days are dated by the first
        ("Dans la nuit de jeudi à vendredi, le poste a été visé.", "fr", "2024-05-18", ("2024-05-16", "day")),
        (
            "During the night of Thursday to Friday the post was hit.",
            "en",
            "2024-05-18",
            ("2024-05-16", "day"),
        ),
        # day and month, with or without weekday and year
        ("Samedi 11 mai, une explosion.", "fr", THURSDAY, ("2024-05-11", "day")),
        ("Le 5 septembre, des tirs.", "fr", "2024-09-20", ("2024-09-05", "day")),
        ("Le 28 janvier, des tirs.", "fr", "2024-02-03", ("2024-01-28", "day")),
        ("Le 28 décembre, des tirs.", "fr", "2024-01-03", ("2023-12-28", "day")),
        ("Fighting broke out on 5 January 2020.", "en", None, ("2020-01-05", "day")),
        ("Fighting broke out on January 5, 2020.", "en", None, ("2020-01-05", "day")),
        ("Le 1er mars 2019, un attentat.", "fr", None, ("2019-03-01", "day")),
        # months and years
        ("In July, a car bomb exploded.", "en", "2016-10-15", ("2016-07-01", "month")),
        ("En novembre, une attaque.", "fr", "2016-10-15", ("2015-11-01", "month")),
        ("En 2014, le groupe a pris la ville.", "fr", None, ("2014-01-01", "year")),
        ("In 2014 the group seized the town.", "en", None, ("2014-01-01", "year")),
        ("Depuis février 2019, le siège dure.", "fr", None, ("2019-02-01", "month")),
        ("La semaine dernière, un raid.", "fr", THURSDAY, ("2024-05-09", "week")),
        ("Last month, a raid.", "en", THURSDAY, ("2024-04-01", "month")),
    ],
)
def test_resolve(expr: str, lang: str, published: str | None, expected: tuple[str, str]) -> None:
    assert resolve(expr, lang, published) == expected


def test_month_only_publication() -> None:
    """With only a month known, weekday- and day-relative expressions are left open."""
    assert resolve("Le 28 janvier, une attaque.", "fr", "2020-02") == ("2020-01-28", "day")
    assert resolve("mardi", "fr", "2020-02") == (None, "day")
    assert resolve("hier", "fr", "2020-02") == (None, "day")
    assert resolve("on Tuesday", "en", "2020-02") == (None, "day")


def test_without_publication_only_dated_expressions_resolve() -> None:
    assert resolve("le 28 janvier", "fr", None) == (None, "day")
    assert resolve("yesterday", "en", None) == (None, "day")
    assert resolve("le 3 mai 2019", "fr", None) == ("2019-05-03", "day")


def test_unanchored_relatives_stay_open() -> None:
    (veille,) = find_times("La veille, six civils avaient péri.", "fr", MONDAY)
    assert (veille.text, veille.date, veille.relative) == ("La veille", None, True)
    (before,) = find_times("The day before, six died.", "en", MONDAY)
    assert before.date is None


def test_spans_and_offsets() -> None:
    text = "Attaque jeudi 2 mai, puis hier."
    found = find_times(text, "fr", "2024-05-06T08:30", offset=50)
    assert [t.text for t in found] == ["jeudi 2 mai", "hier"]
    assert all(text[t.start - 50 : t.end - 50] == t.text for t in found)
    assert [t.date for t in found] == ["2024-05-02", "2024-05-05"]
    assert found[0].relative and found[0].precision == "day"


def test_no_false_times() -> None:
    assert find_times("They may attack, and march on the town in force.", "en", MONDAY) == []
    assert find_times("Les soldats ont reçu 40 sacs de riz.", "fr", MONDAY) == []


def test_parse_published() -> None:
    assert parse_published("2020-02") is not None
    assert parse_published("2020-02-30") is None
    assert parse_published("soon") is None
    assert parse_published(None) is None


dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=200, deadline=None)
@given(d=dates, wd=st.integers(0, 6), form=st.sampled_from(["{}", "ce {}", "{} dernier", "{} soir"]))
def test_french_weekday_within_a_week_before(d: date, wd: int, form: str) -> None:
    when, precision = resolve(form.format(FR_DAYS[wd]), "fr", d.isoformat())
    assert when is not None and precision == "day"
    got = date.fromisoformat(when)
    assert d - timedelta(days=7) <= got <= d and got.weekday() == wd


@settings(max_examples=200, deadline=None)
@given(d=dates, wd=st.integers(0, 6), form=st.sampled_from(["{}", "on {}", "last {}", "late on {}"]))
def test_english_weekday_within_a_week_before(d: date, wd: int, form: str) -> None:
    when, _ = resolve(form.format(EN_DAYS[wd]), "en", d.isoformat() + "T12:00")
    assert when is not None
    got = date.fromisoformat(when)
    assert d - timedelta(days=7) <= got <= d and got.weekday() == wd


@settings(max_examples=200, deadline=None)
@given(d=dates, pub=st.one_of(st.none(), dates))
def test_french_day_month_year_round_trip(d: date, pub: date | None) -> None:
    day = "1er" if d.day == 1 else str(d.day)
    expr = f"le {day} {FR_MONTHS[d.month - 1]} {d.year}"
    assert resolve(expr, "fr", pub.isoformat() if pub else None) == (d.isoformat(), "day")


@settings(max_examples=200, deadline=None)
@given(d=dates)
def test_english_day_month_year_round_trip(d: date) -> None:
    assert resolve(f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "en", None) == (d.isoformat(), "day")
    assert resolve(f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "en", None) == (d.isoformat(), "day")


@settings(max_examples=200, deadline=None)
@given(d=dates, back=st.integers(0, 300))
def test_day_month_without_year_is_not_after_publication(d: date, back: int) -> None:
    """A day and month without a year, within ~10 months before publication, resolves exactly."""
    event = d - timedelta(days=back)
    expr = f"le {event.day} {FR_MONTHS[event.month - 1]}"
    assert resolve(expr, "fr", d.isoformat()) == (event.isoformat(), "day")


def test_day_ranges_are_dated_by_their_first_day() -> None:
    assert resolve("du 12 au 14 avril 2018", "fr", None) == ("2018-04-12", "day")
    assert resolve("entre le 3 et le 5 juin", "fr", "2018-07-01") == ("2018-06-03", "day")
    assert resolve("from 3 to 5 May 2022", "en", None) == ("2022-05-03", "day")


def test_weekday_with_day_number_only() -> None:
    assert resolve("le mardi 3", "fr", "2022-05-06") == ("2022-05-03", "day")
    assert resolve("on Tuesday 3rd", "en", "2022-05-06") == ("2022-05-03", "day")
    assert resolve("mardi 4", "fr", "2022-05-06") == (None, "day")  # no such Tuesday lately


def test_weekday_followed_by_a_count_is_a_weekday() -> None:
    found = find_times("On Tuesday 15 people were killed.", "en", "2022-05-06")
    assert [(t.text, t.date) for t in found] == [("On Tuesday", "2022-05-03")]


def test_anchored_relatives_follow_the_last_date() -> None:
    text = "Le 14 mars, un convoi a été attaqué. La veille, des tirs avaient visé le camp."
    found = find_times(text, "fr", "2021-03-20")
    assert [(t.text, t.date) for t in found] == [("Le 14 mars", "2021-03-14"), ("La veille", "2021-03-13")]
    found = find_times("On Friday a post was hit; the next day, a convoy.", "en", "2021-03-20")
    assert [t.date for t in found] == ["2021-03-19", "2021-03-20"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In May last year, insurgents occupied the town.", "en", ("2024-05-01", "month")),
        ("In March this year the militia withdrew.", "en", ("2025-03-01", "month")),
        ("En mai de l'année dernière, les rebelles ont pris la ville.", "fr", ("2024-05-01", "month")),
    ],
)
def test_a_month_of_a_relative_year(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = find_times(text, lang, "2025-09-16")
    assert [(t.date, t.precision) for t in found] == [expected]
