"""Where an incident is: which place names can be its location, and where it is when its
sentences name no place the gazetteer knows.

A name in a sentence is not always where things happened: a nationality, a government
speaking, where a statement was made, a source's or a person's home. ACLED codes an incident
placed only by a province at that province (precision 3), and a village it cannot find at the
smallest known area around it. Both rules read the places the article itself names; nothing
here looks up the gazetteer again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.geo.directions import SECTOR_FEATURE
from sitrep.geo.distance import distance_km
from sitrep.geo.fold import fold
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts, PlaceRef, SentFacts
    from sitrep.stages.role_words import RoleWords

_PART_KM = 30.0  # a city's district lies within this distance of the city
# Smaller areas first: the nearer a fallback point is to the incident the better.
_AREA_RANK = {"A.ADM3": 0, "A.ADM2": 1, "A.ADM1": 2, SECTOR_FEATURE: 3, "L.RGN": 4, "A.PCLI": 5}


def fallback_place(d: Draft, facts: DocFacts) -> None:
    """No place near the incident: the smallest region the article places it in (a district
    before a province before the country), at precision 3."""
    if d.place is not None:
        return
    best = _smallest_area(d.sents, facts) or _smallest_area(facts.sents, facts)
    if best is not None:
        d.place = replace(best, precision=3)
        d.place_inherited = True


def place_unlisted(d: Draft, facts: DocFacts) -> None:
    """A place the gazetteer lacks, at what the text says is around it, in turn: a known town
    in the same sentences ("le quartier d'Abena" of the city named there), a division there
    ("près de Téguey, dans la région de Tillabéri": the name at the division's point), the
    last town the story was in, any division it names; else the name alone."""
    ref = d.place
    if ref is None or ref.place is not None:
        return
    if not _placed_by_the_text(ref, facts):
        d.place = None  # (the fallback at the end places it)
        return
    own = _towns(d.sents, facts)
    proper = [p for p in own if not dateline(p, facts.text)]
    area = _smallest_area(d.sents, facts)
    # the dateline's city only when the sentences name no area ("Maputo — ... in Cabo Delgado")
    near = proper or ([] if area is not None else own)
    if near:
        d.place = replace(near[-1], precision=max(near[-1].precision, 2))
        return
    if area is None:
        wide = _smallest_area(facts.sents, facts)
        earlier = [
            p
            for p in _towns(facts.sents[: d.sents[0].index], facts)
            if wide is None or not dateline(p, facts.text)  # filed in Maputo, told of Cabo Delgado
        ]
        if earlier and _opens_sentence(ref, facts):  # "À Aïtaroun, ...": a place of its own nearby
            d.place = replace(ref, place=_named_at(earlier[-1], ref.text, 2), precision=2)
            return
        if earlier:  # a neighbourhood of the city the story is in
            d.place = replace(earlier[-1], precision=max(earlier[-1].precision, 2))
            return
        area = wide
    if area is not None and area.place is not None:
        place = _named_at(area, ref.text, 3)
    else:
        place = Place(name=ref.text, text=ref.text, country=facts.country, lat=None, lon=None, precision=3)
    d.place = replace(ref, place=place, precision=3)


def _named_at(near: PlaceRef, name: str, precision: int) -> Place:
    """An unlisted name placed at the point of a place around it."""
    assert near.place is not None
    return replace(
        near.place, name=name, text=name, geonameid=None, feature=None, population=0, admin2=None,
        precision=precision,
    )


def _opens_sentence(ref: PlaceRef, facts: DocFacts) -> bool:
    from sitrep.geo.frames import opening_locative

    return opening_locative(facts.text, ref.start, ref.end, facts.lang)


def _towns(sents: Iterable[SentFacts], facts: DocFacts) -> list[PlaceRef]:
    """Known settlements of these sentences in the article's country, in text order."""
    return [
        p
        for sf in sents
        for p in sf.places
        if p.place is not None and not p.region and p.place.country in (facts.country, None)
    ]


def _placed_by_the_text(ref: PlaceRef, facts: DocFacts) -> bool:
    """An unknown name counts as a place after a locative ("à Mansila", "near the village of X")
    and when the text uses it as no actor or source ("until Hamas is destroyed", "Al-Masirah TV")."""
    from sitrep.geo.frames import after_locative

    if not after_locative(facts.text, ref.start, facts.lang):
        return False
    named = {fold(a.text) for sf in facts.sents for a in sf.actors}
    named |= {fold(s.text) for sf in facts.sents for s in sf.sources if s.text}
    return fold(ref.text) not in named


def _smallest_area(sents: Iterable[SentFacts], facts: DocFacts) -> PlaceRef | None:
    regions = [
        p
        for sf in sents
        for p in sf.places
        if p.place is not None and p.region and p.place.country in (facts.country, None)
    ]
    if not regions:
        return None
    return min(regions, key=lambda p: _AREA_RANK.get((p.place.feature or "")[:6], 6))  # type: ignore[union-attr]


def locative(p: PlaceRef, sf: SentFacts, words: RoleWords) -> bool:
    """Whether a place name can be where something happened: not a nationality adjective
    ("les frappes françaises", "Chadian army"), and a country only when the text puts the
    event in it ("en Irak", "in Syria"), not when it names a backer ("proches de l'Iran")."""
    if p.place is not None and p.place.feature == SECTOR_FEATURE:
        # "dans le nord-ouest du pays": written in lower case, and a place; not a way out
        # ("withdrawing toward the west", "repliés vers l'est")
        return not _toward(sf.sent.doc.char_span(p.start, p.end, alignment_mode="expand"), words)
    if p.place is not None and p.place.feature == "L.CONT":
        return False  # "its so-called Central Africa Province": no incident is coded at a continent
    span = sf.sent.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if not any(c.isupper() for c in p.text):
        return False
    if root.pos_ == "ADJ" and (p.place is None or fold(p.text) != fold(p.place.name)):
        return False  # (a name tagged as an adjective is still a place: "in Thoubal town")
    if root.dep_.startswith("nsubj") and root.head.lemma_.lower() in words.speech_verbs:
        return False  # "Moscow said its forces...", "Kiev a affirmé": a government speaking
    if _where_said(root, words) or in_attribution(root, words):
        return False  # "the official told reporters in Bosaso": where the statement was made
    near = [*list(root.ancestors)[:4], *(c for c in root.head.children if c.dep_ in ("obj", "dobj"))]
    heading = any(a.lemma_.lower() in words.heading_verbs for a in near)
    if heading and _toward(span, words, words.heading_preps):
        return False  # "la fuite de centaines de familles vers Tibú": where people went
    if _route_end(root, words):
        return False  # "vehicles travelling from Parachinar to Peshawar": the ends of a journey
    if root.dep_ == "compound" and root.head.lower_ in words.organisation_heads:
        return False  # "the Assam Rifles", "the Zamfara State Police Command": a body's name
    if _origin(root, words):
        return False  # "Rakib Hossain, 24, of Gafargaon upazila": where a person is from
    cared = any(a.lemma_.lower() in words.care_nouns for a in list(root.ancestors)[:3])
    if cared or _taken_to_care(root, words):
        return False  # "succumbed to his injuries at a hospital in Raipur": where he was treated
    if p.place is not None and p.place.feature and p.place.feature.startswith("A.PCL"):
        doc, i = sf.sent.doc, span.start - 1
        while i > sf.sent.start and doc[i].pos_ == "ADJ":  # "in northwestern Nigeria"
            i -= 1
        return i >= 0 and doc[i].lower_ in words.country_locatives
    return True


def _route_end(root: Token, words: RoleWords) -> bool:
    marks = {c.lower_ for c in root.children if c.dep_ == "case"}
    gov = root.head
    if root.dep_ == "pobj":
        marks.add(gov.lower_)
        while gov.head.pos_ == "ADP" and gov.head.i != gov.i:  # "from X to Y", "to" hung on "from"
            gov = gov.head
        gov = gov.head
    noun = gov.pos_ == "NOUN" and gov.dep_ in ("nmod", "obl", "obl:mod")
    if noun and gov.lemma_.lower() in words.route_words:
        return True  # "en provenance de Sibut"
    return bool(marks & words.route_preps) and gov.lemma_.lower() in words.route_words


def _toward(span: Span | None, words: RoleWords, preps: frozenset[str] | None = None) -> bool:
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "vers Tibú et Cúcuta"
        root = root.head
    marks = {c.lower_ for c in root.children if c.dep_ == "case"}
    if root.dep_ == "pobj":
        marks.add(root.head.lower_)
    return bool(marks & (words.toward_preps if preps is None else preps))


def in_attribution(root: Token, words: RoleWords) -> bool:
    """ "selon le porte-parole de l'armée en Ituri", "according to police in Kano": a place (or a
    group) inside the phrase naming the source describes the source."""
    for tok in [root, *list(root.ancestors)[:5]]:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "amod"):
            return False  # the clause's verb (not "l'OSDH, basé au Royaume-Uni", the source's own)
        if tok.lower_ in words.frame_heads or any(
            c.dep_ == "case" and c.lower_ in words.frame_heads for c in tok.children
        ):
            return True
    return False


