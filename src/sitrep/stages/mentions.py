"""Runs the mention finders over a parsed document and files their results by sentence.

The finders (places, actors, casualties, time, attribution) each live in their own stage
module; this adapter turns their outputs into :mod:`sitrep.stages.facts` records so the
events stage sees one uniform view.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.fold import fold
from sitrep.nlp import doc_text
from sitrep.stages.facts import ActorRef, CasualtyRef, DocFacts, PlaceRef, SentFacts, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sitrep.geo.base import Geoparser
    from sitrep.model import Place, Toponym

_CLOSERS = (".", "!", "?", "»", '"', "”", ")", ":", ";", "…")
REGION_FEATURES = ("A.", "L.", "T.MTS", "H.")


def collect(doc: Doc, lang: str, published: str | None, geoparser: Geoparser) -> DocFacts:
    sents = list(doc.sents)
    text = doc_text(doc)
    facts = DocFacts(doc=doc, lang=lang, sents=[], published=published, text=text)
    para, top = 0, True
    for i, s in enumerate(sents):
        if i and "\n" in text[sents[i - 1].start_char : s.start_char + 1]:
            para += 1
        heading = _heading(s, text, i == 0, top)
        top = top and heading
        facts.sents.append(SentFacts(index=i, sent=s, paragraph=para, heading=heading))
    if not any(not sf.heading and len(sf.sent) >= 8 for sf in facts.sents):
        for sf in facts.sents:  # a headline-only text (a wire snippet, a title): its lines are the news
            sf.heading = False
    starts = [s.start_char for s in sents]
    _places(facts, geoparser.geoparse(text, lang=lang, doc=doc, demonyms=False, unlisted=True), starts)
    _actors(facts, None, first=True)
    facts.country = _main_country(facts)
    _actors(facts, facts.country)
    if facts.country is not None:
        _drop_strays(facts)
    _country_parts(facts, geoparser)
    _casualties(facts)
    _times(facts, starts)
    _sources(facts)
    return facts


_BULLETS = frozenset("•▪●◦‣")
_SECTION_LABEL = re.compile(r"[^\W\d_a-z]{3,}(?:[ '’-][^\W\d_a-z]+)*\s+[-–—]\s")


def _heading(s: Span, text: str, first: bool, top: bool = False) -> bool:
    """A headline, caption or dateline: a line with no closing punctuation, short (the first
    line of a text may be a long title, and so may a subtitle standing alone above the body:
    ``top``, no sentence of the body told yet)."""
    own = s.text.strip()
    if not own:
        return True
    if own[:1] in _BULLETS and not any("Fin" in t.morph.get("VerbForm", []) for t in s):
        return True  # a key point in headline grammar ("• Two volunteers killed near El Obeid.")
    ends_line = (
        s.end >= len(s.doc)
        or "\n" in s.doc[s.end - 1].text_with_ws
        or "\n" in text[s.end_char : s.end_char + 2]
    )
    starts_line = s.start_char == 0 or "\n" in text[max(0, s.start_char - 2) : s.start_char]
    # a digest's section title of any length: "TCHAD - Au moins 17 soldats tués ... dans le Lac"
    labelled = starts_line and bool(_SECTION_LABEL.match(own))
    alone = first or (top and starts_line) or labelled
    return ends_line and not own.endswith(_CLOSERS) and (alone or len(s) < 14)


def _places(facts: DocFacts, toponyms: list[Toponym], starts: list[int]) -> None:
    from sitrep.geo.frames import after_locative, relative_precision

    text = facts.text
    for t in toponyms:
        place = t.place
        if place is None and not after_locative(text, t.start, facts.lang):
            continue  # a name the gazetteer lacks is a place only where the text puts something in it
        region = bool(place and place.feature and place.feature.startswith(REGION_FEATURES))
        prec = relative_precision(text, t.start, facts.lang, place)
        if region:
            prec = max(prec, 3)
        ref = PlaceRef(t.start, t.end, t.text, place, prec, region)
        facts.sents[bisect_right(starts, t.start) - 1].places.append(ref)


def _main_country(facts: DocFacts) -> str | None:
    """The country the article is about: its places, and the nationality of its actors
    ("soldats maliens", "Iraqi forces"), the latter a strong cue when towns are ambiguous."""
    votes: Counter[str] = Counter()
    for sf in facts.sents:
        for p in sf.places:
            if p.place and p.place.country:
                weight = 10 if _label(p, facts) else 2 if p.region else 4
                votes[p.place.country] += weight // 2 if _acting(p, sf) else weight
        for a in sf.actors:
            if a.actor.country and a.actor.kind in ("state_forces", "civilians"):
                votes[a.actor.country] += 2
    return votes.most_common(1)[0][0] if votes else None


def _acting(p: PlaceRef, sf: SentFacts) -> bool:
    """A country as the subject of a verb ("Israël a frappé le sud du Liban"): a state acting,
    which says less about where the story is than a place the text puts things in."""
    span = sf.sent.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")


def _label(p: PlaceRef, facts: DocFacts) -> bool:
    """A country or province heading the story ("RCA : ...", "Ouaka : ...", "Mali: ..."): the
    outlet's own label for what the story is about."""
    text = facts.text
    line_start = text.rfind("\n", 0, p.start) + 1
    colon = text[p.end : p.end + 3].lstrip().startswith(":")
    return p.region and colon and not text[line_start : p.start].strip()


