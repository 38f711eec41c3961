"""Character spans of an event's extracted fields, so the page can highlight them in the article.

Event records carry offsets for the evidence (and the trigger) only; the other fields carry the
text as written. Each field is located inside the evidence span (where the extractor found it),
preferring explicit offsets when a record provides them under ``spans``.
"""

from __future__ import annotations

import re
from typing import Any

Highlight = dict[str, Any]


def _find(haystack: str, needle: str) -> int:
    """First position of ``needle`` as a whole word in ``haystack``; -1 if absent.

    Whole words only, so that "15" deaths is not found inside "2015"; the same case first, so that
    "Mogadishu" is found in the sentence rather than in a capitalised "MOGADISHU" dateline."""
    pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
    match = re.search(pattern, haystack) or re.search(pattern, haystack, re.IGNORECASE)
    return match.start() if match else -1


def _texts(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, text as written) pairs worth highlighting, in display order."""
    out: list[tuple[str, str]] = []
    for key in ("actor1", "actor2", "location"):
        value = event.get(key)
        if isinstance(value, dict) and value.get("text"):
            out.append((key, str(value["text"])))
    for src in event.get("reported_by") or []:
        if isinstance(src, dict) and src.get("text"):
            out.append(("reported_by", str(src["text"])))
    for key in ("date", "fatalities", "injured"):
        written = event.get(f"{key}_text")
        if written:
            out.append((key, str(written)))
        elif key in ("fatalities", "injured") and isinstance(event.get(key), int):
            out.append((key, str(event[key])))  # digits as written are the common case
    return out


def _explicit(event: dict[str, Any]) -> list[Highlight]:
    """Offsets the record states itself: ``trigger`` and an optional ``spans`` mapping."""
    found: list[Highlight] = []
    trigger = event.get("trigger")
    if isinstance(trigger, dict) and isinstance(trigger.get("start"), int):
        found.append({"field": "trigger", "start": trigger["start"], "end": trigger["end"]})
    spans = event.get("spans")
    if isinstance(spans, dict):
        for name, span in spans.items():
            items = span if isinstance(span, list) else [span]
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("start"), int):
                    found.append({"field": name, "start": item["start"], "end": item["end"]})
    return found


def field_highlights(event: dict[str, Any]) -> list[Highlight]:
    """Spans ``{field, start, end}`` (article offsets, end exclusive) of the event's fields.

    A field whose text cannot be found in the evidence is left out rather than guessed.
    """
    found = _explicit(event)
    covered = {h["field"] for h in found}
    evidence = event.get("evidence") or {}
    ev_text = evidence.get("text") or ""
    ev_start = evidence.get("start")
    if not ev_text or not isinstance(ev_start, int):
        return found
    for name, written in _texts(event):
        if name in covered and name != "reported_by":
            continue
        pos = _find(ev_text, written)
        if pos >= 0:
            found.append({"field": name, "start": ev_start + pos, "end": ev_start + pos + len(written)})
    found.sort(key=lambda h: (h["start"], -h["end"]))
    return found


def with_highlights(event: dict[str, Any]) -> dict[str, Any]:
    """A copy of the event dict with its ``highlights`` list added."""
    out = dict(event)
    out["highlights"] = field_highlights(event)
    return out
