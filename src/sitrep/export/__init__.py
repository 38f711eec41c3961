"""Writers for event records: JSONL, CSV, GeoJSON, ACLED-style CSV and Parquet.

``open_writer(fmt, out)`` returns a streaming :class:`EventWriter`; use it as a context
manager so footers are written and files closed even when the batch fails midway::

    with open_writer("geojson", "events.geojson") as w:
        for event in events:
            w.write(event.to_dict())
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.export.acled import ACLED_COLUMNS, AcledWriter, to_acled_row
from sitrep.export.base import EventWriter, Output
from sitrep.export.flatten import COLUMN_TYPES, COLUMNS, flatten_event
from sitrep.export.writers import CsvWriter, GeoJsonWriter, JsonlWriter, to_feature
from sitrep.model import SitrepError

FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson", "acled", "parquet")


def _parquet(out: Output, **options: Any) -> EventWriter:
    from sitrep.export.parquet import ParquetWriter

    return ParquetWriter(out, **options)


_WRITERS: dict[str, Callable[..., EventWriter]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "geojson": GeoJsonWriter,
    "acled": AcledWriter,
    "parquet": _parquet,
}


def open_writer(fmt: str, out: Output, **options: Any) -> EventWriter:
    """A writer of ``fmt`` (one of :data:`FORMATS`) to ``out``: a stream, a path, or ``"-"``.

    ``options`` go to the writer (``timestamp`` for acled, ``row_group_size`` for parquet).
    """
    factory = _WRITERS.get(fmt.lower())
    if factory is None:
        raise SitrepError(f"unknown output format {fmt!r}: choose one of {', '.join(FORMATS)}")
    try:
        return factory(out, **options)
    except OSError as exc:
        raise SitrepError(f"cannot write {out}: {exc.strerror or exc}") from None


__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "COLUMN_TYPES",
    "FORMATS",
    "AcledWriter",
    "CsvWriter",
    "EventWriter",
    "GeoJsonWriter",
    "JsonlWriter",
    "Output",
    "flatten_event",
    "open_writer",
    "to_acled_row",
    "to_feature",
]
