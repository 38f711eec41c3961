"""Death and injury tolls a sentence states, with whom they are about.

Counts come from :mod:`sitrep.stages.quantities`; a count is a casualty only when the
dependency parse links it to a death or injury word of ``lang/<code>/casualties.json``:

* the counted noun is itself the toll ("22 morts", "60 wounded", "22 corps");
* it is modified by one ("40 soldats tués", "five people dead");
* it is the object / passive subject of a killing or wounding verb ("tuant 40 militants",
  "36 soldiers had been wounded"), the subject of a dying verb ("cinq personnes ont péri"),
  the complement of a death noun ("la mort de 13 personnes") or of a frame
  ("a coûté la vie à 12", "claimed the lives of 20", "ont trouvé la mort");
* it is a soldier-like noun lost by a side ("l'armée a perdu six hommes").

Agents ("12 gunmen killed two"), other numbers (vehicles, prisoners, displaced people) and
parts of earlier tolls are told apart: a count introduced by "dont", "18 of them",
"parmi les victimes" is a subset (``subset`` and ``subset_of``), never to be added again.
Tolls over a period ("depuis novembre", "this year", "des milliers") are flagged ``aggregate``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.model import Count
from sitrep.nlp import text_of
from sitrep.stages.aggregates import is_aggregate
from sitrep.stages.casualty_words import (
    NOMINAL,
    OBJECT_DEPS,
    SECONDARY,
    SUBJECT_DEPS,
    CasualtyKind,
    climb,
    earlier_toll,
    gerund_kind,
    side_of,
    toll_statement,
    toll_subject,
    verb_kind,
)
from sitrep.stages.casualty_words import CasualtyWords as _Lexicon
from sitrep.stages.casualty_words import casualty_words as _lexicon
from sitrep.stages.casualty_words import complement as _complement
from sitrep.stages.casualty_words import definite as _definite
from sitrep.stages.casualty_words import has_object as _has_object
from sitrep.stages.casualty_words import is_participle as _is_participle
from sitrep.stages.casualty_words import norm as _norm
from sitrep.stages.casualty_words import noun_kind as _noun_kind
from sitrep.stages.casualty_words import participle_kind as _participle_kind
from sitrep.stages.casualty_words import prep_of as _prep_of
from sitrep.stages.sentence_counts import count_tokens, sentence_counts

log = logging.getLogger(__name__)

__all__ = ["Casualty", "CasualtyKind", "casualties_in"]

_OBJ = OBJECT_DEPS
_SUBJ = SUBJECT_DEPS
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_NOMINAL = NOMINAL
_PREDICATE = frozenset({"VERB", "AUX", "ADJ"})
_SECONDARY = SECONDARY


@dataclass
class Casualty:
    """One toll: ``count`` people ``kind`` (killed / injured), about ``victim``.

    ``victim`` is the head noun as written ("soldats", "civilians"), "" when the text names
    none ("22 morts"); ``victim_span`` its character offsets in the document. ``subset`` marks a
    part of another toll ("dont 18 civils"); ``subset_of`` is that toll's index in the same
    list when it is in the same sentence. ``aggregate`` marks a toll over a period rather than
    one incident. ``side``: state_forces / civilians / non_state / attackers, when the victim
    noun tells. ``cue``: the word that made the count a casualty.
    """

    kind: CasualtyKind
    count: Count
    victim: str = ""
    victim_span: tuple[int, int] | None = None
    subset_of: int | None = None
    subset: bool = False
    aggregate: bool = False
    side: str | None = None
    cue: str = ""
    revised: bool = False  # stated as the toll now ("le bilan s'est alourdi à 19", "the toll rose to 19")
    stale: bool = False  # an earlier toll, since overtaken ("le premier bilan faisait état de 18 morts")


# --- reading one count -----------------------------------------------------------------------


@dataclass
class _Reading:
    """What the parse says about one count, before subsets are linked."""

    kind: CasualtyKind
    cue: Token
    head: Token  # the syntactic head of the counted phrase
    victim: Token | None
    subset: bool = False
    among: Token | None = None  # "parmi les 22 victimes": the toll this one is part of
    pronoun_partitive: bool = False  # "18 of them": a subset only if "them" is a toll here


def _phrase(root: Token, ids: set[int], lex: _Lexicon) -> tuple[Token, Token | None]:
    """(head, victim noun) of the phrase a count quantifies."""
    group = _collective(root, lex)
    if group is not None:
        return group, group  # "a family of five": five people
    head = root.head
    modifier = root.dep_.startswith("nummod") or root.dep_ in ("det", "quantmod", "compound", "case")
    modifier |= root.dep_ == "npadvmod" and head.dep_ in _MODIFIERS  # "a dozen displaced people"
    if root.pos_ == "NOUN" and not root.like_num and not (modifier and head.i > root.i):
        # "une trentaine de villageois", "dozens of" (but "a dozen people" counts "people")
        return root, _complement(root, lex.partitive)
    # "a 10-year-old boy"; "two Sudanese Red Crescent Society volunteers", however far
    near = 0 < head.i - root.i <= 4 or (root.dep_ in ("det", "nummod") and head.i > root.i)
    if head.dep_ in _MODIFIERS and head.head.pos_ == "NOUN" and 0 < head.head.i - head.i < 6:
        # "deux jeunes manifestants", "two Red Crescent Society volunteers": the number on a modifier
        head = head.head
    if head.i not in ids and near and head.pos_ in _NOMINAL - {"NUM"}:
        return head, head  # "40 soldats", "sept autres"
    nxt = root.doc[max(ids) + 1] if max(ids) + 1 < len(root.doc) else None
    if (
        nxt is not None
        and (nxt.pos_ in ("NOUN", "ADJ", "PROPN", "PRON") or _noun_kind(nxt, lex) is not None)
        and (root.like_num or root.pos_ in ("NUM", "DET"))
    ):  # (and "more than 60 wounded", "wounded" read as a verb)
        # "589 civils" with the number misattached to the verb, or heading the noun itself
        return (root, nxt) if nxt.head.i == root.i else (nxt, nxt)
    # "tuant 12", "30 d'entre eux", "Four of the victims" (not "Un jeune de 22 ans")
    part = _complement(root, lex.partitive)
    if part is not None and (part.i - root.i > 3 or any(g.dep_ == "nummod" for g in part.children)):
        part = None
    return root, part


def _collective(root: Token, lex: _Lexicon) -> Token | None:
    """The group noun whose size a count right after its partitive gives ("a family of five",
    "une famille de cinq personnes", however the parser hung the count): the group's members
    are the counted people."""
    if not root.like_num or root.i < 2:
        return None
    case = root.doc[root.i - 1]
    if case.pos_ != "ADP" or _norm(case.lower_) not in lex.partitive:
        return None
    group = root.doc[case.i - 1]
    return group if group.pos_ == "NOUN" and _norm(group.lemma_) in lex.collective_nouns else None


def _among(tok: Token, lex: _Lexicon) -> Token | None:
    """A "parmi les victimes" / "among the dead" complement of ``tok``."""
    target = _complement(tok, lex.among, after=False)
    if target is not None and _noun_kind(target, lex):
        return target
    return None


def _read(head: Token, victim: Token | None, lex: _Lexicon) -> _Reading | None:
    """How the counted phrase headed by ``head`` is a casualty, if it is one."""
    for tok in (victim, head):
        if tok is not None and (kind := _noun_kind(tok, lex)):
            # "Four of the victims" is part of a toll; "une dizaine de blessés" is one
            partitive = tok is victim and tok is not head and _definite(tok)
            if partitive and head.dep_ in _SUBJ and _norm(head.head.lemma_) in lex.killed_intransitive:
                kind = "killed"  # "seven of the injured died in hospital": part of the dead now
            return _Reading(kind, tok, head, victim, subset=partitive)
    for c in head.children:
        if c.dep_ in _SECONDARY and (c.i > head.i or c.dep_ == "amod") and not _has_object(c):
            kind = _participle_kind(c, lex)
            if kind:
                return _Reading(kind, c, head, victim)
    cur = climb(head, lex)
    if cur is not head and (kind := _noun_kind(cur, lex)):
        return _Reading(kind, cur, head, victim)
    if _things(head, lex):
        return None  # "détruisant deux voitures", whatever the parse attached it to
    rel, gov = _prep_of(cur)
    if rel in ("dep", "fixed", "flat") and gov.dep_ in _SUBJ and gov.head.i != gov.i:
        rel, gov = gov.dep_, gov.head  # "Au moins 56.538 civils": the noun hung on "Au", the subject
    if gov.dep_.startswith("aux") and gov.head.i != gov.i and rel in _SUBJ:
        gov = gov.head  # "une femme ... a en outre été tuée": the subject hung on the auxiliary
    if gov.i != cur.i:
        reading = _governed(rel, gov, cur, head, victim, lex)
        if reading is None and cur is not head and rel.startswith("prep:") and gov.pos_ == "NOUN":
            # "la mort de 16 soldats et de 34 rebelles", the second conjunct misattached one level down
            up_rel, up_gov = _prep_of(gov)
            if up_gov.i != gov.i:
                reading = _governed(up_rel, up_gov, gov, head, victim, lex)
        if reading is not None:
            return reading
    among = _among(head, lex) or (_among(gov, lex) if gov.pos_ in _PREDICATE else None)
    if among is not None and (kind := _noun_kind(among, lex)):
        return _Reading(kind, among, head, victim, subset=True, among=among)
    return _gapped(head, victim, lex) or _orphan_passive(head, victim, lex)


def _gapped(head: Token, victim: Token | None, lex: _Lexicon) -> _Reading | None:
    """ "Killed 12 people in Kajuru and eight in Kauru", "tué 12 personnes à X et huit à Y": the
    verb left out before the second count, which the parse hangs on the verb as a conjunct; it is
    the verb's object again, of the same kind of victims."""
    verb = head.head
    if verb.pos_ != "VERB" and verb.head.pos_ == "VERB":
        verb = verb.head  # ("à Kaya et trois à Dori": the count joined to the first place)
    if head.dep_ != "conj" or head.pos_ != "NUM" or verb.pos_ != "VERB" or verb.i > head.i:
        return None
    kind = _kind_of_verb(verb, lex)
    first = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i < head.i), None)
    if kind is None or first is None:
        return None
    return _Reading(kind, verb, head, victim or first)


