"""Who did what to whom: perpetrator and target from the dependency parse.

Works on Universal Dependencies labels (French models) and ClearNLP labels (English models):
active subject -> actor1, object -> actor2; passive subject -> actor2, agent ("par l'armée",
"by the army") -> actor1; nominal triggers take "by/par" as actor1 and "on/against/contre"
as actor2, and "de/of" by the kind of actor it names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.lang import resource
from sitrep.model import Count, SitrepError
from sitrep.stages.facts import ActorRef, CasualtyRef, SentFacts, all_lemmas
from sitrep.stages.role_words import role_words

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
OBJ = frozenset({"obj", "dobj", "iobj"})
AGENT = frozenset({"obl:agent", "agent"})
# Prepositions (any language) are data in lang/<code>/roles.json; these are the UD/ClearNLP
# relations that carry them.
PREP_RELS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "prep", "pobj", "obl:agent", "agent"})


def case_word(tok: Token) -> str:
    """The preposition introducing a nominal: UD puts it under the noun, ClearNLP above it."""
    for ch in tok.children:
        if ch.dep_ == "case":
            return ch.lower_
    if tok.dep_ == "pobj":
        return tok.head.lower_
    return ""


def nominal(tok: Token) -> Token:
    """ClearNLP hangs the noun under its preposition (prep -> pobj)."""
    if tok.dep_ in ("prep", "agent"):
        for ch in tok.children:
            if ch.dep_ == "pobj":
                return ch
    return tok


def actor_in(tok: Token, sf: SentFacts) -> ActorRef | None:
    """The actor mention an argument refers to: the one on its head word, else named mentions
    inside it before generic ones ("les combattants du groupe État islamique")."""
    own = sf.actor_at(tok.i)
    if own is not None and (not own.generic or own.actor.kind not in ("unidentified", "rebel_group")):
        return own  # "l'armée syrienne et les brigades ...": the head's own actor
    found: list[ActorRef] = []
    for t in _bounded_subtree(tok):
        a = sf.actor_at(t.i)
        if a is not None and a not in found:
            found.append(a)
    named = [a for a in found if not a.generic]
    if named:
        return named[0]  # "des djihadistes du mouvement al-Chabab": the named group
    return own or (found[0] if found else None)


def _bounded_subtree(tok: Token, depth: int = 3) -> list[Token]:
    out = [tok]
    frontier = [tok]
    for _ in range(depth):
        nxt = [
            ch
            for t in frontier
            for ch in t.children
            if ch.dep_ not in ("acl:relcl", "relcl", "advcl", "parataxis", "punct", "ccomp")
        ]
        out.extend(nxt)
        frontier = nxt
    return out


_ACCUSED = frozenset({"iobj", "obl", "obl:arg", "obl:mod", "dative"})


@lru_cache(maxsize=16)
def allegation_verbs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that accuse or attribute, and verbs that deny."""
    roles = resource(lang, "roles")
    return frozenset(roles.get("allegation_verbs", [])), frozenset(roles.get("denial_verbs", []))


def _found(tok: Token) -> bool:
    """Under a verb of finding ("police found the bodies"): who found the dead did not kill them."""
    return tok.head.lemma_.lower() in role_words(tok.doc.lang_).finding_verbs


def finder(tok: Token) -> bool:
    """The subject of a verb of finding: no party to the killing."""
    return tok.dep_.startswith("nsubj") and _found(tok)


