"""Realistic sample records for the API, web and benchmark code, written for these tests.

Articles are hand-written (no corpus text); events are pipeline records (Event, Actor, Place...),
so the same sample loads into the fake store and into the real SQLite store.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

from sitrep.model import Actor, Article, Event, Place, Source, Span

PLACES: dict[str, dict[str, Any]] = {
    "Deir ez-Zor": {"country": "SY", "admin1": "Deir ez-Zor", "lat": 35.336, "lon": 40.141},
    "Idlib": {"country": "SY", "admin1": "Idlib", "lat": 35.931, "lon": 36.633},
    "Gao": {"country": "ML", "admin1": "Gao", "lat": 16.272, "lon": -0.044},
    "Mopti": {"country": "ML", "admin1": "Mopti", "lat": 14.493, "lon": -4.186},
    "Djibo": {"country": "BF", "admin1": "Sahel", "lat": 14.102, "lon": -1.627},
    "Maiduguri": {"country": "NG", "admin1": "Borno", "lat": 11.846, "lon": 13.160},
    "Goma": {"country": "CD", "admin1": "North Kivu", "lat": -1.679, "lon": 29.222},
    "Beni": {"country": "CD", "admin1": "North Kivu", "lat": 0.491, "lon": 29.473},
    "El Fasher": {"country": "SD", "admin1": "North Darfur", "lat": 13.628, "lon": 25.349},
    "Mogadishu": {"country": "SO", "admin1": "Banaadir", "lat": 2.037, "lon": 45.344},
}


def _actor(name: str, text: str, kind: str, country: str | None = None) -> Actor:
    return Actor(name=name, text=text, kind=kind, country=country)


# (id, lang, published, outlet, title, text, [event spec]), evidence = the event's sentence.
ARTICLES: list[dict[str, Any]] = [
    {
        "id": "fr-deir-0302",
        "lang": "fr",
        "published": "2026-03-02",
        "outlet": "Le Courrier du Levant",
        "title": "Frappes aériennes meurtrières près de Deir ez-Zor",
        "text": "Au moins 12 combattants de l'État islamique ont été tués lundi dans des frappes aériennes "
        "près de Deir ez-Zor, selon l'Observatoire syrien des droits de l'homme. Les frappes visaient "
        "un dépôt d'armes, a précisé l'ONG.",
        "events": [
            {
                "sentence": 0,
                "type": ("Explosions/Remote violence", "Air/drone strike"),
                "actor2": _actor("Islamic State", "l'État islamique", "rebel_group"),
                "place": ("Deir ez-Zor", "Deir ez-Zor", 2),
                "date": "2026-03-02",
                "fatalities": (12, "at_least"),
                "sources": [("SOHR", "l'Observatoire syrien des droits de l'homme")],
                "incident": "inc-deir",
            }
        ],
    },
    {
        "id": "en-deir-0302",
        "lang": "en",
        "published": "2026-03-02",
        "outlet": "Levant Wire",
        "title": "Strikes kill Islamic State fighters in eastern Syria",
        "text": "Air strikes near Deir ez-Zor killed at least 14 Islamic State fighters on Monday, the "
        "Syrian Observatory for Human Rights said. The monitor did not say who carried out the raids.",
        "events": [
            {
                "sentence": 0,
                "type": ("Explosions/Remote violence", "Air/drone strike"),
                "actor2": _actor("Islamic State", "Islamic State", "rebel_group"),
                "place": ("Deir ez-Zor", "Deir ez-Zor", 2),
                "date": "2026-03-02",
                "fatalities": (14, "at_least"),
                "sources": [("SOHR", "Syrian Observatory for Human Rights")],
                "incident": "inc-deir",
            }
        ],
    },
    {
        "id": "fr-gao-0305",
        "lang": "fr",
        "published": "2026-03-06",
        "outlet": "Sahel Matin",
        "title": "Embuscade contre un convoi militaire près de Gao",
        "text": "Une embuscade contre un convoi de l'armée malienne a fait 7 morts jeudi près de Gao, a "
        "indiqué l'état-major. Les assaillants ont ensuite pris la fuite vers le nord.",
        "events": [
            {
                "sentence": 0,
                "type": ("Battles", "Armed clash"),
                "actor2": _actor("Military Forces of Mali", "l'armée malienne", "state_forces", "ML"),
                "place": ("Gao", "Gao", 2),
                "date": "2026-03-05",
                "fatalities": (7, "exact"),
                "sources": [("Malian Armed Forces", "l'état-major")],
                "incident": "inc-gao",
            }
        ],
    },
    {
        "id": "en-maiduguri-0307",
        "lang": "en",
        "published": "2026-03-07",
        "outlet": "Lake Chad Today",
        "title": "Roadside bomb kills three near Maiduguri",
        "text": "A roadside bomb exploded on Saturday near Maiduguri, killing three civilians travelling "
        "to the market, police said. No group has claimed the attack.",
        "events": [
            {
                "sentence": 0,
                "type": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                "actor2": _actor("Civilians (Nigeria)", "civilians", "civilians", "NG"),
                "place": ("Maiduguri", "Maiduguri", 2),
                "date": "2026-03-07",
                "fatalities": (3, "exact"),
                "sources": [("police", "police")],
                "incident": "inc-maiduguri",
            }
        ],
    },
    {
        "id": "fr-goma-0308",
        "lang": "fr",
        "published": "2026-03-08",
        "outlet": "Kivu Info",
        "title": "Manifestation contre l'insécurité à Goma",
        "text": "Des milliers de personnes ont manifesté samedi à Goma pour dénoncer l'insécurité, selon "
        "Radio Okapi. Le cortège s'est dispersé dans le calme.",
        "events": [
            {
                "sentence": 0,
                "type": ("Protests", "Peaceful protest"),
                "actor1": _actor(
                    "Protesters (Democratic Republic of Congo)",
                    "Des milliers de personnes",
                    "protesters",
                    "CD",
                ),
                "place": ("Goma", "Goma", 1),
                "date": "2026-03-07",
                "fatalities": (None, None),
                "sources": [("Radio Okapi", "Radio Okapi")],
                "incident": "inc-goma",
            }
        ],
    },
    {
        "id": "en-elfasher-0310",
        "lang": "en",
        "published": "2026-03-10",
        "outlet": "Darfur Monitor",
        "title": "Shelling on El Fasher kills 21",
        "text": "Shelling by the Rapid Support Forces on El Fasher killed 21 people on Tuesday, a local "
        "medical source said. Several shells fell near a hospital.",
        "events": [
            {
                "sentence": 0,
                "type": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                "actor1": _actor("Rapid Support Forces", "Rapid Support Forces", "rebel_group", "SD"),
                "place": ("El Fasher", "El Fasher", 1),
                "date": "2026-03-10",
                "fatalities": (21, "exact"),
                "sources": [("medical source", "a local medical source")],
                "incident": "inc-fasher",
            }
        ],
    },
    {
        "id": "fr-djibo-0311",
        "lang": "fr",
        "published": "2026-03-11",
        "outlet": "Sahel Matin",
        "title": "Quatre enseignants enlevés près de Djibo",
        "text": "Des hommes armés ont enlevé quatre enseignants mercredi près de Djibo, dans le nord du "
        "Burkina Faso, ont rapporté des sources locales. Leur école avait déjà été menacée.",
        "events": [
            {
                "sentence": 0,
                "type": ("Violence against civilians", "Abduction/forced disappearance"),
                "actor1": _actor(
                    "Unidentified Armed Group (Burkina Faso)", "Des hommes armés", "unidentified", "BF"
                ),
                "actor2": _actor("Civilians (Burkina Faso)", "quatre enseignants", "civilians", "BF"),
                "place": ("Djibo", "Djibo", 2),
                "date": "2026-03-11",
                "fatalities": (None, None),
                "sources": [("local sources", "des sources locales")],
                "incident": "inc-djibo",
            }
        ],
    },
    {
        "id": "fr-idlib-0312",
        "lang": "fr",
        "published": "2026-03-12",
        "outlet": "Le Courrier du Levant",
        "title": "Combats dans la province d'Idlib",
        "text": "Des affrontements entre l'armée syrienne et Hayat Tahrir al-Cham ont fait 9 morts jeudi "
        "dans la province d'Idlib, selon l'OSDH. Les combats ont repris en soirée.",
        "events": [
            {
                "sentence": 0,
                "type": ("Battles", "Armed clash"),
                "actor1": _actor("Military Forces of Syria", "l'armée syrienne", "state_forces", "SY"),
                "actor2": _actor("Hayat Tahrir al-Sham", "Hayat Tahrir al-Cham", "rebel_group", "SY"),
                "place": ("Idlib", "province d'Idlib", 3),
                "date": "2026-03-12",
                "fatalities": (9, "exact"),
                "sources": [("SOHR", "l'OSDH")],
                "incident": "inc-idlib",
            }
        ],
    },
    {
        "id": "en-beni-0314",
        "lang": "en",
        "published": "2026-03-14",
        "outlet": "Great Lakes Post",
        "title": "Villagers killed in overnight raid near Beni",
        "text": "Suspected ADF rebels killed 17 villagers in an overnight attack near Beni, the army said "
        "on Saturday. Survivors fled towards the town centre.",
        "events": [
            {
                "sentence": 0,
                "type": ("Violence against civilians", "Attack"),
                "actor1": _actor("Allied Democratic Forces", "ADF rebels", "rebel_group", "UG"),
                "actor2": _actor("Civilians (Democratic Republic of Congo)", "villagers", "civilians", "CD"),
                "place": ("Beni", "Beni", 2),
                "date": "2026-03-13",
                "fatalities": (17, "exact"),
                "sources": [("Military Forces of Democratic Republic of Congo", "the army")],
                "incident": "inc-beni",
            }
        ],
    },
    {
        "id": "fr-beni-0314",
        "lang": "fr",
        "published": "2026-03-14",
        "outlet": "Kivu Info",
        "title": "Nouvelle attaque meurtrière près de Beni",
        "text": "Au moins 18 civils ont été tués dans la nuit de vendredi à samedi près de Beni lors d'une "
        "attaque attribuée aux ADF, selon la société civile locale. Un deuil a été décrété.",
        "events": [
            {
                "sentence": 0,
                "type": ("Violence against civilians", "Attack"),
                "actor1": _actor("Allied Democratic Forces", "ADF", "rebel_group", "UG"),
                "actor2": _actor("Civilians (Democratic Republic of Congo)", "civils", "civilians", "CD"),
                "place": ("Beni", "Beni", 2),
                "date": "2026-03-13",
                "fatalities": (18, "at_least"),
                "sources": [("local civil society", "la société civile locale")],
                "incident": "inc-beni",
            }
        ],
    },
    {
        "id": "en-mogadishu-0312",
        "lang": "en",
        "published": "2026-03-12",
        "outlet": "Horn Daily",
        "title": "Mortar round hits Mogadishu market",
        "text": "Two people were killed when a mortar round hit a market in Mogadishu on Thursday, "
        "witnesses told reporters. Al-Shabaab often targets the capital.",
        "events": [
            {
                "sentence": 0,
                "type": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                "actor2": _actor("Civilians (Somalia)", "Two people", "civilians", "SO"),
                "place": ("Mogadishu", "Mogadishu", 1),
                "date": "2026-03-12",
                "fatalities": (2, "exact"),
                "sources": [("witnesses", "witnesses")],
                "incident": "inc-mogadishu",
            }
        ],
    },
    {
        "id": "fr-mopti-0316",
        "lang": "fr",
        "published": "2026-03-16",
        "outlet": "Sahel Matin",
        "title": "Manifestation de commerçants dispersée à Mopti",
        "text": "La police a dispersé lundi à Mopti une manifestation de commerçants en colère. Une "
        "vingtaine de personnes ont été interpellées, selon un responsable municipal.",
        "events": [
            {
                "sentence": 0,
                "type": ("Protests", "Protest with intervention"),
                "actor1": _actor("Protesters (Mali)", "commerçants", "protesters", "ML"),
                "actor2": _actor("Police Forces of Mali", "La police", "state_forces", "ML"),
                "place": ("Mopti", "Mopti", 1),
                "date": "2026-03-16",
                "fatalities": (None, None),
                "sources": [],
                "incident": "inc-mopti",
            }
        ],
    },
]


def _sentence_span(text: str, index: int) -> tuple[int, int]:
    """Offsets of the index-th sentence (split after '. ')."""
    start = 0
    for _ in range(index):
        start = text.index(". ", start) + 2
    end = text.find(". ", start)
    return start, (len(text) if end < 0 else end + 1)


def _event(article: Article, spec: dict[str, Any]) -> Event:
    start, end = _sentence_span(article.text, spec["sentence"])
    name, written, precision = spec["place"]
    place = PLACES[name]
    fat, qual = spec["fatalities"]
    return Event(
        doc_id=article.id,
        event_type=spec["type"][0],
        sub_event_type=spec["type"][1],
        evidence=Span(start, end, article.text[start:end]),
        lang=article.lang or "en",
        actor1=spec.get("actor1"),
        actor2=spec.get("actor2"),
        location=Place(
            name=name,
            text=written,
            country=place["country"],
            admin1=place["admin1"],
            lat=place["lat"],
            lon=place["lon"],
            precision=precision,
        ),
        date=spec["date"],
        date_precision="day",
        fatalities=fat,
        fatalities_qualifier=qual,
        reported_by=[Source(n, t) for n, t in spec["sources"]],
        confidence=0.8,
    )


Sample = list[tuple[Article, list[Event], list[str]]]
"""(article, its events, the incident id of each event)."""


def sample_pairs() -> Sample:
    """The hand-written articles as pipeline records, ready for ``Store.store_article``."""
    out: Sample = []
    for a in ARTICLES:
        fields = {k: a[k] for k in ("id", "text", "title", "published", "outlet", "lang")}
        article = Article(**fields, url=f"https://news.example/{a['id']}")
        out.append((article, [_event(article, e) for e in a["events"]], [e["incident"] for e in a["events"]]))
    return out


def synthetic_pairs(count: int, seed: int = 7) -> Sample:
    """``count`` plausible articles of one event each (benchmarks, crowded maps), from the sample's shapes."""
    rng = random.Random(seed)
    base = [(a, e) for a, evs, _ in sample_pairs() for e in evs]
    out: Sample = []
    for i in range(count):
        tmpl_article, tmpl = base[i % len(base)]
        article = dataclasses.replace(
            tmpl_article,
            id=f"{tmpl_article.id}-{i}",
            text=f"{tmpl_article.text} #{i}",
            url=f"{tmpl_article.url}-{i}",
        )
        loc = tmpl.location
        assert loc is not None and loc.lat is not None and loc.lon is not None
        event = dataclasses.replace(
            tmpl,
            doc_id=article.id,
            date=f"2026-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}",
            location=dataclasses.replace(
                loc, lat=loc.lat + rng.uniform(-0.5, 0.5), lon=loc.lon + rng.uniform(-0.5, 0.5)
            ),
            fatalities=None if tmpl.fatalities is None else rng.randint(0, 40),
        )
        out.append((article, [event], [f"inc-syn-{i:06d}"]))
    return out


def to_dicts(sample: Sample) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """(articles by id, event dicts with ``incident_id``): what a store returns for these records."""
    articles = {a.id: {k: getattr(a, k) for k in ARTICLE_FIELDS} for a, _, _ in sample}
    events = [
        e.to_dict() | {"incident_id": inc}
        for _, evs, incs in sample
        for e, inc in zip(evs, incs, strict=True)
    ]
    return articles, events


ARTICLE_FIELDS = ("id", "text", "title", "published", "url", "outlet", "lang")
