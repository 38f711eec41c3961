"""Property tests: what the JSONL and CSV writers write reads back as the same records."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.export import COLUMN_TYPES, COLUMNS, flatten_event, open_writer
from sitrep.model import Actor, Event, Place, Source, Span

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
opt_text = st.one_of(st.none(), text)
coord = st.floats(min_value=-180, max_value=180, allow_nan=False)
kinds = st.sampled_from(["state_forces", "rebel_group", "civilians", "protesters", "unidentified"])
actors = st.one_of(st.none(), st.builds(Actor, name=text, text=text, kind=kinds, country=opt_text))
places = st.one_of(
    st.none(),
    st.builds(Place, name=text, text=text, country=opt_text, lat=st.one_of(st.none(), coord),
              lon=st.one_of(st.none(), coord), geonameid=st.one_of(st.none(), st.integers(0, 10**8)),
              precision=st.integers(1, 3)),
)  # fmt: skip
counts = st.one_of(st.none(), st.integers(0, 10**6))


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    evidence = draw(text)
    start = draw(st.integers(0, 10**5))
    return Event(
        doc_id=draw(text),
        event_type=draw(st.sampled_from(["Battles", "Riots", "Protests"])),
        sub_event_type=draw(text),
        evidence=Span(start, start + len(evidence), evidence),
        lang=draw(st.sampled_from(["fr", "en"])),
        actor1=draw(actors),
        actor2=draw(actors),
        location=draw(places),
        date=draw(st.one_of(st.none(), st.dates().map(str))),
        fatalities=draw(counts),
        injured=draw(counts),
        reported_by=draw(st.lists(st.builds(Source, name=text, text=text), max_size=3)),
        confidence=draw(st.floats(0, 1)),
    ).to_dict()


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=4))
def test_jsonl_round_trip(records: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    with open_writer("jsonl", out) as w:
        for r in records:
            w.write(r)
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records


def _typed(column: str, value: str) -> Any:
    kind = COLUMN_TYPES[column]
    if value == "":
        return None if kind != "str" else ""
    return {"str": str, "int": int, "float": float}[kind](value)


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=4))
def test_csv_round_trip(records: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    with open_writer("csv", out) as w:
        for r in records:
            w.write(r)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        flat = flatten_event(record)
        expected = {c: ("" if v is None and COLUMN_TYPES[c] == "str" else v) for c, v in flat.items()}
        assert {c: _typed(c, row[c]) for c in COLUMNS} == expected
