"""ACLED-style rows: codes, names and conventions of the ACLED codebook."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest

from sitrep.export import ACLED_COLUMNS, open_writer, to_acled_row
from sitrep.export.acled import interaction
from sitrep.model import Actor, Event, Place


def test_columns_in_acled_order() -> None:
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert ACLED_COLUMNS[-3:] == ("fatalities", "tags", "timestamp")
    assert len(ACLED_COLUMNS) == 31


def test_row(event: dict[str, Any]) -> None:
    row = to_acled_row(event, timestamp=1700000000)
    assert row["event_id_cnty"].startswith("MLI")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2021-02-03", 2021, 1)
    assert row["disorder_type"] == "Political violence"
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Unidentified Armed Group (Mali)", 3, "Military Forces of Mali", 1,
    )  # fmt: skip
    assert row["interaction"] == 13
    assert (row["iso"], row["country"], row["region"]) == (466, "Mali", "Western Africa")
    assert (row["location"], row["latitude"], row["longitude"]) == ("Gao", 16.27, -0.04)
    assert row["geo_precision"] == 2
    assert row["admin1"] == "Gao"
    assert row["source"] == "Malian Armed Forces"
    assert row["notes"].startswith("Deux soldats")
    assert (row["fatalities"], row["tags"], row["timestamp"]) == (2, None, 1700000000)
    assert row["civilian_targeting"] is None


def test_civilians_protests_and_missing_values(make_event: Callable[..., Event]) -> None:
    attack = make_event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=Actor("Islamic State", "Daech", "rebel_group"),
        actor2=Actor("Civilians (Syria)", "des civils", "civilians", "SY"),
        location=Place("Raqqa", "Raqqa", "SY", 35.95, 39.01),
        fatalities=None,
        fatalities_qualifier=None,
        injured=5,
        injured_qualifier="at_least",
        date_precision="month",
    ).to_dict()
    row = to_acled_row(attack)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (2, 7, 27)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["country"], row["iso"], row["region"]) == ("Syria", 760, "Middle East")
    assert row["fatalities"] == 0
    assert row["tags"] == "fatalities not reported; injured=5 (at_least)"
    assert row["time_precision"] == 3

    protest = make_event(
        event_type="Protests", sub_event_type="Peaceful protest",
        actor1=Actor("Protesters (DR Congo)", "des manifestants", "protesters", "CD"),
        actor2=None, location=None, date=None, date_precision=None,
    ).to_dict()  # fmt: skip
    row = to_acled_row(protest)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (6, 0, 60)
    assert row["disorder_type"] == "Demonstrations"
    assert (row["country"], row["region"]) == ("Democratic Republic of Congo", "Middle Africa")
    assert row["event_date"] is None and row["year"] is None and row["time_precision"] is None


@pytest.mark.parametrize(("a", "b", "code"), [(1, 2, 12), (2, 1, 12), (8, 8, 88), (0, 7, 70), (0, 0, 0)])
def test_interaction(a: int, b: int, code: int) -> None:
    assert interaction(a, b) == code


def test_writer(event: dict[str, Any]) -> None:
    out = io.StringIO()
    with open_writer("acled", out, timestamp=42) as w:
        w.write(event)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert rows[0]["country"] == "Mali" and rows[0]["timestamp"] == "42" and rows[0]["admin3"] == ""
