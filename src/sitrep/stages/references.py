"""Generic mentions that refer back to the group a story is about: "the insurgents", "its
fighters", "ses combattants" in an article on one named armed group are that group, where
"unidentified gunmen" stay unknown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.stages.facts import ActorRef, DocFacts, SentFacts

if TYPE_CHECKING:
    from sitrep.stages.attribution import SourceMention
    from sitrep.stages.events import Draft

STATE = "state_forces"
GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})  # named non-state armed
_UNARMED = ("civilians", "protesters", "rioters")
_NOT_GROUPS = (STATE, *_UNARMED, "unidentified")


def main_armed_actor(
    facts: DocFacts, exclude: str | None = None, state: bool = False, clear: bool = False
) -> ActorRef | None:
    """The named non-state armed actor the article is about (most mentioned); with ``state``,
    the state force it is about ("the Chadian army" of a story on fighting in Chad); with
    ``clear``, none when two are named as often."""
    counts: Counter[str] = Counter()
    first: dict[str, ActorRef] = {}
    for sf in facts.sents:
        for a in sf.actors:
            if state and a.actor.kind != STATE:
                continue
            if not state and (a.generic or a.actor.kind in _NOT_GROUPS):
                continue
            if a.actor.name == exclude:
                continue
            counts[a.actor.name] += 1
            first.setdefault(a.actor.name, a)
    _fold_into_branch(counts)
    top = counts.most_common(2)
    if not top or (clear and len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return first[top[0][0]]


def _fold_into_branch(counts: Counter[str]) -> None:
    """ "The Islamic State" of a story on its Sahel province is that province: a group's
    mentions count for its branch when the text names only one ("Islamic State (Sahel)"); rival
    branches of one family stay apart."""
    for name in [n for n in counts if " (" not in n]:
        branches = [n for n in counts if n.startswith(name + " (")]
        if len(branches) == 1:
            counts[branches[0]] += counts.pop(name)


_STORY_KINDS = ("rebel_group", "political_militia")  # generic mentions that refer back


def name_the_rebels(d: Draft, facts: DocFacts) -> None:
    """ "Les rebelles", "the insurgents" in a story about one named rebel group are that group
    (a generic mention is a reference back, not an unknown group), or the one its own sentence
    names ("des terroristes de l'EIS"); so are "its fighters", "ses combattants" of any named
    armed group; "unidentified gunmen" stay."""
    for role, side in (("actor1", "actor2"), ("actor2", "actor1")):
        ref: ActorRef | None = getattr(d, role)
        other: ActorRef | None = getattr(d, side)
        if ref is None or not ref.generic or _unknown(ref, d):
            continue
        owned = _possessed(ref, d)
        if ref.actor.kind not in _STORY_KINDS and not owned:
            continue
        main = _named_beside(ref, d, other) or main_armed_actor(facts, clear=True)
        if main is None or not (main.actor.kind == ref.actor.kind or owned):
            continue  # (the gangs of a story about one gang are that gang; not its rebels)
        lang = d.sents[0].sent.doc.lang_
        same_country = main.actor.country in (ref.actor.country, None) or not of_a_nation(ref, lang)
        facing_it = other is not None and other.actor.name == main.actor.name
        if same_country and not facing_it:
            setattr(d, role, main)  # but rebels facing the group are others ("FACT's raid killed 300 rebels")


def rebel_sources(ments: list[SourceMention], facts: DocFacts) -> list[SourceMention]:
    """ "According to the rebels", "selon les jihadistes": in a story about one named rebel
    group, the source is that group, as an actor so written would be."""
    from sitrep.model import Source

    main = main_armed_actor(facts, clear=True)
    if main is None or main.actor.kind != "rebel_group":
        return ments
    lang = facts.lang
    out = []
    for m in ments:
        sf = facts.sents[m.sent_index] if m.sent_index < len(facts.sents) else None
        generic = [
            a
            for a in (sf.actors if sf is not None else [])
            if a.generic and a.actor.kind == "rebel_group" and m.start <= a.start and a.end <= m.end
        ]
        if generic and not of_a_nation(generic[0], lang):
            m = replace(m, source=Source(main.actor.name, m.source.text))
        out.append(m)
    return out


def placed_sources(ments: list[SourceMention], facts: DocFacts) -> list[SourceMention]:
    """A source written as a group whose name depends on the country ("Kurdish militants said":
    the PKK in Turkey, the SDF in Syria) is the group the sentence's actors resolved there."""
    from sitrep.model import Source

    out = []
    for m in ments:
        sf = facts.sents[m.sent_index] if m.sent_index < len(facts.sents) else None
        same = [
            a
            for a in (sf.actors if sf is not None else [])
            if m.start <= a.start and a.end <= m.end and not a.generic and a.actor.kind in GROUP_KINDS
        ]
        if len(same) == 1 and same[0].actor.name != m.source.name:
            m = replace(m, source=Source(same[0].actor.name, m.source.text))
        out.append(m)
    return out


