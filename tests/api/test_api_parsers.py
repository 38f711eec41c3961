"""Property tests of the API's parsers: bbox, ingest bodies, field highlights."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.api.filters import parse_bbox
from sitrep.api.highlight import field_highlights
from sitrep.api.write import parse_articles
from sitrep.model import SitrepError

lons = st.floats(-180, 180, allow_nan=False)
lats = st.floats(-90, 90, allow_nan=False)


@given(lons, lats, lons, lats)
def test_bbox_round_trips_or_says_why(x0: float, y0: float, x1: float, y1: float) -> None:
    raw = f"{x0!r},{y0!r},{x1!r},{y1!r}"
    if x0 <= x1 and y0 <= y1:
        assert parse_bbox(raw) == (x0, y0, x1, y1)
    else:
        with pytest.raises(ValueError, match="minimum"):
            parse_bbox(raw)


@given(st.text(max_size=40))
def test_bbox_never_fails_other_than_value_error(raw: str) -> None:
    try:
        box = parse_bbox(raw)
    except ValueError as exc:
        assert str(exc)
    else:
        assert len(box) == 4


article_st = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=12), "text": st.text(min_size=1, max_size=80).filter(str.strip)},
    optional={"title": st.text(max_size=20), "lang": st.sampled_from(["fr", "en"])},
)


@given(st.lists(article_st, min_size=1, max_size=5), st.sampled_from(["jsonl", "list"]))
def test_parse_articles_reads_jsonl_and_lists(items: list[dict[str, str]], form: str) -> None:
    body = "\n".join(json.dumps(i) for i in items) if form == "jsonl" else json.dumps(items)
    parsed = parse_articles(body.encode())
    assert [(a.id, a.text) for a in parsed] == [(i["id"], i["text"]) for i in items]


@given(st.binary(max_size=200))
def test_parse_articles_fails_only_with_a_one_line_sitrep_error(body: bytes) -> None:
    try:
        parse_articles(body)
    except SitrepError as exc:
        assert str(exc) and "\n" not in str(exc)


words = st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=8)


@given(st.lists(words, min_size=3, max_size=12), st.data())
def test_highlights_point_at_the_written_text(sentence: list[str], data: st.DataObject) -> None:
    text = " ".join(sentence)
    prefix = "Intro. "
    place = data.draw(st.sampled_from(sentence))
    event = {
        "evidence": {"text": text, "start": len(prefix), "end": len(prefix) + len(text)},
        "location": {"name": "X", "text": place},
        "actor1": {"name": "Y", "text": "absent-from-text"},
    }
    article = prefix + text
    spans = field_highlights(event)
    assert [h["field"] for h in spans] == ["location"]
    (h,) = spans
    assert article[h["start"] : h["end"]].casefold() == place.casefold()


def test_numbers_match_whole_words_only() -> None:
    text = "In 2015 the army said 15 people died."
    event = {"evidence": {"text": text, "start": 0, "end": len(text)}, "fatalities": 15}
    (h,) = field_highlights(event)
    assert text[h["start"] : h["end"]] == "15" and h["start"] == text.index(" 15 ") + 1


def test_explicit_spans_win_over_search() -> None:
    text = "Rebels shelled the town; the town burned."
    event = {
        "evidence": {"text": text, "start": 0, "end": len(text)},
        "location": {"text": "town"},
        "spans": {"location": {"start": 29, "end": 33}},
        "trigger": {"text": "shelled", "start": 7, "end": 14},
    }
    spans = {h["field"]: (h["start"], h["end"]) for h in field_highlights(event)}
    assert spans == {"trigger": (7, 14), "location": (29, 33)}


def test_same_case_is_preferred() -> None:
    text = "MOGADISHU - A bomb exploded in Mogadishu on Saturday."
    event = {"evidence": {"text": text, "start": 0, "end": len(text)}, "location": {"text": "Mogadishu"}}
    (h,) = field_highlights(event)
    assert h["start"] == text.index("Mogadishu")
