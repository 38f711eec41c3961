"""From a trigger concept and its context (victims, targets, weapon and protest cues, actor
kinds) to an ACLED event type and sub-event type.

The rules follow the ACLED codebook: who was hit and whether they could fight back separates
an attack on civilians from an armed clash; a protest is peaceful unless the demonstrators
use violence (violent demonstration), the authorities step in (intervention) or kill
(excessive force); territory changing hands without fighting is a non-violent transfer; a
state that detains people arrests them, an armed group abducts them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from sitrep.lang import common, resource
from sitrep.nlp import text_of
from sitrep.stages import modality as mod
from sitrep.stages.actor_roles import ARMED_KINDS, STATE
from sitrep.stages.casualty_words import casualty_words
from sitrep.stages.facts import RELATIVE_CLAUSE, ActorRef, DocFacts

if TYPE_CHECKING:

    from spacy.tokens import Token

    from sitrep.stages.events import Draft
    from sitrep.stages.triggers import Trigger, TriggerLexicon

GENERIC_CONCEPTS = frozenset({"kill", "attack"})  # say that violence happened, not how

WEAPON_CONCEPTS = ("suicide", "chemical", "airstrike", "grenade", "shelling", "explosive")

_VIOLENCE = frozenset({"kill", "attack", "clash"})
FIGHTING = frozenset({"kill", "attack", "clash", "shelling", "airstrike", "explosive", "suicide", "grenade"})
_AIR_ACTORS = frozenset({STATE, "external_force"})
_PROTEST_KINDS = frozenset({"protesters", "rioters"})

Label = tuple[str, str]


def _kind(a: ActorRef | None) -> str | None:
    return a.actor.kind if a else None


def _tokens(d: Draft) -> list[Token]:
    return [t for sf in d.sents for t in sf.sent]


def _words(d: Draft) -> set[str]:
    toks = _tokens(d)
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def _deeds(d: Draft, lex: TriggerLexicon) -> set[str]:
    """The words of what the crowd did, less what it demanded or denounced ("marched to demand
    an end to the violence", "manifesté contre les violences") and phrases that name no
    violence ("riot police")."""
    from sitrep.stages.modality import cues

    demands = cues(d.sents[0].sent.doc.lang_).demands
    skip: set[int] = set(lex.blocked(d.sents[0].sent.doc))  # "riot police" names no riot
    for t in _tokens(d):
        if t.i in skip:
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in demands:
            skip |= {x.i for x in t.subtree if x.i != t.i}  # "to demand an end to the violence"
        elif t.lower_ in lex.topic_words:
            skip |= {x.i for x in t.head.subtree}  # "contre les violences"
        elif mod.negated_word(t, t.doc.lang_):
            skip.add(t.i)  # "dispersés sans heurts", "without violence"
    toks = [t for t in _tokens(d) if t.i not in skip]
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def _has_cue(d: Draft, words: set[str], lex: TriggerLexicon, name: str) -> bool:
    """A cue word, or a multi-word cue phrase, anywhere in the incident's sentences."""
    cue = lex.cues.get(name, frozenset())
    if words & cue:
        return True
    multi = [c for c in cue if " " in c]
    if not multi:
        return False
    text = " ".join(" ".join(text_of(sf.sent).lower().split()) for sf in d.sents)
    return any(c in text for c in multi)


def target_words(d: Draft, facts: DocFacts, concepts: frozenset[str] | None = None) -> set[str]:
    """Nouns in the arguments of the triggers (what was attacked), less the relative clauses
    that describe them ("la ville de Beni, où l'armée a son état-major") and what describes
    the victims ("the wife of the leader of the militia" was no militia target)."""
    from sitrep.stages.triggers import lexicon

    out: set[str] = set()
    doc = facts.doc
    civil = lexicon(facts.lang).civil_modifiers
    victims = {c.token_i for c in d.casualties if 0 <= c.token_i < len(doc)}
    about_victims = {x.i for v in victims for x in doc[v].subtree if x.i != v}
    perp = d.actor1  # "par des rebelles des Forces démocratiques alliées": the attacker's name is no target
    named = (
        {t.i for t in doc.char_span(perp.start, perp.end, alignment_mode="expand") or ()}
        if perp and perp.start >= 0
        else set()
    )
    for t in d.triggers:
        if concepts is not None and t.concept not in concepts:
            continue
        tok = facts.doc[t.head]
        clauses = [ch for ch in tok.subtree if ch.dep_ in RELATIVE_CLAUSE and ch.i != tok.i]
        # the doer's whole phrase ("fighters of the CODECO militia attacked a site") is no target
        doers = [ch for ch in tok.children if ch.dep_ in ("nsubj", "agent", "obl:agent")]
        described = {x.i for ch in clauses + doers for x in ch.subtree} | about_victims | named
        for ch in tok.subtree:
            noun = ch.pos_ in ("NOUN", "PROPN")
            if noun and ch.i != tok.i and ch.i not in described and not _civil_use(ch, civil):
                out.add(ch.lower_)
                out.add(ch.lemma_.lower())
    return out


def _civil_use(tok: Token, civil: frozenset[str]) -> bool:
    """ "A health post", "un poste de santé", "a convoy of passenger vehicles": the modifier
    makes the place civilian."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    owned = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    mods += [g for p in owned for g in (p, *p.children)]
    return any(c.lemma_.lower() in civil for c in mods)


def is_topic(t: Trigger, facts: DocFacts, lex: TriggerLexicon) -> bool:
    """Whether a violence word is what a protest is about ("a protest over the shooting",
    "marched to denounce violence") rather than something that happened at it."""
    tok = facts.doc[t.head]
    for anc in tok.ancestors:
        if anc.lower_ in lex.topic_words or anc.lemma_.lower() in lex.topic_words:
            return True
    return False


def assign_type(d: Draft, facts: DocFacts, lex: TriggerLexicon) -> None:
    """Set ``d.event_type`` and ``d.sub_event_type`` from the incident's concept and context."""
    concepts = common("taxonomy")["concepts"]
    c = d.concept
    default = concepts.get(c, concepts["other"])
    label: Label = (default["type"], default["sub"])
    words = _words(d)
    k1 = _kind(d.actor1)
    if c in ("capture", "gov_regain"):
        label = _territory_type(d, facts, lex, words, k1)
    elif c == "arrest" or _raid_to_arrest(d, facts, lex, words, k1):
        label = _arrest_type(d, facts, lex, k1)
    elif c in _VIOLENCE and _fired_at_weapon(d, facts, lex):
        label = ("Strategic developments", "Disrupted weapons use")
    elif c in _VIOLENCE:
        label = _violence_or_protest(d, facts, lex, words)
    elif c in ("protest", "riot"):
        label = _protest_type(d, facts, lex, words)
    elif c == "abduction" and _killed_first(d):
        label = _violence_type(d, facts, lex)  # "killed 11 people and abducted scores": an attack
    elif c == "looting" and _has_cue(d, words, lex, "mob"):
        label = ("Riots", "Mob violence")
    elif c == "looting" and k1 in _PROTEST_KINDS:  # "protesters smashed windows at the office"
        label = ("Riots", "Violent demonstration")
    elif c == "explosive" and _bombing_from_air(d, facts, k1, lex):
        label = ("Explosions/Remote violence", "Air/drone strike")
    d.event_type, d.sub_event_type = label


def _raid_to_arrest(d: Draft, facts: DocFacts, lex: TriggerLexicon, words: set[str], k1: str | None) -> bool:
    """State forces raiding homes to detain people, hurting no one ("police raided homes ...
    and detained seven members"): the raid is how the arrest was made."""
    if d.concept != "attack" or k1 != STATE or any(x.kind in ("killed", "injured") for x in d.casualties):
        return False
    anchor = facts.doc[d.anchor.head]
    raid = anchor.lemma_.lower() in lex.raid_words or anchor.lower_ in lex.raid_words
    return raid and any(lex.lemmas.get(w) == "arrest" for w in words)


def _fired_at_weapon(d: Draft, facts: DocFacts, lex: TriggerLexicon) -> bool:
    """ "Soldiers fired at a drone", "ont tiré sur un drone": shooting at a munition in flight,
    hurting no one, is an attempt to stop it (the collocation names the munitions)."""
    if any(x.kind in ("killed", "injured") for x in d.casualties):
        return False
    return lex.collocation(facts.doc[d.anchor.head]) == "disrupted"


def _killed_first(d: Draft) -> bool:
    """An incident whose toll is told before its taking of people ("killed 11 people and
    abducted scores"), not hostages killed later in the story."""
    kills = [x.token_i for x in d.casualties if x.kind == "killed" and not x.aggregate and x.token_i >= 0]
    takes = [t.start for t in d.triggers if t.concept == "abduction"]
    if not (kills and takes):
        return False
    # the verbs' order, not the count's ("eight civilians were abducted and shot dead": taken first)
    verbs = [t.start for t in d.triggers if t.concept in GENERIC_CONCEPTS]
    return min(verbs or kills) < min(takes)


def _territory_type(d: Draft, facts: DocFacts, lex: TriggerLexicon, words: set[str], k1: str | None) -> Label:
    """Who took the place decides between the two Battles sub-types; taking it after the
    holders left, with no fighting reported, is a non-violent transfer."""
    if _withdrawal_without_fight(d, facts, lex, words):
        return "Strategic developments", "Non-violent transfer of territory"
    if k1 == STATE and not _abroad(d):
        return "Battles", "Government regains territory"
    if k1 in ARMED_KINDS:  # a foreign state's forces gaining ground count as the codebook's "non-state"
        return "Battles", "Non-state actor overtakes territory"
    if _occupied_by_people(d, facts, lex):
        return "Protests", "Peaceful protest"  # "some 600 landless families occupied a farm"
    concepts = common("taxonomy")["concepts"]
    spec = concepts[d.concept]
    return spec["type"], spec["sub"]


def _occupied_by_people(d: Draft, facts: DocFacts, lex: TriggerLexicon) -> bool:
    """Families, workers or residents who occupy land or a building, no armed actor named: a
    protest, not a conquest."""
    if any(a.actor.kind in ARMED_KINDS for sf in d.sents for a in sf.actors):
        return False
    verbs = [facts.doc[t.head] for t in d.triggers]
    return any(v.pos_ == "VERB" and _fighters(v) & lex.brawl_sides for v in verbs)  # ("hundreds of students")


def _abroad(d: Draft) -> bool:
    """State forces taking a place in another country."""
    own = d.actor1.actor.country if d.actor1 is not None else None
    place = d.place.place if d.place is not None else None
    return bool(own and place is not None and place.country and place.country != own)


def _withdrawal_without_fight(d: Draft, facts: DocFacts, lex: TriggerLexicon, words: set[str]) -> bool:
    if any(x.kind == "killed" for x in d.casualties):
        return False
    if any(t.concept in FIGHTING for t in d.triggers):
        return False
    paragraphs = {sf.paragraph for sf in d.sents}
    # "The army withdrew from X. Rebels entered the town the next day": same paragraph.
    context = [sf for sf in facts.sents if sf.paragraph in paragraphs]
    text = " ".join(" ".join(text_of(sf.sent).lower().split()) for sf in context)
    toks = {w for sf in context for t in sf.sent for w in (t.lower_, t.lemma_.lower())}
    cue = lex.cues.get("withdraw", frozenset())
    return bool(toks & cue) or any(" " in c and c in text for c in cue)


def _arrest_type(d: Draft, facts: DocFacts, lex: TriggerLexicon, k1: str | None) -> Label:
    """Detention by an armed group is an abduction; detention of demonstrators at their
    protest is an intervention in that protest. People seized by no one named ("seized from
    his home by men in plain clothes") were abducted; "arrested" says the state did it."""
    governs = d.actor1 is not None and d.actor1.actor.name in common("actors").get("de_facto_authorities", [])
    if k1 in ARMED_KINDS and k1 != STATE and not governs:  # (the SDF, the Houthis arrest)
        return "Violence against civilians", "Abduction/forced disappearance"
    took = [t for t in d.triggers if t.concept != "disrupted"]  # (not "a pistol was seized from them")
    # taken by a verb of seizing ("seized"), or one that says nothing of arrest ("emmenés"); a
    # phrase of the lexicon says it ("placé en garde à vue", "taken into custody")
    lemmas = [(t, lex.lemmas.get(facts.doc[t.head].lemma_.lower())) for t in took]
    seized = any(
        lemma == "capture" or (lemma is None and t.concept == "arrest" and t.end - t.start == 1)
        for t, lemma in lemmas
    )
    if k1 is None and seized:
        return "Violence against civilians", "Abduction/forced disappearance"
    kinds = {a.actor.kind for sf in d.sents for a in sf.actors}
    if kinds & _PROTEST_KINDS:  # "police arrested forty protesters at the rally"
        return "Protests", "Protest with intervention"
    return "Strategic developments", "Arrests"


def _violence_or_protest(d: Draft, facts: DocFacts, lex: TriggerLexicon, words: set[str]) -> Label:
    kinds = {a.actor.kind for sf in d.sents for a in sf.actors}
    protests = [t for t in d.triggers if t.concept == "protest"]
    violent = [t for t in d.triggers if t.concept in _VIOLENCE]
    if protests and violent and all(is_topic(t, facts, lex) for t in violent):
        return _protest_type(d, facts, lex, words, ignore_violence=True)
    if violent and _protesters_hit(d, facts, violent, protests):
        return "Violence against civilians", "Attack"  # "un automobiliste a foncé sur des manifestants"
    mob = _has_cue(d, words, lex, "mob") or _townsfolk_did(d, facts, violent, lex.crowd_sides)
    if violent and not protests and mob and not _state_hit(d, facts, violent):
        return "Riots", "Mob violence"  # "battu à mort par une foule avant l'arrivée de la police"
    if bool(kinds & _PROTEST_KINDS) or protests:
        hurt = any(x.kind in ("killed", "injured") for x in d.casualties)  # shot dead or wounded
        peaceful = _has_cue(d, words, lex, "peaceful")  # "clashed with ... marching peacefully"
        fought = any(t.concept == "clash" for t in d.triggers) and not peaceful
        rioted = _has_cue(d, words, lex, "riot") and not peaceful  # (a claim of stones against witnesses)
        if _kind(d.actor1) == STATE and hurt and not fought and not rioted:
            return "Protests", "Excessive force against protesters"
        return "Riots", "Violent demonstration"
    if _has_cue(d, words, lex, "mob"):
        return "Riots", "Mob violence"
    return _violence_type(d, facts, lex)


def _townsfolk_did(d: Draft, facts: DocFacts, violent: list[Trigger], crowd: frozenset[str]) -> bool:
    """Residents or villagers, a group of civilians, are the subject of the violence ("residents
    beat a man to death", "des habitants ont battu à mort un voleur présumé"): a mob."""
    doc = facts.doc
    if any(a.actor.kind in ARMED_KINDS for sf in d.sents for a in sf.actors):
        return False  # (residents who fled, or tell of, an armed group's deeds)
    heads = {t.head for t in violent}
    heads |= {doc[t.head].head.i for t in violent if doc[t.head].pos_ != "VERB"}  # ("battu à mort")
    armed = frozenset(resource(facts.lang, "roles").get("armed_words", []))
    for h in heads:  # "crowds stormed and set fire to the homes of three legislators"
        verb = doc[h]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "conj" and not subjects:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        plural = [c for c in subjects if "Plur" in c.morph.get("Number", [])]
        if any(c.lemma_.lower() in crowd and not any(g.lower_ in armed for g in c.children) for c in plural):
            return True
    return any(
        a.actor.kind == "civilians"
        and (
            (doc[a.head_i].dep_ == "nsubj" and doc[a.head_i].head.i in heads)
            or _agent_of(doc[a.head_i], heads)  # "beaten to death by a group of people"
        )
        and "Plur" in doc[a.head_i].morph.get("Number", [])
        and not any(c.lower_ in armed for c in doc[a.head_i].children)  # ("armed herders")
        for sf in d.sents
        for a in sf.actors
    )


def _agent_of(tok: Token, heads: set[int]) -> bool:
    """The noun is, or is the members of, the agent of a passive trigger ("by villagers", "by a
    group of people", "par des habitants")."""
    for _ in range(4):
        if tok.dep_ in ("agent", "obl:agent") and tok.head.i in heads:
            return True
        if tok.dep_ not in ("pobj", "prep", "nmod", "agent", "obl:agent") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _protesters_hit(d: Draft, facts: DocFacts, violent: list[Trigger], protests: list[Trigger]) -> bool:
    """The protesters named, and their protest, are only what the violence hit (its object), not
    who did it: "a driver rammed into protesters blocking a road"."""
    doc = facts.doc
    crowd = [a.head_i for sf in d.sents for a in sf.actors if a.actor.kind in _PROTEST_KINDS]
    if not crowd or _state_hit(d, facts, violent):
        return False  # ("police opened fire on protesters": force against them, below)
    hit = {x.i for t in violent for ch in doc[t.head].children if ch.dep_ in _HIT_DEPS for x in _phrase(ch)}
    return all(i in hit for i in crowd + [t.head for t in protests])


def _phrase(tok: Token) -> list[Token]:
    """The noun phrase under ``tok``, without the clauses hung on it ("in Ngong, where police
    fired on demonstrators": the town was no protester)."""
    out = [tok]
    for ch in tok.children:
        if ch.dep_ not in ("relcl", "acl:relcl", "advcl", "ccomp", "parataxis"):
            out += _phrase(ch)
    return out


def _state_hit(d: Draft, facts: DocFacts, violent: list[Trigger]) -> bool:
    """State forces are an argument of the violence ("police opened fire"), not bystanders."""
    heads = {t.head for t in violent}
    doc = facts.doc
    return any(a.actor.kind == STATE and doc[a.head_i].head.i in heads for sf in d.sents for a in sf.actors)


_HIT_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "prep", "pobj"})