def _orphan_passive(head: Token, victim: Token | None, lex: _Lexicon) -> _Reading | None:
    """A passive killing verb the parser left without its subject, after the counted phrase:
    "Pas moins de 40 terroristes ... ont été éliminés" with the phrase misattached."""
    verb = head
    for _ in range(8):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i < head.i:
        return None
    deps = {c.dep_ for c in verb.children}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass") and _real_subject(c, lex)]
    if not deps & {"aux:pass", "auxpass"} or subjects:
        return None
    kind = _kind_of_verb(verb, lex)
    return _Reading(kind, verb, head, victim) if kind else None


def _kind_of_verb(verb: Token, lex: _Lexicon) -> CasualtyKind | None:
    """The toll a verb states by its lemma ("tuer", "wound")."""
    lemma = _norm(verb.lemma_)
    return "killed" if lemma in lex.killed_verbs else "injured" if lemma in lex.injured_verbs else None


def _real_subject(tok: Token, lex: _Lexicon) -> bool:
    """Not a subject the parser made of a source or a part ("Selon un communiqué, « une douzaine
    de terroristes » ont été tués": no subject takes a preposition, and no document dies)."""
    if any(c.dep_ == "case" for c in tok.children) or tok.pos_ in ("ADP", "ADV", "DET"):
        return False  # (nor a word of "au moins" the parser made the subject of "16.175 civils")
    end = next((t.i for t in tok.doc[tok.left_edge.i : tok.i] if t.like_num), tok.i)
    if end > tok.left_edge.i and lex.subset_before.search(tok.doc[tok.left_edge.i : end].text):
        return False  # "dont six enfants": a part of the toll, not the subject
    return _norm(tok.lemma_) not in lex.non_person_nouns


