"""When an incident happened: the time expression of its sentence nearest the trigger, less the
day a statement was made ("..., authorities said Friday"); the day of the sentence before when
that one only set the scene ("Dimanche, les FARDC ont rattrapé un groupe d'assaillants."), or of
the incident before when the text says so ("Le même jour").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.lang import resource
from sitrep.nlp import text_of
from sitrep.stages import modality as mod
from sitrep.stages.actor_roles import ARMED_KINDS
from sitrep.stages.reporting_cues import unsaid

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.stages.events import Draft
    from sitrep.stages.facts import ActorRef, SentFacts, TimeRef

__all__ = ["attach_time", "lead_in", "same_day", "told"]


def attach_time(d: Draft, sf: SentFacts, lang: str) -> None:
    """The time expression nearest the trigger; an unresolved one ("le 28 décembre" without a
    year) still tells incidents apart. "Depuis 2021" opens a state, not the incident's day ("depuis
    jeudi" may still date fighting that goes on)."""
    times = [t for t in sf.times if not (_time_of_report(t, d, sf, lang) or _main_clause_day(t, d, sf, lang))]
    since_words = resource(lang, "time").get("since", [])
    since = tuple(w + " " for w in since_words)
    opened = [t for t in times if t.text.lower().startswith(since) or _within_since(t, sf, since_words)]
    times = [t for t in times if t not in opened] or [t for t in opened if t.precision == "day"]
    if times:
        anchor_char = sf.sent.doc[d.anchor.head].idx
        dated = [t for t in times if t.date] or times
        d.time = min(dated, key=lambda t: abs(t.start - anchor_char))


def _main_clause_day(t: TimeRef, d: Draft, sf: SentFacts, lang: str) -> bool:
    """ "The prime minister resigned on Tuesday, a day after 19 people were killed": the day of
    the clause the incident's "after" clause hangs on is not the incident's (unless that clause
    tells the incident too: "Seventeen died on Monday after police fired")."""
    doc = sf.sent.doc
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    heads = {x.head for x in d.triggers}
    after = {w.lower() for w in resource(lang, "time").get("earlier_incident", {}).get("after", [])}
    for trig in d.triggers:
        tok = doc[trig.head]
        clause = next((x for x in [tok, *list(tok.ancestors)[:3]] if x.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.dep_ != "advcl" or clause.head.i in heads:
            continue
        if span.root.i in {x.i for x in clause.subtree}:
            return False
        marks = [g for c in clause.children for g in (c, *c.children) if g.dep_ in ("mark", "prep", "case")]
        if any(m.lower_ in after for m in marks):
            return True
    return False


def _within_since(t: TimeRef, sf: SentFacts, words: list[str]) -> bool:
    """A date inside a phrase that "since" opens ("la plus meurtrière depuis l'arrivée au pouvoir
    du président, en 2018"): it dates the start of the comparison, not the incident."""
    span = sf.sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not words:
        return False
    before = sf.sent.doc[max(sf.sent.start, span.start - 12) : span.start]
    for w in reversed(before):  # "since the coup in 2020", whatever the parse
        if w.lower_ in words:
            return True
        if w.pos_ in ("VERB", "AUX") or (w.pos_ == "PUNCT" and w.text != ","):
            break
    tok: Token | None = span.root
    for _ in range(4):  # the date's head, and a few heads up
        if tok is None or tok.dep_ == "ROOT" or tok.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("case", "mark", "prep") and c.lower_ in words for c in tok.children):
            return True
        if tok.dep_ == "prep" and tok.lower_ in words:  # (English: "since" heads its object)
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _doers(sf: SentFacts) -> list[ActorRef]:
    """Armed actors a sentence has doing something: subjects of its verbs."""
    doc = sf.sent.doc
    return [
        a
        for a in sf.actors
        if a.actor.kind in ARMED_KINDS
        and 0 <= a.head_i < len(doc)
        and doc[a.head_i].dep_ == "nsubj"
        and doc[a.head_i].head.pos_ == "VERB"
    ]


def told(sf: SentFacts) -> bool:
    """A sentence that states what a force did: an armed actor the subject of a verb, and no
    conditional or future ("les ADF se vengeraient après une offensive" is speculation)."""
    if any({"Cnd", "Fut"} & set(t.morph.get("Mood", []) + t.morph.get("Tense", [])) for t in sf.sent):
        return False
    return bool(_doers(sf))


def lead_in(d: Draft, lead: SentFacts, lang: str) -> None:
    """ "Dimanche, les FARDC ont rattrapé un groupe d'assaillants. Cinq rebelles ont été
    neutralisés": a sentence that told no incident of its own sets the day and the force of the
    one that follows it."""
    if d.time is None:
        attach_time(d, lead, lang)
        if d.time is not None and d.time.precision != "day":
            d.time = None  # "les ADF se sont installés dans l'est de la RDC en 1995": background
    if d.actor1 is None:
        doer = _doers(lead)[0]
        if d.actor2 is None or doer.actor.name != d.actor2.actor.name:
            d.actor1, d.actor1_guessed = doer, True


def same_day(d: Draft, sf: SentFacts, drafts: list[Draft], lang: str) -> None:
    """ "Le même jour, un engin explosif...", "Hours later, troops clashed...": the date of the
    incident told just before."""
    low = text_of(sf.sent).lower()
    if any(p in low for p in resource(lang, "time").get("same_day", [])):
        before = [x for x in drafts if x.modality == mod.ASSERTED and x.time is not None]
        if before:
            d.time = before[-1].time


def _time_of_report(t: TimeRef, d: Draft, sf: SentFacts, lang: str) -> bool:
    """ "..., authorities said Friday": the day of the statement, not of the incident."""
    span = sf.sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    reporting = resource(lang, "reporting")
    lemma = head.lemma_.lower()
    phrases = reporting.get("verb_phrases", [])  # "a fait état lundi de douze morts"
    pairs = [[head.head.lemma_.lower(), lemma], *([lemma, c.lemma_.lower()] for c in head.children)]
    verbs = reporting.get("verbs", [])
    said = (lemma in verbs and not unsaid(head, lang)) or any(p in phrases for p in pairs)
    if not said:  # "said in a flash update on Monday": the time of the report's vehicle
        verb = _clause_verb(head, d.anchor.head)
        said = verb is not None and verb.lemma_.lower() in verbs and not unsaid(verb, lang)
    return head.i != d.anchor.head and said and not _misread_saying(head, span.start, d.anchor.head)


def _misread_saying(verb: Token, date: int, anchor: int) -> bool:
    """ "On Monday, dozens protested outside the prison, saying...": the parse made the "-ing"
    form the root and hung the opening date on it; a date before the incident's verb is its."""
    return date < anchor and "Prog" in verb.morph.get("Aspect", []) and verb.dep_ == "ROOT"


def _clause_verb(tok: Token, anchor: int) -> Token | None:
    """The verb a nominal phrase hangs from, through prepositions and nouns; None when the
    climb meets the trigger first ("the strike on Monday")."""
    for _ in range(6):
        if tok.i == anchor:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "in a statement read on state television late on Sunday": the statement's
            continue
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None