def _violence_type(d: Draft, facts: DocFacts, lex: TriggerLexicon) -> Label:
    """Attack when the people hit could not fight back (civilians, unnamed victims of an
    armed group, property); Armed clash when armed sides or military targets are involved."""
    k1, k2 = _kind(d.actor1), _kind(d.actor2)
    sides = {x.side for x in d.casualties if not x.aggregate}
    targets = target_words(d, facts)
    civ_named = bool(targets & lex.civilian_targets - lex.property_targets)
    mil_named = bool(targets & lex.military_targets)
    civ_target = civ_named or k2 == "civilians" or (not mil_named and _persons_hit(d, facts))
    prop_target = bool(targets & lex.property_targets)
    attacker = "state" if k1 == STATE else "nonstate" if k1 in ARMED_KINDS else None
    # The attackers' own dead (assailants shot by guards) do not make the victims combatants.
    victim_sides = sides - {attacker} if attacker == "nonstate" else sides
    if attacker == "nonstate" and _another_groups_dead(d, facts):
        victim_sides |= {"nonstate"}  # "killed 13 people, including 11 PMF fighters"
    combatant_dead = bool(victim_sides & {"state", "nonstate"})
    civ_dead = "civilian" in sides
    hurt = any(x.kind in ("killed", "injured") for x in d.casualties)
    if d.concept == "attack" and prop_target and not (civ_named or mil_named or hurt):
        return "Strategic developments", "Looting/property destruction"
    fights = [t for t in d.triggers if t.concept == "clash" and not is_topic(t, facts, lex)]
    if (d.concept == "clash" or fights) and _crowd_against_police(d, lex):
        return "Riots", "Violent demonstration"  # "des heurts entre des jeunes et la police"
    if fights and _brawl(d, facts, fights, lex):
        return "Riots", "Mob violence"  # "supporters of rival candidates clashed", "une rixe entre bandes"
    if (d.concept == "clash" or fights) and not (_civilians_only(d, facts, fights) and not combatant_dead):
        return "Battles", "Armed clash"  # "two dozen people killed in fighting between the ELN and ..."
    if d.concept == "attack" and mil_named and attacker != "state" and not (civ_dead and combatant_dead):
        # An attack on a post, a patrol or soldiers is fought over, unless the toll says
        # civilians died beside the combatants (then the civilians decide, below).
        return "Battles", "Armed clash"
    if (civ_dead or civ_target or prop_target) and not combatant_dead:
        return "Violence against civilians", "Attack"
    unnamed_victims = (k1 in ARMED_KINDS or k1 is None) and k2 is None and not combatant_dead
    if unnamed_victims and sides <= {"unknown"} and any(x.kind == "killed" for x in d.casualties):
        # "Gunmen attacked X, killing 12", "the bodies of six men were found": unnamed victims
        # are civilians unless the text says they fought back or were combatants.
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"


