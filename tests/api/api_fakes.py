"""An in-memory Store over the sample records, for the API and web tests.

Events are dicts in the JSON form of spec/EVENT_RECORD.md plus ``incident_id``; incidents are
built from their reports the way a store is expected to (fatality low/best/high, sources, count).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from api_sample import ARTICLE_FIELDS, Sample, sample_pairs, to_dicts

from sitrep.model import Article, Event, SitrepError
from sitrep.store.base import EventFilter


def _matches(ev: dict[str, Any], flt: EventFilter, article_text: str) -> bool:
    loc = ev.get("location") or {}
    actors = [a for a in (ev.get("actor1"), ev.get("actor2")) if a]
    checks = [
        flt.country is None or loc.get("country") == flt.country,
        flt.admin1 is None or loc.get("admin1") == flt.admin1,
        flt.date_from is None or (ev["date"] or "") >= flt.date_from,
        flt.date_to is None or (ev["date"] or "9") <= flt.date_to,
        flt.event_type is None or ev["event_type"] == flt.event_type,
        flt.sub_event_type is None or ev["sub_event_type"] == flt.sub_event_type,
        flt.min_fatalities is None or (ev["fatalities"] or 0) >= flt.min_fatalities,
        flt.doc_id is None or ev["doc_id"] == flt.doc_id,
        flt.incident_id is None or ev["incident_id"] == flt.incident_id,
        flt.source is None or any(s["name"].lower() == flt.source.lower() for s in ev["reported_by"]),
    ]
    if flt.bbox is not None:
        x0, y0, x1, y1 = flt.bbox
        checks.append(loc.get("lon") is not None and x0 <= loc["lon"] <= x1 and y0 <= loc["lat"] <= y1)
    if flt.actor is not None:
        needle = flt.actor.lower()
        checks.append(any(needle in a["name"].lower() or needle in a["text"].lower() for a in actors))
    if flt.text is not None:
        needle = flt.text.lower()
        checks.append(needle in ev["evidence"]["text"].lower() or needle in article_text.lower())
    return all(checks)


@dataclass
class FakeStore:
    """The Store protocol over lists and dicts; incidents are derived from events' ``incident_id``."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    _next_incident: int = 0

    @classmethod
    def sample(cls) -> FakeStore:
        return cls.load(sample_pairs())

    @classmethod
    def load(cls, sample: Sample) -> FakeStore:
        articles, events = to_dicts(sample)
        return cls(articles, events)

    def _select(self, flt: EventFilter) -> list[dict[str, Any]]:
        found = [e for e in self.events if _matches(e, flt, self.articles[e["doc_id"]]["text"])]
        return sorted(found, key=lambda e: (e["date"] or "", e["id"]), reverse=True)

    def is_stored(self, article: Article, pipeline_version: str) -> bool:
        return article.id in self.articles

    def link_pending(self, batch: int = 200) -> int:
        return 0  # store_article already gives each new event an incident of its own

    def store_article(self, article: Article, events: list[Event], pipeline_version: str) -> bool:
        self.calls.append(f"store_article:{article.id}")
        if article.id in self.articles:
            return False
        self.articles[article.id] = {k: getattr(article, k) for k in ARTICLE_FIELDS}
        for ev in events:
            self._next_incident += 1
            self.events.append(ev.to_dict() | {"incident_id": f"inc-new-{self._next_incident}"})
        return True

    def query_events(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        found = self._select(flt)
        return found[offset : offset + limit], len(found)

    def iter_events(self, flt: EventFilter) -> Iterable[dict[str, Any]]:
        return iter(self._select(flt))

    def get_article(self, doc_id: str) -> dict[str, Any] | None:
        art = self.articles.get(doc_id)
        if art is None:
            return None
        return dict(art, events=[e for e in self.events if e["doc_id"] == doc_id])

    def _incident(self, incident_id: str, reports: list[dict[str, Any]]) -> dict[str, Any]:
        first = reports[0]
        fats = sorted(r["fatalities"] for r in reports if r["fatalities"] is not None)
        sources = sorted({s["name"] for r in reports for s in r["reported_by"]})
        return {
            "id": incident_id,
            "event_type": first["event_type"],
            "sub_event_type": first["sub_event_type"],
            "location": first["location"],
            "date": min((r["date"] for r in reports if r["date"]), default=None),
            "actors": sorted({a["name"] for r in reports for a in (r["actor1"], r["actor2"]) if a}),
            "fatalities_low": fats[0] if fats else None,
            "fatalities_best": int(statistics.median_low(fats)) if fats else None,
            "fatalities_high": fats[-1] if fats else None,
            "sources": sources,
            "report_count": len(reports),
        }

    def list_incidents(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        wanted = {e["incident_id"] for e in self._select(flt)}
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in self.events:
            if e["incident_id"] in wanted:
                groups[e["incident_id"]].append(e)
        found = sorted(
            (self._incident(i, r) for i, r in groups.items()),
            key=lambda i: (i["date"] or "", i["id"]),
            reverse=True,
        )
        return found[offset : offset + limit], len(found)

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        reports = [e for e in self.events if e["incident_id"] == incident_id]
        if not reports:
            return None
        out = self._incident(incident_id, reports)
        out["reports"] = [
            dict(
                r,
                article={
                    k: self.articles[r["doc_id"]].get(k)
                    for k in ("id", "title", "url", "outlet", "published")
                },
            )
            for r in reports
        ]
        return out

    def summary(self, flt: EventFilter, by: str) -> list[dict[str, Any]]:
        key = {
            "day": lambda e: e["date"],
            "type": lambda e: e["event_type"],
            "country": lambda e: (e["location"] or {}).get("country"),
        }[by]
        counts: Counter[str | None] = Counter()
        deaths: Counter[str | None] = Counter()
        for e in self._select(flt):
            counts[key(e)] += 1
            deaths[key(e)] += e["fatalities"] or 0
        keys = sorted(counts, key=lambda k: (k is None, k or ""))  # undated/unplaced last, as SQL does
        return [{"key": k, "events": counts[k], "fatalities": deaths[k]} for k in keys]

    def _event_by_id(self, event_id: str) -> dict[str, Any]:
        for e in self.events:
            if e["id"] == event_id:
                return e
        raise SitrepError(f"no such event: {event_id}")  # as the SQL store words it

    def link(self, event_ids: list[str]) -> str:
        targets = [self._event_by_id(i) for i in event_ids]
        incident = targets[0]["incident_id"]
        for e in targets:
            e["incident_id"] = incident
        return str(incident)

    def unlink(self, event_id: str) -> str:
        ev = self._event_by_id(event_id)
        self._next_incident += 1
        ev["incident_id"] = f"inc-split-{self._next_incident}"
        return str(ev["incident_id"])

    def close(self) -> None:
        self.calls.append("close")
