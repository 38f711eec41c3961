"""Who the text attributes its claims to: source mentions, canonical names, and their scope.

Cues are data (``lang/<code>/reporting.json``): prepositional frames ("selon l'OSDH", "according
to local officials"), reporting verbs whose subject is the speaker ("l'agence Sana rapporte",
"police sources said"), inverted speakers after a comma or a quote ("..., a indiqué un habitant",
"..., said local resident X"), pronoun speakers ("a-t-il ajouté": the previous source), phrases
headed by "source(s)", and media named anywhere in a sentence that carries a cue ("a déclaré à
l'AFP", "carried by Amaq"). Quoted speech belongs to the speaker of the verb that introduces or
closes it. Names are normalised with ``lang/common/sources.json``; state forces named through an
actor phrase become "<Demonym> army"; people keep their name and title as written.

Carry-over rule (:func:`sources_for_sentence`): a sentence's sources are its own (including the
speaker of a quote it lies in); a sentence without any takes those of the nearest preceding
sentence, in its paragraph (a line of the article) or the paragraph before, that has
paragraph-scoped sources, so a new source ends the previous one's scope and an attribution
never reaches further than the next paragraph. Claims of responsibility are sentence-scoped.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Token

from sitrep.model import Source
from sitrep.nlp import doc_text
from sitrep.stages.actors import find_actor_mentions, fold, lexicon
from sitrep.stages.quotes import layout, quotations
from sitrep.stages.reporting_cues import ReportingCues as _Cues
from sitrep.stages.reporting_cues import agreeing, cues
from sitrep.stages.reporting_cues import reports_nothing as _unsaid
from sitrep.stages.reporting_cues import stem as _stem
from sitrep.stages.source_names import actor_source, heads_phrase, past_dates, referent, titled, with_acronym
from sitrep.stages.source_names import ministry as named_ministry
from sitrep.stages.source_phrases import CONTENT, MAX_NP, conjuncts, is_named, np_forward

log = logging.getLogger(__name__)

Scope = Literal["sentence", "paragraph"]
_STARTERS = {"DET", "NOUN", "PROPN", "ADJ", "NUM"}
_OPENERS = {",", "»", "”", '"', "—", "–", ":", "(", "'"}
_CARRY_PARAGRAPHS = 1  # a source read in one paragraph still covers the next one


@dataclass(frozen=True)
class SourceMention:
    """A source named in sentence ``sent_index`` (index into ``list(doc.sents)``); ``start``/``end``:
    character offsets of the phrase in the doc text; ``quote``: the quoted speech it speaks, if any."""

    sent_index: int
    start: int
    end: int
    text: str
    source: Source
    scope: Scope
    quote: tuple[int, int] | None = None


@dataclass
class _Found:
    """A mention under construction, with the verb that introduced it (for quotes)."""

    mention: SourceMention
    verb: Token | None = None


def find_sources(doc: Doc, lang: str) -> list[SourceMention]:
    """Every source mention of the document, in text order."""
    c = cues(lang)
    found: list[_Found] = []
    for si, sent in enumerate(doc.sents):
        here: list[_Found] = []
        toks = list(sent)
        cue_seen = _frame_sources(toks, si, c, here, found)
        cue_seen |= _verb_sources(toks, si, c, here, found)
        _source_nouns(toks, si, c, here)
        if cue_seen:
            _media(toks, si, c, here)
        found.extend(sorted(here, key=lambda f: f.mention.start))
    _attach_quotes(doc, c, found)
    return [f.mention for f in found]


def _frame_sources(toks: list[Token], si: int, c: _Cues, here: list[_Found], prior: list[_Found]) -> bool:
    """ "selon l'OSDH", "according to local officials", "a-t-on appris auprès de la police"."""
    seen = False
    for _, b, entry in c.frames.find(toks):
        seen = True
        # "de sources médicales": the frame's last word belongs to the source phrase
        start = b - 1 if entry.value in c.keeps_noun else b
        span = np_forward(toks, start, c)
        if span is not None and not _convention(toks[span[0] : span[1]], c):
            _add(toks, _author(toks, span, c), si, c, here, prior, "paragraph")
    return seen


def _convention(phrase: list[Token], c: _Cues) -> bool:
    """ "selon l'acronyme arabe", "according to the terms of the deal": a rule, not a speaker."""
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and fold(nouns[0].text) in c.convention_nouns


def _author(toks: list[Token], span: tuple[int, int], c: _Cues) -> tuple[int, int]:
    """ "according to a report by Human Rights Watch", "selon un rapport de l'ONU": past a document
    noun to who wrote it (a few hops: "a report in Wednesday's issue of the newssheet X")."""
    found = span
    lo, hi = span
    for _ in range(3):
        named = titled(toks, hi)
        if named is not None:  # 'the independent newspaper "Savana"': the paper's own name
            return named
        content = [t for t in toks[lo:hi] if t.pos_ in ("NOUN", "PROPN")]
        if content and not all(fold(t.text) in c.document_nouns or t.ent_type_ == "DATE" for t in content):
            return (lo, hi)
        # the next author preposition close by ("in Wednesday's issue of ..."), then its phrase
        end = min(hi + 5, len(toks))  # (not past a comma: "selon le communiqué, la riposte des FDS a...")
        near = range(hi, next((j for j in range(hi, end) if toks[j].text == ","), end))
        prep = next((j for j in near if fold(toks[j].text) in c.author_preps), None)
        name = titled(toks, prep + 1) if prep is not None else None
        if name is not None:  # 'of the weekly "Canal de Moçambique"'
            return name
        nxt = np_forward(toks, past_dates(toks, prep + 1), c) if prep is not None else None
        if nxt is None:
            return found
        lo, hi = nxt
    return found


def _verb_sources(toks: list[Token], si: int, c: _Cues, here: list[_Found], prior: list[_Found]) -> bool:
    """Speakers of reporting verbs: subject, inverted subject or pronoun (previous source)."""
    seen = False
    for pos, tok in enumerate(toks):
        width = _reporting_width(tok, toks, pos, c)
        if not width or _unsaid(tok, c):
            continue
        seen = True
        claim = _is_claim(tok, c)
        scope: Scope = "sentence" if claim else "paragraph"
        for span in _speakers(toks, pos, width, c, here, prior):
            if isinstance(span, SourceMention):
                here.append(_Found(replace(span, sent_index=si, scope=scope), tok))
            else:
                _add(toks, span, si, c, here, prior, scope, verb=tok)
    return seen


def _reporting_width(tok: Token, toks: list[Token], pos: int, c: _Cues) -> int:
    """1 for a reporting verb, the words up to its second for a two-word one ("fait état",
    "fait également état"), 0 otherwise."""
    if tok.pos_ not in ("VERB", "AUX") or (tok.pos_ == "AUX" and tok.dep_.startswith("aux")):
        return 0
    lemma = fold(tok.lemma_ or tok.text)
    k = pos + 1
    while k < len(toks) and k - pos < 3 and toks[k].pos_ == "ADV":
        k += 1
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and (lemma, fold(nxt.lemma_ or nxt.text)) in c.verb_phrases:
        return k - pos + 1
    if lemma in c.verbs or (tok.pos_ == "VERB" and _stem(fold(tok.text), c) in c.verb_stems):
        return 1
    return 0


def _is_claim(tok: Token, c: _Cues) -> bool:
    if fold(tok.lemma_) not in c.claim_verbs:
        return False
    if not c.claim_objects:
        return True
    return any(fold(ch.lemma_) in c.claim_objects for ch in tok.children)


def _speakers(
    toks: list[Token], pos: int, width: int, c: _Cues, here: list[_Found], prior: list[_Found]
) -> list[tuple[int, int] | SourceMention]:
    """Phrase spans (positions in ``toks``) or resolved earlier mentions speaking through toks[pos]."""
    verb = toks[pos]
    base = toks[0].i
    inverted = _inverted_pronoun(toks, pos, c)
    if inverted is not None:
        resolved = _resolve_pronoun(inverted, c, here, prior)
        return [resolved] if resolved else []
    preds = [verb, *toks[pos + 1 : pos + width]]
    preds += [ch for p in preds for ch in p.children if ch.dep_.startswith("aux")]
    preds += _split_auxiliary(verb)
    subjects = [
        ch
        for p in preds
        for ch in p.children
        if ch.dep_ in ("nsubj", "csubj")
        and 0 <= ch.i - base < len(toks)
        and fold(ch.text) not in c.skip
        and not any(g.dep_ == "case" and fold(g.text) in c.addressee for g in ch.children)
    ]  # (not "mardi" in "ont indiqué mardi à l'AFP des sources", nor "à l'AFP": the day, who was told)
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and _reporting_width(verb.head, toks, 0, c):
        return []  # "..., said X, adding that ...": the main verb's speaker already counts
    forms = verb.morph.get("VerbForm", [])
    participle = (bool({"Part", "Ger"} & set(forms)) or verb.tag_ in ("VBG", "VBN")) and not any(
        ch.dep_.startswith("aux") for ch in verb.children
    )  # a bare participle ("confirmant", "adding"), not a compound tense ("a indiqué")
    active = "Past" not in verb.morph.get("Tense", []) and verb.tag_ != "VBN"
    # (not a passive one: "two lecturers, accused of collaborating" are accused, not accusing)
    if not subjects and participle and active and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects = [verb.head]  # "un habitant, confirmant l'attaque, ..."
    if len(subjects) > 1:  # two subjects is a parse error: the speaker is the one next to the verb
        subjects = [min(subjects, key=lambda t: abs(verb.i - t.i))]
    if subjects and _incise(toks, pos, verb) and not participle:
        subjects = []  # "..., a rapporté un proche": the speaker follows, whatever the parse says
    if len(subjects) == 1 and (after := _after_the_object(toks, subjects[0], verb, c)):
        return list(after)
    out: list[tuple[int, int] | SourceMention] = []
    for subj in subjects:
        if subj.pos_ == "PRON" or fold(subj.text) in c.pronouns | c.impersonal:
            resolved = _resolve_pronoun(subj.text, c, here, prior)
            out.extend([resolved] if resolved else [])
            continue
        heads = [subj, *[t for t in subj.conjuncts if t.i > subj.i]]
        for k, head in enumerate(heads):
            stop = verb.i - base if verb.i > head.i else None
            if k + 1 < len(heads):  # "police and witnesses said": each speaks, neither swallows the other
                nxt = heads[k + 1].left_edge.i - base
                stop = nxt if stop is None else min(stop, nxt)
            lo = max(head.left_edge.i, head.i - 6) - base
            while lo < head.i - base and any(_separator(t) for t in toks[lo : head.i - base]):
                lo += 1  # a fronted phrase set off by a comma is not part of the subject
            span = np_forward(toks, lo, c, stop_at=stop, head=head.i - base)
            if span is not None:
                out.append(span)
    if subjects:
        return out
    if verb.dep_ in ("ROOT", "advcl", "conj") and not participle and not _after_opener(toks, pos, verb):
        fronted = _fronted_speakers(toks, verb, c)
        if fronted:
            return list(fronted)
    if _after_opener(toks, pos, verb) and not participle:
        j = _skip_to_speaker(toks, pos + width, c)
        return list(_inverted_speakers(toks, j, c))
    return []


def _after_the_object(toks: list[Token], subj: Token, verb: Token, c: _Cues) -> list[tuple[int, int]]:
    """ "..., killing ten people, a doctor and a party official told Reuters": the parse made the
    victims the subject; the speakers are the phrases after the last comma before the verb."""
    base = toks[0].i
    before = subj.left_edge.i - 1
    if before < base or toks[before - base].pos_ != "VERB" or verb.i < subj.i:
        return []
    commas = [t.i - base for t in toks[subj.i - base : verb.i - base] if t.text == ","]
    if not commas or any(t.pos_ in ("VERB", "AUX") for t in toks[commas[-1] : verb.i - base]):
        return []
    cuts = [commas[-1], *(k for k in range(commas[-1], verb.i - base) if toks[k].pos_ == "CCONJ")]
    ends = [*cuts[1:], verb.i - base]
    spans = [np_forward(toks, a + 1, c, stop_at=b) for a, b in zip(cuts, ends, strict=True)]
    return [sp for sp in spans if sp is not None]


def _inverted_speakers(toks: list[Token], j: int, c: _Cues) -> list[tuple[int, int]]:
    """ "..., ont indiqué des habitants et un élu local": each phrase after the verb, joined by
    a conjunction."""
    out: list[tuple[int, int]] = []
    while j < len(toks) and (toks[j].pos_ in _STARTERS or fold(toks[j].text) in lexicon(c.lang).determiners):
        span = np_forward(toks, j, c)
        if span is None:
            break
        out.append(span)
        j = span[1]
        if j + 1 >= len(toks) or toks[j].pos_ != "CCONJ" or toks[j + 1].pos_ not in _STARTERS:
            break  # (not "le Syndicat de l'information et de la communication")
        j += 1
    return out


def _fronted_speakers(toks: list[Token], verb: Token, c: _Cues) -> list[tuple[int, int]]:
    """ "..., in Kajuru, police and a church official said on Monday": a closing verb whose
    speakers the parser hung on the place before them; the phrases between the last comma and
    the verb speak."""
    first = min([verb.i, *[ch.i for ch in verb.children if ch.dep_.startswith("aux")]]) - toks[0].i
    lo = first - 1
    while lo >= 0 and not _separator(toks[lo]):
        lo -= 1
    if lo < 1 or lo == first - 1 or toks[lo].text != ",":
        return []
    out, j = [], lo + 1
    while j < first:
        span = np_forward(toks, j, c, stop_at=first)
        if span is None:
            return []
        out.append(span)
        j = span[1]
        if j < first and toks[j].pos_ != "CCONJ":
            return []  # not a plain list of speakers ("..., the toll rose, police said")
        j += 1
    return out


def _incise(toks: list[Token], pos: int, verb: Token) -> bool:
    """An inserted "..., a rapporté un proche d'un détenu." closing the sentence: the phrase after
    the verb is its speaker even when the parser hung an earlier noun on the verb as subject."""
    if not _after_opener(toks, pos, verb) or (verb.dep_ == "ROOT" and not _finite_before(verb)):
        return False
    base, end = toks[0].i, toks[-1].i
    for ch in verb.children:
        if ch.i > verb.i and ch.dep_ in ("obj", "dobj", "nsubj") and ch.pos_ in ("NOUN", "PROPN", "X"):
            after = ch.right_edge.i + 1
            return after > end or toks[after - base].is_punct
    return False


def _finite_before(verb: Token) -> bool:
    """ "Les kamikazes se sont fait exploser à X, a précisé une source": a tensed verb (not relative)
    hung on the root's subject is the sentence's own verb, so the root is an incise."""
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.i < verb.i]
    acls = [a for s in subjects for a in s.children if a.dep_ == "acl" and a.pos_ == "VERB"]
    return any(
        any(k.dep_.startswith("aux") for k in a.children)
        and not any("Rel" in k.morph.get("PronType", []) for k in a.children)
        for a in acls
    )


def _separator(tok: Token) -> bool:
    """Punctuation that sets a phrase off (not the hyphen of "state-affiliated")."""
    return tok.is_punct and not _HYPHEN_TOKEN.fullmatch(tok.text)


_HYPHEN_TOKEN = re.compile(r"[-\u2010\u2011]")


def _skip_to_speaker(toks: list[Token], j: int, c: _Cues) -> int:
    """Past adverbs, times and the addressee between an inverted verb and its speaker:
    "a confié dimanche à l'AFP un officier"."""
    while j < len(toks):
        word = fold(toks[j].text)
        if word in c.addressee:
            np = np_forward(toks, j + 1, c)
            j = np[1] if np is not None else j + 1
        elif word in c.skip or toks[j].pos_ == "ADV" or toks[j].text == ",":
            j += 1
        else:
            break
    return j


def _inverted_pronoun(toks: list[Token], pos: int, c: _Cues) -> str | None:
    """ "a-t-il indiqué", "ajoute-t-elle": the pronoun glued to the verb or its auxiliary."""
    for j in (*range(max(pos - 3, 0), pos), *range(pos + 1, min(pos + 3, len(toks)))):
        word = fold(toks[j].text)
        if toks[j].text.startswith("-") and _bare(word) in {_bare(w) for w in c.pronouns | c.impersonal}:
            return word
    return None


def _after_opener(toks: list[Token], pos: int, verb: Token) -> bool:
    """Whether the verb (with its auxiliaries) follows a comma, a quote or a colon: inverted order."""
    first = min([verb.i, *[ch.i for ch in verb.children if ch.dep_.startswith("aux")]]) - toks[0].i
    k = first - 1
    while k >= 0 and toks[k].text.startswith("-"):
        k -= 1
    return k >= 0 and toks[k].text in _OPENERS


def _split_auxiliary(verb: Token) -> list[Token]:
    """ "Le parquet a, de son côté, affirmé ...": a participle with no auxiliary of its own whose
    auxiliary, cut off by an inserted phrase, the parser read as a clause carrying the subject."""
    if "Part" not in verb.morph.get("VerbForm", []) or any(c.dep_.startswith("aux") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and len(list(c.subtree)) < 12]


def _resolve_pronoun(word: str, c: _Cues, here: list[_Found], prior: list[_Found]) -> SourceMention | None:
    if _bare(word) in {_bare(w) for w in c.impersonal}:
        return None
    earlier = prior + here
    return earlier[-1].mention if earlier else None


def _bare(word: str) -> str:
    """ "-t-il" / "t-il" / "-il" -> "il": the pronoun of a French inversion."""
    w = fold(word).lstrip("-")
    return w[2:] if w.startswith("t-") else w


def _source_nouns(toks: list[Token], si: int, c: _Cues, here: list[_Found]) -> None:
    """Phrases headed by "source(s)" are sources wherever they stand ("police sources said")."""
    for pos, tok in enumerate(toks):
        if fold(tok.text) not in c.source_nouns or _covered(here, tok.idx):
            continue
        lo = pos
        while lo > 0 and toks[lo - 1].pos_ in (*CONTENT, "CCONJ") and not toks[lo - 1].is_sent_start:
            lo -= 1
        while lo < pos and toks[lo].pos_ == "CCONJ":
            lo += 1
        span = np_forward(toks, lo, c)
        if span is not None:
            _add(toks, span, si, c, here, [], "paragraph")


def _media(toks: list[Token], si: int, c: _Cues, here: list[_Found]) -> None:
    """Agencies and broadcasters named anywhere in a sentence that attributes."""
    for a, b, entry in c.sources.find(toks):
        if entry.value in c.media and not _covered(here, toks[a].idx) and not _in_longer_name(toks, a, b):
            _add(toks, (a, b), si, c, here, [], "paragraph")


def _in_longer_name(toks: list[Token], a: int, b: int) -> bool:
    """ "Near Kfar Saba": an agency's name that is only part of a longer proper name."""
    return any(
        0 <= i < len(toks) and toks[i].pos_ == "PROPN" and toks[i].text[:1].isupper() for i in (a - 1, b)
    )


