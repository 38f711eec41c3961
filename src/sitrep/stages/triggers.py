"""Event triggers: the words that say something happened, mapped to taxonomy concepts.

Lexicons are data (``lang/<code>/triggers.json``); this module only compiles them into a
spaCy ``PhraseMatcher`` (multi-word phrases, on forms and on lemmas), a lemma table and verb +
object collocations ("set up a base", "throw stones", "hand over control": the verb alone
says little, the pair names the event), once per language and model. A phrase mapped to the
concept ``none`` blocks its words ("riot police" is no riot).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sitrep.lang import common, resource
from sitrep.stages.modality import cues

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Trigger:
    concept: str
    start: int  # token index (first token)
    end: int  # token index, exclusive
    head: int  # token index of the syntactic head used for roles and modality
    weak: bool
    rank: int
    implied: bool = False  # no trigger word: a toll alone ("A woman was among the dead")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


NO_CONCEPT = "none"
_BLOCKED_KEY = "sitrep.blocked_tokens"  # phrases that only stop their words from being triggers
# Entity labels whose tokens never trigger ("March" the month); person names only as proper
# nouns ("Storm" a name, but not "Assassinat d'un éleveur" mistagged as a person).
_NOT_EVENT_ENTS = frozenset({"DATE", "TIME"})
_PERSON_ENTS = frozenset({"PERSON", "PER"})
# Dependents of a verb that can name what the verb acts upon.
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "attr", "oprd"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OF_DEPS = frozenset({"prep", "pobj", "nmod", "compound", "conj", "case"})
_PARTICLE_DEPS = frozenset({"prt", "compound:prt", "advmod", "prep"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Collocation:
    """A verb (with its particle, "set up") that triggers ``concept`` only with one of
    ``objects`` as its object; ``@place`` accepts any place name, ``@person`` any person.
    Or only with one of ``subjects`` as its subject: a weapon striking ("drones struck a
    gathering", "des roquettes ont visé la base"), where the verb alone names no violence."""

    concept: str
    verbs: frozenset[tuple[str, str]]  # (lemma, particle or "")
    objects: frozenset[str] = field(default_factory=frozenset)
    subjects: frozenset[str] = field(default_factory=frozenset)

    def match(self, tok: Token, deep: bool = True, names: bool = True) -> bool:
        """``deep``: also the nouns the object leads to ("the town of Lalibela"); ``names``: also
        NER's person and place names (which it often swaps: "captured Goma" as a person)."""
        for lemma, particle in self.verbs:
            if lemma not in (tok.lemma_.lower(), tok.lower_):
                continue
            if self.subjects:
                if any(s.lemma_.lower() in self.subjects for s in _subjects(tok)):
                    return True
                continue
            parts = [c for c in tok.children if c.dep_ in _PARTICLE_DEPS and c.lower_ == particle]
            # "a foncé sur la foule": in UD the preposition hangs on its noun, an oblique
            obliques = [c for c in tok.children if particle and _led_by(c, particle)]
            if particle and deep and not obliques:  # ("set part of the building on fire on Monday")
                parts += [g for o in objects_of(tok) for g in o.subtree if _particle_in(g, particle)]
            if particle and not parts and not obliques:
                continue
            # "break into a shop": the particle is a preposition whose object is the target (then
            # the verb's own object is not: "fired missiles at a base" fired no base)
            args = [g for p in parts for g in p.children if g.dep_ in ("pobj", "obj")] + obliques
            if args or any(p.dep_ == "prep" for p in parts):  # ("fired missiles at what they said was")
                args += [g for o in obliques if deep for g in o.children if g.dep_ in _OF_DEPS]
            else:  # ("ont découvert et neutralisé un engin": the object the verbs share)
                args = _arguments(tok, deep) or (_arguments(tok.head, deep) if tok.dep_ == "conj" else [])
                if not args and self.concept == "disrupted":  # (a weapon stopped, told in the passive)
                    args = left_subject(tok)
            if any(self._object(a, names) for a in args):
                return True
        return False

    def _object(self, arg: Token, names: bool) -> bool:
        if arg.lemma_.lower() in self.objects or arg.lower_ in self.objects:
            return True
        mods = [m for m in arg.children if m.dep_ in ("amod", "compound") and abs(m.i - arg.i) == 1]
        head = arg.lemma_.lower()
        pairs = {f"{m.lower_} {head}" if m.i < arg.i else f"{head} {m.lower_}" for m in mods}
        if pairs & self.objects:
            return True  # ("signed a joint statement", "une déclaration commune": not any statement)
        if not names:
            return False
        if "@person" in self.objects and arg.ent_type_ in _PERSON_ENTS:
            return True
        return "@place" in self.objects and arg.ent_type_ in _PLACE_ENTS


def _led_by(noun: Token, preposition: str) -> bool:
    marks = {g.lower_ for g in noun.children if g.dep_ == "case"}
    return noun.dep_.startswith("obl") and preposition in marks


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, a relative pronoun standing for the noun it follows ("les vecteurs
    aériens, qui ont frappé plusieurs colonnes", "drones, which struck a convoy")."""
    out = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if verb.dep_ in ("acl:relcl", "relcl") and any(s.pos_ == "PRON" for s in out):
        out.append(verb.head)
    return out


def _arguments(verb: Token, deep: bool = True) -> list[Token]:
    """The verb's objects and the nouns they lead to ("a total of 56 points", "des
    dizaines de maisons"), two steps down at most."""
    out: list[Token] = []
    for obj in objects_of(verb):
        out.append(obj)
        if not deep:
            continue
        for ch in obj.children:
            if ch.dep_ in _OF_DEPS or ch.dep_ == "appos":
                out.append(ch)
                out.extend(g for g in ch.children if g.dep_ in _OF_DEPS)
    return out


def _particle_in(tok: Token, particle: str) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == particle


def left_subject(verb: Token) -> list[Token]:
    """A passive verb the parse left without a subject ("one rocket fired from Lebanon was
    intercepted"): the nearest noun before it, within a few words (none when it has one)."""
    deps = {c.dep_ for c in verb.children if c.pos_ != "VERB"}  # (a verb as subject is a misparse)
    if not deps & {"aux:pass", "auxpass"} or deps & {"nsubj:pass", "nsubjpass", "nsubj"}:
        return []
    window = verb.doc[max(verb.sent.start, verb.i - 8) : verb.i]
    before = [t for t in window if t.pos_ == "NOUN" and t.dep_ not in _IN_A_PHRASE]  # (not "from the north")
    return before[-1:]


_IN_A_PHRASE = frozenset({"pobj", "obl", "obl:mod", "obl:arg", "nmod", "compound"})


def objects_of(verb: Token) -> list[Token]:
    """The verb's objects; with none, a counted noun after it that the parser hung as an
    adverb ("a affirmé avoir abattu dans la nuit 58 drones")."""
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return objs or [
        c
        for c in verb.children
        if c.i > verb.i
        and c.pos_ == "NOUN"
        and c.dep_ in ("advmod", "npadvmod")
        and any(g.dep_ == "nummod" for g in c.children)
    ]


def _collocations(data: list[dict[str, Any]], persons: list[str]) -> list[Collocation]:
    """``@person`` in an object list stands for the language's ``person_objects`` and any
    person name."""
    out = []
    for item in data:
        verbs = set()
        for v in item["verbs"]:
            lemma, _, particle = v.lower().partition(" ")
            verbs.add((lemma, particle))
        objects = {o.lower() for o in item.get("objects", [])}
        if "@person" in objects:
            objects |= {w.lower() for w in persons}
        subjects = frozenset(w.lower() for w in item.get("subjects", []))
        out.append(Collocation(item["concept"], frozenset(verbs), frozenset(objects), subjects))
    return out


class TriggerLexicon:
    """Compiled trigger data for one language."""

    def __init__(self, lang: str, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        data: dict[str, Any] = resource(lang, "triggers")
        self.concepts: dict[str, dict[str, Any]] = common("taxonomy")["concepts"]
        self.lemmas: dict[str, str] = {k.lower(): v for k, v in data["lemmas"].items()}
        self.weak: frozenset[str] = frozenset(w.lower() for w in data.get("weak", []))
        self.verb_only: frozenset[str] = frozenset(w.lower() for w in data.get("verb_only", []))
        self.moods = cues(lang)  # gathering verbs and demands: "ont marché ... pour réclamer"
        self.cues: dict[str, frozenset[str]] = {
            k: frozenset(w.lower() for w in v) for k, v in data.get("cues", {}).items()
        }
        self.cue_hosts = frozenset(w.lower() for w in data.get("cue_hosts", []))
        self.cue_words = frozenset(w for cue in self.cues.values() for c in cue for w in c.split())
        self.reflexive_senses = frozenset(w.lower() for w in data.get("reflexive_senses", []))
        self.civilian_targets = frozenset(w.lower() for w in data.get("civilian_targets", []))
        self.military_targets = frozenset(w.lower() for w in data.get("military_targets", []))
        self.civil_modifiers = frozenset(w.lower() for w in data.get("civil_modifiers", []))
        self.raid_words = frozenset(w.lower() for w in data.get("raid_words", []))
        self.army_targets = frozenset(w.lower() for w in data.get("army_targets", []))
        self.police_targets = frozenset(w.lower() for w in data.get("police_targets", []))
        self.crowd_sides = frozenset(w.lower() for w in data.get("crowd_sides", []))
        self.brawl_sides = self.crowd_sides | frozenset(w.lower() for w in data.get("brawl_sides", []))
        self.rule_objects = frozenset(w.lower() for w in data.get("rule_objects", []))
        judicial = data.get("judicial", {})
        self.judicial_verbs = frozenset(w.lower() for w in judicial.get("verbs", []))
        self.judicial_cues = frozenset(w.lower() for w in judicial.get("cues", []))
        self.disarm_verbs = frozenset(w.lower() for w in data.get("disarm_verbs", []))
        self.property_targets = frozenset(w.lower() for w in data.get("property_targets", []))
        self.topic_words = frozenset(w.lower() for w in data.get("topic_words", []))
        self.suffixes = [(a.lower(), b.lower()) for a, b in data.get("suffix_rules", [])]
        self.collocations: list[Collocation] = _collocations(
            data.get("collocations", []), data.get("person_objects", [])
        )
        self.collocation_verbs: dict[str, list[int]] = {}  # verb -> its collocations' positions
        for n, c in enumerate(self.collocations):
            for lemma in dict.fromkeys(lemma for lemma, _p in c.verbs):
                self.collocation_verbs.setdefault(lemma, []).append(n)
        self.object_bound = frozenset(w.lower() for w in data.get("object_bound", []))
        when = resource(lang, "time", default={})
        self.time_words = frozenset(
            w.lower()
            for k in ("weekdays", "months", "relative_days")
            for w in when.get(k, {})
            if " " not in w
        )
        self.phrase_concepts: dict[str, str] = {}
        self.lower_matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma_matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        phrases = [(p.lower(), c) for p, c in data.get("phrases", {}).items()]
        for i, (phrase, concept) in enumerate(phrases):
            key = f"T{i}"
            self.phrase_concepts[key] = concept
            self.lower_matcher.add(key, [nlp.make_doc(phrase)])
        # Lemma patterns need the phrase lemmatised by the same pipeline.
        for i, doc in enumerate(nlp.pipe(p for p, _ in phrases)):
            key = f"T{i}"
            if len(doc) > 1:
                self.lemma_matcher.add(key, [doc])

    def rank(self, concept: str) -> int:
        return int(self.concepts.get(concept, {}).get("rank", 0))

    def blocked(self, doc: Doc) -> set[int]:
        """Token indices (in the whole Doc) inside phrases that name no event ("grenades
        lacrymogènes", "riot police"): their words are no cue either. Computed once per Doc."""
        cached: set[int] | None = doc.user_data.get(_BLOCKED_KEY)
        if cached is None:
            vocab = doc.vocab.strings
            matches = list(self.lower_matcher(doc)) + list(self.lemma_matcher(doc))
            cached = {
                i
                for match_id, start, end in matches
                if self.phrase_concepts[vocab[match_id]] == NO_CONCEPT
                for i in range(start, end)
            }
            doc.user_data[_BLOCKED_KEY] = cached
        return cached

    def find(self, doc: Doc) -> list[Trigger]:
        """All triggers of a document, longest phrase first where they overlap."""
        found: dict[int, Trigger] = {}
        covered: set[int] = set()
        matches = list(self.lower_matcher(doc)) + list(self.lemma_matcher(doc))
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        vocab = doc.vocab.strings
        for match_id, start, end in matches:
            if any(i in covered for i in range(start, end)):
                continue
            if end - start == 1 and doc[start].pos_ in ("VERB", "AUX"):
                continue  # "la crise frappe le pays": the verb, not the noun "frappe"
            concept = self.phrase_concepts[vocab[match_id]]
            covered.update(range(start, end))
            if concept == NO_CONCEPT:
                continue
            head = _phrase_head(doc[start:end])
            weak = doc[start:end].text.lower() in self.weak
            found[start] = Trigger(concept, start, end, head.i, weak, self.rank(concept))
        for tok in doc:
            if tok.pos_ in _FUNCTION_POS or tok.i in covered or not (tok.is_alpha or "-" in tok.text):
                continue  # (articles, prepositions, pronouns... name no incident)
            if _named(tok):
                continue
            colloc = self.collocation(tok)
            if colloc is not None:
                found[tok.i] = Trigger(colloc, tok.i, tok.i + 1, tok.i, False, self.rank(colloc))
                continue
            lemma_concept, key = self._lemma_concept(tok)
            if lemma_concept is None and self._gathered_to_protest(tok):
                lemma_concept, key = "protest", ""  # "ont marché ... pour réclamer", "marched to demand"
            if lemma_concept is None or self._wrong_object(tok):
                continue
            weak = key in self.weak
            found[tok.i] = Trigger(lemma_concept, tok.i, tok.i + 1, tok.i, weak, self.rank(lemma_concept))
        return [found[k] for k in sorted(found)]

    def _wrong_object(self, tok: Token) -> bool:
        """An object-bound verb with a noun object its collocation does not name ("ont
        intercepté le véhicule"; a pronoun may stand for one, "l'avoir intercepté")."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.object_bound:
            return False
        nouns = [a for a in _arguments(tok, deep=False) if a.pos_ in ("NOUN", "PROPN")]
        return any(a.lower_ not in self.time_words for a in nouns)  # (not "lundi" parsed as the object)

    def _gathered_to_protest(self, tok: Token) -> bool:
        """A verb of gathering or marching whose purpose is a demand ("ont marché jusqu'à la
        préfecture pour réclamer", "gathered to denounce"): a protest."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.moods.gathering:
            return False
        purposes = [ch for ch in tok.children if ch.pos_ == "VERB" and ch.dep_ in ("xcomp", "advcl")]
        purposes += [c for ch in purposes for c in ch.conjuncts]
        if any(ch.lemma_.lower() in self.moods.demands for ch in purposes):
            return True
        if tok.dep_ in ("advcl", "acl", "relcl", "acl:relcl") and any(
            "Inf" in ch.morph.get("VerbForm", []) for ch in purposes
        ):
            return False  # "the strike hit the market when hundreds had gathered to trade grain"
        # "plusieurs centaines de personnes ont marché", "thousands marched": a crowd on the move
        subjects = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubj:pass")]
        return any(s.lower_ in self.moods.crowd or s.lemma_.lower() in self.moods.crowd for s in subjects)

    def stopped(self, tok: Token) -> bool:
        """A munition a verb of stopping aims at ("fired at a drone"): not how anything was done."""
        if tok.dep_ in ("amod", "compound", "acl") and tok.head.i != tok.i:
            tok = tok.head  # ("un engin explosif improvisé": the device's words)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return verb.pos_ == "VERB" and verb.i != tok.i and self.collocation(verb) == "disrupted"

    def destroyed(self, tok: Token) -> bool:
        """What a verb of burning or destroying took ("set the aircraft on fire"): the thing lost,
        not the weapon used."""
        verb = tok.head
        if tok.dep_ not in _OBJECT_DEPS or verb.pos_ != "VERB" or verb.i == tok.i:
            return False
        return "looting" in (self.lemmas.get(verb.lemma_.lower()), self.collocation(verb))

    def collocation(self, tok: Token) -> str | None:
        """The concept a verb has with the object it takes, if its collocations name one."""
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        lemma, low = tok.lemma_.lower(), tok.lower_
        if lemma not in self.collocation_verbs and low not in self.collocation_verbs:
            return None
        if lemma in self.reflexive_senses and any(c.dep_.startswith("expl") for c in tok.children):
            return None  # "où se trouve la base de drones": where something is, nothing found
        # (in lexicon order, which decides between two)
        at = sorted({*self.collocation_verbs.get(lemma, ()), *self.collocation_verbs.get(low, ())})
        own = [self.collocations[n] for n in at]
        # The object itself decides first ("seized the town of X"), its words before NER's
        # labels ("captured Goma, the capital of North Kivu", with Goma filed as a person).
        for names in (False, True):
            for deep in (False, True):
                for c in own:
                    if c.match(tok, deep, names):
                        return c.concept
        return None

    def _lemma_concept(self, tok: Token) -> tuple[str | None, str]:
        for key in (tok.lemma_.lower(), tok.lower_):
            concept = self.lemmas.get(key)
            if concept is not None and not (key in self.verb_only and tok.pos_ != "VERB"):
                return concept, key
        if tok.is_upper or tok.lemma_ == tok.text:
            # Capitalised headlines ("LA VILLE ATTAQUÉE") are left unlemmatised by the tagger.
            for suffix, repl in self.suffixes:
                if tok.lower_.endswith(suffix) and len(tok.lower_) > len(suffix) + 2:
                    key = tok.lower_[: len(tok.lower_) - len(suffix)] + repl
                    concept = self.lemmas.get(key)
                    if concept is not None:
                        return concept, key
        return None, ""


_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "SPACE", "NUM"})


def _named(tok: Token) -> bool:
    return tok.ent_type_ in _NOT_EVENT_ENTS or (tok.ent_type_ in _PERSON_ENTS and tok.pos_ == "PROPN")


def _phrase_head(span: Span) -> Token:
    """The token of a phrase whose head lies outside it (its syntactic root)."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[0]


@lru_cache(maxsize=8)
def lexicon(lang: str) -> TriggerLexicon:
    from sitrep.nlp import pipeline

    return TriggerLexicon(lang, pipeline(lang))
