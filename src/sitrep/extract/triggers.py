"""Event triggers: the words that say something happened, mapped to taxonomy concepts.

Lexicons are data (``lang/<code>/triggers.json``); this module only compiles them into a
spaCy ``PhraseMatcher`` (multi-word phrases, on forms and on lemmas) and a lemma table, once
per language and model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sitrep.lang import common, resource

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

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


class TriggerLexicon:
    """Compiled trigger data for one language."""

    def __init__(self, lang: str, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        data: dict[str, Any] = resource(lang, "triggers")
        self.concepts: dict[str, dict[str, Any]] = common("taxonomy")["concepts"]
        self.lemmas: dict[str, str] = {k.lower(): v for k, v in data["lemmas"].items()}
        self.weak: frozenset[str] = frozenset(w.lower() for w in data.get("weak", []))
        self.cues: dict[str, frozenset[str]] = {
            k: frozenset(w.lower() for w in v) for k, v in data.get("cues", {}).items()
        }
        self.civilian_targets = frozenset(w.lower() for w in data.get("civilian_targets", []))
        self.military_targets = frozenset(w.lower() for w in data.get("military_targets", []))
        self.disarm_verbs = frozenset(w.lower() for w in data.get("disarm_verbs", []))
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
            concept = self.phrase_concepts[vocab[match_id]]
            head = _phrase_head(doc[start:end])
            weak = doc[start:end].text.lower() in self.weak
            found[start] = Trigger(concept, start, end, head.i, weak, self.rank(concept))
            covered.update(range(start, end))
        for tok in doc:
            if tok.i in covered or not (tok.is_alpha or "-" in tok.text):
                continue
            lemma_concept, key = self._lemma_concept(tok)
            if lemma_concept is None:
                continue
            weak = key in self.weak
            found[tok.i] = Trigger(lemma_concept, tok.i, tok.i + 1, tok.i, weak, self.rank(lemma_concept))
        return [found[k] for k in sorted(found)]

    def _lemma_concept(self, tok: Token) -> tuple[str | None, str]:
        for key in (tok.lemma_.lower(), tok.lower_):
            concept = self.lemmas.get(key)
            if concept is not None:
                return concept, key
        return None, ""


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
