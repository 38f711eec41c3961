"""Modality of a trigger: did the text assert that it happened?

Planned ("devront diriger des attaques", "will attack"), negated ("n'a rencontré aucune
résistance", "denied carrying out") and hypothetical ("s'ils attaquaient", "may have")
items are kept out of the default output. The decision walks the dependency tree from the
trigger up to its clause head, so a negated main verb does not negate a trigger in an
adverbial clause of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.lang import resource

if TYPE_CHECKING:
    from spacy.tokens import Token

ASSERTED, PLANNED, NEGATED, HYPOTHETICAL = "asserted", "planned", "negated", "hypothetical"

# Universal Dependencies relations that continue a clause upwards (the trigger's governor
# still describes the same happening): xcomp "commencé à attaquer", aux, a nominal trigger
# that is the object of a light verb ("diriger des attaques", "mener une attaque").
_UP_RELATIONS = frozenset({"xcomp", "obj", "dobj", "ccomp", "nsubj:pass", "nsubjpass", "nsubj"})
_CLAUSE_STOP = frozenset({"advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj", "ROOT", "root"})


@dataclass(frozen=True)
class ModalityCues:
    future_lemmas: frozenset[str]
    future_nouns: frozenset[str]
    negation: frozenset[str]
    deny: frozenset[str]
    hedge_lemmas: frozenset[str]
    hedge_words: frozenset[str]
    conditional_is_hedge: bool
    generic: frozenset[str]
    unrealized: frozenset[str] = frozenset()
    hedge_nouns: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    false_words: frozenset[str] = frozenset()
    truth_nouns: frozenset[str] = frozenset()
    anyone: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    cancel: frozenset[str] = frozenset()
    recurring_dets: frozenset[str] = frozenset()
    recurring_units: frozenset[str] = frozenset()
    pause_nouns: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()
    ready: frozenset[str] = frozenset()
    condition: frozenset[str] = frozenset()
    gathering: frozenset[str] = frozenset()
    crowd: frozenset[str] = frozenset()
    dispersal: frozenset[str] = frozenset()
    demands: frozenset[str] = frozenset()
    demanded: frozenset[str] = frozenset()
    aim_lemmas: frozenset[str] = frozenset()
    call_lemmas: frozenset[str] = frozenset()
    call_marks: frozenset[str] = frozenset()
    schedule_lemmas: frozenset[str] = frozenset()
    scheduled_nouns: frozenset[str] = frozenset()
    until: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    duration_marks: frozenset[str] = frozenset()
    fear_lemmas: frozenset[str] = frozenset()
    duration_units: frozenset[str] = frozenset()
    trend: frozenset[str] = frozenset()
    trend_nouns: frozenset[str] = frozenset()
    frequency: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()
    ongoing: frozenset[str] = frozenset()
    cease: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def cues(lang: str) -> ModalityCues:
    d = resource(lang, "modality")

    def fs(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d.get(key, []))

    return ModalityCues(
        fs("future_lemmas"),
        fs("future_nouns"),
        fs("negation_words"),
        fs("deny_lemmas"),
        fs("hedge_lemmas"),
        fs("hedge_words"),
        bool(d.get("conditional_is_hedge", False)),
        fs("generic_words"),
        unrealized=fs("unrealized_words"),
        hedge_nouns=fs("hedge_nouns"),
        role_nouns=fs("deny_role_nouns"),
        claim_nouns=fs("claim_nouns"),
        false_words=fs("false_words"),
        truth_nouns=fs("truth_nouns"),
        anyone=fs("generic_antecedents"),
        generic_modifiers=fs("generic_modifiers"),
        cancel=fs("cancel_lemmas"),
        recurring_dets=fs("recurring_determiners"),
        recurring_units=fs("recurring_units"),
        pause_nouns=fs("pause_nouns"),
        ready=fs("ready_words"),
        purpose=fs("purpose_words"),
        condition=fs("condition_marks"),
        gathering=fs("gathering_verbs"),
        crowd=fs("crowd_words"),
        dispersal=fs("dispersal_verbs"),
        demands=fs("protest_infinitives"),
        demanded=fs("demanded_nouns"),
        aim_lemmas=fs("aim_lemmas"),
        call_lemmas=fs("call_lemmas"),
        call_marks=fs("call_marks"),
        schedule_lemmas=fs("schedule_lemmas"),
        scheduled_nouns=fs("scheduled_nouns"),
        duration_marks=fs("duration_marks"),
        fear_lemmas=fs("fear_lemmas"),
        trend=fs("trend_lemmas"),
        trend_nouns=fs("trend_nouns"),
        frequency=fs("frequency_nouns"),
        vague=fs("vague_quantifiers"),
        ongoing=fs("ongoing_adverbs"),
        cease=fs("cease_lemmas"),
        duration_units=fs("duration_units"),
        until=fs("until_marks"),
        copulas=fs("copulas"),
    )


def _chain(tok: Token, limit: int = 4) -> list[Token]:
    """The trigger and the governors that still belong to its clause."""
    out = [tok]
    cur = tok
    for _ in range(limit):
        if cur.dep_ in _CLAUSE_STOP or cur.head.i == cur.i:
            break
        if cur.dep_ not in _UP_RELATIONS and cur.pos_ not in ("NOUN", "PROPN", "ADV"):
            break  # (an adverb of quantity carries its noun: "ne lancent plus d'attaques")
        cur = cur.head
        out.append(cur)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "ccomp"):
            break
    return out


def negated_word(tok: Token, lang: str) -> bool:
    """A word its own negation introduces ("sans heurts", "without violence", "no clashes")."""
    return _negated(tok, cues(lang))


def _negated(tok: Token, c: ModalityCues) -> bool:
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in c.negation:
        return True  # ("without violence", "without reaching a deal": hung under the preposition)
    verb = tok.head
    if tok.dep_ in ("obj", "dobj") and verb.dep_ == "pcomp" and verb.head.lower_ in c.negation:
        return True  # ("without reaching an agreement")
    marked = any(m.dep_ == "mark" and m.lower_ in c.negation for m in verb.children)
    if tok.dep_ in ("obj", "dobj") and marked:
        return True  # ("sans parvenir à un accord" read with "sans" marking the verb)
    for child in tok.children:
        low = child.lower_
        if child.dep_ in ("neg", "advmod") and low in c.negation:
            return True
        if child.dep_ in ("det", "obj", "dobj", "case") and low in c.negation:
            return True  # ("dispersés sans heurts")
        if child.dep_ in ("obj", "dobj", "nsubj", "nsubjpass", "nsubj:pass") and any(
            g.lower_ in c.negation and g.dep_ == "det" for g in child.children
        ):
            return True
    return False


def _purpose(tok: Token, c: ModalityCues) -> bool:
    """An infinitive of purpose: "an attack to capture the base", "pour reprendre la ville";
    not when people gather to do it ("gathered to protest": the gathering is the protest)."""
    if tok.pos_ != "VERB" or "Inf" not in tok.morph.get("VerbForm", []):
        return False
    if tok.head.lemma_.lower() in c.gathering and tok.lemma_.lower() in c.demands:
        return False
    if any(ch.dep_ == "mark" and ch.lower_ in c.purpose for ch in tok.children):
        return True
    if tok.dep_ in ("acl", "advcl", "relcl", "acl:relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.dep_ in ("acl", "advcl") or (tok.dep_ == "xcomp" and tok.head.pos_ in ("NOUN", "PROPN"))


def _called_for(tok: Token, c: ModalityCues) -> bool:
    """ "called for fresh protests", "ont appelé à manifester": asked for, not (yet) done."""
    for _ in range(3):  # "called for strikes and demonstrations", "appelle à une journée ville morte"
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "called for another round of protests"
            continue
        if tok.dep_ not in ("conj", "nmod", "compound") or tok.head.i == tok.i or tok.head.pos_ != "NOUN":
            break
        tok = tok.head
    marks = {ch.lower_ for ch in tok.children if ch.dep_ in ("case", "mark", "aux")}
    head = tok.head
    if head.pos_ == "ADP" and head.i != tok.i:
        marks.add(head.lower_)
        head = head.head
    if tok.dep_ in ("obj", "dobj", "xcomp") and head.pos_ == "VERB" and head.dep_ == "xcomp":
        # "pressing both sides to accept a truce", "called on supporters to keep protesting"
        return _called_for(head, c)
    return head.i != tok.i and head.lemma_.lower() in c.call_lemmas and bool(marks & c.call_marks)


def _demanded(tok: Token, c: ModalityCues) -> bool:
    """ "Pour exiger du gouvernement qu'il conclue un accord", "demanding a ceasefire deal": what
    is asked for was not (yet) done."""
    named = [tok] + [ch for ch in tok.children if ch.dep_ in ("obj", "dobj")]  # "conclue un accord"
    if not any(t.lemma_.lower() in c.demanded or t.lower_ in c.demanded for t in named):
        return False
    return any(a.pos_ == "VERB" and a.lemma_.lower() in c.demands for a in tok.ancestors)


def _scheduled(tok: Token, c: ModalityCues) -> bool:
    """ "Une nouvelle marche est annoncée pour jeudi", "a rally has been scheduled", "the party
    announced nationwide protests": a gathering announced is still to come."""
    taken = tok.dep_ in ("nsubj:pass", "nsubjpass", "obj", "dobj")  # (and "the party announced protests")
    gathering = tok.lemma_.lower() in c.scheduled_nouns
    return taken and gathering and tok.head.lemma_.lower() in c.schedule_lemmas


