"""Trigger filters: when a trigger word reports no incident of its own (a weapon seized, a
participle in passing, a summary of several attacks, a habit, a word of a group's name). The
role words they read are :mod:`sitrep.stages.role_words`."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.fold import fold
from sitrep.lang import resource
from sitrep.nlp import text_of
from sitrep.stages import modality as mod
from sitrep.stages.casualty_words import casualty_words
from sitrep.stages.facts import RELATIVE_CLAUSE, SentFacts
from sitrep.stages.role_words import RoleWords, role_words
from sitrep.stages.triggers import Trigger, TriggerLexicon, left_subject
from sitrep.stages.typing_rules import WEAPON_CONCEPTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TERRITORY = frozenset({"capture", "gov_regain", "withdraw"})


def past_the_reminder(trigs: list[Trigger], doc: Doc, words: RoleWords) -> list[Trigger]:
    """ "Ces frappes interviennent alors que ... des ADF présumés ont tué six civils": an
    incident noun with a demonstrative points back to the incident told; a verb with a subject of
    its own in the same sentence tells the news."""
    back = [t for t in trigs if _demonstrative(doc[t.head], words)]
    backs = {t.head for t in back}
    fresh = [t for t in trigs if t not in back and _own_subject(doc[t.head], backs)]
    return [t for t in trigs if t not in back] if back and fresh else trigs


def _own_subject(verb: Token, backs: set[int]) -> bool:
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i not in backs
        for c in verb.children
    )


def _demonstrative(tok: Token, words: RoleWords) -> bool:
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return tok.pos_ == "NOUN" and bool(dets) and dets[0] in words.demonstrative


def spread(triggers: list[Token], sent: Span, words: RoleWords) -> bool:
    """ "Israeli strikes and gunfire killed 43 Palestinians across the Gaza Strip", "security
    forces killed 13 protesters across the country": incidents in the plural, or an incident verb,
    spread over an area, the sum of several."""
    plural = {t.i for t in triggers if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number", [])}
    verbs = {t.i for t in triggers if t.pos_ == "VERB"}
    if not plural and not verbs:
        return False
    low = text_of(sent).lower()
    if not any(w in low for w in words.spread_words):
        return False
    doc = sent.doc
    for tok in sent:
        if not any(_opens(doc, tok.i, w) for w in words.spread_words):
            continue
        gov = tok.head  # the phrase's noun ("dans toute la bande"), then what it hangs on
        for _ in range(3):
            if gov.i in plural or gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                break
            gov = gov.head
        subjects = {c.i for c in gov.children if c.dep_.startswith("nsubj")}
        if gov.dep_ in ("acl", "relcl"):
            subjects.add(gov.head.i)  # "Israeli strikes killed ...", parsed as "strikes (that) killed"
        if gov.i in plural or subjects & plural or gov.i in verbs:
            return True
    return False


def _opens(doc: Doc, i: int, phrase: str) -> bool:
    parts = phrase.split()
    return [x.lower_ for x in doc[i : i + len(parts)]] == parts


def summary(sent: Span, words: RoleWords) -> bool:
    """ "Overall, Russia launched 112 drones ...", "Au total, ...": a sum of what was told, no
    incident of its own."""
    low = text_of(sent).lstrip().lower()
    return any(low.startswith(w) and low[len(w) : len(w) + 1] in (",", " ") for w in words.summary_openers)


def rule_violated(t: Trigger, doc: Doc, lex: TriggerLexicon) -> bool:
    """"l'accord de cessez-le-feu, régulièrement violé par Israël", "violated the truce": a rule
    broken, not a sexual assault (checked on the nearby words too: the parser often misreads it)."""
    if t.concept != "sexual":
        return False
    tok = doc[t.head]
    near = [tok.head, *tok.children, *doc[max(0, tok.i - 8) : tok.i]]
    return any(w.lemma_.lower() in lex.rule_objects or w.lower_ in lex.rule_objects for w in near)


def sentence_carried_out(t: Trigger, sf: SentFacts, lex: TriggerLexicon) -> bool:
    """ "Two prisoners convicted of drug trafficking were executed": a state court's sentence,
    not an act of political violence (an armed group's "court" is no state's: its executions are
    attacks)."""
    tok = sf.sent.doc[t.head]
    if t.concept != "kill" or tok.lemma_.lower() not in lex.judicial_verbs:
        return False
    if any(a.actor.kind in _GUNMEN | {"identity_militia"} for a in sf.actors):
        return False
    words = {w.lemma_.lower() for w in tok.sent} | {w.lower_ for w in tok.sent}
    low = tok.sent.text.lower()
    return any(c in words or (" " in c and c in low) for c in lex.judicial_cues)


_REASON_DEPS = frozenset({"prep", "pobj", "obl", "obl:arg", "obl:mod", "nmod", "acl", "amod", "compound"})


def arrest_reason(t: Trigger, doc: Doc, lex: TriggerLexicon) -> bool:
    """ "arrested 22 people involved in the riots", "ont interpellé des jeunes impliqués dans les
    émeutes": an incident noun inside the description of those arrested is why they were taken,
    an incident told elsewhere, not this sentence's."""
    tok = doc[t.head]
    if t.concept == "arrest" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(5):
        if tok.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and tok is not doc[t.head]:
            return lex.lemmas.get(tok.head.lemma_.lower()) == "arrest"
        if tok.dep_ not in _REASON_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def under(tok: Token, heads: set[int]) -> bool:
    """Whether ``tok`` or one of its nearest heads is one of ``heads``."""
    return bool(heads) and any(t.i in heads for t in [tok, *list(tok.ancestors)[:4]])


