"""Tolls told place by place in one sentence: one incident per place, each with its own dead.

"Attacked the village of Masala, killing 23 people, before moving on to nearby Mayikengo, where
17 more were killed", "killed 12 people in Kajuru and eight in Kauru": ACLED codes one event per
location, so a sentence whose tolls each belong to a different town is split. A toll belongs to
the place in its own scope: the nearest one met climbing the parse from the count, looking at
each step into the modifiers that are not clauses of their own and hold no other toll. A lead
toll the next sentences share out town by town ("Four of the victims ... The fifth victim ...
near Simbolongo") is split the same way, when the shares add up to it. Towns joined by a
conjunction ("protests in Mombasa and Nyeri") are one incident each, without tolls of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sitrep.geo.fold import fold
from sitrep.stages.roles import sum_casualties

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from sitrep.model import Place
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import CasualtyRef, PlaceRef, SentFacts
    from sitrep.stages.role_words import RoleWords
    from sitrep.stages.triggers import Trigger

_CLAUSE_POS = frozenset({"VERB", "AUX"})


@dataclass
class Part:
    """One town's share of a sentence: its place, its tolls, and the tokens of the clause that
    tells it alone (empty when the clause is the whole sentence's)."""

    place: PlaceRef
    casualties: list[CasualtyRef]
    clause: frozenset[int] = frozenset()
    triggers: list[Trigger] = field(default_factory=list)


def split_by_place(d: Draft, sf: SentFacts, towns: list[PlaceRef]) -> list[Part]:
    """The parts of the sentence told at other towns than the first; the draft keeps the first
    part's tolls, town and words."""
    parts = tolls_by_place(sf, towns)
    if not parts:
        return []
    first, rest = parts[0], parts[1:]
    theirs = {id(c) for p in rest for c in p.casualties}
    d.casualties = [c for c in d.casualties if id(c) not in theirs]
    here = first.place.place
    if here is not None and (
        d.place is None or d.place.place is None or d.place.place.country == here.country
    ):
        d.place, d.place_inherited = first.place, False
    for p in rest:
        p.triggers = [t for t in d.triggers if t.head in p.clause]
    mine = [t for t in d.triggers if not any(t.head in p.clause for p in rest)]
    if mine and d.anchor not in mine:
        d.anchor = max(mine, key=lambda t: (t.rank, -t.start))
        d.concept = d.anchor.concept
    d.triggers = mine or d.triggers
    return rest


def own_kind(twin: Draft, part: Part, sf: SentFacts) -> None:
    """A part told in a clause of its own takes that clause's words and day ("and one person was
    killed by shelling in Siversk" is shelling, whatever struck the first town)."""
    own = part.triggers
    if own:
        twin.triggers = own
        twin.anchor = max(own, key=lambda t: (t.rank, -t.start))
        twin.concept = twin.anchor.concept
    twin.casualties = part.casualties
    doc = sf.sent.doc
    spans = [(t, doc.char_span(t.start, t.end, alignment_mode="expand")) for t in sf.times if t.date]
    mine = [t for t, span in spans if span is not None and span.root.i in part.clause]
    twin.time = mine[0] if mine else twin.time


def broken_down(host: Draft, own: list[CasualtyRef], parts: list[Part]) -> Draft | None:
    """ "Au moins neuf personnes ont été tuées ... Six des victimes sont mortes à Dakar et trois à
    Ziguinchor": a sentence that splits by place the toll of the incident it continues makes
    that incident its first part, and the other parts incidents of the same kind."""
    new = {id(c) for c in own}
    earlier = [c for c in host.casualties if id(c) not in new]
    if not parts or len(earlier) == len(host.casualties):
        return None
    whole = sum_casualties(earlier, "killed")
    shares = [sum_casualties(cs, "killed") for cs in (own, *(p.casualties for p in parts))]
    if whole is None or any(x is None for x in shares):
        return None
    if whole.value != sum(x.value for x in shares if x is not None):
        return None
    host.casualties = [c for c in host.casualties if c.kind != "killed" or id(c) in new]
    return host


def tolls_by_place(sf: SentFacts, places: list[PlaceRef]) -> list[Part]:
    """The sentence's tolls grouped by the town each belongs to, in text order; empty unless at
    least two different towns each have dead of their own."""
    doc = sf.sent.doc
    roots: dict[int, PlaceRef] = {}
    firsts: dict[int, PlaceRef] = {}
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            roots[span.root.i], firsts[span.start] = p, p
    own = [c for c in sf.casualties if c.sent == sf.index and c.token_i >= 0 and not c.aggregate]
    dead = [c for c in own if c.kind == "killed" and not c.subset and not c.claimed]
    if len(roots) < 2 or len(dead) < 2:
        return []
    tokens = {id(c): _count_token(doc, c) for c in own}
    counted = {t.i for t in tokens.values()}
    groups: dict[str, Part] = {}
    for c in own:
        where = _just_after(tokens[id(c)], firsts) or _place_of(tokens[id(c)], roots, counted)
        if where is not None:
            groups.setdefault(_key(where), Part(where, [])).casualties.append(c)
    placed = {id(c) for g in groups.values() for c in g.casualties}
    killed = {id(c) for c in dead}
    parts = sorted(
        (g for g in groups.values() if any(id(c) in killed for c in g.casualties)),
        key=lambda g: g.place.start,
    )
    if len(parts) < 2 or not killed <= placed:
        return []  # (dead of no known place: a split would lose them)
    lead = {tokens[id(c)].i for c in parts[0].casualties}
    for part in parts[1:]:
        clause = frozenset(i for c in part.casualties for i in _clause(tokens[id(c)]))
        part.clause = frozenset() if clause & lead else clause
    return parts


def _clause(tok: Token) -> set[int]:
    """The tokens of the clause a count is told in (its nearest verb's subtree)."""
    node = tok
    while node.pos_ not in _CLAUSE_POS and node.head.i != node.i:
        node = node.head
    return {t.i for t in node.subtree} if node.pos_ in _CLAUSE_POS else set()


def _count_token(doc: Doc, c: CasualtyRef) -> Token:
    """The count itself (the victim noun may be shared: "12 people in X and eight in Y")."""
    span = doc.char_span(c.count.start, c.count.end, alignment_mode="expand")
    return span.root if span is not None else doc[c.token_i]


def _key(p: PlaceRef) -> str:
    return str(p.place.geonameid) if p.place is not None and p.place.geonameid else p.text.lower()


def _just_after(tok: Token, firsts: dict[int, PlaceRef]) -> PlaceRef | None:
    """A place right after the count and its noun, behind a preposition ("trois à Dori",
    "12 people in Kajuru"), whatever the parse hung it on."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and i - tok.i <= 3 and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "ADP":
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    return firsts.get(i)


def _place_of(tok: Token, roots: dict[int, PlaceRef], counted: set[int]) -> PlaceRef | None:
    """The place nearest the count in its scope: the count's own phrase first, then each head
    above it with its non-clausal modifiers ("where 17 more were killed" is Mayikengo's)."""
    came_from = -1
    node = tok
    while True:
        if node.i in roots:
            return roots[node.i]
        found = [
            p
            for child in node.children
            if child.i != came_from and child.i not in counted
            for p in _within(child, roots, counted)
        ]
        if found:
            return min(found, key=lambda p: abs(p.start - tok.idx))
        if node.head.i == node.i or _own_clause(node):
            return None
        came_from, node = node.i, node.head


def _own_clause(tok: Token) -> bool:
    """A clause joined to another with a subject of its own ("..., and one person was killed by
    shelling in Siversk"): the other clause's places are not its."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in _CLAUSE_POS
        and any(c.dep_.startswith("nsubj") for c in tok.children)
    )


def _means(tok: Token) -> bool:
    """A gerund naming the means after a passive's "by" ("killed by shelling in Siversk")."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "agent"


def _within(tok: Token, roots: dict[int, PlaceRef], counted: set[int]) -> list[PlaceRef]:
    """Places in a modifier's subtree, not entering clauses or the phrases of other tolls."""
    if (tok.pos_ in _CLAUSE_POS and not _means(tok)) or tok.i in counted:
        return []
    here = [roots[tok.i]] if tok.i in roots else []
    return here + [p for child in tok.children for p in _within(child, roots, counted)]


def retold_by_place(
    d: Draft,
    later: list[Draft],
    sents: list[SentFacts],
    ordinals: frozenset[str],
    towns: Callable[[SentFacts], list[PlaceRef]],
) -> list[Draft]:
    """ "Terrorists beheaded five people ... Four of the victims were fishermen from Nacotuco ...
    The fifth victim was caught near Simbolongo": a lead toll the next sentences share out among
    towns, part by part, is one incident per town. The draft becomes the first part; the parts
    told within it are returned (an ordinal one told apart, "the sixth victim", is already an
    incident). Only when the parts add up to the lead's toll and their towns differ."""
    lead = d.sents[0].index
    whole = [c for c in d.casualties if c.sent == lead and c.kind == "killed" and not c.subset]
    total = sum_casualties(whole, "killed")
    shares = [
        c for c in d.casualties if c.sent > lead and c.kind == "killed" and (c.subset or _nth(c, ordinals))
    ]
    apart = _told_apart(d, later, ordinals)
    if (
        total is None
        or not shares
        or len(shares) + len(apart) < 2
        or len({c.sent for c in shares}) < len(shares)
    ):
        return []
    if sum(c.count.value for c in (*shares, *(c for x in apart for c in x.casualties))) != total.value:
        return []
    starts = [c.sent for c in shares]
    ends = [*starts[1:], d.sents[-1].index + 1]
    spans = list(zip(starts, ends, strict=True))
    told = [[sf for sf in sents if start <= sf.index < end] for start, end in spans]
    groups = [[sf for sf in d.sents if start <= sf.index < end] for start, end in spans]
    places = [next((p for sf in g for p in towns(sf)), None) for g in told]
    others = [*places[1:], *(x.place for x in apart)]
    keys = {_key(p) for p in others if p is not None}
    if None in others or len(keys) < len(others) or (places[0] is not None and _key(places[0]) in keys):
        return []
    out = []
    for share, g, place in zip(shares[1:], groups[1:], places[1:], strict=True):
        part = replace(d, sents=g, casualties=[share], place=place, place_inherited=False)
        heads = {t.i for sf in g for t in sf.sent}
        part.triggers = [t for t in d.triggers if t.head in heads] or list(d.triggers)
        out.append(part)
    for x in apart:  # (told apart, they are still the lead's incidents: its day and its sources)
        x.time, x.sources = x.time or d.time, x.sources or list(d.sources)
    mine = {id(c) for c in (*whole, *shares[1:])}
    d.casualties = [c for c in d.casualties if id(c) not in mine]
    d.sents = [sf for sf in d.sents if sf.index < (starts[1] if len(starts) > 1 else ends[0])]
    if places[0] is not None:
        d.place, d.place_inherited = places[0], False
    return out


def _nth(c: CasualtyRef, ordinals: frozenset[str]) -> bool:
    return c.count.text.lower() in ordinals


def _told_apart(d: Draft, later: list[Draft], ordinals: frozenset[str]) -> list[Draft]:
    """The incidents right after the draft whose dead are its victims counted on ("the sixth
    victim was caught near Montepuez")."""
    out = []
    for x in later:
        dead = [c for c in x.casualties if c.kind == "killed"]
        if x.family != d.family or not dead or not all(_nth(c, ordinals) for c in dead):
            break
        out.append(x)
    return out


def coordinated(d: Draft, sf: SentFacts, words: RoleWords, candidates: list[PlaceRef]) -> list[PlaceRef]:
    """Other towns joined to the incident's town by a conjunction ("Protests in Mombasa and
    Nyeri", "des frappes sur Sanaa et Hodeïda"): ACLED codes one event per place. Not the two
    ends of a road ("between Yei and Morobo")."""
    p = d.place
    if p is None or p.place is None or d.place_inherited or (p.region and not division(p)) or d.spread:
        return []  # (a sum "across the country, including in X and Y" names examples, not events)
    doc = sf.sent.doc
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    out = []
    for q in candidates:
        if (q.region and not division(q)) or q.place is None or q.place.geonameid == p.place.geonameid:
            continue
        qs = doc.char_span(q.start, q.end, alignment_mode="expand")
        r = qs.root if qs is not None else None
        joined = r is not None and (r.i in {c.i for c in root.conjuncts} or _same_oblique(root, r))
        stretch = r is not None and (between(root, words) or between(r, words))
        nested = _holds(q.place, p.place) or _holds(p.place, q.place)  # "Kankara, Katsina State"
        if joined and not stretch and not nested and q.place.country == p.place.country:
            out.append(q)
    return out


def _same_oblique(a: Token, b: Token) -> bool:
    """ "rassemblées à Batoumi, sur la mer Noire, et à Koutaïssi", the second town parsed as a
    conjunct of the verb: two obliques of one verb with the same preposition, joined."""

    def case(t: Token) -> set[str]:
        return {c.lower_ for c in t.children if c.dep_ == "case"}

    return b.dep_ == "conj" and b.head.i == a.head.i and bool(case(a) & case(b))


def _holds(region: Place, place: Place) -> bool:
    """Whether a division is the one a place lies in (by the gazetteer's division names)."""
    if region.feature not in ("A.ADM1", "A.ADM2") or region.country != place.country:
        return False
    return fold(region.name) in {fold(n) for n in (place.admin1, place.admin2) if n}


def between(tok: Token, words: RoleWords) -> bool:
    """A place named as one end of a stretch ("between Yei and Morobo")."""
    marks = [c for c in tok.children if c.dep_ == "case"] + list(tok.ancestors)
    return any(t.lower_ in words.between for t in marks)


def division(p: PlaceRef) -> bool:
    """A first- or second-level division of a country, not a town."""
    return p.place is not None and (p.place.feature or "").startswith("A.ADM")