def _persons_hit(d: Draft, facts: DocFacts) -> bool:
    """People named by name were hit ("lawyer Elvino Dias and Paulo Guambe were shot dead"):
    a killing of someone, not a fight."""
    doc = facts.doc
    armed = {a.head_i for sf in d.sents for a in sf.actors if a.actor.kind in ARMED_KINDS}
    for t in d.triggers:
        for ch in doc[t.head].children:
            if ch.dep_ not in _PATIENT_DEPS or any(x.i in armed for x in ch.subtree):
                continue  # ("ambushed a group of ISWAP suppliers": fighters, whatever NER says)
            if any(x.ent_type_ in ("PERSON", "PER") and x.pos_ == "PROPN" for x in ch.subtree):
                return True
    return False


_PATIENT_DEPS = frozenset({"nsubjpass", "nsubj:pass", "obj", "dobj"})


def _another_groups_dead(d: Draft, facts: DocFacts) -> bool:
    """Some of the dead are written as fighters of an armed group other than the attacker's
    ("including 11 PMF fighters"): they were combatants, not the attacker's own dead."""
    doc = facts.doc
    doer = d.actor1.actor.name if d.actor1 is not None else None
    groups = [
        a
        for sf in d.sents
        for a in sf.actors
        if not a.generic and a.actor.kind in ARMED_KINDS and a.actor.name != doer
    ]
    for x in d.casualties:
        if (x.aggregate and not x.subset) or x.side == "civilian" or not 0 <= x.token_i < len(doc):
            continue
        inside = {t.i for t in doc[x.token_i].subtree}
        if any(a.head_i in inside for a in groups):
            return True
    return False