def no_territory_left(t: Trigger, doc: Doc, words: RoleWords) -> bool:
    """A withdrawal verb that leaves no place: people moved ("les blessés ont été évacués vers
    Bouna", "civilians were evacuated") or fighters falling back towards somewhere ("se sont
    repliés vers la frontière": part of the fight told, not territory changing hands)."""
    tok = doc[t.head]
    if t.concept != "withdraw" or tok.pos_ != "VERB":
        return False
    moved = [c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    if any(c.lemma_.lower() in words.unarmed or c.lower_ in words.unarmed for c in moved):
        return True
    preps = {
        g.lower_
        for c in tok.children
        for g in ([c] if c.dep_ in ("prep", "prt") else [x for x in c.children if x.dep_ == "case"])
    }
    return not moved and bool(preps & words.toward_preps) and not preps & words.left_preps


def embedded(tok: Token) -> bool:
    """Inside a relative clause ("the commander who carried out a shelling"): background to
    the main clause's news."""
    return any(t.dep_ in RELATIVE_CLAUSE or _relative_subject(t) for t in (tok, *tok.ancestors))


def _relative_subject(verb: Token) -> bool:
    """A clause whose subject is a relative pronoun is relative, whatever label the parser gave
    it ("le groupe Emergency Lawyers, qui documente les exactions", parsed as an adverbial)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and "Rel" in c.morph.get("PronType", [])
        for c in verb.children
    )


def at_the_scene(tok: Token, words: RoleWords) -> bool:
    """ "gather at the site of a bomb attack", "sur les lieux de l'attaque": the incident is
    told elsewhere; this sentence is about its aftermath (a caption, a visit)."""
    head = tok.head
    if tok.pos_ != "NOUN" or head.i == tok.i:
        return False
    if head.pos_ == "ADP":  # "at the scene of" parsed with the preposition as head
        head = head.head
    if head.lemma_.lower() in words.scene_nouns or head.lower_ in words.scene_nouns:
        return True
    # "des renforts ont été dépêchés sur les lieux", "reinforcements were rushed to the scene"
    sent_to = [g for c in head.children if c.dep_ in ("obl", "obl:mod", "prep") for g in (c, *c.children)]
    return tok.dep_.startswith("nsubj") and any(
        g.lemma_.lower() in words.scene_nouns and any(c.dep_ == "det" for c in g.children) for g in sent_to
    )  # (not "ont eu lieu", took place)


def modifier(t: Trigger, doc: Doc, trigger_tokens: set[int]) -> bool:
    """An incident noun modifying another noun ("protest organisers", "bomb disposal experts",
    "attack helicopters") names a kind of thing, not an incident; "car bomb attack" keeps its
    head, itself a trigger."""
    tok = doc[t.head]
    # "bomb-making materials", "strike-hit towns": a noun hyphened to the word after it
    nxt = doc[tok.i + 1] if tok.i + 2 < len(doc) else None
    hyphened = tok.pos_ == "NOUN" and nxt is not None and nxt.text == "-" and t.end == tok.i + 1
    named = (tok.dep_ == "compound" and tok.head.i != tok.i) or (hyphened and tok.head.i > tok.i)
    return named and tok.head.i not in trigger_tokens


_ARMS_OF = frozenset({"acl", "prep", "pobj", "obl", "obl:mod", "nmod", "dobj", "obj", "xcomp"})


def arms_of_a_fight(t: Trigger, doc: Doc, fights: set[int]) -> bool:
    """ "fighting involving tanks, rocket artillery and drones", "des combats à l'arme lourde":
    weapons that say how a battle was fought, not a strike of their own."""
    if t.concept not in WEAPON_CONCEPTS or doc[t.head].pos_ not in ("NOUN", "PROPN"):
        return False
    tok = doc[t.head]
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:
        tok = tok.head  # ("tanks, rocket artillery and drones")
    for _ in range(3):
        if tok.dep_ not in _ARMS_OF or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in fights:
            return True
    return False


def in_passing(tok: Token) -> bool:
    """A participle describing a noun ("les corps des manifestants tués", "a coalition
    attacking Raqqa") refers to something told elsewhere; alone it is no incident."""
    forms = tok.morph.get("VerbForm", [])
    if tok.head.dep_ in ("ROOT", "root") or not any("Fin" in t.morph.get("VerbForm", []) for t in tok.sent):
        return False  # a headline's verbless predicate: "RCA : la ville attaquée par les rebelles"
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children) or misread_finite(tok):
        return False  # with a subject of its own it is a clause: "a town that fighters seized"
    return tok.pos_ in ("VERB", "ADJ") and tok.dep_ in ("acl", "amod") and bool({"Part", "Ger"} & set(forms))


def several(tok: Token, words: RoleWords, concept: str) -> bool:
    """'staged two attacks', 'plusieurs attaques distinctes': a summary of incidents that the
    text then tells one by one, not an incident of its own."""
    if tok.pos_ in ("VERB", "AUX"):  # "après avoir repris plusieurs quartiers"
        if concept not in TERRITORY:
            return False
        objs = [c for c in tok.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]
        return any(several(o, words, "") for o in objs)
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    # "une série d'attaques", "a dozen bombings" (not "des dizaines de roquettes": one barrage's
    # munitions); "hundreds of kidnappings"
    # nor "deux kamikazes", "three drones": the means of one incident, however many
    if tok.lemma_.lower() in words.means_nouns:
        return False
    if _quantifiers(tok, words):
        return True
    # (the parser may hang the quantifier on a compound: "repeated drone strikes")
    for ch in [g for c in tok.children for g in (c, *(c.children if c.dep_ == "compound" else ()))]:
        if ch.dep_ == "nummod" and ch.like_num and ch.lower_ not in ("1", "un", "une", "one"):
            return True
        if ch.lower_ in words.several:
            return True
    return False


def summed_over(tok: Token, words: RoleWords, trigger_tokens: set[int]) -> bool:
    """ "Huit policiers ont été tués dans deux attaques", "killed in three separate attacks": a
    toll summed over incidents told one by one, not an incident of its own."""
    if tok.pos_ != "VERB":
        return False
    nouns = [c for c in tok.children if c.dep_ in ("obl", "obl:mod", "nmod")]
    nouns += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(n.i in trigger_tokens and several(n, words, "") and not series(n, words) for n in nouns)


def series(tok: Token, words: RoleWords) -> bool:
    """ "une série de frappes aériennes", "a wave of strikes": with its toll, one incident told
    as several blows."""
    return tok.pos_ == "NOUN" and any(o.pos_ == "NOUN" for o in _quantifiers(tok, words))


def _quantifiers(tok: Token, words: RoleWords) -> list[Token]:
    """The quantifying words ``tok`` (or the list it is in) is the complement of: "une série
    d'attaques et d'enlèvements", "hundreds of kidnappings"."""
    return [o for o in _of(_first(tok)) if o.lemma_.lower() in words.several or o.lower_ in words.several]


def _first(tok: Token) -> Token:
    """The first noun of the list ``tok`` is in ("attacks, kidnappings and lootings")."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _of(tok: Token) -> list[Token]:
    """What a noun is the complement of: "série" in "série de frappes" (also through "of")."""
    out = [tok.head] if tok.dep_ in ("nmod", "pobj") else []
    return out + ([tok.head.head] if tok.dep_ == "pobj" else [])


def listed_kinds(tok: Token) -> bool:
    """"Attaques jihadistes, engins explosifs et frappes aériennes : le pays a connu une semaine
    meurtrière": bare plural incident nouns listed before a colon, with no verb, head a summary."""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    if any(c.dep_ in ("det", "nummod") for c in tok.children):
        return False
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i < tok.i:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : colon.i])


