"""A deterministic stand-in for the NLP pipeline, loadable by ``sitrep ingest --extractor``.

Each article yields ``expected_count(id)`` events; a text containing ``FAIL-ME`` raises; the
environment variable ``SITREP_FAKE_DELAY`` (seconds) slows each extraction, for the kill test.
"""

from __future__ import annotations

import hashlib
import os
import time

from sitrep.model import Actor, Article, Event, Place, Span

PIPELINE_VERSION = "fake-1"


def expected_count(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 + 1


def extract(article: Article) -> list[Event]:
    delay = float(os.environ.get("SITREP_FAKE_DELAY", "0"))
    if delay:
        time.sleep(delay)
    if "FAIL-ME" in article.text:
        raise ValueError("the fake extractor refuses this text")
    seed = int(hashlib.sha1(article.id.encode()).hexdigest(), 16)
    out = []
    for i in range(expected_count(article.id)):
        lat = -10.0 + (seed % 2000) / 100.0 + i  # spread: different articles rarely link
        out.append(
            Event(
                doc_id=article.id,
                event_type="Battles",
                sub_event_type="Armed clash",
                evidence=Span(i, i + 5, article.text[i : i + 5]),
                lang=article.lang or "fr",
                actor1=Actor(
                    name="Military Forces of Mali", text="l'armée", kind="state_forces", country="ML"
                ),
                location=Place(name=f"Place {seed % 97}", text="x", country="ML", lat=lat, lon=1.0 + i),
                date=article.published,
                date_precision="day" if article.published else None,
                fatalities=(seed >> i) % 20,
                fatalities_qualifier="exact",
            )
        )
    return out
