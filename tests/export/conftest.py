"""Sample events for the export tests, built from the records so they match Event.to_dict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.model import Actor, Event, Place, Source, Span

TEXT = "Deux soldats ont été tués lors d'une embuscade près de Gao, selon l'armée."


def _make_event(**overrides: Any) -> Event:
    fields: dict[str, Any] = {
        "doc_id": "doc-1",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "evidence": Span(0, len(TEXT), TEXT),
        "lang": "fr",
        "actor1": Actor("Unidentified Armed Group (Mali)", "des assaillants", "unidentified", "ML"),
        "actor2": Actor("Military Forces of Mali", "soldats", "state_forces", "ML", "Q1"),
        "location": Place("Gao", "Gao", "ML", 16.27, -0.04, 2457163, "Gao", None, precision=2),
        "date": "2021-02-03",
        "date_precision": "day",
        "fatalities": 2,
        "fatalities_qualifier": "exact",
        "reported_by": [Source("Malian Armed Forces", "l'armée")],
        "confidence": 0.8,
        "trigger": Span(35, 44, "embuscade"),
    }
    fields.update(overrides)
    return Event(**fields)


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """Build an Event from the sample one with some fields replaced."""
    return _make_event


@pytest.fixture
def event() -> dict[str, Any]:
    return _make_event().to_dict()


@pytest.fixture
def bare_event() -> dict[str, Any]:
    """No actors, no place, no date, no sources, no trigger."""
    return _make_event(
        actor1=None, actor2=None, location=None, date=None, date_precision=None,
        fatalities=None, fatalities_qualifier=None, reported_by=[], trigger=None,
    ).to_dict()  # fmt: skip
