"""Armed men named by the community they come from: "Murle gunmen", "armed Bul Nuer youth",
"des miliciens peuls", "des jeunes de la communauté mwaghavul" are the ethnic, clan or tribal
militia of that community ("Fulani Ethnic Militia (Nigeria)"), as the ACLED codebook names
them, not an unidentified armed group.

Which words name a community, and whether ACLED calls its militia ethnic, clan or tribal, is
data: ``identity_militias`` in ``lang/<code>/actors.json`` (forms as written, armed and youth
nouns, community nouns) and ``identities`` in ``lang/common/actors.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.model import Actor
from sitrep.nlp import doc_text
from sitrep.stages.facts import ActorRef, SentFacts

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["identity_militias"]

_ARMED = ("unidentified", "identity_militia")
_MODIFIERS = ("amod", "compound", "nmod", "appos", "flat", "flat:name", "nummod")


@dataclass(frozen=True)
class _Words:
    forms: dict[str, str]  # folded form ("peuls", "bul nuer") -> community ("Fulani", "Nuer")
    armed: frozenset[str]  # nouns of armed men or youths the community word can qualify
    community: frozenset[str]  # "communauté", "community", "tribe": the word between them


@lru_cache(maxsize=16)
def _words(lang: str) -> _Words:
    from sitrep.lang import resource
    from sitrep.stages.actors import fold

    data = resource(lang, "actors", default={}).get("identity_militias", {})
    forms = {fold(k): v for k, v in data.get("forms", {}).items()}
    return _Words(
        forms,
        frozenset(fold(w) for w in data.get("armed_nouns", [])),
        frozenset(fold(w) for w in data.get("community_nouns", [])),
    )


def militia_name(community: str, country: str | None) -> str:
    """ "Fulani Ethnic Militia (Nigeria)", "Habar Gidir Clan Militia (Somalia)", "Druze Militia"."""
    from sitrep.lang import common

    kind = str(common("actors").get("identities", {}).get(community, "Ethnic"))
    cname = common("actors")["countries"].get(country or "")
    base = " ".join(w for w in (community, kind, "Militia") if w)
    return f"{base} ({cname})" if cname else base


def identity_militias(sf: SentFacts, lang: str, country: str | None) -> None:
    """Turn the generic armed mentions of a sentence that a community word qualifies into that
    community's militia, and add the community's armed youths no other finder names."""
    words = _words(lang)
    if not words.forms:
        return
    full = doc_text(sf.sent.doc)
    taken = {a.head_i for a in sf.actors if not a.generic}  # ("the Fulani-led FLA" stays the FLA)
    for tok in sf.sent:
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or not _armed_noun(tok, sf, words):
            continue
        found = _community_of(tok, words)
        if found is None:
            continue
        community, lo, hi = found
        start, end = min(lo.idx, tok.idx), max(hi.idx + len(hi.text), tok.idx + len(tok.text))
        actor = Actor(militia_name(community, country), full[start:end], "identity_militia", country)
        sf.actors = [a for a in sf.actors if not (a.start <= tok.idx < a.end)]
        sf.actors.append(ActorRef(start, end, full[start:end], actor, tok.i, False))
        taken.add(tok.i)
    sf.actors.sort(key=lambda a: a.start)


def _armed_noun(tok: Token, sf: SentFacts, words: _Words) -> bool:
    """A generic armed mention's head ("gunmen", "miliciens") or a youth noun ("jeunes")."""
    from sitrep.stages.actors import fold

    own = next((a for a in sf.actors if a.start <= tok.idx < a.end), None)
    if own is not None:
        return own.generic and own.actor.kind in _ARMED and own.head_i == tok.i
    return fold(tok.text) in words.armed or fold(tok.lemma_) in words.armed


def _community_of(tok: Token, words: _Words) -> tuple[str, Token, Token] | None:
    """The community word that qualifies an armed noun, directly ("Murle gunmen", "combattants
    druzes") or through a community noun ("de la communauté hema", "from the Dinka community"),
    with the tokens it spans."""
    from sitrep.stages.actors import fold

    for ch in tok.children:
        if ch.dep_ not in _MODIFIERS and ch.dep_ not in ("prep", "obl", "obl:mod"):
            continue
        noun = next((g for g in ch.children if g.dep_ == "pobj"), ch) if ch.dep_ == "prep" else ch
        cands = [noun]
        if fold(noun.lemma_) in words.community or fold(noun.text) in words.community:
            cands = [g for g in noun.children if g.dep_ in _MODIFIERS]
        elif ch.dep_ not in _MODIFIERS:
            continue
        for c in cands:
            found = _form_at(c, words)
            if found is not None:
                return found
    return None


def _form_at(tok: Token, words: _Words) -> tuple[str, Token, Token] | None:
    """The community a token names, alone or with the word before it ("Bul Nuer", "Habar Gidir")."""
    from sitrep.stages.actors import fold

    doc = tok.doc
    if tok.i > 0:
        pair = fold(f"{doc[tok.i - 1].text} {tok.text}")
        if pair in words.forms:
            return words.forms[pair], doc[tok.i - 1], tok
    if tok.i + 1 < len(doc):
        pair = fold(f"{tok.text} {doc[tok.i + 1].text}")
        if pair in words.forms:
            return words.forms[pair], tok, doc[tok.i + 1]
    one = words.forms.get(fold(tok.text))
    return (one, tok, tok) if one is not None else None
