"""JSONL, CSV and GeoJSON writers."""

from __future__ import annotations

import csv
import json
import re
from typing import Any

from sitrep.export.base import EventWriter
from sitrep.export.flatten import COLUMNS, flatten_event

# Characters JSON may leave raw but str.splitlines() treats as line ends: escaped so that
# every consumer sees one record per line.
_LINE_BREAKS = re.compile("[\u2028\u2029\x85]")


class JsonlWriter(EventWriter):
    """One JSON object per line, exactly the record of ``spec/EVENT_RECORD.md``."""

    def _write(self, event: dict[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=False)
        if _LINE_BREAKS.search(line):
            line = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
        self.stream.write(line + "\n")


class CsvWriter(EventWriter):
    """Flattened events (:data:`~sitrep.export.flatten.COLUMNS`), header first.

    Rows end in ``\\r\\n`` (RFC 4180): with a bare ``\\n`` the csv module would leave a lone
    ``\\r`` inside a field unquoted, and readers would split the row there.
    """

    def _start(self) -> None:
        self._csv = csv.writer(self.stream, lineterminator="\r\n")
        self._csv.writerow(COLUMNS)

    def _write(self, event: dict[str, Any]) -> None:
        row = flatten_event(event)
        self._csv.writerow(["" if row[c] is None else row[c] for c in COLUMNS])


class GeoJsonWriter(EventWriter):
    """A FeatureCollection written feature by feature; geometry is null where unlocated."""

    def _start(self) -> None:
        self.stream.write('{"type": "FeatureCollection", "features": [')

    def _write(self, event: dict[str, Any]) -> None:
        separator = "\n" if self.count == 0 else ",\n"
        self.stream.write(separator + json.dumps(to_feature(event), ensure_ascii=False))

    def _finish(self) -> None:
        self.stream.write("\n]}\n")


def to_feature(event: dict[str, Any]) -> dict[str, Any]:
    """The GeoJSON Feature of an event: a Point at its location, properties the flat row."""
    location = event.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    geometry = None
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    properties = flatten_event(event)
    return {"type": "Feature", "id": event.get("id"), "geometry": geometry, "properties": properties}
