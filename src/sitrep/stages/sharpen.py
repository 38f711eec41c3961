"""How a generic incident word is made specific by the weapons its sentence names ("tués par
l'aviation" is an air strike), and looting by a crowd a riot; the words that name no means (what a
place is for, a munition stopped, a thing burned) are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.stages.actor_roles import ARMED_KINDS, STATE
from sitrep.stages.role_words import role_words
from sitrep.stages.typing_rules import GENERIC_CONCEPTS, WEAPON_CONCEPTS

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

    from sitrep.stages.facts import SentFacts
    from sitrep.stages.triggers import TriggerLexicon

__all__ = ["sharpen"]


def _state_did(sf: SentFacts, cues: set[str]) -> bool:
    """ "Regime troops torched 100 houses": state forces are the subject of the riot word."""
    doc = sf.sent.doc
    for a in sf.actors:
        tok = doc[a.head_i]
        verb = {tok.head.lower_, tok.head.lemma_.lower()}
        if a.actor.kind == STATE and tok.dep_ == "nsubj" and verb & cues:
            return True
    return False


def _in_the_crowd(tok: Token, lex: TriggerLexicon) -> bool:
    """A crowd word that is not who tells of it ("Residents said the soldiers looted ...")."""
    verb = tok.head
    speech = verb.lemma_.lower() in role_words(tok.doc.lang_).speech_verbs
    told = any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)  # ("a dressé des barrages": no)
    said = tok.dep_.startswith("nsubj") and speech and told
    return (tok.lower_ in lex.crowd_sides or tok.lemma_.lower() in lex.crowd_sides) and not said


def _no_means(tok: Token, lex: TriggerLexicon) -> bool:
    """A weapon word that says nothing of how an incident was done: what a place is for ("a
    military air base", "la base aérienne"), a munition stopped, a thing burned."""
    if tok.lower_ not in lex.cue_words and tok.lemma_.lower() not in lex.cue_words:
        return False  # (only the words a cue is written with need a look)
    place = tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in lex.cue_hosts
    return place or lex.stopped(tok) or lex.destroyed(tok)


def sharpen(concept: str, sf: SentFacts, lex: TriggerLexicon, skip: Container[int] = ()) -> str:
    """Weapon words anywhere in the sentence (but the tokens to ``skip``: another incident's
    clause) make a generic trigger specific ("tués par l'aviation" is an air strike,
    "pilonner" by aircraft too)."""
    if concept not in GENERIC_CONCEPTS and concept not in ("shelling", "explosive", "looting"):
        return concept
    blocked = lex.blocked(sf.sent.doc) | {t.i for t in sf.sent if t.i in skip}
    toks = [t for t in sf.sent if t.i not in blocked and not _no_means(t, lex)]
    words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
    text = " ".join(t.lower_ for t in toks)
    for weapon in WEAPON_CONCEPTS:
        cue = lex.cues.get(weapon, frozenset())
        hit = words & cue or any(" " in c and c in text for c in cue)
        if hit and lex.rank(weapon) > lex.rank(concept):
            return weapon
    riot = words & lex.cues.get("riot", frozenset())
    if concept != "looting" or not riot:
        return concept
    crowd = any(_in_the_crowd(t, lex) for t in toks)  # (soldiers who loot with no crowd are no rioters)
    armed = any(a.actor.kind in ARMED_KINDS and (a.actor.kind != STATE or not crowd) for a in sf.actors)
    # (fighters burning a chapel, or soldiers torching houses, are no rioters)
    return "riot" if not armed and not _state_did(sf, riot) else concept
