"""Whether a sentence's incident is the one just told or a new one, and how two merge.

A sentence opens an incident when it introduces something new (another place or day, an
indefinite "une embuscade" / "another attack", a different kind of violence, a second toll
for the same side); it adds to the last one when it refers back ("l'attaque", "the attack",
a toll alone, a pronoun subject) or says nothing new.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.lang import common, resource
from sitrep.nlp import text_of
from sitrep.stages import modality as mod
from sitrep.stages.no_incident import acts_in_general, reacted_to
from sitrep.stages.recall import named_incident, same_day_and_place, updated_incident
from sitrep.stages.sameness import compatible, definite, kindred, own_place, same_place, same_time
from sitrep.stages.trigger_filters import TERRITORY
from sitrep.stages.typing_rules import GENERIC_CONCEPTS

if TYPE_CHECKING:

    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts, SentFacts
    from sitrep.stages.role_words import RoleWords

def refers_back(sf: SentFacts, words: RoleWords) -> bool:
    low = text_of(sf.sent).lower()
    return any(w in low for w in words.same_place)


def merge_target(cand: Draft, drafts: list[Draft], words: RoleWords, facts: DocFacts) -> Draft | None:
    """The open incident this sentence continues, or None when it reports a new one."""
    # (incidents summed over an area take no incident with a place of its own: those are its parts)
    asserted = [d for d in drafts if d.modality == mod.ASSERTED and not (d.spread and own_place(cand))]
    if not asserted:
        return None
    prev = asserted[-1]
    updated = updated_incident(cand, asserted, facts)
    if updated is not None:
        return updated
    if _damage_of(prev, cand):
        return prev
    # "Le précédent bilan faisait état de 27 morts", told after the arrest that set the fight off
    tolled = next((d for d in reversed(asserted) if _toll_update(d, cand)), None)
    if tolled is not None:
        return tolled
    heads = [facts.doc[t.head] for t in cand.triggers]
    if all(reacted_to(h, words) and (definite(h, words) or acts_in_general(h)) for h in heads):
        # "the prime minister condemned the Bannu attack": the attack told, if it was (and not
        # "la MINUSCA dénonce le viol de cinq femmes à Abba", news of its own place)
        same_day = [d for d in reversed(asserted) if same_time(d.time, cand.time, facts.lang)]
        kin = [d for d in same_day if d.family == cand.family and kindred(d.concept, cand.concept)]
        if not own_place(cand):
            return kin[0] if kin else None
        return next((d for d in kin if d.place is not None and same_place(d.place, cand.place)), None)
    named = named_incident(cand, asserted, words, facts)
    if named is not None:
        return named
    again = None if _introduces_new(cand, words, facts) else same_day_and_place(cand, asserted)
    if again is not None:
        return again
    if prev.family != cand.family and _bare_mention(cand, words, facts):
        # "The attack came days before ...": the last incident of its kind, across another told since
        return next((d for d in reversed(asserted) if d.family == cand.family), None)
    aftermath = _aftermath(prev, cand)
    if _crowd_dispersed(prev, cand, facts) or _death_at_the_protest(prev, cand):
        return prev
    if _crowd_looting(prev, cand, facts):
        return prev
    if _umbrella(prev, cand, words):
        return prev
    if prev.family != cand.family and not aftermath and not _killing_told(prev, cand):
        return None
    if _lede_of_headline(prev, cand, facts) or _claim_of(prev, cand, words):  # (tolls: see above)
        return prev
    if _responders(prev, cand):
        return None
    if _another_account(prev, cand, facts) and not _said_another(cand, words, facts):
        return prev  # (not "Another strike ... killed a family of five")
    if _died_of_wounds(prev, cand, words) or _buried(prev, cand, words):
        return prev
    if _introduces_new(cand, words, facts):
        return None
    if aftermath and same_time(prev.time, cand.time, facts.lang):
        return prev  # "ils ont pillé les magasins" after taking the town
    if _refers_to_last(cand, prev, words, facts):
        return prev
    if _own_toll(prev, cand):
        return None
    if not same_place(prev.place, cand.place):
        return None
    if not same_time(prev.time, cand.time, facts.lang):
        return None
    if _strikes_back(prev, cand):
        return None  # "L'artillerie israélienne a pilonné ..." after Hezbollah's rockets: each side's fire
    ground = prev.concept in GENERIC_CONCEPTS or prev.concept == "clash"
    if ground and cand.concept in ("airstrike", "shelling") and prev.casualties:
        _hand_back_tolls(prev, cand, facts)
        return None  # aircraft or artillery after a ground attack: the response, coded apart
    specific = {prev.concept, cand.concept} - GENERIC_CONCEPTS
    if len(specific) > 1 and not compatible(prev.concept, cand.concept):
        return None
    if (cand.concept in TERRITORY) != (prev.concept in TERRITORY) and _rival_perpetrators(prev, cand):
        return None  # an attack, then the other side retaking the place: two events
    if (
        prev.sents[-1].paragraph != cand.sents[0].paragraph
        and cand.place is not None
        and not (cand.place_inherited or refers_back(cand.sents[0], words))
    ):
        # A new paragraph naming its own place again reads as a new report unless it
        # points back; same-place restatements are still merged below by place equality.
        return prev if same_place(prev.place, cand.place) and prev.place else None
    return prev


def _hand_back_tolls(prev: Draft, cand: Draft, facts: DocFacts) -> None:
    """The response is coded apart, but a toll the sentence states outside the strike's own
    clause is the attack's ("Neuf morts ont été dénombrés sur place et plusieurs terroristes
    ont été anéantis par une intervention aérienne": the nine are the ground fight's)."""
    clause = facts.doc[cand.anchor.head]
    while clause.dep_ != "ROOT" and not (
        clause.pos_ in ("VERB", "AUX") and any(c.dep_.startswith(("nsubj", "aux")) for c in clause.children)
    ):
        clause = clause.head  # up to a clause of its own: a subject or an auxiliary
    if clause.dep_ == "ROOT":
        return
    inside = {t.i for t in clause.subtree}
    outside = [c for c in cand.casualties if c.token_i >= 0 and c.token_i not in inside]
    if outside:
        cand.casualties = [c for c in cand.casualties if c not in outside]
        prev.casualties.extend(outside)


