"""Who fired from afar: the state whose aircraft flew an air raid, or whose missiles struck
across a border, when the text names no one; and who stopped what was fired."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.stages.actor_roles import (
    ARMED_KINDS,
    STATE,
    as_ref,
    country_actor,
    denies,
    forces_at,
    incident_mentions,
    nationality,
)
from sitrep.stages.actors import normalize_actor, pattern_name
from sitrep.stages.facts import RELATIVE_CLAUSE, TRIGGER_HEADS, ActorRef, verb_lemmas
from sitrep.stages.modality import ASSERTED
from sitrep.stages.roles import allegation_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts, SentFacts


def air_force(d: Draft, facts: DocFacts, country: str | None) -> None:
    """Air raids are coded to the state whose aircraft flew them, or whose forces report them,
    but not to a state the text only accuses ("raids attribués à la coalition", "the
    opposition blamed the regime")."""
    if d.actor1 is not None:
        return
    target = d.actor2.actor.name if d.actor2 is not None else None  # ("a drone fired at soldiers")
    for a in incident_mentions(d):
        if a.actor.kind == STATE and a.actor.name != target:
            d.actor1 = a
            return
    if _own_ground(d, facts, country):
        d.actor1 = _enemy_within(facts)  # drones on the army's own air base: its enemy's
        d.actor1_guessed = d.actor1 is not None
        return
    for s in d.sources:  # "selon un communiqué de l'armée malienne, ... une intervention aérienne"
        actor = normalize_actor(s.text, facts.lang, country)
        if actor is not None and actor.kind == STATE and actor.country in (country, None):
            d.actor1 = as_ref(actor)  # an army telling of an air strike tells of its own
            d.actor1_guessed = True  # (unless another state strikes that soil: ``strikes_across``)
            return
    rulers = [a for sf in facts.sents for a in sf.actors if a.actor.kind in (STATE, "government")]
    verbs = allegation_verbs(facts.lang)
    if any(_of_incidents(facts.doc, a, verbs) for a in rulers):
        return  # a state accused of strikes, or denying them ("accuse le régime"), is not coded
    states = [a for a in rulers if a.actor.kind == STATE]
    armies = [a for a in states if a.actor.name == pattern_name("military", a.actor.country)]
    if armies and len({a.actor.country for a in states}) == 1 and armies[0].actor.name != target:
        d.actor1 = armies[0]  # "un drone a frappé ...": the one state at war in the story flies them
        d.actor1_guessed = True


def from_abroad(d: Draft, facts: DocFacts, country: str | None) -> None:
    """A weapon launched from another country than where it fell ("a drone launched from Yemen
    crashed into a building in Bat Yam", "des roquettes tirées depuis le territoire libanais"),
    by no one the text names: an unknown group of its origin, not the army that reports it."""
    if d.actor1 is not None and not d.actor1_guessed:
        return
    origin = launched_from(d, facts)
    if origin is not None and origin != country:
        launcher = replace(as_ref(country_actor("unidentified", origin, "")), generic=False)
        d.actor1, d.actor1_guessed = launcher, True


def launched_from(d: Draft, facts: DocFacts) -> str | None:
    """The country a weapon was launched or fired from ("a drone launched from Yemen", "tirées
    depuis le territoire libanais"), when the incident's sentences say it."""
    from sitrep.lang import resource
    from sitrep.stages.role_words import role_words

    words = role_words(facts.lang)
    table: dict[str, str] = resource(facts.lang, "demonyms", default={})
    for sf in d.sents:
        for verb in (t for t in sf.sent if t.lemma_.lower() in words.launch_verbs):
            for noun in (c for c in verb.children if c.dep_.startswith("obl") or c.dep_ == "prep"):
                arg = next((g for g in noun.children if g.dep_ == "pobj"), noun)
                marks = {g.lower_ for g in (noun, *arg.children) if g.dep_ in ("case", "prep")}
                if not marks & words.origin_preps:
                    continue
                place = next((p for p in sf.places if p.start <= arg.idx < p.end and p.place), None)
                if place is not None and place.place is not None and place.place.country:
                    return place.place.country
                found = nationality(arg, table, alone=False)  # "depuis le territoire libanais"
                if found is not None:
                    return found[0]
    return None


def _own_ground(d: Draft, facts: DocFacts, country: str | None) -> bool:
    """The strike hit the country's own forces or one of their posts ("des drones ont frappé la
    base aérienne", "struck an army barracks"): no state strikes itself."""
    from sitrep.stages.triggers import lexicon
    from sitrep.stages.typing_rules import target_words

    if d.actor2 is not None:
        return d.actor2.actor.kind == STATE and d.actor2.actor.country == country
    return bool(target_words(d, facts) & lexicon(facts.lang).army_targets)


def _enemy_within(facts: DocFacts) -> ActorRef | None:
    """The armed group the story is about, the side that strikes the state's ground when
    nobody is named (none when two groups are named as often)."""
    from sitrep.stages.references import main_armed_actor

    group = main_armed_actor(facts, clear=True)
    return group if group is not None and group.actor.kind != STATE else None


def _of_incidents(doc: Doc, a: ActorRef, verbs: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The actor is named where someone accuses or denies, and of violence ("accuse le régime
    d'avoir utilisé des obus"), not of something else ("l'accusant de vouloir affaiblir la région")."""
    if a.head_i < 0:
        return False
    heads: set[int] = doc.user_data.get(TRIGGER_HEADS, set())
    words = verbs[0] | verbs[1]
    said = [t for t in doc[a.head_i].sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in words]
    return any(t.i in heads for v in said for t in v.subtree)


def defender(d: Draft, facts: DocFacts, country: str | None) -> None:
    """Disrupted weapons use is coded to the side that stopped the weapon, the side whose weapon
    it was being actor2 ("Russia's Defence Ministry said air defence units had destroyed 57
    Ukrainian drones over the Krasnodar region"). Unnamed air defences are those of the state
    that reports them, else of the country whose sky or ground it was."""
    owner = _weapon_owner(d)
    if owner is None:
        return
    if d.actor1 is not None and d.actor1.actor.name != owner.actor.name:
        d.actor2 = d.actor2 or owner
        return
    code = _reporting_state(d, facts, country) or country
    d.actor1 = as_ref(country_actor("military", code, "")) if code and code != owner.actor.country else None
    d.actor2 = owner


def _reporting_state(d: Draft, facts: DocFacts, country: str | None) -> str | None:
    """The country whose armed forces or government report the incident ("Ukraine's air
    force", "le ministère russe de la Défense")."""
    from sitrep.lang import resource

    names = {**resource(facts.lang, "countries", default={}), **resource(facts.lang, "demonyms", default={})}
    bodies = frozenset(resource(facts.lang, "reporting").get("state_bodies", []))
    for s in d.sources:
        actor = normalize_actor(s.text, facts.lang, country)
        if actor is not None and actor.country and actor.kind in (STATE, "government"):
            return actor.country
        words = s.text.replace("'s ", " ").split()
        codes = [names.get(w) or names.get(w.lower()) for w in words]
        code = next((c for c in codes if c), None)
        if code is not None and any(w.lower() in bodies for w in words):
            return code
    return None


def _weapon_owner(d: Draft) -> ActorRef | None:
    """Whose weapon was seized, defused or shot down: the nationality of the object ("57
    Ukrainian drones") or the armed actor it names ("a drone launched by the Houthis")."""
    from sitrep.lang import resource
    from sitrep.stages.roles import actor_in
    from sitrep.stages.triggers import objects_of

    doc = d.sents[0].sent.doc
    table: dict[str, str] = resource(doc.lang_, "demonyms", default={})
    for t in d.triggers:
        sf = next((x for x in d.sents if x.sent.start <= t.head < x.sent.end), d.sents[0])
        for n in objects_of(doc[t.head]):
            found = nationality(n, table, alone=False)
            if found is not None:
                return forces_at(*found)
            named = actor_in(n, sf)
            if named is not None and not named.generic and named.actor.kind in ARMED_KINDS:
                return named
    return None


_REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def strikes_across(drafts: list[Draft]) -> None:
    """In a war between states, a strike the text names no one for ("two drones hit an energy
    facility near Stryi") is the enemy's when the article shows only one foreign state striking
    that country ("Russian missiles hit Kyiv"): the codebook's reading of an unclaimed strike. So
    is one only guessed to be the struck state's own ("selon l'administration militaire de
    Soumy, une frappe de drone a tué un homme")."""
    strikers: dict[str, dict[str, ActorRef]] = {}
    for d in drafts:
        target = _soil(d)
        a = d.actor1
        if a is None or d.actor1_guessed or a.actor.kind != STATE or d.sub_event_type not in _REMOTE:
            continue
        if target and a.actor.country and a.actor.country != target:
            strikers.setdefault(target, {}).setdefault(a.actor.country, a)
    for d in drafts:
        target = _soil(d)
        own = d.actor1 is not None and d.actor1_guessed and d.actor1.actor.country == target
        if (d.actor1 is None or own) and target in strikers and d.sub_event_type in _REMOTE:
            found = strikers[target]
            if len(found) == 1:
                d.actor1 = next(iter(found.values()))


def _soil(d: Draft) -> str | None:
    place = d.place.place if d.place is not None else None
    return place.country if place is not None and d.modality == ASSERTED else None


_BLAMABLE = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}
)


def blamed_later(drafts: list[Draft], facts: DocFacts) -> None:
    """Strikes and bombs told without a doer are the group the article then blames for them
    ("l'armée a attribué ces attaques aux FSR", "the army blamed the RSF for the drone
    attacks", "l'armée les leur attribue" when parsed so), unless the article has that group
    denying."""
    accuse, deny = allegation_verbs(facts.lang)
    heads: set[int] = facts.doc.user_data.get(TRIGGER_HEADS, set())
    for sf in facts.sents:
        named = ARMED_KINDS - {STATE, "unidentified"}
        groups = [a for a in sf.actors if not a.generic and a.actor.kind in named]
        if not groups or not verb_lemmas(sf.sent) & accuse:
            continue
        incidents = [t for t in sf.sent if t.i in heads and "Plur" in t.morph.get("Number", [])]
        if not incidents:
            continue
        for verb in (t for t in sf.sent if t.lemma_.lower() in accuse and t.pos_ in ("VERB", "AUX")):
            blamed = _accused(verb, groups)
            if blamed is None or denies(facts.doc[blamed.head_i], blamed, deny):
                continue
            for d in drafts:
                unnamed = d.actor1 is None or d.actor1_guessed or d.actor1.actor.kind == "unidentified"
                if unnamed and d.sub_event_type in _BLAMABLE and d.sents[0].index <= sf.index:
                    d.actor1, d.actor1_guessed = blamed, False


def _accused(verb: Token, groups: list[ActorRef]) -> ActorRef | None:
    """Whom an accusing verb accuses: a group among its complements (not its subject), or the
    group a pronoun complement stands for, the last one named before the verb ("les leur
    attribue")."""
    for c in verb.children:
        if c.dep_.startswith("nsubj") or c.dep_ in ("agent", "obl:agent"):
            continue
        inside = {t.i for t in c.subtree}
        named = next((a for a in groups if a.head_i in inside), None)
        if named is not None:
            return named
        if c.pos_ == "PRON" and c.dep_ in ("iobj", "obl", "obl:arg"):
            before = [a for a in groups if a.head_i < verb.i]
            if before:
                return before[-1]
    return None


_CLAIMABLE = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})


