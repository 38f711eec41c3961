"""Actor mentions read in their sentence's context: a group noun carrying the group's name
("les milices nationalistes Fano", "militias known as Ma'awisley"), and the forces of the
government that speaks ("Moscow said its forces..."). The mention finders themselves are in
:mod:`sitrep.stages.actors` and :mod:`sitrep.stages.acronyms`."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.model import Actor
from sitrep.nlp import doc_text
from sitrep.stages.facts import ActorRef, DocFacts, PlaceRef, SentFacts
from sitrep.stages.references import GROUP_KINDS
from sitrep.stages.role_words import role_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["forces_named", "known_as", "name_the_noun", "speakers_forces"]


def name_the_noun(sf: SentFacts) -> list[ActorRef]:
    """ "les milices nationalistes Fano", "the militia Al-Hamza": a group noun with the group's
    name attached is that group (kept at the noun, where the grammar finds the actor)."""
    doc = sf.sent.doc
    out: list[ActorRef] = []
    for a in sf.actors:
        named = next(
            (
                b
                for b in sf.actors
                if a.generic
                and not b.generic
                and b.head_i >= 0
                and a.head_i >= 0
                and (_attached(a, b, doc) or _owned_by(a, b, doc))
            ),
            None,
        )
        if named is not None:
            out.append(ActorRef(a.start, named.end, named.text, named.actor, a.head_i, False))
        elif not any(o.start <= a.start < o.end for o in out):
            out.append(a)
    return out


def _attached(a: ActorRef, b: ActorRef, doc: Doc) -> bool:
    """The name hangs on the noun, close by (not "l'armée malienne et le JNIM": two sides)."""
    name = doc[b.head_i]
    owners = role_words(doc.lang_).owner_preps
    if any(c.dep_ == "case" and c.lower_ not in owners for c in name.children):
        return False  # "opposé l'armée congolaise au M23": the other side, however parsed
    return name.head.i == a.head_i and name.dep_ != "conj" and 0 <= b.start - a.end <= 25


def _owned_by(a: ActorRef, b: ActorRef, doc: Doc) -> bool:
    """An armed noun followed word for word by "of"/"du" and a group's name is that group's,
    whatever the parse made of the two."""
    if a.actor.kind not in ("unidentified", "rebel_group") or b.actor.kind not in GROUP_KINDS:
        return False
    between = [t for t in doc[a.head_i : a.head_i + 6] if a.end <= t.idx < b.start]
    owners = role_words(doc.lang_).owner_preps
    joined = all(t.pos_ in ("ADP", "DET") for t in between)
    return 1 <= len(between) <= 2 and between[0].lower_ in owners and joined


def known_as(sf: SentFacts, lang: str) -> None:
    """ "clan militias known as Ma'awisley", "armed men identified by officials as members of the
    OLA", "des miliciens appelés Wazalendo": the group noun is the group the participle names."""
    from sitrep.stages.actors import lexicon

    verbs = lexicon(lang).naming_verbs
    doc = sf.sent.doc
    for i, a in enumerate(sf.actors):
        if not a.generic or a.head_i < 0 or a.actor.kind in ("civilians", "protesters", "rioters"):
            continue
        acl = (c for c in doc[a.head_i].children if c.dep_ == "acl" and c.lemma_.lower() in verbs)
        verb = next(acl, None)
        if verb is None or any(c.dep_ in ("advmod", "neg") and c.lower_ in _NOT for c in verb.children):
            continue  # "des hommes armés non identifiés"
        named = _named_by(verb, sf, lang, a)
        if named is not None:
            sf.actors[i] = ActorRef(a.start, a.end, a.text, replace(named, text=a.text), a.head_i, False)