def _crowd_against_police(d: Draft, lex: TriggerLexicon) -> bool:
    """A fight of the police with an unarmed crowd ("youths", "des partisans de l'opposant"),
    and no armed group named: a riot, not a battle."""
    from sitrep.stages.actors import pattern_name

    named = [a for sf in d.sents for a in sf.actors]
    police = any(a.actor.name == pattern_name("police", a.actor.country) for a in named)
    armed = any(a.actor.kind in ARMED_KINDS - {STATE} for a in named)
    words = lex.crowd_sides
    crowd = any(t.lemma_.lower() in words or t.lower_ in words for sf in d.sents for t in sf.sent)
    return police and crowd and not armed


def _brawl(d: Draft, facts: DocFacts, fights: list[Trigger], lex: TriggerLexicon) -> bool:
    """A fight between unarmed sides (supporters, youths, gangs of youths, gold miners), with no
    armed actor or state force named: mob violence."""
    if any(a.actor.kind in ARMED_KINDS for sf in d.sents for a in sf.actors):
        return False
    return any(_fighters(facts.doc[t.head]) & lex.brawl_sides for t in fights)


def _fighters(tok: Token) -> set[str]:
    """The words naming who fights: the verb's subjects and what they are joined to, or the
    nouns of the noun's complements ("clashes between X and Y", "une rixe entre bandes")."""
    if tok.pos_ in ("VERB", "AUX"):
        sides = [c for c in tok.children if c.dep_.startswith("nsubj")]
    else:
        sides = [g for c in tok.children if c.i > tok.i for g in c.subtree if g.pos_ in ("NOUN", "PROPN")]
    sides += [g for s in sides for g in s.children if g.dep_ in ("conj", "nmod", "prep", "pobj")]
    sides += [g for s in sides for g in s.children if g.dep_ == "pobj"]
    return {w for s in sides for w in (s.lower_, s.lemma_.lower())}


