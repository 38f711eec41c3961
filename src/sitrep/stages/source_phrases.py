"""The surface grammar of source phrases: where a speaker's noun phrase starts and stops,
by rules that do not trust the parse of inverted clauses ("..., a indiqué un habitant de
Kidal, joint par téléphone"), and whether a phrase names a person."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.stages.actors import fold, lexicon
from sitrep.stages.reporting_cues import ReportingCues
from sitrep.stages.role_words import role_words

__all__ = ["CONTENT", "MAX_NP", "is_named", "np_forward"]

CONTENT = {"NOUN", "PROPN", "ADJ"}
MAX_NP = 14
_PERSON = {"PER", "PERSON"}


def np_forward(
    toks: list[Token], start: int, c: ReportingCues, stop_at: int | None = None, head: int = -1
) -> tuple[int, int] | None:
    """The noun phrase starting at toks[start] (determiners trimmed), by surface rules that do not
    trust the parse of inverted clauses: it stops at verbs, clause punctuation, dates and a new
    determiner; a person's name keeps one appositive title ("X, administrateur du territoire")."""
    lex = lexicon(c.lang)
    limit = min(len(toks), stop_at if stop_at is not None else len(toks), start + MAX_NP)
    j = start
    while j < limit and (fold(toks[j].text) in lex.determiners or toks[j].pos_ == "DET"):
        j += 1
    lo, hi, title_taken = j, j, False
    while hi < limit:
        tok = toks[hi]
        if tok.text == "," and not title_taken and _apposition(toks, lo, hi):
            title_taken = True
            hi += 1
            continue
        if not _continues(toks, hi, lo, c, before_head=hi < head):
            break
        hi += 1
    while hi > lo and (toks[hi - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT") or toks[hi - 1].text == ","):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _continues(toks: list[Token], k: int, lo: int, c: ReportingCues, before_head: bool = False) -> bool:
    tok = toks[k]
    prev = toks[k - 1] if k > lo else None
    misread = k == lo and k > 0 and toks[k - 1].pos_ == "DET"  # ("selon notre correspondant", a verb)
    noun_like = tok.pos_ == "VERB" and (tok.dep_ == "amod" or misread)
    if tok.pos_ in ("VERB", "AUX", "SCONJ", "PRON") and not noun_like:
        return False
    if tok.is_space:
        return False
    if tok.is_punct:
        return tok.text in "-'’"
    if tok.ent_type_ in ("DATE", "TIME") or (k > lo and fold(tok.text) in c.skip and tok.pos_ != "ADP"):
        return False
    if tok.like_num and k > lo:
        return False
    if fold(tok.text) in c.addressee | c.breaks and k > lo:
        return False
    if before_head and tok.pos_ in ("DET", "CCONJ", "NUM"):
        return True  # the parse already put these inside the subject
    if tok.pos_ == "DET" and prev is not None and prev.pos_ not in ("ADP", "CCONJ"):
        return False
    if tok.pos_ == "CCONJ":  # ("la police et des témoins")
        nxt = k + 2 if k + 2 < len(toks) and toks[k + 1].pos_ in ("DET", "ADP") else k + 1
        return nxt < len(toks) and toks[nxt].pos_ in CONTENT
    return True


def conjuncts(toks: list[Token], span: tuple[int, int]) -> list[tuple[int, int]]:
    """ "according to police and witnesses", "selon la KNCHR et Amnesty Kenya": two sources, each
    its own phrase; not the words of one name ("Ministry of Peace and Security", "Bosnia and
    Herzegovina", which the entity recogniser keeps whole)."""
    lo, hi = span
    parts, start = [], lo
    for k in range(lo + 1, hi - 1):
        tok = toks[k]
        if tok.pos_ != "CCONJ" or toks[k + 1].ent_iob_ == "I" or toks[k + 1].pos_ not in _OPENERS:
            continue
        if toks[k - 1].pos_ in ("ADP", "DET", "CCONJ") or k - 1 < start or _complements(toks, start, k):
            continue
        parts.append((start, k))
        start = k + 1
        while start < hi and toks[start].pos_ in ("DET", "ADP"):
            start += 1
    if start == lo or start >= hi:
        return [span]
    return [*parts, (start, hi)]


def _complements(toks: list[Token], start: int, k: int) -> bool:
    """The conjunction joins two complements of one noun ("ministère de la Défense et des Anciens
    combattants", "Ministry of Peace and Security"): after a preposition, a capitalised word or
    another preposition follows it."""
    if not any(t.pos_ == "ADP" for t in toks[start:k]):
        return False
    fused = role_words(toks[0].doc.lang_).definite_contractions  # ("des", tagged a preposition)
    nxt = next((t for t in toks[k + 1 : k + 4] if t.pos_ != "DET" and t.lower_ not in fused), None)
    return nxt is not None and (nxt.text[:1].isupper() or nxt.pos_ == "ADP")


_OPENERS = frozenset(CONTENT | {"DET", "ADP"})  # what may open the phrase after a conjunction


def is_named(toks: list[Token]) -> bool:
    return any(t.ent_type_ in _PERSON for t in toks) or sum(t.pos_ == "PROPN" for t in toks) >= 2


def _apposition(toks: list[Token], lo: int, comma: int) -> bool:
    """A title after a name ("X, administrateur") or a name after a title ("the commissioner, X")."""
    if is_named(toks[lo:comma]) and (_title_follows(toks, comma + 1) or toks[lo].pos_ != "NOUN"):
        return _title_follows(toks, comma + 1)  # (a title naming a place, "the ombudsman of X, Y", goes on)
    end = comma + 1
    while end < len(toks) and not toks[end].is_punct:
        end += 1
    return end > comma + 1 and is_named(toks[comma + 1 : end])


def _title_follows(toks: list[Token], k: int) -> bool:
    while k < len(toks) and toks[k].pos_ == "DET":
        k += 1
    return k < len(toks) and toks[k].pos_ in ("NOUN", "ADJ") and not toks[k].like_num