def _covered(here: list[_Found], char: int) -> bool:
    return any(f.mention.start <= char < f.mention.end for f in here)


def _add(
    toks: list[Token],
    span: tuple[int, int],
    si: int,
    c: _Cues,
    here: list[_Found],
    prior: list[_Found],
    scope: Scope,
    verb: Token | None = None,
) -> None:
    parts = conjuncts(toks, span)
    if len(parts) > 1:  # "according to police and witnesses": each its own source
        for part in parts:
            _add(toks, part, si, c, here, prior, scope, verb)
        return
    lo, hi = span
    start, end = toks[lo].idx, toks[hi - 1].idx + len(toks[hi - 1].text)
    if any(f.mention.start < end and start < f.mention.end for f in here):
        return
    text = toks[lo].doc[toks[lo].i : toks[hi - 1].i + 1].text
    source = _canonical(toks[lo:hi], c, prior + here)
    if source is None:
        return
    source = with_acronym(source, toks[lo:hi], end, c)
    here.append(_Found(SourceMention(si, start, end, text, source, scope), verb))


def _canonical(toks: list[Token], c: _Cues, earlier: list[_Found]) -> Source | None:
    """The canonical source of a phrase: a person as written (name and title), a known source,
    a state force or group named through an actor phrase, an anaphoric document ("le
    communiqué": the source that issued the last one), else the phrase itself."""
    text = toks[0].doc[toks[0].i : toks[-1].i + 1].text
    hits = c.sources.find(toks)
    known = max(hits, key=lambda h: h[1] - h[0]) if hits else None
    span = toks[0].doc[toks[0].i : toks[-1].i + 1]
    mentions = find_actor_mentions(span, c.lang)
    actors = [m for m in mentions if not m.generic]
    forces = [m for m in mentions if m.actor.kind == "state_forces"]  # "Mali's army": no proper name
    covered = {i for a, b, _ in hits for i in range(a, b)}
    covered |= {i for i, t in enumerate(toks) for m in actors + forces if m.start <= t.idx < m.end}
    ministry = named_ministry(toks, c)
    if ministry is not None and (known is None or known[2].value not in c.media):
        return ministry  # "Russia's defence ministry": the country's, not any ministry of defence
    told = referent(toks, c) if not hits and not actors else None
    if told is not None:
        return Source(told, text)
    if is_named([t for i, t in enumerate(toks) if i not in covered]):
        return Source(text, text)
    if known is not None and heads_phrase(known, toks, c):
        owner = actor_source(toks[known[1] :], c) if known[2].value not in c.proper else None
        role = agreeing(known[2].value, toks[known[0] : known[1]], c)
        return Source(f"{owner.name.split(':')[0]} {role}" if owner else role, text)  # "SDF officials"
    actor = actor_source(toks, c)
    if actor is not None:
        return actor
    content = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
    if content and all(fold(t.text) in c.document_nouns for t in content):
        return _antecedent(earlier, c)
    if any(fold(t.text) in c.same_words for t in toks) and earlier:
        return replace(earlier[-1].mention.source)  # "selon la même source": the last one
    if not content:
        return None
    return Source(text, text)