def _unrealized(tok: Token, c: ModalityCues) -> bool:
    """ "a possible attack", "une éventuelle offensive", "ready to counter an airstrike"."""
    if tok.pos_ in ("NOUN", "PROPN") and any(
        ch.dep_ in ("amod", "compound") and ch.lower_ in c.unrealized for ch in tok.children
    ):
        return True
    if tok.pos_ == "NOUN" and _word_before(tok).lower_ in c.unrealized:
        return True  # "de possibles « exécutions express »", however the parser hung the adjective
    return any(  # ("du matériel destiné à un assassinat": a participle the tagger calls a verb)
        a.lower_ in c.ready or a.lemma_.lower() in c.ready
        for a in tok.ancestors
        if a.pos_ == "ADJ" or (a.pos_ == "VERB" and a.dep_ in ("acl", "amod"))
    )


def _word_before(tok: Token) -> Token:
    """The word before a noun, past quotes and punctuation."""
    j = tok.i - 1
    while j > tok.sent.start and tok.doc[j].is_punct:
        j -= 1
    return tok.doc[max(j, 0)]


def _condition(tok: Token, c: ModalityCues) -> bool:
    """The clause is a condition ("if they attack") or depends on one ("..., they would kill")."""
    if any(ch.dep_ == "mark" and ch.lower_ in c.condition for ch in tok.children):
        return True
    return any(
        ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in c.condition for g in ch.children)
        for ch in tok.children
    )


