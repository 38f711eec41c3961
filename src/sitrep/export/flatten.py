"""One flat row per event: the shared shape of the CSV, GeoJSON-properties and Parquet outputs.

Column names and order are fixed so that spreadsheets and scripts built on one export keep
working on the next; keys an event carries beyond the contract go, as JSON, to ``extra``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

ColumnType = Literal["str", "int", "float"]

_ACTOR_FIELDS = ("name", "text", "kind", "country", "wikidata")
_LOCATION_FIELDS: tuple[tuple[str, str, ColumnType], ...] = (
    ("name", "location_name", "str"),
    ("text", "location_text", "str"),
    ("country", "location_country", "str"),
    ("admin1", "location_admin1", "str"),
    ("admin2", "location_admin2", "str"),
    ("lat", "lat", "float"),
    ("lon", "lon", "float"),
    ("geonameid", "geonameid", "int"),
    ("precision", "geo_precision", "int"),
)
_SPAN_FIELDS: tuple[tuple[str, ColumnType], ...] = (("text", "str"), ("start", "int"), ("end", "int"))

COLUMN_TYPES: dict[str, ColumnType] = {
    "id": "str",
    "doc_id": "str",
    "event_type": "str",
    "sub_event_type": "str",
    "date": "str",
    "date_precision": "str",
    **{f"actor{n}_{f}": "str" for n in (1, 2) for f in _ACTOR_FIELDS},
    **{column: kind for _, column, kind in _LOCATION_FIELDS},
    "fatalities": "int",
    "fatalities_qualifier": "str",
    "injured": "int",
    "injured_qualifier": "str",
    "reported_by": "str",
    "reported_by_text": "str",
    "modality": "str",
    "confidence": "float",
    "lang": "str",
    **{f"evidence_{f}": kind for f, kind in _SPAN_FIELDS},
    **{f"trigger_{f}": kind for f, kind in _SPAN_FIELDS},
    "extra": "str",
}
COLUMNS: tuple[str, ...] = tuple(COLUMN_TYPES)
LIST_SEPARATOR = "; "

_NESTED = {"actor1", "actor2", "location", "reported_by", "evidence", "trigger"}
_KNOWN = (set(COLUMNS) - {"extra", "reported_by_text"}) | _NESTED


def flatten_event(event: dict[str, Any]) -> dict[str, Any]:
    """The flat row of an event in its JSON form (``Event.to_dict``), keyed by :data:`COLUMNS`.

    Values keep their Python types (None when absent); ``reported_by`` joins source names
    with ``"; "``.
    """
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    for key in ("id", "doc_id", "event_type", "sub_event_type", "date", "date_precision",
                "fatalities", "fatalities_qualifier", "injured", "injured_qualifier",
                "modality", "confidence", "lang"):
        row[key] = event.get(key)
    for n in (1, 2):
        actor = event.get(f"actor{n}") or {}
        for f in _ACTOR_FIELDS:
            row[f"actor{n}_{f}"] = actor.get(f)
    location = event.get("location") or {}
    for key, column, _ in _LOCATION_FIELDS:
        row[column] = location.get(key)
    sources = event.get("reported_by") or []
    row["reported_by"] = _join(s.get("name") for s in sources)
    row["reported_by_text"] = _join(s.get("text") for s in sources)
    for span in ("evidence", "trigger"):
        value = event.get(span) or {}
        for f, _ in _SPAN_FIELDS:
            row[f"{span}_{f}"] = value.get(f)
    extra = {k: v for k, v in event.items() if k not in _KNOWN}
    row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True, default=str) if extra else None
    return row


def _join(values: Any) -> str | None:
    parts = [str(v) for v in values if v not in (None, "")]
    return LIST_SEPARATOR.join(parts) if parts else None
