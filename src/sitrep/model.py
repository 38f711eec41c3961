"""Typed records that flow between the pipeline stages.

The JSON form of :class:`Event` (``Event.to_dict``) is the public contract of
``spec/EVENT_RECORD.md``: field names and values must not drift.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]
Modality = Literal["asserted", "planned", "negated", "hypothetical"]
Qualifier = Literal["exact", "at_least", "at_most", "approx"]
DatePrecision = Literal["day", "week", "month", "year"]
ActorKind = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_force",
    "unidentified",
]


@dataclass
class Article:
    """One input article. ``id`` is stable: file stem, JSONL id, or a hash of the text."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD[THH:MM] or YYYY-MM
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    source_path: str | None = None  # where it was read from, for error messages

    @staticmethod
    def text_id(text: str) -> str:
        return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Span:
    """Character offsets into the article text, end exclusive."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    name: str  # canonical English name, e.g. "Military Forces of Syria"
    text: str  # as written
    kind: str = "unidentified"
    country: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    """A resolved place. ``precision``: 1 the town itself, 2 near/part of, 3 only a region."""

    name: str
    text: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: int = 1
    feature: str | None = None  # GeoNames feature class.code, e.g. "P.PPLA"
    population: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


@dataclass
class Toponym:
    """A place name found in (or given for) a text, with its resolution if any."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0


@dataclass
class Count:
    """A number of people as the text states it."""

    value: int
    qualifier: Qualifier = "exact"
    start: int = 0
    end: int = 0
    text: str = ""


@dataclass
class Source:
    name: str  # canonical ("SANA", "SOHR", "AFP", "police")
    text: str  # as written

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text}


@dataclass
class EventDate:
    date: str | None  # YYYY-MM-DD (or YYYY-MM / YYYY when precision is coarser, padded to a day)
    precision: DatePrecision | None = None
    text: str = ""


@dataclass
class Event:
    doc_id: str
    event_type: str
    sub_event_type: str
    evidence: Span
    lang: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: str | None = None
    date_precision: str | None = None
    fatalities: int | None = None
    fatalities_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    reported_by: list[Source] = field(default_factory=list)
    modality: str = "asserted"
    confidence: float = 0.5
    trigger: Span | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable across runs: article, type and the trigger/evidence position."""
        anchor = self.trigger or self.evidence
        key = f"{self.doc_id}|{self.event_type}|{self.sub_event_type}|{anchor.start}|{anchor.end}"
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "fatalities": self.fatalities,
            "fatalities_qualifier": self.fatalities_qualifier,
            "injured": self.injured,
            "injured_qualifier": self.injured_qualifier,
            "reported_by": [s.to_dict() for s in self.reported_by],
            "modality": self.modality,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
            "lang": self.lang,
        }
        if self.trigger is not None:
            d["trigger"] = {"text": self.trigger.text, "start": self.trigger.start, "end": self.trigger.end}
        d.update(self.extra)
        return d


class SitrepError(Exception):
    """A user-facing error: its message is shown as one line, without a traceback."""


class InputError(SitrepError):
    """An input that cannot be read (bad encoding, not JSON, empty, too large...)."""