def _antecedent(earlier: list[_Found], c: _Cues) -> Source | None:
    """The source (as first written) of the last document named ("un communiqué de l'armée"),
    else the last source."""
    for f in reversed(earlier):
        words = {fold(w) for w in f.mention.text.split()}
        if words & c.document_nouns:
            return replace(f.mention.source)
    return next((replace(f.mention.source) for f in reversed(earlier)), None)


def _attach_quotes(doc: Doc, c: _Cues, found: list[_Found]) -> None:
    """Give each quotation to the speaker of the verb that closes or opens it."""
    text = doc_text(doc)
    for q_start, q_end in quotations(text, c.quotes):
        best: int | None = None
        for k, f in enumerate(found):
            if f.verb is None or f.mention.quote is not None:
                continue
            v = f.verb.idx
            between = text[q_end:v] if v >= q_end else text[v:q_start]
            if len(between) <= 40 and "\n" not in between and not any(o in between for o, _ in c.quotes):
                best = k
                break
        if best is not None:
            f = found[best]
            found[best] = _Found(replace(f.mention, quote=(q_start, q_end)), f.verb)


def issuer(doc: Doc, lang: str, opening: list[int]) -> Source | None:
    """The organisation that issued a statement ("The United Nations Mission in South Sudan
    condemns ...", "Les Forces armées maliennes informent ..."): the named subject of a verb of
    statement in the present tense in the opening sentences (``opening``: their indices)."""
    c = cues(lang)
    sents = list(doc.sents)
    for si in opening:
        for verb in sents[si] if si < len(sents) else ():
            if verb.pos_ != "VERB":
                continue
            present = "Pres" in verb.morph.get("Tense", []) or verb.tag_ in ("VBZ", "VBP")
            said = fold(verb.lemma_) in c.issuer_verbs or _stem(fold(verb.text), c, c.issuer_verbs)
            if not present or not said:
                continue
            for subj in (ch for ch in verb.children if ch.dep_ in ("nsubj", "csubj")):
                toks = list(doc[subj.left_edge.i : subj.right_edge.i + 1])
                named = any(t.text[:1].isupper() for t in toks if not t.is_sent_start)
                source = _canonical(toks, c, []) if 0 < len(toks) <= MAX_NP else None
                if source is not None and (named or source.name != source.text):
                    return source  # a name, or a known body ("l'armée malienne": "Malian army")
    return None