def _governed(
    rel: str, gov: Token, cur: Token, head: Token, victim: Token | None, lex: _Lexicon
) -> _Reading | None:
    """Casualty readings that come from the word governing the counted phrase."""
    prep = rel.removeprefix("prep:") if rel.startswith("prep:") else None
    gov_kind = _noun_kind(gov, lex)
    if gov.pos_ in ("NOUN", "PROPN") and _norm(gov.lemma_) in lex.death_nouns and prep in lex.partitive:
        return _Reading("killed", gov, head, victim)  # "la mort de 13 personnes"
    toll_prep = prep is not None and (not lex.toll_preps or _norm(prep) in lex.toll_preps)
    if _norm(gov.lemma_) in lex.toll_nouns and toll_prep:
        return _Reading("killed", gov, head, victim)  # "le bilan est de 40", "the toll rose to 40"
    toll_role = _SUBJ | ({"obj", "dobj"} if toll_prep else set())
    if (
        gov.pos_ in _PREDICATE
        and (rel in ("obj", "dobj") or toll_prep)
        and (
            any(c.dep_ in toll_role and _norm(c.lemma_) in lex.toll_nouns for c in gov.children)
            or (_norm(gov.lemma_) in lex.toll_change_verbs and toll_subject(gov, lex))  # "Il est passé à 20"
        )
    ):
        return _Reading("killed", gov, head, victim)  # "the toll reached 40", "bringing the toll to 40"
    # ("two men ... shot dead a driver", "two men ... shot dead Jhon Cuarán", "dead" read as a modifier)
    shooter = gov.pos_ == "ADJ" and rel in _SUBJ and (_has_object(gov) or gov.dep_ == "amod")
    if gov_kind is not None and gov.pos_ in ("NOUN", "ADJ", "PROPN") and not shooter:
        # "22 morts, dont 18 civils", "parmi les 22 victimes": a part of that toll
        return _Reading(gov_kind, gov, head, victim, subset=prep in lex.among, among=gov)
    if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("obj", "dobj"):
        frames = lex.object_frames.get(_norm(gov.head.lemma_), frozenset())
        if _norm(gov.lemma_) in frames:
            return _Reading("killed", gov, head, victim)  # "claimed the lives of 20 people"
    if gov.pos_ in _PREDICATE and (kind := verb_kind(rel, gov, cur, head, lex)):
        return _Reading(_nearer_verb(gov, head, kind, lex), gov, head, victim)
    return None