def grammar_roles(
    trigger: Token,
    sf: SentFacts,
    by_words: frozenset[str],
    against_words: frozenset[str],
    victim_verbs: frozenset[str] = frozenset(),
    speech_verbs: frozenset[str] = frozenset(),
    source_preps: frozenset[str] = frozenset(),
) -> tuple[ActorRef | None, ActorRef | None]:
    """actor1, actor2 for one trigger from its own arguments (None where the grammar is silent).
    The subject of a verb of dying ("ont péri", "died") is the victim, not the perpetrator."""
    a1: ActorRef | None = None
    a2: ActorRef | None = None
    verb = trigger
    # A participle or infinitive trigger under a light verb: "a commencé à attaquer",
    # "lancé une attaque": the governing verb carries the subject.
    heads = [verb]
    has_subj = any(ch.dep_ in SUBJ or ch.dep_ in PASS_SUBJ for ch in verb.children)
    reported = verb.dep_ in ("obj", "dobj") and verb.head.lemma_.lower() in speech_verbs
    if reported:  # "residents reported air strikes": witnesses, no doers ("the army reported clashes")
        speaker = next((actor_in(c, sf) for c in verb.head.children if c.dep_ in SUBJ), None)
        reported = speaker is None or speaker.actor.kind in _WITNESS_KINDS
    found = verb.dep_ in ("obj", "dobj") and _found(verb)
    if verb.head.i != verb.i and not reported and not found and (
        verb.dep_ in ("xcomp", "obj", "dobj") or (verb.dep_ in ("advcl", "conj") and not has_subj)
    ):
        # "En s'emparant de Palmyre, l'armée ...": a gerund or a coordinated verb shares the
        # subject of the verb it hangs on.
        heads.append(verb.head)
    for h in heads:
        if h is not verb and h.lemma_.lower() in allegation_verbs(h.doc.lang_)[0]:
            # "l'armée a attribué ces attaques aux FSR": the accused did it, not the accuser
            accused = (actor_in(c, sf) for c in h.children if c.dep_ in _ACCUSED and c.i != verb.i)
            a1 = a1 or next((a for a in accused if a is not None), None)
            continue
        for ch in h.children:
            dep = ch.dep_
            if dep in SUBJ and h.lemma_.lower() in victim_verbs:
                a2 = a2 or actor_in(ch, sf) or _relative_antecedent(ch, sf)
            elif dep in SUBJ and a1 is None:
                a1 = actor_in(ch, sf) or _relative_antecedent(ch, sf)
                if a1 is not None and told_as_victims(ch.doc[a1.head_i]):
                    a1, a2 = None, a2 or a1  # "les rebelles tués l'ont été par ..."
            elif dep in PASS_SUBJ and a2 is None:
                a2 = actor_in(ch, sf) or _relative_antecedent(ch, sf)
            elif dep in OBJ and a2 is None and h is verb:
                a2 = actor_in(ch, sf)
            elif dep in AGENT and a1 is None:
                a1 = actor_in(nominal(ch), sf)
    struck = _struck_by(trigger, by_words)
    if struck is not None and a2 is None:  # "three fighters were wounded by a roadside bomb"
        a2 = next((a for c in struck.children if c.dep_ in PASS_SUBJ for a in [actor_in(c, sf)] if a), None)
    # Nominal triggers and participles: look one level further for agents and prepositions.
    for ch in _bounded_subtree(trigger, depth=2)[1:]:
        if ch.dep_ in AGENT and a1 is None:
            a1 = actor_in(nominal(ch), sf)
            continue
        if ch.dep_ not in PREP_RELS:
            continue
        noun = nominal(ch)
        case = case_word(noun)
        by = case in by_words or (case in source_preps and verb.lemma_.lower() in victim_verbs)
        if by and a1 is None:
            a1 = actor_in(noun, sf)  # "by the army", "came under fire from rebels"
        elif case in against_words and a2 is None:
            a2 = actor_in(noun, sf)
    if a1 is None:
        clause = next((t for t in [trigger, *trigger.ancestors][:4] if t.pos_ == "VERB"), None)
        a1 = _speaker_did_it(clause, sf, speech_verbs) if clause is not None else None
    if a1 is not None and a2 is not None and a1.head_i == a2.head_i:
        a2 = None
    return a1, a2


_WITNESS_KINDS = frozenset({"civilians", "protesters", "rioters"})