def sources_for_sentence(doc: Doc, sent_index: int, mentions: list[SourceMention]) -> list[Source]:
    """The sources a sentence's claims are attributed to (see the module docstring's rule)."""
    bounds, breaks = layout(doc)
    sent = bounds[sent_index]
    own = [m for m in mentions if m.sent_index == sent_index or _in_quote(m, sent)]
    if own:
        return _unique(own)
    para = bisect.bisect(breaks, sent[0])
    back = [j for j in range(sent_index - 1, -1, -1) if para - bisect.bisect(breaks, bounds[j][0]) <= 0]
    ahead = [j for j in range(sent_index + 1, len(bounds)) if bisect.bisect(breaks, bounds[j][0]) == para]
    earlier = [  # (the paragraphs before, as far as a source carries)
        j
        for j in range(sent_index - 1, -1, -1)
        if 0 < para - bisect.bisect(breaks, bounds[j][0]) <= _CARRY_PARAGRAPHS
    ]
    # The paragraph's own source first, told before or after ("Six traders were abducted. The
    # driver was released later, a local official said."), then one carried from before.
    for j in [*back, *ahead[:1], *earlier]:
        carried = [m for m in mentions if m.sent_index == j and m.scope == "paragraph"]
        if carried:
            return _unique(carried)
    return []


def _in_quote(m: SourceMention, sent: tuple[int, int]) -> bool:
    return m.quote is not None and m.quote[0] < sent[1] and sent[0] < m.quote[1]


def _unique(mentions: list[SourceMention]) -> list[Source]:
    out: dict[str, Source] = {}
    for m in mentions:
        out.setdefault(m.source.name, m.source)
    return list(out.values())