def _nearer_verb(gov: Token, head: Token, kind: CasualtyKind, lex: _Lexicon) -> CasualtyKind:
    """The kind of the casualty verb written between the governor and the count, when the parse
    skipped it: "tuant un vendeur et blessant six autres personnes" (six hung on "tuant")."""
    for tok in gov.doc[gov.i + 1 : head.left_edge.i]:
        other = _kind_of_verb(tok, lex) if tok.pos_ in ("VERB", "AUX") else gerund_kind(tok, lex)
        if other is not None and other != kind:
            return other
    return kind



def _things(head: Token, lex: _Lexicon) -> bool:
    """A count of things ("deux voitures"), or a share of things ("47 des 112 drones")."""
    if _norm(head.lemma_) in lex.non_person_nouns or _norm(head.text) in lex.non_person_nouns:
        return True
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.head == head and _norm(nxt.lemma_) in lex.non_person_nouns:
        return True  # "deux cents têtes de bétail": the noun the parse hung on "cents"
    return any(  # ("une centaine de têtes de bétail": the quantity noun's own complement)
        c.dep_ in ("nmod", "prep", "pobj")
        and _norm(c.lemma_) in lex.non_person_nouns
        and (head.pos_ == "NUM" or head.like_num or (c.i <= head.i + 2 and not _person_noun(head, lex)))
        for c in head.children
    )


def _person_noun(tok: Token, lex: _Lexicon) -> bool:
    lemma = _norm(tok.lemma_)
    return lemma in lex.person_nouns or lemma in lex.sides or _noun_kind(tok, lex) is not None