@lru_cache(maxsize=1)
def _remote() -> frozenset[str]:
    """The concepts the taxonomy files under explosions and remote violence."""
    concepts = common("taxonomy")["concepts"]
    return frozenset(c for c, spec in concepts.items() if spec["type"] == "Explosions/Remote violence")


def _damage_of(prev: Draft, cand: Draft) -> bool:
    """ "A Russian missile strike on Kharkiv killed three. A residential building in the Kyivskyi
    district was partially destroyed.": damage no one is named for, told in the paragraph of a
    strike or a blast, is what the weapon did."""
    return (
        cand.concept == "looting"
        and prev.concept in _remote()
        and (cand.actor1 is None or cand.actor1_guessed)
        and not cand.casualties
        and prev.sents[-1].paragraph == cand.sents[0].paragraph
    )


def _bare_mention(cand: Draft, words: RoleWords, facts: DocFacts) -> bool:
    """A definite incident noun with nothing of its own: no toll, day or place ("The attack came
    days before the anniversary", "Cette attaque intervient alors que ...")."""
    tok = facts.doc[cand.anchor.head]
    if tok.pos_ != "NOUN" or not definite(tok, words) or cand.casualties or len(cand.triggers) != 1:
        return False
    placed = own_place(cand)
    if tok.dep_.startswith("nsubj"):
        # the incident as the subject of a comment: the comment's places and days are not its own
        # (but "the attack on Kidal" is)
        at = cand.place.start if cand.place is not None and placed else -1
        return not any(t.idx <= at < t.idx + len(t) for t in tok.subtree)
    return not placed and not (cand.time and cand.time.date)


def _killing_told(prev: Draft, cand: Draft) -> bool:
    """A bare killing after an incident with deaths of another kind ("beaten to death by a mob"
    ... "They killed him on suspicion"): the deaths already told, when the sentence names no
    place or day of its own."""
    deaths = prev.concept in ("mob", "riot") or any(c.kind == "killed" for c in prev.casualties)
    return cand.concept == "kill" and deaths and not own_place(cand) and not (cand.time and cand.time.date)


