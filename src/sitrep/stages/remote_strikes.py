"""Who fired from afar: the state whose aircraft flew an air raid, or whose missiles struck
across a border, when the text names no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.stages.actor_roles import STATE, allegation_verbs, as_ref, in_allegation, incident_mentions
from sitrep.stages.actors import normalize_actor, pattern_name
from sitrep.stages.facts import ActorRef
from sitrep.stages.modality import ASSERTED

if TYPE_CHECKING:
    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts


def air_force(d: Draft, facts: DocFacts, country: str | None) -> None:
    """Air raids are coded to the state whose aircraft flew them, or whose forces report them,
    but not to a state the text only accuses ("raids attribués à la coalition", "the
    opposition blamed the regime")."""
    if d.actor1 is not None:
        return
    for a in incident_mentions(d):
        if a.actor.kind == STATE:
            d.actor1 = a
            return
    for s in d.sources:  # "selon un communiqué de l'armée malienne, ... une intervention aérienne"
        actor = normalize_actor(s.text, facts.lang, country)
        if actor is not None and actor.kind == STATE and actor.country in (country, None):
            d.actor1 = as_ref(actor)  # an army telling of an air strike tells of its own
            return
    rulers = [a for sf in facts.sents for a in sf.actors if a.actor.kind in (STATE, "government")]
    verbs = allegation_verbs(facts.lang)
    if any(in_allegation(facts.doc, a, verbs) for a in rulers):
        return  # an accused or denying state ("accuse le régime") is not coded by default
    states = [a for a in rulers if a.actor.kind == STATE]
    armies = [a for a in states if a.actor.name == pattern_name("military", a.actor.country)]
    if armies and len({a.actor.country for a in states}) == 1:
        d.actor1 = armies[0]  # "un drone a frappé ...": the one state at war in the story flies them


_REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def strikes_across(drafts: list[Draft]) -> None:
    """In a war between states, a strike the text names no one for ("two drones hit an energy
    facility near Stryi") is the enemy's when the article shows only one foreign state striking
    that country ("Russian missiles hit Kyiv"): the codebook's reading of an unclaimed strike."""
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
        if d.actor1 is None and target in strikers and d.sub_event_type in _REMOTE:
            found = strikers[target]
            if len(found) == 1:
                d.actor1 = next(iter(found.values()))


def _soil(d: Draft) -> str | None:
    place = d.place.place if d.place is not None else None
    return place.country if place is not None and d.modality == ASSERTED else None
