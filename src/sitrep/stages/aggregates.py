"""Tolls of a period or a war rather than of one incident.

"Près de 300 personnes depuis novembre", "127 people killed so far this year", "the Forum
recorded 147 incidents and 212 fatalities": the period cues are language data
(``casualties.json`` ``aggregate_cues``/``aggregate_patterns``, ``tally_verbs``); this module
decides whether a cue belongs to the count's own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp import text_of
from sitrep.stages.background import from_a_place
from sitrep.stages.facts import RELATIVE_CLAUSE
from sitrep.stages.quantities import is_vague

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.model import Count
    from sitrep.stages.casualty_words import CasualtyWords

__all__ = ["clause", "is_aggregate"]

_PREDICATE = frozenset({"VERB", "AUX", "ADJ"})


def is_aggregate(
    sent: Span, head: Token, cue_word: Token, count: Count, lang: str, lex: CasualtyWords
) -> bool:
    """Whether a toll is a period's or a war's rather than one incident's: a large or vague
    figure, or a period cue ("depuis janvier", "so far this year") in the count's own clause."""
    if (is_vague(count, lang) or count.qualifier != "exact") and count.value >= lex.aggregate_min_vague:
        return True  # "thousands", "more than 1,400 people dead": a conflict's toll
    if count.value >= lex.aggregate_min:
        return True  # tens of thousands of dead: a war's toll, not an incident's
    if count.value == 1 and count.qualifier == "exact":
        return False  # "Earlier this month, PA forces killed a commander": one death, one incident
    tok = clause(head)
    if _one_doer(tok, lex, lang) or _in_one_incident(tok, lang, lex):
        return False  # "Last month, a suicide car bombing ... killed six soldiers": one incident
    clauses = {tok, cue_word}  # "120 leaders tués depuis le début de l'année": the participle's
    tally = clause(tok.head)  # "Depuis janvier, le cluster a enregistré 137 civils tués": its period
    counted = head.dep_ in ("obj", "dobj") or tok.dep_ in ("acl", "amod")
    if counted and tally.lemma_.lower() in lex.tally_verbs:
        clauses.add(tally)
    for _ in range(4):  # "les violences jihadistes, qui ont fait 20.000 morts depuis 2015"
        if tok.dep_ not in RELATIVE_CLAUSE or tok.head.i == tok.i:
            break
        tok = clause(tok.head)
        clauses.add(tok)
    joined = [c for t in list(clauses) for c in t.children if c.dep_ == "conj"]
    clauses |= {c for c in joined if c.pos_ in _PREDICATE}
    # "22 tués et une centaine blessées depuis le début des manifestations": the toll beside it
    clauses |= {g for c in joined for g in c.children if g.dep_ in ("acl", "amod") and g.pos_ in _PREDICATE}
    for m in lex.aggregate_cues.finditer(text_of(sent)):
        cue = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if cue is None or not len(cue) or _bare_adverb(cue, lex) or from_a_place(cue.root.head, lang):
            continue  # ("tirées depuis le territoire libanais": whence, not since when)
        own = clause(cue.root)
        if lex.dating_cues.fullmatch(m.group()) and _at_one_place(tok, lex):
            continue  # "Last month, 16 people were killed in the town of Dabou": that day's toll
        if own in clauses or (cue.root.dep_ == "mark" and clause(own.head) in clauses):
            return True  # (the cue may open a clause of its own: "since the violence erupted")
    return False


def _one_doer(verb: Token, lex: CasualtyWords, lang: str) -> bool:
    """The killing verb's subject is one thing or one person ("a bombing", "un kamikaze"),
    not a plural, a war or "a wave of attacks"."""
    for subj in verb.children:
        singular = subj.pos_ == "NOUN" and "Sing" in subj.morph.get("Number", [])
        if not subj.dep_.startswith("nsubj") or not singular:
            continue
        one = any(c.dep_ == "det" and c.lower_ in lex.incident_determiners for c in subj.children)
        return one and not _many(subj, lang)
    return False


def _many(noun: Token, lang: str) -> bool:
    """ "A wave of attacks", "une série d'attentats": the noun heads a plural of incidents (a
    plural of people, "une attaque des shebab", is still one incident)."""
    from sitrep.stages.triggers import lexicon

    incidents = lexicon(lang).lemmas
    return any(
        "Plur" in g.morph.get("Number", []) and g.lemma_.lower() in incidents
        for c in noun.children
        for g in (c, *c.children)
    )


def _in_one_incident(verb: Token, lang: str, lex: CasualtyWords) -> bool:
    """The killing verb's own complement names one incident ("Last month, gunmen killed 13 people
    in an attack on the village"): the period dates it, the toll is that incident's."""
    from sitrep.stages.triggers import lexicon

    incidents = lexicon(lang).lemmas
    # "in an attack" (prep + pobj), "dans une attaque" (obl), "lors d'une attaque" (under an adverb)
    nouns = [g for c in verb.children if c.dep_ in ("prep", "advmod") for g in c.children]
    for noun in [*verb.children, *nouns]:
        if not (noun.dep_ == "pobj" or noun.dep_.startswith("obl")) or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() not in incidents or "Sing" not in noun.morph.get("Number", []):
            continue
        one = any(c.dep_ == "det" and c.lower_ in lex.incident_determiners for c in noun.children)
        if one and not _many(noun, lang):
            return True
    return False


def _at_one_place(verb: Token, lex: CasualtyWords) -> bool:
    """The clause tells where, in one town or village ("in the town of Dabou", "in Juhudi
    village", "dans le village de Solhan"): an incident's toll, whatever the date."""
    for tok in verb.subtree:
        if tok.lower_ in lex.settlements and "Sing" in tok.morph.get("Number", []):
            head = tok.head if tok.dep_ == "compound" else tok
            if head.dep_ == "pobj" or head.dep_.startswith("obl") or head.dep_ == "nmod":
                return True
    return False


def _bare_adverb(cue: Span, lex: CasualtyWords) -> bool:
    """ "The toll has since risen": a one-word cue used as an adverb opens no period, unless it
    opens the sentence ("Depuis, plus de 160 personnes ont été tuées": since then)."""
    first = cue.start == cue.sent.start
    bare = len(cue) == 1 and cue.root.dep_ == "advmod" and not list(cue.root.children)
    return bare and cue.root.lower_ in lex.adverb_cues and not first


def clause(tok: Token) -> Token:
    """The predicate heading ``tok``'s clause (for scoping period cues)."""
    for _ in range(12):
        if tok.pos_ in _PREDICATE or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