def _crowd_dispersed(prev: Draft, cand: Draft, facts: DocFacts) -> bool:
    """ "Les forces de l'ordre avaient ouvert le feu pour les disperser, tuant deux personnes",
    "Quatorze d'entre eux ont été interpellés": force used to break up the crowd just told, or
    arrests among it, belong to that riot or protest (the codebook puts them on it), unless the
    sentence names a place or a day of its own."""
    from sitrep.stages.triggers import lexicon

    if prev.family != "unrest" or own_place(cand) or (cand.time and cand.time.date):
        return False
    if cand.concept == "arrest":
        return True  # the police intervened in the protest
    if cand.family != "armed":
        return False
    cue = lexicon(facts.lang).cues.get("intervention", frozenset())
    return any(t.lower_ in cue or t.lemma_.lower() in cue for sf in cand.sents for t in sf.sent)


def _death_at_the_protest(prev: Draft, cand: Draft) -> bool:
    """ "Les forces de l'ordre ont dispersé les manifestants ... Un étudiant a été tué par balle
    dans le quartier d'Ambohipo": a death no one is named for, told in the paragraph of a protest
    the police broke up and in its town, is that protest's (excessive force, in the codebook)."""
    named = cand.actor1 is not None and not cand.actor1_guessed
    same_paragraph = prev.sents[-1].paragraph == cand.sents[0].paragraph
    if prev.family != "unrest" or not same_place(prev.place, cand.place):
        return False
    if cand.family == "armed" and _retells_dead(prev, cand):
        # "Deux manifestants ont été tués ... Les deux victimes ... lorsque des militaires ont
        # ouvert le feu"; "le ministère parle d'« un décès »": the protest's dead, told again
        return same_paragraph or (not own_place(cand) and cand.time is None)
    if cand.concept != "kill" or named or not same_paragraph:
        return False
    return any(a is not None and a.actor.kind == "state_forces" for a in (prev.actor1, prev.actor2))


def _retells_dead(prev: Draft, cand: Draft) -> bool:
    """The candidate's dead are no more than the protest's own, told again."""
    before = [c.count.value for c in prev.casualties if c.kind == "killed" and not c.subset]
    now = [c.count.value for c in cand.casualties if c.kind == "killed" and not c.subset]
    return bool(before) and bool(now) and max(now) <= max(before)


def _umbrella(prev: Draft, cand: Draft, words: RoleWords) -> bool:
    """ "Des milliers de jeunes ont manifesté lundi dans plusieurs villes de Madagascar" then "Dans
    la capitale, ...": a summary of protests in several towns, told town by town after it; the
    first town's protest is the summary's (the others follow as their own)."""
    if prev.family != "unrest" or cand.family != "unrest" or len(prev.sents) != 1:
        return False
    if prev.place is not None and (not prev.place.region or cand.place is None):
        return False
    towns = _place_nouns(cand.sents[0].sent.doc.lang_)
    return any(
        t.lemma_.lower() in towns and any(c.lower_ in words.several for c in t.children)
        for t in prev.sents[0].sent
    )


@lru_cache(maxsize=8)
def _place_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in resource(lang, "places").get("place_nouns", []))


def _lede_of_headline(prev: Draft, cand: Draft, facts: DocFacts) -> bool:
    """A title line, then the lede telling the same incident at the same place ("une frappe ...
    à Poltava." / "... lors d'une frappe de missiles russes sur un immeuble de Poltava")."""
    first, lede = prev.sents[0], cand.sents[0]
    if len(prev.sents) > 1 or first.index != 0 or lede.index != 1 or first.paragraph == lede.paragraph:
        return False
    if prev.concept != cand.concept or prev.place is None or not same_place(prev.place, cand.place):
        return False
    return same_time(prev.time, cand.time, facts.lang)  # (not the lede's earlier incident, "In March")


def _aftermath(prev: Draft, cand: Draft) -> bool:
    """Houses burnt, people detained, weapons recovered in the course of an attack belong to the
    attack (ACLED codes them as part of it) unless the sentence names its own place."""
    crowd = any(a.actor.kind in ("protesters", "rioters") for sf in cand.sents for a in sf.actors)
    if _rival_perpetrators(prev, cand) or _state_answers(prev, cand):
        return False  # "the army then arrested fifteen youths": the other side's action, coded apart
    return (
        prev.family == "armed"
        and cand.concept in ("looting", "arrest", "riot", "disrupted")
        and not crowd
        and not own_place(cand)
    )


