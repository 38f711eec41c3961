"""The gazetteer-backed geoparser: spans -> mentions -> ranked candidates -> places."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from sitrep.geo.detect import detect_spans
from sitrep.geo.directions import LABELS, SECTOR_FEATURE, Parts, country_parts
from sitrep.geo.fold import fold
from sitrep.geo.frames import clean_name, core_name, division_core, is_parent_link, region_cue, town_cue
from sitrep.geo.langdata import lang_data
from sitrep.geo.resolve import Candidate, Mention, candidates, prior, rescore
from sitrep.geo.store import EXACT, SKELETON, VARIANT, Entry, Gazetteer
from sitrep.lang import available_languages
from sitrep.model import Place, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
PART_PENALTY = -1.0  # a part read as its whole ("North Dallas" as Dallas) is less sure than a name


_WORD = re.compile(r"\b[^\W\d_][^\W\d_]{3,}\b")  # a word in any case
_LOWER_WORD = re.compile(r"\b[^\W\d_A-Z][^\W\d_]{3,}\b")  # a word in lower case


class GazetteerGeoparser:
    """Implements :class:`sitrep.geo.base.Geoparser` over a gazetteer file."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._countries: dict[str, Entry | None] = {}
        self._demonyms: dict[str | None, dict[str, str]] = {}
        self._sectors: dict[str, Parts | None] = {}

    # -- public API -------------------------------------------------------------------------
    def resolve_spans(
        self, text: str, spans: Sequence[tuple[int, int]], *, lang: str | None = None
    ) -> list[Toponym]:
        """Resolve the given spans together (document context), one Toponym per span."""
        return [t for t, _m in self._resolve(text, spans, lang)]

    def _resolve(
        self, text: str, spans: Sequence[tuple[int, int]], lang: str | None, votes: Sequence[str] = ()
    ) -> list[tuple[Toponym, Mention | None]]:
        langs = [lang] if lang else available_languages()
        mentions: dict[str, Mention] = {}
        order: list[Mention | None] = []
        for start, end in spans:
            raw = text[start:end]
            m = self._mention(raw, langs, mentions)
            if m is not None and not m.region_cue:
                m.region_cue = any(region_cue(text, start, end, code) for code in langs)
            if m is not None and not m.town_cue:
                m.town_cue = any(town_cue(text, start, code) for code in langs)
            order.append(m)
        self._link_parents(text, spans, order, langs)
        self._link_lists(text, spans, order)
        for code in votes:  # nationality words: context for the names, no toponyms themselves
            self._vote(code, mentions)
        live = list(mentions.values())
        rescore(live)
        return [(self._toponym(text, s, e, m), m) for (s, e), m in zip(spans, order, strict=True)]

    def geoparse(
        self, text: str, *, lang: str, doc: Doc | None = None, demonyms: bool = True, unlisted: bool = False
    ) -> list[Toponym]:
        """Detect the toponyms of a text (spaCy entities checked against the gazetteer), resolve them;
        ``demonyms``: also return country adjectives ("syrien") as mentions of their country."""
        doubtful: list[tuple[int, int]] = []
        spans = detect_spans(
            text,
            lang=lang,
            doc=doc,
            known=self.known,
            demonym=self._demonym_of,
            demonyms=demonyms,
            doubtful=doubtful,
        )
        votes = self._adjective_countries(text, lang, capitalised=not demonyms)
        resolved = self._resolve(text, spans, lang, votes)
        sure = [
            t.place.country for t, m in resolved if m is not None and not _loose(m) and t.place is not None
        ]
        focus = _focus_country([c for c in sure if c] + votes)
        rescued = self._at_home(text, doubtful, spans, focus, {c for c in sure if c}, lang)
        if rescued:  # resolve again: the rescued names are context for the others
            spans = sorted([*spans, *rescued])
            resolved = self._resolve(text, spans, lang, votes)
        named = {(m.key, t.place.country) for t, m in resolved if m is not None and t.place is not None}
        seen = Counter([c for _, c in named if c] + votes)  # (a name repeated counts once)
        if not unlisted:
            return [t for t, m in resolved if t.place is not None and not _far_guess(t, m, focus, seen)]
        kept = [t.place is not None and not _far_guess(t, m, focus, seen) for t, m in resolved]
        return [
            t if keep else Toponym(t.start, t.end, t.text)
            for (t, m), keep in zip(resolved, kept, strict=True)
            if t.place is not None or (m is not None and not m.candidates)
        ]

    def _at_home(
        self,
        text: str,
        doubtful: list[tuple[int, int]],
        spans: Sequence[tuple[int, int]],
        focus: str | None,
        named: set[str],
        lang: str,
    ) -> list[tuple[int, int]]:
        """Names NER filed as persons or products ("Kaga-Bandoro", "Damboa") that are exactly the
        name of a place in the country the text is about: in conflict news, mostly towns; or of a
        prominent city of another country the text names ("Russian shelling of Kherson" in a story
        that names Ukraine, where "Russian" makes Russia the focus)."""
        taken = [range(s, e) for s, e in spans]
        out = []
        for start, end in doubtful:
            if any(start in r or end - 1 in r for r in taken):
                continue
            exact = [c for c in candidates(self.gazetteer, text[start:end]) if c.tier == EXACT]
            homes = {focus} if focus else set()
            if self.known(text[start:end], lang) >= 3:
                homes |= named
            if any(c.entry.country in homes and not c.entry.is_region for c in exact):
                out.append((start, end))
        return out

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """Best single place for a bare name, optionally within a country."""
        cands = candidates(self.gazetteer, name)
        if country:
            cands = [c for c in cands if c.entry.country == country.upper()]
        if not cands:
            return None
        return self.place(cands[0].entry, name)

    def sector(self, country: str, direction: str, text: str = "") -> Place | None:
        """A compass part of a country ("N", "SW", "C"...): see :mod:`sitrep.geo.directions`."""
        parts, entry = self._parts(country), self.country(country.upper())
        if parts is None or entry is None:
            return None
        lat, lon = parts.points[direction]
        return Place(
            name=f"{LABELS[direction]} {entry.name}",
            text=text or entry.name,
            country=entry.country,
            lat=lat,
            lon=lon,
            precision=3,
            feature=SECTOR_FEATURE,
        )

    def in_sector(self, country: str, direction: str, lat: float, lon: float) -> bool:
        """Whether a point lies in that compass part of the country."""
        parts = self._parts(country)
        return parts is not None and parts.contains(direction, lat, lon)

    def _parts(self, country: str) -> Parts | None:
        code = country.upper()
        if code not in self._sectors:
            rows = self.gazetteer.query(
                "SELECT lat, lon FROM places WHERE country = ? AND fcode LIKE 'P.%'", (code,)
            )
            self._sectors[code] = country_parts([(r[0], r[1]) for r in rows])
        return self._sectors[code]

    # -- helpers ------------------------------------------------------------------------------
    def place(self, e: Entry, text: str) -> Place:
        """The public record of a gazetteer entry as written ``text``."""
        gaz = self.gazetteer
        return Place(
            name=e.name,
            text=text,
            country=e.country or None,
            lat=round(e.lat, 5),
            lon=round(e.lon, 5),
            geonameid=e.id if e.id > 0 else None,
            admin1=gaz.admin_name(e.country, e.admin1) if e.admin1 else None,
            admin2=gaz.admin_name(e.country, e.admin1, e.admin2) if e.admin2 else None,
            precision=3 if e.is_region else 1,
            feature=e.fcode,
            population=e.population,
        )

    def country(self, code: str) -> Entry | None:
        """The gazetteer entry of a country by ISO alpha-2 code."""
        if code not in self._countries:
            rows = self.gazetteer.query(
                "SELECT id FROM places WHERE country = ? AND fcode = 'A.PCLI' LIMIT 1", (code,)
            )
            self._countries[code] = self.gazetteer.entry(rows[0][0]) if rows else None
        return self._countries[code]

    def _demonym_of(self, name: str, lang: str | None) -> str | None:
        table = self._demonyms.get(lang)
        if table is None:
            table = {}
            for code in [lang] if lang else available_languages():
                for word, cc in lang_data(code, "demonyms").items():
                    if isinstance(cc, str):
                        table[fold(word)] = cc.upper()
            self._demonyms[lang] = table
        return table.get(fold(name))

    def _adjective_countries(self, text: str, lang: str | None, capitalised: bool = False) -> list[str]:
        """Countries of the nationality words in lower case ("l'armée malienne"), which NER does
        not see (and, when detection leaves demonyms out, of "the Nigerian army"): evidence of the
        text's country, though no toponyms themselves."""
        out = []
        for w in (_WORD if capitalised else _LOWER_WORD).findall(text):
            code = self._demonym_of(w, lang)
            if code:
                out.append(code)
        return out

    def known(self, name: str, lang: str | None) -> int:
        """How surely the gazetteer knows a name: 4 exactly the own name of a major place (country,
        continent, capital, populous division or city), 3 exactly a prominent place (any division,
        city over 100,000), 2 exactly a place's own name or a notable place's alternate name,
        1 only a looser spelling, 0 not at all."""
        cleaned = clean_name(name, lang, adjectives=False)  # detection: "European" is no place name
        level = 0
        for pid, tier, main in self.gazetteer.matches(cleaned):
            if tier != EXACT:
                level = max(level, 1)
                continue
            e = self.gazetteer.entry(pid)
            if e is None:
                continue
            if main and _major(e):
                return 4
            if _prominent(e):
                level = 3
                continue
            level = max(level, 2 if main or e.is_region or e.population >= 1000 else 1)
        if level == 0 and candidates(self.gazetteer, cleaned):
            level = 1
        return level

    def _vote(self, code: str, mentions: dict[str, Mention]) -> None:
        key = "\0" + code
        if key in mentions:
            mentions[key].count += 1
        elif (e := self.country(code)) is not None:
            cand = Candidate(e, EXACT, True, prior(e, EXACT, True))
            mentions[key] = Mention(name=code, key=key, candidates=[cand], forced_country=code)

    def _mention(self, raw: str, langs: list[str], mentions: dict[str, Mention]) -> Mention | None:
        name = raw
        for lang in langs:
            name = clean_name(name, lang)
        key = fold(name)
        if not key:
            return None
        m = mentions.get(key)
        if m is not None:
            m.count += 1
            return m
        m = Mention(name=name, key=key)
        code = next((c for lang in langs if (c := self._demonym_of(raw, lang))), None)
        if code and (e := self.country(code)) is not None:
            m.forced_country = code
            m.candidates = [Candidate(e, EXACT, True, prior(e, EXACT, True))]
        else:
            m.candidates = candidates(self.gazetteer, name)
            if all(c.tier >= SKELETON for c in m.candidates):
                m.candidates = self._division(name, langs) or self._whole_of(name, langs) or m.candidates
        mentions[key] = m
        return m

    def _division(self, name: str, langs: list[str]) -> list[Candidate]:
        """The division a name written with its kind stands for ("Sokoto State"), when the
        gazetteer knows it only by its bare name."""
        for lang in langs:
            core = division_core(name, lang)
            if core is None:
                continue
            found = candidates(self.gazetteer, core, fuzzy=False)
            regions = [c for c in found if c.tier < SKELETON and c.entry.is_region]
            if regions:
                return regions
        return []

    def _whole_of(self, name: str, langs: list[str]) -> list[Candidate]:
        """Readings of the place a name is a part of ("North Dallas": Dallas), when the name
        itself is unknown: the whole is where the part is, within its extent."""
        for lang in langs:
            core = core_name(name, lang)
            if core is None:
                continue
            found = [c for c in candidates(self.gazetteer, core, fuzzy=False) if c.tier < SKELETON]
            for c in found:
                c.tier = max(c.tier, VARIANT)
                c.prior += PART_PENALTY
                c.score = c.prior
            if found:
                return found
        return []

    @staticmethod
    def _link_lists(text: str, spans: Sequence[tuple[int, int]], order: list[Mention | None]) -> None:
        """Record, for every name in an enumeration of three or more ("A, B and C"), the other names
        of the enumeration: a list is usually of one kind of place (states, countries, towns)."""
        ranked = [i for i in sorted(range(len(spans)), key=lambda i: spans[i][0]) if order[i] is not None]
        run: list[Mention] = []
        for k, i in enumerate(ranked):
            m = order[i]
            assert m is not None
            if k > 0 and _LIST_SEP.match(text[spans[ranked[k - 1]][1] : spans[i][0]]):
                run.append(m)
                continue
            _close_list(run)
            run = [m]
        _close_list(run)

    @staticmethod
    def _link_parents(
        text: str, spans: Sequence[tuple[int, int]], order: list[Mention | None], langs: list[str]
    ) -> None:
        ranked = sorted(range(len(spans)), key=lambda i: spans[i][0])
        gaps = [text[spans[a][1] : spans[b][0]] for a, b in pairwise(ranked)]
        commas = [g.strip() == "," for g in gaps]
        joins = [c or bool(_LIST_JOIN.match(g)) for c, g in zip(commas, gaps, strict=True)]
        for k, (a, b) in enumerate(pairwise(ranked)):
            child, parent = order[a], order[b]
            if child is None or parent is None or child is parent:
                continue
            if commas[k] and ((k > 0 and joins[k - 1]) or (k + 1 < len(joins) and joins[k + 1])):
                continue  # "A, B, C", "A, B and C": a list of places, not a place and its container
            between = text[spans[a][1] : spans[b][0]]
            if any(is_parent_link(between, lang) for lang in langs) and parent not in child.parents:
                child.parents.append(parent)
                child.placed = child.placed or bool(between.strip(" ,"))

    def _toponym(self, text: str, start: int, end: int, m: Mention | None) -> Toponym:
        raw = text[start:end]
        best = m.best if m is not None else None
        if m is None or best is None:
            return Toponym(start=start, end=end, text=raw)
        prob = next((p for c, p in m.probabilities() if c is best), 0.0)
        return Toponym(start=start, end=end, text=raw, place=self.place(best.entry, raw), score=prob)