def _country_parts(facts: DocFacts, geoparser: Geoparser) -> None:
    """Compass parts of a country ("dans le nord-ouest du pays", "northern Mali") become places
    of their own, at the part's point rather than the country's centre."""
    from sitrep.geo.directions import connects, find_directions

    text = facts.text
    for ph in find_directions(text, facts.lang):
        sf = next((x for x in facts.sents if x.sent.start_char <= ph.start < x.sent.end_char), None)
        if sf is None or any(p.start <= ph.start < p.end for p in sf.places):
            continue  # part of a name the geoparser knows ("South Sudan", "West Bank")
        after = [p for p in sf.places if p.start >= ph.end]
        named = next((p for p in after if connects(text, ph, p.start, facts.lang)), None)
        if named is not None:
            if named.place is None or not (named.place.feature or "").startswith("A.PCL"):
                continue  # "au nord de Bangui": a town's surroundings, the near frame's business
            country: str | None = named.place.country
        elif ph.adjective:
            continue  # "northern border", "central bank"
        else:
            country = ph.demonym or (facts.country if ph.of_country or ph.bare else None)
        end = named.end if named is not None else ph.end
        place = geoparser.sector(country, ph.direction, text[ph.start : end]) if country else None
        if place is None or place.country is None:
            continue
        if named is not None:
            sf.places.remove(named)
        part = PlaceRef(ph.start, end, text[ph.start : end], place, 3, True)
        part.covers = [p for x in facts.sents for p in x.places if _inside(p, place, ph.direction, geoparser)]
        sf.places.append(part)
        sf.places.sort(key=lambda p: p.start)


def _inside(p: PlaceRef, part: Place, direction: str, geoparser: Geoparser) -> bool:
    """A town or division of the part's country lying in the part."""
    pl = p.place
    if pl is None or pl.lat is None or pl.lon is None or part.country is None or pl.country != part.country:
        return False
    if not (pl.feature or "").startswith(("P.", "A.ADM")):
        return False
    return geoparser.in_sector(part.country, direction, pl.lat, pl.lon)


STRAY_POPULATION = 200_000


def _drop_strays(facts: DocFacts) -> None:
    """A small town resolved abroad, in a text about one country that never mentions the
    other, is a namesake ("Loura" in a Central African story is not the French village):
    keep the name, drop the coordinates, so the event falls back on what the text does say."""
    from sitrep.lang import resource

    demonyms: dict[str, str] = resource(facts.lang, "demonyms", default={})
    for sf in facts.sents:
        named = {p.place.country for p in sf.places if p.place and p.region}
        named |= {a.actor.country for a in sf.actors if a.actor.country}
        named |= {demonyms.get(t.text) or demonyms.get(t.lower_) for t in sf.sent} - {None}
        for p in sf.places:
            pl = p.place
            if pl is None or p.region or pl.country in (facts.country, None) or pl.country in named:
                continue
            if pl.population < STRAY_POPULATION or fold(pl.name) != fold(p.text):
                p.place = None  # small, or matched only by a spelling guess ("Boni" -> Bonn)


def _actors(facts: DocFacts, hint: str | None, first: bool = False) -> None:
    """The sentences' actors; ``first``: the names alone, from which the story's country is
    read before the full reading (references, identities, speakers) that depends on it."""
    from sitrep.stages.acronyms import acronym_mentions, defined_groups
    from sitrep.stages.actor_context import forces_named, known_as, name_the_noun, speakers_forces
    from sitrep.stages.actors import find_actor_mentions, successor
    from sitrep.stages.identities import identity_militias
    from sitrep.stages.references import anaphoric_groups

    groups = defined_groups(facts.doc, facts.lang, hint)
    for sf in facts.sents:
        found = find_actor_mentions(sf.sent, facts.lang, hint)
        sf.actors = [
            ActorRef(m.start, m.end, m.text, successor(m.actor, facts.published), m.head_i, m.generic)
            for m in found
        ]
        for start, end, actor, head in acronym_mentions(sf.sent, groups):
            # the defined group wins over a generic reading of its name ("Front", "Movement")
            sf.actors = [a for a in sf.actors if not (start <= a.start and a.end <= end)]
            if not any(a.start < end and start < a.end for a in sf.actors):
                sf.actors.append(ActorRef(start, end, actor.text, actor, head))
        sf.actors.sort(key=lambda a: a.start)
        if first:
            continue
        anaphoric_groups(sf, facts.lang, hint)
        identity_militias(sf, facts.lang, hint)
        sf.actors = name_the_noun(sf)
        known_as(sf, facts.lang)
        speakers_forces(sf, facts.lang)
    if not first:
        forces_named(facts)


SIDES = {"civilians": "civilian", "state_forces": "state", "external_force": "state"}