def _adjacent(toks: list[Token], sent: Span, lex: _Lexicon, head: Token) -> _Reading | None:
    """Fallback for a parse that missed the link: "40 soldats tués" read left to right."""
    end = toks[-1].i
    if toks[0].i > sent.start and not _things(head, lex):
        verb = sent.doc[toks[0].i - 1]  # "tuant dix d'entre eux", "killing 12"
        # (a verb the tagger took for a noun keeps its form as lemma: "et blessant quatre autres")
        kind = _kind_of_verb(verb, lex) if verb.pos_ == "VERB" or verb.lemma_ == verb.lower_ else None
        if kind is not None:
            return _Reading(kind, verb, head, None)
    for tok in sent.doc[end + 1 : min(end + 4, sent.end)]:
        kind = _noun_kind(tok, lex) or (
            _participle_kind(tok, lex) if _is_participle(tok) or tok.tag_ in lex.participle_tags else None
        )
        if kind:
            return _Reading(kind, tok, head, head if head.i < tok.i and head.i > end else None)
        if not (tok.pos_ in ("NOUN", "ADJ") or _norm(tok.text) in lex.other_words):
            return None
    return None


# --- the sentence ----------------------------------------------------------------------------


def _span_root(toks: list[Token]) -> Token:
    """The number (or vague noun) of a count's tokens, not its qualifier ("au moins")."""
    ids = {t.i for t in toks}
    tok = toks[-1]
    while (
        tok.head.i in ids and tok.head.i != tok.i and (tok.head.like_num or tok.head.pos_ in ("NUM", "NOUN"))
    ):
        tok = tok.head
    return tok


def _victim(reading: _Reading, lex: _Lexicon) -> Token | None:
    """The noun naming who the toll is about, if the text names one."""
    tok = reading.victim
    if tok is not None and _noun_kind(tok, lex):
        inner = _complement(tok, lex.partitive | lex.among)
        if inner is None:  # "Neuf morts (assaillants)"
            inner = next((c for c in tok.children if c.i > tok.i and _parenthetical(c)), None)
        if inner is not None and any(g.dep_ == "nummod" or g.like_num for g in inner.children):
            inner = None  # "22 morts, dont 18 civils": that noun has its own count
        tok = inner
    if tok is None or tok.like_num or _norm(tok.text) in lex.other_words | lex.pronouns:
        return None
    if tok.pos_ == "PRON" or _noun_kind(tok, lex):
        return None
    return tok


def _parenthetical(tok: Token) -> bool:
    return tok.dep_ == "appos" or (tok.dep_ == "nmod" and tok.i > 0 and tok.doc[tok.i - 1].text == "(")


def _build(
    sent: Span,
    count: Count,
    lang: str,
    lex: _Lexicon,
    found: list[tuple[Casualty, _Reading]],
    counted: frozenset[int] = frozenset(),
) -> tuple[Casualty, _Reading] | None:
    toks = count_tokens(sent, count)
    if not toks:
        return None
    root = _span_root(toks)
    ids = {t.i for t in toks}
    head, victim = _phrase(root, ids, lex)
    if head is root and root.head.i in ids and root.head.i != root.i:
        # the parser gave the count's grammatical role to its qualifier ("Au moins 1.584 civils")
        head = next((t for t in toks if t.head.i not in ids), head)
    reading = (
        _read(head, victim, lex)
        or _adjacent(toks, sent, lex, head)
        or _listed_part(sent, count, head, victim, lex, found)
    )
    if reading is None or _article_not_person(count, head, lex) or _source_of(head, lang):
        return None
    if _pronoun_partitive(sent, toks, lex) or (
        victim is not None and _norm(victim.text) in lex.pronouns and reading.cue is not victim
    ):
        reading.pronoun_partitive = True
    who = _victim(reading, lex)
    casualty = Casualty(
        kind=reading.kind,
        count=_with_partners(count, who, lex, counted),
        victim=who.text if who is not None else "",
        victim_span=(who.idx, who.idx + len(who.text)) if who is not None else None,
        subset=reading.subset,
        aggregate=is_aggregate(sent, reading.head, reading.cue, count, lang, lex),
        side=side_of(who, lex),
        cue=reading.cue.text,
        revised=toll_statement(head, lex),
        stale=earlier_toll(head, lex),
    )
    return casualty, reading


