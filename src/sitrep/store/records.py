"""Conversions between pipeline records (Article, Event) and table rows, and back to API dicts."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime, timezone
from typing import Any

from sitrep.model import Article, Event

log = logging.getLogger(__name__)


def now_stamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    """Identity of an article's content: the same text under another id or url is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for comparisons in SQL; coarse dates (``YYYY-MM``, ``YYYY``) padded to a day."""
    if not value:
        return None
    value = value.strip()[:10]
    if len(value) == 4 and value.isdigit():
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value if len(value) == 10 else None


def article_row(article: Article, pipeline_version: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "text_hash": text_hash(article.text),
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "lang": article.lang,
        "text": article.text,
        "pipeline_version": pipeline_version,
        "ingested_at": now_stamp(),
    }


def event_rows(
    article_id: str, event: Event
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``events`` row, its ``actors`` rows and its ``event_sources`` rows."""
    record = event.to_dict()
    loc = event.location
    a1, a2 = event.actor1, event.actor2
    row: dict[str, Any] = {
        "id": record["id"],
        "article_id": article_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": normalize_date(event.date),
        "date_precision": event.date_precision,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "location_name": loc.name if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "geo_precision": loc.precision if loc else None,
        "actor1_name": a1.name if a1 else None,
        "actor1_kind": a1.kind if a1 else None,
        "actor1_text": a1.text if a1 else None,
        "actor2_name": a2.name if a2 else None,
        "actor2_kind": a2.kind if a2 else None,
        "actor2_text": a2.text if a2 else None,
        "fatalities": event.fatalities,
        "fatalities_qualifier": event.fatalities_qualifier,
        "modality": event.modality,
        "confidence": float(event.confidence),
        "lang": event.lang,
        "evidence_text": event.evidence.text,
        "record": json.dumps(record, ensure_ascii=False),
    }
    actor_rows = [
        {
            "event_id": row["id"],
            "role": role,
            "name": actor.name,
            "text": actor.text,
            "kind": actor.kind,
            "country": actor.country,
            "wikidata": actor.wikidata,
        }
        for role, actor in ((1, a1), (2, a2))
        if actor is not None
    ]
    source_rows = [
        {"event_id": row["id"], "position": i, "name": s.name, "text": s.text}
        for i, s in enumerate(event.reported_by)
    ]
    return row, actor_rows, source_rows


def unique_events(events: list[Event]) -> list[Event]:
    """Drop repeated events (same stable id) that an extractor may emit twice for one article."""
    seen: set[str] = set()
    out: list[Event] = []
    for ev in events:
        if ev.id in seen:
            log.warning("article %s: duplicate event %s dropped", ev.doc_id, ev.id)
            continue
        seen.add(ev.id)
        out.append(ev)
    return out


def event_dict(record: str, incident_id: str | None, article: dict[str, Any] | None) -> dict[str, Any]:
    """The API form of a stored event: its JSON record plus ``incident_id`` and ``article``."""
    out: dict[str, Any] = json.loads(record)
    out["incident_id"] = incident_id
    if article is not None:
        out["article"] = article
    return out
