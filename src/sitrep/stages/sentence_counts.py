"""The counts of people a sentence states, with or without a figure.

Beside the figures ("12", "une trentaine"), news counts people with words: "a"/"an" before a
person noun, one person listed beside a count ("the wife and three children": four), the one
person a killing verb names ("le journaliste X a été abattu"), "a couple" (two) and an ordinal
standing for one more ("and a third was killed"). An age set off after a name is no count.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.geo.fold import fold
from sitrep.model import Count
from sitrep.nlp import text_of
from sitrep.stages.casualty_words import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    climb,
    comitative,
    participle_kind,
    verb_kind,
)
from sitrep.stages.casualty_words import norm as _norm
from sitrep.stages.casualty_words import noun_kind as _noun_kind
from sitrep.stages.quantities import find_counts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.stages.casualty_words import CasualtyWords as _Lexicon

_OBJ = OBJECT_DEPS
_SUBJ = SUBJECT_DEPS


def sentence_counts(sent: Span, lang: str, lex: _Lexicon) -> list[Count]:
    """The sentence's counts, plus "a"/"an" before a person noun where the language has them,
    one person listed beside a count ("the wife and three children": four), and one person the
    killing verb names ("le journaliste X a été abattu")."""
    counts = [
        c
        for c in find_counts(text_of(sent), lang, offset=sent.start_char)
        if not _age(sent, c) and not _of_speakers(sent, c, lang)
    ]
    for tok in sent:
        ordinal = _norm(tok.lower_) in lex.ordinal_ones
        if tok.pos_ != "PROPN" and tok.dep_ not in ("det", "poss") and not ordinal:
            continue  # (none of the readings below can apply)
        counted = any(c.start <= tok.idx < c.end for c in counts)  # ("Sept civils": a figure)
        named = _named_person(tok) and _struck(tok, lex)  # "Efrén Castañeda was shot dead"
        if (named or _dead_named(tok, lex)) and not counted:
            counts.append(Count(1, "exact", tok.idx, tok.idx + len(tok.text), tok.text))
        if _one_more(tok, lex):  # "and a third was killed", "the fifth victim"
            counts.append(Count(1, "exact", tok.idx, tok.idx + len(tok.text), tok.text))
        if tok.dep_ not in ("det", "poss"):
            continue
        if _norm(tok.head.lemma_) not in lex.person_nouns and not _killed_unlisted(tok.head, lex):
            continue
        if _norm(tok.head.lemma_) in lex.collective_nouns:
            continue  # "une famille": a group of people, their number told elsewhere or not at all
        if tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN":
            continue  # "Sher Zaman, a resident of Karak": who a named person is, no one else
        word = _norm(tok.text)
        if _speaks(tok.head, lang):
            continue  # "a resident said three were killed": the witness, no victim
        if word in lex.one_determiners or (word in lex.listed_one and _one_listed(tok.head, lex)):
            counts.append(Count(1, "exact", tok.idx, tok.idx + len(tok.text), tok.text))
    return sorted((_pair(c, sent, lex) for c in counts), key=lambda c: c.start)


def _of_speakers(sent: Span, count: Count, lang: str) -> bool:
    """ "Un habitant a fait état de trois civils tués", "two residents said": the count is of
    the witnesses, not of the victims."""
    toks = count_tokens(sent, count)
    return bool(toks) and all(t.dep_ in ("det", "nummod") for t in toks) and _speaks(toks[-1].head, lang)


def _speaks(noun: Token, lang: str) -> bool:
    """The person is the subject of a reporting verb ("a resident said", "a fait état de")."""
    from sitrep.stages.reporting_cues import cues

    if noun.dep_ != "nsubj":
        return False
    c, verb = cues(lang), noun.head
    lemma = fold(verb.lemma_)
    objects = {fold(ch.text) for ch in verb.children if ch.dep_ in ("obj", "dobj")}
    return lemma in c.verbs or any(v == lemma and o in objects for v, o in c.verb_phrases)


def _one_more(tok: Token, lex: _Lexicon) -> bool:
    """An ordinal standing for one more person: the subject of a verb ("and a third was killed",
    "another died") or a determined person noun's adjective ("the fifth victim")."""
    if _norm(tok.lower_) not in lex.ordinal_ones:
        return False
    if any(c.dep_ == "det" and _norm(c.lower_) in lex.article_ones for c in tok.children):
        return False  # "un troisième": the article counts already
    if tok.dep_ in _SUBJ:
        return tok.pos_ == "DET" or any(c.dep_ == "det" for c in tok.children)
    noun = tok.head
    return (
        tok.dep_ in ("amod", "det")
        and (_norm(noun.lemma_) in lex.person_nouns or _noun_kind(noun, lex) is not None)
        and "Plur" not in noun.morph.get("Number", [])
        and any(c.dep_ == "det" for c in noun.children)
        and not any(_norm(c.lower_) in lex.one_determiners | lex.article_ones for c in noun.children)
    )  # ("a second soldier": the article counts already)


