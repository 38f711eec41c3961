"""Factories for the store tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

from typing import Any

from sitrep.model import Actor, Article, Event, Place, Source, Span

TEXT = (
    "Des hommes armés ont attaqué le village. Douze personnes ont été tuées selon un élu local. "
    "Une deuxième attaque a visé le marché le lendemain."
)


def article(doc_id: str, text: str = TEXT, **kw: Any) -> Article:
    """An article whose text is unique to its id unless ``text`` is given."""
    body = text if text is not TEXT else f"{TEXT} [{doc_id}]"
    return Article(id=doc_id, text=body, lang=kw.pop("lang", "fr"), **kw)


def event(
    doc_id: str,
    *,
    etype: str = "Violence against civilians",
    sub: str = "Attack",
    start: int = 0,
    place: str | None = "Boni",
    lat: float | None = 15.05,
    lon: float | None = -2.2,
    country: str | None = "ML",
    admin1: str | None = "Mopti",
    precision: int = 1,
    date: str | None = "2024-03-01",
    fatalities: int | None = None,
    actor1: tuple[str, str] | None = ("Unidentified Armed Group (Mali)", "unidentified"),
    actor2: tuple[str, str] | None = ("Civilians (Mali)", "civilians"),
    sources: tuple[str, ...] = (),
    lang: str = "fr",
) -> Event:
    loc = None
    if place is not None or lat is not None:
        loc = Place(
            name=place or "?",
            text=place or "?",
            country=country,
            lat=lat,
            lon=lon,
            admin1=admin1,
            precision=precision,
        )
    return Event(
        doc_id=doc_id,
        event_type=etype,
        sub_event_type=sub,
        evidence=Span(start, start + 40, TEXT[start : start + 40]),
        lang=lang,
        actor1=Actor(name=actor1[0], text=actor1[0], kind=actor1[1]) if actor1 else None,
        actor2=Actor(name=actor2[0], text=actor2[0], kind=actor2[1]) if actor2 else None,
        location=loc,
        date=date,
        date_precision="day" if date else None,
        fatalities=fatalities,
        fatalities_qualifier="exact" if fatalities is not None else None,
        reported_by=[Source(name=s, text=s) for s in sources],
        confidence=0.8,
    )