def national_ministries(ments: list[SourceMention], facts: DocFacts) -> list[SourceMention]:
    """ "the interior ministry said", "selon le ministère de la Défense", with no country named:
    the ministry of the country the story is in ("Syrian Ministry of Interior"); "le ministère"
    alone, the ministry named last."""
    from sitrep.model import Source
    from sitrep.stages.actors import english_demonym, fold
    from sitrep.stages.reporting_cues import cues

    demonym = english_demonym(facts.country)
    bare = cues(facts.lang).ministry_nouns
    out: list[SourceMention] = []
    last: Source | None = None
    for m in ments:
        name = m.source.name
        if name.startswith(_MINISTRY) and demonym:
            domain = name[len(_MINISTRY) :].title()
            m = replace(m, source=Source(f"{demonym} Ministry of {domain}", m.source.text))
        elif fold(name) in bare and last is not None:
            m = replace(m, source=Source(last.name, m.source.text))
        if "ministry" in m.source.name.lower():
            last = m.source
        out.append(m)
    return out


_MINISTRY = "ministry of "  # the canonical name of a ministry the text gives no country


def of_a_nation(ref: ActorRef, lang: str) -> bool:
    """A mention written with a nationality ("des rebelles rwandais"): of that nation, where bare
    "militants" in Kenya may be the Somali group the story is about."""
    from sitrep.stages.actors import fold, lexicon

    demonyms = lexicon(lang).demonyms
    return any(fold(w) in demonyms for w in ref.text.split())


def _named_beside(ref: ActorRef, d: Draft, other: ActorRef | None) -> ActorRef | None:
    """The one named rebel group of the mention's own sentence, if the other side is not it."""
    sf = next((x for x in d.sents if x.sent.start <= ref.head_i < x.sent.end), None)
    facing = other.actor.name if other is not None else None
    named = {
        a.actor.name: a
        for a in (sf.actors if sf is not None else [])
        if not a.generic and a.actor.kind == "rebel_group" and a.actor.name != facing
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _unknown(ref: ActorRef, d: Draft) -> bool:
    """ "Suspected militants", "des insurgés présumés": a group the text leaves unknown."""
    from sitrep.stages.actors import lexicon

    if ref.head_i < 0:
        return False
    doc = d.sents[0].sent.doc
    words = lexicon(doc.lang_).unknown_words
    return any(c.lower_ in words for c in doc[ref.head_i].children)


def _possessed(ref: ActorRef, d: Draft) -> bool:
    """ "Its fighters", "ses combattants": armed men owned by a group told before, not unknown."""
    if ref.head_i < 0 or ref.actor.kind in (STATE, *_UNARMED):
        return False
    doc = d.sents[0].sent.doc
    owners = _possessives(doc.lang_)
    return any(c.lower_ in owners and c.i < ref.head_i for c in doc[ref.head_i].children)


@lru_cache(maxsize=16)
def _possessives(lang: str) -> frozenset[str]:
    from sitrep.lang import resource

    return frozenset(resource(lang, "actors", default={}).get("possessives", []))


def anaphoric_groups(sf: SentFacts, lang: str, country: str | None) -> None:
    """ "The group killed 15 people", "le groupe a aussi tué": a definite group noun with no
    name after it is a mention of an armed group, which ``name_the_rebels`` names when the story
    is about one."""
    from sitrep.stages.actors import fold, lexicon, resolve_value

    nouns, dets = _anaphoric_words(lang)
    if not nouns:
        return
    lex = lexicon(lang)
    toks = list(sf.sent)
    for pos, tok in enumerate(toks[1:-1], start=1):
        if fold(tok.text) not in nouns or toks[pos - 1].lower_ not in dets or tok.pos_ != "NOUN":
            continue
        after = toks[pos + 1]
        owned = any(h[0] == 0 for h in lex.of_words.find(toks[pos + 1 : pos + 4]))
        if after.is_title or after.is_upper or owned or tok.dep_ == "poss" or after.text in ("'s", "’s"):
            continue  # "the group Amnesty International", "the group of gunmen", "the group's stronghold"
        if any(a.start <= tok.idx < a.end for a in sf.actors):
            continue
        actor = resolve_value("@rebels", tok.text, country)
        if actor is not None:
            sf.actors.append(ActorRef(tok.idx, tok.idx + len(tok.text), tok.text, actor, tok.i, True))
    sf.actors.sort(key=lambda a: a.start)


@lru_cache(maxsize=16)
def _anaphoric_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    from sitrep.lang import resource

    data = resource(lang, "actors", default={}).get("anaphoric_groups", {})
    return frozenset(data.get("nouns", [])), frozenset(data.get("determiners", []))
