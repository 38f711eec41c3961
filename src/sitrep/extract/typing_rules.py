"""From a trigger concept and its context (victims, targets, weapon and protest cues, actor
kinds) to an ACLED event type and sub-event type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_roles import ARMED_KINDS, STATE
from sitrep.extract.facts import ActorRef, DocFacts, SentFacts
from sitrep.lang import common

if TYPE_CHECKING:
    from sitrep.extract.events import Draft
    from sitrep.extract.triggers import TriggerLexicon

GENERIC_CONCEPTS = frozenset({"kill", "attack"})  # say that violence happened, not how

WEAPON_CONCEPTS = ("suicide", "chemical", "airstrike", "grenade", "shelling", "explosive")


def _kind(a: ActorRef | None) -> str | None:
    return a.actor.kind if a else None


def _words(d: Draft) -> set[str]:
    toks = [t for sf in d.sents for t in sf.sent]
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def _target_words(d: Draft, facts: DocFacts) -> set[str]:
    """Nouns in the arguments of the triggers (what was attacked)."""
    out: set[str] = set()
    for t in d.triggers:
        tok = facts.doc[t.head]
        for ch in tok.subtree:
            if ch.i != tok.i and ch.pos_ in ("NOUN", "PROPN"):
                out.add(ch.lower_)
                out.add(ch.lemma_.lower())
    return out


def assign_type(d: Draft, facts: DocFacts, lex: TriggerLexicon) -> None:
    concepts = common("taxonomy")["concepts"]
    c = d.concept
    default = concepts.get(c, concepts["other"])
    etype, sub = default["type"], default["sub"]
    words = _words(d)
    k1, k2 = _kind(d.actor1), _kind(d.actor2)
    sides = {x.side for x in d.casualties if not x.aggregate}
    kinds = {a.actor.kind for sf in d.sents for a in sf.actors}
    protest_ctx = bool(kinds & {"protesters", "rioters"}) or any(t.concept == "protest" for t in d.triggers)
    if c in ("capture", "gov_regain"):
        if k1 == STATE:
            sub = "Government regains territory"
        elif k1 in ARMED_KINDS:
            sub = "Non-state actor overtakes territory"
        etype = "Battles"
    elif c in ("kill", "attack", "clash"):
        etype, sub = _violence_type(d, facts, lex, words, sides, protest_ctx, k1, k2)
    elif c == "protest":
        etype, sub = _protest_type(d, words, lex)
    d.event_type, d.sub_event_type = etype, sub


def _violence_type(
    d: Draft,
    facts: DocFacts,
    lex: TriggerLexicon,
    words: set[str],
    sides: set[str],
    protest_ctx: bool,
    k1: str | None,
    k2: str | None,
) -> tuple[str, str]:
    if protest_ctx:
        return "Riots", "Violent demonstration"
    if words & lex.cues.get("mob", frozenset()):
        return "Riots", "Mob violence"
    targets = _target_words(d, facts)
    civ_target = bool(targets & lex.civilian_targets) or k2 == "civilians"
    mil_target = bool(targets & lex.military_targets) or k2 in ARMED_KINDS
    combatant_dead = bool(sides & {"state", "nonstate"})
    civ_dead = "civilian" in sides
    if d.concept == "clash" and not (civ_dead and not combatant_dead):
        return "Battles", "Armed clash"
    if (civ_dead or civ_target) and not combatant_dead and not (mil_target and not civ_dead):
        return "Violence against civilians", "Attack"
    unnamed_victims = k1 in ARMED_KINDS and k2 is None and not combatant_dead and not mil_target
    if unnamed_victims and sides <= {"unknown"} and (any(x.kind == "killed" for x in d.casualties) or civ_target):
        # "Gunmen attacked X, killing 12": unnamed victims of an armed attack are civilians
        # unless the text says they fought back or were combatants.
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"


def _protest_type(d: Draft, words: set[str], lex: TriggerLexicon) -> tuple[str, str]:
    killed = any(x.kind == "killed" for x in d.casualties)
    if words & lex.cues.get("riot", frozenset()) or any(t.concept in ("clash", "riot") for t in d.triggers):
        return "Riots", "Violent demonstration"
    if killed:
        return "Protests", "Excessive force against protesters"
    if words & lex.cues.get("intervention", frozenset()):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def sharpen(concept: str, sf: SentFacts, lex: TriggerLexicon) -> str:
    """Weapon words anywhere in the sentence make a generic trigger specific
    ("tués par l'aviation" is an air strike, "pilonner" by aircraft too)."""
    if concept not in GENERIC_CONCEPTS and concept not in ("shelling", "explosive", "looting"):
        return concept
    words = {t.lower_ for t in sf.sent} | {t.lemma_.lower() for t in sf.sent}
    text = sf.sent.text.lower()
    for weapon in WEAPON_CONCEPTS:
        cue = lex.cues.get(weapon, frozenset())
        hit = words & cue or any(" " in c and c in text for c in cue)
        if hit and lex.rank(weapon) > lex.rank(concept):
            return weapon
    if concept == "looting" and (words & lex.cues.get("riot", frozenset())):
        return "riot"
    return concept