def _crowd_looting(prev: Draft, cand: Draft, facts: DocFacts) -> bool:
    """ "Protesters looted and set fire to offices in Kano. In Kano city, crowds broke into the
    NCC office, carting away computers": the looting of a demonstration's crowd, where and when
    it was, is that demonstration (ACLED codes it as part of the violent demonstration)."""
    if prev.concept not in _CROWD_CONCEPTS or cand.concept != "looting" or cand.time is not None:
        return False
    armed = cand.actor1 is not None and cand.actor1.actor.kind not in _CROWD_KINDS
    return not armed and same_place(prev.place, cand.place)


_CROWD_CONCEPTS = frozenset({"protest", "riot"})
_CROWD_KINDS = frozenset({"protesters", "rioters", "unidentified"})


def _rival_perpetrators(prev: Draft, cand: Draft) -> bool:
    """Two named, different perpetrators: two actions (an attack and the army's response)."""
    a, b = prev.actor1, cand.actor1
    if a is None or b is None or a.generic or b.generic:
        return False
    other = prev.actor2.actor.name if prev.actor2 else None
    return a.actor.name != b.actor.name and b.actor.name != other


def _died_of_wounds(prev: Draft, cand: Draft, words: RoleWords) -> bool:
    """ "A constable ... succumbed to his injuries in hospital on Monday", "a succombé à ses
    blessures": one of the wounded of the incident just told, whatever day he died."""
    if prev.family != cand.family or not prev.casualties:
        return False
    if own_place(cand) and not same_place(prev.place, cand.place):
        return False  # "the toll from Monday's strike on Ras Isa rose to nine after two died of their wounds"
    lemmas = {t.lemma_.lower() for sf in cand.sents for t in sf.sent}
    return bool(lemmas & words.wound_nouns) and bool(lemmas & words.victim_verbs)


def _buried(prev: Draft, cand: Draft, words: RoleWords) -> bool:
    """ "Fourteen bodies were buried on Monday": the dead of the incident just told, buried later
    (only a toll, no incident told anew)."""
    if prev.family != cand.family or not all(t.implied for t in cand.triggers):
        return False
    return any(t.lemma_.lower() in words.burial_verbs for sf in cand.sents for t in sf.sent)


def _claim_of(prev: Draft, cand: Draft, words: RoleWords) -> bool:
    """A claim of responsibility after an incident ("Le Jnim, dans sa revendication, affirme
    avoir tué une quinzaine de militaires", "The group claimed the attack on Sunday"): the
    incident told, whatever day the claim came."""
    claimed = any(t.lemma_.lower() in words.claim_verbs for sf in cand.sents for t in sf.sent)
    return claimed and prev.family == cand.family and not own_place(cand)  # not "as well as one at Kerbala"


def _strikes_back(prev: Draft, cand: Draft) -> bool:
    """Remote fire by another side than the last strike's: an exchange of fire is one event per
    side (ground fighting that answers an attack stays one clash)."""
    remote = {"airstrike", "shelling"}
    if cand.concept not in remote or prev.concept not in remote:
        return False
    from sitrep.stages.actor_roles import state_of_means

    # whose fire the words say ("l'artillerie israélienne", "Hezbollah fired rockets"), not
    # whoever was named nearby
    own = cand.actor1
    if own is not None and (own.generic or cand.actor1_guessed):
        own = None
    a, b = state_of_means(cand) or own, prev.actor1 or state_of_means(prev)
    return a is not None and b is not None and a.actor.name != b.actor.name


def _state_answers(prev: Draft, cand: Draft) -> bool:
    """The state's forces acting after an incident a non-state group did (or the reverse)."""
    a, b = prev.actor1, cand.actor1
    if a is None or b is None or b.actor.kind == "unidentified":
        return False  # ("the attackers looted livestock": nobody new, the attack's own doers)
    side = prev.actor2.actor.name if prev.actor2 else None
    if cand.concept == "disrupted" and b.actor.name == side:
        return False  # "soldiers recovered rifles after the rebels fled": the fight's other side
    return (a.actor.kind == "state_forces") != (b.actor.kind == "state_forces")