def met_by_force(t: Trigger, sf: SentFacts, lex: TriggerLexicon) -> bool:
    """A crowd the sentence shows met by force ("police fired tear gas to prevent thousands of
    protesters from reaching the palace"): the protest took place, however the noun is placed."""
    if t.concept != "protest":
        return False
    cues = lex.cues.get("intervention", frozenset())
    text = " ".join(text_of(sf.sent).lower().split())
    words = {w for tok in sf.sent for w in (tok.lower_, tok.lemma_.lower())}
    return bool(words & cues) or any(" " in c and c in text for c in cues)


def predicate(tok: Token, words: RoleWords) -> bool:
    """A weak trigger still reports an event when it is the clause's own predicate
    ("Police arrested 40 people", "Protesters marched", "continue to detain") rather than a
    mention in passing."""
    if tok.pos_ == "VERB":
        forms = tok.morph.get("VerbForm", [])
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.aspectual:
            return predicate(tok.head, words) or tok.head.pos_ == "VERB"
        has_subject = any(c.dep_.startswith(("nsubj", "csubj")) for c in tok.children)
        if tok.dep_ == "acl" and has_subject:
            return True  # a relative clause the parser hung as "acl": "a town that fighters seized"
        if misread_finite(tok):
            return True  # "Regime forces arrested 27 men" read as a noun and its participle
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.speech_verbs:
            return True  # "a indiqué l'avoir intercepté": what the speaker says it did
        if "Inf" in forms or "Ger" in forms or tok.dep_ in ("xcomp", "amod", "acl"):
            return False
        return has_subject or tok.dep_ in ("ROOT", "root")
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_.startswith("nsubj"):  # (also a reported clause)
        said = tok.head.dep_ in ("ccomp", "parataxis") and tok.head.head.lemma_.lower() in words.speech_verbs
        return tok.head.pos_ == "VERB" and (tok.head.dep_ in ("ROOT", "root") or said)
    if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj") and tok.head.lemma_.lower() in words.claim_verbs:
        # "l'armée russe a revendiqué la prise de Kourakhove": what a side claims it did
        return tok.head.pos_ == "VERB" and predicate(tok.head, words) and not _recalled(tok.head, words)
    if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj") and light_verb(tok.head, words):
        # "jets carried out strikes", not "had launched a raid" (a pluperfect recalls)
        return tok.head.pos_ == "VERB" and predicate(tok.head, words) and not _recalled(tok.head, words)
    if tok.pos_ == "NOUN" and _joined(tok, words):
        return predicate(tok.head.head if tok.dep_ == "pobj" else tok.head, words)
    return False


