"""Names of sources written as descriptions: a ministry however it is written ("le ministère
libanais de la Santé" and "Lebanon's health ministry" are one source), and an organisation
named before ("le parti", "the Mission"); and a paper's own name after its description ('the
independent weekly "Zitamar"')."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from sitrep.lang import common
from sitrep.model import Actor, Source
from sitrep.nlp import doc_text
from sitrep.stages.actors import english_demonym, find_actor_mentions, fold, lexicon
from sitrep.stages.reporting_cues import ReportingCues

__all__ = [
    "ACRONYM_AFTER",
    "actor_source",
    "heads_phrase",
    "ministry",
    "past_dates",
    "referent",
    "titled",
    "with_acronym",
]


def ministry(toks: list[Token], c: ReportingCues) -> Source | None:
    """One name for a ministry however it is written: "le ministère libanais de la Santé",
    "Lebanon's health ministry" -> "Lebanese Ministry of Health"."""
    words = [fold(t.text) for t in toks]
    if not c.ministry_nouns.intersection(words):
        return None
    joined = f" {' '.join(words)} "
    domain = next((name for key, name in c.ministry_domains if f" {key} " in joined), None)
    lex = lexicon(c.lang)
    named = [hit[2].value for hit in lex.countries.find(toks)]
    country = next(iter(named), None) or next(
        (lex.demonyms[fold(t.text)][0] for t in toks if fold(t.text) in lex.demonyms), None
    )
    demonym = english_demonym(country)
    if domain is None:
        return None
    text = toks[0].doc[toks[0].i : toks[-1].i + 1].text
    if not demonym:  # (the story's country is given to it once known: ``national_ministries``)
        return Source(f"ministry of {domain.lower()}", text)
    return Source(f"{demonym} Ministry of {domain}", text)


def referent(toks: list[Token], c: ReportingCues) -> str | None:
    """ "le parti", "the platform", "the Mission's human rights team": the organisation named last
    before the phrase, one whose name holds the noun first ("the Mission": UNMISS)."""
    nouns = [fold(t.text) for t in toks if t.pos_ in ("NOUN", "PROPN")]
    refs = [n for n in nouns if n in c.reference_nouns]
    if not refs or any(fold(t.text) in c.same_words for t in toks):
        return None  # "la même agence": the last source
    if any(n not in c.reference_nouns and n not in c.role_nouns for n in nouns):
        return None
    doc, start = toks[0].doc, toks[0].idx
    text = doc_text(doc)
    # organisations named before: entities, and names an acronym defines ("National Unity
    # Platform (NUP)"), which the small models often miss
    defined = [(m.start(), m.group(0)) for m in _DEFINED.finditer(text, 0, start) if _acronym(m.group(1))]
    named = [(a, b, True) for a, b in defined] + [
        (e.start_char, e.text.strip(), e.label_ == "ORG")
        for e in doc.ents
        if e.label_ in _ORG_LABELS and not any(a <= e.start_char < a + len(b) for a, b in defined)
    ]
    # (less a word of a longer name: "Platform" in "National Unity Platform (NUP)")
    groups = [g for g in _groups_before(toks[0], c.lang) if not _within(g[0], named)]
    named += groups
    before = sorted(n for n in named if n[0] + len(n[1]) <= start and not _is_media(n[1], c))
    same = [n for n in before if refs[0] in fold(n[1]).split()]
    found = (same or [n for n in before if n[2]])[-1:]
    if not found:
        return None
    if found[0] in groups:
        return found[0][1]  # the group's name, not words written around it
    # the acronym the name is given with, if any ("... pour la stabilisation en Centrafrique (MINUSCA)")
    after = ACRONYM_AFTER.match(text, found[0][0] + len(found[0][1]))
    if after is not None and _acronym(after.group(2)):
        return after.group(2)
    inside = _DEFINED.fullmatch(found[0][1])
    return inside.group(1) if inside is not None else found[0][1]


def _within(start: int, named: list[tuple[int, str, bool]]) -> bool:
    return any(a <= start < a + len(b) for a, b, _ in named)


def _groups_before(tok: Token, lang: str) -> list[tuple[int, str, bool]]:
    """Armed groups the actor data names in the sentences before ("the group said" after
    "Fighters of the Islamic State Mozambique Province"): the entity tagger often misses them."""
    from sitrep.stages.actors import find_actor_mentions

    mentions = find_actor_mentions(tok.doc[0 : tok.i], lang)
    groups = (m for m in mentions if not m.generic and _named_group(m.actor))
    return [(m.start, m.actor.name.split(":")[0], True) for m in groups]


def _named_group(a: Actor) -> bool:
    """A group with a name of its own, not one the actor data builds for a country
    ("Unidentified Communal Militia (Nigeria)")."""
    from sitrep.lang import common
    from sitrep.stages.actors import pattern_name
    from sitrep.stages.references import GROUP_KINDS

    patterns = common("actors")["patterns"]
    return a.kind in GROUP_KINDS and all(a.name != pattern_name(p, a.country) for p in patterns)


def _acronym(word: str) -> bool:
    """ "NUP", "AFC/M23", "FAMa"; not a place in brackets ("Nord-Kivu")."""
    return sum(ch.isupper() for ch in word) >= 2 and sum(ch.islower() for ch in word) <= 1


# A capitalised name, with its small words, defined by an acronym: "Tiako i Madagasikara (TIM)"
_DEFINED = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,4}|d'|l')){0,8}\s*\(([A-Z][\w/-]*)\)")
# An acronym given after a name, past words the phrase may have stopped short of ("... de
# l'information et de la communication du Sénégal (Synpics)"), with no clause break before it
ACRONYM_AFTER = re.compile(r"((?: [^\W\d][^\s,;:.()«»\"]*){0,8}?)\s*\(([A-Z][\w/-]*[A-Za-z0-9])\)")
_ORG_LABELS = frozenset({"ORG", "MISC"})


def _is_media(name: str, c: ReportingCues) -> bool:
    toks = list(lexicon(c.lang).names._tokenize(name))
    return any(hit[2].value in c.media for hit in c.sources.find(toks))


def past_dates(toks: list[Token], k: int) -> int:
    """Past a date that owns the document ("in Wednesday's issue"): the document itself."""
    j = k
    while j < len(toks) and (toks[j].ent_type_ == "DATE" or toks[j].tag_ == "POS" or toks[j].pos_ == "DET"):
        j += 1
    return j if j > k and j < len(toks) and toks[j - 1].tag_ == "POS" else k


def titled(toks: list[Token], k: int) -> tuple[int, int] | None:
    """A quoted name after a short description ("the weekly", "le quotidien")."""
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].text in _QUOTES:
            return _quoted_name(toks, j)
        if toks[j].pos_ not in ("DET", "ADJ", "NOUN"):
            return None
    return None


_QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _quoted_name(toks: list[Token], k: int) -> tuple[int, int] | None:
    """A capitalised name in quotation marks right at ``k`` (a title: a paper, a channel)."""
    if k >= len(toks) or toks[k].text not in _QUOTES:
        return None
    close = next((j for j in range(k + 1, min(k + 8, len(toks))) if toks[j].text in _QUOTES), None)
    if close is None or close == k + 1 or not toks[k + 1].text[:1].isupper():
        return None
    return (k + 1, close)


_ACRONYM = re.compile(r"((?: [^\W\d]['’\w]*){0,4}?)\s*\(([A-Z][A-Za-z0-9-]*[A-Za-z0-9])[),]")


def with_acronym(source: Source, toks: list[Token], end: int, c: ReportingCues) -> Source:
    """A source followed by its acronym: "le Forum tunisien pour les droits économiques et
    sociaux (FTDES)", "l'Institut d'études pour le développement et la paix (Indepaz)" are
    written in full; one the acronym names among the known sources ("la Force intérimaire des
    Nations unies au Liban (Finul)") takes that name (UNIFIL, not "United Nations")."""
    doc = toks[0].doc
    full = doc_text(doc)
    acronym = _ACRONYM.match(full, end) or ACRONYM_AFTER.match(full, end)
    initials = [t.text[0] for t in toks if t.text[:1].isupper()]
    if acronym is None or not (acronym.group(2).isupper() or initials[:1] == [acronym.group(2)[0]]):
        return source
    source = Source(source.name, f"{source.text}{acronym.group(1)} ({acronym.group(2)})")
    span = doc.char_span(acronym.start(2), acronym.end(2), alignment_mode="expand")
    hits = c.sources.find(list(span)) if span is not None else []
    if len(hits) == 1 and hits[0][0] == 0 and span is not None and hits[0][1] == len(span):
        return Source(hits[0][2].value, source.text)
    return source


def heads_phrase(known: tuple[int, int, Any], toks: list[Token], c: ReportingCues) -> bool:
    """A known name stands for the phrase if it is a proper name (media, institution) or covers
    the phrase's head noun ("a state government official" is not "government")."""
    if known[2].value in c.proper:
        return True
    nouns = [i for i, t in enumerate(toks) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return True
    head = nouns[0] if lexicon(c.lang).head_first else nouns[-1]
    if fold(toks[head].text) in c.role_nouns and head < known[0]:
        return True  # "le président de la société civile locale": a voice of the civil society
    return bool(known[0] <= head < known[1])


def actor_source(toks: list[Token], c: ReportingCues) -> Source | None:
    """A source named through an actor phrase; its text is the actor as written, so "un
    communiqué de l'armée malienne" is the source "Malian army" written "armée malienne"."""
    if not toks:
        return None
    span = toks[0].doc[toks[0].i : toks[-1].i + 1]
    for m in find_actor_mentions(span, c.lang):
        actor = m.actor
        names = common("sources")["from_actor"]
        for pattern in ("military", "police"):
            if actor.name.startswith(_pattern_prefix(pattern)):
                demonym = english_demonym(actor.country)
                key = pattern if demonym else f"{pattern}_bare"
                return Source(str(names[key]).format(demonym=demonym), _author_text(toks, m.text, c))
        if not m.generic:
            return Source(actor.name, _author_text(toks, m.text, c))
    return None


def _author_text(toks: list[Token], actor_text: str, c: ReportingCues) -> str:
    """The actor as written when the phrase is a document of it, else the whole phrase."""
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
    if nouns and fold(nouns[0].text) in c.document_nouns:
        return actor_text
    return toks[0].doc[toks[0].i : toks[-1].i + 1].text


def _pattern_prefix(pattern: str) -> str:
    return str(common("actors")["patterns"][pattern]["bare"])
