"""Trigger words in a sentence that tells no incident of their own kind: the bombers counted
among a toll's dead, an alliance or a cause ("fought alongside", "fighting for independence"),
the wounded taken to hospital, deaths an accident caused; and a taking only attempted, which
is a fight. The words are language data (``roles.json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.stages.facts import SentFacts
    from sitrep.stages.role_words import RoleWords
    from sitrep.stages.triggers import Trigger

__all__ = [
    "a_charge",
    "accidental",
    "acts_in_general",
    "allies_only",
    "among_the_dead",
    "attempted_taking",
    "despite",
    "for_a_cause",
    "framed",
    "reacted_to",
    "referenced",
    "to_care",
]


def among_the_dead(tok: Token, sf: SentFacts) -> bool:
    """ "sept morts, dont les trois kamikazes", "including the two bombers": an attacker noun
    that names people the toll counts is who died, not another incident."""
    doc = tok.doc
    return tok.pos_ == "NOUN" and any(
        c.subset and c.token_i >= 0 and tok.i in (c.token_i, doc[c.token_i].head.i) for c in sf.casualties
    )


def allies_only(t: Trigger, tok: Token, words: RoleWords) -> bool:
    """ "Fano, which fought alongside federal troops during the war", "ont combattu aux côtés de
    l'armée": who fought with whom, no opponent named, tells an alliance, not a battle (a
    shooting "aux côtés des gendarmes" is still one)."""
    # (a verb the tagger read as a noun, "qui combat", still has its subject)
    verb = tok.pos_ == "VERB" or any(c.dep_.startswith("nsubj") for c in tok.children)
    if not verb or t.concept != "clash":
        return False
    ally = False
    for c in tok.children:
        marks = " ".join(g.lower_ for g in c.children if g.dep_ == "case")
        phrase = f"{marks} {c.lower_}".strip()
        if c.dep_ in ("obj", "dobj") or c.lower_ in words.against or marks in words.against:
            return False
        ally = ally or c.lower_ in words.ally_preps or phrase in words.ally_preps
    return ally


def for_a_cause(t: Trigger, tok: Token, words: RoleWords) -> bool:
    """ "says it is fighting for the self-determination of the Oromo", "se bat pour l'indépendance":
    what a group fights for, no battle ("fighting for control of the town" is one). Only fighting:
    one arrested or marching for a cause was still arrested or marched."""
    if t.concept not in ("clash", "attack"):
        return False
    objs = _obliques(tok)
    glued = ["".join(x.text for x in o.lefts if x.dep_ in ("compound", "punct")) + o.text for o in objs]
    names = {o.lemma_.lower() for o in objs} | {g.lower() for g in glued}  # "self-determination"
    return tok.pos_ == "VERB" and bool(names & words.cause_nouns)


def attempted_taking(t: Trigger, tok: Token, words: RoleWords) -> bool:
    """ "a tenté de s'emparer du poste militaire", "tried to retake the town": a taking attempted
    is a fight for the place (the codebook's armed clash), not a change of hands."""
    return (
        t.concept in ("capture", "gov_regain")
        and tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in words.attempt_verbs
    )


def to_care(t: Trigger, tok: Token, words: RoleWords) -> bool:
    """ "Ils ont été évacués vers l'hôpital militaire", "evacuated to a clinic": the wounded
    taken to care, no withdrawal from a place."""
    near = [g for c in tok.children for g in (c, *c.children)]
    return t.concept == "withdraw" and any(g.lemma_.lower() in words.care_nouns for g in near)


def a_charge(tok: Token, words: RoleWords) -> bool:
    """ "a ouvert une enquête pour « tentative d'assassinat »", "mis en examen pour meurtre", "charged
    with murder": the name of a charge, not an incident (the one charged is told elsewhere)."""
    if tok.pos_ != "NOUN":
        return False
    n = tok
    if not _charge_prep(n, words):  # "tentative d'assassinat": the noun the trigger completes
        if n.head.pos_ != "NOUN" or n.head.i == n.i or not _charge_prep(n.head, words):
            return False
        n = n.head
    gov = n.head.head if n.dep_ == "pobj" else n.head  # (English hangs the noun on the preposition)
    near = [gov, *gov.children]  # "ouvert une enquête pour", "mis en examen pour", "charged with"
    return any(g.lemma_.lower() in words.charge_words for g in near)


def _charge_prep(n: Token, words: RoleWords) -> bool:
    return any(c.dep_ == "case" and c.lower_ in words.charge_preps for c in n.children) or (
        n.dep_ == "pobj" and n.head.lower_ in words.charge_preps
    )


def accidental(tok: Token, words: RoleWords, triggers: set[int]) -> bool:
    """ "A stampede at the funeral killed 56", "tués dans un accident de la route", "l'avion s'est
    écrasé peu après son décollage, tuant 176 personnes": deaths an accident caused, which no one
    inflicted. A cause that is a trigger or a munition ("a drone crashed into a building") is violence,
    and an accident verb with an object ("ont écrasé les rebelles") is none."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    for v in [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]:
        subjects = [c for c in v.children if c.dep_.startswith("nsubj")]
        crashed = v.lemma_.lower() in words.accident_verbs
        crashed = crashed and not any(c.dep_ in ("obj", "dobj") for c in v.children)
        if crashed and not any(c.i in triggers or c.lemma_.lower() in words.munition_nouns for c in subjects):
            return True
        causes = subjects + _obliques(v)
        if v.dep_ in ("relcl", "acl:relcl") and any(c.pos_ == "PRON" for c in subjects):
            ante = v.head  # "l'effondrement de l'auvent de la gare, qui avait fait quinze morts"
            causes += [ante, *list(ante.ancestors)[:4]]
        if any(c.lemma_.lower() in words.accident_nouns and c.i not in triggers for c in causes):
            return True
    return False


def _obliques(verb: Token) -> list[Token]:
    """The nouns of a verb's prepositional complements: French obliques, English objects of its
    prepositions ("fighting for independence", "killed in a road accident")."""
    objs = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return objs + [c for c in verb.children if c.dep_.startswith("obl")]


def reacted_to(tok: Token, words: RoleWords) -> bool:
    """An incident named as what someone condemns, mourns or investigates ("the prime minister
    condemned the Bannu attack", "l'ONU a dénoncé ces attaques"): a reaction to the news, which
    is the incident already told when there is one."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("nmod", "pobj"):  # "a dénoncé des actes de vandalisme"
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        tok = owner if owner.pos_ == "NOUN" else tok
    reacting = tok.head.lemma_.lower() in words.reaction_verbs
    return tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj") and reacting


def acts_in_general(tok: Token) -> bool:
    """ "A dénoncé des actes de vandalisme", "condemned attacks on police": acts in the plural,
    with no number, which the reaction sums up rather than tells."""
    noun = tok.head if tok.dep_ == "nmod" else tok.head.head if tok.dep_ == "pobj" else tok
    noun = noun if noun.pos_ == "NOUN" else tok
    plural = "Plur" in noun.morph.get("Number", [])
    return plural and not any(c.dep_ == "nummod" for c in noun.children)


def referenced(tok: Token, words: RoleWords) -> bool:
    """A definite incident noun inside another noun's phrase ("suspected of links to the
    bombing", "les auteurs de cette attaque"): the incident told, not the sentence's news."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if tok.pos_ != "NOUN" or not dets or dets[0] not in words.anaphoric | words.demonstrative:
        return False
    owner = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "nmod" else None
    return owner is not None and owner.pos_ == "NOUN" and owner.i != tok.i


def despite(tok: Token, words: RoleWords) -> bool:
    """"malgré l'accord de cessez-le-feu", "despite the truce": what an incident happened in spite
    of is known already, not news."""
    marks = [c for c in tok.children if c.dep_ in ("case", "prep")]
    if tok.dep_ == "pobj":
        marks.append(tok.head)
    return any(m.lower_ in words.despite for m in marks)


def framed(tok: Token, words: RoleWords) -> bool:
    """ "The attacks come as the government pushes ahead with its offensive", "ces frappes
    interviennent alors que": incidents already told, set in their context; no new one."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    told = bool(dets) and dets[0] in words.anaphoric | words.demonstrative
    verb = tok.head
    if not (tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass") and told):
        return False
    # (the context a clause gives: "as ...", "alors que ..."; not "came two months after ...")
    marks = {g.lower_ for c in verb.children for g in (c, *c.children) if g.dep_ in ("mark", "advmod")}
    return verb.lemma_.lower() in words.context_verbs and bool(marks & words.context_marks)
