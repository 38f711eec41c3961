"""Publication dates from the forms feeds and pages use."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.ingest import normalise_published


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-06-30", "2019-06-30"),
        ("2019-6-3", "2019-06-03"),
        ("2019-06", "2019-06"),
        ("2019-06-30T07:05:59Z", "2019-06-30T07:05"),
        ("2019-06-30 23:10:00+02:00", "2019-06-30T23:10"),
        ("2019/06/30", "2019-06-30"),
        ("30/06/2019", "2019-06-30"),
        ("30 juin 2019", "2019-06-30"),
        ("June 30, 2019", "2019-06-30"),
        ("juin 2019", "2019-06"),
        ("Sun, 30 Jun 2019 07:05:00 +0000", "2019-06-30T07:05"),
        ("le 30 juin 2019 à 7h05", "2019-06-30T07:05"),
        (datetime(2019, 6, 30, 7, 5), "2019-06-30T07:05"),
        (None, None),
        ("", None),
        ("hier", None),
        ("2019-13-45", None),
        ("pas une date 2019 du tout", None),
    ],
)
def test_forms(raw: object, expected: str | None) -> None:
    assert normalise_published(raw) == expected


@given(st.dates(), st.booleans())
def test_iso_round_trip(day: object, with_time: bool) -> None:
    text = day.isoformat() + ("T12:34" if with_time else "")  # type: ignore[attr-defined]
    assert normalise_published(text) == text
