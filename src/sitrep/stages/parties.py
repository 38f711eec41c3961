"""The parties of an agreement: who agreed, signed or concluded it, and with whom.

ACLED codes an agreement with its signatories as actors, and a state that signs as its
government ("Government of Pakistan"), not its army. The parties are read from the grammar:
the subjects of the agreement verb ("Les Etats-Unis et les Houthis avaient conclu un accord"),
the complements of "between"/"entre" and "with"/"avec" (words of ``roles.json``), whether they
hang on the verb or on the agreement noun. A country or its capital named as a party, or a
government noun ("les autorités de Damas", "the Afghan government"), is that country's
government; a named group is itself. The sides of a battle are read the same way, and the
side whose attack was repelled is the one that started it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.lang import resource
from sitrep.stages.facts import ActorRef, SentFacts
from sitrep.stages.roles import case_word, nominal

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.stages.events import Draft
    from sitrep.stages.facts import DocFacts

__all__ = ["agreement_parties", "clash_sides", "repelled"]

_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


@lru_cache(maxsize=16)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Government nouns, "between" words and "with" words of a language."""
    actors = resource(lang, "actors")
    roles = resource(lang, "roles")
    return (
        frozenset(w.lower() for w in actors.get("government_words", [])),
        frozenset(w.lower() for w in roles.get("between_words", [])),
        frozenset(w.lower() for w in roles.get("with_words", [])),
    )


def agreement_parties(d: Draft) -> list[ActorRef]:
    """The parties the agreement's sentences name, in text order, each once."""
    out: list[ActorRef] = []
    home = d.place.place.country if d.place is not None and d.place.place is not None else None
    for sf in d.sents:
        doc = sf.sent.doc
        heads = [doc[t.head] for t in d.triggers if sf.sent.start <= t.head < sf.sent.end]
        toks = {c.i: c for h in heads for c in _party_tokens(h, doc.lang_)}
        for i in sorted(toks):
            ref = _party(toks[i], sf, doc.lang_, home)
            if ref is not None and all(r.actor.name != ref.actor.name for r in out):
                out.append(ref)
    return out


def clash_sides(d: Draft) -> list[ActorRef]:
    """The armed sides a fight names with "between"/"entre" ("fighting between Somali troops
    and al-Shabaab", "des combats entre l'armée et le JNIM"), in text order, each once."""
    from sitrep.stages.actor_roles import ARMED_KINDS

    between = _words(d.sents[0].sent.doc.lang_)[1]
    out: list[ActorRef] = []
    for sf in d.sents:
        doc = sf.sent.doc
        for t in (t for t in d.triggers if sf.sent.start <= t.head < sf.sent.end):
            nouns = [nominal(c) for c in doc[t.head].children]
            for n in (n for n in nouns if case_word(n) in between):
                for tok in (n, *n.conjuncts):
                    ref = next((a for a in sf.actors if a.start <= tok.idx < a.end), None)
                    if ref is not None and ref.actor.kind in ARMED_KINDS and ref not in out:
                        out.append(ref)
    return out if len({a.actor.name for a in out}) >= 2 else []


def _party_tokens(tok: Token, lang: str) -> list[Token]:
    """Subjects of the agreement verb (or of the verb that concludes the agreement noun) and the
    complements of "between" and "with", with their conjuncts."""
    _gov, between, with_words = _words(lang)
    verbs = [tok] if tok.pos_ in ("VERB", "AUX") else []
    if tok.pos_ == "NOUN":
        # "ont conclu un accord", "a ceasefire was signed": the verbs over the noun, however parsed
        verbs += [a for a in tok.ancestors if a.pos_ == "VERB"][:2]
    found = [c for v in verbs for c in v.children if c.dep_ in _SUBJECTS and c.i != tok.i]
    # "entre X et Y", "with Pakistan", also on a participle ("un cessez-le-feu conclu avec ...")
    heads = [tok, *verbs, *(a for a in tok.children if a.dep_ == "acl")]
    nouns = [nominal(c) for h in heads for c in h.children]
    found += [n for n in nouns if case_word(n) in between | with_words]
    return [t for f in found for t in (f, *f.conjuncts) if t.pos_ in ("NOUN", "PROPN")]