def light_verb(verb: Token, words: RoleWords) -> bool:
    """A verb that carries out a nominal incident, by its lemma or, where the lemmatizer failed
    ("staged" -> "stag"), by its past form."""
    if verb.lemma_.lower() in words.light_verbs:
        return True
    low = verb.lower_
    return low.endswith("ed") and (low[:-1] in words.light_verbs or low[:-2] in words.light_verbs)


def _joined(tok: Token, words: RoleWords) -> bool:
    """ "ont pris part à une marche", "took part in a march", "participated in a sit-in"."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_.startswith("obl") else None
    if verb is None or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    share = any(c.lemma_.lower() in words.join_nouns for c in verb.children)  # ("part": obj, or advmod)
    return lemma in words.join_verbs or (lemma in words.light_verbs | words.share_verbs and share)


def misread_finite(tok: Token) -> bool:
    """ "Regime forces arrested 27 men", parsed as a noun and its participle: a past participle
    right after its noun with a direct object and no auxiliary is the finite verb (no reduced
    passive, "men arrested", has an object). So is one the parse hangs on a noun when the
    sentence's root is the "-ing" form after it ("dozens of relatives protested outside the
    prison, saying..."): the root took the subject, and the sentence has no main verb left."""
    if (
        tok.dep_ != "acl"
        or "Part" not in tok.morph.get("VerbForm", [])
        or "Past" not in tok.morph.get("Tense", [])
        or any(c.dep_.startswith("aux") for c in tok.children)
    ):
        return False
    if tok.head.i == tok.i - 1 and any(c.dep_ in ("obj", "dobj") for c in tok.children):
        return True
    root = tok.sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i]
    return (
        root.i > tok.i
        and "Prog" in root.morph.get("Aspect", [])
        and "Fin" not in root.morph.get("VerbForm", [])
        and any(tok in s.subtree for s in subjects)
    )