def _conditional(tok: Token, aux: list[Token]) -> bool:
    """A conditional that speculates ("ils tueraient"), not the reporting conditional of a past
    event ("auraient péri", "aurait été tué": alleged, and coded as events by ACLED), unless a
    condition ("si") governs the clause."""
    if "Cnd" in tok.morph.get("Mood", []):
        return True
    cnd = [a for a in aux if "Cnd" in a.morph.get("Mood", [])]
    if not cnd:
        return False
    perfect = "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])
    return not perfect


def modality(trigger: Token, lang: str) -> str:
    """``asserted``, ``planned``, ``negated`` or ``hypothetical`` for one trigger token."""
    c = cues(lang)
    gov = trigger.head
    targeted_by = gov.lemma_.lower() in c.aim_lemmas and trigger.dep_ in ("obl:agent", "agent")
    planning = gov.lemma_.lower() in c.future_lemmas and not targeted_by
    if trigger.pos_ == "NOUN" and gov.i != trigger.i and planning:
        return PLANNED  # "prepare for an offensive", "menacer d'une attaque"
    if _purpose(trigger, c) or _unrealized(trigger, c) or _called_for(trigger, c) or _demanded(trigger, c):
        return PLANNED
    if _scheduled(trigger, c):
        return PLANNED
    if _of_anyone(trigger, c):
        return HYPOTHETICAL
    if _paused(trigger, c):
        return NEGATED
    chain = _chain(trigger)
    for tok in chain:
        lemma = tok.lemma_.lower()
        aux = [ch for ch in tok.children if ch.dep_.startswith("aux")]
        aux_lemmas = {a.lemma_.lower() for a in aux} | {a.lower_ for a in aux}
        aimless = lemma in c.aim_lemmas and not _governs_infinitive(tok, chain)  # "visé par des tirs"
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger and lemma in c.future_lemmas and not aimless:
            return PLANNED
        if aux_lemmas & c.future_lemmas and not (aux_lemmas & {"have", "avoir"}):
            # "will attack", "will be killed" are not facts; "may have been killed" is a hedge below.
            return HYPOTHETICAL if aux_lemmas & c.hedge_lemmas else PLANNED
        if "Fut" in tok.morph.get("Tense", []) and tok.pos_ in ("VERB", "AUX"):
            return PLANNED
        if any("Fut" in a.morph.get("Tense", []) for a in aux):
            return PLANNED
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger and lemma in c.deny:
            return NEGATED
        if _negated(tok, c):
            return NEGATED
        if _condition(tok, c):
            return HYPOTHETICAL  # "si les rebelles attaquaient", "they will kill if..."
        if c.conditional_is_hedge and _conditional(tok, aux):
            return HYPOTHETICAL
        if tok.pos_ == "NOUN" and tok is not trigger and lemma in c.future_nouns:
            return PLANNED
        if (
            tok.pos_ == "NOUN"
            and tok is not trigger
            and (lemma in c.hedge_nouns or tok.lower_ in c.hedge_nouns)
        ):
            return HYPOTHETICAL  # "des rumeurs d'attaque", "fears of an assault"
        if tok.pos_ == "NOUN" and tok is not trigger and lemma in c.pause_nouns:
            return NEGATED  # "a lull in fighting", "la fin des combats": the fighting stopped
        feared = tok.pos_ == "VERB" and tok is not trigger and lemma in c.fear_lemmas
        if feared and not _past(chain[: chain.index(tok)]):
            return HYPOTHETICAL  # "residents fear an assault is imminent" (not "fear dozens were killed")
    verb = _clause_verb(trigger)
    if verb is not None and verb not in chain:
        if _condition(verb, c):
            return HYPOTHETICAL  # "whether its fighters took part in the clash"
        verb_aux = {a.lemma_.lower() for a in verb.children if a.dep_.startswith("aux")}
        if verb_aux & c.future_lemmas or "Fut" in verb.morph.get("Tense", []):
            return PLANNED  # "it will press on with its offensive"
    if _denied(trigger, c) or _cancelled(trigger, c):
        return NEGATED  # "a démenti les informations faisant état d'un assaut"
    if verb is not None and _threat_infinitive(trigger, verb, c):
        return PLANNED  # "a menacé ... de multiplier les attaques" (however the infinitive attached)
    limited = _limited(verb, c) if verb is not None else None
    if limited is not None and modality(limited, lang) != ASSERTED:
        return PLANNED  # "vowed to fight until the last rebel is expelled"
    return ASSERTED