def _pair(count: Count, sent: Span, lex: _Lexicon) -> Count:
    """ "A married couple", "un couple": one noun, two people."""
    toks = count_tokens(sent, count)
    if count.value != 1 or len(toks) != 1 or toks[0].dep_ not in ("det", "nummod"):
        return count
    noun = toks[0].head
    if noun.i <= toks[0].i or _norm(noun.lemma_) not in lex.pair_nouns:
        return count
    return replace(count, value=2)


def _age(sent: Span, count: Count) -> bool:
    """ "Sher Zaman, 36, a resident of Karak": a bare number set off after a person's name is
    their age, not a toll."""
    toks = count_tokens(sent, count)
    if len(toks) != 1 or toks[0].i < 2 or toks[0].i + 1 >= len(toks[0].doc):
        return False
    tok, doc = toks[0], toks[0].doc
    name = doc[tok.i - 2]
    return (
        doc[tok.i - 1].text in (",", "(")
        and doc[tok.i + 1].text in (",", ")")
        and name.pos_ == "PROPN"
        and name.ent_type_ in ("PER", "PERSON")
    )


def _one_listed(noun: Token, lex: _Lexicon) -> bool:
    """ "The commander and his driver", "le journaliste X a été abattu", "killing the driver"
    (not "the commander was killed": someone told before, unless named or the incident's result)."""
    if _listed_with_count(noun, lex):
        return True
    partner = comitative(noun, lex)  # ("tué par balles avec son chauffeur")
    if partner is not None and partner.i != noun.i and _struck(partner, lex):
        return True
    return (_introduced(noun) or _result(noun)) and _struck(noun, lex)


def _named_person(tok: Token) -> bool:
    """A person's name filling the verb's slot itself (not one in apposition to "le journaliste")."""
    if tok.pos_ != "PROPN" or _apposed(tok):
        return False
    if tok.ent_type_ in ("PER", "PERSON"):
        return tok.dep_ in _SUBJ or tok.dep_ in _OBJ
    # the name the entity tagger missed or took for an organisation ("gunmen shot dead Abdulrahman
    # Milad", "Maseko ... was killed"): what a killing takes or strikes is a person, not a place
    return tok.ent_type_ in ("", "ORG") and tok.dep_ in _OBJ and not tok.like_num


def _dead_named(tok: Token, lex: _Lexicon) -> bool:
    """ "Two men on a motorcycle shot dead Jhon Fredy Cuarán", parsed with "shot" a noun and
    "dead" a modifier of the name: the name the death word stands right before is one dead."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PER", "PERSON") or tok.dep_ == "compound":
        return False
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("compound", "flat", "flat:name")])
    return any(
        c.dep_ == "amod" and c.i == first - 1 and participle_kind(c, lex) == "killed" for c in tok.children
    )


def _apposed(name: Token) -> bool:
    """ "Killed the governor of Balkh, Mohammad Muzammil, and two others", parsed with two
    objects: the name set off after a noun object is that person's, not a second victim."""
    left = name.left_edge
    if left.i == 0 or name.doc[left.i - 1].text != ",":
        return False
    return any(c.dep_ == name.dep_ and c.i < name.i and c.pos_ == "NOUN" for c in name.head.children)