def _recalled(verb: Token, words: RoleWords) -> bool:
    """A pluperfect that recalls, not the one reported speech shifts back to ("the Guards said
    they had fired missiles", "a indiqué qu'ils avaient tiré"): that is the news."""
    said = verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in words.speech_verbs
    return _pluperfect(verb) and not said


def _pluperfect(verb: Token) -> bool:
    """ "had launched", "avait mené": an auxiliary in a past or imperfect tense."""
    return any(
        c.dep_.startswith("aux") and ("Past" in c.morph.get("Tense", []) or "Imp" in c.morph.get("Tense", []))
        and "pass" not in c.dep_
        for c in verb.children
    )


def in_group_name(t: Trigger, sf: SentFacts) -> bool:
    """'le Front de libération du Sahel', 'the Liberation Army': a word of a group's name (not
    the noun a mention ends on, "an RSF drone", "Hamas fighters", unless the name has it)."""
    tok = sf.sent.doc[t.start]
    return any(
        a.start <= tok.idx < a.end
        and not a.generic
        and a.actor.kind not in ("state_forces", "external_force")
        and (tok.idx + len(tok.text) < a.end or fold(tok.text) in fold(a.actor.name))
        for a in sf.actors
    )


def disarmed(t: Trigger, doc: Doc, lex: TriggerLexicon) -> bool:
    """'détruisant deux voitures piégées', 'seized explosives': a weapon not used."""
    if t.concept not in WEAPON_CONCEPTS:
        return False
    tok = doc[t.head]
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "seized two rifles and a grenade"
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is not None and before.pos_ == "VERB" and before.lemma_.lower() in lex.disarm_verbs:
        return True  # "defused a car bomb parked near the prison", the noun misparsed as a subject
    after = doc[tok.i + 1 : min(tok.i + 9, tok.sent.end)]
    if any(v.lemma_.lower() in lex.disarm_verbs and left_subject(v) == [tok] for v in after):
        return True  # "one rocket fired from Lebanon was intercepted", the rocket hung elsewhere
    verb = tok.head  # "seized explosives"; "un attentat ... avait été déjoué", "foiled a bomb plot"
    passive = tok.dep_ == "nsubj" and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
    if tok.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass", "conj") and not passive:
        return False
    return verb.lemma_.lower() in lex.disarm_verbs or (
        verb.pos_ == "VERB" and "disrupted" in (lex.lemmas.get(verb.lemma_.lower()), lex.collocation(verb))
    )


def taken(t: Trigger, doc: Doc, lang: str) -> str | None:
    """What a capture verb took when it is no territory: "people" ('captured one alive', 'a
    journalist was seized from his home': an arrest or abduction) or "other" ('seized power')."""
    if t.concept not in ("capture", "gov_regain"):
        return None
    tok = doc[t.head]
    if tok.pos_ != "VERB":
        return None
    from sitrep.stages.casualty_words import casualty_words

    data = resource(lang, "triggers")
    extra = frozenset(w.lower() for w in data.get("taken_not_territory", []))
    people = casualty_words(lang).person_nouns | {w.lower() for w in data.get("person_objects", [])}
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj", "nsubjpass", "nsubj:pass")]
    if not objs and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        objs = [tok.head]  # "deux otages libérés", "the freed hostages": the noun it qualifies
    if tok.dep_ in ("acl", *RELATIVE_CLAUSE) and tok.head.pos_ in ("NOUN", "PROPN"):
        objs = [tok.head if o.pos_ == "PRON" else o for o in objs]  # "a town that fighters seized"
    if not objs and any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children):
        objs = _passive_subject(tok)  # "... et quatre otages ont été libérés", parsed subjectless
    if not objs:
        return None
    relatives = role_words(lang).person_relatives
    if all(o.pos_ in ("PRON", "NUM") or o.lemma_.lower() in people or _person(o, relatives) for o in objs):
        return "people"
    return "other" if all(o.lemma_.lower() in extra for o in objs) else None


def _passive_subject(verb: Token) -> list[Token]:
    """The noun closest before a passive verb the parser left without a subject, not inside a
    prepositional phrase."""
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in tok.children):
            return [tok]
    return []