def _another_account(prev: Draft, cand: Draft, facts: DocFacts) -> bool:
    """Another source's toll for the incident just told ("The camp's emergency room gave a higher
    toll, saying 17 people were killed"): a figure about that incident, told with no day of its
    own."""
    from sitrep.stages.casualty_words import casualty_words

    if prev.family != "armed" or not any(c.kind == "killed" for c in prev.casualties):
        return False
    if not cand.casualties or not all(
        t.concept in ("kill", prev.concept) or compatible(t.concept, prev.concept) for t in cand.triggers
    ):
        return False
    if own_place(cand) and not same_place(prev.place, cand.place):
        return False
    when = cand.time
    if when is not None and any(x.sent.start_char <= when.start < x.sent.end_char for x in cand.sents):
        return False  # "Ce bilan s'ajoute aux affrontements de jeudi et vendredi": other days
    tolls = casualty_words(facts.lang).toll_nouns
    return any(tok.lemma_.lower() in tolls for sf in cand.sents for tok in sf.sent)


def _responders(prev: Draft, cand: Draft) -> bool:
    """Soldiers who give chase and fight the attackers of civilians ("des militaires des FARDC
    ... les ont accrochés"): a clash of its own after the attack (ACLED codes both)."""
    a, victims = prev.actor1, prev.actor2
    if cand.concept not in ("clash", "kill") or cand.actor1 is None or a is None or victims is None:
        return False
    if cand.concept == "kill" and (cand.actor2 is None or cand.actor2.actor.name != a.actor.name):
        return False  # ("troops had killed several ADF fighters": the attackers fought in turn)
    return victims.actor.kind == "civilians" and _state_answers(prev, cand)


def _toll_update(prev: Draft, cand: Draft) -> bool:
    """A sentence that only states the toll as it now stands ("Le bilan s'est alourdi à 19 morts
    samedi", "The toll reached 45"): the last incident's toll, counted later."""
    own = [c for c in cand.casualties if not c.subset]
    return (
        bool(own)
        and all(c.revised or c.stale for c in own)
        and all(t.concept == "kill" for t in cand.triggers)
        and (bool(prev.casualties) or prev.family == "armed")  # (a strike whose toll comes next)
        and (not own_place(cand) or same_place(prev.place, cand.place))
    )


def _own_toll(prev: Draft, cand: Draft) -> bool:
    """A second, different toll for the same side ("tuant 40 militants" then, on another
    front, "tuant dix d'entre eux") is another engagement, not a restatement."""

    def tolls(d: Draft) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for c in d.casualties:
            if c.kind == "killed" and c.side != "unknown" and not (c.aggregate or c.vague or c.subset):
                out.setdefault(c.side, set()).add(c.count.value)
        return out

    if any(c.revised for c in cand.casualties):
        return False  # "11 people had died. The toll later rose to 15": the same toll, told as it grew
    mine, theirs = tolls(cand), tolls(prev)
    return any(side in theirs and not values & theirs[side] for side, values in mine.items())


def _refers_to_last(cand: Draft, prev: Draft, words: RoleWords, facts: DocFacts) -> bool:
    """'The latest attack comes as...', 'cette attaque': a definite mention of an incident
    with nothing new (no toll, no date) is the incident just told, wherever else it points."""
    if _toll_of_the_fighting(cand, words, facts):
        return True
    if _fronted_place(cand) and not same_place(prev.place, cand.place):
        return False  # "À Toamasina, le rassemblement a dégénéré": that town's rally, not the last one
    tok = facts.doc[cand.anchor.head]
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if tok.pos_ != "NOUN" or not dets:
        return False
    if dets[0] in words.demonstrative:  # "une quinzaine de morts dans ces affrontements": an update
        return True  # (of the same family: the caller checked)
    if cand.time and cand.time.date:
        return False
    if cand.casualties:  # "L'explosion a tué quatre passagers": the toll of the blast just told
        told = cand.time is None and not own_place(cand)  # (not "le 28 décembre, l'explosion ...")
        return told and dets[0] in words.anaphoric and cand.concept == prev.concept
    return dets[0] in words.anaphoric and cand.concept in GENERIC_CONCEPTS | {prev.concept}