def _with_partners(count: Count, who: Token | None, lex: _Lexicon, counted: frozenset[int]) -> Count:
    """ "A lime grower and his son were murdered": one person and each person joined to them."""
    if who is None or count.value != 1 or _norm(count.text) not in lex.article_ones | lex.one_determiners:
        return count
    # (a noun the parser joined to the verb instead: "killed a herder and his wife")
    verb = who.head if who.head.pos_ == "VERB" else None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"] if verb is not None else []
    if verb is not None:  # ("un éleveur et son fils ont été tués", parsed with two subjects)
        doc = who.doc
        joined += [
            c
            for c in verb.children
            if c.dep_ == who.dep_ and c.i > who.i and any(t.dep_ == "cc" for t in doc[who.i + 1 : c.i])
        ]
    partners = [
        c
        for c in [*who.conjuncts, *joined]
        if c.i > who.i and _person_noun(c, lex) and "Plur" not in c.morph.get("Number", [])
        and not any(g.dep_ == "nummod" for g in c.children)
        and not any(g.dep_ in ("det", "poss") and g.idx in counted for g in c.children)
    ]  # (not "and his nephew" when the sentence counts "his" on its own)
    return replace(count, value=1 + len(partners)) if partners else count


def _source_of(head: Token, lang: str) -> bool:
    """ "selon un agent de santé", "according to two doctors": who tells the toll is no victim."""
    from sitrep.stages.locate import in_attribution
    from sitrep.stages.role_words import role_words

    words = role_words(lang)  # (not "Selon des responsables, onze pêcheurs ont été tués", misparsed)
    if head.pos_ not in ("NOUN", "PROPN") or not in_attribution(head, words):
        return False
    frame = next((t.i for t in head.doc[head.sent.start : head.i] if t.lower_ in words.frame_heads), head.i)
    return not any(t.text == "," for t in head.doc[frame : head.i])


def _article_not_person(count: Count, head: Token, lex: _Lexicon) -> bool:
    """ "Un", "une" are the article as well as one: "tué ... dans un camp" (a parse that made the
    camp an object) counts nobody; "un soldat", "un dirigeant", "un mort" count one, "une famille"
    more than one."""
    if _norm(count.text) not in lex.article_ones or head.pos_ != "NOUN":
        return False
    words = lex.non_person_nouns | lex.collective_nouns
    return _norm(head.lemma_) in words or _norm(head.text) in words


def _subset_cue(sent: Span, count: Count, lex: _Lexicon) -> bool:
    """Whether "dont", "including", "among them" introduces ``count``."""
    base = sent.start_char
    return bool(lex.subset_before.search(text_of(sent)[max(0, count.start - base - 40) : count.start - base]))


def _listed_part(
    sent: Span,
    count: Count,
    head: Token,
    victim: Token | None,
    lex: _Lexicon,
    found: list[tuple[Casualty, _Reading]],
) -> _Reading | None:
    """ "killed 40 militants, including five commanders": people listed as part of a toll."""
    if not found or not _subset_cue(sent, count, lex):
        return None
    if not (head.like_num or _norm(head.lemma_) in lex.person_nouns or _norm(head.lemma_) in lex.sides):
        return None
    owner = found[-1][1]
    return _Reading(owner.kind, owner.cue, head, victim, subset=True, among=owner.head)


def _pronoun_partitive(sent: Span, toks: list[Token], lex: _Lexicon) -> bool:
    """ "18 of them", "dix d'entre eux": the count is of a group named before."""
    after = sent.doc[toks[-1].i + 1 : min(toks[-1].i + 4, sent.end)]
    if not len(after) or _norm(after[0].text) not in lex.partitive:
        return False
    return any(_norm(t.text) in lex.pronouns for t in after[1:])


def _link(found: list[tuple[Casualty, _Reading]], sent: Span, lex: _Lexicon) -> None:
    """Mark parts of other tolls and point them at the toll they belong to."""
    for i, (cas, reading) in enumerate(found):
        if _subset_cue(sent, cas.count, lex):
            cas.subset = True
        earlier = [j for j in range(i) if not found[j][0].subset]
        same_kind = [j for j in earlier if found[j][0].kind == cas.kind]
        if reading.pronoun_partitive and same_kind:
            cas.subset = True
        part_of = _conjunct_of_subset(found, i)
        if part_of is not None:  # "including a child and three women"
            cas.subset, cas.subset_of = True, found[part_of][0].subset_of
            continue
        if not cas.subset:
            continue
        owner = [
            j
            for j, (_, r) in enumerate(found)
            if j != i and reading.among is not None and r.head.i == reading.among.i
        ]
        cas.subset_of = owner[0] if owner else (same_kind[-1] if same_kind else None)
        if cas.subset_of is not None:  # a part of one incident's toll is that incident's too
            cas.aggregate = found[cas.subset_of][0].aggregate