def place_taken(t: Trigger, sf: SentFacts, lemmas: dict[str, str]) -> Trigger:
    """ "it seized Goma": a capture verb read as seizing a person because NER filed the town as
    one takes territory when the place stage found a place there."""
    tok = sf.sent.doc[t.head]
    if t.concept != "arrest" or lemmas.get(tok.lemma_.lower()) != "capture":
        return t
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj")]
    if objs and all(any(p.start <= o.idx < p.end for p in sf.places) for o in objs):
        return replace(t, concept="capture")
    return t


def _person(tok: Token, relatives: frozenset[str]) -> bool:
    """A noun a person-only relative pronoun follows ("an influencer who"). (Not NER's
    person names: it files many towns as persons, "recaptured Palmyra".)"""
    clauses = [c for c in tok.children if c.dep_ in RELATIVE_CLAUSE]
    return any(g.lower_ in relatives for c in clauses for g in c.children)


def gathered_others(t: Trigger, doc: Doc, lang: str) -> bool:
    """'ils ont rassemblé les hommes', 'gathered the villagers': gathering others, with an
    object, is no protest (people who gather, 'se rassembler', are)."""
    tok = doc[t.head]
    if t.concept != "protest" or tok.pos_ != "VERB" or tok.lemma_.lower() not in mod.cues(lang).gathering:
        return False
    days = _day_words(lang)  # "ont défilé lundi": the parser's object is the day
    return any(c.dep_ in ("obj", "dobj") and c.pos_ != "PRON" and c.lower_ not in days for c in tok.children)


@lru_cache(maxsize=16)
def _day_words(lang: str) -> frozenset[str]:
    data = resource(lang, "time")
    return frozenset([*data.get("weekdays", {}), *data.get("relative_days", {})])


def scattered(t: Trigger, sf: SentFacts, lang: str) -> bool:
    """'les fuyards se seraient dispersés': a dispersal no police or army carried out breaks up
    no protest."""
    tok = sf.sent.doc[t.head]
    if t.concept != "protest" or tok.lemma_.lower() not in mod.cues(lang).dispersal:
        return False
    if any(c.dep_ in ("obj", "dobj") and c.pos_ != "PRON" for c in tok.children):
        return False  # "used water cannon to disperse thousands of demonstrators"
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "obl:agent", "agent")]
    doers += [g for c in doers if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return not any((a := sf.actor_at(c.i)) is not None and a.actor.kind == "state_forces" for c in doers)


def tallied(t: Trigger, sent: Span, lang: str) -> bool:
    """ "More than 300 people have been abducted in the state since January": a period's count of
    people taken, not one incident (death tolls are read the same way by the casualty stage)."""
    if t.concept not in ("abduction", "arrest"):
        return False
    from sitrep.stages.aggregates import is_aggregate
    from sitrep.stages.quantities import find_counts

    doc, lex = sent.doc, casualty_words(lang)
    if not lex.aggregate_cues.search(text_of(sent)):
        return False  # (a mass arrest is still one: "police arrested about 4,000 people")
    tok = doc[t.head]
    for count in find_counts(text_of(sent), lang, offset=sent.start_char):
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None:
            continue
        noun = span.root.head if span.root.dep_ in ("nummod", "det", "quantmod") else span.root
        if noun.head.i == tok.i and is_aggregate(sent, noun, tok, count, lang, lex):
            return True
    return False


def armed_blockade(t: Trigger, sf: SentFacts, lang: str) -> bool:
    """'gunmen blocked the Gusau-Funtua highway': armed men who block a road are no protest, nor
    are captives who 'were marched into the forest'."""
    tok = sf.sent.doc[t.head]
    if t.concept != "protest" or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() in mod.cues(lang).dispersal:
        return False  # ("police dispersed a sit-in", "were dispersed": a protest met by force)
    if any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):  # (the subject label misleads)
        return True
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    return any((a := sf.actor_at(c.i)) is not None and a.actor.kind in _GUNMEN for c in doers)


_GUNMEN = frozenset({"unidentified", "rebel_group", "political_militia", "external_force"})


def fired_nothing(t: Trigger, doc: Doc, blocked: set[int]) -> bool:
    """'ont tiré des grenades lacrymogènes', 'fired tear gas': what was fired names no attack."""
    tok = doc[t.head]
    objs = [c for c in tok.children if c.dep_ in ("obj", "dobj")]
    return tok.pos_ == "VERB" and bool(objs) and all(o.i in blocked for o in objs)