def _of_anyone(trigger: Token, c: ModalityCues) -> bool:
    """ "will deal firmly with anyone who attacks officers", "quiconque attaquerait": what
    anyone might do, no incident."""
    for tok in [trigger, *list(trigger.ancestors)[:4]]:
        if tok.dep_ in ("relcl", "acl:relcl") and tok.head.lower_ in c.anyone:
            return True
    return any(ch.dep_.startswith("nsubj") and ch.lower_ in c.anyone for ch in trigger.children)


def _governs_infinitive(verb: Token, chain: list[Token]) -> bool:
    """ "vise à reprendre": the aim is an infinitive below the verb, on the trigger's way up."""
    return any(t.head.i == verb.i and "Inf" in t.morph.get("VerbForm", []) for t in chain)


def _past(chain: list[Token]) -> bool:
    """Whether the clause under a verb of fearing tells of something done."""
    for tok in chain:
        auxes = [a for a in tok.children if a.dep_.startswith("aux")]
        if any("Inf" in a.morph.get("VerbForm", []) for a in auxes):
            continue  # "redoutent d'être attaquées": a passive infinitive, nothing done yet
        if tok.pos_ in ("VERB", "AUX") and (
            "Past" in tok.morph.get("Tense", [])
            or any("Past" in a.morph.get("Tense", []) for a in tok.children if a.dep_.startswith("aux"))
        ):
            return True
    return False


def _denied(trigger: Token, c: ModalityCues) -> bool:
    """A verb above the trigger denies what its object tells, however deep the trigger sits
    ("a assuré le ministre, démentant des informations selon lesquelles les insurgés auraient
    pris le contrôle de plusieurs villages")."""
    ancestors = list(trigger.ancestors)
    if any(v.lemma_.lower() in c.claim_nouns and _false(v, c) for v in ancestors):
        return True
    return any(_denies(v, trigger, c) for v in ancestors if v.lemma_.lower() in c.deny)


def _false(claim: Token, c: ModalityCues) -> bool:
    """A claim the text calls false ("baseless claims that", "de fausses informations selon
    lesquelles") or finds no truth in ("there is no truth in claims that hundreds died")."""
    if any(ch.dep_ == "amod" and ch.lower_ in c.false_words for ch in claim.children):
        return True
    owner = claim.head.head if claim.head.pos_ == "ADP" else claim.head
    if claim.dep_ in ("nmod", "obl") or claim.head.pos_ == "ADP":
        negated = any(ch.lower_ in c.negation for ch in owner.children)
        return owner.lemma_.lower() in c.truth_nouns and negated
    return False