def _conjunct_of_subset(found: list[tuple[Casualty, _Reading]], i: int) -> int | None:
    """The earlier subset toll whose counted noun this one is coordinated with, if any."""
    head = found[i][1].head
    if head.dep_ != "conj":
        return None
    for j in range(i):
        if found[j][0].subset and found[j][1].head.i == head.head.i:
            return j
    return None


def casualties_in(sent: Span | Doc, lang: str) -> list[Casualty]:
    """The death and injury tolls ``sent`` states, in text order.

    ``sent`` is a sentence of a parsed document (a whole ``Doc`` is read as one sentence).
    Offsets in the returned counts and victim spans are into the document text.
    """
    span = sent[:] if isinstance(sent, Doc) else sent
    lex = _lexicon(lang)
    counts = sentence_counts(span, lang, lex)
    found = _build_all(span, counts, lang, lex, frozenset(c.start for c in counts))
    tolls = frozenset(cas.count.start for cas, _ in found)
    ones = lex.listed_one | lex.one_determiners | lex.article_ones
    if any(c.start not in tolls and _norm(c.text) in ones for c in counts):
        # a partner's own "his" that states no toll adds to the person it is joined to
        found = _build_all(span, counts, lang, lex, tolls)
    _link(found, span, lex)
    _colon_parts(found, span)
    added = [cas for cas, reading in found if _increment(reading, lex) or _after_clause(reading, lex)]
    if any(cas.revised and cas not in added for cas, _ in found):
        for cas in added:  # "rose to 18 after search teams recovered five more bodies"
            cas.subset, cas.revised = True, False
    return [cas for cas, _ in found]


def _build_all(
    span: Span, counts: list[Count], lang: str, lex: _Lexicon, counted: frozenset[int]
) -> list[tuple[Casualty, _Reading]]:
    """The tolls of ``counts``; ``counted``: where counts of their own stand (a person joined
    to a counted one adds to it only when not counted alone: "a farmer and his son")."""
    found: list[tuple[Casualty, _Reading]] = []
    for count in counts:
        built = _build(span, count, lang, lex, found, counted)
        if built is not None:
            found.append(built)
    return found


def _colon_parts(found: list[tuple[Casualty, _Reading]], sent: Span) -> None:
    """ "leaving 37 people dead: 27 Druze ... and ten Bedouin fighters": counts after a colon
    that add up to no more than the toll before it are its parts."""
    colons = [t.idx for t in sent if t.text in (":", "—")]
    for k, (whole, _) in enumerate(found):
        if whole.subset or whole.aggregate or not colons:
            continue
        parts = [
            cas
            for cas, _ in found[k + 1 :]
            if not cas.subset
            and cas.kind == whole.kind
            and any(whole.count.end <= x < cas.count.start for x in colons)
        ]
        if parts and sum(p.count.value for p in parts) <= whole.count.value:
            for p in parts:
                p.subset, p.subset_of = True, k


def _after_clause(reading: _Reading, lex: _Lexicon) -> bool:
    """ "rose to nine after two port workers died of their wounds": a count in a clause under the
    verb that states the toll anew tells how it grew."""
    for anc in [reading.head, *list(reading.head.ancestors)[:3]]:
        if anc.dep_ == "advcl" and _norm(anc.head.lemma_) in lex.toll_change_verbs:
            return True
    return False


def _increment(reading: _Reading, lex: _Lexicon) -> bool:
    """A count of more of the same ("five more bodies", "deux morts supplémentaires"): beside the
    toll as it now stands, the part of it that was added."""
    nouns = {reading.head, reading.cue, *([reading.victim] if reading.victim is not None else [])}
    return any(_norm(c.text) in lex.increment_words for n in nouns for c in n.children)
