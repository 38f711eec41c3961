"""EventFilter -> SQLAlchemy conditions over ``events`` joined with ``articles`` (all bound parameters)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, FromClause, and_, or_, select, true

from sitrep.model import SitrepError
from sitrep.store.base import EventFilter
from sitrep.store.records import normalize_date
from sitrep.store.schema import articles, event_sources, events, incident_reports

ev, art = events.c, articles.c


def _date(value: str, what: str) -> str:
    day = normalize_date(value)
    if day is None:
        raise SitrepError(f"{what} must be a date YYYY-MM-DD, not {value!r}")
    return day


def conditions(flt: EventFilter) -> list[ColumnElement[bool]]:
    """One condition per set filter field; they are ANDed by the caller."""
    out: list[ColumnElement[bool]] = []
    if flt.country:
        out.append(ev.country == flt.country.upper())
    if flt.admin1:
        out.append(ev.admin1.icontains(flt.admin1, autoescape=True))
    if flt.bbox:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        out.append(ev.lon.between(min_lon, max_lon))
        out.append(ev.lat.between(min_lat, max_lat))
    if flt.date_from:
        out.append(ev.date >= _date(flt.date_from, "--from"))
    if flt.date_to:
        out.append(ev.date <= _date(flt.date_to, "--to"))
    if flt.event_type:
        out.append(ev.event_type == flt.event_type)
    if flt.sub_event_type:
        out.append(ev.sub_event_type == flt.sub_event_type)
    if flt.actor:
        a = flt.actor
        out.append(
            or_(
                *(
                    col.icontains(a, autoescape=True)
                    for col in (ev.actor1_name, ev.actor1_text, ev.actor2_name, ev.actor2_text)
                )
            )
        )
    if flt.source:
        named = select(event_sources.c.event_id).where(
            or_(
                event_sources.c.name.icontains(flt.source, autoescape=True),
                event_sources.c.text.icontains(flt.source, autoescape=True),
            )
        )
        outlet = select(art.id).where(art.outlet.icontains(flt.source, autoescape=True))
        out.append(or_(ev.id.in_(named), ev.article_id.in_(outlet)))
    if flt.min_fatalities is not None:
        out.append(ev.fatalities >= flt.min_fatalities)
    if flt.text:
        in_text = select(art.id).where(art.text.icontains(flt.text, autoescape=True))
        out.append(or_(ev.evidence_text.icontains(flt.text, autoescape=True), ev.article_id.in_(in_text)))
    if flt.doc_id:
        out.append(ev.article_id == flt.doc_id)
    if flt.incident_id:
        out.append(incident_reports.c.incident_id == flt.incident_id)
    return out


def from_clause(flt: EventFilter) -> FromClause:
    """``events`` with only the joins these filters need (counting 100k rows through joins is slow).

    Article fields are filtered through ``IN (SELECT ...)`` so that no filter needs the articles join."""
    clause: FromClause = events
    if flt.incident_id:
        clause = clause.join(incident_reports, incident_reports.c.event_id == ev.id)
    return clause


def where(flt: EventFilter) -> ColumnElement[bool]:
    conds = conditions(flt)
    return and_(*conds) if conds else true()