def claimed_later(drafts: list[Draft], facts: DocFacts, claim_verbs: frozenset[str]) -> None:
    """A claim of responsibility told paragraphs after the incident ("Al Shabaab claimed
    responsibility in a statement on its radio"): the doer of the last incident before it, when
    that incident names none (not a state's, nor one already claimed)."""
    from sitrep.stages.references import main_armed_actor
    from sitrep.stages.roles import claimant

    told = {sf.index for d in drafts for sf in d.sents}
    main = main_armed_actor(facts)
    for sf in facts.sents:
        if sf.index in told:
            continue  # (a claim inside an incident's own sentences was read with it)
        claimed = claimant(sf, claim_verbs, main)
        if claimed is None or not claims_now(sf, claim_verbs, facts.lang):
            continue
        before = [d for d in drafts if d.sents[0].index < sf.index and d.modality == ASSERTED]
        last = max(before, key=lambda d: d.sents[0].index, default=None)
        if last is None or last.event_type not in _CLAIMABLE:
            continue
        unnamed = last.actor1 is None or last.actor1_guessed or last.actor1.actor.kind == "unidentified"
        if unnamed and not _elsewhere(sf, last):
            last.actor1, last.actor1_guessed = claimed, False


def claims_now(sf: SentFacts, claim_verbs: frozenset[str], lang: str) -> bool:
    """A claim made, not a habit or a denial ("Islamic State, which usually claims the group's
    attacks, published no claims")."""
    from sitrep.stages.background import habitual
    from sitrep.stages.modality import negated_word

    verbs = [t for t in sf.sent if t.lemma_.lower() in claim_verbs and t.pos_ in ("VERB", "AUX")]
    return any(
        v.dep_ not in RELATIVE_CLAUSE and not habitual(v, lang) and not negated_word(v, lang) for v in verbs
    )


def _elsewhere(sf: SentFacts, d: Draft) -> bool:
    """The claim names a town the incident is not in ("claimed the bombing in Baidoa")."""
    own = d.place.place.geonameid if d.place is not None and d.place.place is not None else None
    return any(p.place is not None and not p.region and p.place.geonameid != own for p in sf.places)