def _civilians_only(d: Draft, facts: DocFacts, fights: list[Trigger]) -> bool:
    """Whether the dead of a fight are civilians: not when civilians are only part of a larger
    toll ("22 bodies, among them three civilians caught in the crossfire"), nor "people" killed
    in the fighting itself ("two dozen people killed in fighting between ...")."""
    anyone = casualty_words(facts.lang).anyone
    starts = [sf.sent.start for sf in facts.sents]
    fought_in = {facts.sents[bisect_right(starts, t.start) - 1].index for t in fights}
    return "civilian" in {
        x.side
        for x in d.casualties
        if not (x.aggregate or x.subset) and not (x.victim.lower() in anyone and x.sent in fought_in)
    }


def _protest_type(
    d: Draft, facts: DocFacts, lex: TriggerLexicon, words: set[str], ignore_violence: bool = False
) -> Label:
    """Violent demonstration when the demonstrators use violence; a protest said to be
    peaceful stays so unless someone is killed or the authorities intervene."""
    killed = any(x.kind == "killed" for x in d.casualties) and not ignore_violence
    crowd = {t.head for t in d.triggers if t.concept == "protest"}
    fought = [t for t in d.triggers if t.concept == "riot"]
    fought += [t for t in d.triggers if t.concept == "clash" and not is_topic(t, facts, lex)]
    riot_trigger = any(
        t in fought or _crowd_did(t, facts, crowd)
        for t in d.triggers
        if not mod.negated_word(facts.doc[t.head], facts.lang)
    )
    peaceful = _has_cue(d, words, lex, "peaceful")
    if riot_trigger and not ignore_violence:
        return "Riots", "Violent demonstration"
    deeds = _deeds(d, lex)  # not "to demand an end to the violence"
    violent = _has_cue(d, deeds, lex, "riot") or _has_cue(d, deeds, lex, "violent")
    if violent and not peaceful and not ignore_violence:
        return "Riots", "Violent demonstration"
    if killed:
        return "Protests", "Excessive force against protesters"
    if _intervened(d, words, lex) or any(t.concept == "arrest" for t in d.triggers):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def _crowd_did(t: Trigger, facts: DocFacts, crowd: set[int]) -> bool:
    """The demonstrators themselves destroyed or burned ("protesters broke through police lines
    and set part of the parliament building on fire")."""
    if t.concept != "looting":
        return False
    verb = facts.doc[t.head]
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.i in crowd for v in verbs for c in v.children if c.dep_.startswith("nsubj"))