# What joins the items of an enumeration: a comma, or a conjunction (English, French) before the last.
_LIST_JOIN = re.compile(r"^\s*,?\s*(?:and|or|et|ou)\s*$", re.IGNORECASE)
_LIST_SEP = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|et|ou)\b)\s*$", re.IGNORECASE)


def _close_list(run: list[Mention]) -> None:
    items: list[Mention] = []
    for m in run:  # a name repeated in its own list counts once
        if not any(m is x for x in items):
            items.append(m)
    if len(items) < 3:
        return
    for m in items:
        for peer in items:
            if peer is not m and not any(peer is x for x in m.peers):
                m.peers.append(peer)


def _loose(m: Mention) -> bool:
    best = m.best
    return best is not None and best.tier >= SKELETON


def _focus_country(countries: list[str]) -> str | None:
    """The country most of the surely-matched toponyms (and nationality words) lie in, when there
    is a clear one."""
    counts = Counter(countries)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= 0.5 * sum(counts.values()) else None


def _far_guess(t: Toponym, m: Mention | None, focus: str | None, seen: Counter[str]) -> bool:
    """A spelling-level guess outside the country the text is about, or a minor place abroad
    known by that name only as an alternate, in a country no other name of the text lies in
    ("Bè" of Lomé read as Bex, Switzerland): more likely a miss (a village or quarter the
    gazetteer lacks) than a place abroad, so detection leaves it out. ``seen``: the countries of
    the surely-matched names and nationality words, with their counts."""
    if m is None or focus is None or t.place is None or t.place.country == focus:
        return False
    best = m.best
    if best is None or _loose(m):
        return _loose(m)
    alone = seen[t.place.country or ""] <= 1  # (this name's own vote)
    return not best.main and not _prominent(best.entry) and alone


def _major(e: Entry) -> bool:
    if e.fcode in ("A.PCLI", "L.CONT", "P.PPLC"):
        return True
    return e.population >= (1_000_000 if e.fcode in ("A.ADM1", "A.ADM2") else 500_000)


def _prominent(e: Entry) -> bool:
    return e.fcode in ("A.PCLI", "L.CONT", "A.ADM1", "P.PPLC") or e.population >= 100_000
