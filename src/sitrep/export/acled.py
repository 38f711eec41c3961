"""ACLED-style CSV: the columns and codes of the ACLED export, filled from sitrep records.

Where ACLED has a convention for missing values it is followed (fatalities 0 when none are
reported, an empty actor when there is none); what ACLED cannot express (the fatality
qualifier, injuries, the modality) goes to ``tags`` so nothing the record says is lost.
"""

from __future__ import annotations

import csv
import time
from functools import lru_cache
from typing import Any

from sitrep.export.acled_codes import (
    CIVILIAN_TARGETING,
    CIVILIAN_TARGETING_TYPES,
    COUNTRY_NAMES,
    DISORDER_BY_EVENT_TYPE,
    DISORDER_BY_SUB_EVENT_TYPE,
    INTER_CODES,
    REGION_BY_COUNTRY,
    TIME_PRECISION,
)
from sitrep.export.base import EventWriter, Output
from sitrep.export.flatten import LIST_SEPARATOR

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


class AcledWriter(EventWriter):
    """ACLED-column CSV. ``timestamp`` (Unix seconds) defaults to the time of export."""

    def __init__(self, out: Output, *, timestamp: int | None = None) -> None:
        self.timestamp = int(time.time()) if timestamp is None else timestamp
        super().__init__(out)

    def _start(self) -> None:
        self._csv = csv.writer(self.stream, lineterminator="\r\n")
        self._csv.writerow(ACLED_COLUMNS)

    def _write(self, event: dict[str, Any]) -> None:
        row = to_acled_row(event, timestamp=self.timestamp)
        self._csv.writerow(["" if row[c] is None else row[c] for c in ACLED_COLUMNS])


def to_acled_row(event: dict[str, Any], *, timestamp: int = 0) -> dict[str, Any]:
    """The ACLED columns of one event in its JSON form (None where ACLED leaves blank)."""
    actor1, actor2 = event.get("actor1") or {}, event.get("actor2") or {}
    location = event.get("location") or {}
    country = location.get("country") or actor1.get("country")
    info = country_info(country)
    inter1, inter2 = inter_code(actor1), inter_code(actor2)
    date = event.get("date")
    return {
        "event_id_cnty": f"{info['iso3'] or 'XXX'}{str(event.get('id', '')).removeprefix('ev-')}",
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": TIME_PRECISION.get(event.get("date_precision") or "") if date else None,
        "disorder_type": disorder_type(event.get("event_type"), event.get("sub_event_type")),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": actor1.get("name"),
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": actor2.get("name"),
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": _civilian_targeting(event, actor2),
        "iso": info["iso"],
        "region": info["region"],
        "country": info["country"],
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "admin3": None,
        "location": location.get("name"),
        "latitude": location.get("lat"),
        "longitude": location.get("lon"),
        "geo_precision": location.get("precision") if location else None,
        "source": LIST_SEPARATOR.join(s["name"] for s in event.get("reported_by") or [] if s.get("name"))
        or None,
        "source_scale": None,
        "notes": " ".join(str((event.get("evidence") or {}).get("text") or "").split()) or None,
        "fatalities": event.get("fatalities") or 0,
        "tags": _tags(event),
        "timestamp": timestamp,
    }


def inter_code(actor: dict[str, Any]) -> int:
    """ACLED inter code of an actor (0 when there is none)."""
    if not actor:
        return 0
    return INTER_CODES.get(actor.get("kind") or "unidentified", INTER_CODES["unidentified"])


def interaction(inter1: int, inter2: int) -> int:
    """ACLED interaction: both codes, lower first (12, 17), or one code and 0 (60)."""
    if inter1 and inter2:
        low, high = sorted((inter1, inter2))
        return low * 10 + high
    return max(inter1, inter2) * 10


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    if sub_event_type in DISORDER_BY_SUB_EVENT_TYPE:
        return DISORDER_BY_SUB_EVENT_TYPE[sub_event_type]
    return DISORDER_BY_EVENT_TYPE.get(event_type or "")


@lru_cache(maxsize=512)
def country_info(alpha2: str | None) -> dict[str, Any]:
    """ISO numeric code, alpha-3, ACLED country name and region of an ISO alpha-2 code."""
    empty: dict[str, Any] = {"iso": None, "iso3": None, "country": None, "region": None}
    if not alpha2:
        return empty
    import pycountry

    code = alpha2.upper()
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return {**empty, "country": COUNTRY_NAMES.get(code)}
    name = COUNTRY_NAMES.get(code) or getattr(found, "common_name", None) or found.name.split(",")[0]
    return {
        "iso": int(found.numeric),
        "iso3": found.alpha_3,
        "country": name,
        "region": REGION_BY_COUNTRY.get(code),
    }


def _civilian_targeting(event: dict[str, Any], actor2: dict[str, Any]) -> str | None:
    if actor2.get("kind") == "civilians" and event.get("event_type") in CIVILIAN_TARGETING_TYPES:
        return CIVILIAN_TARGETING
    return None


def _tags(event: dict[str, Any]) -> str | None:
    tags = []
    if event.get("fatalities") is None:
        tags.append("fatalities not reported")
    elif event.get("fatalities_qualifier") not in (None, "exact"):
        tags.append(f"fatalities {event['fatalities_qualifier']}")
    if event.get("injured") is not None:
        qualifier = event.get("injured_qualifier")
        suffix = f" ({qualifier})" if qualifier not in (None, "exact") else ""
        tags.append(f"injured={event['injured']}{suffix}")
    if event.get("modality") not in (None, "asserted"):
        tags.append(f"modality={event['modality']}")
    return LIST_SEPARATOR.join(tags) or None