def _party(tok: Token, sf: SentFacts, lang: str, home: str | None) -> ActorRef | None:
    """The actor a party's head word names; ``home``: the agreement's country, the government of
    a ministry or "the authorities" that name no other."""
    gov_words = _words(lang)[0]
    for a in sf.actors:
        if a.start <= tok.idx < a.end and a.actor.kind not in ("civilians", "protesters", "rioters"):
            if a.actor.kind == "state_forces" and (tok.lower_ in gov_words or tok.pos_ == "PROPN"):
                return _government(a.actor.country, a.text)
            return a
    country = _country_named(tok, sf)
    if country is not None and (tok.pos_ in ("PROPN", "NOUN") or tok.lower_ in gov_words):
        return _government(country, tok.text)  # "Pakistan", "les Etats-Unis", "Kinshasa"
    if tok.lower_ in gov_words:
        # "les autorités de Damas", "the Afghan government", "le ministère de l'Intérieur"
        named = (_country_named(c, sf) for c in tok.children)
        return _government(next((n for n in named if n), home), tok.text)
    return None


def _country_named(tok: Token, sf: SentFacts) -> str | None:
    """The country a place name or a nationality adjective at ``tok`` stands for."""
    for p in sf.places:
        if p.start <= tok.idx < p.end and p.place is not None and p.place.country:
            return p.place.country
    table: dict[str, str] = resource(tok.doc.lang_, "demonyms", default={})
    return table.get(tok.text) or table.get(tok.lower_)


def _government(country: str | None, text: str) -> ActorRef | None:
    if not country:
        return None
    from sitrep.stages.actor_roles import country_actor

    actor = country_actor("government", country, text)
    return ActorRef(start=-1, end=-1, text=text, actor=actor, head_i=-1, generic=False)


def repelled(d: Draft, facts: DocFacts, country: str | None) -> None:
    """ "Ukrainian troops repelled 38 Russian assaults", "l'armée a repoussé une attaque des
    jihadistes", "an M23 attack was pushed back": the side whose attack was repelled started the
    fight (actor1), the side that repelled it is the other (actor2). An attack nobody is named
    for is an unidentified group's, or the one foreign state's the story has at war."""
    from sitrep.stages.actor_roles import STATE, as_ref, country_actor, forces_at, nationality
    from sitrep.stages.references import main_armed_actor
    from sitrep.stages.roles import actor_in, nominal

    doc = d.sents[0].sent.doc
    verbs = frozenset(resource(doc.lang_, "roles").get("repel_verbs", []))
    table: dict[str, str] = resource(doc.lang_, "demonyms", default={})
    for t in d.triggers:
        verb = doc[t.head]
        obj = _repelled_object(verb, verbs)
        if obj is None:
            continue
        sf = next((x for x in d.sents if x.sent.start <= verb.i < x.sent.end), d.sents[0])
        attacker = actor_in(obj, sf)
        found = nationality(obj, table, alone=False) if attacker is None else None
        if found is not None:
            attacker = forces_at(*found)
        own = d.actor1
        repellers = [actor_in(nominal(c), sf) for c in verb.children if c.dep_ in _DOERS]
        held = {a.actor.name for a in repellers if a is not None}  # ("repoussés par les VDP")
        sides = (d.actor1, d.actor2)
        groups = [a for a in sides if a and not a.generic and a.actor.kind in _GROUPS]
        named = next((a for a in groups if a.actor.name not in held), None)
        if attacker is not None and attacker.generic and attacker.actor.kind == "unidentified" and named:
            # "les assaillants ont été repoussés" after "attaquée par des combattants de l'ISWAP"
            attacker, own = named, d.actor2 if named is d.actor1 else d.actor1
        if attacker is None and own is not None and own.actor.kind == STATE and country:
            enemy = main_armed_actor(facts, exclude=own.actor.name, state=True)
            foreign = enemy is not None and enemy.actor.country not in (own.actor.country, None)
            attacker = enemy if foreign else as_ref(country_actor("unidentified", country, ""))
        if attacker is not None and (own is None or attacker.actor.name != own.actor.name):
            d.actor1, d.actor2, d.actor1_guessed = attacker, own, False
        return


_GROUPS = frozenset({"rebel_group"})  # (not a militia: the VDP, the CJTF defend)
_DOERS = frozenset({"nsubj", "agent", "obl:agent"})


def _repelled_object(head: Token, verbs: frozenset[str]) -> Token | None:
    """What a verb of repelling repelled: its object, or the subject of its passive ("une
    attaque a été repoussée"); "push back", "beat back" are read with their particle. The
    trigger is the verb or the attack it repelled ("pushed back an M23 attack")."""
    deps = ("obj", "dobj", "nsubj:pass", "nsubjpass")
    for verb in (head, head.head):
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt", "advmod")]
        if lemma in verbs or any(f"{lemma} {p}" in verbs for p in particles):
            if verb is head:
                return next((c for c in verb.children if c.dep_ in deps), None)
            return head if head.dep_ in deps else None
    return None