def told_as_victims(head: Token) -> bool:
    """ "des rebelles tués ou blessés", "soldiers killed in the raid": a noun carrying a
    participle of death or injury with no object of its own names the dead, not the doers."""
    from sitrep.stages.casualty_words import casualty_words, has_object, participle_kind

    lex = casualty_words(head.doc.lang_)
    return any(
        ch.dep_ in ("acl", "amod") and participle_kind(ch, lex) is not None and not has_object(ch)
        for ch in head.children
    )


def suffered(head: Token) -> bool:
    """ "A CRPF jawan was injured", "des rebelles tués": a noun (or the name compounded into it)
    that a verb of death or injury has as its passive subject or carries as a participle names
    the victims, not the doers."""
    from sitrep.stages.casualty_words import casualty_words, participle_kind

    if told_as_victims(head):
        return True
    owner = head
    while owner.dep_ in ("compound", "nmod", "poss") and owner.head.i != owner.i:
        owner = owner.head
    return owner.dep_ in PASS_SUBJ and participle_kind(owner.head, casualty_words(head.doc.lang_)) is not None


def told_as_target(head: Token, triggers: set[int], against: frozenset[str]) -> bool:
    """ "An airstrike was conducted against al-Shabaab fighters", "a strike hit a house belonging
    to a Hamas commander", "des frappes sur des positions des gangs": a noun in what an incident
    was aimed at, up the tree to the incident's word or the verb it carries, names the target,
    not the doer ("activities against security forces" are no incident); so is the subject of
    "la cible d'une attaque", "the target of an attack"."""
    if _with_the_victim(head, triggers):
        return True
    owner = head
    for _ in range(3):  # "la brigade de gendarmerie de Bali a été la cible": the force names the post
        if owner.dep_ not in ("nmod", "compound", "pobj", "prep") or owner.head.i == owner.i:
            break
        owner = owner.head
    if owner.dep_ in SUBJ and _target_of(owner.head, triggers):
        return True
    tok = head
    for _ in range(6):
        parent = tok.head
        if parent.i == tok.i:
            return False
        carried = any(c.i in triggers and c.dep_ in SUBJ | PASS_SUBJ | OBJ for c in parent.children)
        if parent.i in triggers or carried:
            return tok.dep_ in OBJ or case_word(nominal(tok)) in against
        if parent.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "prep", "obl", "pobj", "attr", "xcomp"):
            return False  # another clause: "X said", "Y, which fired"
        tok = parent
    return False


