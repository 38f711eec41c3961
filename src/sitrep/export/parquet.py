"""Parquet output (optional extra ``sitrep[parquet]``): flattened events, typed columns.

Rows are buffered and written one row group at a time, so memory stays bounded on any
batch size while readers still get a columnar file.
"""

from __future__ import annotations

from typing import Any

from sitrep.export.base import EventWriter, Output
from sitrep.export.flatten import COLUMN_TYPES, COLUMNS, flatten_event
from sitrep.model import SitrepError

ROW_GROUP_SIZE = 10_000


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SitrepError("Parquet output needs pyarrow: install sitrep[parquet]") from None
    return pa, pq


class ParquetWriter(EventWriter):
    """Flattened events as Parquet; needs a path or a binary stream."""

    binary = True

    def __init__(self, out: Output, *, row_group_size: int = ROW_GROUP_SIZE) -> None:
        self._pa, self._pq = _pyarrow()
        self.row_group_size = row_group_size
        self._rows: list[dict[str, Any]] = []
        super().__init__(out)

    def _start(self) -> None:
        types = {"str": self._pa.string(), "int": self._pa.int64(), "float": self._pa.float64()}
        self._schema = self._pa.schema([(c, types[COLUMN_TYPES[c]]) for c in COLUMNS])
        self._file = self._pq.ParquetWriter(self.stream, self._schema)

    def _write(self, event: dict[str, Any]) -> None:
        self._rows.append(flatten_event(event))
        if len(self._rows) >= self.row_group_size:
            self._flush_rows()

    def _finish(self) -> None:
        self._flush_rows()
        self._file.close()

    def _flush_rows(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._file.write_table(table)
            self._rows = []
