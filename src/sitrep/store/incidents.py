"""Incidents: which incident a new report joins, and how an incident's reports are reconciled.

Fatalities follow UCDP's low / best / high: *low* is the smallest figure reported, *high* the largest,
*best* the figure most reports give; a tie goes to the most recently published article (later
reports usually carry the consolidated toll), then to the more confident extraction. Each figure
keeps the id of the event it comes from, so it can be traced to its article and evidence.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.store.linking import Report, compatible, same_incident


def choose_incident(
    new: Report, groups: Mapping[str, Sequence[Report]], cannot_link: set[frozenset[str]]
) -> str | None:
    """The incident ``new`` joins: one with a member it matches and none it conflicts with.

    Every member must be compatible (complete-linkage veto), so incidents do not grow by chaining
    loosely related reports; among the candidates the one with the most matching members wins."""
    best: tuple[int, str] | None = None
    for incident_id in sorted(groups):
        members = groups[incident_id]
        if any(frozenset((new.id, m.id)) in cannot_link for m in members):
            continue
        if not all(compatible(new, m) for m in members):
            continue
        matches = sum(same_incident(new, m) for m in members)
        if matches and (best is None or matches > best[0]):
            best = (matches, incident_id)
    return best[1] if best else None


def incident_id_for(event_id: str) -> str:
    """An incident is named after its founding report, so ids are stable across identical runs."""
    return "inc-" + event_id.removeprefix("ev-")


def _recency(m: Mapping[str, Any]) -> tuple[str, str, float]:
    return (m.get("published") or "", m.get("ingested_at") or "", float(m.get("confidence") or 0.0))


def reconcile_fatalities(members: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``fatalities_low/best/high`` and the event id each one comes from (None when no figure)."""
    figures = [m for m in members if m.get("fatalities") is not None]
    if not figures:
        return {k: None for k in ("fatalities_low", "fatalities_best", "fatalities_high")} | {
            k: None for k in ("low_event_id", "best_event_id", "high_event_id")
        }
    counts = Counter(int(m["fatalities"]) for m in figures)
    best = max(figures, key=lambda m: (counts[int(m["fatalities"])], _recency(m), m["id"]))
    low = min(figures, key=lambda m: (int(m["fatalities"]), m["id"]))
    high = min(figures, key=lambda m: (-int(m["fatalities"]), m["id"]))
    return {
        "fatalities_low": int(low["fatalities"]),
        "fatalities_best": int(best["fatalities"]),
        "fatalities_high": int(high["fatalities"]),
        "low_event_id": low["id"],
        "best_event_id": best["id"],
        "high_event_id": high["id"],
    }


def _location(members: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The most precise located report (precision 1 before 2 before 3), else any report."""
    located = [m for m in members if m.get("lat") is not None]
    pool = located or list(members)
    return min(pool, key=lambda m: (m.get("geo_precision") or 9, m["id"]))


def reconcile(incident_id: str, members: Sequence[Mapping[str, Any]], stamp: str) -> dict[str, Any]:
    """The ``incidents`` row summarising its reports (members: event rows joined with their article)."""
    types = Counter((m["event_type"], m["sub_event_type"]) for m in members)
    event_type, sub_event_type = max(types, key=lambda k: (types[k], k))
    place = _location(members)
    dated = [m for m in members if m.get("date")]
    precise = [m for m in dated if m.get("date_precision") in (None, "day")]
    dates = sorted(m["date"] for m in precise or dated)  # a padded "2016" must not widen "2016-10-15"
    sources: set[str] = set()
    for m in members:
        sources.update(s for s in m.get("sources", []) if s)
        if m.get("outlet"):
            sources.add(m["outlet"])
    return {
        "id": incident_id,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "location_name": place.get("location_name"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "date_first": dates[0] if dates else None,
        "date_last": dates[-1] if dates else None,
        **reconcile_fatalities(members),
        "report_count": len(members),
        "article_count": len({m["article_id"] for m in members}),
        "sources": json.dumps(sorted(sources), ensure_ascii=False),
        "updated_at": stamp,
    }