def _result(noun: Token) -> bool:
    """The object of a gerund of result: "..., killing the driver", "..., tuant le chauffeur"."""
    head = climb(noun)
    verb = head.head
    gerund = (
        verb.tag_ == "VBG"
        or "Ger" in verb.morph.get("VerbForm", [])
        or ("Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []))
    )
    return gerund and head.dep_ in ("obj", "dobj") and verb.dep_ in ("advcl", "conj", "xcomp")


def _introduced(noun: Token) -> bool:
    """A person noun that names whom it means ("le journaliste Ramiro Osuna", "the mayor of
    Tecpan"): a first mention, not a reference back to someone already counted."""
    right = [t for c in noun.children if c.i > noun.i and c.dep_ != "punct" for t in c.subtree]
    return any(t.pos_ == "PROPN" for t in right)  # (also "the administrator of Lalo Asabi district")


def _struck(noun: Token, lex: _Lexicon, kind: str | None = None) -> bool:
    """One person the killing or wounding verb itself names ("le journaliste X a été abattu",
    "the mayor was shot dead"): one victim, written without a number."""
    if "Plur" in noun.morph.get("Number", []) or any(c.dep_ == "nummod" for c in noun.children):
        return False
    head = climb(noun)
    verb = head.head
    if verb.i == head.i or _norm(verb.lemma_) in lex.loss_verbs:
        return False  # ("a rescapé qui a perdu son frère": a relative's loss, told again)
    if verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and not _result(noun):
        return False  # ("until the last terrorist is eliminated", "after the mayor was killed")
    found = verb_kind(head.dep_, verb, head, head, lex)
    return found is not None and kind in (None, found)


def _killed_unlisted(noun: Token, lex: _Lexicon) -> bool:
    """A noun the lexicon does not list that a killing verb takes ("a rubber tapper was shot
    dead", "gunmen killed the administrator of X"): what is killed is someone. Not wounding,
    which is said of things too ("shot a drone")."""
    if noun.pos_ != "NOUN" or _norm(noun.lemma_) in lex.non_person_nouns | lex.collective_nouns:
        return False
    if noun.dep_ not in OBJECT_DEPS:
        return False  # (who kills or speaks: "a affirmé le Front ..., la coalition rebelle")
    if any(c.dep_ in OBJECT_DEPS and c.i != noun.i for c in noun.head.children):
        return False  # ("killed five men ..., the latest bloodshed": a second object is a misparse)
    return _struck(noun, lex, "killed")


def _listed_with_count(noun: Token, lex: _Lexicon) -> bool:
    """A singular person noun coordinated with a counted one, or with another such person
    ("the commander and his driver": two)."""
    if "Plur" in noun.morph.get("Number", []):
        return False
    partners = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        partners.append(noun.head)
    return any(any(c.dep_ == "nummod" for c in p.children) or _one_person(p, lex) for p in partners)


def _one_person(noun: Token, lex: _Lexicon) -> bool:
    dets = lex.listed_one | lex.one_determiners
    return (
        _norm(noun.lemma_) in lex.person_nouns
        and "Plur" not in noun.morph.get("Number", [])
        and any(c.dep_ in ("det", "poss") and _norm(c.text) in dets for c in noun.children)
    )


def count_tokens(sent: Span, count: Count) -> list[Token]:
    """The sentence's tokens the count's characters overlap."""
    if count.end <= count.start:
        return []
    span = sent.doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None:
        return [t for t in sent if t.idx < count.end and t.idx + len(t.text) > count.start]
    return [t for t in span if sent.start <= t.i < sent.end]