def _intervened(d: Draft, words: set[str], lex: TriggerLexicon) -> bool:
    """Someone broke the protest up: an intervention cue, but not a crowd that dispersed of
    itself ("dispersed without incident", "avant de se disperser")."""
    verbs = mod.cues(d.sents[0].sent.doc.lang_).dispersal
    found = [t for sf in d.sents for t in sf.sent if t.lemma_.lower() in verbs]
    alone = {w for t in found if _of_itself(t) for w in (t.lower_, t.lemma_.lower())}
    broken = {w for t in found if not _of_itself(t) for w in (t.lower_, t.lemma_.lower())}
    own = alone - broken
    return _has_cue(d, words - own, lex, "intervention")


def _of_itself(verb: Token) -> bool:
    """A dispersal verb with no object, no agent and no passive voice, or a reflexive one."""
    deps = {c.dep_ for c in verb.children}
    if any(c.dep_.startswith("expl") or "Yes" in c.morph.get("Reflex", []) for c in verb.children):
        return True  # "se sont dispersés": reflexive
    return not deps & {"obj", "dobj", "agent", "obl:agent", "nsubjpass", "nsubj:pass", "aux:pass", "auxpass"}


def _bombing_from_air(d: Draft, facts: DocFacts, k1: str | None, lex: TriggerLexicon) -> bool:
    """A state's forces "bombing" a place, with no device named, drop their bombs from
    the air ("the coalition has been bombing the rebels"); not a verb that is an explosion only
    with its object ("stepped on a mine")."""
    tok = facts.doc[d.anchor.head]
    if lex.lemmas.get(tok.lemma_.lower()) != "explosive":
        return False
    device = any(t.concept == "explosive" and facts.doc[t.head].pos_ == "NOUN" for t in d.triggers)
    return k1 in _AIR_ACTORS and tok.pos_ == "VERB" and d.anchor.end - d.anchor.start == 1 and not device