def _named_by(verb: Token, sf: SentFacts, lang: str, noun: ActorRef) -> Actor | None:
    """The group a naming participle gives: a mention in its phrase (not the agent who named
    it), else the capitalised name after it."""
    from sitrep.stages.actors import lexicon, resolve_value, strip_determiners

    by = [c for c in verb.children if c.dep_ in _AGENT or any(g.lower_ in _BY for g in c.children)]
    agent = {t.i for c in by for t in c.subtree}
    words = [t for t in verb.subtree if t.i > verb.i and t.i not in agent]
    for t in words:
        found = sf.actor_at(t.i)
        if found is not None and not found.generic and found is not noun:
            return found.actor
    name: list[Token] = []
    places = [(p.start, p.end) for p in sf.places]
    for t in words:
        if any(a <= t.idx < b for a, b in places):
            break  # "identifiés près de Mora": a place, no name
        if t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start):
            name.append(t)
        elif name:
            break
    if not name:
        return None
    text = strip_determiners(doc_text(verb.doc)[name[0].idx : name[-1].idx + len(name[-1].text)], lang)
    entry = lexicon(lang).names.lookup(text)
    known = resolve_value(entry.value, text, noun.actor.country) if entry and not entry.head else None
    return known or Actor(name=text, text=text, kind=noun.actor.kind, country=noun.actor.country)


def speakers_forces(sf: SentFacts, lang: str) -> None:
    """ "Moscow said its forces had captured...", "Israël affirme que ses troupes...": the forces
    of the government that speaks, named by its country or capital."""
    from sitrep.lang import resource
    from sitrep.stages.actor_roles import country_actor

    data = resource(lang, "actors")
    heads: dict[str, str] = data.get("heads", {})
    possessives = frozenset(data.get("possessives", []))
    for tok in sf.sent:
        if tok.lower_ not in possessives:
            continue
        key = _head_words(tok.head, heads)
        if key is None:
            continue
        noun = tok.head
        last = noun.doc[noun.i + len(key.split()) - 1]
        start, end = tok.idx, last.idx + len(last.text)
        # "the Nigerian Air Force said its aircraft struck", "the Afghanistan Freedom Front said
        # its fighters": the force that speaks, before any country its name holds
        force = next((a for a in sf.actors if _force_speaks_over(a, noun)), None)
        if force is not None:
            actor = replace(force.actor, text=noun.text)
        else:
            speaker = next((p for p in sf.places if _speaks_over(p, noun)), None)
            country = speaker.place.country if speaker is not None and speaker.place is not None else None
            country = country or _speakers_demonym(noun, lang)
            if not country:
                continue
            actor = country_actor(heads[key], country, noun.text)
        sf.actors = [a for a in sf.actors if a.end <= start or a.start >= end]
        sf.actors.append(ActorRef(start, end, noun.text, actor, noun.i, False))
        sf.actors.sort(key=lambda a: a.start)


def _head_words(noun: Token, heads: dict[str, str]) -> str | None:
    """The longest group-noun phrase of the data that starts at ``noun`` ("ses défenses
    antiaériennes", "its troops")."""
    doc = noun.doc
    for n in (3, 2, 1):
        key = " ".join(t.lower_ for t in doc[noun.i : noun.i + n])
        if noun.i + n <= len(doc) and heads.get(key) is not None:
            return key
    return None


def _force_speaks_over(a: ActorRef, head: Token) -> bool:
    """A named armed force or group that is the subject of a verb governing ``head`` ("the OLA
    said its fighters had clashed"), or names it ("the armed wing of Hamas, the Qassam Brigades,
    said its fighters")."""
    from sitrep.stages.actor_roles import ARMED_KINDS

    if a.actor.kind not in ARMED_KINDS - {"unidentified"} or a.generic or a.head_i < 0:
        return False
    verbs = (v for v in head.ancestors if v.pos_ in ("VERB", "AUX"))
    subjects = [c for v in verbs for c in v.children if c.dep_.startswith("nsubj")]
    owners = role_words(head.doc.lang_).owner_preps
    return any(a.head_i in _naming(s, owners) for s in subjects)


def _naming(subject: Token, owners: frozenset[str]) -> set[int]:
    """The subject and the words that name it: its apposition and its "of" owner."""
    out = {subject.i}
    for c in subject.children:
        if c.dep_ == "appos":
            out.add(c.i)
        elif c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in owners for g in c.children):
            out.add(c.i)  # "la branche armée du Hamas"
        elif c.dep_ == "prep" and c.lower_ in owners:
            out.update(g.i for g in c.children if g.dep_ == "pobj")
    return out