def _origin(root: Token, words: RoleWords) -> bool:
    """A place that says where a person comes from ("a farmer of Gafargaon", "un éleveur
    originaire de Dori"), not where anything happened."""
    tok = root
    for _ in range(4):
        if tok.dep_ in ("prep", "case") or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod") and tok.lower_ in words.origin_words:
            return True  # "les assaillants, venus des îles du lac Tchad"
    if tok.lemma_.lower() in words.origin_words and tok.pos_ == "ADJ":
        return True  # "originaire de"
    head = tok.head
    person = (
        head.ent_type_ in ("PERSON", "PER")
        or head.lemma_.lower() in words.person_nouns
        or any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "PER") for c in head.children)
        or (head.dep_ == "appos" and head.head.ent_type_ in ("PERSON", "PER"))  # "X, the administrator of"
    )
    return tok.dep_ == "prep" and tok.lower_ in words.origin_words and person


def _where_said(root: Token, words: RoleWords) -> bool:
    """A place in a phrase that hangs on a verb of saying ("told reporters in Bosaso", "a
    déclaré à Maputo")."""
    head = root.head
    if root.dep_ not in ("pobj", "obl", "obl:mod", "nmod") or head.i == root.i:
        return False
    if head.pos_ == "ADP":
        head = head.head
    # after the verb only: an opening "In Katsina State, the air force said ..." sets the scene
    return head.pos_ == "VERB" and head.lemma_.lower() in words.speech_verbs and root.i > head.i


