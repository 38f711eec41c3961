"""The casualty words of each language (``lang/<code>/casualties.json``), loaded once: death
and injury nouns and verbs, frames, person nouns, subset and aggregate cues; and the token
tests that read a parse with them ("morts" states a toll, "60 injured" is a passive, "le bilan
s'est alourdi à 19" states the toll anew)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from sitrep.lang import resource

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CasualtyKind", "CasualtyWords", "casualty_words", "norm"]

CasualtyKind = Literal["killed", "injured"]
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
OBJECT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
SECONDARY = frozenset({"amod", "acl", "oprd", "xcomp", "acomp", "ccomp"})


@dataclass(frozen=True)
class CasualtyWords:
    killed_nouns: frozenset[str]
    harmed_nouns: frozenset[str]
    harms: frozenset[str]
    injured_nouns: frozenset[str]
    death_nouns: frozenset[str]
    killed_verbs: frozenset[str]
    killed_intransitive: frozenset[str]
    injured_verbs: frozenset[str]
    injured_intransitive: frozenset[str]
    loss_verbs: frozenset[str]
    subject_frames: dict[str, frozenset[str]]
    object_frames: dict[str, frozenset[str]]
    participle_tags: frozenset[str]
    active_aux: frozenset[str]
    other_words: frozenset[str]
    partitive: frozenset[str]
    pronouns: frozenset[str]
    among: frozenset[str]
    person_nouns: frozenset[str]
    non_person_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    toll_pronouns: frozenset[str]
    increment_words: frozenset[str]
    toll_preps: frozenset[str]
    anyone: frozenset[str]
    death_phrases: frozenset[str]
    toll_change_verbs: frozenset[str]
    toll_new_words: frozenset[str]
    toll_old_words: frozenset[str]
    article_ones: frozenset[str]
    one_determiners: frozenset[str]
    listed_one: frozenset[str]
    sides: dict[str, str | None]
    subset_before: re.Pattern[str]
    aggregate_cues: re.Pattern[str]
    aggregate_min_vague: int
    aggregate_min: int
    tally_verbs: frozenset[str] = frozenset()
    incident_determiners: frozenset[str] = frozenset()
    dating_cues: re.Pattern[str] = re.compile("(?!)")
    settlements: frozenset[str] = frozenset()
    adverb_cues: frozenset[str] = frozenset()
    comitatives: frozenset[tuple[str, str]] = frozenset()
    comitative_cases: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    ordinal_ones: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    gerund_suffixes: tuple[tuple[str, str], ...] = ()


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


def norm(s: str) -> str:
    return s.lower().replace("’", "'").strip()


def _periods(d: dict[str, Any]) -> str:
    """Period cues as one alternation: the literal phrases, then the patterns ("en 2024")."""
    return "|".join([_alt(d.get("aggregate_cues", [])), *d.get("aggregate_patterns", [])])


def _alt(words: Iterable[str]) -> str:
    parts = sorted({norm(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in parts) or "(?!)"


def _subset_cues(d: dict[str, Any]) -> re.Pattern[str]:
    """ "dont", "including", maybe with an article ("dont les trois kamikazes"), right before a count."""
    cues, articles = _alt(d.get("subset_before", [])), _alt(d.get("subset_articles", []))
    return re.compile(rf"(?<![^\W_])(?:{cues})(?:\s+(?:{articles}))?[\s,:]*$", re.I)


@lru_cache(maxsize=16)
def casualty_words(lang: str) -> CasualtyWords:
    d: dict[str, Any] = resource(lang, "casualties")
    return CasualtyWords(
        killed_nouns=_set(d["killed_nouns"]),
        harmed_nouns=_set(d.get("harmed_nouns", [])),
        harms=_set(d.get("harms", [])),
        injured_nouns=_set(d["injured_nouns"]),
        death_nouns=_set(d.get("death_nouns", [])),
        killed_verbs=_set(d["killed_verbs"]),
        killed_intransitive=_set(d.get("killed_intransitive", [])),
        injured_verbs=_set(d["injured_verbs"]),
        injured_intransitive=_set(d.get("injured_intransitive", [])),
        loss_verbs=_set(d.get("loss_verbs", [])),
        subject_frames={norm(k): _set(v) for k, v in d.get("subject_frames", {}).items()},
        object_frames={norm(k): _set(v) for k, v in d.get("object_frames", {}).items()},
        participle_tags=frozenset(d.get("passive_participle_tags", [])),
        active_aux=_set(d.get("active_aux", [])),
        other_words=_set(d.get("other_words", [])),
        partitive=_set(d.get("partitive", [])),
        pronouns=_set(d.get("pronouns", [])),
        among=_set(d.get("among", [])),
        person_nouns=_set(d.get("person_nouns", [])),
        non_person_nouns=_set(d.get("non_person_nouns", [])),
        toll_nouns=_set(d.get("toll_nouns", [])),
        toll_pronouns=_set(d.get("toll_pronouns", [])),
        increment_words=_set(d.get("increment_words", [])),
        toll_preps=_set(d.get("toll_preps", [])),
        anyone=_set(d.get("anyone", [])),
        death_phrases=_set(d.get("death_phrases", [])),
        toll_change_verbs=_set(d.get("toll_change_verbs", [])),
        toll_new_words=_set(d.get("toll_new_words", [])),
        toll_old_words=_set(d.get("toll_old_words", [])),
        article_ones=_set(d.get("article_ones", [])),
        one_determiners=_set(d.get("one_determiners", [])),
        listed_one=_set(d.get("listed_one_determiners", [])),
        pair_nouns=_set(d.get("pair_nouns", [])),
        ordinal_ones=_set(d.get("ordinal_ones", [])),
        collective_nouns=_set(d.get("collective_nouns", [])),
        sides={norm(k): v for k, v in d.get("sides", {}).items()},
        subset_before=_subset_cues(d),
        aggregate_cues=re.compile(rf"(?<![^\W_])(?:{_periods(d)})(?![^\W_])", re.I),
        aggregate_min_vague=int(d.get("aggregate_min_vague", 1000)),
        aggregate_min=int(d.get("aggregate_min", 5000)),
        tally_verbs=_set(d.get("tally_verbs", [])),
        incident_determiners=_set(d.get("incident_determiners", [])),
        dating_cues=re.compile("|".join(d.get("dating_cues", [])) or "(?!)", re.I),
        adverb_cues=_set(d.get("adverb_cues", [])),
        settlements=_set(resource(lang, "places", default={}).get("place_nouns", [])),
        comitatives=frozenset((a.lower(), b.lower()) for a, b in d.get("comitatives", [])),
        comitative_cases=_set(d.get("comitative_cases", [])),
        former_words=_set(d.get("former_words", [])),
        gerund_suffixes=tuple((a, b) for a, b in d.get("gerund_suffixes", [])),
    )


def gerund_kind(tok: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """A gerund the tagger took for a noun after "and" ("tuant deux enfants et blessant six")."""
    if tok.i == 0 or tok.doc[tok.i - 1].pos_ != "CCONJ":
        return None
    low = norm(tok.text)
    for suffix, stem in lex.gerund_suffixes:
        lemma = low[: len(low) - len(suffix)] + stem
        if low.endswith(suffix) and (lemma in lex.killed_verbs or lemma in lex.injured_verbs):
            return "killed" if lemma in lex.killed_verbs else "injured"
    return None


def forms(tok: Token) -> tuple[str, str]:
    return norm(tok.text), norm(tok.lemma_)


def noun_kind(tok: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """The toll a word states by itself: "morts", "blessés", "dead", "bodies"."""
    text, lemma = forms(tok)
    if text in lex.killed_nouns or (lemma in lex.killed_nouns and tok.pos_ in ("NOUN", "ADJ")):
        return None if _other_harm(tok, lex) else "killed"
    if text in lex.injured_nouns or (lemma in lex.injured_nouns and tok.pos_ in ("NOUN", "ADJ")):
        return "injured"
    return None


def _other_harm(tok: Token, lex: CasualtyWords) -> bool:
    """A victim noun its qualifier makes the victim of something else than death ("12 kidnapped
    victims", "victimes d'enlèvement", "victims of rape")."""
    if norm(tok.lemma_) not in lex.harmed_nouns and norm(tok.text) not in lex.harmed_nouns:
        return False
    for c in tok.children:
        if c.dep_ not in ("amod", "acl") or participle_kind(c, lex) is not None:
            continue
        if is_participle(c) or norm(c.text) in lex.harms or norm(c.lemma_) in lex.harms:
            return True  # ("kidnapped" is an adjective to the English model)
    harm = complement(tok, lex.partitive)
    return harm is not None and norm(harm.lemma_) in lex.harms


def participle_kind(tok: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """A modifier that states death or injury: "tués", "killed", "dead", "blessés"."""
    text, lemma = forms(tok)
    if lemma in lex.killed_verbs or lemma in lex.killed_intransitive or text in lex.killed_nouns:
        return "killed"
    if lemma in lex.injured_verbs or lemma in lex.injured_intransitive or text in lex.injured_nouns:
        return "injured"
    return None


def has_object(tok: Token) -> bool:
    """An active clause ("soldiers killed a leader"), not a passive participle."""
    return any(c.dep_ in ("obj", "dobj") for c in tok.children)


def definite(tok: Token) -> bool:
    return any("Def" in c.morph.get("Definite", []) for c in tok.children if c.dep_ in ("det", "poss"))


def is_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm", [])


def is_passive_participle(verb: Token, lex: CasualtyWords) -> bool:
    """ "60 injured", "24 wounded": an elliptic passive, parsed with a plain subject."""
    if verb.tag_ not in lex.participle_tags and not is_participle(verb):
        return False
    if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return True  # "une femme ... a en outre été tuée": the parser missed the passive subject
    return not any(
        c.dep_ in ("obj", "dobj") or (c.dep_.startswith("aux") and norm(c.lemma_) in lex.active_aux)
        for c in verb.children
    )


def prep_of(tok: Token) -> tuple[str, Token]:
    """(relation, governor) of ``tok``: "prep:<word>" for prepositional complements."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "risen from 9 to 12", parsed with "to" on the number: the nearer preposition counts
        near = next((c for c in tok.children if c.dep_ == "quantmod" and c.pos_ in ("ADP", "PART")), None)
        return "prep:" + norm((near or tok.head).text), tok.head.head
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    if case is not None and tok.dep_.startswith(("nmod", "obl")):
        return "prep:" + norm(case.text), tok.head
    return tok.dep_, tok.head


def complement(tok: Token, preps: frozenset[str], after: bool = True) -> Token | None:
    """The noun introduced by one of ``preps`` ("de villageois", "of them"), after ``tok``
    unless ``after`` is False ("Among the dead were...")."""
    for c in tok.children:
        if after and c.i <= tok.i:
            continue
        if c.dep_ == "prep" and norm(c.text) in preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "nmod:poss"):
            case = [g for g in c.children if g.dep_ in ("case", "fixed")]
            if case and norm(case[0].text) in preps:
                return c
    return None

def toll_statement(head: Token, lex: CasualtyWords) -> bool:
    """Whether a count is the toll as it now stands ("the death toll had risen to 19", "le bilan
    s'est alourdi à 19 morts", "un nouveau bilan fait état de 19 morts"): a later statement of
    the whole toll, which replaces earlier figures rather than adding to them. Another
    witness's figure ("un bilan de 13 morts") is not one."""
    for anc in [head, *list(head.ancestors)[:3]]:
        if norm(anc.lemma_) in lex.toll_nouns and anc is not head and _new_toll(anc, lex):
            return True
        if norm(anc.lemma_) in lex.toll_change_verbs and toll_subject(anc, lex):
            return True
    return False

def toll_subject(verb: Token, lex: CasualtyWords) -> bool:
    """The change verb has the toll as its subject or object, even where the parser hung it on a
    dateline ("Antananarivo – Le bilan ...") or on an inserted clause ("Le bilan, d'abord estimé
    à 30 morts, est passé à 100")."""
    args = [c for c in verb.children if c.dep_ in (*SUBJECT_DEPS, "obj", "dobj")]
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "acl")]
    args += [g for c in clauses for g in c.children if g.dep_ in SUBJECT_DEPS]
    if any(c.dep_ in SUBJECT_DEPS and norm(c.lower_) in lex.toll_pronouns for c in args):
        return True  # "Un premier bilan faisait état de douze morts. Il a été porté à une vingtaine"
    return any(norm(x.lemma_) in lex.toll_nouns for c in args for x in (c, *c.children))


def earlier_toll(head: Token, lex: CasualtyWords) -> bool:
    """ "Un premier bilan faisait état de 18 civils tués", "an initial toll of 12": a figure
    the article itself reports as overtaken."""
    for anc in [head, *list(head.ancestors)[:3]]:
        nouns = [anc, *(c for c in anc.children if c.dep_ in (*SUBJECT_DEPS, "obj", "dobj"))]
        for noun in nouns:
            if norm(noun.lemma_) in lex.toll_nouns and any(
                norm(c.lemma_) in lex.toll_old_words for c in noun.children if c.dep_ in ("amod", "nummod")
            ):
                return True
        # "le bilan, d'abord estimé à une trentaine de morts": an adverb of the earlier estimate
        if anc.pos_ == "VERB" and toll_subject(anc, lex) and _adverbs(anc) & lex.toll_old_words:
            return True
    return False

def _adverbs(verb: Token) -> set[str]:
    """A verb's adverbs as written, fixed expressions whole ("d'abord")."""
    out = set()
    for c in verb.children:
        if c.dep_ == "advmod":
            words = "".join([c.lower_, *(" " + f.lower_ for f in c.children if f.dep_ == "fixed")])
            out.add(words.replace("' ", "'"))
    return out

def _new_toll(noun: Token, lex: CasualtyWords) -> bool:
    """ "Un nouveau bilan", "the latest toll", or a toll that is the subject of a change verb."""
    if any(norm(c.lemma_) in lex.toll_new_words for c in noun.children):
        return True
    return noun.dep_ in SUBJECT_DEPS and norm(noun.head.lemma_) in lex.toll_change_verbs


def climb(tok: Token, lex: CasualtyWords | None = None) -> Token:
    """Through coordination and apposition (and "along with") to the phrase that carries the
    grammatical role."""
    seen = 0
    while seen < 4:
        if (whole := _counted_whole(tok)) is not None:
            tok, seen = whole, seen + 1
        elif tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
            tok, seen = tok.head, seen + 1
        elif lex is not None and (partner := comitative(tok, lex)) is not None:
            tok, seen = partner, seen + 1
        else:
            break
    return tok


def _counted_whole(tok: Token) -> Token | None:
    """ "Four of the attackers and one soldier died", parsed with the soldier joined to the
    attackers: a counted noun joined inside a number's partitive is joined to the number."""
    if tok.dep_ != "conj" or not any(c.dep_ == "nummod" for c in tok.children):
        return None
    inner = tok.head
    prep = inner.head
    number = prep.head
    if inner.dep_ != "pobj" or prep.dep_ != "prep" or not (number.like_num or number.pos_ == "NUM"):
        return None
    return number


def comitative(tok: Token, lex: CasualtyWords) -> Token | None:
    """ "Lieutenant X, along with two soldiers, ...": the noun ``tok`` is added to (the phrase
    may hang on that noun or, in the parse, on its verb)."""
    if tok.dep_.startswith(("obl", "nmod")) and _comitative_case(tok, lex):
        owner = tok.head  # "a été tué avec son chauffeur": the case word hangs on the noun
    else:
        prep = tok.head
        first = prep.head
        if tok.dep_ != "pobj" or (first.lower_, prep.lower_) not in lex.comitatives:
            return None
        owner = first.head
    if owner.pos_ in NOMINAL:
        return owner
    return next((c for c in owner.children if c.dep_.startswith("nsubj")), None)


def _comitative_case(tok: Token, lex: CasualtyWords) -> bool:
    """A person noun with its possessive after "avec" ("avec son chauffeur"): someone added to
    the victim, not the means ("avec une arme")."""
    cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
    owned = any(c.dep_ in ("det", "poss") and "Yes" in c.morph.get("Poss", []) for c in tok.children)
    return bool(cases & lex.comitative_cases) and owned and norm(tok.lemma_) in lex.person_nouns


def verb_kind(rel: str, gov: Token, tok: Token, head: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """The toll stated by ``tok`` standing in relation ``rel`` to the predicate ``gov``."""
    lemma = norm(gov.lemma_)
    objects = {norm(c.lemma_) for c in gov.children if c.dep_ in ("obj", "dobj")}
    passive_subject = rel in SUBJECT_DEPS and (rel != "nsubj" or is_passive_participle(gov, lex))
    # right after the verb, whatever the parser called it: "abattu dix d'entre eux"
    follows = rel in ("parataxis", "dep", "appos", "xcomp", "nmod") and gov.i == head.left_edge.i - 1
    # "ont tué mercredi au moins seize personnes": an object the parser read as a bare oblique
    bare = (
        rel.startswith(("obl", "nmod"))
        and head.i > gov.i
        and not objects
        and not any(c.dep_ == "case" for c in head.children)
    )
    joined = _joined_kind(gov, lex) if rel in SUBJECT_DEPS else None
    if joined == "killed" or (joined == "injured" and lemma not in lex.killed_verbs):
        return joined  # "was shot and died", "a été blessé puis est décédé", "were shot and wounded"
    if rel in ("obj", "dobj") or passive_subject or follows or bare:
        if lemma in lex.killed_verbs or to_death(gov, lex):
            return "killed"
        if rel in ("obj", "dobj") and gov.pos_ == "ADJ" and participle_kind(gov, lex) == "killed":
            return "killed"  # "gunmen shot dead a farmer", parsed with "dead" as the root
        if lemma in lex.injured_verbs:
            return "injured"
    if rel in SUBJECT_DEPS:
        if lemma in lex.killed_intransitive and not (gov.pos_ == "ADJ" and (objects or gov.dep_ == "amod")):
            return "killed"  # (not who "shot dead a driver", parsed with "dead" as the root)
        if lemma in lex.injured_intransitive:
            return "injured"
        framed = objects | {norm(c.lemma_) for c in gov.children if c.dep_.startswith("obl")}
        if framed & lex.subject_frames.get(lemma, frozenset()):
            return "killed"  # "ont trouvé la mort", "sont tombés au champ d'honneur"
    if rel not in SUBJECT_DEPS and objects & lex.object_frames.get(lemma, frozenset()):
        return "killed"
    if norm(tok.lemma_) in lex.object_frames.get(lemma, frozenset()) and rel in ("obj", "dobj"):
        return "killed"  # "claimed the lives of 20 people, 18 of them children"
    if rel in ("obj", "dobj") and lemma in lex.loss_verbs and norm(head.lemma_) in lex.person_nouns:
        return "killed"
    if rel in OBJECT_DEPS | SUBJECT_DEPS:
        for c in gov.children:
            if c.dep_ == "ccomp" and any(g.dep_.startswith("nsubj") for g in c.children):
                continue  # "strikes killed two fighters, two sources said": a clause of its own
            shot_dead = c.dep_ == "advmod" and c.i == gov.i + 1  # "shot dead a boy"
            if (c.dep_ in SECONDARY or shot_dead) and c.i != tok.i and participle_kind(c, lex):
                return participle_kind(c, lex)  # "found dead", "left five people dead"
        return _shot_dead(gov, lex)
    return None


def _shot_dead(verb: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """ "Gunmen shot dead Abdulrahman Milad": the word right after the verb, parsed as a modifier
    of the object it comes before, still says what the verb did."""
    if verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.dep_ != "amod" or nxt.head.head.i != verb.i or nxt.head.dep_ not in ("obj", "dobj"):
        return None
    return participle_kind(nxt, lex)


def _joined_kind(verb: Token, lex: CasualtyWords) -> CasualtyKind | None:
    """The toll a conjoined verb sharing the subject states: "was shot and died", "were shot and
    killed", "were shot and wounded" (a passive sharing its auxiliary, with no count of its own:
    not "quatre tuées et une dizaine blessées")."""
    found: set[CasualtyKind] = set()
    for c in verb.children:
        if c.dep_ != "conj" or any(g.dep_.startswith("nsubj") for g in c.children):
            continue
        lemma = norm(c.lemma_)
        passive = is_passive_participle(c, lex) and _bare(c)
        dead = passive and any(
            g.dep_ in SECONDARY and participle_kind(g, lex) == "killed" for g in c.children
        )
        if lemma in lex.killed_intransitive or (passive and lemma in lex.killed_verbs) or dead:
            found.add("killed")  # (also "men wanted on warrants were shot dead")
        elif passive and lemma in lex.injured_verbs:
            found.add("injured")
    return "killed" if "killed" in found else "injured" if found else None


def _bare(verb: Token) -> bool:
    """A conjoined participle with no count or object of its own."""
    return not any(g.dep_ in ("nummod", "obj", "dobj") for g in verb.children)


def to_death(verb: Token, lex: CasualtyWords) -> bool:
    """ "Beaten to death", "battu à mort", "burnt alive": any verb with a phrase of dying."""
    for c in verb.children:
        whole = " ".join(norm(t.text) for t in c.subtree)
        # ("poignardé à mort lundi": the parse hung the day on "mort")
        upto = " ".join(norm(t.text) for t in verb.doc[c.left_edge.i : c.i + 1])
        if whole in lex.death_phrases or upto in lex.death_phrases:
            return True
    return False


def side_of(who: Token | None, lex: CasualtyWords) -> str | None:
    """Whose casualties these are; a former soldier or officer is a civilian."""
    if who is None:
        return None
    if any(c.dep_ in ("amod", "advmod") and norm(c.lemma_) in lex.former_words for c in who.children):
        return "civilians"
    return lex.sides.get(norm(who.lemma_), lex.sides.get(norm(who.text)))
