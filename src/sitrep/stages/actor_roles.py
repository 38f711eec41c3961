"""Actors the codebook expects once an incident is typed: civilians as the target of violence
against civilians, the state whose aircraft strike, an unidentified armed group when the
attackers are unnamed, the article's main armed group as the other side of a battle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.lang import common
from sitrep.model import Actor
from sitrep.stages.facts import RELATIVE_CLAUSE, ActorRef, DocFacts, SentFacts, verb_lemmas
from sitrep.stages.modality import ASSERTED
from sitrep.stages.references import GROUP_KINDS, STATE, main_armed_actor, name_the_rebels
from sitrep.stages.roles import allegation_verbs, finder, suffered, told_as_target, told_as_victims

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.stages.events import Draft
    from sitrep.stages.triggers import Trigger

# incidents aimed at someone: who is in what they were aimed at is no doer
_AIMED = frozenset({"airstrike", "shelling", "explosive", "grenade", "suicide", "chemical", "attack",
                    "arrest"})
_REMOTE = frozenset({"airstrike", "shelling", "explosive", "grenade", "suicide", "chemical"})
ARMED_KINDS = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force", "unidentified"}
)


def country_actor(pattern: str, country: str | None, text: str) -> Actor:
    """An ACLED per-country actor ("civilians" -> "Civilians (Mali)") from the actor data."""
    from sitrep.stages.actors import resolve_value

    actor = resolve_value("@" + pattern, text, country)
    assert actor is not None
    return actor


def as_ref(actor: Actor) -> ActorRef:
    """An actor the text gives by no phrase of its own (a default, a pattern), as a mention."""
    return ActorRef(start=-1, end=-1, text=actor.text, actor=actor, head_i=-1, generic=True)


def _event_country(d: Draft, facts: DocFacts) -> str | None:
    if d.place and d.place.place and d.place.place.country:
        return d.place.place.country
    return facts.country


def incident_mentions(d: Draft) -> list[ActorRef]:
    """Actors named in the incident's sentences, less those only cited as its sources
    ("selon les forces de sécurité kurdes", "selon le groupe Emergency Lawyers")."""
    out: list[ActorRef] = []
    for sf in d.sents:
        alleged = allegation_verbs(sf.sent.doc.lang_)
        out.extend(a for a in sf.actors if not cited(a, sf) and not _alleged(sf.sent.doc, a, alleged))
    return out


def cited(a: ActorRef, sf: SentFacts) -> bool:
    """An actor only named as a source of the sentence ("selon le groupe Emergency Lawyers, qui
    documente les exactions"): it reports, it does not fight. The subject of a deed elsewhere
    in the sentence is not ("police fired on protesters, police and hospital officials said")."""
    text = a.text.lower()
    named = any(text in c or (" " in c and c in text) for c in (s.text.lower() for s in sf.sources))
    if not named or any(start < a.end and a.start < end for start, end in sf.source_spans):
        return named
    return not (sf.source_spans and _does(sf.sent.doc[a.head_i]))


def _does(tok: Token) -> bool:
    """The subject of a verb that is no saying ("police used live ammunition")."""
    from sitrep.lang import resource

    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or verb.pos_ != "VERB":
        return False
    said = {w.lower() for w in resource(tok.doc.lang_, "reporting").get("verbs", [])}
    return verb.lemma_.lower() not in said | allegation_verbs(tok.doc.lang_)[0]


def fill_actors(d: Draft, facts: DocFacts, after_typing: bool = False) -> None:
    from sitrep.stages.parties import clash_sides, repelled

    country = _event_country(d, facts)
    if not after_typing:
        fill_from_sentences(d)
        return
    et = d.event_type
    if d.actor1 is None or d.actor1_guessed:
        # "an Israeli air strike", "Russia launched", "accused Pakistan of carrying out air strikes":
        # the grammar's state, over one only named nearby
        by_state = state_of_means(d) or _state_as_subject(d) or _state_accused(d)
    else:  # "Russia launched 14 drones ..., adding that air defenses had downed 11": the launcher
        by_state = _state_as_subject(d, anchor_only=True)
    if by_state is not None:
        d.actor1, d.actor1_guessed = by_state, False
    if d.actor1 is None or _nameless(d.actor1):
        blamed = _group_blamed(d)  # "gunmen abducted 20 people, officials said, blaming the OLA"
        if blamed is not None:
            d.actor1, d.actor1_guessed = blamed, False
    if et == "Violence against civilians":
        if d.actor2 is None or d.actor2.actor.kind != "civilians":
            victim = d.actor2.text if d.actor2 else ""
            d.actor2 = as_ref(country_actor("civilians", country, victim))
        if d.actor1 is None or d.actor1.actor.kind == "civilians":
            d.actor1 = as_ref(country_actor("unidentified", country, ""))
    elif et == "Battles":
        sides = clash_sides(d)  # "fighting between X and Y": X and Y, in the text's order
        first = d.actor1.actor.name if d.actor1 is not None else None
        sides.sort(key=lambda a: a.actor.name != first)  # (the grammar's initiator, if a side)
        if sides:
            d.actor1, d.actor2, d.actor1_guessed = sides[0], sides[1], False
        if d.actor1 is None and d.actor2 is None:
            # "Fighting resumed late Sunday": the sides the story is about, the state first.
            d.actor1 = main_armed_actor(facts, state=True)
            d.actor2 = main_armed_actor(facts) if d.actor1 is not None else None
        if d.actor1 is None and d.actor2 is not None:
            other = main_armed_actor(facts, exclude=d.actor2.actor.name)
            if other is None and d.actor2.actor.kind == STATE and country:
                # "neuf gendarmes tués dans une embuscade": an attacker nobody names
                other = as_ref(country_actor("unidentified", country, ""))
            elif other is None and d.actor2.actor.kind in GROUP_KINDS and country:
                # "seven khwarij were neutralised": the state's forces, whom the story names or not
                other = main_armed_actor(facts, state=True) or as_ref(country_actor("military", country, ""))
            d.actor1 = other
        if d.actor1 is not None and d.actor2 is None and d.actor1.actor.kind == STATE:
            d.actor2 = main_armed_actor(facts, exclude=d.actor1.actor.name)
        _state_target(d, facts, country)
    elif et in ("Riots", "Protests"):
        _crowd(d, country, "rioters" if et == "Riots" else "protesters")
    elif d.sub_event_type == "Agreement":
        _signatories(d)
    elif d.sub_event_type == "Arrests" and d.actor1 is None and country:
        # "32 personnes ont été interpellées"; "20 suspects were arrested, the army said": its men
        force = "military" if _military_source(d) else "police"
        d.actor1 = as_ref(country_actor(force, country, ""))
    elif d.sub_event_type == "Arrests" and _security_forces(d.actor1, facts.lang) and country:
        d.actor1 = as_ref(country_actor("police", country, d.actor1.text))  # type: ignore[union-attr]
    elif et == "Explosions/Remote violence" and d.sub_event_type == "Air/drone strike":
        from sitrep.stages.remote_strikes import air_force

        air_force(d, facts, country)
    elif d.sub_event_type == "Disrupted weapons use":
        from sitrep.stages.remote_strikes import defender

        defender(d, facts, country)
    elif et == "Explosions/Remote violence" and _guessed_nobody(d):
        # A bomb nobody is said to have planted: no perpetrator (the codebook's null actor),
        # rather than whoever happens to be named nearby.
        d.actor1 = None
    if et == "Explosions/Remote violence":
        from sitrep.stages.remote_strikes import from_abroad

        from_abroad(d, facts, country)
    name_the_rebels(d, facts)
    repelled(d, facts, country)
    _of_the_place(d, country)


def _security_forces(a: ActorRef | None, lang: str) -> bool:
    """ "Security forces arrested two men": forces named only by that phrase, when they arrest,
    are the police (the codebook's arresting force)."""
    if a is None or not a.generic or a.actor.kind != STATE:
        return False
    from sitrep.lang import resource

    words = {w.lower() for w in resource(lang, "actors").get("arresting_forces", [])}
    return a.text.lower() in words


def _military_source(d: Draft) -> bool:
    ends = tuple(common("sources").get("military_sources", []))
    return bool(ends) and any(s.name.lower().endswith(ends) for s in d.sources)


def _signatories(d: Draft) -> None:
    """An agreement's actors are its parties as the grammar names them (states as governments)."""
    from sitrep.stages.parties import agreement_parties

    parties = agreement_parties(d)
    if parties:
        d.actor1, d.actor1_guessed = parties[0], False
        d.actor2 = parties[1] if len(parties) > 1 else None


_OF_THE_PLACE = ("civilians", "unidentified", "protesters", "rioters")


def _of_the_place(d: Draft, country: str | None) -> None:
    """ "three people in Nabatieh", "des insurgés près de Marib" in a story that names Saudi
    Arabia: civilians, unknown gunmen and crowds written without a nationality are of the country
    where the incident happened."""
    from sitrep.stages.actors import pattern_name
    from sitrep.stages.references import of_a_nation

    if not country:
        return
    lang = d.sents[0].sent.doc.lang_
    for role in ("actor1", "actor2"):
        a: ActorRef | None = getattr(d, role)
        if a is None or not a.generic or a.actor.country in (None, country):
            continue
        names = {pattern_name(p, a.actor.country): p for p in _OF_THE_PLACE}
        pattern = names.get(a.actor.name)
        if pattern is None or of_a_nation(a, lang):
            continue  # "des rebelles rwandais" keep their nationality
        actor = country_actor(pattern, country, a.text)
        setattr(d, role, ActorRef(a.start, a.end, a.text, actor, a.head_i, True))


def state_of_means(d: Draft) -> ActorRef | None:
    """The state a nationality adjective gives the incident noun ("an Israeli air strike", "des
    frappes aériennes turques", "US drone strikes") or what struck ("Russian missiles struck", "a
    bomb dropped by a Russian warplane"): its armed forces did it."""
    from sitrep.lang import resource
    from sitrep.stages.role_words import role_words

    doc = d.sents[0].sent.doc
    table: dict[str, str] = resource(doc.lang_, "demonyms", default={})
    several = role_words(doc.lang_).several
    for t in d.triggers:
        head = doc[t.head]
        doers = [n for n in _passive_doers(head) if not _names_actor(d, n)] if head.pos_ == "VERB" else []
        for noun in _means_nouns(head) + doers:
            found = nationality(noun, table, alone=noun.i != t.head)
            if found is None and noun.dep_ in ("nmod", "pobj") and noun.head.lemma_.lower() in several:
                found = nationality(noun.head, table, alone=False)  # "une série de frappes israéliennes"
            if found is not None:
                return forces_at(*found)
    return None


def _state_as_subject(d: Draft, anchor_only: bool = False) -> ActorRef | None:
    """A country as the doer ("Russia launched a drone attack", "Israël a frappé ... tuant"):
    its armed forces. Only as the subject of the incident verb, of a verb that carries out a
    nominal incident ("launched an attack"), or of the verb a subjectless participle hangs on."""
    from sitrep.stages.role_words import role_words

    doc = d.sents[0].sent.doc
    light = role_words(doc.lang_).light_verbs
    for t in [d.anchor] if anchor_only else d.triggers:
        verb, heads = doc[t.head], [doc[t.head]]
        own_subject = any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in verb.children)
        carried = verb.dep_ in ("obj", "dobj") and verb.head.lemma_.lower() in light
        hangs = verb.dep_ in ("advcl", "conj", "xcomp") and not own_subject and verb.head.pos_ == "VERB"
        if carried or hangs:
            heads.append(verb.head)
        for ch in (c for h in heads for c in h.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            code = _country_at(d, ch)
            if code is not None:
                return forces_at(code, ch)
    return None


def _state_accused(d: Draft) -> ActorRef | None:
    """A country accused of the incident ("accused Pakistan of carrying out air strikes",
    "blamed Israel for the strike", "accuse Israël d'avoir mené la frappe"): its armed forces,
    unless the article has it denying."""
    doc = d.sents[0].sent.doc
    accuse, deny = allegation_verbs(doc.lang_)
    for t in d.triggers:
        verb = next((a for a in list(doc[t.head].ancestors)[:4] if a.lemma_.lower() in accuse), None)
        if verb is None:
            continue
        for ch in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"):
            code = _country_at(d, ch)
            if code is not None:
                ref = forces_at(code, ch)
                if not {ref.actor.name, ch.text.lower()} & _deniers(doc, deny):
                    return ref
    return None


def _group_blamed(d: Draft) -> ActorRef | None:
    """A named armed group the incident's sources blame ("..., officials said, blaming the OLA",
    "selon la police, qui attribue l'enlèvement à Fano"), unless the article has it denying."""
    doc = d.sents[0].sent.doc
    accuse, deny = allegation_verbs(doc.lang_)
    for sf in d.sents:
        for a in sf.actors:
            if a.generic or a.head_i < 0 or a.actor.kind not in ARMED_KINDS - {STATE, "unidentified"}:
                continue
            tok = doc[a.head_i]
            verb = next((v for v in list(tok.ancestors)[:3] if v.lemma_.lower() in accuse), None)
            if verb is None or tok.dep_.startswith("nsubj") or _agent(tok):
                continue  # not the accuser
            if not denies(tok, a, deny):
                return a
    return None


def denies(tok: Token, a: ActorRef, deny: frozenset[str]) -> bool:
    """Whether the accused denies it: in a relative clause ("blamed Fano, which denied any
    involvement") or anywhere in the article."""
    if any(c.dep_ in RELATIVE_CLAUSE and c.lemma_.lower() in deny for c in tok.children):
        return True
    return bool({a.actor.name, a.text.lower()} & _deniers(tok.doc, deny))


def forces_at(code: str, tok: Token) -> ActorRef:
    """The armed forces of a country, as named by one token ("Russia", "Russian", "Israël")."""
    actor = country_actor("military", code, tok.text)
    return ActorRef(tok.idx, tok.idx + len(tok.text), tok.text, actor, tok.i)


def _country_at(d: Draft, tok: Token) -> str | None:
    for sf in d.sents:
        for p in sf.places:
            feature = (p.place.feature or "") if p.place is not None else ""
            if feature.startswith("A.PCL") and p.start <= tok.idx < p.end and p.place is not None:
                return p.place.country
    return None


def nationality(noun: Token, table: dict[str, str], alone: bool) -> tuple[str, Token] | None:
    """The country of a nationality adjective on ``noun`` ("US drone strikes": it may sit on a
    compound); ``alone``: the noun may be the adjective itself, parsed as the subject
    ("Ukrainian shelling ... had wounded")."""
    words = [w for c in noun.children for w in (c, *(c.children if c.dep_ == "compound" else ()))]
    if alone and noun.pos_ in ("ADJ", "PROPN") and "Plur" not in noun.morph.get("Number", []):
        words.insert(0, noun)
    for ch in words:
        code = table.get(ch.text) or table.get(ch.lower_)
        if code and (ch.i == noun.i or ch.dep_ in ("amod", "compound", "nmod", "npadvmod")):
            return code, ch
    return None


def _passive_doers(verb: Token) -> list[Token]:
    """What a passive names as the doer ("killed by Israeli fire", "tués ... par des tirs
    russes", which the parser may leave an oblique with "par")."""
    from sitrep.stages.role_words import role_words

    by = role_words(verb.doc.lang_).by
    out = []
    for a in verb.children:
        if a.dep_ in ("agent", "obl:agent") or (
            a.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ in by for c in a.children)
        ):
            out += [a] if a.pos_ == "NOUN" else [g for g in a.children if g.pos_ == "NOUN"]  # ("by" -> pobj)
    return out


def _names_actor(d: Draft, noun: Token) -> bool:
    """Whether an actor is named inside the phrase ("les soldats des Forces démocratiques
    syriennes"): the phrase is that actor, not a state's weapon."""
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return any(lo <= a.start and a.end <= hi for sf in d.sents for a in sf.actors)


def _means_nouns(tok: Token) -> list[Token]:
    """The incident noun, or what struck: the active subject of the incident verb ("Russian
    missiles struck"), and who dropped or fired it ("a bomb dropped by a Russian warplane")."""
    from sitrep.stages.trigger_filters import light_verb, role_words

    if tok.pos_ in ("NOUN", "PROPN"):
        nouns = [tok]
        verb, words = tok.head, role_words(tok.doc.lang_)
        if tok.dep_ in ("obj", "dobj") and light_verb(verb, words):
            means = words.means_nouns  # "Iraqi F-16 jets carried out strikes"
            nouns += [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in means]
    elif tok.pos_ == "VERB":
        nouns = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if any(c.dep_ == "amod" for c in tok.children):
            nouns.insert(0, tok)  # "Indian shelling hit villages": a gerund the parser made a verb
    else:
        return []
    agents: list[Token] = []
    for n in nouns:
        # "a bomb dropped by a warplane": the participle, or the verb when the parser made the
        # noun its subject
        verbs = [c for c in n.children if c.dep_ == "acl"] + ([n.head] if n.dep_ == "nsubj" else [])
        for a in (a for v in verbs for a in v.children if a.dep_ in ("agent", "obl:agent")):
            agents += [g for g in (a, *a.children) if g.pos_ in ("NOUN", "PROPN")]
    return nouns + agents


def _guessed_nobody(d: Draft) -> bool:
    a = d.actor1
    return a is not None and d.actor1_guessed and (a.generic or a.actor.kind in ("unidentified", "civilians"))


def _crowd(d: Draft, country: str | None, pattern: str) -> None:
    """Protests and riots are coded with the crowd as actor1 and whoever faced it as actor2."""
    crowd_kinds = ("protesters", "rioters", "civilians")
    if d.actor1 is not None and d.actor1.actor.kind not in crowd_kinds:
        if d.actor2 is None or d.actor2.actor.kind in crowd_kinds:
            d.actor2 = d.actor1  # the police who dispersed them
        d.actor1 = None
    if d.actor2 is not None and d.actor2.actor.kind in crowd_kinds:
        d.actor2 = None
    if d.actor1 is None or d.actor1.actor.kind != pattern:
        text = d.actor1.text if d.actor1 else ""
        d.actor1 = as_ref(country_actor(pattern, country, text))


def _background(a: ActorRef, d: Draft) -> bool:
    """An actor only in a relative clause that holds none of the incident's words ("une
    attaque contre Beni, où l'armée a installé son état-major"): a description, no party."""
    head = d.sents[0].sent.doc[a.head_i]
    if _in_war_phrase(head, {t.head for t in d.triggers}):
        return True
    rel = next((t for t in [head, *head.ancestors] if t.dep_ in RELATIVE_CLAUSE), None)
    if rel is None:
        return False
    inside = {t.i for t in rel.subtree}
    return not any(t.head in inside for t in d.triggers)


def _in_war_phrase(tok: Token, triggers: set[int]) -> bool:
    """ "in the three-year conflict between federal forces and Fano militiamen": named only as
    a side of the whole war, up to the first verb."""
    from sitrep.lang import resource

    nouns = frozenset(resource(tok.doc.lang_, "roles").get("war_nouns", []))
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX") or t.i in triggers:
            return False
        if t.lemma_.lower() in nouns:
            return True
    return False


def _affiliated(tok: Token, arrests: list[Token]) -> bool:
    """A group named with the people tied to it ("présumés collaborateurs des ADF", "suspected
    al-Shabaab facilitators", "members of the JNIM"), or inside what the arrest took ("arrested
    four men suspected of supplying the militants"): whom an arrest took, not who took them."""
    from sitrep.stages.role_words import role_words

    words = role_words(tok.doc.lang_)
    taken = [c for v in arrests for c in v.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    if any(tok in c.subtree for c in taken):
        return True
    accuse = allegation_verbs(tok.doc.lang_)[0]
    if any(a.dep_ in ("acl", "amod") and a.lemma_.lower() in accuse for a in tok.ancestors):
        return True  # (the suspicion hung on another noun than the arrested)

    nouns = words.affiliate_nouns
    near = [tok.head, *tok.head.children] if tok.dep_ in ("nmod", "compound", "pobj", "amod") else []
    if tok.dep_ == "pobj":
        near += [tok.head.head]
    return any(t.lower_ in nouns and t.i != tok.i for t in near)


def fill_from_sentences(d: Draft) -> None:
    """Roles the grammar left empty, from the actors named in the incident's sentences; what an
    incident was aimed at is no doer."""
    from sitrep.stages.role_words import role_words

    ments = incident_mentions(d)
    taken = {a.actor.name for a in (d.actor1, d.actor2) if a}
    armed = [
        a
        for a in ments
        if a.actor.kind in ARMED_KINDS and a.actor.name not in taken and not _background(a, d)
    ]
    civil = [a for a in ments if a.actor.kind == "civilians"]
    doc = d.sents[0].sent.doc
    armed = [a for a in armed if not finder(doc[a.head_i])]  # ("police found the bodies")
    heads = {t.head for t in d.triggers if t.concept in _AIMED}  # (a clash's sides are no targets)
    against = role_words(doc.lang_).against
    aimed = [a for a in armed if told_as_target(doc[a.head_i], heads, against)]
    if d.concept in _REMOTE:  # a bomb's or a strike's victims are no doers (in a clash, both sides suffer)
        aimed += [a for a in armed if a not in aimed and suffered(doc[a.head_i])]
    arrests = [doc[t.head] for t in d.triggers if t.concept == "arrest"]
    if arrests:  # "l'arrestation de deux collaborateurs des ADF"
        aimed += [a for a in armed if a not in aimed and _affiliated(doc[a.head_i], arrests)]
    if d.actor1 is None and len(aimed) < len(armed):
        free = [a for a in armed if a not in aimed]
        known = [a for a in free if a.actor.kind != "unidentified"]
        doers = sorted(known or free, key=lambda a: told_as_victims(doc[a.head_i]))
        d.actor1, d.actor1_guessed = doers[0], True
        taken.add(d.actor1.actor.name)
    if d.actor2 is None:
        rest = [a for a in armed if a.actor.name not in taken]
        if civil and any(c.side == "civilian" for c in d.casualties):
            d.actor2 = civil[0]
        elif rest:
            d.actor2 = rest[0]
        elif civil:
            d.actor2 = civil[0]
    if d.actor1 is not None and d.actor1.actor.kind == "civilians" and d.actor2 is not None:
        d.actor1, d.actor2 = d.actor2, d.actor1


def _alleged(doc: Doc, a: ActorRef, verbs: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Named in a sentence that accuses or denies, as a claim about the actor rather than a
    report of what it did. The accused of an uncontested accusation ("accused Pakistan of
    carrying out air strikes", "une attaque attribuée aux ADF") is the perpetrator as the text
    has it; not the accuser, nor anyone the sentence or the article has denying."""
    if a.head_i < 0:
        return False
    accuse, deny = verbs
    tok = doc[a.head_i]
    if not in_allegation(doc, a, verbs):
        return False
    if any(t.lemma_.lower() in deny for t in tok.sent if t.pos_ in ("VERB", "AUX")):
        return True
    if tok.head.lemma_.lower() in accuse and (tok.dep_.startswith("nsubj") or _agent(tok)):
        return True  # the accuser ("attribué par l'armée à l'Iswap")
    deniers = _deniers(doc, deny)
    return a.actor.name in deniers or a.text.lower() in deniers


def in_allegation(doc: Doc, a: ActorRef, verbs: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Named in a sentence that accuses or denies, on either side of it."""
    if a.head_i < 0:
        return False
    return bool(verb_lemmas(doc[a.head_i].sent) & (verbs[0] | verbs[1]))


def _agent(tok: Token) -> bool:
    """The agent of a passive: "par l'armée", "by the army" (UD obl:agent, or spaCy's "agent")."""
    if tok.dep_ in ("obl:agent", "agent"):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _deniers(doc: Doc, deny: frozenset[str]) -> set[str]:
    """Actors the article has denying something ("la coalition a nié en être à l'origine"), by
    canonical name, else as written ("Israel denied")."""
    from sitrep.stages.actors import normalize_actor

    cached: set[str] | None = doc.user_data.get("sitrep.deniers")
    if cached is not None:
        return cached
    out: set[str] = set()
    for t in doc:
        if t.lemma_.lower() in deny and t.pos_ in ("VERB", "AUX"):
            for subj in (c for c in t.children if c.dep_.startswith("nsubj")):
                phrase = doc[subj.left_edge.i : subj.right_edge.i + 1].text
                actor = normalize_actor(phrase, doc.lang_, None)
                out.add(phrase.lower())
                if actor is not None:
                    out.add(actor.name)
    doc.user_data["sitrep.deniers"] = out
    return out


def blamed_for_last(sf: SentFacts, drafts: list[Draft], trigs: list[Trigger]) -> None:
    """ "Residents blamed the ENDF for the strike", "Police blamed al Shabaab.", "la police
    l'attribue aux shebab": a sentence that tells no incident of its own names the perpetrator of
    the incident just told, if it has none (or only nameless "assaillants") and the accused deny
    nothing."""
    last = next((d for d in reversed(drafts) if d.modality == ASSERTED), None)
    if last is None or (last.actor1 is not None and not _guessed_nobody(last) and not _nameless(last.actor1)):
        return  # ("les assaillants" leave the perpetrator to be named)
    if not trigs and last.sents[-1].index < sf.index - 2:
        return  # blame with no incident named is for the one just told
    doc = sf.sent.doc
    accuse, deny = allegation_verbs(doc.lang_)
    for verb in (t for t in sf.sent if t.pos_ == "VERB" and t.lemma_.lower() in accuse):
        if trigs and not any(verb.is_ancestor(doc[t.head]) for t in trigs):
            continue  # blamed for something that is no incident
        if not trigs and any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl") for c in verb.children):
            continue  # "accuse les talibans d'abriter des combattants": blamed for something else
        for arg in _accused(verb, bool(trigs)):
            a = sf.actor_at(arg.i)
            if a is not None and a.actor.kind in ARMED_KINDS and not denies(arg, a, deny):
                last.actor1, last.actor1_guessed = a, False
                return


def _nameless(a: ActorRef) -> bool:
    return a.generic and a.actor.kind == "unidentified"


def _accused(verb: Token, object_only: bool) -> list[Token]:
    """Who a verb of blame accuses: its object, or ("l'attribue aux shebab", "blamed it on
    the rebels") the noun of its oblique when the incident itself is only a pronoun."""
    out = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    if object_only:
        return out
    out += [c for c in verb.children if c.dep_ in ("obl", "obl:arg", "iobj")]
    return out + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _state_target(d: Draft, facts: DocFacts, country: str | None) -> None:
    """ "Fano fighters attacked an army camp", "stormed a police checkpost": a group's attack on
    a post the text gives to the army or the police is a fight with that force; with no one
    named, an unidentified group's."""
    from sitrep.stages.triggers import lexicon
    from sitrep.stages.typing_rules import target_words

    a1, a2 = d.actor1, d.actor2
    if (a1 is not None and a1.actor.kind == STATE) or not country:
        return
    if a2 is not None and not (a2.generic and a2.actor.kind == "unidentified"):
        return
    lex = lexicon(facts.lang)
    targets = target_words(d, facts)
    force = "police" if targets & lex.police_targets else "military" if targets & lex.army_targets else None
    if force is not None:  # ("le poste de Sebba a été la cible d'une attaque": by someone unknown)
        d.actor1 = a1 or as_ref(country_actor("unidentified", country, ""))
        d.actor2 = as_ref(country_actor(force, country, ""))