_CASUALTY_SIDES = {
    "state_forces": "state",
    "civilians": "civilian",
    "non_state": "nonstate",
    "attackers": "nonstate",
}


def _side(victim: str, lang: str, country: str | None, stated: str | None = None) -> str:
    """Whose dead these are: from the victim noun as an actor ("soldats maliens"), else from the
    casualty stage's own reading of the noun ("deux militaires")."""
    from sitrep.geo.fold import fold
    from sitrep.stages.actors import lexicon, normalize_actor

    fallback = _CASUALTY_SIDES.get(stated or "", "unknown")
    if not victim:
        return fallback
    actor = normalize_actor(victim, lang, country)
    if actor is None:
        return fallback
    word = fold(victim.split()[-1])
    if actor.kind == "unidentified" and fold(actor.name) == word:  # a capitalised word read as a name
        # "tuant un Palestinien": people of a nation; "beheaded three Christians": no known side
        return "civilian" if word in lexicon(lang).demonyms else fallback
    if actor.kind in SIDES:
        return SIDES[actor.kind]
    if actor.kind in ("protesters", "rioters"):
        return "civilian"
    return "nonstate"


def _casualties(facts: DocFacts) -> None:
    from sitrep.stages.casualties import casualties_in
    from sitrep.stages.quantities import is_vague
    from sitrep.stages.role_words import role_words

    claim_verbs = role_words(facts.lang).claim_verbs
    for sf in facts.sents:
        found = casualties_in(sf.sent, facts.lang)
        claimed = bool(found) and any(t.lemma_.lower() in claim_verbs for t in sf.sent)
        for c in found:
            tok = c.victim_span[0] if c.victim_span is not None else -1
            sf.casualties.append(
                CasualtyRef(
                    kind=c.kind,
                    count=c.count,
                    side=_side(c.victim, facts.lang, facts.country, c.side),
                    victim=c.victim,
                    token_i=_token_at(sf.sent, c.count.start) if tok == -1 else _token_at(sf.sent, tok),
                    subset=c.subset,
                    aggregate=c.aggregate,
                    vague=is_vague(c.count, facts.lang),
                    revised=c.revised,
                    stale=c.stale,
                    claimed=claimed,
                    sent=sf.index,
                )
            )


def _token_at(sent: Span, char: int) -> int:
    for t in sent:
        if t.idx <= char < t.idx + len(t.text) or t.idx >= char:
            return t.i
    return sent.root.i


def _times(facts: DocFacts, starts: list[int]) -> None:
    from sitrep.stages.timex import find_times

    for t in find_times(facts.text, facts.lang, facts.published):
        ref = TimeRef(t.start, t.end, t.text, t.date, t.precision)
        facts.sents[bisect_right(starts, t.start) - 1].times.append(ref)


def _as_place(start: int, end: int, facts: DocFacts) -> bool:
    """A source name the text uses as a place ("dans l'État d'Al-Jazira" is no Al Jazeera)."""
    from sitrep.geo.frames import after_locative, region_cue

    text, lang = facts.text, facts.lang
    return any(
        p.start <= start
        and end <= p.end
        and (after_locative(text, p.start, lang) or region_cue(text, p.start, p.end, lang))
        for sf in facts.sents
        for p in sf.places
    )


def _told_by(c: CasualtyRef, sf: SentFacts, doc: Doc) -> bool:
    """A count on a source's own noun ("a indiqué un responsable local")."""
    at = doc[c.token_i].idx if 0 <= c.token_i < len(doc) else c.count.start
    return any(a <= at < b or a <= c.count.start < b for a, b in sf.source_spans)


def _sources(facts: DocFacts) -> None:
    from sitrep.stages.actor_roles import cited as _cited
    from sitrep.stages.actors import is_canonical
    from sitrep.stages.attribution import find_sources, issuer, sources_for_sentence
    from sitrep.stages.locate import in_attribution
    from sitrep.stages.references import national_ministries, placed_sources, rebel_sources
    from sitrep.stages.role_words import role_words

    words = role_words(facts.lang)
    ments = [m for m in find_sources(facts.doc, facts.lang) if not _as_place(m.start, m.end, facts)]
    ments = national_ministries(placed_sources(rebel_sources(ments, facts), facts), facts)
    for sf in facts.sents:
        sf.sources = list(sources_for_sentence(facts.doc, sf.index, ments))
        sf.source_spans = [(m.start, m.end) for m in ments if m.sent_index == sf.index]
        # "a indiqué un responsable local": who tells of the dead is none of them
        sf.casualties = [c for c in sf.casualties if not _told_by(c, sf, facts.doc)]
        # "selon le groupe Emergency Lawyers": a group known only as written, named only as a
        # source, reports; it is no party (one that claims an attack, the speaker, is)
        sf.actors = [
            a
            for a in sf.actors
            if is_canonical(a.actor) or not (_cited(a, sf) and in_attribution(facts.doc[a.head_i], words))
        ]
    opening = [sf.index for sf in facts.sents if not sf.heading][:2]
    facts.issuer = issuer(facts.doc, facts.lang, opening)