def _speakers(head: Token) -> list[Token]:
    """Subjects of the verbs governing ``head``, with the words naming their owner ("Russia's
    defence ministry", "le ministère russe")."""
    verbs = [t for t in head.ancestors if t.pos_ in ("VERB", "AUX")]
    subjects = [c for v in verbs for c in v.children if c.dep_.startswith("nsubj")]
    owners = [c for s in subjects for c in s.children if c.dep_ in _OWNER_DEPS]
    return subjects + owners


_BY = frozenset({"by", "par"})
_AGENT = frozenset({"agent", "obl:agent"})
_NOT = frozenset({"not", "non", "pas", "never", "jamais"})
_OWNER_DEPS = frozenset({"poss", "nmod:poss", "amod", "compound"})


def _speaks_over(p: PlaceRef, head: Token) -> bool:
    """A country or capital that is (or owns) the subject of a verb governing ``head``."""
    pl = p.place
    if pl is None or (pl.feature or "") not in ("A.PCLI", "P.PPLC"):
        return False
    return any(c.idx <= p.start < c.idx + len(c.text) for c in _speakers(head))


def _speakers_demonym(head: Token, lang: str) -> str | None:
    """ "Le ministère russe de la Défense a affirmé que ses forces": the speaker's nationality."""
    from sitrep.stages.actors import fold, lexicon

    demonyms = lexicon(lang).demonyms
    return next((demonyms[fold(c.text)][0] for c in _speakers(head) if fold(c.text) in demonyms), None)


def forces_named(facts: DocFacts) -> None:
    """ "Israeli troops killed two gunmen ... The IDF said troops were dispatched": an unnamed
    force is the one its paragraph names, when the paragraph names none of the country the
    story is in (the West Bank's "troops" are Israel's)."""
    from sitrep.stages.actors import normalize_actor

    named: dict[tuple[int, str], Counter[str]] = {}
    unnamed: list[tuple[SentFacts, int, str]] = []
    for sf in facts.sents:
        for i, a in enumerate(sf.actors):
            if a.actor.kind != "state_forces" or " of " not in a.actor.name:
                continue
            force = a.actor.name.split(" of ")[0]
            # a country other than the story's came from the mention's own words
            own = a.actor if a.actor.country != facts.country else normalize_actor(a.text, facts.lang, None)
            if own is not None and own.country:
                named.setdefault((sf.paragraph, force), Counter())[own.name] += 1
            else:
                unnamed.append((sf, i, force))
    where = _paragraph_countries(facts)
    for sf, i, force in unnamed:
        a = sf.actors[i]
        told = named.get((sf.paragraph, force))
        if told and a.actor.name not in told:
            actor = normalize_actor(told.most_common(1)[0][0], facts.lang, None)
        elif not told and len(where.get(sf.paragraph, ())) == 1 and facts.country not in where[sf.paragraph]:
            # a digest's paragraph about another country ("SOUTH SUDAN: Government aircraft
            # bombed Nasir county"): the force of the country the paragraph is in
            actor = normalize_actor(a.text, facts.lang, next(iter(where[sf.paragraph])))
        else:
            continue  # the paragraph names this country's force too: it is the one meant
        if actor is not None and actor.country:
            sf.actors[i] = replace(a, actor=replace(actor, text=a.text))


def _paragraph_countries(facts: DocFacts) -> dict[int, set[str]]:
    """The countries of the towns and provinces each paragraph names, each confirmed by a second
    mention (another place there, or the country's name: "SOUTH SUDAN: ... Upper Nile state"),
    so that one misread name places nothing. A country named alone ("near the border with
    Niger") places nothing in it either."""
    places: dict[int, Counter[str]] = {}
    named: dict[int, set[str]] = {}
    for sf in facts.sents:
        for p in sf.places:
            if p.place is None or not p.place.country:
                continue
            if (p.place.feature or "").startswith("A.PCL"):
                named.setdefault(sf.paragraph, set()).add(p.place.country)
            else:
                places.setdefault(sf.paragraph, Counter())[p.place.country] += 1
    return {
        para: {c for c, n in counts.items() if n > 1 or c in named.get(para, set())}
        for para, counts in places.items()
    }