def part_of_owner(p: PlaceRef, places: list[PlaceRef]) -> bool:
    """ "Kharkiv's Kyivskyi district": a part of the city named before it, which the gazetteer
    does not know as such (its "Kyivskyi" is a town 200 km away): the city is the place."""
    owner = next((q for q in places if 0 < p.start - q.end <= 1 and q.text.endswith(("'s", "’s"))), None)
    if owner is None or owner.place is None:
        return False
    a, b = owner.place, p.place
    if b is None or None in (a.lat, a.lon, b.lat, b.lon):
        return True
    if (a.feature or "").startswith("A.ADM") and b.country == a.country and _within(b, a):
        return False  # "Sagaing Region's Monywa": a town of the region, named as such
    return distance_km(a.lat, a.lon, b.lat, b.lon) > _PART_KM  # type: ignore[arg-type]


def _within(town: Place, division: Place) -> bool:
    if (division.feature or "").startswith("A.ADM2"):
        return town.admin2 is not None and town.admin2 == division.admin2
    return town.admin1 is not None and town.admin1 == division.admin1


def dateline(p: PlaceRef, text: str) -> bool:
    """A place opening a line and followed by an agency and a dash: where the report was filed."""
    from sitrep.nlp import dateline_at

    m = dateline_at(text, text.rfind("\n", 0, p.start) + 1)
    return m is not None and m.start("city") <= p.start and p.end <= m.end("city")


def _taken_to_care(root: Token, words: RoleWords) -> bool:
    """ "were taken to hospital in Belgorod", the place hung on the verb: where the wounded went."""
    verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    before = [g for c in verb.children if c.i < root.i for g in (c, *c.children)]
    return any(g.lemma_.lower() in words.care_nouns for g in before)