def _with_the_victim(head: Token, triggers: set[int]) -> bool:
    """Inside the subject of a verb the victim is subject of ("un convoi escorté par l'armée et
    des VDP est tombé dans une embuscade"): the escort was ambushed too."""
    victim_verbs = role_words(head.doc.lang_).victim_verbs
    tok = head
    for _ in range(5):
        if tok.dep_.startswith("nsubj") and tok.head.i in triggers:
            return tok.head.lemma_.lower() in victim_verbs and tok is not head
        if tok.dep_ not in ("obl:agent", "agent", "pobj", "acl", "nmod", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _target_of(noun: Token, triggers: set[int]) -> bool:
    """A target noun whose complement is the incident ("a été la cible d'une attaque", "a fait
    l'objet d'une embuscade" through the light verb)."""
    nouns = frozenset(w.lower() for w in resource(noun.doc.lang_, "roles").get("target_nouns", []))
    if noun.pos_ == "VERB":  # "a fait l'objet de": the noun is the verb's object
        noun = next((c for c in noun.children if c.dep_ in OBJ and c.lemma_.lower() in nouns), noun)
    if noun.lemma_.lower() not in nouns:
        return False
    return any(g.i in triggers for c in noun.children for g in (c, *c.children))


def _speaker_did_it(verb: Token, sf: SentFacts, speech_verbs: frozenset[str]) -> ActorRef | None:
    """ "Hezbollah said it fired rockets", "a affirmé avoir tiré": the speaker is the doer of an
    active clause that has no subject of its own but a pronoun (none for "said they were
    attacked", "a dit avoir été visé")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i or head.lemma_.lower() not in speech_verbs:
        return None
    if any(c.dep_ in PASS_SUBJ or c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        return None
    if any(c.dep_ in ("obj", "dobj") for c in head.children):
        return None  # "a accusé Israël d'avoir mené la frappe": the object did it, as alleged
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if not all(c.pos_ == "PRON" for c in subjects):
        return None
    if not subjects and verb.dep_ != "xcomp" and "Inf" not in verb.morph.get("VerbForm", []):
        return None  # "Indian shelling hit villages, Pakistan's military said": a noun parsed as a verb
    speaker = next((c for c in head.children if c.dep_ in SUBJ), None)
    return actor_in(speaker, sf) if speaker is not None else None


def _struck_by(trigger: Token, by_words: frozenset[str]) -> Token | None:
    """The passive verb a nominal trigger is the agent of ("wounded by a roadside bomb",
    "blessés par l'explosion d'une bombe"): its subject was hit."""
    tok = trigger.head if trigger.dep_ == "nmod" and trigger.head.pos_ == "NOUN" else trigger
    by = any(c.dep_ == "case" and c.lower_ in by_words for c in tok.children)
    if tok.dep_ in ("obl:agent", "agent") or (tok.dep_.startswith("obl") and by):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None


def claimant(sf: SentFacts, claim_verbs: frozenset[str], main: ActorRef | None = None) -> ActorRef | None:
    """The named group a sentence says claimed or was blamed for an attack: subject of
    "claimed", agent of "revendiquée par", "attribuée à"."""
    if not all_lemmas(sf.sent) & claim_verbs:
        return None
    for tok in sf.sent:
        if tok.lemma_.lower() not in claim_verbs:
            continue
        for ch in tok.children:
            cand = None
            if ch.dep_ in SUBJ and ch.pos_ == "PRON" and main is not None:
                cand = main  # "ils ont revendiqué l'attaque": the group the article is about
            elif ch.dep_ in SUBJ:
                cand = actor_in(ch, sf)
            elif ch.dep_ in AGENT or ch.dep_ in ("obl", "obl:arg", "obl:mod", "prep", "iobj"):
                cand = actor_in(nominal(ch), sf)
            if cand is not None and not cand.generic and cand.actor.kind != "civilians":
                return cand
    return None


def _relative_antecedent(tok: Token, sf: SentFacts) -> ActorRef | None:
    """'les soldats qui ont perdu six hommes': the subject 'qui' stands for the noun it follows;
    after an allegiance ("le JNIM, affilié à Al-Qaïda, qui affirme"), for the group described."""
    if tok.pos_ != "PRON" or tok.head.dep_ not in ("acl:relcl", "relcl"):
        return None
    ante = tok.head.head
    allegiance = _allegiance(tok.doc.lang_)
    if ante.lemma_.lower() in allegiance or ante.lower_ in allegiance:
        before = [a for a in sf.actors if a.end <= ante.idx and not a.generic]
        return before[-1] if before else None
    return actor_in(ante, sf)


@lru_cache(maxsize=8)
def _allegiance(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in resource(lang, "actors").get("allegiance_words", []))
    except SitrepError:
        return frozenset()


SIDE_ORDER = ("civilian", "state", "nonstate", "unknown")


def sum_casualties(cas: list[CasualtyRef], kind: str) -> Count | None:
    """Deaths (or injuries) of one event, all sides together, each side counted once.

    Within one sentence, distinct figures add up ("perdu six hommes et tué deux jihadistes").
    Across sentences, a side's first precise figure wins (news leads carry the headline toll;
    later figures of the same side restate it or give another witness's version), unless a later
    sentence states the toll anew ("the death toll had risen to 19"). A sentence's
    figures of no stated side restate a known side's figure when they do not exceed it (or
    when civilians are the victims); otherwise they are the other side.
    """
    rows = [c for c in cas if c.kind == kind and not c.subset and not c.aggregate]
    if not rows:
        # "la mort de 30 d'entre eux" with no whole stated in this incident: the part is the toll.
        rows = [c for c in cas if c.kind == kind and not c.aggregate]
    if not rows:
        return None
    # A perpetrator's claim ("saying it had killed more than 20 soldiers") is the last word only
    # when nobody else gives one: groups inflate their tolls.
    rows = [c for c in rows if not c.claimed] or rows
    rows = [c for c in rows if not c.stale] or rows  # "un premier bilan faisait état de 18 morts"
    plain = {c.sent for c in rows if not c.revised}
    if any(c.revised and c.sent in plain for c in rows):
        # "killed 12 people, bringing the toll to 40": beside the incident's own figure, a
        # running total, and so are the later ones ("the toll reached 45")
        rows = [c for c in rows if not c.revised] or rows
    revised = [c.sent for c in rows if c.revised]
    if revised and any(c.sent < max(revised) for c in rows):
        rows = [c for c in rows if c.sent >= max(revised)]  # "the toll had risen to 19": 12 is stale
    if revised:
        # "Le bilan s'est alourdi à trois morts" ... "tuant deux personnes sur le coup": a part of
        # the whole toll, told after it
        last = max(revised)
        whole = sum(c.count.value for c in rows if c.sent == last and c.revised)
        rows = [c for c in rows if c.sent <= last or c.revised or c.count.value > whole]
    by_side: dict[str, list[Count]] = {}
    unknown: list[list[Count]] = []
    for sent in sorted({c.sent for c in rows}):
        here = [c for c in rows if c.sent == sent]
        sided: dict[str, list[Count]] = {}
        for c in here:
            if c.side != "unknown":
                sided.setdefault(c.side, []).append(c.count)
        loose = [c.count for c in here if c.side == "unknown"]
        party = [c.count for c in here if c.side == "unknown" and (c.victim or c.count.value > 1)]
        if sided and party:
            # "Un officier et quatre soldats", "8 policemen ... the militants had three killed":
            # listed beside a known side, a figure is another party, not a restatement (unless
            # the whole sentence restates sides already counted: "tuant quatre soldats et le
            # commandant" after "un officier et quatre soldats").
            if not all(side in by_side for side in sided):
                sided.setdefault("unknown", []).extend(party)
            loose = []
        for side, counts in sided.items():
            precise = not all(c.vague for c in here if c.side == side)
            known = by_side.get(side)
            if known is None or (precise and (_all_vague(rows, known) or _refines(counts, known))):
                by_side[side] = counts
        if loose:
            unknown.append(loose)
    for bundle in unknown:
        value = sum(c.value for c in bundle)
        if not by_side:
            by_side["unknown"] = bundle
            continue
        if "unknown" in by_side or "civilian" in by_side:
            continue
        if any(value <= sum(c.value for c in k) for k in by_side.values()):
            continue
        by_side["unknown"] = bundle
    counts = [c for group in by_side.values() for c in group]
    total = sum(c.value for c in counts)
    quals = {c.qualifier for c in counts}
    qual = "at_least" if "at_least" in quals else "approx" if "approx" in quals else "exact"
    if quals == {"at_most"}:
        qual = "at_most"
    return Count(total, qual)  # type: ignore[arg-type]


def _refines(new: list[Count], old: list[Count]) -> bool:
    """'Une vingtaine de morts' in the lead, '23 civils ont péri' once the official toll came: an
    exact figure close to a round estimate of the same side is that estimate made precise."""
    if not all(c.qualifier == "approx" for c in old) or any(c.qualifier != "exact" for c in new):
        return False
    was, now = sum(c.value for c in old), sum(c.value for c in new)
    return now != was and 0.7 * was <= now <= 1.5 * was


def _all_vague(rows: list[CasualtyRef], counts: list[Count]) -> bool:
    ids = {id(c) for c in counts}
    return all(r.vague for r in rows if id(r.count) in ids)