def _denies(root: Token, trigger: Token, c: ModalityCues) -> bool:
    told = [
        ch
        for ch in root.children
        if ch.dep_ in ("obj", "dobj", "ccomp", "xcomp", "prep", "obl", "obl:arg", "obl:mod")
    ]
    # "dismissed as false a claim that a jet had been hit"; not "denied involvement in the attack",
    # which denies a part in it, not that it happened
    told = [t for t in told if t.lemma_.lower() not in c.role_nouns]
    if not any(t.dep_ in ("obj", "dobj") for t in told):
        # "a démenti les informations faisant état d'une attaque", parsed with the reports as the
        # participle's subject: what is denied is then that clause (not so when the verb has its
        # own object: "denied involvement, saying militants carried out the attack")
        told += [ch for ch in root.children if ch.dep_ == "advcl"]
    # "reports of an explosion were rejected by police": the claim denied as the passive subject
    told += [ch for ch in root.children if ch.dep_ in _PASSIVE and ch.lemma_.lower() in c.claim_nouns]
    return any(trigger.i == t.i or t.is_ancestor(trigger) for t in told)


_PASSIVE = ("nsubjpass", "nsubj:pass")


def _paused(trigger: Token, c: ModalityCues) -> bool:
    """"a lull in fighting", "une accalmie dans les combats": the noun just before the
    trigger's preposition says it stopped (read on the words: the parser often hangs the
    preposition elsewhere)."""
    doc, i = trigger.doc, trigger.i
    j = i - 1
    while j > trigger.sent.start and doc[j].pos_ == "DET":
        j -= 1
    if j <= trigger.sent.start or doc[j].pos_ != "ADP":
        return False
    noun = doc[j - 1]
    return noun.lemma_.lower() in c.pause_nouns or noun.lower_ in c.pause_nouns


def _cancelled(trigger: Token, c: ModalityCues) -> bool:
    """ "The rally ... was called off", "la marche a été annulée": what was cancelled did not happen;
    "to stop attacking", "cesser les combats": what stops no longer happens."""
    verb = trigger.head
    if verb.lemma_.lower() in c.cease and trigger.dep_ in ("obj", "dobj", "xcomp", "ccomp"):
        infinitive = "Inf" in verb.morph.get("VerbForm", []) or verb.tag_ == "VB"
        acting = verb.dep_ == "xcomp" and any(g.dep_ in ("obj", "dobj") for g in verb.head.children)
        aimed = infinitive and (verb.dep_ == "advcl" or acting)
        return not aimed  # (not "fired tear gas to stop a rally": the rally goes on; "agreed to stop" does)
    if trigger.dep_ not in ("obj", "dobj", "nsubjpass", "nsubj:pass") or trigger.head.i == trigger.i:
        return False
    particle = next((ch.lower_ for ch in verb.children if ch.dep_ in ("prt", "compound:prt")), "")
    return verb.lemma_.lower() in c.cancel or f"{verb.lemma_.lower()} {particle}" in c.cancel


def _threat_infinitive(trigger: Token, verb: Token, c: ModalityCues) -> bool:
    """The infinitive, or its object, in a sentence whose main verb threatens, vows or plans
    ("a menacé ... de multiplier les attaques"; not "as a result of the deal")."""
    root = trigger.sent.root
    infinitive = "Inf" in verb.morph.get("VerbForm", [])
    own = trigger.i == verb.i or (trigger.dep_ in ("obj", "dobj") and trigger.head.i == verb.i)
    return infinitive and own and root.i != verb.i and root.lemma_.lower() in c.future_lemmas


def _limited(verb: Token, c: ModalityCues) -> Token | None:
    """The clause an "until" clause limits ("fight until X is expelled" -> fight), if any."""
    marks = [ch for ch in verb.children if ch.dep_ == "mark"]
    head = verb.head
    if verb.dep_ == "acl":  # "jusqu'à ce que X soit chassé": the clause hangs on "ce"
        marks += [ch for ch in head.children if ch.dep_ in ("case", "fixed")]
        head = head.head
    if verb.dep_ not in ("advcl", "acl") or head.i == verb.i:
        return None
    return head if any(m.lower_ in c.until for m in marks) else None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a trigger noun sits in ("took part in the clash" -> took)."""
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None
