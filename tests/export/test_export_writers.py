"""JSONL, CSV, GeoJSON and Parquet writers, and the format registry."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sitrep.export import COLUMNS, FORMATS, flatten_event, open_writer
from sitrep.model import SitrepError


def test_formats() -> None:
    assert FORMATS == ("jsonl", "csv", "geojson", "acled", "parquet")
    with pytest.raises(SitrepError, match="unknown output format 'xml'"):
        open_writer("xml", io.StringIO())


def test_flatten_full(event: dict[str, Any]) -> None:
    row = flatten_event(event)
    assert tuple(row) == COLUMNS
    assert row["actor1_name"] == "Unidentified Armed Group (Mali)"
    assert row["actor2_kind"] == "state_forces"
    assert row["actor2_wikidata"] == "Q1"
    assert (row["location_name"], row["lat"], row["lon"], row["geo_precision"]) == ("Gao", 16.27, -0.04, 2)
    assert row["reported_by"] == "Malian Armed Forces"
    assert row["reported_by_text"] == "l'armée"
    assert (row["evidence_start"], row["trigger_text"]) == (0, "embuscade")
    assert row["extra"] is None


def test_flatten_bare_and_extra(bare_event: dict[str, Any]) -> None:
    bare_event["reported_by"] = [{"name": "AFP", "text": "l'AFP"}, {"name": "SOHR", "text": "l'OSDH"}]
    bare_event["cluster"] = 7
    row = flatten_event(bare_event)
    assert row["actor1_name"] is None and row["lat"] is None and row["trigger_start"] is None
    assert row["reported_by"] == "AFP; SOHR"
    assert json.loads(row["extra"]) == {"cluster": 7}


def test_jsonl(event: dict[str, Any], bare_event: dict[str, Any]) -> None:
    out = io.StringIO()
    with open_writer("jsonl", out) as w:
        w.write(event)
        w.write(bare_event)
    assert w.count == 2
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [event, bare_event]


def test_csv_header_and_rows(event: dict[str, Any], bare_event: dict[str, Any]) -> None:
    out = io.StringIO()
    with open_writer("csv", out) as w:
        w.write(event)
        w.write(bare_event)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    got = dict(zip(COLUMNS, rows[1], strict=True))
    assert got["lat"] == "16.27" and got["fatalities"] == "2"
    assert got["actor2_name"] == "Military Forces of Mali"
    assert dict(zip(COLUMNS, rows[2], strict=True))["location_name"] == ""


def test_empty_csv_still_has_header() -> None:
    out = io.StringIO()
    open_writer("csv", out).close()
    assert out.getvalue().strip().split(",") == list(COLUMNS)


def test_geojson(event: dict[str, Any], bare_event: dict[str, Any]) -> None:
    out = io.StringIO()
    with open_writer("geojson", out) as w:
        w.write(event)
        w.write(bare_event)
    doc = json.loads(out.getvalue())
    assert doc["type"] == "FeatureCollection"
    located, unlocated = doc["features"]
    assert located["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
    assert located["properties"]["sub_event_type"] == "Armed clash"
    assert located["id"] == event["id"]
    assert unlocated["geometry"] is None


def test_geojson_is_valid_when_empty_or_interrupted(event: dict[str, Any]) -> None:
    out = io.StringIO()
    open_writer("geojson", out).close()
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    out = io.StringIO()
    with pytest.raises(RuntimeError), open_writer("geojson", out) as w:
        w.write(event)
        raise RuntimeError("batch died")
    assert len(json.loads(out.getvalue())["features"]) == 1


def test_geojson_streams_features(event: dict[str, Any]) -> None:
    out = io.StringIO()
    w = open_writer("geojson", out)
    w.write(event)
    assert "Armed clash" in out.getvalue()  # already written, before close
    w.close()
    with pytest.raises(ValueError):
        w.write(event)


def test_path_binary_stream_and_stdout(
    tmp_path: Path, event: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "out.csv"
    with open_writer("csv", path) as w:
        w.write(event)
    assert "Gao" in path.read_text(encoding="utf-8")
    raw = io.BytesIO()
    with open_writer("jsonl", raw) as w:
        w.write(event)
    assert json.loads(raw.getvalue().decode("utf-8")) == event
    assert not raw.closed
    with open_writer("jsonl", "-") as w:
        w.write(event)
    assert json.loads(capsys.readouterr().out) == event


def test_unwritable_path(tmp_path: Path) -> None:
    with pytest.raises(SitrepError, match="cannot write"):
        open_writer("jsonl", tmp_path / "missing-dir" / "x.jsonl")


def test_parquet(tmp_path: Path, event: dict[str, Any], bare_event: dict[str, Any]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    with open_writer("parquet", path, row_group_size=1) as w:
        w.write(event)
        w.write(bare_event)
        w.write(event)
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    rows = table.to_pylist()
    assert rows[0] == flatten_event(event)
    assert rows[1]["lat"] is None
    assert pq.ParquetFile(path).num_row_groups == 3


def test_parquet_missing_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(SitrepError, match=r"install sitrep\[parquet\]"):
        open_writer("parquet", tmp_path / "x.parquet")


def test_parquet_to_binary_stream(event: dict[str, Any]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    raw = io.BytesIO()
    with open_writer("parquet", raw) as w:
        w.write(event)
    raw.seek(0)
    assert pq.read_table(raw).num_rows == 1
