"""Triggers that tell no incident of their own: a habit or a campaign ("often", "for years",
"several times"), a kind or a trend ("kidnappings have become a business", "a surge in
attacks"), a lasting state ("have since fought"), or background dated to an earlier
year ("the Houthis, who have controlled Sanaa since 2014", "the conflict began in 2017 when...").
The words are language data (``modality.json``, ``roles.json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.stages import modality as mod
from sitrep.stages.facts import RELATIVE_CLAUSE, SentFacts
from sitrep.stages.role_words import RoleWords, role_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["background_clause", "generic_plural", "habitual", "recalled_state", "said_of_a_pronoun"]


def habitual(tok: Token, lang: str) -> bool:
    """'depuis le 30 octobre', 'often', 'continue to': a campaign or a habit, not an incident.
    Looks at the trigger's own clause only (its verb and that verb's direct dependents)."""
    cues = mod.cues(lang)
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "targeted several times by suicide bombers"
    # what keeps being suffered, or a noun trigger in such a clause: "civilians continue to be
    # killed and injured by explosive remnants of war" (what someone keeps doing is still done:
    # "police continue to arrest activists")
    clause = verb if _passive(verb) else None
    if verb.pos_ not in ("VERB", "AUX"):
        clause = next((a for a in list(tok.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and any(_generic(g, cues) for g in (clause, *_governors(clause))):
        return True
    for ch in [verb, *verb.children]:
        words = {ch.lower_, ch.lemma_.lower()} | {g.lower_ for g in ch.children if g.dep_ == "case"}
        if from_a_place(ch, lang):
            continue  # "tirées depuis le territoire libanais": whence, not since when
        if words & cues.generic or _lasting(ch, cues) or _every(ch, cues) or _repeated(ch, verb, cues):
            return True
        if ch.dep_ == "advmod" and ch.lower_ in cues.ongoing and ch.head.i == tok.i and not list(ch.children):
            return True  # "have since fought" (not "the raid has since resulted in 40 deaths")
        if ch.dep_ == "prep" and ch.lower_ in cues.ongoing and ch.head.i == tok.i and _progressive(tok):
            return True  # "has been fighting the army since August": a war, not a battle
    # "fighting to topple the government for 15 years": the span may hang on the purpose verb
    if any(_lasting(g, cues) for c in verb.children if c.dep_ in ("xcomp", "advcl") for g in c.children):
        return True
    # "Bandits have for years terrorised communities, killing ...": on the verb the parser made
    # the trigger's governor, however deep
    outer = [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")]
    return any(_lasting(g, cues) for a in outer for g in a.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def _generic(tok: Token, cues: mod.ModalityCues) -> bool:
    return bool({tok.lower_, tok.lemma_.lower()} & cues.generic)


def _governors(verb: Token) -> list[Token]:
    """The verbs a joined or complement verb hangs on ("continue" of "continue to be killed and
    injured")."""
    out: list[Token] = []
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and len(out) < 3:
        verb = verb.head
        out.append(verb)
    return out


def from_a_place(noun: Token, lang: str) -> bool:
    """A noun of place after an origin preposition ("depuis le territoire libanais", "depuis
    Gaza"): where something came from."""
    from sitrep.stages.role_words import role_words

    words = role_words(lang)
    if not any(g.dep_ == "case" and g.lower_ in words.origin_preps for g in noun.children):
        return False
    return noun.ent_type_ in ("LOC", "GPE") or noun.lemma_.lower() in words.origin_nouns


def _progressive(verb: Token) -> bool:
    """A perfect progressive ("has been fighting"): a perfect auxiliary that is a participle."""
    return "Prog" in verb.morph.get("Aspect", []) and any(
        c.dep_.startswith("aux") and "Part" in c.morph.get("VerbForm", []) for c in verb.children
    )


def recalled_state(tok: Token, words: RoleWords) -> bool:
    """ "La mission rappelle que ses casques bleus combattent aux côtés des FARDC": a present
    tense under a verb of recalling tells how things stand, not what happened."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in words.recall_verbs:
        return False
    past = any(c.dep_.startswith("aux") for c in verb.children)  # "ont combattu", "have fought"
    return "Pres" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", []) and not past


def _every(ch: Token, cues: mod.ModalityCues) -> bool:
    """ "every night", "chaque vendredi": a recurring time is a habit's."""
    return ch.lemma_.lower() in cues.recurring_units and any(
        g.dep_ == "det" and g.lower_ in cues.recurring_dets for g in ch.children
    )


def _repeated(ch: Token, verb: Token, cues: mod.ModalityCues) -> bool:
    """ "has been targeted several times", "à plusieurs reprises", "three times this year": a count
    of occurrences, vague or spread over months, sums incidents ("shot three times" is one)."""
    if ch.lemma_.lower() not in cues.frequency and ch.lower_ not in cues.frequency:
        return False
    mods = [g.lower_ for g in ch.children]
    if any(m in cues.vague for m in mods):
        return True
    counted = any(g.dep_ == "nummod" or g.like_num for g in ch.children)
    spread = any(c.lemma_.lower() in cues.duration_units for c in verb.children) or any(
        g.lemma_.lower() in cues.duration_units for c in verb.children for g in c.children
    )
    return counted and spread


def _lasting(ch: Token, cues: mod.ModalityCues) -> bool:
    """ "has been fighting for more than 15 years", "pendant des années": a span of years or
    months is a campaign's, not an incident's (hours and days are still one fight's)."""
    nouns = [g for g in ch.children if g.dep_ == "pobj"] if ch.lower_ in cues.duration_marks else [ch]
    return any(
        n.lemma_.lower() in cues.duration_units
        and (n is not ch or any(g.dep_ == "case" and g.lower_ in cues.duration_marks for g in n.children))
        for n in nouns
    )


def background_clause(tok: Token, sf: SentFacts, published: str | None) -> bool:
    """'The Houthis, who have controlled Sanaa since 2014,', 'which splintered from al Shabaab in
    2015': a relative clause dated to an earlier year describes who someone is, not news."""
    if not published:
        return False
    clause = next((a for a in (tok, *tok.ancestors) if a.dep_ in RELATIVE_CLAUSE), None)
    if clause is None:
        return _origin_clause(tok, sf, published)
    sub = list(clause.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    years = [t.date[:4] for t in sf.times if t.date and start <= t.start < end]
    head = clause.head  # "in 2017 when the government cracked down": the year the clause is about
    years += [
        t.date[:4] for t in sf.times if t.date and t.precision == "year" and t.start <= head.idx < t.end
    ]
    return any(y < published[:4] for y in years)


def _origin_clause(tok: Token, sf: SentFacts, published: str) -> bool:
    """ "The conflict began in 2017 when the government cracked down on protests": a "when"
    clause under a verb dated only to an earlier year tells how a war began."""
    marks = role_words(sf.sent.doc.lang_).origin_marks
    opened = (a for a in (tok, *tok.ancestors) if a.dep_ == "advcl")
    clause = next((a for a in opened if any(m.lower_ in marks for m in a.children)), None)
    if clause is None:
        return False
    own = {t.i for t in clause.subtree}
    outer = [t for t in clause.head.subtree if t.i not in own]
    spans = [(t.idx, t.idx + len(t.text)) for t in outer]
    years = [
        t.date[:4]
        for t in sf.times
        if t.date and t.precision == "year" and any(a <= t.start < b for a, b in spans)
    ]
    return bool(years) and all(y < published[:4] for y in years)


def generic_plural(tok: Token, lang: str) -> bool:
    """'Kidnappings have become a lucrative business', 'les enlèvements sont devenus
    fréquents': a plural incident noun that a copula describes is a kind of incident; one a
    verb of trend takes ('stepped up attacks') is a trend."""
    head = tok.head
    if tok.dep_ == "compound" and _under_trend(tok, lang):
        return True
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    kinds = mod.cues(lang).generic_modifiers
    if any(c.dep_ in ("amod", "det") and {c.lower_, c.lemma_.lower()} & kinds for c in tok.children):
        return True  # "blamed previous attacks on the BRN", "des attaques répétées"
    if tok.dep_ in ("pobj", "obl", "nmod") and any(
        c.dep_ == "poss" or "Yes" in c.morph.get("Poss", []) for c in tok.children
    ):
        return True  # "over its attacks on shipping", "en raison de leurs attaques": the group's habit
    if tok.dep_ in ("pobj", "obl", "obl:arg", "obl:mod", "nmod") and _bare_in_infinitive(tok):
        return True  # "to shield the city from glide bombs": a kind of incident, in a purpose
    if tok.dep_ in ("obj", "dobj"):  # "has stepped up attacks", "a multiplié les attaques": a trend
        return _trend_verb(head, lang)
    if _under_trend(tok, lang):
        return True
    if not tok.dep_.startswith("nsubj") or (head.text.isupper() and len(head.text) > 1):
        return False  # (an acronym the parser took for a verb: "strikes on IS hideouts")
    described = any(c.dep_ in ("attr", "acomp", "xcomp", "obj") for c in head.children)
    copula = head.lemma_.lower() in mod.cues(lang).copulas or any(
        c.dep_ == "cop" and c.lemma_.lower() in mod.cues(lang).copulas for c in head.children
    )
    return copula and (described or head.pos_ in ("ADJ", "NOUN"))


def _bare_in_infinitive(tok: Token) -> bool:
    """A plural with no article, number or owner in a phrase of an infinitive ("to protect
    civilians from air strikes", "pour protéger la ville des frappes")."""
    if any(c.dep_ in ("det", "nummod", "poss", "case") and c.pos_ != "ADP" for c in tok.children):
        return False
    verb = tok.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm", [])


def _trend_verb(verb: Token, lang: str) -> bool:
    words = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return words in mod.cues(lang).trend


def _under_trend(tok: Token, lang: str) -> bool:
    """ "a surge in IED attacks", "une recrudescence des attaques", "stepped up its use of roadside
    bombs": incidents counted by no number under a noun of rise or fall, or of a trend verb's
    object."""
    if tok.dep_ == "compound":
        tok = tok.head  # "a surge in IED attacks"
    if tok.dep_ not in ("pobj", "nmod") or any(t.pos_ == "NUM" and not _year(t) for t in tok.sent):
        return False
    noun = tok.head.head if tok.dep_ == "pobj" else tok.head
    if noun.lemma_.lower() in mod.cues(lang).trend_nouns:
        return True
    return noun.dep_ in ("obj", "dobj") and _trend_verb(noun.head, lang)


def _year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4


def said_of_a_pronoun(tok: Token) -> bool:
    """ "C'est la deuxième attaque de ce type", "It was the deadliest attack since 2019": an
    incident noun said of a pronoun describes one already told (or ranks it), not a new one."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "attr":
        clause = tok.head
    elif any(c.dep_ == "cop" for c in tok.children):
        clause = tok
    else:
        return False
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
    return bool(subjects) and all(s.pos_ == "PRON" for s in subjects)
