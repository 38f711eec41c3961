"""Property tests: whatever text an article holds, JSONL carries it through unchanged."""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest import ReadFailure, decode_text, read_articles
from sitrep.model import Article

# Any unicode except lone surrogates, which no UTF-8 file can hold.
texts = st.text(st.characters(exclude_categories=("Cs",)), min_size=1).filter(lambda t: t.strip() != "")
ids = st.one_of(st.none(), st.text(st.characters(exclude_categories=("Cs",)), min_size=1).filter(str.strip))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ids, texts), min_size=1, max_size=5), st.booleans())
def test_jsonl_round_trip(records: list[tuple[str | None, str]], ascii_only: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.jsonl"
        lines = []
        for rid, text in records:
            obj = {"text": text} if rid is None else {"id": rid, "text": text}
            lines.append(json.dumps(obj, ensure_ascii=ascii_only))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        got = list(read_articles([str(path)]))
    assert not [g for g in got if isinstance(g, ReadFailure)]
    assert [a.text for a in got if isinstance(a, Article)] == [t for _, t in records]
    expected_ids = [rid.strip() if rid is not None else Article.text_id(t) for rid, t in records]
    assert [a.id for a in got if isinstance(a, Article)] == expected_ids


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_utf8_always_decodes_to_itself(text: str) -> None:
    data = text.encode("utf-8")
    try:
        decoded = decode_text(data)
    except ValueError:  # binary-looking: control characters
        return
    assert decoded == text.removeprefix("\ufeff")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_never_raises_anything_unexpected(data: bytes) -> None:
    with contextlib.suppress(ValueError):
        decode_text(data)
