"""Events: triggers grouped into incidents, typed into the ACLED taxonomy, roles filled.

One article yields one event per incident (type, place, day, actors). Each sentence with an
asserted trigger becomes a candidate with its own place, day, actors and tolls; ``merging``
decides whether it opens a new incident or adds to the one just told.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.directions import SECTOR_FEATURE
from sitrep.geo.frames import opening_locative
from sitrep.lang import common
from sitrep.model import Source
from sitrep.nlp import text_of
from sitrep.stages import background as bg
from sitrep.stages import earlier
from sitrep.stages import modality as mod
from sitrep.stages import no_incident as ni
from sitrep.stages import trigger_filters as tf
from sitrep.stages.actor_roles import (
    STATE,
    blamed_for_last,
    fill_from_sentences,
    nationality,
)
from sitrep.stages.casualty_words import casualty_words
from sitrep.stages.earlier import Marker
from sitrep.stages.event_time import attach_time, lead_in, same_day, told
from sitrep.stages.facts import TRIGGER_HEADS, ActorRef, CasualtyRef, DocFacts, PlaceRef, SentFacts, TimeRef
from sitrep.stages.headline import headline_toll
from sitrep.stages.locate import dateline, fallback_place, locative, part_of_owner, place_unlisted
from sitrep.stages.merging import merge, merge_target, refers_back
from sitrep.stages.place_tolls import (
    Part,
    between,
    broken_down,
    coordinated,
    division,
    own_kind,
    retold_by_place,
    split_by_place,
)
from sitrep.stages.references import main_armed_actor
from sitrep.stages.remote_strikes import blamed_later, claimed_later, claims_now, strikes_across
from sitrep.stages.role_words import RoleWords, role_words
from sitrep.stages.roles import claimant, grammar_roles, sum_casualties
from sitrep.stages.sharpen import sharpen
from sitrep.stages.triggers import Trigger, TriggerLexicon, lexicon
from sitrep.stages.typing_rules import FIGHTING, assign_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Draft:
    """An incident being assembled from one or more sentences."""

    concept: str
    anchor: Trigger
    sents: list[SentFacts]
    modality: str = mod.ASSERTED
    triggers: list[Trigger] = field(default_factory=list)
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    actor1_guessed: bool = False  # from the actors near the incident, not from its grammar
    place: PlaceRef | None = None
    place_inherited: bool = False
    time: TimeRef | None = None
    in_passing: bool = False  # an earlier incident dated by another ("a day after an attack in X")
    spread: bool = False  # incidents summed over an area ("strikes killed 43 across Gaza")
    casualties: list[CasualtyRef] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    event_type: str = ""
    sub_event_type: str = ""
    confidence: float = 0.5

    @property
    def family(self) -> str:
        return _family(self.concept)


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    tax = common("taxonomy")
    fam: dict[str, str] = {}
    for concept, spec in tax["concepts"].items():
        fam[concept] = tax["families"][spec["type"]]
    # Violence concepts all belong to one family: a clash may be reported as a killing.
    return fam


def _family(concept: str) -> str:
    return _families().get(concept, "strategic")


def detect(facts: DocFacts) -> list[Draft]:
    """All incidents of a document, asserted or not, in text order."""
    lex = lexicon(facts.lang)
    words = role_words(facts.lang)
    by_sent = _triggers_by_sentence(facts, lex)
    drafts: list[Draft] = []
    seen: set[str] = set()
    quiet: SentFacts | None = None  # the sentence before, when it told no incident
    for sf in facts.sents:
        key = " ".join(text_of(sf.sent).split()).lower()
        if sf.heading or key in seen:
            continue  # headlines restate the body; pages sometimes repeat a paragraph
        seen.add(key)
        cand = _candidate(sf, by_sent.get(sf.index, []), facts, lex)
        lead, quiet = quiet, (sf if cand is None else None)
        if cand is None:
            blamed_for_last(sf, drafts, by_sent.get(sf.index, []))
            continue
        if cand.modality != mod.ASSERTED:
            # "L'attaque n'a pas été revendiquée, mais la police l'attribue aux shebab"
            blamed_for_last(sf, drafts, [])
            drafts.append(cand)
            continue
        split = _split_earlier(cand, sf, facts, lex, words)
        view = cand.sents[0]  # the sentence's facts, less an earlier incident's clause
        _attach_place(cand, view, drafts, facts, words)
        twins = coordinated(cand, view, words, _candidates(view, words))
        parts = [] if twins else split_by_place(cand, view, _towns(view, facts, words))
        place_unlisted(cand, facts)  # before merging: "le quartier d'Abena" is the city's incident
        attach_time(cand, view, facts.lang)
        if lead is not None and lead.paragraph == sf.paragraph and lead.index == sf.index - 1 and told(lead):
            lead_in(cand, lead, facts.lang)
        if cand.time is None:
            same_day(cand, view, drafts, facts.lang)
        own = list(cand.casualties)
        host = _add(cand, drafts, facts, words)
        model = broken_down(host, own, parts) or cand
        drafts.extend(_twin(model, sf, q, facts) for q in twins)
        drafts.extend(_twin(model, sf, p.place, facts, p) for p in parts)
        if split is not None:
            _place_earlier(*split, host, facts, words)
            _add(split[0], [d for d in drafts if d is not host], facts, words, drafts)
    _share_out(drafts, facts, words)
    for d in drafts:
        _finish(d, facts, lex, words)
    strikes_across(drafts)
    blamed_later(drafts, facts)
    claimed_later(drafts, facts, words.claim_verbs)
    from sitrep.stages.consolidate import consolidate

    return consolidate(drafts, facts.lang)


def _share_out(drafts: list[Draft], facts: DocFacts, words: RoleWords) -> None:
    """Lead tolls the next sentences share out town by town: one incident per town."""
    ordinals = casualty_words(facts.lang).ordinal_ones
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        out.append(d)
        if d.modality != mod.ASSERTED:
            continue
        later = [x for x in drafts[i + 1 :] if x.modality == mod.ASSERTED]
        retold = retold_by_place(d, later, facts.sents, ordinals, lambda sf: _towns(sf, facts, words))
        for part in [d, *retold] if retold else []:
            place_unlisted(part, facts)
        out.extend(retold)
    drafts[:] = out


def _triggers_by_sentence(facts: DocFacts, lex: TriggerLexicon) -> dict[int, list[Trigger]]:
    starts = [sf.sent.start for sf in facts.sents]
    out: dict[int, list[Trigger]] = {}
    found = lex.find(facts.doc)
    facts.doc.user_data[TRIGGER_HEADS] = {t.head for t in found}
    for trig in found:
        idx = bisect_right(starts, trig.start) - 1
        out.setdefault(facts.sents[idx].index, []).append(trig)
    return out


def _candidate(sf: SentFacts, trigs: list[Trigger], facts: DocFacts, lex: TriggerLexicon) -> Draft | None:
    doc = facts.doc
    words = role_words(facts.lang)
    real_deaths = [c for c in sf.casualties if not c.aggregate]
    if any(c.aggregate for c in sf.casualties) and not real_deaths:
        return None  # "près de 300 personnes depuis novembre": a tally, not an incident
    if tf.summary(sf.sent, words):
        return None
    trigger_tokens = {i for t in trigs for i in range(t.start, t.end)}
    real_deaths = [
        c for c in real_deaths if c.token_i < 0 or not ni.accidental(doc[c.token_i], words, trigger_tokens)
    ]
    judicial = {t.head for t in trigs if tf.sentence_carried_out(t, sf, lex)}  # (and its dead)
    real_deaths = [c for c in real_deaths if c.token_i < 0 or not tf.under(doc[c.token_i], judicial)]
    blocked = lex.blocked(sf.sent.doc)
    # Taking people is an arrest or abduction, unless it is part of a fight told here ("killed
    # five and captured one alive"); taking power no incident of its own.
    trigs = [tf.place_taken(t, sf, lex.lemmas) for t in trigs]
    taken = [(t, tf.taken(t, doc, facts.lang)) for t in trigs]
    alone = not real_deaths and not any(t.concept in FIGHTING for t, what in taken if what is None)
    trigs = [
        replace(t, concept="arrest") if what == "people" and alone else t
        for t, what in taken
        if what is None or (what == "people" and alone)
    ]
    summed = [doc[t.head] for t in trigs if tf.summed_over(doc[t.head], words, trigger_tokens)]
    fights = {t.head for t in trigs if t.concept == "clash"}
    usable = [
        t
        for t in trigs
        if (not t.weak or real_deaths or tf.predicate(doc[t.head], words) or tf.met_by_force(t, sf, lex))
        and not tf.modifier(t, doc, trigger_tokens)
        and not tf.disarmed(t, doc, lex)
        and not tf.arrest_reason(t, doc, lex)
        and not tf.arms_of_a_fight(t, doc, fights)
        and not tf.in_group_name(t, sf)
        and not tf.gathered_others(t, doc, facts.lang)
        and not tf.scattered(t, sf, facts.lang)
        and not tf.armed_blockade(t, sf, facts.lang)
        and not tf.tallied(t, sf.sent, facts.lang)
        and not tf.fired_nothing(t, doc, blocked)
        and not bg.background_clause(doc[t.head], sf, facts.published)
        and (real_deaths or not tf.in_passing(doc[t.head]))
        and not (t.concept in tf.TERRITORY and doc[t.head].dep_ == "amod")  # "the occupied West Bank"
        and (real_deaths or not tf.at_the_scene(doc[t.head], words))
        and (not tf.several(doc[t.head], words, t.concept) or _one_series(doc[t.head], real_deaths, words))
        and doc[t.head] not in summed
        and not tf.no_territory_left(t, doc, words)
        and not tf.rule_violated(t, doc, lex)
        and not tf.sentence_carried_out(t, sf, lex)
        and not ni.despite(doc[t.head], words)
        and not (ni.reacted_to(doc[t.head], words) and ni.acts_in_general(doc[t.head]))
        and not ni.framed(doc[t.head], words)
        and not ni.among_the_dead(doc[t.head], sf)
        and not ni.allies_only(t, doc[t.head], words)
        and not ni.for_a_cause(t, doc[t.head], words)
        and not ni.to_care(t, doc[t.head], words)
        and not ni.a_charge(doc[t.head], words)
        and not (t.concept == "kill" and ni.accidental(doc[t.head], words, trigger_tokens))
        and not bg.recalled_state(doc[t.head], words)
    ]
    told = [t for t in usable if ni.referenced(doc[t.head], words)]
    usable = [t for t in usable if t not in told] or usable  # "arrested six over links to the bombing"
    usable = tf.past_the_reminder(usable, doc, words)
    if not usable and real_deaths and not summed and any(c.kind == "killed" for c in real_deaths):
        tok = doc[max(0, real_deaths[0].token_i)] if real_deaths[0].token_i >= 0 else sf.sent.root
        usable = [Trigger("kill", tok.i, tok.i + 1, tok.i, False, lex.rank("kill"), implied=True)]
    if not usable:
        return None
    lang = facts.lang
    usable = [t for t in usable if not (bg.habitual(doc[t.head], lang) or bg.said_of_a_pronoun(doc[t.head]))]
    usable = [t for t in usable if not (bg.generic_plural(doc[t.head], lang) or tf.listed_kinds(doc[t.head]))]
    moods = {t: mod.modality(doc[t.head], facts.lang) for t in usable}
    asserted = [t for t in usable if moods[t] == mod.ASSERTED]
    pool = asserted or [t for t in usable if not t.weak]
    if not pool:
        return None
    own = [t for t in pool if not tf.in_passing(doc[t.head])] or pool  # not "fighters fleeing"
    best = max(own, key=lambda t: (not tf.embedded(doc[t.head]), t.rank, -t.start))
    best = _taking(_means(best, pool, doc), pool, bool(real_deaths))
    concept = "clash" if ni.attempted_taking(best, doc[best.head], words) else sharpen(best.concept, sf, lex)
    d = Draft(concept=concept, anchor=best, sents=[sf], triggers=pool)
    d.modality = mod.ASSERTED if asserted else moods[best]
    accidents = {id(c) for c in sf.casualties if not c.aggregate and c not in real_deaths}
    d.casualties = [c for c in sf.casualties if id(c) not in accidents]  # (no toll of a collapse)
    d.sources = list(sf.sources)
    d.spread = tf.spread([doc[t.head] for t in pool], sf.sent, words)
    _fill_roles(d, sf, words)
    return d


def _fill_roles(d: Draft, sf: SentFacts, words: RoleWords) -> None:
    doc = sf.sent.doc
    d.actor1 = d.actor2 = None
    for t in sorted(d.triggers, key=lambda t: -t.rank):
        a1, a2 = grammar_roles(
            doc[t.head],
            sf,
            words.by,
            words.against,
            words.victim_verbs,
            words.speech_verbs,
            words.source_preps,
        )
        d.actor1 = d.actor1 or a1
        d.actor2 = d.actor2 or a2
    if d.actor1 is not None and d.actor2 is not None and d.actor1.head_i == d.actor2.head_i:
        d.actor2 = None  # "hit a landmine planted by JNIM": the words name the planter, not a target
    fill_from_sentences(d)  # before merging: a sentence's own actors outrank later ones


def _add(
    d: Draft, pool: list[Draft], facts: DocFacts, words: RoleWords, drafts: list[Draft] | None = None
) -> Draft:
    """Merge a candidate into the incident it restates, or open a new one; the incident it joined."""
    prev = merge_target(d, pool, words, facts)
    if prev is not None:
        merge(prev, d)
        return prev
    (pool if drafts is None else drafts).append(d)
    return d


def _split_earlier(
    cand: Draft, sf: SentFacts, facts: DocFacts, lex: TriggerLexicon, words: RoleWords
) -> tuple[Draft, SentFacts, Marker] | None:
    """'..., a day after an attack in Mangu in which seven people died': the clause's incident as
    a draft of its own (with the clause's facts), the sentence's own incident left the rest."""
    doc = facts.doc
    marker = earlier.find_marker(sf.sent, facts.lang)
    if marker is not None:
        span = earlier.clause_range(sf.sent, marker)
    else:  # "recaptured Mota, a town that Fano fighters seized on May 2"
        dated = earlier.dated_relative_clause(sf, [doc[t.head] for t in cand.triggers])
        if dated is None:
            return None
        span, marker = dated
    inner = [t for t in cand.triggers if earlier.inside(doc[t.head], span)]
    outer = [t for t in cand.triggers if not earlier.inside(doc[t.head], span)]
    rest, within = earlier.split_facts(sf, span)
    told = _candidates(within, words) or any(c.kind == "killed" for c in within.casualties) or within.times
    if not inner or not outer or not told:
        return None
    clause = {t.i for t in sf.sent if earlier.inside(t, span)}
    if cand.anchor in inner:
        cand.anchor = _taking(max(outer, key=lambda t: (t.rank, -t.start)), outer, bool(rest.casualties))
        cand.concept = sharpen(cand.anchor.concept, sf, lex, skip=clause)
    cand.triggers, cand.sents, cand.casualties = outer, [rest], list(rest.casualties)
    _fill_roles(cand, rest, words)
    best = _taking(max(inner, key=lambda t: (t.rank, -t.start)), inner, bool(within.casualties))
    others = {t.i for t in sf.sent} - clause
    prior = Draft(
        concept=sharpen(best.concept, sf, lex, skip=others), anchor=best, sents=[within], triggers=inner
    )
    prior.casualties, prior.sources = list(within.casualties), list(sf.sources)
    prior.in_passing = True
    _fill_roles(prior, within, words)
    return prior, within, marker


def _place_earlier(
    prior: Draft, within: SentFacts, marker: Marker, told: Draft, facts: DocFacts, words: RoleWords
) -> None:
    """Its own place and day when the clause names them; else the told incident's place and
    that incident's day moved by the marker ("two days after")."""
    if _candidates(within, words):
        _attach_place(prior, within, [], facts, words)
        place_unlisted(prior, facts)
    else:
        prior.place, prior.place_inherited = told.place, True
    attach_time(prior, within, facts.lang)
    if prior.time is None:
        prior.time = earlier.shifted(told.time, marker, facts.text)


def _one_series(tok: Token, real_deaths: list[CasualtyRef], words: RoleWords) -> bool:
    """ "Nine people were killed in a series of air strikes": with a toll, one incident."""
    return bool(real_deaths) and tf.series(tok, words)


def _taking(best: Trigger, pool: list[Trigger], deaths: bool) -> Trigger:
    """ "Gunmen seized 25 schoolgirls ... in an attack": with no one hurt, the attack was the
    taking of people (an abduction or arrest)."""
    if best.concept != "attack" or deaths:
        return best
    return next((t for t in pool if t.concept == "arrest"), best)


def _means(best: Trigger, pool: list[Trigger], doc: Doc) -> Trigger:
    """A verb whose subject is itself a trigger ("a roadside bomb struck a vehicle", "des
    frappes ont tué"): the subject names the means, so it names the incident."""
    verb = doc[best.head]
    if verb.pos_ != "VERB":
        return best
    subjects = [
        t for t in pool if t is not best and doc[t.head].dep_.startswith("nsubj") and doc[t.head].head == verb
    ]
    return subjects[0] if subjects else best


def _attach_place(d: Draft, sf: SentFacts, drafts: list[Draft], facts: DocFacts, words: RoleWords) -> None:
    places = _places_told(sf, facts, words)
    if places and places[0].start not in range(sf.sent.start_char, sf.sent.end_char):
        d.place, d.place_inherited = places[0], True  # "dans la capitale", named elsewhere
        return
    if places:
        d.place = _closest(places, d, sf, facts, words)
        if d.place.covers:  # "in the north of the country": the town or province the text names there
            inner = _settlement_first(d.place.covers)
            before = [p for p in inner if p.start < sf.sent.end_char]
            if before:  # a town named later belongs to a later incident: then the part stays
                d.place = max(before, key=lambda p: p.start)
                d.place_inherited = True
        return
    # No place in the sentence: the last place named before it in the same paragraph
    # ("Ils ont donc été éliminés", "à l'est de cette même ville"); across paragraphs only
    # when this paragraph names none (the story goes on where it was).
    para_has_place = any(_candidates(x, words) for x in facts.sents if x.paragraph == sf.paragraph)
    for prev in reversed(facts.sents[: sf.index]):
        if prev.paragraph != sf.paragraph and para_has_place and not refers_back(sf, words):
            break
        told = _places_told(prev, facts, words)  # (the capital may be the dateline's)
        cands = [p for p in told if not (dateline(p, facts.text) and any(p is q for q in prev.places))]
        if cands:
            d.place = _settlement_first(cands)[0]
            d.place_inherited = True
            return


def _places_told(sf: SentFacts, facts: DocFacts, words: RoleWords) -> list[PlaceRef]:
    """Where a sentence puts things; "in the capital" (or "in the capital ... in the Mirpur area",
    a district the gazetteer lacks) is the capital the article names."""
    places = _candidates(sf, words)
    if all(p.place is None for p in places):
        capital = _the_capital(sf, facts, words)
        if capital is not None:
            return [capital]
    return places


def _the_capital(sf: SentFacts, facts: DocFacts, words: RoleWords) -> PlaceRef | None:
    """The capital the article names, when a sentence says "the capital" without naming it: of
    the country its adjective gives ("la capitale ougandaise"), else of the article's country."""
    from sitrep.lang import resource

    word = next((t for t in sf.sent if t.lower_ in words.capital_words), None)
    if word is None:
        return None
    found = nationality(word, resource(facts.lang, "demonyms", default={}), alone=False)
    country = found[0] if found is not None else facts.country
    return next(
        (
            p
            for x in facts.sents
            for p in x.places
            if p.place is not None and p.place.feature == "P.PPLC" and p.place.country == country
        ),
        None,
    )


def _candidates(sf: SentFacts, words: RoleWords) -> list[PlaceRef]:
    known = [p for p in sf.places if p.place is not None or not p.region]
    return [p for p in known if locative(p, sf, words) and not part_of_owner(p, sf.places)]


def _settlement_first(places: list[PlaceRef]) -> list[PlaceRef]:
    """Towns, else divisions, else compass parts of a country, else the rest (countries, areas)."""
    for keep in (_town, division, _part):
        chosen = [p for p in places if keep(p)]
        if chosen:
            return chosen
    return places


def _twin(d: Draft, sf: SentFacts, place: PlaceRef, facts: DocFacts, part: Part | None = None) -> Draft:
    """The same incident told at a second place; the toll stays with the first unless the
    sentence gives the place its own (then its own words name its kind)."""
    twin = replace(
        d, place=place, sents=[sf], triggers=list(d.triggers), casualties=[], sources=list(d.sources)
    )
    if part is not None:
        own_kind(twin, part, sf)
    place_unlisted(twin, facts)
    return twin


def _towns(sf: SentFacts, facts: DocFacts, words: RoleWords) -> list[PlaceRef]:
    return [p for p in _candidates(sf, words) if _town(p) and not dateline(p, facts.text)]


def _town(p: PlaceRef) -> bool:
    return not p.region


def _part(p: PlaceRef) -> bool:
    return p.place is not None and p.place.feature == SECTOR_FEATURE


def _closest(places: list[PlaceRef], d: Draft, sf: SentFacts, facts: DocFacts, words: RoleWords) -> PlaceRef:
    """The sentence's place nearest the trigger, preferring (in turn) places the gazetteer
    knows ("Lido beach in Mogadishu"), the place itself over a reference point ("Mellit, à
    60 km d'El-Fasher"), and the story's places over its dateline ("ADEN (Reuters) -")."""
    doc = sf.sent.doc
    anchor_char = doc[d.anchor.head].idx
    text = facts.text
    pool = _settlement_first([p for p in places if not dateline(p, text)] or places)
    pool = [p for p in pool if p.place is not None] or pool
    pool = [p for p in pool if not _reference_point(p, pool, text)] or pool
    pool = [p for p in pool if not _route_end(p, doc, words)] or pool
    # "In Kiserian, ... police opened fire on youths who had barricaded the Magadi road": the
    # place that opens the sentence sets its scene
    pool = [p for p in pool if _sets_the_scene(p, sf, facts)] or pool
    return min(pool, key=lambda p: abs(p.start - anchor_char))


def _sets_the_scene(p: PlaceRef, sf: SentFacts, facts: DocFacts) -> bool:
    """ "In Kiserian, ...": a locative and its place open the sentence, a comma closes them (not
    "L'ONG, basée au Royaume-Uni, a documenté")."""
    before = facts.text[sf.sent.start_char : p.start]
    return "," not in before and opening_locative(facts.text, p.start, p.end, facts.lang)


def _route_end(p: PlaceRef, doc: Doc, words: RoleWords) -> bool:
    """ "un convoi qui escortait des camions entre Téra et Dori": the ends of a route locate
    the road, not where on it the incident was, when the sentence says that too."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    r = span.root
    return between(r, words) or (r.dep_ == "conj" and between(r.head, words))


def _reference_point(p: PlaceRef, pool: list[PlaceRef], text: str) -> bool:
    """ "Mellit, à 60 km au nord d'El-Fasher": El-Fasher only locates the town named before it."""
    return p.precision > 1 and any(
        q.precision == 1 and q.end <= p.start <= q.end + 70 and not _CLAUSE_END.search(text[q.end : p.start])
        for q in pool
    )


_CLAUSE_END = re.compile(r"[.;:!?]")


def _finish(d: Draft, facts: DocFacts, lex: TriggerLexicon, words: RoleWords) -> None:
    headline_toll(d, facts)
    if not d.sources and facts.issuer is not None:
        d.sources = [facts.issuer]  # a statement's incidents are its issuer's claims
    fallback_place(d, facts)
    main = main_armed_actor(facts)
    after = d.sents[-1].index + 1
    following = facts.sents[after : after + 1]  # "X claimed the attack." right after the report
    for sf in [*d.sents, *following]:
        claimed = claimant(sf, words.claim_verbs, main)
        if claimed is not None and not claims_now(sf, words.claim_verbs, facts.lang):
            continue  # ("which usually claims the group's attacks")
        state = d.actor1 is not None and d.actor1.actor.kind in (STATE, "external_force")
        if claimed is not None and (d.actor1 is None or d.actor1.generic) and not state:
            d.actor1, d.actor1_guessed = claimed, False
            break
    from sitrep.stages.actor_roles import fill_actors

    fill_actors(d, facts)
    assign_type(d, facts, lex)
    fill_actors(d, facts, after_typing=True)
    if d.event_type == "Battles" and d.actor1 is not None and _infighting(d, facts, words):
        d.actor2 = d.actor1  # a mutiny: the group against itself
    d.confidence = _confidence(d)


def _infighting(d: Draft, facts: DocFacts, words: RoleWords) -> bool:
    doc = facts.doc
    for t in d.triggers:
        span = doc[t.start : t.end]
        if span.text.lower() in words.infighting or doc[t.head].lemma_.lower() in words.infighting:
            return d.actor2 is None or d.actor2.actor.name == d.actor1.actor.name  # type: ignore[union-attr]
    return False


def _confidence(d: Draft) -> float:
    c = 0.35 + min(d.anchor.rank, 100) / 400
    c += 0.1 if d.place and d.place.place else 0.0
    c += 0.1 if d.actor1 else 0.0
    c += 0.1 if any(x.kind == "killed" for x in d.casualties) else 0.0
    c -= 0.1 if d.anchor.weak else 0.0
    c -= 0.02 * min(d.sents[0].index, 5)
    if d.sents[0].index and len(d.sents[0].sent.doc) < 80:
        c -= 0.1  # in a wire snippet the first sentence is the news; later ones are background
    return max(0.05, min(0.99, c))


def fatalities(d: Draft) -> tuple[int | None, str | None]:
    cnt = sum_casualties(d.casualties, "killed")
    return (cnt.value, cnt.qualifier) if cnt else (None, None)


def injured(d: Draft) -> tuple[int | None, str | None]:
    cnt = sum_casualties(d.casualties, "injured")
    return (cnt.value, cnt.qualifier) if cnt else (None, None)