def _fronted_place(cand: Draft) -> bool:
    """The sentence opens on its own place ("À Toamasina, ...", "In Lagos, ..."): a new scene."""
    if not own_place(cand) or cand.place is None:
        return False
    sent = cand.sents[0].sent
    return any(t.idx <= cand.place.start < t.idx + len(t) for t in sent[:3])


def _toll_of_the_fighting(cand: Draft, words: RoleWords, facts: DocFacts) -> bool:
    """ "Une douzaine de terroristes ont été tués lors des combats": a toll with no place or day
    of its own, whose incident is a definite noun of a prepositional phrase, is the incident told."""
    if cand.concept not in GENERIC_CONCEPTS | {"clash"} or not cand.casualties or cand.time is not None:
        return False
    if cand.place is not None and not cand.place_inherited:
        return False
    definite = words.anaphoric | words.demonstrative
    for t in cand.triggers:
        tok = facts.doc[t.head]
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        fused = any(c.dep_ == "case" and c.lower_ in words.definite_contractions for c in tok.children)
        in_phrase = tok.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "pobj") and tok.pos_ == "NOUN"
        if in_phrase and (fused or (dets and dets[0] in definite)):
            return True
    return False


def _introduces_new(cand: Draft, words: RoleWords, facts: DocFacts) -> bool:
    """An indefinite trigger noun ("une embuscade", "another attack"), "autre/second", or a
    sentence that says so ("Separately, ...", "Dans un autre incident, ...")."""
    low = text_of(cand.sents[0].sent).lower()
    if any(w in low for w in words.separately):
        return True
    if low.lstrip(" «\"'").startswith(tuple(resource(facts.lang, "time").get("other_day", []))):
        return True  # "La veille, six civils avaient été tués...": another day, another incident
    if _said_another(cand, words, facts):
        return True
    doc = facts.doc
    heads = {i for t in cand.triggers for i in range(t.start, t.end)}
    for t in cand.triggers:
        if t.implied:
            continue  # "A woman was among the dead": the victim's article, not a new incident
        tok = doc[t.head]
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod")]
        # "detonated a suicide vest", "l'explosion d'une voiture piégée": the means, not news.
        means = words.means_nouns & {tok.lemma_.lower(), tok.lower_}  # "a fighter jet dropped two bombs"
        instrument = means or tok.dep_ in ("obj", "dobj") or tok.head.i in heads - {tok.i}
        if tok.pos_ == "NOUN" and dets and dets[0] in words.indefinite and t.rank >= 50 and not instrument:
            return True
    return False


def _said_another(cand: Draft, words: RoleWords, facts: DocFacts) -> bool:
    """ "Another strike", "une autre attaque": a trigger noun the text calls another one."""
    for t in (t for t in cand.triggers if not t.implied):
        head = facts.doc[t.head]  # (or the subject of the verb: "Another strike ... killed five")
        nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "nsubj"]
        for tok in (n for n in nouns if n.pos_ == "NOUN"):
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod")]
            if any(w in words.another for w in dets):
                return True
    return False


def merge(prev: Draft, cand: Draft) -> None:
    update = bool(cand.casualties) and all(c.revised for c in cand.casualties)
    prev.sents.extend(cand.sents)
    prev.triggers.extend(cand.triggers)
    specific = cand.concept not in GENERIC_CONCEPTS and cand.family == prev.family
    if prev.concept in GENERIC_CONCEPTS and specific:
        prev.concept = cand.concept
    elif compatible(prev.concept, cand.concept) and cand.anchor.rank > prev.anchor.rank and not update:
        prev.concept = cand.concept  # the car bomb turns out to be a suicide bomb (not "the strike's toll")
    if prev.place is None or (prev.place.region and cand.place and not cand.place.region):
        prev.place = cand.place
    if prev.time is None or (not prev.time.date and cand.time and cand.time.date):
        prev.time = cand.time
    if prev.actor1 is None:
        prev.actor1, prev.actor1_guessed = cand.actor1, cand.actor1_guessed
    prev.actor2 = prev.actor2 or cand.actor2
    prev.casualties.extend(cand.casualties)
    for s in cand.sources:
        if s.name not in {x.name for x in prev.sources}:
            prev.sources.append(s)
