"""Armed groups a story defines with an acronym: "the Movement for Justice in Darfur (MJD)",
"le Front pour la libération du Sud (FLS)".

The alias data can never list every group (ACLED codes thousands), but a newsroom introduces
an unknown one the same way: a group noun, its full name, the acronym in brackets. After that
the bare acronym ("the MJD said") is the group, so the definition is read once per document
and every later mention of the acronym resolves to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.model import Actor
from sitrep.nlp import doc_text, spells
from sitrep.stages.actors import fold, lexicon, normalize_actor

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

__all__ = ["acronym_mentions", "defined_groups"]

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)")
_MAX_NAME_TOKENS = 12
Groups = dict[str, tuple[Actor, int, int]]  # acronym -> group, start and end of its defining name


def defined_groups(doc: Doc, lang: str, country: str | None) -> Groups:
    """Acronym -> (group, start and end character of the defining name) for each group the
    text defines and the alias data does not know."""
    out: Groups = {}
    for m in _ACRONYM.finditer(doc_text(doc)):
        acronym = m.group(1)
        if acronym in out:
            continue
        name = _name_before(doc, m.start(), lang)
        known = normalize_actor(acronym, lang, country)
        if known is not None and known.kind != "unidentified":
            if name is not None and _stands_for(known, name, lang, country):
                out[acronym] = (known, name.start_char, name.end_char)
                continue
            if name is None or not _redefines(known, name, acronym, lang, country):
                continue
        if name is None:
            continue
        heads = _group_nouns(lang)
        named = normalize_actor(name.text, lang, country)
        if named is not None and _specific(named, name, heads, lang, country):
            out[acronym] = (_as_written(named, acronym), name.start_char, name.end_char)
            continue
        kind = next((heads[fold(t.text)] for t in name if fold(t.text) in heads), "rebel_group")
        out[acronym] = (Actor(f"{acronym}: {name.text}", acronym, kind), name.start_char, name.end_char)
    return out


def acronym_mentions(sent: Span, groups: Groups) -> list[tuple[int, int, Actor, int]]:
    """(start, end, actor, head token) for the defining names and bare acronyms in a sentence."""
    found: list[tuple[int, int, Actor, int]] = []
    for acronym, (actor, start, end) in groups.items():
        if sent.start_char <= start and end <= sent.end_char:
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                found.append((start, end, _as_written(actor, span.text), span.root.i))
        for t in sent:
            if t.text == acronym:
                found.append((t.idx, t.idx + len(t.text), _as_written(actor, acronym), t.i))
    return found


def _as_written(actor: Actor, text: str) -> Actor:
    return Actor(actor.name, text, actor.kind, actor.country, actor.wikidata)


def _specific(named: Actor, name: Span, heads: dict[str, str], lang: str, country: str | None) -> bool:
    """Whether the alias data knows the group by this name, rather than reading only its group
    noun ("Balochistan Liberation Army" is no "army" of Pakistan)."""
    if named.kind == "unidentified" or fold(named.name) in fold(name.text):
        return False
    readings = (normalize_actor(t.text, lang, country) for t in name if fold(t.text) in heads)
    generic = {a.name for a in readings if a is not None}
    return named.name not in generic


def _stands_for(known: Actor, name: Span, lang: str, country: str | None) -> bool:
    """ "the Sudan People's Liberation Movement-North (SPLM-N)": a name the actor data lacks,
    defined by an acronym it knows, is that group (in a story of its country: "FDS" is Syria's
    SDF or Niger's army depending on where)."""
    if country is None or known.country not in (None, country):
        return False
    named = normalize_actor(name.text, lang, country)
    return named is None or named.kind == "unidentified"


def _redefines(known: Actor, name: Span, acronym: str, lang: str, country: str | None) -> bool:
    """ "the Radaa Special Deterrence Force (SDF)" in a Libyan story: the text spells out its own
    acronym, for a name the actor data does not know, where the data's group of that acronym
    belongs elsewhere (Syria's SDF). The text's definition wins for the whole story."""
    if known.country in (None, country):
        return False
    if not spells(name, acronym):
        return False
    named = normalize_actor(name.text, lang, country)
    return named is None or fold(named.name) != fold(known.name)


def _name_before(doc: Doc, bracket: int, lang: str) -> Span | None:
    """The group's name right before the bracket, found from its group noun: in French the
    first capitalised one ("l'Union des forces de la résistance"), in English the nearest one,
    widened left over capitalised words ("Darfur Liberation Front", "Union of Forces")."""
    heads = _group_nouns(lang)
    end = _token_ending_before(doc, bracket)
    if end is None:
        return None
    window = []
    for i in range(end, max(-1, end - _MAX_NAME_TOKENS), -1):
        if not _name_word(doc[i]) or (i < end and doc[i + 1].is_sent_start):
            break
        window.append(i)
    at = [i for i in window if fold(doc[i].text) in heads]
    if not at:
        return _name_of_fighters(doc, sorted(window), lang)
    if lexicon(lang).head_first:
        openers = _openers(lang)
        capital = [i for i in window if _capital(doc[i]) and (i in at or fold(doc[i].text) in openers)]
        lo = min(capital) if capital else at[0]
    else:
        lo = _widen_left(doc, at[0], min(window))
        if any(not (_capital(t) or t.is_stop) for t in doc[lo : end + 1]):
            # English names are capitalised; lower-case words end them
            return _name_of_fighters(doc, sorted(window), lang)
    if not any(_capital(t) for t in doc[lo : end + 1]):
        return None
    return doc[lo : end + 1]


def _name_of_fighters(doc: Doc, window: list[int], lang: str) -> Span | None:
    """ "Fighters of the Convention for the Popular Revolution (CRP)", "des combattants de la
    Coalition X (CX)": a name armed men belong to is a group's, group noun or not."""
    capital = [i for i in window if _capital(doc[i]) and not doc[i].is_sent_start]
    if not capital:
        return None
    lo, lex = capital[0], lexicon(lang)
    j = lo
    while j > 0 and fold(doc[j - 1].text) in lex.determiners:
        j -= 1
    of = (k for k in range(max(0, j - 3), j) if _spans(lex.of_words.find(list(doc[k:j])), j - k))
    owned = next(of, None)
    if not owned:
        return None
    start = max(0, owned - 2)
    heads = lex.names.find(list(doc[start:owned]))
    armed = any(e.head and e.value.split(":")[0] in _ARMED_VALUES and b == owned - start for _, b, e in heads)
    return doc[lo : window[-1] + 1] if armed else None


def _spans(hits: Sequence[tuple[int, int, object]], n: int) -> bool:
    return len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == n


_ARMED_VALUES = ("@unidentified", "@rebels", "@military")


def _widen_left(doc: Doc, lo: int, limit: int) -> int:
    """Over capitalised words, and over "of"/"for" between two of them."""
    while lo - 1 >= limit:
        prev = doc[lo - 1]
        if _capital(prev) and not prev.is_stop:
            lo -= 1
        elif prev.is_stop and lo - 2 >= limit and _capital(doc[lo - 2]) and not doc[lo - 2].is_stop:
            lo -= 2
        else:
            break
    return lo


def _capital(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper)


@lru_cache(maxsize=16)
def _group_nouns(lang: str) -> dict[str, str]:
    """Nouns that make a name a group, with the group's kind: the language's group nouns, and
    ``defined_group_heads``, which count only when the text defines the name with an acronym
    ("Forces", "Résistance")."""
    from sitrep.lang import resource

    defined = resource(lang, "actors", default={}).get("defined_group_heads", {})
    return {**lexicon(lang).group_heads, **{fold(k): v for k, v in defined.items()}}


@lru_cache(maxsize=16)
def _openers(lang: str) -> frozenset[str]:
    """``name_openers``: words that may open such a name before its group noun
    ("l'Union des forces de la résistance")."""
    from sitrep.lang import resource

    return frozenset(fold(w) for w in resource(lang, "actors", default={}).get("name_openers", []))


def _token_ending_before(doc: Doc, char: int) -> int | None:
    for t in reversed(doc):
        if t.idx + len(t.text) <= char:
            return t.i if t.idx + len(t.text) >= char - 2 else None
    return None


def _name_word(tok: Token) -> bool:
    """Words a group's name is made of: letters (with elisions: "l'", "d'") and hyphens."""
    return bool(tok.text) and (tok.is_alpha or tok.text in ("-", "'", "’") or tok.text.rstrip("'’").isalpha())
